// The share menus of a page (WEB-INF/tags/share-menu.xhtml): the links become a menu behind its button, which says
// whether it is open (aria-expanded); Escape, a click elsewhere or focus leaving it (Tab past the last item) closes it,
// Escape returning focus to the button.
// Copying puts the link on the clipboard; "Slack" puts the title as a link (text/html) and "title link" (text/plain),
// which Slack's message box pastes as a link. The system's share sheet is offered only where the browser has one.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.share-menu').forEach((menu) => {
    const button = menu.querySelector('.share-menu-button');
    const items = menu.querySelector('.share-menu-items');
    const status = menu.querySelector('.share-menu-status');
    const { shareUrl: url, shareTitle: title } = menu.dataset;
    const open = (opened) => {
      items.hidden = !opened;
      button.setAttribute('aria-expanded', String(opened));
    };
    const say = (text) => { status.textContent = text; };
    const copied = (promise) => promise.then(() => say(menu.dataset.copied), () => say(menu.dataset.copyFailed))
      .finally(() => { open(false); button.focus(); });
    const html = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const actions = {
      native: () => navigator.share({ title, url }).catch(() => {}),
      copy: () => copied(navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject()),
      slack: () => copied(typeof ClipboardItem === 'function' && navigator.clipboard && navigator.clipboard.write
        ? navigator.clipboard.write([new ClipboardItem({
          'text/html': new Blob([`<a href="${html(url)}">${html(title)}</a>`], { type: 'text/html' }),
          'text/plain': new Blob([`${title} ${url}`], { type: 'text/plain' }),
        })])
        : Promise.reject()),
    };
    button.hidden = false;
    menu.querySelectorAll('.share-menu-scripted').forEach((item) => { item.hidden = false; });
    menu.querySelector('.share-menu-native').hidden = typeof navigator.share !== 'function';
    open(false);
    button.addEventListener('click', () => open(items.hidden));
    menu.querySelectorAll('[data-share]').forEach((action) => {
      action.addEventListener('click', () => actions[action.dataset.share]());
    });
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !items.hidden) {
        open(false);
        button.focus();
      }
    });
    // Focus gone to another element closes it; not to the button, whose press closes it itself, nor to no element (the
    // window lost focus, or a click, which the listener below decides on).
    items.addEventListener('focusout', (event) => {
      const to = event.relatedTarget;
      if (to && to !== button && !items.contains(to)) {
        open(false);
      }
    });
    document.addEventListener('click', (event) => {
      if (!menu.contains(event.target)) {
        open(false);
      }
    });
  });
});
