// The share menu's pure logic, without a browser: the plain links it offers and what it copies for Slack; and which of
// the listener's snips "Share snip" shares. Runs in `./mvnw test` (node --test); the scripts are loaded as a page loads
// them, widget.js first.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const WEB = path.join(__dirname, '..', '..', 'main', 'webapp');

function load() {
  const elements = new Map();
  const context = vm.createContext({
    customElements: { get: (name) => elements.get(name), define: (name, element) => elements.set(name, element) },
    HTMLElement: class {},
    document: { currentScript: null },
  });
  for (const script of ['widget.js', 'widget-snips.js', 'widget-share.js']) {
    const file = path.join(WEB, script);
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  }
  return elements.get('earmark-player');
}

const Player = load();
const URL_ = 'https://podcasts.example.com/earmark/m/abcdefgh23';
const TITLE = 'Ship it & "measure" it';

test('each place gets the link and title in its own parameters, encoded', () => {
  const links = Object.fromEntries(Player.Share.links(URL_, TITLE));
  const encodedUrl = 'https%3A%2F%2Fpodcasts.example.com%2Fearmark%2Fm%2Fabcdefgh23';
  assert.equal(links.Email, `mailto:?subject=Ship%20it%20%26%20%22measure%22%20it&body=Ship%20it%20%26%20%22measure%22%20it%20${encodedUrl}`);
  assert.equal(links.Teams, `https://teams.microsoft.com/share?href=${encodedUrl}&msgText=Ship%20it%20%26%20%22measure%22%20it`);
  assert.equal(links.Linkedin, `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`);
  assert.equal(links.X, `https://x.com/intent/post?text=Ship%20it%20%26%20%22measure%22%20it&url=${encodedUrl}`);
  assert.equal(links.Whatsapp, `https://wa.me/?text=Ship%20it%20%26%20%22measure%22%20it%20${encodedUrl}`);
  assert.deepEqual([...Player.Share.links(URL_, TITLE).map(([name]) => name)], ['Email', 'Teams', 'Linkedin', 'X', 'Whatsapp'],
    'in the order of the pages\' menu');
});

test('for Slack the title is a link in HTML, escaped, and "title link" as plain text', () => {
  const copied = Player.Share.formatted(URL_, TITLE);
  assert.equal(copied.html, `<a href="${URL_}">Ship it &#38; &#34;measure&#34; it</a>`);
  assert.equal(copied.text, `${TITLE} ${URL_}`);
  assert.equal(Player.Share.formatted('https://x.example/m/a"b', '<b>').html, '<a href="https://x.example/m/a&#34;b">&#60;b&#62;</a>');
});

test('"Share snip" shares the latest saved of the listener\'s snips that has a link', () => {
  const { latestShared } = Player.Snips;
  const snip = (id, createdAt, shareUrl) => ({ id, createdAt, shareUrl });
  assert.equal(latestShared([]), null);
  assert.equal(latestShared([snip(1, '2026-12-01T10:00:00Z', null)]), null, 'a snip without a code yet');
  const newest = snip(3, '2026-12-02T10:00:00.5Z', 'https://e.example/m/3');
  assert.equal(latestShared([snip(2, '2026-12-02T10:00:00Z', 'https://e.example/m/2'), newest,
    snip(1, '2026-12-01T10:00:00Z', 'https://e.example/m/1')]), newest, 'the API lists newest first, a new save comes last');
});
