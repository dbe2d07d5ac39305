import * as assert from "node:assert/strict";
import { computeRange, findRecordedBlocks, renderCompareMarkdown, renderRangeMarkdown, scenarioOptions, summarySentence, type RangeInput } from "../../src/core/sentencing";
import { runRange } from "../../src/cli/range";
import { memoryIo } from "./memory-io";
import designExample from "../fixtures/design-example.json";

// The design example of DESIGN.md: 8 + 8 + 2 − 3 = 15; 15/IV = 30–37 months.
const DESIGN_EXAMPLE = designExample;

function md(raw: unknown): string {
  const { input, result } = computeRange(raw);
  return renderRangeMarkdown(input, result);
}

function fakeIo(stdin: string, files: Record<string, string> = {}) {
  return memoryIo(files, stdin);
}

describe("range Markdown", () => {
  it("renders the DESIGN.md example as a table of steps, the figures and the summary", () => {
    const text = md(DESIGN_EXAMPLE);
    const lines = text.split("\n");
    assert.equal(lines[0], '<!-- heartland-range {"manual":2025,"statute":"1326(b)(2)","priors":[{"kind":"felony","offense":"other","sentenceMonths":30,"beforeFirstOrder":true}],"acceptance":3,"earlyDisposition":0,"otherAdjustments":[{"levels":2,"cite":"USSG §3C1.1","label":"Obstruction"}],"criminalHistory":{"category":"IV"}} -->');
    assert.deepEqual(lines.slice(1, 21), [
      "**Guideline range — USSG §2L1.2, 2025 Guidelines Manual (8 U.S.C. § 1326(b)(2))**",
      "",
      "| Step | Levels | Total | Citation |",
      "| --- | ---: | ---: | --- |",
      "| Base offense level | 8 | 8 | USSG §2L1.2(a) |",
      "| Felony conviction before the first order of deportation or removal, sentence imposed two years or more (prior 1) | +8 | 16 | USSG §2L1.2(b)(2)(B) |",
      "| Obstruction | +2 | 18 | USSG §3C1.1 |",
      "| Acceptance of responsibility | −3 | 15 | USSG §3E1.1(a)–(b) |",
      "",
      "| | |",
      "| --- | --- |",
      "| Total offense level | 15 |",
      "| Criminal history category | IV |",
      "| Sentencing Table range | 30–37 months (USSG ch. 5, pt. A) |",
      "| Statutory maximum | 20 years (240 months), 8 U.S.C. § 1326(b)(2) |",
      "| Guideline range (USSG §5G1.1) | 30–37 months |",
      "| Zone | D |",
      "| Supervised release | not more than 3 years (18 U.S.C. §§ 3559(a)(3), 3583(b)(2)) |",
      "",
      "The total offense level is 15 and the criminal history category is IV, so the advisory range is 30–37 months. USSG ch. 5, pt. A.",
    ]);
    assert.ok(text.endsWith("<!-- /heartland-range -->\n"));
  });

  it("the summary sentence follows §5G1.1", () => {
    const sum = (raw: unknown) => {
      const { input, result } = computeRange(raw);
      return summarySentence(input, result);
    };
    assert.equal(sum({ manual: 2016, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(D)"], criminalHistory: { category: "IV" } }), "The total offense level is 12 and the criminal history category is IV, so the Sentencing Table range is 21–27 months, restricted by the statutory maximum to an advisory range of 21–24 months. USSG ch. 5, pt. A; USSG §5G1.1(c).");
    assert.equal(sum({ manual: 2016, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(C)"], criminalHistory: { category: "IV" } }), "The total offense level is 14 and the criminal history category is IV, so the Sentencing Table range is 27–33 months; because the statutory maximum is 24 months, the advisory guideline sentence is 24 months. USSG ch. 5, pt. A; USSG §5G1.1(a).");
    assert.equal(sum({ manual: 2016, statute: "1326(b)(3)", enhancements: [], criminalHistory: { category: "IV" } }), "The total offense level is 8 and the criminal history category is IV, so the Sentencing Table range is 10–16 months; because the statute requires at least 120 months, the advisory guideline sentence is 120 months. USSG ch. 5, pt. A; USSG §5G1.1(b).");
    assert.equal(sum({ manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)", "2L1.2(b)(1)(A)"], otherAdjustments: [{ levels: 7, cite: "USSG §3A1.4", label: "x" }], criminalHistory: { category: "V" } }), "The total offense level is 39 and the criminal history category is V, so the Sentencing Table range is 360 months to life; because the statutory maximum is 240 months, the advisory guideline sentence is 240 months. USSG ch. 5, pt. A; USSG §5G1.1(a).");
  });

  it("records the input so that it parses back, even with -- in a label", () => {
    const raw = { ...DESIGN_EXAMPLE, otherAdjustments: [{ levels: 2, cite: "USSG §3C1.1", label: "Obstruction --> <!-- x" }] };
    const text = "Intro.\n\n" + md(raw) + "\nAfter.";
    assert.ok(!text.slice(text.indexOf("<!--") + 4, text.indexOf("-->")).includes("--"));
    const blocks = findRecordedBlocks(text);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].kind, "range");
    assert.deepEqual(blocks[0].data, raw);
    assert.equal(text.slice(blocks[0].end), "\nAfter.");
    assert.equal(text.slice(0, blocks[0].start), "Intro.\n\n");
  });

  it("finds only complete blocks; a block whose JSON was edited has no data", () => {
    const block = md(DESIGN_EXAMPLE);
    const broken = block.replace('"manual":2025', '"manual":2025,,');
    const text = `A\n${block}B\n${broken}C\n<!-- heartland-range {"statute":"1326(a)"} -->\nno closing marker\n`;
    const blocks = findRecordedBlocks(text);
    assert.equal(blocks.length, 2);
    assert.deepEqual(blocks[0].data, DESIGN_EXAMPLE);
    assert.equal(blocks[1].data, undefined);
    assert.equal(text.slice(blocks[1].start, blocks[1].end), broken);
  });

  it("records the edition applied, not \"latest\"", () => {
    const { manual: _m, ...rest } = DESIGN_EXAMPLE;
    const blocks = findRecordedBlocks(md({ ...rest, manual: "latest" }));
    assert.equal((blocks[0].data as { manual: number }).manual, 2026);
    assert.equal((findRecordedBlocks(md(rest))[0].data as { manual: number }).manual, 2026);
  });

  it("escapes table pipes in labels", () => {
    const text = md({ ...DESIGN_EXAMPLE, otherAdjustments: [{ levels: 2, cite: "USSG §3C1.1", label: "a | b" }] });
    assert.ok(text.includes("| a \\| b | +2 | 18 | USSG §3C1.1 |"));
  });

  it("shows a §5K3.1 departure as its own row", () => {
    const text = md({ ...DESIGN_EXAMPLE, manual: 2016, earlyDisposition: 4 });
    assert.ok(text.includes("| Departure: Early disposition program departure (government motion) (USSG §5K3.1, −4) | level 11: 18–24 months |"));
    assert.ok(text.includes("so the advisory range is 30–37 months."));
  });
});

describe("compare scenarios", () => {
  it("offers removing each enhancement, other acceptance levels and early disposition", () => {
    const { input } = computeRange(DESIGN_EXAMPLE);
    assert.deepEqual(scenarioOptions(input).map((s) => s.id), ["without:2L1.2(b)(2)(B)", "acceptance:0", "acceptance:2", "earlyDisposition:4"]);
  });

  it("renders one table with the calculation and each scenario", () => {
    const { input } = computeRange({ ...DESIGN_EXAMPLE, manual: 2016 });
    const text = renderCompareMarkdown(input, ["without:2L1.2(b)(2)(B)", "acceptance:0", "earlyDisposition:4"]);
    const rows = text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Scenario") && !l.startsWith("| ---"));
    assert.deepEqual(rows, [
      "| As calculated | 15 | IV | 30–37 months | 30–37 months | — |",
      "| Without §2L1.2(b)(2)(B) | 8 | IV | 10–16 months | 10–16 months | — |",
      "| Without acceptance | 18 | IV | 41–51 months | 41–51 months | — |",
      "| With 4-level early disposition | 15 | IV | 30–37 months | 30–37 months | USSG §5K3.1 −4: 18–24 months |",
    ]);
    assert.ok(text.startsWith("<!-- heartland-compare "));
    assert.ok(text.endsWith("<!-- /heartland-compare -->\n"));
    const blocks = findRecordedBlocks(text);
    assert.equal(blocks[0].kind, "compare");
    assert.deepEqual((blocks[0].data as { scenarios: string[] }).scenarios, ["without:2L1.2(b)(2)(B)", "acceptance:0", "earlyDisposition:4"]);
  });

  it("without-enhancement keeps the 2011–2015 points fact", () => {
    const { input } = computeRange({ manual: 2013, statute: "1326(b)(2)", enhancements: [{ subsection: "2L1.2(b)(1)(A)", receivesCriminalHistoryPoints: false }, "2L1.2(b)(1)(C)"], acceptance: 3, criminalHistory: { category: "III" } });
    const s = scenarioOptions(input as RangeInput);
    assert.equal(s[0].id, "without:2L1.2(b)(1)(A)");
    assert.deepEqual(s[0].input.enhancements, []);
  });
});

describe("heartland range (CLI)", () => {
  it("prints the JSON result for stdin input, exit 0", () => {
    const { io, out, err } = fakeIo(JSON.stringify(DESIGN_EXAMPLE));
    assert.equal(runRange([], io), 0);
    assert.deepEqual(err, []);
    const r = JSON.parse(out.join(""));
    assert.equal(r.totalOffenseLevel, 15);
    assert.deepEqual(r.guidelineRange, { minMonths: 30, maxMonths: 37 });
  });

  it("--format markdown prints exactly the block the editor inserts", () => {
    const { io, out } = fakeIo("", { "in.json": JSON.stringify(DESIGN_EXAMPLE) });
    assert.equal(runRange(["--input", "in.json", "--format", "markdown"], io), 0);
    assert.equal(out.join(""), md(DESIGN_EXAMPLE));
  });

  it("--input - reads stdin", () => {
    const { io, out } = fakeIo(JSON.stringify(DESIGN_EXAMPLE));
    assert.equal(runRange(["--input", "-", "--format=json"], io), 0);
    assert.equal(JSON.parse(out.join("")).manual, 2025);
  });

  it("exit 2 with the field named: malformed JSON, category VII, a subsection the edition lacks, negative months", () => {
    const cases: [string, RegExp][] = [
      ["{not json", /^input: not valid JSON/],
      [JSON.stringify({ ...DESIGN_EXAMPLE, criminalHistory: { category: "VII" } }), /^criminalHistory\.category: must be I, II, III, IV, V or VI/],
      [JSON.stringify({ manual: 2005, statute: "1326(a)", enhancements: ["2L1.2(b)(3)(A)"], criminalHistory: { points: 3 } }), /^enhancements\[0\]: "2L1\.2\(b\)\(3\)\(A\)" is not a subsection of §2L1\.2 in the 2005 Guidelines Manual/],
      [JSON.stringify({ ...DESIGN_EXAMPLE, priors: [{ kind: "felony", offense: "other", sentenceMonths: -1, beforeFirstOrder: true }] }), /^priors\[0\]\.sentenceMonths: must be the sentence imposed in months/],
    ];
    for (const [stdin, re] of cases) {
      const { io, out, err } = fakeIo(stdin);
      assert.equal(runRange([], io), 2, stdin);
      assert.deepEqual(out, []);
      assert.match(err.join("\n"), re);
    }
  });

  it("bad options and missing files are usage errors", () => {
    const { io } = fakeIo("{}");
    assert.throws(() => runRange(["--format", "html"], io), /--format must be json or markdown/);
    assert.throws(() => runRange(["--input", "nope.json"], io), /Cannot read nope\.json: no such file/);
    assert.throws(() => runRange(["--bogus"], io), /Unknown option --bogus/);
  });
});

describe("range summary before Booker (audit 14 D7)", () => {
  it("does not call a range for a sentencing before Jan. 12, 2005 advisory", () => {
    const { input, result } = computeRange({ manual: 1995, sentencingDate: "1996-03-01", statute: "1326(a)", enhancements: ["2L1.2(b)(1)"], acceptance: 2, criminalHistory: { category: "VI" } });
    const s = summarySentence(input, result);
    assert.ok(s.includes("restricted by the statutory maximum to a guideline range of 24 months"), s);
    assert.ok(!s.includes("advisory"), s);
  });
  it("still calls a range for a sentencing after Booker advisory", () => {
    const { input, result } = computeRange({ manual: 2025, sentencingDate: "2026-03-01", statute: "1326(a)", priors: [], acceptance: 2, criminalHistory: { category: "I" } });
    assert.ok(summarySentence(input, result).includes("so the advisory range is"));
  });
});
