// Scenarios, a case in steps (see docs/scenarios.md). The build writes every step as a section and each choice as
// a link to the section it leads to, which works without this script. This script shows one section at a time:
// a choice moves on, focus goes to the new section's heading and the live region says where the reader is;
// "Terug" goes back one step and, at an outcome, "Opnieuw beginnen" starts again. The path taken is listed and kept
// through progress-store.js ("scenario:<id>", with the scenario's version: after an edit it starts afresh).
// CSP-safe: no inline code, no innerHTML, no style writes; only classes, text and the hidden attribute change.
// A classic script in an IIFE (no module: Chromium refuses module scripts from file://).

(() => {
  'use strict';

  const format = (template, values) =>
    template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));

  const targetOf = (link) => link.getAttribute('href').slice(1);

  function initScenario(root) {
    const strings = JSON.parse(root.getAttribute('data-scenario-strings'));
    const key = 'scenario:' + root.getAttribute('data-scenario');
    const version = root.getAttribute('data-scenario-version');
    const start = root.getAttribute('data-scenario-start');
    const sections = Array.from(root.querySelectorAll('.scenario-step'));
    const byId = new Map(sections.map((section) => [section.id, section]));
    const choices = new Map(Array.from(root.querySelectorAll('a.scenario-choice')).map((link) => [link.id, link]));
    const pathBox = root.querySelector('.scenario-path');
    const pathList = root.querySelector('.scenario-path-list');
    const back = root.querySelector('.scenario-back');
    const restart = root.querySelector('.scenario-restart');
    const status = root.querySelector('.scenario-status');
    const store = window.siteProgress;

    // The section a path of choice ids ends at, or null when a choice is not in the section the path reached.
    function follow(path) {
      let current = start;
      for (const id of path) {
        const link = choices.get(id);
        if (!link || link.closest('.scenario-step').id !== current || !byId.has(targetOf(link))) {
          return null;
        }
        current = targetOf(link);
      }
      return current;
    }

    const saved = store ? store.get(key) : null;
    let path = saved && saved.v === version && Array.isArray(saved.path) && follow(saved.path) ? saved.path.slice() : [];

    function save() {
      if (!store) {
        return;
      }
      if (path.length === 0) {
        store.remove(key);
      } else {
        store.set(key, { v: version, path });
      }
    }

    // Shows the section the path ends at; with a message, moves focus to its heading and announces it.
    function show(message) {
      const current = byId.get(follow(path));
      sections.forEach((section) => { section.hidden = section !== current; });
      pathList.replaceChildren(...path.map((id) => {
        const item = document.createElement('li');
        item.textContent = choices.get(id).textContent.trim();
        return item;
      }));
      pathBox.hidden = path.length === 0;
      back.hidden = path.length === 0;
      restart.hidden = !current.classList.contains('scenario-end');
      if (message) {
        const heading = current.querySelector('.scenario-heading');
        heading.focus();
        const end = current.classList.contains('scenario-end') ? ' ' + strings.end + '.' : '';
        status.textContent = format(message, { heading: heading.textContent.trim(), choice: path.length ? choices.get(path[path.length - 1]).textContent.trim() : '' }) + end;
      }
    }

    root.addEventListener('click', (event) => {
      const link = event.target.closest('a.scenario-choice');
      if (link && choices.get(link.id) === link) {
        event.preventDefault();
        path.push(link.id);
        save();
        show(strings.wentTo);
      }
    });
    back.addEventListener('click', () => {
      path.pop();
      save();
      show(strings.wentBack);
    });
    restart.addEventListener('click', () => {
      path = [];
      save();
      show(strings.restarted);
    });

    root.querySelectorAll('.scenario-again').forEach((again) => { again.hidden = true; });
    root.classList.add('scenario-active');
    show(null);
    if (path.length > 0) {
      status.textContent = strings.resumed;
    }
  }

  // progress-store.js is a deferred script too: every one has run by DOMContentLoaded.
  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('[data-scenario]').forEach(initScenario));
})();
