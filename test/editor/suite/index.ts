// Entry point of the real-editor suite: the `run()` contract VS Code's extension host calls for
// `extensionTestsPath` (the same under test/editor/run.mjs with code-server and under
// @vscode/test-electron). Loads every compiled `*.test.js` beside this file (BDD: describe/it),
// runs them with mocha in the extension host, and prints each result as a line tagged
// `[heartland-test]` so the harness can pick them out of the page console / stdout.
import * as fs from "node:fs";
import * as path from "node:path";
import type MochaType from "mocha";

export const TAG = "[heartland-test]";

type MochaCtor = typeof MochaType;

/**
 * mocha 12 is an ES module (with a CJS core that itself requires ES modules), so the extension
 * host's Node must support require(esm): Node >= 20.19 / 22.12, i.e. code-server 4.139 (Node 24)
 * or desktop VS Code 1.101+ (Electron 35). `require("mocha")` gives the module namespace.
 */
function loadMocha(): MochaCtor {
  const mod = require("mocha") as { default?: MochaCtor; Mocha?: MochaCtor } | MochaCtor;
  const m = mod as { default?: MochaCtor; Mocha?: MochaCtor };
  return m.Mocha ?? m.default ?? (mod as MochaCtor);
}

function log(line: string): void {
  for (const l of line.split("\n")) console.log(`${TAG} ${l}`);
}

function fullTitle(t: { titlePath(): string[] }): string {
  return t.titlePath().join(" › ");
}

/**
 * The compiled test files under `dir`, sorted; HEARTLAND_TEST_FILES (comma-separated name parts)
 * narrows them. A compiled file whose source (test/editor/suite/<name>.ts) was deleted or
 * renamed is skipped, so a stale out/ never runs a test that no longer exists.
 */
function testFiles(dir: string): string[] {
  const only = process.env.HEARTLAND_TEST_FILES?.split(",").map((s) => s.trim()).filter(Boolean);
  const srcDir = path.resolve(dir, "..", "..", "..", "..", "test", "editor", "suite");
  const haveSources = fs.existsSync(path.join(srcDir, "index.ts"));
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => String(f))
    // a bench run (bench/editor.mjs sets HEARTLAND_BENCH) loads only the `*.bench.js` files, a test run never
    .filter((f) => (process.env.HEARTLAND_BENCH ? f.endsWith(".bench.js") : f.endsWith(".test.js")))
    .filter((f) => !haveSources || fs.existsSync(path.join(srcDir, f.replace(/\.js$/, ".ts"))))
    .filter((f) => !only?.length || only.some((o) => f.includes(o)))
    .sort()
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const { EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

  /** One tagged line per result, then `summary: N passed, N failed, N pending`. */
  class TaggedReporter extends Mocha.reporters.Base {
    constructor(runner: MochaType.Runner, options?: MochaType.MochaOptions) {
      super(runner, options);
      let passed = 0;
      let failed = 0;
      let pending = 0;
      runner.once(EVENT_RUN_BEGIN, () => log(`start: VS Code ${vscodeVersion()}`));
      runner.on(EVENT_TEST_PASS, (t) => {
        passed++;
        log(`pass: ${fullTitle(t)} (${t.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_PENDING, (t) => {
        pending++;
        log(`pending: ${fullTitle(t)}`);
      });
      runner.on(EVENT_TEST_FAIL, (t, err: Error) => {
        failed++;
        log(`FAIL: ${fullTitle(t)}`);
        log(`  ${(err && (err.stack || err.message)) || String(err)}`.replace(/\n/g, "\n  "));
      });
      runner.once(EVENT_RUN_END, () => log(`summary: ${passed} passed, ${failed} failed, ${pending} pending`));
    }
  }

  const timeout = Number(process.env.HEARTLAND_TEST_TIMEOUT) || 20_000;
  const mocha = new Mocha({ ui: "bdd", color: false, timeout, reporter: TaggedReporter as unknown as MochaType.ReporterConstructor });
  const grep = process.env.HEARTLAND_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = testFiles(__dirname);
  for (const f of files) mocha.addFile(f);
  log(`files: ${files.map((f) => path.basename(f)).join(", ") || "(none)"}`);

  return new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (e) {
      log(`FAIL: loading the suite: ${(e as Error)?.stack ?? e}`);
      log("summary: 0 passed, 1 failed, 0 pending");
      reject(e);
    }
  });
}

function vscodeVersion(): string {
  try {
    const vscode = require("vscode") as { version: string; env: { uiKind: number; remoteName?: string } };
    return `${vscode.version} (uiKind ${vscode.env.uiKind}, remote ${vscode.env.remoteName ?? "none"})`;
  } catch {
    return "?";
  }
}
