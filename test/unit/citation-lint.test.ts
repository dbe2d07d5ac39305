import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { citationFindings } from "../../src/core/citations/lint";
import { checkBrief } from "../../src/core/pipeline";
import { Brief } from "../../src/core/brief/brief";

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

describe("citation-check: §1B1.13 and §1B1.10 in a motion after sentence (legal audit 9)", () => {
  const cr = (front: string, body: string) => {
    const text = `---\n${front}\n---\n\n${body}\n`;
    return { text, found: checkBrief(new Brief(text), {}).citations };
  };
  const BODY = "Extraordinary and compelling reasons exist under USSG § 1B1.13(b)(3)(C), because his mother is incapacitated.";
  it("reads §1B1.13 in the Manual in force on the brief's date, not the sentencing's", () => {
    // sentenced in 2017 (the brief's edition is 2016, whose §1B1.13 has no (b)(3)(C)); (b)(3)(C) came on Nov. 1, 2023
    assert.deepEqual(cr("document: compassionate-release-motion\nsentencing-date: 2017-05-01\ndate: 2024-03-01", BODY).found, []);
    // a brief with its own date reads it so too, whatever its document kind
    assert.deepEqual(cr("sentencing-date: 2017-05-01\ndate: 2024-03-01", BODY).found, []);
  });
  it("warns on a provision the Manual in force on the brief's date lacks, and says why that Manual", () => {
    const { text, found } = cr("document: compassionate-release-motion\nsentencing-date: 2017-05-01\ndate: 2024-03-01", "The old note, USSG § 1B1.13, comment. (n.1(A)), lists terminal illness.");
    assert.equal(found.length, 1);
    assert.equal(found[0].start, text.indexOf("USSG § 1B1.13"));
    assert.match(found[0].message, /not in the 2023 Guidelines Manual/);
    assert.match(found[0].message, /read in the Manual in force on the brief's date/);
  });
  it("a sentencing memorandum without a date keeps the brief's edition", () => {
    const { found } = cr("document: sentencing-memorandum\nsentencing-date: 2017-05-01", BODY);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /2016/);
    // the edition's own reason, as the settings give it (not "front matter or the setting": it came from the date)
    assert.match(found[0].message, /\(The brief is read in the 2016 Manual: the Manual in force on the sentencing date \(May 1, 2017\), USSG §1B1\.11\(a\)\.\)/);
  });
  it("an edition named in the citation wins", () => {
    const { found } = cr("document: compassionate-release-motion\ndate: 2024-03-01", BODY.replace("(b)(3)(C),", "(b)(3)(C) (2016),"));
    assert.equal(found.length, 1);
    // the brief of Mar. 1, 2024 is told of the 2023 Manual only: the 2024 and 2025 Manuals came later (audit 16 and 17, open item)
    assert.match(found[0].message, /is not in the 2016 Guidelines Manual\. It appears in the 2023 Manual\.$/);
  });
});
