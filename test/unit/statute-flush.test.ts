/**
 * Audit 14 D13: the hover of 18 U.S.C. § 3582(c)(1)(A) printed the flush language after clauses (i) and (ii)
 * ("and that such a reduction is consistent with applicable policy statements …") inside clause (ii), as if
 * only the 70-year-old prisoner's reduction had to be consistent with the policy statements. It belongs to (A)
 * and governs both clauses: it is printed after (ii), as its own paragraph at the level of (A), and never as
 * part of (ii).
 */
import * as assert from "node:assert/strict";
import { explain, explanationMarkdown } from "../../src/core/explain";
import type { Citation } from "../../src/core/citations/types";

const usc = (title: number, section: string, ...subsection: string[]): Citation => ({ kind: "statute", title, section, subsection });

function hover(c: Citation, edition: number, asOf?: string): string {
  const r = explain(c, edition, asOf);
  assert.ok(r.ok, JSON.stringify(r));
  return explanationMarkdown(r.explanation);
}
const quoted = (md: string) => md.split("\n").filter((l) => l.startsWith(">"));

const A_NOW =
  "(A) the court, upon motion of the Director of the Bureau of Prisons, or upon motion of the defendant after the defendant has fully exhausted all administrative rights to appeal a failure of the Bureau of Prisons to bring a motion on the defendant’s behalf or the lapse of 30 days from the receipt of such a request by the warden of the defendant’s facility, whichever is earlier, may reduce the term of imprisonment (and may impose a term of probation or supervised release with or without conditions that does not exceed the unserved portion of the original term of imprisonment), after considering the factors set forth in section 3553(a) to the extent that they are applicable, if it finds that";
const II =
  "(ii) the defendant is at least 70 years of age, has served at least 30 years in prison, pursuant to a sentence imposed under section 3559(c), for the offense or offenses for which the defendant is currently imprisoned, and a determination has been made by the Director of the Bureau of Prisons that the defendant is not a danger to the safety of any other person or the community, as provided under section 3142(g);";
const FLUSH = "and that such a reduction is consistent with applicable policy statements issued by the Sentencing Commission; and";

describe("18 U.S.C. § 3582(c)(1)(A): the flush language after (i) and (ii) is (A)'s, not clause (ii)'s (audit 14 D13)", () => {
  it("the hover of (c)(1)(A) prints it after (ii) as its own paragraph, at the level of (A)", () => {
    assert.deepEqual(quoted(hover(usc(18, "3582", "c", "1", "A"), 2025)), [
      "> (c) Modification of an Imposed Term of Imprisonment",
      ">",
      "> The court may not modify a term of imprisonment once it has been imposed except that",
      ">",
      "> (1) in any case",
      ">",
      `> **${A_NOW}**`,
      ">",
      "> (i) extraordinary and compelling reasons warrant such a reduction; or",
      ">",
      `> ${II}`,
      ">",
      `> ${FLUSH}`,
    ]);
  });
  it("the hover of (c)(1)(A)(ii) is clause (ii) alone, without the flush language", () => {
    const lines = quoted(hover(usc(18, "3582", "c", "1", "A", "ii"), 2025));
    assert.equal(lines[lines.length - 1], `> **${II}**`);
    assert.ok(!lines.some((l) => l.includes("policy statements issued by the Sentencing Commission")), lines.join("\n"));
  });
  it("the text before the First Step Act (2016) lays it out the same way", () => {
    const lines = quoted(hover(usc(18, "3582", "c", "1", "A"), 2016));
    assert.equal(lines[lines.length - 1], `> ${FLUSH}`);
    assert.ok(lines[lines.length - 3].startsWith("> (ii) the defendant is at least 70 years of age") && lines[lines.length - 3].endsWith("as provided under section 3142(g);"), lines[lines.length - 3]);
  });
});
