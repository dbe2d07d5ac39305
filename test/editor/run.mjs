// Runs the real-editor suite (test/editor/suite) inside a real VS Code: code-server (which bundles
// VS Code 1.139.1) on loopback, opened by headless Debian Chromium through playwright-core.
// How it works: test/editor/README.md. Tools come from test/editor/tools.mjs (cached in
// .cache/editor-tools/).
//
//   node test/editor/run.mjs [--grep TEXT] [--files a,b] [--timeout SECONDS] [--no-build]
//                            [--verbose] [--keep]
//
// Prints the suite's `[heartland-test]` lines, then a last line `N passed, N failed`, and
// exits 0 when every test passed, 1 otherwise (including a harness failure or the global
// timeout, 300 s by default; HEARTLAND_EDITOR_TIMEOUT=seconds also sets it).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, ensureTools } from "./tools.mjs";
import { launchChromium, startCodeServer, stopAllCodeServers } from "./editor.mjs";

const TAG = "[heartland-test]";

// ---- options ---------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const opts = {
  grep: option("--grep") ?? process.env.HEARTLAND_TEST_GREP ?? "",
  files: option("--files") ?? process.env.HEARTLAND_TEST_FILES ?? "",
  timeoutS: Number(option("--timeout") ?? process.env.HEARTLAND_EDITOR_TIMEOUT ?? 300),
  build: !flag("--no-build"),
  verbose: flag("--verbose") || !!process.env.HEARTLAND_EDITOR_VERBOSE,
  keep: flag("--keep"),
};

const rel = (p) => path.relative(ROOT, p) || ".";
const say = (msg) => console.log(`[editor] ${msg}`);
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

// ---- state shared with cleanup ---------------------------------------------------------------
let server; // startCodeServer() result
let context; // playwright persistent context
const consoleLog = [];
let passed = 0;
let failed = 0;
let summary; // { passed, failed } from the suite's own summary line
let finished = false;

async function cleanup() {
  try {
    await Promise.race([context?.close(), new Promise((r) => setTimeout(r, 5000))]);
  } catch {
    /* browser already gone */
  }
  await server?.stop({ keep: opts.keep });
  await stopAllCodeServers({ keep: opts.keep }); // one still starting up when the timeout hit
  if (server && opts.keep) say(`kept ${server.tmp}`);
}

async function finish(code, reason) {
  if (finished) return;
  finished = true;
  clearTimeout(globalTimer);
  if (reason) {
    console.log(`[editor] FAILED: ${reason}`);
    if (!opts.verbose) {
      const tail = (arr, n) => arr.slice(-n).join("\n");
      if (consoleLog.length) console.log(`[editor] last page console lines:\n${tail(consoleLog, 30)}`);
      if (server?.log.length) console.log(`[editor] last code-server output:\n${tail(server.log, 30)}`);
    }
  }
  await cleanup();
  const p = summary?.passed ?? passed;
  let f = summary?.failed ?? failed;
  if (code !== 0 && f === 0) f = 1; // a harness failure counts as one failed check
  if (code === 0 && f > 0) code = 1;
  say(`done in ${secs()}`);
  console.log(`${p} passed, ${f} failed`);
  process.exit(code);
}

const globalTimer = setTimeout(
  () => finish(1, `global timeout: the suite did not finish within ${opts.timeoutS} s (--timeout SECONDS to change)`),
  opts.timeoutS * 1000,
);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => finish(1, `interrupted by ${sig}`));

// ---- helpers ---------------------------------------------------------------------------------
function build() {
  for (const args of [["esbuild.js"], ["esbuild.js", "--tests"]]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status ?? r.signal})`);
  }
}

/** A `[heartland-test] …` line from the page console, or undefined. */
function taggedLine(text) {
  const i = text.indexOf(TAG);
  if (i < 0) return undefined;
  // The extension host's forwarded console lines may carry styling/origin suffixes.
  return text.slice(i).replace(/\s*%c.*$/s, "").replace(/\s+\(at .*\)$/s, "").trimEnd();
}

function onTagged(line) {
  console.log(line);
  const body = line.slice(TAG.length).trim();
  if (body.startsWith("pass:")) passed++;
  else if (body.startsWith("FAIL:")) failed++;
  const m = /^summary: (\d+) passed, (\d+) failed/.exec(body);
  if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
}

// ---- main ------------------------------------------------------------------------------------
async function main() {
  const tools = ensureTools();
  say(`tools ready (${secs()})`);

  if (opts.build) {
    build();
    say(`built extension and suite (${secs()})`);
  }
  const extDir = ROOT;
  const testsIndex = path.join(ROOT, "out", "test", "editor", "suite", "index.js");
  const workspace = path.join(ROOT, "test", "fixtures");
  for (const [what, p] of [["extension bundle", path.join(ROOT, "dist", "extension.js")], ["compiled suite", testsIndex], ["fixtures", workspace]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} missing: ${rel(p)} (run \`npm run build\` and \`node esbuild.js --tests\`)`);
  }

  server = await startCodeServer({
    tools,
    verbose: opts.verbose,
    onExit: (code) => finish(1, `code-server exited unexpectedly (${code})`),
  });
  const { base, port } = server;
  say(`code-server healthy on ${base} (${secs()})`);

  let page;
  ({ context, page } = await launchChromium(tools, server.dirs.chromium));

  let reportExit;
  const exitCode = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction("codeAutomationExit", (code) => reportExit(Number(code) || 0));
  page.on("console", (msg) => {
    const text = msg.text();
    const line = taggedLine(text);
    if (line) return onTagged(line);
    consoleLog.push(`[${msg.type()}] ${text}`);
    if (consoleLog.length > 500) consoleLog.shift();
    if (opts.verbose) console.log(`[page ${msg.type()}] ${text}`);
  });
  page.on("crash", () => finish(1, "the Chromium page crashed"));
  context.on("close", () => finish(1, "Chromium closed unexpectedly"));
  page.on("pageerror", (e) => {
    consoleLog.push(`[pageerror] ${e.message}`);
    if (opts.verbose) console.log(`[pageerror] ${e.message}`);
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(p).pathname}`;
  const extensionEnv = {};
  if (opts.grep) extensionEnv.HEARTLAND_TEST_GREP = opts.grep;
  if (opts.files) extensionEnv.HEARTLAND_TEST_FILES = opts.files;
  if (process.env.HEARTLAND_TEST_TIMEOUT) extensionEnv.HEARTLAND_TEST_TIMEOUT = process.env.HEARTLAND_TEST_TIMEOUT;
  if (process.env.HEARTLAND_BENCH) extensionEnv.HEARTLAND_BENCH = process.env.HEARTLAND_BENCH;
  if (process.env.HEARTLAND_BENCH_PROFILE) extensionEnv.HEARTLAND_BENCH_PROFILE = process.env.HEARTLAND_BENCH_PROFILE;
  if (process.env.HEARTLAND_BENCH_PROFILE_OPEN) extensionEnv.HEARTLAND_BENCH_PROFILE_OPEN = process.env.HEARTLAND_BENCH_PROFILE_OPEN;
  if (process.env.HEARTLAND_BENCH_KEYSTROKES) extensionEnv.HEARTLAND_BENCH_KEYSTROKES = process.env.HEARTLAND_BENCH_KEYSTROKES;
  const payload = [
    ["extensionDevelopmentPath", remote(extDir)],
    ["extensionTestsPath", remote(testsIndex)],
    ["extensionEnvironment", JSON.stringify(extensionEnv)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`opening ${rel(workspace)} in headless Chromium; suite ${rel(testsIndex)}`);
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });

  const code = await exitCode;
  say(`extension host finished the suite with exit code ${code} (${secs()})`);
  await finish(code, code === 0 ? undefined : summary ? undefined : "the suite failed before reporting a summary");
}

main().catch((e) => finish(1, e?.stack ?? String(e)));
