#!/usr/bin/env node
// Speed: `heartland check` on a ~1 MB brief vs markdownlint-cli2 on the same file vs a bare
// Node process that only reads it. Median of RUNS wall-clock runs each, in one temp dir.
// Target: heartland ≤ 0.15 × markdownlint. Usage: npm run build && node bench/speed.mjs [RUNS]
import { writeFileSync, mkdtempSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { uniqueBrief } from "./brief.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.argv[2] ?? 5);
// --unique: a brief of unique text (every paragraph a different real passage from bench/corpus and the
// written probes), as briefs are; without it, the repeated-paragraph brief (which the paragraph cache favours).
const UNIQUE = process.argv.includes("--unique");
// --compare OTHER/dist/cli.js: another build of heartland timed in the same runs, on the same brief.
const COMPARE = process.argv.includes("--compare") ? process.argv[process.argv.indexOf("--compare") + 1] : undefined;
// --stages: also time the pipeline's stages (bench/stages.ts, bundled here) in RUNS fresh processes on the same brief.
const STAGES = process.argv.includes("--stages");
// --keep PATH: also write the generated brief to PATH (to compare a build's findings on it before and after a change).
const KEEP = process.argv.includes("--keep") ? process.argv[process.argv.indexOf("--keep") + 1] : undefined;
const mdlPkg = join(root, "node_modules", "markdownlint-cli2", "package.json");
const mdlBin = join(dirname(mdlPkg), JSON.parse(readFileSync(mdlPkg, "utf8")).bin["markdownlint-cli2"]);

const PARAGRAPHS = [
  "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him. See United States v. Rodríguez, 527 F.3d 221, 229 (1st Cir. 2008).",
  "The Presentence Report calculates a base offense level of 8 under U.S.S.G. § 2L1.2(a), adds 8 levels under § 2L1.2(b)(2)(B), and subtracts 3 levels for acceptance of responsibility under § 3E1.1, for a total offense level of 13. With a criminal history category of IV, the advisory range is 24 to 30 months.",
  "Mr. Ruiz was born in Michoacán in 1984. He came to the United States with his mother when he was six years old, attended public schools in Fresno, and worked in construction for most of his adult life. His three children are United States citizens.",
  "> A district court may not depart downward on the ground that the defendant would have received a lower sentence under a fast-track program in another district. United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).",
  "The Court should depart downward because the sixteen-level enhancement overstates the seriousness of Mr. Ruiz's 2003 conviction, which involved less than a gram of cocaine and resulted in a sentence of ninety days.",
  "Under 18 U.S.C. § 3553(a), the Court must impose a sentence sufficient, but not greater than necessary, to comply with the purposes of sentencing. The Court must consider the nature and circumstances of the offense and the history and characteristics of the defendant, among other factors.",
  "- Letters of support from his employer, his pastor and his children (Exhibits A–C).\n- Certificates from the parenting and GED classes he completed at the county jail (Exhibit D).\n- Medical records of his mother's stroke (Exhibit E).",
  "```\nTotal offense level 13, CHC IV: 24–30 months\n```",
  "Mr. Ruiz returned to the United States in 2019 because his mother had suffered a stroke and there was no one else to care for her, and he asks the Court to take that motive into account under § 3553(a)(1).",
  "<!-- heartland-disable-next-line deportable-alien-status -->\nAs a deportable alien, Mr. Ruiz will serve his sentence under harsher conditions, without access to a halfway house, and he asks for a modest variance on that basis.",
  "The government has not objected to the calculation, and the parties agree that Mr. Ruiz is eligible for the two-level reduction for acceptance of responsibility. Id. at 4. The probation officer recommends a sentence at the low end of the range.",
];
// the repeated-paragraph brief (a cache benchmark), or the brief of unique text (bench/brief.mjs)
let brief, i;
if (UNIQUE) ({ text: brief, paragraphs: i } = uniqueBrief(1_000_000));
else {
  brief = "---\ncircuit: 9\nguidelines-manual: 2025\n---\n\n# Sentencing Memorandum\n\n";
  for (i = 0; brief.length < 1_000_000; i++) {
    if (i % 40 === 0) brief += `## Part ${i / 40 + 1}\n\n`;
    brief += PARAGRAPHS[i % PARAGRAPHS.length] + "\n\n";
  }
}
const dir = mkdtempSync(join(tmpdir(), "heartland-speed-"));
const file = join(dir, "brief.md");
writeFileSync(file, brief);
if (KEEP) writeFileSync(KEEP, brief);
writeFileSync(join(dir, ".markdownlint-cli2.jsonc"), "{}\n");

function once(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: r.status, out: r.stdout };
}

// Interleaved runs (bare, heartland, markdownlint, bare, …) so load on a shared machine hits all three alike.
const commands = {
  bare: [process.execPath, ["-e", `require("fs").readFileSync(${JSON.stringify(file)}, "utf8")`]],
  heartland: [process.execPath, [join(root, "dist", "cli.js"), "check", file, "--format", "json"]],
  mdl: [process.execPath, [mdlBin, file]],
  ...(COMPARE ? { compare: [process.execPath, [COMPARE, "check", file, "--format", "json"]] } : {}),
};
const runs = { bare: [], heartland: [], mdl: [], compare: [] };
for (let r = 0; r < RUNS; r++) for (const [k, [cmd, args]] of Object.entries(commands)) runs[k].push(once(cmd, args));
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
};
const bare = median(runs.bare);
const heartland = median(runs.heartland);
const mdl = median(runs.mdl);
const compare = COMPARE ? median(runs.compare) : undefined;
// Per-stage timing: bench/stages.ts bundled from the sources (so build dist/ from the same tree), run RUNS times.
let stageRows;
if (STAGES) {
  const { buildSync } = await import("esbuild");
  const bundle = join(dir, "stages.js");
  buildSync({ entryPoints: [join(root, "bench", "stages.ts")], bundle: true, platform: "node", format: "cjs", target: "node18", outfile: bundle, logLevel: "warning" });
  const results = [];
  for (let r = 0; r < RUNS; r++) {
    const res = spawnSync(process.execPath, [bundle, file], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (res.status !== 0) throw new Error(`bench/stages.ts failed: ${res.stderr}`);
    results.push(JSON.parse(res.stdout));
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  stageRows = Object.keys(results[0].ms).map((k) => ({ stage: k, wall: med(results.map((x) => x.ms[k])), cpu: med(results.map((x) => x.cpu[k])) }));
}
rmSync(dir, { recursive: true, force: true });
let findings = 0;
try { findings = JSON.parse(heartland.out).files[0].findings.length; } catch { /* reported below */ }
const kb = (brief.length / 1024).toFixed(0);
console.log(`brief: ${kb} KB, ${i} paragraphs; median of ${RUNS} runs`);
console.log(`bare node (read only):  ${bare.ms.toFixed(0).padStart(6)} ms  (${(bare.ms / mdl.ms).toFixed(3)} × markdownlint)`);
console.log(`heartland check:        ${heartland.ms.toFixed(0).padStart(6)} ms  (${(heartland.ms / mdl.ms).toFixed(3)} × markdownlint; exit ${heartland.status}, ${findings} findings)`);
console.log(`markdownlint-cli2:      ${mdl.ms.toFixed(0).padStart(6)} ms  (exit ${mdl.status})`);
if (compare) console.log(`compared build:         ${compare.ms.toFixed(0).padStart(6)} ms  (${(compare.ms / mdl.ms).toFixed(3)} × markdownlint; ${COMPARE})`);
console.log(`ratio heartland / markdownlint = ${(heartland.ms / mdl.ms).toFixed(3)} (target ≤ 0.15)`);
if (stageRows) {
  console.log(`\nstages (bench/stages.ts: each once per fresh process, in pipeline order; median of ${RUNS} processes)`);
  console.log("stage                  wall ms   CPU ms");
  for (const r of stageRows) console.log(`${r.stage.padEnd(20)} ${r.wall.toFixed(0).padStart(9)} ${r.cpu.toFixed(0).padStart(8)}`);
  console.log("(CPU counts the optimiser's and GC's threads too. \"citation checks\" recognises citations and splits sentences again itself;");
  console.log(" \"argument analysis\" splits its paragraphs into sentences itself; not counted: Node start-up and loading the bundle)");
}
