// A snip's own player plays exactly its range: its audio's address ends in the media fragment #t=start,end, where
// browsers start; this keeps to the range on every play (a replay, a seek outside it) and stops at the end, checked
// on each frame while playing (timeupdate alone comes only every quarter second) and on timeupdate (no frames in a
// hidden tab).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('audio.snip-audio').forEach((audio) => {
    const range = /#t=([\d.]+),([\d.]+)$/.exec(audio.getAttribute('src') || '');
    if (!range) {
      return;
    }
    const start = Number(range[1]);
    const end = Number(range[2]);
    const stopAtEnd = () => {
      if (audio.currentTime >= end) {
        audio.pause();
        if (audio.currentTime > end + 0.01) {
          audio.currentTime = end;
        }
      }
    };
    const watch = () => {
      stopAtEnd();
      if (!audio.paused) {
        requestAnimationFrame(watch);
      }
    };
    audio.addEventListener('play', () => {
      if (audio.currentTime < start || audio.currentTime >= end) {
        audio.currentTime = start;
      }
    });
    audio.addEventListener('playing', () => requestAnimationFrame(watch));
    audio.addEventListener('timeupdate', stopAtEnd);
  });
});
