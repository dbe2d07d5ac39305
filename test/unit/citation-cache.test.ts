/**
 * The citation checks' cache (issue 9: a keystroke re-reads one block of text) gives exactly the
 * findings of the whole-brief check, on every Markdown file of the repo and on a brief of unique real passages,
 * through a run of edits with one cache kept across them, as the editor keeps it.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { proseOf } from "../../src/core/brief/prose";
import { checkCitations } from "../../src/core/citations/check";
import { CitationCache } from "../../src/core/citations/cache";

const root = path.join(__dirname, "..", "..", "..");

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(p));
    else if (e.name.endsWith(".md")) out.push(p);
  }
  return out;
}

/** Unique real passages from the corpus, with citations of every kind between them. */
function uniqueBrief(): string {
  const rows = fs.readFileSync(path.join(root, "bench", "corpus", "dev.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text as string);
  const cites = [
    "See United States v. Booker, 543 U.S. 220, 245 (2005).", "Id. at 246.", "USSG §2L1.2(b)(2)(A) (2016).", "Id. comment. (n.2).",
    "18 U.S.C. § 3553(a)(6).", "Fed. R. Crim. P. 35(a) allows seven days.", "Booker, 543 U.S. at 250.", "United States v. Smith, No. 19-cr-0042 (9th Cir. Jan. 3, 2020).",
    "Gall v. United States, 552 U.S. 38, 51\n(2007).", "§ 5K2.0; see also Kimbrough v. United States, 552 U.S. 85 (2007) (en banc).",
    // subsequent history, a nominative report and a public-domain citation (read since cite14c)
    "United States v. Rivas-Gonzalez, 365 F.3d 806 (9th Cir.), amended, 384 F.3d 1034 (9th Cir. 2004).", "Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803).",
    "State v. Smith, 2019 ND 49, ¶ 12, 923 N.W.2d 507.", "Jones v. Smith, 123 F.3d 456 (2d Cir. 1997), cert. denied, 522 U.S. 1000 (1998).",
  ];
  let s = "---\ncircuit: 9\nsentencing-date: 2008-03-01\n---\n\n# Memorandum\n\n";
  rows.slice(0, 200).forEach((t, i) => {
    s += t + " " + cites[i % cites.length] + (i % 7 === 0 ? "\n   \n" : "\n\n");
    if (i % 13 === 0) s += "> Id. at 12. A quoted holding, 173 F.3d 741.\n\n";
    if (i % 17 === 0) s += "Id. at 3. " + cites[(i + 3) % cites.length] + "\n\n";
  });
  return s;
}

/** Edits as a writer makes them: a character typed, a paragraph split or joined, an "Id." or a citation put at a block's start, lines removed. */
function edits(text: string): string[] {
  const out: string[] = [];
  let t = text;
  const at = (k: number, n: number) => {
    const i = t.indexOf("\n\n", Math.floor((t.length * k) / n));
    return i < 0 ? Math.floor(t.length / 2) : i;
  };
  const steps: ((k: number) => string)[] = [
    (k) => { const i = at(k, 23); return t.slice(0, i) + "x" + t.slice(i); },
    (k) => { const i = at(k, 23); return t.slice(0, i) + "\n\nId. at 7." + t.slice(i); },
    (k) => { const i = at(k, 23); return t.slice(0, i) + t.slice(i + 2); },
    (k) => { const i = at(k, 23); return t.slice(0, i + 2) + "See 543 U.S. 220, 245 (2005). Id. " + t.slice(i + 2); },
    (k) => { const i = Math.floor((t.length * k) / 23); return t.slice(0, i) + "\n\n" + t.slice(i); },
    (k) => { const i = Math.floor((t.length * k) / 23); return t.slice(0, i) + t.slice(i + 40); },
    (k) => { const i = at(k, 23); return t.slice(0, i) + " United States v. Booker,\n\n543 U.S. 220 (2005)" + t.slice(i); },
    // a comment opened and later closed: the masked prose changes far from the text's edit, and the text inside a comment changes while its prose does not
    (k) => { const i = at(k, 23); return t.slice(0, i) + "\n\n<!-- a note on 543 U.S. 220" + t.slice(i); },
    () => { const i = t.indexOf("<!-- a note"); return i < 0 ? t : t.slice(0, i + 12) + " 552 U.S. 38 x" + t.slice(i + 12); },
    () => { const i = t.indexOf("<!-- a note"); const j = i < 0 ? -1 : t.indexOf("\n\n", i + 400); return j < 0 ? t : t.slice(0, j) + " -->" + t.slice(j); },
  ];
  for (let k = 1; k < 31; k++) {
    t = steps[k % steps.length](k);
    out.push(t);
  }
  return out;
}

function same(text: string, cache: CitationCache, label: string): void {
  const map = proseOf(text);
  for (const edition of [2025, 2008]) {
    assert.deepEqual(checkCitations(text, { edition }, map, cache), checkCitations(text, { edition }, map), `${label}: findings (${edition})`);
  }
}

describe("citation checks' cache (issue 9) = the whole-brief readers", function () {
  this.timeout(120_000);

  it("every Markdown file of the repo, then a run of edits to each", () => {
    const files = [...markdownFiles(path.join(root, "test", "fixtures")), ...markdownFiles(path.join(root, "examples")), ...markdownFiles(path.join(root, "docs")), path.join(root, "README.md")];
    assert.ok(files.length > 20);
    for (const f of files) {
      const text = fs.readFileSync(f, "utf8");
      const cache = new CitationCache();
      same(text, cache, path.relative(root, f));
      same(text, cache, path.relative(root, f) + " (again, from the cache)");
      for (const [i, t] of edits(text).entries()) same(t, cache, `${path.relative(root, f)} edit ${i}`);
    }
  });

  it("a brief of unique real passages, through a run of edits with one cache", () => {
    const text = uniqueBrief();
    const cache = new CitationCache();
    same(text, cache, "unique brief");
    for (const [i, t] of edits(text).entries()) same(t, cache, `unique brief edit ${i}`);
  });

  it("a cache full to its bound starts again and stays exact", () => {
    const text = uniqueBrief();
    const cache = new CitationCache(50);
    same(text, cache, "small cache");
    for (const [i, t] of edits(text).slice(0, 5).entries()) same(t, cache, `small cache edit ${i}`);
  });
});
