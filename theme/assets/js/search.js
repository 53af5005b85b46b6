// Site search: the box in the header finds pages, sections, glossary terms and quiz questions in the static
// index under search/ (built by the generator; format in docs/search.md). The index is loaded on the first
// focus of the box, never on page load. Its files are scripts that hand their data to siteSearch.loaded, added
// as <script src> elements: unlike fetch() or a module script, that works from file:// too, under the CSP's
// script-src 'self'. Without JavaScript the form simply goes to zoeken/index.html, which lists every page and term.
//
// A classic script (no module: Chromium refuses module scripts from file://). Its one global, siteSearch, holds
// what other code and the tests use: the text rules, SearchIndex, enhance, and the index files' callback.
//
// The text rules below (words, fold, stem) must stay equal to src/Search/SearchText.cs and DutchStemmer.cs;
// tests/StatiqSite.Tests/Search/normalisation.json holds the examples both sides are tested against.

(() => {
  'use strict';

  const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
  const MARK = /\p{Mn}/gu;
  const MAX_RESULTS = 10;
  const SNIPPET = 160;
  const PREFIX_MIN = 3;

  /** The words of a text with their place: [start, end, word]. */
  function words(text) {
    return Array.from(text.matchAll(WORD), (m) => [m.index, m.index + m[0].length, m[0]]);
  }

  /** NFKD, non-spacing marks removed, lower case, trailing 's dropped, apostrophes removed. */
  function fold(word) {
    let folded = word.normalize('NFKD').replace(MARK, '').toLowerCase();
    if (folded.length > 2 && folded.endsWith('s') && (folded.at(-2) === "'" || folded.at(-2) === '’')) {
      folded = folded.slice(0, -2);
    }
    return folded.replace(/['’]/g, '');
  }

  const isVowel = (c) => 'aeiouy'.includes(c);

  function fixStem(stem) {
    if (stem.length >= 2 && stem.at(-1) === stem.at(-2) && !isVowel(stem.at(-1))) stem = stem.slice(0, -1);
    if (stem.endsWith('z')) return stem.slice(0, -1) + 's';
    if (stem.endsWith('v')) return stem.slice(0, -1) + 'f';
    return stem;
  }

  function stripSuffix(w) {
    if (w.endsWith('heden')) return w.slice(0, -5) + 'heid';
    if (w.length >= 5 && w.endsWith('en') && !isVowel(w.at(-3))) return fixStem(w.slice(0, -2));
    if (w.length >= 4 && w.endsWith('e') && !isVowel(w.at(-2))) return fixStem(w.slice(0, -1));
    if (w.length >= 5 && /(?:els|ers|ems|jes|ies)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  /** The light Dutch stemmer of DutchStemmer.cs, for folded words of a-z only. */
  function stem(word) {
    if (!/^[a-z]+$/.test(word)) return word;
    const w = stripSuffix(word);
    const n = w.length;
    if (n >= 3 && !isVowel(w[n - 1]) && w[n - 2] === w[n - 3] && 'aeou'.includes(w[n - 2]) && (n === 3 || !isVowel(w[n - 4]))) {
      return w.slice(0, n - 2) + w[n - 1];
    }
    return w;
  }

  /** The index term of a word, or null (too short, or a stop word). */
  function termOf(word, stopWords) {
    const folded = fold(word);
    return folded.length < 2 || stopWords.has(folded) ? null : stem(folded);
  }

  /**
   * The terms of a query, each as [stem, folded word]: the folded word also counts as a prefix, so "zelfredzaam"
   * (stem "zelfredzam") still finds "zelfredzaamheid". The last word, still being typed, is kept even when it is
   * a stop word.
   */
  function queryTerms(query, stopWords) {
    const all = words(query);
    const terms = [];
    all.forEach(([, end, word], i) => {
      const typing = i === all.length - 1 && end === query.length;
      const folded = fold(word);
      if (folded.length < 2) return;
      if (stopWords.has(folded) && !typing) return;
      // A new word of one or two letters says too little yet: search with the words before it.
      if (typing && i > 0 && folded.length < PREFIX_MIN) return;
      const term = stem(folded);
      if (!terms.some(([t]) => t === term)) terms.push(term === folded ? [term] : [term, folded]);
    });
    return terms;
  }

  // Data of index files that ran but whose load event has not come yet, by absolute URL.
  const arrived = new Map();

  /** Called by each index file as it runs: siteSearch.loaded("terms-0.<hash>.js", {...}). */
  function loaded(name, data) {
    const script = document.currentScript;
    arrived.set(new URL(name, script ? script.src : document.baseURI).href, data);
  }

  /** The data of the index file at an absolute URL, through a <script> element (which file:// allows). */
  function loadScript(href) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = href;
      script.addEventListener('load', () => {
        script.remove();
        if (arrived.has(href)) {
          resolve(arrived.get(href));
          arrived.delete(href);
        } else {
          reject(new Error(`${href} did not call siteSearch.loaded`));
        }
      });
      script.addEventListener('error', () => {
        script.remove();
        reject(new Error(`cannot load ${href}`));
      });
      document.head.append(script);
    });
  }

  /** The index behind a manifest URL; files are loaded once, when a query needs them. */
  class SearchIndex {
    constructor(manifestUrl) {
      this.url = new URL(manifestUrl, document.baseURI);
      this.files = new Map();
    }

    load(name) {
      const href = new URL(name, this.url).href;
      if (!this.files.has(href)) this.files.set(href, loadScript(href));
      return this.files.get(href);
    }

    async manifest() {
      const m = await this.load(this.url.href);
      if (!m.stops) m.stops = new Set(m.stopWords);
      return m;
    }

    /**
     * Entry id → score of the entries holding a term or, for terms of 3 or more letters, a term beginning with it
     * (those count half). Two letters match only exactly: as a prefix they would load a large part of the index.
     */
    async scores(m, [term, ...others]) {
      const prefixes = [term, ...others].filter((t) => t.length >= PREFIX_MIN);
      const isPrefix = (key) => prefixes.some((t) => key.startsWith(t));
      const shards = m.terms.filter(([p]) => term.startsWith(p) || isPrefix(p) || prefixes.some((t) => t.startsWith(p)));
      const found = new Map();
      for (const shard of await Promise.all(shards.map(([, file]) => this.load(file)))) {
        for (const key in shard) {
          if (key !== term && !isPrefix(key)) continue;
          const postings = shard[key];
          for (let i = 0, id = 0; i < postings.length; i += 2) {
            id += postings[i];
            const score = key === term ? postings[i + 1] : postings[i + 1] / 2;
            if (score > (found.get(id) || 0)) found.set(id, score);
          }
        }
      }
      return found;
    }

    /** Entries holding every term, best first: { total, terms, results: [{ kind, url, anchor, title, heading, text }] }. */
    async search(query) {
      const m = await this.manifest();
      const terms = queryTerms(query, m.stops);
      if (terms.length === 0) return { total: 0, terms: [], results: [] };
      const perTerm = await Promise.all(terms.map((t) => this.scores(m, t)));
      const [first, ...rest] = perTerm.sort((a, b) => a.size - b.size);
      const ranked = [];
      for (const [id, score] of first) {
        if (rest.every((s) => s.has(id))) ranked.push([id, rest.reduce((sum, s) => sum + s.get(id), score)]);
      }
      ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const results = await Promise.all(ranked.slice(0, MAX_RESULTS).map(([id]) => this.entry(m, id)));
      return { total: ranked.length, terms: terms.flat(), results };
    }

    async entry(m, id) {
      let chunk = 0;
      while (chunk + 1 < m.docs.length && m.docs[chunk + 1][0] <= id) chunk++;
      const [start, file] = m.docs[chunk];
      const [kind, url, anchor, title, heading, text] = (await this.load(file))[id - start];
      return { kind, url: new URL(url + (anchor ? '#' + anchor : ''), new URL('../', this.url)).href, title, heading, text };
    }
  }

  /** Whether a word of the text matches a query term (same rules as the index, prefix allowed). */
  function matches(word, terms) {
    const folded = fold(word);
    const s = stem(folded);
    return terms.some((t) => s === t || folded === t || (t.length >= PREFIX_MIN && (s.startsWith(t) || folded.startsWith(t))));
  }

  /** Appends text to an element with the matching words in <mark>; only text nodes, never HTML. */
  function highlight(element, text, terms) {
    let at = 0;
    for (const [start, end, word] of words(text)) {
      if (!matches(word, terms)) continue;
      element.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      element.append(mark);
      at = end;
    }
    element.append(text.slice(at));
  }

  /** About SNIPPET characters of text around its first match, cut at spaces. */
  function snippet(text, terms) {
    const hit = words(text).find(([, , word]) => matches(word, terms));
    let start = hit ? Math.max(0, hit[0] - SNIPPET / 3) : 0;
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    let end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  // A label before the heading line; a term's heading already says "Begrip".
  const KIND = { q: 'Quizvraag' };

  function countText(total, shown, query) {
    if (total === 0) return `Geen resultaten voor “${query}”`;
    const count = total === 1 ? '1 resultaat' : `${total} resultaten`;
    return total > shown ? `${count}, de beste ${shown} staan hieronder` : count;
  }

  function resultItem(result, terms) {
    const link = document.createElement('a');
    link.href = result.url;
    const title = document.createElement('span');
    title.className = 'site-search-title';
    highlight(title, result.title, terms);
    link.append(title);
    const heading = [KIND[result.kind], result.heading].filter(Boolean).join(' · ');
    if (heading) {
      const line = document.createElement('span');
      line.className = 'site-search-heading';
      highlight(line, heading, terms);
      link.append(line);
    }
    if (result.text) {
      const text = document.createElement('span');
      text.className = 'site-search-snippet';
      highlight(text, snippet(result.text, terms), terms);
      link.append(text);
    }
    const item = document.createElement('li');
    item.append(link);
    return item;
  }

  /** Turns a search form into live search. */
  function enhance(form) {
    const input = form.querySelector('input[type="search"]');
    const list = form.querySelector('.site-search-results');
    const status = form.querySelector('[role="status"]');
    const help = form.querySelector('.site-search-help');
    const index = new SearchIndex(form.dataset.searchIndex);
    let asked = 0;
    let timer = 0;
    let broken = false;

    if (help) {
      help.hidden = false;
      input.setAttribute('aria-describedby', help.id);
    }
    input.setAttribute('aria-controls', list.id);

    const links = () => Array.from(list.querySelectorAll('a'));
    const open = (yes) => {
      list.hidden = !yes;
    };
    const close = () => {
      // Focus first: focusing the box reopens the results it still holds.
      if (form.contains(document.activeElement) && document.activeElement !== input) input.focus();
      open(false);
    };

    const run = async () => {
      const query = input.value.trim();
      const mine = ++asked;
      if (query.length < 2) {
        list.replaceChildren();
        open(false);
        status.textContent = '';
        return;
      }
      try {
        const { total, terms, results } = await index.search(query);
        if (mine !== asked) return;
        // New results replace the links a reader may be arrowing through: keep focus in the form, not on the page.
        const hadFocus = list.contains(document.activeElement);
        list.replaceChildren(...results.map((r) => resultItem(r, terms)));
        if (hadFocus) input.focus();
        open(results.length > 0);
        status.textContent = countText(total, results.length, query);
      } catch (error) {
        if (mine !== asked) return;
        broken = true;
        open(false);
        status.textContent = 'Zoeken lukt hier niet. Druk op Enter voor een overzicht van alle pagina’s.';
      }
    };

    input.addEventListener('focus', () => index.manifest().catch(() => { broken = true; }), { once: true });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    form.addEventListener('submit', (event) => {
      const first = links()[0];
      if (!broken && first && !list.hidden) {
        event.preventDefault();
        first.click();
      }
    });
    form.addEventListener('keydown', (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      } else if (event.key === 'ArrowDown' && all.length > 0) {
        event.preventDefault();
        open(true);
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      }
    });
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget)) open(false);
    });
    input.addEventListener('focus', () => {
      if (list.children.length > 0 && input.value.trim().length >= 2) open(true);
    });

    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });

    // On the search page itself (reached by submitting the form), search for the words the reader sent.
    const sent = new URLSearchParams(location.search).get(input.name);
    const page = (path) => path.replace(/index\.html$/, '');
    if (sent && page(new URL(form.action).pathname) === page(location.pathname)) {
      input.value = sent;
      input.focus();
      run();
    }
  }

  globalThis.siteSearch = { words, fold, stem, termOf, queryTerms, SearchIndex, highlight, snippet, enhance, loaded };
  document.querySelectorAll('form[data-search-index]').forEach(enhance);
})();
