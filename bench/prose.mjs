#!/usr/bin/env node
// Prose map speed: Heartland's hand-written reader (src/core/brief/prose.ts) against micromark
// (CommonMark + GFM footnotes, tables, autolink literals; the differential test's oracle) on the
// same briefs. Median of RUNS runs each, in one process, interleaved.
// Usage: node bench/prose.mjs [RUNS]
import { build } from "esbuild";
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parse, postprocess, preprocess } from "micromark";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.argv[2] ?? 7);
const dir = mkdtempSync(join(tmpdir(), "heartland-prose-"));
const out = join(dir, "prose.cjs");
await build({ entryPoints: [join(root, "src/core/brief/prose.ts")], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "silent" });
const { proseOf } = createRequire(import.meta.url)(out);

const sample = readFileSync(join(root, "examples/sample-brief.md"), "utf8");
const footnoted = "Mr. Ochoa asks for a sentence at the bottom of the range.[^1]\n\n[^1]: Mr. Ochoa also asks the Court to depart downward because defendants in fast-track\ndistricts receive far lower sentences for the same offense. See United States v.\nBanuelos-Rodriguez, 215 F.3d 696 (9th Cir. 2000).\n\n> The court held that a disparity\nis no ground.\n\n- > quoted in a list\n\n| a | b |\n|---|---|\n| `c` | d |\n\n";
const inputs = { "sample brief x50": sample.repeat(50), "constructs x500": footnoted.repeat(500) };
const micromark = (t) => postprocess(parse({ extensions: [gfmFootnote(), gfmTable(), gfmAutolinkLiteral()] }).document().write(preprocess()(t, undefined, true)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, text] of Object.entries(inputs)) {
  const t = { heartland: [], micromark: [] };
  for (let r = 0; r < RUNS; r++) {
    let a = performance.now();
    proseOf(text);
    t.heartland.push(performance.now() - a);
    a = performance.now();
    micromark(text);
    t.micromark.push(performance.now() - a);
  }
  const h = median(t.heartland);
  const m = median(t.micromark);
  console.log(`${name} (${(text.length / 1024).toFixed(0)} KB): proseOf ${h.toFixed(1)} ms, micromark ${m.toFixed(1)} ms, ratio ${(h / m).toFixed(3)}`);
}
rmSync(dir, { recursive: true, force: true });
