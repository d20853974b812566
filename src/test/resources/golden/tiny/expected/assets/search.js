/*
 * Bulletin search: loads the prebuilt index once and filters in the browser, with no server and
 * no framework. Words are matched as prefixes in headlines and claims; facets count what each
 * choice would give; the state lives in the URL query so a search can be shared.
 */
(function () {
  'use strict';

  var root = document.getElementById('search');
  if (!root || !window.fetch) {
    return;
  }
  var PAGE = 50;
  var FACETS = [
    { name: 'keyword', list: 'keywords', field: 4 },
    { name: 'country', list: 'countries', field: 5 },
    { name: 'language', list: 'languages', field: 6 },
    { name: 'issue', list: 'issues', field: 3 }
  ];
  var form = root.querySelector('form');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var help = document.getElementById('search-help');
  var more = document.getElementById('search-more');
  var base = root.getAttribute('data-base');
  var dateFormat = new Intl.DateTimeFormat(root.getAttribute('data-lang'),
    { dateStyle: 'long', timeZone: 'UTC' });
  var index = null;
  var matches = [];
  var shown = PAGE;

  function text(key) {
    return root.getAttribute('data-t-' + key) || '';
  }

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, i) { return String(values[+i]); });
  }

  /* The same folding as the index builder (SearchTokens.java). */
  function tokens(query) {
    return query.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function lowerBound(words, prefix) {
    var lo = 0, hi = words.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  /* For each case, whether every query word starts some word of its headline or claim. */
  function textFilter(query) {
    var words = tokens(query);
    if (words.length === 0) {
      return null;
    }
    var hits = new Uint16Array(index.cases.length);
    words.forEach(function (word, k) {
      for (var w = lowerBound(index.words, word);
           w < index.words.length && index.words[w].lastIndexOf(word, 0) === 0; w++) {
        var postings = index.postings[w], id = 0;
        for (var p = 0; p < postings.length; p++) {
          id += postings[p];
          if (hits[id] === k) { hits[id] = k + 1; }
        }
      }
    });
    return function (i) { return hits[i] === words.length; };
  }

  function state() {
    var s = { q: form.elements.q.value, from: form.elements.from.value,
      to: form.elements.to.value };
    FACETS.forEach(function (f) { s[f.name] = form.elements[f.name].value; });
    return s;
  }

  /* The index position of each facet's selected value, or -1 for "any". */
  function selectedIds(s) {
    return FACETS.map(function (f) {
      if (!s[f.name]) { return -1; }
      var list = index[f.list];
      for (var i = 0; i < list.length; i++) {
        if (String(list[i][0]) === s[f.name]) { return f.name === 'issue' ? list[i][0] : i; }
      }
      return -2; // a value no case has: nothing matches
    });
  }

  function has(c, facet, id) {
    var value = c[facet.field];
    return Array.isArray(value) ? value.indexOf(id) >= 0 : value === id;
  }

  function update(pushUrl) {
    var s = state();
    var inText = textFilter(s.q);
    var ids = selectedIds(s);
    var counts = FACETS.map(function () { return new Map(); });
    matches = [];
    for (var i = 0; i < index.cases.length; i++) {
      var c = index.cases[i];
      if ((inText && !inText(i)) || (s.from && c[2] < s.from) || (s.to && c[2] > s.to)) {
        continue;
      }
      // A case counts for a facet's options when it passes every other facet.
      var failed = -1, failures = 0;
      for (var f = 0; f < FACETS.length && failures < 2; f++) {
        if (ids[f] !== -1 && !has(c, FACETS[f], ids[f])) { failed = f; failures++; }
      }
      if (failures === 0) { matches.push(c); }
      if (failures >= 2) { continue; }
      for (var g = 0; g < FACETS.length; g++) {
        if (failures === 1 && failed !== g) { continue; }
        var value = c[FACETS[g].field];
        (Array.isArray(value) ? value : [value]).forEach(function (v) {
          counts[g].set(v, (counts[g].get(v) || 0) + 1);
        });
      }
    }
    FACETS.forEach(function (f, k) { renderOptions(f, counts[k], s[f.name]); });
    shown = PAGE;
    renderResults();
    if (pushUrl) { saveUrl(s); }
  }

  function renderOptions(facet, counts, selected) {
    var select = form.elements[facet.name];
    var options = [new Option(text('any'), '')];
    index[facet.list].forEach(function (entry, i) {
      var key = facet.name === 'issue' ? entry[0] : i;
      var count = counts.get(key) || 0;
      var value = String(entry[0]);
      if (count > 0 || value === selected) {
        var label = facet.name === 'issue' ? text('issue') + ' ' + entry[0] : entry[1];
        options.push(new Option(label + ' (' + count + ')', value, false, value === selected));
      }
    });
    select.replaceChildren.apply(select, options);
    select.value = selected;
  }

  function renderResults() {
    var items = matches.slice(0, shown).map(function (c) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = base + 'cases/' + c[0] + '/';
      // The verdict goes before the false claim's headline here too, in words.
      var verdict = document.createElement('span');
      verdict.className = 'verdict';
      verdict.textContent = text('verdict');
      a.append(verdict, ' ' + c[1]);
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ' · ' + dateFormat.format(new Date(c[2] + 'T00:00:00Z')) + ' · '
        + text('issue') + ' ' + c[3];
      li.append(a, meta);
      return li;
    });
    results.replaceChildren.apply(results, items);
    var total = matches.length;
    var found = total === 1 ? text('result-one') : fill(text('results'), [total]);
    status.textContent = total > shown ? found + ' ' + fill(text('showing'), [shown, total]) : found;
    help.hidden = total > 0;
    more.hidden = total <= shown;
  }

  function saveUrl(s) {
    var params = new URLSearchParams();
    Object.keys(s).forEach(function (key) { if (s[key]) { params.set(key, s[key]); } });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function loadUrl() {
    var params = new URLSearchParams(location.search);
    ['q', 'from', 'to'].forEach(function (name) {
      form.elements[name].value = params.get(name) || '';
    });
    FACETS.forEach(function (f) {
      var value = params.get(f.name) || '';
      var select = form.elements[f.name];
      if (value && !Array.prototype.some.call(select.options, function (o) {
        return o.value === value;
      })) {
        select.add(new Option(value, value));
      }
      select.value = value;
    });
  }

  function start(data) {
    index = data;
    if (index.cases.length > 0) {
      var dates = index.cases.map(function (c) { return c[2]; }).sort();
      ['from', 'to'].forEach(function (name) {
        form.elements[name].min = dates[0];
        form.elements[name].max = dates[dates.length - 1];
      });
    }
    loadUrl();
    update(false);
    form.addEventListener('input', function () { update(true); });
    form.addEventListener('change', function () { update(true); });
    form.addEventListener('submit', function (event) { event.preventDefault(); update(true); });
    form.addEventListener('reset', function () { setTimeout(function () { update(true); }, 0); });
    document.getElementById('search-clear').addEventListener('click', function () {
      form.reset();
      form.elements.q.focus();
    });
    more.addEventListener('click', function () { shown += PAGE; renderResults(); });
    window.addEventListener('popstate', function () { loadUrl(); update(false); });
  }

  status.textContent = text('loading');
  fetch(root.getAttribute('data-index'))
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    })
    .then(start)
    .catch(function () { status.textContent = text('error'); });
}());
