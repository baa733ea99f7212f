// Rubric ticking on practice pages: shows the verdict live; the rule mirrors RubricVerdict.Decide on the server.
export function mountPractice(root) {
  root.querySelectorAll('[data-rubric]:not([data-mounted])').forEach((form) => {
    form.dataset.mounted = '1';
    const out = form.querySelector('[data-verdict]');
    const update = () => {
      const ticked = (level) => form.querySelectorAll(`input[data-level="${level}"]:checked`).length;
      const total = (level) => form.querySelectorAll(`input[data-level="${level}"]`).length;
      let verdict = 'No Hire';
      if (ticked('no') === 0) {
        if (total('strong') > 0 && ticked('strong') * 4 >= total('strong') * 3) {
          verdict = 'Strong Hire';
        } else if (ticked('strong') > 0 || (total('lean') > 0 && ticked('lean') * 2 >= total('lean'))) {
          verdict = 'Lean Hire';
        }
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
