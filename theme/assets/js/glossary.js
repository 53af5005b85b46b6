// Glossary tooltips. Each term link (a.glossary-term) stays a plain link to its entry on the glossary page;
// this script adds a popover with the short definition on hover and keyboard focus (WCAG 1.4.13):
// it stays while the pointer is on the link or on the popover, closes with Escape, and is placed below the
// term (above when there is no room), never over it. Screen readers get the definition through
// aria-describedby only while the popover is shown, so it is not read out at every term on the page.
// A classic script in an IIFE (no module: Chromium refuses module scripts from file://).

(() => {
  'use strict';

  const links = document.querySelectorAll('a.glossary-term[data-definition]');
  const HIDE_DELAY = 300; // ms: time to move the pointer from the term onto the popover
  const GAP = 6; // px between term and popover

  if (links.length > 0) {
    const tooltip = document.createElement('div');
    tooltip.id = 'glossary-tooltip';
    tooltip.className = 'glossary-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    document.body.append(tooltip);

    let current = null;
    let hideTimer = 0;

    const place = (link) => {
      // Measure at the left edge, where nothing squeezes the box: where it was shown last (say at the right edge of
      // the window) it may be narrower and taller than it will be here, which would misplace it.
      tooltip.style.setProperty('top', '0px');
      tooltip.style.setProperty('left', '0px');
      const term = link.getBoundingClientRect();
      const box = tooltip.getBoundingClientRect();
      const roomBelow = window.innerHeight - term.bottom;
      const above = roomBelow < box.height + GAP && term.top > box.height + GAP;
      const top = above ? term.top - box.height - GAP : term.bottom + GAP;
      const maxLeft = document.documentElement.clientWidth - box.width - GAP;
      const left = Math.max(GAP, Math.min(term.left, maxLeft));
      tooltip.classList.toggle('is-above', above);
      // CSSOM, not a style attribute in the HTML: allowed under the site's style-src 'self'.
      tooltip.style.setProperty('top', `${top + window.scrollY}px`);
      tooltip.style.setProperty('left', `${left + window.scrollX}px`);
    };

    const show = (link) => {
      clearTimeout(hideTimer);
      if (current === link) return;
      if (current) current.removeAttribute('aria-describedby');
      current = link;
      tooltip.textContent = link.dataset.definition;
      tooltip.hidden = false;
      link.setAttribute('aria-describedby', tooltip.id);
      place(link);
    };

    const hide = () => {
      clearTimeout(hideTimer);
      if (!current) return;
      current.removeAttribute('aria-describedby');
      current = null;
      tooltip.hidden = true;
    };

    const hideSoon = () => {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, HIDE_DELAY);
    };

    for (const link of links) {
      link.addEventListener('mouseenter', () => show(link));
      link.addEventListener('focus', () => show(link));
      link.addEventListener('mouseleave', hideSoon);
      link.addEventListener('blur', hide);
    }

    tooltip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    tooltip.addEventListener('mouseleave', hideSoon);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && current) {
        hide();
      }
    });
    window.addEventListener('resize', () => { if (current) place(current); });
  }
})();
