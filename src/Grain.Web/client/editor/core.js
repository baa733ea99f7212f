// The CodeMirror editor itself: basic setup, Tab indents, lines wrap, the textarea follows every change.
import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';

export function createEditor(area, language) {
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
  area.dispatchEvent(new CustomEvent('grain:editor', { bubbles: true }));
  return view;
}
