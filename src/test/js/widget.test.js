// The widget's pure logic, without a browser: deep links and clock times. Runs in `./mvnw test`
// (node --test); widget.js is loaded as a page would load it, with just enough of a page around it.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const WIDGET = path.join(__dirname, '..', '..', 'main', 'webapp', 'widget.js');

function loadPlayer() {
  const elements = new Map();
  vm.runInNewContext(fs.readFileSync(WIDGET, 'utf8'), {
    customElements: { get: (name) => elements.get(name), define: (name, element) => elements.set(name, element) },
    HTMLElement: class {},
    document: { currentScript: null },
  }, { filename: WIDGET });
  return elements.get('earmark-player');
}

const player = loadPlayer();

// The moment a page address asks for, as a plain object of this realm (or null for none).
const linked = (address) => {
  const moment = player.deepLink(new URL(address));
  return moment && { ...moment };
};

test('a media fragment starts at seconds or at a clock time', () => {
  assert.deepEqual(linked('https://portal.example/page#t=90'), { start: 90 });
  assert.deepEqual(linked('https://portal.example/page#t=1:30'), { start: 90 });
  assert.deepEqual(linked('https://portal.example/page#t=1:00:05'), { start: 3605 });
  assert.deepEqual(linked('https://portal.example/page#t=npt:90.5'), { start: 90.5 });
});

test('a range of a media fragment ends where it says, if that is after the start', () => {
  assert.deepEqual(linked('https://portal.example/page#t=1:30,2:00'), { start: 90, end: 120 });
  assert.deepEqual(linked('https://portal.example/page#t=41:25,41:27'), { start: 2485, end: 2487 });
  assert.deepEqual(linked('https://portal.example/page#t=2:00,1:30'), { start: 120 });
});

test("Podlove's ?t= works too, and the fragment wins over it", () => {
  assert.deepEqual(linked('https://portal.example/page?t=1:30'), { start: 90 });
  assert.deepEqual(linked('https://portal.example/page?lang=en&t=1:30,2:00'), { start: 90, end: 120 });
  assert.deepEqual(linked('https://portal.example/page?t=10#t=20'), { start: 20 });
});

test('an encoded link is read decoded', () => {
  assert.deepEqual(linked('https://portal.example/page#t=1%3A30'), { start: 90 });
});

test("a portal's own parameters are no deep link, and a stray % stops nothing", () => {
  assert.equal(linked('https://portal.example/page'), null);
  assert.equal(linked('https://portal.example/page#filter=100%&t=today'), null);
  assert.equal(linked('https://portal.example/page?at=90'), null);
  assert.deepEqual(linked('https://portal.example/page#filter=100%&t=5'), { start: 5 });
});

test('clock times have minutes and seconds, and hours when there are any', () => {
  assert.equal(player.clock(0), '0:00');
  assert.equal(player.clock(59.9), '0:59');
  assert.equal(player.clock(90), '1:30');
  assert.equal(player.clock(2485), '41:25');
  assert.equal(player.clock(3600), '1:00:00');
  assert.equal(player.clock(3725), '1:02:05');
});

test('a time that is not one shows as the start', () => {
  assert.equal(player.clock(-5), '0:00');
  assert.equal(player.clock(undefined), '0:00');
  assert.equal(player.clock(Number.NaN), '0:00');
});
