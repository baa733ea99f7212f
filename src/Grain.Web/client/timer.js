// Countdown timers: <span data-countdown="SECONDS" data-deadline="ISO?" data-on-expire="submit|advance">.
export function mountTimers(root) {
  root.querySelectorAll('[data-countdown]:not([data-mounted])').forEach((el) => {
    el.dataset.mounted = '1';
    const deadline = el.dataset.deadline
      ? Date.parse(el.dataset.deadline)
      : Date.now() + Number(el.dataset.countdown) * 1000;
    const render = () => {
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      const m = Math.floor(left / 60);
      const s = String(left % 60).padStart(2, '0');
      el.textContent = `${m}:${s}`;
      el.classList.toggle('low', left <= 60);
      if (left === 0) {
        clearInterval(handle);
        el.classList.add('expired');
        el.dispatchEvent(new CustomEvent('grain:expired', { bubbles: true }));
        const form = el.dataset.expireForm && document.getElementById(el.dataset.expireForm);
        if (form) {
          form.requestSubmit();
        }
      }
    };
    const handle = setInterval(render, 1000);
    render();
  });
}
