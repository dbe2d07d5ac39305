/**
 * zod schemas for the guideline and statute data in `src/data/` (validated in a unit test;
 * the types are used by the lookup). Every version and every node can carry its own status,
 * text edition, caveats and source, so a partly verbatim, partly DERIVED text says so where it matters.
 */
import { z } from "zod";

export const TextStatusSchema = z.enum(["verbatim", "partial", "derived"]);
export type TextStatus = z.infer<typeof TextStatusSchema>;

export const SourceSchema = z
  .object({
    /** Reference file the data was built from, e.g. "reference/guidelines/era_2016.json". */
    reference: z.string().min(1),
    /** Item within that file. */
    item: z.string().min(1),
    /** Original documents named by the reference (title + URL; URL null where the reference had none). */
    documents: z.array(z.object({ title: z.string().min(1), url: z.string().url().nullable() }).strict()).min(1),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** One printed unit: a subsection, paragraph, application note or lettered sub-part. */
export interface ProvisionNode {
  /** "b", "2", "A", "iv", or a note number "5". */
  id: string;
  /** The node's own lines as printed, marker included ("(b) Specific Offense Characteristics"). Absent: not in the reference. */
  text?: string;
  /** Flush text printed after the node's children (e.g. "of a kind, or to a degree, …"). */
  after?: string;
  children?: ProvisionNode[];
  /** True when the reference has only some of this node's children (absence proves nothing). */
  incomplete?: boolean;
  status?: TextStatus;
  textEdition?: string;
  caveats?: string[];
  source?: Source;
  history?: string;
}

export const NodeSchema: z.ZodType<ProvisionNode> = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^([a-z]|[0-9]+|[A-Z]|[ivx]+|[IVX]+)$/),
      text: z.string().min(1).optional(),
      after: z.string().min(1).optional(),
      children: z.array(NodeSchema).optional(),
      incomplete: z.boolean().optional(),
      status: TextStatusSchema.optional(),
      textEdition: z.string().min(1).optional(),
      caveats: z.array(z.string().min(1)).optional(),
      source: SourceSchema.optional(),
      history: z.string().min(1).optional(),
    })
    .strict()
    .refine((n) => n.text !== undefined || n.incomplete === true, { message: "a node without text must be marked incomplete" }),
);

const Year = z.number().int().min(1987).max(2100);

export const DeletionSchema = z.object({ text: z.string().min(1), history: z.string().min(1) }).strict();

export const VersionSchema = z
  .object({
    /** First and last edition year (the Manual in force on Nov. 1 of that year) this text serves. */
    from: Year,
    to: Year,
    /** Whose text this actually is, e.g. "Guidelines Manual, Nov. 1, 2016". */
    textEdition: z.string().min(1),
    status: z.union([TextStatusSchema, z.literal("deleted")]),
    caveats: z.array(z.string().min(1)),
    /** Caveats that concern only the guideline text, or only the commentary. */
    guidelineCaveats: z.array(z.string().min(1)).optional(),
    commentaryCaveats: z.array(z.string().min(1)).optional(),
    source: SourceSchema,
    /** Heading as printed, e.g. "§2L1.2. Unlawfully Entering or Remaining in the United States". */
    heading: z.string().min(1),
    lead: z.string().min(1).optional(),
    guideline: z.array(NodeSchema).optional(),
    /** True when `guideline` is the whole guideline text, so a missing subsection is truly absent. */
    guidelineComplete: z.boolean().optional(),
    guidelineAfter: z.string().optional(),
    statutoryProvisions: z
      .union([
        z.string().min(1),
        z.object({ text: z.string().min(1), status: TextStatusSchema, caveats: z.array(z.string()) }).strict(),
      ])
      .optional(),
    commentaryHeading: z.string().optional(),
    commentaryText: z.string().min(1).optional(),
    notes: z.array(NodeSchema).optional(),
    /** True when `notes` lists every application note of that edition. */
    notesComplete: z.boolean().optional(),
    /** When `notes` is incomplete but the reference shows the number of the last application note (e.g. a later amendment "added at the end" Note 8): notes after it are truly absent. */
    lastNote: z.number().int().positive().optional(),
    /** Why `lastNote` is known (amendment and date). */
    lastNoteBasis: z.string().min(1).optional(),
    background: z.string().min(1).optional(),
    historicalNote: z.string().min(1).optional(),
    deleted: DeletionSchema.optional(),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: "from must not be after to" })
  .refine((v) => (v.status === "deleted") === (v.deleted !== undefined), { message: "deleted versions (only) carry a deletion note" })
  .refine((v) => (v.lastNote === undefined) === (v.lastNoteBasis === undefined), { message: "lastNote and lastNoteBasis come together" });
export type Version = z.infer<typeof VersionSchema>;

export const AmendmentEventSchema = z
  .object({
    /** First edition year affected. */
    edition: Year,
    amendment: z.string().regex(/^\d+$/),
    effective: z.string().min(1),
    movedTo: z.string().optional(),
    movedFrom: z.string().optional(),
  })
  .strict();

export const SectionSchema = z
  .object({
    /** "2L1.2", or "ch5A" for Chapter Five, Part A. */
    section: z.string().min(1),
    chapter: z.number().int().optional(),
    part: z.string().optional(),
    title: z.string().min(1),
    existence: z
      .object({
        /** First edition that has it (null: before 1995 / not recorded). */
        from: Year.nullable(),
        added: AmendmentEventSchema.optional(),
        deleted: AmendmentEventSchema.optional(),
      })
      .strict(),
    versions: z.array(VersionSchema).min(1),
    /** Editions in which the provision exists but the reference has no text; `reason` may contain "%d" for the year. */
    gaps: z.array(z.object({ from: Year, to: Year, reason: z.string().min(1) }).strict()),
    deletionOnly: z.boolean().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ranges = [...s.versions.map((v) => [v.from, v.to] as const), ...s.gaps.map((g) => [g.from, g.to] as const)].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i][0] <= ranges[i - 1][1]) ctx.addIssue({ code: "custom", message: `overlapping edition ranges in §${s.section}: ${ranges[i - 1].join("-")} / ${ranges[i].join("-")}` });
    }
    if (s.existence.from !== null) {
      for (const [from] of ranges) {
        if (from < s.existence.from) ctx.addIssue({ code: "custom", message: `§${s.section}: data for ${from}, before it existed (${s.existence.from})` });
      }
    }
  });
export type SectionData = z.infer<typeof SectionSchema>;

export const DeletedFileSchema = z
  .object({
    note: z.string(),
    sections: z.array(SectionSchema),
    spans: z.array(
      z.object({ from: z.string(), to: z.string(), edition: Year, heading: z.string(), text: z.string().min(1), history: z.string().min(1), source: SourceSchema }).strict(),
    ),
  })
  .strict();
export type DeletedFile = z.infer<typeof DeletedFileSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An earlier text of a statute: in force before `before` (ISO date). `replace` swaps whole nodes of
 * the current text (by path) for the earlier ones; a replacement without text (`incomplete`) says the
 * reference has no verified copy of that part for the period — never the current text in its place.
 */
export const StatuteEraSchema = z
  .object({
    before: IsoDate,
    /** What changed the text on `before`, e.g. "Pub. L. 104-208 (IIRIRA), enacted Sept. 30, 1996". */
    change: z.string().min(1),
    heading: z.string().min(1).optional(),
    replace: z.array(z.object({ path: z.array(z.string().min(1)).min(1), node: NodeSchema }).strict()).min(1),
    textEdition: z.string().min(1),
    status: TextStatusSchema,
    caveats: z.array(z.string().min(1)),
    source: SourceSchema,
    /**
     * The earliest date this text is shown for, with why (`fromNote`): before it the reference has no
     * verified text, and Heartland shows none rather than stretch this one back.
     */
    from: IsoDate.optional(),
    fromNote: z.string().min(1).optional(),
    /**
     * Parts of this text that did not exist before `date` (e.g. 18 U.S.C. § 3582(c)(1)(A)(ii), added Sept. 13,
     * 1994): a citation to one of them for an earlier date is answered with `reason`, never with this text.
     */
    notBefore: z.array(z.object({ path: z.array(z.string().min(1)).min(1), date: IsoDate, reason: z.string().min(1) }).strict()).optional(),
  })
  .strict()
  .refine((e) => (e.from === undefined) === (e.fromNote === undefined), { message: "an era's `from` and `fromNote` go together" })
  .refine((e) => e.from === undefined || e.from < e.before, { message: "an era's `from` must be before its `before`" });
export type StatuteEra = z.infer<typeof StatuteEraSchema>;

export const StatuteSchema = z
  .object({
    title: z.number().int(),
    section: z.string().min(1),
    heading: z.string().min(1),
    /** Top-level subsections whose text the reference has. */
    covered: z.array(z.string()).min(1),
    /** True when `covered` is the whole section. */
    complete: z.boolean(),
    nodes: z.array(NodeSchema).min(1),
    textEdition: z.string().min(1),
    status: TextStatusSchema,
    caveats: z.array(z.string()),
    /** Maximum terms by subsection path ("b/2"; "" for the whole section). */
    maxima: z.record(z.string(), z.string().min(1)),
    source: SourceSchema,
    /** Earlier texts, by the date they ceased to be in force (the current text is `nodes`). */
    eras: z.array(StatuteEraSchema).optional(),
    /**
     * The earliest date the current text (`nodes`) is verified as the law, with why (`verifiedFromNote`): for an
     * earlier date no era covers, the text is still shown as the source prints it, but never called the text in force
     * on that date.
     */
    verifiedFrom: IsoDate.optional(),
    verifiedFromNote: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => (s.verifiedFrom === undefined) === (s.verifiedFromNote === undefined), { message: "a statute's `verifiedFrom` and `verifiedFromNote` go together" });
export type StatuteData = z.infer<typeof StatuteSchema>;
export const StatutesFileSchema = z.object({ note: z.string(), statutes: z.array(StatuteSchema).min(1) }).strict();
export type StatutesFile = z.infer<typeof StatutesFileSchema>;

/** When a calculator input is listed as unverified for an edition (src/data/editions.json). */
export const CalculatorInputWhenSchema = z.enum(["always", "acceptance", "earlyDisposition", "criminalHistoryFromPriors", "zeroPoint", "supervisedRelease"]);

/**
 * An edition Heartland has not verified: its provisions show the text of `carriesTextOf` (status
 * "unverified", with `caveat`) unless a section has a version of its own for it; the calculator
 * computes with `carriesTextOf`'s rules and names `calculatorInputs` as unverified.
 */
export const UnverifiedEditionSchema = z
  .object({
    edition: Year,
    /** ISO date the edition took effect. */
    effective: IsoDate,
    carriesTextOf: Year,
    /** The amendments that made the edition, as cited ("91 Fed. Reg. 24088–24113 (May 4, 2026) …"). */
    amendments: z.string().min(1),
    /** Shown with every provision of the edition that has no verified text of its own. */
    caveat: z.string().min(1),
    /** What is known of the edition, each with its status and source. */
    known: z.array(z.object({ fact: z.string().min(1), status: z.enum(["verified", "unverified"]), source: z.string().min(1) }).strict()),
    sources: z.array(z.object({ title: z.string().min(1), url: z.string().url().nullable() }).strict()).min(1),
    calculatorInputs: z.array(z.object({ when: CalculatorInputWhenSchema, cite: z.string().min(1), what: z.string().min(1) }).strict()).min(1),
  })
  .strict()
  .refine((e) => e.carriesTextOf < e.edition, { message: "carriesTextOf must be an earlier edition" })
  .refine((e) => e.effective === `${e.edition}-11-01`, { message: "an edition takes effect on Nov. 1 of its year" });
export type UnverifiedEdition = z.infer<typeof UnverifiedEditionSchema>;

export const EditionsFileSchema = z
  .object({
    note: z.string(),
    firstEdition: Year,
    latestEdition: Year,
    unverified: z.array(UnverifiedEditionSchema),
    /** Edition years in which no Manual was published, with the Manual then in force and the source that says so. */
    unpublished: z.array(z.object({ edition: Year, manual: Year, source: z.string().min(1) }).strict()),
  })
  .strict()
  .superRefine((f, ctx) => {
    for (const u of f.unpublished) {
      if (u.manual >= u.edition || f.unpublished.some((x) => x.edition === u.manual)) ctx.addIssue({ code: "custom", message: `unpublished edition ${u.edition}: its Manual ${u.manual} must be an earlier, published one` });
    }
    for (const u of f.unverified) {
      if (u.edition < f.firstEdition || u.edition > f.latestEdition) ctx.addIssue({ code: "custom", message: `unverified edition ${u.edition} is outside ${f.firstEdition}–${f.latestEdition}` });
      if (f.unverified.some((x) => x.edition === u.carriesTextOf)) ctx.addIssue({ code: "custom", message: `edition ${u.edition} carries the text of ${u.carriesTextOf}, which is itself unverified: carry a verified edition's text` });
    }
  });
export type EditionsFile = z.infer<typeof EditionsFileSchema>;
