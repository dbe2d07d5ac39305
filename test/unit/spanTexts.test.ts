/**
 * SpanTexts (issue 9): the key of a span is always its text (or the key made from it), and is the
 * string read last run only where the edit did not touch the span — through seeded edits of the
 * sample brief, with a second, masked string beside the text.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SpanTexts } from "../../src/core/brief/spanTexts";
import { paragraphsOf } from "../../src/core/brief/sentences";

const root = join(__dirname, "..", "..", "..");
const sample = readFileSync(join(root, "examples", "sample-brief.md"), "utf8");

/** The same text with every character between "(" and ")" masked to a space (a stand-in for the prose map). */
function masked(text: string): string {
  let depth = 0;
  let out = "";
  for (const c of text) {
    if (c === "(") depth++;
    out += depth > 0 && c !== "\n" ? " " : c;
    if (c === ")" && depth > 0) depth--;
  }
  return out;
}

describe("SpanTexts: a span's key is its text, kept from the last run only where the edit did not touch it", () => {
  it("3,000 seeded edits in 5 runs: every paragraph's key equals its text; untouched paragraphs reuse last run's string", () => {
    const pieces = ["x", "\n\n", " ", "(", ")", "Vargas ", "\n", ""];
    let checked = 0;
    let reused = 0;
    let fresh = 0;
    for (const start of [5, 19, 31, 67, 89]) {
      let seed = start;
      const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
      const plain = new SpanTexts();
      const both = new SpanTexts();
      let text = sample;
      for (let k = 0; k < 600; k++) {
        const at = rnd(text.length + 1);
        const r = rnd(3);
        if (r === 0) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rnd(40)));
        else if (r === 1) text = text.slice(0, at) + pieces[rnd(pieces.length)] + text.slice(at);
        // r === 2: the same text again (a run with nothing changed)
        const prose = masked(text);
        plain.begin(text);
        both.begin(prose, text);
        for (const p of paragraphsOf(text)) {
          const key = plain.text(p.start, p.end);
          assert.equal(key, text.slice(p.start, p.end), `run ${start}, edit ${k}: paragraph at ${p.start}`);
          let made = false;
          const pair = both.text(p.start, p.end, () => {
            made = true;
            return prose.slice(p.start, p.end) + "|" + text.slice(p.start, p.end);
          });
          assert.equal(pair, prose.slice(p.start, p.end) + "|" + text.slice(p.start, p.end), `run ${start}, edit ${k}: pair at ${p.start}`);
          if (made) fresh++;
          else reused++;
          checked++;
        }
      }
    }
    assert.ok(checked > 5 * 600 * 4, `${checked} spans checked`);
    // most paragraphs of a run are untouched by its one edit
    assert.ok(reused > 5 * fresh, `${reused} reused, ${fresh} read afresh`);
  });

  it("reads a span afresh where the edit touched it, even when its text came back the same; moves the others' keys with the edit", () => {
    const keys = new SpanTexts();
    const made: string[] = [];
    const read = (text: string, start: number, end: number) =>
      keys.text(start, end, () => {
        made.push(text.slice(start, end));
        return text.slice(start, end);
      });
    const a = "one\n\ntwo\n\nthree";
    keys.begin(a);
    assert.deepEqual([read(a, 0, 3), read(a, 5, 8), read(a, 10, 15)], ["one", "two", "three"]);
    assert.deepEqual(made.splice(0), ["one", "two", "three"]);
    // "two" changed: only it is read
    const b = "one\n\ntwX\n\nthree";
    keys.begin(b);
    assert.deepEqual([read(b, 0, 3), read(b, 5, 8), read(b, 10, 15)], ["one", "twX", "three"]);
    assert.deepEqual(made.splice(0), ["twX"]);
    // changed back: the same text as two runs ago, but the edit lay over it
    keys.begin(a);
    assert.deepEqual([read(a, 5, 8), read(a, 10, 15)], ["two", "three"]);
    assert.deepEqual(made.splice(0), ["two"]);
    // a line inserted before them moves them: their keys follow; a span whose end moved is read afresh
    const c = "zero\n" + a;
    keys.begin(c);
    assert.deepEqual([read(c, 0, 8), read(c, 10, 13), read(c, 15, 20)], ["zero\none", "two", "three"]);
    assert.deepEqual(made.splice(0), ["zero\none"]);
    // nothing changed
    keys.begin(c);
    assert.deepEqual([read(c, 0, 8), read(c, 10, 13), read(c, 15, 20)], ["zero\none", "two", "three"]);
    assert.deepEqual(made.splice(0), []);
    // out of order: still the span's text
    keys.begin(c);
    assert.deepEqual([read(c, 15, 20), read(c, 0, 8), read(c, 10, 13)], ["three", "zero\none", "two"]);
  });
});
