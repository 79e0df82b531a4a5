// The most saved moments of Earmark's player: on the seek bar, where several listeners saved the same moment, a mark
// as a subtle strip above the bar, the stronger the more listeners saved it, each with an accessible name (its range,
// how many saved it, its title). The snips' code (widget-snips.js) loads it for each episode the player shows, unless
// the element says highlights="off". The moments come from /api/episodes/{id}/highlights; no listener is named there
// or here. Styled here (CSSOM, which no page's policy forbids), as widget.css is loaded before the first play.
(() => {
  const Player = customElements.get('earmark-player');
  if (!Player || Player.highlights) {
    return;
  }
  const { element, clock } = Player;

  // Where each moment lies on the seek bar, as percentages of the duration, and how strong its mark is (the most
  // saved 0.8, one with few listeners no less than 0.3); those starting after the end are left out.
  const marks = (items, duration) => {
    const most = Math.max(1, ...items.map((item) => item.listeners));
    return items.filter((item) => duration > 0 && item.start < duration).map((item) => {
      const from = Math.max(0, item.start);
      const to = Math.max(from, Math.min(item.end, duration));
      return {
        item,
        left: (100 * from) / duration,
        width: (100 * (to - from)) / duration,
        strength: Math.round((0.3 + (0.5 * item.listeners) / most) * 100) / 100,
      };
    });
  };

  // Each player's latest request of its marks: an answer to an earlier one (an episode before, or the same episode
  // asked twice) is dropped, so that marks never show twice nor another episode's.
  const asked = new WeakMap();
  const ask = (player) => {
    const turn = (asked.get(player) || 0) + 1;
    asked.set(player, turn);
    return () => asked.get(player) === turn;
  };

  const show = async (player) => {
    const latest = ask(player);
    let strip = player.$('.hl-marks');
    if (!strip) {
      strip = player.$('.bar').appendChild(element('div', 'hl-marks'));
      strip.setAttribute('role', 'group');
      Object.assign(strip.style, { position: 'absolute', inset: '0', pointerEvents: 'none' });
    }
    strip.textContent = '';
    const answer = await fetch(`${player.base}/api/episodes/${encodeURIComponent(player.episode.id)}/highlights`)
      .catch(() => null);
    if (!answer || !answer.ok || !latest()) {
      return;
    }
    const { items } = await answer.json();
    if (!latest()) {
      return;
    }
    strip.textContent = '';
    strip.setAttribute('aria-label', player.t('highlights'));
    marks(items, player.duration()).forEach(({ item, left, width, strength }) => {
      const mark = strip.appendChild(element('u', 'hl'));
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label',
        player.t('highlight', clock(item.start), clock(item.end), item.listeners, item.title));
      Object.assign(mark.style, {
        position: 'absolute', top: '0', height: '3px', minWidth: '3px', borderRadius: '2px',
        background: 'var(--accent)', left: `${left}%`, width: `${width}%`, opacity: strength,
      });
    });
  };

  // The pure part, for src/test/js.
  Player.highlights = Object.assign(show, { marks, ask });
})();
