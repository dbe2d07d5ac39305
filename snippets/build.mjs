// Generates snippets/markdown.json from the verified case data (src/data/cases.json) via
// citationSnippets() in src/core/citations/cases.ts, so that no citation in a snippet is
// typed by hand. Run: node snippets/build.mjs   (the unit test fails when the file is stale)
import * as esbuild from "esbuild";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = await esbuild.build({
  entryPoints: [path.join(root, "src/core/citations/cases.ts")],
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
  logLevel: "warning",
});
const mod = await import("data:text/javascript;base64," + Buffer.from(out.outputFiles[0].text).toString("base64"));
const file = path.join(root, "snippets/markdown.json");
writeFileSync(file, JSON.stringify(mod.snippetsFile(), null, 2) + "\n");
console.log(`wrote ${path.relative(root, file)}: ${Object.keys(mod.snippetsFile()).length} snippets`);
