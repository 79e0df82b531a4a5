// The transcript view of Earmark's player, loaded by widget.js when a listener first opens a transcript, so the
// player that every page loads stays small. The cue being said is marked (aria-current, never announced) and kept in
// view until the listener scrolls; a cue plays from its start; find moves between matches and says how many there
// are. Texts come from the player's (the bundle's player.widget.*), so nothing here is in English.
(() => {
  const Player = customElements.get('earmark-player');
  if (!Player || Player.Transcript) {
    return;
  }
  const { element } = Player;
  // The cue being said stays a third down the list, so what comes next is in view.
  const FOLLOW_AT = 1 / 3;
  // A seek lands on a cue's start give or take a frame: this much early still counts as that cue.
  const EARLY = 0.2;

  // The index of the cue being said at `now`, the last one that has started; -1 before the first.
  const cueAt = (cues, now) => {
    let low = 0;
    let high = cues.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cues[middle].start <= now + EARLY) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low - 1;
  };

  // Where the words occur in the texts, ignoring case: [text index, offset, length] in reading order.
  const matches = (texts, query) => {
    const words = query.trim();
    if (!words) {
      return [];
    }
    const pattern = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    return texts.flatMap((text, i) => [...text.matchAll(pattern)].map((match) => [i, match.index, match[0].length]));
  };

  class Transcript {
    constructor(player, panel, transcript) {
      this.player = player;
      this.cues = transcript.cues;
      this.timed = transcript.timed;
      this.at = -1;
      const t = (key, ...args) => player.t(key, ...args);
      panel.innerHTML = `<div class="tr-find"><input type="search" enterkeyhint="search">
<button class="tr-prev" type="button" disabled>↑</button><button class="tr-next" type="button" disabled>↓</button>
<span class="tr-count" role="status"></span></div>
<p class="tr-note" hidden></p><button class="tr-back" type="button" hidden></button><ol class="cues"></ol>`;
      const $ = (selector) => panel.querySelector(selector);
      this.input = $('input');
      this.input.setAttribute('aria-label', t('find'));
      this.input.placeholder = t('find');
      $('.tr-prev').setAttribute('aria-label', t('previousMatch'));
      $('.tr-next').setAttribute('aria-label', t('nextMatch'));
      this.count = $('.tr-count');
      this.back = $('.tr-back');
      this.back.textContent = t('backToCurrent');
      this.list = $('.cues');
      this.list.setAttribute('aria-label', t('transcript'));
      this.render($('.tr-note'), t('untimed'));
      this.wire($);
      this.follow();
    }

    render(note, untimed) {
      note.hidden = this.timed;
      note.textContent = untimed;
      if (!this.timed) {
        // No cue to tab to: the list itself takes the focus, so that keys scroll it.
        this.list.tabIndex = 0;
      }
      this.items = this.cues.map((cue, i) => {
        const item = this.list.appendChild(document.createElement('li'));
        if (cue.speaker && (i === 0 || cue.speaker !== this.cues[i - 1].speaker)) {
          item.appendChild(element('p', 'who', cue.speaker));
        }
        const text = item.appendChild(element(this.timed ? 'button' : 'p', 'cue', cue.text));
        if (this.timed) {
          text.type = 'button';
          text.tabIndex = i ? -1 : 0;
          text.addEventListener('click', () => this.play(i));
        }
        return text;
      });
    }

    wire($) {
      this.input.addEventListener('input', () => this.find());
      // Typing is not a player key (k, j, l, space); Enter goes to the next match, with Shift to the previous.
      this.input.addEventListener('keydown', (event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          this.go(event.shiftKey ? -1 : 1);
        }
      });
      $('.tr-prev').addEventListener('click', () => this.go(-1));
      $('.tr-next').addEventListener('click', () => this.go(1));
      this.back.addEventListener('click', () => {
        this.follow();
        if (this.at >= 0) {
          this.items[this.at].focus({ preventScroll: true });
        }
      });
      // A scroll that is not the player's own is the listener's: stop following until asked back.
      this.list.addEventListener('scroll', () => {
        if (Math.abs(this.list.scrollTop - this.scrolled) > 1) {
          this.following = false;
          this.back.hidden = !this.timed;
        }
      });
      // One cue is in the tab order; the arrows move between them.
      this.list.addEventListener('keydown', (event) => {
        const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
        const from = this.items.indexOf(event.target);
        if (step && from >= 0 && this.timed) {
          event.preventDefault();
          this.rove(Math.min(Math.max(from + step, 0), this.items.length - 1)).focus();
        }
      });
    }

    rove(index) {
      this.items.forEach((item, i) => { item.tabIndex = i === index ? 0 : -1; });
      return this.items[index];
    }

    // Called by the player on every time update and seek.
    tick(now) {
      if (!this.timed) {
        return;
      }
      const index = cueAt(this.cues, now);
      if (index === this.at) {
        return;
      }
      if (this.at >= 0) {
        this.items[this.at].removeAttribute('aria-current');
      }
      this.at = index;
      if (index < 0) {
        return;
      }
      this.items[index].setAttribute('aria-current', 'true');
      if (!this.list.contains(this.list.getRootNode().activeElement)) {
        this.rove(index);
      }
      if (this.following) {
        this.show(index);
      }
    }

    play(index) {
      this.player.seek(this.cues[index].start);
      this.player.play();
      this.rove(index);
      this.follow();
    }

    follow() {
      this.following = true;
      this.back.hidden = true;
      this.show(Math.max(this.at, 0));
    }

    show(index) {
      const item = this.items[index];
      if (item) {
        this.list.scrollTop = item.parentNode.offsetTop - this.list.clientHeight * FOLLOW_AT;
        this.scrolled = this.list.scrollTop;
      }
    }

    find() {
      this.items.forEach((item, i) => {
        if (item.firstElementChild) {
          item.textContent = this.cues[i].text;
        }
      });
      const found = matches(this.cues.map((cue) => cue.text), this.input.value);
      // From the last match back, so the offsets of a text's earlier matches stay where they were.
      found.slice().reverse().forEach(([i, offset, length]) => {
        const text = this.items[i].firstChild;
        const rest = text.splitText(offset);
        rest.splitText(length);
        this.items[i].insertBefore(element('mark', '', rest.data), rest);
        rest.remove();
      });
      this.marks = [...this.list.querySelectorAll('mark')];
      this.hit = -1;
      this.list.parentNode.querySelectorAll('.tr-find button').forEach((button) => { button.disabled = !this.marks.length; });
      if (this.marks.length) {
        this.go(1);
      } else {
        this.count.textContent = this.input.value.trim() ? this.player.t('noMatch') : '';
      }
    }

    go(step) {
      const marks = this.marks || [];
      if (!marks.length) {
        return;
      }
      if (this.hit >= 0) {
        marks[this.hit].classList.remove('found');
      }
      this.hit = (this.hit + step + marks.length) % marks.length;
      const mark = marks[this.hit];
      mark.classList.add('found');
      this.count.textContent = this.player.t('matchOf', this.hit + 1, marks.length);
      this.following = false;
      this.back.hidden = !this.timed;
      this.show(this.items.indexOf(mark.parentNode));
    }
  }

  // The pure parts, for src/test/js.
  Object.assign(Transcript, { cueAt, matches });
  Player.Transcript = Transcript;
})();
