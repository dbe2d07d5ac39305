/**
 * Session 39: audits of the blind probes' findings mended in general form.
 */
import * as assert from "node:assert/strict";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";

const findings = (text: string, circuit: string | null = "9") => checkBrief(new Brief(text), circuit ? { circuit: circuit as "9" } : {}, undefined).findings;

describe("audit 38c: a warning whose way forward turns on the day an undated brief was read as of says that day (pi-015)", () => {
  const LETTER = "Dear Judge Kowalski,\n\nYou sentenced me on June 6, 2014 to 210 months for the robbery conspiracy and the gun. I am writing to ask for compassionate release. I sent my request to the Warden in October and she denied it. I have served over 8 years.\n\nI have my bachelor's degree now. I have been clear of conduct since 2015. I have sent you a copy of every certificate.\n\nI know there is a part of the law that says a person can't get out only for being rehabilitated. But I am asking you to look at it anyway, because I changed everything about who I am.\n\nRespectfully,\nAntoine Givens-Bey\n";
  it("the way forward of the day it names is headed by that day, today's beside it", () => {
    const w = findings(LETTER, null).filter((f) => f.rule === "compassionate-release-rehabilitation" && f.severity === "warning");
    assert.ok(w.length > 0, findings(LETTER, null).map((f) => `${f.rule} ${f.severity}`).join(" | "));
    for (const f of w) {
      assert.ok(f.instead.startsWith('Read as of 2022 (sentenced in 2014, "have served over 8 years"): Lead with an independent extraordinary and compelling reason'), f.instead);
      assert.ok(f.instead.includes("(If the brief is of today: Lead with an independent extraordinary and compelling reason under § 1B1.13(b)"), f.instead);
    }
  });
  it("a dated letter's way forward is that day's alone, with no day said", () => {
    const dated = LETTER.replace("Respectfully,", "Dated: March 3, 2025\n\nRespectfully,");
    const w = findings(dated, null).filter((f) => f.rule === "compassionate-release-rehabilitation" && f.severity === "warning");
    assert.ok(w.length > 0);
    for (const f of w) assert.ok(!f.instead.includes("Read as of") && !f.instead.includes("If the brief is of today"), f.instead);
  });
});
