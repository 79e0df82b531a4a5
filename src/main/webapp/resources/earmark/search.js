// Search page: results follow the words as they are typed. The form works without this (a plain GET);
// here the same page is fetched for the words so far and its results region replaces this one, so the
// results look the same either way and no text lives in the script.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('.search-form');
  const input = form && form.querySelector('input[name=q]');
  const results = document.getElementById('search-results');
  if (!input || !results || !window.fetch || !window.DOMParser) {
    return;
  }
  let pending = null;
  let timer = 0;
  const show = (words) => {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    const url = `${form.action}?q=${encodeURIComponent(words)}`;
    fetch(url, { signal: pending.signal, headers: { Accept: 'text/html' } })
      .then((answer) => (answer.ok ? answer.text() : Promise.reject(answer.status)))
      .then((html) => {
        const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('search-results');
        if (fresh) {
          results.replaceChildren(...fresh.childNodes);
          history.replaceState(null, '', url);
        }
      })
      .catch(() => {
        // Aborted by newer words, or the server is unreachable: the form still submits.
      });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => show(input.value), 150);
  });
});
