// Grain's browser code: progressive enhancement over server-rendered pages.
import htmx from 'htmx.org';
import { mountEditors } from './editor.js';
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

// Keep no page snapshots: Back and Forward ask the server for the page at that address, so the filters in the address
// (library, problems) come back with their form as the server renders it.
htmx.config.historyCacheSize = 0;
htmx.config.refreshOnHistoryMiss = true;

htmx.onLoad((root) => {
  mountEditors(root);
  if (root.querySelector('[data-chart]')) {
    import('./charts.js').then(({ mountCharts }) => mountCharts(root));
  }
  mountTimers(root);
  mountPractice(root);
  mountProblem(root);
});

document.addEventListener('DOMContentLoaded', () => {
  mountReview(document);
  mountPolling();
  const toggle = document.querySelector('[data-nav-toggle]');
  if (toggle) {
    const setOpen = (open) => {
      document.body.classList.toggle('nav-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', () => setOpen(!document.body.classList.contains('nav-open')));
    // Esc closes the open mobile menu and gives the focus back to its button.
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
        setOpen(false);
        toggle.focus();
      }
    });
  }
});
