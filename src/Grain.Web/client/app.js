// Grain's browser code: progressive enhancement over server-rendered pages.
import htmx from 'htmx.org';
import { mountEditors } from './editor.js';
import { mountCharts } from './charts.js';
import { mountReview } from './review.js';
import { mountTimers } from './timer.js';
import { mountPractice } from './practice.js';
import { mountProblem } from './problem.js';
import { mountPolling } from './poll.js';

window.htmx = htmx;
htmx.config.defaultSwapStyle = 'outerHTML';
// The Content-Security-Policy allows no eval and no inline script: htmx must not need either.
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;

// Every htmx request that changes something carries the antiforgery token the page was rendered with: the layout's
// meta tag, or else the hidden field any form of the page carries.
document.addEventListener('htmx:configRequest', (event) => {
  if (event.detail.verb === 'get') {
    return;
  }
  const meta = document.querySelector('meta[name="request-verification-token"]');
  const field = document.querySelector('input[name="__RequestVerificationToken"]');
  const token = meta ? meta.content : field && field.value;
  if (token) {
    event.detail.headers[(meta && meta.dataset.header) || 'RequestVerificationToken'] = token;
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
  mountPolling();
  const toggle = document.querySelector('[data-nav-toggle]');
  if (toggle) {
    toggle.addEventListener('click', () => {
      const open = document.body.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }
});
