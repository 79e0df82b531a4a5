// The snips' pure logic, without a browser: what an answer means for a waiting snip, when to try again, where a snip
// lies on the seek bar; and the player's side: the length a listener chose, the waiting snips in the browser's storage.
// Runs in `./mvnw test` (node --test); both scripts are loaded as a page loads them, widget.js first.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const WEB = path.join(__dirname, '..', '..', 'main', 'webapp');

// A browser's storage as the scripts use it; `broken` throws as a blocked storage does.
function storage(broken) {
  const items = new Map();
  const check = () => {
    if (broken) {
      throw new Error('SecurityError');
    }
  };
  return {
    items,
    getItem: (key) => { check(); return items.has(key) ? items.get(key) : null; },
    setItem: (key, value) => { check(); items.set(key, String(value)); },
    removeItem: (key) => { check(); items.delete(key); },
    key: (i) => { check(); return [...items.keys()][i] ?? null; },
    get length() { check(); return items.size; },
  };
}

function load(localStorage) {
  const elements = new Map();
  const context = vm.createContext({
    customElements: { get: (name) => elements.get(name), define: (name, element) => elements.set(name, element) },
    HTMLElement: class {},
    document: { currentScript: null },
    localStorage,
    setTimeout,
    clearTimeout,
  });
  for (const script of ['widget.js', 'widget-snips.js']) {
    const file = path.join(WEB, script);
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  }
  return elements.get('earmark-player');
}

const store = storage(false);
const Player = load(store);
const { Snips } = Player;

test('a snip the server took is saved, one it needs a sign-in for is kept in the browser', () => {
  assert.equal(Snips.outcome(201), 'saved');
  assert.equal(Snips.outcome(200), 'saved', 'the same idempotency key again: the snip saved the first time');
  assert.equal(Snips.outcome(401), 'kept');
});

test('no answer, a server error, too many snips or the same snip being saved from another tab: try again later', () => {
  assert.equal(Snips.outcome(0), 'retry');
  assert.equal(Snips.outcome(409), 'retry', 'asked again, the server answers with the snip the other tab saved');
  assert.equal(Snips.outcome(429), 'retry');
  assert.equal(Snips.outcome(408), 'retry', 'the request timed out');
  assert.equal(Snips.outcome(425), 'retry', 'too early to replay it');
  assert.equal(Snips.outcome(500), 'retry');
  assert.equal(Snips.outcome(503), 'retry');
});

test('any other refusal drops the snip (the toast gives the reason)', () => {
  for (const status of [400, 403, 404, 413, 415]) {
    assert.equal(Snips.outcome(status), 'refused', String(status));
  }
});

test("the next try waits as the server's Retry-After says, in seconds or as a date", () => {
  const now = Date.parse('2026-12-02T06:00:00Z');
  assert.equal(Snips.retryIn('42', 0, now), 42);
  assert.equal(Snips.retryIn(' 0 ', 3, now), 0);
  assert.equal(Snips.retryIn('Wed, 02 Dec 2026 06:01:30 GMT', 0, now), 90);
});

test('without a usable Retry-After the wait doubles with each failure in a row, up to five minutes', () => {
  const now = Date.now();
  assert.deepEqual([0, 1, 2, 3].map((failures) => Snips.retryIn(null, failures, now)), [5, 10, 20, 40]);
  assert.equal(Snips.retryIn(null, 12, now), 300);
  assert.equal(Snips.retryIn('soon', 1, now), 10);
  assert.equal(Snips.retryIn('Wed, 02 Dec 2020 06:01:30 GMT', 0, now), 5, 'a date gone by');
});

test('a snip waiting in the browser covers its length back from the tap, never before the start', () => {
  assert.deepEqual([...Snips.range({ atSeconds: 120, lengthSeconds: 60 })], [60, 120]);
  assert.deepEqual([...Snips.range({ atSeconds: 20, lengthSeconds: 60 })], [0, 20]);
});

test('a mark lies on the seek bar in percent of the duration, clamped to it', () => {
  assert.deepEqual([...Snips.mark(60, 120, 600)], [10, 10]);
  assert.deepEqual([...Snips.mark(590, 700, 600)], [(100 * 590) / 600, (100 * 10) / 600]);
  assert.deepEqual([...Snips.mark(60, 120, 0)], [0, 0], 'no duration known yet');
});

test("a snip's length is the listener's choice from 30 to 180 seconds, else a minute", () => {
  store.items.clear();
  assert.equal(Player.snipLength(), 60);
  store.setItem('earmark:snip-length', '90');
  assert.equal(Player.snipLength(), 90);
  store.setItem('earmark:snip-length', '5');
  assert.equal(Player.snipLength(), 30);
  store.setItem('earmark:snip-length', '3600');
  assert.equal(Player.snipLength(), 180);
  store.setItem('earmark:snip-length', 'long');
  assert.equal(Player.snipLength(), 60);
  assert.equal(load(storage(true)).snipLength(), 60, 'storage blocked');
});

test('waiting snips are kept per Earmark, one storage item each, so that tabs never write over each other', () => {
  store.items.clear();
  const here = { base: 'https://podcasts.example.com/earmark' };
  const elsewhere = { base: 'https://other.example.com/earmark' };
  const hold = (player, key, snip) => Player.prototype.hold.call(player, key, snip);
  const keys = (player) => [...Player.prototype.queue.call(player).map((snip) => snip.key)].sort();
  hold(here, 'a', { key: 'a', atSeconds: 60 });
  hold(elsewhere, 'x', { key: 'x' });
  store.setItem('earmark:snip-length', '90');
  // Another tab adds one meanwhile, then this one forgets the one it sent: the other tab's stays.
  store.setItem('earmark:https://podcasts.example.com/earmark:snip:b', JSON.stringify({ key: 'b' }));
  hold(here, 'a', null);
  assert.deepEqual(keys(here), ['b']);
  assert.deepEqual(keys(elsewhere), ['x']);
  assert.equal(store.getItem('earmark:https://other.example.com/earmark:snip:x'), '{"key":"x"}');
});

test('without storage nothing waits, and keeping or forgetting fails quietly', () => {
  const Blocked = load(storage(true));
  Blocked.prototype.hold.call({ base: 'b' }, 'a', { key: 'a' });
  Blocked.prototype.hold.call({ base: 'b' }, 'a', null);
  assert.deepEqual([...Blocked.prototype.queue.call({ base: 'b' })], []);
});

test("a waiting snip is sent only with its own listener's session; nobody's is offered, another listener's waits", () => {
  const ann = { key: 'a', listener: 'ann-id' };
  const nobodys = { key: 'n' };
  assert.equal(Player.share(ann, 'ann-id'), 'send');
  assert.equal(Player.share(ann, 'bob-id'), 'wait', 'the next listener on a shared computer never gets it');
  assert.equal(Player.share(ann, null), 'wait', 'signed out: it waits for its listener');
  assert.equal(Player.share(nobodys, 'bob-id'), 'offer', 'made with nobody signed in: offered, never sent unasked');
  assert.equal(Player.share(nobodys, null), 'wait');
  assert.equal(Player.share({ key: 'old', kept: false }, 'ann-id'), 'offer', 'stored by an earlier release, unstamped');
});

test("a tap's moment is in tenths of a second and never past the episode's known duration", () => {
  assert.equal(Player.tapAt(120.04, 600), 120);
  assert.equal(Player.tapAt(600.4, 600), 600, 'right after the end');
  assert.equal(Player.tapAt(700.26, undefined), 700.3, 'no duration known');
  assert.equal(Player.tapAt(12.5, 0), 12.5, 'no duration known');
});

test('the move is offered while snips wait, and after "Not now" only when more wait than were declined', () => {
  assert.equal(Player.offers(0, null), false);
  assert.equal(Player.offers(2, null), true);
  assert.equal(Player.offers(2, '2'), false, 'declined with as many');
  assert.equal(Player.offers(3, '2'), true, 'one more since');
});

test('the offer lists the first few snips with their episode title when known and their range', () => {
  const snips = Array.from({ length: 7 }, (_, i) => ({ key: String(i), atSeconds: 120 + i, lengthSeconds: 60 }));
  snips[0].episodeTitle = 'Archive';
  const listed = Snips.listed(snips);
  assert.equal(listed.length, 5);
  assert.deepEqual([...listed[0]], ['Archive', 60, 120]);
  assert.deepEqual([...listed[1]], ['', 61, 121]);
});

test('a key held down snips once, and before any listening nothing is snipped', () => {
  const snipped = [];
  const player = { snip: () => snipped.push('snip'), toggle: () => snipped.push('toggle') };
  const press = (key, repeat) => Player.prototype.key.call(player, {
    key, repeat, target: { tagName: 'DIV' }, preventDefault: () => {},
  });
  press('s', false);
  press('s', true);
  press('S', true);
  press('k', true);
  assert.deepEqual(snipped, ['snip']);

  const queued = [];
  const audio = { readyState: 4, played: { length: 0 }, currentTime: 0 };
  const idle = { episode: { id: 1 }, audio, queue: (change) => queued.push(change) };
  Player.prototype.snip.call(idle);
  audio.currentTime = 12;
  Player.prototype.snip.call(idle);
  assert.equal(queued.length, 0, 'a seek without playing is no listening');
});

test("the snips' code loads before a play only for this listener's snips to send or an offer to show", () => {
  store.items.clear();
  const base = 'https://podcasts.example.com/earmark';
  const due = (listener, snips) => {
    [...store.items.keys()].filter((key) => key.includes(':snip:')).forEach((key) => store.removeItem(key));
    snips.forEach((snip) => store.setItem(`earmark:${base}:snip:${snip.key}`, JSON.stringify(snip)));
    return Player.prototype.due.call({ base, listener, queue: Player.prototype.queue });
  };
  assert.equal(due('ann-id', []), false);
  assert.equal(due('ann-id', [{ key: 'a', listener: 'ann-id' }]), true, 'hers, to send');
  assert.equal(due('ann-id', [{ key: 'b', listener: 'bob-id' }]), false, "another listener's waits");
  assert.equal(due(null, [{ key: 'a', listener: 'ann-id' }, { key: 'n' }]), false, 'nobody signed in');
  assert.equal(due('ann-id', [{ key: 'n' }]), true, 'to offer');
  store.setItem(`earmark:${base}:snips-declined`, '1');
  assert.equal(due('ann-id', [{ key: 'n' }]), false, 'declined with as many');
  assert.equal(due('ann-id', [{ key: 'n' }, { key: 'm' }]), true, 'more since');
});

test('while a retry waits, only the browser coming back online sends before its time', async () => {
  const sent = [];
  const view = Object.create(Snips.prototype);
  Object.assign(view, {
    notBefore: Date.now() + 60000,
    player: { listener: 'ann-id', queue: () => [{ key: 'a', listener: 'ann-id' }] },
    unstored: [],
    send: async (snip) => { sent.push(snip.key); return true; },
    draw: () => {},
  });
  await view.flush();
  assert.deepEqual(sent, [], 'a new snip or a load waits for the Retry-After');
  await view.flush(true);
  assert.deepEqual(sent, ['a'], 'online again');
});
