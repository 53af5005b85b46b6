// Quiz widgets (see docs/quizzes.md). The build renders each quiz as a form that works without this script:
// the answers sit in <details>. This script checks answers in place, announces results through the quiz's
// live region, keeps progress in localStorage per quiz id and content version, and fills in /voortgang/.
// CSP-safe: no inline code, no innerHTML, no style writes; only classes and the hidden attribute change.
// A classic script in an IIFE (no module: Chromium refuses module scripts from file://).

(() => {
  'use strict';

  const PREFIX = 'quiz:';

  // localStorage may be missing or throw (private mode, blocked cookies): then progress is simply not kept.
  const storage = {
    get(id) {
      try {
        const raw = window.localStorage.getItem(PREFIX + id);
        return raw ? JSON.parse(raw) : null;
      } catch (e) {
        return null;
      }
    },
    set(id, value) {
      try {
        window.localStorage.setItem(PREFIX + id, JSON.stringify(value));
      } catch (e) {
        // blocked or full: the quiz works on, without keeping progress
      }
    },
    remove(ids) {
      try {
        ids.forEach((id) => window.localStorage.removeItem(PREFIX + id));
      } catch (e) {
        // blocked: nothing was kept either
      }
    },
    // Every quiz's progress, also of quizzes no longer on the site.
    removeAll() {
      try {
        Object.keys(window.localStorage)
          .filter((key) => key.indexOf(PREFIX) === 0)
          .forEach((key) => window.localStorage.removeItem(key));
      } catch (e) {
        // blocked: nothing was kept either
      }
    },
    available() {
      try {
        window.localStorage.setItem('quiz-probe', '1');
        window.localStorage.removeItem('quiz-probe');
        return true;
      } catch (e) {
        return false;
      }
    },
  };

  const format = (template, values) =>
    template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));

  const stringsOf = (root) => JSON.parse(root.getAttribute('data-quiz-strings'));

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

  function initQuiz(root) {
    const strings = stringsOf(root);
    const id = root.getAttribute('data-quiz');
    const version = root.getAttribute('data-quiz-version');
    const total = root.querySelector('.quiz-total');
    const status = root.querySelector('.quiz-status');
    const retry = root.querySelector('.quiz-retry');
    const questions = Array.from(root.querySelectorAll('.quiz-question')).map((el, i) => ({
      el, n: i + 1, type: el.getAttribute('data-type'), result: null,
      inputs: Array.from(el.querySelectorAll('input')),
      text: el.querySelector('textarea'),
    }));
    const scored = questions.filter((q) => q.type !== 'reflection');

    const score = () => scored.filter((q) => q.result === 'correct').length;
    const scoreText = () => format(strings.score, { score: score(), total: scored.length });

    function clear(q) {
      q.result = null;
      q.inputs.forEach((input) => {
        const option = input.closest('.quiz-option');
        const feedback = option.querySelector('.quiz-feedback');
        option.classList.remove('is-correct', 'is-incorrect', 'is-missed');
        feedback.querySelectorAll('.quiz-verdict').forEach((v) => v.remove());
        feedback.hidden = true;
        input.removeAttribute('aria-describedby');
      });
      q.el.querySelector('.quiz-result').hidden = true;
    }

    function mark(q) {
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
    }

    // Returns the message to announce, or null when there is nothing to check yet.
    function check(q) {
      if (q.type !== 'reflection' && !q.inputs.some((input) => input.checked)) {
        return null;
      }
      clear(q);
      q.result = q.type === 'reflection' ? 'done' : (mark(q) ? 'correct' : 'incorrect');
      q.el.querySelector('.quiz-result').hidden = false;
      const key = { done: 'questionReflection', correct: 'questionCorrect', incorrect: 'questionIncorrect' }[q.result];
      return format(strings[key], { n: q.n });
    }

    function showTotal() {
      const any = scored.some((q) => q.result);
      total.hidden = !any;
      total.textContent = any ? scoreText() : '';
    }

    function save() {
      const state = { v: version, score: score(), total: scored.length, answers: {}, checked: [] };
      questions.forEach((q) => {
        state.answers[q.n] = q.text ? q.text.value : q.inputs.filter((i) => i.checked).map((i) => i.value);
        if (q.result) {
          state.checked.push(q.n);
        }
      });
      storage.set(id, state);
    }

    function restore() {
      const state = storage.get(id);
      if (!state || state.v !== version) {
        return; // nothing kept, or kept for an earlier version of this quiz: start fresh
      }
      questions.forEach((q) => {
        const answer = state.answers && state.answers[q.n];
        if (q.text) {
          q.text.value = typeof answer === 'string' ? answer : '';
        } else if (Array.isArray(answer)) {
          q.inputs.forEach((input) => { input.checked = answer.indexOf(input.value) >= 0; });
        }
        if (Array.isArray(state.checked) && state.checked.indexOf(q.n) >= 0) {
          check(q);
        }
      });
      showTotal();
    }

    form(root).addEventListener('submit', (event) => event.preventDefault());
    questions.forEach((q) => {
      q.el.querySelector('.quiz-answer').hidden = true;
      const button = q.el.querySelector('.quiz-check');
      button.hidden = false;
      button.addEventListener('click', () => {
        const message = check(q);
        status.textContent = message === null
          ? format(strings.chooseFirst, { n: q.n })
          : message + (q.type === 'reflection' ? '' : ' ' + scoreText() + '.');
        showTotal();
        save();
      });
      // A changed answer needs checking again; the reader's own text is simply kept.
      q.el.addEventListener(q.text ? 'input' : 'change', () => {
        if (!q.text && q.result) {
          clear(q);
          showTotal();
        }
        save();
      });
    });
    retry.hidden = false;
    retry.addEventListener('click', () => {
      form(root).reset();
      questions.forEach(clear);
      showTotal();
      storage.remove([id]);
      status.textContent = strings.retried;
      const first = root.querySelector('input, textarea');
      if (first) {
        first.focus();
      }
    });
    root.classList.add('is-enhanced');
    restore();
  }

  function form(root) {
    return root.querySelector('.quiz-form');
  }

  function initProgress(root) {
    const strings = stringsOf(root);
    const items = Array.from(root.querySelectorAll('[data-quiz-id]'));
    const status = root.querySelector('.quiz-progress-status');
    const reset = root.querySelector('.quiz-progress-reset');

    function fill() {
      items.forEach((item) => {
        const state = storage.get(item.getAttribute('data-quiz-id'));
        const out = item.querySelector('.quiz-progress-score');
        out.textContent = !state ? strings.notStarted
          : state.v !== item.getAttribute('data-quiz-version') ? strings.changed
          : format(strings.score, { score: state.score, total: item.getAttribute('data-quiz-total') });
        item.classList.toggle('is-started', !!state);
      });
    }

    root.querySelector('.quiz-progress-nojs').hidden = true;
    if (!storage.available()) {
      status.textContent = strings.storageBlocked;
    }
    fill();
    reset.hidden = false;
    reset.addEventListener('click', () => {
      if (window.confirm(strings.resetConfirm)) {
        storage.removeAll();
        fill();
        status.textContent = strings.resetDone;
      }
    });
  }

  document.querySelectorAll('[data-quiz]').forEach(initQuiz);
  document.querySelectorAll('[data-quiz-progress]').forEach(initProgress);
})();
