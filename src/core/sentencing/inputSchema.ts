/**
 * The calculator input's zod schemas (see schema.ts, which holds the messages and loads this
 * module the first time an input is checked: zod is built only for the range calculator, not at
 * every start of the CLI or the editor's core).
 */
import { z } from "zod";
import { CATEGORIES, OFFENSES, RangeInputError, STATUTES, type InputIssue, type RangeInput } from "./types";
import { FIRST_EDITION, LATEST_EDITION } from "./data";
import { MESSAGES, PRIOR_HISTORY_FIELDS, fieldPath, isChapterThreeCite, isRealDate, normalizeStatute, type FieldName } from "./schema";

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

/** `parseRangeInput` (schema.ts), with the schemas. */
export function parseRangeInputWithSchema(raw: unknown): RangeInput {
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

/** `checkField` (schema.ts), with the schemas. */
export function checkFieldWithSchema(name: FieldName, value: unknown): string | undefined {
  const r = fieldSchemas[name].safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}
