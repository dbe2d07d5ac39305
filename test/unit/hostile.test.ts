/**
 * Hostile input: random Unicode, NUL bytes, CRLF, huge single lines, thousands of `§` or
 * `(`, unterminated fences and comments, malformed front matter. Every reader must end
 * quickly with findings or a clear message — never an exception or a hang.
 */
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { proseOf, MAX_LINE_LENGTH } from "../../src/core/brief/prose";
import { Brief } from "../../src/core/brief/brief";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { checkCitations } from "../../src/core/citations/check";
import { explain, explanationMarkdown } from "../../src/core/explain";
import { computeRange, RangeInputError } from "../../src/core/sentencing";

const TOKENS = [
  "§", "§§", "(", ")", "(b)", "(2)", "(A)", "```", "~~~", "`", "<!--", "-->", "---\n", "\r\n", "\n", "\n\n", "\u0000", " ", "\t",
  "> ", "    ", "- ", "[x](", "](http://a/§2L1.2)", "U.S.S.G. ", "USSG ", "§ 2L1.2", "2L1.2", "5K2.0", ", comment. (n.", "cmt. n.5",
  "8 U.S.C. ", "1326(b)(2)", "Fed. R. Crim. P. 35(a)", "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000)",
  "Id. at 978", "circuit: 9\n", "guidelines-manual: 2016\n", "guidelines-manual: 3000\n", "Mr. Ruiz asks the Court to depart downward because ",
  "fast-track", "districts", "cultural assimilation", "his family", "rehabilitation", "extraordinary and compelling", "mandatory minimum",
  "<!-- heartland-disable-next-line -->", "<!-- heartland-disable fast-track-disparity -->", ".", "U.S.", "v.", "\u2028", "😀", "\u202e",
];

const briefText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((a) => a.join("")),
  fc.tuple(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 80 })).map(([a, s]) => a.join("") + s),
);

function exercise(text: string): void {
  const map = proseOf(text);
  assert.equal(map.prose.length, text.length);
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") assert.equal(map.prose[i], "\n");
  const brief = new Brief(text);
  let last = -1;
  for (const c of brief.citations) {
    assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length && c.start >= last);
    assert.equal(c.text, text.slice(c.start, c.end));
    last = c.end;
    const r = explain(c.citation, brief.settings({}).edition);
    if (r.ok) assert.equal(typeof explanationMarkdown(r.explanation), "string");
    else assert.ok(r.message.length > 10);
  }
  for (const p of brief.front.problems) assert.ok(p.start >= 0 && p.end <= text.length && p.message.length > 10);
  for (const f of analyzeBrief(text, { circuit: "9", edition: 2025 })) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `finding out of bounds: ${f.rule}`);
    assert.ok(f.message.length > 10);
  }
  for (const f of checkCitations(text, { edition: 2016 })) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
    if (f.fix) assert.ok(f.fix.start >= 0 && f.fix.start <= f.fix.end && f.fix.end <= text.length);
  }
}

function timed(label: string, text: string, limitMs: number): void {
  const t0 = performance.now();
  exercise(text);
  const ms = performance.now() - t0;
  assert.ok(ms < limitMs, `${label}: ${ms.toFixed(0)} ms`);
}

describe("hostile input", function () {
  this.timeout(60000);

  it("random briefs never throw and keep offsets inside the text", () => {
    fc.assert(fc.property(briefText, (t) => exercise(t)), { numRuns: 400 });
  });

  it("CRLF line endings give the same citations as LF", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS.filter((t) => !t.includes("\r"))), { maxLength: 60 }), (parts) => {
        const lf = parts.join("");
        const crlf = lf.replace(/\n/g, "\r\n");
        const a = new Brief(lf).citations.map((c) => c.text.replace(/\r/g, ""));
        const b = new Brief(crlf).citations.map((c) => c.text.replace(/\r/g, ""));
        assert.deepEqual(b, a);
      }),
      { numRuns: 200 },
    );
  });

  const big: [string, () => string][] = [
    ["a 5 MB single line", () => "Mr. Ruiz asks the Court to vary downward because of fast-track disparity. ".repeat(70000)],
    ["20,000 section signs", () => "§".repeat(20000)],
    ["20,000 open parentheses after a section", () => "§ 2L1.2" + "(b".repeat(20000)],
    ["20,000 closing-paren subsections", () => "U.S.S.G. § 2L1.2" + "(b)".repeat(20000)],
    ["an unterminated fence", () => "Intro.\n```\n" + "U.S.S.G. § 2L1.2(b)(2)(A)\n".repeat(20000)],
    ["an unterminated comment", () => "Intro. <!-- " + "§ 2L1.2 fast-track ".repeat(20000)],
    ["malformed front matter", () => "---\ncircuit: [9\nguidelines-manual: {2016\n:::\n" + "x: y\n".repeat(20000)],
    ["NUL bytes and stray surrogates", () => "\u0000\ud800§\udfff 2L1.2(\u0000b)".repeat(20000)],
    ["thousands of short sentences", () => "He asks. U.S. v. X. Id. at 5. ".repeat(40000)],
  ];
  for (const [label, make] of big) {
    it(`handles ${label} in well under a second per megabyte`, () => {
      const text = make();
      timed(label, text, 1000 + text.length / 5000);
    });
  }

  it("skips a line longer than the line limit and says which", () => {
    const text = "Intro.\n\n" + "x".repeat(MAX_LINE_LENGTH + 1) + "\n\nU.S.S.G. § 2L1.2(b)(2)(A).";
    const map = proseOf(text);
    assert.deepEqual(map.longLines, [2]);
    assert.deepEqual(new Brief(text).citations.map((c) => c.text), ["U.S.S.G. § 2L1.2(b)(2)(A)"]);
  });

  it("calculator input: anything at all gives a result or a RangeInputError naming a field", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }), (raw) => {
        try {
          computeRange(raw);
        } catch (e) {
          assert.ok(e instanceof RangeInputError, `unexpected ${(e as Error)?.name}: ${(e as Error)?.message}`);
          assert.ok(e.issues.length > 0 && e.issues.every((i) => i.field.length > 0 && i.message.length > 0));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("calculator input: near-valid objects with hostile values never throw anything else", () => {
    const value = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(-1), fc.constant(1e308), fc.constant(NaN));
    fc.assert(
      fc.property(value, value, value, fc.constantFrom("1326(a)", "1326(b)(2)", "1325(a)", "1326(z)", ""), (m, lv, pts, statute) => {
        const raw = { manual: m, statute, enhancements: ["2L1.2(b)(2)(B)"], acceptance: lv, earlyDisposition: 0, criminalHistory: { points: pts } };
        try {
          const { result } = computeRange(raw);
          assert.ok(result.totalOffenseLevel >= 1 && result.totalOffenseLevel <= 43);
        } catch (e) {
          assert.ok(e instanceof RangeInputError, String(e));
        }
      }),
      { numRuns: 500 },
    );
  });
});
