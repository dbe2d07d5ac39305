// Starting and stopping a throwaway code-server and headless Chromium (shared by run.mjs and
// screenshot.mjs). How it works: test/editor/README.md.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { ROOT, node24Env } from "./tools.mjs";

const require = createRequire(import.meta.url);

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const DEFAULT_SETTINGS = {
  "workbench.startupEditor": "none",
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "security.workspace.trust.enabled": false,
  "workbench.tips.enabled": false,
  // VS Code for the Web saves after a delay by default: tests edit fixtures and must never write them.
  "files.autoSave": "off",
  "files.hotExit": "off",
};

export function freePort() {
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

/**
 * Copies the built extension (package.json and what it ships; no sources, tests or node_modules)
 * into `<extensionsDir>/<publisher>.<name>-<version>/`; returns that folder name.
 */
export function copyExtension(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const id = `${pkg.publisher}.${pkg.name}-${pkg.version}`;
  const dest = path.join(extensionsDir, id);
  fs.mkdirSync(dest, { recursive: true });
  const skip = new Set(["node_modules", "out", "test", "bench", "src", "docs", "examples"]);
  for (const name of fs.readdirSync(ROOT)) {
    if (skip.has(name) || name.startsWith(".") || name.endsWith(".vsix")) continue;
    fs.cpSync(path.join(ROOT, name), path.join(dest, name), { recursive: true });
  }
  return id;
}

/** Stop functions of code-servers started and not yet stopped (for cleanup on a timeout or signal). */
const live = new Set();

/** Stops every code-server this process started (also ones still starting up). */
export async function stopAllCodeServers(opts) {
  await Promise.all([...live].map((stop) => stop(opts)));
}

/**
 * Starts code-server on 127.0.0.1:<free port> with throwaway dirs.
 * options: { tools, settings, installExtension (copy the built extension into the extensions dir),
 *            verbose, onExit(code) }
 * Returns { base, port, tmp, dirs, log, proc, stop() }.
 */
export async function startCodeServer({ tools, settings = {}, installExtension = false, verbose = false, onExit } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "heartland-editor-"));
  const dirs = Object.fromEntries(["user-data", "extensions", "xdg-config", "xdg-data", "chromium"].map((d) => [d, path.join(tmp, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const config = path.join(tmp, "config.yaml");
  fs.writeFileSync(config, "auth: none\n");
  fs.mkdirSync(path.join(dirs["user-data"], "User"), { recursive: true });
  fs.writeFileSync(path.join(dirs["user-data"], "User", "settings.json"), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  if (installExtension) copyExtension(dirs.extensions);

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
    "--vscode-option", "enable-smoke-test-driver", // without it VS Code ignores a test payload
  ];
  const log = [];
  const env = { XDG_CONFIG_HOME: dirs["xdg-config"], XDG_DATA_HOME: dirs["xdg-data"] };
  // VS Code puts its IPC sockets (vscode-ipc-<uuid>.sock, vscode-git-*.sock) in XDG_RUNTIME_DIR or
  // the temp dir and leaves them behind: keep them in the throwaway dir when the path is short
  // enough for a Unix socket (108 bytes).
  const sockets = path.join(tmp, "s");
  if (sockets.length + 55 < 108) {
    fs.mkdirSync(sockets, { mode: 0o700 });
    Object.assign(env, { XDG_RUNTIME_DIR: sockets, TMPDIR: sockets });
  }
  const proc = spawn(tools.node.nodeBin, args, {
    cwd: tmp,
    env: node24Env(tools.node, env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so stop() ends its children too
  });
  const onData = (buf) => {
    for (const l of buf.toString().split("\n")) {
      if (!l.trim()) continue;
      log.push(l);
      if (log.length > 500) log.shift();
      if (verbose) console.log(`[code-server] ${l}`);
    }
  };
  proc.stdout.on("data", onData);
  proc.stderr.on("data", onData);
  let stopping = false;
  proc.on("exit", (code, sig) => {
    if (!stopping) onExit?.(code ?? sig);
  });
  const alive = () => proc.exitCode === null && proc.signalCode === null;

  async function stop({ keep = false } = {}) {
    stopping = true;
    live.delete(stop);
    if (alive()) {
      const killGroup = (sig) => {
        try {
          process.kill(-proc.pid, sig);
        } catch {
          try {
            proc.kill(sig);
          } catch {
            /* gone */
          }
        }
      };
      killGroup("SIGTERM");
      const exited = await Promise.race([new Promise((r) => proc.once("exit", () => r(true))), new Promise((r) => setTimeout(() => r(false), 3000))]);
      if (!exited) killGroup("SIGKILL");
    }
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  }

  live.add(stop);

  // Wait for /healthz.
  const end = Date.now() + 60_000;
  let last = "";
  for (;;) {
    if (!alive()) {
      await stop({ keep: true });
      throw new Error(`code-server exited early (${proc.exitCode ?? proc.signalCode}):\n${log.slice(-20).join("\n")}`);
    }
    try {
      const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    if (Date.now() > end) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s (${last})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, port, tmp, dirs, log, proc, stop };
}

/** Headless Debian Chromium with a fresh profile in `userDataDir`; returns { context, page }. */
export async function launchChromium(tools, userDataDir, viewport = { width: 1280, height: 800 }) {
  const { chromium } = require("playwright-core");
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: tools.chromium, headless: true, viewport, args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
