// Listening insights of Earmark's player: which parts of an episode were played, for the curators' dashboard, and
// nothing that outlives the page view. The snips' code (widget-snips.js) loads it at the first play of an episode whose
// JSON says "insights": true (the server's setting). It records the ranges of media time that played — a range opens
// when playback runs and closes at a pause, a seek, the end, another episode, or a jump of the position that the
// clock does not explain; paused or stalled, media time stands still, so nothing is counted — and sends them with
// navigator.sendBeacon to {base}/api/listening: every 30 s while playing, when a batch is full, when the page is
// hidden or left, and for the episode before when the listener picks another. Beside the ranges go the episode, a key
// made at random for this page view and kept only in this script's memory (never in storage or a cookie), and where
// the player runs (see where). A browser that asks not to be tracked (Do Not Track, Global Privacy Control) sends
// nothing. sendBeacon always sends the browser's cookies for Earmark, if it has any; the server reads none and sets
// none. Without sendBeacon (or when its queue is full), a fetch that outlives the page, without credentials.
(() => {
  const Player = customElements.get('earmark-player');
  if (!Player || Player.insights) {
    return;
  }
  // Wall-clock milliseconds between batches while playing.
  const SEND_EVERY = 30000;
  // The most ranges in one batch, as the server takes them.
  const MOST_RANGES = 50;
  // Seconds of media time that a position may move beyond what the clock explains (timeupdate comes every 15–250 ms)
  // before it counts as a jump: a seek that sent no event, a skip over a gap.
  const JUMP = 2;

  // The ranges [from, to] of media time that played, from what the media element says and when (pure: the times are
  // given, wall-clock milliseconds as now, the playback rate as rate).
  class Listening {
    constructor() {
      this.ranges = [];
      this.from = null;
    }

    get open() {
      return this.from !== null;
    }

    // Playback runs, at t: a range opens there, or the open one reaches t. A position further than the time since the
    // last one explains (either way) ends the range where it was and opens one at t; one a little back changes nothing.
    run(t, now, rate) {
      if (this.open) {
        const explained = ((now - this.now) / 1000) * Math.max(rate, this.rate);
        if (t > this.at + explained + JUMP || t < this.at - JUMP) {
          this.stop();
        } else {
          this.at = Math.max(this.at, t);
        }
      }
      if (!this.open) {
        this.from = t;
        this.at = t;
      }
      this.now = now;
      this.rate = rate;
    }

    // Playback stopped (pause, end): the open range reaches t if that follows from where it was, then closes.
    halt(t, now, rate) {
      if (this.open) {
        this.run(t, now, rate);
      }
      this.stop();
    }

    // The open range closes where playback was last seen (a seek: the position is already the target's).
    stop() {
      if (this.open && this.at > this.from) {
        this.ranges.push([this.from, this.at]);
      }
      this.from = null;
    }

    // What played before this code came (the media element's own record: ordered, merged): the range that reaches the
    // position stays open while playing.
    seed(played, t, playing, now, rate) {
      const current = playing ? played.filter(([from, to]) => from <= t && t <= to + JUMP).pop() : null;
      played.filter((range) => range !== current && range[1] > range[0]).forEach((range) => this.ranges.push(range));
      if (current) {
        this.from = current[0];
        this.at = t;
        this.now = now;
        this.rate = rate;
      }
    }

    // The ranges so far, for a batch: the open one is cut where playback is and goes on from there.
    take() {
      if (this.open) {
        const at = this.at;
        this.stop();
        this.from = at;
        this.at = at;
      }
      const taken = this.ranges;
      this.ranges = [];
      return taken;
    }
  }

  // Tenths of a second, within the episode as the server knows its duration (none known: not cut), empty ones left out.
  const tenths = (seconds) => Math.round(seconds * 10) / 10;
  const clipped = (ranges, duration) => ranges
    .map(([from, to]) => [tenths(Math.max(0, from)), tenths(duration > 0 ? Math.min(to, duration) : to)])
    .filter(([from, to]) => to > from);

  // Batches of at most MOST_RANGES ranges.
  const batches = (ranges) => Array.from({ length: Math.ceil(ranges.length / MOST_RANGES) },
    (_, i) => ranges.slice(i * MOST_RANGES, (i + 1) * MOST_RANGES));

  const originOf = (url) => {
    try {
      const { origin } = new URL(url);
      return /^https?:/.test(origin) ? origin : '';
    } catch (none) {
      return '';
    }
  };

  // Where the player runs. Earmark's own pages say so with the element's context attribute: "earmark" (the episode
  // page), "moment" (a shared moment, /m/…), "embed" (the iframe's page, /embed/…: the portal is the page that frames
  // it — location.ancestorOrigins where the browser has it, else the referrer's origin; not framed, or framed by
  // Earmark, it is Earmark's page). An element on a page of any other origin, or without the attribute, is on a portal:
  // "embed" with that page's origin, whatever it says. page: { origin, framed, ancestors, referrer }; home: Earmark's
  // origin.
  const where = (said, page, home) => {
    if (page.origin !== home || !said) {
      return embedded(originOf(page.origin));
    }
    if (said !== 'embed') {
      return { context: said === 'moment' ? 'moment' : 'earmark' };
    }
    const framing = page.framed
      && ((page.ancestors && page.ancestors.length && originOf(page.ancestors[0])) || originOf(page.referrer));
    if (!page.framed || framing === home) {
      return { context: 'earmark' };
    }
    return embedded(framing);
  };
  // An embed whose origin is unknown (a portal that sends no referrer, in a browser without ancestorOrigins) says none.
  const embedded = (origin) => (origin ? { context: 'embed', origin } : { context: 'embed' });

  // Do Not Track or Global Privacy Control: nothing is sent.
  const quiet = (nav) => nav.doNotTrack === '1' || nav.globalPrivacyControl === true;

  // 96 random bits as 24 hex digits, made once per page view.
  let view = null;
  const viewKey = () => {
    view = view || Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    return view;
  };

  // The server's answer says nothing the player needs.
  const beacon = (url, body) => {
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, body))) {
      fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'no-cors' }).catch(() => {});
    }
  };

  const attached = new WeakSet();

  // Reports what the player plays from now on (and what it played before this code came), once per player.
  const attach = (player) => {
    if (attached.has(player) || quiet(navigator)) {
      return;
    }
    attached.add(player);
    const audio = player.audio;
    const listening = new Listening();
    const place = where(player.getAttribute('context'), {
      origin: location.origin,
      framed: window.parent !== window,
      ancestors: location.ancestorOrigins,
      referrer: document.referrer,
    }, new URL(player.base, location.href).origin);
    const url = `${player.base}/api/listening`;
    // The episode whose audio the element has: the player names the next one before it gives the element its source.
    let episode = player.episode;
    let sentAt = performance.now();

    const send = () => {
      sentAt = performance.now();
      const ranges = clipped(listening.take(), episode && episode.durationSeconds);
      if (episode && episode.insights) {
        batches(ranges).forEach((batch) => beacon(url, JSON.stringify({
          episode: episode.id, view: viewKey(), ...place, ranges: batch,
        })));
      }
    };
    const running = () => {
      if (!audio.paused && !audio.seeking) {
        listening.run(audio.currentTime, performance.now(), audio.playbackRate);
        if (listening.ranges.length >= MOST_RANGES || performance.now() - sentAt >= SEND_EVERY) {
          send();
        }
      }
    };
    const halted = () => listening.halt(audio.currentTime, performance.now(), audio.playbackRate);

    const played = Array.from({ length: audio.played.length }, (_, i) => [audio.played.start(i), audio.played.end(i)]);
    listening.seed(played, audio.currentTime, !audio.paused, performance.now(), audio.playbackRate);
    ['play', 'playing', 'timeupdate', 'ratechange', 'waiting'].forEach((name) => audio.addEventListener(name, running));
    ['pause', 'ended'].forEach((name) => audio.addEventListener(name, halted));
    audio.addEventListener('seeking', () => listening.stop());
    // A new source: the episode before is over (the position is already 0 here), the next is the player's.
    audio.addEventListener('emptied', () => {
      listening.stop();
      send();
    });
    audio.addEventListener('loadstart', () => {
      episode = player.episode;
    });
    const leave = () => {
      running();
      send();
    };
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        leave();
      }
    });
    addEventListener('pagehide', leave);
  };

  // The pure parts, for src/test/js.
  Player.insights = Object.assign(attach, { Listening, clipped, batches, where, quiet });
})();
