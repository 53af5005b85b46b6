// "Mijn voortgang" (/voortgang/, see docs/quizzes.md): fills in each quiz's score, "Herhalen" (questions last
// answered wrong, what is due first), the reader's reflections and their latest self-rating per competency, from
// what progress-store.js keeps; saves all
// progress as a file and loads one back; prints the page as a portfolio; wipes everything on request. The questions'
// texts and links come from the page itself (written by the build), never from fetching other pages.
// CSP-safe: no inline code, no innerHTML, no style writes. A classic script (modules are refused from file://).

(() => {
  'use strict';

  const format = (template, values) =>
    template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));

  function element(name, className, text) {
    const el = document.createElement(name);
    el.className = className;
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  function initProgress(root) {
    const store = window.siteProgress;
    const strings = JSON.parse(root.getAttribute('data-quiz-strings'));
    const quizzes = Array.from(root.querySelectorAll('.quiz-progress-list > li[data-quiz-id]')).map((el) => ({
      el,
      id: el.getAttribute('data-quiz-id'),
      version: el.getAttribute('data-quiz-version'),
      total: Number(el.getAttribute('data-quiz-total')),
      questions: Array.from(el.querySelectorAll('[data-question-key]')).map((q) => ({
        key: q.getAttribute('data-question-key'),
        version: q.getAttribute('data-question-version'),
        type: q.getAttribute('data-type'),
        link: q.querySelector('a'),
      })),
    }));
    const status = root.querySelector('.quiz-progress-status');

    function fillScore(quiz, kept) {
      const raw = store.get('quiz:' + quiz.id);
      const out = quiz.el.querySelector('.quiz-progress-score');
      const entries = quiz.questions.map((q) => kept[q.key]).filter((e) => e);
      const changed = quiz.questions.some((q) => kept[q.key] && kept[q.key].v !== q.version);
      const right = quiz.questions.filter((q) => kept[q.key] && kept[q.key].v === q.version && kept[q.key].result === 'correct').length;
      const first = raw && raw.format !== 2 && raw.v === quiz.version; // the first format kept only the score
      // A quiz of self-ratings alone has nothing to score: it is filled in or not.
      out.textContent = !raw || entries.length === 0 ? strings.notStarted
        : quiz.total === 0 ? strings.quizFilledIn
          : format(strings.score, { score: first ? raw.score : right, total: quiz.total }) + (changed ? ' · ' + strings.changed : '');
      quiz.el.classList.toggle('is-started', !!raw);
    }

    // Questions in a Leitner box, due ones by due time; those due later are counted.
    function fillReview(all, now) {
      const list = root.querySelector('.progress-review-list');
      const boxed = all.filter((item) => item.entry.box && item.entry.v === item.q.version);
      const due = boxed.filter((item) => item.entry.due <= now);
      const later = boxed.filter((item) => item.entry.due > now);
      due.sort((a, b) => a.entry.due - b.entry.due);
      list.replaceChildren(...due.map((item) => {
        const li = document.createElement('li');
        li.append(item.q.link.cloneNode(true));
        return li;
      }));
      root.querySelector('.progress-review-none').hidden = due.length > 0;
      root.querySelector('.progress-review-later').textContent = later.length > 0 ? format(strings.reviewLater, { n: later.length }) : '';
    }

    function fillReflections(all) {
      const list = root.querySelector('.progress-reflection-list');
      const written = all.filter((item) => item.q.type === 'reflection' && typeof item.entry.answer === 'string' && item.entry.answer.trim() !== '');
      list.replaceChildren(...written.map((item) => {
        const article = element('article', 'progress-reflection');
        article.append(element('h3', 'progress-reflection-question', item.q.link.textContent));
        if (item.entry.v !== item.q.version) {
          article.append(element('p', 'progress-reflection-earlier', strings.earlierMark));
        }
        article.append(element('p', 'progress-reflection-text', item.entry.answer));
        return article;
      }));
      root.querySelector('.progress-reflections-none').hidden = written.length > 0;
    }

    // Per competency the latest self-rating of its current version (entry.at, set when the reader saved it): its bar
    // chart and table filled in, the others hidden. A statement without a rating (new, or edited since) says so.
    function fillSelfRatings(keptOf) {
      let shown = 0;
      root.querySelectorAll('.selfrating-competency').forEach((competency) => {
        const results = Array.from(competency.querySelectorAll('.selfrating-result')).map((el) => {
          const entry = keptOf(el.getAttribute('data-quiz-id'))[el.getAttribute('data-question-key')];
          const answer = entry && entry.v === el.getAttribute('data-question-version') ? entry.answer : null;
          const current = answer && typeof answer === 'object' && !Array.isArray(answer) && Object.keys(answer).length > 0;
          return { el, entry: current ? entry : null };
        });
        const rated = results.filter((r) => r.entry).sort((a, b) => (b.entry.at || 0) - (a.entry.at || 0));
        results.forEach((r) => { r.el.hidden = r !== rated[0]; });
        competency.hidden = rated.length === 0;
        if (rated.length > 0) {
          shown += 1;
          drawRating(rated[0].el, rated[0].entry);
        }
      });
      const none = root.querySelector('.progress-selfratings-none');
      if (none) {
        none.hidden = shown > 0;
      }
    }

    function drawRating(el, entry) {
      const scale = JSON.parse(el.getAttribute('data-scale'));
      el.querySelector('.selfrating-date').textContent = entry.at ? format(strings.selfRatingDate, {
        date: new Date(entry.at).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
      }) : '';
      el.querySelectorAll('tr[data-statement-key]').forEach((row) => {
        const key = row.getAttribute('data-statement-key');
        const level = entry.answer[key];
        const rated = Number.isInteger(level) && level >= 0 && level < scale.length;
        row.querySelector('.selfrating-value').textContent = rated
          ? format(strings.selfRatingLevel, { label: scale[level], n: level + 1, total: scale.length }) : strings.selfRatingNone;
        const bar = el.querySelector('g[data-statement-key="' + key + '"] .selfrating-bar');
        bar.setAttribute('width', rated ? String((94 * (level + 1)) / scale.length) : '0');
      });
    }

    function fill() {
      const all = [];
      const keptById = {};
      quizzes.forEach((quiz) => {
        const kept = store.quiz(quiz.id, quiz.version, quiz.questions).questions;
        keptById[quiz.id] = kept;
        fillScore(quiz, kept);
        quiz.questions.filter((q) => kept[q.key]).forEach((q) => all.push({ q, entry: kept[q.key] }));
      });
      fillReview(all, Date.now());
      fillReflections(all);
      fillSelfRatings((id) => keptById[id] || {});
      root.querySelector('.progress-printed').textContent = format(strings.printedOn, {
        date: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
      });
    }

    function save() {
      const now = Date.now();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([store.dump(now)], { type: 'application/json' }));
      link.download = 'voortgang-' + new Date(now).toISOString().slice(0, 10) + '.json';
      link.hidden = true;
      root.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(link.href), 0);
      status.textContent = strings.saveDone;
    }

    function load(input) {
      const file = input.files && input.files[0];
      if (!file) {
        return;
      }
      file.text().then((text) => {
        const items = store.parse(text);
        if (items) {
          store.merge(items);
          fill();
        }
        status.textContent = items ? strings.loadDone : strings.loadBad;
        input.value = '';
      }, () => {
        status.textContent = strings.loadBad;
      });
    }

    root.querySelector('.quiz-progress-nojs').hidden = true;
    if (!store.available()) {
      status.textContent = strings.storageBlocked;
    }
    fill();
    const reveal = (selector) => {
      const el = root.querySelector(selector);
      el.hidden = false;
      return el;
    };
    reveal('.progress-save').addEventListener('click', save);
    reveal('.progress-load').querySelector('input').addEventListener('change', (event) => load(event.target));
    reveal('.progress-print').addEventListener('click', () => window.print());
    reveal('.quiz-progress-reset').addEventListener('click', () => {
      if (window.confirm(strings.resetConfirm)) {
        store.removeAll();
        fill();
        status.textContent = strings.resetDone;
      }
    });
  }

  // progress-store.js is a deferred script too: every one has run by DOMContentLoaded.
  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('[data-quiz-progress]').forEach(initProgress));
})();
