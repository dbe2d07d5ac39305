// Runs the real-editor suite (test/editor/suite) inside a real VS Code: code-server (which bundles
// VS Code 1.139.1) on loopback, opened by headless Debian Chromium through playwright-core.
// Recipe: /work/shared/editor-testing.md. Tools come from test/editor/tools.mjs (cached in
// .cache/editor-tools/).
//
//   node test/editor/run.mjs [--grep TEXT] [--files a,b] [--timeout SECONDS] [--no-build]
//                            [--verbose] [--keep]
//
// Prints the suite's `[heartland-test]` lines, then a last line `N passed, N failed`, and
// exits 0 when every test passed, 1 otherwise (including a harness failure or the global
// timeout, 300 s by default; HEARTLAND_EDITOR_TIMEOUT=seconds also sets it).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { ROOT, ensureTools, node24Env } from "./tools.mjs";

const TAG = "[heartland-test]";
const require = createRequire(import.meta.url);

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
let server; // code-server child process
let context; // playwright persistent context
let tmp; // throwaway dirs
const serverLog = [];
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
  if (server && server.exitCode === null && server.signalCode === null) {
    const killGroup = (sig) => {
      try {
        process.kill(-server.pid, sig); // code-server runs in its own process group (detached)
      } catch {
        try {
          server.kill(sig);
        } catch {
          /* gone */
        }
      }
    };
    killGroup("SIGTERM");
    const exited = await Promise.race([
      new Promise((r) => server.once("exit", () => r(true))),
      new Promise((r) => setTimeout(() => r(false), 3000)),
    ]);
    if (!exited) killGroup("SIGKILL");
  }
  if (tmp && !opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
  else if (tmp) say(`kept ${tmp}`);
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
      if (serverLog.length) console.log(`[editor] last code-server output:\n${tail(serverLog, 30)}`);
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
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, timeoutMs) {
  const end = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < end) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`code-server exited early (${server.exitCode ?? server.signalCode})`);
    try {
      const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s (${last})`);
}

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

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "heartland-editor-"));
  const dirs = Object.fromEntries(["user-data", "extensions", "xdg-config", "xdg-data", "chromium"].map((d) => [d, path.join(tmp, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const config = path.join(tmp, "config.yaml");
  fs.writeFileSync(config, "auth: none\n");
  fs.mkdirSync(path.join(dirs["user-data"], "User"), { recursive: true });
  fs.writeFileSync(
    path.join(dirs["user-data"], "User", "settings.json"),
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "chat.disableAIFeatures": true,
        "telemetry.telemetryLevel": "off",
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "security.workspace.trust.enabled": false,
        "workbench.tips.enabled": false,
      },
      null,
      2,
    ),
  );

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [
    tools.codeServer.entry,
    "--config", config,
    "--bind-addr", `127.0.0.1:${port}`,
    "--auth", "none",
    "--user-data-dir", dirs["user-data"],
    "--extensions-dir", dirs.extensions,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--vscode-option", "enable-smoke-test-driver", // without it VS Code ignores the test payload
  ];
  say(`starting code-server on ${base}`);
  server = spawn(tools.node.nodeBin, args, {
    cwd: tmp,
    env: node24Env(tools.node, { XDG_CONFIG_HOME: dirs["xdg-config"], XDG_DATA_HOME: dirs["xdg-data"] }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so cleanup ends its children too
  });
  const onServerData = (buf) => {
    for (const l of buf.toString().split("\n")) {
      if (!l.trim()) continue;
      serverLog.push(l);
      if (serverLog.length > 500) serverLog.shift();
      if (opts.verbose) console.log(`[code-server] ${l}`);
    }
  };
  server.stdout.on("data", onServerData);
  server.stderr.on("data", onServerData);
  server.on("exit", (code, sig) => {
    if (!finished) finish(1, `code-server exited unexpectedly (${code ?? sig})`);
  });

  await waitForHealth(base, 60_000);
  say(`code-server healthy (${secs()})`);

  const { chromium } = require("playwright-core");
  context = await chromium.launchPersistentContext(dirs.chromium, {
    executablePath: tools.chromium,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = context.pages()[0] ?? (await context.newPage());

  const exitCode = new Promise((resolve) => {
    page.exposeFunction("codeAutomationExit", (code) => resolve(Number(code) || 0));
  });
  page.on("console", (msg) => {
    const text = msg.text();
    const line = taggedLine(text);
    if (line) return onTagged(line);
    consoleLog.push(`[${msg.type()}] ${text}`);
    if (consoleLog.length > 500) consoleLog.shift();
    if (opts.verbose) console.log(`[page ${msg.type()}] ${text}`);
  });
  page.on("pageerror", (e) => {
    consoleLog.push(`[pageerror] ${e.message}`);
    if (opts.verbose) console.log(`[pageerror] ${e.message}`);
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(p).pathname}`;
  const extensionEnv = {};
  if (opts.grep) extensionEnv.HEARTLAND_TEST_GREP = opts.grep;
  if (opts.files) extensionEnv.HEARTLAND_TEST_FILES = opts.files;
  if (process.env.HEARTLAND_TEST_TIMEOUT) extensionEnv.HEARTLAND_TEST_TIMEOUT = process.env.HEARTLAND_TEST_TIMEOUT;
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
