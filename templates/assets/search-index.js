/*
 * Bulletin search, the index: the manifest (facets, each case's day and issue, the table of word
 * shards), then only the word shards for the words typed and the case details for the results
 * shown; the outlet facet comes after the first results. Every word typed must match the case: a word of its headline, summary, claim, response
 * or outlets (through the shards), or of the name or an alias of a term it is tagged with
 * (through the manifest). search.js calls it.
 */
(function () {
  'use strict';

  /* Shorter words match whole words only: as prefixes they would fetch a large part of the index. */
  var PREFIX_FROM = 3;
  /*
   * The weight of a query word found in each field (SearchWords.java: body, claim, summary,
   * headline). The headline and the summary say what the case is about in a sentence or two, so
   * a word there almost surely is its subject; the claim retells the disinformation at length;
   * the response is the longest text and names much in passing (other claims, sources,
   * context), so a word found only there is the weakest sign. The steps are large enough that
   * one headline word outweighs the same word in a response plus a weaker second word.
   */
  var WEIGHTS = [1, 3, 6, 8];
  /*
   * A term the case is tagged with: an editor's statement of its subject, as strong as the
   * summary, but below the headline, as one keyword spans many cases and the headline is this
   * case's own.
   */
  var TERM_WEIGHT = 6;
  /* A word typed in full counts twice a longer word it only begins ("war" over "warehouse"). */
  var EXACT = 2;

  function lowerBound(words, prefix) {
    var lo = 0, hi = words.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  function matches(word, candidate) {
    return candidate === word
      || (word.length >= PREFIX_FROM && candidate.lastIndexOf(word, 0) === 0);
  }

  function open(manifestUrl, tokens) {
    var folder = manifestUrl.replace(/[^/]*$/, '');
    var shards = {}, chunks = {};

    function load(path, cache, key) {
      if (!cache[key]) {
        cache[key] = fetch(folder + path).then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        }).catch(function (e) { delete cache[key]; throw e; }); // the next search retries
      }
      return cache[key];
    }

    return load('manifest.json', {}, 0).then(function (data) {
      var index = { count: data.count, data: data, days: [], issues: [], prefixFrom: PREFIX_FROM };
      index.facets = facetsOf(data, tokens);
      unfold(index);

      /* The shards whose runs of words may hold the word (or, if long enough, words it begins). */
      function shardsFor(word) {
        var table = data.shards, wanted = [];
        var first = Math.max(0, lowerBound(table, word) - 1);
        if (first + 1 < table.length && table[first + 1] === word) { first++; }
        wanted.push(first);
        for (var i = first + 1; i < table.length && word.length >= PREFIX_FROM
             && table[i].lastIndexOf(word, 0) === 0; i++) {
          wanted.push(i);
        }
        return Promise.all(wanted.map(function (i) {
          return load('words/' + i + '.json', shards, i);
        }));
      }

      /* Per case its score for the words, 0 when one does not match it; null for no words. */
      index.score = function (words) {
        if (words.length === 0) {
          return Promise.resolve(null);
        }
        return Promise.all(words.map(shardsFor)).then(function (loaded) {
          var total = new Float64Array(data.count);
          words.forEach(function (word, k) {
            var best = new Float64Array(data.count);
            loaded[k].forEach(function (shard) {
              for (var w = lowerBound(shard.words, word);
                   w < shard.words.length && matches(word, shard.words[w]); w++) {
                var postings = shard.postings[w], id = 0;
                var factor = shard.words[w] === word ? EXACT : 1;
                for (var p = 0; p < postings.length; p++) {
                  id += postings[p] >> 2;
                  best[id] = Math.max(best[id], WEIGHTS[postings[p] & 3] * factor);
                }
              }
            });
            index.facets.forEach(function (f) {
              f.words.forEach(function (names, pos) {
                var hit = names.indexOf(word) >= 0 ? EXACT
                  : names.some(function (n) { return matches(word, n); }) ? 1 : 0;
                if (hit > 0) {
                  f.cases[pos].forEach(function (id) {
                    best[id] = Math.max(best[id], TERM_WEIGHT * hit);
                  });
                }
              });
            });
            for (var i = 0; i < data.count; i++) {
              // Every word must match: a case missing one stays at 0 for good.
              total[i] = (k === 0 || total[i] > 0) && best[i] > 0 ? total[i] + best[i] : 0;
            }
          });
          return total;
        });
      };

      /* The name of case {@code i}'s rating, which goes before its headline. */
      index.ratingName = function (i) {
        var rating = data.ratings[data.terms.ratings ? data.terms.ratings[i][0] : 0];
        return rating ? rating[1] : '';
      };

      /*
       * Fetches outlets.json, kept out of the manifest as an archive names thousands of outlets,
       * and adds it as a facet. Its names need no matching here: the word shards hold them.
       */
      index.loadOutlets = function () {
        return load('outlets.json', {}, 0).then(function (outlets) {
          data.outlets = outlets.outlets;
          var facet = { list: 'outlets', of: outlets.cases, words: [],
            cases: outlets.outlets.map(function () { return []; }) };
          outlets.cases.forEach(function (ids, i) {
            ids.forEach(function (id) { facet.cases[id].push(i); });
          });
          index.facets.push(facet);
          return facet;
        });
      };

      /* The details ([slug, headline, summary, claim]) of the cases numbered {@code ids}. */
      index.details = function (ids) {
        var needed = [];
        ids.forEach(function (i) {
          var chunk = Math.floor(i / data.chunk);
          if (needed.indexOf(chunk) < 0) { needed.push(chunk); }
        });
        return Promise.all(needed.map(function (k) { return load('cases/' + k + '.json', chunks, k); }))
          .then(function (loaded) {
            return ids.map(function (i) {
              return loaded[needed.indexOf(Math.floor(i / data.chunk))][i % data.chunk];
            });
          });
      };
      return index;
    });
  }

  /*
   * Every list the manifest names in its terms is a facet (its entries [slug, name, aliases?]),
   * and so is the issue. Each gets: {@code of}, per case its positions in the list; {@code
   * cases}, per position its cases; {@code words}, per position the words of its names.
   */
  function facetsOf(data, tokens) {
    return Object.keys(data.terms).concat(['issues']).map(function (list) {
      return { list: list, of: [], cases: data[list].map(function () { return []; }),
        words: list === 'issues' ? [] : data[list].map(function (entry) {
          return tokens([entry[1]].concat(entry[2] || []).join(' '));
        }) };
    });
  }

  /* Unfolds the manifest's delta-encoded days and issues into per-case values. */
  function unfold(index) {
    var data = index.data, facets = index.facets, issueFacet = facets[facets.length - 1];
    var issuePosition = new Map(data.issues.map(function (entry, i) { return [entry[0], i]; }));
    var day = 0, issue = 0;
    for (var i = 0; i < data.count; i++) {
      day = i === 0 ? data.days[0] : day - data.days[i];
      issue = i === 0 ? data.issue[0] : issue - data.issue[i];
      index.days.push(day);
      index.issues.push(issue);
      for (var f = 0; f < facets.length; f++) {
        var values = facets[f] === issueFacet ? [issuePosition.get(issue)]
          : data.terms[facets[f].list][i];
        facets[f].of.push(values);
        for (var v = 0; v < values.length; v++) { facets[f].cases[values[v]].push(i); }
      }
    }
  }

  window.bulletinSearchIndex = { open: open };
}());
