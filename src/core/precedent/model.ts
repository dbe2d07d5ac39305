/**
 * The learned stage: a regularised linear model (one logistic regression per rule), or a network with
 * one hidden layer of ReLU units shared by every rule, over the words of a paragraph and what the cue
 * stages saw in it. Trained offline on the train split of the real
 * corpus (`bench/train.mjs`), shipped as data (`src/data/argument-model.json`), explained by the
 * features that raised its score. It never decides alone: it proposes a rule only where the
 * paragraph names that rule's topic, and the trace names the words it weighed.
 */
import { z } from "zod";
import modelData from "../../data/argument-model.json";
import { textFeatures, tokensOf, canon, isStopWord } from "./features";
import { validatedJson } from "../validatedJson";
import type { ParagraphEvidence } from "./detect";
import type { RuleId } from "./types";

export const ArgumentModelSchema = z.object({
  version: z.literal(1),
  /** What it was trained on and how (for the record). */
  trainedOn: z.object({ files: z.array(z.string()), passages: z.number().int(), l2: z.number(), epochs: z.number().int(), date: z.string() }),
  labels: z.array(z.string()),
  bias: z.array(z.number()),
  /** Minimum probability per rule to propose it. */
  thresholds: z.record(z.string(), z.number().min(0).max(1)),
  /** A cue-stage finding whose probability is below this is dropped (the model disagrees strongly). */
  veto: z.number().min(0).max(1),
  /** How much topic evidence a proposal needs: all but one part of the topic named, or any topic word. */
  evidence: z.enum(["topic", "mention"]),
  /** Where the model may add a rule: only where the cue stage found nothing ("empty"), or anywhere ("any"). */
  fill: z.enum(["empty", "any"]),
  /** Whether a proposal needs a party's voice in the cue stage's evidence. */
  stance: z.boolean(),
  /** Where `stance` is false: how much more probable than its threshold a rule must be where no party's voice is in the paragraph. */
  unvoiced: z.number().min(0).max(1).optional(),
  /** How much more probable than its threshold a compassionate-release ground must be where the paragraph names no such motion (absent: never proposed there). */
  offVehicle: z.number().min(0).max(1).optional(),
  /** At most this many proposals per paragraph, most probable first. */
  maxProposals: z.number().int().min(0),
  /**
   * A network mixed in: one hidden layer of ReLU units shared by every rule, over the same features.
   * A rule's logit is (1 − mix) × the linear model's + mix × the network's (its `outBias` plus the
   * weighted sum, `out[label][unit]`, of the units that are positive). `weights`: feature → its weight
   * into each unit, as base64 of one signed byte per unit, times `scale`.
   */
  hidden: z
    .object({
      mix: z.number().min(0).max(1),
      bias: z.array(z.number()),
      out: z.array(z.array(z.number())),
      outBias: z.array(z.number()),
      scale: z.number().positive(),
      weights: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
    })
    .optional(),
  /** feature → [[label index, weight], …] (weights below the pruning threshold dropped). */
  weights: z.record(z.string(), z.array(z.tuple([z.number().int().min(0), z.number()]))),
});
export type ArgumentModel = z.infer<typeof ArgumentModelSchema>;

/** Validated by the build (src/core/dataValidation.ts) and the unit tests, not at activation. */
export const MODEL: ArgumentModel = validatedJson(ArgumentModelSchema, modelData);

/** The context a paragraph is read in (from the brief: front matter, title, headings). */
export interface ReadingContext {
  /** The paragraph sits in a compassionate-release motion or under such a heading. */
  compassionate?: boolean;
  /** The brief is a party's filing whose author is the default speaker ("defense" or "government"). */
  author?: "defense" | "government";
  /** A motion after sentence other than compassionate release (Rule 35, § 2255, § 3582(c)(2), resentencing). */
  postSentence?: boolean;
  /** The brief says it is a filing at (re)sentencing or another motion, not a compassionate-release motion. */
  notCompassionate?: boolean;
}

/** Every feature of a paragraph: its words and pairs, and the stages' evidence. */
export function paragraphFeatures(text: string, ev: ParagraphEvidence, detected: ReadonlySet<RuleId>, ctx: ReadingContext = {}): Set<string> {
  const f = textFeatures(text);
  for (const x of evidenceFeatures(ev, detected, ctx)) f.add(x);
  return f;
}

/** The features of the stages' evidence and the brief's context, in the order `paragraphFeatures` adds them. */
function evidenceFeatures(ev: ParagraphEvidence, detected: ReadonlySet<RuleId>, ctx: ReadingContext): string[] {
  const f: string[] = [];
  for (const [rule, kind] of ev.topics) {
    f.push("t:" + rule + ":" + kind);
    if (ev.partyArgues) f.push("tp:" + rule);
    if (ev.holding) f.push("th:" + rule);
    if (ev.government) f.push("tg:" + rule);
  }
  for (const rule of ev.excluded) f.push("x:" + rule);
  for (const rule of detected) f.push("d:" + rule);
  if (ev.partyArgues) f.push("s:party");
  if (ev.motion) f.push("s:motion");
  if (ev.request) f.push("s:request");
  if (ev.holding) f.push("s:holding");
  if (ev.grant) f.push("s:grant");
  if (ev.denied) f.push("s:denied");
  if (ev.government) f.push("s:government");
  if (ev.generic) f.push("s:generic");
  if (ev.compassionate || ctx.compassionate) f.push("s:compassionate");
  if (ev.departure) f.push("s:departure");
  if (ev.variance) f.push("s:variance");
  if (ctx.author) f.push("c:" + ctx.author);
  if (ctx.postSentence) f.push("c:post-sentence");
  return f;
}

export interface Score {
  rule: RuleId;
  probability: number;
  threshold: number;
  /** The features that raised the score most, strongest first (for the trace). */
  because: { feature: string; weight: number }[];
}

/**
 * The weights as a Map (built once per model): feature → [[slot, weight], …], where slots 0 … L−1 are
 * the labels of the linear model and L + k is the network's unit k (its bytes decoded).
 */
const MAPS = new WeakMap<ArgumentModel, Map<string, [number, number][]>>();
function weightMap(model: ArgumentModel): Map<string, [number, number][]> {
  let m = MAPS.get(model);
  if (!m) {
    m = new Map(Object.entries(model.weights));
    const hd = model.hidden;
    const L = model.labels.length;
    if (hd)
      for (const [f, b64] of Object.entries(hd.weights)) {
        const units = unitWeights(b64, hd.scale).map(([k, w]): [number, number] => [L + k, w]);
        m.set(f, [...(m.get(f) ?? []), ...units]);
      }
    MAPS.set(model, m);
  }
  return m;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** A feature's weights into the hidden units, from base64 signed bytes: the units whose byte is not 0. */
export function unitWeights(b64: string, scale: number): [number, number][] {
  const out: [number, number][] = [];
  let bits = 0, nbits = 0, unit = 0;
  for (let i = 0; i < b64.length && b64[i] !== "="; i++) {
    bits = (bits << 6) | BASE64.indexOf(b64[i]);
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      const byte = (bits >> nbits) & 0xff;
      if (byte !== 0) out.push([unit, (byte > 127 ? byte - 256 : byte) * scale]);
      unit++;
    }
  }
  return out;
}

/**
 * Probability per rule the model knows. `explain` lists the rules whose strongest features the
 * trace needs (sorting them costs; most rules need none).
 */
export function scoreFeatures(features: ReadonlySet<string>, model: ArgumentModel = MODEL, explain?: (rule: RuleId, probability: number) => boolean): Score[] {
  const sums = firstSums(model);
  const weights = weightMap(model);
  const hit: Weighted[] = [];
  for (const f of features) {
    const ws = weights.get(f);
    if (!ws) continue;
    for (const [l, w] of ws) sums[l] += w;
    if (explain) hit.push({ feature: f, ws });
  }
  return scoresOf(model, sums, hit, explain);
}

/** A weighted feature of the model: its name and its weights. */
interface Weighted {
  feature: string;
  ws: [number, number][];
}

/**
 * The weights indexed for scoring a paragraph without naming its features. Each weighted feature
 * has a number f; its weights are `label[k]`, `weight[k]` for k in [start[f], start[f + 1]) (flat
 * typed arrays: the weights of a paragraph's features are read from a few cache lines, not from
 * thousands of small arrays). Each word of the model's word and pair features has a number too:
 * word → feature by word number (`words`, −1: none), pair → feature by (first × vocabulary size +
 * second), any other feature name → feature. Built once per model.
 */
interface WeightIndex {
  vocabulary: Map<string, number>;
  words: Int32Array;
  pairs: Map<number, number>;
  other: Map<string, number>;
  start: Int32Array;
  label: Int32Array;
  weight: Float64Array;
  /** Per feature, the number of the last scoring that counted it. */
  mark: Float64Array;
  /** Per feature, its name and weights (for the trace). */
  weighted: Weighted[];
}
const INDEXES = new WeakMap<ArgumentModel, WeightIndex>();
function weightIndex(model: ArgumentModel): WeightIndex {
  let ix = INDEXES.get(model);
  if (ix) return ix;
  const vocabulary = new Map<string, number>();
  const id = (w: string) => {
    let n = vocabulary.get(w);
    if (n === undefined) vocabulary.set(w, (n = vocabulary.size));
    return n;
  };
  const entries = [...weightMap(model)];
  const weighted: Weighted[] = [];
  let total = 0;
  for (const [feature, ws] of entries) {
    weighted.push({ feature, ws });
    total += ws.length;
  }
  const start = new Int32Array(weighted.length + 1);
  const label = new Int32Array(total);
  const weight = new Float64Array(total);
  const wordOf = new Map<number, number>();
  const pairList: [string, string, number][] = [];
  const other = new Map<string, number>();
  let k = 0;
  for (let f = 0; f < weighted.length; f++) {
    const { feature, ws } = weighted[f];
    start[f] = k;
    for (const [l, w] of ws) {
      label[k] = l;
      weight[k] = w;
      k++;
    }
    const space = feature.startsWith("b:") ? feature.indexOf(" ", 2) : -1;
    if (feature.startsWith("w:")) wordOf.set(id(feature.slice(2)), f);
    else if (space !== -1) {
      const a = feature.slice(2, space);
      const b = feature.slice(space + 1);
      id(a);
      id(b);
      pairList.push([a, b, f]);
    } else other.set(feature, f);
  }
  start[weighted.length] = k;
  const v = vocabulary.size;
  const words = new Int32Array(v).fill(-1);
  for (const [w, f] of wordOf) words[w] = f;
  const pairs = new Map<number, number>();
  for (const [a, b, f] of pairList) pairs.set(vocabulary.get(a)! * v + vocabulary.get(b)!, f);
  ix = { vocabulary, words, pairs, other, start, label, weight, mark: new Float64Array(weighted.length), weighted };
  INDEXES.set(model, ix);
  return ix;
}

/**
 * `scoreFeatures(paragraphFeatures(text, ev, detected, ctx), model, explain)`, without building the
 * feature names: the same features, met in the same order (so the same sums, to the last bit).
 */
export function scoreParagraph(
  text: string,
  ev: ParagraphEvidence,
  detected: ReadonlySet<RuleId>,
  ctx: ReadingContext = {},
  model: ArgumentModel = MODEL,
  explain?: (rule: RuleId, probability: number) => boolean,
): Score[] {
  const ix = weightIndex(model);
  const sums = firstSums(model);
  // a feature counts once (presence): each weighted feature has one entry, marked with this scoring's number
  const scoring = ++SCORINGS;
  const hit: Weighted[] | undefined = explain ? [] : undefined;
  const toks = tokensOf(text);
  const v = ix.vocabulary.size;
  let id = -1;
  for (let i = 0; i < toks.length; i++) {
    const w = i === 0 ? canon(toks[0]) : toks[i];
    // the id of this word (the next one's, computed for the pair before)
    if (i === 0) id = ix.vocabulary.get(w) ?? -1;
    if (id !== -1 && !isStopWord(w)) count(ix, ix.words[id], scoring, sums, hit);
    if (i + 1 < toks.length) {
      const nextWord = (toks[i + 1] = canon(toks[i + 1]));
      const nextId = ix.vocabulary.get(nextWord) ?? -1;
      if (id !== -1 && nextId !== -1) count(ix, ix.pairs.get(id * v + nextId) ?? -1, scoring, sums, hit);
      id = nextId;
    }
  }
  for (const f of evidenceFeatures(ev, detected, ctx)) count(ix, ix.other.get(f) ?? -1, scoring, sums, hit);
  return scoresOf(model, sums, hit ?? [], explain);
}

/** Scorings so far (a weighted feature's `mark` is the number of the last one that counted it). */
let SCORINGS = 0;

/** Count feature `f` (−1: none) once per scoring: its weights into `sums`, in the model's order. */
function count(ix: WeightIndex, f: number, scoring: number, sums: number[], hit: Weighted[] | undefined): void {
  if (f < 0 || ix.mark[f] === scoring) return;
  ix.mark[f] = scoring;
  const end = ix.start[f + 1];
  for (let k = ix.start[f]; k < end; k++) sums[ix.label[k]] += ix.weight[k];
  if (hit) hit.push(ix.weighted[f]);
}

/** What the features' weights are summed into (slots as in `weightMap`): the labels' biases, then the units'. */
function firstSums(model: ArgumentModel): number[] {
  return model.hidden ? [...model.bias, ...model.hidden.bias] : model.bias.slice();
}

/** The labels' logits from the sums: the linear model's, mixed with the network's where there is one. */
function logitsOf(model: ArgumentModel, sums: number[]): number[] {
  const hd = model.hidden;
  const L = model.labels.length;
  if (!hd) return sums;
  const logits: number[] = [];
  for (let l = 0; l < L; l++) {
    const o = hd.out[l];
    let t = hd.outBias[l];
    for (let k = 0; k < o.length; k++) if (sums[L + k] > 0) t += o[k] * sums[L + k];
    logits.push((1 - hd.mix) * sums[l] + hd.mix * t);
  }
  return logits;
}

/**
 * What one feature adds to label `l`'s logit: its weight for the label, plus (with a network) its
 * weights into the units that are active times their weights for the label, each part times its share.
 * With the active units fixed the network is linear, so these parts and the biases sum to the logit.
 */
function contribution(model: ArgumentModel, ws: [number, number][], l: number, sums: number[]): number {
  const hd = model.hidden;
  const L = model.labels.length;
  let c = 0;
  for (let k = 0; k < ws.length; k++) {
    const [i, w] = ws[k];
    if (i < L) c += i === l ? (hd ? 1 - hd.mix : 1) * w : 0;
    else if (hd && sums[i] > 0) c += hd.mix * w * hd.out[l][i - L];
  }
  return c;
}

function scoresOf(model: ArgumentModel, sums: number[], hit: Weighted[], explain?: (rule: RuleId, probability: number) => boolean): Score[] {
  const out: Score[] = [];
  const logits = logitsOf(model, sums);
  for (let l = 0; l < model.labels.length; l++) {
    const rule = model.labels[l] as RuleId;
    const probability = 1 / (1 + Math.exp(-logits[l]));
    let because: { feature: string; weight: number }[] = [];
    if (explain && explain(rule, probability)) {
      for (let h = 0; h < hit.length; h++) {
        const weight = Math.round(contribution(model, hit[h].ws, l, sums) * 1000) / 1000;
        if (weight > 0) because.push({ feature: hit[h].feature, weight });
      }
      because = because.sort((a, b) => b.weight - a.weight).slice(0, 5);
    }
    out.push({ rule, probability, threshold: model.thresholds[rule] ?? 1, because });
  }
  return out;
}

/** A feature name in words, for the trace ("b:fast track" → "fast track"; "t:…:complete" → "topic named"). */
export function describeFeature(f: string): string {
  const colon = f.indexOf(":");
  const kind = f.slice(0, colon);
  const rest = f.slice(colon + 1);
  switch (kind) {
    case "w": case "b": return `"${rest}"`;
    case "t": return `topic of ${rest.replace(/:(complete|partial)$/, "")} (${rest.endsWith("complete") ? "named in one sentence" : "named across the paragraph"})`;
    case "tp": return "a party argues, on this topic";
    case "th": return "a holding, on this topic";
    case "tg": return "the government speaks, on this topic";
    case "d": return "the cue stage's finding";
    case "s": return `stance: ${rest}`;
    case "c": return `context: ${rest}`;
    case "x": return `another ground (${rest})`;
    default: return f;
  }
}
