// The most saved moments' pure logic, without a browser: where each moment's mark lies on the seek bar and how strong
// it is. Runs in `./mvnw test` (node --test); the scripts are loaded as a page loads them, widget.js first.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadWidget } = require('./widget-sandbox');

const { marks, ask } = loadWidget('widget-highlights.js').highlights;
const moment = (start, end, listeners) => ({ start, end, listeners, title: `At ${start}` });

test('a moment lies on the seek bar as its share of the duration', () => {
  const [mark] = marks([moment(90, 120, 3)], 600);
  assert.equal(mark.left, 15);
  assert.equal(mark.width, 5);
  assert.equal(mark.item.title, 'At 90');
});

test('the more listeners saved a moment, the stronger its mark; the most saved is the strongest', () => {
  const shown = marks([moment(0, 10, 3), moment(100, 130, 6), moment(200, 210, 2)], 1000);
  assert.deepEqual(shown.map((mark) => mark.strength), [0.55, 0.8, 0.47]);
});

test('a moment running past the end is cut there; one starting after it, or without a duration, is left out', () => {
  const shown = marks([moment(50, 130, 3), moment(120, 140, 3)], 100);
  assert.equal(shown.length, 1);
  assert.equal(shown[0].left, 50);
  assert.equal(shown[0].width, 50);
  assert.deepEqual(marks([moment(0, 10, 3)], 0), []);
  assert.deepEqual(marks([], 100), []);
});

test('only the latest request of a player shows its marks: an earlier answer is dropped, another player\'s counts apart', () => {
  const player = {};
  const other = {};
  const first = ask(player);
  const theOthers = ask(other);
  assert.equal(first(), true);
  const second = ask(player);
  assert.equal(first(), false);
  assert.equal(second(), true);
  assert.equal(theOthers(), true);
});
