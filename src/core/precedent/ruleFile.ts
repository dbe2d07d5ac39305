/**
 * One declarative file per argument rule, `src/data/rules/<rule>.json`: what it flags, its topic
 * vocabulary, the vehicles and editions it applies to, whether the learned stage may propose it,
 * and examples that must and must not flag (run as tests). The rule ids, the `heartland.rules`
 * setting's schema in package.json and the README's rule table are checked against these files
 * (`test/unit/precedent.rulefiles.test.ts`); the authorities and outcomes of each rule are in
 * `src/data/rules.json`, its page for lawyers in `docs/rules/<rule>.md`.
 */
import { z } from "zod";

const Phrases = z.array(z.string().min(1));

export const TopicSchema = z.object({
  /** Alternatives; each alternative is a list of groups; every group needs one hit (lower case, hyphens as spaces). */
  alts: z.array(z.array(Phrases)).min(1),
  /** Any hit cancels the rule for the sentence. */
  exclude: Phrases.optional(),
  /** Any hit anywhere in the paragraph cancels the rule for the whole paragraph. */
  paragraphExclude: Phrases.optional(),
  /**
   * …unless the paragraph also names one of these: a Chapter Four revocation (§ 4A1.2(k)) argued in a paragraph that never
   * names § 2L1.2's enhancement is a criminal-history point, not the reentry guideline's "sentence imposed".
   */
  paragraphExcludeUnless: Phrases.optional(),
  /**
   * Any of these in the heading a paragraph sits under cancels the rule for the paragraph: a section that is not the
   * ground ("Release Plan": the family who will house him; "The § 3553(a) Factors": the prison record weighed there).
   */
  headingExclude: Phrases.optional(),
  /** A negated exclusion ("not eligible for the safety valve") does not exclude. */
  negatableExclude: z.boolean().optional(),
  /** The rule needs compassionate-release context in the sentence, its paragraph or its heading. */
  needsCr: z.boolean().optional(),
  /** Alternatives that need compassionate-release context even though the rule does not. */
  altNeedsCr: z.array(z.number().int()).optional(),
  /** Alternatives that stand without compassionate-release context even though the rule needs it. */
  altCrFree: z.array(z.number().int()).optional(),
  /** The rule is cancelled by compassionate-release context. */
  notWithCr: z.boolean().optional(),
  /** Only present-tense requests count (departure-framing). */
  presentOnly: z.boolean().optional(),
  /** Alternatives whose groups must be hit in order (group 0 first). */
  ordered: z.array(z.number().int()).optional(),
  /**
   * Groups of alternative 0 that a filing made after sentence supplies by being what it is (a Rule 35 motion, a
   * resentencing memorandum: `context.ts` reliefAfterSentence) — the time after sentence and the
   * relief — so that the movant's own sentence naming the rest ("I earned my GED and have had no incident reports") is
   * the motion's ground, as a compassionate-release motion's is.
   */
  afterSentence: z.array(z.number().int()).optional(),
  /**
   * Groups of alternative 0 that a motion filed after judgment under no statute that permits it supplies (`context.ts`
   * afterJudgment: "Motion for Reduction of Sentence Based on Deportable Alien Status", a departure motion whose
   * opening says "this Court sentenced me") — the time after sentence — so that its plea for a departure is this ground.
   */
  afterJudgment: z.array(z.number().int()).optional(),
  /** Never complete a missing group from a neighbouring sentence. */
  sentenceOnly: z.boolean().optional(),
  /**
   * The group that names the argument itself (default 0); only the other, generic groups may come
   * from a neighbouring sentence. -1: no group is generic.
   */
  anchor: z.number().int().optional(),
});
export type TopicDef = z.infer<typeof TopicSchema>;

export const VEHICLES = ["sentencing", "resentencing", "post-sentence", "compassionate-release"] as const;

export const RuleFileSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The rule's name as a lawyer reads it (the README table's first column). */
  name: z.string().min(1),
  /** What the rule flags, in a lawyer's words (the README table's "flags" column). */
  flags: z.string().min(1),
  /** The seed authority (the README table's last column). */
  seedAuthority: z.string().min(1),
  /** The label of the labelled corpora (bench/corpus, ../shared/corpus) this rule answers, if any. */
  corpusLabel: z.string().nullable(),
  /** Where the argument is made: an original sentencing, a resentencing, a motion after sentence, a compassionate-release motion. */
  vehicles: z.array(z.enum(VEHICLES)).min(1),
  /** Guidelines Manual editions in which the rule applies (to: null = every later edition). */
  editions: z.object({ from: z.number().int(), to: z.number().int().nullable() }),
  /** Whether the learned stage may propose this rule where the cue stage found nothing. */
  learned: z.boolean(),
  /**
   * How much of the topic the learned stage needs before it proposes the rule (default: the model's
   * own setting). "complete": one sentence names the whole topic — for a rule whose vehicle the
   * words alone do not settle ("his rehabilitation while incarcerated" may be a compassionate-release point).
   */
  learnedEvidence: z.enum(["mention", "partial", "complete"]).optional(),
  topic: TopicSchema,
  /** Sentences that must produce this rule (and no other), and sentences that must produce none. */
  examples: z.object({ flag: z.array(z.string()), noFlag: z.array(z.string()) }),
});
export type RuleFile = z.infer<typeof RuleFileSchema>;
