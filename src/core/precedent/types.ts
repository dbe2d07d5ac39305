/** Types shared by the precedent analysis, the CLI and the editor adapters. */

export const RULE_IDS = [
  "fast-track-disparity",
  "prior-conviction-seriousness",
  "revocation-sentence",
  "reentry-motive",
  "deportable-alien-status",
  "post-sentencing-rehabilitation",
  "departure-after-sentencing",
  "compassionate-release-family",
  "compassionate-release-rehabilitation",
  "compassionate-release-mandatory-minimum",
  "departure-framing",
  "reentry-guideline-policy",
  "compassionate-release-covid",
  "compassionate-release-innocence",
  "cultural-assimilation",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning" | "information" | "hint";
/** A per-rule override from the `heartland.rules` setting. */
export type RuleSetting = "off" | Severity;

export type Framing = "departure" | "variance" | "unspecified";

/** Why a finding fired, stage by stage (shown by `heartland check --explain` and the hover's "why"). */
export interface Trace {
  /** Which stage decided: the cue stage, or the learned model where the cues found nothing. */
  stage: "cues" | "model";
  /** The words that named the topic. */
  topic: string[];
  /** Who speaks ("a party in this case", "the brief's author (defence filing)", "the court", …). */
  speaker: string;
  /** What they do ("argues", "requests relief", "the court grants or denies the party's request", …). */
  stance: string;
  /** The argument cue ("argues", "asks the Court to"), empty when the model decided. */
  cue: string;
  /** The brief context: document type, heading, compassionate-release context. */
  context: string;
  /** The rule file that defines the topic and the vehicles. */
  ruleFile: string;
  /**
   * The learned stage's score, the bar it had to clear (`threshold`, with `raised` saying why the bar
   * is above the model's base threshold), and the features that raised the score most.
   */
  /** `overruled`: a cue finding the model scored below its veto, kept because the brief's context settles it (why). */
  model?: { probability: number; threshold: number; because: string[]; raised?: string[]; overruled?: string };
}

/** What the detector saw in one sentence (independent of circuit and edition). */
export interface Detection {
  rule: RuleId;
  /** 0-based offsets of the sentence in the brief. */
  start: number;
  end: number;
  /** The phrases that triggered the finding, in sentence order (argument cue first). */
  triggers: string[];
  framing: Framing;
  /** Extra cues seen (lower case), used by data-driven outcomes (`cues`). */
  text: string;
  /**
   * The paragraph's text (lower case) where the facts the law turns on may sit in another sentence than
   * the argument's ("His father suffers from Parkinson's disease. … he is the only person who can care
   * for him."): the family ground of a compassionate-release argument is read from it when the
   * argument's own sentence names none; and, normalised (hyphens as spaces), the change in the law a plea below a
   * minimum rests on where a sentence beside it names the change (`PARAGRAPH_CHANGE_CUES` in rules.ts).
   */
  facts?: string;
  trace?: Trace;
  /** The paragraph speaks of a resentencing after vacatur or remand (the vehicle, read where it is said). */
  resentencing?: boolean;
  /** The heading the paragraph sits under named the ground itself (not only the relief it asks). */
  groundFromHeading?: boolean;
}

export interface AuthorityRef {
  /** Full citation with pin cite where the pin is verified. */
  cite: string;
  binding: boolean;
  /** Holding in neutral words; prefixed "Unverified:" when not verified. */
  holding: string;
  verified: boolean;
  pinVerified: boolean;
  effect: string;
  era: string;
  status: string;
  sources: string[];
}

export interface DevelopmentRef {
  name: string;
  date: string;
  /** What the development did. */
  summary: string;
  /** Why it matters for the argument. */
  effect: string;
  verified: boolean;
  sources: string[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** 0-based offsets of the sentence that makes the argument. */
  start: number;
  end: number;
  message: string;
  /** Why the severity: binding/persuasive/restricted, in the brief's circuit and edition. */
  basis: string;
  triggers: string[];
  framing: Framing;
  authorities: AuthorityRef[];
  developments: DevelopmentRef[];
  instead: string;
  /** A "But see …" citation sentence for the Insert-adverse-authority quick fix. */
  butSee: string;
  circuit: string | null;
  edition: number;
  trace?: Trace;
  /** The facts the finding turned on, as the judgement read them (for the trace and the tests). */
  facts?: FindingFacts;
}

export interface FindingFacts {
  /** "1326", "other" or "unknown". */
  offense: string;
  resentencing: boolean;
  /** compassionate-release-family: the §1B1.13(b)(3) ground named ("A"–"D") or "general". */
  ground?: string;
  /** Authorities decided after this date were left out (YYYY-MM-DD). */
  asOf: string;
}

export interface AnalysisSettings {
  circuit: string | null;
  edition: number;
  /** Per-rule overrides (`heartland.rules`). */
  rules?: Partial<Record<string, RuleSetting>>;
  /**
   * The offense of conviction as found (front matter `statute:`/`offense:`, else the brief's text):
   * "8 U.S.C. § 1326", "21 U.S.C. § 846"; null or absent when unknown (see `facts.ts`).
   */
  offense?: string | null;
  /** The vehicle: a resentencing after vacatur or remand (Pepper), not a final sentence. */
  resentencing?: boolean;
  /** The one § 1B1.13(b)(3) ground ("A"–"D") the brief's paragraphs name (facts.ts `briefFamilyGround`): a family argument's whose paragraph names none. */
  familyGround?: string;
  /** The brief cites that (b)(3) subsection by its letter (facts.ts `citedFamilyGround`): it rules every family paragraph that cites none. */
  familyGroundCited?: boolean;
  /** The brief says its prior's revocation came after the removal (facts.ts `revokedAfterRemoval`): the post-removal question. */
  revokedAfterRemoval?: boolean;
  /** The brief is on the government's Rule 35(b) motion (facts.ts `rule35b`): the `@rule-35(b)` not-cue. */
  rule35b?: boolean;
  /** The brief says its prior receives no criminal history points (facts.ts `UNSCORED_PRIOR`): the `@unscored-prior` cue. */
  priorUnscored?: boolean;
  /** The brief names no ground for release but rehabilitation (facts.ts `namesNoOtherReleaseGround`): the `@sole-ground` cue. */
  rehabilitationOnly?: boolean;
  /** The paragraph is in a motion after judgment under no statute that permits it (a pro se "motion for reduction of sentence"): the outcomes for the vehicle "after-judgment". */
  afterJudgment?: boolean;
  /** The vehicle: the original sentencing (a sentencing memorandum, PSR objections, the government's sentencing memorandum). */
  originalSentencing?: boolean;
  /** `document:` from the front matter, when given. */
  document?: string | null;
  /** The paragraph is in a compassionate-release motion or under such a heading (`context.ts`): the vehicle is § 3582(c)(1)(A). */
  compassionate?: boolean;
  /** The brief is a § 3582(c)(2) motion: its title names § 3582(c)(2) or a retroactive amendment (`context.ts`). */
  amendmentMotion?: boolean;
  /** The brief is a First Step Act § 404 motion: its title names § 404 (`context.ts` namesSection404Motion); the rules' § 404 outcomes apply. */
  section404Motion?: boolean;
  /** `sentencing-date:` (YYYY-MM-DD), when given: authorities decided after it are not cited as governing. */
  sentencingDate?: string | null;
  /** `date:` (YYYY-MM-DD), the brief's own date, when given: the law as of that day, before the sentencing date. */
  briefDate?: string | null;
  /** An undated brief read as of today: the latest date its text names and that day's Manual (`EffectiveSettings.undatedFloor`). */
  undatedFloor?: { date: string; edition: number; said?: string } | null;
  /** A compassionate-release or § 3582(c)(2) motion without `date:`: the day it is read as of (today), not its sentencing's (`EffectiveSettings.motionAsOf`). */
  motionAsOf?: string | null;
  /** A § 2255 paragraph under a heading (or of words) that frames its ground as counsel's ineffectiveness ("GROUND ONE: INEFFECTIVE ASSISTANCE OF COUNSEL AT SENTENCING"): the claim's reading, as where its own sentence says so. */
  ineffectiveContext?: boolean;
  /** …and the latest day it names or its sentencing, more than two years past (`EffectiveSettings.motionFloor`). */
  motionFloor?: { date: string; said?: string } | null;
}
