// Folds the navigation behind the header's menu button on small screens (site.css decides when).
// Without this script the button stays hidden and the menu is simply shown, so nothing depends on it.
const button = document.querySelector('.menu-toggle[aria-controls]');
const menu = button ? document.getElementById(button.getAttribute('aria-controls')) : null;

if (button && menu) {
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open) => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };

  setOpen(false);
  menu.classList.add('is-collapsible');
  button.hidden = false;

  button.addEventListener('click', () => setOpen(!isOpen()));

  // Escape closes an open menu and puts focus back on the button, so keyboard users are not stranded.
  document.addEventListener('keydown', (event) => {
    const buttonShown = button.offsetParent !== null;
    if (event.key === 'Escape' && isOpen() && buttonShown) {
      setOpen(false);
      button.focus();
    }
  });
}
