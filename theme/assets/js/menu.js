// Menu toggle: on small screens the navigation collapses behind a button. Without JS it stays open.
const nav = document.getElementById('navigatie');
if (nav) {
  nav.classList.add('is-enhanced');
}
