// Episode page: chapter links start the page's audio at their moment instead of opening the file.
// Without JavaScript the links still work: they open the audio at that time (a media fragment).
document.addEventListener('DOMContentLoaded', () => {
  const audio = document.getElementById('episode-audio');
  if (!audio) {
    return;
  }
  document.querySelectorAll('.chapter-link[data-start]').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      audio.currentTime = Number(link.dataset.start);
      audio.play().catch(() => {
        // Autoplay refused: the position is set and the listener presses play.
      });
    });
  });
});
