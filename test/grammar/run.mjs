// npm run test:grammar: vscode-tmgrammar-test on the citation grammar injected into Markdown.
// The Markdown grammar embeds some sixty languages in fenced code (YAML, CSS, Java, …) that these
// fixtures never use; without their grammars the tool prints "grammar not found" for each. So the
// tests run on a copy of the Markdown grammar with those embedded-language includes left out
// (fenced code itself, and everything else, unchanged); the copy lives in a temporary directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const grammar = JSON.parse(readFileSync(join(root, "test", "grammar", "markdown.tmLanguage.json"), "utf8"));
const own = new Set([grammar.scopeName, "text.html.markdown.citations.heartland"]);

let dropped = 0;
/** Removes `{ "include": "source.x" }` of other grammars (keeps "#rule", "$self", "$base" and our own scopes). */
function strip(node) {
  if (Array.isArray(node)) {
    return node
      .filter((n) => {
        const inc = n && typeof n === "object" && typeof n.include === "string" ? n.include : undefined;
        const other = inc !== undefined && !inc.startsWith("#") && !inc.startsWith("$") && !own.has(inc.split("#")[0]);
        if (other) dropped++;
        return !other;
      })
      .map(strip);
  }
  if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)]));
  return node;
}

const dir = mkdtempSync(join(tmpdir(), "heartland-grammar-"));
try {
  const copy = join(dir, "markdown.tmLanguage.json");
  writeFileSync(copy, JSON.stringify(strip(grammar)));
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("vscode-tmgrammar-test/package.json");
  const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, "utf8")).bin["vscode-tmgrammar-test"]);
  const args = [bin, "-g", copy, ...process.argv.slice(2)];
  if (process.argv.length <= 2) args.push("test/grammar/*.test.md");
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (process.env.HEARTLAND_VERBOSE) console.log(`(${dropped} embedded-language includes left out of the Markdown grammar copy)`);
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
