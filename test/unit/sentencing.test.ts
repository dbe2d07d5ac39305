import * as assert from "node:assert/strict";
import { refuse } from "./refuse";
import { calculateRange, computeRange, type RangeInput, type RangeResult } from "../../src/core/sentencing";
import designExample from "../fixtures/design-example.json";

// The design example of DESIGN.md: 8 + 8 + 2 − 3 = 15; 15/IV = 30–37 months.
const DESIGN_EXAMPLE = designExample;

function run(raw: unknown): RangeResult {
  return computeRange(raw).result;
}


function levels(r: RangeResult): [string, number, number][] {
  return r.steps.map((s) => [s.cite, s.levels, s.total]);
}

function enh(manual: number, subs: unknown[], extra: Record<string, unknown> = {}): RangeResult {
  return run({ manual, statute: "1326(b)(2)", enhancements: subs, criminalHistory: { category: "I" }, ...extra });
}

function prior(manual: number, p: Record<string, unknown>, extra: Record<string, unknown> = {}): RangeResult {
  return run({ manual, statute: "1326(b)(2)", priors: [p], criminalHistory: { category: "VI" }, ...extra });
}

/** The §2L1.2(b) steps only: [cite, levels]. */
function socs(r: RangeResult): [string, number][] {
  return r.steps.filter((s) => s.cite.startsWith("USSG §2L1.2(b)")).map((s) => [s.cite, s.levels]);
}

describe("§2L1.2 calculator: the DESIGN.md example", () => {
  it("8 + 8 + 2 − 3 = 15; 15/IV = 30–37 months", () => {
    const r = run(DESIGN_EXAMPLE);
    assert.deepEqual(levels(r), [
      ["USSG §2L1.2(a)", 8, 8],
      ["USSG §2L1.2(b)(2)(B)", 8, 16],
      ["USSG §3C1.1", 2, 18],
      ["USSG §3E1.1(a)–(b)", -3, 15],
    ]);
    assert.equal(r.manual, 2025);
    assert.equal(r.totalOffenseLevel, 15);
    assert.equal(r.criminalHistoryCategory, "IV");
    assert.deepEqual(r.range, { minMonths: 30, maxMonths: 37, life: false });
    assert.equal(r.statutoryMaximumMonths, 240);
    assert.deepEqual(r.guidelineRange, { minMonths: 30, maxMonths: 37 });
    assert.equal(r.zone, "D");
    assert.deepEqual(r.supervisedRelease, { maxYears: 3 });
    assert.deepEqual(r.departures, []);
    assert.deepEqual(Object.keys(r), ["manual", "steps", "totalOffenseLevel", "criminalHistoryCategory", "range", "statutoryMaximumMonths", "guidelineRange", "zone", "supervisedRelease", "departures", "notes", "statute", "manualReason"]);
    assert.ok(r.notes.some((n) => n.includes("§5D1.1(c)")));
  });

  it("gives the same figures when the enhancement is stated by subsection", () => {
    const { priors: _p, ...rest } = DESIGN_EXAMPLE;
    const r = run({ ...rest, enhancements: ["2L1.2(b)(2)(B)"] });
    assert.deepEqual(levels(r), levels(run(DESIGN_EXAMPLE)).map(([c, l, t]) => [c, l, t]));
    assert.equal(r.steps[1].label, "Felony conviction before the first order of deportation or removal, sentence imposed two years or more");
    assert.deepEqual(r.guidelineRange, { minMonths: 30, maxMonths: 37 });
  });

  it("defaults to the latest edition", () => {
    const { manual: _m, ...rest } = DESIGN_EXAMPLE;
    assert.equal(run(rest).manual, 2026);
    assert.equal(run({ ...rest, manual: "latest" }).manual, 2026);
  });
});

describe("§2L1.2 calculator: worked examples from test_vectors.json", () => {
  it("Tapia-Leon (10th Cir. 2006): 2004 Manual, 8 + 16 (b)(1)(A)(vii) − 3 = 21, CHC V, 70–87", () => {
    const r = run({ manual: 2004, statute: "1326(b)(2)", enhancements: ["USSG §2L1.2(b)(1)(A)(vii)"], acceptance: 3, criminalHistory: { category: "V" } });
    assert.deepEqual(levels(r), [["USSG §2L1.2(a)", 8, 8], ["USSG §2L1.2(b)(1)(A)(vii)", 16, 24], ["USSG §3E1.1(a)–(b)", -3, 21]]);
    assert.equal(r.totalOffenseLevel, 21);
    assert.deepEqual(r.range, { minMonths: 70, maxMonths: 87, life: false });
    assert.deepEqual(r.guidelineRange, { minMonths: 70, maxMonths: 87 });
  });

  it("Tapia-Leon from the facts: a 2004 alien smuggling felony prior gives the same 21 / 70–87", () => {
    const r = prior(2004, { kind: "felony", offense: "alien-smuggling", beforeFirstOrder: true }, { acceptance: 3, criminalHistory: { category: "V" } });
    assert.deepEqual(socs(r), [["USSG §2L1.2(b)(1)(A)(vii)", 16]]);
    assert.equal(r.totalOffenseLevel, 21);
    assert.deepEqual(r.range, { minMonths: 70, maxMonths: 87, life: false });
  });

  it("Rabanal (5th Cir. 2007): (b)(1)(A)(vii), total 21, CHC III, 46–57", () => {
    const r = run({ manual: 2006, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(vii)"], acceptance: 3, criminalHistory: { category: "III" } });
    assert.equal(r.totalOffenseLevel, 21);
    assert.deepEqual(r.range, { minMonths: 46, maxMonths: 57, life: false });
  });

  it("Banuelos-Alfaro (10th Cir. 2009): drug trafficking felony, sentence > 13 months: 8 + 16 − 3 = 21, CHC III, 46–57", () => {
    const r = prior(2008, { kind: "felony", offense: "drug-trafficking", sentenceMonths: 36, beforeFirstOrder: true }, { acceptance: 3, criminalHistory: { category: "III" } });
    assert.deepEqual(levels(r), [["USSG §2L1.2(a)", 8, 8], ["USSG §2L1.2(b)(1)(A)(i)", 16, 24], ["USSG §3E1.1(a)–(b)", -3, 21]]);
    assert.deepEqual(r.range, { minMonths: 46, maxMonths: 57, life: false });
    assert.equal(r.zone, "D");
  });

  it("Leiva-Deras (2d Cir. 2004): 2001 Manual, 8 + 16 − 3 = 21, CHC III, 46–57", () => {
    const r = prior(2001, { kind: "felony", offense: "drug-trafficking", sentenceMonths: 48, beforeFirstOrder: true }, { acceptance: 3, criminalHistory: { category: "III" } });
    assert.equal(r.totalOffenseLevel, 21);
    assert.deepEqual(r.guidelineRange, { minMonths: 46, maxMonths: 57 });
    assert.ok(r.notes.some((n) => n.includes("predates the PROTECT Act")), "the 2001 Manual applies the pre-PROTECT Act rule");
  });

  it("Banuelos-Rodriguez (9th Cir. en banc 2000): 1995 Manual, 8 + 16 − 3 = 21, CHC V, 70–87", () => {
    const r = prior(1995, { kind: "felony", offense: "drug-trafficking", aggravatedFelony: true, beforeFirstOrder: true }, { acceptance: 3, criminalHistory: { category: "V" } });
    assert.deepEqual(levels(r), [["USSG §2L1.2(a)", 8, 8], ["USSG §2L1.2(b)(2)", 16, 24], ["USSG §3E1.1(a)–(b)", -3, 21]]);
    assert.deepEqual(r.range, { minMonths: 70, maxMonths: 87, life: false });
  });

  it("4th Cir. 2015 report: 2014 Manual, alien smuggling felony with no criminal history points: 8 + 12 − 3 = 17, 27–33 at CHC II", () => {
    const r = prior(2014, { kind: "felony", offense: "alien-smuggling", sentenceMonths: 3.5, beforeFirstOrder: true, receivesCriminalHistoryPoints: false }, { statute: "1326(b)(1)", acceptance: 3, criminalHistory: { category: "II" } });
    assert.deepEqual(socs(r), [["USSG §2L1.2(b)(1)(A)(vii)", 12]]);
    assert.equal(r.totalOffenseLevel, 17);
    assert.deepEqual(r.range, { minMonths: 27, maxMonths: 33, life: false });
    assert.equal(r.statutoryMaximumMonths, 120);
  });
});

describe("§2L1.2 calculator: eras", () => {
  it("1995–1996: (b)(1) +4 felony, (b)(2) +16 aggravated felony, use the greater", () => {
    assert.deepEqual(socs(enh(1995, ["2L1.2(b)(1)"])), [["USSG §2L1.2(b)(1)", 4]]);
    assert.deepEqual(socs(enh(1996, ["2L1.2(b)(2)"])), [["USSG §2L1.2(b)(2)", 16]]);
    assert.deepEqual(socs(enh(1996, ["2L1.2(b)(1)", "2L1.2(b)(2)"])), [["USSG §2L1.2(b)(2)", 16]]);
    const felony = { kind: "felony", offense: "other", beforeFirstOrder: true, aggravatedFelony: false, immigrationOffense: false };
    assert.deepEqual(socs(prior(1995, felony)), [["USSG §2L1.2(b)(1)", 4]]);
    assert.deepEqual(socs(prior(1995, { ...felony, immigrationOffense: true })), []);
    assert.deepEqual(socs(prior(1995, { kind: "felony", offense: "illegal-reentry", beforeFirstOrder: true, aggravatedFelony: false })), [], "an immigration-law felony does not count under the 1995 (b)(1)");
    assert.deepEqual(socs(prior(1995, { kind: "felony", offense: "aggravated-felony", beforeFirstOrder: true })), [["USSG §2L1.2(b)(2)", 16]]);
  });

  it("1997–2000: (b)(1)(A) +16 aggravated felony, (b)(1)(B) +4 other felony or three misdemeanor crimes of violence / controlled substance offenses", () => {
    assert.deepEqual(socs(prior(1997, { kind: "felony", offense: "other", beforeFirstOrder: true, aggravatedFelony: true })), [["USSG §2L1.2(b)(1)(A)", 16]]);
    assert.deepEqual(socs(prior(2000, { kind: "felony", offense: "illegal-reentry", beforeFirstOrder: true, aggravatedFelony: false })), [["USSG §2L1.2(b)(1)(B)", 4]]);
    const misd = { kind: "misdemeanor", offense: "crime-of-violence", beforeFirstOrder: true, aggravatedFelony: false };
    const three = run({ manual: 1999, statute: "1326(b)(1)", priors: [misd, misd, { ...misd, offense: "drug-trafficking" }], criminalHistory: { category: "III" } });
    assert.deepEqual(socs(three), [["USSG §2L1.2(b)(1)(B)", 4]]);
    const two = run({ manual: 1999, statute: "1326(b)(1)", priors: [misd, misd], criminalHistory: { category: "III" } });
    assert.deepEqual(socs(two), []);
  });

  it("2001–2010: +16 / +12 / +8 / +4 / +4", () => {
    assert.deepEqual(socs(enh(2001, ["2L1.2(b)(1)(A)"])), [["USSG §2L1.2(b)(1)(A)", 16]]);
    assert.deepEqual(socs(enh(2005, ["2L1.2(b)(1)(B)"])), [["USSG §2L1.2(b)(1)(B)", 12]]);
    assert.deepEqual(socs(enh(2010, ["2L1.2(b)(1)(C)"])), [["USSG §2L1.2(b)(1)(C)", 8]]);
    assert.deepEqual(socs(enh(2003, ["2L1.2(b)(1)(D)"])), [["USSG §2L1.2(b)(1)(D)", 4]]);
    assert.deepEqual(socs(enh(2009, ["2L1.2(b)(1)(E)"])), [["USSG §2L1.2(b)(1)(E)", 4]]);
    assert.deepEqual(socs(enh(2009, ["2L1.2(b)(1)(C)", "2L1.2(b)(1)(A)(ii)"])), [["USSG §2L1.2(b)(1)(A)(ii)", 16]], "apply the greatest");
    const p = { kind: "felony", beforeFirstOrder: true };
    assert.deepEqual(socs(prior(2007, { ...p, offense: "crime-of-violence" })), [["USSG §2L1.2(b)(1)(A)(ii)", 16]]);
    assert.deepEqual(socs(prior(2007, { ...p, offense: "firearms" })), [["USSG §2L1.2(b)(1)(A)(iii)", 16]]);
    assert.deepEqual(socs(prior(2007, { ...p, offense: "other", aggravatedFelony: true })), [["USSG §2L1.2(b)(1)(C)", 8]]);
    assert.deepEqual(socs(prior(2007, { ...p, offense: "other", aggravatedFelony: false })), [["USSG §2L1.2(b)(1)(D)", 4]]);
    const misd = { kind: "misdemeanor", offense: "drug-trafficking", beforeFirstOrder: true, aggravatedFelony: false };
    assert.deepEqual(socs(run({ manual: 2006, statute: "1326(b)(1)", priors: [misd, misd, misd], criminalHistory: { category: "III" } })), [["USSG §2L1.2(b)(1)(E)", 4]]);
  });

  it("2001–2010: drug trafficking, sentence 13 months vs 14 months (\"exceeded 13 months\")", () => {
    const p = { kind: "felony", offense: "drug-trafficking", beforeFirstOrder: true };
    assert.deepEqual(socs(prior(2008, { ...p, sentenceMonths: 13 })), [["USSG §2L1.2(b)(1)(B)", 12]]);
    assert.deepEqual(socs(prior(2008, { ...p, sentenceMonths: 13.5 })), [["USSG §2L1.2(b)(1)(A)(i)", 16]]);
    assert.deepEqual(socs(prior(2008, { ...p, sentenceMonths: 14 })), [["USSG §2L1.2(b)(1)(A)(i)", 16]]);
  });

  it("2001–2002: alien smuggling counts at 16 only if committed for profit; from 2003 the words are struck", () => {
    const p = { kind: "felony", offense: "alien-smuggling", beforeFirstOrder: true };
    assert.deepEqual(socs(prior(2002, { ...p, committedForProfit: true })), [["USSG §2L1.2(b)(1)(A)(vii)", 16]]);
    assert.deepEqual(socs(prior(2001, { ...p, committedForProfit: false, aggravatedFelony: true })), [["USSG §2L1.2(b)(1)(C)", 8]]);
    assert.deepEqual(socs(prior(2003, p)), [["USSG §2L1.2(b)(1)(A)(vii)", 16]]);
    assert.match(refuse({ manual: 2002, statute: "1326(b)(2)", priors: [p], criminalHistory: { category: "I" } })[0], /^priors\[0\]\.committedForProfit: state true or false/);
  });

  it("2011–2015: 16 → 12 and 12 → 8 when the conviction receives no criminal history points", () => {
    assert.deepEqual(socs(enh(2011, ["2L1.2(b)(1)(A)"])), [["USSG §2L1.2(b)(1)(A)", 16]]);
    assert.deepEqual(socs(enh(2011, [{ subsection: "2L1.2(b)(1)(A)", receivesCriminalHistoryPoints: false }])), [["USSG §2L1.2(b)(1)(A)", 12]]);
    assert.deepEqual(socs(enh(2015, [{ subsection: "2L1.2(b)(1)(B)", receivesCriminalHistoryPoints: false }])), [["USSG §2L1.2(b)(1)(B)", 8]]);
    assert.deepEqual(socs(enh(2015, [{ subsection: "2L1.2(b)(1)(B)", receivesCriminalHistoryPoints: true }])), [["USSG §2L1.2(b)(1)(B)", 12]]);
    assert.deepEqual(socs(enh(2013, [{ subsection: "2L1.2(b)(1)(C)", receivesCriminalHistoryPoints: false }])), [["USSG §2L1.2(b)(1)(C)", 8]]);
    const p = { kind: "felony", offense: "drug-trafficking", sentenceMonths: 24, beforeFirstOrder: true };
    assert.deepEqual(socs(prior(2012, p)), [["USSG §2L1.2(b)(1)(A)(i)", 16]]);
    assert.deepEqual(socs(prior(2012, { ...p, receivesCriminalHistoryPoints: false })), [["USSG §2L1.2(b)(1)(A)(i)", 12]]);
    assert.deepEqual(socs(prior(2012, { ...p, sentenceMonths: 12, receivesCriminalHistoryPoints: false })), [["USSG §2L1.2(b)(1)(B)", 8]]);
    // a no-points (b)(1)(A) (12) ties with a with-points (b)(1)(B) (12)
    assert.deepEqual(socs(enh(2012, [{ subsection: "2L1.2(b)(1)(A)", receivesCriminalHistoryPoints: false }, "2L1.2(b)(1)(C)"])), [["USSG §2L1.2(b)(1)(A)", 12]]);
  });

  it("the points object is refused outside 2011–2015", () => {
    assert.deepEqual(refuse({ manual: 2009, statute: "1326(b)(2)", enhancements: [{ subsection: "2L1.2(b)(1)(A)", receivesCriminalHistoryPoints: false }], criminalHistory: { category: "I" } }), [
      "enhancements[0].receivesCriminalHistoryPoints: matters only under the 2011–2015 Manuals (Amendment 754: 16 or 12 levels, 12 or 8 levels); in the 2009 Guidelines Manual give the subsection as a plain string such as \"2L1.2(b)(1)(A)\".",
    ]);
  });

  it("2016 on: (b)(1) +4/+2; (b)(2) and (b)(3) +10/+8/+6/+4/+2, added together", () => {
    const r = run({
      manual: 2016,
      statute: "1326(b)(2)",
      priors: [
        { kind: "felony", offense: "illegal-reentry", sentenceMonths: 18 },
        { kind: "felony", offense: "drug-trafficking", sentenceMonths: 60, beforeFirstOrder: true },
        { kind: "felony", offense: "other", sentenceMonths: 14, beforeFirstOrder: false, conductAfterFirstOrder: true },
      ],
      acceptance: 3,
      criminalHistory: { category: "VI" },
    });
    assert.deepEqual(levels(r), [
      ["USSG §2L1.2(a)", 8, 8],
      ["USSG §2L1.2(b)(1)(A)", 4, 12],
      ["USSG §2L1.2(b)(2)(A)", 10, 22],
      ["USSG §2L1.2(b)(3)(C)", 6, 28],
      ["USSG §3E1.1(a)–(b)", -3, 25],
    ]);
    assert.deepEqual(r.range, { minMonths: 110, maxMonths: 137, life: false });
  });

  it("2016 on: boundaries 13 vs 14 months, 23 vs 24, 59 vs 60 (sentence imposed)", () => {
    const at = (m: number, before = true) => socs(prior(2018, { kind: "felony", offense: "other", sentenceMonths: m, beforeFirstOrder: before }))[0];
    assert.deepEqual(at(13), ["USSG §2L1.2(b)(2)(D)", 4]);
    assert.deepEqual(at(13.1), ["USSG §2L1.2(b)(2)(C)", 6], "exceeded one year and one month");
    assert.deepEqual(at(14), ["USSG §2L1.2(b)(2)(C)", 6]);
    assert.deepEqual(at(23), ["USSG §2L1.2(b)(2)(C)", 6]);
    assert.deepEqual(at(24), ["USSG §2L1.2(b)(2)(B)", 8], "two years or more");
    assert.deepEqual(at(59), ["USSG §2L1.2(b)(2)(B)", 8]);
    assert.deepEqual(at(60), ["USSG §2L1.2(b)(2)(A)", 10], "five years or more");
    assert.deepEqual(at(0), ["USSG §2L1.2(b)(2)(D)", 4]);
    assert.deepEqual(at(13, false), ["USSG §2L1.2(b)(3)(D)", 4]);
    assert.deepEqual(at(14, false), ["USSG §2L1.2(b)(3)(C)", 6]);
    assert.deepEqual(at(24, false), ["USSG §2L1.2(b)(3)(B)", 8]);
    assert.deepEqual(at(60, false), ["USSG §2L1.2(b)(3)(A)", 10]);
  });

  it("2016 on: misdemeanors — two § 1325(a) → (b)(1)(B) +2; three crimes of violence / drug trafficking → (E) +2; points required", () => {
    const m1325 = { kind: "misdemeanor", offense: "1325a" };
    const one = run({ manual: 2020, statute: "1326(a)", priors: [m1325], criminalHistory: { points: 1 } });
    assert.deepEqual(socs(one), []);
    const two = run({ manual: 2020, statute: "1326(a)", priors: [m1325, m1325], criminalHistory: { points: 2 } });
    assert.deepEqual(socs(two), [["USSG §2L1.2(b)(1)(B)", 2]]);
    const cov = { kind: "misdemeanor", offense: "crime-of-violence", beforeFirstOrder: false };
    const three = run({ manual: 2025, statute: "1326(b)(1)", priors: [cov, cov, { ...cov, offense: "drug-trafficking" }], criminalHistory: { points: 3 } });
    assert.deepEqual(socs(three), [["USSG §2L1.2(b)(3)(E)", 2]]);
    const noPoints = run({ manual: 2025, statute: "1326(b)(1)", priors: [{ kind: "felony", offense: "other", sentenceMonths: 70, beforeFirstOrder: true, receivesCriminalHistoryPoints: false }], criminalHistory: { points: 0 } });
    assert.deepEqual(socs(noPoints), [], "comment. (n.3): only convictions that receive criminal history points");
  });

  it("2016 on: a felony illegal-reentry prior needs no before/after fact; (b)(2)/(b)(3) priors do", () => {
    assert.deepEqual(socs(prior(2019, { kind: "felony", offense: "illegal-reentry" })), [["USSG §2L1.2(b)(1)(A)", 4]]);
    const issues = refuse({ manual: 2019, statute: "1326(b)(1)", priors: [{ kind: "felony", offense: "other", sentenceMonths: 30 }], criminalHistory: { category: "III" } });
    assert.equal(issues.length, 1);
    assert.match(issues[0], /^priors\[0\]\.beforeFirstOrder: state true or false: .*\(If true: §2L1\.2\(b\)\(2\)\(B\) \+8; if false: §2L1\.2\(b\)\(3\)\(B\) \+8\.\)$/);
  });

  it("asks for the aggravated-felony fact where it decides the enhancement, and only there", () => {
    assert.deepEqual(refuse({ manual: 2007, statute: "1326(b)(1)", priors: [{ kind: "felony", offense: "other", beforeFirstOrder: true }], criminalHistory: { category: "II" } }), [
      "priors[0].aggravatedFelony: state true or false: whether this conviction is an \"aggravated felony\" (8 U.S.C. § 1101(a)(43)) changes the §2L1.2(b) enhancement in the 2007 Guidelines Manual, and the calculator does not decide it. (If true: §2L1.2(b)(1)(C) +8; if false: §2L1.2(b)(1)(D) +4.)",
    ]);
    // a crime of violence is (b)(1)(A) either way: no question
    assert.deepEqual(socs(prior(2007, { kind: "felony", offense: "crime-of-violence", beforeFirstOrder: true })), [["USSG §2L1.2(b)(1)(A)(ii)", 16]]);
    // 1995: a crime of violence may or may not be an aggravated felony
    assert.match(refuse({ manual: 1995, statute: "1326(b)(2)", priors: [{ kind: "felony", offense: "crime-of-violence", beforeFirstOrder: true }], criminalHistory: { category: "II" } })[0], /^priors\[0\]\.aggravatedFelony: .*If true: §2L1\.2\(b\)\(2\) \+16; if false: §2L1\.2\(b\)\(1\) \+4/);
    // pre-2016 a conviction after the first order needs "deportedAfter"
    assert.match(refuse({ manual: 2010, statute: "1326(b)(2)", priors: [{ kind: "felony", offense: "crime-of-violence", beforeFirstOrder: false }], criminalHistory: { category: "II" } })[0], /^priors\[0\]\.deportedAfter: state true or false/);
    assert.deepEqual(socs(prior(2010, { kind: "felony", offense: "crime-of-violence", beforeFirstOrder: false, deportedAfter: true })), [["USSG §2L1.2(b)(1)(A)(ii)", 16]]);
    assert.deepEqual(socs(prior(2010, { kind: "felony", offense: "crime-of-violence", deportedAfter: false })), []);
  });

  it("requires the sentence where the enhancement turns on it", () => {
    assert.deepEqual(refuse({ manual: 2016, statute: "1326(b)(1)", priors: [{ kind: "felony", offense: "other", beforeFirstOrder: true }], criminalHistory: { category: "III" } }), [
      "priors[0].sentenceMonths: is required for this conviction in the 2016 Guidelines Manual: the §2L1.2(b) enhancement turns on the sentence imposed. It must be the sentence imposed in months, a number from 0 to 1200 (e.g. 30, or 3.5 for 107 days).",
    ]);
  });

  it("refuses a subsection the edition lacks, naming what it has", () => {
    assert.deepEqual(refuse({ manual: 2010, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(B)"], criminalHistory: { category: "IV" } }), [
      "enhancements[0]: \"2L1.2(b)(2)(B)\" is not a subsection of §2L1.2 in the 2010 Guidelines Manual. That edition's §2L1.2(b) has: (b)(1)(A) +16, (b)(1)(B) +12, (b)(1)(C) +8, (b)(1)(D) +4, (b)(1)(E) +4.",
    ]);
    assert.match(refuse({ manual: 2016, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(C)"], criminalHistory: { category: "IV" } })[0], /^enhancements\[0\]: "2L1\.2\(b\)\(1\)\(C\)" is not a subsection of §2L1\.2 in the 2016 Guidelines Manual\. That edition's §2L1\.2\(b\) has: \(b\)\(1\)\(A\) \+4, \(b\)\(1\)\(B\) \+2, \(b\)\(2\)\(A\) \+10/);
    assert.match(refuse({ manual: 1996, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)"], criminalHistory: { category: "IV" } })[0], /That edition's §2L1\.2\(b\) has: \(b\)\(1\) \+4, \(b\)\(2\) \+16\.$/);
    assert.match(refuse({ manual: 2020, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(A)(ii)"], criminalHistory: { category: "IV" } })[0], /is not a subsection/);
  });
});

describe("every edition 1995–2025", () => {
  // Hand-written from the reference texts (not read from the data files).
  const top: [number, number, string, number][] = [
    [1995, 1996, "2L1.2(b)(2)", 16],
    [1997, 2000, "2L1.2(b)(1)(A)", 16],
    [2001, 2010, "2L1.2(b)(1)(A)", 16],
    [2011, 2015, "2L1.2(b)(1)(A)", 16],
    [2016, 2025, "2L1.2(b)(2)(A)", 10],
  ];
  for (let y = 1995; y <= 2025; y++) {
    it(`${y}: greatest enhancement, acceptance rule, early disposition, zone rule, §5D1.1(c)`, () => {
      const [, , sub, lv] = top.find(([a, b]) => y >= a && y <= b)!;
      const r = run({ manual: y, statute: "1326(b)(2)", enhancements: [sub], acceptance: 3, earlyDisposition: y >= 2003 ? 2 : 0, criminalHistory: { category: "III" } });
      assert.equal(r.manual, y);
      assert.deepEqual(socs(r), [[`USSG §${sub}`, lv]]);
      const beforeEd = 8 + lv - 3;
      assert.equal(r.totalOffenseLevel, y >= 2025 ? beforeEd - 2 : beforeEd);
      assert.equal(r.departures.length, y >= 2003 && y <= 2024 ? 1 : 0);
      assert.equal(r.notes.some((n) => n.includes("only upon the government's motion")), y >= 2003);
      assert.equal(r.notes.some((n) => n.includes("since Nov. 1, 2010 (Amendment 738)")), y >= 2010);
      assert.equal(r.notes.some((n) => n.startsWith("USSG §5D1.1(c)")), y >= 2011);
      if (y < 2003) assert.match(refuse({ manual: y, statute: "1326(a)", enhancements: [], earlyDisposition: 1, criminalHistory: { category: "I" } })[0], /^earlyDisposition: /);
    });
  }
});

describe("§3E1.1 acceptance of responsibility", () => {
  const base = (manual: number, extra: Record<string, unknown>) => run({ manual, statute: "1326(b)(2)", criminalHistory: { category: "I" }, acceptance: 3, ...extra });

  it("level 15 before acceptance: 3 asked for, 2 applied, and the note says why", () => {
    const r = base(2016, { enhancements: ["2L1.2(b)(1)(A)"], otherAdjustments: [{ levels: 3, cite: "USSG §3B1.1(b)", label: "Manager or supervisor" }] });
    assert.deepEqual(levels(r), [["USSG §2L1.2(a)", 8, 8], ["USSG §2L1.2(b)(1)(A)", 4, 12], ["USSG §3B1.1(b)", 3, 15], ["USSG §3E1.1(a)", -2, 13]]);
    assert.ok(r.notes.some((n) => n.startsWith("Acceptance: 2 levels, not 3.") && n.includes("here it is 15")));
  });

  it("level 16 before acceptance: 3 levels", () => {
    const r = base(2016, { enhancements: ["2L1.2(b)(2)(B)"] });
    assert.deepEqual(levels(r), [["USSG §2L1.2(a)", 8, 8], ["USSG §2L1.2(b)(2)(B)", 8, 16], ["USSG §3E1.1(a)–(b)", -3, 13]]);
    assert.equal(r.totalOffenseLevel, 13);
    assert.ok(r.notes.some((n) => n.includes("only upon the government's motion")));
  });

  it("explains which §3E1.1(b) rule applies: PROTECT Act motion from the 2003 Manual, not in 2002", () => {
    const a = base(2003, { enhancements: ["2L1.2(b)(1)(A)"] });
    assert.ok(a.notes.some((n) => n.includes("only upon the government's motion (PROTECT Act")));
    const b = base(2002, { enhancements: ["2L1.2(b)(1)(A)"] });
    assert.ok(b.notes.some((n) => n.includes("predates the PROTECT Act") && n.includes("did not yet require a government motion")));
    assert.equal(b.totalOffenseLevel, 21);
  });

  it("acceptance 2 and 0", () => {
    assert.equal(base(2016, { acceptance: 2, enhancements: ["2L1.2(b)(2)(B)"] }).totalOffenseLevel, 14);
    assert.equal(base(2016, { acceptance: 0, enhancements: ["2L1.2(b)(2)(B)"] }).totalOffenseLevel, 16);
  });
});

describe("early disposition", () => {
  it("2025: §3F1.1 lowers the offense level, after acceptance", () => {
    const r = run({ ...DESIGN_EXAMPLE, earlyDisposition: 4 });
    assert.deepEqual(levels(r).slice(-2), [["USSG §3E1.1(a)–(b)", -3, 15], ["USSG §3F1.1", -4, 11]]);
    assert.equal(r.totalOffenseLevel, 11);
    assert.deepEqual(r.range, { minMonths: 18, maxMonths: 24, life: false });
    assert.deepEqual(r.departures, []);
  });

  it("2003–2024: §5K3.1 is a departure reported separately, not in the total or the range", () => {
    const r = run({ ...DESIGN_EXAMPLE, manual: 2024, earlyDisposition: 4 });
    assert.equal(r.totalOffenseLevel, 15);
    assert.deepEqual(r.range, { minMonths: 30, maxMonths: 37, life: false });
    assert.deepEqual(r.guidelineRange, { minMonths: 30, maxMonths: 37 });
    assert.deepEqual(r.departures, [
      { label: "Early disposition program departure (government motion)", cite: "USSG §5K3.1", levels: -4, offenseLevel: 11, range: { minMonths: 18, maxMonths: 24, life: false }, guidelineRange: { minMonths: 18, maxMonths: 24 } },
    ]);
    assert.ok(!r.steps.some((s) => s.cite.includes("5K3.1")));
    const r2003 = run({ manual: 2003, statute: "1326(a)", enhancements: [], earlyDisposition: 2, criminalHistory: { category: "I" } });
    assert.equal(r2003.departures[0].offenseLevel, 6);
  });

  it("before the 2003 Manual: refused", () => {
    assert.deepEqual(refuse({ manual: 2002, statute: "1326(a)", enhancements: [], earlyDisposition: 1, criminalHistory: { category: "I" } }), [
      "earlyDisposition: the 2002 Guidelines Manual has no early-disposition provision: §5K3.1 (a departure of not more than 4 levels on the government's motion) took effect Oct. 27, 2003 (Amendment 651), and the 2003 Manual (Nov. 1, 2003) is the first edition to contain it. Use 0, or the 2003 or a later edition.",
    ]);
    assert.equal(run({ manual: 2002, statute: "1326(a)", enhancements: [], earlyDisposition: 0, criminalHistory: { category: "I" } }).totalOffenseLevel, 8);
  });

  it("more than 4 levels: refused", () => {
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, earlyDisposition: 5 }), ["earlyDisposition: must be a whole number of levels from 0 to 4 (an early-disposition reduction is not more than 4 levels)."]);
  });
});

describe("criminal history", () => {
  it("points → category (0–1 I, 2–3 II, 4–6 III, 7–9 IV, 10–12 V, 13+ VI)", () => {
    const cat = (points: number) => run({ manual: 2025, statute: "1326(a)", enhancements: [], criminalHistory: { points } }).criminalHistoryCategory;
    assert.deepEqual([0, 1, 2, 3, 4, 6, 7, 9, 10, 12, 13, 30].map(cat), ["I", "I", "II", "II", "III", "III", "IV", "IV", "V", "V", "VI", "VI"]);
  });

  it("warns when the points are lower than the listed priors would score", () => {
    const p = { manual: 2025, statute: "1326(b)(1)", priors: [{ kind: "felony", offense: "other", sentenceMonths: 30, beforeFirstOrder: true }, { kind: "felony", offense: "other", sentenceMonths: 3, beforeFirstOrder: false }] };
    const low = run({ ...p, criminalHistory: { points: 4 } });
    assert.ok(low.notes.some((n) => n.startsWith("Warning: the prior convictions listed would score at least 5 criminal history points")));
    const ok = run({ ...p, criminalHistory: { points: 5 } });
    assert.ok(!ok.notes.some((n) => n.startsWith("Warning")));
    const cat = run({ ...p, criminalHistory: { category: "II" } });
    assert.ok(cat.notes.some((n) => n.includes("category III or higher")));
    const enhOnly = run({ manual: 2025, statute: "1326(b)(1)", enhancements: ["2L1.2(b)(2)(C)", "2L1.2(b)(3)(B)"], criminalHistory: { category: "II" } });
    assert.ok(enhOnly.notes.some((n) => n.startsWith("Warning: the prior convictions listed (as the enhancements require them) would score at least 6")));
  });
});

describe("statutory maximum, §5G1.1, zones, supervised release", () => {
  it("§5G1.1(a): range above the maximum → the maximum is the guideline sentence", () => {
    const r = run({ manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(1)(A)"], criminalHistory: { category: "VI" } });
    assert.equal(r.totalOffenseLevel, 22);
    assert.deepEqual(r.range, { minMonths: 84, maxMonths: 105, life: false });
    assert.equal(r.statutoryMaximumMonths, 24);
    assert.deepEqual(r.guidelineRange, { minMonths: 24, maxMonths: 24 });
    assert.deepEqual(r.supervisedRelease, { maxYears: 1 });
  });

  it("§5G1.1(c): a range straddling the maximum is capped", () => {
    const r = run({ manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(D)"], criminalHistory: { category: "IV" } });
    assert.deepEqual(r.range, { minMonths: 21, maxMonths: 27, life: false });
    assert.deepEqual(r.guidelineRange, { minMonths: 21, maxMonths: 24 });
  });

  it("§ 1326(b)(3): 120 months is the guideline sentence (§5G1.1(b) below, (c) straddling, (a) above)", () => {
    const low = run({ manual: 2025, statute: "1326(b)(3)", enhancements: [], criminalHistory: { category: "IV" } });
    assert.deepEqual(low.range, { minMonths: 10, maxMonths: 16, life: false });
    assert.deepEqual(low.guidelineRange, { minMonths: 120, maxMonths: 120 });
    assert.equal(low.statutoryMaximumMonths, 120);
    const mid = run({ manual: 2025, statute: "1326(b)(3)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], otherAdjustments: [{ levels: 3, cite: "USSG §3B1.1(b)", label: "Manager" }], criminalHistory: { category: "III" } });
    assert.equal(mid.totalOffenseLevel, 31);
    assert.deepEqual(mid.range, { minMonths: 135, maxMonths: 168, life: false });
    assert.deepEqual(mid.guidelineRange, { minMonths: 120, maxMonths: 120 });
    const straddle = run({ manual: 2025, statute: "1326(b)(3)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], otherAdjustments: [{ levels: 2, cite: "USSG §3C1.1", label: "Obstruction" }], acceptance: 3, criminalHistory: { category: "IV" } });
    assert.equal(straddle.totalOffenseLevel, 27);
    assert.deepEqual(straddle.range, { minMonths: 100, maxMonths: 125, life: false });
    assert.deepEqual(straddle.guidelineRange, { minMonths: 120, maxMonths: 120 });
  });

  it("§ 1326(b)(1) and (b)(2) maxima follow the offense date (before Sept. 13, 1994: 5 and 15 years)", () => {
    const at = (statute: string, offenseDate?: string) => run({ manual: 1995, statute, offenseDate, enhancements: ["2L1.2(b)(2)"], criminalHistory: { category: "VI" } });
    assert.equal(at("1326(b)(1)", "1994-09-12").statutoryMaximumMonths, 60);
    assert.deepEqual(at("1326(b)(1)", "1994-09-12").guidelineRange, { minMonths: 60, maxMonths: 60 });
    assert.equal(at("1326(b)(1)", "1994-09-13").statutoryMaximumMonths, 120);
    assert.deepEqual(at("1326(b)(1)", "1994-09-13").guidelineRange, { minMonths: 100, maxMonths: 120 });
    assert.equal(at("1326(b)(1)").statutoryMaximumMonths, 120);
    assert.equal(at("1326(b)(2)", "1990-01-01").statutoryMaximumMonths, 180);
    assert.equal(at("1326(b)(2)", "1994-09-13").statutoryMaximumMonths, 240);
    assert.equal(at("1326(a)", "1990-01-01").statutoryMaximumMonths, 24);
    assert.deepEqual(at("1326(b)(1)", "1994-09-12").supervisedRelease, { maxYears: 3 });
  });

  it("§ 1326(b)(4) maximum 10 years; (b)(3)/(b)(4) refused for an offense before the 1996 amendments", () => {
    assert.equal(run({ manual: 2025, statute: "1326(b)(4)", enhancements: [], criminalHistory: { category: "I" } }).statutoryMaximumMonths, 120);
    assert.match(refuse({ manual: 1996, statute: "1326(b)(4)", offenseDate: "1996-01-01", enhancements: [], criminalHistory: { category: "I" } })[0], /^offenseDate: an offense on 1996-01-01 predates 1996-09-30/);
    assert.match(refuse({ manual: 1995, statute: "1326(b)(2)", offenseDate: "1988-11-17", enhancements: [], criminalHistory: { category: "I" } })[0], /^offenseDate: an offense on 1988-11-17 predates 1988-11-18: § 1326\(b\) was added by the Anti-Drug Abuse Act of 1988/);
    assert.equal(run({ manual: 1995, statute: "1326(b)(2)", offenseDate: "1988-11-18", enhancements: [], criminalHistory: { category: "I" } }).statutoryMaximumMonths, 180);
  });

  it("§ 1325(a) (second or subsequent offense): 24 months, 1 year of supervised release", () => {
    const r = run({ manual: 2025, statute: "1325(a)", enhancements: [], criminalHistory: { category: "I" } });
    assert.equal(r.statutoryMaximumMonths, 24);
    assert.deepEqual(r.supervisedRelease, { maxYears: 1 });
    assert.ok(r.notes.some((n) => n.includes("second or subsequent offense")));
  });

  it("zones before and after Nov. 1, 2010", () => {
    const z = (manual: number, extra: number, category: string) => run({ manual, statute: "1326(b)(2)", enhancements: [], otherAdjustments: extra ? [{ levels: extra, cite: "USSG §3B1.1(a)", label: "x" }] : [], criminalHistory: { category } }).zone;
    // 11/I = 8–14: zone C under the 1992 rule, B under the 2010 rule; 13/I = 12–18: D then C
    assert.equal(z(2009, 3, "I"), "C");
    assert.equal(z(2010, 3, "I"), "B");
    assert.equal(z(2009, 5, "I"), "D");
    assert.equal(z(2010, 5, "I"), "C");
    assert.equal(z(1995, 0, "I"), "A");
    assert.equal(z(2025, 0, "IV"), "C");
  });

  it("levels above 43 are treated as 43 (life); §5G1.1(a) caps at the maximum", () => {
    const r = run({ manual: 1995, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)"], otherAdjustments: [{ levels: 20, cite: "USSG §3A1.1", label: "x" }], criminalHistory: { category: "I" } });
    assert.equal(r.totalOffenseLevel, 43);
    assert.equal(r.steps[r.steps.length - 1].total, 44);
    assert.deepEqual(r.range, { minMonths: null, maxMonths: null, life: true });
    assert.deepEqual(r.guidelineRange, { minMonths: 240, maxMonths: 240 });
    const top = run({ manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)", "2L1.2(b)(1)(A)"], otherAdjustments: [{ levels: 7, cite: "USSG §3A1.4", label: "x" }], criminalHistory: { category: "VI" } });
    assert.equal(top.totalOffenseLevel, 39);
    assert.deepEqual(top.range, { minMonths: 360, maxMonths: null, life: true });
    assert.deepEqual(top.guidelineRange, { minMonths: 240, maxMonths: 240 });
  });

  it("levels below 1 are treated as 1", () => {
    const r = run({ manual: 2025, statute: "1326(a)", enhancements: [], otherAdjustments: [{ levels: -4, cite: "USSG §3B1.2(a)", label: "Minimal role" }], acceptance: 2, earlyDisposition: 4, criminalHistory: { category: "I" } });
    assert.equal(r.steps[r.steps.length - 1].total, -2);
    assert.equal(r.totalOffenseLevel, 1);
    assert.deepEqual(r.range, { minMonths: 0, maxMonths: 6, life: false });
  });
});

describe("invalid input", () => {
  it("names the field and what is allowed", () => {
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, criminalHistory: { category: "VII" } }), ["criminalHistory.category: must be I, II, III, IV, V or VI (the Sentencing Table has no category above VI)."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, criminalHistory: { points: -1 } }), ["criminalHistory.points: must be a whole number of criminal history points from 0 to 99."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, priors: [{ kind: "felony", offense: "other", sentenceMonths: -3, beforeFirstOrder: true }] }), ["priors[0].sentenceMonths: must be the sentence imposed in months, a number from 0 to 1200 (e.g. 30, or 3.5 for 107 days)."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, manual: 1994 }), ["manual: must be a Guidelines Manual edition year from 1995 to 2026 (the Manual in force on Nov. 1 of that year), or \"latest\"."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, statute: "1326(c)" }), ["statute: must be the statute of conviction, one of: 1326(a), 1326(b)(1), 1326(b)(2), 1326(b)(3), 1326(b)(4), 1325(a) (8 U.S.C.), or \"1326\" to take the § 1326 subsection from the prior convictions."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, acceptance: 1 }), ["acceptance: must be 0, 2 or 3 (levels off for acceptance of responsibility, USSG §3E1.1)."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, acceptence: 3 }), ["input: unknown field \"acceptence\"; the fields allowed here are: manual, statute, statuteAsCharged, offenseDate, sentencingDate, priors, enhancements, acceptance, earlyDisposition, otherAdjustments, criminalHistory."]);
    assert.deepEqual(refuse({ statute: "1326(a)", criminalHistory: { category: "I" } }), ["priors: give the prior convictions (\"priors\") or the §2L1.2(b) subsections that apply (\"enhancements\"); use an empty list for none."]);
    const { statute: _s, ...noStatute } = DESIGN_EXAMPLE;
    assert.deepEqual(refuse(noStatute), ["statute: is required: it must be the statute of conviction, one of: 1326(a), 1326(b)(1), 1326(b)(2), 1326(b)(3), 1326(b)(4), 1325(a) (8 U.S.C.), or \"1326\" to take the § 1326 subsection from the prior convictions."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, otherAdjustments: [{ levels: -3, cite: "USSG §3E1.1", label: "Acceptance" }] }), ["otherAdjustments[0].cite: must cite a Chapter Three adjustment in Parts A–D, e.g. \"USSG §3C1.1\" (acceptance of responsibility and early disposition have their own fields)."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, priors: [{ kind: "misdemeanor", offense: "illegal-reentry" }] }), ["priors[0].offense: an illegal-reentry offense (8 U.S.C. § 1326) is a felony; for a misdemeanor improper-entry conviction use \"1325a\"."]);
    assert.deepEqual(refuse([1, 2]), ["input: the input must be a JSON object, e.g. {\"manual\": 2025, \"statute\": \"1326(b)(2)\", \"enhancements\": [\"2L1.2(b)(2)(B)\"], \"acceptance\": 3, \"criminalHistory\": {\"category\": \"IV\"}}."]);
    assert.deepEqual(refuse({ ...DESIGN_EXAMPLE, offenseDate: "1994-02-30" }), ["offenseDate: must be the date of the offense written YYYY-MM-DD (e.g. 1994-09-12); leave it out if the statutory maximum does not depend on it."]);
  });

  it("accepts common spellings: \"8 U.S.C. § 1326(b)(2)\", a lower-case category, a numeric-string edition, an adjustment without a label", () => {
    const r = run({ ...DESIGN_EXAMPLE, manual: "2025", statute: "8 U.S.C. § 1326(b)(2)", criminalHistory: { category: "iv" }, otherAdjustments: [{ levels: 2, cite: "§3C1.1" }] });
    assert.equal(r.totalOffenseLevel, 15);
    assert.equal(r.statutoryMaximumMonths, 240);
    assert.equal(r.steps[2].label, "Chapter Three adjustment (§3C1.1)");
    const bare = run({ manual: 2025, statute: "1326(b)(2)", enhancements: ["(b)(2)(B)", "§ 2L1.2(b)(1)(A)"], criminalHistory: { category: "I" } });
    assert.deepEqual(socs(bare), [["USSG §2L1.2(b)(1)(A)", 4], ["USSG §2L1.2(b)(2)(B)", 8]]);
  });

  it("notes what \"sentence imposed\" means in the edition (revocations)", () => {
    const note = (manual: number) => prior(manual, { kind: "felony", offense: "crime-of-violence", sentenceMonths: 30, beforeFirstOrder: true }).notes.find((n) => n.startsWith("Sentence imposed"))!;
    assert.match(note(2013), /only if the revocation occurred before the defendant was deported/);
    assert.match(note(2020), /regardless of when the revocation occurred/);
    assert.match(note(2016), /Hernandez Martinez/);
  });

  it("calculateRange on typed input gives the same as computeRange", () => {
    const input = DESIGN_EXAMPLE as unknown as RangeInput;
    // computeRange adds only the reason for the Manual (issue 10: USSG §1B1.11) to the per-edition calculation
    const { manualReason, ...rest } = run(DESIGN_EXAMPLE);
    assert.equal(manualReason, 'as given ("manual": the 2025 Manual)');
    assert.deepEqual(calculateRange(input), rest);
  });
});
