/**
 * The calculator input schema (zod). Every message names what is allowed in words a lawyer
 * understands; the CLI prints them as `field: message` and the editor's input steps reuse the
 * same field schemas, so both refuse a value with the same words.
 */
import { z } from "zod";
import { CATEGORIES, OFFENSES, RangeInputError, STATUTES, type InputIssue, type RangeInput } from "./types";
import { FIRST_EDITION, LATEST_EDITION } from "./data";

/** The prior's criminal-history facts (used with `criminalHistory: {"fromPriors": true}`). */
export const PRIOR_HISTORY_FIELDS = ["sentenceDate", "releaseDate", "probationMonths", "revocationMonths", "ageAtOffense", "pettyOffense", "interveningArrest", "chargingInstrument", "convictedIn", "expunged", "relatedCases", "consecutive", "convictedAsAdult", "sameOccasion", "revocationBeforeDeportation"] as const;

export const MESSAGES = {
  input: "the input must be a JSON object, e.g. {\"manual\": 2025, \"statute\": \"1326(b)(2)\", \"enhancements\": [\"2L1.2(b)(2)(B)\"], \"acceptance\": 3, \"criminalHistory\": {\"category\": \"IV\"}}.",
  manual: `must be a Guidelines Manual edition year from ${FIRST_EDITION} to ${LATEST_EDITION} (the Manual in force on Nov. 1 of that year), or "latest".`,
  statute: `must be the statute of conviction, one of: ${STATUTES.join(", ")} (8 U.S.C.), or "1326" to take the § 1326 subsection from the prior convictions.`,
  offenseDate: "must be the date of the offense written YYYY-MM-DD (e.g. 1994-09-12); leave it out if the statutory maximum does not depend on it.",
  sentencingDate: "must be the date of sentencing written YYYY-MM-DD (e.g. 2017-03-03); without \"manual\" it chooses the Manual (USSG §1B1.11).",
  kind: "must be \"felony\" or \"misdemeanor\".",
  offense: `must be one of: ${OFFENSES.join(", ")}.`,
  sentenceMonths: "must be the sentence imposed in months, a number from 0 to 1200 (e.g. 30, or 3.5 for 107 days).",
  boolean: "must be true or false.",
  enhancement: "must be a §2L1.2(b) subsection such as \"2L1.2(b)(2)(B)\", or (2011–2015 Manuals only) an object such as {\"subsection\": \"2L1.2(b)(1)(A)\", \"receivesCriminalHistoryPoints\": false}.",
  acceptance: "must be 0, 2 or 3 (levels off for acceptance of responsibility, USSG §3E1.1).",
  earlyDisposition: "must be a whole number of levels from 0 to 4 (an early-disposition reduction is not more than 4 levels).",
  adjustmentLevels: "must be a whole number of levels from -20 to 20, other than 0 (positive increases the offense level, negative decreases it).",
  adjustmentCite: "must cite a Chapter Three adjustment in Parts A–D, e.g. \"USSG §3C1.1\" (acceptance of responsibility and early disposition have their own fields).",
  adjustmentLabel: "must be a short description of the adjustment, e.g. \"Obstruction of justice\".",
  criminalHistory: "must be {\"category\": \"I\"…\"VI\"}, {\"points\": N} (a whole number of criminal history points) or {\"fromPriors\": true, \"underSentence\": true|false} (points computed from the priors' dates and sentences).",
  fromPriors: "must be true: {\"fromPriors\": true, \"underSentence\": true|false, \"zeroPointCriteriaMet\": true|false (optional)} computes the points from each prior's sentenceDate and sentenceMonths.",
  date: "must be a date written YYYY-MM-DD (e.g. 2009-03-17).",
  months: "must be a number of months from 0 to 1200 (fractions for days: 59 days = 1.94, 60 days = 1.97).",
  ageAtOffense: "must be the defendant's age in whole years when he committed the prior offense (e.g. 17).",
  chargingInstrument: "must be a short label naming the charging instrument (e.g. \"Cook County 2014-CR-118\"); priors with the same label were charged in it together.",
  convictedIn: "must be \"foreign\" (a conviction in another country, §4A1.2(h)) or \"tribal\" (a tribal court, §4A1.2(i)); leave it out for a federal, state or local conviction.",
  pettyOffense: "must be \"4A1.2(c)(1)\" (a listed offense, counted only with probation over one year or at least 30 days' imprisonment) or \"4A1.2(c)(2)\" (never counted).",
  category: "must be I, II, III, IV, V or VI (the Sentencing Table has no category above VI).",
  points: "must be a whole number of criminal history points from 0 to 99.",
  priorsOrEnhancements: "give the prior convictions (\"priors\") or the §2L1.2(b) subsections that apply (\"enhancements\"); use an empty list for none.",
  list: "must be a list (JSON array).",
} as const;

const ALLOWED_TOP = ["manual", "statute", "statuteAsCharged", "offenseDate", "sentencingDate", "priors", "enhancements", "acceptance", "earlyDisposition", "otherAdjustments", "criminalHistory"];
const ALLOWED_PRIOR = ["kind", "offense", "sentenceMonths", "beforeFirstOrder", "conductAfterFirstOrder", "receivesCriminalHistoryPoints", "deportedAfter", "aggravatedFelony", "committedForProfit", "immigrationOffense", ...PRIOR_HISTORY_FIELDS];

/** zod error option: a fixed message, prefixed with "is required" when the field is missing. */
function say(text: string) {
  return { error: (iss: { input?: unknown }) => (iss.input === undefined ? `is required: it ${text}` : text) };
}

const bool = z.boolean(say(MESSAGES.boolean));

/** Field schemas, exported so the editor's input steps validate with the same words. */
export const fieldSchemas = {
  manual: z
    .preprocess((v) => (typeof v === "string" && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : v), z.union([z.literal("latest"), z.number()], say(MESSAGES.manual)))
    .refine((v) => v === "latest" || (Number.isInteger(v) && v >= FIRST_EDITION && v <= LATEST_EDITION), { error: MESSAGES.manual }),
  statute: z.preprocess((v) => (typeof v === "string" ? normalizeStatute(v) : v), z.enum([...STATUTES, "1326"] as const, say(MESSAGES.statute))),
  offenseDate: z
    .string(say(MESSAGES.offenseDate))
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), { error: MESSAGES.offenseDate }),
  kind: z.enum(["felony", "misdemeanor"], say(MESSAGES.kind)),
  offense: z.enum(OFFENSES, say(MESSAGES.offense)),
  sentenceMonths: z.number(say(MESSAGES.sentenceMonths)).refine((n) => Number.isFinite(n) && n >= 0 && n <= 1200, { error: MESSAGES.sentenceMonths }),
  acceptance: z.number(say(MESSAGES.acceptance)).refine((n) => n === 0 || n === 2 || n === 3, { error: MESSAGES.acceptance }),
  earlyDisposition: z.number(say(MESSAGES.earlyDisposition)).refine((n) => Number.isInteger(n) && n >= 0 && n <= 4, { error: MESSAGES.earlyDisposition }),
  adjustmentLevels: z.number(say(MESSAGES.adjustmentLevels)).refine((n) => Number.isInteger(n) && n !== 0 && n >= -20 && n <= 20, { error: MESSAGES.adjustmentLevels }),
  adjustmentCite: z.string(say(MESSAGES.adjustmentCite)).refine((s) => isChapterThreeCite(s), { error: MESSAGES.adjustmentCite }),
  adjustmentLabel: z.string(say(MESSAGES.adjustmentLabel)).refine((s) => s.trim().length > 0 && s.length <= 200, { error: MESSAGES.adjustmentLabel }),
  category: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.enum(CATEGORIES, say(MESSAGES.category))),
  points: z.number(say(MESSAGES.points)).refine((n) => Number.isInteger(n) && n >= 0 && n <= 99, { error: MESSAGES.points }),
  date: z.string(say(MESSAGES.date)).refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), { error: MESSAGES.date }),
  months: z.number(say(MESSAGES.months)).refine((n) => Number.isFinite(n) && n >= 0 && n <= 1200, { error: MESSAGES.months }),
  ageAtOffense: z.number(say(MESSAGES.ageAtOffense)).refine((n) => Number.isInteger(n) && n >= 0 && n <= 120, { error: MESSAGES.ageAtOffense }),
  chargingInstrument: z.string(say(MESSAGES.chargingInstrument)).trim().min(1, { error: MESSAGES.chargingInstrument }).max(200, { error: MESSAGES.chargingInstrument }),
  pettyOffense: z.enum(["4A1.2(c)(1)", "4A1.2(c)(2)"], say(MESSAGES.pettyOffense)),
};

/** "8 U.S.C. § 1326(b)(2)" → "1326(b)(2)". */
export function normalizeStatute(s: string): string {
  return s.replace(/^\s*8\s*U\.?\s*S\.?\s*C\.?\s*/i, "").replace(/§/g, "").replace(/\s+/g, "");
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900;
}

/** A cite to §3A–§3D (victim, role, obstruction, multiple counts). */
export function isChapterThreeCite(s: string): boolean {
  return /(^|[^\dA-Za-z.])3[A-D]\d\.\d/.test(s);
}

const priorSchema = z.strictObject(
  {
    kind: fieldSchemas.kind,
    offense: fieldSchemas.offense,
    sentenceMonths: fieldSchemas.sentenceMonths.optional(),
    beforeFirstOrder: bool.optional(),
    conductAfterFirstOrder: bool.optional(),
    receivesCriminalHistoryPoints: bool.optional(),
    deportedAfter: bool.optional(),
    aggravatedFelony: bool.optional(),
    committedForProfit: bool.optional(),
    immigrationOffense: bool.optional(),
    sentenceDate: fieldSchemas.date.optional(),
    releaseDate: fieldSchemas.date.optional(),
    probationMonths: fieldSchemas.months.optional(),
    revocationMonths: fieldSchemas.months.optional(),
    ageAtOffense: fieldSchemas.ageAtOffense.optional(),
    pettyOffense: fieldSchemas.pettyOffense.optional(),
    interveningArrest: bool.optional(),
    chargingInstrument: fieldSchemas.chargingInstrument.optional(),
    convictedIn: z.enum(["foreign", "tribal"], say(MESSAGES.convictedIn)).optional(),
    expunged: bool.optional(),
    relatedCases: bool.optional(),
    consecutive: bool.optional(),
    convictedAsAdult: bool.optional(),
    sameOccasion: bool.optional(),
    revocationBeforeDeportation: bool.optional(),
  },
  { error: (iss) => (iss.code === "unrecognized_keys" ? unknownKeys(iss.keys, ALLOWED_PRIOR) : "each prior conviction must be an object such as {\"kind\": \"felony\", \"offense\": \"other\", \"sentenceMonths\": 30, \"beforeFirstOrder\": true}.") },
);

const enhancementSchema = z.union(
  [
    z.string(),
    z.strictObject({ subsection: z.string(say(MESSAGES.enhancement)), receivesCriminalHistoryPoints: bool.optional() }, { error: (iss) => (iss.code === "unrecognized_keys" ? unknownKeys(iss.keys, ["subsection", "receivesCriminalHistoryPoints"]) : MESSAGES.enhancement) }),
  ],
  { error: MESSAGES.enhancement },
);

const adjustmentSchema = z.strictObject(
  { levels: fieldSchemas.adjustmentLevels, cite: fieldSchemas.adjustmentCite, label: fieldSchemas.adjustmentLabel.optional() },
  { error: (iss) => (iss.code === "unrecognized_keys" ? unknownKeys(iss.keys, ["levels", "cite", "label"]) : "each other adjustment must be an object such as {\"levels\": 2, \"cite\": \"USSG §3C1.1\", \"label\": \"Obstruction of justice\"}.") },
);

const criminalHistorySchema = z.union(
  [
    z.strictObject({ category: fieldSchemas.category }),
    z.strictObject({ points: fieldSchemas.points, zeroPointCriteriaMet: bool.optional() }),
    z.strictObject({ fromPriors: z.literal(true, say(MESSAGES.fromPriors)), underSentence: bool, zeroPointCriteriaMet: bool.optional() }),
  ],
  say(MESSAGES.criminalHistory),
);

export const rangeInputSchema = z
  .strictObject(
    {
      manual: fieldSchemas.manual.optional(),
      statute: fieldSchemas.statute,
      statuteAsCharged: bool.optional(),
      offenseDate: fieldSchemas.offenseDate.optional(),
      sentencingDate: z
        .string(say(MESSAGES.sentencingDate))
        .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), { error: MESSAGES.sentencingDate })
        .optional(),
      priors: z.array(priorSchema, say(MESSAGES.list)).optional(),
      enhancements: z.array(enhancementSchema, say(MESSAGES.list)).optional(),
      acceptance: fieldSchemas.acceptance.optional(),
      earlyDisposition: fieldSchemas.earlyDisposition.optional(),
      otherAdjustments: z.array(adjustmentSchema, say(MESSAGES.list)).optional(),
      criminalHistory: criminalHistorySchema,
    },
    { error: (iss) => (iss.code === "unrecognized_keys" ? unknownKeys(iss.keys, ALLOWED_TOP) : MESSAGES.input) },
  )
  .refine((v) => v.priors !== undefined || v.enhancements !== undefined, { error: MESSAGES.priorsOrEnhancements, path: ["priors"] });

function unknownKeys(keys: string[], allowed: string[]): string {
  const list = keys.map((k) => `"${k}"`).join(", ");
  return `unknown field${keys.length > 1 ? "s" : ""} ${list}; the fields allowed here are: ${allowed.join(", ")}.`;
}

/** `["priors", 0, "sentenceMonths"]` → `priors[0].sentenceMonths`; the root is `input`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "input";
}

/**
 * Criminal history is a union, so zod reports "no variant matched"; re-run the variant the user
 * evidently meant to name the exact field.
 */
function refineCriminalHistoryIssue(raw: unknown): InputIssue | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const ch = (raw as Record<string, unknown>).criminalHistory;
  if (!ch || typeof ch !== "object" || Array.isArray(ch)) return undefined;
  const keys = Object.keys(ch);
  if (keys.length === 1 && keys[0] === "category") {
    const r = fieldSchemas.category.safeParse((ch as Record<string, unknown>).category);
    if (!r.success) return { field: "criminalHistory.category", message: MESSAGES.category };
  }
  const c = ch as Record<string, unknown>;
  if (keys.includes("points") && !keys.includes("fromPriors")) {
    const r = fieldSchemas.points.safeParse(c.points);
    if (!r.success) return { field: "criminalHistory.points", message: MESSAGES.points };
  }
  if (keys.includes("fromPriors") || keys.includes("underSentence")) {
    if (c.fromPriors !== true) return { field: "criminalHistory.fromPriors", message: c.fromPriors === undefined ? `is required: it ${MESSAGES.fromPriors}` : MESSAGES.fromPriors };
    if (typeof c.underSentence !== "boolean") return { field: "criminalHistory.underSentence", message: `${c.underSentence === undefined ? "is required: it " : ""}must be true or false: whether the defendant committed the instant offense while under any criminal justice sentence (probation, parole, supervised release, imprisonment, work release or escape status).` };
    const extra = keys.filter((k) => !["fromPriors", "underSentence", "zeroPointCriteriaMet"].includes(k));
    if (extra.length) return { field: "criminalHistory", message: unknownKeys(extra, ["fromPriors", "underSentence", "zeroPointCriteriaMet"]) };
  }
  if (keys.includes("zeroPointCriteriaMet") && typeof c.zeroPointCriteriaMet !== "boolean") return { field: "criminalHistory.zeroPointCriteriaMet", message: MESSAGES.boolean };
  return undefined;
}

/** Validates the shape of the input. Throws RangeInputError naming each bad field. */
export function parseRangeInput(raw: unknown): RangeInput {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new RangeInputError([{ field: "input", message: MESSAGES.input }]);
  const r = rangeInputSchema.safeParse(raw);
  if (r.success) return r.data as RangeInput;
  const issues: InputIssue[] = [];
  for (const iss of r.error.issues) {
    let issue: InputIssue = { field: fieldPath(iss.path), message: iss.message };
    if (issue.field === "criminalHistory") issue = refineCriminalHistoryIssue(raw) ?? issue;
    if (!issues.some((i) => i.field === issue.field && i.message === issue.message)) issues.push(issue);
  }
  throw new RangeInputError(issues);
}

/** Validates one field value for the editor's input steps; returns the message or undefined. */
export function checkField(name: keyof typeof fieldSchemas, value: unknown): string | undefined {
  const r = fieldSchemas[name].safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}
