/**
 * The part of a large brief the editor shows first (`checkBriefPart`, issue 9): its findings are the full run's
 * for the paragraphs that reach into the part — none that the full run lacks, none it has inside the part left
 * out (a heading's finding only where its whole section is in the part) — and reading the part first leaves the
 * document's caches giving the same full run as a fresh one.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief, checkBriefPart, type BriefCaches } from "../../src/core/pipeline";
import { BriefAnalyzer } from "../../src/core/precedent/analyze";
import { CitationCache } from "../../src/core/citations/cache";
import { OffenseCache } from "../../src/core/precedent/facts";
import { headingsOf } from "../../src/core/precedent/context";
import type { Finding } from "../../src/core/precedent/types";

const rows: string[] = fs
  .readFileSync(path.join(__dirname, "..", "..", "..", "bench", "corpus", "dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

const MOTION = "---\ncircuit: 5\ndocument: compassionate-release-motion\n---\n\n# Motion for Compassionate Release Under 18 U.S.C. § 3582(c)(1)(A)\n\n## Extraordinary and Compelling Reasons\n\n";
const MOTHER = "### Her mother's illness\n\nMs. Delgado's mother suffers from advanced dementia and can no longer bathe, dress or feed herself. Ms. Delgado's only sibling died in 2022, and no one else can care for her mother. Ms. Delgado is the only available caregiver.\n\n";
const REHAB = "### Rehabilitation\n\nIn eight years of custody Ms. Delgado has completed her GED, more than forty programs and the Residential Drug Abuse Program, and has worked as a tutor. She has had no disciplinary incidents.\n\n";
const ALONE = "## II. The Court Should Vary Downward Because Other Districts Offer Fast-Track Pleas\n\n";

/** A brief of real passages under headings, some of which name the argument of the section below them. */
function briefOf(seed: number, paragraphs: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  let text = seed % 2 ? MOTION : "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\n";
  for (let i = 0; i < paragraphs; i++) {
    const r = next();
    if (r < 0.05) text += MOTHER;
    else if (r < 0.1) text += REHAB;
    else if (r < 0.13) text += ALONE;
    else if (r < 0.18) text += `## Part ${i}\n\n`;
    text += rows[Math.floor(next() * rows.length)] + "\n\n";
  }
  return text;
}

const fresh = (): BriefCaches => ({ analyzer: new BriefAnalyzer(), citations: new CitationCache(), offense: new OffenseCache() });
const key = (f: Finding) => JSON.stringify(f);

/** Is `part` a sub-list of `full` (same findings, same order)? */
function subList(part: Finding[], full: Finding[]): boolean {
  let j = 0;
  for (const f of part) {
    while (j < full.length && key(full[j]) !== key(f)) j++;
    if (j++ >= full.length) return false;
  }
  return true;
}

/**
 * The findings of `full` inside [from, until) the part must show: all but those on a heading line whose section reaches
 * past `until`, and the notes under a heading that begins before `from` (a note is said once per section: its first may lie above).
 */
function required(full: Finding[], text: string, from: number, until: number): Finding[] {
  const prose = new Brief(text).map.prose;
  const hs = headingsOf(prose);
  return full.filter((f) => {
    if (f.start < from || f.end > until) return false;
    if (f.severity !== "warning") {
      let nearest = -1;
      for (const h of hs) if (h.start <= f.start) nearest = h.start;
      if (nearest !== -1 && nearest < from) return false;
    }
    for (let i = 0; i < hs.length; i++) {
      const lineEnd = prose.indexOf("\n", hs[i].start);
      if (f.start < hs[i].start || f.start >= (lineEnd < 0 ? prose.length : lineEnd)) continue;
      let end = prose.length;
      for (let j = i + 1; j < hs.length; j++) if (hs[j].level <= hs[i].level) { end = hs[j].start; break; }
      if (end > until) return false;
    }
    return true;
  });
}

function checkPart(text: string, from: number, until: number): void {
  const full = checkBrief(new Brief(text), { circuit: null, manual: "latest" }, undefined, fresh());
  const caches = fresh();
  const part = checkBriefPart(new Brief(text), { circuit: null, manual: "latest" }, undefined, caches, { from, until });
  assert.ok(subList(part, full.findings), `part [${from}, ${until}) shows a finding the full run lacks`);
  const missing = required(full.findings, text, from, until).filter((f) => !part.some((g) => key(g) === key(f)));
  assert.deepEqual(missing, [], `part [${from}, ${until}) leaves out findings of the full run`);
  // the full run after the part, with the same caches, is the fresh full run
  const after = checkBrief(new Brief(text), { circuit: null, manual: "latest" }, undefined, caches);
  assert.deepEqual(after.findings.map(key), full.findings.map(key));
  assert.deepEqual(after.citations.map((c) => JSON.stringify(c)), full.citations.map((c) => JSON.stringify(c)));
}

describe("the first part of a large brief (issue 9): the full run's findings there, then the same full run", () => {
  it("a heading whose section the part cuts keeps no finding the full run drops; one whose section is in the part does", () => {
    const text = MOTION + MOTHER + REHAB;
    const cut = text.indexOf("Ms. Delgado's mother");
    checkPart(text, 0, cut);
    checkPart(text, 0, text.indexOf("### Rehabilitation"));
    checkPart(text, cut, text.length);
    // the full run finds the paragraph's ground and drops the heading's; the part up to the paragraph shows neither
    const part = checkBriefPart(new Brief(text), { circuit: null, manual: "latest" }, undefined, fresh(), { from: 0, until: cut });
    assert.deepEqual(part.map((f) => f.rule), []);
    const alone = "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\n" + ALONE + "Mr. Ruiz was born in 1980 and came to the United States as a child.\n";
    assert.deepEqual(checkBriefPart(new Brief(alone), { circuit: null, manual: "latest" }, undefined, fresh(), { from: 0, until: alone.length }).map((f) => f.rule), ["fast-track-disparity"]);
  });

  it("seeded briefs of real passages, parts anywhere", function () {
    this.timeout(120_000);
    for (let seed = 1; seed <= 6; seed++) {
      const text = briefOf(seed, 60);
      let s = seed * 7919;
      const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let k = 0; k < 4; k++) {
        const a = Math.floor(next() * text.length);
        const b = Math.floor(next() * text.length);
        checkPart(text, k === 0 ? 0 : Math.min(a, b), Math.max(a, b) + 1);
      }
    }
  });
});
