/**
 * The calculator input: its messages and checks. Every message names what is allowed in words a
 * lawyer understands; the CLI prints them as `field: message` and the editor's input steps reuse
 * the same field schemas, so both refuse a value with the same words. The zod schemas are in
 * inputSchema.ts, loaded the first time an input is checked (not at start-up: zod is ~50 ms).
 */
import { OFFENSES, STATUTES, type RangeInput } from "./types";
import type { fieldSchemas } from "./inputSchema";
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

/** "8 U.S.C. § 1326(b)(2)" → "1326(b)(2)". */
export function normalizeStatute(s: string): string {
  return s.replace(/^\s*8\s*U\.?\s*S\.?\s*C\.?\s*/i, "").replace(/§/g, "").replace(/\s+/g, "");
}

/** A real calendar date written YYYY-MM-DD, from 1900 on. */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900;
}

/** A cite to §3A–§3D (victim, role, obstruction, multiple counts). */
export function isChapterThreeCite(s: string): boolean {
  return /(^|[^\dA-Za-z.])3[A-D]\d\.\d/.test(s);
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

/** The fields the editor's input steps check one at a time. */
export type FieldName = keyof typeof fieldSchemas;

/** The zod schemas (inputSchema.ts), loaded on first use. */
function inputSchema(): typeof import("./inputSchema") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("./inputSchema") as typeof import("./inputSchema");
}

/** Validates the shape of the input. Throws RangeInputError naming each bad field. */
export function parseRangeInput(raw: unknown): RangeInput {
  return inputSchema().parseRangeInputWithSchema(raw);
}

/** Validates one field value for the editor's input steps; returns the message or undefined. */
export function checkField(name: FieldName, value: unknown): string | undefined {
  return inputSchema().checkFieldWithSchema(name, value);
}
