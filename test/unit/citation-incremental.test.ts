/**
 * The citation checks kept block by block (issue 9: `checkCitations` with a `CitationCache` re-checks
 * only the blocks whose text, quoted lines or incoming state changed) give exactly the findings of a
 * fresh check of the whole brief, on every step of thousands of seeded random edits with one cache
 * kept across them, as the editor keeps it. The edits put in and take out what flows from one block
 * to the next: "Id." (a case's and a guideline's), short citations by volume ("552 U.S. at 51") and by
 * name, the withdrawn panel opinion and its short form, explanatory parentheticals that open in one
 * block and go on after a blank line, blank lines that split and merge blocks, block quotes, comments,
 * Rule 35 sentences and sentencing dates, and the front matter (sentencing date, document kind, date,
 * edition); the settings (edition, policy edition) change between steps, and texts come back (undo).
 */
import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { Brief } from "../../src/core/brief/brief";
import { checkCitations, type CitationCheckSettings } from "../../src/core/citations/check";
import { CitationCache, blocksAfterEdit, blocksOf } from "../../src/core/citations/cache";
import { checkBrief } from "../../src/core/pipeline";
import { BriefAnalyzer } from "../../src/core/precedent/analyze";
import { OffenseCache } from "../../src/core/precedent/facts";

import { rng } from "./rng";

const CITES = [
  "See United States v. Booker, 543 U.S. 220, 245 (2005).", "Booker, 543 U.S. 220, 215 (2004).", "Gall v. United States, 552 U.S. 38, 51 (2007).",
  "Kimbrough v. United States, 552 U.S. 85 (2007).", "552 U.S. at 51.", "543 U.S. at 250.", "543 U.S. at 100.", "Booker, 543 U.S. at 250.", "Gall, 552 U.S. at 30.",
  "Id. at 246.", "Id. at 10.", "Id.", "See id. at 12.", "United States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999).", "Banuelos-Rodriguez, 173 F.3d at 744.",
  "United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000).", "The panel opinion, 173 F.3d 741, was withdrawn.", "United States v. Leyva-Martinez, No. 8:21-cr-233 (D. Neb. Sept. 13, 2023).",
  "Koon v. United States, 518 U.S. 81, 85 (1996) (quoting Booker, 543 U.S. at 250).", "Koon, 518 U.S. at 80 (holding that § 5K2.0 departures were proper).",
  "(citing 552 U.S. at 51)", "(quoting United States v. Booker, 543 U.S. 220 (2005))", "Pepper v. United States, 562 U.S. 476 (2010).", "Irizarry v. United States, 553 U.S. 708, 700 (2008).",
  "Smith v. Jones, 543 U.S. 100 (2005).", "Doe v. Roe, 552 U.S. 60 (2007).", "Booker, 543 U.S. 220 (2005). 543 U.S. at 100.",
  "USSG §2L1.2(b)(2)(A).", "U.S.S.G. § 1B1.13(b)(6).", "§ 1B1.10(d).", "USSG §2L1.2(b)(1)(A) (2016).", "USSG §5K2.19.", "USSG §2L1.2(b)(1)(A)(ii).", "Id. § 2L1.2 comment. (n.5).",
  "Id. comment. (n.2).", "§ 4A1.3.", "USSG §5H1.6 (1995).", "the former § 5K2.19", "USSG §2D1.1(b)(18).", "18 U.S.C. § 3553(a)(6).", "8 U.S.C. § 1326(b)(2).",
];

const SENTENCES = [
  "Under Fed. R. Crim. P. 35(a), the court had seven days to correct the sentence.", "Rule 35(c) allowed 14 days.", "Rule 35 gives the court 14 days.",
  "He was sentenced on June 1, 2005.", "The sentencing hearing was held on March 3, 2012.", "At sentencing on Jan. 5, 2001, the court erred.",
  "The court imposed a sentence of 46 months.", "The district court varied downward.", "This was withdrawn later;", "The Court has since held otherwise.",
];

/** What flows from one block into the next: a parenthetical opened after a citation at a block's end, an "Id." at the next block's start. */
const FLOWS = [
  "Gall v. United States, 552 U.S. 38 (2007)\n\n(quoting Booker, 543 U.S. at 250). Id. at 10.",
  "Koon v. United States, 518 U.S. 81 (1996) (quoting Booker, 543 U.S. at 250\n\nand Gall, 552 U.S. at 51). Id. at 12.",
  "Pepper v. United States, 562 U.S. 476 (2011)\n\n  \n(citing 552 U.S. at 51) Id. at 5.",
  "Irizarry v. United States, 553 U.S. 708 (2008) (holding\n\nthat § 5K2.0 departures, Kimbrough v. United States, 552 U.S. 85 (2007), were proper). Id. at 9.",
  "\n\nId. at 7. ",
  "USSG §2L1.2(b)(2)(A)\n\nId. comment. (n.5).",
  "USSG §5K2.19\n\nId. comment. (n.2).",
  // a line of spaces is blank to the blocks but not to the checks that stop at an empty line
  "Koon v. United States, 518 U.S. 81 (1996) (holding\n   \nthat USSG §5K2.19 applies).",
  "(holding\n\nthat USSG §5K2.19 applies)",
  "The panel opinion was withdrawn.\n  \nUnited States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999).",
  "The panel opinion was withdrawn.\n\nUnited States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999).",
  "It was vacated.\n\nBanuelos-Rodriguez, 173 F.3d at 744.",
  "<!-- withdrawn -->\nUnited States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999).",
];

/** Words swapped in place: a citation's section, volume or year changed, an empty line made a line of spaces and back. */
const SWAPS: [string, string][] = [
  ["2L1.2", "5K2.19"], ["5K2.19", "2L1.2"], ["2L1.2", "1B1.13"], ["552 U.S.", "543 U.S."], ["543 U.S.", "552 U.S."], ["(2005)", "(2004)"],
  ["\n\n", "\n  \n"], ["\n  \n", "\n\n"], ["\n   \n", "\n\n"], ["withdrawn", "decided"], ["vacated", "affirmed"], ["(holding", "(and"], ["(and", "(holding"],
  ["(holding\n\n", "(holding\n  \n"], ["543 U.S. 100", "544 U.S. 100"], ["544 U.S. 100", "543 U.S. 100"], ["552 U.S. 60", "553 U.S. 60"], ["withdrawn.\n\n", "withdrawn.\n  \n"],
];

const BITS = ["\n\n", "\n", "\n   \n", "\n> ", "> ", "<!-- ", " -->", "(", ")", " (en banc)", "withdrawn", "vacated", "Id.", " ", "; ", "\n\nId. at 7. ", "\n\n(holding that ", "- ", "# "];

const FRONTS = [
  "",
  "---\ncircuit: 9\nsentencing-date: 2008-03-01\n---\n\n",
  "---\ncircuit: 9\nsentencing-date: 2012-03-01\nguidelines-manual: 2016\n---\n\n",
  "---\ndocument: compassionate-release-motion\ndate: 2024-05-01\n---\n\n",
  "---\ndocument: 2255-motion\n---\n\n",
  "---\ncircuit: 2\nsentencing-date: 2001-06-01\n---\n\n",
];

const SETTINGS: CitationCheckSettings[] = [{ edition: 2025 }, { edition: 2025, policyEdition: 2023 }, { edition: 2016, policyEdition: 2025 }, { edition: 2008 }];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function paragraph(r: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) parts.push(r() < 0.1 ? pick(r, FLOWS) : r() < 0.55 ? pick(r, CITES) : pick(r, SENTENCES));
  return parts.join(r() < 0.2 ? "\n" : " ");
}

function brief(r: () => number, paragraphs: number): string {
  let s = pick(r, FRONTS) + "# Argument\n\n";
  for (let i = 0; i < paragraphs; i++) {
    const p = paragraph(r);
    s += (r() < 0.08 ? "> " + p.replace(/\n/g, "\n> ") : r() < 0.05 ? "- " + p : p) + (r() < 0.1 ? "\n   \n" : "\n\n");
  }
  return s;
}

/** The front matter of `text` replaced by another (or taken away). */
function withFront(text: string, front: string): string {
  const m = /^---\n[\s\S]*?\n---\n\n/.exec(text);
  return front + (m ? text.slice(m[0].length) : text);
}

/** One random edit of `t`, as a writer makes them. */
function edit(r: () => number, t: string, history: string[]): string {
  const at = () => {
    const x = r();
    if (x < 0.4) {
      // at a block's end (where a paragraph is typed on) or start
      const i = t.indexOf("\n\n", Math.floor(r() * t.length));
      if (i >= 0) return r() < 0.5 ? i : i + 2;
    }
    return Math.floor(r() * (t.length + 1));
  };
  const k = r();
  if (k < 0.22) {
    const i = at();
    return t.slice(0, i) + pick(r, CITES) + t.slice(i);
  }
  if (k < 0.3) {
    const i = at();
    return t.slice(0, i) + pick(r, FLOWS) + t.slice(i);
  }
  if (k < 0.45) {
    const i = at();
    return t.slice(0, i) + pick(r, BITS) + t.slice(i);
  }
  if (k < 0.55) {
    const i = at();
    return t.slice(0, i) + " " + pick(r, SENTENCES) + t.slice(i);
  }
  if (k < 0.7) {
    // delete a few characters, or a run
    const i = at();
    return t.slice(0, i) + t.slice(i + (r() < 0.6 ? 1 + Math.floor(r() * 3) : 5 + Math.floor(r() * 80)));
  }
  if (k < 0.75) {
    // take out an "Id.", a short citation by volume, a blank line or a parenthesis
    const what = pick(r, ["Id.", "id.", "552 U.S. at 51", "543 U.S. at", "\n\n", "(", ")", "(quoting", "(citing", "(holding", "Rule 35", "sentenced", "173 F.3d 741", "Kimbrough", "> ", "withdrawn", "<!--"]);
    const from = t.indexOf(what, Math.floor(r() * t.length));
    const i = from >= 0 ? from : t.indexOf(what);
    return i < 0 ? t : t.slice(0, i) + t.slice(i + what.length);
  }
  if (k < 0.8) return withFront(t, pick(r, FRONTS));
  if (k < 0.85) {
    const [a, b] = pick(r, SWAPS);
    const from = t.indexOf(a, Math.floor(r() * t.length));
    const i = from >= 0 ? from : t.indexOf(a);
    return i < 0 ? t : t.slice(0, i) + b + t.slice(i + a.length);
  }
  if (k < 0.9) {
    // a block copied elsewhere (the same text at two places)
    const a = t.indexOf("\n\n", Math.floor(r() * t.length));
    const b = a < 0 ? -1 : t.indexOf("\n\n", a + 2);
    const i = at();
    return b < 0 ? t : t.slice(0, i) + t.slice(a, b) + t.slice(i);
  }
  if (k < 0.94 && history.length > 3) return history[history.length - 1 - Math.floor(r() * 3)]; // undone
  if (k < 0.97) {
    // a character typed at the end of a paragraph
    const i = t.indexOf("\n\n", Math.floor(r() * t.length));
    return i < 0 ? t + "y" : t.slice(0, i) + "y" + t.slice(i);
  }
  return t.replace(/\n\n/, "\n\n" + paragraph(r) + "\n\n");
}

describe("citation checks kept per block (issue 9) = a fresh check of the whole brief", function () {
  this.timeout(300_000);

  it("checkCitations, through thousands of seeded random edits with one cache", () => {
    let steps = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = rng(seed);
      let t = brief(r, 30 + seed * 5);
      const cache = new CitationCache();
      const history: string[] = [];
      let settings = SETTINGS[0];
      for (let step = 0; step < 600; step++) {
        if (r() < 0.05) settings = pick(r, SETTINGS);
        const map = proseOf(t);
        const kept = checkCitations(t, settings, map, cache);
        const fresh = checkCitations(t, settings, map);
        if (JSON.stringify(kept) !== JSON.stringify(fresh)) assert.deepEqual(kept, fresh, `seed ${seed}, step ${step} (${JSON.stringify(settings)})`);
        steps++;
        history.push(t);
        if (history.length > 8) history.shift();
        t = edit(r, t, history);
      }
    }
    assert.equal(steps, 3600);
  });

  it("checkBrief with the document's caches (Brief.after, as the editor reads), through seeded edits", () => {
    for (const seed of [11, 12]) {
      const r = rng(seed);
      let t = brief(r, 40);
      const caches = { analyzer: new BriefAnalyzer(), citations: new CitationCache(), offense: new OffenseCache() };
      let prev = new Brief(t);
      const history: string[] = [];
      for (let step = 0; step < 300; step++) {
        const b = step === 0 ? prev : Brief.after(prev, t);
        prev = b;
        const user = { circuit: "9" as const, manual: step % 50 < 25 ? 2025 : 2016 };
        const kept = checkBrief(b, user, undefined, caches);
        const fresh = checkBrief(new Brief(t), user);
        assert.deepEqual(kept.citations, fresh.citations, `seed ${seed}, step ${step}: citations`);
        assert.deepEqual(kept.findings, fresh.findings, `seed ${seed}, step ${step}: findings`);
        history.push(t);
        if (history.length > 8) history.shift();
        t = edit(r, t, history);
      }
    }
  });

  it("an empty line before a block made a line of spaces (the blocks stay, the checks read on past it)", () => {
    for (const [a, b] of [
      ["Koon v. United States, 518 U.S. 81 (1996) (holding\n\nthat USSG §5K2.19 applies).", "Koon v. United States, 518 U.S. 81 (1996) (holding\n  \nthat USSG §5K2.19 applies)."],
      ["The panel opinion was withdrawn.\n\nUnited States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999).", "The panel opinion was withdrawn.\n \nUnited States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999)."],
    ]) {
      const cache = new CitationCache();
      for (const t of ["Intro.\n\n" + a + "\n\nEnd.\n", "Intro.\n\n" + b + "\n\nEnd.\n", "Intro.\n\n" + a + "\n\nEnd.\n"]) {
        const fresh = checkCitations(t, { edition: 2025 }, proseOf(t));
        assert.deepEqual(checkCitations(t, { edition: 2025 }, proseOf(t), cache), fresh, JSON.stringify(t));
      }
      // the two texts are checked differently: the pair tests something
      const [x, y] = [a, b].map((s) => JSON.stringify(checkCitations(s, { edition: 2025 })));
      assert.notEqual(x, y);
    }
  });

  it("the blocks made from the last run's by the edit = the blocks read afresh", () => {
    const LINES = ["\n", "\n\n", " \n", "\n  \n", "\t", " ", "x", "Id. at 5.", "\r\n", "\n\n\n", "word "];
    for (const seed of [21, 22, 23]) {
      const r = rng(seed);
      let t = brief(r, 25);
      let blocks = blocksOf(t);
      for (let step = 0; step < 1500; step++) {
        const i = r() < 0.1 ? (r() < 0.5 ? 0 : t.length) : Math.floor(r() * (t.length + 1));
        const k = r();
        const next = k < 0.45 ? t.slice(0, i) + pick(r, LINES) + t.slice(i) : k < 0.85 ? t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * (r() < 0.8 ? 3 : 200))) : k < 0.95 ? edit(r, t, []) : t;
        blocks = blocksAfterEdit(t, blocks, next);
        const fresh = blocksOf(next);
        if (JSON.stringify(blocks) !== JSON.stringify(fresh)) assert.deepEqual(blocks, fresh, `seed ${seed}, step ${step}`);
        t = next;
      }
    }
  });

  it("keeps the blocks the edit did not reach (a keystroke re-checks its block)", () => {
    const r = rng(7);
    let t = brief(r, 60);
    const cache = new CitationCache();
    checkCitations(t, { edition: 2025 }, proseOf(t), cache);
    const before = new Map(cache.checked);
    const i = t.indexOf("\n\n", t.length >> 1);
    t = t.slice(0, i) + "y" + t.slice(i);
    const found = checkCitations(t, { edition: 2025 }, proseOf(t), cache);
    assert.deepEqual(found, checkCitations(t, { edition: 2025 }, proseOf(t)));
    let same = 0;
    for (const [k, v] of cache.checked) if (before.get(k) === v) same++;
    assert.ok(same >= before.size - 5, `${same} of ${before.size} blocks kept`);
  });
});
