#!/usr/bin/env node
// Editor bench: in the real editor (the real-editor harness, test/editor/run.mjs: code-server + Chromium),
// on a brief of unique text (default 250 KB, about 100 pages): activation, time from opening to the first
// diagnostics, keystroke → updated diagnostics (median and p90 of 15 keystrokes, debounce included), and
// the core work per keystroke (analysis with a warm paragraph cache; citation checks). Reported, not
// asserted: the suite file is test/editor/suite/keystroke.bench.ts, loaded only in a bench run.
//
//   npm run build && node bench/editor.mjs [KB] [RUNS]
import { writeFileSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { uniqueBrief } from "./brief.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const KB = Number(process.argv[2] ?? 250);
const RUNS = Number(process.argv[3] ?? 3);
const name = ".bench-keystroke.md";
const file = join(root, "test", "fixtures", name);
const { text, paragraphs } = uniqueBrief(KB * 1024);
writeFileSync(file, text);
const results = {};
try {
  for (let r = 0; r < RUNS; r++) {
    const out = spawnSync(process.execPath, [join(root, "test", "editor", "run.mjs"), "--no-build", "--timeout", "400"], { cwd: root, encoding: "utf8", env: { ...process.env, HEARTLAND_BENCH: name }, maxBuffer: 1 << 26 });
    const lines = out.stdout.split("\n").filter((l) => l.includes("bench: "));
    if (out.status !== 0 || !lines.length) {
      console.error(out.stdout.split("\n").slice(-30).join("\n"), out.stderr);
      process.exit(1);
    }
    for (const l of lines) {
      const [k, v] = l.slice(l.indexOf("bench: ") + 7).split(" ");
      (results[k] ??= []).push(v);
    }
  }
} finally {
  rmSync(file, { force: true });
}
const med = (vs) => {
  const ns = vs.map(Number).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return ns.length ? ns[Math.floor(ns.length / 2)] : vs[0];
};
console.log(`brief: ${(text.length / 1024).toFixed(0)} KB of unique text, ${paragraphs} paragraphs; ${RUNS} editor runs (median of the runs' figures)`);
for (const [k, vs] of Object.entries(results)) console.log(`${k.padEnd(48)} ${String(med(vs)).padStart(8)}   (runs: ${vs.join(", ")})`);
