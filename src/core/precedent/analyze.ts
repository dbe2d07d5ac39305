/**
 * The foreclosure analysis of a brief, in stages, each leaving its mark in the finding's trace:
 *
 *   1. context   what the brief is and where the paragraph sits (front matter `document:`,
 *                title, headings)                                             → context.ts
 *   2. cues      per sentence: topic evidence per rule, speaker and stance, and the cue
 *                decision (a party argues / asks / is granted or denied this ground) → detect.ts
 *   3. model     a linear model over the paragraph's words and the cue stage's evidence proposes
 *                a rule the cues missed, only where the paragraph names that rule's topic → model.ts
 *   4. judgement the law of the brief's circuit, edition and vehicle          → rules.ts
 *
 *   analyzeBrief(text, settings) → Finding[]         one-shot (CLI)
 *   new BriefAnalyzer().analyze(text, settings)       incremental (editor): paragraphs are
 *                                                     cached by their text and context, so after
 *                                                     a keystroke only the changed paragraph is read.
 *
 * Skips front matter, code, HTML comments (via proseOf), block quotes, and long quotations.
 * Suppression comments are honoured.
 */
import { proseOf, type ProseMap } from "../brief/prose";
import { paragraphsOf } from "../brief/sentences";
import { Suppressions } from "../brief/suppress";
import { SpanTexts } from "../brief/spanTexts";
import { LineIndex } from "../brief/lines";
import { readFrontMatter } from "../brief/frontmatter";
import { readParagraph, normalize, AUTHOR_TRIGGER, AFTER_SENTENCE_TRIGGER, FROM_HEADING, FROM_BEFORE, pointsBackToBefore, type ParagraphEvidence } from "./detect";
import { briefContext, counselOfTurn, documentFromTitle, headingIndexAt, nextHeadingStart, sectionEnd, namesAmendmentMotion, namesSection404Motion, runInHeading, signedBy, SPEAKER_LABEL, type BriefContext, type Heading } from "./context";
import { paragraphFeatures, scoreParagraphDeferred, describeFeature, modelKnowsWord, MODEL, type ArgumentModel, type ReadingContext } from "./model";
import { tokensOf } from "./features";
import { judge, judgedAtSentencing, namesIneffectiveness, onAppeal } from "./rules";
import { resentencingOf } from "./facts";
import { RULE_FILES } from "./cues";
import type { AnalysisSettings, Detection, Finding, RuleId, Trace } from "./types";

/** Rules whose only vehicle is a compassionate-release motion (their appeal is from the motion's ruling). */
const CR_RULES: ReadonlySet<RuleId> = new Set(RULE_FILES.filter((r) => r.vehicles.length === 1 && r.vehicles[0] === "compassionate-release").map((r) => r.id as RuleId));

export type { AnalysisSettings, Finding } from "./types";

/**
 * Detections of a paragraph relative to the paragraph start (so they survive moves), whether the
 * paragraph itself says it is a resentencing (read when first needed), and the findings judged from
 * them under the settings last used (`judgedUnder`: the settings' key), also relative.
 */
interface Cached {
  detections: Detection[];
  /** The rules the paragraph's party says it does not argue (`readParagraph`'s `disclaimed`), if any. */
  disclaimed?: ReadonlySet<RuleId>;
  resentencing?: boolean;
  judgedUnder?: string;
  judged?: (Finding | undefined)[];
  /**
   * Whether the paragraph argues a compassionate-release ground other than rehabilitation that the law leaves open where
   * the brief is (`OTHER_RELEASE_GROUNDS` judged below a warning): read from the law's outcome, before the user's
   * severity settings and suppressions, which say what the user wants shown, not what the motion argues. Judged with `judged`.
   */
  otherGround?: boolean;
  /** The judged findings placed at `placedAt` (the paragraph's start when last placed): a paragraph that did not move keeps them. */
  placed?: Finding[];
  placedAt?: number;
  /** The last run that read this paragraph (entries no run has read lately are swept). */
  run?: number;
}

/** How many paragraphs with no speaker's label a transcript's turn reaches (a long unlabelled run is no one turn). */
const MAX_TURN_PARAGRAPHS = 6;

/** Rules the learned stage may propose (the cue stage alone decides the others): `learned` in the rule file. */
const MODEL_RULES = new Set<RuleId>(RULE_FILES.filter((f) => f.learned).map((f) => f.id as RuleId));
const RULE_FILE = new Map(RULE_FILES.map((f) => [f.id as RuleId, f]));

/** Is the rule a compassionate-release ground only? */
function crOnlyRule(rule: RuleId): boolean {
  const f = RULE_FILE.get(rule);
  return !!f && f.vehicles.length === 1 && f.vehicles[0] === "compassionate-release";
}

/** Is the paragraph in a vehicle the rule applies to (compassionate-release rules need that context; others not against it)? */
function inVehicle(rule: RuleId, compassionate: boolean): boolean {
  const f = RULE_FILE.get(rule);
  if (!f) return false;
  if (crOnlyRule(rule)) return compassionate;
  if (f.topic.notWithCr) return !compassionate;
  return true;
}

/**
 * Is the rule's ground one that exists only after a sentence (its rule file names no "sentencing" vehicle:
 * rehabilitation since the sentence, a compassionate-release or other motion to reduce it) while the brief
 * says it is a filing at the original sentencing? Then the paragraph argues something else (rehabilitation
 * since the arrest, a family's need under § 5H1.6), and the rule's law (a final sentence is not reopened;
 * § 1B1.13) is not the law of the brief: neither stage reports it.
 */
function beforeItsVehicle(rule: RuleId, ctx: ReadingContext): boolean {
  return !!ctx.originalSentencing && !RULE_FILE.get(rule)?.vehicles.includes("sentencing") && !judgedAtSentencing(rule);
}

/** How the learned stage decides (the shipped model's own settings; the trainer tries others). */
export type LearnedPolicy = Pick<ArgumentModel, "thresholds" | "veto" | "evidence" | "fill" | "stance" | "unvoiced" | "offVehicle" | "maxProposals">;

/** Does the paragraph name enough of the rule's topic for the learned stage to propose it? */
function enoughEvidence(rule: RuleId, ev: ParagraphEvidence, policy: LearnedPolicy): boolean {
  const need = RULE_FILE.get(rule)?.learnedEvidence ?? (policy.evidence === "topic" ? "partial" : "mention");
  if (need === "complete") return ev.topics.get(rule) === "complete";
  if (need === "partial") return ev.topics.has(rule);
  return ev.topicWords.has(rule);
}

/**
 * Is a party's voice in the paragraph: it argues, requests, is granted or denied, moves; or the brief's (defence) author
 * speaks; or someone pleads in the paragraph's own words ("Unfortunately, …", "a fluke of geography", "There is no valid
 * basis to …": an advocate's tone, which a court's or a summary's neutral account lacks)?
 */
export function voicedParagraph(ev: ParagraphEvidence, ctx: ReadingContext): boolean {
  return ev.partyArgues || ev.request || ev.grant || ev.motion || ctx.author === "defense" || ev.tone;
}

/**
 * The rules the learned stage may propose in this paragraph, whatever their score, each with the margin
 * its bar is raised by: the topic is named (enough of it), not excluded, not only in sentences about
 * another case; the vehicle fits (margin 0), or a compassionate-release ground names no motion (margin
 * `offVehicle`). Whether a party's voice is in the paragraph also sets the bar (`proposalBar`), not eligibility.
 */
export function eligibleRules(ev: ParagraphEvidence, ctx: ReadingContext, policy: LearnedPolicy): Map<RuleId, number> {
  const out = new Map<RuleId, number>();
  if (ev.sentences.length === 0) return out;
  // the law stated for anyone, with no party's voice, is no one's argument ("Under Pepper, a court may consider …")
  if (ev.generalLaw && !voicedParagraph(ev, ctx)) return out;
  // the opponent asking the court to deny the party's ground, with no party's own argument or request in the paragraph
  if (ev.opposes && !ev.partyArgues && !ev.request && ctx.author !== "defense") return out;
  const compassionate = ev.compassionate || !!ctx.compassionate;
  for (const rule of MODEL_RULES) {
    // (at the original sentencing only a rule of the sentencing: a plea there to go below a minimum, which the law data
    // judges there, is the cues' alone — the model learned it from motions after sentence, and reads "impose the mandatory
    // minimum sentence of 60 months — no more" as one)
    if (!enoughEvidence(rule, ev, policy) || ev.excluded.has(rule) || (ctx.originalSentencing && !RULE_FILE.get(rule)?.vehicles.includes("sentencing"))) continue;
    // the topic named only in sentences about another case is that case's argument, not this one's
    const named = ev.sentences.filter((x) => x.rules.includes(rule));
    if (named.length > 0 && named.every((x) => x.otherCase)) continue;
    // …or only in sentences where the party disclaims it ("he does not dispute the 16-level enhancement and does not
    // contend that his 2001 conviction … was minor")
    if (named.length > 0 && named.every((x) => x.otherCase || x.disclaims)) continue;
    // …or named where the party says it does not argue it, anywhere in the paragraph ("he does not ask the Court to treat
    // his conduct in prison as a reason for release"): the record the paragraph sets out is for another purpose
    if (ev.disclaimed.has(rule)) continue;
    // a § 3582(c)(2) motion for the amended range that names no minimum is no plea to go below one
    if (rule === "compassionate-release-mandatory-minimum" && ev.amendmentWithoutMinimum) continue;
    // …nor a paragraph of a § 3582(c)(2) or First Step Act § 404 motion (by its title) that names no minimum itself: the
    // Fair Sentencing Act's changed penalties are that motion's eligibility, not a plea to go below a minimum (probe pk)
    if (rule === "compassionate-release-mandatory-minimum" && ctx.crWordsOnly && !(ev.topicWords.get(rule) ?? []).some((w) => w.includes("minimum") || w.includes("mandatory") || w.includes("floor"))) continue;
    if (inVehicle(rule, compassionate)) out.set(rule, 0);
    // a compassionate-release ground in a paragraph that names no vehicle (an order's "his mother is his
    // son's only caregiver"): the model must be surer by `offVehicle` — never where the brief says it is
    // no compassionate-release motion (a sentencing memorandum's family plea is § 5H1.6, not § 1B1.13)
    else if (policy.offVehicle !== undefined && !compassionate && !ctx.notCompassionate && crOnlyRule(rule)) out.set(rule, policy.offVehicle);
  }
  return out;
}

/**
 * The probability a proposal of `rule` must reach: its threshold; with no party's voice in the paragraph,
 * plus `unvoiced` (a policy that requires the voice — `stance` — never proposes there); plus the
 * eligibility margin (`offVehicle` where no compassionate-release motion is named).
 */
function proposalBar(rule: RuleId, policy: LearnedPolicy, eligible: ReadonlyMap<RuleId, number>, voiced: boolean): number {
  const extra = voiced ? 0 : policy.stance ? Infinity : policy.unvoiced ?? 0;
  return (policy.thresholds[rule] ?? 1) + extra + (eligible.get(rule) ?? 0);
}

/**
 * The learned stage's decision, given the cue stage's findings and the model's probabilities: the
 * cue findings it vetoes, and the rules it proposes (most probable first) where the cues found none.
 * One rule for the analysis and for the trainer's calibration (`bench/train.mjs`).
 */
export function learnedDecision(
  detected: ReadonlySet<RuleId>,
  probability: (rule: RuleId) => number,
  eligible: ReadonlyMap<RuleId, number>,
  policy: LearnedPolicy,
  voiced: boolean,
): { vetoed: RuleId[]; proposed: RuleId[] } {
  const vetoed = [...detected].filter((r) => MODEL_RULES.has(r) && probability(r) < policy.veto);
  // a cue finding the model vetoes leaves the paragraph empty for its own proposal ("This gross disparity,
  // together with her family circumstances, is extraordinary and compelling": family vetoed, the change in law proposed)
  const scored = [...detected].some((r) => (MODEL_RULES.has(r) || r === "departure-after-sentencing") && !vetoed.includes(r));
  if (policy.fill === "empty" && scored) return { vetoed, proposed: [] };
  const proposed = [...MODEL_RULES]
    .filter((r) => !detected.has(r) && eligible.has(r) && probability(r) >= proposalBar(r, policy, eligible, voiced))
    .sort((a, b) => probability(b) - probability(a))
    .slice(0, policy.maxProposals);
  return { vetoed, proposed };
}

/** Who speaks and what they do, in words, from the cue stage's evidence (without it: a cue finding's own cue). */
function speakerAndStance(ev: ParagraphEvidence | undefined, d: Detection | undefined): { speaker: string; stance: string } {
  const author = d?.triggers[0] === AUTHOR_TRIGGER;
  if (!ev) return { speaker: author ? "the brief's author (defence filing)" : "a party in this case", stance: "argues" };
  const speaker = author ? "the brief's author (defence filing)"
    : ev.partyArgues ? "a party in this case"
    : ev.government ? "the government"
    : ev.grant || ev.holding ? "the court" : ev.tone ? "not named; the paragraph pleads in an advocate's words" : "not named";
  const stance = ev.grant ? "the court grants or denies the party's request"
    : ev.request ? "requests relief"
    : ev.partyArgues || author || ev.tone ? "argues"
    : ev.holding ? "holds" : "mentions";
  return { speaker, stance };
}

/**
 * Read one paragraph: the cue stage, then the learned stage for rules the cues did not find.
 * `para` is the paragraph's masked prose; offsets in the result are relative to it.
 */
/** The learned stage's veto in a filing whose author is known (the model's own, 0.6, was chosen on bare passages). */
const FILING_VETO = 0.3;

/** The learned stage reads paragraphs up to this length (a brief's paragraphs are far shorter; a pasted blob is not one). */
const MODEL_MAX_PARAGRAPH = 6000;

/** How far into an appellate brief its opening is read for the sentencing appealed from (characters). */
const RESENTENCING_OPENING = 3000;

/** A paragraph that objects to the range's calculation ("objects to", "the enhancement does not apply", "should not be counted"). */
const OBJECTS_TO_CALCULATION = /(?<!\b(?:not|no) )\bobject(?:s|ed|ion)?\b|\bshould not (?:be )?(?:count|counted|apply|applied)\b|\bdoes not (?:apply|qualify)\b|\bmisappl(?:y|ied|ies)\b|\berred in (?:counting|applying|calculating|measuring|computing|treating|adding|including|scoring)\b|\bmiscalculat|\bdecline to apply\b/i;

/** A title that says the filing is for a resentencing ("Government's Resentencing Memorandum", "Memorandum for Re-Sentencing"). */
const RESENTENCING_TITLE = /\bre-?sentencing\b/i;

export function readArguments(para: string, ctx: ReadingContext & { describe?: string } = {}, learned = true, into?: { disclaimed?: ReadonlySet<RuleId> }): Detection[] {
  return withFacts(readStages(para, ctx, learned, into), para);
}

/** The cue stage, then the learned stage, on one paragraph (`readArguments` without the facts). */
/**
 * The framing of a paragraph's ground where its sentence names none: its section's — the headings over it, innermost
 * first, then the brief's title, the first that names one kind ("## The request: a variance to 18 months", "Sentencing
 * Memorandum and Request for Variance": legal audit of session 33, pu-020, pq-045) — else the paragraph's where it asks in
 * one way only; with `preferDeparture` (the learned stage's proposals) a paragraph that names both is a departure, as before.
 */
function paragraphFraming(evidence: ParagraphEvidence | undefined, ctx: ReadingContext, preferDeparture = false, para = ""): Detection["framing"] {
  if (ctx.sectionFraming) return ctx.sectionFraming;
  if (!evidence) return "unspecified";
  if (evidence.departure !== evidence.variance || preferDeparture) {
    const own = evidence.departure ? "departure" : evidence.variance ? "variance" : "unspecified";
    if (own !== "unspecified") return own;
  }
  // (…else the section's text's, but not for a paragraph that objects to the calculation itself: "Mr. Ruiz objects to
  // counting the revocation term", its alternative plea for a variance in the next paragraph — probe pb-015)
  if (!evidence.departure && !evidence.variance && ctx.bodyFraming && !OBJECTS_TO_CALCULATION.test(para)) return ctx.bodyFraming;
  return "unspecified";
}

function readStages(para: string, ctx: ReadingContext & { describe?: string }, learned: boolean, into?: { disclaimed?: ReadonlySet<RuleId> }): Detection[] {
  const useModel = learned && para.length <= MODEL_MAX_PARAGRAPH;
  const read = readParagraph(para, 0, para.length, ctx, useModel);
  // (the rules the paragraph's party disclaims arguing, for the heading over it: `withoutDisclaimedHeadings`)
  if (into && read.disclaimed) into.disclaimed = read.disclaimed;
  const { evidence } = read;
  // (the lists here pushed from a literal, not made by `filter` or `map`: an empty result of those has another elements
  // kind, and the lists of the many paragraphs with no finding deoptimised readStages and what it calls)
  const detections: Detection[] = [];
  for (const d of read.detections) if (!ctx.originalSentencing || !beforeItsVehicle(d.rule, ctx)) detections.push(d);
  const detected = new Set(detections.map((d) => d.rule));
  // one finding per rule and paragraph, whichever stages run (the model proposes only rules the cues did not find)
  const traced: Detection[] = [];
  for (let d of detections) {
    const ss = speakerAndStance(evidence, d);
    // the ground in one sentence, the request in the next ("… he will serve his sentence under harsher conditions. A
    // downward variance is warranted on that ground."): a sentence that names no framing takes the paragraph's, when
    // the paragraph asks in one way only — as the learned stage's proposals do (audit 14 D1)
    // (…the heading's first, where it asks in one way: "## The request: a variance to 18 months" over a paragraph that
    // recounts "a decision about departures", legal audit of session 33, pu-020)
    if (d.framing === "unspecified") d = { ...d, framing: paragraphFraming(evidence, ctx, false, para) };
    const trace: Trace = {
      stage: "cues",
      // (with what the context supplied: the heading's topic words, a motion after sentence)
      topic: [...(evidence?.topicWords.get(d.rule) ?? d.triggers.slice(1)), ...d.triggers.filter((t) => t.endsWith(FROM_HEADING) || t.endsWith(FROM_BEFORE) || t === AFTER_SENTENCE_TRIGGER)],
      speaker: ss.speaker,
      stance: ss.stance,
      cue: d.triggers[0],
      context: ctx.describe ?? "",
      ruleFile: `src/data/rules/${d.rule}.json`,
    };
    traced.push({ ...d, trace });
  }
  const out: Detection[] = oneArgumentPerRule(traced);
  if (!useModel || !evidence) return out;
  // Nothing for the model to propose or to veto: no learned rule's topic is named and the cues found nothing.
  if (!detected.size && ![...evidence.topicWords.keys()].some((r) => MODEL_RULES.has(r))) return out;
  const wanted = (rule: RuleId, p: number) => detected.has(rule) || (p >= (MODEL.thresholds[rule] ?? 1) && MODEL_RULES.has(rule));
  // the explanations (the features that raised a score) made only for the findings kept, and only for the rules
  // `wanted` names: what `scoreParagraph(…, wanted)` would have made for them
  const eligible = eligibleRules(evidence, ctx, MODEL);
  // …or nothing it may propose (no rule eligible) and nothing it may veto (no cue finding): no need to score
  if (!detected.size && !eligible.size) return out;
  const scored = scoreParagraphDeferred(para, evidence, detected, ctx, MODEL);
  const scores = new Map(scored.scores.map((sc) => [sc.rule, sc]));
  const voiced = voicedParagraph(evidence, ctx);
  const modelOf = (rule: RuleId, proposal = false) => {
    const sc = scores.get(rule)!;
    const because = wanted(rule, sc.probability) ? scored.because(rule).map((b) => describeFeature(b.feature)) : [];
    const base = { probability: Math.round(sc.probability * 1000) / 1000, threshold: sc.threshold, because };
    if (!proposal) return base;
    // the bar a proposal cleared: the base threshold, raised where no party's voice or no vehicle is named
    const raised: string[] = [];
    if (!voiced) raised.push(`no party's voice in the paragraph (+${(MODEL.unvoiced ?? 0).toFixed(2)})`);
    if (crOnlyRule(rule) && !evidence.compassionate && !ctx.compassionate) raised.push(`no compassionate-release motion named (+${(eligible.get(rule) ?? 0).toFixed(2)})`);
    const bar = proposalBar(rule, MODEL, eligible, voiced);
    return { ...base, threshold: Math.round(bar * 1000) / 1000, ...(raised.length ? { raised } : {}) };
  };
  // In a filing that says who wrote it, the context settles who speaks, which the model — trained on bare passages, where
  // "we ask" may be anyone's — cannot know: there it vetoes only a cue finding it is confident against.
  const policy = ctx.author ? { ...MODEL, veto: Math.min(MODEL.veto, FILING_VETO) } : MODEL;
  const decision = learnedDecision(detected, (r) => scores.get(r)?.probability ?? 0, eligible, policy, voiced);
  const { proposed } = decision;
  const cueHas = (r: RuleId, trigger: (t: string) => boolean) => out.some((d) => d.rule === r && d.triggers.some(trigger));
  // (asked only of a vetoed finding whose topic the heading lent)
  const headingNamesFiling = () => {
    const h = ctx.headings?.[ctx.headings.length - 1];
    return h !== undefined && documentFromTitle(h) !== undefined;
  };
  // (a trigger word with letters and digits, "3F1.1", none of whose tokens the model has a feature for)
  const unlearned = (t: string) => /[a-z]\d|\d[a-z]/i.test(t) && tokensOf(t).every((w) => !/[a-z]/.test(w) || !/\d/.test(w) || !modelKnowsWord(w));
  // Why a cue finding the model vetoes stands anyway (the context, which the model — trained on bare passages — never
  // sees, settles it), or undefined; the reason is the finding's trace. Unless the model reads the paragraph as another
  // ground, which it then proposes, these stand:
  const keptBecause = (r: RuleId): string | undefined =>
    // the movant's ground in a motion after sentence, the parts of which the filing itself supplies (the time after
    // sentence, the relief: a Rule 35 motion, a resentencing)
    ctx.reliefAfterSentence && cueHas(r, (t) => t === AFTER_SENTENCE_TRIGGER) && proposed.length === 0 ? "the filing is a motion after sentence, which supplies the time after sentence and the relief"
    // a party's argument whose topic the section's heading names ("## The Early Disposition Offer That Was Never Made"
    // over "We submit that this unwarranted gap is a reason for a lower sentence")
    // — the ground, or the relief where the heading is the filing's title ("PRO SE MOTION FOR SENTENCE REDUCTION …"); a
    // section's "## The § 3553(a) Factors Support a Reduction" over a release plan's "he will be removed" names no
    // deportable-alien argument, and the model's doubt stands
    : voiced && proposed.length === 0 && cueHas(r, (t) => t.endsWith(FROM_HEADING)) && out.some((d) => d.rule === r && (d.groundFromHeading || headingNamesFiling())) ? "the heading the paragraph sits under names the topic, which the model does not see"
    // …or the paragraph before, to which the sentence points back ("That gap …"), which the model does not see either
    : voiced && cueHas(r, (t) => t.endsWith(FROM_BEFORE)) && proposed.length === 0 ? "the paragraph before names the ground this one points back to, which the model does not see"
    // in a compassionate-release motion (or under such a heading) a party's request on a ground of that motion: the
    // model reads "a downward departure based on his rehabilitation" as a sentencing ground
    // (…and the change in the law, a ground of that motion too: "A mandatory minimum constrains the sentence a court imposes
    // at judgment; it does not limit a later reduction Congress separately authorized", probe pt-045)
    : ctx.compassionate && (crOnlyRule(r) || (!!RULE_FILE.get(r)?.vehicles.includes("compassionate-release") && cueHas(r, (t) => t === AUTHOR_TRIGGER))) && voiced && proposed.length === 0 ? "the paragraph is in a compassionate-release motion, whose grounds the model reads without that context"
    // a party's finding named by a word the model never learned (a provision after its training: "this is a variance, not a
    // 3F1.1 reduction" — probe qa-050, a 2026 transcript whose counsel argues the fast-track disparity under the Nov. 2025
    // Manual): the model cannot weigh the word that names the ground
    : voiced && proposed.length === 0 && cueHas(r, unlearned) ? "the words that name the topic are ones the model never learned (a provision newer than its training)"
    // a section heading of the brief's own that asks for relief on the ground ("## III. The Court Should Vary to Account for
    // the Government's Refusal to Extend an Early-Disposition Offer", probe qa-038): the model, trained on paragraphs, reads
    // a heading's dozen words without the section they title
    : ctx.author === "defense" && voiced && proposed.length === 0 && isOwnHeading(para, ctx) ? "the paragraph is a heading of the filing's own that asks relief on the ground; the model reads its few words without the section it titles"
    // the brief's author arguing in its own filing: a cue finding the model would have proposed itself, over its bar
    : cueHas(r, (t) => t === AUTHOR_TRIGGER) && eligible.has(r) && (scores.get(r)?.probability ?? 0) >= proposalBar(r, MODEL, eligible, voiced) ? "the brief's author argues it in its own filing, which the model reads without that context"
    : undefined;
  const vetoed = decision.vetoed.filter((r) => keptBecause(r) === undefined);
  // A vetoed cue finding: the paragraph reads like the negatives the model learned from (a holding,
  // a general statement, another ground). The others carry the model's agreement in their trace.
  // (a Set, not `includes` on the list: the `filter` results' elements kinds differ, which deoptimised readStages)
  const vetoedRules = new Set(vetoed);
  const kept: Detection[] = [];
  for (const d of out) if (!vetoedRules.has(d.rule)) kept.push(d);
  for (const d of kept) {
    if (!scores.has(d.rule)) continue;
    // kept over the model's veto: say why, never that the model agrees
    const overruled = decision.vetoed.includes(d.rule) ? keptBecause(d.rule) : undefined;
    d.trace = { ...d.trace!, model: overruled ? { ...modelOf(d.rule), overruled } : modelOf(d.rule) };
  }
  const ss = speakerAndStance(evidence, undefined);
  for (const rule of proposed) {
    // the sentence that names the topic (the first one that does), or the paragraph's first
    const s = evidence.sentences.find((x) => x.rules.includes(rule)) ?? evidence.sentences[0];
    const topic = evidence.topicWords.get(rule) ?? [];
    kept.push({
      rule,
      start: s.start,
      end: s.end,
      triggers: topic.slice(0, 6),
      framing: paragraphFraming(evidence, ctx, true, para),
      text: para.slice(s.start, s.end).toLowerCase(),
      trace: { stage: "model", topic, speaker: ss.speaker, stance: ss.stance, cue: "", context: ctx.describe ?? "", ruleFile: `src/data/rules/${rule}.json`, model: modelOf(rule, true) },
    });
  }
  return kept;
}

/** The paragraph is the innermost heading over it (a heading line read as a paragraph of its own), not text under one. */
function isOwnHeading(para: string, ctx: ReadingContext): boolean {
  const h = ctx.headings?.[ctx.headings.length - 1];
  return h !== undefined && para.length < 400 && para.replace(/^#+\s*/, "").trim() === h.trim();
}

/** A compassionate-release family argument carries its paragraph's text: the facts of its ground may sit in another sentence. */
function withFacts(ds: Detection[], para: string): Detection[] {
  let facts: string | undefined;
  let words: string | undefined;
  for (const d of ds) {
    if (d.rule === "compassionate-release-family") d.facts = facts ??= para.toLowerCase();
    // (the change in the law the paragraph names, which the judgement may read beside the finding's sentence: "The Ninth
    // Circuit has held that district courts may consider the First Step Act's non-retroactive changes … ¶ … a change that
    // would remove the statutory floor entirely", probe pt-045)
    else if (d.rule === "compassionate-release-mandatory-minimum") d.facts = words ??= normalize(para);
    // (…and the resentencing a § 2255 motion asks for, which the paragraph may name beside the finding's sentence:
    // "at re-sentencing … Given his rehabilitation since the original sentence, the Court should impose …", probe px-051)
    else if (d.rule === "post-sentencing-rehabilitation" || d.rule === "compassionate-release-rehabilitation") d.facts = words ??= normalize(para);
  }
  return ds;
}

const FRAMING_RANK = { departure: 2, variance: 1, unspecified: 0 } as const;

/**
 * An argument made across two or three sentences of a paragraph is one argument: the paragraph's
 * detections of one rule become one, from the first sentence to the last, with the triggers of all,
 * framed as a departure if any sentence asks for one, the text of all (which the judgement reads), and the first
 * detection's trace.
 */
function oneArgumentPerRule(ds: Detection[]): Detection[] {
  const byRule = new Map<RuleId, Detection>();
  for (const d of ds) {
    const first = byRule.get(d.rule);
    if (!first) {
      byRule.set(d.rule, d);
      continue;
    }
    byRule.set(d.rule, {
      ...first,
      start: Math.min(first.start, d.start),
      end: Math.max(first.end, d.end),
      triggers: [...new Set([...first.triggers, ...d.triggers])],
      framing: FRAMING_RANK[d.framing] > FRAMING_RANK[first.framing] ? d.framing : first.framing,
      // the judgement reads the whole argument: the ground may be named in its second sentence ("He asks … below the
      // mandatory minimum …, because the First Step Act would now make his minimum 15 years") — audit 14 D2
      text: first.text.includes(d.text) ? first.text : `${first.text} ${d.text}`,
    });
  }
  return ds.length === byRule.size ? ds : [...byRule.values()].sort((a, b) => a.start - b.start);
}

/** How much of the text before a pointing-back paragraph it reads (its end, characters). */
const BEFORE_TAIL = 2000;

export class BriefAnalyzer {
  /** Paragraphs read, by the context's description, then by the paragraph's text. */
  private cache = new Map<string, Map<string, Cached>>();
  /** Entries in the cache, and runs so far (each entry knows the last run that read it). */
  private entries = 0;
  private runs = 0;
  /** The paragraphs' texts, as read on the last run where the edit did not touch them. */
  private texts = new SpanTexts();
  /** The last run's brief context: its readings per run of headings are taken over while the headings stay the same. */
  private context: BriefContext | undefined;
  /** Paragraphs detected on the last run (for tests and the status item). */
  lastRedetected = 0;

  /** `learned: false` runs the cue stage alone (its regression tests use that). */
  constructor(private readonly maxEntries = 20000, private readonly learned = true) {}

  /** Drop the entries the last run did not read. */
  private sweep(run: number): void {
    this.entries = 0;
    for (const [describe, byText] of this.cache) {
      for (const [para, hit] of byText) {
        if (hit.run !== run) byText.delete(para);
        else this.entries++;
      }
      if (byText.size === 0) this.cache.delete(describe);
    }
  }

  /**
   * `map` may be passed when the caller already ran `proseOf(text)`.
   *
   * `part` (offsets in the text): read only the paragraphs that reach into [from, until), and return only the
   * findings a full run returns for them — every finding of those paragraphs, except a heading's whose section
   * reaches past `until` (it is dropped where the section below it argues the same rule, which this run does not
   * read), a list item's whose item before is unread (it may be that item's argument continued), a compassionate-release
   * motion's rehabilitation (another ground may follow) and the learned stage's post-sentencing proposal in a filing that
   * names compassionate release (the cue stage's finding of that ground may lie below): each waits for the whole run. The editor shows these first on a large brief (the visible part), then runs the whole brief; the
   * paragraphs read here are cached for that run like any other's.
   */
  analyze(text: string, settings: AnalysisSettings, map: ProseMap = proseOf(text), part?: { from: number; until: number }): Finding[] {
    const prose = map.prose;
    const run = ++this.runs;
    let live = 0;
    let redetected = 0;
    const front = readFrontMatter(text, map.frontMatter);
    let context: BriefContext | undefined;
    const suppressions = map.comments.length ? new Suppressions(text, map.comments, new LineIndex(text)) : undefined;
    const findings: Finding[] = [];
    // what a finding depends on besides its paragraph: the settings (a paragraph saying it is a resentencing adds that)
    let under = JSON.stringify(settings);
    let iacMotion: boolean | undefined;
    // an appellate brief whose opening (its statement of the issue and of the case) says the appeal is from a resentencing
    let appealOfResentencing: boolean | undefined;
    this.texts.begin(prose);
    // the text before a paragraph back to the last paragraph that is no heading (a paragraph that points back to it —
    // "That gap …" — may take its ground from it, across a heading such as "Summary of the Argument")
    let prevBody: number | undefined;
    // …or back to the first paragraph of its section, where it is not that paragraph (what "such a program" names may
    // come two paragraphs up: "… a motion under § 5K3.1 … In this District there is no such program." ¶ "Nothing
    // about him explains that difference." ¶ "… a district with such a program")
    let sectionStart: number | undefined;
    let headingStarts: Set<number> | undefined;
    // the paragraphs of an appellate brief that leave the rulings recounted above them unchallenged (`withoutRulingsLeft`)
    let rulingsLeftAt: number[] | undefined;
    // a paragraph argues a compassionate-release ground other than rehabilitation that the law leaves open (`Cached.otherGround`)
    let otherGroundAt: number[] | undefined;
    // the paragraphs whose party disclaims arguing a rule, with those rules (`withoutDisclaimedHeadings`)
    let disclaimedAt: { start: number; rules: ReadonlySet<RuleId> }[] | undefined;
    // the paragraph before (`ListRun`): a list's items that argue the ground of the item before, or of the lead-in above
    // them ("In that time he has:"), are that one argument, shown once
    let prevRun: ListRun | undefined;
    // in a hearing's transcript, the counsel whose turn it is (undefined: the court's, the defendant's, or no turn yet)
    let turn: "defense" | "government" | undefined;
    let turnParagraphs = 0;
    // a finding of compassionate-release rehabilitation by the cue stage (`withoutLearnedTwin`)
    let crRehabilitationByCues = false;
    for (const p of paragraphsOf(prose, map.blockQuoteLines)) {
      context ??= this.context = briefContext(prose, { ...front, signed: signedBy(text) }, this.context, text);
      const isHeading = (headingStarts ??= new Set(context.headings.map((h) => h.start))).has(p.start);
      const from = sectionStart !== undefined && sectionStart < p.start && !isHeading ? sectionStart : prevBody;
      if (isHeading) sectionStart = undefined;
      else {
        prevBody = p.start;
        sectionStart ??= p.start;
      }
      // (only in a filing that says what it is: a file of passages side by side is no one list)
      const listed = context.document ? listRun(prose, p, prevRun) : undefined;
      prevRun = listed;
      // a transcript's paragraph with no speaker's label continues the turn before it ("MR. DÍAZ: … ¶ And it affects the time
      // itself. …", probe pr): its counsel, read even where the part skips the paragraph
      let continued: "defense" | "government" | undefined;
      if (context.hearing || context.transcript) {
        if (isHeading) turn = undefined;
        else if (SPEAKER_LABEL.test(prose.slice(p.start, p.start + 48))) {
          turn = counselOfTurn(prose.slice(p.start, Math.min(p.end, p.start + 300)));
          turnParagraphs = 0;
        } else if (++turnParagraphs <= MAX_TURN_PARAGRAPHS) continued = turn;
      }
      // an appellate brief's paragraph that says the appeal does not challenge the rulings the paragraphs above recount
      // ("Mr. Rosario does not challenge those rulings on appeal … He raises only the Booker issue"): read for every
      // paragraph, the part's too, so that a part and the whole run drop the same findings (legal audit 36a, pr-036)
      if (!isHeading && context.document === "appellate-brief" && p.end - p.start <= 1200 && RULINGS_NOT_CHALLENGED.test(prose.slice(p.start, p.end))) (rulingsLeftAt ??= []).push(p.start);
      if (part && (p.end <= part.from || p.start >= part.until)) {
        // an item whose item before is unread in the editor's first part may be that one's argument: held back there
        if (listed) listed.unread = true;
        continue;
      }
      const para = this.texts.text(p.start, p.end);
      // the court's own turn in a hearing's transcript ("THE COURT: What is the extraordinary and compelling reason here,
      // apart from his rehabilitation?") is no party's argument, whoever the transcript's title makes its author (legal
      // audit 37: pi-025, a question from the bench read as the defence's plea)
      if (context.transcript && para.startsWith("THE COURT:")) continue;
      // (read with it only in a filing that says who wrote it — one document, not passages side by side — and only where
      // the paragraph points back: the reading then depends on that text too)
      const before = from !== undefined && context.shared(p.start).author && pointsBackToBefore(para) ? prose.slice(Math.max(from, p.start - BEFORE_TAIL), p.start) : undefined;
      // the paragraphs under the same headings share one context object; a paragraph read anew gets its own copy — in a
      // hearing's transcript, a counsel's turn is that counsel's argument ("MR. ALSTON: … We'd ask for 84 months.")
      const shared = context.shared(p.start);
      // (…and in any transcript, whatever its title makes its author: "Hearing on Motion for Sentence Reduction" is no one's
      // motion but the turns', audit 37c: pi-025's "MR. FELD: Judge, the government's view …" warned as the defence's plea)
      const turnTaken = (context.hearing && !shared.author) || !!context.transcript;
      const speaker = turnTaken ? counselOfTurn(para) : undefined;
      const counsel = turnTaken ? speaker ?? continued : undefined;
      // …and a paragraph's run-in heading ("**Release plan.** He will live with his sister …") is its heading
      const runIn = runInHeading(para);
      const own = counsel || runIn
        ? {
          ...(counsel ? { author: counsel } : {}),
          ...(runIn ? { runIn } : {}),
          describe: shared.describe + (counsel ? `; ${counsel === "defense" ? "defence counsel" : "the government's counsel"} speaks (${speaker ? "the turn's speaker" : "the turn continued"})` : "") + (runIn ? `; under "${runIn}" (its run-in heading)` : ""),
        }
        : undefined;
      const ctx = own ? { ...shared, ...own } : shared;
      // the context's description names all the reading depends on, and is part of what is cached (the trace)
      let byText = this.cache.get(ctx.describe);
      if (!byText) this.cache.set(ctx.describe, (byText = new Map()));
      const key = before === undefined ? para : `${para}\u0000${before}`;
      let hit = byText.get(key);
      if (!hit) {
        redetected++;
        const fresh = own ? { ...context.at(p.start), ...own } : context.at(p.start);
        const into: { disclaimed?: ReadonlySet<RuleId> } = {};
        hit = { detections: readArguments(para, before === undefined ? fresh : { ...fresh, before }, this.learned, into), disclaimed: into.disclaimed };
        byText.set(key, hit);
        this.entries++;
      }
      if (hit.run !== run) {
        hit.run = run;
        live++;
      }
      if (hit.disclaimed) (disclaimedAt ??= []).push({ start: p.start, rules: hit.disclaimed });
      const rel = hit.detections;
      if (rel.length === 0) continue;
      // (a § 2255 motion that frames its grounds as counsel's ineffectiveness anywhere: its relief section asks for that
      // claim's relief — read once per run, and part of what a paragraph's judgement is reused by)
      if (appealOfResentencing === undefined) {
        appealOfResentencing = (settings.document ?? context.document) === "appellate-brief" && resentencingOf({}, prose.slice(0, RESENTENCING_OPENING));
        if (appealOfResentencing) under += "\u0000resentencing";
      }
      if (iacMotion === undefined) {
        iacMotion = (settings.document ?? context.document) === "2255-motion" && namesIneffectiveness(prose);
        if (iacMotion) under += "\u0000ineffective";
      }
      if (hit.judgedUnder !== under) {
        // the vehicle, where the front matter does not settle it, from the paragraph itself ("at resentencing", "on remand")
        // (a resentencing memorandum by its title, or by a title that refines front matter saying only "sentencing-memorandum")
        // (…or a title any party gives it: "GOVERNMENT'S RESENTENCING MEMORANDUM", legal audit of session 34, pg-029)
        // (…and an appeal from a resentencing, by its opening or the paragraph: "Whether the district court erred at
        // resentencing when it ruled that it could not consider … his conduct during his first four years in federal
        // custody" — Pepper's vehicle, not a final sentence: legal audit 36b, pb-037, pk-054)
        const appeal = (settings.document ?? context.document) === "appellate-brief";
        const resentencing = settings.resentencing || context.document === "resentencing-memorandum" || RESENTENCING_TITLE.test(context.title ?? "") || !!appealOfResentencing || ((!settings.document || appeal) && (context.hearing === "resentencing" || (hit.resentencing ??= resentencingOf({}, para))));
        // the vehicle a compassionate-release motion (or such a heading) gives the paragraph: a ground of the sentencing itself is judged there
        // and what the brief is, where the front matter does not say and the title does (a Rule 35 or § 2255 motion), or where the
        // title refines what the front matter says (briefContext: "# Government's Sentencing Memorandum" under `sentencing-memorandum`)
        const titled = context.document && context.document !== "other" && context.document !== settings.document ? context.document : undefined;
        // a § 3582(c)(2) motion by its title ("Motion to Reduce Sentence Pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 821")
        const reductionMotion = !ctx.compassionate && (settings.document ?? context.document) === "sentence-reduction-motion";
        const amendment = reductionMotion && (namesAmendmentMotion(context.title) || !!context.c2Opening);
        // a First Step Act § 404 motion by its title: the rules' § 404 outcomes (Concepcion) judge it, not the "final sentence" ones
        const s404 = reductionMotion && namesSection404Motion(context.title);
        const atSentencing = !resentencing && !!ctx.originalSentencing;
        // (…and a motion after judgment under no statute that permits it: a final sentence that ground cannot reopen — legal
        // audit of session 35, pv-031)
        // (not a departure motion by its title: there `departure-after-sentencing` warns, and the ground's note stays its own)
        const afterJudgment = !resentencing && !ctx.compassionate && !!ctx.afterJudgment && !ctx.departureMotion;
        // (a § 2255 motion that frames its ground as counsel's ineffectiveness — "GROUND ONE: INEFFECTIVE ASSISTANCE OF
        // COUNSEL AT SENTENCING", "My lawyer was ineffective because he did not object to the 16 points" — makes that claim
        // in each of its paragraphs, its relief section too, judged by the law at the sentencing: legal audit 36, po-059,
        // pr-001, pq-002, pk-049, pm-045)
        const ineffective = (titled ?? settings.document ?? context.document) === "2255-motion" && (!!iacMotion || namesIneffectiveness(para));
        const s = resentencing || ctx.compassionate || titled || amendment || s404 || atSentencing || afterJudgment || ineffective
          ? { ...settings, ...(resentencing ? { resentencing: true } : {}), ...(ctx.compassionate ? { compassionate: true } : {}), ...(titled ? { document: titled } : {}), ...(amendment ? { amendmentMotion: true } : {}), ...(s404 ? { section404Motion: true } : {}), ...(atSentencing ? { originalSentencing: true } : {}), ...(afterJudgment ? { afterJudgment: true } : {}), ...(ineffective ? { ineffectiveContext: true } : {}) }
          : settings;
        const judgeIn = (d: Detection, under: AnalysisSettings): Finding | undefined => {
          let j = judge(d, under);
          if (j && under.document === "appellate-brief") j = onAppeal(j, !!under.compassionate || CR_RULES.has(j.rule), under, d.rule === "revocation-sentence" && d.framing !== "departure" && d.framing !== "variance");
          if (j && ctx.author === "government") return forTheGovernment(j);
          // a court's own order or opinion (by its title or caption) rules on the party's ground: nothing in it to warn
          // of (legal audit of session 33, round 3, pl-005: an order denying the departure had been warned by the holding it applied)
          return j && context?.document === "other" && context.documentFrom !== "front matter" ? forTheCourt(j) : j;
        };
        hit.judged = rel.map((d) => {
          const f = judgeIn(d, s);
          // (the trace names the rule file of the rule judged: a § 404 motion's plea is judged under post-sentencing-rehabilitation)
          return f && d.trace ? { ...f, trace: f.rule === d.rule ? d.trace : { ...d.trace, ruleFile: `src/data/rules/${f.rule}.json` } } : f;
        });
        // (the law's level: judged again without the user's rule settings only where they name such a ground)
        const lawOnly = s.rules && rel.some((d) => OTHER_RELEASE_GROUNDS.has(d.rule) && s.rules![d.rule] !== undefined) ? { ...s, rules: undefined } : s;
        hit.otherGround = rel.some((d, i) => {
          if (!OTHER_RELEASE_GROUNDS.has(d.rule)) return false;
          const f = lawOnly === s ? hit!.judged![i] : judgeIn(d, lawOnly);
          return !!f && f.severity !== "warning" && f.severity !== "error";
        });
        hit.judgedUnder = under;
        hit.placed = undefined;
      }
      if (!hit.placed || hit.placedAt !== p.start) {
        hit.placed = [];
        for (const f of hit.judged!) if (f) hit.placed.push({ ...f, start: f.start + p.start, end: f.end + p.start });
        hit.placedAt = p.start;
      }
      if (hit.otherGround) (otherGroundAt ??= []).push(p.start);
      if (!crRehabilitationByCues) for (const f of hit.placed) if (f.rule === "compassionate-release-rehabilitation" && f.trace?.stage === "cues") crRehabilitationByCues = true;
      const sameArgument = listed?.item && listed.prev ? listed.prev : undefined;
      for (const f of hit.placed) {
        // (only what is not suppressed is recorded: an item whose finding the user suppressed leaves the next item's own,
        // review of session 31; what the item before said of the rule — the same severity and message — is the same argument's)
        if (suppressions && suppressions.isSuppressed(f.rule, f.start, f.end)) continue;
        const said = `${f.severity}\u0000${f.message}`;
        if (listed) listed.rules.set(f.rule, said);
        if (sameArgument && (sameArgument.unread || sameArgument.rules.get(f.rule) === said)) continue;
        findings.push(f);
      }
    }
    // a compassionate-release motion's rehabilitation beside another ground it argues is not "rehabilitation alone"
    const releaseMotion = !!context && (context.document === "compassionate-release-motion" || !!context.releaseByItsWords || !!context.releaseAppeal);
    const untwinned = context?.document ? withoutLearnedTwin(findings, crRehabilitationByCues, !!part, prose) : findings;
    const droppedHeadings = new Set<number>();
    const claimed = rulingsLeftAt && context ? withoutRulingsLeft(untwinned, context.headings, rulingsLeftAt) : untwinned;
    const unclaimed = disclaimedAt && context ? withoutDisclaimedHeadings(claimed, context.headings, prose, disclaimedAt, droppedHeadings) : claimed;
    // (a heading whose section disclaims its ground argues no other ground: "I. His Mother's Terminal Illness Warrants Release"
    // over "Mr. Reyes does not contend that his mother's illness is an extraordinary and compelling reason", review of session 31)
    const otherGround = !!otherGroundAt && otherGroundAt.some((at) => !droppedHeadings.has(at));
    const besides = releaseMotion ? withoutRehabilitationBesideAnotherGround(unclaimed, !!part, otherGround) : unclaimed;
    const assimilation = context && context.headings.length ? withoutMotiveInAssimilationSection(besides, context.headings, prose) : besides;
    const settled = context && (context.document || context.letter) ? oneNotePerSection(assimilation, context.headings, prose, part) : assimilation;
    if (part) {
      this.lastRedetected = redetected;
      if (!context || !context.headings.length) return settled;
      return withoutUnsettledHeadings(withoutRepeatedHeadings(settled, context.headings, prose), context.headings, prose, part.until);
    }
    // the paragraphs no longer in the brief are kept until they outnumber those in it (an undone edit finds
    // its paragraph again), then swept; a brief of more paragraphs than the bound is not cached at all
    if (live > this.maxEntries) {
      this.cache.clear();
      this.entries = 0;
    } else if (this.entries > Math.max(2 * live, 64)) this.sweep(run);
    this.lastRedetected = redetected;
    return context && context.headings.length ? withoutRepeatedHeadings(settled, context.headings, prose) : settled;
  }
}

/** "does not challenge those rulings on appeal", "does not ask this Court to revisit either holding", "raises only the Booker issue". */
const RULINGS_NOT_CHALLENGED = /\b(?:does|do|did) not (?:challenge|contest|appeal|renew|press|pursue|ask (?:this|the) court to revisit)\s(?:either of |any of |the )?(?:those|these|either|both|that|this|the district court's|the court's) (?:rulings?|holdings?|denials?|decisions?|motions?)\b/i;

/**
 * The findings of an appellate brief's paragraphs above one that leaves their rulings unchallenged, in the same section
 * ("Before sentencing, trial counsel moved for downward departures on two grounds … The district court denied both motions
 * as foreclosed … ¶ Mr. Rosario does not challenge those rulings on appeal"): history the appeal does not argue (pr-036).
 */
function withoutRulingsLeft(findings: Finding[], headings: readonly Heading[], leftAt: readonly number[]): Finding[] {
  return findings.filter((f) => !leftAt.some((d) => d > f.start && headingIndexAt(headings, d) === headingIndexAt(headings, f.start)));
}

/**
 * A reason for returning told in a section that argues cultural assimilation is that departure's condition ("those ties
 * provided the primary motivation for the illegal reentry", USSG § 2L1.2 comment. (n.8) (2010–2015)), not a motive-for-
 * reentry ground: the reentry-motive rule's paragraph exclusion ("assimilat", "cultural ties") read over the section
 * (blind probe py, py-020: "*Motivation.* … He returned because Denver is home and his son had just been born", under a
 * section that quotes the assimilation note). The section: from the nearest heading above to the next heading, at most
 * `ASSIMILATION_SECTION` characters (a file of passages under one heading is no such section); a motive of harm — a
 * mother's cancer, a gang's threat — stays a motive ground beside the assimilation plea.
 */
export function withoutMotiveInAssimilationSection(findings: Finding[], headings: readonly Heading[], prose: string): Finding[] {
  if (!findings.some((f) => f.rule === "reentry-motive")) return findings;
  return findings.filter((f) => {
    if (f.rule !== "reentry-motive") return true;
    const i = headingIndexAt(headings, f.start);
    if (i < 0) return true;
    const end = nextHeadingStart(headings, i, prose.length);
    // (a section of a brief's length, and a reason of ties — home, family here — not of harm: a mother's cancer or a
    // gang's threat told beside an assimilation plea is a motive ground of its own)
    if (end - headings[i].start > ASSIMILATION_SECTION || HARM_MOTIVE.test(prose.slice(f.start, f.end))) return true;
    return !ASSIMILATION.test(prose.slice(headings[i].start, end));
  });
}
const ASSIMILATION = /\bassimilat|\bcultural ties\b/i;
const ASSIMILATION_SECTION = 8000;
const HARM_MOTIVE = /\b(?:fear\w*|threat\w*|afraid|fle(?:e|eing|d)|escap\w*|gangs?|violen\w*|persecut\w*|sick|ill|medical|cancer|dying|terminal|hospital\w*|surgery|funeral|death|died|kill\w*)\b/i;

/**
 * A note said once in a section is not said again on each paragraph of it (the same rule, severity and message, in a
 * filing that says what it is, under a heading: legal audits of session 35, px-043, pl-042 — one argument made over a
 * section's paragraphs); warnings stay on every paragraph that makes the argument. In the editor's part (`part`), a
 * note whose section begins before the part is held back: the section's first note may lie above it (a part's findings
 * stay a subset of the whole run's).
 */
export function oneNotePerSection(findings: Finding[], headings: readonly Heading[], prose: string, part?: { from: number }): Finding[] {
  if (findings.length < 2 && !part) return findings;
  const out: Finding[] = [];
  // a short filing with no heading at all — a letter, a pro se motion — is one section (legal audit 40a: qa-003's note said
  // on the request and again on three paragraphs of facts)
  const whole = headings.length === 0 && prose.length <= UNTITLED_SECTION;
  // the note a section keeps: its first; in a filing with no heading, the first that sits on a request, else its first (a
  // letter's facts come before its ask)
  // (each finding's section start and key, or undefined where the finding is not one note of a section)
  const sectioned = findings.map((f): { start: number; key: string } | undefined => {
    const i = headingIndexAt(headings, f.start);
    if ((i === -1 && !whole) || f.severity === "warning") return undefined;
    const start = i === -1 ? 0 : headings[i].start;
    // (a heading line's finding is left to withoutRepeatedHeadings, which drops it where its section has the rule's own)
    if (i !== -1 && f.start < start + headingLineLength(prose, start)) return undefined;
    return { start, key: `${start}\u0000${f.rule}\u0000${f.severity}\u0000${f.message}` };
  });
  const kept = new Map<string, Finding>();
  findings.forEach((f, n) => {
    const at = sectioned[n];
    if (!at) return;
    const first = kept.get(at.key);
    if (!first || (whole && f.trace?.stance === "requests relief" && first.trace?.stance !== "requests relief")) kept.set(at.key, f);
  });
  findings.forEach((f, n) => {
    const at = sectioned[n];
    if (!at) return void out.push(f);
    // (in the editor's part, a filing read as one section is held back whole: the note its full run keeps may lie past the part)
    if (part && (at.start < part.from || whole)) return;
    if (kept.get(at.key) === f) out.push(f);
  });
  return out;
}

/** The longest filing with no heading read as one section by `oneNotePerSection` (a letter or a motion, not a brief). */
const UNTITLED_SECTION = 20000;

function headingLineLength(prose: string, start: number): number {
  const end = prose.indexOf("\n", start);
  return (end === -1 ? prose.length : end) - start;
}

/**
 * The learned stage's post-sentencing-rehabilitation proposal in a filing whose cue stage reads rehabilitation as a
 * compassionate-release ground (an appeal from a denial: "The Court should vacate the order and remand for the district
 * court to consider Mr. Thacker's rehabilitation together with his other reasons", probe pr) is that ground again under
 * the wrong rule: dropped. In the editor's first part, where the cue finding may lie below, such a proposal in a filing
 * that names compassionate release is held back (a part's findings stay a subset of the whole run's).
 */
export function withoutLearnedTwin(findings: Finding[], crByCues: boolean, part: boolean, prose: string): Finding[] {
  const twin = (f: Finding) => f.rule === "post-sentencing-rehabilitation" && f.trace?.stage === "model";
  if (!findings.some(twin)) return findings;
  if (!crByCues && !(part && /compassionate[ -]release/i.test(prose))) return findings;
  return findings.filter((f) => !twin(f));
}

/**
 * A paragraph as a list reads it: whether it is a list item (its marker's kind: a bullet, or a number) or the lead-in
 * above a list (a paragraph ending in ":"), its findings, and — for an item — the item or lead-in right before it in the
 * same list (only blank lines between). An item whose finding of a rule is the one the item before (or the lead-in) has —
 * same severity, same message — is that argument continued ("In that time he has: ¶ - completed 46 courses … ¶ - worked as
 * a GED tutor …"): shown once, on the first. `unread`: outside the editor's first part, where the items after it are held
 * back (a part's findings stay a subset of the whole run's).
 */
interface ListRun {
  item: "bullet" | "number" | undefined;
  leadIn: boolean;
  /** The paragraph's findings by rule: severity and message (one finding per rule and paragraph). */
  rules: Map<RuleId, string>;
  /** Where the paragraph ends (in the prose). */
  end: number;
  prev?: ListRun;
  unread?: boolean;
}

/** `ListRun` of the paragraph `p`, after the paragraph before's (`before`); undefined for a paragraph that is neither an item nor a lead-in. */
function listRun(prose: string, p: { start: number; end: number }, before: ListRun | undefined): ListRun | undefined {
  const c = prose.charCodeAt(p.start);
  const item = (c === 45 || c === 42 || c === 43) && prose.charCodeAt(p.start + 1) === 32 ? "bullet" : c >= 48 && c <= 57 && /^\d{1,9}[.)] /.test(prose.slice(p.start, p.start + 11)) ? "number" : undefined;
  let e = p.end;
  while (e > p.start && prose.charCodeAt(e - 1) <= 32) e--;
  const leadIn = !item && prose.charCodeAt(e - 1) === 58;
  if (!item && !leadIn) return undefined;
  // the same list: only blank lines between this item and the one before, of the same kind, or the lead-in right above
  let prev: ListRun | undefined;
  if (item && before && (before.item === item || (before.leadIn && !before.item)) && /^\s*$/.test(prose.slice(before.end, p.start))) prev = before;
  return { item, leadIn, rules: new Map(), end: p.end, prev };
}

/**
 * The grounds of a compassionate-release motion other than rehabilitation that Heartland reads (the family's
 * circumstances, a change in the law below a mandatory minimum, COVID-19, innocence, a removal order's harsher terms).
 */
const OTHER_RELEASE_GROUNDS: ReadonlySet<RuleId> = new Set<RuleId>([
  "compassionate-release-family", "compassionate-release-mandatory-minimum", "compassionate-release-covid", "compassionate-release-innocence", "deportable-alien-status",
]);

/**
 * A compassionate-release motion that argues another extraordinary and compelling reason does not rest on rehabilitation
 * alone: its prison record (in the § 3553(a) or danger section, a release plan, the reason's support) is what 28 U.S.C.
 * § 994(t) and USSG § 1B1.13(d) allow "in combination with other circumstances", so the rehabilitation finding is dropped
 * — unless every other ground found is itself a warning (foreclosed or restricted where the brief is: innocence in the
 * Fifth Circuit, a change in the law in the Seventh): then the motion may rest on rehabilitation alone, and is told so.
 * Only in a filing that says it is such a motion (front matter, title or its words): a file of unrelated passages is
 * never one brief. `part`: the rest of the brief is unread, so whether another ground follows is unsettled — the
 * finding is held back until the whole brief is read (a part's findings stay a subset of the whole run's). `other`: a
 * paragraph argues such a ground at the law's level (`Cached.otherGround`) — a user's "off" or "warning" for the family
 * rule, or a suppression comment over its finding, hides that finding but does not make the motion rest on rehabilitation.
 */
export function withoutRehabilitationBesideAnotherGround(findings: Finding[], part: boolean, other: boolean): Finding[] {
  if (!findings.some((f) => f.rule === "compassionate-release-rehabilitation") || (!other && !part)) return findings;
  return findings.filter((f) => f.rule !== "compassionate-release-rehabilitation");
}

/**
 * In the government's own filing a ground the detector finds is the defence's, which the filing answers:
 * the law it states is the government's support, not a problem in the brief. The finding is information
 * (never the warning the defence would get), its citation's signal is turned ("See" for what cut against the
 * defence, "But see" for what supported it), and the way forward is the response's, not the defence's.
 */
export function forTheGovernment(f: Finding): Finding {
  // what cuts against the defence supports the government, and the reverse
  const butSee = /^(?:But see|Cf\.) /.test(f.butSee) ? f.butSee.replace(/^(?:But see|Cf\.) /, "See ") : f.butSee.replace(/^See /, "But see ");
  return {
    ...f,
    message: withoutMovantAdvice(f.message),
    severity: f.severity === "warning" ? "information" : f.severity,
    instead: "This is the defence's ground, which the government's filing answers: the authority above states the law on it (the quick fix cites it with See where it supports the response, But see where it cuts against it); check its date and circuit as the message gives them.",
    butSee,
  };
}

/**
 * Advice to the movant that a message may end with ("… Prove the incapacitation and that no one else is available to care.") —
 * not an undated brief's "The brief gives no date. Read as of the latest it names, …", which is the message itself (legal
 * audit 37b: pd-060, pd-010, pd-037, a government response's note cut to "The brief gives no date.").
 */
const MOVANT_ADVICE = /\. (?:Prove|Show|Fit the facts|Tie the request|Argue|Ask the|Read(?! as of)) /;

/** In a court's own order or opinion a ground the detector finds is the party's, on which the court rules: information, with no advice to the movant. */
export function forTheCourt(f: Finding): Finding {
  return {
    ...f,
    message: withoutMovantAdvice(f.message),
    severity: f.severity === "warning" ? "information" : f.severity,
    instead: "This is a court's own order or opinion, which rules on the party's ground: the authority above states the law on it as of the document's date; check its date and circuit as the message gives them.",
  };
}

/** A message without its closing advice to the movant: in the government's filing the way forward is the response's. */
export function withoutMovantAdvice(message: string): string {
  if (!message) return message;
  const cut = message.search(MOVANT_ADVICE);
  return cut === -1 ? message : message.slice(0, cut + 1);
}

/**
 * A heading over a section whose party says it does not argue the heading's ground ("III. His Prison Record" over "… he does
 * not ask the Court to treat his conduct in prison as a reason for release", probe pq) argues none: the heading's finding
 * of a rule is dropped where a paragraph of its section, before the next heading of its level or higher, disclaims that
 * rule. (In the editor's first part, a heading whose section reaches past the part is held back anyway,
 * `withoutUnsettledHeadings`: a part's findings stay a subset of the whole run's.)
 */
export function withoutDisclaimedHeadings(findings: Finding[], headings: readonly Heading[], prose: string, disclaimedAt: readonly { start: number; rules: ReadonlySet<RuleId> }[], dropped?: Set<number>): Finding[] {
  return withoutHeadingFindings(findings, headings, prose, (f, lineEnd, end) => disclaimedAt.some((d) => d.start >= lineEnd && d.start < end && d.rules.has(f.rule)), dropped);
}

/**
 * The findings without those on a heading's line that `drop` names, given the end of the heading's line and of its section
 * (the next heading of its level or higher); `dropped` gets the start of each heading that lost one.
 */
function withoutHeadingFindings(findings: Finding[], headings: readonly Heading[], prose: string, drop: (f: Finding, lineEnd: number, end: number) => boolean, dropped?: Set<number>): Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    let lineEnd = prose.indexOf("\n", h.start);
    if (lineEnd === -1) lineEnd = prose.length;
    const end = sectionEnd(headings, i, prose.length);
    for (const f of findings) {
      if (f.start < h.start || f.start >= lineEnd) continue;
      if (drop(f, lineEnd, end)) {
        (out ??= findings.slice()).splice(out.indexOf(f), 1);
        dropped?.add(h.start);
      }
    }
  }
  return out ?? findings;
}

/**
 * A heading that names the argument its section then makes ("### Her mother's illness" over the
 * paragraph that asks for release to care for her) is one argument: the heading's finding is dropped
 * where the text under it, before the next heading of its level or higher, has a finding of the same
 * rule. A heading that alone states the argument keeps its finding. `findings` in order of place.
 */
export function withoutRepeatedHeadings(findings: Finding[], headings: readonly Heading[], prose: string): Finding[] {
  return withoutHeadingFindings(findings, headings, prose, (f, lineEnd, end) => findings.some((g) => g.rule === f.rule && g.start >= lineEnd && g.start < end));
}

/** The findings on heading lines whose section (to the next heading of its level or higher) reaches past `until`. */
function withoutUnsettledHeadings(findings: Finding[], headings: readonly Heading[], prose: string, until: number): Finding[] {
  return findings.filter((f) => {
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i];
      let lineEnd = prose.indexOf("\n", h.start);
      if (lineEnd === -1) lineEnd = prose.length;
      if (f.start < h.start || f.start >= lineEnd) continue;
      if (sectionEnd(headings, i, prose.length) > until) return false;
    }
    return true;
  });
}

export function analyzeBrief(text: string, settings: AnalysisSettings, map?: ProseMap, options: { learned?: boolean } = {}): Finding[] {
  return new BriefAnalyzer(20000, options.learned ?? true).analyze(text, settings, map);
}

/** The features, cue-stage findings and evidence of one passage, as the trainer (`bench/train.mjs`) sees them. */
export function passageFeatures(para: string, ctx: ReadingContext = {}): { features: string[]; detected: RuleId[]; evidence: ParagraphEvidence } {
  const { detections, evidence: ev } = readParagraph(para, 0, para.length, ctx);
  const evidence = ev!;
  const detected = new Set(detections.map((d) => d.rule));
  return { features: [...paragraphFeatures(para, evidence, detected, ctx)], detected: [...detected], evidence };
}
