// Sets the text of an editor textarea, whether CodeMirror has mounted on it yet or not (no CodeMirror import here, so
// pages load the editor only when they have one).

/** Replaces the whole text of an enhanced textarea (used by "reset to starter" and draft restores). */
export function setEditorText(area, text) {
  area.value = text;
  const view = area.grainEditor;
  if (view) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  } else {
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
