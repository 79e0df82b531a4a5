// Most saved moments (the episode page, the Highlights page). A moment's play link that the address already names
// plays it again: the player follows the address's #t=, which does not change. Curators hide a moment from listeners
// or show it again, then see the page as it is now; without script they see which are hidden, nothing more.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.highlight-play').forEach((link) => {
    link.addEventListener('click', () => {
      if (link.pathname === location.pathname && location.hash === link.hash) {
        dispatchEvent(new HashChangeEvent('hashchange'));
      }
    });
  });
  const status = document.querySelector('.highlight-status');
  document.querySelectorAll('.highlight-curate[data-url]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      fetch(button.dataset.url, { method: button.dataset.method, headers: { 'X-Earmark-Request': '1' } })
        .then((answer) => {
          if (!answer.ok) {
            throw new Error(answer.status);
          }
          location.reload();
        })
        .catch(() => {
          button.disabled = false;
          status.textContent = status.dataset.failed;
        });
    });
  });
});
