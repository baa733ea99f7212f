// Problem page and mock code rounds: Run and Submit post the editor's code to /api/submissions and follow the result panel.
import htmx from 'htmx.org';
import { setEditorText } from './editor-text.js';
import { mountDraft } from './draft.js';

export function mountProblem(root) {
  root.querySelectorAll('form[data-problem]:not([data-mounted])').forEach((form) => {
    form.dataset.mounted = '1';
    const area = form.querySelector('textarea[name="code"]');
    const results = document.getElementById('results');
    mountDraft(form, area);
    const send = async (examplesOnly) => {
      const body = {
        problem: form.dataset.problem,
        language: form.dataset.language,
        code: area.value,
        examplesOnly,
      };
      if (form.dataset.engine) {
        body.engine = form.dataset.engine;
      }
      results.innerHTML = '<p class="pending" role="status">Sending…</p>';
      try {
        const response = await fetch('/api/submissions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(body),
        });
        const data = await response.json().catch(() => ({}));
        if (!response.ok) {
          results.innerHTML = '';
          const p = document.createElement('p');
          p.className = 'error';
          p.setAttribute('role', 'alert');
          p.textContent = data.detail || data.title || `The server answered ${response.status}.`;
          results.appendChild(p);
          return;
        }
        const panel = document.createElement('div');
        // A page without past submissions (a mock round) asks for a panel that does not refresh them.
        const history = document.getElementById('history') ? '' : '?history=0';
        panel.setAttribute('hx-get', `/submissions/${data.id}/panel${history}`);
        panel.setAttribute('hx-trigger', 'load, grain:retry');
        panel.dataset.poll = '';
        panel.innerHTML = '<p class="pending card" role="status" data-poll-status>Queued…</p>';
        results.replaceChildren(panel);
        htmx.process(panel);
      } catch (err) {
        results.innerHTML = '<p class="error" role="alert">Could not reach the server.</p>';
      }
    };
    form.addEventListener('submit', (event) => {
      // Run and Submit go to the judge; any other submit (a mock round's Finish, or its timer) posts the form itself.
      const mode = event.submitter && event.submitter.value;
      if (mode !== 'run' && mode !== 'submit') {
        return;
      }
      event.preventDefault();
      send(mode === 'run');
    });
    // Anywhere on the page, not only in the form: Ctrl+Enter runs the examples, Ctrl+Shift+Enter submits.
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        send(!event.shiftKey);
      }
    });
    mountEngineSwitch(form);
    const reset = form.querySelector('[data-reset]');
    if (reset) {
      reset.addEventListener('click', () => {
        const starter = document.getElementById('starter-code');
        if (starter && confirm('Replace your code with the starter code?')) {
          setEditorText(area, starter.textContent);
        }
      });
    }
  });
}

// The engine switch changes where the next Run or Submit goes without reloading the page (the code stays as typed);
// the address keeps the choice, so a reload or a shared link opens the same engine. Without JavaScript the links reload.
function mountEngineSwitch(form) {
  document.querySelectorAll('[data-engine-choice]').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const engine = link.dataset.engineChoice;
      form.dataset.engine = engine;
      const field = form.querySelector('input[name="engine"]');
      if (field) {
        field.value = engine;
      }
      document.querySelectorAll('[data-engine-choice]').forEach((other) => {
        if (other === link) {
          other.setAttribute('aria-current', 'true');
        } else {
          other.removeAttribute('aria-current');
        }
      });
      history.replaceState(null, '', link.href);
    });
  });
}
