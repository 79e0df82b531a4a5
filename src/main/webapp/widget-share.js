// The player's share menu for the listener's snips, loaded by widget-snips.js at the first press of "Share snip": the
// plain links the server made for the snip (its shareLinks, as the pages' menu: snips.control.ShareTarget; no script of
// theirs, nothing that tracks), the system's share sheet where the browser has one, copying the link, and copying it
// formatted for Slack. The button says whether the menu is open (aria-expanded); Escape closes it and focus returns to
// the button; a click elsewhere or focus leaving it closes it too. Texts are the player's (the bundle's
// player.widget.share*), so nothing here is in English.
(() => {
  const Player = customElements.get('earmark-player');
  if (!Player || Player.Share) {
    return;
  }
  const { element } = Player;
  const esc = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

  // The text's key after "share" of a place to share at, by the server's name of it: "linkedin" → "Linkedin".
  const textKey = (name) => name.charAt(0).toUpperCase() + name.slice(1);
  // What Slack's message box pastes as a link: the title linked (HTML), and "title link" where only text is taken.
  const formatted = (url, title) => ({ html: `<a href="${esc(url)}">${esc(title)}</a>`, text: `${title} ${url}` });

  class Share {
    constructor(player, button) {
      this.player = player;
      this.button = button;
      this.menu = element('ul', 'sn-list sn-share');
      this.menu.id = 'sn-share';
      this.menu.hidden = true;
      this.menu.setAttribute('aria-label', player.t('shareMenu'));
      button.setAttribute('aria-controls', this.menu.id);
      player.$('.ctl').after(this.menu);
      this.menu.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          this.close();
        }
      });
      // Focus gone to another element (Tab past the last item) closes it; not to the button, whose press closes it
      // itself, nor to no element (the window lost focus, or a click, which the listener below decides on).
      this.menu.addEventListener('focusout', (event) => {
        const to = event.relatedTarget;
        if (to && to !== button && !this.menu.contains(to)) {
          this.close(false);
        }
      });
      // In the player's Shadow DOM the page sees a click as the player's: the event's path says where it was.
      document.addEventListener('click', (event) => {
        const path = event.composedPath();
        if (!this.menu.hidden && !path.includes(this.menu) && !path.includes(button)) {
          this.close(false);
        }
      });
    }

    // Opens the menu for a snip of the API (its title, shareUrl and shareLinks), or closes it when open.
    toggle(snip) {
      if (!this.menu.hidden) {
        this.close();
        return;
      }
      const { shareUrl: url, title } = snip;
      const t = (key) => this.player.t(`share${key}`);
      this.menu.textContent = '';
      const item = (child) => this.menu.appendChild(element('li', '')).appendChild(child);
      const action = (key, act) => {
        const button = item(element('button', '', t(key)));
        button.type = 'button';
        button.addEventListener('click', () => act().then(() => this.close(), () => this.close()));
      };
      if (typeof navigator.share === 'function') {
        action('Native', () => navigator.share({ title, url }));
      }
      const clipboard = navigator.clipboard;
      action('Copy', () => this.copied(clipboard ? clipboard.writeText(url) : Promise.reject()));
      action('Slack', () => {
        const { html, text } = formatted(url, title);
        const blob = (body, type) => new Blob([body], { type });
        return this.copied(clipboard && clipboard.write && typeof ClipboardItem === 'function'
          ? clipboard.write([new ClipboardItem({ 'text/html': blob(html, 'text/html'), 'text/plain': blob(text, 'text/plain') })])
          : Promise.reject());
      });
      snip.shareLinks.forEach(({ name, href }) => {
        const link = item(element('a', 'dl', t(textKey(name))));
        link.href = href;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        link.addEventListener('click', () => this.close());
      });
      this.menu.hidden = false;
      this.button.setAttribute('aria-expanded', 'true');
      this.menu.querySelector('button, a').focus();
    }

    copied(promise) {
      return promise.then(() => this.player.toast(this.player.t('copied')),
        () => this.player.toast(this.player.t('copyFailed')));
    }

    // Focus goes back to the button, unless it went elsewhere (refocus false).
    close(refocus = true) {
      if (this.menu.hidden) {
        return;
      }
      this.menu.hidden = true;
      this.button.setAttribute('aria-expanded', 'false');
      if (refocus) {
        this.button.focus();
      }
    }
  }

  // The pure parts, for src/test/js.
  Object.assign(Share, { textKey, formatted });
  Player.Share = Share;
})();
