// Rubric ticking on practice and mock pages: shows the verdict live; the rule mirrors HireRule.Round on the server.
export function mountPractice(root) {
  root.querySelectorAll('[data-rubric]:not([data-mounted])').forEach((form) => {
    form.dataset.mounted = '1';
    const out = form.querySelector('[data-verdict]');
    const update = () => {
      const ticked = (level) => form.querySelectorAll(`input[data-level="${level}"]:checked`).length;
      const total = (level) => form.querySelectorAll(`input[data-level="${level}"]`).length;
      const share = (level) => (total(level) === 0 ? 0 : ticked(level) / total(level));
      const redFlags = ticked('no');
      let verdict = 'No Hire';
      if (share('strong') >= 2 / 3 && redFlags === 0) {
        verdict = 'Strong Hire';
      } else if ((share('lean') >= 0.5 || share('strong') >= 0.5) && redFlags <= 1) {
        verdict = 'Lean Hire';
      }
      if (out) {
        out.textContent = verdict;
        out.className = 'chip verdict-' + verdict.split(' ')[0].toLowerCase();
      }
    };
    form.addEventListener('change', update);
    update();
  });
}
