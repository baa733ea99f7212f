// Replaces <textarea data-editor="python|sql"> with a CodeMirror 6 editor that keeps the textarea in sync. CodeMirror
// and each language are separate chunks loaded on first use, so pages without an editor never download them and a
// page loads only its own language.
const languages = {
  python: () => import('./editor/python.js'),
  sql: () => import('./editor/sql.js'),
};

export function mountEditors(root) {
  root.querySelectorAll('textarea[data-editor]:not([data-mounted])').forEach(async (area) => {
    area.dataset.mounted = '1';
    const load = languages[area.dataset.editor] || languages.python;
    const [{ createEditor }, { language }] = await Promise.all([import('./editor/core.js'), load()]);
    createEditor(area, language());
  });
}
