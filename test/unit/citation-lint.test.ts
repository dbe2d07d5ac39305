import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { citationFindings } from "../../src/core/citations/lint";

const BRIEF = "Intro.\n\nSee United States v. Banuelos-Rodriguez, 215 F.3d 696 (9th Cir. 2000) (en banc).\n";

function run(text: string, rules?: Record<string, "off" | "hint" | "information" | "warning" | "error">) {
  return citationFindings(text, proseOf(text), { edition: 2025, rules });
}

describe("citation-check as published", () => {
  it("flags the wrong first page with its fix", () => {
    const [f, ...rest] = run(BRIEF);
    assert.equal(rest.length, 0);
    assert.equal(f.rule, "citation-check");
    assert.ok(f.fix);
    assert.equal(f.fix.newText.includes("969"), true);
    assert.equal(BRIEF.slice(f.start, f.end).includes("696"), true);
  });

  it("honours heartland.rules overrides", () => {
    assert.deepEqual(run(BRIEF, { "citation-check": "off" }), []);
    assert.equal(run(BRIEF, { "citation-check": "hint" })[0].severity, "hint");
  });

  it("honours suppression comments", () => {
    const line = "Intro.\n\n<!-- heartland-disable-next-line citation-check -->\nSee United States v. Banuelos-Rodriguez, 215 F.3d 696 (9th Cir. 2000) (en banc).\n";
    assert.deepEqual(run(line), []);
    const all = "<!-- heartland-disable -->\n" + BRIEF;
    assert.deepEqual(run(all), []);
    const other = "<!-- heartland-disable-next-line fast-track-disparity -->\n" + BRIEF.replace("Intro.\n\n", "");
    assert.equal(run(other).length, 1);
  });
});
