// Earmark's player: <earmark-player episode="42"> or <earmark-player show="slug">, in a Shadow DOM.
// The one player of every page that plays: the episode page, the iframe embed and portals loading
// this script. Texts come from Earmark's bundle (api/player/texts), so nothing here is in English.
(() => {
  if (customElements.get('earmark-player')) {
    return;
  }
  const script = document.currentScript;
  const BASE = script ? script.src.replace(/\/widget\.js([?#].*)?$/, '') : '';
  // The style and texts of the script's own release (widget.js?v=…): kept old ones never meet a new script.
  const version = script && /[?&]v=([^&#]*)/.exec(script.src);
  const RELEASE = version ? `?v=${version[1]}` : '';
  const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];
  const BACK = 15;
  const FORWARD = 30;
  const SAVE_EVERY = 5;
  // How far back a snip reaches from the moment of the tap, unless the listener chose otherwise (30–180 s).
  const SNIP_LENGTH = 60;
  const icon = (d) => `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${d}"/></svg>`;
  const PLAY = icon('M8 5v14l11-7z');
  const PAUSE = icon('M6 5h4v14H6zm8 0h4v14h-4z');
  const SOUND = icon('M4 9v6h4l5 5V4L8 9zm12 3a4 4 0 0 0-2-3.5v7a4 4 0 0 0 2-3.5z');
  const MUTED = icon('M4 9v6h4l5 5V4L8 9zm12.6 0L15 10.6l2 2-2 2 1.6 1.4 2-2 2 2 1.4-1.4-2-2 2-2-1.4-1.4-2 2z');

  const pad = (n) => String(n).padStart(2, '0');
  const clock = (seconds) => {
    const s = Math.max(0, Math.floor(seconds || 0));
    const h = Math.floor(s / 3600);
    const m = Math.floor(s / 60) % 60;
    return (h ? h + ':' + pad(m) : m) + ':' + pad(s % 60);
  };
  const seconds = (text) => (text ? text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0) : NaN);
  // An element for the code loaded later (EarmarkPlayer.element), its text set as text.
  const element = (name, className, text) => {
    const made = document.createElement(name);
    made.className = className;
    if (text) {
      made.textContent = text;
    }
    return made;
  };
  const esc = (text) => String(text).replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');

  // Media Fragments (#t=90, #t=1:30,2:00, #t=npt:90) and Podlove's ?t=1:30,2:00. A portal's own
  // URL may hold a stray "%" or a "t=" of its own: neither may stop the player.
  const moment = /[#?&]t=(?:npt:)?(\d[\d:.]*)(?:,(\d[\d:.]*))?/;
  const decoded = (text) => {
    try {
      return decodeURIComponent(text);
    } catch (malformed) {
      return text;
    }
  };
  const deepLink = (location) => {
    const match = moment.exec(decoded(location.hash)) || moment.exec(decoded(location.search));
    if (!match) {
      return null;
    }
    const start = seconds(match[1]) || 0;
    const end = seconds(match[2]);
    return end > start ? { start, end } : { start };
  };

  // Code loaded later, once per page: the transcript's (widget-transcript.js) when a listener first opens one, the
  // snips' (widget-snips.js) after the first play, at the first snip, or when snips wait in this browser.
  const loaded = {};
  const loadScript = (url) => {
    loaded[url] = loaded[url] || new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = url;
      tag.onload = resolve;
      tag.onerror = () => {
        loaded[url] = null;
        reject(new Error(url));
      };
      document.head.appendChild(tag);
    });
    return loaded[url];
  };

  // The listener's choices in this browser (earmark:snip-length, earmark:snip-nexttrack); none without storage.
  const choice = (name) => {
    try {
      return localStorage.getItem(`earmark:${name}`);
    } catch (noStorage) {
      return null;
    }
  };
  const declined = (base) => `${base}:snips-declined`;
  const snipLength = () => Math.min(Math.max(Number(choice('snip-length')) || SNIP_LENGTH, 30), 180);
  // A waiting snip with a listener signed in (their id): sent if theirs, offered if nobody's, else it waits for its own.
  const share = (snip, listener) => {
    if (!listener || (snip.listener && snip.listener !== listener)) {
      return 'wait';
    }
    return snip.listener ? 'send' : 'offer';
  };
  // The move is offered while more snips wait than were declined ("Not now").
  const offers = (count, declined) => count > (Number(declined) || 0);

  // The tap, never past the known duration (the clock may overrun it; the server refuses a snip beyond).
  const tapAt = (time, duration) => Math.min(Math.round(time * 10) / 10, duration > 0 ? duration : Infinity);
  const newKey = () => (crypto.randomUUID ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''));

  const getJson = (url, options) => fetch(url, options).then((response) => {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.status === 204 ? null : response.json();
  });

  class EarmarkPlayer extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) {
        return;
      }
      this.base = this.getAttribute('base') || BASE;
      // Who is signed in (an opaque id), if anybody: Earmark's pages say so; elsewhere (null) the server's first answer.
      const account = this.getAttribute('signed-in');
      this.account = account ? account !== 'false' : null;
      this.listener = this.account ? account : null;
      // A deep link is for the episode the page opens with, not for one picked from the list later.
      this.link = deepLink(location);
      this.attachShadow({ mode: 'open' });
      this.start();
    }

    async start() {
      const show = this.getAttribute('show');
      // Texts and episode (or the show's list) travel in parallel: one round trip less to ready.
      const texts = getJson(`${this.base}/api/player/texts${RELEASE}`);
      const list = show && getJson(`${this.base}/api/shows/${encodeURIComponent(show)}/episodes?size=100`);
      const first = !show && this.fetchEpisode(this.getAttribute('episode'));
      try {
        const episodes = show ? (await list).items : null;
        this.texts = await texts;
        this.render(episodes);
        await this.load(episodes ? episodes[0].id : this.getAttribute('episode'), first);
      } catch (failure) {
        this.shadowRoot.innerHTML = `<p role="alert">${esc(this.t('loadFailed'))}</p>`;
      }
    }

    t(key, ...args) {
      const text = (this.texts && this.texts[key]) || key;
      return text.replace(/\{(\d)\}/g, (_, i) => args[i]).replace(/''/g, "'");
    }

    $(selector) {
      return this.shadowRoot.querySelector(selector);
    }

    render(episodes) {
      const t = (key) => esc(this.t(key));
      this.shadowRoot.innerHTML = `<link rel="stylesheet" href="${esc(`${this.base}/widget.css${RELEASE}`)}">
<section class="p" aria-describedby="keys" hidden>
<div class="head"><img class="art" alt="" hidden><div><p class="show"></p><p class="title"></p></div></div>
${episodes ? `<label class="pick">${t('episode')} <select></select></label>` : ''}
<div class="bar"><input class="seek" type="range" min="0" max="0" step="1" value="0" aria-label="${t('position')}"><div class="marks"></div></div>
<div class="times" aria-hidden="true"><span class="el">0:00</span><span class="now"></span><span class="rem"></span></div>
<div class="ctl">
<button class="back" type="button" aria-label="${t('back')}">−${BACK}</button>
<button class="play" type="button" aria-label="${t('play')}" disabled>${PLAY}</button>
<button class="fwd" type="button" aria-label="${t('forward')}">+${FORWARD}</button>
<button class="speed" type="button"><span class="vh">${t('speed')} </span><span class="rate">1×</span></button>
<button class="mute" type="button" aria-label="${t('mute')}" aria-pressed="false">${SOUND}</button>
<input class="vol" type="range" min="0" max="1" step="0.05" value="1" aria-label="${t('volume')}">
<button class="copy" type="button">${t('copyLink')}</button>
<a class="dl" download hidden>${t('download')}</a>
<button class="tr-b" type="button" aria-expanded="false" aria-controls="tr" hidden>${t('transcript')}</button>
<button class="snip" type="button" aria-keyshortcuts="S">${t('snip')}</button>
</div>
<p class="toast" aria-live="polite"></p>
<div class="tr" id="tr" hidden></div>
<button class="resume" type="button" hidden></button>
<input class="link" readonly hidden aria-label="${t('link')}">
<p class="keys" id="keys">${t('keys')}</p>
<p class="ch-h" id="ch-h" hidden>${t('chapters')}</p>
<ol class="chapters" aria-labelledby="ch-h"></ol>
<div class="sr" role="status" aria-live="polite"></div>
<audio preload="metadata"></audio>
</section>`;
      this.audio = this.$('audio');
      const show = () => { this.$('.p').hidden = false; };
      this.$('link').addEventListener('load', show);
      this.$('link').addEventListener('error', show);
      if (episodes) {
        const select = this.$('select');
        episodes.forEach((episode) => select.add(new Option(episode.title, episode.id)));
        select.addEventListener('change', () => this.load(select.value, null).catch(() => this.say(this.t('loadFailed'))));
      }
      this.wire();
    }

    wire() {
      const audio = this.audio;
      const on = (selector, handler) => this.$(selector).addEventListener('click', handler);
      on('.play', () => this.toggle());
      on('.back', () => this.skip(-BACK));
      on('.fwd', () => this.skip(FORWARD));
      on('.speed', () => this.speed(1, true));
      on('.mute', () => { audio.muted = !audio.muted; this.say(this.t(audio.muted ? 'muted' : 'unmuted')); });
      on('.copy', () => this.copyLink());
      on('.resume', () => { this.seek(this.resumeAt); this.play(); });
      on('.tr-b', () => this.transcript());
      on('.snip', () => this.snip());
      const seek = this.$('.seek');
      seek.addEventListener('input', () => { this.dragging = true; this.times(Number(seek.value)); });
      seek.addEventListener('change', () => { this.dragging = false; this.seek(Number(seek.value)); });
      const volume = this.$('.vol');
      volume.addEventListener('input', () => { audio.volume = Number(volume.value); audio.muted = false; });
      audio.addEventListener('loadedmetadata', () => this.ready());
      audio.addEventListener('timeupdate', () => this.tick());
      audio.addEventListener('play', () => {
        this.playing(true);
        this.snips().catch(() => {});
      });
      audio.addEventListener('pause', () => this.playing(false));
      audio.addEventListener('ended', () => this.store(0));
      audio.addEventListener('ratechange', () => { this.$('.rate').textContent = audio.playbackRate + '×'; });
      audio.addEventListener('volumechange', () => {
        const mute = this.$('.mute');
        mute.setAttribute('aria-pressed', audio.muted);
        mute.innerHTML = audio.muted ? MUTED : SOUND;
        volume.value = audio.muted ? 0 : audio.volume;
      });
      this.$('.p').addEventListener('keydown', (event) => this.key(event));
      addEventListener('pagehide', () => this.save());
      // A link to a moment of the page it is on (the episode page's transcript) plays from there.
      addEventListener('hashchange', () => {
        const link = deepLink(location);
        if (link && this.audio.readyState) {
          this.seek(link.start);
          this.stopAt = link.end || null;
          this.play();
        }
      });
    }

    fetchEpisode(id) {
      return getJson(`${this.base}/api/episodes/${encodeURIComponent(id)}`);
    }

    async load(id, fetched) {
      const saved = this.restore(id);
      const episode = await (fetched || this.fetchEpisode(id));
      this.episode = episode;
      this.chapters = episode.chapters || [];
      this.stopAt = null;
      this.resumeAt = null;
      this.$('.resume').hidden = true;
      this.$('.p').setAttribute('aria-label', this.t('player', episode.title));
      this.$('.show').textContent = episode.showTitle || '';
      this.$('.title').textContent = episode.title;
      const art = this.$('.art');
      art.hidden = !episode.artworkUrl;
      if (episode.artworkUrl) {
        art.src = episode.artworkUrl;
      }
      const download = this.$('.dl');
      download.hidden = !(episode.downloadable && episode.audio);
      if (episode.audio) {
        download.href = episode.audio.url;
      }
      this.renderChapters();
      this.view = this.viewing = null;
      this.$('.tr').hidden = true;
      this.$('.tr').textContent = '';
      this.$('.tr-b').setAttribute('aria-expanded', false);
      this.$('.tr-b').hidden = !episode.transcriptUrl;
      this.$('.play').disabled = true;
      this.saved = await saved;
      this.audio.src = episode.audio ? episode.audio.playerUrl : '';
    }

    renderChapters() {
      const list = this.$('.chapters');
      list.textContent = '';
      this.$('.ch-h').hidden = !this.chapters.length;
      this.chapters.forEach((chapter, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.innerHTML = '<span></span><time></time>';
        button.firstChild.textContent = chapter.title;
        button.lastChild.textContent = clock(chapter.start);
        button.addEventListener('click', () => this.chapter(index, true));
        list.appendChild(document.createElement('li')).appendChild(button);
      });
    }

    ready() {
      const duration = this.duration();
      const seek = this.$('.seek');
      seek.max = Math.floor(duration);
      const marks = this.$('.marks');
      marks.textContent = '';
      this.chapters.forEach((chapter) => {
        marks.appendChild(document.createElement('i')).style.left = `${(100 * chapter.start) / duration}%`;
      });
      this.$('.play').disabled = false;
      const link = this.link;
      this.link = null;
      if (link) {
        this.seek(link.start);
        this.stopAt = link.end || null;
      } else if (this.saved > SAVE_EVERY && this.saved < duration - SAVE_EVERY) {
        this.resumeAt = this.saved;
        const resume = this.$('.resume');
        resume.textContent = this.t('resume', clock(this.saved));
        resume.hidden = false;
      }
      this.tick();
      if (this.snipView) {
        this.snipView.episode();
      } else if (this.due()) {
        this.snips().catch(() => {});
      }
      performance.mark('earmark-ready');
      this.dispatchEvent(new CustomEvent('earmark-ready', { bubbles: true, composed: true }));
    }

    duration() {
      const d = this.audio.duration;
      return Number.isFinite(d) ? d : (this.episode.durationSeconds || 0);
    }

    tick() {
      const now = this.audio.currentTime;
      if (this.stopAt && now >= this.stopAt) {
        this.stopAt = null;
        this.audio.pause();
      }
      if (!this.dragging) {
        this.$('.seek').value = Math.floor(now);
        this.times(now);
      }
      const index = this.current();
      if (index !== this.shown) {
        this.shown = index;
        this.$('.now').textContent = index < 0 ? '' : this.chapters[index].title;
        this.shadowRoot.querySelectorAll('.chapters button').forEach((button, i) => {
          if (i === index) {
            button.setAttribute('aria-current', 'true');
          } else {
            button.removeAttribute('aria-current');
          }
        });
      }
      if (this.view) {
        this.view.tick(now);
      }
      if (Math.abs(now - (this.savedAt || 0)) >= SAVE_EVERY && !this.audio.paused) {
        this.save();
      }
      if ('mediaSession' in navigator && navigator.mediaSession.setPositionState && this.audio.duration) {
        try {
          navigator.mediaSession.setPositionState({
            duration: this.audio.duration, position: now, playbackRate: this.audio.playbackRate,
          });
        } catch (ignored) {
          // a position past the duration while seeking; the next tick sets it
        }
      }
    }

    times(now) {
      const duration = this.duration();
      this.$('.el').textContent = clock(now);
      this.$('.rem').textContent = '−' + clock(duration - now);
      this.$('.seek').setAttribute('aria-valuetext', this.t('positionOf', clock(now), clock(duration)));
    }

    current() {
      let index = -1;
      this.chapters.forEach((chapter, i) => {
        if (chapter.start <= this.audio.currentTime + 0.25) {
          index = i;
        }
      });
      return index;
    }

    toggle() {
      if (this.audio.paused) {
        this.play();
      } else {
        this.audio.pause();
      }
    }

    play() {
      const resume = this.$('.resume');
      if (this.shadowRoot.activeElement === resume) {
        this.$('.play').focus();
      }
      resume.hidden = true;
      this.audio.play().catch(() => {
        // refused without a user gesture: the position is set, the listener presses play
      });
    }

    seek(to) {
      this.audio.currentTime = Math.min(Math.max(0, to), this.duration());
      this.tick();
    }

    skip(by) {
      this.seek(this.audio.currentTime + by);
      this.say(clock(this.audio.currentTime));
    }

    chapter(index, announce) {
      const chapter = this.chapters[Math.min(Math.max(index, 0), this.chapters.length - 1)];
      if (chapter) {
        this.seek(chapter.start);
        this.play();
        if (announce) {
          this.say(this.t('chapterNow', chapter.title));
        }
      }
    }

    speed(step, wrap) {
      let i = SPEEDS.indexOf(this.audio.playbackRate) + step;
      i = wrap ? (i + SPEEDS.length) % SPEEDS.length : Math.min(Math.max(i, 0), SPEEDS.length - 1);
      this.audio.playbackRate = SPEEDS[i];
      this.say(this.t('speedNow', SPEEDS[i] + '×'));
    }

    key(event) {
      const tag = event.target.tagName;
      const k = event.key;
      if (event.altKey || event.ctrlKey || event.metaKey || tag === 'SELECT') {
        return;
      }
      // Once for a key held down.
      if (k === 's' || k === 'S') {
        if (!event.repeat) {
          this.snip();
        }
      } else if (k === 'k' || (k === ' ' && tag !== 'BUTTON' && tag !== 'A')) {
        if (!event.repeat) {
          this.toggle();
        }
      } else if ((k === 'ArrowLeft' || k === 'j') && !event.target.matches('.vol')) {
        this.skip(-BACK);
      } else if ((k === 'ArrowRight' || k === 'l') && !event.target.matches('.vol')) {
        this.skip(FORWARD);
      } else if (k === '<' || k === '>') {
        this.speed(k === '<' ? -1 : 1, false);
      } else {
        return;
      }
      event.preventDefault();
    }

    playing(on) {
      const button = this.$('.play');
      button.innerHTML = on ? PAUSE : PLAY;
      button.setAttribute('aria-label', this.t(on ? 'pause' : 'play'));
      this.say(this.t(on ? 'playing' : 'paused'));
      if (on) {
        this.session();
      } else {
        this.save();
      }
    }

    // The lock screen and headphone buttons drive the player that played last.
    session() {
      if (!('mediaSession' in navigator)) {
        return;
      }
      const episode = this.episode;
      const session = navigator.mediaSession;
      session.metadata = new MediaMetadata({
        title: episode.title,
        artist: episode.showTitle || '',
        album: episode.showTitle || '',
        artwork: episode.artworkUrl ? [{ src: episode.artworkUrl }] : [],
      });
      const handlers = {
        play: () => this.play(),
        pause: () => this.audio.pause(),
        seekbackward: (details) => this.skip(-(details.seekOffset || BACK)),
        seekforward: (details) => this.skip(details.seekOffset || FORWARD),
        seekto: (details) => this.seek(details.seekTime),
        // Within the first seconds of a chapter "previous" goes to the one before, later to its start.
        previoustrack: () => {
          const i = this.current();
          this.chapter(i >= 0 && this.audio.currentTime - this.chapters[i].start > 3 ? i : i - 1, false);
        },
        // The next-track button snips instead, if the listener chose so in the player.
        nexttrack: () => (choice('snip-nexttrack') === 'on' ? this.snip() : this.chapter(this.current() + 1, false)),
      };
      Object.entries(handlers).forEach(([action, handler]) => {
        try {
          session.setActionHandler(action, handler);
        } catch (unsupported) {
          // this browser has no such action
        }
      });
    }

    // Fetched and built when first opened; the view is the lazily loaded EarmarkPlayer.Transcript.
    transcript() {
      const panel = this.$('.tr');
      const open = panel.hidden;
      panel.hidden = !open;
      this.$('.tr-b').setAttribute('aria-expanded', open);
      if (!open) {
        return;
      }
      if (this.view) {
        this.view.follow();
      }
      const episode = this.episode;
      this.viewing = this.viewing || Promise.all([getJson(episode.transcriptUrl), this.code('widget-transcript.js')])
        .then(([transcript]) => {
          if (this.episode === episode) {
            this.view = new EarmarkPlayer.Transcript(this, panel, transcript);
            this.view.tick(this.audio.currentTime);
          }
        }, () => {
          if (this.episode === episode) {
            this.viewing = null;
            panel.innerHTML = `<p role="alert">${esc(this.t('transcriptFailed'))}</p>`;
          }
        });
    }

    say(text) {
      this.$('.sr').textContent = text;
    }

    // A visible message that screen readers announce (the region is always there, empty when there is nothing to say).
    toast(text) {
      const toast = this.$('.toast');
      toast.textContent = text;
      clearTimeout(this.toasting);
      this.toasting = setTimeout(() => { toast.textContent = ''; }, 8000);
    }

    // The moment before the tap. Kept in this browser's storage first, so that nothing is lost whatever happens next;
    // the snips' code (EarmarkPlayer.Snips) sends it, and sounds or vibrates. Nothing before any listening.
    snip() {
      const episode = this.episode;
      const audio = this.audio;
      if (!episode || !audio.readyState || !audio.played.length || !audio.currentTime) {
        return;
      }
      const at = tapAt(audio.currentTime, episode.durationSeconds);
      const snip = {
        key: newKey(), episodeId: String(episode.id), episodeTitle: episode.title, atSeconds: at, lengthSeconds: snipLength(),
        listener: this.listener || undefined,
      };
      this.hold(snip.key, snip);
      this.toast(this.t('snipped', clock(at - snip.lengthSeconds), clock(at)));
      this.snips().then((view) => view.made(snip), () => {});
    }

    snips() {
      this.snipping = this.snipping || this.code('widget-snips.js').then(() => {
        this.snipView = new EarmarkPlayer.Snips(this);
        return this.snipView;
      }, (failed) => {
        this.snipping = null;
        throw failed;
      });
      return this.snipping;
    }

    // A file loaded later (also widget-share.js), of this release.
    code(file) {
      return loadScript(`${this.base}/${file}${RELEASE}`);
    }

    // The snips waiting in this browser for this Earmark: an item each, so that tabs never write over each other's.
    queue() {
      const prefix = `earmark:${this.base}:snip:`;
      try {
        return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
          .filter((key) => key.startsWith(prefix)).map((key) => JSON.parse(localStorage.getItem(key)));
      } catch (noStorage) {
        return [];
      }
    }

    // Keeps a snip waiting, or forgets it (none); without storage it waits in memory (Snips.unstored).
    hold(key, snip) {
      const item = `earmark:${this.base}:snip:${key}`;
      try {
        return snip ? localStorage.setItem(item, JSON.stringify(snip)) : localStorage.removeItem(item);
      } catch (noStorage) {
        return null;
      }
    }

    // Whether the snips' code must load before a play: snips of this listener to send, or an offer to show.
    due() {
      const shares = this.queue().map((snip) => share(snip, this.listener));
      return shares.includes('send') || offers(shares.filter((s) => s === 'offer').length, choice(declined(this.base)));
    }

    copyLink() {
      const url = `${this.episode.pageUrl || location.href.split('#')[0]}#t=${Math.floor(this.audio.currentTime)}`;
      const field = this.$('.link');
      const copied = navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject();
      copied.then(() => {
        field.hidden = true;
        this.say(this.t('copied'));
      }, () => {
        field.value = url;
        field.hidden = false;
        field.select();
        this.say(this.t('copyFailed'));
      });
    }

    // Resume: the server remembers for signed-in listeners, this browser for everyone else. Asking the server is how
    // a player on a portal learns whether the listener is signed in (the session goes with credentials: 'include').
    storeKey(id) {
      return `earmark:${this.base}:${id}`;
    }

    positionUrl(id) {
      return `${this.base}/api/positions/${encodeURIComponent(id)}`;
    }

    // Who an answer about the listener's own data (null: a 401) says is signed in.
    signedIn(answer) {
      this.account = !!answer;
      this.listener = answer && (answer.headers.get('X-Earmark-Listener') || this.listener);
    }

    async restore(id) {
      if (this.account !== false) {
        const answer = await fetch(this.positionUrl(id), { credentials: 'include' }).catch(() => null);
        if (answer && answer.ok) {
          this.signedIn(answer);
          return answer.status === 204 ? 0 : (await answer.json()).positionSeconds;
        }
        if (answer && answer.status === 401) {
          this.signedIn(null);
        } else if (this.account) {
          return 0;
        }
      }
      try {
        return Number(localStorage.getItem(this.storeKey(id))) || 0;
      } catch (noStorage) {
        return 0;
      }
    }

    save() {
      if (this.episode && this.audio.currentTime) {
        this.store(Math.floor(this.audio.currentTime));
      }
    }

    store(at) {
      this.savedAt = at;
      if (this.account) {
        fetch(this.positionUrl(this.episode.id), {
          method: 'PUT',
          keepalive: true,
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'X-Earmark-Request': '1' },
          body: JSON.stringify({ positionSeconds: at }),
        }).catch(() => {});
        return;
      }
      const key = this.storeKey(this.episode.id);
      try {
        if (at) {
          localStorage.setItem(key, at);
        } else {
          localStorage.removeItem(key);
        }
      } catch (noStorage) {
        // private mode or storage blocked: nothing to resume next time
      }
    }
  }

  // The pure parts (src/test/js tests them) and what the code loaded later shares.
  Object.assign(EarmarkPlayer, { clock, deepLink, snipLength, tapAt, share, offers, declined, element });
  customElements.define('earmark-player', EarmarkPlayer);
})();
