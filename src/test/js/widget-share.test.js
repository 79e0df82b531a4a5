// The share menu's pure logic, without a browser: the texts of the plain links the server made and what it copies for
// Slack; and which of the listener's snips "Share snip" shares. Runs in `./mvnw test` (node --test); the scripts are loaded as a page loads
// them, widget.js first.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadWidget } = require('./widget-sandbox');

const Player = loadWidget('widget-snips.js', 'widget-share.js');
const URL_ = 'https://podcasts.example.com/earmark/m/abcdefgh23';
const TITLE = 'Ship it & "measure" it';

test('each place the server named is labelled by the player\'s text of it', () => {
  assert.deepEqual(['email', 'teams', 'linkedin', 'x', 'whatsapp'].map(Player.Share.textKey),
    ['Email', 'Teams', 'Linkedin', 'X', 'Whatsapp'], 'player.widget.share<key>');
});

test('for Slack the title is a link in HTML, escaped, and "title link" as plain text', () => {
  const copied = Player.Share.formatted(URL_, TITLE);
  assert.equal(copied.html, `<a href="${URL_}">Ship it &#38; &#34;measure&#34; it</a>`);
  assert.equal(copied.text, `${TITLE} ${URL_}`);
  assert.equal(Player.Share.formatted('https://x.example/m/a"b', '<b>').html, '<a href="https://x.example/m/a&#34;b">&#60;b&#62;</a>');
});

test('"Share snip" shares a snip that others may open: the one under the playhead, else the latest', () => {
  const { toShare } = Player.Snips;
  const snip = (id, createdAt, startSeconds, sharing = 'SIGNED_IN', shareUrl = `https://e.example/m/${id}`) =>
    ({ id, createdAt, startSeconds, endSeconds: startSeconds + 60, sharing, shareUrl });
  assert.equal(toShare([], 0), null);
  assert.equal(toShare([snip(1, '2026-12-01T10:00:00Z', 0, 'SIGNED_IN', null)], 0), null, 'a snip without a code yet');
  assert.equal(toShare([snip(1, '2026-12-01T10:00:00Z', 0, 'NOBODY')], 30), null, 'a link only its listener opens');
  const older = snip(2, '2026-12-02T10:00:00Z', 100, 'ANYONE');
  const newest = snip(3, '2026-12-02T10:00:00.5Z', 300);
  const notShared = snip(4, '2026-12-03T10:00:00Z', 500, 'NOBODY');
  const saved = [notShared, older, newest, snip(1, '2026-12-01T10:00:00Z', 0)];
  assert.equal(toShare(saved, 1000), newest, 'none under the playhead: the latest shared');
  assert.equal(toShare(saved, 130), older, 'the one under the playhead');
  assert.equal(toShare(saved, 530), newest, 'the one under the playhead is not shared');
});
