// Keep in step with src/lib/theme.ts (storage key and values).
(function () {
  try {
    var stored = localStorage.getItem('gridsight.theme');
    var dark =
      stored === 'dark' ||
      (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked: the app applies the OS theme once it starts */
  }
})();
