/**
 * Issue 13, end to end: a brief's footnotes are read like its body (foreclosure analysis,
 * citation check, Table of Authorities), and quotations — a block quote's lazy continuation
 * line, a block quote inside a list item, a nested quote — are not the brief's own argument.
 */
import * as assert from "node:assert/strict";
import { main } from "../../src/cli/main";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { collectAuthorities } from "../../src/core/toa";
import { memoryIo } from "./memory-io";

const FOOTNOTE_BRIEF = `Mr. Ochoa asks for a sentence at the bottom of the range.[^1]

[^1]: Mr. Ochoa also asks the Court to depart downward because defendants in fast-track
districts receive far lower sentences for the same offense. See United States v.
Banuelos-Rodriguez, 215 F.3d 696 (9th Cir. 2000).
`;

const ARGUMENT = "asks the Court to depart downward because defendants in fast-track districts receive far lower sentences for the same offense.";

function check(text: string, ...args: string[]) {
  const m = memoryIo({ "brief.md": text });
  const code = main(["check", "brief.md", "--format", "json", ...args], m.io);
  const findings = JSON.parse(m.out.join("")).files[0].findings as { rule: string; line: number; column: number; message: string; fix?: { newText: string } }[];
  return { code, findings };
}

describe("footnotes and quotations (issue 13)", () => {
  it("a footnote's fast-track argument gets the finding, and its wrong page the 696 → 969 check", () => {
    const { code, findings } = check(FOOTNOTE_BRIEF, "--circuit", "9");
    assert.equal(code, 1);
    const fastTrack = findings.find((f) => f.rule === "fast-track-disparity");
    assert.ok(fastTrack, JSON.stringify(findings));
    assert.deepEqual([fastTrack.line, fastTrack.column], [3, 7], "the finding starts at the footnote's text, after its [^1]: label");
    const page = findings.find((f) => f.rule === "citation-check" && f.message.includes("215 F.3d 969, not 215 F.3d 696"));
    assert.ok(page, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(page.fix?.newText, "969");
    assert.equal(page.line, 5);
  });

  it("a footnote gets what the same text in the body gets", () => {
    const body = FOOTNOTE_BRIEF.replace("[^1]\n", "\n").replace("[^1]: ", "");
    const a = check(FOOTNOTE_BRIEF, "--circuit", "9").findings.map((f) => f.rule).sort();
    const b = check(body, "--circuit", "9").findings.map((f) => f.rule).sort();
    assert.deepEqual(a, b);
  });

  it("the Table of Authorities lists a case cited only in a footnote", () => {
    const entry = collectAuthorities(FOOTNOTE_BRIEF).find((e) => e.authority.includes("Banuelos-Rodriguez"));
    assert.ok(entry);
    assert.deepEqual(entry.places.map((p) => p.line), [4]);
  });

  it("the Table of Authorities lists a case cited on a footnote definition's first line", () => {
    const text = "Body.[^2]\n\n[^2]: See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).\n";
    const entry = collectAuthorities(text).find((e) => e.authority.includes("Banuelos-Rodriguez"));
    assert.ok(entry);
    assert.deepEqual(entry.places.map((p) => p.line), [3]);
  });

  it("a footnote with an indented second paragraph is read to its end", () => {
    const text = `Body.[^a]\n\n[^a]: First paragraph of the note.\n\n    Mr. Ochoa ${ARGUMENT}\n`;
    assert.equal(analyzeBrief(text, { circuit: "9", edition: 2016 }).filter((f) => f.rule === "fast-track-disparity").length, 1);
  });

  it("a block quote's lazy continuation line is quotation: no finding", () => {
    const text = `Mr. Ochoa asks for a sentence at the bottom of the range.\n\n> As the court of appeals described the argument below,\nthe defendant ${ARGUMENT}\n`;
    assert.ok(text.includes("\nthe defendant asks"));
    assert.deepEqual(analyzeBrief(text, { circuit: "9", edition: 2016 }), []);
    assert.deepEqual(check(text, "--circuit", "9").findings, []);
  });

  it("a block quote inside a list item is quotation: no finding", () => {
    const text = `- > The defendant ${ARGUMENT}\n- Mr. Ochoa was 19 when he arrived.\n`;
    assert.deepEqual(analyzeBrief(text, { circuit: "9", edition: 2016 }), []);
  });

  it("a nested block quote is quotation: no finding", () => {
    const text = `> The court of appeals wrote:\n>\n> > The defendant ${ARGUMENT}\n`;
    assert.deepEqual(analyzeBrief(text, { circuit: "9", edition: 2016 }), []);
  });

  it("a <pre> block is not prose: no finding", () => {
    const text = `<pre>\nMr. Ochoa ${ARGUMENT}\n</pre>\n`;
    assert.deepEqual(analyzeBrief(text, { circuit: "9", edition: 2016 }), []);
  });

  it("the same argument outside the quote is still found (control)", () => {
    const text = `Mr. Ochoa ${ARGUMENT}\n`;
    assert.equal(analyzeBrief(text, { circuit: "9", edition: 2016 }).length, 1);
  });

  it("a table cell is prose", () => {
    const text = `| Ground | Argument |\n| --- | --- |\n| Disparity | Mr. Ochoa ${ARGUMENT} |\n`;
    assert.equal(analyzeBrief(text, { circuit: "9", edition: 2016 }).filter((f) => f.rule === "fast-track-disparity").length, 1);
  });
});
