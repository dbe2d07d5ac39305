import * as assert from "node:assert/strict";
import { circuitAbbreviation, circuitName, circuitsInProse, normalizeCircuit, CIRCUITS } from "../../src/core/settings";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { explainFinding } from "../../src/core/precedent/explainFinding";

describe("circuit names: one formatter, Bluebook form", () => {
  it("names every circuit in prose and in a citation", () => {
    assert.deepEqual(CIRCUITS.map(circuitName), ["First Circuit", "Second Circuit", "Third Circuit", "Fourth Circuit", "Fifth Circuit", "Sixth Circuit", "Seventh Circuit", "Eighth Circuit", "Ninth Circuit", "Tenth Circuit", "Eleventh Circuit", "D.C. Circuit"]);
    assert.deepEqual(CIRCUITS.map(circuitAbbreviation), ["1st Cir.", "2d Cir.", "3d Cir.", "4th Cir.", "5th Cir.", "6th Cir.", "7th Cir.", "8th Cir.", "9th Cir.", "10th Cir.", "11th Cir.", "D.C. Cir."]);
    assert.equal(circuitName(null), "no circuit set");
  });

  it("lists circuits in prose", () => {
    assert.equal(circuitsInProse(["9"]), "the Ninth Circuit");
    assert.equal(circuitsInProse(["9", "2"]), "the Ninth and Second Circuits");
    assert.equal(circuitsInProse(["1", "3", "dc"]), "the First, Third and D.C. Circuits");
  });

  it("reads back what it writes", () => {
    for (const c of CIRCUITS) {
      assert.equal(normalizeCircuit(circuitName(c)), c);
      assert.equal(normalizeCircuit(circuitAbbreviation(c)), c);
    }
  });

  it("findings and their explanations word circuits in the prose form, never '2nd' or '2d Circuit'", () => {
    const text = "Mr. Ruiz asks the Court to depart downward because defendants in fast-track districts receive lower sentences.";
    for (const circuit of ["2", "9", null] as const) {
      for (const f of analyzeBrief(text, { circuit, edition: 2016 })) {
        // (the rule data's own prose — `basis`, holdings — is src/data/rules.json's, checked there)
        const all = (f.message + "\n" + explainFinding(f)).split(f.basis).join("");
        assert.doesNotMatch(all, /\b\d{1,2}(?:st|nd|rd|th|d) Circuit/, all);
      }
    }
    const [f] = analyzeBrief(text, { circuit: "2", edition: 2016 });
    assert.match(f.message, /Binding in the Second Circuit\./);
  });
});
