/**
 * zod schemas of the sentencing data files (src/data/sentencing-*.json). The types the
 * calculator uses are derived from them, and `npm run build` validates the files against them
 * (src/core/dataValidation.ts), so a file that does not match never ships.
 */
import { z } from "zod";

const zone = z.enum(["A", "B", "C", "D"]);
const category = z.enum(["I", "II", "III", "IV", "V", "VI"]);
const source = z.string().min(20);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const TableCellSchema = z.strictObject({
  category,
  minMonths: z.number().int().min(0).nullable(),
  maxMonths: z.number().int().min(0).nullable(),
  life: z.boolean(),
  lifeOnly: z.boolean(),
  zone2010: zone,
  zone1992: zone,
});
export type TableCell = z.infer<typeof TableCellSchema>;

export const SentencingTableSchema = z.strictObject({
  title: z.string(),
  source,
  sources: z.array(z.strictObject({ url: z.string().url(), kind: z.string() })).min(1),
  levelRule: z.strictObject({ minLevel: z.literal(1), maxLevel: z.literal(43), source }),
  criminalHistoryCategories: z.array(z.strictObject({ category, minPoints: z.number().int().min(0), maxPoints: z.number().int().nullable() })).length(6),
  criminalHistorySource: source,
  zoneRules: z
    .array(
      z.strictObject({
        id: z.enum(["1992", "2010"]),
        firstEdition: z.number().int(),
        lastEdition: z.number().int().nullable(),
        effective: isoDate,
        source,
        definition: z.string(),
        bounds: z.strictObject({ A: z.tuple([z.number(), z.number()]), B: z.tuple([z.number(), z.number()]), C: z.tuple([z.number(), z.number()]), D: z.tuple([z.number(), z.null()]) }),
      }),
    )
    .length(2),
  levels: z.array(z.strictObject({ level: z.number().int().min(1).max(43), cells: z.array(TableCellSchema).length(6) })).length(43),
});
export type SentencingTableData = z.infer<typeof SentencingTableSchema>;

export const EraSubsectionSchema = z.strictObject({
  id: z.string().regex(/^\(b\)\(\d\)(\([A-E]\))?$/),
  levels: z.number().int().positive(),
  levelsWithoutCriminalHistoryPoints: z.number().int().positive().optional(),
  text: z.string().min(10),
});
export type EraSubsection = z.infer<typeof EraSubsectionSchema>;

export const EraSchema = z.strictObject({
  id: z.enum(["1991", "1997", "2001", "2011", "2016"]),
  firstEdition: z.number().int(),
  lastEdition: z.number().int(),
  label: z.string(),
  rule: z.string(),
  textStatus: z.string(),
  source,
  subsections: z.array(EraSubsectionSchema).min(2),
});
export type Era = z.infer<typeof EraSchema>;
export type EraId = Era["id"];

export const EraFileSchema = z.strictObject({
  title: z.string(),
  source,
  firstEdition: z.literal(1995),
  lastEdition: z.literal(2025),
  baseOffenseLevel: z.strictObject({ levels: z.literal(8), cite: z.literal("USSG §2L1.2(a)"), source }),
  eras: z.array(EraSchema),
});
export type EraFile = z.infer<typeof EraFileSchema>;

const felonyClass = z.enum(["C", "D", "E"]);

export const StatuteDataSchema = z.strictObject({
  id: z.enum(["1326(a)", "1326(b)(1)", "1326(b)(2)", "1326(b)(3)", "1326(b)(4)", "1325(a)"]),
  cite: z.string(),
  description: z.string(),
  maxMonths: z.number().int().positive(),
  minMonths: z.number().int().min(0),
  fixedConsecutive: z.boolean().optional(),
  felonyClass,
  supervisedReleaseMaxYears: z.number().int().positive(),
  supervisedReleaseCite: z.string(),
  source,
  beforePenaltyChange: z.strictObject({ maxMonths: z.number().int(), felonyClass, supervisedReleaseMaxYears: z.number().int(), supervisedReleaseCite: z.string(), source }).optional(),
  notBeforeDate: z.string().optional(),
  notBeforeReason: z.string().optional(),
});
export type StatuteData = z.infer<typeof StatuteDataSchema>;

export const StatuteFileSchema = z.strictObject({
  title: z.string(),
  source,
  penaltyChangeDate: z.literal("1994-09-13"),
  statutes: z.array(StatuteDataSchema),
});
export type StatuteFile = z.infer<typeof StatuteFileSchema>;

export const AdjustmentsSchema = z.strictObject({
  title: z.string(),
  source,
  acceptance: z.strictObject({
    cite: z.string(),
    twoLevelCite: z.string(),
    threeLevelCite: z.string(),
    thirdLevelMinimumOffenseLevel: z.literal(16),
    thresholdSource: source,
    governmentMotionFromEdition: z.literal(2003),
    governmentMotionEffective: z.literal("2003-04-30"),
    governmentMotionSource: source,
  }),
  earlyDisposition: z.strictObject({
    maxLevels: z.literal(4),
    departure: z.strictObject({ cite: z.literal("USSG §5K3.1"), firstEdition: z.literal(2003), lastEdition: z.literal(2024), effective: isoDate, source }),
    adjustment: z.strictObject({ cite: z.literal("USSG §3F1.1"), firstEdition: z.literal(2025), effective: isoDate, source }),
  }),
  statutoryCaps: z.strictObject({ cite: z.string(), source }),
  deportableAlienSupervisedRelease: z.strictObject({ cite: z.string(), firstEdition: z.literal(2011), text: z.string(), source }),
});
export type Adjustments = z.infer<typeof AdjustmentsSchema>;

/** src/data/criminal-history.json: the Chapter Four rules the calculator applies, each with its editions and source. */
/**
 * One text a rule was checked against: where it was read, the Manual it speaks for, what kind of
 * text it is (the Manual or Appendix C itself, a court quoting it, the Commission's own summary,
 * a secondary summary) and the words read there. Only what was actually read is recorded.
 */
export const CriminalHistorySeenSchema = z.strictObject({
  url: z.string().url(),
  manual: z.string().min(4),
  kind: z.enum(["Manual", "Appendix C", "court quoting the Manual", "court paraphrasing the Manual", "Commission summary", "secondary summary"]),
  says: z.string().min(10),
});
export type CriminalHistorySeen = z.infer<typeof CriminalHistorySeenSchema>;

export const CriminalHistoryRuleSchema = z.strictObject({
  id: z.enum(["a", "b", "c", "status2", "status1", "recency", "covRelated", "covSingle", "singleSentence", "relatedCases", "period15", "period10", "revocation", "juvenile", "petty", "pettyProbation1995", "pettyProbation2007", "foreign", "tribal", "expunged", "zeroPoint", "retroactivity"]),
  firstEdition: z.number().int().min(1995),
  lastEdition: z.number().int().nullable(),
  rule: z.string().min(20),
  source,
  status: z.enum(["verified", "partial", "unverified"]),
  /** The texts read for this rule (see CriminalHistorySeenSchema); absent for rules not re-checked since. */
  seen: z.array(CriminalHistorySeenSchema).min(1).optional(),
  /** What was searched for and not read, in plain words (required reading for a "partial" or "unverified" rule). */
  notSeen: z.string().min(20).optional(),
  /**
   * The Manuals (by edition year) whose own text of the rule was read, where that is narrower than
   * the rule's editions: a "verified" rule read only in these is named, for another edition, in the
   * note on rules not read in that Manual.
   */
  manualRead: z.array(z.number().int().min(1987)).min(1).optional(),
});
export type CriminalHistoryRule = z.infer<typeof CriminalHistoryRuleSchema>;

export const CriminalHistoryFileSchema = z.strictObject({
  title: z.string(),
  source,
  rules: z.array(CriminalHistoryRuleSchema).length(22),
});
export type CriminalHistoryFile = z.infer<typeof CriminalHistoryFileSchema>;
