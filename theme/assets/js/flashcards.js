// Flashcards (/begrippen/oefenen/, see docs/glossary.md): the page lists every term with its meaning in a
// <details>; this script shows one term at a time instead. "Toon betekenis" reveals the meaning, "Ik wist het"
// moves the term to a later Leitner box, "Nog niet" back to the first (it comes again in this round). Kept with
// the reader's progress through progress-store.js ("oefenen:begrippen"), so saving and loading include it.
// CSP-safe: no inline code, no innerHTML, no style writes. A classic script (modules are refused from file://).

(() => {
  'use strict';

  const KEY = 'oefenen:begrippen';

  function initFlashcards(root) {
    const store = window.siteProgress;
    const strings = JSON.parse(root.getAttribute('data-quiz-strings'));
    const terms = Array.from(root.querySelectorAll('[data-term-id]')).map((el) => ({
      id: el.getAttribute('data-term-id'),
      name: el.querySelector('summary').textContent,
      answer: el.querySelector('.flashcards-answer'),
    }));
    const term = root.querySelector('.flashcards-term');
    const meaning = root.querySelector('.flashcards-meaning');
    const left = root.querySelector('.flashcards-left');
    const show = root.querySelector('.flashcards-show');
    const knew = root.querySelector('.flashcards-knew');
    const notYet = root.querySelector('.flashcards-not-yet');
    const saved = store.get(KEY);
    const boxes = saved && saved.terms && typeof saved.terms === 'object' ? saved.terms : {};
    const now = Date.now();
    // This round: the terms due now, those in the lowest box first, then in the page's (alphabetical) order.
    const deck = terms.filter((t) => !boxes[t.id] || !(boxes[t.id].due > now))
      .sort((a, b) => ((boxes[a.id] && boxes[a.id].box) || 0) - ((boxes[b.id] && boxes[b.id].box) || 0));

    function showCard() {
      const card = deck[0];
      meaning.hidden = true;
      knew.hidden = true;
      notYet.hidden = true;
      show.hidden = !card;
      term.textContent = card ? card.name : '';
      term.hidden = !card;
      left.textContent = card ? strings.cardsLeft.replace('{n}', String(deck.length)) : strings.cardsDone;
    }

    function grade(right) {
      const card = deck.shift();
      boxes[card.id] = store.review(boxes[card.id] || { box: 1 }, right, Date.now());
      if (!boxes[card.id].box) {
        boxes[card.id] = { box: 4, due: boxes[card.id].due || Date.now() + 7 * 24 * 60 * 60 * 1000 };
      }
      if (!right) {
        deck.push(card); // not known yet: it comes again in this round
      }
      store.set(KEY, { format: 1, terms: boxes });
      showCard();
      if (deck.length > 0) {
        show.focus();
      } else {
        left.tabIndex = -1; // the buttons are gone: the message that the round is done takes the focus
        left.focus();
      }
    }

    show.addEventListener('click', () => {
      meaning.replaceChildren(...Array.from(deck[0].answer.childNodes).map((node) => node.cloneNode(true)));
      meaning.hidden = false;
      show.hidden = true;
      knew.hidden = false;
      notYet.hidden = false;
      knew.focus();
    });
    knew.addEventListener('click', () => grade(true));
    notYet.addEventListener('click', () => grade(false));
    root.classList.add('is-enhanced');
    showCard();
  }

  // progress-store.js is a deferred script too: every one has run by DOMContentLoaded.
  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('[data-flashcards]').forEach(initFlashcards));
})();
