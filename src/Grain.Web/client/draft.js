// Drafts: the problem editor's code goes to localStorage at once and to the server a moment after typing stops, so a
// reload, a closed tab or a dead server loses nothing. A local copy the server has not confirmed wins on the next load.
import { setEditorText } from './editor-text.js';

const SaveDelayMs = 800;
const RetryDelayMs = 5000;

function readLocal(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
}

function writeLocal(key, value) {
  try {
    if (value === null) {
      localStorage.removeItem(key);
    } else {
      localStorage.setItem(key, JSON.stringify(value));
    }
  } catch {
    // Storage full or disabled: the server copy still works.
  }
}

export function mountDraft(form, area) {
  const url = form.dataset.draft;
  if (!url) {
    return;
  }
  // One draft per problem and language (data-draft-key: the problem id, or id:language for another language).
  const key = `grain:draft:${form.dataset.draftKey || form.dataset.problem}`;
  const status = form.querySelector('[data-draft-status]');
  const show = (text) => {
    if (status) {
      status.textContent = text;
    }
  };
  let timer = null;

  const save = async () => {
    timer = null;
    const code = area.value;
    try {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ code }),
        keepalive: code.length < 60000,
      });
      if (!response.ok) {
        show(response.status === 413 ? 'Draft too large to save' : 'Draft not saved');
        return;
      }
      if (area.value === code) {
        writeLocal(key, null);
      }
      show('Draft saved');
    } catch {
      show('Saved in this browser; the server is unreachable');
      schedule(RetryDelayMs);
    }
  };

  const schedule = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  };

  area.addEventListener('input', () => {
    writeLocal(key, { code: area.value, savedAt: Date.now() });
    show('Saving…');
    schedule(SaveDelayMs);
  });
  window.addEventListener('pagehide', () => {
    if (timer !== null) {
      clearTimeout(timer);
      save();
    }
  });

  // Code typed while the server could not take it: put it back in the editor (which saves it again).
  const local = readLocal(key);
  if (local && typeof local.code === 'string' && local.code !== area.value) {
    setEditorText(area, local.code);
  } else if (local) {
    writeLocal(key, null);
  }
}
