/**
 * Sentences written the way briefs and opinions put these arguments (not taken from the dev
 * corpus), with the rule each must trigger (null = must trigger none). Shared by the detector
 * tests; also a quick generalisation probe.
 */
import type { RuleId } from "../../src/core/precedent/types";

export const POSITIVE: [RuleId, string][] = [
  // fast-track-disparity
  ["fast-track-disparity", "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him."],
  ["fast-track-disparity", "A downward departure is warranted to avoid the unwarranted disparity between Mr. Lopez and defendants sentenced in districts with early disposition programs."],
  ["fast-track-disparity", "The defendant contends that the absence of a fast-track program in the Northern District of Iowa created an unwarranted sentencing disparity under § 3553(a)(6)."],
  ["fast-track-disparity", "Had he been prosecuted in Arizona, Mr. Diaz would have received a four-level fast-track reduction, and we ask the Court to impose a sentence that reflects that disparity."],
  ["fast-track-disparity", "On appeal, Perez argues that the district court should have granted a variance to account for the fast-track disparity."],
  // prior-conviction-seriousness
  ["prior-conviction-seriousness", "The Court should depart downward because the sixteen-level enhancement overstates the seriousness of Mr. Garcia's 1998 conviction for selling $20 of marijuana."],
  ["prior-conviction-seriousness", "Mr. Alvarez respectfully submits that his prior drug conviction was minor and does not warrant a twelve-level increase."],
  ["prior-conviction-seriousness", "He moved for a downward departure on the ground that his aggravated felony was relatively minor."],
  ["prior-conviction-seriousness", "Defense counsel argued that the prior conviction was stale because it was more than fifteen years old."],
  // revocation-sentence
  ["revocation-sentence", "Mr. Ortiz argues that the enhancement should not apply because his original sentence was only ninety days and the additional time was imposed on revocation of probation."],
  ["revocation-sentence", "The defendant contends that the term imposed after his probation was revoked should not be counted toward the 13-month threshold."],
  ["revocation-sentence", "We ask the Court to find that the sixteen-level enhancement does not apply because the sentence exceeded thirteen months only after revocation."],
  // reentry-motive
  ["reentry-motive", "Mr. Flores asks the Court to vary downward because he returned to the United States to escape gang members who had threatened to kill him."],
  ["reentry-motive", "The defendant argues that a departure is warranted because he reentered the country to care for his dying mother."],
  ["reentry-motive", "Mendez contends that his sentence is unreasonable because he came back only to see his children, who were ill."],
  // deportable-alien-status
  ["deportable-alien-status", "Because Mr. Soto is a deportable alien, he will serve his sentence under harsher conditions, and he asks the Court to depart downward on that basis."],
  ["deportable-alien-status", "The defendant requests a six-month reduction because his immigration detainer makes him ineligible for a halfway house."],
  ["deportable-alien-status", "He argues that his alienage will bar him from the residential drug program and early release, so his sentence should be reduced."],
  ["deportable-alien-status", "The district court departed downward because the defendant, as an alien, would not be eligible for community confinement."],
  // post-sentencing-rehabilitation
  ["post-sentencing-rehabilitation", "Mr. Nguyen asks the Court to reduce his sentence based on his post-sentencing rehabilitation, including his GED and his work in the prison kitchen."],
  ["post-sentencing-rehabilitation", "Defendant seeks a downward departure in recognition of the rehabilitation he has achieved while incarcerated."],
  // compassionate-release-family
  ["compassionate-release-family", "Ms. Reyes moves for compassionate release because her husband works full time and cannot care for their three young children."],
  ["compassionate-release-family", "Defendant argues that his mother's incapacitation is an extraordinary and compelling reason for a sentence reduction."],
  // compassionate-release-rehabilitation
  ["compassionate-release-rehabilitation", "Mr. Hall seeks compassionate release on the strength of his rehabilitation, which he argues is extraordinary and compelling."],
  ["compassionate-release-rehabilitation", "In support of his motion for compassionate release, the defendant relies on his exemplary rehabilitation in prison."],
  // compassionate-release-mandatory-minimum
  ["compassionate-release-mandatory-minimum", "Mr. Cole asks the Court to reduce his sentence below the ten-year mandatory minimum under § 3582(c)(1)(A)."],
  ["compassionate-release-mandatory-minimum", "The defendant argues that the First Step Act's change to § 924(c) stacking is an extraordinary and compelling reason for release."],
  // third-person opinions, other phrasings
  ["fast-track-disparity", "Rodriguez argued at sentencing that he should receive a below-guidelines sentence because the District of Massachusetts did not have a fast-track program."],
  ["fast-track-disparity", "Appellant asserts that the district court erred in refusing to consider the disparity between his sentence and those of defendants in fast-track districts."],
  ["fast-track-disparity", "In his sentencing memorandum, Reyes requested a below-range sentence to account for the disparity created by fast-track programs."],
  ["prior-conviction-seriousness", "Defendant moved for a downward departure pursuant to U.S.S.G. § 2L1.2, comment. (n.7), arguing that the 16-level enhancement substantially overstated the seriousness of his prior conviction."],
  ["prior-conviction-seriousness", "Amezcua argued that his 25-year-old conviction for assault was too remote to justify the 16-level enhancement."],
  ["revocation-sentence", "Garcia contends that, because his original sentence was suspended and he served time only after his probation was revoked, the sentence imposed did not exceed thirteen months."],
  ["revocation-sentence", "The defendant argued that the district court should not have relied on the sentence imposed after the revocation of his parole."],
  ["reentry-motive", "Martinez asked the court to consider that he returned to the United States to protect his daughter from an abusive stepfather."],
  ["reentry-motive", "He argues that the court should have given greater weight to the fact that he reentered to seek medical treatment for his son."],
  ["deportable-alien-status", "Defendant argues that he should receive a downward departure because, as an alien, he is ineligible for certain BOP programs."],
  ["deportable-alien-status", "Sanchez asserts that because of his immigration detainer he will not be eligible for placement in a community corrections center."],
  ["post-sentencing-rehabilitation", "The defendant seeks a reduction of his sentence, citing the educational courses and drug treatment programs he has completed while in BOP custody."],
  ["post-sentencing-rehabilitation", "Moving under Rule 35, defendant asks the court to depart downward in light of his post-sentencing conduct."],
  ["compassionate-release-family", "She argues that her role as the sole caregiver for her disabled son constitutes an extraordinary and compelling reason for release."],
  ["compassionate-release-family", "Defendant requests compassionate release so that he can care for his elderly father, who suffers from dementia."],
  ["compassionate-release-rehabilitation", "In his motion for compassionate release, Johnson emphasizes his rehabilitation, pointing to his completion of more than thirty courses."],
  ["compassionate-release-mandatory-minimum", "Defendant contends that his 240-month mandatory minimum sentence is unconstitutionally excessive and asks for a reduction."],
  ["compassionate-release-mandatory-minimum", "He argues that the court may reduce his sentence below the statutory minimum under § 3582(c)(1)(A)."],
  ["reentry-motive", "Mr. Garcia's motive for returning — to care for his dying father — warrants a sentence below the guidelines range."],
  ["prior-conviction-seriousness", "He maintains that the district court should have considered that his prior conviction was more than twenty years old."],
  ["revocation-sentence", "Defendant argues that he should not have received the 16-level enhancement because, at the time of his deportation, his sentence had not yet been increased on revocation."],
  ["deportable-alien-status", "He seeks a downward departure under Smith because his status as a deportable alien will prevent him from serving the last ten percent of his sentence in a halfway house."],
  ["fast-track-disparity", "He contends that he was eligible for the fast-track program and that the government arbitrarily denied him a fast-track plea offer."],
];

export const NEGATIVE: string[] = [
  "He argues that the 16-level enhancement double counts his prior conviction because it also increases his criminal history score.",
  "Defendant contends that his prior conviction for burglary is not a crime of violence under the categorical approach.",
  "Lopez argues that the district court erred in finding that his prior conviction was an aggravated felony.",
  "He argues that the sentence is unreasonable because the court failed to consider his cultural assimilation and his family ties in the United States.",
  "Defendant moves for a sentence reduction under 18 U.S.C. § 3582(c)(2) based on Amendment 821.",
  "He contends that the district court failed to adequately explain its reasons for the sentence.",
  "Defendant argues that his counsel was ineffective for failing to seek a fast-track plea agreement.",
  "Defendant asks the Court to recommend that the Bureau of Prisons place him in a facility near his family in California.",
  "Defendant, who is subject to an immigration detainer, asks the court to vary downward because of his difficult childhood.",
  "Defendant asks for a sentence at the low end of the guidelines range, noting that he will be removed to Mexico upon release.",
  "The defendant argues that the government breached the plea agreement by failing to move for a fast-track departure.",
  "Defendant argues that rehabilitation he completed while on pretrial release warrants a variance.",
  "He argues that he qualifies for safety-valve relief from the mandatory minimum.",
  "She asks the Court to consider that she is the sole caregiver for her two minor children.",
  "In United States v. Gomez, the defendant argued that fast-track disparity warranted a lower sentence, and we rejected that argument.",
  "While the Court commends Defendant's rehabilitation, rehabilitation alone is not an extraordinary and compelling reason.",
  "Because the defendant was subject to a mandatory minimum of 120 months, the district court lacked authority to impose a lower sentence.",
  "The defendant, a deportable alien, was sentenced to 46 months.",
  "Defendant, a citizen of Mexico subject to deportation, asks the Court to vary downward based on his difficult childhood.",
  "Every circuit to consider the question has held that deportable-alien status cannot justify a departure in an illegal reentry case.",
  "The Sentencing Commission has since amended § 1B1.13 to include family circumstances where the defendant is the only available caregiver.",
  "The government concedes that the defendant's mother is incapacitated but argues that his sister could serve as her caregiver.",
  "The defendant's mother died in 2019, and his children live with their grandmother in Texas.",
  "In 2012, the Department of Justice directed every district to adopt a fast-track program for illegal reentry cases.",
  "The district court considered Garcia's argument regarding fast-track disparity and rejected it.",
  "Mr. Ruiz asks the Court to impose a sentence of time served.",
  "The defendant does not seek a reduction based on rehabilitation alone.",
  "Defendant's prior conviction for assault was a crime of violence, warranting a 16-level increase.",
  "He reentered the United States in 2015 because he could not find work in Mexico.",
  "The Court should reject Defendant's argument that his prior conviction was minor.",
  "The Court should deny the motion because family hardship is not extraordinary and compelling.",
  // holdings recounted, history, rule text
  "In Banuelos-Rodriguez, the en banc court held that a district court may not depart downward on the basis of fast-track disparities.",
  "Fast-track programs began in the 1990s in the districts along the southwest border.",
  "Since 2012, every district has offered a fast-track program for illegal reentry cases.",
  "We hold that the absence of a fast-track program does not create an unwarranted disparity.",
  "The Commission considered the seriousness of the prior offense when it created the graduated enhancements.",
  "Post-sentencing rehabilitative efforts are not an appropriate basis for a downward departure.",
  "A court may not modify a term of imprisonment once it has been imposed except as provided in § 3582(c).",
  "Rehabilitation of the defendant alone shall not be considered an extraordinary and compelling reason.",
  "His probation was revoked in 2003, and he was sentenced to two years in prison.",
  "He returned to the United States in 2009 and was arrested in Denver.",
  "The government argues that the defendant's fast-track disparity argument is foreclosed.",
  // permitted arguments
  "Mr. Ruiz asks the Court to depart downward because of his cultural assimilation: he came to the United States at age two and has lived here ever since.",
  "Defendant requests a downward departure for cultural assimilation because he has lived in this country since childhood.",
  // other grounds, same vocabulary
  "Mr. Lee asks the Court to vary downward because of his extraordinary family circumstances and his acceptance of responsibility.",
  "The defendant moved for a downward departure based on his post-offense rehabilitation before sentencing.",
  "Defendant seeks compassionate release because he suffers from advanced heart disease.",
  "The district court granted a downward departure under § 4A1.3 because the criminal history category overstated his record.",
  "He argues that the court miscalculated his criminal history points.",
  "The defendant does not argue that his prior conviction was minor.",
];
