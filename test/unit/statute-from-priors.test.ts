/** Issue 10: the § 1326 subsection from the priors (Almendarez-Torres), bare "1326", disagreements stated. */
import * as assert from "node:assert/strict";
import { computeRange, RangeInputError, statuteFromPriors } from "../../src/core/sentencing";
import { renderRangeMarkdown } from "../../src/core/sentencing";

const aggFelony = { kind: "felony", offense: "drug-trafficking", sentenceMonths: 60, beforeFirstOrder: true, aggravatedFelony: true };
const base = { manual: 2016, acceptance: 3, criminalHistory: { category: "IV" } };

describe("issue 10: statute from the facts", () => {
  it("1326(a) with an aggravated-felony prior: not capped at 24 months; (b)(2) applied, (a) range shown beside it", () => {
    const { result } = computeRange({ ...base, statute: "1326(a)", priors: [aggFelony] });
    assert.equal(result.totalOffenseLevel, 15);
    assert.deepEqual(result.guidelineRange, { minMonths: 30, maxMonths: 37 });
    assert.equal(result.statutoryMaximumMonths, 240);
    assert.deepEqual(result.statute, { stated: "1326(a)", applied: "1326(b)(2)", supportedByPriors: "1326(b)(2)", alternative: { statute: "1326(a)", statutoryMaximumMonths: 24, guidelineRange: { minMonths: 24, maxMonths: 24 } } });
    assert.ok(result.notes.some((n) => n.startsWith("Statute: the priors support 8 U.S.C. § 1326(b)(2)") && n.includes("Almendarez-Torres v. United States, 523 U.S. 224, 235 (1998)") && n.includes("charge bargain")));
    assert.ok(result.notes.includes("Under 8 U.S.C. § 1326(a) (statutory maximum 24 months) the guideline range would be 24 months (USSG §5G1.1), not 30–37 months."));
  });
  it("statuteAsCharged holds § 1326(a): 24 months, and says what the priors would support", () => {
    const { result } = computeRange({ ...base, statute: "1326(a)", statuteAsCharged: true, priors: [aggFelony] });
    assert.equal(result.statutoryMaximumMonths, 24);
    assert.deepEqual(result.guidelineRange, { minMonths: 24, maxMonths: 24 });
    assert.equal(result.statute!.applied, "1326(a)");
    assert.deepEqual(result.statute!.alternative, { statute: "1326(b)(2)", statutoryMaximumMonths: 240, guidelineRange: { minMonths: 30, maxMonths: 37 } });
    assert.ok(result.notes.some((n) => n.includes('Applied as charged ("statuteAsCharged": true)')));
  });
  it("bare 1326 is accepted and resolved from the priors", () => {
    const { result } = computeRange({ ...base, statute: "8 U.S.C. § 1326", priors: [aggFelony] });
    assert.equal(result.statute!.applied, "1326(b)(2)");
    assert.equal(result.statutoryMaximumMonths, 240);
    assert.ok(result.notes.some((n) => n.startsWith('Statute: "1326" resolved from the priors to 8 U.S.C. § 1326(b)(2)')));
    const md = renderRangeMarkdown({ ...base, statute: "1326", priors: [aggFelony] } as never);
    assert.ok(md.includes("(8 U.S.C. § 1326(b)(2))"));
    // a non-aggravated felony before removal → (b)(1)
    const f = computeRange({ ...base, statute: "1326", priors: [{ ...aggFelony, aggravatedFelony: false }] }).result;
    assert.equal(f.statute!.applied, "1326(b)(1)");
    assert.equal(f.statutoryMaximumMonths, 120);
    // no qualifying prior → (a)
    const a = computeRange({ ...base, statute: "1326", priors: [] }).result;
    assert.equal(a.statute!.applied, "1326(a)");
  });
  it("bare 1326 where the facts do not settle (b)(1) vs (b)(2): asks, naming the field", () => {
    const { aggravatedFelony: _drop, ...open } = aggFelony;
    void _drop;
    assert.throws(
      () => computeRange({ ...base, statute: "1326", priors: [open] }),
      (e: unknown) => e instanceof RangeInputError && e.issues[0].field === "statute" && e.issues[0].message.startsWith('"1326" without a subsection cannot be resolved: the priors show a felony conviction before a removal but do not say whether it is an aggravated felony'),
    );
    assert.throws(() => computeRange({ ...base, statute: "1326", enhancements: [] }), (e: unknown) => e instanceof RangeInputError && e.issues[0].field === "statute");
  });
  it("a stated subsection higher than the listed priors support is kept, and the gap is stated", () => {
    const { result } = computeRange({ ...base, statute: "1326(b)(2)", priors: [{ ...aggFelony, aggravatedFelony: false }] });
    assert.equal(result.statute!.applied, "1326(b)(2)");
    assert.ok(result.notes.some((n) => n.startsWith("Statute: 8 U.S.C. § 1326(b)(2) as given, but the priors listed support only 8 U.S.C. § 1326(b)(1)")));
  });
  it("three drug or violent misdemeanors before removal support (b)(1); unknown removal leaves it open", () => {
    const m = { kind: "misdemeanor", offense: "drug-trafficking", deportedAfter: true } as const;
    assert.equal(statuteFromPriors([m, m, m]).supported, "1326(b)(1)");
    assert.equal(statuteFromPriors([m, m]).supported, "1326(a)");
    assert.equal(statuteFromPriors([{ kind: "felony", offense: "other" }]).supported, undefined);
  });
});
