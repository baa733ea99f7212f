// Replaces <textarea data-editor="python|sql"> with a CodeMirror 6 editor that keeps the textarea in sync.
import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { sql, SQLite } from '@codemirror/lang-sql';

export function mountEditors(root) {
  root.querySelectorAll('textarea[data-editor]:not([data-mounted])').forEach((area) => {
    area.dataset.mounted = '1';
    const language = area.dataset.editor === 'sql' ? sql({ dialect: SQLite }) : python();
    const view = new EditorView({
      doc: area.value,
      extensions: [
        basicSetup,
        keymap.of([indentWithTab]),
        language,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': area.getAttribute('aria-label') || 'Code editor' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            area.value = update.state.doc.toString();
            // Listeners (the draft saver) follow the editor as they would a plain textarea.
            area.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }),
      ],
    });
    area.insertAdjacentElement('afterend', view.dom);
    area.hidden = true;
    view.dom.classList.add('code-editor');
    area.grainEditor = view;
  });
}

/** Replaces the whole text of an enhanced textarea (used by "reset to starter"). */
export function setEditorText(area, text) {
  area.value = text;
  const view = area.grainEditor;
  if (view) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  } else {
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
