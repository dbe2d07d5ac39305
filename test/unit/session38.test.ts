/**
 * Session 38: the blind probe py's misses mended in general form — a section pasted on its own whose heading names the
 * client is counsel's, "fled" names a motive, a prison disciplinary record is no minor prior, a motive section's family
 * facts are no compassionate-release ground.
 */
import * as assert from "node:assert/strict";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";
import { headingsOf, pastedDefenceSection } from "../../src/core/precedent/context";

const findings = (text: string, circuit = "9") => checkBrief(new Brief(text), { circuit: circuit as "9" }, undefined).findings;
const rules = (text: string, circuit = "9") => [...new Set(findings(text, circuit).map((f) => f.rule))].sort();

/** The py-006 shape: a pasted section of a sentencing memorandum, no title, caption or signature. */
const MOTIVE_SECTION = "## III. Why Mr. Ochoa-Rentería Came Back\n\nIn September 2014, Mr. Ochoa-Rentería's sister called him in Morelia to tell him that their mother, Rosa, had been diagnosed with stage IV pancreatic cancer and had been moved to hospice care at the family's home in Salem. The doctors gave her weeks. He had been removed in 2013, after a conviction for possession of methamphetamine, and he knew what returning would mean. He came anyway.\n\nHe crossed through the Arizona desert and reached Salem on October 21, 2014. For the next nine days he did what a son does: he sat with his mother, fed her ice chips, and slept on the floor beside her bed. The hospice nurse's letter (Exhibit 3) describes him as \"the one she asked for at night.\" Rosa Ochoa died on October 30. After the funeral Mr. Ochoa-Rentería stayed to help his father, who is 74 and does not drive, settle her affairs. He was stopped for a broken taillight in January 2015 and has been in custody since.\n\nNone of this excuses the offense, and Mr. Ochoa-Rentería does not claim that it does. But it matters under § 3553(a). The nature and circumstances of an offense include *why* it was committed, and a man who returns to be present at his mother's deathbed is not the same as one who returns to sell drugs or to evade a prior sentence. His reason for returning reduces his culpability, and it bears directly on the need for deterrence: the thing that drew him back is gone. He has told his father and his sisters that he will not return, and they have agreed to visit him in Michoacán instead (see letters, Exhibits 4–6).\n\nThe advisory range here is 10 to 16 months. Mr. Ochoa-Rentería has already served nearly five months, in a county jail far from the family he came to help. Given the circumstances that brought him back, a sentence of time served is sufficient, but not greater than necessary, to serve the purposes of sentencing. Judges in this District have recognized that a defendant's compassionate motive for returning can justify a sentence below the range; this is the paradigm case for it.\n";

describe("session 38: a section pasted on its own whose heading names the client is counsel's (probe py-006)", () => {
  it("reads the heading, the courtesy title and the absence of a court's or the government's voice", () => {
    const read = (t: string) => pastedDefenceSection(t, headingsOf(t));
    assert.equal(read(MOTIVE_SECTION), true);
    // a heading that names no client by a courtesy title
    assert.equal(read(MOTIVE_SECTION.replace("Why Mr. Ochoa-Rentería Came Back", "The Motive for Reentry")), false);
    // a court ruling, or the government speaking, in the text
    assert.equal(read(MOTIVE_SECTION + "\nThe Court finds that a sentence of 12 months is sufficient.\n"), false);
    assert.equal(read(MOTIVE_SECTION + "\nThe government opposes any variance.\n"), false);
    // the section must open with its heading
    assert.equal(read("Some text first.\n\n" + MOTIVE_SECTION), false);
  });
  it("the motive is read as counsel's argument, and the family facts of a motive section are no compassionate-release ground", () => {
    assert.deepEqual(rules(MOTIVE_SECTION).filter((r) => r !== "departure-framing"), ["reentry-motive"]);
    const f = findings(MOTIVE_SECTION).find((x) => x.rule === "reentry-motive");
    assert.ok(f?.trace?.context.includes("the defence is the author (a pasted section whose heading names the client)"), f?.trace?.context);
  });
});

describe("legal audit 38a: a motion whose one ground is the children's caregiver (A) is read so in every paragraph (py-041)", () => {
  const MOTION = "---\ndocument: compassionate-release-motion\ncircuit: 11\ndate: 2022-07-11\nguidelines-manual: 2021\n---\n\n# UNITED STATES DISTRICT COURT, MIDDLE DISTRICT OF FLORIDA, ORLANDO DIVISION\n\nUNITED STATES OF AMERICA v. BRANDON KEITH ELLISON — Case No. 6:17-cr-00205\n\n## DEFENDANT'S MOTION FOR REDUCTION IN SENTENCE UNDER 18 U.S.C. § 3582(c)(1)(A)\n\n### I. Introduction\n\nBrandon Ellison is serving a 100-month sentence for conspiracy to distribute oxycodone. The mother of his two children, Ashley Ruiz, who has cared for them alone since his arrest, has been rendered incapable of caring for them by rapidly progressing multiple sclerosis. Mr. Ellison asks the Court to reduce his sentence to time served so that he can assume their care.\n\n### II. Exhaustion\n\nMr. Ellison submitted a request to the Warden of FCI Coleman Low on April 18, 2022. The Warden denied it on May 9, 2022.\n\n### III. The Governing Standard in This Circuit\n\nIn *United States v. Bryant*, 996 F.3d 1243 (11th Cir. 2021), the Eleventh Circuit held that U.S.S.G. § 1B1.13 is an applicable policy statement that governs all motions under § 3582(c)(1)(A), including those filed by defendants, and that district courts may not find extraordinary and compelling reasons outside those the policy statement describes. Mr. Ellison's motion therefore rests on the policy statement itself, which identifies as extraordinary and compelling \"[t]he death or incapacitation of the caregiver of the defendant's minor child or minor children.\" § 1B1.13 cmt. n.1(C)(i).\n\n### IV. Ms. Ruiz Is Incapacitated\n\nMs. Ruiz, 34, was diagnosed with relapsing-remitting multiple sclerosis in 2016. In 2021 her disease converted to a secondary progressive form. Her neurologist's letter (Exhibit A) reports that she now uses a wheelchair, has lost much of the function of her right hand, and suffers severe fatigue and cognitive symptoms; he states that she is \"unable to provide the daily physical care and supervision that two school-age children require.\" In March 2022 she moved into her mother's one-bedroom apartment in an assisted-living community that does not permit minor residents.\n\n### V. There Is No Other Caregiver\n\nThe children, Mason (12) and Kaylee (9), have been staying with a neighbor on an emergency basis. The Department of Children and Families has told the neighbor that she must either be licensed as a foster parent or the children will be placed in licensed care (Exhibit C). Mr. Ellison's parents are deceased; his only sibling is serving in the Army in Germany. Ms. Ruiz's mother is 71 and herself lives in assisted living.\n\n### VI. Section 3553(a)\n\nMr. Ellison has served 62 months, about 72 percent of his sentence with good-conduct credit. He has a clean disciplinary record and a minimum PATTERN score. He will live in the family's Kissimmee home with the children and has a job offer as a warehouse supervisor. The balance of his sentence can be served as home confinement on supervised release.\n\n### VII. Conclusion\n\nThe Court should reduce Mr. Ellison's sentence to time served, with a special condition of home confinement for the first twelve months of supervised release.\n\n/s/ Sandra M. Quintana\nCounsel for Defendant\n";
  it("the caregiver's own mother and the defendant's deceased parents are no parent's incapacity the 2016 note left out", () => {
    const f = findings(MOTION, "11").filter((x) => x.rule === "compassionate-release-family");
    const lineOf = (at: number) => MOTION.slice(0, at).split("\n").length;
    assert.deepEqual(f.map((x) => [lineOf(x.start), x.severity]), [[16, "information"], [28, "information"], [32, "information"]]);
    for (const x of f) assert.ok(x.message.startsWith("A listed family circumstance under the policy statement, which binds courts in the Eleventh Circuit"), x.message);
  });
});
