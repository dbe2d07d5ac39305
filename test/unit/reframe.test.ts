/**
 * The "Reframe as a § 3553(a) variance" quick fix (audit 13 D3): only the party's own request words change
 * ("depart downward" → "vary downward", "a downward departure" → "a downward variance"); never a citation,
 * "voluntary departure" (8 U.S.C. § 1229c), "departed for Mexico", or what a cited court did. Sentences from
 * the audit's briefs /tmp/audit13/b/df_1, df_4, df_5, df_6, cit_ca_2026.
 *
 * Audit 14 D8: only the writer's own, present request, and never one under a guideline departure provision
 * (a variance is under no guideline provision): not the government's words or filing, not a plea agreement or
 * an earlier hearing, not "depart downward under USSG §4A1.3(b)".
 */
import * as assert from "node:assert/strict";
import { applyReframe, sentenceAround, varianceReframeEdits, varianceReframeFor, varianceReframeOffered } from "../../src/core/precedent/reframe";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { readFrontMatter } from "../../src/core/brief/frontmatter";
import { proseOf } from "../../src/core/brief/prose";

const reframe = (s: string) => applyReframe(s, varianceReframeEdits(s));

describe("reframe as a § 3553(a) variance: the request words only (audit 13 D3)", () => {
  it("df_1: a request under a guideline departure provision is not rewritten (no 'vary downward under USSG §5K2.0')", () => {
    const s = "Mr. Ruiz asks the Court to depart downward under USSG §5K2.0(a)(2)(B) because of his extraordinary family circumstances.";
    assert.deepEqual(varianceReframeEdits(s), []);
    assert.equal(reframe(s), s);
  });
  it("df_4: 'the Court departed in United States v. Doe' (an authority) is untouched; a §§ list withholds the edit", () => {
    const s = "Mr. Ruiz asks the Court to depart downward because of his family ties; the Court departed in United States v. Doe on similar facts.";
    assert.equal(reframe(s), "Mr. Ruiz asks the Court to vary downward because of his family ties; the Court departed in United States v. Doe on similar facts.");
    assert.deepEqual(varianceReframeEdits("Mr. Ruiz asks the Court to depart downward under USSG §§ 5H1.6 and 5K2.0 because of his family ties; the Court departed in United States v. Doe on similar facts."), []);
  });
  it("df_5: 'voluntary departure' and 'departed for Mexico' (facts of a § 1326 case) are untouched", () => {
    const s = "Mr. Ruiz asks the Court to depart downward because, after his voluntary departure in 2009 and the date he departed for Mexico, he returned only to care for his dying mother.";
    assert.equal(reframe(s), "Mr. Ruiz asks the Court to vary downward because, after his voluntary departure in 2009 and the date he departed for Mexico, he returned only to care for his dying mother.");
  });
  it("df_6: 'such a departure' in the description of a holding is untouched", () => {
    const s = "Mr. Ruiz asks the Court to depart downward; in United States v. Lopez-Zamora the Ninth Circuit held that the 2001 amendments do not forbid such a departure.";
    assert.equal(reframe(s), "Mr. Ruiz asks the Court to vary downward; in United States v. Lopez-Zamora the Ninth Circuit held that the 2001 amendments do not forbid such a departure.");
  });
  it("a downward departure asked for or said to be warranted becomes a downward variance; the rest of the sentence stays", () => {
    assert.equal(reframe("A downward departure for cultural assimilation is warranted."), "A downward departure for cultural assimilation is warranted.");
    assert.equal(reframe("A downward departure is warranted because of his family ties."), "A downward variance is warranted because of his family ties.");
    assert.equal(reframe("Mr. Ruiz requests a downward departure because of his family ties."), "Mr. Ruiz requests a downward variance because of his family ties.");
    assert.equal(reframe("His family ties warrant downward departures on both counts."), "His family ties warrant downward variances on both counts.");
  });
  it("no request recognised: no edit (a description of what a court did, a departure from the United States)", () => {
    for (const s of [
      "In United States v. Doe the Court granted a downward departure for family ties.",
      "The district court departed downward in United States v. Doe.",
      "He was granted voluntary departure in 2009 and departed the United States.",
      "Mr. Ruiz's departure from the United States in 2009 was voluntary.",
    ])
      assert.deepEqual(varianceReframeEdits(s), [], s);
  });
  it("each edit replaces only the departure word, case kept", () => {
    const s = "Depart downward, he asks; the Court should depart downward.";
    const edits = varianceReframeEdits(s);
    assert.deepEqual(edits, [{ start: s.lastIndexOf("depart"), end: s.lastIndexOf("depart") + 6, newText: "vary" }]);
  });
});

describe("reframe as a § 3553(a) variance: the writer's own present request, under no departure provision (audit 14 D8)", () => {
  it("(a) the government's words are never rewritten", () => {
    for (const s of [
      "The government opposes the defendant's request for a downward departure.",
      "The government opposes the defendant's request for a downward departure because a downward departure is warranted only in extraordinary cases.",
      "The government asks the Court to depart downward.",
      "The government asks the Court to depart downward because of Mr. Ruiz's cooperation.",
      "The prosecutor urges the Court to depart downward.",
      "The United States requests a downward departure because of his cooperation.",
      "Probation recommends that the Court depart downward, and the PSR agrees that a downward departure is warranted.",
      "The Court should reject the defendant's objection and his request that the Court depart downward.",
    ])
      assert.deepEqual(varianceReframeEdits(s), [], s);
  });
  it("(b) history is never rewritten: a plea agreement, an earlier request, an earlier sentencing", () => {
    for (const s of [
      "In the plea agreement, the parties agreed to recommend a downward departure.",
      "In the plea agreement, the parties agreed to request a downward departure.",
      "Counsel requested a downward departure at the first sentencing.",
      "At the first sentencing, counsel asked the Court to depart downward.",
      "The defense previously requested a downward departure.",
      "Mr. Ruiz moved the Court to depart downward, and the Court denied the motion.",
      "Mr. Ruiz has asked the Court to depart downward.",
    ])
      assert.deepEqual(varianceReframeEdits(s), [], s);
  });
  it("(b) a request negated or conditioned is never rewritten", () => {
    for (const s of [
      "Mr. Ruiz does not ask the Court to depart downward.",
      "Mr. Ruiz does not request a downward departure.",
      "Even if the Court were to depart downward, the sentence would exceed the time he has served.",
      "No downward departure is warranted.",
    ])
      assert.deepEqual(varianceReframeEdits(s), [], s);
  });
  it("(c) a request that names a guideline departure provision is not rewritten (a variance is under no guideline provision)", () => {
    for (const s of [
      "Mr. Ruiz asks the Court to depart downward under USSG §4A1.3(b).",
      "Mr. Ruiz asks the Court to depart downward under USSG §4A1.3(b) because his criminal history category overrepresents his record.",
      "Mr. Ruiz requests a downward departure under §2L1.2 comment. (n.8).",
      "Mr. Ruiz requests a downward departure under USSG § 2L1.2, comment. (n.8).",
      "Mr. Ruiz requests a downward departure under § 5H1.6 because of his family ties.",
      "Mr. Ruiz asks the Court to depart downward under § 5K2.0 because of his extraordinary family circumstances.",
      "Mr. Ruiz requests a downward departure under the application note to § 2L1.2.",
      "Mr. Ruiz requests a downward departure under the Commission's policy statement.",
      "Under § 5K2.13, Mr. Ruiz asks the Court to depart downward.",
      "Mr. Ruiz asks the Court to depart downward under the Guidelines.",
      "Mr. Ruiz asks the Court to depart downward pursuant to the Commission's commentary.",
    ])
      assert.deepEqual(varianceReframeEdits(s), [], s);
  });
  it("must rewrite: the writer's own present request, exact output, only the departure word", () => {
    const cases: [string, string][] = [
      ["Mr. Ruiz asks the Court to depart downward because his criminal history category overrepresents his record.", "Mr. Ruiz asks the Court to vary downward because his criminal history category overrepresents his record."],
      ["Mr. Ruiz asks the Court to depart downward under 18 U.S.C. § 3553(a) because of his family ties.", "Mr. Ruiz asks the Court to vary downward under 18 U.S.C. § 3553(a) because of his family ties."],
      ["Mr. Ruiz respectfully requests a downward departure to 24 months.", "Mr. Ruiz respectfully requests a downward variance to 24 months."],
      ["The Court should depart downward to a sentence of time served.", "The Court should vary downward to a sentence of time served."],
    ];
    for (const [s, want] of cases) assert.equal(reframe(s), want, s);
    const s = cases[2][0];
    assert.deepEqual(varianceReframeEdits(s), [{ start: s.indexOf("departure"), end: s.indexOf("departure") + 9, newText: "variance" }]);
  });
  it("in a passage of several sentences, only the sentence with the writer's present request is rewritten", () => {
    const s = "At the first sentencing, counsel asked the Court to depart downward. Mr. Ruiz now asks the Court to depart downward because of his family ties.";
    assert.equal(reframe(s), "At the first sentencing, counsel asked the Court to depart downward. Mr. Ruiz now asks the Court to vary downward because of his family ties.");
    const t = "The government asks the Court to depart downward. A downward departure is warranted because of his family ties.";
    assert.equal(reframe(t), "The government asks the Court to depart downward. A downward variance is warranted because of his family ties.");
  });
  it("sentenceAround: abbreviations and a citation's close end no sentence (the sentence read is longer); a lower-case word before a period and a capital does", () => {
    const s = "Mr. Ruiz cites United States v. Doe, 1 F.3d 2 (9th Cir. 1999). He asks for more. Then he stops.";
    assert.deepEqual(sentenceAround(s, 3), { start: 0, end: s.indexOf(" Then") });
    assert.deepEqual(sentenceAround(s, s.indexOf("asks")), { start: 0, end: s.indexOf(" Then") });
    assert.deepEqual(sentenceAround(s, s.indexOf("stops")), { start: s.indexOf("more.") + 5, end: s.length });
  });
});

describe("reframe as a § 3553(a) variance: offered only in the defence's own filing at a sentencing (audit 14 D8)", () => {
  const REQUEST = "Mr. Ruiz asks the Court to depart downward because of his extraordinary family circumstances.";
  /** The departure-framing findings of a brief, each with the edited sentence the quick fix would give (or the sentence unchanged). */
  function fixed(brief: string): string[] {
    const map = proseOf(brief);
    const front = readFrontMatter(brief, map.frontMatter);
    return analyzeBrief(brief, { circuit: "9", edition: 2025, document: front.document ?? null })
      .filter((f) => f.rule === "departure-framing")
      .map((f) => {
        const s = brief.slice(f.start, f.end);
        return applyReframe(s, varianceReframeFor(s, f, front.document));
      });
  }
  const brief = (front: string, title: string, body: string) => `---\ncircuit: 9\nguidelines-manual: 2025\n${front}---\n# ${title}\n\n${body}\n`;

  it("a sentencing memorandum (front matter) and a brief that names no document: rewritten", () => {
    assert.deepEqual(fixed(brief("document: sentencing-memorandum\n", "Sentencing Memorandum", REQUEST)), [REQUEST.replace("to depart", "to vary")]);
    assert.deepEqual(fixed(`---\ncircuit: 9\nguidelines-manual: 2025\n---\n${REQUEST}\n`), [REQUEST.replace("to depart", "to vary")]);
  });
  it("the government's response (front matter, or its title alone): the defence's request it describes is not rewritten", () => {
    const gov = "The defendant asks the Court to depart downward because of his family circumstances.";
    assert.deepEqual(fixed(brief("document: government-response\n", "Response", gov)), [gov]);
    assert.deepEqual(fixed(`---\ncircuit: 9\nguidelines-manual: 2025\n---\n# Government's Response to Defendant's Sentencing Memorandum\n\n${gov}\n`), [gov]);
  });
  it("a motion after judgment (§ 2255): a variance is no more open there than a departure — not rewritten", () => {
    const got = fixed(brief("document: 2255-motion\n", "Motion under 28 U.S.C. § 2255", REQUEST));
    assert.ok(got.every((s) => !s.includes("vary downward")), got.join("\n"));
  });
  it("varianceReframeOffered reads the trace's document, author and speaker; the front matter's document prevails", () => {
    const f = (context: string, speaker = "a party in this case") => ({ rule: "departure-framing", trace: { context, speaker } });
    assert.equal(varianceReframeOffered(f("sentencing memorandum (from the front matter); the defence is the author")), true);
    assert.equal(varianceReframeOffered(f("no document type, title or heading context")), true);
    assert.equal(varianceReframeOffered(f("government response (from the title); the government is the author")), false);
    assert.equal(varianceReframeOffered(f("a court's order or opinion (from the title)")), false);
    assert.equal(varianceReframeOffered(f("appellate brief (from the front matter)")), false);
    assert.equal(varianceReframeOffered(f("no document type, title or heading context", "the government")), false);
    assert.equal(varianceReframeOffered(f("no document type, title or heading context"), "government-response"), false);
    assert.equal(varianceReframeOffered({ rule: "departure-framing" }), false, "no trace: nothing known of the speaker");
    assert.equal(varianceReframeOffered({ ...f("no document type, title or heading context"), message: "The Nov. 1, 2025 Manual has no departures — and a Rule 35 motion is no occasion for a variance either." }), false);
    assert.equal(varianceReframeOffered({ ...f("no document type, title or heading context"), rule: "fast-track-disparity" }), false);
  });
});
