// The transcript view's pure logic, without a browser: which cue is being said, and where the words are found.
// Runs in `./mvnw test` (node --test); both scripts are loaded as a page loads them, widget.js first.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadWidget } = require('./widget-sandbox');

function loadTranscript() {
  return loadWidget('widget-transcript.js').Transcript;
}

const Transcript = loadTranscript();

const cues = [{ start: 0 }, { start: 2.655 }, { start: 9.005 }, { start: 15.595 }];

test('the cue being said is the last one that has started', () => {
  assert.equal(Transcript.cueAt(cues, 0), 0);
  assert.equal(Transcript.cueAt(cues, 2.7), 1);
  assert.equal(Transcript.cueAt(cues, 9), 2);
  assert.equal(Transcript.cueAt(cues, 3600), 3);
});

test('a seek that lands a little before a cue start counts as that cue, and before the first there is none', () => {
  assert.equal(Transcript.cueAt(cues, 15.5), 3);
  assert.equal(Transcript.cueAt(cues, 15.3), 2);
  assert.equal(Transcript.cueAt([{ start: 5 }], 1), -1);
  assert.equal(Transcript.cueAt([], 1), -1);
});

// Matches as plain arrays of this realm.
const found = (texts, query) => Array.from(Transcript.matches(texts, query), (match) => [...match]);

test('find gives every occurrence in reading order, ignoring case', () => {
  assert.deepEqual(found(['Key transparency matters.', 'No keys here? KEY!'], 'key'),
    [[0, 0, 3], [1, 3, 3], [1, 14, 3]]);
  assert.deepEqual(found(['Key transparency matters.'], 'key transparency'), [[0, 0, 16]]);
});

test('find takes the words as written, not as a pattern, and nothing for blank words', () => {
  assert.deepEqual(found(['Is it (a.b)? a+b', 'aab'], 'a.b'), [[0, 7, 3]]);
  assert.deepEqual(found(['Is it (a.b)? a+b'], 'a+b'), [[0, 13, 3]]);
  assert.deepEqual(found(['anything'], '   '), []);
  assert.deepEqual(found(['anything'], 'nothing here'), []);
});
