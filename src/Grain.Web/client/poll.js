// Result polling that survives a dropped connection: when a [data-poll] element's request fails (server down or
// restarting), it says "Reconnecting" and asks again with backoff (1, 2, 4, 8, then every 10 s) until the server answers.
import htmx from 'htmx.org';

const MaxDelayMs = 10000;

function retry(event) {
  const elt = event.detail.elt;
  if (!elt || !elt.matches || !elt.matches('[data-poll]')) {
    return;
  }
  // A submission that does not exist will not appear by asking again.
  if (event.type === 'htmx:responseError' && event.detail.xhr && event.detail.xhr.status === 404) {
    return;
  }
  const attempt = Number(elt.dataset.attempt || 0) + 1;
  elt.dataset.attempt = String(attempt);
  const delay = Math.min(1000 * 2 ** (attempt - 1), MaxDelayMs);
  const status = elt.querySelector('[data-poll-status]');
  if (status) {
    status.textContent = `Reconnecting: the server did not answer; asking again in ${Math.round(delay / 1000)} s. Your submission is saved.`;
    status.classList.add('reconnecting');
  }
  setTimeout(() => htmx.trigger(elt, 'grain:retry'), delay);
}

export function mountPolling() {
  document.body.addEventListener('htmx:sendError', retry);
  document.body.addEventListener('htmx:responseError', retry);
}
