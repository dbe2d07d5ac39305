/**
 * The detector's word lists. Every list is plain phrases matched as word-start prefixes on a
 * normalised sentence (lower case; hyphens and dashes read as spaces; a space in a cue matches
 * any run of spaces). Explainability: a finding reports which of these phrases it matched.
 *
 * An argument needs (1) an argument cue — a party's verb ("argues", "asks the Court", "seeks"),
 * or a weaker evaluative cue ("warrants a", "is entitled to", "departed downward") that a holding
 * cue ("we hold", "may not", "is not an appropriate basis") cancels — and (2) every topic group
 * of one of the rule's alternatives, and (3) none of the rule's exclusions.
 */
import type { RuleId } from "./types";
import r0 from "../../data/rules/fast-track-disparity.json";
import r1 from "../../data/rules/prior-conviction-seriousness.json";
import r2 from "../../data/rules/revocation-sentence.json";
import r3 from "../../data/rules/reentry-motive.json";
import r4 from "../../data/rules/deportable-alien-status.json";
import r5 from "../../data/rules/post-sentencing-rehabilitation.json";
import r6 from "../../data/rules/departure-after-sentencing.json";
import r7 from "../../data/rules/compassionate-release-family.json";
import r8 from "../../data/rules/compassionate-release-rehabilitation.json";
import r9 from "../../data/rules/compassionate-release-mandatory-minimum.json";
import r10 from "../../data/rules/departure-framing.json";
import r11 from "../../data/rules/reentry-guideline-policy.json";
import r12 from "../../data/rules/compassionate-release-covid.json";
import r13 from "../../data/rules/compassionate-release-innocence.json";
import r14 from "../../data/rules/cultural-assimilation.json";
import type { RuleFileSchema, RuleFile } from "./ruleFile";
import { validatedJson } from "../validatedJson";

/** A party making or pressing an argument. Not cancelled by holding cues. */
export const STRONG_CUES = [
  "argue", "arguing", "contend", "assert", "claims", "claimed", "claiming", "maintains", "maintained",
  "urge", "urging", "request", "ask", "seek", "sought", "moves for", "moves this court", "moves the court", "moves pursuant",
  "moves under", "moved pursuant", "moved under", "moves to reduce", "moves to modify", "moves to correct", "moves to vacate",
  "moved for", "moved this court", "moved the court", "moved to reduce", "moved to modify", "moved to correct", "moved to vacate",
  "moving for", "moving under", "moving pursuant", "alleg", "position is that", "in his motion", "in her motion", "in the motion",
  "motion rests", "motion is based", "motion relies", "motion is premised", "pro se motion", "would ask", "submits", "invok", "relies on", "relied on",
  "rely on", "relying on", "reasserts", "submits that", "posits", "insists", "challenge", "appeals", "appealed",
  "filed a motion", "files a motion", "motion for", "motion to", "petitions", "petitioned", "explained that he",
  "explained that she", "in support", "in further support", "noted his", "noted her", "cites", "cited", "prays",
  "respectfully", "we ask", "we request", "we urge", "i ask",
  // the movant or the advocate in the first person: a prisoner's plea ("Without me, he's alone"; "the only
  // person who is able to take care of my wife and children is me") or counsel at argument ("we're asking")
  "my wife", "my husband", "my spouse", "my mother", "my father", "my parents", "my son", "my daughter", "my children",
  "my kids", "my family", "my grandmother", "my release", "my incarceration", "without me", "i am serving", "i'm serving",
  "i have served", "i have completed", "i requested", "we're asking", "we are asking",
  "we submit", "our client", "my client",
  // a pro se letter: "Please judge consider this for my sentence."
  "please consider", "please judge", "please your honor", "please take", "i beg", "i pray", "i am asking", "raises", "raised the", "presses", "pressed",
  "emphasiz", "points to", "pointing to", "highlights", "highlighting", "highlighted", "stresses", "stressing", "stressed", "underscores",
  "underscored",
  // objections to the PSR, explanations offered, the brief's "will point to"
  "objects", "objected", "objecting to", "point to", "pointed to", "contention", "objection is that", "objection was that", "objection that", "renews his", "renews her", "renewed his", "renewed her",
  "objection to paragraph", "objection to the enhancement",
  // "Defendant's sole ground for relief under § 3582(c)(1)(A) is that …"
  "sole ground", "only ground", "ground for relief is", "grounds for relief are", "basis for relief is", "basis for release is", "ground for release is",
  // how opinions report a party's reasoning
  "reasons that", "reasoned that he", "reasoned that she", "aver ", "avers", "averred", "averring", "averment", "offered that", "theory that", "thrust of", "proffer",
  "takes the position", "in mitigation", "relies in part", "relied in part", "relies in large part", "relies largely", "relied largely",
  "position, as we understand it", "argument, as we understand it", "relies solely", "relies primarily", "relies principally", "relies exclusively",
  "relies chiefly", "relies heavily", "relies mainly", "states that he", "states that she", "stated that he", "stated that she",
  "defense theory", "theory was that", "position that",
  // a party (named or by pronoun) reporting its own facts: "He states that his grandmother …"
  "states that his", "states that her", "stated that his", "stated that her", "he states", "she states", "defendant states",
  "movant states", "petitioner states", "he stated", "she stated", "defendant stated", "he says", "she says", "defendant says",
  "he notes", "she notes", "defendant notes", "he explains", "she explains", "defendant explains", "he writes", "she writes",
  "defendant writes", "he reports", "she reports", "presented evidence", "presented testimony", "offered evidence",
  "introduced evidence", "explanation that", "his explanation", "her explanation", "complains",
  // a § 2255 claim names the ground counsel left out: "Counsel was ineffective for failing to argue that his prior was minor"
  // ("was not ineffective for failing to …" is negated like any cue)
  "ineffective for failing to", "ineffective in failing to", "ineffective by failing to", "ineffective for not",
  // "Defendant's third point is that …"
  "point is that", "point was that", "through counsel that",
  // appellate briefs and opinions: "On appeal, Medina-Ruiz faults the district court for refusing to …"
  "faults the", "faulted the",
  "frames the", "framed the", "frames his", "frames her", "complaint is that", "complaint was that", "issue on appeal is the",
  "issue on appeal is that",
  // idioms of the same report: "In his view, …", "Appellant takes issue with …", "Ortega quarrels with …",
  // "Defendant disputes that …", "makes the case that", "Defense counsel pointed out …", "told the judge",
  // "offers his post-sentencing record … as a reason to …"
  "in his view", "in her view", "in the defense's view", "in counsel's view", "in defense counsel's view", "in the defense's telling",
  // a pro se letter in the first person: "I want the Court to know that …"
  "i want the court", "i want the judge", "wishes the court", "wants the court", "would like the court to know", "i would like the court", "i would like the judge", "i hope the court", "i ask the court", "in defendant's view", "in appellant's view", "in the defendant's view", "in the defense view",
  "takes issue", "took issue", "taking issue", "quarrels with", "quarreled with", "disputes that", "disputed that",
  "makes the case", "made the case", "making the case", "suggested a", "suggests a",
  // "pointed out" only with the party as subject: "As Judge Kozinski pointed out, …" is authority
  "counsel pointed out", "defense pointed out", "defendant pointed out", "appellant pointed out", "he pointed out",
  "she pointed out", "counsel points out", "defendant points out", "appellant points out", "he points out", "she points out",
  "movant points out", "petitioner points out", "tells the court", "tells the judge", "he tells", "she tells", "explains that he", "explains that she", "explains that his", "explains that her",
  "characteriz",
  "told the judge", "told the court", "offers his", "offers her", "offered his", "offered her", "as a reason to", "as a reason for",
  "as a basis for",
  // "The crux of the defense submission is that …" (the crux of the amendment is the law's)
  "crux of his", "crux of her", "crux of the defense", "crux of the motion", "crux of defendant", "crux of appellant", "crux of the petition", "crux of the appeal", "crux of the objection", "crux of mr", "crux of ms", "gist of his", "gist of her", "gist of the defense", "gist of the motion", "gist of defendant", "gist of appellant", "gist of the petition", "gist of the appeal", "gist of the objection", "gist of mr", "gist of ms", "centerpiece of his", "centerpiece of her", "centerpiece of the defense", "centerpiece of the motion", "centerpiece of defendant", "centerpiece of appellant", "centerpiece of the petition", "centerpiece of the appeal", "centerpiece of the objection", "centerpiece of mr", "centerpiece of ms", "heart of his", "heart of her", "heart of the defense", "heart of the motion", "heart of defendant", "heart of appellant", "heart of the petition", "heart of the appeal", "heart of the objection", "heart of mr", "heart of ms", "essence of his", "essence of her", "essence of the defense", "essence of the motion", "essence of defendant", "essence of appellant", "essence of the petition", "essence of the appeal", "essence of the objection", "essence of mr", "essence of ms", "nub of his", "nub of her", "nub of the defense", "nub of the motion", "nub of defendant", "nub of appellant", "nub of the petition", "nub of the appeal", "nub of the objection", "nub of mr", "nub of ms", "core of his", "core of her", "core of the defense", "core of the motion", "core of defendant", "core of appellant", "core of the petition", "core of the appeal", "core of the objection", "core of mr", "core of ms",
] as const;

/**
 * The court granting the relief in the case before it ("the Court grants a downward variance",
 * "sustains Defendant's objection", "departs downward four levels"). Present tense or "will":
 * past-tense grants ("granted", "departed downward") are weak cues, since they may recount
 * another case. Holding cues do not cancel a grant ("The Court finds … and grants the motion").
 */
export const GRANT_CUES = [
  "grants a", "grants the", "grants his", "grants her", "grants defendant", "grants mr", "grants ms", "will grant",
  "will vary", "will depart", "departs downward", "departs from", "varies downward", "sustains", "agrees with defendant",
  "agrees with the defendant", "agrees with the defense", "agrees with mr", "agrees with ms", "reduction appropriate",
  "departure appropriate", "variance appropriate",
  // …and denying it: the request is still this case's argument ("declines to depart on the basis of …").
  "declines to depart", "declines to vary", "declines to reduce", "declines to grant", "denies the motion", "denies defendant",
  "denies his", "denies her", "denies mr", "denies ms", "has not shown", "has not established", "has not demonstrated",
  "failed to show", "fails to show", "failed to establish", "fails to establish",
  // the court weighing the party's evidence: "The Court has carefully considered Mr. Reese's evidence of rehabilitation"
  "considered defendant's", "considered the defendant's", "considered mr", "considered ms", "considered his", "considered her",
  "considers defendant's", "considers the defendant's", "considers mr", "considers ms", "considers his", "considers her",
  // …or finding for the party on its ground, or weighing the ground it put forward
  "has established", "has shown", "has demonstrated", "not persuaded that defendant", "not persuaded that he",
  "not persuaded that she", "not persuaded that mr", "not persuaded that ms", "acknowledges defendant's", "acknowledges his",
  "acknowledges her", "recognizes defendant's", "recognizes his", "recognizes her",
  // a lower court's grant reported on appeal ("The district court found that the enhancement overstated
  // … and departed downward"): its finding is not a holding that cancels it
  "departed downward", "varied downward", "agreeing with the defense", "agreeing with defendant", "agreeing with the defendant",
  "agreed with the defense", "agreed with defendant", "agreed with the defendant",
  // …or a court faulted for not weighing the ground the party put forward
  // ("did not consider" / "failed to consider" alone are too often about the § 3553(a) factors)
  "refused to consider", "declined to consider", "declined to address", "failed to address", "never addressed", "refusing to consider", "refused to account for", "refusing to account for", "declined to account for",
] as const;

/** Present-tense requests (a brief asking now), for `departure-framing`. */
export const PRESENT_CUES = [
  "asks", "ask the court", "ask this court", "requests", "request that", "request a", "moves for", "moves this court",
  "moves the court", "seeks", "urges", "respectfully", "we ask", "we request", "i ask", "should depart",
  "warrants a downward departure", "warrants a departure", "should grant", "should impose", "the court should", "this court should", "warrant a downward departure", "is entitled to a",
  "merits a downward departure", "justifies a downward departure", "justify a downward departure", "prays",
] as const;

/**
 * A denial ("declines to depart", "denies the motion") is this case's argument only when the
 * sentence names the ground the party put forward ("… on the basis of Defendant's rehabilitation");
 * a bare "The Court declines to reduce the sentence below the mandatory minimum" is not.
 */
export const DENIAL_PREFIXES = ["declines", "denies"] as const;
export const GROUND_PHRASES = [
  "on the basis", "based on", "on the ground", "grounds", "premised on", "because of his", "because of her", "in light of",
  "predicated on", "resting on", "rests on",
] as const;

/** Evaluative or descriptive argument cues; cancelled by a holding cue in the same sentence. */
export const WEAK_CUES = [
  "warrant", "justif", "entitled to", "should vary", "should depart", "should be reduced", "should receive",
  "should not have received", "should apply", "should not apply", "should be lower", "should not count",
  "should not be counted", "should impose", "should grant", "should sentence", "should consider", "should not be",
  "is appropriate", "was appropriate", "would be appropriate", "appropriate because", "merits a", "calls for",
  "over penaliz", "overpenaliz", "harsher", "more harsh", "more severe", "more difficult", "argument", "request",
  "on the ground", "on the basis", "grounds that", "granted", "is unjust", "would be unjust",
  // trailing space: "support a variance", not "pledging support and a place to live"
  "supports a ", "support a ", "deserves", "according to", "is an extraordinary and compelling", "are extraordinary and compelling",
  "constitutes an extraordinary", "constitute extraordinary", "constitutes extraordinary", "qualifies as extraordinary",
  "amount to extraordinary", "amounts to an extraordinary", "is extraordinary and compelling", "were extraordinary and compelling", "was extraordinary and compelling",
  "was an extraordinary and compelling", "to be an extraordinary and compelling", "to be extraordinary and compelling", "departed below", "departed from the guidelines", "reduced his sentence because",
  "reduced her sentence because", "imposed a lower sentence because", "below guidelines sentence because",
  "reduced the sentence", "reduced his sentence", "reduced her sentence", "should not serve", "should not spend", "should not be punished",
  "his motion", "her motion", "defendant's motion", "compassionate release motion", "entitles",
  // weak, not strong: "The court found that Garcia's claim that he returned … was not credible" is a finding
  "claim that",
  // a brief's heading asserts its ground: "B. The 16-level enhancement overstates the seriousness of …"
  "overstates", "exaggerates", "overrepresents", "over represents",
  // "despite counsel's plea that …"; "the order reducing the sentence rests on …"
  // the court's refusal, weak: "The district court's refusal to give weight to … was within its discretion" is a holding
  "refusal to give", "refusal to consider", "refusal to credit", "refusal to account",
  "plea that", "hard to imagine", "hardly reflects", "hardly the kind", "hardly the sort", "is not the kind of", "is not the sort of", "should reflect", "must reflect", "should not let", "should not allow", "reducing the sentence", "reducing his sentence", "reducing her sentence",
] as const;

/** The sentence states a holding or rule rather than pressing an argument. */
export const HOLDING_CUES = [
  "we hold", "we held", "we have held", "held that", "holds that", "holding that", "we find", "we conclude",
  "we agree", "we affirm", "we reject", "we decline", "the court finds", "court found", "court concluded",
  "court determined", "determined that", "not an appropriate basis", "not a permissible", "not a proper",
  "is not a basis", "may not", "cannot form", "could not form", "does not create", "did not create",
  "no statutory basis", "no basis", "without authority", "lacked authority", "lacks authority", "lack authority",
  "lack jurisdiction", "lacked jurisdiction", "lacks jurisdiction", "is not extraordinary", "are not extraordinary",
  "rejected", "rejects", "there may be cases", "the commission", "congress has", "congress expressly", "is affirmed",
  "we therefore", "this court has held", "states that", "provides that", "defines", "not persuaded", "unpersuasive",
  "without merit", "lacks merit", "meritless", "we disagree", "unavailing", "must fail", "is foreclosed by", "is squarely foreclosed",
  "should reject", "must reject", "should deny", "should be denied", "must be denied", "is not a ground", "are not a ground",
  "concluded that", "reasoned that", "court explained", "questions the propriety", "the court notes",
  "not an extraordinary", "not extraordinary and compelling", "does not constitute", "do not constitute", "did not constitute",
  "is not entitled", "was not entitled", "not a valid", "is insufficient", "are insufficient", "was insufficient", "it is well settled", "it is well established", "foreclosed",
  // commentary weighing an argument in the abstract
  "it could be argued", "it might be argued", "it may be argued", "one might argue", "one could argue", "the better argument",
  "the better view", "within its discretion", "did not abuse its discretion", "no abuse of discretion", "congress authorized", "congress has authorized",
  "congress itself", "been upheld", "was upheld", "were upheld", "have upheld", "has upheld",
] as const;

/** Phrases that mean the government, not the defendant, is speaking (cue's subject). */
// ("prosecutor", not "prosecut": "The defendant, who was prosecuted in Kansas, said …" is the defendant speaking)
export const GOVERNMENT_SUBJECTS = ["government", "prosecutor", "prosecution", "united states attorney", "the state "] as const;

export const DEPARTURE_CUES = ["depart", "5k2", "5h1", "heartland", "4a1.3"] as const;
export const VARIANCE_CUES = ["vary", "varies", "variance", "variant", "3553(a)", "unreasonable", "below guidelines", "below the guidelines", "non guidelines"] as const;
export const CR_CONTEXT_CUES = [
  "compassionate", "extraordinary and compelling", "3582(c)(1)", "1b1.13", "covid", "pandemic", "not a danger",
  "release from prison", "release her from prison", "release him from prison", "reduction in sentence", "motion for release",
  "only available caregiver", "home confinement",
  // § 1B1.13(b)(3)'s "only available caregiver" in other words ("sole caregiver" alone is also a § 5H1.6 plea at sentencing);
  // the warden's 30 days (§ 3582(c)(1)(A)'s exhaustion) belong to no other motion
  "sole available caregiver", "only available care giver", "request to the warden", "asked the warden",
  "petitioned the warden", "the warden denied", "warden's denial", "exhausted his administrative", "exhausted her administrative",
  // the policy statement's caregiver grounds in the words a motion uses (§ 1B1.13(b)(3)): incapacitation, the only one to care
  "incapacitat", "only person who can care", "only one who can care", "only person able to care", "only family member who can care", "only person available to care",
  // the policy statement's family ground in its own terms: "leaving the children without a caregiver"
  "without a caregiver", "without any caregiver", "no caregiver", "no other caregiver", "no available caregiver", "no other available caregiver",
  "seeks release", "seeking release", "sought release", "requests release", "request for release", "release is warranted",
  "support of release", "argument for release", "argued for release", "argues for release", "arguing for release",
  // "that release was appropriate", not "a term of supervised release is appropriate"
  "that release was appropriate", "that release is appropriate", "grounds for release", "reasons for release", "warrants release", "warrant release",
  "justify release", "justifies release",
  // a sentence already imposed cut to time served is a reduction, not an original sentence
  "reduction of his sentence to time served", "reduction of her sentence to time served", "reduce his sentence to time served",
  "reduce her sentence to time served", "sentence reduced to time served", "sentence reduction to time served", "reduction to time served",
  "released to care", "be released so", "asks for early release", "seeks early release", "requests early release", "sought early release", "asked for early release", "early release to care", "immediate release",
] as const;

export type { TopicDef } from "./ruleFile";
import type { TopicDef } from "./ruleFile";

/**
 * Each rule's topic vocabulary lives in its rule file, `src/data/rules/<rule>.json` (with the
 * vehicles and editions it applies to and the examples that must and must not flag, run as tests).
 * This module keeps only the stance lexicon above (who speaks, what they do), shared by all rules.
 */
export const RULE_FILES: readonly RuleFile[] = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14].map((r) => validatedJson<typeof RuleFileSchema>(r));

export const TOPICS = Object.fromEntries(RULE_FILES.map((f) => [f.id, f.topic])) as Record<RuleId, TopicDef>;
