/*
 * Bulletin search, the page: runs the search in the form over the index (search-index.js) and
 * shows the results (search-view.js), with no server and no framework. Results are ranked by
 * relevance or newest first; the facets are the manifest's lists (and the outlets, fetched
 * after the first results) and count what each choice would give; the state lives in the URL query, each search a history entry, so a search can be
 * shared and Back returns to the one before.
 */
(function () {
  'use strict';

  var root = document.getElementById('search');
  var view = window.bulletinSearchView;
  if (!root || !window.fetch || !view || !window.bulletinSearchIndex) {
    return;
  }
  var PAGE = 20;
  var DAY = 86400000;
  var form = root.querySelector('form');
  var status = document.getElementById('search-status');
  var notice = document.getElementById('search-notice');
  var results = document.getElementById('search-results');
  var heading = document.getElementById('search-results-heading');
  var help = document.getElementById('search-help');
  var more = document.getElementById('search-more');
  var filters = document.getElementById('search-filters');
  var dateFormat = new Intl.DateTimeFormat(root.getAttribute('data-lang'),
    { dateStyle: 'long', timeZone: 'UTC' });
  var t = { base: root.getAttribute('data-base'), issue: text('issue'), claim: text('claim'),
    keywords: text('keywords') };
  var index = null;
  var facets = []; // the index's facets, each with the form's select for it (or null)
  var matches = [];
  var query = [];
  var shown = PAGE;
  var generation = 0;
  var typing = false; // while true, typing refines the current history entry

  function text(key) {
    return root.getAttribute('data-t-' + key) || '';
  }

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, i) { return String(values[+i]); });
  }

  function dayOf(date) {
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Math.floor(Date.parse(date + 'T00:00:00Z') / DAY)
      : NaN;
  }

  function state() {
    var s = { q: form.elements.q.value, sort: form.elements.sort.value,
      from: form.elements.from.value, to: form.elements.to.value };
    facets.forEach(function (f) { if (f.select) { s[f.select.name] = f.select.value; } });
    return s;
  }

  function positionOf(facet, value) {
    var list = index.data[facet.list];
    for (var i = 0; i < list.length; i++) {
      if (String(list[i][0]) === value) { return i; }
    }
    return -1;
  }

  /* Runs the search in the form; {@code entry} is 'push', 'replace' or '' (URL unchanged). */
  function update(entry, focus, keepShown) {
    var s = state();
    var mine = ++generation;
    root.setAttribute('aria-busy', 'true');
    if (entry) { saveUrl(s, entry === 'push'); }
    if (entry === 'push') { notice.hidden = true; } // said of the link, not of later searches
    // The index leaves out one-letter words, so they can match nothing: leave them out here too.
    query = view.tokens(s.q).filter(function (w) { return w.length > 1; });
    index.score(query).then(function (scores) {
      if (mine === generation) { filter(s, scores, focus, keepShown); }
    }).catch(failed);
  }

  function filter(s, scores, focus, keepShown) {
    var ids = facets.map(function (f) {
      return f.select && s[f.select.name] ? positionOf(f, s[f.select.name]) : -1;
    });
    var from = dayOf(s.from), to = dayOf(s.to);
    var counts = facets.map(function () { return new Map(); });
    matches = [];
    for (var i = 0; i < index.count; i++) {
      if ((scores && scores[i] === 0) || index.days[i] < from || index.days[i] > to) {
        continue;
      }
      // A case counts for a facet's options when it passes every other facet.
      var failed = -1, failures = 0;
      for (var f = 0; f < facets.length && failures < 2; f++) {
        if (ids[f] !== -1 && facets[f].of[i].indexOf(ids[f]) < 0) { failed = f; failures++; }
      }
      if (failures === 0) { matches.push(i); }
      if (failures >= 2) { continue; }
      for (var g = 0; g < facets.length; g++) {
        if (failures === 1 && failed !== g) { continue; }
        facets[g].of[i].forEach(function (v) { counts[g].set(v, (counts[g].get(v) || 0) + 1); });
      }
    }
    // Site order is newest first, and relevance keeps it among equal scores.
    if (scores && s.sort !== 'newest') {
      matches.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    }
    facets.forEach(function (f, k) { if (f.select) { options(f, counts[k], s[f.select.name]); } });
    var active = ids.filter(function (id) { return id >= 0; }).length + (s.from ? 1 : 0)
      + (s.to ? 1 : 0);
    filters.querySelector('summary').textContent = text('filters')
      + (active ? ' (' + active + ')' : '');
    if (!keepShown) { shown = PAGE; }
    renderResults(focus);
  }

  function options(facet, counts, value) {
    var list = [new Option(text('any'), '')];
    index.data[facet.list].forEach(function (entry, i) {
      var count = counts.get(i) || 0;
      if (count > 0 || String(entry[0]) === value) {
        var label = facet.list === 'issues' ? t.issue + ' ' + entry[0] : entry[1];
        list.push(new Option(label + ' (' + count + ')', String(entry[0]), false,
          String(entry[0]) === value));
      }
    });
    facet.select.replaceChildren.apply(facet.select, list);
    facet.select.value = value;
  }

  /* Shows the first results once their details are loaded. */
  function renderResults(focus) {
    var mine = generation;
    var wanted = matches.slice(0, shown);
    root.setAttribute('aria-busy', 'true');
    index.details(wanted).then(function (rows) {
      if (mine !== generation) { return; }
      finish(rows.map(function (row, k) { return view.item(row, info(wanted[k]), query, t); }),
        focus);
    }).catch(failed);
  }

  /* What the manifest knows of case {@code i}: its rating, date, issue and keywords. */
  function info(i) {
    var keywords = facets.filter(function (f) { return f.list === 'keywords'; })[0];
    return { rating: index.ratingName(i), date: dateFormat.format(new Date(index.days[i] * DAY)), issue: index.issues[i],
      chips: keywords ? keywords.of[i].map(function (pos) {
        return { slug: index.data.keywords[pos][0], name: index.data.keywords[pos][1] };
      }) : [] };
  }

  function finish(items, focus) {
    results.replaceChildren.apply(results, items);
    var total = matches.length;
    var found = total === 1 ? text('result-one') : fill(text('results'), [total]);
    status.textContent = total > shown ? found + ' ' + fill(text('showing'), [shown, total]) : found;
    help.hidden = total > 0;
    more.hidden = total <= shown;
    root.removeAttribute('aria-busy');
    if (focus) {
      // After a submit the reader wants the results, which on a phone are below the form.
      heading.focus();
      heading.scrollIntoView({ block: 'start' });
    }
  }

  function failed() {
    status.textContent = text('error');
    root.removeAttribute('aria-busy');
  }

  function saveUrl(s, push) {
    var params = new URLSearchParams();
    Object.keys(s).forEach(function (key) { if (s[key]) { params.set(key, s[key]); } });
    var url = location.pathname + (params.toString() ? '?' + params.toString() : '');
    if (push && url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    } else {
      history.replaceState(null, '', url);
    }
  }

  /* Sets the form from the URL; a facet value no list holds is left out and reported. */
  function loadUrl() {
    var params = new URLSearchParams(location.search), unknown = [];
    ['q', 'from', 'to'].forEach(function (name) {
      var value = params.get(name) || '';
      form.elements[name].value = name === 'q' || !isNaN(dayOf(value)) ? value : '';
    });
    form.elements.sort.value = params.get('sort') === 'newest' ? 'newest' : '';
    facets.forEach(function (f) {
      if (!f.select) { return; }
      var value = params.get(f.select.name) || '';
      if (value && positionOf(f, value) < 0) {
        var label = form.querySelector('label[for="' + f.select.id + '"]');
        unknown.push(fill(text('unknown'), [label ? label.textContent : f.select.name, value]));
        value = '';
      }
      if (!Array.prototype.some.call(f.select.options, function (o) { return o.value === value; })) {
        f.select.add(new Option(value, value));
      }
      f.select.value = value;
    });
    notice.textContent = unknown.join(' ');
    notice.hidden = unknown.length === 0;
  }

  function start(opened) {
    index = opened;
    t.prefixFrom = index.prefixFrom;
    facets = index.facets.map(function (f) {
      return Object.assign({ select: form.querySelector('select[data-facet="' + f.list + '"]') }, f);
    });
    if (index.count > 0) {
      var iso = function (d) { return new Date(d * DAY).toISOString().slice(0, 10); };
      var sorted = index.days.slice().sort(function (x, y) { return x - y; });
      ['from', 'to'].forEach(function (name) {
        form.elements[name].min = iso(sorted[0]);
        form.elements[name].max = iso(sorted[sorted.length - 1]);
      });
    }
    // Filters folded on a phone, so the results follow the query box; open on wider screens.
    filters.open = window.matchMedia('(min-width: 48em)').matches;
    var outletSelect = form.querySelector('select[data-facet="outlets"]');
    var outlets = outletSelect ? index.loadOutlets().then(function (f) {
      facets.push(Object.assign({ select: outletSelect }, f));
    }) : Promise.resolve();
    if (outletSelect && new URLSearchParams(location.search).get(outletSelect.name)) {
      // A link that names an outlet is understood only with the outlet list.
      outlets.then(function () { loadUrl(); update(''); }).catch(failed);
    } else {
      loadUrl();
      update('');
      // The outlet counts join the results already shown, keeping how many are shown.
      outlets.then(function () { update('', false, true); }).catch(failed);
    }
    form.addEventListener('input', function (event) {
      if (event.target.name !== 'q') { return; }
      // The first keystroke starts a new search in the history; the next ones refine it.
      update(typing ? 'replace' : 'push');
      typing = true;
    });
    form.addEventListener('change', function (event) {
      // A filter or the order changed: a new search. The query box's change only ends typing.
      typing = false;
      if (event.target.name !== 'q') { update('push'); }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      update(typing ? 'replace' : 'push', true);
      typing = false;
    });
    form.addEventListener('reset', function () {
      setTimeout(function () { typing = false; notice.hidden = true; update('push'); }, 0);
    });
    document.getElementById('search-clear').addEventListener('click', function () {
      form.reset();
      form.elements.q.focus();
    });
    more.addEventListener('click', function () { shown += PAGE; renderResults(false); });
    window.addEventListener('popstate', function () { typing = false; loadUrl(); update(''); });
  }

  status.textContent = text('loading');
  root.setAttribute('aria-busy', 'true');
  window.bulletinSearchIndex.open(root.getAttribute('data-index'), view.tokens)
    .then(start).catch(failed);
}());
