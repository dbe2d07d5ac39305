import * as assert from "node:assert/strict";
import { refuse } from "./refuse";
import { computeRange, type RangeResult } from "../../src/core/sentencing";
import { yearsBefore } from "../../src/core/sentencing/criminalHistory";

// Criminal history from the priors (issue 12): USSG §§4A1.1–4A1.2 and §4C1.1 by edition, and the
// §2L1.2 enhancements that depend on the points. Rules, editions and sources:
// src/data/criminal-history.json.

const OFFENSE = "2020-06-01";

/** A prior that triggers no §2L1.2 enhancement in any era (not deported after it; "other" felony). */
function p(extra: Record<string, unknown>): Record<string, unknown> {
  return { kind: "felony", offense: "other", deportedAfter: false, beforeFirstOrder: true, aggravatedFelony: false, immigrationOffense: false, ...extra };
}

function run(raw: unknown): RangeResult {
  return computeRange(raw).result;
}

/** Points only: no enhancements, 1326(a), no acceptance. */
function points(manual: number, priors: unknown[], opts: { underSentence?: boolean; offenseDate?: string } = {}): RangeResult {
  return run({ manual, statute: "1326(a)", offenseDate: opts.offenseDate ?? OFFENSE, priors, enhancements: [], criminalHistory: { fromPriors: true, underSentence: opts.underSentence ?? false } });
}

function perPrior(r: RangeResult): [number | undefined, number, string][] {
  return (r.criminalHistory?.items ?? []).map((i) => [i.prior, i.points, i.subsection]);
}


describe("criminal history from the priors: §4A1.1(a)–(c)", () => {
  it("13 months is (b), 2 points; 14 months is (a), 3 points (exceeding one year and one month)", () => {
    const r13 = points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: 13 })]);
    assert.deepEqual(perPrior(r13), [[1, 2, "§4A1.1(b)"]]);
    assert.equal(r13.criminalHistoryPoints, 2);
    assert.equal(r13.criminalHistoryCategory, "II");
    const r14 = points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: 14 })]);
    assert.deepEqual(perPrior(r14), [[1, 3, "§4A1.1(a)"]]);
    assert.equal(r14.criminalHistoryCategory, "II");
    // 8, CHC II: 4–10 months.
    assert.equal(r14.totalOffenseLevel, 8);
    assert.deepEqual(r14.guidelineRange, { minMonths: 4, maxMonths: 10 });
  });

  it("59 days is (c), 1 point; 60 days is (b), 2 points (both month encodings)", () => {
    for (const [months, pts] of [[59 / 30.4375, 1], [1.94, 1], [59 / 30, 1], [60 / 30.4375, 2], [1.97, 2], [2, 2]] as const) {
      const r = points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: months })]);
      assert.equal(r.criminalHistoryPoints, pts, `${months} months`);
    }
  });

  it("§4A1.1(c) gives not more than 4 points: six one-point sentences score 4 (category III)", () => {
    const priors = [0, 1, 2, 3, 4, 5].map((k) => p({ kind: "misdemeanor", sentenceDate: `201${k + 1}-03-01`, sentenceMonths: 0 }));
    const r = points(2025, priors);
    assert.deepEqual(perPrior(r).map((x) => x[1]), [1, 1, 1, 1, 0, 0]);
    assert.equal(r.criminalHistoryPoints, 4);
    assert.equal(r.criminalHistoryCategory, "III");
    assert.match(r.criminalHistory?.items[4].reason ?? "", /not more than 4 points/);
  });
});

describe("criminal history from the priors: the periods of §4A1.2(e), from the commencement of the instant offense", () => {
  it("15 years: imposed on the first day of the period counts; the day before does not unless he was incarcerated during it", () => {
    assert.equal(yearsBefore(OFFENSE, 15), "2005-06-01");
    assert.equal(points(2025, [p({ sentenceDate: "2005-06-01", sentenceMonths: 24 })]).criminalHistoryPoints, 3);
    const out = points(2025, [p({ sentenceDate: "2005-05-31", sentenceMonths: 24, releaseDate: "2005-05-31" })]);
    assert.deepEqual(perPrior(out), [[1, 0, "§4A1.2(e)(1)"]]);
    assert.equal(out.criminalHistory?.items[0].reason, "24 months imprisonment; imposed 2005, released 2005-05-31: outside the 15-year period (before 2005-06-01), §4A1.2(e)(1)");
    const inside = points(2025, [p({ sentenceDate: "1999-01-01", sentenceMonths: 120, releaseDate: "2005-06-01" })]);
    assert.deepEqual(perPrior(inside), [[1, 3, "§4A1.1(a)"]]);
    assert.match(inside.criminalHistory?.items[0].reason ?? "", /incarcerated during the 15-year period/);
  });

  it("asks for the release date only when it decides the period", () => {
    assert.deepEqual(
      refuse({ manual: 2025, statute: "1326(a)", offenseDate: OFFENSE, priors: [p({ sentenceDate: "2004-01-01", sentenceMonths: 24 })], enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } }).map((s) => s.split(":")[0]),
      ["priors[0].releaseDate"],
    );
    // A 24-month term imposed in 1990 ended long before 2005: no question, no points.
    assert.equal(points(2025, [p({ sentenceDate: "1990-01-01", sentenceMonths: 24 })]).criminalHistoryPoints, 0);
  });

  it("10 years for other sentences: imposed 2010-06-01 counts (2 points), 2010-05-31 does not", () => {
    assert.equal(points(2025, [p({ sentenceDate: "2010-06-01", sentenceMonths: 6 })]).criminalHistoryPoints, 2);
    const r = points(2025, [p({ sentenceDate: "2010-05-31", sentenceMonths: 6 })]);
    assert.deepEqual(perPrior(r), [[1, 0, "§4A1.2(e)(2)"]]);
    assert.equal(r.criminalHistoryCategory, "I");
  });

  it("§4A1.2(k): a revocation term is added to the original term (10 + 6 = 16 months → 3 points)", () => {
    const r = points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: 10, revocationMonths: 6, releaseDate: "2016-09-01" })]);
    assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"]]);
    assert.match(r.criminalHistory?.items[0].reason ?? "", /10 months imprisonment \+ 6 months on revocation \(§4A1\.2\(k\)\) = 16 months/);
  });
});

describe("criminal history from the priors: §4A1.2(c) and (d)", () => {
  it("(c)(1): 12 months' probation is not counted, 13 months' is; 30 days' jail is; (c)(2) never", () => {
    const m = (extra: Record<string, unknown>) => p({ kind: "misdemeanor", sentenceDate: "2015-01-01", sentenceMonths: 0, pettyOffense: "4A1.2(c)(1)", ...extra });
    assert.equal(points(2025, [m({ probationMonths: 12 })]).criminalHistoryPoints, 0);
    assert.equal(points(2025, [m({ probationMonths: 13 })]).criminalHistoryPoints, 1);
    assert.equal(points(2025, [m({ sentenceMonths: 29 / 30 })]).criminalHistoryPoints, 0);
    assert.equal(points(2025, [m({ sentenceMonths: 30 / 30.4375 })]).criminalHistoryPoints, 1);
    assert.equal(points(2025, [m({ sentenceMonths: 3, pettyOffense: "4A1.2(c)(2)" })]).criminalHistoryPoints, 0);
  });

  it("age 17 vs 18: a 6-month sentence released more than five years before the offense scores 0 at 17 (§4A1.2(d)(2)) and 2 at 18 (§4A1.1(b))", () => {
    const base = { sentenceDate: "2012-01-01", sentenceMonths: 6, releaseDate: "2012-07-01" };
    const r17 = points(2025, [p({ ...base, ageAtOffense: 17 })]);
    assert.deepEqual(perPrior(r17), [[1, 0, "§4A1.2(d)(2)"]]);
    const r18 = points(2025, [p({ ...base, ageAtOffense: 18 })]);
    assert.deepEqual(perPrior(r18), [[1, 2, "§4A1.1(b)"]]);
  });

  it("under eighteen: released within five years → 2 points (d)(2)(A); a sentence over 13 months asks whether he was convicted as an adult", () => {
    const r = points(2025, [p({ ageAtOffense: 16, sentenceDate: "2014-01-01", sentenceMonths: 6, releaseDate: "2015-06-01" })]);
    assert.deepEqual(perPrior(r), [[1, 2, "§4A1.1(b), §4A1.2(d)(2)(A)"]]);
    assert.deepEqual(
      refuse({ manual: 2025, statute: "1326(a)", offenseDate: OFFENSE, priors: [p({ ageAtOffense: 17, sentenceDate: "2014-01-01", sentenceMonths: 24, releaseDate: "2015-06-01" })], enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } }).map((s) => s.split(":")[0]),
      ["priors[0].convictedAsAdult"],
    );
    assert.equal(points(2025, [p({ ageAtOffense: 17, convictedAsAdult: true, sentenceDate: "2008-01-01", sentenceMonths: 24, releaseDate: "2010-01-01" })]).criminalHistoryPoints, 3);
  });
});

describe("criminal history from the priors: status and recency points by edition", () => {
  const six = [p({ sentenceDate: "2012-01-01", sentenceMonths: 24 }), p({ sentenceDate: "2014-01-01", sentenceMonths: 24 })];
  const seven = [...six, p({ kind: "misdemeanor", sentenceDate: "2018-01-01", sentenceMonths: 0 })];

  it("2022 Manual: 2 status points (§4A1.1(d)); 2023 Manual: none with 6 other points, 1 with 7 (§4A1.1(e), Amendment 821)", () => {
    const r22 = points(2022, six, { underSentence: true });
    assert.equal(r22.criminalHistoryPoints, 8);
    assert.equal(r22.criminalHistoryCategory, "IV");
    assert.deepEqual(perPrior(r22).at(-1), [undefined, 2, "§4A1.1(d)"]);
    const r23 = points(2023, six, { underSentence: true });
    assert.equal(r23.criminalHistoryPoints, 6);
    assert.equal(r23.criminalHistoryCategory, "III");
    assert.deepEqual(perPrior(r23).at(-1), [undefined, 0, "§4A1.1(e)"]);
    const r23b = points(2023, seven, { underSentence: true });
    assert.equal(r23b.criminalHistoryPoints, 8);
    assert.equal(r23b.criminalHistoryCategory, "IV");
    assert.equal(points(2022, seven, { underSentence: true }).criminalHistoryPoints, 9);
    assert.equal(points(2025, seven, { underSentence: false }).criminalHistoryPoints, 7);
  });

  it("recency through the 2009 Manual (2 points, 1 with status points), none from 2010 (Amendment 742); the two-year edge", () => {
    const off = "2009-12-01";
    const pr = (release: string) => [p({ sentenceDate: "2006-01-01", sentenceMonths: 18, releaseDate: release })];
    const r09 = points(2009, pr("2008-06-01"), { offenseDate: off });
    assert.deepEqual(perPrior(r09), [[1, 3, "§4A1.1(a)"], [undefined, 2, "§4A1.1(e)"]]);
    assert.equal(r09.criminalHistoryCategory, "III");
    const r09s = points(2009, pr("2008-06-01"), { offenseDate: off, underSentence: true });
    assert.deepEqual(perPrior(r09s).map((x) => x[1]), [3, 2, 1]);
    assert.equal(r09s.criminalHistoryPoints, 6);
    assert.equal(points(2010, pr("2008-06-01"), { offenseDate: off }).criminalHistoryPoints, 3);
    // Released exactly two years before: not "less than two years after release".
    assert.equal(points(2009, pr("2007-12-01"), { offenseDate: off }).criminalHistoryPoints, 3);
    assert.equal(points(2009, pr("2007-12-02"), { offenseDate: off }).criminalHistoryPoints, 5);
  });
});

describe("criminal history from the priors: single sentences (§4A1.2(a)(2)) and the crime-of-violence point", () => {
  const sameDay = (extra: Record<string, unknown> = {}) => [p({ sentenceDate: "2015-03-01", sentenceMonths: 24 }), p({ sentenceDate: "2015-03-01", sentenceMonths: 12, ...extra })];

  it("asks whether an intervening arrest separated two sentences imposed the same day", () => {
    const msgs = refuse({ manual: 2025, statute: "1326(a)", offenseDate: OFFENSE, priors: sameDay(), enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(msgs.map((s) => s.split(":")[0]), ["priors[1].interveningArrest"]);
    assert.match(msgs[0], /Counted separately: 3 \+ 2 points/);
  });

  it("no intervening arrest: one sentence, the longest term (3 points); an intervening arrest: 3 + 2", () => {
    const one = points(2025, sameDay({ interveningArrest: false }));
    assert.deepEqual(perPrior(one), [[1, 3, "§4A1.1(a)"], [2, 0, "§4A1.2(a)(2)"]]);
    assert.equal(points(2025, sameDay({ interveningArrest: true })).criminalHistoryPoints, 5);
  });

  it("crimes of violence treated as one sentence: 1 point under §4A1.1(e) (2010–2022), (d) from 2023, (f) in 2007–2009", () => {
    const cov = [p({ offense: "crime-of-violence", sentenceDate: "2015-03-01", sentenceMonths: 24 }), p({ offense: "crime-of-violence", sentenceDate: "2015-03-01", sentenceMonths: 12, interveningArrest: false })];
    const r = points(2022, cov);
    assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"], [2, 1, "§4A1.1(e)"]]);
    assert.equal(r.criminalHistoryPoints, 4);
    assert.deepEqual(perPrior(points(2025, cov))[1], [2, 1, "§4A1.1(d)"]);
    assert.deepEqual(perPrior(points(2008, cov))[1], [2, 1, "§4A1.1(f)"]);
  });

  it("1995–2006 Manuals: same-day sentences without an intervening arrest are one sentence only if the cases are related (asked)", () => {
    const raw = { manual: 2005, statute: "1326(a)", offenseDate: "2005-06-01", priors: [p({ sentenceDate: "2001-03-01", sentenceMonths: 24, releaseDate: "2004-01-01" }), p({ sentenceDate: "2001-03-01", sentenceMonths: 12, releaseDate: "2002-01-01", interveningArrest: false })], enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } };
    assert.deepEqual(refuse(raw).map((s) => s.split(":")[0]), ["priors[1].relatedCases"]);
    const pr = raw.priors as Record<string, unknown>[];
    // Related: one sentence (3) + recency (released 2004-01-01, < 2 years before) = 5; unrelated: 3 + 2 + 2 = 7.
    assert.equal(run({ ...raw, priors: [pr[0], { ...pr[1], relatedCases: true }] }).criminalHistoryPoints, 5);
    assert.equal(run({ ...raw, priors: [pr[0], { ...pr[1], relatedCases: false }] }).criminalHistoryPoints, 7);
  });

  it("consecutive terms of one sentence are aggregated, and asked when it matters", () => {
    const pr = [p({ sentenceDate: "2015-03-01", sentenceMonths: 12 }), p({ sentenceDate: "2015-03-01", sentenceMonths: 12, interveningArrest: false })];
    assert.deepEqual(refuse({ manual: 2025, statute: "1326(a)", offenseDate: OFFENSE, priors: pr, enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } }).map((s) => s.split(":")[0]), ["priors[1].consecutive"]);
    assert.equal(points(2025, [pr[0], { ...pr[1], consecutive: true }]).criminalHistoryPoints, 3);
    assert.equal(points(2025, [pr[0], { ...pr[1], consecutive: false }]).criminalHistoryPoints, 2);
  });
});

describe("criminal history from the priors: §4C1.1 (from Nov. 1, 2023)", () => {
  const base = { statute: "1326(a)", offenseDate: OFFENSE, priors: [], acceptance: 2 };
  it("zero points and zeroPointCriteriaMet: 8 − 2 − 2 = 4, CHC I, 0–6 months", () => {
    const r = run({ ...base, manual: 2025, criminalHistory: { fromPriors: true, underSentence: false, zeroPointCriteriaMet: true } });
    assert.deepEqual(r.steps.map((s) => [s.cite, s.levels, s.total]), [["USSG §2L1.2(a)", 8, 8], ["USSG §3E1.1(a)", -2, 6], ["USSG §4C1.1", -2, 4]]);
    assert.equal(r.criminalHistoryPoints, 0);
    assert.equal(r.criminalHistoryCategory, "I");
    assert.deepEqual(r.guidelineRange, { minMonths: 0, maxMonths: 6 });
  });

  it("is never assumed: without zeroPointCriteriaMet the level stays 6 and a note asks; the 2022 Manual has no §4C1.1", () => {
    const r = run({ ...base, manual: 2025, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.equal(r.totalOffenseLevel, 6);
    assert.ok(r.notes.some((n) => n.includes("zeroPointCriteriaMet")));
    assert.equal(run({ ...base, manual: 2022, criminalHistory: { fromPriors: true, underSentence: false, zeroPointCriteriaMet: true } }).totalOffenseLevel, 6);
    // One point (a stale sentence gives none; a fresh one gives one): no §4C1.1.
    const one = run({ ...base, manual: 2025, priors: [p({ kind: "misdemeanor", sentenceDate: "2015-01-01", sentenceMonths: 0 })], criminalHistory: { fromPriors: true, underSentence: false, zeroPointCriteriaMet: true } });
    assert.equal(one.totalOffenseLevel, 6);
    assert.equal(one.criminalHistoryPoints, 1);
  });

  it("also with a point total of 0", () => {
    assert.equal(run({ ...base, manual: 2024, criminalHistory: { points: 0, zeroPointCriteriaMet: true } }).totalOffenseLevel, 4);
  });
});

describe("criminal history from the priors: the §2L1.2 enhancements that depend on the points", () => {
  const drug = (sentenceDate: string, releaseDate: string) => ({ kind: "felony", offense: "drug-trafficking", sentenceDate, sentenceMonths: 30, releaseDate, beforeFirstOrder: true, deportedAfter: true });

  it("2025 Manual: a stale prior triggers no enhancement (comment. (n.3)): 8 − 2 = 6, CHC I, 0–6; a fresh one: 8 + 8 − 3 = 13, CHC II, 15–21", () => {
    const stale = run({ manual: 2025, statute: "1326(b)(2)", offenseDate: "2024-03-01", priors: [drug("2000-01-01", "2002-01-01")], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(stale.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §3E1.1(a)", -2]]);
    assert.equal(stale.criminalHistoryPoints, 0);
    assert.deepEqual(stale.guidelineRange, { minMonths: 0, maxMonths: 6 });
    const fresh = run({ manual: 2025, statute: "1326(b)(2)", offenseDate: "2024-03-01", priors: [drug("2012-01-01", "2014-01-01")], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(fresh.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(2)(B)", 8], ["USSG §3E1.1(a)–(b)", -3]]);
    assert.equal(fresh.totalOffenseLevel, 13);
    assert.equal(fresh.criminalHistoryCategory, "II");
    assert.deepEqual(fresh.guidelineRange, { minMonths: 15, maxMonths: 21 });
  });

  it("2013 Manual (Amendment 754): a stale drug-trafficking prior gets 12 levels, a fresh one 16", () => {
    const stale = run({ manual: 2013, statute: "1326(b)(2)", offenseDate: "2013-03-01", priors: [drug("1990-01-01", "1992-01-01")], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(stale.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(1)(A)(i)", 12], ["USSG §3E1.1(a)–(b)", -3]]);
    assert.equal(stale.totalOffenseLevel, 17);
    assert.deepEqual(stale.guidelineRange, { minMonths: 24, maxMonths: 30 });
    const fresh = run({ manual: 2013, statute: "1326(b)(2)", offenseDate: "2013-03-01", priors: [drug("2005-01-01", "2007-01-01")], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.equal(fresh.totalOffenseLevel, 21);
    assert.equal(fresh.criminalHistoryCategory, "II");
    assert.deepEqual(fresh.guidelineRange, { minMonths: 41, maxMonths: 51 });
  });

  it("2008 Manual: the points do not change the 16 levels; recency adds 2 points", () => {
    const r = run({ manual: 2008, statute: "1326(b)(2)", offenseDate: "2008-03-01", priors: [drug("1990-01-01", "1992-01-01")], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.equal(r.totalOffenseLevel, 21);
    assert.equal(r.criminalHistoryPoints, 0);
    assert.deepEqual(r.guidelineRange, { minMonths: 37, maxMonths: 46 });
  });

  it("2025 Manual: the revocation term counts toward the sentence imposed (20 + 6 = 26 months: (b)(2)(B), not (C))", () => {
    const r = run({ manual: 2025, statute: "1326(b)(2)", offenseDate: "2024-03-01", priors: [{ kind: "felony", offense: "other", sentenceDate: "2015-01-01", sentenceMonths: 20, revocationMonths: 6, releaseDate: "2017-05-01", beforeFirstOrder: true }], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(r.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(2)(B)", 8], ["USSG §3E1.1(a)–(b)", -3]]);
    assert.equal(r.criminalHistoryPoints, 3);
  });

  it("2013 Manual: whether a revocation term counts is asked when it changes the enhancement (Amendment 764)", () => {
    const raw = { manual: 2013, statute: "1326(b)(2)", offenseDate: "2013-03-01", priors: [{ ...drug("2005-01-01", "2007-01-01"), sentenceMonths: 10, revocationMonths: 6 }], criminalHistory: { fromPriors: true, underSentence: false } };
    assert.deepEqual(refuse(raw).map((s) => s.split(":")[0]), ["priors[0].revocationBeforeDeportation"]);
  });
});

describe("criminal history from the priors: the input", () => {
  it("requires offenseDate, each sentenceDate and sentenceMonths, and refuses receivesCriminalHistoryPoints", () => {
    const msgs = refuse({ manual: 2025, statute: "1326(a)", priors: [{ kind: "felony", offense: "other", receivesCriminalHistoryPoints: true }], enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(msgs.map((s) => s.split(":")[0]), ["offenseDate", "priors[0].sentenceDate", "priors[0].sentenceMonths", "priors[0].receivesCriminalHistoryPoints"]);
  });

  it("names underSentence when it is missing, and a bad date", () => {
    assert.deepEqual(refuse({ statute: "1326(a)", offenseDate: OFFENSE, priors: [], criminalHistory: { fromPriors: true } }).map((s) => s.split(":")[0]), ["criminalHistory.underSentence"]);
    assert.deepEqual(refuse({ statute: "1326(a)", offenseDate: OFFENSE, priors: [p({ sentenceDate: "2015-02-30", sentenceMonths: 3 })], criminalHistory: { fromPriors: true, underSentence: false } }).map((s) => s.split(":")[0]), ["priors[0].sentenceDate"]);
  });
});

describe("criminal history from the priors: the inserted table", () => {
  it("adds a criminal-history table (prior, date, sentence, points, rule) and the points beside the category", async () => {
    const { renderRangeMarkdown } = await import("../../src/core/sentencing");
    const raw = { manual: 2025, statute: "1326(b)(2)", offenseDate: "2024-03-01", acceptance: 3, priors: [{ kind: "felony", offense: "drug-trafficking", sentenceDate: "2012-01-01", sentenceMonths: 30, releaseDate: "2014-01-01", beforeFirstOrder: true }, { kind: "felony", offense: "other", sentenceDate: "2000-01-01", sentenceMonths: 30, releaseDate: "2002-01-01", beforeFirstOrder: true }], criminalHistory: { fromPriors: true, underSentence: false } };
    const { input, result } = computeRange(raw);
    const md = renderRangeMarkdown(input, result);
    assert.ok(md.includes("| Criminal history category | II (3 points) |"));
    assert.ok(md.includes("**Criminal history — USSG ch. 4, pt. A: 3 points, category II**"));
    assert.ok(md.includes("| Prior | Date | Sentence | Points | Rule |"));
    assert.ok(md.includes("| 1. Felony, drug trafficking | 2012-01-01 | 30 months imprisonment; released 2014-01-01 | 3 | §4A1.1(a): 30 months imprisonment, exceeding one year and one month; imposed 2012-01-01: within 15 years of the instant offense (2024-03-01), §4A1.2(e)(1) |"));
    assert.ok(md.includes("| 2. Felony, other offense | 2000-01-01 | 30 months imprisonment; released 2002-01-01 | 0 | §4A1.2(e)(1): 30 months imprisonment; imposed 2000, released 2002-01-01: outside the 15-year period (before 2009-03-01), §4A1.2(e)(1) |"));
    assert.ok(md.includes("| **Total** | | | **3** | category II (USSG ch. 5, pt. A) |"));
    assert.ok(md.includes("the advisory range is 15–21 months"));
  });
});

describe("criminal history from the priors: Compare scenarios", () => {
  it("toggles the status points and a disputed prior (its points and the enhancement it triggers)", async () => {
    const { renderCompareMarkdown, scenarioOptions } = await import("../../src/core/sentencing");
    const raw = { manual: 2022, statute: "1326(b)(2)", offenseDate: "2022-03-01", acceptance: 3, priors: [{ kind: "felony", offense: "drug-trafficking", sentenceDate: "2012-01-01", sentenceMonths: 30, releaseDate: "2014-01-01", beforeFirstOrder: true }, { kind: "misdemeanor", offense: "other", sentenceDate: "2019-01-01", sentenceMonths: 0, beforeFirstOrder: false }], criminalHistory: { fromPriors: true, underSentence: true } };
    const { input } = computeRange(raw);
    const ids = scenarioOptions(input).map((s) => s.id);
    assert.deepEqual(ids.filter((id) => /status|Prior/.test(id)), ["status:off", "withoutPrior:1", "withoutPrior:2"]);
    const md = renderCompareMarkdown(input, ["status:off", "withoutPrior:1", "without:2L1.2(b)(2)(B)"]);
    // As calculated: 3 + 1 + 2 (status) = 6 points, III; 8 + 8 − 3 = 13 → 18–24.
    assert.ok(md.includes("| As calculated | 13 | III | 18–24 months | 18–24 months | — |"), md);
    // Without status: 4 points, III.
    assert.ok(md.includes("| Without status points | 13 | III | 18–24 months | 18–24 months | — |"), md);
    // Without prior 1: no enhancement, 1 + 2 = 3 points, II; 8 − 2 = 6 → 1–7.
    assert.ok(md.includes("| Without prior 1 (felony, drug trafficking; 3 points) | 6 | II | 1–7 months | 1–7 months | — |"), md);
    // Without the enhancement: the priors still score 6 points (III); 8 − 2 = 6 → 2–8.
    assert.ok(md.includes("| Without §2L1.2(b)(2)(B) | 6 | III | 2–8 months | 2–8 months | — |"), md);
  });
});

describe("Amendment 821 check (post-sentence, 18 U.S.C. § 3582(c)(2))", () => {
  const base = { statute: "1326(a)", offenseDate: "2020-06-01", acceptance: 2, enhancements: [] };

  it("Part A: 3 + 2 status points (III, 6/III = 2–8) become 3 (II, 6/II = 1–7): lowers the range", async () => {
    const { checkAmendment821 } = await import("../../src/core/sentencing");
    const { input } = computeRange({ ...base, manual: 2022, priors: [p({ sentenceDate: "2015-01-01", sentenceMonths: 14 })], criminalHistory: { fromPriors: true, underSentence: true } });
    const c = checkAmendment821(input);
    assert.deepEqual(c.original, { criminalHistoryPoints: 5, criminalHistoryCategory: "III", totalOffenseLevel: 6, guidelineRange: { minMonths: 2, maxMonths: 8 } });
    assert.deepEqual(c.amended, { criminalHistoryPoints: 3, criminalHistoryCategory: "II", totalOffenseLevel: 6, guidelineRange: { minMonths: 1, maxMonths: 7 } });
    assert.deepEqual(c.partA, { statusPointsBefore: 2, statusPointsAfter: 0 });
    assert.equal(c.lowersRange, true);
  });

  it("Part A with 7 other points: 2 status points become 1 (9 → 8 points, IV either way): does not lower", async () => {
    const { checkAmendment821 } = await import("../../src/core/sentencing");
    const priors = [p({ sentenceDate: "2012-01-01", sentenceMonths: 24 }), p({ sentenceDate: "2014-01-01", sentenceMonths: 24 }), p({ kind: "misdemeanor", sentenceDate: "2018-01-01", sentenceMonths: 0 })];
    const { input } = computeRange({ ...base, manual: 2021, priors, criminalHistory: { fromPriors: true, underSentence: true } });
    const c = checkAmendment821(input);
    assert.equal(c.original.criminalHistoryPoints, 9);
    assert.equal(c.amended.criminalHistoryPoints, 8);
    assert.deepEqual(c.partA, { statusPointsBefore: 2, statusPointsAfter: 1 });
    assert.equal(c.lowersRange, false);
    assert.match(c.notes.at(-1) ?? "", /not authorized \(USSG §1B1\.10\(a\)\(2\)\(B\)\)/);
  });

  it("Part B, Subpart 1: status points only (2, II) → 0 points and §4C1.1 when its criteria are met: 6/II = 1–7 → 4/I = 0–6", async () => {
    const { checkAmendment821 } = await import("../../src/core/sentencing");
    const { input } = computeRange({ ...base, manual: 2022, priors: [], criminalHistory: { fromPriors: true, underSentence: true, zeroPointCriteriaMet: true } });
    const c = checkAmendment821(input);
    assert.deepEqual(c.original, { criminalHistoryPoints: 2, criminalHistoryCategory: "II", totalOffenseLevel: 6, guidelineRange: { minMonths: 1, maxMonths: 7 } });
    assert.deepEqual(c.amended, { criminalHistoryPoints: 0, criminalHistoryCategory: "I", totalOffenseLevel: 4, guidelineRange: { minMonths: 0, maxMonths: 6 } });
    assert.deepEqual(c.partB, { applies: true, levels: -2 });
    assert.equal(c.lowersRange, true);
  });

  it("refuses a 2023 or later Manual, and criminal history not computed from the priors", async () => {
    const { checkAmendment821 } = await import("../../src/core/sentencing");
    assert.throws(() => checkAmendment821(computeRange({ ...base, manual: 2023, priors: [], criminalHistory: { fromPriors: true, underSentence: true } }).input), /already includes Amendment 821/);
    assert.throws(() => checkAmendment821(computeRange({ ...base, manual: 2022, priors: [], criminalHistory: { points: 2 } }).input), /needs \{"fromPriors": true/);
  });
});

describe("criminal history from the priors: the crime-of-violence point and consecutive terms", () => {
  it("a consecutive crime-of-violence term that raised the single sentence's points gets no extra point (12 + 9 months: 3 points, not 4)", () => {
    const cov = [p({ offense: "crime-of-violence", sentenceDate: "2015-03-01", sentenceMonths: 12 }), p({ offense: "crime-of-violence", sentenceDate: "2015-03-01", sentenceMonths: 9, interveningArrest: false, consecutive: true })];
    const r = points(2025, cov);
    assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"], [2, 0, "§4A1.2(a)(2)"]]);
    // Concurrent: the 9-month term added nothing, so it gets the point: 2 + 1.
    const c = points(2025, [cov[0], { ...cov[1], consecutive: false }]);
    assert.deepEqual(perPrior(c), [[1, 2, "§4A1.1(b)"], [2, 1, "§4A1.1(d)"]]);
  });
});

describe("criminal history from the priors: 2016 and later, misdemeanors counted separately (§2L1.2 comment. (n.3))", () => {
  const mis = (offense: string, sentenceDate: string, extra: Record<string, unknown> = {}) => ({ kind: "misdemeanor", offense, sentenceDate, sentenceMonths: 1, beforeFirstOrder: true, ...extra });
  it("three misdemeanor drug/violence convictions, two of them one sentence: no (b)(2)(E); counted separately: +2", () => {
    const raw = (second: Record<string, unknown>) => ({ manual: 2016, statute: "1326(b)(1)", offenseDate: "2017-06-01", priors: [mis("drug-trafficking", "2014-01-01"), mis("drug-trafficking", "2014-01-01", second), mis("crime-of-violence", "2015-01-01")], criminalHistory: { fromPriors: true, underSentence: false } });
    const single = run(raw({ interveningArrest: false, consecutive: false }));
    assert.deepEqual(single.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8]]);
    assert.equal(single.criminalHistoryPoints, 2);
    assert.deepEqual(single.guidelineRange, { minMonths: 4, maxMonths: 10 });
    const separate = run(raw({ interveningArrest: true }));
    assert.deepEqual(separate.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(2)(E)", 2]]);
    assert.equal(separate.criminalHistoryPoints, 3);
    // 10/II = 8–14.
    assert.deepEqual(separate.guidelineRange, { minMonths: 8, maxMonths: 14 });
  });
});

describe("criminal history from the priors: one charging instrument, sentenced on different days (§4A1.2(a)(2)(A))", () => {
  const CASE = "Cook County 14-CR-1";
  const two = (extra: Record<string, unknown> = {}, label2: string | null = CASE) => [
    p({ sentenceDate: "2015-03-01", sentenceMonths: 24, chargingInstrument: CASE }),
    p({ sentenceDate: "2015-06-01", sentenceMonths: 12, ...(label2 === null ? {} : { chargingInstrument: label2 }), ...extra }),
  ];
  const raw = (manual: number, priors: unknown[]) => ({ manual, statute: "1326(a)", offenseDate: OFFENSE, priors, enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } });

  it("asks whether an intervening arrest separated them (the facts do not settle it)", () => {
    const msgs = refuse(raw(2025, two()));
    assert.deepEqual(msgs.map((s) => s.split(":")[0]), ["priors[1].interveningArrest"]);
    assert.match(msgs[0], /in the same charging instrument \(Cook County 14-CR-1\), imposed on different days/);
    assert.match(msgs[0], /Counted separately: 3 \+ 2 points/);
  });

  it("no intervening arrest: a single sentence, 3 points (category II); an intervening arrest: 3 + 2 = 5 (category III)", () => {
    const one = points(2025, two({ interveningArrest: false }));
    assert.deepEqual(perPrior(one), [[1, 3, "§4A1.1(a)"], [2, 0, "§4A1.2(a)(2)"]]);
    assert.equal(one.criminalHistoryCategory, "II");
    assert.match(one.criminalHistory?.items[1].reason ?? "", /in the same charging instrument, no intervening arrest/);
    const sep = points(2025, two({ interveningArrest: true }));
    assert.equal(sep.criminalHistoryPoints, 5);
    assert.equal(sep.criminalHistoryCategory, "III");
  });

  it("different charging instruments, or none given, on different days: counted separately without asking", () => {
    assert.equal(points(2025, two({}, "Cook County 14-CR-2")).criminalHistoryPoints, 5);
    assert.equal(points(2025, two({}, null)).criminalHistoryPoints, 5);
  });

  it("2006 vs 2007: before Amendment 709 one charging instrument makes one sentence only if the cases are related (asked); from Nov. 1, 2007 it does", () => {
    assert.equal(points(2007, two({ interveningArrest: false })).criminalHistoryPoints, 3);
    const msgs = refuse(raw(2006, two({ interveningArrest: false })));
    assert.deepEqual(msgs.map((s) => s.split(":")[0]), ["priors[1].relatedCases"]);
    assert.match(msgs[0], /in one charging instrument without an intervening arrest/);
    assert.equal(points(2006, two({ interveningArrest: false, relatedCases: true })).criminalHistoryPoints, 3);
    assert.equal(points(2006, two({ interveningArrest: false, relatedCases: false })).criminalHistoryPoints, 5);
  });
});

describe("criminal history from the priors: foreign, tribal and expunged convictions (§4A1.2(h)–(j))", () => {
  const prior = (extra: Record<string, unknown> = {}) => p({ sentenceDate: "2015-01-01", sentenceMonths: 24, ...extra });

  it("are not counted: 0 points under §4A1.2(h), (i), (j); the same sentence otherwise scores 3", () => {
    assert.deepEqual(perPrior(points(2025, [prior()])), [[1, 3, "§4A1.1(a)"]]);
    assert.deepEqual(perPrior(points(2025, [prior({ convictedIn: "foreign" })])), [[1, 0, "§4A1.2(h)"]]);
    assert.deepEqual(perPrior(points(2025, [prior({ convictedIn: "tribal" })])), [[1, 0, "§4A1.2(i)"]]);
    assert.deepEqual(perPrior(points(2025, [prior({ expunged: true })])), [[1, 0, "§4A1.2(j)"]]);
    assert.deepEqual(perPrior(points(2025, [prior({ expunged: false })])), [[1, 3, "§4A1.1(a)"]]);
    // Every edition: 1995 as 2025.
    assert.equal(points(1995, [prior({ convictedIn: "foreign" })], { offenseDate: "1995-06-01" }).criminalHistoryPoints, 0);
    assert.equal(points(2025, [prior({ expunged: true })]).criminalHistoryCategory, "I");
  });

  it("an expunged sentence imposed the same day as another is not part of a single sentence (nothing is asked)", () => {
    const r = points(2025, [p({ sentenceDate: "2015-03-01", sentenceMonths: 24 }), p({ sentenceDate: "2015-03-01", sentenceMonths: 12, expunged: true })]);
    assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"], [2, 0, "§4A1.2(j)"]]);
  });

  it("§2L1.2: a foreign conviction receives no points, so no 2025 enhancement (8 − 2 = 6, 0–6) and 12 levels, not 16, in 2013", () => {
    const drug = { kind: "felony", offense: "drug-trafficking", sentenceMonths: 30, beforeFirstOrder: true, deportedAfter: true, convictedIn: "foreign" };
    const r25 = run({ manual: 2025, statute: "1326(b)(2)", offenseDate: "2024-03-01", priors: [{ ...drug, sentenceDate: "2012-01-01", releaseDate: "2014-01-01" }], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(r25.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §3E1.1(a)", -2]]);
    assert.deepEqual(r25.guidelineRange, { minMonths: 0, maxMonths: 6 });
    const r13 = run({ manual: 2013, statute: "1326(b)(2)", offenseDate: "2013-03-01", priors: [{ ...drug, sentenceDate: "2005-01-01", releaseDate: "2007-01-01" }], acceptance: 3, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(r13.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(1)(A)(i)", 12], ["USSG §3E1.1(a)–(b)", -3]]);
    assert.deepEqual(r13.guidelineRange, { minMonths: 24, maxMonths: 30 });
  });

  it("status points stay as stated, with a note that a foreign sentence is not a countable criminal justice sentence", () => {
    const r = points(2022, [prior({ convictedIn: "foreign" })], { underSentence: true });
    assert.equal(r.criminalHistoryPoints, 2);
    assert.ok(r.notes.some((n) => n.startsWith("Status points: a \"criminal justice sentence\" is a sentence countable under §4A1.2")));
  });

  it("refuses a jurisdiction other than foreign or tribal, and an empty charging instrument", () => {
    const bad = (extra: Record<string, unknown>) => refuse({ manual: 2025, statute: "1326(a)", offenseDate: OFFENSE, priors: [prior(extra)], enhancements: [], criminalHistory: { fromPriors: true, underSentence: false } });
    assert.match(bad({ convictedIn: "state" }).join("\n"), /priors\[0\]\.convictedIn: must be "foreign"/);
    assert.match(bad({ chargingInstrument: " " }).join("\n"), /priors\[0\]\.chargingInstrument: must be a short label/);
  });
});

describe("criminal history from the priors: §4A1.2(c)(1) thresholds by edition (rules pettyProbation1995, pettyProbation2007)", () => {
  const petty = (probationMonths: number, extra: Record<string, unknown> = {}) => p({ kind: "misdemeanor", pettyOffense: "4A1.2(c)(1)", sentenceDate: "2015-01-01", sentenceMonths: 0, probationMonths, ...extra });
  const note = (r: RangeResult) => r.notes.find((n) => n.includes("exactly one year"));

  it("2002 Manual (\"at least one year\", as quoted in Rollins): 11 months' probation 0, 12 months' 1 point (category I), no unread-words caveat", () => {
    assert.equal(points(2002, [petty(11)]).criminalHistoryPoints, 0);
    const r = points(2002, [petty(12)]);
    assert.deepEqual(perPrior(r), [[1, 1, "§4A1.1(c)"]]);
    assert.equal(r.criminalHistoryCategory, "I");
    assert.match(note(r) ?? "", /is counted here: the 2002 Manual counts "a term of probation of at least one year" \(as quoted in United States v\. Rollins\)/);
    assert.doesNotMatch(note(r) ?? "", /own words were not read/);
    const r11 = points(2002, [petty(11)]);
    assert.match(r11.criminalHistory?.items[0].reason ?? "", /counted only with probation of at least one year or imprisonment of at least thirty days/);
  });

  it("edition edge 2006 vs 2007: 12 months' probation is 1 point in the 2006 Manual, 0 in the 2007 Manual; 13 months is 1 point in both", () => {
    const r06 = points(2006, [petty(12)]);
    assert.equal(r06.criminalHistoryPoints, 1);
    assert.match(note(r06) ?? "", /the 2006 Manual's own words were not read — check them/);
    assert.equal(points(1995, [petty(12)]).criminalHistoryPoints, 1);
    const r07 = points(2007, [petty(12)]);
    assert.deepEqual(perPrior(r07), [[1, 0, "§4A1.2(c)(1)"]]);
    assert.match(r07.criminalHistory?.items[0].reason ?? "", /counted only with probation of more than one year or imprisonment of at least thirty days/);
    assert.match(note(r07) ?? "", /is not counted here: the calculator reads "a term of probation of more than one year" for the Manuals from Nov\. 1, 2007 — the words of the 2015, 2016, 2017 and 2025 Manuals, and a district court paraphrased the 2018 Manual .*The 2007 Manual's own words were not read — check them\./);
    for (const m of [2006, 2007, 2025]) {
      const r13 = points(m, [petty(13)]);
      assert.equal(r13.criminalHistoryPoints, 1, `${m}`);
      assert.equal(note(r13), undefined, `${m}`);
    }
    assert.equal(points(2025, [petty(12)]).criminalHistoryPoints, 0);
    // The 2025 Manual's words were read: the note says so without a caveat.
    assert.equal(note(points(2025, [petty(12)])), 'Prior 1: a §4A1.2(c)(1) offense with probation of exactly one year is not counted here: the 2025 Manual counts it only with "a term of probation of more than one year" (or imprisonment of at least thirty days); the 2002 Manual\'s words were "at least one year" (Rollins).');
  });

  it("imprisonment \"at least thirty days\" (2002 and 2016 words as quoted): 29 days 0; 30 and 31 days 1 point, in the 2006 and 2025 Manuals", () => {
    for (const m of [2006, 2025]) {
      assert.equal(points(m, [petty(0, { sentenceMonths: 29 / 30 })]).criminalHistoryPoints, 0, `${m} 29 days`);
      assert.equal(points(m, [petty(0, { sentenceMonths: 29 / 30.4375 })]).criminalHistoryPoints, 0, `${m} 29 days`);
      assert.equal(points(m, [petty(0, { sentenceMonths: 30 / 30.4375 })]).criminalHistoryPoints, 1, `${m} 30 days`);
      assert.equal(points(m, [petty(0, { sentenceMonths: 1 })]).criminalHistoryPoints, 1, `${m} 30 days as 1 month`);
      assert.equal(points(m, [petty(0, { sentenceMonths: 31 / 30.4375 })]).criminalHistoryPoints, 1, `${m} 31 days`);
    }
    // 12 months' probation with 30 days' jail is counted for the jail: no probation note.
    assert.equal(note(points(2025, [petty(12, { sentenceMonths: 1 })])), undefined);
  });

  it("(c)(2) is never counted, whatever the sentence, in every era", () => {
    for (const m of [1995, 2006, 2007, 2025]) {
      const r = points(m, [petty(24, { pettyOffense: "4A1.2(c)(2)", sentenceMonths: 6 })]);
      assert.deepEqual(perPrior(r), [[1, 0, "§4A1.2(c)(2)"]], `${m}`);
    }
  });

  it("the data say what was read: each rule re-checked records its texts, and what was not read", async () => {
    const { criminalHistoryData } = await import("../../src/core/sentencing/criminalHistory");
    const byId = new Map(criminalHistoryData.rules.map((r) => [r.id, r]));
    const pre = byId.get("pettyProbation1995");
    const post = byId.get("pettyProbation2007");
    assert.deepEqual([pre?.firstEdition, pre?.lastEdition, pre?.status, post?.firstEdition, post?.lastEdition, post?.status], [1995, 2006, "partial", 2007, null, "partial"]);
    assert.ok(pre?.seen?.some((s) => s.manual === "Nov. 2002" && s.kind === "court quoting the Manual" && s.says.includes("a term of probation of at least one year")));
    // "More than one year": a court's paraphrase of the 2018 Manual, and the 2025 Manual's own words.
    assert.deepEqual(post?.seen?.filter((s) => s.says.includes("more than one year")).map((s) => [s.manual, s.kind]), [["Nov. 2025", "Manual"], ["Nov. 2016 or Nov. 2017 (the §4A1.2 text of the Nov. 2015–2017 Manuals)", "Manual"], ["Nov. 2018", "court paraphrasing the Manual"]]);
    assert.deepEqual(post?.manualRead, [2015, 2016, 2017, 2025]);
    // The 1995–2006 words: the historical note (read) lists no §4A1.2 amendment between 1993 and 2007.
    assert.ok(pre?.seen?.some((s) => s.manual === "Nov. 2025" && s.kind === "Manual" && s.says.includes("November 1, 1993 (amendment 493); November 1, 2007 (amendment 709)")));
    for (const id of ["petty", "pettyProbation1995", "pettyProbation2007", "juvenile", "period15", "period10", "revocation", "zeroPoint"] as const) {
      const r = byId.get(id);
      assert.ok(r?.seen?.length, `${id} seen`);
      assert.ok((r?.notSeen ?? "").length > 20, `${id} notSeen`);
    }
    // Verified only where the Manual's own words were read (the Nov. 2025 Manual; §4A1.2 also in a
    // copy of the 2016 or 2017 Manual, whose §4A1.2 is that of 2015–2017), and they say so.
    for (const id of ["petty", "juvenile", "period15", "period10", "revocation", "foreign", "tribal", "expunged", "zeroPoint"] as const) {
      const r = byId.get(id);
      assert.equal(r?.status, "verified", id);
      assert.deepEqual(r?.manualRead, id === "zeroPoint" ? [2025] : [2015, 2016, 2017, 2025], id);
      if (id !== "zeroPoint") assert.ok(r?.seen?.some((s) => s.kind === "Manual" && s.url.includes("mmukku/ussc-mm/blob/2eafd545c15a9c36e48802051ce2dd665a4b7254")), id);
      assert.ok(r?.seen?.some((s) => s.manual === "Nov. 2025" && s.kind === "Manual" && s.url.includes("4495ac1964ea1bbee02034fc8926964b00385263")), id);
    }
    assert.deepEqual([pre?.status, post?.status], ["partial", "partial"]);
    // The lists of §4A1.2(c) as the 2025 Manual gives them.
    const petty = byId.get("petty");
    assert.ok(petty?.seen?.some((s) => s.says.includes("Careless or reckless driving / Contempt of court") && s.says.includes("Public intoxication / Vagrancy.")));
  });
});

describe("criminal history from the priors: the note on rules whose Manual text was not read in full", () => {
  const notRead = (r: RangeResult) => r.notes.find((n) => n.startsWith("Rules applied here whose Manual text was not read in full"));

  it("names only the rules this computation consulted, with what was read of each", () => {
    // 2025 Manual: every rule consulted was read in it — no note.
    assert.equal(notRead(points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: 14 })])), undefined);
    // The same sentence in the 2016 Manual (its §4A1.2 was read) and in the 2019 Manual (not read).
    assert.equal(notRead(points(2016, [p({ sentenceDate: "2015-01-01", sentenceMonths: 14 })])), undefined);
    assert.equal(notRead(points(2019, [p({ sentenceDate: "2015-01-01", sentenceMonths: 14 })])), "Rules applied here whose Manual text was not read in full: §4A1.2(e)(1) (read in the 2015, 2016, 2017 and 2025 Manuals, not in the 2019 Manual). The calculator applies them as stated in its data, which list for each rule the texts read and what was not read — check them against the Manual.");
    // A juvenile sentence, a revocation and a listed petty offense: (c), the 2007 threshold, (d), (e)(2)–(3), (k).
    const priors = [
      p({ ageAtOffense: 16, sentenceDate: "2016-01-01", sentenceMonths: 0 }),
      p({ sentenceDate: "2016-02-01", sentenceMonths: 3, revocationMonths: 2, releaseDate: "2016-09-01" }),
      p({ kind: "misdemeanor", pettyOffense: "4A1.2(c)(1)", sentenceDate: "2016-03-01", sentenceMonths: 0, probationMonths: 24 }),
    ];
    const r = points(2025, priors);
    assert.equal(r.criminalHistoryPoints, 1 + 2 + 1);
    assert.equal(notRead(r), undefined);
    const r18 = points(2018, priors);
    assert.equal(r18.criminalHistoryPoints, 1 + 2 + 1);
    const in18 = "read in the 2015, 2016, 2017 and 2025 Manuals, not in the 2018 Manual";
    assert.equal(notRead(r18), `Rules applied here whose Manual text was not read in full: §4A1.2(c) (${in18}); §4A1.2(c)(1)'s probation threshold from Nov. 1, 2007 (read in part or as a court quoted it); §4A1.2(d) (${in18}); §4A1.2(e)(2)–(3) (${in18}); §4A1.2(k) (${in18}). The calculator applies them as stated in its data, which list for each rule the texts read and what was not read — check them against the Manual.`);
    // 2016: every rule consulted was read for it — no note.
    assert.equal(notRead(points(2016, priors)), undefined);
    // The 2006 Manual uses the other threshold rule.
    assert.match(notRead(points(2006, [p({ kind: "misdemeanor", pettyOffense: "4A1.2(c)(1)", sentenceDate: "2016-03-01", sentenceMonths: 0, probationMonths: 24 })])) ?? "", /§4A1\.2\(c\)\(1\)'s probation threshold before Nov\. 1, 2007/);
    // Foreign only: nothing consulted, no note.
    assert.equal(notRead(points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: 14, convictedIn: "foreign" })])), undefined);
  });
});

describe("criminal history from the priors: §4A1.2(d), (e) and (k) at their edges", () => {
  it("(d)(2)(B): at 17, a non-confinement sentence imposed on the first day of the five years is 1 point, the day before 0; at 18 the same sentence is 1 point under the 10-year period", () => {
    assert.equal(yearsBefore(OFFENSE, 5), "2015-06-01");
    assert.deepEqual(perPrior(points(2025, [p({ ageAtOffense: 17, sentenceDate: "2015-06-01", sentenceMonths: 0 })])), [[1, 1, "§4A1.1(c), §4A1.2(d)(2)(B)"]]);
    assert.deepEqual(perPrior(points(2025, [p({ ageAtOffense: 17, sentenceDate: "2015-05-31", sentenceMonths: 0 })])), [[1, 0, "§4A1.2(d)(2)(B)"]]);
    assert.deepEqual(perPrior(points(2025, [p({ ageAtOffense: 18, sentenceDate: "2015-05-31", sentenceMonths: 0 })])), [[1, 1, "§4A1.1(c)"]]);
  });

  it("(d)(2)(A): at 16, 60 days' confinement released on the first day of the five years is 2 points, released the day before 0", () => {
    const base = { ageAtOffense: 16, sentenceDate: "2015-01-01", sentenceMonths: 2 };
    assert.deepEqual(perPrior(points(2025, [p({ ...base, sentenceDate: "2014-01-01", releaseDate: "2015-06-01" })])), [[1, 2, "§4A1.1(b), §4A1.2(d)(2)(A)"]]);
    assert.deepEqual(perPrior(points(2025, [p({ ...base, sentenceDate: "2014-01-01", releaseDate: "2015-05-31" })])), [[1, 0, "§4A1.2(d)(2)"]]);
  });

  it("(k): 7 + 6 months on revocation = 13 months is 2 points; 8 + 6 = 14 months is 3 points", () => {
    const rev = (orig: number) => points(2025, [p({ sentenceDate: "2015-01-01", sentenceMonths: orig, revocationMonths: 6, releaseDate: "2016-06-01" })]);
    assert.deepEqual(perPrior(rev(7)), [[1, 2, "§4A1.1(b)"]]);
    assert.deepEqual(perPrior(rev(8)), [[1, 3, "§4A1.1(a)"]]);
    assert.equal(rev(8).criminalHistoryCategory, "II");
  });

  it("(k) with (e): 10 months imposed 2008 is outside the 10 years (0); with 6 months on revocation (16) and a last release in 2009 it is inside the 15 years (3)", () => {
    assert.deepEqual(perPrior(points(2025, [p({ sentenceDate: "2008-01-01", sentenceMonths: 10 })])), [[1, 0, "§4A1.2(e)(2)"]]);
    const r = points(2025, [p({ sentenceDate: "2008-01-01", sentenceMonths: 10, revocationMonths: 6, releaseDate: "2009-01-01" })]);
    assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"]]);
    // Released the day before the 15 years began: nothing.
    assert.deepEqual(perPrior(points(2025, [p({ sentenceDate: "2004-01-01", sentenceMonths: 10, revocationMonths: 6, releaseDate: "2005-05-31" })])), [[1, 0, "§4A1.2(e)(1)"]]);
  });
});

describe("criminal history from the priors: §4C1.1 at its edition edge", () => {
  it("zero points and zeroPointCriteriaMet: the 2022 Manual gives no decrease (6), the 2023 Manual 2 levels (4)", () => {
    const base = { statute: "1326(a)", offenseDate: OFFENSE, acceptance: 2, enhancements: [], priors: [] as unknown[] };
    assert.equal(run({ ...base, manual: 2022, criminalHistory: { fromPriors: true, underSentence: false, zeroPointCriteriaMet: true } }).totalOffenseLevel, 6);
    const r23 = run({ ...base, manual: 2023, criminalHistory: { fromPriors: true, underSentence: false, zeroPointCriteriaMet: true } });
    assert.equal(r23.totalOffenseLevel, 4);
    assert.deepEqual(r23.guidelineRange, { minMonths: 0, maxMonths: 6 });
  });
});

describe("heartland range --amendment-821", () => {
  const raw = { manual: 2022, statute: "1326(a)", offenseDate: "2020-06-01", acceptance: 2, enhancements: [], priors: [p({ sentenceDate: "2015-01-01", sentenceMonths: 14 })], criminalHistory: { fromPriors: true, underSentence: true } };
  it("prints both ranges (JSON) and the Markdown table; exit 2 for a 2023 Manual", async () => {
    const { runRange } = await import("../../src/cli/range");
    const { memoryIo } = await import("./memory-io");
    const m = memoryIo({ "in.json": JSON.stringify(raw) });
    assert.equal(runRange(["--input", "in.json", "--amendment-821"], m.io), 0);
    const c = JSON.parse(m.out.join(""));
    assert.deepEqual([c.original.guidelineRange, c.amended.guidelineRange, c.lowersRange], [{ minMonths: 2, maxMonths: 8 }, { minMonths: 1, maxMonths: 7 }, true]);
    const md = memoryIo({ "in.json": JSON.stringify(raw) });
    assert.equal(runRange(["--input", "in.json", "--amendment-821", "--format", "markdown"], md.io), 0);
    assert.ok(md.out.join("").includes("| Guideline range | 2–8 months | 1–7 months |"));
    const bad = memoryIo({ "in.json": JSON.stringify({ ...raw, manual: 2023 }) });
    assert.equal(runRange(["--input", "in.json", "--amendment-821"], bad.io), 2);
    assert.match(bad.err.join(""), /^manual: the 2023 Manual already includes Amendment 821/);
  });
});
