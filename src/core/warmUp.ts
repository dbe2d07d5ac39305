/**
 * A short brief checked once while the editor is idle, so that the first brief a lawyer opens is not also the
 * one that builds the detector's data (issue 9): the learned model's weight index, the cue tries, the case and
 * reporter tables and the guideline text are made on first use, ~250 ms of the first check of a 250 KB brief in
 * the editor. What it finds is thrown away; it reads nothing but its own text and keeps nothing of a brief.
 */
import { Brief } from "./brief/brief";
import { checkBrief } from "./pipeline";

const WARM_BRIEF = `---
circuit: 9
guidelines-manual: 2025
---

# Defendant's Sentencing Memorandum

He pleaded guilty to being a removed alien found in the United States, in violation of 8 U.S.C. § 1326(a) and (b)(2). The Presentence Report adds 8 levels under U.S.S.G. § 2L1.2(b)(2)(B).

## Grounds for a lower sentence

Mr. Ruiz asks the Court to vary downward because defendants charged in districts with fast-track programs receive far lower sentences for the same offense. See Kimbrough v. United States, 552 U.S. 85, 101 (2007); id. at 108. His mother is ill and he cares for his children.
`;

/** Checks the short brief above (its findings discarded). */
export function warmUp(): void {
  checkBrief(new Brief(WARM_BRIEF), { circuit: null, manual: "latest" });
}
