#!/usr/bin/env node
// Activation outside the editor (issue 9): requires a build's dist/extension.js with a stand-in for the
// `vscode` module (every API a no-op), calls activate(), then lets the core load as it does after
// activation. Prints the median of RUNS fresh processes: activation (require + activate) and the core's
// load. The real editor's figure is bench/editor.mjs; this one needs no code-server and isolates the bundle.
//
//   npm run build && node bench/activation.mjs [RUNS] [DIST ...]
import { spawnSync } from "node:child_process";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.argv[2] ?? 7);
const dists = process.argv.length > 3 ? process.argv.slice(3).map((d) => resolve(d)) : [join(root, "dist")];

// one fresh process per run: a stand-in vscode, require + activate timed, then the core (loaded right after activation)
const child = `
const Module = require("module");
const handler = { set: () => true, get: (t, k) => (k === "then" ? undefined : k in t ? t[k] : (t[k] = new Proxy(function () {}, handler))), apply: () => new Proxy(function () {}, handler), construct: () => new Proxy(function () {}, handler) };
const stub = {};
for (const n of ["commands","languages","window","workspace","extensions","env","Uri","Range","Position","Location","Disposable","EventEmitter","CodeActionKind","CodeAction","CodeLens","Diagnostic","DiagnosticSeverity","DiagnosticRelatedInformation","Hover","MarkdownString","CompletionItem","CompletionItemKind","SnippetString","TextEdit","WorkspaceEdit","ExtensionMode","ConfigurationTarget","LanguageStatusSeverity","StatusBarAlignment","ThemeIcon","Selection","l10n","QuickPickItemKind","ViewColumn","TextEditorRevealType","CancellationTokenSource","EndOfLine"]) stub[n] = new Proxy(function () {}, handler);
const load = Module._load;
Module._load = function (req, ...rest) { return req === "vscode" ? stub : load.call(this, req, ...rest); };
const t0 = performance.now();
const ext = require(process.argv[1]);
const api = ext.activate({ subscriptions: [], extensionUri: stub.Uri, extensionMode: 1, workspaceState: stub.window });
const activation = performance.now() - t0;
setTimeout(() => {
  const t1 = performance.now();
  const core = api && api.core ? api.core().loadMs : 0;
  console.log(JSON.stringify({ activation, core: core || performance.now() - t1 }));
  process.exit(0);
}, 10);
`;
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = dists.map(() => ({ activation: [], core: [] }));
for (let r = 0; r < RUNS; r++) {
  dists.forEach((d, i) => {
    const out = spawnSync(process.execPath, ["-e", child, join(d, "extension.js")], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(out.stderr);
    const j = JSON.parse(out.stdout.trim().split("\n").pop());
    results[i].activation.push(j.activation);
    results[i].core.push(j.core);
  });
}
dists.forEach((d, i) => console.log(`${d}: activation ${med(results[i].activation).toFixed(1)} ms, core loaded after it in ${med(results[i].core).toFixed(0)} ms (median of ${RUNS})`));
