/**
 * Issue 10: the Nov. 1, 2026 Guidelines Manual. Heartland has no verified 2026 text, so every 2026
 * provision is the 2025 text with status "unverified" and the caveat that the 2026 amendments
 * (91 Fed. Reg. 24088 (May 4, 2026)) may have changed it; the calculator computes 2026 with the 2025
 * rules and names the inputs that are unverified; "latest" is 2026; §1B1.11 picks 2026 from Nov. 1, 2026.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "./memory-io";
import { recognizeCitations } from "../../src/core/citations/recognize";
import { checkCitations } from "../../src/core/citations/check";
import { explain, explanationMarkdown } from "../../src/core/explain";
import { DELETED_DATA, GUIDELINE_DATA, lookupCitation } from "../../src/core/guidelines/lookup";
import { EDITIONS, LATEST_EDITION, LATEST_VERIFIED_EDITION, SUPPORTED_EDITIONS, unverifiedEdition } from "../../src/core/guidelines/editions";
import { EditionsFileSchema } from "../../src/core/guidelines/schema";
import { normalizeManual, resolveSettings } from "../../src/core/settings";
import { computeRange, renderRangeMarkdown, renderCompareMarkdown } from "../../src/core/sentencing";
import type { RangeInput } from "../../src/core/sentencing";

const CAVEAT = "The Nov. 1, 2026 amendments (91 Fed. Reg. 24088 (May 4, 2026)) may have changed this text, and Heartland has not verified the 2026 text: what is shown is the text of the Nov. 1, 2025 Manual.";

const run = runCli;

function cite(text: string) {
  const [m] = recognizeCitations(text);
  assert.ok(m, `no citation in ${text}`);
  return m.citation;
}

describe("issue 10: the 2026 edition (text unverified)", () => {
  it("editions: 2026 is supported and is \"latest\"; 2025 is the newest verified edition", () => {
    assert.equal(LATEST_EDITION, 2026);
    assert.equal(LATEST_VERIFIED_EDITION, 2025);
    assert.deepEqual([SUPPORTED_EDITIONS[0], SUPPORTED_EDITIONS[SUPPORTED_EDITIONS.length - 1]], [1995, 2026]);
    assert.equal(normalizeManual("2026"), 2026);
    assert.equal(normalizeManual("latest"), "latest");
    assert.equal(normalizeManual("2027"), undefined);
    const u = unverifiedEdition(2026)!;
    assert.equal(u.carriesTextOf, 2025);
    assert.equal(u.effective, "2026-11-01");
    assert.equal(u.caveat, CAVEAT);
    assert.ok(u.sources.every((s) => s.url && s.url.includes("2026-08647")));
    assert.equal(unverifiedEdition(2025), undefined);
  });

  it("the editions file is validated: an edition must take effect on Nov. 1 of its year and carry a verified edition", () => {
    assert.ok(EditionsFileSchema.safeParse(EDITIONS).success);
    const bad = JSON.parse(JSON.stringify(EDITIONS));
    bad.unverified[0].effective = "2026-10-01";
    assert.ok(!EditionsFileSchema.safeParse(bad).success);
    const chained = JSON.parse(JSON.stringify(EDITIONS));
    chained.latestEdition = 2027;
    chained.unverified.push({ ...chained.unverified[0], edition: 2027, effective: "2027-11-01", carriesTextOf: 2026 });
    assert.ok(!EditionsFileSchema.safeParse(chained).success);
  });

  it("the setting's enum offers every edition, newest first, and \"latest\" says it is 2026", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8"));
    const m = pkg.contributes.configuration.properties["heartland.guidelinesManual"];
    assert.deepEqual(m.enum, ["latest", ...[...SUPPORTED_EDITIONS].reverse().map(String)]);
    assert.equal(m.enumItemLabels[0], "Latest (2026)");
    assert.match(m.enumDescriptions[1], /not verified/);
  });
});

describe("issue 10: explain under the 2026 Manual", () => {
  it("`explain \"U.S.S.G. § 2L1.2(b)(2)(B)\" --manual 2026` exits 0, naming the edition and the unverified status", () => {
    const r = run("explain", "U.S.S.G. § 2L1.2(b)(2)(B)", "--manual", "2026");
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.manual, 2026);
    assert.equal(j.status, "unverified");
    assert.deepEqual(j.carried, { edition: 2025, status: "verbatim", amendments: "91 Fed. Reg. 24088–24113 (May 4, 2026) (FR Doc. 2026-08647)" });
    assert.equal(j.textEdition, "Guidelines Manual, Nov. 1, 2025");
    assert.equal(j.caveats[0], CAVEAT);
    const y2025 = JSON.parse(run("explain", "U.S.S.G. § 2L1.2(b)(2)(B)", "--manual", "2025").out);
    assert.equal(j.text, y2025.text);
    assert.equal(j.text, "(B) a conviction for a felony offense (other than an illegal reentry offense) for which the sentence imposed was two years or more, increase by 8 levels;");
    assert.equal(y2025.status, "verbatim");
    assert.equal(y2025.carried, undefined);

    const md = run("explain", "U.S.S.G. § 2L1.2(b)(2)(B)", "--manual", "2026", "--format", "markdown");
    assert.equal(md.code, 0);
    assert.ok(md.out.startsWith("**USSG §2L1.2(b)(2)(B)** — Guidelines Manual, Nov. 1, 2026\n"), md.out);
    assert.ok(md.out.includes("*Text: UNVERIFIED for the 2026 Manual: the text of the 2025 Manual (verbatim there), not checked against the 2026 text — Guidelines Manual, Nov. 1, 2025.*"), md.out);
    assert.ok(md.out.includes("⚠ The Nov. 1, 2026 amendments (91 Fed. Reg. 24088 (May 4, 2026)) may have changed this text"));
    assert.ok(!/\*Text: verbatim/.test(md.out));
  });

  it("`--manual latest` is the 2026 Manual", () => {
    const latest = run("explain", "U.S.S.G. § 2L1.2(b)(2)(B)", "--manual", "latest");
    assert.equal(latest.code, 0);
    assert.equal(latest.out, run("explain", "U.S.S.G. § 2L1.2(b)(2)(B)", "--manual", "2026").out);
    assert.equal(JSON.parse(latest.out).manual, 2026);
    // no --manual: latest
    assert.equal(JSON.parse(run("explain", "U.S.S.G. § 2L1.2(b)(2)(B)").out).manual, 2026);
  });

  it("no 2026 guideline answer is labelled verbatim: every one is the 2025 answer, marked unverified, with the caveat first", () => {
    const sections = [...GUIDELINE_DATA, ...DELETED_DATA.sections].map((s) => s.section);
    let compared = 0;
    for (const sec of sections) {
      const text = sec === "ch5A" ? "U.S.S.G. ch. 5, pt. A" : `U.S.S.G. § ${sec}`;
      for (const form of sec === "ch5A" ? [text] : [text, `${text}(a)`, `${text}(b)`, `${text}, comment. (n.1)`, `${text}, comment.`]) {
        const c = cite(form);
        const a = lookupCitation(c, 2026);
        const b = lookupCitation(c, 2025);
        assert.equal(a.ok, b.ok, form);
        if (a.ok && b.ok) {
          assert.equal(a.provision.status, "unverified", `${form}: ${a.provision.status}`);
          assert.equal(a.provision.manual, 2026);
          assert.equal(a.provision.carried?.edition, 2025);
          assert.equal(a.provision.carried?.status, b.provision.status === "unavailable" || b.provision.status === "unverified" ? "partial" : b.provision.status, form);
          assert.equal(a.provision.text, b.provision.text, form);
          assert.equal(a.provision.textEdition, b.provision.textEdition, form);
          assert.equal(a.provision.caveats[0], CAVEAT, form);
          compared++;
        } else if (!a.ok && !b.ok) {
          assert.equal(a.reason, b.reason, form);
          assert.ok(a.message.startsWith(b.message), form);
          assert.match(a.message, /Heartland has not verified the 2026 Manual: this is what the 2025 Manual shows/, form);
        }
      }
    }
    assert.ok(compared >= 20, `only ${compared} answers compared`);
  });

  it("the Sentencing Table (ch. 5, pt. A) under 2026: the 2025 cells and zones, unverified", () => {
    const e26 = explain(cite("U.S.S.G. ch. 5, pt. A"), 2026);
    const e25 = explain(cite("U.S.S.G. ch. 5, pt. A"), 2025);
    assert.ok(e26.ok && e25.ok);
    assert.equal(e26.explanation.status, "unverified");
    assert.equal(e26.explanation.table, e25.explanation.table);
    assert.ok(e26.explanation.caveats.includes(CAVEAT));
  });

  it("statutes are not Manual text: § 1326(b)(2) under 2026 keeps its own status", () => {
    const e = explain(cite("8 U.S.C. § 1326(b)(2)"), 2026);
    assert.ok(e.ok);
    assert.notEqual(e.explanation.status, "unverified");
    assert.equal(e.explanation.carried, undefined);
  });

  it("a section deleted in 2025 and cited as live in a 2026 brief is still flagged, saying the 2026 text is unverified", () => {
    const t = "A departure under U.S.S.G. § 5K2.0 is warranted.";
    const fs26 = checkCitations(t, { edition: 2026 });
    assert.equal(fs26.length, 1, JSON.stringify(fs26.map((f) => f.message)));
    assert.match(fs26[0].message, /is cited as live, but it is not in force in the 2026 Guidelines Manual \(the brief's edition\) \(as far as Heartland can tell: it has the 2026 Manual only as the 2025 text, unverified\)/);
    const e = explain(cite("U.S.S.G. § 5K2.0"), 2026);
    assert.ok(e.ok);
    assert.ok(explanationMarkdown(e.explanation).includes("**This provision was deleted in the 2025 Manual; Heartland has not verified the 2026 Manual.**"));
  });

  it("the 2025 edition stays verified: pinned 2025 answers carry no 2026 caveat", () => {
    const p = lookupCitation(cite("U.S.S.G. § 3F1.1"), 2025);
    assert.ok(p.ok);
    assert.equal(p.provision.status, "verbatim");
    assert.ok(!p.provision.caveats.includes(CAVEAT));
  });
});

// The DESIGN.md example (a 2-year felony before the first order, acceptance 3, category IV).
const EXAMPLE = { statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(B)"], acceptance: 3, criminalHistory: { category: "IV" } };

describe("issue 10: the calculator under the 2026 Manual", () => {
  it("computes with the 2025 rules (same figures) and says which inputs are unverified for 2026", () => {
    const r26 = computeRange({ ...EXAMPLE, manual: 2026 }).result;
    const r25 = computeRange({ ...EXAMPLE, manual: 2025 }).result;
    assert.equal(r26.manual, 2026);
    assert.deepEqual([r26.totalOffenseLevel, r26.criminalHistoryCategory, r26.guidelineRange, r26.zone, r26.steps], [13, "IV", { minMonths: 24, maxMonths: 30 }, "D", r25.steps]);
    assert.deepEqual([r25.totalOffenseLevel, r25.guidelineRange, r25.zone], [13, { minMonths: 24, maxMonths: 30 }, "D"]);
    assert.ok(r26.unverified);
    assert.equal(r26.unverified.edition, 2026);
    assert.equal(r26.unverified.computedWith, 2025);
    const cites = r26.unverified.inputs.map((i) => i.cite);
    assert.deepEqual(cites, ["USSG §2L1.2", "USSG ch. 5, pt. A", "USSG §5C1.1", "USSG §5G1.1", "USSG ch. 3", "USSG §3E1.1", "USSG §5D1.1(c)"]);
    assert.ok(r26.notes[0].startsWith("Unverified for the 2026 Manual: Heartland has not verified the text of the 2026 Manual (91 Fed. Reg. 24088–24113 (May 4, 2026) (FR Doc. 2026-08647)) and computes with the 2025 rules."), r26.notes[0]);
    assert.ok(r26.notes[0].includes("USSG ch. 5, pt. A (Sentencing Table ranges and zones)"));
    assert.ok(r26.notes[0].includes("USSG §5C1.1"));
    assert.ok(r26.notes[0].includes("USSG §3E1.1 (acceptance of responsibility)"));
    // 2025 pinned: no caveat
    assert.equal(r25.unverified, undefined);
    assert.ok(!r25.notes.some((n) => n.includes("Unverified")));
  });

  it("lists only the inputs the calculation used: §3F1.1 with early disposition, Chapter Four with the priors' points; §3E1.1 not without acceptance", () => {
    const bare = computeRange({ ...EXAMPLE, acceptance: 0, manual: 2026 }).result;
    assert.ok(!bare.unverified!.inputs.some((i) => i.cite === "USSG §3E1.1" || i.cite === "USSG §3F1.1" || i.cite.startsWith("USSG §§4A1.1")));
    const ed = computeRange({ ...EXAMPLE, earlyDisposition: 4, manual: 2026 }).result;
    assert.ok(ed.unverified!.inputs.some((i) => i.cite === "USSG §3F1.1"));
    const priors = [{ kind: "felony", offense: "other", sentenceMonths: 30, beforeFirstOrder: true, sentenceDate: "2019-03-01", releaseDate: "2020-06-01" }];
    const fp = computeRange({ statute: "1326(b)(2)", priors, acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false }, offenseDate: "2026-02-01", manual: 2026 }).result;
    assert.ok(fp.unverified!.inputs.some((i) => i.cite === "USSG §§4A1.1–4A1.2"), JSON.stringify(fp.unverified));
  });

  it("the inserted Markdown table says the range is computed with the 2025 rules and names the unverified inputs", () => {
    const { input, result } = computeRange({ ...EXAMPLE, manual: 2026 });
    const md = renderRangeMarkdown(input, result);
    assert.ok(md.includes("**Guideline range — USSG §2L1.2, 2026 Guidelines Manual (8 U.S.C. § 1326(b)(2))**"));
    assert.ok(md.includes("| Zone | D (unverified for the 2026 Manual) |"), md);
    const row = md.split("\n").find((l) => l.startsWith("| Unverified for the 2026 Manual |"));
    assert.ok(row, md);
    assert.ok(row.includes("computed with the 2025 rules; the amendments (91 Fed. Reg. 24088–24113 (May 4, 2026) (FR Doc. 2026-08647)) may have changed USSG §2L1.2"));
    for (const c of ["USSG ch. 5, pt. A (Sentencing Table ranges and zones)", "USSG §5C1.1", "USSG §3E1.1"]) assert.ok(row.includes(c), c);
    assert.ok(md.includes("\n- Unverified for the 2026 Manual: "));
    const md25 = renderRangeMarkdown(computeRange({ ...EXAMPLE, manual: 2025 }).input);
    assert.ok(!md25.includes("Unverified"));
    assert.ok(md25.includes("| Zone | D |"));
    const cmp = renderCompareMarkdown(input, ["acceptance:0"]);
    assert.ok(cmp.includes("Unverified for the 2026 Manual: computed with the 2025 rules"), cmp);
  });

  it("\"latest\" and no manual (today Dec. 3, 2026) compute under 2026, with the caveat", () => {
    const latest = computeRange({ ...EXAMPLE, manual: "latest" }, "2026-12-03").result;
    assert.equal(latest.manual, 2026);
    assert.ok(latest.unverified);
    assert.match(latest.manualReason!, /"latest" \(the 2026 Manual, the newest Heartland has\)/);
    const today = computeRange(EXAMPLE, "2026-12-03").result;
    assert.equal(today.manual, 2026);
    assert.equal(today.manualReason, "USSG §1B1.11(a): the Manual in force on today's date, Dec. 3, 2026 (no \"sentencingDate\" given), is the 2026 Manual");
    assert.equal(computeRange(EXAMPLE, "2026-10-31").result.manual, 2025);
  });
});

describe("issue 10: §1B1.11 with a sentencing date on or after Nov. 1, 2026", () => {
  const priors = [{ kind: "felony", offense: "other", sentenceMonths: 30, beforeFirstOrder: true }];
  const facts = { statute: "1326(b)(2)", priors, acceptance: 3, criminalHistory: { category: "IV" } } as const;

  it("the Manual in force on the sentencing date: 2026 from Nov. 1, 2026, 2025 the day before", () => {
    const on = computeRange({ ...facts, sentencingDate: "2026-11-01" }, "2026-12-03").result;
    assert.equal(on.manual, 2026);
    assert.equal(on.manualReason, "USSG §1B1.11(a): the Manual in force on the sentencing date, Nov. 1, 2026, is the 2026 Manual");
    assert.ok(on.unverified);
    const before = computeRange({ ...facts, sentencingDate: "2026-10-31" }, "2026-12-03").result;
    assert.equal(before.manual, 2025);
    assert.equal(before.unverified, undefined);
  });

  it("offense under 2025, sentencing under 2026: both compared, 2026 applied, and the comparison says it cannot see the 2026 amendments", () => {
    const r = computeRange({ ...facts, offenseDate: "2025-12-01", sentencingDate: "2026-11-15" }, "2026-12-03").result;
    assert.equal(r.manual, 2026);
    assert.deepEqual(r.manualComparison, { sentencingDateManual: 2026, sentencingDateRange: { minMonths: 24, maxMonths: 30 }, offenseDateManual: 2025, offenseDateRange: { minMonths: 24, maxMonths: 30 } });
    assert.equal(
      r.manualReason,
      "USSG §1B1.11(a): the Manual in force on the sentencing date, Nov. 15, 2026, is the 2026 Manual; the 2025 Manual in force on the offense date (Dec. 1, 2025) gives the same range, so §1B1.11(b)(1) does not call for it (the 2026 range is computed with the 2025 rules, unverified for the 2026 Manual, so this comparison cannot show a change its amendments made)",
    );
    const md = renderRangeMarkdown({ ...facts, offenseDate: "2025-12-01", sentencingDate: "2026-11-15" } as unknown as RangeInput, r);
    assert.ok(md.includes("| Guideline range, 2026 Manual (sentencing date) | 24–30 months |"));
    assert.ok(md.includes("| Unverified for the 2026 Manual |"));
  });

  it("a brief's sentencing date after Nov. 1, 2026 selects the 2026 Manual, and the reason says its text is not verified", () => {
    const s = resolveSettings({}, { sentencingDate: "2026-12-10" }, "2026-12-03");
    assert.equal(s.edition, 2026);
    assert.equal(s.editionFrom, "sentencing date");
    assert.equal(s.editionReason, "the Manual in force on the sentencing date (Dec. 10, 2026), USSG §1B1.11(a) (its text is not verified: Heartland shows the 2025 text, which the amendments effective Nov. 1, 2026 may have changed)");
    const d = resolveSettings({}, {}, "2026-12-03");
    assert.equal(d.edition, 2026);
    assert.equal(resolveSettings({}, { sentencingDate: "2026-06-01" }, "2026-12-03").editionReason, "the Manual in force on the sentencing date (June 1, 2026), USSG §1B1.11(a)");
  });
});
