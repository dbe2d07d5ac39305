/** Issue 10: §1B1.11 and Peugh in the calculator — worked examples across the 2015/2016 change. */
import * as assert from "node:assert/strict";
import { computeRange, RangeInputError } from "../../src/core/sentencing";
import { renderRangeMarkdown } from "../../src/core/sentencing";

const dates = { offenseDate: "2016-05-10", sentencingDate: "2017-03-03" };
// a non-aggravated felony, 60 months, before the first order: 2015 Manual +4, 2016 Manual +10
const otherFelony = { kind: "felony", offense: "other", sentenceMonths: 60, beforeFirstOrder: true, deportedAfter: true, aggravatedFelony: false };
// a drug-trafficking felony, 30 months: 2015 Manual +16, 2016 Manual +8
const drugFelony = { kind: "felony", offense: "drug-trafficking", sentenceMonths: 30, beforeFirstOrder: true, deportedAfter: true, aggravatedFelony: true };

describe("issue 10: which Manual in the calculator (USSG §1B1.11; Peugh)", () => {
  it("the sentencing-date Manual gives the higher range: the offense-date Manual is used, both ranges reported", () => {
    const { result } = computeRange({ statute: "1326(b)(1)", ...dates, priors: [otherFelony], acceptance: 3, criminalHistory: { category: "III" } });
    assert.equal(result.manual, 2015);
    assert.equal(result.totalOffenseLevel, 10); // 8 + 4 − 2 (third level needs 16+)
    assert.deepEqual(result.guidelineRange, { minMonths: 10, maxMonths: 16 });
    assert.deepEqual(result.manualComparison, { sentencingDateManual: 2016, sentencingDateRange: { minMonths: 24, maxMonths: 30 }, offenseDateManual: 2015, offenseDateRange: { minMonths: 10, maxMonths: 16 } });
    assert.equal(
      result.manualReason,
      "USSG §1B1.11(b)(1) and Peugh v. United States, 569 U.S. 530 (2013): the 2016 Manual (in force on the sentencing date, Mar. 3, 2017) gives a higher range (24–30 months) than the 2015 Manual in force on the offense date (May 10, 2016: 10–16 months), so the 2015 Manual is used, in its entirety (§1B1.11(b)(2))",
    );
    const md = renderRangeMarkdown({ statute: "1326(b)(1)", ...dates, priors: [otherFelony], acceptance: 3, criminalHistory: { category: "III" } } as never);
    assert.ok(md.includes("| Guideline range, 2015 Manual (offense date) | 10–16 months |"));
    assert.ok(md.includes("| Guideline range, 2016 Manual (sentencing date) | 24–30 months |"));
    assert.ok(md.includes("USSG §2L1.2, 2015 Guidelines Manual"));
  });
  it("the offense-date Manual gives the higher range: the sentencing-date Manual (§1B1.11(a))", () => {
    const { result } = computeRange({ statute: "1326(b)(2)", ...dates, priors: [drugFelony], acceptance: 3, criminalHistory: { category: "III" } });
    assert.equal(result.manual, 2016);
    assert.deepEqual(result.guidelineRange, { minMonths: 18, maxMonths: 24 }); // 8 + 8 − 3 = 13
    assert.deepEqual(result.manualComparison!.offenseDateRange, { minMonths: 46, maxMonths: 57 }); // 8 + 16 − 3 = 21
    assert.ok(result.manualReason!.startsWith("USSG §1B1.11(a): the Manual in force on the sentencing date, Mar. 3, 2017, is the 2016 Manual; the 2015 Manual in force on the offense date (May 10, 2016) gives a range no lower (46–57 months)"));
  });
  // audit 12 D6: an edition year Y is in force Nov. 1, Y – Oct. 31, Y+1; Heartland's first is the 1995 Manual
  const aggravated = { kind: "felony", offense: "drug-trafficking", sentenceMonths: 30, deportedAfter: true, aggravatedFelony: true };
  it("an offense under the 1993 Manual, sentenced under the 1995 one: says the 1993 edition governed the offense and is not compared", () => {
    const input = { statute: "1326(b)(2)", offenseDate: "1994-06-01", sentencingDate: "1996-06-01", priors: [aggravated], acceptance: 3, criminalHistory: { category: "III" } };
    const { result } = computeRange(input);
    assert.equal(result.manual, 1995);
    assert.equal(result.manualComparison, undefined);
    assert.equal(
      result.manualReason,
      "USSG §1B1.11(a): the Manual in force on the sentencing date, June 1, 1996, is the 1995 Manual; the Manual in force on the offense date (June 1, 1994) is the 1993 edition (in force Nov. 1, 1993 – Oct. 31, 1994), which Heartland does not have, so the 1995 Manual is used for the offense date too and the comparison USSG §1B1.11(b)(1) calls for (Peugh v. United States, 569 U.S. 530 (2013)) is not made — compare the 1993 Manual's range by hand",
    );
    assert.equal(result.notes[0], `Manual: ${result.manualReason}.`);
    const md = renderRangeMarkdown(input as never);
    assert.ok(!md.includes("falls under the same Manual"));
  });
  it("an offense under the 1994 Manual, sentenced under the 1997 one: the 1995 Manual is named as standing in for the 1994 edition", () => {
    const input = { statute: "1326(b)(2)", offenseDate: "1995-06-01", sentencingDate: "1997-12-01", priors: [aggravated], acceptance: 3, criminalHistory: { category: "III" } };
    const { result } = computeRange(input);
    assert.equal(result.manual, 1997);
    assert.deepEqual(result.manualComparison, { sentencingDateManual: 1997, sentencingDateRange: { minMonths: 46, maxMonths: 57 }, offenseDateManual: 1995, offenseDateRange: { minMonths: 46, maxMonths: 57 }, offenseDateManualInForce: 1994 });
    assert.equal(
      result.manualReason,
      "USSG §1B1.11(a): the Manual in force on the sentencing date, Dec. 1, 1997, is the 1997 Manual; the 1995 Manual, standing in for the 1994 edition in force on the offense date (June 1, 1995), which Heartland does not have, gives the same range, so §1B1.11(b)(1) does not call for it (the 1994 Manual itself is not compared: compare its range by hand)",
    );
    const md = renderRangeMarkdown(input as never);
    assert.ok(md.includes("| Guideline range, 1995 Manual (for the offense date, in place of the 1994 Manual in force then, which Heartland does not have) | 46–57 months |"));
    assert.ok(!md.includes("1995 Manual in force on the offense date"));
  });
  it("both dates under the same edition before 1995: the same Manual, said so", () => {
    const { result } = computeRange({ statute: "1326(b)(2)", offenseDate: "1994-01-10", sentencingDate: "1994-06-01", priors: [aggravated], acceptance: 3, criminalHistory: { category: "III" } });
    assert.equal(
      result.notes[0],
      "Manual: USSG §1B1.11(a): the Manual in force on the sentencing date, June 1, 1994, is the 1995 Manual (the Manual in force then is the 1993 edition, which Heartland does not have; it uses the 1995 Manual). The offense (Jan. 10, 1994) falls under the same Manual.",
    );
  });
  it("a fact of one era only (conductAfterFirstOrder) is used in 2016 and ignored, not refused, in 2015", () => {
    const p = { kind: "felony", offense: "other", sentenceMonths: 60, beforeFirstOrder: false, conductAfterFirstOrder: true, deportedAfter: true, aggravatedFelony: false };
    const { result } = computeRange({ statute: "1326(b)(1)", ...dates, priors: [p], acceptance: 2, criminalHistory: { category: "III" } });
    assert.ok(result.manualComparison);
  });
  it("no manual and no dates: today's Manual; a sentencing date alone: its Manual; manual given: as given", () => {
    const f = { statute: "1326(a)", enhancements: [], criminalHistory: { category: "I" } };
    assert.equal(computeRange(f, "2020-06-01").result.manual, 2019);
    assert.match(computeRange(f, "2020-06-01").result.manualReason!, /^USSG §1B1\.11\(a\): the Manual in force on today's date, June 1, 2020 \(no "sentencingDate" given\), is the 2019 Manual$/);
    assert.equal(computeRange({ ...f, sentencingDate: "2009-10-31" }).result.manual, 2008);
    const g = computeRange({ ...f, manual: 2012, sentencingDate: "2009-10-31" }).result;
    assert.equal(g.manual, 2012);
    assert.equal(g.manualReason, 'as given ("manual": the 2012 Manual)');
  });
  it("two Manuals with enhancements instead of priors: asks for the priors or a Manual", () => {
    assert.throws(
      () => computeRange({ statute: "1326(a)", ...dates, enhancements: ["2L1.2(b)(1)(A)"], criminalHistory: { category: "I" } }),
      (e: unknown) => e instanceof RangeInputError && e.issues[0].field === "enhancements" && e.issues[0].message.includes("USSG §1B1.11(b)(1)"),
    );
  });
});
