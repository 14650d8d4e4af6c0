// Flash sales, group-buy teams, bargains: the end (or start) time is written by the server; this adds a ticking
// "hh:mm:ss" beside it.
// Without script the time stays as it is. role="timer" is not announced on every tick.
(() => {
  const timers = [...document.querySelectorAll('[data-countdown]')];
  if (timers.length === 0) return;
  const pad = n => String(n).padStart(2, '0');
  const tick = () => {
    const now = Date.now();
    for (const el of timers) {
      const left = Math.max(0, Math.floor((Date.parse(el.dataset.countdown) - now) / 1000));
      const d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
      el.textContent = `(${d > 0 ? d + 'd ' : ''}${pad(h)}:${pad(m)}:${pad(s)})`;
      el.hidden = false;
    }
  };
  tick();
  setInterval(tick, 1000);
})();
