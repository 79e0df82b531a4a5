// A shared moment's page plays the moment alone: the player (widget.js, deferred, so this runs before it starts)
// follows the address's media fragment, so an address without one of its own takes the moment's ("#t=60,120.5"),
// without a new history entry. The player then starts there and stops at the end.
(() => {
  const player = document.querySelector('earmark-player[data-moment]');
  if (player && !/[#&]t=/.test(location.hash)) {
    history.replaceState(history.state, '', player.dataset.moment);
  }
})();
