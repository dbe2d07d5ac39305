/**
 * End to end through the CLI (`heartland check --format json`): the unseen briefs of issue 15's
 * "Done when" (and issue 10's compassionate-release dates) in test/fixtures/law/ get the right
 * rule, severity and authorities. Sources per brief: test/fixtures/law/README.md.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { runCheck } from "../../src/cli/check";
import { memoryIo } from "./memory-io";

const DIR = path.resolve(__dirname, "../../../test/fixtures/law");

interface Expect {
  rule?: string;
  severity?: string;
  /** Cite prefix of the first authority. */
  lead?: string;
  binding?: string[];
  notBinding?: string[];
  words?: string[];
  noCite?: string[];
}

const EXPECTED: Record<string, Expect | null> = {
  "alien-846-9th.md": { rule: "deportable-alien-status", severity: "information", lead: "United States v. Charry Cubillos", binding: ["United States v. Charry Cubillos"], notBinding: ["United States v. Martinez-Ramos"], words: ["Outside § 1326"] },
  "alien-846-9th-text.md": { rule: "deportable-alien-status", severity: "information", lead: "United States v. Charry Cubillos", notBinding: ["United States v. Martinez-Ramos"] },
  "minor-prior-1998.md": { rule: "prior-conviction-seriousness", severity: "information", lead: "USSG § 2L1.2, comment. (n.5) (Manuals from Nov. 1997)", words: ["one year or less"], noCite: ["Leiva-Deras"] },
  "fast-track-2d-variance.md": { rule: "fast-track-disparity", severity: "information", lead: "United States v. Liriano-Blanco", words: ["open question in the Second Circuit"] },
  "revocation-5th-after-reentry.md": { rule: "revocation-sentence", severity: "information", lead: "United States v. Bustillos-Pena", binding: ["United States v. Bustillos-Pena"] },
  "cr-family-b3a.md": { rule: "compassionate-release-family", severity: "information", lead: "USSG § 1B1.13(b)(3)(A)", words: ["recognised ground"] },
  "cr-family-2021.md": { rule: "compassionate-release-family", severity: "information", lead: "United States v. Andrews", binding: ["United States v. Andrews"], words: ["§ 1B1.13 speaks only to motions of the Bureau of Prisons"], noCite: ["2023"] }, // audit 15 O4: no "Before Nov. 1, 2023" for a brief read as of the 2021 edition
  "cr-nonretroactive-3d.md": { rule: "compassionate-release-mandatory-minimum", severity: "warning", lead: "United States v. Rutherford, 120 F.4th 360", binding: ["United States v. Rutherford, 120 F.4th 360", "United States v. Andrews"], words: ["Third Circuit"] },
  "cr-family-b3d.md": { rule: "compassionate-release-family", severity: "information", lead: "USSG § 1B1.13(b)(3)(D)", binding: ["USSG § 1B1.13(b)(3)(D)"], words: ["similar in kind to that of an immediate family member"], noCite: ["Bryant", "n.1(C)"] },
  "below-minimum-cr.md": { rule: "compassionate-release-mandatory-minimum", severity: "information", noCite: ["Fed. R. Crim. P. 35"] },
  "below-minimum-rule35.md": { rule: "compassionate-release-mandatory-minimum", severity: "information", lead: "Fed. R. Crim. P. 35(b)(4)", binding: ["Fed. R. Crim. P. 35(b)(4)"], words: ["When acting under Rule 35(b)"], noCite: ["Halvon", "Thacker", "1B1.13"] },
  "pepper-resentencing.md": { rule: "post-sentencing-rehabilitation", severity: "information", lead: "Pepper v. United States", words: ["Permitted at a resentencing after vacatur"], noCite: ["But see"] },
};

describe("legal fixtures end to end (heartland check --format json)", () => {
  it("every fixture brief has an expectation", () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".md") && f !== "README.md").sort();
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: ${want ? `${want.rule} ${want.severity}` : "no finding"}`, () => {
      const { io, out } = memoryIo({ [file]: fs.readFileSync(path.join(DIR, file), "utf8") });
      const code = runCheck([file, "--format", "json"], io);
      const findings = JSON.parse(out.join("")).files[0].findings as { rule: string; severity: string; message: string; authorities: { cite: string; binding: boolean }[] }[];
      if (!want) {
        assert.equal(code, 0);
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(code, 1);
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.rule)));
      const f = findings[0];
      assert.equal(f.rule, want.rule);
      assert.equal(f.severity, want.severity, f.message);
      if (want.lead) assert.ok(f.authorities[0].cite.startsWith(want.lead), f.authorities[0].cite);
      for (const b of want.binding ?? []) assert.ok(f.authorities.some((a) => a.cite.startsWith(b) && a.binding), b);
      for (const b of want.notBinding ?? []) assert.ok(f.authorities.some((a) => a.cite.startsWith(b) && !a.binding), b);
      for (const w of want.words ?? []) assert.ok(f.message.includes(w), `"${w}" not in ${f.message}`);
      for (const w of want.noCite ?? []) for (const a of f.authorities) assert.ok(!a.cite.includes(w), a.cite);
    });
  }
});
