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
