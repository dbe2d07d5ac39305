// A brief of unique text for the benches: every paragraph a different real passage (bench/corpus and
// the written probes), past the end of the passages each again behind a different case number (still a
// different paragraph), a heading every 40 paragraphs. Briefs do not repeat themselves; the analyzer's
// paragraph cache must not be what a bench measures.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = ["bench/corpus/train.jsonl", "bench/corpus/dev.jsonl", "bench/corpus/test.jsonl", "bench/heldout.jsonl", "bench/blind-z.jsonl"];

/** `{ text, paragraphs }`: a brief of at least `bytes` characters of unique paragraphs. */
export function uniqueBrief(bytes) {
  const texts = SOURCES.flatMap((f) => readFileSync(join(root, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text));
  let brief = "---\ncircuit: 9\nguidelines-manual: 2025\n---\n\n# Sentencing Memorandum\n\n";
  let i = 0;
  while (brief.length < bytes) {
    if (i % 40 === 0) brief += `## Part ${i / 40 + 1}\n\n`;
    brief += (i < texts.length ? "" : `In No. ${1000 + i}-cr-${i % 997}, `) + texts[i % texts.length] + "\n\n";
    i++;
  }
  return { text: brief, paragraphs: i };
}
