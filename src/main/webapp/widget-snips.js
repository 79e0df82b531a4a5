// The snips of Earmark's player, loaded by widget.js after the first play, at the first snip, or when snips wait in
// this browser to be sent or offered. The player keeps each snip in the browser's storage the moment it is made; this
// sends them with their idempotency keys (a retry never saves one twice), tries again after network failures, 5xx,
// 408, 425, 429 and 409 (its Retry-After, else a back-off; when the browser is online again; at the next load), drops
// one the server refuses with its reason. Each snip is stamped with the listener signed in when it was made (an opaque
// id from the server): it is sent on its own only with that listener's session (on a shared computer the next
// listener's session must not take it); one made with nobody signed in is offered to whoever signs in. It marks the
// listener's snips of the episode on the seek bar, has the episode's most saved moments marked there too
// (widget-highlights.js), loads the listening insights' code (widget-insights.js) and holds the snip settings (length,
// the next-track button). Texts are the player's (the bundle's player.widget.*), so nothing here is in English.
(() => {
  const Player = customElements.get('earmark-player');
  if (!Player || Player.Snips) {
    return;
  }
  const { element, share, offers, declined } = Player;
  const LENGTHS = [30, 45, 60, 90, 120, 180];
  // Seconds before the first retry; each failure in a row doubles it, up to the last.
  const FIRST_RETRY = 5;
  const LAST_RETRY = 300;

  // What an answer (its status; 0 for none, the network failed) means for a snip sent. A 409 says that another tab
  // is saving the same snip at this moment: asked again, the server answers with the snip saved.
  const SAVING_ELSEWHERE = 409;
  const outcome = (status) => {
    if (status >= 200 && status < 300) {
      return 'saved';
    }
    if (status === 401) {
      return 'kept';
    }
    // 408 (the request took too long) and 425 (too early to replay it) say nothing against the snip itself.
    return [0, 408, 425, 429, SAVING_ELSEWHERE].includes(status) || status >= 500 ? 'retry' : 'refused';
  };

  // Seconds until the next try: the server's Retry-After (seconds or a date) if it gave one, else the back-off.
  const retryIn = (retryAfter, failures, now) => {
    const text = (retryAfter || '').trim();
    const told = /^\d+$/.test(text) ? Number(text) : (Date.parse(text) - now) / 1000;
    return told >= 0 ? told : Math.min(FIRST_RETRY * 2 ** failures, LAST_RETRY);
  };

  // Where a snip lies on the seek bar, as percentages of the duration: [left, width].
  const mark = (start, end, duration) => {
    const from = Math.max(0, Math.min(start, duration));
    const to = Math.max(from, Math.min(end, duration));
    return duration > 0 ? [(100 * from) / duration, (100 * (to - from)) / duration] : [0, 0];
  };

  // What the offer lists of the snips (the first few): the episode's title if it was known, the range.
  const SHOWN = 5;
  const listed = (snips) => snips.slice(0, SHOWN).map((snip) => [snip.episodeTitle || '', ...range(snip)]);

  // The range that a snip waiting in the browser covers, before the server aligns it to the transcript.
  const range = (snip) => [Math.max(0, snip.atSeconds - snip.lengthSeconds), snip.atSeconds];

  // Which of the listener's snips (the API's) "Share snip" shares: one whose link opens for someone else (shared, with
  // a link), the one under the playhead (at, in seconds) if there is one, else the latest saved; null for none.
  const toShare = (snips, at) => {
    const shared = snips.filter((snip) => snip.shareUrl && snip.sharing !== 'NOBODY');
    const latest = (one, other) => (!one || Date.parse(other.createdAt) > Date.parse(one.createdAt) ? other : one);
    const playing = shared.filter((snip) => snip.startSeconds <= at && at < snip.endSeconds);
    return (playing.length ? playing : shared).reduce(latest, null);
  };

  class Snips {
    constructor(player) {
      this.player = player;
      this.failures = 0;
      this.saved = [];
      // Snips that the browser's storage could not keep (private mode, storage blocked): sent from memory.
      this.unstored = [];
      this.marks = player.$('.bar').appendChild(element('div', 'sn-marks'));
      this.render();
      // Back online, what waits is sent at once, whatever the last failure's wait said.
      addEventListener('online', () => this.flush(true));
      // The listening insights' code (widget-insights.js), from the first play, if the server counts listening.
      const insights = () => player.episode.insights
        && player.code('widget-insights.js').then(() => Player.insights(player), () => {});
      if (player.audio.played.length || !player.audio.paused) {
        insights();
      } else {
        player.audio.addEventListener('play', insights, { once: true });
      }
      this.episode();
    }

    t(key, ...args) {
      return this.player.t(key, ...args);
    }

    render() {
      const controls = this.player.$('.ctl');
      const settings = element('details', 'sn-set');
      settings.appendChild(element('summary', '', this.t('snipSettings')));
      const length = settings.appendChild(element('label', 'sn-len', this.t('snipLength') + ' '));
      const select = length.appendChild(document.createElement('select'));
      LENGTHS.forEach((seconds) => select.add(new Option(this.t('snipSeconds', seconds), seconds)));
      select.value = Player.snipLength();
      select.addEventListener('change', () => this.choose('snip-length', select.value));
      const next = settings.appendChild(element('label', 'sn-next'));
      const box = next.appendChild(document.createElement('input'));
      box.type = 'checkbox';
      box.checked = this.stored('snip-nexttrack') === 'on';
      box.addEventListener('change', () => this.choose('snip-nexttrack', box.checked ? 'on' : 'off'));
      next.append(' ' + this.t('snipNextTrack'));
      // Shares a snip of the listener's of the episode that others may open (see toShare).
      this.shareButton = controls.appendChild(element('button', 'sn-sh', this.t('share')));
      this.shareButton.type = 'button';
      this.shareButton.hidden = true;
      this.shareButton.setAttribute('aria-expanded', 'false');
      this.shareButton.addEventListener('click', () => this.share());
      controls.after(settings);

      // The offer to move the snips made with nobody signed in: what they are, and move, delete or not now.
      this.offer = element('div', 'sn-move');
      this.offer.hidden = true;
      this.offer.append(element('p', ''), element('ul', 'sn-list'));
      const choices = [['sn-yes', 'snipMove', () => this.move()], ['sn-del', 'snipDelete', () => this.delete()],
        ['sn-no', 'snipMoveLater', () => this.later()]];
      choices.forEach(([name, text, chosen]) => {
        const button = this.offer.appendChild(element('button', name, this.t(text)));
        button.type = 'button';
        button.addEventListener('click', () => {
          // Focus stays in the player, on the Snip button, rather than falling to the page with the hidden offer.
          this.player.$('.snip').focus();
          this.offer.hidden = true;
          chosen();
        });
      });
      settings.after(this.offer);
    }

    stored(name) {
      try {
        return localStorage.getItem(`earmark:${name}`);
      } catch (noStorage) {
        return null;
      }
    }

    choose(name, value) {
      try {
        localStorage.setItem(`earmark:${name}`, value);
      } catch (noStorage) {
        // the choice lasts as long as the page
      }
    }

    // A new episode is ready (or this code just loaded): its snips, from the server if the listener is signed in.
    async episode() {
      const player = this.player;
      const id = String(player.episode.id);
      if (player.getAttribute('highlights') !== 'off') {
        // Not before the first play: snips waiting to be sent bring this code at load, within the load's budget.
        const marks = () => player.code('widget-highlights.js').then(() => Player.highlights(player), () => {});
        // One waiting at most: an episode loaded before the first play drops the one of the episode before.
        player.audio.removeEventListener('play', this.marksAtPlay);
        this.marksAtPlay = marks;
        if (player.audio.played.length || !player.audio.paused) marks(); else player.audio.addEventListener('play', marks, { once: true });
      }
      this.saved = [];
      if (player.account !== false) {
        const url = `${player.base}/api/snips?episode=${encodeURIComponent(id)}&size=100`;
        const answer = await fetch(url, { credentials: 'include' }).catch(() => null);
        if (answer && answer.ok) {
          player.signedIn(answer);
          const page = await answer.json();
          if (String(player.episode.id) === id) {
            this.saved = page.items;
          }
        } else if (answer && answer.status === 401) {
          player.signedIn(null);
        }
      }
      this.draw();
      this.flush();
    }

    // Everything waiting: what the storage keeps and what it could not.
    waiting() {
      const stored = this.player.queue();
      return stored.concat(this.unstored.filter((snip) => !stored.some((kept) => kept.key === snip.key)));
    }

    // The waiting snips that the signed-in listener may send ('send') or is offered ('offer').
    mine(wanted) {
      return this.waiting().filter((snip) => share(snip, this.player.listener) === wanted);
    }

    draw() {
      const player = this.player;
      const duration = player.duration();
      const id = String(player.episode.id);
      const ranges = this.saved.map((snip) => [snip.startSeconds, snip.endSeconds, 'saved'])
        .concat(this.waiting().filter((snip) => snip.episodeId === id).map((snip) => [...range(snip), 'waiting']));
      this.marks.textContent = '';
      ranges.forEach(([start, end, state]) => {
        const [left, width] = mark(start, end, duration);
        const shown = this.marks.appendChild(element('b', state));
        shown.style.left = `${left}%`;
        shown.style.width = `${width}%`;
      });
      this.shareButton.hidden = !this.shared();
      const offered = this.mine('offer');
      const shown = offers(offered.length, this.stored(declined(this.player.base)));
      const [text, list] = this.offer.children;
      text.textContent = this.t('snipMoveOffer', offered.length);
      list.textContent = '';
      listed(offered).forEach(([title, start, end]) => {
        list.appendChild(element('li', '', this.t('snipMoveItem', title, Player.clock(start), Player.clock(end))));
      });
      if (shown && this.offer.hidden) {
        player.toast(text.textContent);
      }
      this.offer.hidden = !shown;
    }

    // Called by the player for each new snip, already in the browser's storage unless it has none.
    made(snip) {
      if (!this.player.queue().some((stored) => stored.key === snip.key)) {
        this.unstored.push(snip);
      }
      this.feedback();
      this.draw();
      if (share(snip, this.player.listener) === 'send') {
        this.flush();
      } else {
        this.player.toast(this.t('snipKept'));
      }
    }

    // A short tone, and a vibration where the device has one; either may be refused, the toast says it anyway.
    feedback() {
      if (navigator.vibrate) {
        navigator.vibrate(60);
      }
      try {
        this.sound = this.sound || new AudioContext();
        const tone = this.sound.createOscillator();
        const volume = this.sound.createGain();
        const now = this.sound.currentTime;
        tone.frequency.value = 880;
        volume.gain.setValueAtTime(0.1, now);
        volume.gain.exponentialRampToValueAtTime(0.001, now + 0.15);
        tone.connect(volume).connect(this.sound.destination);
        tone.start(now);
        tone.stop(now + 0.15);
      } catch (noSound) {
        // no Web Audio here
      }
    }

    // Sends what waits, one after the other, until all are sent or the server or network says to wait: until then (the
    // Retry-After or the back-off) only the browser coming back online sends anything.
    async flush(online) {
      if (!online && Date.now() < this.notBefore) {
        return;
      }
      if (this.busy) {
        this.again = true;
        return;
      }
      this.busy = true;
      clearTimeout(this.retry);
      try {
        for (const snip of this.mine('send')) {
          if (!await this.send(snip)) {
            return;
          }
        }
      } finally {
        this.busy = false;
        this.moved();
        this.draw();
        if (this.again) {
          this.again = false;
          this.flush();
        }
      }
    }

    // Whether to go on with the next snip.
    async send(snip) {
      const player = this.player;
      const answer = await fetch(`${player.base}/api/snips`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': snip.key, 'X-Earmark-Request': '1' },
        body: JSON.stringify({ episodeId: Number(snip.episodeId), atSeconds: snip.atSeconds, lengthSeconds: snip.lengthSeconds }),
      }).catch(() => null);
      const result = outcome(answer ? answer.status : 0);
      if (result === 'retry') {
        const wait = retryIn(answer && answer.headers.get('Retry-After'), this.failures, Date.now());
        if (!this.failures && answer?.status !== SAVING_ELSEWHERE) {
          player.toast(this.t('snipWaiting'));
        }
        this.failures += 1;
        this.notBefore = Date.now() + wait * 1000;
        this.retry = setTimeout(() => this.flush(), wait * 1000);
        return false;
      }
      this.failures = 0;
      if (result === 'kept') {
        // Signed out meanwhile: the snip keeps its stamp and waits for its listener.
        player.signedIn(null);
        player.toast(this.t('snipKept'));
        return false;
      }
      this.forget(snip.key);
      const body = await answer.json().catch(() => ({}));
      if (result === 'saved') {
        player.account = true;
        if (String(body.episodeId) === String(player.episode.id) && !this.saved.some((saved) => saved.id === body.id)) {
          this.saved.push(body);
        }
        player.toast(this.t('snipSaved'));
        player.dispatchEvent(new CustomEvent('earmark-snip', { bubbles: true, composed: true, detail: body }));
      } else {
        player.toast(this.t('snipRefused', body.message || answer.status));
      }
      return true;
    }

    shared() {
      return toShare(this.saved, this.player.audio.currentTime);
    }

    share() {
      this.sharing = this.sharing || this.player.code('widget-share.js').then(
        () => new Player.Share(this.player, this.shareButton), (failed) => {
          this.sharing = null;
          throw failed;
        });
      this.sharing.then((menu) => menu.toggle(this.shared()), () => this.player.toast(this.t('shareLoadFailed')));
    }

    // "Not now": asked again only when more snips wait than were declined.
    later() {
      this.choose(declined(this.player.base), this.mine('offer').length);
    }

    // "Delete them": the snips offered are forgotten in this browser.
    delete() {
      const offered = this.mine('offer');
      this.choose(declined(this.player.base), 0);
      offered.forEach((snip) => this.forget(snip.key));
      this.player.toast(this.t('snipDeleted', offered.length));
      this.draw();
    }

    forget(key) {
      this.player.hold(key, null);
      this.unstored = this.unstored.filter((snip) => snip.key !== key);
    }

    // How a move went, once the snips moved have been sent or have to wait (announced by the toast).
    moved() {
      if (this.moving && !this.again) {
        const waiting = this.waiting();
        const done = this.moving.filter((key) => !waiting.some((snip) => snip.key === key)).length;
        this.player.toast(this.t('snipMoved', done, this.moving.length));
        this.moving = null;
      }
    }

    // Into the signed-in listener's account, each with the key it was made with: the snips made with nobody signed in
    // become theirs.
    move() {
      const listener = this.player.listener;
      const claim = (snip) => (share(snip, listener) === 'offer' ? { ...snip, listener } : snip);
      // What was declined before is gone with them: the next snips kept are offered.
      this.choose(declined(this.player.base), 0);
      this.moving = this.mine('offer').map((snip) => snip.key);
      this.mine('offer').forEach((snip) => this.player.hold(snip.key, claim(snip)));
      this.unstored = this.unstored.map(claim);
      this.flush();
    }
  }

  // The pure parts, for src/test/js.
  Object.assign(Snips, { outcome, retryIn, mark, range, listed, toShare });
  Player.Snips = Snips;
})();
