// The reader's progress, kept in localStorage and shared by quiz.js, progress.js and flashcards.js (the storage
// format is in docs/quizzes.md). One place for reading, writing, the Leitner boxes, saving to a file and loading
// one back. The widgets start on DOMContentLoaded, after every deferred script ran, so the order of the script
// tags does not matter. A classic script (no module: Chromium refuses module scripts from file://).

(() => {
  'use strict';

  // "quiz:<quiz id>" per quiz (the prefix of the first format too), "oefenen:begrippen" for the flashcards,
  // "scenario:<scenario id>" for the reader's place in a scenario.
  const PREFIXES = ['quiz:', 'oefenen:', 'scenario:'];
  const FILE_FORMAT = 'afstand-bewaren-voortgang';
  const FILE_VERSION = 1;
  const DAY = 24 * 60 * 60 * 1000;
  // Days until an item in a Leitner box comes back: box 1 at once, then a day, three days, a week.
  const BOX_DAYS = [0, 0, 1, 3, 7];

  const ours = (key) => PREFIXES.some((prefix) => key.indexOf(prefix) === 0);

  // localStorage may be missing or throw (private mode, blocked cookies): then nothing is kept and nothing breaks.
  function get(key) {
    try {
      const raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function set(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // blocked or full: the widget works on, without keeping progress
    }
  }

  function remove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // blocked: nothing was kept either
    }
  }

  function keys() {
    try {
      return Object.keys(window.localStorage).filter(ours).sort();
    } catch (e) {
      return [];
    }
  }

  function available() {
    try {
      window.localStorage.setItem('quiz-probe', '1');
      window.localStorage.removeItem('quiz-probe');
      return true;
    } catch (e) {
      return false;
    }
  }

  // A quiz's progress in the current format, { format: 2, questions: { key: entry } }. Progress of the first format
  // ({ v, answers: { n: answer }, checked: [n] }, by position, for the whole quiz's version) is carried over: every
  // answer when the quiz is unchanged, else only the reflections' texts, marked as written for an earlier version.
  function quiz(id, quizVersion, questions) {
    const state = get('quiz:' + id);
    if (!state || typeof state !== 'object') {
      return { format: 2, questions: {} };
    }
    if (state.format === 2 && state.questions && typeof state.questions === 'object') {
      return state;
    }
    const converted = { format: 2, questions: {} };
    const answers = state.answers && typeof state.answers === 'object' ? state.answers : {};
    const checked = Array.isArray(state.checked) ? state.checked : [];
    questions.forEach((q, i) => {
      const answer = answers[i + 1];
      if (state.v === quizVersion && answer !== undefined) {
        converted.questions[q.key] = { v: q.version, answer, checked: checked.indexOf(i + 1) >= 0 };
      } else if (q.type === 'reflection' && typeof answer === 'string' && answer !== '') {
        converted.questions[q.key] = { v: '', answer, checked: false };
      }
    });
    return converted;
  }

  // Moves a reviewed item to its next Leitner box: a wrong answer to box 1 (due at once), a right one of an item
  // in review a box further (due in a day, three days, a week), out of review after the last. Others stay out.
  function review(entry, right, now) {
    const next = Object.assign({}, entry);
    if (!right) {
      next.box = 1;
      next.due = now;
    } else if (entry.box) {
      next.box = entry.box + 1;
      if (next.box >= BOX_DAYS.length) {
        delete next.box;
        delete next.due;
      } else {
        next.due = now + BOX_DAYS[next.box] * DAY;
      }
    }
    return next;
  }

  // Everything kept, as the text of a file to save.
  function dump(now) {
    const items = {};
    keys().forEach((key) => { items[key] = get(key); });
    return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, saved: new Date(now).toISOString(), items }, null, 2);
  }

  // Reads a saved file's text; returns its items, or null when the file is not ours or is damaged.
  function parse(text) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return null;
    }
    if (!data || data.format !== FILE_FORMAT || data.version !== FILE_VERSION || !data.items || typeof data.items !== 'object') {
      return null;
    }
    const items = data.items;
    const valid = Object.keys(items).every((key) => ours(key) && items[key] && typeof items[key] === 'object');
    return valid ? items : null;
  }

  // Merges loaded items in: each quiz (and the flashcards) in the file replaces what this browser kept of it.
  function merge(items) {
    Object.keys(items).forEach((key) => set(key, items[key]));
  }

  function removeAll() {
    keys().forEach(remove);
  }

  window.siteProgress = { get, set, remove, keys, available, quiz, review, dump, parse, merge, removeAll };
})();
