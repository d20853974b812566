/*
 * Bulletin search: loads a small manifest (facet data and the table of word shards) first, then
 * only the word shards for the words typed and the case details for the results shown, with no
 * server and no framework. Words are matched as prefixes in headlines, claims, summaries and
 * keyword names; facets count
 * what each choice would give; the state lives in the URL query so a search can be shared.
 */
(function () {
  'use strict';

  var root = document.getElementById('search');
  if (!root || !window.fetch) {
    return;
  }
  var PAGE = 20;
  var DAY = 86400000;
  var form = root.querySelector('form');
  // The rating facet is on the page only when the site has a scale of its own.
  var FACETS = [
    { name: 'keyword', list: 'keywords' },
    { name: 'country', list: 'countries' },
    { name: 'language', list: 'languages' },
    { name: 'issue', list: 'issues' },
    { name: 'rating', list: 'ratings' },
    { name: 'outlet', list: 'outlets' }
  ].filter(function (f) { return form.elements[f.name]; });
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var help = document.getElementById('search-help');
  var more = document.getElementById('search-more');
  var base = root.getAttribute('data-base');
  var dateFormat = new Intl.DateTimeFormat(root.getAttribute('data-lang'),
    { dateStyle: 'long', timeZone: 'UTC' });
  var folder = root.getAttribute('data-index').replace(/[^/]*$/, '');
  var index = null;
  var facetsOf = []; // per case, per facet: its values (term numbers, or the issue number)
  var days = [];
  var shards = {};
  var chunks = {};
  var matches = [];
  var shown = PAGE;
  var generation = 0;

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

  function load(path, cache, key) {
    if (!cache[key]) {
      cache[key] = fetch(folder + path).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      }).catch(function (e) { delete cache[key]; throw e; }); // the next search retries
    }
    return cache[key];
  }

  /* The shards whose runs of words may hold a word starting with the prefix. */
  function shardsFor(prefix) {
    var table = index.shards, wanted = [];
    var first = Math.max(0, lowerBound(table, prefix) - 1);
    if (first + 1 < table.length && table[first + 1] === prefix) { first++; }
    wanted.push(first);
    for (var i = first + 1; i < table.length && table[i].lastIndexOf(prefix, 0) === 0; i++) {
      wanted.push(i);
    }
    return Promise.all(wanted.map(function (i) {
      return load('words/' + i + '.json', shards, i);
    }));
  }

  /* For each case, whether every query word starts some word of its indexed text. */
  function textFilter(query) {
    var words = tokens(query);
    if (words.length === 0) {
      return Promise.resolve(null);
    }
    return Promise.all(words.map(shardsFor)).then(function (loaded) {
      var hits = new Uint16Array(index.count);
      words.forEach(function (word, k) {
        loaded[k].forEach(function (shard) {
          for (var w = lowerBound(shard.words, word);
               w < shard.words.length && shard.words[w].lastIndexOf(word, 0) === 0; w++) {
            var postings = shard.postings[w], id = 0;
            for (var p = 0; p < postings.length; p++) {
              id += postings[p];
              if (hits[id] === k) { hits[id] = k + 1; }
            }
          }
        });
      });
      return function (i) { return hits[i] === words.length; };
    });
  }

  function dayOf(date) {
    return date ? Math.floor(Date.parse(date + 'T00:00:00Z') / DAY) : NaN;
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

  function update(pushUrl, keepShown) {
    var s = state();
    var mine = ++generation;
    root.setAttribute('aria-busy', 'true');
    if (pushUrl) { saveUrl(s); }
    textFilter(s.q).then(function (inText) {
      if (mine === generation) { filter(s, inText, keepShown); }
    }).catch(failed);
  }

  function filter(s, inText, keepShown) {
    var ids = selectedIds(s);
    var from = dayOf(s.from), to = dayOf(s.to);
    var counts = FACETS.map(function () { return new Map(); });
    matches = [];
    for (var i = 0; i < index.count; i++) {
      var c = facetsOf[i];
      if ((inText && !inText(i)) || days[i] < from || days[i] > to) {
        continue;
      }
      // A case counts for a facet's options when it passes every other facet.
      var failed = -1, failures = 0;
      for (var f = 0; f < FACETS.length && failures < 2; f++) {
        if (ids[f] !== -1 && c[f].indexOf(ids[f]) < 0) { failed = f; failures++; }
      }
      if (failures === 0) { matches.push(i); }
      if (failures >= 2) { continue; }
      for (var g = 0; g < FACETS.length; g++) {
        if (failures === 1 && failed !== g) { continue; }
        c[g].forEach(function (v) { counts[g].set(v, (counts[g].get(v) || 0) + 1); });
      }
    }
    FACETS.forEach(function (f, k) { renderOptions(f, counts[k], s[f.name]); });
    if (!keepShown) { shown = PAGE; }
    renderResults();
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

  /* Shows the first results once their details are loaded, a chunk of cases at a time. */
  function renderResults() {
    var mine = generation;
    var wanted = matches.slice(0, shown);
    root.setAttribute('aria-busy', 'true');
    var needed = [];
    wanted.forEach(function (i) {
      var chunk = Math.floor(i / index.chunk);
      if (needed.indexOf(chunk) < 0) { needed.push(chunk); }
    });
    Promise.all(needed.map(function (k) { return load('cases/' + k + '.json', chunks, k); }))
      .then(function (loaded) {
        if (mine !== generation) { return; }
        finish(wanted.map(function (i) {
          return item(loaded[needed.indexOf(Math.floor(i / index.chunk))][i % index.chunk]);
        }));
      }).catch(failed);
  }

  function item(c) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = base + 'cases/' + c[0] + '/';
    // The case's rating goes before the false claim's headline here too, in words.
    var verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.textContent = index.ratings[c[4]][1] + ':';
    a.append(verdict, ' ' + c[1]);
    var meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ' · ' + dateFormat.format(new Date(c[2] + 'T00:00:00Z')) + ' · '
      + text('issue') + ' ' + c[3];
    li.append(a, meta);
    return li;
  }

  function finish(items) {
    results.replaceChildren.apply(results, items);
    var total = matches.length;
    var found = total === 1 ? text('result-one') : fill(text('results'), [total]);
    status.textContent = total > shown ? found + ' ' + fill(text('showing'), [shown, total]) : found;
    help.hidden = total > 0;
    more.hidden = total <= shown;
    root.removeAttribute('aria-busy');
  }

  function failed() {
    status.textContent = text('error');
    root.removeAttribute('aria-busy');
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

  /* Unfolds the manifest's delta-encoded days and issues into per-case facet values. */
  function start(data) {
    index = data;
    index.outlets = []; // until outlets.json arrives
    var day = 0, issue = 0;
    for (var i = 0; i < index.count; i++) {
      day = i === 0 ? index.days[0] : day - index.days[i];
      issue = i === 0 ? index.issue[0] : issue - index.issue[i];
      days.push(day);
      facetsOf.push(FACETS.map(function (f) {
        return f.name === 'issue' ? [issue] : f.name === 'outlet' ? [] : index.terms[f.list][i];
      }));
    }
    if (index.count > 0) {
      var iso = function (d) { return new Date(d * DAY).toISOString().slice(0, 10); };
      var sorted = days.slice().sort(function (x, y) { return x - y; });
      ['from', 'to'].forEach(function (name) {
        form.elements[name].min = iso(sorted[0]);
        form.elements[name].max = iso(sorted[sorted.length - 1]);
      });
    }
    loadUrl();
    var outlets = loadOutlets();
    // A search that names an outlet needs the outlet facet first; any other starts at once,
    // and gains the facet's counts when it arrives, keeping the results shown.
    if (form.elements.outlet && form.elements.outlet.value) {
      outlets.then(function () { update(false); });
    } else {
      update(false);
      outlets.then(function () { update(false, true); });
    }
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

  /*
   * The outlet facet is a file of its own, fetched once the first results are under way: an
   * archive names thousands of outlets, as many bytes again as the rest of the manifest.
   */
  function loadOutlets() {
    var at = FACETS.findIndex(function (f) { return f.name === 'outlet'; });
    if (at < 0) { return Promise.resolve(); }
    return load('outlets.json', {}, 0).then(function (data) {
      index.outlets = data.outlets;
      data.cases.forEach(function (ids, i) { facetsOf[i][at] = ids; });
    }).catch(failed);
  }

  status.textContent = text('loading');
  root.setAttribute('aria-busy', 'true');
  load('manifest.json', {}, 0).then(start).catch(failed);
}());
