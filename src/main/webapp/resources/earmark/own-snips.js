// Episode page: the signed-in listener's own snips of the episode, fetched from the API (the page is the same for
// every request of theirs, so its validator stays the catalogue's). Each links to its range (#t=start,end), which
// the page's player follows; the section stays hidden while there are none.
document.addEventListener('DOMContentLoaded', () => {
  const section = document.querySelector('.own-snips[data-snips]');
  if (!section || !window.fetch) {
    return;
  }
  const list = section.querySelector('.own-snip-list');
  const clock = (seconds) => {
    const whole = Math.floor(seconds);
    const hours = Math.floor(whole / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    const rest = String(whole % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  };
  fetch(section.dataset.snips, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : Promise.reject(answer.status)))
    .then((page) => {
      page.items.forEach((snip) => {
        const item = document.createElement('li');
        item.className = 'own-snip';
        const link = document.createElement('a');
        link.className = 'own-snip-link';
        link.href = `#t=${snip.startSeconds},${snip.endSeconds}`;
        link.textContent = snip.title;
        link.addEventListener('click', () => {
          if (location.hash === link.hash) {
            dispatchEvent(new HashChangeEvent('hashchange'));
          }
        });
        const range = document.createElement('span');
        range.className = 'own-snip-range';
        range.textContent = ` ${clock(snip.startSeconds)}–${clock(snip.endSeconds)}`;
        item.append(link, range);
        list.append(item);
      });
      section.hidden = page.items.length === 0;
    })
    .catch(() => {
      // Signed out meanwhile or the server is unreachable: the section stays hidden.
    });
});
