import * as assert from "node:assert/strict";
import { computeRange, renderRangeMarkdown } from "../../src/core/sentencing";
import { courtNote } from "../../src/core/sentencing/markdown";

/** The generated block, without its marker comment (the recorded input is JSON on purpose). */
function body(raw: unknown): string {
  const { input, result } = computeRange(raw);
  return renderRangeMarkdown(input, result).split("\n").slice(1).join("\n");
}

const FIELD = /"[a-z]+[A-Z][A-Za-z]*"|\{"/;

describe("generated range text has no developer field names", () => {
  it("no quoted field name or JSON in any edition (priors with and without the facts the calculator asks for)", () => {
    let checked = 0;
    for (let manual = 1995; manual <= 2025; manual++) {
      const inputs: unknown[] = [
        { manual, statute: "1326(b)(2)", priors: [{ kind: "felony", offense: "drug-trafficking", sentenceMonths: 30, beforeFirstOrder: true, deportedAfter: true, aggravatedFelony: true, immigrationOffense: false, committedForProfit: false }], acceptance: 3, criminalHistory: { category: "IV" } },
        { manual, statute: "1326(a)", priors: [], acceptance: 2, criminalHistory: { points: 4 } },
        { manual, statute: "1326(b)(1)", priors: [{ kind: "felony", offense: "other", sentenceMonths: 14, beforeFirstOrder: true, deportedAfter: true, aggravatedFelony: false, immigrationOffense: false }], acceptance: 3, criminalHistory: { category: "III" } },
      ];
      for (const raw of inputs) {
        let text: string;
        try {
          text = body(raw);
        } catch {
          continue; // a fact this edition needs and the input lacks: the guided input asks it
        }
        checked++;
        const m = FIELD.exec(text);
        assert.equal(m, null, `${manual}: ${m?.[0]} in\n${text}`);
      }
    }
    assert.ok(checked >= 60, `only ${checked} blocks rendered`);
  });

  it("says in words what to answer where a fact is missing", () => {
    assert.equal(
      courtNote('Statutory maximum: 20 years under 8 U.S.C. § 1326(b)(2) for an offense on or after Sept. 13, 1994 (it was 15 years before); give "offenseDate" if the offense may predate that.'),
      'Statutory maximum: 20 years under 8 U.S.C. § 1326(b)(2) for an offense on or after Sept. 13, 1994 (it was 15 years before). The date of the offense was not given; if it may predate Sept. 13, 1994, give it ("Date of the offense" in the guided input).',
    );
    assert.ok(!FIELD.test(courtNote('Priors: x; state "deportedAfter" for any prior where that is not so.')));
    assert.ok(!FIELD.test(courtNote('Sentence imposed: "sentenceMonths" must be the sentence imposed as the 2025 Manual defines it')));
  });
});
