import * as assert from "node:assert/strict";
import { computeRange, type RangeResult } from "../../src/core/sentencing";

// Worked examples from real sources, run through the whole calculator (points, category, total
// offense level, range). The criminal history figures are the Manual's own worked examples in the
// commentary to §§4A1.1–4A1.2 of the Guidelines Manual (Nov. 1, 2025), read in the page-per-PDF
// copy cited in src/data/criminal-history.json (repository arsz78/sentencing-guidelines-calculator,
// commit 4495ac1964ea1bbee02034fc8926964b00385263, Guidelines/2025/GLMFull N.pdf, Manual page N-8);
// the Cuevas-Lopez case is a published opinion's enhancement. What the source does not state — the
// dates (placed inside the periods the example assumes), the §1326 charge, acceptance — is chosen
// here and said so; the offense level and range then follow from §2L1.2 and the Sentencing Table.

const OFFENSE = "2024-06-01";

function run(raw: unknown): RangeResult {
  return computeRange(raw).result;
}

function figures(r: RangeResult): unknown[] {
  return [r.criminalHistoryPoints, r.criminalHistoryCategory, r.totalOffenseLevel, r.guidelineRange ? [r.guidelineRange.minMonths, r.guidelineRange.maxMonths] : undefined];
}

function perPrior(r: RangeResult): [number | undefined, number, string][] {
  return (r.criminalHistory?.items ?? []).map((i) => [i.prior, i.points, i.subsection]);
}

function steps(r: RangeResult): [string, number][] {
  return r.steps.map((s) => [s.cite, s.levels]);
}

describe("worked examples: §4A1.1 comment. (n.4), Guidelines Manual (Nov. 2025) p. 363", () => {
  // "a defendant's criminal history includes two robbery convictions for offenses committed on
  // different occasions. The sentences for these offenses were imposed on the same day and are
  // treated as a single prior sentence. ... If the defendant received a five-year sentence of
  // imprisonment for one robbery and a four-year sentence of imprisonment for the other robbery
  // (consecutively or concurrently), a total of 3 points is added under §4A1.1(a). An additional
  // point is added under §4A1.1(d) ..."
  const robbery = (months: number, extra: Record<string, unknown> = {}) => ({ kind: "felony", offense: "crime-of-violence", sentenceDate: "2015-05-01", sentenceMonths: months, releaseDate: "2019-05-01", beforeFirstOrder: true, ...extra });

  it("five and four years, same day: 3 points under (a) + 1 under (d) = 4, category III; 1326(b)(2), 8 + 10 − 3 = 15, 24–30", () => {
    for (const consecutive of [false, true]) {
      const r = run({ manual: 2025, statute: "1326(b)(2)", offenseDate: OFFENSE, acceptance: 3, priors: [robbery(60), robbery(48, { interveningArrest: false, consecutive })], criminalHistory: { fromPriors: true, underSentence: false } });
      assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"], [2, 1, "§4A1.1(d)"]], `consecutive ${consecutive}`);
      assert.deepEqual(figures(r), [4, "III", 15, [24, 30]], `consecutive ${consecutive}`);
      assert.deepEqual(steps(r)[1], ["USSG §2L1.2(b)(2)(A)", 10]);
    }
  });

  it("one year and nine months consecutive: 3 points, no (d) point, category II; the 21-month single sentence is (b)(2)(C): 8 + 6 − 2 = 12, 12–18", () => {
    // "...a total of 3 points also is added under §4A1.1(a) ... But no additional point is added
    // under §4A1.1(d) because the sentence for the second robbery already resulted in an additional
    // point under §4A1.1(a)."
    const r = run({ manual: 2025, statute: "1326(b)(2)", offenseDate: OFFENSE, acceptance: 3, priors: [robbery(12, { releaseDate: "2016-05-01" }), robbery(9, { interveningArrest: false, consecutive: true, releaseDate: "2017-02-01" })], criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(perPrior(r), [[1, 3, "§4A1.1(a)"], [2, 0, "§4A1.2(a)(2)"]]);
    assert.deepEqual(figures(r), [3, "II", 12, [12, 18]]);
    // The reason names the term scored: the aggregate, not prior 1's own 12 months.
    assert.match(r.criminalHistory?.items[0].reason ?? "", /^21 months imprisonment \(the aggregate of the single sentence's consecutive terms\), exceeding one year and one month;/);
    assert.deepEqual(steps(r), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(2)(C)", 6], ["USSG §3E1.1(a)", -2]]);
    assert.ok(r.notes.some((n) => n.includes("aggregate, 21 months") && n.includes("Cuevas-Lopez")));
  });
});

describe("worked examples: §4A1.2 comment. (n.3), Guidelines Manual (Nov. 2025) pp. 369–370", () => {
  // "a defendant's criminal history includes one robbery conviction and one theft conviction. The
  // sentences for these offenses were imposed on the same day, eight years ago, and are treated as a
  // single sentence ... a one-year sentence of imprisonment for the robbery and a two-year sentence
  // of imprisonment for the theft, to be served concurrently, a total of 3 points is added under
  // §4A1.1(a). ... if the sentences ... were imposed thirteen years ago, the robbery independently
  // would have received no criminal history points under §4A1.1(b), because it was not imposed
  // within ten years ... Accordingly, it may not serve as a predicate".
  const pair = (imposed: string, released: string) => [
    { kind: "felony", offense: "crime-of-violence", sentenceDate: imposed, sentenceMonths: 12, releaseDate: released, beforeFirstOrder: true },
    { kind: "felony", offense: "other", sentenceDate: imposed, sentenceMonths: 24, releaseDate: released, beforeFirstOrder: true, interveningArrest: false, consecutive: false },
  ];

  it("thirteen years ago: 3 points (the theft's two years, within fifteen years), the robbery none and no predicate; 8 + 8 − 3 = 13, 13/II = 15–21", () => {
    const r = run({ manual: 2025, statute: "1326(b)(1)", offenseDate: OFFENSE, acceptance: 3, priors: pair("2011-05-01", "2013-05-01"), criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(perPrior(r), [[1, 0, "§4A1.2(e)(2)"], [2, 3, "§4A1.1(a)"]]);
    assert.deepEqual(figures(r), [3, "II", 13, [15, 21]]);
    // Only the theft (24 months, (b)(2)(B)) counts for §2L1.2; the robbery, stale on its own, does not.
    assert.deepEqual(steps(r), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(2)(B)", 8], ["USSG §3E1.1(a)–(b)", -3]]);
  });

  it("eight years ago: the 3 points under (a), and the robbery (a crime of violence that would have had 2 points) adds 1 under §4A1.1(d): 4, category III; 13/III = 18–24", () => {
    const r = run({ manual: 2025, statute: "1326(b)(1)", offenseDate: OFFENSE, acceptance: 3, priors: pair("2016-05-01", "2018-05-01"), criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(perPrior(r), [[1, 1, "§4A1.1(d)"], [2, 3, "§4A1.1(a)"]]);
    assert.deepEqual(figures(r), [4, "III", 13, [18, 24]]);
  });
});

describe("worked examples: §4A1.2 comment. (n.11), Guidelines Manual (Nov. 2025) p. 371", () => {
  // "A defendant was serving two probationary sentences, each counted separately ...; probation was
  // revoked on both sentences as a result of the same violation conduct; and the defendant was
  // sentenced to a total of 45 days of imprisonment. If one sentence had been a 'straight'
  // probationary sentence and the other had been a probationary sentence that had required service
  // of 15 days of imprisonment, the revocation term of imprisonment (45 days) would be added to the
  // probationary sentence that had the 15-day term of imprisonment. This would result in a total of
  // 2 criminal history points under §4A1.1(b) (for the combined 60-day term of imprisonment) and 1
  // criminal history point under §4A1.1(c) (for the other probationary sentence)."
  it("15 + 45 days = 60 days: 2 points under (b), the straight probation 1 under (c): 3, category II; 1326(a), 8 − 2 = 6, 6/II = 1–7", () => {
    const day = 1 / 30.4375;
    const r = run({
      manual: 2025, statute: "1326(a)", offenseDate: OFFENSE, acceptance: 2, enhancements: [],
      priors: [
        { kind: "misdemeanor", offense: "other", sentenceDate: "2019-03-01", sentenceMonths: 0, probationMonths: 24 },
        { kind: "misdemeanor", offense: "other", sentenceDate: "2019-09-01", sentenceMonths: 15 * day, probationMonths: 24, revocationMonths: 45 * day, releaseDate: "2020-06-01" },
      ],
      criminalHistory: { fromPriors: true, underSentence: false },
    });
    assert.deepEqual(perPrior(r), [[1, 1, "§4A1.1(c)"], [2, 2, "§4A1.1(b)"]]);
    assert.deepEqual(figures(r), [3, "II", 6, [1, 7]]);
  });
});

describe("worked example: United States v. Cuevas-Lopez, 934 F.3d 1056 (9th Cir. 2019) (No. 17-10438, Aug. 19, 2019)", () => {
  // The district court "aggregate[d] the defendant's two consecutive 3.5-year sentences" imposed
  // the same day for two second-degree burglaries (after his first order of removal) "in applying a
  // ten-level enhancement pursuant to U.S.S.G. § 2L1.2(b)(3)(A)" (shared/reference
  // test_vectors.json; the opinion's range was not seen). Dates, acceptance and the charge are
  // chosen here; the offense level and range follow from them.
  it("two consecutive 42-month terms imposed the same day are one 84-month sentence: (b)(3)(A) +10, not (b)(3)(B) +8; 8 + 10 − 3 = 15, 3 points, 15/II = 21–27", () => {
    const burglary = (extra: Record<string, unknown> = {}) => ({ kind: "felony", offense: "other", sentenceDate: "2012-02-01", sentenceMonths: 42, releaseDate: "2015-08-01", beforeFirstOrder: false, conductAfterFirstOrder: true, ...extra });
    const r = run({ manual: 2016, statute: "1326(b)(2)", offenseDate: "2017-01-15", acceptance: 3, priors: [burglary(), burglary({ interveningArrest: false, consecutive: true })], criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(steps(r), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(3)(A)", 10], ["USSG §3E1.1(a)–(b)", -3]]);
    assert.deepEqual(figures(r), [3, "II", 15, [21, 27]]);
    assert.ok(r.notes.some((n) => n.includes("aggregate, 84 months") && n.includes("Cuevas-Lopez")));
    // the reporter citation (audit 12 U5: 934 F.3d 1056, per the vLex and Descrybe pages of the opinion)
    assert.ok(r.notes.some((n) => n.includes("as the Ninth Circuit held in United States v. Cuevas-Lopez, 934 F.3d 1056 (9th Cir. 2019) (the single-sentence rule applies to §2L1.2(b)(2) and (b)(3))")));
    // Concurrent terms: the longest, 42 months, (b)(3)(B) +8, and no note.
    const c = run({ manual: 2016, statute: "1326(b)(2)", offenseDate: "2017-01-15", acceptance: 3, priors: [burglary(), burglary({ interveningArrest: false, consecutive: false })], criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(steps(c)[1], ["USSG §2L1.2(b)(3)(B)", 8]);
    assert.ok(!c.notes.some((n) => n.includes("Cuevas-Lopez")));
  });

  it("an illegal reentry sentence in the single sentence is not aggregated (§2L1.2 comment. (n.4), 2016): the other felony's own 30 months is (b)(3)(B) +8, the reentry conviction (b)(1)(A) +4", () => {
    const priors = [
      { kind: "felony", offense: "illegal-reentry", sentenceDate: "2012-02-01", sentenceMonths: 36, releaseDate: "2016-08-01", beforeFirstOrder: false, conductAfterFirstOrder: true },
      { kind: "felony", offense: "other", sentenceDate: "2012-02-01", sentenceMonths: 30, releaseDate: "2016-08-01", beforeFirstOrder: false, conductAfterFirstOrder: true, interveningArrest: false, consecutive: true },
    ];
    const r = run({ manual: 2016, statute: "1326(b)(2)", offenseDate: "2017-01-15", acceptance: 3, priors, criminalHistory: { fromPriors: true, underSentence: false } });
    assert.deepEqual(steps(r).filter(([c]) => c.startsWith("USSG §2L1.2(b)")), [["USSG §2L1.2(b)(1)(A)", 4], ["USSG §2L1.2(b)(3)(B)", 8]]);
    assert.ok(!r.notes.some((n) => n.includes("Cuevas-Lopez")));
  });
});
