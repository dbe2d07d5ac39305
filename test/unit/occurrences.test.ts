/**
 * FirstOccurrences (issue 9): a name's first place in a brief, kept across edits, equals
 * `text.indexOf(name)` after every edit — names present, absent, made and broken by the edits.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FirstOccurrences } from "../../src/core/brief/occurrences";

const root = join(__dirname, "..", "..", "..");
const sample = readFileSync(join(root, "examples", "sample-brief.md"), "utf8");

describe("FirstOccurrences = text.indexOf through seeded edits", () => {
  it("3,000 edits (inserts, deletions, names typed and broken) in 5 runs: every name's first place, after every edit", () => {
    const names = ["United States v. Vargas", "Vargas", "United States v. Ruiz-Hernandez", "Pepper", "fast-track", "§ 3553(a)", "Nowhere v. Noone", "the"];
    const pieces = ["Vargas", "United States v. ", "Pepper ", "fast-", "track", "x", "\n\n", " ", "Nowhere v. Noone", "Kimbrough"];
    let checked = 0;
    const moved = new Set<string>();
    for (const start of [3, 17, 29, 61, 83]) {
      let seed = start;
      const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
      const occ = new FirstOccurrences();
      let text = sample;
      for (let k = 0; k < 600; k++) {
        // edits near a name's first place (where they move it) and anywhere else
        const name = names[rnd(names.length)];
        const first = text.indexOf(name);
        const at = first >= 0 && rnd(2) ? Math.max(0, Math.min(text.length, first + rnd(name.length + 12) - 6)) : rnd(text.length + 1);
        const r = rnd(8);
        if (r < 3) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rnd(12)));
        else if (r < 6) text = text.slice(0, at) + pieces[rnd(pieces.length)] + text.slice(at);
        else {
          // a name typed but for its first or last character, then completed: the name made by a one-character edit at its edge
          const cut = rnd(2) ? name.slice(1) : name.slice(0, -1);
          const made = text.slice(0, at) + cut + text.slice(at);
          assert.equal(occ.indexOf(made, name), made.indexOf(name), `run ${start}, edit ${k}: ${name}, one character short`);
          text = cut === name.slice(1) ? made.slice(0, at) + name[0] + made.slice(at) : made.slice(0, at + cut.length) + name[name.length - 1] + made.slice(at + cut.length);
        }
        for (const n of names) {
          const want = text.indexOf(n);
          const got = occ.indexOf(text, n);
          assert.equal(got, want, `run ${start}, edit ${k}: ${n}`);
          if (k > 0) moved.add(`${n}:${want === -1 ? "none" : "found"}`);
          checked++;
        }
      }
    }
    assert.equal(checked, 5 * 600 * 8);
    // the runs saw each name both present and absent
    for (const n of names.filter((x) => x !== "the")) assert.ok(moved.has(`${n}:none`) && moved.has(`${n}:found`), n);
  });
});
