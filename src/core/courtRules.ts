/**
 * The Federal Rules of Criminal Procedure Heartland shows (src/data/court-rules.json): the
 * schema, the type derived from it, and the data (validated against the schema at build time,
 * src/core/dataValidation.ts).
 */
import courtRulesJson from "../data/court-rules.json";

export type { CourtRulesFile } from "./courtRulesSchema";
import type { CourtRulesFile } from "./courtRulesSchema";
export type CourtRule = CourtRulesFile["rules"][number];

export const COURT_RULES: readonly CourtRule[] = (courtRulesJson as CourtRulesFile).rules;
