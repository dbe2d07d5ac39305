/**
 * Private by construction: no bundle Heartland ships may reach the network, and the pure
 * core (which also runs in vscode.dev) may import neither `vscode` nor Node built-ins.
 * The bundles are built in memory here with the same entry points as esbuild.js.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { builtinModules } from "node:module";
import * as esbuild from "esbuild";

const NETWORK = [
  /require\(["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\)/,
  /from ["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/,
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
];

const root = path.resolve(__dirname, "../../..");

async function bundle(entry: string, platform: "node" | "browser"): Promise<{ code: string; inputs: string[] }> {
  const r = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform,
    format: "cjs",
    external: ["vscode"],
    logLevel: "silent",
    mainFields: platform === "browser" ? ["browser", "module", "main"] : undefined,
  });
  return { code: r.outputFiles[0].text, inputs: Object.keys(r.metafile.inputs) };
}

describe("privacy and portability", function () {
  this.timeout(30000);
  const bundles: [string, string, "node" | "browser"][] = [
    ["extension (Node)", "src/extension.ts", "node"],
    ["extension (web)", "src/extension.ts", "browser"],
    ["command line", "src/cli/main.ts", "node"],
  ];
  for (const [name, entry, platform] of bundles) {
    it(`the ${name} bundle has no network access`, async () => {
      const { code } = await bundle(entry, platform);
      assert.ok(code.length > 10000, "bundle unexpectedly small");
      for (const re of NETWORK) assert.doesNotMatch(code, re, `${name} bundle matches ${re}`);
    });
  }

  it("the web bundle pulls in no Node built-in", async () => {
    const { inputs } = await bundle("src/extension.ts", "browser");
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    assert.deepEqual(inputs.filter((i) => builtins.has(i) || i.startsWith("node:")), []);
    assert.ok(inputs.some((i) => i.startsWith("src/core/")));
  });

  it("src/core imports neither vscode nor Node built-ins", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts")) {
          const src = fs.readFileSync(p, "utf8");
          for (const m of src.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)) {
            const mod = m[1];
            if (mod === "vscode" || mod.startsWith("node:") || builtinModules.includes(mod)) offenders.push(`${path.relative(root, p)}: ${mod}`);
          }
        }
      }
    };
    walk(path.join(root, "src/core"));
    assert.deepEqual(offenders, []);
  });
});
