// The one script loaded in <head> without defer, so it runs before the first paint. It marks <html> with the
// class "js": the CSS then draws the final layout at once (on a phone the navigation folded behind the menu
// button; the widgets' buttons in place), so nothing jumps when the deferred scripts run. Without JavaScript the
// class is never set and the CSS shows the navigation open, without a button.
//
// It also runs the menu button, by listening on the document: the button need not exist yet, and whenever the
// class is set the button works. A classic script: module scripts are refused from file://.
(() => {
  'use strict';

  document.documentElement.classList.add('js');

  const TOGGLE = '.menu-toggle[aria-controls]';
  const menuOf = (button) => document.getElementById(button.getAttribute('aria-controls'));
  const isOpen = (button) => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (button, open) => {
    button.setAttribute('aria-expanded', String(open));
    const menu = menuOf(button);
    if (menu) menu.classList.toggle('is-open', open);
  };

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest(TOGGLE) : null;
    if (button) setOpen(button, !isOpen(button));
  });

  // Escape closes an open menu and puts focus back on the button, so keyboard users are not stranded.
  document.addEventListener('keydown', (event) => {
    const button = document.querySelector(TOGGLE);
    if (event.key === 'Escape' && button && isOpen(button) && button.offsetParent !== null) {
      setOpen(button, false);
      button.focus();
    }
  });
})();
