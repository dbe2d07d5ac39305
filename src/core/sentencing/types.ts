/** Types of the §2L1.2 calculator: input (as validated) and result (the DESIGN.md contract). */

export const STATUTES = ["1326(a)", "1326(b)(1)", "1326(b)(2)", "1326(b)(3)", "1326(b)(4)", "1325(a)"] as const;
export type Statute = (typeof STATUTES)[number];

export const OFFENSES = [
  "illegal-reentry",
  "1325a",
  "drug-trafficking",
  "crime-of-violence",
  "firearms",
  "child-pornography",
  "national-security-terrorism",
  "human-trafficking",
  "alien-smuggling",
  "aggravated-felony",
  "other",
] as const;
export type Offense = (typeof OFFENSES)[number];

export const CATEGORIES = ["I", "II", "III", "IV", "V", "VI"] as const;
export type Category = (typeof CATEGORIES)[number];

export type Zone = "A" | "B" | "C" | "D";

export interface Prior {
  kind: "felony" | "misdemeanor";
  offense: Offense;
  /** Sentence imposed, in months (as "sentence imposed" is defined in the edition applied). */
  sentenceMonths?: number;
  /**
   * 2016 and later: the conviction (2016–2017 Manuals) or the criminal conduct (2018 and later,
   * Amendment 809) came before the first order of deportation or removal.
   */
  beforeFirstOrder?: boolean;
  /**
   * 2016–2017 Manuals only, for a conviction sustained after the first order: the criminal conduct
   * also came after it. The 2016 text puts in (b)(2) a conviction "sustained" before the first order
   * and in (b)(3) "criminal conduct" engaged in after it, so a conviction sustained after the order
   * for conduct before it is in neither (Amendment 809, 2018, keyed both to the conduct).
   */
  conductAfterFirstOrder?: boolean;
  /** Receives criminal history points under Chapter Four (default true). */
  receivesCriminalHistoryPoints?: boolean;
  /** 1995–2015: the defendant was deported (or, from 1997, unlawfully remained after a removal order) after this conviction. */
  deportedAfter?: boolean;
  /** 1995–2015: the conviction is an "aggravated felony" under 8 U.S.C. § 1101(a)(43). */
  aggravatedFelony?: boolean;
  /** 2001–2002: an alien smuggling offense "committed for profit". */
  committedForProfit?: boolean;
  /** 1995–1996: a felony "involving violation of the immigration laws". */
  immigrationOffense?: boolean;
  // --- Criminal history from the priors (`criminalHistory: {"fromPriors": true}`; criminalHistory.ts) ---
  /** YYYY-MM-DD: when the sentence was imposed. */
  sentenceDate?: string;
  /** YYYY-MM-DD: last release from imprisonment on this sentence. */
  releaseDate?: string;
  probationMonths?: number;
  /** Imprisonment imposed on revocation of probation, parole or supervised release (§4A1.2(k)). */
  revocationMonths?: number;
  ageAtOffense?: number;
  pettyOffense?: "4A1.2(c)(1)" | "4A1.2(c)(2)";
  /** Sentenced the same day as another prior, or in the same charging instrument: the offenses were separated by an intervening arrest. */
  interveningArrest?: boolean;
  /**
   * A label for the charging instrument (indictment, information, complaint): priors with the same
   * label were charged together, a single sentence from Nov. 1, 2007 even if imposed on different
   * days (§4A1.2(a)(2)(A)) unless an intervening arrest separated the offenses.
   */
  chargingInstrument?: string;
  /** A conviction in a foreign or a tribal court: not counted (§4A1.2(h), (i)). */
  convictedIn?: "foreign" | "tribal";
  /** The conviction was expunged: not counted (§4A1.2(j)); a conviction set aside or pardoned for other reasons is counted. */
  expunged?: boolean;
  /** 1995–2006 Manuals: the case is "related" to another prior sentenced the same day (§4A1.2 comment. (n.3)). */
  relatedCases?: boolean;
  /** Part of a single sentence: this term ran consecutively to the others. */
  consecutive?: boolean;
  /** Offense before age 18: convicted as an adult. */
  convictedAsAdult?: boolean;
  /** 1995–2006 Manuals: related crimes of violence occurred on the same occasion (§4A1.1(f)). */
  sameOccasion?: boolean;
  /** 2012–2017 Manuals: the revocation occurred before the defendant was deported or unlawfully remained. */
  revocationBeforeDeportation?: boolean;
}

export interface EnhancementObject {
  subsection: string;
  receivesCriminalHistoryPoints?: boolean;
}
export type Enhancement = string | EnhancementObject;

export interface OtherAdjustment {
  levels: number;
  cite: string;
  /** defaults to "Adjustment (cite)" */
  label?: string;
}

/** Criminal history from the priors' facts (criminalHistory.ts): the points, each with its rule. */
export interface CriminalHistoryFromPriors {
  fromPriors: true;
  /** The instant offense was committed while under a criminal justice sentence (status points). */
  underSentence: boolean;
  /** §4C1.1 (from Nov. 1, 2023): every criterion other than zero points is met. */
  zeroPointCriteriaMet?: boolean;
}

export type CriminalHistoryInput = { category: Category } | { points: number; zeroPointCriteriaMet?: boolean } | CriminalHistoryFromPriors;

/** One line of the criminal history computation: a prior (1-based `prior`) or the status/recency points. */
export interface CriminalHistoryItem {
  prior?: number;
  points: number;
  subsection: string;
  reason: string;
}

export interface RangeInput {
  manual?: number | "latest";
  /** A § 1326 subsection, § 1325(a), or bare "1326" (resolved from the priors). */
  statute: Statute | "1326";
  /** Hold the statute as charged even where the priors support a higher § 1326(b) maximum (e.g. a plea agreement). */
  statuteAsCharged?: boolean;
  offenseDate?: string;
  /** YYYY-MM-DD: with no `manual`, the Manual in force that day is applied (USSG §1B1.11(a)); compared with the offense date's (§1B1.11(b)(1)). */
  sentencingDate?: string;
  priors?: Prior[];
  enhancements?: Enhancement[];
  acceptance?: 0 | 2 | 3;
  earlyDisposition?: number;
  otherAdjustments?: OtherAdjustment[];
  criminalHistory: CriminalHistoryInput;
}

export interface Step {
  label: string;
  cite: string;
  levels: number;
  total: number;
}

export interface TableRange {
  minMonths: number | null;
  maxMonths: number | null;
  life: boolean;
}

export interface GuidelineRange {
  minMonths: number | null;
  maxMonths: number | null;
}

export interface Departure {
  label: string;
  cite: string;
  levels: number;
  offenseLevel: number;
  range: TableRange;
  guidelineRange: GuidelineRange;
}

export interface RangeResult {
  manual: number;
  steps: Step[];
  totalOffenseLevel: number;
  criminalHistoryCategory: Category;
  range: TableRange;
  statutoryMaximumMonths: number;
  guidelineRange: GuidelineRange;
  zone: Zone;
  supervisedRelease: { maxYears: number };
  departures: Departure[];
  notes: string[];
  /** Why this Manual (USSG §1B1.11): "as given", the sentencing date's, or the offense date's under §1B1.11(b)(1) and Peugh. */
  manualReason?: string;
  /** Both Manuals' guideline ranges, when the offense and sentencing dates fall under different Manuals. */
  manualComparison?: {
    sentencingDateManual: number;
    sentencingDateRange: GuidelineRange;
    offenseDateManual: number;
    offenseDateRange: GuidelineRange;
    /** The edition in force on the offense date when Heartland does not have it (before FIRST_EDITION): `offenseDateManual` stands in for it. */
    offenseDateManualInForce?: number;
  };
  /** The statute applied and how it relates to the one given and the one the priors support (issue 10). */
  statute?: {
    stated: Statute | "1326";
    applied: Statute;
    supportedByPriors?: Statute;
    /** The guideline range under the other statute (as charged, or as the priors support), where it differs. */
    alternative?: { statute: Statute; statutoryMaximumMonths: number; guidelineRange: GuidelineRange };
  };
  /**
   * An edition whose text Heartland has not verified (src/data/editions.json): the range is computed
   * with the rules of `computedWith`, and `inputs` are what the edition's amendments may have changed.
   */
  unverified?: { edition: number; computedWith: number; amendments: string; inputs: { cite: string; what: string }[] };
  /** With `criminalHistory: {"fromPriors": true}`: the total criminal history points. */
  criminalHistoryPoints?: number;
  /** With `criminalHistory: {"fromPriors": true}`: every point and why. */
  criminalHistory?: { items: CriminalHistoryItem[] };
}

/** A problem with one input field: `field` is a path such as `priors[0].sentenceMonths`. */
export interface InputIssue {
  field: string;
  message: string;
}

export class RangeInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("\n"));
    this.name = "RangeInputError";
  }
}
