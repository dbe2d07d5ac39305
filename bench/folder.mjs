#!/usr/bin/env node
// Folder bench (issue 9): `heartland check DIR` on COUNT briefs of ~KB each of unique text, in one
// process, beside markdownlint-cli2 on the same files; median of RUNS interleaved runs.
//
//   npm run build && node bench/folder.mjs [RUNS] [COUNT] [KB] [--compare OTHER/dist/cli.js]
// (--compare: another build timed in the same interleaved runs; its JSON output must be the same.)
import { writeFileSync, mkdtempSync, mkdirSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { uniqueBrief } from "./brief.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.argv[2] ?? 5);
const COUNT = Number(process.argv[3] ?? 200);
const KB = Number(process.argv[4] ?? 50);
const COMPARE = process.argv.includes("--compare") ? process.argv[process.argv.indexOf("--compare") + 1] : undefined;
const mdlPkg = join(root, "node_modules", "markdownlint-cli2", "package.json");
const mdlBin = join(dirname(mdlPkg), JSON.parse(readFileSync(mdlPkg, "utf8")).bin["markdownlint-cli2"]);

// one long text of unique paragraphs, dealt out to the briefs in turn (no paragraph appears twice)
const body = uniqueBrief(COUNT * KB * 1024).text.split("\n\n").slice(2).filter((p) => p.trim() && !p.startsWith("## "));
const dir = mkdtempSync(join(tmpdir(), "heartland-folder-"));
mkdirSync(join(dir, "briefs"));
let bytes = 0;
for (let b = 0, next = 0; b < COUNT; b++) {
  let t = `---\ncircuit: ${(b % 11) + 1}\nguidelines-manual: 2025\n---\n\n# Sentencing Memorandum ${b + 1}\n\n`;
  while (t.length < KB * 1024 && next < body.length) t += body[next++] + "\n\n";
  writeFileSync(join(dir, "briefs", `brief-${String(b + 1).padStart(3, "0")}.md`), t);
  bytes += t.length;
}
writeFileSync(join(dir, ".markdownlint-cli2.jsonc"), "{}\n");

const once = (cmd, args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: r.status, out: r.stdout };
};
const commands = {
  heartland: [process.execPath, [join(root, "dist", "cli.js"), "check", "briefs", "--format", "json"]],
  mdl: [process.execPath, [mdlBin, "briefs/*.md"]],
  ...(COMPARE ? { compare: [process.execPath, [COMPARE, "check", "briefs", "--format", "json"]] } : {}),
};
const runs = { heartland: [], mdl: [], compare: [] };
for (let r = 0; r < RUNS; r++) for (const [k, [cmd, args]] of Object.entries(commands)) runs[k].push(once(cmd, args));
rmSync(dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)];
const h = median(runs.heartland), m = median(runs.mdl);
let files = 0, findings = 0;
try {
  const j = JSON.parse(h.out);
  files = j.files.length;
  findings = j.files.reduce((a, f) => a + f.findings.length, 0);
} catch { /* reported as 0 */ }
console.log(`${COUNT} briefs, ${(bytes / 1024 / 1024).toFixed(1)} MB of unique text; median of ${RUNS} runs`);
console.log(`heartland check (one process): ${h.ms.toFixed(0).padStart(6)} ms  (${files} files, ${findings} findings, exit ${h.status})`);
console.log(`markdownlint-cli2:             ${m.ms.toFixed(0).padStart(6)} ms  (exit ${m.status})`);
if (COMPARE) {
  const c = median(runs.compare);
  console.log(`compared build:                ${c.ms.toFixed(0).padStart(6)} ms  (${(c.ms / m.ms).toFixed(3)} × markdownlint; ${COMPARE}; same findings: ${c.out === h.out})`);
}
console.log(`ratio heartland / markdownlint = ${(h.ms / m.ms).toFixed(3)}`);
