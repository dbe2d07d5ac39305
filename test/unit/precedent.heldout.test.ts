/**
 * Passages from the held-out sets (bench/heldout.jsonl) that taught the detector something: each
 * stands for a family of phrasings (a court granting or denying, a request in one sentence and
 * the facts in the next, a party's argument reported around the court's rejection of it), not
 * for itself. Positives must produce their rule (and no other scored rule); negatives nothing.
 */
import type { RuleId } from "../../src/core/precedent/types";
import { describePassages } from "./detector-passages";

const POSITIVE: [RuleId, string][] = [
  // the court grants or denies the request in this case
  ["prior-conviction-seriousness", "The Court agrees with Defendant that the 1998 burglary conviction, committed when he was nineteen and punished with a suspended sentence, is not the sort of serious offense that the twelve-level increase contemplates, and departs downward four levels."],
  ["revocation-sentence", "The Court sustains Defendant's objection and declines to aggregate the post-revocation term with the original probated sentence, applying the twelve-level enhancement instead."],
  ["compassionate-release-family", "The Court finds that the incapacitation of the caregiver of Defendant's minor children constitutes an extraordinary and compelling reason and grants the motion for a reduction in sentence."],
  ["post-sentencing-rehabilitation", "In light of the remarkable rehabilitative efforts Defendant has made since his original sentencing, the Court grants a downward variance of 24 months at resentencing."],
  ["post-sentencing-rehabilitation", "The Court declines to depart downward on the basis of Defendant's post-sentencing rehabilitation, which, although commendable, is not extraordinary."],
  ["compassionate-release-family", "Because Defendant has not shown that his children's current caregiver is incapacitated, his family circumstances are not extraordinary and compelling."],
  ["deportable-alien-status", "Because the immigration detainer renders Defendant ineligible for community confinement at the end of his term, the Court finds a two-month reduction appropriate to offset the harsher conditions."],
  ["deportable-alien-status", "The district court reduced the sentence by six months, reasoning that the defendant's alien status would keep him from serving the final portion of his term in community confinement."],
  // a party's argument described, even where the sentence rejects it
  ["fast-track-disparity", "The defendant's request for a variance premised on the absence of a fast-track program in this district should be rejected. Congress authorized those programs, and any resulting difference in sentences is not unwarranted."],
  ["fast-track-disparity", "Cabrera-Nunez's remaining contention, that his sentence creates an unwarranted disparity with defendants who benefit from fast-track dispositions, is foreclosed by our precedent."],
  ["revocation-sentence", "Defendant's argument that the probation revocation cannot be considered rests on a misreading of the guideline, whose commentary counts any term of imprisonment imposed upon revocation."],
  ["compassionate-release-mandatory-minimum", "According to Appellant, the district court erred in concluding that it lacked authority to sentence him below the mandatory minimum."],
  // objections and the verbs opinions use to report a party's reasoning
  ["revocation-sentence", "Defendant objects that the three-year term imposed when his community supervision was revoked should be disregarded in measuring his prior sentence."],
  ["prior-conviction-seriousness", "Defendant reasons that because his 1999 conviction resulted in a sentence of only 30 days, it is not the kind of serious offense that justifies a 16-level enhancement."],
  ["reentry-motive", "Defendant avers that he reentered the United States because his wife had been diagnosed with breast cancer and needed someone to care for their children."],
  ["reentry-motive", "On appeal the defendant said the judge ignored his explanation that he reentered to escape extortion by police in Guatemala."],
  // the request in one sentence, the facts in the next
  ["reentry-motive", "Mr. Ixcot did not return to commit crimes. He returned because the Barrio 18 gang had given him seventy-two hours to pay or die. The Court should weigh that reality in fashioning a sentence."],
  ["deportable-alien-status", "Because Mr. Hakimi is not a citizen and faces removal, he will not be eligible for a halfway house placement, home confinement, or the one-year RDAP reduction. We ask the Court to account for these harsher conditions of confinement with a downward variance."],
  ["compassionate-release-mandatory-minimum", "Mr. Greer recognizes that 21 U.S.C. § 841(b)(1)(A) carries a ten-year minimum. He nevertheless asks the Court to hold that, as applied to a 19-year-old courier with no criminal history, a ten-year term violates the Eighth Amendment."],
  // the naming group may come from the sentence before the request
  ["fast-track-disparity", "Counsel recognizes that this district does not participate in an early disposition program. Nevertheless, § 3553(a)(6) directs the Court to avoid unwarranted disparities, and Mr. Paz should not serve a year longer than an identical defendant in San Diego simply because of where he was arrested."],
  ["compassionate-release-rehabilitation", "The defendant relies solely on his rehabilitation to establish extraordinary and compelling reasons for a sentence reduction."],
  // vocabulary: rehabilitation described, not named; resentencing and Rule 35 are after sentence
  ["post-sentencing-rehabilitation", "On resentencing, the defendant asked the judge to consider how much he had changed in prison."],
  ["post-sentencing-rehabilitation", "Defendant's Rule 35 motion asks the Court to reduce his sentence in recognition of his good behavior and the vocational training he has completed at FCI Yazoo City."],
  ["post-sentencing-rehabilitation", "Movant contends that his rehabilitation since the imposition of sentence warrants a modification of his term of imprisonment."],
  ["compassionate-release-rehabilitation", "He sought compassionate release, citing his transformation in prison: he had mentored younger inmates and earned a paralegal certificate."],
  ["compassionate-release-rehabilitation", "Movant requests a sentence reduction under the First Step Act's compassionate release provision based on the many programs he has completed and his low recidivism risk score."],
  // vocabulary: revocation and the sentence at deportation; reentry by crossing; minimums by length
  ["revocation-sentence", "Mendez's sole argument is that the term of imprisonment he received after violating his deferred adjudication probation is not part of the sentence for the underlying offense."],
  ["revocation-sentence", "Jaramillo claims the enhancement was improper because, at the time he was deported, the only sentence imposed for the drug conviction was probation."],
  ["reentry-motive", "His lawyer argued he crossed the border again because he feared for his life in Honduras, where gang members had murdered his brother."],
  ["compassionate-release-mandatory-minimum", "The defense argued that the 15-year ACCA minimum was cruel and unusual as applied to a man whose predicate offenses were committed as a teenager."],
  ["compassionate-release-mandatory-minimum", "Defendant maintains that the 25-year consecutive sentence he received for his second § 924(c) conviction would be only 5 years today, and that this disparity constitutes an extraordinary and compelling reason for compassionate release."],
  // more vocabulary from fresh passages
  ["deportable-alien-status", "He maintains that, because of his alien status, he cannot serve the last ten percent of his term in home confinement, so his sentence is effectively longer than a citizen's."],
  ["fast-track-disparity", "Defense counsel asked the judge to impose a sentence comparable to what a fast-track defendant would receive in the Southern District of Texas, arguing that any other sentence would be unfair."],
  ["prior-conviction-seriousness", "Defendant contends that his prior conviction for assault was 'minor' because it involved a fistfight in which no one was seriously injured."],
  ["revocation-sentence", "Defendant argues that the Court should look to the sentence originally imposed, three years of deferred adjudication, and not to the two years he received when his deferred adjudication was adjudicated."],
  ["compassionate-release-mandatory-minimum", "Defendant asks the Court to sentence him to less than the 60-month mandatory minimum because he is a first-time offender."],
  ["compassionate-release-family", "The defendant has not established that he is the only available caregiver for his mother; his father and two sisters live with her."],
  // a party's own words quoted from its motion are the argument, however long the quotation
  ["fast-track-disparity", 'Defendant argues that "the absence of a fast-track program in this District results in an unwarranted sentencing disparity between him and similarly situated defendants in other districts." (Doc. 31 at 4.)'],
  ["prior-conviction-seriousness", 'In his motion, Defendant asserts that "the 16-level enhancement grossly overstates the seriousness of a twenty-year-old conviction for which he served only 90 days in jail."'],
  ["reentry-motive", 'Defendant states that he "came back to this country only because [his] wife was dying of cancer and [his] kids had no one."'],
  ["compassionate-release-mandatory-minimum", 'Defendant argues that the Court "should not be bound by the ten-year mandatory minimum" because it results in a sentence that is "greater than necessary."'],
  // "It is Defendant's position that …" is the party's; "the defense theory was that …"
  ["revocation-sentence", "It is Defendant's position that the state court's revocation of his probation, which occurred while he was in immigration custody, did not increase the sentence imposed for the underlying conviction."],
  ["compassionate-release-mandatory-minimum", "It is Defendant's position that, because Congress has since reduced the enhanced penalty for his prior drug conviction from 20 to 15 years, his 20-year sentence presents an extraordinary and compelling reason for a reduction."],
  ["prior-conviction-seriousness", "The defense theory at sentencing was that the enhancement, driven by a 1989 conviction, was out of all proportion to a crime committed when Mr. Vela was a teenager."],
  // compassionate-release paragraphs: the party's facts by pronoun, the court weighing or finding
  ["compassionate-release-family", "On June 3, 2022, Defendant filed a pro se motion for compassionate release [Doc. 212]. He states that his grandmother, who raised him, is 91 years old, is blind, and has no one to help her with daily activities since his uncle passed away."],
  ["compassionate-release-family", "The Court is not persuaded that Defendant is the only available caregiver for his father. The record shows that Defendant's brother lives two miles away and has been assisting their father since 2020."],
  ["compassionate-release-family", "Having considered the record, the Court concludes that Defendant has established an extraordinary and compelling reason: the death of his children's mother has left the children, ages 9 and 12, without a caregiver."],
  ["compassionate-release-rehabilitation", "Defendant has served 14 years of a 25-year sentence. In support of release, he points to his record in custody: he has completed 60 programs, obtained his GED, and has had no disciplinary incidents since 2012."],
  ["compassionate-release-rehabilitation", "The Court acknowledges Defendant's efforts at rehabilitation, including his completion of the Residential Drug Abuse Program and his steady work history in UNICOR, but concludes that these efforts do not constitute extraordinary and compelling reasons for compassionate release."],
  ["post-sentencing-rehabilitation", "After the Supreme Court vacated his sentence, Defendant appeared for resentencing and presented testimony from a prison chaplain about the positive changes he had made while incarcerated. He requested a sentence of 120 months."],
  ["reentry-motive", "Defendant returned, he says, because his mother had suffered a stroke and his siblings could not afford to care for her. He asks for a sentence of 24 months."],
  // a lower court's grant reported on appeal survives its "found that"
  ["prior-conviction-seriousness", "The district court found that the 16-level enhancement substantially overstated the seriousness of Santos's prior offense, a 1994 assault in which no weapon was used, and departed downward to a range of 27 to 33 months."],
  ["prior-conviction-seriousness", "At sentencing, counsel emphasized that Mr. Rivas's 1996 conviction involved the sale of less than a gram of heroin and that he received a sentence of probation. Counsel asked the Court to vary downward to offset the enhancement."],
  // summaries: the court agreeing with the defense, or faulted for not addressing the party's ground
  ["prior-conviction-seriousness", "Judge Gertner cut the sentence substantially, agreeing with the defense that a 16-level bump for a minor, decades-old drug conviction made no sense."],
  ["reentry-motive", "The First Circuit vacated the sentence because the district judge never addressed the defendant's claim that he came back to care for his dying mother."],
  ["post-sentencing-rehabilitation", "On remand, the judge refused to consider the defendant's exemplary prison record since his first sentencing, and the appellate court affirmed."],
  // a negated exclusion is no exclusion
  ["compassionate-release-mandatory-minimum", "Defendant's request for a sentence of 48 months, below the 60-month mandatory minimum, is denied; he does not qualify for the safety valve, and the government has not filed a substantial-assistance motion."],
  ["prior-conviction-seriousness", "The conviction that now adds sixteen levels to Ms. Rangel's offense level was a 2003 sale of $40 worth of crack cocaine. She served four months. A 16-level increase for that conduct is wildly disproportionate, and we ask for a variance to the range that would apply without it."],
  // set P: the party's verb inside the government's sentence; headings; transcripts (facts, more facts, then the ask)
  ["fast-track-disparity", "The Government anticipates that Defendant will again seek a variance to account for fast-track programs elsewhere. Such a variance is unwarranted here because Defendant would not have qualified for the program in any district."],
  ["compassionate-release-family", "The government opposes Ms. Teller's motion, arguing that she has not shown that she is the only available caregiver for her incapacitated father."],
  ["compassionate-release-mandatory-minimum", "The government responds that the Court lacks authority to reduce Defendant's sentence beneath the statutory minimum in a compassionate-release proceeding, as he requests."],
  ["prior-conviction-seriousness", "B. The 16-level enhancement overstates the seriousness of a twenty-year-old conviction for which Mr. Lugo served ninety days."],
  ["revocation-sentence", "MS. PARK: Judge, the only reason this is a twelve-level enhancement instead of eight is the revocation. The underlying sentence was suspended. We're asking you to vary to where he'd be without it."],
  ["post-sentencing-rehabilitation", "MR. CHEN: Since the first sentencing, Your Honor, he has completed every program available to him. He's a different person. We'd ask that his progress be reflected in the new sentence."],
  ["compassionate-release-mandatory-minimum", "Under the First Step Act I would not face the stacked 924(c) sentences today. I am asking the judge to reduce my sentence below the 25 years on the second count."],
  // set Q: appellate review of this case's ruling, orders
  ["fast-track-disparity", "On appeal, Medina-Ruiz faults the district court for refusing to account for the sentencing advantage enjoyed by defendants in fast-track districts. Because the court correctly understood that it had discretion to vary on that basis and simply chose not to, we find no error."],
  ["post-sentencing-rehabilitation", "The district court's order reducing the sentence on resentencing rests on Mr. Dade's rehabilitation since the original sentencing, which the court described as exceptional."],
  ["compassionate-release-mandatory-minimum", "The district court denied Holloway's motion, reasoning that even if his stacked § 924(c) sentences were extraordinary and compelling, it could not reduce the sentence below what current law would require. Holloway appeals."],
  ["compassionate-release-mandatory-minimum", "Defendant's final argument is that the ten-year mandatory minimum, as applied to a first offender who carried drugs under threat, is grossly disproportionate and that the Court should impose a sentence of five years."],
  // set R: reporting idioms
  ["fast-track-disparity", "In his view, the lack of a fast-track option in the Eastern District of Washington left him serving roughly a year more than an identical offender sentenced in San Diego."],
  ["fast-track-disparity", "Appellant takes issue with the district court's refusal to vary downward to offset the disparity created by fast-track programs."],
  ["prior-conviction-seriousness", "The crux of the defense submission is that the prior conviction, a 1994 possession offense for which the defendant received probation, was minor and remote."],
  ["revocation-sentence", "Defendant disputes that his prior qualifies: the state court originally imposed only probation, and it was the later revocation, not the conviction itself, that produced a 30-month term."],
  ["reentry-motive", "His lawyer told the judge that Mr. Bautista came back because his eight-year-old son had leukemia and needed a bone marrow donor, and that he had tested as a match."],
  ["post-sentencing-rehabilitation", "Mr. Hale offers his post-sentencing record — nine years without an infraction, an associate's degree, and work as a hospice volunteer — as a reason to impose a lower sentence at resentencing."],
  // set S: the court finding the ground extraordinary; the government describing the defense; a letter to the Court
  ["compassionate-release-family", "ORDER GRANTING COMPASSIONATE RELEASE. The Court finds that the death of the children's mother and the absence of any other available caregiver for Defendant's two minor children constitute extraordinary and compelling reasons."],
  ["prior-conviction-seriousness", "The government's sentencing memorandum acknowledges that the defense will characterize the 2004 conviction as a minor, remote offense, but contends that the sixteen-level increase is appropriate given the defendant's conduct."],
  ["reentry-motive", "The defendant's letter to the Court explains that he returned because his younger brother had been murdered by a cartel in Guerrero and he feared he would be next."],
  // set T: long paragraphs — facts first, the ground last; the court weighing the party's evidence
  ["compassionate-release-family", "Ms. Barnes filed a pro se motion for compassionate release last year. She tells the Court that her son, who has autism and epilepsy, was placed in foster care after her mother could no longer care for him. She wants to come home to raise him."],
  ["compassionate-release-rehabilitation", "The Court has carefully considered Mr. Reese's evidence of rehabilitation, including his certificates and the letters from staff. That evidence is genuinely impressive. But rehabilitation alone cannot be an extraordinary and compelling reason, and Mr. Reese identifies nothing else. The motion is denied."],
  ["revocation-sentence", "In 2005 Mr. Acuña was convicted of burglary in Texas and placed on deferred adjudication. In 2007, after a positive drug test, the court adjudicated him guilty and sentenced him to three years. He argues that the deferred adjudication, not the later adjudication, is the sentence that matters under § 2L1.2."],
  ["post-sentencing-rehabilitation", "Following our remand, Lyons appeared for resentencing. He told the court that he had become a drug counselor at FCI Elkton and had not had a single disciplinary infraction since 2014. He asked for a sentence of 120 months rather than the 188 originally imposed. The district court imposed 168 months."],
  ["prior-conviction-seriousness", "The 2002 conviction underlying the enhancement arose from a bar fight in which no one was hospitalized. Mr. Quiroz was nineteen, and he served 45 days. It is hard to imagine a less serious qualifying offense, and the Court should not let it drive a 16-level increase."],
  // set U: Q&A summaries take the question's verb; headnotes; a letter that highlighted the record
  ["fast-track-disparity", "Q: What did the defendant argue? A: That his 57-month sentence was unreasonable because a defendant with the same record in a fast-track district would have received about 41 months."],
  ["compassionate-release-family", "Q: What extraordinary and compelling reason did Ms. Soto rely on? A: The incapacitation of her elderly mother, who had been the sole caregiver for Ms. Soto's three young children."],
  ["compassionate-release-rehabilitation", "Headnote 2: The defendant's two decades of rehabilitation, including mentoring young inmates and earning a paralegal certificate, together with his youth at the time of the offense, were extraordinary and compelling reasons for a sentence reduction."],
  ["post-sentencing-rehabilitation", "Counsel's letter to the court, filed before the resentencing hearing, highlighted Mr. Gant's five years of sobriety in prison and his job in the UNICOR factory, and asked for a sentence of time served."],
  // set V: caps headings; "principal complaint", "frames the issue", "sole issue on appeal"
  ["reentry-motive", "II. MR. CANO RETURNED TO THE UNITED STATES TO ESCAPE THE GANG THAT KILLED HIS BROTHER, AND HIS SENTENCE SHOULD REFLECT THAT."],
  ["revocation-sentence", "He frames the issue this way: a prior sentence of probation does not become a sentence of more than thirteen months merely because the probation was later revoked."],
  ["post-sentencing-rehabilitation", "Defendant's sole issue on appeal is the district court's refusal, at resentencing, to give any weight to the educational and vocational programs he completed in prison after his first sentencing."],
  ["prior-conviction-seriousness", "Appellant's principal complaint is that his ten-year-old conviction for simple battery, for which he received a suspended sentence, was treated as if it were a violent felony deserving sixteen levels."],
  // the comparison group is not another case's party
  ["fast-track-disparity", "Appellant's principal complaint is that the district court refused to consider the disparity between his sentence and those imposed on fast-track defendants in Arizona."],
  ["prior-conviction-seriousness", "Mr. Hernandez's attorneys argued that the 16-level bump for a decades-old drug sale punished him far more harshly than his actual criminal conduct warranted."],
  // set X: after ", but the judge …" the government no longer speaks; "prosecuted in Kansas" is not the prosecutor
  ["compassionate-release-rehabilitation", "Prosecutors opposed the motion, but the judge found Mr. Ruiz's rehabilitation over 28 years — including a degree from Villanova and years as a hospice aide — to be an extraordinary and compelling reason for release."],
  ["fast-track-disparity", "The defendant, who was prosecuted in Kansas, said he should not be punished more severely than defendants in fast-track districts who commit the same crime."],
  ["fast-track-disparity", "If the Court is not inclined to grant a departure, Mr. Ochoa asks in the alternative for a variance that accounts for the fast-track disparity."],
  // set Y: topic vocabulary
  ["revocation-sentence", "Mr. Salgado was given shock probation in 2004 and sent back to prison only after a technical violation; he asks the Court not to count that later term in applying the 16-level increase."],
  ["reentry-motive", "Defendant says he came home to Texas to attend his father's funeral and to help his mother settle the estate, and asks the Court to take that into account."],
  ["deportable-alien-status", "Defendant argues that his immigration hold will keep him out of the halfway house at the end of his sentence, and asks for a corresponding reduction."],
  ["post-sentencing-rehabilitation", "Since he was last before this Court, Mr. Vance has taught a financial-literacy class to other inmates and completed a drug treatment program. He asks that the Court consider that progress when it resentences him."],
  // set AA: citations between the verb and the facts
  // set DD: an article reporting this party's motion is still the party's argument
  ["compassionate-release-rehabilitation", "The article profiles Mr. Santos, whose compassionate-release motion rests on his twenty-six years of rehabilitation, including founding the prison's literacy program."],
  // set EE: a named party survives the generic-subject guards
  ["fast-track-disparity", "Defendants Ruiz and Lopez argue that their sentences are unreasonable because fast-track programs in other districts would have given them four-level reductions."],
  ["prior-conviction-seriousness", "Like many defendants sentenced under the former § 2L1.2, Mr. Toro argues that his old, minor drug conviction does not justify a sixteen-level increase."],
  ["compassionate-release-mandatory-minimum", "Often, as here, a defendant seeking compassionate release asks for a sentence below the mandatory minimum; Mr. Hill asks the Court to reduce his 20-year minimum term to 12 years."],
  // set FF: the government naming the party's request while opposing it
  ["post-sentencing-rehabilitation", "The United States does not dispute that Mr. Kline has done well in prison since his original sentencing, but it opposes his request that the Court impose a lower sentence on remand on that basis."],
  // set GG: "through counsel"; a reduction to time served is compassionate-release context
  ["reentry-motive", "At sentencing, Cruz explained through counsel that he reentered the country because his U.S.-citizen son had been placed in foster care and he wanted to regain custody."],
  ["compassionate-release-family", "In his motion, Jenkins states that his wife was recently diagnosed with stage IV breast cancer and is undergoing chemotherapy, leaving no one to care for their three minor children, and he requests a reduction of his sentence to time served."],
  // set BB: a pro se letter asks with "Please judge consider"
  ["reentry-motive", "Yo regresé porque mi hija estaba enferma — I came back because my daughter was sick with leukemia and I had to be with her. Please judge consider this for my sentence."],
  ["prior-conviction-seriousness", "Appellant maintains that the enhancement, see U.S.S.G. § 2L1.2(b)(1)(A)(i), produced a sentence wildly out of step with his actual record, because the predicate drug offense (a 1999 sale of less than two grams) was nothing more than a street-corner transaction."],
  ["revocation-sentence", "The defendant's position, as we understand it, is that the 'sentence imposed' for his 2001 burglary was the three years of probation he originally received, and not the two-year term later imposed upon revocation. Cf. United States v. Compian-Torres, 320 F.3d 514 (5th Cir. 2003)."],
];

const NEGATIVE: string[] = [
  // an argument denied after the verb; a hypothetical nobody argues
  "Had Defendant been prosecuted in the Southern District of Texas, he likely would have been offered a fast-track plea, but he raises no argument on that basis.",
  // consent to removal is a different ground
  "Defendant asks the Court to depart downward because he has agreed not to contest removal, which he argues will save the government the expense of immigration proceedings.",
  // the guideline's own description of the enhancement is not the revocation argument
  "He received a 16-level enhancement under U.S.S.G. § 2L1.2 because he had committed an aggravated felony before his deportation.",
  // an issue framed in the next sentence takes no one's request
  "Defendant asks the Court to delay ruling on his compassionate release motion until the Sixth Circuit's en banc resolution United States v. McCall [Doc. 172]. McCall concerns the question of whether nonretroactive changes in sentencing law can support a finding of extraordinary and compelling reasons for compassionate release.",
  // another case's party
  "In United States v. Rodriguez, the defendant argued that his rehabilitation in prison justified a reduced sentence at resentencing, and the court agreed.",
  // a release plan is not a family-circumstances argument
  "Defendant moves for compassionate release based on his diabetes and obesity. If released, he would live with his wife and children in Tulsa.",
  // grants, objections and "has not shown" on other grounds
  "The Court grants the government's motion for a two-level reduction under § 3E1.1(b) and sentences Defendant to 46 months.",
  "The Court sustains Defendant's objection to paragraph 41 of the PSR and strikes the reference to the dismissed burglary charge.",
  "Defendant has not shown that he exhausted his administrative remedies before filing his motion for compassionate release.",
  "The Court declines to depart downward on the basis of Defendant's criminal history, finding that category IV accurately reflects his record.",
  "Defendant contends that the district court should have run his revocation sentence concurrently with his new sentence for illegal reentry.",
  "Defendant argues that his 96-month sentence is disproportionate to the sentences his co-defendants received.",
  // facts with the new vocabulary
  "Defendant is not a citizen of the United States and was ordered removed by an immigration judge in 2013.",
  "The PSR states that Defendant first crossed the border illegally in 1998 at age sixteen and has been removed four times since.",
  "At the time of his deportation in 2011, Defendant had three prior convictions, including one for aggravated assault.",
  "Defendant completed several courses while on pretrial release, including a parenting class and a financial literacy course.",
  "At resentencing, the Court recalculated the guideline range without the career-offender enhancement, which resulted in a range of 77 to 96 months.",
  "Because Defendant qualified for safety-valve relief under 18 U.S.C. § 3553(f), the mandatory minimum did not apply, and the Court sentenced him to 37 months.",
  "According to the government, Defendant returned to the United States within weeks of each removal, which shows a need for deterrence.",
  "Defendant avers that his mother, who lives in Guadalajara, has been ill for several years.",
  // family named without a need for care; an argument disclaimed before another ground is relied on
  "Defendant's motion for compassionate release cites the death of his brother from COVID-19 and his fear of contracting the virus.",
  "Defendant does not contend that his rehabilitation is an extraordinary and compelling reason; instead he relies on his medical conditions.",
  // criminal-history points and concurrent revocation terms are other questions
  "Defendant argues that his 2002 conviction should not receive criminal history points because it is more than fifteen years old.",
  "Defendant asks the Court to run his sentence concurrently with the sentence imposed upon revocation of his supervised release in the Western District of Texas.",
  "Defendant argues that the mandatory minimum does not apply because the government failed to file an information under 21 U.S.C. § 851 before trial.",
  // the court's or another court's reasoning quoted stays masked
  'The court explained that "[t]he existence of fast-track programs in some districts does not create an unwarranted disparity, because Congress itself authorized those programs."',
  'The Sixth Circuit in Hunter concluded that "nonretroactive changes in sentencing law cannot be extraordinary and compelling reasons warranting a sentence reduction."',
  "It is the government's position that the fast-track disparity does not warrant a variance.",
  "It is undisputed that Defendant was not eligible for the District of Arizona's fast-track program because he had a prior conviction for a crime of violence.",
  // the same cues on other grounds
  "Defendant has established that he exhausted his administrative remedies, so the Court turns to the merits of his motion based on his heart disease.",
  "The Court is not persuaded that Defendant's asthma is severe enough to warrant release.",
  "She returned to the courtroom after the recess and entered a plea of guilty to both counts.",
  "Defendant notes that his mother and sisters live in Dallas and have offered him a place to stay.",
  "Defendant argues that his prior theft conviction, for which he received a sentence of probation, is not an aggravated felony.",
  "The district court granted a downward departure of two levels based on Defendant's diminished capacity.",
  // a noun at the end of the sentence is not a party's verb; a policy upheld is a holding
  "The BOP's policy of excluding inmates with detainers from community confinement has been upheld against equal protection challenges.",
  "The district court did not consider the § 3553(a) factors before imposing the revocation sentence, and the enhancement was miscalculated.",
  "The claim that fast-track disparity justifies a variance has been rejected by every circuit to consider it.",
  // a request followed by background: the next sentence neither lends its topic's name nor takes the request
  "Defendant requests a sentence of time served. His probation for the 2005 offense was revoked in 2007, and he received a two-year sentence, which triggered the enhancement.",
  "Defendant asks for a sentence of 30 months. He was removed in 2014 and reentered in 2019 after his mother became ill; he was arrested two weeks later for driving while intoxicated.",
  "Defendant asks the Court to vary downward. The fast-track program was not available in this district at the time of his arrest, but it was adopted in 2012 for all districts.",
  "Defendant appeals the denial of his motion to reduce his sentence. He was sentenced in 2008 to a mandatory minimum of 240 months based on two prior felony drug convictions.",
  "Defendant's motion to reduce his sentence under 18 U.S.C. § 3582(c)(2) is denied. His sentence was the statutory mandatory minimum of 120 months, so the amendment does not lower his range.",
  // set Q: background, more background, then a request that neither points back nor shares the topic
  "His 2003 conviction was for possessing a small amount of cocaine, and he received probation. He has lived in the United States since age fifteen. He asks the Court to vary downward because of his severe diabetes and the loss of vision in one eye.",
  "The probation officer applied the 12-level enhancement because the sentence imposed after revocation exceeded thirteen months. The defendant was removed in 2015. He now asks for a sentence at the low end of the range.",
  "The government contends that he has not shown that the § 3553(a) factors favor release, given his history of violence.",
  "MR. LOPEZ (AUSA): Your Honor, the defendant has been deported four times. He has a prior for robbery. We're asking for a sentence at the high end of the range.",
  // set R: the same idioms about the law or another ground
  "The gist of the amendment is that a sentence imposed upon revocation is added to the original term of imprisonment for purposes of § 2L1.2.",
  "The crux of the motion is Mr. Abubakar's obesity and hypertension, which he contends place him at heightened risk from COVID-19.",
  // set S: a judge or the Commission "pointed out"; the Commission's view
  "As Judge Kozinski pointed out, the disparity produced by fast-track programs is one Congress itself authorized, and so it cannot be unwarranted.",
  "The Commission's 2016 report pointed out that a sixteen-level enhancement for a decades-old prior conviction can overstate the seriousness of the offender's record.",
  "In the Commission's view, the defendant's status as a deportable alien is not ordinarily relevant to the choice of sentence.",
  "His prior conviction, for burglary of a habitation, was punished with four years. He was deported in 2016. He asks the Court to impose a sentence of 37 months, which is at the bottom of the range.",
  // set T: a release plan's family support is not a family ground ("support a" is not "support and")
  "Defendant moves for compassionate release under § 3582(c)(1)(A). He is 67 years old and suffers from COPD, diabetes and congestive heart failure. His wife and adult children have written letters pledging support and a place to live. The government opposes the motion.",
  "Mr. Fuentes has served 31 years. While in custody he earned a bachelor's degree and worked in the hospice program. He has a release plan in Cleveland. He asks the Court to grant his motion because of the severe asthma and the COVID-19 outbreaks at his facility.",
  // set U: the court weighing other things; a Q&A about the law
  "The district court considered his criminal history, his repeated illegal reentries, and the need for deterrence, and imposed a sentence of 46 months.",
  "Q: Can a defendant get a variance because his district has no fast-track program? A: The circuits are split; the First, Third, Sixth and Seventh Circuits allow it, while the Fifth and Eleventh do not.",
  "Under § 2L1.2, a sentence imposed upon deferred adjudication counts only if the defendant was later adjudicated guilty and sentenced to imprisonment.",
  // set V: what litigants in general argue is commentary
  "Defendants in non-fast-track districts have long argued that the programs create unwarranted disparities, but most circuits rejected the argument before Kimbrough.",
  "Defense lawyers routinely ask judges to vary downward because a client's prior conviction was minor, and the 2016 amendments were meant in part to address that concern.",
  "Many prisoners seeking compassionate release point to their rehabilitation, but Congress has directed that rehabilitation alone is not an extraordinary and compelling reason.",
  "A common argument in illegal-reentry cases is that the defendant came back to care for a sick relative; courts have been divided on whether that motive can support a departure.",
  "Some inmates have asked courts to reduce sentences below the mandatory minimum under § 3582(c)(1)(A); the circuits remain divided on whether that is permitted.",
  "Post-Pepper, defense counsel at resentencings often ask courts to consider the defendant's rehabilitation in prison.",
  // set W: commentary and practice guides — advice, conditions, any defendant, scholars, another case's party
  "Practice tip: in a district without a fast-track program, counsel should argue that the resulting disparity is unwarranted under § 3553(a)(6) and ask for a variance of up to four levels.",
  "A defendant who argues that his prior conviction was minor must still explain why the sixteen-level enhancement overstates his culpability in light of the Commission's rationale.",
  "If the defendant contends that a revocation term should not count, the court should look to Application Note 1(B)(vii), which expressly includes it.",
  "A movant seeking compassionate release on the basis of family circumstances must show that he is the only available caregiver for the incapacitated family member.",
  "When a defendant asks the court to go below the mandatory minimum in a compassionate-release motion, most courts hold they lack that power.",
  "The defendant in Pepper asked the district court to consider his post-sentencing rehabilitation at resentencing, and the Supreme Court held that it could.",
  "This article argues that fast-track programs produce unwarranted disparities that courts should remedy through variances.",
  "Advocates contend that non-citizen prisoners serve harder time because they are barred from halfway houses and RDAP credit.",
  // set Y: the same vocabulary as facts
  "Because of the ICE hold, the Bureau of Prisons assigned Mr. Wu a public safety factor and designated him to a low-security facility in Texas.",
  "The State filed a motion to revoke his probation in 2006, and he was sentenced to 18 months; the PSR added three criminal-history points for that sentence.",
  // set Z: the court's refusal held within its discretion; a judge's view that Congress authorized the programs
  "In Judge Posner's view, fast-track disparities are warranted because Congress authorized them.",
  "The district court's refusal to give weight to the defendant's post-sentencing conduct was within its discretion under Pepper, which permits but does not require such consideration.",
  // set DD: commentary voices — the sentence's subject is a group or the argument is weighed in the abstract
  "The better argument is that fast-track disparities are unwarranted, because the programs are an accident of geography rather than a judgment about culpability.",
  "Critics of the guideline point out that a sixteen-level enhancement for a decades-old minor drug conviction overstates the defendant's dangerousness.",
  "It could be argued that deportable aliens serve harsher sentences because they are ineligible for halfway houses and RDAP.",
  "Defense groups contend that counting revocation terms under § 2L1.2 punishes defendants twice for the same probation violation.",
  "The NACDL brief, filed as amicus curiae, argues that rehabilitation in prison should count as an extraordinary and compelling reason.",
];

describePassages("foreclosure detector: held-out passages (bench/heldout.jsonl)", POSITIVE, NEGATIVE, 70);
