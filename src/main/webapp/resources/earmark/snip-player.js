// A snip's own player plays exactly its range: its audio's address ends in the media fragment #t=start,end,
// which browsers start at and stop at once; this keeps to it on every play after that (a replay, a seek outside),
// so a play always starts at the snip's start and stops at its end.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('audio.snip-audio').forEach((audio) => {
    const range = /#t=([\d.]+),([\d.]+)$/.exec(audio.getAttribute('src') || '');
    if (!range) {
      return;
    }
    const start = Number(range[1]);
    const end = Number(range[2]);
    audio.addEventListener('play', () => {
      if (audio.currentTime < start || audio.currentTime >= end) {
        audio.currentTime = start;
      }
    });
    audio.addEventListener('timeupdate', () => {
      if (!audio.paused && audio.currentTime >= end) {
        audio.pause();
        audio.currentTime = end;
      }
    });
  });
});
