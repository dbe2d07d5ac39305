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
  "reasons that", "reasoned that he", "reasoned that she", "aver", "offered that", "theory that", "thrust of", "proffer",
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
  // "Defendant's third point is that …"
  "point is that", "point was that", "through counsel",
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
  // the policy statement's family ground in its own terms: "leaving the children without a caregiver"
  "without a caregiver", "without any caregiver", "no caregiver", "no other caregiver", "no available caregiver", "no other available caregiver",
  "seeks release", "seeking release", "sought release", "requests release", "request for release", "release is warranted",
  "support of release", "argument for release", "grounds for release", "reasons for release", "warrants release", "warrant release",
  "justify release", "justifies release",
  // a sentence already imposed cut to time served is a reduction, not an original sentence
  "reduction of his sentence to time served", "reduction of her sentence to time served", "reduce his sentence to time served",
  "reduce her sentence to time served", "sentence reduced to time served",
  "released to care", "be released so", "asks for early release", "seeks early release", "requests early release", "sought early release", "asked for early release", "early release to care", "immediate release",
] as const;

export interface TopicDef {
  /** Alternatives; each alternative is a list of groups; every group needs one hit. */
  alts: (readonly string[])[][];
  /** Any hit cancels the rule for the sentence. */
  exclude?: readonly string[];
  /** Any hit anywhere in the paragraph cancels the rule for the whole paragraph. */
  paragraphExclude?: readonly string[];
  /** The rule needs compassionate-release context in the sentence or its paragraph. */
  needsCr?: boolean;
  /** Alternatives that need compassionate-release context even though the rule does not. */
  altNeedsCr?: number[];
  /** Alternatives that stand without compassionate-release context even though the rule needs it. */
  altCrFree?: number[];
  /** The rule is cancelled by compassionate-release context. */
  notWithCr?: boolean;
  /** Only present-tense requests count (departure-framing). */
  presentOnly?: boolean;
  /** Alternatives whose groups must be hit in order (group 0 first). */
  ordered?: number[];
  /** Never complete a missing group from a neighbouring sentence. */
  sentenceOnly?: boolean;
  /**
   * The group that names the argument itself (default 0: "fast track", "mandatory minimum",
   * "revoked"); the sentence with the argument cue must hold it, and only the other, generic
   * groups ("vary", "reduce", "enhancement") may come from a neighbouring sentence. Otherwise
   * "Defendant asks the Court to vary downward. The fast-track program was not available …"
   * would read background as the ground of the request. -1: no group is generic.
   */
  anchor?: number;
  /**
   * Exclusions that name a lawful alternative (safety valve, a government motion) and so stop
   * excluding when negated: "he does not qualify for the safety valve" leaves the argument standing.
   */
  negatableExclude?: boolean;
}

const FAST_TRACK = ["fast track", "fasttrack", "early disposition", "5k3.1", "3f1.1"];
const MINOR = [
  "was minor", "were minor", "is minor", "are minor", "relatively minor", "too minor", "so minor", "minor one", "minor ones", "minor in nature", "minor nature", "minor offense",
  "minor conviction", "minor prior", "minor crime", "minor drug", "minor felony", "minor and", "overstat", "over stat",
  "overrepresent", "over represent", "gravity of the prior", "gravity of his prior", "gravity of her prior", "not the sort of serious", "not a serious", "youthful indiscretion", "low level", "nonviolent", "non violent", "involved no violence", "out of proportion to", "out of all proportion", "disproportionate", "less serious", "kind of serious", "sort of serious", "type of serious", "sentence of only", "less than a gram", "less than one gram", "sentence of probation", "received probation", "was 'minor", "was \"minor", "is 'minor", "were 'minor", "no one was seriously", "no one was injured", "no injuries", "fistfight", "over penaliz", "overpenaliz", "stale", "too remote", "remote in time", "remoteness",
  "age of his prior", "age of her prior", "age of the prior", "too old", "decades old", "not serious", "trivial",
  "de minimis", "small amount", "petty", "insignificant", "decades ago", "years old", "old conviction", "dated",
  "small quantity", "how minor", "for such conduct", "for conduct like", "for so little", "misdemeanor grade", "upgraded to a felony", "age and nature", "nature of his prior", "nature of her prior", "single rock",
  "than the state ever", "than the state court ever", "than the state itself", "punishes him far", "punishes him more", "punishes her far", "punishes her more", "shoplifting", "petty theft", "petit theft", "little weight to his", "little weight to her", "little weight to the prior", "little weight to that", "less weight to his", "less weight to her", "less weight to the prior", "just a small", "only a small", "small possession", "just a minor", "only a minor", "enhancement is excessive", "enhancement was excessive", "increase is excessive", "increase was excessive",
  "few dollars", "worth of marijuana", "small amount of marijuana", "a few grams", "only a few", "unduly harsh", "unduly severe", "too severe", "too harsh", "time actually served", "suspended sentence", "exaggerat", "overly harsh", "overly severe", "disproportionate to the prior",
  "disproportionate to his prior", "misdemeanor level", "scuffle", "bear the weight", "remote offense", "remote conviction", "remote prior", "garden variety", "single sale", "street level", "not merit", "out of step", "street corner", "nothing more than a", "seriousness of the prior", "seriousness of his prior", "seriousness of her prior",
];
const PRIOR = [
  "prior", "conviction", "felony", "felonies", "offense level", "enhancement", "increase", "criminal past", "16 level",
  "sixteen level", "16 point", "12 level", "old case", "prior case", "old charge", "prior charge", "twelve level", "underlying crime", "underlying offense", "record",
];
const REVOCATION = ["revocation", "revoked", "probation violation", "violation of probation", "violating his probation", "violating her probation", "parole violation", "violation of his probation", "violation of her probation",
  "deferred adjudication", "adjudicated guilty", "adjudicated him", "adjudicated her", "adjudication of guilt", "proceeded to adjudication",
  "after violating", "for violating", "technical violation", "motion to revoke", "sent back to prison", "probation violator", "pv time", "upon violating", "violated his probation", "violated her probation", "violated the terms", "violation of the terms"];
const THRESHOLD = [
  "13 months", "thirteen months", "13 month", "one year and one month", "sixteen level", "16 level", "twelve level", "12 level",
  "enhancement", "sentence imposed", "original sentence", "increase", "offense level",
  "prior sentence", "sentence actually imposed", "actually imposed", "originally imposed", "time of judgment", "part of the sentence",
  "counts any", "2l1.2", "not to count", "count toward", "counts toward", "counted toward", "be counted", "not count", "not be considered",
];
const PRE_DEPORTATION = ["originally imposed for his prior", "originally imposed for her prior", "originally imposed for the prior",
  "original sentence was probation", "originally sentenced to probation", "originally imposed was probation","pre deportation sentence", "pre removal sentence", "sentence before deportation", "sentence before his deportation", "sentence before her deportation", "sentence imposed before",
  // "at the time he was deported, the only sentence imposed … was probation"
  // ("committed an aggravated felony before his deportation" is the guideline's own description, not this argument)
  "at the time he was deported", "at the time she was deported", "at the time of his deportation", "at the time of her deportation",
  "at the time of deportation", "at the time of removal", "at the time of his removal", "at the time of her removal"];
const REENTER = [
  "returned to", "returning to", "reentry was", "re entry was", "his reentry", "her reentry", "his re entry", "her re entry",
  "returned to the united states", "returned to this country", "returned to the country", "returned to the u.s", "returned illegally",
  "returned because", "returned for", "returned solely", "returned simply", "returned just", "returned merely", "came back for", "came back because", "entered the country", "entered this country", "entering the country", "returned to be with", "returned to care", "returned to see", "returned to support", "returned to protect",
  "returned to work", "returned to earn", "returned to visit", "returned to help", "returned to escape", "returned to flee", "returned only",
  "return to the united states", "return to this country", "returning to the united states", "returning to this country",
  "reentered", "re entered", "reentering", "re entering", "reenter the", "re enter the", "came back", "come back", "coming back", "came home", "come home", "coming home",
  "illegal return", "illegally returned", "unlawful return", "entering the u", "entered the united states", "motive for reentr",
  "motive for re entr", "motive for return", "motivation for return", "motivation to return", "reason for return", "reason for reentr",
  "reason for re entr", "reasons for return", "reasons for reentr", "reasons for re entr", "why he returned", "why she returned",
  "why he came", "why she came", "his return", "her return",
  "defendant returned", "he returned", "she returned", "appellant returned", "he had returned", "she had returned",
  "crossed the border", "crossed back", "back across", "back into the united states", "back to the united states", "drove him back", "drove her back", "cross the border", "crossing the border", "recrossed", "re crossed",
];
/** Motives that name themselves, wherever they stand in the sentence. */
const MOTIVE = [
  "fear", "afraid", "threat", "fleeing", "flee", "escap", "gang", "violence in", "violence against", "domestic violence", "persecut", "duress", "coercion", "safety",
  "lesser harm", "motive", "motivat", "rationale for", "reason for", "reasons for", "sick", "medical", "surgery", "compelled",
  "dying", "hospitaliz", "desperat", "poverty", "no food", "starv", "funeral", "cancer", "cartel", "kill", "murder", "terminal", "ill mother", "ill father", "ill child", "ailing",
];
/** Motive words that count only after the reentry verb ("returned … to care for his mother"). */
const MOTIVE_AFTER = [
  "because", "to care", "to take care", "to earn", "to see", "to support", "to visit", "to be with", "to help", "to reunite",
  "to escape", "to flee", "to protect", "to work", "to provide", "to attend", "family", "children", "mother", "father", "wife", "girlfriend",
  "husband", "daughter", "son ", "parent", "so that", "in order to",
];
/** Alien status put forward as the reason itself. */
const ALIEN_STATUS = [
  "status as a deportable", "status as an alien", "status as a removable", "deportable alien status", "alien status", "alienage",
  "deportability", "because he is a deportable", "because she is a deportable", "because he is an alien", "because she is an alien",
  "because he is not a citizen", "because she is not a citizen", "than a united states citizen", "than united states citizens",
  "than a u.s. citizen", "than u.s. citizens", "than a citizen", "than citizens", "than for a citizen", "than for citizens", "unlike a citizen", "unlike citizens", "unlike a united states citizen", "unlike a u.s. citizen", "than would apply to a united states citizen",
  "immigration status", "citizenship status", "status as a noncitizen", "status as a non citizen", "would be deported",
  "will be deported", "would be removed", "will be removed", "impending deportation", "eventual deportation", "certain deportation",
  "inevitable deportation", "likelihood of deportation", "facing deportation", "collateral consequences of deportation", "collateral consequence of deportation",
  "collateral consequences of removal", "collateral consequence of removal", "in ice custody", "in immigration custody", "immigration detention",
  "awaiting removal", "awaiting deportation", "detained by immigration", "detention by immigration", "held by immigration", "ice will hold", "immigration will hold", "pending removal", "pending deportation",
];
const ALIEN_RELIEF = [
  "depart", "reduction", "reduce", "lower sentence", "relief", "harsh", "more severe", "severe conditions", "ineligib",
  "not eligible", "conditions", "programs", "benefits", "punish", "more difficult", "vary", "variance", "leniency",
  "cannot serve", "longer than", "effectively longer", "longer for him", "longer for her", "lengthen", "additional time", "additional months", "extra time", "home confinement", "halfway house", "half way house", "community confinement", "prerelease",
  "pre release", "early release", "drug program", "rdap", "time credits", "onerous",
];
/** Alien status mentioned; needs a concrete consequence. */
const ALIEN = [
  "deportable", "alien subject to deportation", "alien subject to removal", "subject to deportation", "subject to removal",
  "immigration detainer", "ice detainer", "ice hold", "immigration hold", "public safety factor", "ins detainer", "detainer", "immigration proceedings", "noncitizen", "non citizen",
  "as an alien", "final order of removal", "removal order", "removable alien", "as a removable",
  "not a citizen", "not a united states citizen", "not a u.s. citizen", "faces removal", "faces deportation", "facing removal",
];
const CONDITIONS = [
  "harsh", "more severe", "severe conditions", "ineligib", "not eligible", "halfway house", "half way house",
  "community confinement", "community correction", "drug program", "drug treatment", "residential drug", "rdap", "early release",
  "unicor", "3624(c)", "prerelease", "pre release", "time credits", "minimum security", "conditions of confinement",
  "collateral consequence", "immigration proceedings", "higher security", "security level", "security classification", "more difficult", "harder time", "residential reentry", "reentry center",
];
const INELIGIBLE = ["not be able to benefit", "unable to benefit", "cannot benefit", "not benefit from", "not able to participate", "not permit him", "not permit her", "ineligib", "not eligible", "not be eligible", "would not be eligible", "cannot participate", "unable to participate", "barred from"];
const BOP_BENEFIT = ["home confinement", "halfway house", "half way house", "community confinement", "community correction", "drug treatment program", "drug program", "early release", "rdap", "residential drug", "unicor", "time credits", "prerelease custody", "residential reentry", "reentry center"];
const REHAB = [
  "rehabilitat", "exemplary", "prison record", "institutional record", "conduct in prison", "accomplishments", "achievements", "educational courses", "programming", "disciplinary record", "vocational", "ged", "courses he", "courses she",
  "classes he", "classes she", "good conduct", "self improvement", "model inmate", "reformed", "post sentencing conduct",
  "post sentence conduct", "post conviction conduct", "post sentencing efforts", "post conviction efforts", "post sentencing accomplishments",
  // what rehabilitation looks like when it is described rather than named
  "changed man", "changed woman", "changed person", "courses", "classes", "transformation", "transformed", "mentor", "tutor",
  "certificate", "college degree", "associate's degree", "associate degree", "bachelor", "paralegal", "his completion of",
  "her completion of", "risk score", "pattern score", "clean disciplinary", "no disciplinary", "disciplinary infraction", "single infraction", "single disciplinary", "without a disciplinary", "disciplinary free", "infraction free",
  "matured", "maturity", "done well", "redemption", "redeemed", "treatment program", "taught", "every program", "progress he", "progress she", "his progress", "her progress", "the progress", "every class", "every course", "incident report", "no incidents", "single incident", "no write ups", "write up", "programs available", "positive change", "changes he", "changes she",
  "good behavior", "good behaviour", "sobriety", "his conduct during", "her conduct during", "his conduct since", "her conduct since", "conduct since", "conduct in the", "record since", "conduct while", "he has changed", "she has changed", "he had changed", "she had changed", "changed his life", "changed her life",
];
const POST_SENTENCE = [
  "post sentenc", "post conviction", "postconviction", "post judgment", "post incarceration", "since his original sentenc",
  "since her original sentenc", "since the original sentenc", "since his first sentenc", "since her first sentenc", "since the first sentenc",
  "since his initial sentenc", "since her initial sentenc", "since the initial sentenc", "prison record",
  // a resentencing, a remand or a Rule 35 motion comes after the first sentence by nature
  "resentenc", "on remand", "rule 35", "at fci", "at usp", "since the imposition", "since imposition", "after the imposition", "institutional record", "conduct in prison", "since sentencing", "since his sentencing", "since her sentencing", "since he was sentenced", "last before this court", "last before the court",
  "since she was sentenced", "in prison", "while incarcerated", "while in prison", "in custody", "during his incarceration",
  "during her incarceration", "while serving", "bureau of prisons", "bop", "prison programming", "since his incarceration",
  "since her incarceration", "since his imprisonment", "since her imprisonment", "after sentencing", "after his sentencing",
  "after her sentencing", "after he was sentenced", "after she was sentenced", "model inmate", "model prisoner",
];
const DEPART = ["depart"];
const AFTER_SENTENCE = [
  "after sentenc", "after the sentence", "after imposition", "following imposition", "after judgment", "post judgment",
  "modify her term", "modify his term", "modify the term", "modify her sentence", "modify his sentence", "modify the sentence",
  "modification of his sentence", "modification of her sentence", "already been sentenced", "final sentence", "reopen",
  "after he was sentenced", "after she was sentenced", "previously imposed",
];
const FAMILY = [
  "family circumstance", "family hardship", "family situation", "family member", "family reason", "family obligation",
  "family responsibilit", "caregiver", "care giver", "caretaker", "care for", "take care", "to care", "caring for",
  "his mother", "her mother", "his father", "her father", "parent", "his children", "her children", "minor child",
  "his child", "her child", "his son", "her son", "his daughter", "her daughter", "his spouse", "her spouse", "spouse",
  "his wife", "her husband", "grandmother", "grandfather", "incapacitat", "ailing", "mother", "father", "husband", "wife",
  "children", "child's", "grandchild", "daughter", "sister", "brother", "her care", "his care", "dementia", "alzheimer",
];
/**
 * What makes a family member's situation a reason for release: a need for care, an illness, a
 * dependence. "His motion cites the death of his brother from COVID-19" names family but no need.
 */
const FAMILY_NEED = [
  "family circumstance", "family hardship", "family situation", "family reason", "family obligation", "family responsibilit",
  "caregiver", "care giver", "caretaker", "care for", "take care", "to care", "caring for", "her care", "his care", "their care",
  "incapacitat", "ailing", "dementia", "alzheimer", "health", "illness", "is ill", "was ill", "seriously ill", "terminally ill",
  "sick", "cancer", "disab", "bedridden", "bed ridden", "depend", "deteriorat", "declin", "stroke", "parkinson", "elderly",
  "no one else", "no other", "only person", "alone", "raise", "raising", "foster", "dialysis", "hospice", "surgery",
  "medical needs", "full time care", "round the clock", "around the clock", "24 hour care", "constant care", "daily care", "needs him", "needs her",
  "guardian", "passed away", "psychiatric", "unable to care", "cannot care", "paralyz", "heart failure",
  "struggling without", "suffering without", "without him", "without her", "two jobs", "support them", "support the family", "support his family", "support her family",
];
const CAREGIVING = ["only available caregiver", "sole caregiver", "only caregiver", "caregiver", "care giver", "care for", "take care", "caring for", "to care", "incapacitat"];
const RELEASE = ["release"];
const CHANGE_IN_LAW = [
  "would receive today", "would face today", "if sentenced today", "sentenced today", "nonretroactive", "non retroactive",
  "change in the law", "change in law", "changes in the law", "unusually long sentence", "1b1.13(b)(6)",
  "current law", "today's law", "years today", "would receive now", "would face now", "would now",
  "no longer qualif", "would no longer", "has since reduced", "since reduced", "has since lowered", "since lowered", "has since amended", "since amended",
];
/** How a post-sentencing rehabilitation argument asks for relief (otherwise it may be a compassionate-release point). */
const SENTENCE_RELIEF = [
  "depart", "resentenc", "pepper", "modify", "modification", "reduce his sentence", "reduce her sentence", "reduction of his sentence",
  "reduction of her sentence", "reduction in his sentence", "reduction in her sentence", "lower sentence", "shorter sentence",
  "lower his sentence", "lower her sentence", "rule 35", "2255", "vary", "variance", "remand", "reduced", "reduction of sentence",
  "shorter term", "lower term", "reduced sentence", "new sentence", "sentence below", "below guidelines", "below the guideline",
];
const MANDATORY_MIN = [
  "mandatory minimum", "statutory minimum", "mandatory sentence", "mandatory statutory", "minimum sentence", "mandatory drug sentence",
  "minimum did not", "this minimum", "mandatory life", "mandatory term", "mandatory minimums", "statutory mandatory",
  "acca minimum", "acca floor", "year floor", "year minimum", "month minimum", "minimum term", "minimum penalty", "minimum prison term", "statutory floor", "mandatory floor",
];
const BELOW = [
  "below", "despite", "notwithstanding", "without regard", "not bind", "did not bind", "does not bind", "unconstitutional",
  "reduc", "parsimony", "escape", "relief", "lower", "violat", "cruel", "under the minimum", "beneath",
  "disregard", "unjust", "excessive", "disproportionate", "greater than necessary", "go below", "ignore", "less than", "shorter than",
];
const STACK = ["stack", "consecutive", "second or subsequent"];
const STACK_LAW = ["924(c)", "first step act"];
const STACK_RELIEF = ["reduc", "release", "relief", "disparit", "compassionate", "extraordinary", "resentenc"];

export const TOPICS: Record<RuleId, TopicDef> = {
  "fast-track-disparity": {
    alts: [[FAST_TRACK, [
      "disparit", "other district", "other federal district", "other jurisdiction", "another district", "border district",
      "districts with", "districts that", "districts without", "district without", "district that does not", "would have received",
      "would have been offered", "would have been eligible", "would have been available", "been available to", "not offer", "no fast track", "does not have", "did not have",
      "not available", "lower sentence", "geographic", "elsewhere", "plea bargain", "similarly situated", "variance", "vary",
      "depart", "kimbrough", "equivalent", "unwarranted", "the benefit", "would have gotten", "had he been prosecuted",
      "had she been prosecuted", "eligible for", "unavailab", "absence of", "lack of", "no such program", "did not offer",
      "does not offer", "non fast track", "without a fast track", "without fast track", "not offered", "was not offered", "refused to offer", "declined to offer", "denied him",
      "denied her", "would receive", "comparable", "would face", "has no early", "has no fast", "no early disposition", "lacks a fast", "lacks an early", "unfair", "advantage", "fast track districts", "fast track jurisdictions",
    ]]],
    exclude: ["government's motion", "motion of the government", "motion by the government", "government moved", "government has moved",
      "government will move", "government agreed", "government has agreed", "government's request", "government recommends",
      "parties agree", "parties jointly", "joint recommendation", "accepted the government", "accepted a fast track", "accepted the fast track",
      "plea agreement provides", "pursuant to the plea agreement", "breach", "ineffective", "granted a fast track", "granted the fast track",
      "granted a four level", "received a fast track", "received the fast track", "applied a fast track", "applied the fast track"],
  },
  "prior-conviction-seriousness": {
    alts: [[PRIOR, MINOR]],
    anchor: 1,
    // "suspended sentence … later revoked" is the revocation argument, not a minor-prior one.
    exclude: ["not an aggravated felony", "not a crime of violence", "categorical approach", "modified categorical",
      "revoked", "revocation", "mandatory minimum", "statutory minimum", "924(c)", "stack", "criminal history category", "criminal history is over", "criminal history was over", "criminal history overstat", "likelihood", "recidivism", "4a1.3", "criminal history score", "criminal history point", "4a1.1", "4a1.2", "minor participant", "minor role", "career offender"],
  },
  "revocation-sentence": {
    alts: [[REVOCATION, THRESHOLD], [PRE_DEPORTATION, ["enhancement", "level", "sentence imposed", "should apply", "count"]]],
    // Both groups are specific to the § 2L1.2 threshold: a challenge to the enhancement followed by
    // the revocation that produced it is the argument ("His appeal challenges a 16-level increase …
    // The district court considered … a term imposed upon revocation of probation.").
    anchor: -1,
    // a revocation sentence run concurrently or consecutively is a different question
    exclude: ["concurrent", "consecutive"],
  },
  "reentry-motive": {
    alts: [[REENTER, MOTIVE], [REENTER, MOTIVE_AFTER]],
    ordered: [1],
    // A cultural-assimilation departure (2010–2024 Manuals) rests on family ties motivating the reentry: permitted.
    paragraphExclude: ["assimilat", "cultural ties"],
    exclude: ["assimilat", "cultural ties", "fast track", "early disposition"],
  },
  "deportable-alien-status": {
    alts: [[ALIEN_STATUS, ALIEN_RELIEF], [ALIEN, CONDITIONS], [INELIGIBLE, BOP_BENEFIT]],
    exclude: ["consent to removal", "consent to deportation", "stipulat", "agrees to deportation", "agreed to deportation",
      "not to oppose deportation", "not to contest", "not contest", "agreed to removal", "agrees to removal",
      "consent to", "consents to", "consented to", "uncontested", "waive", "waiver", "cultural assimilation", "fast track", "early disposition", "compassionate"],
  },
  "post-sentencing-rehabilitation": {
    alts: [[REHAB, POST_SENTENCE, SENTENCE_RELIEF]],
    exclude: ["post offense", "pre sentenc", "pre arrest", "presentence", "pre trial", "pretrial"],
    notWithCr: true,
  },
  "departure-after-sentencing": {
    alts: [[DEPART, AFTER_SENTENCE]],
    anchor: 1,
    exclude: ["resentenc", "remand", "upward", "substantial assistance", "5k1.1", "rule 35(b)"],
    notWithCr: true,
  },
  "compassionate-release-family": {
    alts: [[FAMILY, FAMILY_NEED], [CAREGIVING, RELEASE]],
    needsCr: true,
    altCrFree: [1],
    exclude: ["upon release", "upon his release", "upon her release", "after his release", "after her release", "supervised release", "release date"],
  },
  "compassionate-release-rehabilitation": {
    alts: [[REHAB]],
    needsCr: true,
  },
  "compassionate-release-mandatory-minimum": {
    alts: [[MANDATORY_MIN, BELOW], [STACK, STACK_LAW, STACK_RELIEF], [CHANGE_IN_LAW]],
    altNeedsCr: [2],
    negatableExclude: true,
    exclude: ["safety valve", "3553(f)", "3553(e)", "government's motion", "government moved", "motion of the government", "substantial assistance motion",
      "government filed", "no mandatory minimum", "no statutory minimum", "not subject to a mandatory", "not subject to any mandatory"],
  },
  "departure-framing": {
    alts: [[["downward departure", "depart downward", "departure from", "depart from", "departure under", "departure pursuant", "departure based", "departure of", "a departure", "5k2.", "5h1.", "heartland"]]],
    exclude: ["5k1.1", "substantial assistance", "upward", "5k3.1", "early disposition", "fast track", "3f1.1"],
    presentOnly: true,
  },
};
