// The player's share menu for the listener's snips, loaded by widget-snips.js at the first press of "Share snip": the
// same plain links as the pages' menu (sharing.control.ShareTarget: no script of theirs, nothing that tracks), the
// system's share sheet where the browser has one, copying the link, and copying it formatted for Slack. The button says
// whether the menu is open (aria-expanded); Escape closes it and focus returns to the button. Texts are the player's
// (the bundle's player.widget.share*), so nothing here is in English.
(() => {
  const Player = customElements.get('earmark-player');
  if (!Player || Player.Share) {
    return;
  }
  const { element } = Player;
  const enc = encodeURIComponent;
  const esc = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

  // [the text's key after "share", the address] of each place to share at.
  const links = (url, title) => [
    ['Email', `mailto:?subject=${enc(title)}&body=${enc(`${title} ${url}`)}`],
    ['Teams', `https://teams.microsoft.com/share?href=${enc(url)}&msgText=${enc(title)}`],
    ['Linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`],
    ['X', `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}`],
    ['Whatsapp', `https://wa.me/?text=${enc(`${title} ${url}`)}`],
  ];
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
    }

    // Opens the menu for a snip of the API (its title and shareUrl), or closes it when open.
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
      links(url, title).forEach(([key, href]) => {
        const link = item(element('a', 'dl', t(key)));
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

    close() {
      this.menu.hidden = true;
      this.button.setAttribute('aria-expanded', 'false');
      this.button.focus();
    }
  }

  // The pure parts, for src/test/js.
  Object.assign(Share, { links, formatted });
  Player.Share = Share;
})();
