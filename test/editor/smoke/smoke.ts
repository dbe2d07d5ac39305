// Smoke checks of the INSTALLED Heartland package, written against the `vscode` API alone (no Node
// built-ins, no mocha) so the very same bundle runs in the server's Node extension host
// (test/editor/installed.mjs) and in the browser's web worker extension host (test/editor/web.mjs).
//
// The harness builds this file with esbuild and injects SMOKE_CONFIG (a JSON object, see Config)
// with `define`: a web worker has no process.env. Results are printed as `[heartland-test] …` lines
// and also written as JSON to `config.resultsPath` on the server (through vscode.workspace.fs), so
// the harness gets them even when the worker's console does not reach the page.
import * as vscode from "vscode";
import designExample from "../../fixtures/design-example.json";
import { waitFor as poll } from "../wait";

export interface Config {
  /** "node" (installed .vsix in the server's Node host) or "web" (browser-only copy in the web worker). */
  host: "node" | "web";
  /** Absolute server path of the extensions dir the package was installed into. */
  extensionsDir: string;
  /** Absolute server path of the sample brief (a copy of examples/sample-brief.md). */
  samplePath: string;
  /** Absolute server path where the JSON results are written. */
  resultsPath: string;
}

declare const SMOKE_CONFIG: Config;
export const config: Config = SMOKE_CONFIG;

export const TAG = "[heartland-test]";
const EXTENSION_ID = "heartland-legal.heartland";
const PER_TEST_MS = 30_000;

export function log(line: string): void {
  for (const l of line.split("\n")) console.log(`${TAG} ${l}`);
}

// ---- a tiny sequential runner ----------------------------------------------------------------

export interface Result {
  title: string;
  ok: boolean;
  ms: number;
  error?: string;
}

const tests: { title: string; fn: () => Promise<void> }[] = [];
function test(title: string, fn: () => Promise<void>): void {
  tests.push({ title: `smoke (${config.host}) › ${title}`, fn });
}

class AssertionError extends Error {}
function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

/** The smoke checks poll a little longer and slower than the suite (the web worker is slower). */
function waitFor<T>(probe: () => T | Promise<T>, timeoutMs = 15_000, intervalMs = 150): Promise<T> {
  return poll(probe, timeoutMs, intervalMs);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Runs the smoke tests one after another; never throws. */
export async function runSmoke(): Promise<Result[]> {
  const results: Result[] = [];
  log(`start: smoke on VS Code ${vscode.version} (uiKind ${vscode.env.uiKind}, remote ${vscode.env.remoteName ?? "none"}, host ${config.host})`);
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await withTimeout(t.fn(), PER_TEST_MS, t.title);
      results.push({ title: t.title, ok: true, ms: Date.now() - t0 });
      log(`pass: ${t.title} (${Date.now() - t0} ms)`);
    } catch (e) {
      const error = (e as Error)?.stack ?? String(e);
      results.push({ title: t.title, ok: false, ms: Date.now() - t0, error });
      log(`FAIL: ${t.title}`);
      log(`  ${error}`.replace(/\n/g, "\n  "));
    }
    // Leave the window as we found it for the next test.
    await vscode.commands.executeCommand("workbench.action.closeAllEditors").then(undefined, () => undefined);
  }
  const failed = results.filter((r) => !r.ok).length;
  log(`smoke summary: ${results.length - failed} passed, ${failed} failed`);
  return results;
}

/** Writes the results JSON next to the harness (server file system, any host). */
export async function writeResults(results: Result[], extra: Record<string, unknown> = {}): Promise<void> {
  const uri = serverUri(config.resultsPath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify({ host: config.host, results, ...extra }, null, 2)));
}

// ---- helpers ---------------------------------------------------------------------------------

/** A URI for an absolute path on the code-server machine, in the scheme this host uses (file: or vscode-remote:). */
function serverUri(absPath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, "no workspace folder is open");
  return folder.uri.with({ path: absPath });
}

function heartland(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is not installed in the editor under test`);
  return ext;
}

async function openSample(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(serverUri(config.samplePath));
  ok(doc.languageId === "markdown", `sample brief opened as ${doc.languageId}, not markdown`);
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function activated(): Promise<vscode.Extension<unknown>> {
  const ext = heartland();
  ok(await waitFor(() => ext.isActive, 20_000), `${EXTENSION_ID} did not activate within 20 s of opening a Markdown file`);
  return ext;
}

function positionOf(doc: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  ok(i >= 0, `"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(i + offsetInNeedle);
}

function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n")
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, "$1")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" && d.code ? String(d.code.value) : String(d.code);
}

function heartlandDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Heartland");
}

async function untitled(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: text });
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function discard(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
}

// The design example of DESIGN.md: 8 + 8 + 2 − 3 = 15; 15/IV = 30–37 months.
const DESIGN_EXAMPLE = designExample;
const ORIGINAL = "# Sentencing memorandum\n\nThe defendant pleaded guilty.\n\nConclusion.\n";

// ---- the checks ------------------------------------------------------------------------------

test("Heartland is loaded from the installed package, not a development path", async () => {
  const ext = heartland();
  const p = ext.extensionUri.path;
  const dir = config.extensionsDir.replace(/\/+$/, "");
  ok(p.startsWith(`${dir}/`), `extension loaded from ${p}, expected under the extensions dir ${dir}`);
  ok(/\/heartland-legal\.heartland-\d+\.\d+\.\d+$/.test(p), `unexpected install folder ${p}`);
  const pkg = ext.packageJSON as { main?: string; browser?: string; version?: string };
  ok(pkg.browser, "the installed package.json has no browser entry");
  const g = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
  if (config.host === "web") {
    ok(pkg.main === undefined, `the browser-only copy still declares main: ${pkg.main}`);
    ok(typeof g.importScripts === "function", "the tests are not running in a web worker (no importScripts)");
    ok(typeof g.process?.versions?.node !== "string", `a Node runtime is present in the web host (${g.process?.versions?.node})`);
  } else {
    ok(pkg.main, "the installed package.json has no main entry");
    ok(typeof g.process?.versions?.node === "string", "the tests are not running in a Node extension host");
  }
});

test("activates on opening the sample brief", async () => {
  await openSample();
  await activated();
});

test("hover on § 2L1.2(b)(2)(B) in the sample brief shows the 2025 guideline text", async () => {
  const { document } = await openSample();
  await activated();
  const pos = positionOf(document, "§ 2L1.2(b)(2)(B)", "§ 2L1.".length);
  const text = await waitFor(async () => {
    const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, pos));
    return t.includes("2L1.2") ? t : "";
  });
  ok(text, "no hover mentioning 2L1.2 at the citation");
  ok(text.includes("Nov. 1, 2025"), `hover does not name the Nov. 1, 2025 Manual (front matter guidelines-manual: 2025): ${text.slice(0, 400)}`);
  ok(text.includes("two years or more, increase by 8 levels"), `hover lacks the (b)(2)(B) text: ${text.slice(0, 400)}`);
});

test("diagnostics on the sample brief: fast-track, departure framing, minor prior, reentry motive", async () => {
  const { document } = await openSample();
  await activated();
  const want = ["fast-track-disparity", "departure-framing", "prior-conviction-seriousness", "reentry-motive"];
  const got = await waitFor(() => {
    const codes = heartlandDiagnostics(document.uri).map(codeOf);
    return want.every((w) => codes.includes(w)) ? codes : undefined;
  });
  ok(got, `expected ${want.join(", ")}; got ${heartlandDiagnostics(document.uri).map(codeOf).join(", ") || "none"}`);
  const ft = heartlandDiagnostics(document.uri).find((d) => codeOf(d) === "fast-track-disparity")!;
  ok(ft.range.start.line === positionOf(document, "Mr. Ruiz-Hernandez asks the Court to vary downward").line, `fast-track finding on line ${ft.range.start.line + 1}`);
  ok(ft.severity === vscode.DiagnosticSeverity.Warning, `fast-track severity ${ft.severity}, expected Warning (binding in the Ninth Circuit)`);
  ok(ft.message.includes("Gonzalez-Zotelo"), ft.message);
  const target = (ft.code as { target?: vscode.Uri }).target;
  ok(target?.scheme === "command" && target.path === "heartland.openRulePage", `rule page link ${target?.toString()}`);
  ok(!ft.message.includes("Triggered by"), ft.message);
});

test("quick fix 'Insert the adverse authority' edits the sample brief (then reverted)", async () => {
  const editor = await openSample();
  await activated();
  const uri = editor.document.uri;
  const before = editor.document.getText();
  const ft = await waitFor(() => heartlandDiagnostics(uri).find((d) => codeOf(d) === "fast-track-disparity"));
  ok(ft, "no fast-track-disparity diagnostic");
  // (the API may hand back an action whose command it has already released: ask again until it has one)
  let actions: vscode.CodeAction[] = [];
  const fix = await waitFor(async () => {
    actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, ft.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    return actions.find((a) => a.title.startsWith("Insert the adverse authority") && a.command);
  });
  ok(fix?.command, `no "Insert the adverse authority" quick fix; got: ${actions.map((a) => a.title).join(" | ") || "none"}`);
  try {
    ok(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), "the quick fix inserted nothing");
    ok(editor.document.getText().includes("But see United States v. Gonzalez-Zotelo, No. 08-50010"), "the But see sentence was not inserted");
  } finally {
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  ok(await waitFor(() => editor.document.getText() === before, 5_000), "the sample brief was not reverted");
});

test("Insert Guideline Range (§2L1.2) is in the command palette for Markdown and inserts the table", async () => {
  const all = await vscode.commands.getCommands(true);
  ok(all.includes("heartland.insertRange"), "heartland.insertRange is not registered");
  const pkg = heartland().packageJSON as { contributes?: { commands?: { command: string; title: string }[] } };
  ok(pkg.contributes?.commands?.some((c) => c.command === "heartland.insertRange" && c.title === "Insert Guideline Range (§2L1.2)"), "command title not contributed");
  const editor = await untitled(ORIGINAL);
  await activated();
  const at = new vscode.Position(3, 0);
  editor.selection = new vscode.Selection(at, at);
  try {
    const inserted = await vscode.commands.executeCommand<string | undefined>("heartland.insertRange", { input: DESIGN_EXAMPLE });
    ok(typeof inserted === "string", "the command inserted nothing");
    ok(inserted.includes("| Acceptance of responsibility | −3 | 15 | USSG §3E1.1(a)–(b) |"), `no acceptance row in:\n${inserted}`);
    ok(inserted.includes("so the advisory range is 30–37 months"), `no 30–37 month range in:\n${inserted}`);
    const offset = editor.document.offsetAt(at);
    ok(editor.document.getText() === ORIGINAL.slice(0, offset) + inserted + ORIGINAL.slice(offset), "the block was not inserted at the cursor");
  } finally {
    await discard();
  }
});

test("Insert Guideline Range (§2L1.2) guided input: accepting each step's default inserts a range", async () => {
  const editor = await untitled(ORIGINAL);
  await activated();
  editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
  try {
    const done = Promise.resolve(vscode.commands.executeCommand<string | undefined>("heartland.insertRange"));
    let settled = false;
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );
    // Accept whatever step is showing until the command finishes (9 steps today; at most 20).
    for (let i = 0; i < 20 && !settled; i++) {
      await new Promise((r) => setTimeout(r, 600));
      if (!settled) await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
    }
    const inserted = await withTimeout(done, 5_000, "guided input");
    ok(typeof inserted === "string", "the guided input inserted nothing");
    ok(/advisory range is \d+–\d+ months/.test(inserted), `no advisory range in:\n${inserted}`);
    ok(editor.document.getText().includes(inserted), "the block is not in the document");
  } finally {
    await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
    await discard();
  }
});

test("Insert Table of Authorities lists the sample brief's authorities (then reverted)", async () => {
  const editor = await openSample();
  await activated();
  const before = editor.document.getText();
  editor.selection = new vscode.Selection(new vscode.Position(7, 0), new vscode.Position(7, 0));
  try {
    await vscode.commands.executeCommand("heartland.insertTableOfAuthorities");
    const text = await waitFor(() => (editor.document.getText() !== before ? editor.document.getText() : ""), 10_000);
    ok(text, "the table of authorities was not inserted");
    ok(/3553\(a\)/.test(text.slice(0, text.length - before.length + 2000)), "the table does not list 18 U.S.C. § 3553(a)");
  } finally {
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  ok(await waitFor(() => editor.document.getText() === before, 5_000), "the sample brief was not reverted");
});
