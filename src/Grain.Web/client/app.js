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
// The Content-Security-Policy allows no eval and no inline script: htmx must not need either.
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;

// Every htmx request that changes something carries the antiforgery token the page was rendered with.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="request-verification-token"]');
  if (token && event.detail.verb !== 'get') {
    event.detail.headers[token.dataset.header || 'RequestVerificationToken'] = token.content;
  }
});

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
