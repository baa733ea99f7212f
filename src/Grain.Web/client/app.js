// Grain's browser code: progressive enhancement over server-rendered pages.
import htmx from 'htmx.org';
import { mountEditors } from './editor.js';
import { mountCharts } from './charts.js';
import { mountReview } from './review.js';
import { mountTimers } from './timer.js';
import { mountPractice } from './practice.js';
import { mountProblem } from './problem.js';

window.htmx = htmx;
htmx.config.defaultSwapStyle = 'outerHTML';

htmx.onLoad((root) => {
  mountEditors(root);
  mountCharts(root);
  mountTimers(root);
  mountPractice(root);
  mountProblem(root);
});

document.addEventListener('DOMContentLoaded', () => {
  mountReview(document);
  const toggle = document.querySelector('[data-nav-toggle]');
  if (toggle) {
    toggle.addEventListener('click', () => {
      const open = document.body.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }
});
