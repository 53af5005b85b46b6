// Quiz widgets (see docs/quizzes.md). The build renders each quiz as a form that works without this script:
// the answers sit in <details>. This script checks answers in place, announces results through the quiz's
// live region, and keeps progress per question (by its key and its own version, through progress-store.js), so an
// edit to one question resets that question only; a reflection's text is never thrown away.
// CSP-safe: no inline code, no innerHTML, no style writes; only classes and the hidden attribute change.
// A classic script in an IIFE (no module: Chromium refuses module scripts from file://).

(() => {
  'use strict';

  const format = (template, values) =>
    template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));

  function verdict(strings, kind) {
    const span = document.createElement('span');
    span.className = 'quiz-verdict quiz-verdict-' + kind;
    const icon = document.createElement('span');
    icon.className = 'quiz-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = kind === 'incorrect' ? '\u2717' : '\u2713';
    span.append(icon, ' ' + strings[kind]);
    return span;
  }

  // Each kind of question (its fieldset's data-type, the name of its IQuestionKind) says how its answer is read,
  // restored and checked: read, write, answered, scored, mark (returns right or wrong, or null when not scored),
  // clear; optionally init (once, to wire its controls), reset ("Opnieuw") and first (the string naming what is
  // missing). A new kind registers in `kinds` below and the rest of the widget (progress, score, review) works for it
  // unchanged. Answers refer to options by their value (their written position), never by their place on the page.
  const choices = {
    read: (q) => q.inputs.filter((input) => input.checked).map((input) => input.value),
    write(q, answer) {
      if (Array.isArray(answer)) {
        q.inputs.forEach((input) => { input.checked = answer.indexOf(input.value) >= 0; });
      }
    },
    answered: (q) => q.inputs.some((input) => input.checked),
    scored: true,
    // Marks every chosen or missed option; returns whether the answer is right.
    mark(q, strings) {
      let right = true;
      q.inputs.forEach((input) => {
        const correct = input.hasAttribute('data-correct');
        const kind = input.checked ? (correct ? 'correct' : 'incorrect') : (correct ? 'missed' : null);
        if (input.checked !== correct) {
          right = false;
        }
        if (kind) {
          const option = input.closest('.quiz-option');
          const feedback = option.querySelector('.quiz-feedback');
          option.classList.add('is-' + kind);
          feedback.prepend(verdict(strings, kind));
          feedback.hidden = false;
          input.setAttribute('aria-describedby', feedback.id);
        }
      });
      return right;
    },
    clear(q) {
      q.inputs.forEach((input) => {
        const option = input.closest('.quiz-option');
        const feedback = option.querySelector('.quiz-feedback');
        option.classList.remove('is-correct', 'is-incorrect', 'is-missed');
        feedback.querySelectorAll('.quiz-verdict').forEach((v) => v.remove());
        feedback.hidden = true;
        input.removeAttribute('aria-describedby');
      });
    },
  };
  const reflection = {
    read: (q) => q.text.value,
    write(q, answer) {
      q.text.value = typeof answer === 'string' ? answer : '';
    },
    answered: () => true,
    scored: false,
    mark: () => null,
    clear() {},
  };
  // Ordering: the items of an <ol> moved with "Omhoog"/"Omlaag" buttons; each item's data-value is its right place.
  const ordering = {
    items: (q) => Array.from(q.el.querySelectorAll('.quiz-order-item')),
    init(q, strings) {
      const list = q.el.querySelector('.quiz-order');
      q.initial = ordering.read(q);
      q.el.querySelectorAll('.quiz-order-moves').forEach((moves) => { moves.hidden = false; });
      list.addEventListener('click', (event) => {
        const button = event.target.closest('.quiz-move');
        if (!button) {
          return;
        }
        const item = button.closest('.quiz-order-item');
        const up = button.getAttribute('data-move') === 'up';
        const sibling = up ? item.previousElementSibling : item.nextElementSibling;
        if (sibling) {
          if (up) {
            sibling.before(item);
          } else {
            sibling.after(item);
          }
        }
        button.focus(); // focus follows the moved item
        const items = ordering.items(q);
        q.announce(format(strings.orderingMoved, {
          item: item.querySelector('.quiz-order-text').textContent, position: items.indexOf(item) + 1, total: items.length,
        }));
        q.el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    read: (q) => ordering.items(q).map((item) => item.getAttribute('data-value')),
    write(q, answer) {
      const items = ordering.items(q);
      if (!Array.isArray(answer) || answer.length !== items.length) {
        return;
      }
      const byValue = new Map(items.map((item) => [item.getAttribute('data-value'), item]));
      if (answer.every((value) => byValue.has(value))) {
        answer.forEach((value) => q.el.querySelector('.quiz-order').append(byValue.get(value)));
      }
    },
    answered: () => true,
    scored: true,
    mark(q, strings) {
      let right = true;
      ordering.items(q).forEach((item, i) => {
        const kind = item.getAttribute('data-value') === String(i + 1) ? 'correct' : 'incorrect';
        right = right && kind === 'correct';
        const feedback = item.querySelector('.quiz-feedback');
        item.classList.add('is-' + kind);
        feedback.append(verdict(strings, kind));
        feedback.hidden = false;
      });
      return right;
    },
    clear(q) {
      ordering.items(q).forEach((item) => {
        const feedback = item.querySelector('.quiz-feedback');
        item.classList.remove('is-correct', 'is-incorrect');
        feedback.replaceChildren();
        feedback.hidden = true;
      });
    },
    reset: (q) => ordering.write(q, q.initial),
  };
  // Marks one control (a gap, a list) right or wrong: a class on its row, the verdict in its feedback element.
  function markOne(control, row, strings, right) {
    const kind = right ? 'correct' : 'incorrect';
    const feedback = document.getElementById(control.id + '-feedback');
    row.classList.add('is-' + kind);
    feedback.append(verdict(strings, kind));
    feedback.hidden = false;
    control.setAttribute('aria-describedby', feedback.id);
    return right;
  }
  function clearOne(control, row) {
    const feedback = document.getElementById(control.id + '-feedback');
    row.classList.remove('is-correct', 'is-incorrect');
    feedback.replaceChildren();
    feedback.hidden = true;
    control.removeAttribute('aria-describedby');
  }
  const values = (controls) => ({
    read: (q) => controls(q).map((control) => control.value),
    write(q, answer) {
      if (Array.isArray(answer)) {
        controls(q).forEach((control, i) => { control.value = typeof answer[i] === 'string' ? answer[i] : ''; });
      }
    },
  });

  // Gaps: text fields in the sentence, each with its accepted answers in data-answers (separated by |), compared
  // without regard to case, accents (Unicode decomposition without its combining marks) and surrounding spaces.
  const fold = (text) => text.normalize('NFD').replace(/\p{Mn}/gu, '').trim().toLowerCase();
  const gapFields = (q) => q.inputs;
  const gaps = Object.assign(values(gapFields), {
    answered: (q) => q.inputs.some((input) => input.value.trim() !== ''),
    scored: true,
    mark: (q, strings) => q.inputs.map((input) =>
      markOne(input, input, strings, input.getAttribute('data-answers').split('|').map(fold).indexOf(fold(input.value)) >= 0))
      .every(Boolean),
    clear: (q) => q.inputs.forEach((input) => clearOne(input, input)),
  });

  // Matching: per left-hand side a native <select>; its data-answer is the value of the right-hand side that fits.
  const lists = (q) => Array.from(q.el.querySelectorAll('select'));
  const matching = Object.assign(values(lists), {
    answered: (q) => lists(q).every((list) => list.value !== ''),
    first: 'matchingFirst',
    scored: true,
    mark: (q, strings) => lists(q).map((list) =>
      markOne(list, list.closest('.quiz-match'), strings, list.value === list.getAttribute('data-answer'))).every(Boolean),
    clear: (q) => lists(q).forEach((list) => clearOne(list, list.closest('.quiz-match'))),
  });

  const kinds = { single: choices, multiple: choices, truefalse: choices, reflection, ordering, gaps, matching };

  function initQuiz(root) {
    const store = window.siteProgress;
    const strings = JSON.parse(root.getAttribute('data-quiz-strings'));
    const id = root.getAttribute('data-quiz');
    const total = root.querySelector('.quiz-total');
    const status = root.querySelector('.quiz-status');
    const retry = root.querySelector('.quiz-retry');
    const questions = Array.from(root.querySelectorAll('.quiz-question')).map((el, i) => ({
      el, n: i + 1, type: el.getAttribute('data-type'), result: null,
      kind: kinds[el.getAttribute('data-type')] || reflection,
      key: el.getAttribute('data-question-key'),
      version: el.getAttribute('data-question-version'),
      inputs: Array.from(el.querySelectorAll('input')),
      text: el.querySelector('textarea'),
      earlier: null, // the note on a reflection written for an earlier version of its question
      announce: (message) => { status.textContent = message; },
    }));
    const scored = questions.filter((q) => q.kind.scored);
    // What is kept per question beyond the answer (its Leitner box), carried from save to save.
    let kept = store.quiz(id, root.getAttribute('data-quiz-version'), questions).questions;

    const score = () => scored.filter((q) => q.result === 'correct').length;
    const scoreText = () => format(strings.score, { score: score(), total: scored.length });

    function clear(q) {
      q.result = null;
      q.kind.clear(q);
      q.el.querySelector('.quiz-result').hidden = true;
    }

    // Returns the message to announce, or null when there is nothing to check yet.
    function check(q) {
      if (!q.kind.answered(q)) {
        return null;
      }
      clear(q);
      const right = q.kind.mark(q, strings);
      q.result = right === null ? 'done' : (right ? 'correct' : 'incorrect');
      q.el.querySelector('.quiz-result').hidden = false;
      const key = { done: 'questionReflection', correct: 'questionCorrect', incorrect: 'questionIncorrect' }[q.result];
      return format(strings[key], { n: q.n });
    }

    function showTotal() {
      const any = scored.some((q) => q.result);
      total.hidden = !any;
      total.textContent = any ? scoreText() : '';
    }

    function showEarlier(q, show) {
      if (show && !q.earlier) {
        q.earlier = document.createElement('p');
        q.earlier.className = 'quiz-earlier';
        q.earlier.id = q.text.id + '-eerder';
        q.earlier.textContent = strings.earlierVersion;
        q.text.after(q.earlier);
        q.text.setAttribute('aria-describedby', q.earlier.id);
      } else if (!show && q.earlier) {
        q.earlier.remove();
        q.earlier = null;
        q.text.removeAttribute('aria-describedby');
      }
    }

    function save() {
      const state = { format: 2, questions: {} };
      questions.forEach((q) => {
        const entry = Object.assign({}, kept[q.key] || {}, { v: q.version, answer: q.kind.read(q), checked: !!q.result, result: q.result });
        if (q.earlier) {
          entry.v = kept[q.key].v; // still the text written for the earlier version, until the reader changes it
        }
        state.questions[q.key] = entry;
      });
      kept = state.questions;
      store.set('quiz:' + id, state);
    }

    function restore() {
      questions.forEach((q) => {
        const entry = kept[q.key];
        if (!entry) {
          return;
        }
        if (entry.v === q.version) {
          q.kind.write(q, entry.answer);
          if (entry.checked) {
            check(q);
          }
        } else if (q.text && typeof entry.answer === 'string' && entry.answer !== '') {
          q.kind.write(q, entry.answer); // the reader's own text is never thrown away
          showEarlier(q, true);
        } else {
          delete kept[q.key]; // the question was edited: it starts fresh, the others keep their answers
        }
      });
      showTotal();
    }

    root.querySelector('.quiz-form').addEventListener('submit', (event) => event.preventDefault());
    questions.forEach((q) => {
      q.el.querySelector('.quiz-answer').hidden = true;
      const button = q.el.querySelector('.quiz-check');
      button.hidden = false;
      button.addEventListener('click', () => {
        const message = check(q);
        status.textContent = message === null
          ? format(strings[q.kind.first || 'chooseFirst'], { n: q.n })
          : message + (q.kind.scored ? ' ' + scoreText() + '.' : '');
        showTotal();
        if (message !== null && q.kind.scored) {
          kept[q.key] = store.review(kept[q.key] || {}, q.result === 'correct', Date.now());
        }
        save();
      });
      // A changed answer needs checking again; the reader's own text is simply kept.
      q.el.addEventListener(q.text ? 'input' : 'change', () => {
        if (!q.text && q.result) {
          clear(q);
          showTotal();
        }
        showEarlier(q, false);
        save();
      });
    });
    retry.hidden = false;
    retry.addEventListener('click', () => {
      root.querySelector('.quiz-form').reset();
      questions.forEach((q) => {
        clear(q);
        showEarlier(q, false);
        if (q.kind.reset) {
          q.kind.reset(q);
        }
      });
      showTotal();
      // The answers go; what is due for review (Herhalen on /voortgang/) stays.
      const reviews = {};
      Object.keys(kept).filter((key) => kept[key].box).forEach((key) => {
        reviews[key] = { v: kept[key].v, box: kept[key].box, due: kept[key].due };
      });
      kept = reviews;
      save();
      status.textContent = strings.retried;
      const first = root.querySelector('input, textarea');
      if (first) {
        first.focus();
      }
    });
    questions.forEach((q) => {
      if (q.kind.init) {
        q.kind.init(q, strings);
      }
    });
    root.classList.add('is-enhanced');
    restore();
  }

  // progress-store.js is a deferred script too: every one has run by DOMContentLoaded.
  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('[data-quiz]').forEach(initQuiz));
})();
