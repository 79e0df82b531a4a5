// Episode page: the key S for the player, the Embed panel's copy buttons. Without JavaScript they stay hidden and the
// snippets can be selected and copied by hand. The transcript's moment links (#t=) play through the player,
// which follows the page's address; following the link the address already has changes nothing, so it says so.
document.addEventListener('DOMContentLoaded', () => {
  // S snips the moment just heard from anywhere on the page but a text field (the player handles its own keys); once
  // for a key held down.
  const player = document.querySelector('earmark-player');
  document.addEventListener('keydown', (event) => {
    const target = event.composedPath()[0];
    const typing = target.closest && target.closest('input, textarea, select, [contenteditable]');
    if ((event.key === 's' || event.key === 'S') && player && player.snip && !typing && !event.defaultPrevented
        && !event.repeat && !event.altKey && !event.ctrlKey && !event.metaKey) {
      player.snip();
    }
  });
  document.querySelectorAll('.transcript-time').forEach((link) => {
    link.addEventListener('click', () => {
      if (location.hash === link.hash) {
        dispatchEvent(new HashChangeEvent('hashchange'));
      }
    });
  });
  const status = document.querySelector('.snippet-status');
  document.querySelectorAll('.copy-snippet[data-copy]').forEach((button) => {
    const code = document.getElementById(button.dataset.copy);
    button.hidden = false;
    button.addEventListener('click', () => {
      code.select();
      const copied = navigator.clipboard ? navigator.clipboard.writeText(code.value) : Promise.reject();
      copied.then(() => {
        status.textContent = status.dataset.copied;
      }, () => {
        // No clipboard access: the snippet is selected for Ctrl+C.
      });
    });
  });
});
