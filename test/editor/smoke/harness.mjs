// Runs checks against the PACKAGED extension in a real editor (code-server + headless Chromium, the
// recipe in test/editor/README.md), in one of two hosts:
//
//   node: `npm run package`, `code-server --install-extension heartland-<v>.vsix` into a throwaway
//         extensions dir; the smoke checks (smoke.ts) on a copy of examples/sample-brief.md, then
//         the whole mocha suite (out/test/editor/suite), in the server's Node extension host.
//   web:  the same .vsix installed, then made browser-only (package.json keeps `browser`, loses
//         `main`; dist/extension.js deleted), so code-server runs it in the browser's web worker
//         extension host: the smoke checks run there too (vscode.dev / github.dev conditions).
//
// VS Code runs a test payload (extensionTestsPath) only together with an extensionDevelopmentPath
// (`_doHandleExtensionTests` refuses otherwise), and in the extension host of the extension whose
// folder holds the tests. So the development path is a no-op "runner" extension
// (heartland-tests.heartland-smoke-runner, made here in the temp dir) that carries the compiled
// tests; Heartland itself is NOT under development: it is the installed package, loaded by the
// normal extension scanner (the first smoke check asserts its folder is in the extensions dir).
// The runner declares `main` (node) or only `browser` (web) to pick the host.
//
// Prints `[heartland-test] …` lines, then `N passed, N failed`; exit 0 when all passed, else 1.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { ROOT, ensureTools, node24Env } from "../tools.mjs";
import { launchChromium, startCodeServer, stopAllCodeServers } from "../editor.mjs";

const require = createRequire(import.meta.url);
const TAG = "[heartland-test]";

/** `npm run package` (vsce); returns the .vsix path in the repository. */
export function packageVsix() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const vsix = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  const r = spawnSync("npm", ["run", "--silent", "package"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } });
  if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`npm run package failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return vsix;
}

/**
 * `code-server --install-extension VSIX` into the running server's throwaway extensions dir (before
 * the browser connects, so the first window sees it); returns the installed extension's folder.
 */
export function installVsix(tools, server, vsix) {
  const extDir = server.dirs.extensions;
  const inst = spawnSync(tools.node.nodeBin, [tools.codeServer.entry, "--install-extension", vsix, "--extensions-dir", extDir, "--user-data-dir", server.dirs["user-data"], "--force"], {
    cwd: server.tmp,
    encoding: "utf8",
    timeout: 120_000,
    env: node24Env(tools.node, { XDG_CONFIG_HOME: server.dirs["xdg-config"], XDG_DATA_HOME: server.dirs["xdg-data"] }),
  });
  const installed = fs.readdirSync(extDir).find((d) => d.startsWith("heartland-legal.heartland-"));
  if (inst.status !== 0 || !installed) throw new Error(`code-server --install-extension ${path.basename(vsix)} failed (${inst.status ?? inst.error?.message}):\n${inst.stdout}\n${inst.stderr}`);
  return path.join(extDir, installed);
}

export async function runPackaged(host, argv = process.argv.slice(2)) {
  const flag = (name) => argv.includes(name);
  const option = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const opts = {
    timeoutS: Number(option("--timeout") ?? process.env.HEARTLAND_EDITOR_TIMEOUT ?? (host === "node" ? 600 : 330)),
    pack: !flag("--no-package"),
    suite: host === "node" && !flag("--smoke-only"),
    verbose: flag("--verbose") || !!process.env.HEARTLAND_EDITOR_VERBOSE,
    keep: flag("--keep"),
    attempts: Math.max(1, Number(option("--attempts") ?? 2)),
  };
  const who = host === "node" ? "installed" : "web";
  const say = (msg) => console.log(`[${who}] ${msg}`);
  const t0 = Date.now();
  const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

  let finished = false;
  let current; // { server, context } of the attempt in progress
  const cleanupAttempt = async () => {
    const c = current;
    current = undefined;
    try {
      await Promise.race([c?.context?.close(), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      /* browser already gone */
    }
    await c?.server?.stop({ keep: opts.keep });
    if (c?.server && opts.keep) say(`kept ${c.server.tmp}`);
  };
  const finish = async (passed, failed, reason) => {
    if (finished) return;
    finished = true;
    clearTimeout(globalTimer);
    if (reason) say(`FAILED: ${reason}`);
    await cleanupAttempt();
    await stopAllCodeServers({ keep: opts.keep });
    if (reason && failed === 0) failed = 1;
    say(`done in ${secs()}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && !reason ? 0 : 1);
  };
  const globalTimer = setTimeout(() => finish(0, 1, `global timeout: not finished within ${opts.timeoutS} s (--timeout SECONDS to change)`), opts.timeoutS * 1000);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => finish(0, 1, `interrupted by ${sig}`));

  try {
    const tools = ensureTools();
    say(`tools ready (${secs()})`);

    // ---- package -----------------------------------------------------------------------------
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const vsixName = `${pkg.name}-${pkg.version}.vsix`;
    const vsixInRepo = path.join(ROOT, vsixName);
    if (opts.pack || !fs.existsSync(vsixInRepo)) {
      packageVsix();
      say(`packaged ${vsixName} (${(fs.statSync(vsixInRepo).size / 1024).toFixed(0)} KB, ${secs()})`);
    } else say(`reusing ${vsixName} (--no-package)`);
    const suiteIndex = path.join(ROOT, "out", "test", "editor", "suite", "index.js");
    if (opts.suite) {
      const r = spawnSync(process.execPath, ["esbuild.js", "--tests"], { cwd: ROOT, stdio: "inherit" });
      if (r.status !== 0) throw new Error(`node esbuild.js --tests failed (${r.status ?? r.signal})`);
      if (!fs.existsSync(suiteIndex)) throw new Error(`compiled suite missing: ${suiteIndex}`);
      say(`compiled the real-editor suite (${secs()})`);
    }

    let last;
    for (let attempt = 1; attempt <= opts.attempts; attempt++) {
      last = await attemptRun({ host, tools, opts, say, secs, vsixInRepo, vsixName, suiteIndex, setCurrent: (c) => (current = c) });
      await cleanupAttempt();
      // Retry only when the editor itself never got to run the checks (startup / UI timing), never
      // to hide a failed check.
      if (!last.infra || attempt === opts.attempts) break;
      say(`attempt ${attempt} did not run the checks (${last.reason}); retrying`);
    }
    await finish(last.passed, last.failed, last.reason);
  } catch (e) {
    await finish(0, 1, e?.stack ?? String(e));
  }
}

async function attemptRun({ host, tools, opts, say, secs, vsixInRepo, vsixName, suiteIndex, setCurrent }) {
  const consoleLog = [];
  const seen = { pass: 0, fail: 0, suitePass: 0, suiteFail: 0, suiteSummary: false, smokeTitles: new Set() };
  let crashed;
  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));

  const server = await startCodeServer({ tools, verbose: opts.verbose, onExit: (code) => resolveExit({ crashed: `code-server exited unexpectedly (${code})` }) });
  const current = { server };
  setCurrent(current);
  say(`code-server healthy on ${server.base} (${secs()})`);
  const tail = () => {
    const t = (arr, n) => arr.slice(-n).join("\n");
    return `\n[${host}] last page console lines:\n${t(consoleLog, 30)}\n[${host}] last code-server output:\n${t(server.log, 30)}`;
  };

  // ---- install the package into the throwaway extensions dir ---------------------------------
  const work = path.join(server.tmp, "work");
  fs.mkdirSync(work, { recursive: true });
  const vsix = path.join(work, vsixName);
  fs.copyFileSync(vsixInRepo, vsix); // a copy, so a concurrent re-package cannot change it mid-install
  const extDir = server.dirs.extensions;
  let installedDir;
  try {
    installedDir = installVsix(tools, server, vsix);
  } catch (e) {
    return { passed: 0, failed: 1, infra: true, reason: e.message };
  }
  const installed = path.basename(installedDir);
  say(`installed ${vsixName} with code-server --install-extension → ${path.basename(extDir)}/${installed} (${secs()})`);
  if (host === "web") {
    // Browser-only copy: what vscode.dev / github.dev can run.
    const manifestPath = path.join(installedDir, "package.json");
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    if (!manifest.browser) return { passed: 0, failed: 1, reason: "the packaged package.json has no `browser` entry" };
    delete manifest.main;
    delete manifest.bin;
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const nodeMain = path.join(installedDir, "dist", "extension.js");
    fs.rmSync(nodeMain, { force: true });
    fs.rmSync(`${nodeMain}.map`, { force: true });
    say(`made it browser-only: no \`main\`, dist/extension.js deleted; browser entry ${manifest.browser}`);
  }

  // ---- workspace, runner extension and compiled smoke checks ---------------------------------
  const sampleDir = path.join(work, "sample");
  fs.mkdirSync(sampleDir);
  const samplePath = path.join(sampleDir, "sample-brief.md");
  fs.copyFileSync(path.join(ROOT, "examples", "sample-brief.md"), samplePath);
  const workspace = opts.suite ? path.join(ROOT, "test", "fixtures") : sampleDir; // the mocha suite needs test/fixtures
  const resultsPath = path.join(work, "results.json");
  const runner = path.join(work, "runner");
  fs.mkdirSync(runner);
  const runnerManifest = {
    name: "heartland-smoke-runner",
    displayName: "Heartland smoke-test runner (no-op)",
    publisher: "heartland-tests",
    version: "0.0.0",
    engines: { vscode: "^1.90.0" },
    activationEvents: [],
    ...(host === "node" ? { main: "./runner.js", extensionKind: ["workspace"] } : { browser: "./runner.js" }),
  };
  fs.writeFileSync(path.join(runner, "package.json"), JSON.stringify(runnerManifest, null, 2));
  fs.writeFileSync(path.join(runner, "runner.js"), "exports.activate = () => {};\nexports.deactivate = () => {};\n");
  const config = { host, extensionsDir: extDir, samplePath, resultsPath };
  const esbuild = require(path.join(ROOT, "node_modules", "esbuild"));
  await esbuild.build({
    entryPoints: [path.join(ROOT, "test", "editor", "smoke", host === "node" ? "installed-index.ts" : "web-index.ts")],
    outfile: path.join(runner, "tests.js"),
    bundle: true,
    format: "cjs",
    platform: host === "node" ? "node" : "browser",
    target: host === "node" ? "node18" : "es2022",
    external: ["vscode"],
    logLevel: "warning",
    define: { SMOKE_CONFIG: JSON.stringify(config), SUITE_INDEX: JSON.stringify(opts.suite ? suiteIndex : "") },
  });

  // ---- open the editor with the test payload -------------------------------------------------
  const { context, page } = await launchChromium(tools, server.dirs.chromium);
  current.context = context;
  await page.exposeFunction("codeAutomationExit", (code) => resolveExit({ code: Number(code) || 0 }));
  const onConsole = (text, type) => {
    const i = text.indexOf(TAG);
    if (i < 0) {
      consoleLog.push(`[${type}] ${text}`);
      if (consoleLog.length > 500) consoleLog.shift();
      if (opts.verbose) console.log(`[page ${type}] ${text}`);
      return;
    }
    const line = text.slice(i).replace(/\s*%c.*$/s, "").replace(/\s+\(at .*\)$/s, "").trimEnd();
    console.log(line);
    const body = line.slice(TAG.length).trim();
    const smoke = /^(pass|FAIL): smoke \(/.test(body);
    if (body.startsWith("pass:")) smoke ? seen.pass++ : seen.suitePass++;
    else if (body.startsWith("FAIL:")) smoke ? seen.fail++ : seen.suiteFail++;
    if (/^summary: \d+ passed, \d+ failed/.test(body)) seen.suiteSummary = true;
  };
  page.on("console", (m) => onConsole(m.text(), m.type()));
  page.on("worker", (w) => w.on("console", (m) => onConsole(m.text(), `worker ${m.type()}`)));
  page.on("crash", () => resolveExit({ crashed: "the Chromium page crashed" }));
  context.on("close", () => resolveExit({ crashed: "Chromium closed unexpectedly" }));
  page.on("pageerror", (e) => consoleLog.push(`[pageerror] ${e.message}`));

  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${pathToFileURL(p).pathname}`;
  const payload = [
    ["extensionDevelopmentPath", remote(runner)],
    ["extensionTestsPath", remote(path.join(runner, "tests.js"))],
    ["extensionEnvironment", JSON.stringify(process.env.HEARTLAND_TEST_TIMEOUT ? { HEARTLAND_TEST_TIMEOUT: process.env.HEARTLAND_TEST_TIMEOUT } : {})],
  ];
  const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`opening ${path.relative(ROOT, workspace).startsWith("..") ? "a temp copy of examples/sample-brief.md" : path.relative(ROOT, workspace)} in headless Chromium (${secs()})`);
  try {
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  } catch (e) {
    return { passed: 0, failed: 1, infra: true, reason: `the editor page did not load: ${e.message}${tail()}` };
  }

  // No result within this long means the payload never ran (e.g. the extension host did not start).
  const startLimit = (host === "node" ? 240 : 120) * 1000;
  const outcome = await Promise.race([exitCode, new Promise((r) => setTimeout(() => r({ stalled: true }), startLimit))]);
  crashed = outcome.crashed;

  let file;
  try {
    file = JSON.parse(fs.readFileSync(resultsPath, "utf8"));
  } catch {
    /* not written */
  }
  if (outcome.stalled && !file) return { passed: 0, failed: 1, infra: seen.pass + seen.fail === 0, reason: `no result from the extension host within ${startLimit / 1000} s${tail()}` };
  if (crashed && !file) return { passed: 0, failed: 1, infra: true, reason: `${crashed}${tail()}` };
  say(`extension host finished with exit code ${outcome.code ?? "?"} (${secs()})`);

  // Smoke results from the file (the worker's console may not reach the page); print what the
  // console did not show.
  const smoke = file?.results ?? [];
  if (!smoke.length) return { passed: 0, failed: 1, reason: `the smoke checks wrote no results to ${resultsPath}${tail()}` };
  if (seen.pass + seen.fail < smoke.length) {
    for (const r of smoke) {
      console.log(`${TAG} ${r.ok ? "pass" : "FAIL"}: ${r.title} (${r.ms} ms)`);
      if (!r.ok) console.log(`${TAG}   ${String(r.error).replace(/\n/g, `\n${TAG}   `)}`);
    }
  }
  let passed = smoke.filter((r) => r.ok).length;
  let failed = smoke.length - passed;
  let reason;
  if (opts.suite) {
    passed += seen.suitePass;
    failed += seen.suiteFail;
    if (!seen.suiteSummary) {
      reason = `the mocha suite did not report a summary${file?.suiteError ? ` (${file.suiteError})` : ""}${tail()}`;
      failed += seen.suiteFail ? 0 : 1;
    }
  }
  if (!reason && failed === 0 && outcome.code !== 0) reason = `the test runner exited with ${outcome.code} although every check passed${tail()}`;
  if (!reason && failed > 0 && opts.verbose === false) console.log(tail());
  return { passed, failed, reason };
}
