/**
 * The schema of src/data/cases.json (the known cases): the build validates the file against it
 * (src/core/dataValidation.ts, run by esbuild.js) and the code's KnownCase type is derived from it.
 * Only the build and the tests import it as a value; the runtime bundles carry no zod.
 */
import { z } from "zod";

/** A verified pin cite and the point it was verified for (the reference's holding, shortened; shown with the default pin). */
const CasePinSchema = z.strictObject({ text: z.string(), proposition: z.string().min(20), verified: z.literal(true), source: z.string().nullable(), pattern: z.string() });

export const KnownCaseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_]+$/),
    /** "United States v. Banuelos-Rodriguez" */
    name: z.string().includes(" v. "),
    /** "Banuelos-Rodriguez" (short-form name) */
    shortName: z.string().min(2),
    /** The reference's citation string, verbatim. */
    citation: z.string(),
    /** The full citation Heartland writes. */
    cite: z.string(),
    volume: z.number().int().positive().optional(),
    reporter: z.enum(["U.S.", "F.2d", "F.3d", "F.4th"]).optional(),
    page: z.number().int().positive().optional(),
    /** Court as abbreviated in the citation parenthetical; "U.S." for the Supreme Court. */
    court: z.string(),
    courtName: z.string(),
    year: z.number().int().min(1900).max(2026),
    /** Decision date as cited (docket-number citations), e.g. "Mar. 24, 2006". */
    date: z.string().regex(/^(Jan\.|Feb\.|Mar\.|Apr\.|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}$/).optional(),
    /** Docket number as cited, e.g. "No. 8:21CR232" (cases without a verified reporter cite). */
    docket: z.string().regex(/^Nos?\. /).optional(),
    caseNumber: z.string().optional(),
    decided: z.string().nullable().optional(),
    enBanc: z.boolean(),
    perCuriam: z.boolean().optional(),
    documentType: z.string().optional(),
    /** Last page of the opinion, where known. */
    lastPage: z.number().int().optional(),
    pageSpanSource: z.string().optional(),
    withdrawn: z.array(z.strictObject({
      volume: z.number(), reporter: z.string(), page: z.number(), court: z.string(), year: z.number(), date: z.string(),
      /** The day it was withdrawn (YYYY-MM-DD): a brief written before it cited good law, and is told so, not warned. */
      withdrawnOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      note: z.string(), source: z.string(),
    })).optional(),
    amended: z.strictObject({ volume: z.number(), reporter: z.string(), page: z.number(), court: z.string(), year: z.number() }).optional(),
    /** Verified pin cites only. */
    pins: z.array(CasePinSchema).optional(),
    /**
     * Explanatory parentheticals of verified holdings, each with the argument pattern it answers. `kind` says what the
     * text states, checked against the opinion: the court's `holding` (the text begins "holding that"), its `disposition`
     * of the motion with its reasons, or a `dictum` (said in the alternative or restating other law: "noting", "observing").
     * `history`: what the citation must carry after the parenthetical because later law changed the point it is cited for
     * (", superseded in part by …").
     */
    parentheticals: z
      .array(
        z.strictObject({
          text: z.string().min(10),
          kind: z.enum(["holding", "disposition", "dictum"]),
          pattern: z.string(),
          source: z.string().includes("holding_verified"),
          history: z.strictObject({ text: z.string().regex(/^, [a-z]/), source: z.string().min(10) }).optional(),
        }),
      )
      .refine((ps) => ps.every((p) => p.text.startsWith("holding that") === (p.kind === "holding")), "a parenthetical begins \"holding that\" exactly when it states the court's holding")
      .optional(),
    /**
     * What a writer must know before citing the case, shown with every snippet of it: its later `history` (superseded,
     * abrogated, under review) or that its `holding` is not verified; from the reference's status of its holdings.
     */
    caution: z.strictObject({ kind: z.enum(["history", "holding"]), text: z.string().min(40), source: z.string().min(10) }).optional(),
    seed: z.boolean(),
    verificationLevel: z.enum(["primary", "secondary", "seed_only"]),
    citationVerified: z.boolean(),
    source: z.strictObject({ reference: z.string(), item: z.string(), urls: z.array(z.string()), seed: z.string().optional() }),
    notes: z.string().optional(),
  })
  .refine((c) => (c.volume !== undefined && c.reporter !== undefined && c.page !== undefined) !== (c.docket !== undefined), "a case has either volume/reporter/page or a docket number")
  .refine((c) => c.citationVerified || (c.seed && c.source.seed !== undefined), "an unverified citation is allowed only for a seed case, sourced to the seed itself")
  .refine((c) => c.source.urls.length > 0 || c.source.seed !== undefined, "every case has a source");
export type KnownCase = z.infer<typeof KnownCaseSchema>;

export const CasesFileSchema = z.strictObject({ $comment: z.string(), cases: z.array(KnownCaseSchema).min(4) });
export type CasesFile = z.infer<typeof CasesFileSchema>;

