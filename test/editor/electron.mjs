// Runs the same real-editor suite (test/editor/suite) in desktop VS Code via @vscode/test-electron,
// for developers whose machine can download VS Code (or already has it). It cannot run on the
// offline build machines: use test/editor/run.mjs (code-server + Chromium) there.
//
//   node test/editor/electron.mjs [--code /path/to/code] [--vscode-version 1.101.0|stable|insiders]
//                                 [--grep TEXT] [--files a,b] [--no-build]
//
// --code (or VSCODE_EXECUTABLE) uses an installed VS Code instead of downloading one into
// .vscode-test/. Prints the suite's `[heartland-test]` lines and a last line
// `N passed, N failed`; exit 0 when all pass.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runTests } from "@vscode/test-electron";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

if (!argv.includes("--no-build")) {
  for (const args of [["esbuild.js"], ["esbuild.js", "--tests"]]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) process.exit(1);
  }
}

// Watch stdout for the suite's summary line (VS Code's output is piped through this process).
let summary;
const write = process.stdout.write.bind(process.stdout);
let tail = "";
process.stdout.write = (chunk, ...rest) => {
  tail = (tail + String(chunk)).slice(-4096);
  const m = /\[heartland-test\] summary: (\d+) passed, (\d+) failed/.exec(tail);
  if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
  return write(chunk, ...rest);
};

const extensionTestsEnv = {};
const grep = option("--grep") ?? process.env.HEARTLAND_TEST_GREP;
const files = option("--files") ?? process.env.HEARTLAND_TEST_FILES;
if (grep) extensionTestsEnv.HEARTLAND_TEST_GREP = grep;
if (files) extensionTestsEnv.HEARTLAND_TEST_FILES = files;

const userData = fs.mkdtempSync(path.join(os.tmpdir(), "heartland-vscode-"));
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath: option("--code") ?? process.env.VSCODE_EXECUTABLE,
    version: option("--vscode-version") ?? process.env.VSCODE_VERSION,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, "out", "test", "editor", "suite", "index.js"),
    extensionTestsEnv,
    launchArgs: [path.join(ROOT, "test", "fixtures"), "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes", `--user-data-dir=${userData}`],
  });
} catch (e) {
  console.error(`[editor] VS Code run failed: ${e?.message ?? e}`);
  code = 1;
} finally {
  fs.rmSync(userData, { recursive: true, force: true });
}
const passed = summary?.passed ?? 0;
let failed = summary?.failed ?? 0;
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
