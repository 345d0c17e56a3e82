// The Monaco editor for the Rust app (web/src/editor.rs, which imports this file as /editor.js): one editor, one model per project file, P syntax
// highlighting, diagnostics as markers. Monaco's AMD build is served from our own /monaco/vs (no CDN); calls
// made before it has loaded are remembered and applied once it has.
import { registerP } from '/p-language.js';

let monaco = null;
let editor = null;
let onChange = null;
const models = new Map();
let pendingFiles = null;
let pendingActive = null;
let pendingMarkers = null;
let loading = null;

function loadMonaco() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/monaco/vs/loader.js';
      script.onload = () => {
        window.require.config({ paths: { vs: '/monaco/vs' } });
        window.require(['vs/editor/editor.main'], () => resolve(window.monaco), reject);
      };
      script.onerror = () => reject(new Error('the editor could not be loaded'));
      document.head.appendChild(script);
    });
  }
  return loading;
}

export function mountEditor(element, changed) {
  onChange = changed;
  if (element.dataset.mounted) return;
  element.dataset.mounted = '1';
  loadMonaco().then((m) => {
    monaco = m;
    registerP(monaco);
    editor = monaco.editor.create(element, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 4,
      theme: 'vs',
    });
    window.plaitEditor = editor; // for tests and the console
    if (pendingFiles) applyFiles(pendingFiles, pendingActive);
    if (pendingMarkers) applyMarkers(pendingMarkers);
  }).catch((e) => {
    element.textContent = `The editor could not be loaded: ${e.message}`;
  });
}

function applyFiles(files, active) {
  for (const model of models.values()) model.dispose();
  models.clear();
  for (const file of files) {
    const model = monaco.editor.createModel(file.text, 'p', monaco.Uri.file(file.name));
    model.onDidChangeContent(() => {
      if (onChange) onChange(file.name, model.getValue());
    });
    models.set(file.name, model);
  }
  showFile(active);
}

export function setFiles(filesJson, active) {
  const files = JSON.parse(filesJson);
  if (!monaco) {
    pendingFiles = files;
    pendingActive = active;
    return;
  }
  applyFiles(files, active);
}

export function showFile(name) {
  if (!editor) {
    pendingActive = name;
    return;
  }
  const model = models.get(name) || models.values().next().value;
  if (model && editor.getModel() !== model) editor.setModel(model);
}

function applyMarkers(diagnostics) {
  const byFile = new Map();
  for (const model of models.values()) byFile.set(model, []);
  for (const d of diagnostics) {
    const model = models.get(d.file);
    if (!model) continue;
    byFile.get(model).push({
      severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: `${d.message} [${d.code}]`,
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: d.end_line,
      endColumn: Math.max(d.end_column, d.line === d.end_line ? d.column + 1 : d.end_column),
    });
  }
  for (const [model, markers] of byFile) monaco.editor.setModelMarkers(model, 'plait', markers);
}

export function setMarkers(diagnosticsJson) {
  const diagnostics = JSON.parse(diagnosticsJson);
  if (!monaco) {
    pendingMarkers = diagnostics;
    return;
  }
  applyMarkers(diagnostics);
}

export function revealLine(name, line) {
  if (!editor) return;
  showFile(name);
  editor.revealLineInCenter(line);
  editor.setPosition({ lineNumber: line, column: 1 });
  editor.focus();
}
