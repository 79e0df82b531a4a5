// Not a test: loads the widget's scripts into a sandbox as a page loads them, widget.js first, for the tests of their
// pure logic, and gives the player element they define.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const WEB = path.join(__dirname, '..', '..', 'main', 'webapp');

function loadWidget(...scripts) {
  return loadWidgetIn({}, ...scripts);
}

// The same in a page of the test's making: its globals (navigator, location, document, …) over the bare ones.
function loadWidgetIn(page, ...scripts) {
  const elements = new Map();
  const context = vm.createContext({
    customElements: { get: (name) => elements.get(name), define: (name, element) => elements.set(name, element) },
    HTMLElement: class {},
    document: { currentScript: null },
    ...page,
  });
  for (const script of ['widget.js', ...scripts]) {
    const file = path.join(WEB, script);
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  }
  return elements.get('earmark-player');
}

module.exports = { loadWidget, loadWidgetIn };
