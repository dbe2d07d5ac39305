/**
 * Passages from the blind set Z (bench/blind-z.jsonl, written before reading the detector) that
 * the detector first missed. Each stands for a family: a party named through a determiner
 * ("according to the defense"), the pro se first person ("I want the Court to know …"), the
 * removal that follows a sentence (ICE custody, the collateral consequence of removal), the prison
 * record described by classes and incident reports, and the policy statement's "without a
 * caregiver". Positives must produce their rule (and no other scored rule); negatives nothing.
 */
import type { RuleId } from "../../src/core/precedent/types";
import { describePassages } from "./detector-passages";

const POSITIVE: [RuleId, string][] = [
  ["prior-conviction-seriousness", "According to the defense, the enhancement double-punishes a twenty-year-old street-level sale of cocaine that the state court itself treated leniently, and a downward variance is needed to correct for it."],
  ["prior-conviction-seriousness", "I want the Court to know that my old case was just a small possession charge and I got probation, so it is not fair that it makes my guideline so high."],
  ["deportable-alien-status", "The defendant asks the Court to reduce her sentence to account for the additional time she will spend in ICE custody awaiting removal after completing her federal term."],
  ["deportable-alien-status", "The defense also asks the Court to consider the collateral consequence of deportation: Ms. Osei will be permanently separated from her family, a punishment no citizen defendant would face, and a lesser sentence is warranted."],
  ["post-sentencing-rehabilitation", "Petitioner writes to request that the court modify his term of imprisonment because he has completed every class offered at FCI Yazoo City and has not received a single incident report since his sentencing."],
  ["post-sentencing-rehabilitation", "The defendant's post-sentencing rehabilitation is, in the defense's view, the strongest reason for the Court to impose a lower sentence on remand."],
  ["compassionate-release-family", "In his motion, Pruitt asserts that his grandmother, who raised his children after his arrest, died in March, leaving the children without a caregiver."],
  // a court rejecting the party's claim by name reports the claim
  ["fast-track-disparity", "Summary: The Eighth Circuit rejected the appellant's claim that the district court erred by refusing to vary downward because of the disparity created by fast-track programs available in other districts."],
  // probes written after the blind set, one per family that it suggested
  ["fast-track-disparity", "Because this district has no early-disposition program, Mr. Soto faces a range nearly twice what he would face in New Mexico; the defense asks for a sentence that eliminates that gap."],
  ["prior-conviction-seriousness", "The predicate conviction—possession of 1.2 grams of cocaine, for which he received a suspended sentence—hardly reflects the kind of dangerous trafficker the guideline contemplates."],
  ["prior-conviction-seriousness", "Mr. Duarte asks the Court to give little weight to his 2001 conviction, which involved the sale of $20 of marijuana to an undercover officer."],
  ["prior-conviction-seriousness", "He argued below that the sixteen-level bump was unfair because his only aggravated felony was a shoplifting offense that the state classified as a felony solely because of his record."],
  ["reentry-motive", "Mr. Ramos returned for one reason: his son had been shot in Chicago and he wanted to be at his bedside. We ask the Court to impose a sentence of time served."],
  ["reentry-motive", "Counsel pointed out that Ms. Cruz entered the country to flee an abusive partner who had threatened to kill her."],
  ["post-sentencing-rehabilitation", "Defendant's Rule 35 motion asks the Court to reward the progress he has made in custody with a reduction of his sentence."],
  ["prior-conviction-seriousness", "Defendant's objection to paragraph 22 is that a 2003 misdemeanor-grade theft, upgraded to a felony, should not carry an eight-level increase."],
  ["prior-conviction-seriousness", "In mitigation, the defense pointed to the age and nature of his prior drug conviction, a 1996 sale of a single rock of crack cocaine."],
  ["prior-conviction-seriousness", "Castro submits that the enhancement punishes him far more severely for his prior conviction than the state ever did."],
  ["deportable-alien-status", "Defense counsel argued that a below-guidelines sentence was appropriate because Mr. Ibrahim, as a removable alien, would serve his entire sentence in a higher-security facility."],
  ["deportable-alien-status", "The defendant asks that the Court take into account the fact that he will be detained by immigration authorities following his sentence, which effectively lengthens his confinement."],
  ["compassionate-release-family", "Defendant's sole ground for relief under § 3582(c)(1)(A) is that his father was recently diagnosed with ALS and requires round-the-clock care that only Defendant can provide."],
  ["compassionate-release-family", "She asks for early release because her teenage son has been in and out of psychiatric facilities since his grandmother, his guardian, passed away."],
  ["revocation-sentence", "On appeal, Appellant renews his objection that the post-removal revocation sentence cannot bootstrap his prior conviction into one carrying a 16-level enhancement."],
  ["reentry-motive", "Herrera-Ruiz maintains that economic desperation drove him back across the border—his family in Oaxaca had no food—and that this motive lessens his culpability."],
  ["deportable-alien-status", "Defendant next argues that his sentence is greater than necessary because, as a Mexican national, he will not be able to benefit from the 12-month RDAP reduction."],
  ["fast-track-disparity", "It is fundamentally unfair, the defense contends, that a defendant's sentence for illegal reentry should depend on whether the U.S. Attorney in his district has chosen to adopt a fast-track program."],
  ["prior-conviction-seriousness", "The sentence he received for that conviction—45 days in county jail—shows how minor the state considered it, and the defense asks the Court to weigh that in choosing a sentence."],
  ["revocation-sentence", "Mr. Yanez asks the Court to apply the 8-level enhancement rather than the 12-level enhancement because the sentence originally imposed for his prior offense was probation."],
  ["reentry-motive", "Defense counsel emphasized that Guzman returned solely to work so that he could pay for his wife's kidney transplant."],
  ["deportable-alien-status", "Mr. Amoako also notes that, unlike a citizen, he will not be eligible for home confinement under the CARES Act, and asks the Court to consider that fact."],
  ["post-sentencing-rehabilitation", "The Sixth Circuit vacated his sentence, and at the second sentencing hearing Blake offered evidence of his rehabilitation in prison in support of a below-guidelines sentence."],
  ["post-sentencing-rehabilitation", "Defendant has filed a letter asking the Court to reduce his sentence because he has been a model inmate for the past six years."],
  ["compassionate-release-mandatory-minimum", "The defendant argues that his 15-year sentence under the Armed Career Criminal Act is extraordinary and compelling because two of his predicates would no longer qualify."],
  ["prior-conviction-seriousness", "Mr. Ayala's 2004 conviction, the sole basis for the enhancement, involved the theft of two cartons of cigarettes; counsel submits that a 10-level increase for such conduct is unreasonable."],
  ["reentry-motive", "The defendant wishes the Court to know that he returned to this country only after his wife was hospitalized following a car accident."],
  ["deportable-alien-status", "Mr. Kamau further argues that the prospect of indefinite immigration detention after his sentence makes any prison term effectively longer for him than for a citizen."],
];

const NEGATIVE: string[] = [
  "According to the PSR, the defendant was removed in 2015 and was found in Dallas County in 2021.",
  "Defendant waived a detention hearing and consented to his detention in light of the ICE detainer.",
  "Because he is subject to a final order of removal, Herrera is ineligible to apply First Step Act time credits toward early release. 18 U.S.C. § 3632(d)(4)(E).",
  "The policy statement lists the death or incapacitation of the caregiver of the defendant's minor child as one extraordinary and compelling reason. U.S.S.G. § 1B1.13(b)(3)(A).",
  "While in custody, Harris has incurred four disciplinary infractions, including possession of a weapon and fighting.",
  "The district court rejected Ruiz's argument that the enhancement overstated the seriousness of his prior conviction.",
  "Defendant argues that the 16-level enhancement is not based on empirical data and should be given little weight as a matter of policy.",
  "He returned to the United States in 2019 and was arrested in Omaha two years later.",
  "Defendant's mother wrote to the Court asking it to let her son come home.",
  "As a noncitizen with a detainer, the defendant will be transferred to ICE custody upon completion of his sentence.",
  "The defense acknowledges that a revocation sentence counts under the guideline and does not challenge the enhancement.",
  "Defendant argues that his criminal history category overrepresents the seriousness of his criminal history because most of his points come from traffic offenses.",
  "The defendant's release plan calls for him to live with his mother in Tucson, who has agreed to support him.",
  "The Court recommends that the defendant be designated to a facility that offers the Residential Drug Abuse Program.",
  "The defendant requests a recommendation for placement in the RDAP program, for which he may be eligible.",
  "The defendant entered the United States without inspection in 1998 and has been removed four times.",
  "The Armed Career Criminal Act imposes a 15-year minimum sentence on a felon in possession who has three prior violent felony or serious drug convictions.",
  "Gutierrez was sentenced to 45 days in county jail for the 1990 heroin conviction.",
  "The defendant's wife has multiple sclerosis, and his three children live with her in Dallas.",
  "He has been in federal custody since his arrest on March 3, 2023, and is subject to an ICE detainer.",
  "The government argues that the defendant's rehabilitation, while commendable, is not extraordinary and compelling.",
  "Defendant was held in ICE custody for two months before the marshals took him into federal custody.",
];

describePassages("precedent detector — blind set Z", POSITIVE, NEGATIVE);
