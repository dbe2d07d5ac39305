/**
 * The schemas of src/data/rules.json and src/data/authorities.json: the build validates the files
 * against them (src/core/dataValidation.ts, run by esbuild.js) and the types the code reads them
 * with are derived from them. Only the build and the tests import this file as a value.
 */
import { z } from "zod";
import { CIRCUITS } from "../settings";
import { RULE_IDS } from "./types";


const Url = z.string().min(8);
/** A circuit a holding binds in; "*" = every federal court (the Supreme Court, the Guidelines, a statute). */
export const BindingCircuitSchema = z.enum(["*", ...CIRCUITS]);
const VerificationLevel = z.enum(["primary", "secondary", "seed_only", "unverified"]);
/** Manual editions, first and last inclusive. */
const Editions = z.tuple([z.number().int(), z.number().int()]);
/** A calendar day, YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const HoldingSchema = z.strictObject({
  /** The authority's id in authorities.json (null: guideline or statutory text). */
  authority: z.string().nullable(),
  cite: z.string().min(5),
  pin: z.string().nullable(),
  pinVerified: z.boolean(),
  bindingIn: z.array(BindingCircuitSchema),
  /** Circuits where a court of appeals held the text invalid or inapplicable (it does not bind there), why, and from when (the decision's date). */
  notBindingIn: z.array(z.strictObject({ circuits: z.array(BindingCircuitSchema).min(1), why: z.string().min(10), from: IsoDate.optional() })).min(1).optional(),
  /**
   * Circuits where, at a brief's date, the text's validity on the point was open — the circuit's earlier precedent
   * holds otherwise and its court of appeals had not yet said whether the text displaces it — from when, until
   * when (a decision that settled it, often a `notBindingIn` entry's day), and why. "*": open everywhere (a
   * Supreme Court decision known only from secondary sources). Never "binding in every federal court" then.
   */
  contestedIn: z.array(z.strictObject({ circuits: z.array(BindingCircuitSchema).min(1), why: z.string().min(10), from: IsoDate, until: IsoDate.optional() })).min(1).optional(),
  /** A later decision reported to limit the holding or text everywhere, from its date (said before the holding; binding unchanged while unverified). */
  caveats: z.array(z.strictObject({ from: IsoDate, note: z.string().min(10) })).min(1).optional(),
  /** The day from which the text no longer binds anywhere (a policy statement a decision set aside as a limit, or deleted): no "binding here" for a brief of that day or later. */
  bindsUntil: IsoDate.optional(),
  era: z.string(),
  effect: z.enum(["forecloses", "limits", "permits", "supersedes", "context"]),
  status: z.string(),
  statusNote: z.string().optional(),
  holding: z.string().min(10),
  holdingVerified: z.boolean(),
  verificationLevel: VerificationLevel,
  verified: z.boolean(),
  sources: z.array(Url).min(1),
  /** The argument pattern of the reference's holdings map this holding answers. */
  pattern: z.string().optional(),
  /** Guideline or statutory text quoted (guidelineText entries), and how complete it is. */
  text: z.string().optional(),
  textStatus: z.string().optional(),
  /** The part of the opinion the holding is in ("Discussion Part II"). */
  part: z.string().optional(),
  /** Manual editions in which this text exists (guideline text), inclusive. */
  editions: Editions.optional(),
  /** Decision date (YYYY-MM-DD, or YYYY when only the year is known): left out of briefs dated before it. */
  decided: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/).optional(),
  /** The day a later decision of the same court abrogated it (YYYY-MM-DD): left out of briefs dated on or after it. */
  abrogated: IsoDate.optional(),
  /** The offense the holding is limited to ("1326"): in a case known to be under another statute it does not bind. */
  offense: z.enum(["1326", "other"]).optional(),
  /**
   * The vehicle the text speaks to, listed only in findings on that vehicle: "rule-35" (Rule 35(b)(4),
   * which lets a Rule 35(b) reduction go below a minimum, is beside the point in a § 3582(c)(1)(A)
   * motion) or "compassionate-release" (a § 3582(c)(1)(A) holding, beside the point in a Rule 35(b) one), or
   * "after-judgment" (§ 3582(c)'s bar, listed only in a motion after judgment under no statute that permits it), or "3582c2"
   * (§ 5G1.1's statutory floor, the bar to going below a minimum in a § 3582(c)(2) motion).
   */
  vehicle: z.enum(["rule-35", "compassionate-release", "after-judgment", "3582c2"]).optional(),
  /**
   * The holding does not speak to a sentence with any of these (lower case, as the outcomes' `notCues`): it is
   * not listed there ("a co-defendant's lower sentence" is not what a holding on attacks against the sentence decided).
   */
  notCues: z.array(z.string().min(2)).min(1).optional(),
  /**
   * The holding speaks only to a sentence with one of these (lower case): elsewhere it is not listed (Maldonado decided a
   * departure to save the cost of imprisoning a deportable defendant, not his conditions of confinement).
   */
  cues: z.array(z.string().min(2)).min(1).optional(),
  /**
   * Listed only in a brief of a circuit it binds: a holding other circuits rejected (Bryant's reading of § 1B1.13, which the
   * Second and Tenth Circuits did not share) is no persuasive authority there (legal audit 40c, po-008, pp-012).
   */
  circuitsOnly: z.literal(true).optional(),
});
export type HoldingData = z.infer<typeof HoldingSchema>;

export const OutcomeSchema = z.strictObject({
  editions: Editions.optional(),
  circuits: z.array(BindingCircuitSchema).optional(),
  /** Only for a brief that names no circuit (what each circuit held, and "set `circuit:`"). */
  noCircuit: z.literal(true).optional(),
  framing: z.enum(["departure", "variance"]).optional(),
  /** Any of these (lower-case) in the sentence; "@after-removal": the sentence puts an event after the deportation or reentry. */
  cues: z.array(z.string()).optional(),
  /** None of these in the sentence. */
  notCues: z.array(z.string()).optional(),
  /** The offense classes this outcome applies to. */
  offense: z.array(z.enum(["1326", "other", "unknown"])).optional(),
  /**
   * "resentencing" (after vacatur or remand), "final", "rule-35" (a Rule 35(b) reduction: `facts.ts` rule35Of), or
   * "compassionate-release" (the paragraph is in a § 3582(c)(1)(A) motion or under such a heading: `context.ts`), or
   * "2255" (the brief is a § 2255 motion: front matter `document: 2255-motion`), or "3582c2" (a § 3582(c)(2) motion for a
   * retroactive guideline amendment: the title or the sentence names it, `facts.ts` amendmentMotionOf).
   */
  vehicle: z.enum(["sentencing", "resentencing", "final", "rule-35", "compassionate-release", "2255", "3582c2", "after-judgment"]).optional(),
  /** compassionate-release-family: the §1B1.13(b)(3) grounds. */
  grounds: z.array(z.enum(["A", "B", "C", "D", "general"])).optional(),
  level: z.enum(["warning", "information", "none"]),
  /**
   * The law allows the argument here (a note of the Manual, the circuit's own holding): an information finding that says
   * so and names the authority, never a warning; "none" stays for outcomes where nothing is worth saying. A § 2255 claim
   * that counsel failed to raise the ground is told no holding barred it.
   */
  allows: z.literal(true).optional(),
  basis: z.string().min(10),
  /**
   * The message head, replacing "<rule summary> — <lead>. <where>": {circuit} = the circuit's name,
   * {lead} = the lead authority's citation, {where} = " Binding in the …" / " Persuasive in the …".
   */
  message: z.string().min(20).optional(),
  /** Cite prefix of the authority to name first. */
  lead: z.string().optional(),
  /** The quick-fix citation sentence for this outcome ("" = none: no authority against the argument). */
  butSee: z.string().optional(),
  instead: z.string().min(20).optional(),
  /** Where the outcome's sources are (the truth-table row cites them). */
  sources: z.array(Url).optional(),
  /** Cite prefix of an authority that must exist at the brief's date for this outcome to apply. */
  requires: z.string().optional(),
  /**
   * The brief's date (sentencing date, else the edition's last day) on or after `from` and before `until`
   * (YYYY-MM-DD): law that changed on a day (a statute's enactment, a rule's amendment, a case decided and
   * later abrogated) rather than with a Manual edition.
   */
  from: IsoDate.optional(),
  until: IsoDate.optional(),
});
export type OutcomeData = z.infer<typeof OutcomeSchema>;

export const DevelopmentSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  date: z.string(),
  /** What the development did. */
  summary: z.string(),
  /** Why it matters for the argument. */
  effect: z.string(),
  verified: z.boolean(),
  verificationLevel: VerificationLevel,
  sources: z.array(Url).min(1),
  notes: z.string().optional(),
});
export type DevelopmentData = z.infer<typeof DevelopmentSchema>;

export const RuleDataSchema = z.strictObject({
  id: z.enum(RULE_IDS),
  title: z.string(),
  summary: z.string(),
  holdings: z.array(HoldingSchema).min(1),
  guidelineText: z.array(HoldingSchema).optional(),
  developments: z.array(DevelopmentSchema),
  currentStatus: z.string(),
  /** First match decides; the last has no conditions, so every detection gets a decision. */
  outcomes: z.array(OutcomeSchema).min(1),
  instead: z.string().min(20),
  butSee: z.string().startsWith("But see"),
  /** Cite prefix of the authority the message names when none binds in the brief's circuit. */
  lead: z.string().optional(),
});
export type RuleData = z.infer<typeof RuleDataSchema>;

/**
 * The way forward in an appellate brief, which replaces a finding's sentencing-court advice there: a ground of
 * the sentencing itself, and a ground of a compassionate-release motion appealed from its ruling.
 */
/**
 * Advice by date: the last entry whose `from` is on or before the brief's date (the first has none) and whose
 * `fromEdition`, if any, the brief's Manual reaches (the Nov. 1, 2025 Manual has no departures).
 */
const DatedAdvice = z.array(z.strictObject({ from: IsoDate.optional(), fromEdition: z.number().int().optional(), text: z.string().min(20) })).min(1);
export const AppealSchema = z.strictObject({
  sentencing: DatedAdvice,
  compassionateRelease: DatedAdvice,
  /** A ground that objects to the range's calculation (a revocation term counted in the "sentence imposed"), not a plea for a lower sentence. */
  calculation: DatedAdvice,
  sources: z.array(Url).min(1),
});

/**
 * What every finding in a § 2255 motion adds to its basis: the one-year limitation, from the day it was enacted (`from`),
 * and — where the brief gives both its sentencing date and its own date, and more than a year separates the later of the
 * sentencing and `from` from the motion — `late`, with {sentenced}, {date} and {since} filled in ({since}: "the sentencing",
 * or `beforeFrom` for a sentence imposed before `from`).
 */
export const CollateralSchema = z.strictObject({
  limitation: z.strictObject({ from: IsoDate, text: z.string().min(20), late: z.string().min(20), beforeFrom: z.string().min(5) }),
  /**
   * A ground the motion already frames as counsel's ineffectiveness (any of `cues`, lower case, in the argument): the
   * finding's message says what the law of the circuit was on the ground itself at the sentencing — `atSentencing` with
   * {when} and {head} (the finding a sentencing brief of that date would get), or `permitted` where the law allowed the
   * ground — its basis adds `basis`, and `instead` (the two parts of the claim) replaces the advice to frame it so.
   */
  ineffective: z.strictObject({
    cues: z.array(z.string().min(4)).min(1),
    atSentencing: z.string().min(20),
    permitted: z.string().min(20),
    basis: z.string().min(20),
    instead: z.string().min(20),
    sources: z.array(Url).min(1),
  }),
  sources: z.array(Url).min(1),
});
export const RulesFileSchema = z.strictObject({ $comment: z.string(), appeal: AppealSchema, collateral: CollateralSchema, rules: z.array(RuleDataSchema) });
export type RulesFile = z.infer<typeof RulesFileSchema>;

/** src/data/authorities.json: every authority of the reference holdings map, verified or not (no code reads it; the build and the tests check it). */
export const AuthoritySchema = z.strictObject({
  id: z.string(),
  case: z.string(),
  citation: z.string(),
  court: z.string(),
  decided: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/).nullable(),
  docket: z.string().nullable(),
  bindingIn: z.array(BindingCircuitSchema),
  citationVerified: z.boolean(),
  verificationLevel: VerificationLevel,
  sources: z.array(Url).min(1),
  notes: z.string(),
});
export const AuthoritiesFileSchema = z.strictObject({ $comment: z.string(), authorities: z.record(z.string(), AuthoritySchema) });
export type AuthoritiesFile = z.infer<typeof AuthoritiesFileSchema>;
