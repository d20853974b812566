/*
 * Bulletin search, the results as readers see them: each case's verdict and headline, its date
 * and issue, a snippet with the words searched for marked, and its keywords as chips. Built from
 * DOM nodes and text nodes only: index data never becomes markup. search.js calls it.
 */
(function () {
  'use strict';

  /* The same folding as the index builder (SearchTokens.java): accents dropped, lower case. */
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  function tokens(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  /*
   * Whether a word of the text matches a query word: whole words always, and words the query
   * word begins when it is long enough for the index to look it up as a prefix.
   */
  function matches(word, query, prefixFrom) {
    var folded = fold(word);
    return query.some(function (q) {
      return folded === q || (q.length >= prefixFrom && folded.lastIndexOf(q, 0) === 0);
    });
  }

  /* The text as nodes, with each word that matches the query inside a <mark>. */
  function marked(text, query, prefixFrom) {
    var nodes = [], last = 0, word = /[\p{L}\p{N}\p{M}]+/gu, found;
    while ((found = word.exec(text)) !== null) {
      if (matches(found[0], query, prefixFrom)) {
        nodes.push(document.createTextNode(text.slice(last, found.index)));
        var mark = document.createElement('mark');
        mark.textContent = found[0];
        nodes.push(mark);
        last = found.index + found[0].length;
      }
    }
    nodes.push(document.createTextNode(text.slice(last)));
    return nodes;
  }

  function hasMatch(text, query, prefixFrom) {
    return query.length > 0 && tokens(text).some(function (w) {
      return matches(w, query, prefixFrom);
    });
  }

  /*
   * One result. {@code row} is the case's details ([slug, headline, summary, claim]); {@code
   * info} says what the manifest knows of it: rating name, date, issue and keyword chips
   * ({slug, name}).
   * The snippet is the summary (why the claim is false) unless only the claim's opening holds
   * the words searched for; a word found in the response alone is not shown, as the details
   * carry no response text (it would multiply what a search transfers).
   */
  function item(row, info, query, t) {
    var li = document.createElement('li');
    li.className = 'result';
    var heading = document.createElement('h3');
    heading.className = 'result-title';
    var a = document.createElement('a');
    a.href = t.base + 'cases/' + row[0] + '/';
    // The case's own rating goes before the false claim's headline here too, in words.
    var verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.textContent = info.rating + ':';
    a.append(verdict, ' ');
    a.append.apply(a, marked(row[1], query, t.prefixFrom));
    heading.append(a);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = info.date + ' · ' + t.issue + ' ' + info.issue;
    li.append(heading, meta);
    var useClaim = !hasMatch(row[2], query, t.prefixFrom) && hasMatch(row[3], query, t.prefixFrom);
    var text = useClaim ? row[3] : row[2];
    if (text) {
      var snippet = document.createElement('p');
      snippet.className = useClaim ? 'snippet snippet-claim' : 'snippet';
      if (useClaim) {
        var label = document.createElement('strong');
        label.textContent = t.claim + ': ';
        snippet.append(label);
      }
      snippet.append.apply(snippet, marked(text, query, t.prefixFrom));
      li.append(snippet);
    }
    if (info.chips.length > 0) {
      var chips = document.createElement('ul');
      chips.className = 'chips';
      chips.setAttribute('aria-label', t.keywords);
      info.chips.forEach(function (chip) {
        var c = document.createElement('li');
        var link = document.createElement('a');
        link.href = t.base + 'keywords/' + chip.slug + '/';
        link.append.apply(link, marked(chip.name, query, t.prefixFrom));
        c.append(link);
        chips.append(c);
      });
      li.append(chips);
    }
    return li;
  }

  window.bulletinSearchView = { item: item, tokens: tokens, fold: fold };
}());
