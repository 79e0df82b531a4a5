// The listening insights' logic, without a browser: the ranges played from the media element's events and times, the
// batches and when they go, where the player runs (context and origin), Do Not Track and Global Privacy Control.
// Runs in `./mvnw test` (node --test); the scripts are loaded as a page loads them, widget.js first, into a page made
// here: an audio element that the test drives (events, position, rate), a clock of its own, sendBeacon recorded.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { webcrypto } = require('node:crypto');
const { loadWidgetIn } = require('./widget-sandbox');

const BASE = 'https://earmark.example/earmark';
const HOME = 'https://earmark.example';
const PORTAL = 'https://portal.example';
// What the scripts made, as plain values of this realm (their objects have another realm's prototypes).
const plain = (value) => JSON.parse(JSON.stringify(value));

const { Listening, clipped, batches, where, quiet } = loadWidgetIn({ URL }, 'widget-insights.js').insights;

class FakeAudio extends EventTarget {
  constructor() {
    super();
    this.currentTime = 0;
    this.paused = true;
    this.seeking = false;
    this.playbackRate = 1;
    this.ranges = [];
    const audio = this;
    this.played = {
      get length() { return audio.ranges.length; },
      start: (i) => audio.ranges[i][0],
      end: (i) => audio.ranges[i][1],
    };
  }

  fire(name) {
    this.dispatchEvent(new Event(name));
  }
}

// A page with one player (more with player()), on Earmark unless told otherwise; `beacons` are the bodies sent, parsed.
function page({ origin = HOME, context = 'earmark', navigator = {}, framed = false, episode } = {}) {
  const clock = { now: 0 };
  const beacons = [];
  const fetched = [];
  const touched = [];
  const pageEvents = new EventTarget();
  const doc = new EventTarget();
  doc.currentScript = null;
  doc.visibilityState = 'visible';
  doc.referrer = '';
  Object.defineProperty(doc, 'cookie', {
    get: () => touched.push('cookie read') && '',
    set: () => touched.push('cookie written'),
  });
  const storage = new Proxy({}, { get: (_, name) => touched.push(`storage ${String(name)}`) && undefined });
  const win = {};
  win.parent = framed ? {} : win;
  const nav = {
    sendBeacon: (url, body) => beacons.push({ url, body: JSON.parse(body) }) > 0,
    ...navigator,
  };
  const Player = loadWidgetIn({
    navigator: nav,
    location: { origin, href: `${origin}/page`, ancestorOrigins: framed ? [PORTAL] : [] },
    document: doc,
    window: win,
    performance: { now: () => clock.now },
    crypto: webcrypto,
    URL,
    localStorage: storage,
    sessionStorage: storage,
    fetch: (url, options) => {
      fetched.push({ url, options: plain(options), body: JSON.parse(options.body) });
      return Promise.resolve();
    },
    addEventListener: (name, handler) => pageEvents.addEventListener(name, handler),
  }, 'widget-insights.js');
  const player = (attributes = { context }) => {
    const made = {
      base: BASE,
      audio: new FakeAudio(),
      episode: episode || { id: 42, insights: true, durationSeconds: 3600 },
      getAttribute: (name) => (name in attributes ? attributes[name] : null),
    };
    Player.insights(made);
    return made;
  };
  return {
    Player, clock, beacons, fetched, touched, doc, player, nav,
    leave: () => pageEvents.dispatchEvent(new Event('pagehide')),
  };
}

// Plays from where the audio is for `seconds` of wall-clock time, a timeupdate every 250 ms, at its rate.
function play(at, audio, seconds) {
  if (audio.paused) {
    audio.paused = false;
    audio.fire('play');
    audio.fire('playing');
  }
  for (let tick = 0; tick < seconds * 4; tick++) {
    at.clock.now += 250;
    audio.currentTime += 0.25 * audio.playbackRate;
    audio.fire('timeupdate');
  }
}

function pause(audio) {
  audio.paused = true;
  audio.fire('pause');
}

function seek(audio, to) {
  audio.seeking = true;
  audio.currentTime = to;
  audio.fire('seeking');
  audio.seeking = false;
  audio.fire('timeupdate');
  audio.fire('seeked');
}

const rangesOf = (beacons) => beacons.map((beacon) => beacon.body.ranges);

test('a range runs from the play to the pause, and goes out when the page is left', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 10);
  pause(audio);
  assert.equal(at.beacons.length, 0, 'a pause sends nothing yet');
  at.leave();

  assert.equal(at.beacons.length, 1);
  const [{ url, body }] = at.beacons;
  assert.equal(url, `${BASE}/api/listening`);
  assert.deepEqual(Object.keys(body).sort(), ['context', 'episode', 'ranges', 'view']);
  assert.equal(body.episode, 42);
  assert.equal(body.context, 'earmark');
  assert.match(body.view, /^[0-9a-f]{24}$/);
  assert.deepEqual(body.ranges, [[0, 10]]);
});

test('a seek ends the range where playback was last seen and opens one at the target', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 15);
  seek(audio, 100);
  play(at, audio, 10);
  seek(audio, 50);
  play(at, audio, 4);
  pause(audio);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons), [[[0, 15], [100, 110], [50, 54]]]);
});

test('a seek while paused opens nothing; playing on opens at the new position', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 5);
  pause(audio);
  seek(audio, 600);
  at.clock.now += 60000;
  play(at, audio, 5);
  at.leave();
  // The first tick after the long pause finds the last batch 30 s ago: what played before it goes then.
  assert.deepEqual(rangesOf(at.beacons), [[[0, 5]], [[600, 605]]]);
});

test('a jump of the position that the clock does not explain ends the range, even without a seek event', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 10);
  audio.currentTime = 300;
  play(at, audio, 10);
  pause(audio);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons), [[[0, 10], [300.3, 310]]]);
});

test('at 8× a tick moves 2 s and that is no jump; a minute of the episode plays in 7.5 s', () => {
  const at = page();
  const { audio } = at.player();
  audio.playbackRate = 8;
  audio.fire('ratechange');
  play(at, audio, 7.5);
  pause(audio);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons), [[[0, 60]]]);
});

test('paused or stalled, nothing is counted: only media time that played', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 5);
  pause(audio);
  at.clock.now += 120000;
  play(at, audio, 5);
  // Stalled for 20 s: waiting, the position stands still, then it plays on.
  audio.fire('waiting');
  for (let tick = 0; tick < 80; tick++) {
    at.clock.now += 250;
    audio.fire('timeupdate');
  }
  audio.fire('playing');
  play(at, audio, 5);
  pause(audio);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons).flat(), [[0, 5], [5, 15]]);
});

test('while playing a batch goes every 30 s, and the next goes on where it was cut', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 70);
  assert.deepEqual(rangesOf(at.beacons), [[[0, 30]], [[30, 60]]]);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons)[2], [[60, 70]]);
});

test('a batch holds at most 50 ranges: the 50th sends it at once', () => {
  const at = page();
  const { audio } = at.player();
  for (let i = 0; i < 51; i++) {
    play(at, audio, 0.25);
    seek(audio, 10 * (i + 1));
  }
  assert.equal(at.beacons.length, 1);
  assert.equal(at.beacons[0].body.ranges.length, 50);
  assert.deepEqual(at.beacons[0].body.ranges[49], [490, 490.3]);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons)[1], [[500, 500.3]]);
});

test('another episode: what played of the one before goes out for it, the next is reported under its own id', () => {
  const at = page();
  const player = at.player();
  const { audio } = player;
  play(at, audio, 10);
  // The player names the next episode before the element gets its source; the old audio may play on meanwhile.
  player.episode = { id: 43, insights: true, durationSeconds: 100 };
  play(at, audio, 2);
  audio.paused = true;
  audio.currentTime = 0;
  audio.fire('emptied');
  assert.deepEqual(at.beacons.map((beacon) => [beacon.body.episode, beacon.body.ranges]), [[42, [[0, 12]]]]);

  audio.fire('loadstart');
  play(at, audio, 5);
  at.leave();
  assert.deepEqual(at.beacons.map((beacon) => [beacon.body.episode, beacon.body.ranges]),
    [[42, [[0, 12]]], [43, [[0, 5]]]]);
  assert.equal(at.beacons[0].body.view, at.beacons[1].body.view, 'one key per page view, not per episode');
});

test('one key per page view: players of one page share it, another page view has another', () => {
  const at = page();
  const first = at.player();
  const second = at.player();
  play(at, first.audio, 1);
  play(at, second.audio, 1);
  at.leave();
  const other = page();
  play(other, other.player().audio, 1);
  other.leave();
  assert.equal(at.beacons.length, 2);
  assert.equal(at.beacons[0].body.view, at.beacons[1].body.view);
  assert.notEqual(other.beacons[0].body.view, at.beacons[0].body.view);
  assert.deepEqual(at.touched, [], 'neither storage nor cookies');
  assert.deepEqual(other.touched, []);
});

test('hidden, the page sends what played; visible again, the range goes on from there', () => {
  const at = page();
  const { audio } = at.player();
  play(at, audio, 10);
  at.doc.visibilityState = 'hidden';
  at.doc.dispatchEvent(new Event('visibilitychange'));
  assert.deepEqual(rangesOf(at.beacons), [[[0, 10]]]);
  at.doc.visibilityState = 'visible';
  at.doc.dispatchEvent(new Event('visibilitychange'));
  assert.equal(at.beacons.length, 1, 'coming back sends nothing');
  play(at, audio, 5);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons)[1], [[10, 15]]);
});

test('what played before the code was loaded counts: the media element\'s record, the playing range kept open', () => {
  const at = page();
  const made = {
    base: BASE, audio: new FakeAudio(), episode: { id: 42, insights: true, durationSeconds: 3600 },
    getAttribute: () => 'earmark',
  };
  made.audio.ranges = [[0, 4], [30, 31.5]];
  made.audio.currentTime = 31.5;
  made.audio.paused = false;
  at.Player.insights(made);
  play(at, made.audio, 2);
  at.leave();
  assert.deepEqual(rangesOf(at.beacons), [[[0, 4], [30, 33.5]]]);
});

test('Do Not Track or Global Privacy Control: nothing is sent', () => {
  for (const navigator of [{ doNotTrack: '1' }, { globalPrivacyControl: true }]) {
    const at = page({ navigator });
    const { audio } = at.player();
    play(at, audio, 40);
    at.leave();
    assert.deepEqual(at.beacons, [], JSON.stringify(navigator));
    assert.deepEqual(at.fetched, []);
  }
  assert.equal(quiet({ doNotTrack: '1' }), true);
  assert.equal(quiet({ globalPrivacyControl: true }), true);
  assert.equal(quiet({ doNotTrack: '0', globalPrivacyControl: false }), false);
  assert.equal(quiet({ doNotTrack: 'unspecified' }), false);
  assert.equal(quiet({}), false);
});

test('an episode whose JSON does not say "insights": true is not reported', () => {
  const at = page({ episode: { id: 42, insights: false, durationSeconds: 3600 } });
  const { audio } = at.player();
  play(at, audio, 40);
  at.leave();
  assert.deepEqual(at.beacons, []);
});

test('without sendBeacon, or when it refuses, a fetch that outlives the page and sends no credentials', () => {
  for (const sendBeacon of [undefined, () => false]) {
    const at = page({ navigator: { sendBeacon } });
    const { audio } = at.player();
    play(at, audio, 3);
    at.leave();
    assert.equal(at.fetched.length, 1);
    const [{ url, options, body }] = at.fetched;
    assert.equal(url, `${BASE}/api/listening`);
    assert.equal(options.method, 'POST');
    assert.equal(options.keepalive, true);
    assert.equal(options.credentials, 'omit');
    assert.deepEqual(body.ranges, [[0, 3]]);
  }
});

test('on a portal the beacon names the portal; in Earmark\'s frame, the page that frames it', () => {
  const portal = page({ origin: PORTAL, context: null });
  play(portal, portal.player({}).audio, 2);
  portal.leave();
  assert.deepEqual(plain(portal.beacons[0].body).origin, PORTAL);
  assert.equal(portal.beacons[0].body.context, 'embed');

  const framed = page({ context: 'embed', framed: true });
  play(framed, framed.player().audio, 2);
  framed.leave();
  assert.equal(framed.beacons[0].body.context, 'embed');
  assert.equal(framed.beacons[0].body.origin, PORTAL);
});

test('ranges go in tenths of a second, within the episode\'s duration; empty ones are left out', () => {
  assert.deepEqual(plain(clipped([[0.04, 10.26], [3598.5, 3605], [3601, 3603], [-1, 2], [5, 5.02]], 3600)),
    [[0, 10.3], [3598.5, 3600], [0, 2]]);
  assert.deepEqual(plain(clipped([[10, 4000]], 0)), [[10, 4000]], 'no duration known: not cut');
  assert.deepEqual(plain(clipped([[10, 4000]], null)), [[10, 4000]]);
});

test('batches of at most 50 ranges', () => {
  const ranges = Array.from({ length: 120 }, (_, i) => [i, i + 0.5]);
  assert.deepEqual(plain(batches(ranges).map((batch) => batch.length)), [50, 50, 20]);
  assert.deepEqual(plain(batches(ranges)[2][19]), [119, 119.5]);
  assert.equal(batches([]).length, 0);
});

test('the ranges alone, from positions and times', () => {
  const listening = new Listening();
  listening.run(0, 0, 1);
  listening.run(1, 1000, 1);
  listening.run(1.5, 2000, 1);
  listening.run(1.2, 2250, 1);
  assert.equal(listening.open, true);
  listening.halt(2, 2750, 1);
  assert.equal(listening.open, false);
  listening.run(50, 3000, 1);
  listening.run(50.25, 3250, 1);
  listening.stop();
  listening.stop();
  listening.run(7, 4000, 1);
  listening.halt(7, 4000, 1);
  assert.deepEqual(plain(listening.take()), [[0, 2], [50, 50.25]], 'a little back is no jump; an empty range none');
  assert.deepEqual(plain(listening.take()), []);

  listening.run(10, 0, 2);
  listening.run(14, 2000, 2);
  listening.run(16, 10000, 2);
  listening.run(33, 11000, 2);
  listening.run(40, 11250, 2);
  assert.deepEqual(plain(listening.take()), [[10, 16]], 'at 2×, 8 s in 1 s is a jump; empty ranges none');
  listening.run(40.5, 11500, 2);
  assert.deepEqual(plain(listening.take()), [[40, 40.5]], 'a batch cuts the open range and it goes on');
});

test('where the player runs: Earmark\'s pages say so; any other page, or one that says nothing, is a portal', () => {
  const top = (origin) => ({ origin, framed: false, ancestors: [], referrer: '' });
  assert.deepEqual(plain(where('earmark', top(HOME), HOME)), { context: 'earmark' });
  assert.deepEqual(plain(where('moment', top(HOME), HOME)), { context: 'moment' });
  assert.deepEqual(plain(where(null, top(HOME), HOME)), { context: 'embed', origin: HOME },
    'a portal page on Earmark\'s own origin');
  assert.deepEqual(plain(where(null, top(PORTAL), HOME)), { context: 'embed', origin: PORTAL });
  assert.deepEqual(plain(where('earmark', top(PORTAL), HOME)), { context: 'embed', origin: PORTAL },
    'a portal cannot pass for Earmark');
  assert.deepEqual(plain(where('moment', top('null'), HOME)), { context: 'embed' }, 'an opaque origin is none');
});

test('Earmark\'s frame: the portal that frames it, by ancestorOrigins, else the referrer; alone it is Earmark\'s page', () => {
  const framed = (ancestors, referrer) => ({ origin: HOME, framed: true, ancestors, referrer });
  assert.deepEqual(plain(where('embed', framed([PORTAL], ''), HOME)), { context: 'embed', origin: PORTAL });
  assert.deepEqual(plain(where('embed', framed([PORTAL], 'https://other.example/'), HOME)),
    { context: 'embed', origin: PORTAL }, 'ancestorOrigins first');
  assert.deepEqual(plain(where('embed', framed(undefined, `${PORTAL}/news/today?x=1`), HOME)),
    { context: 'embed', origin: PORTAL }, 'Firefox has no ancestorOrigins');
  assert.deepEqual(plain(where('embed', framed([], ''), HOME)), { context: 'embed' },
    'a portal that sends no referrer: embedded, origin unknown');
  assert.deepEqual(plain(where('embed', framed(undefined, 'not a url'), HOME)), { context: 'embed' });
  assert.deepEqual(plain(where('embed', framed([HOME], ''), HOME)), { context: 'earmark' }, 'framed by Earmark');
  assert.deepEqual(plain(where('embed', { origin: HOME, framed: false, referrer: `${PORTAL}/` }, HOME)),
    { context: 'earmark' }, 'opened on its own: a link from the portal is no embed');
});
