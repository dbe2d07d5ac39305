/**
 * The learned stage: a regularised linear model (one logistic regression per rule), mixed with a
 * network of one hidden layer of ReLU units shared by every rule, over the words of a paragraph and
 * what the cue stages saw in it. Trained offline on the train split of the real
 * corpus (`bench/train.mjs`), shipped as data (`src/data/argument-model.json`), explained by the
 * features that raised its score. It never decides alone: it proposes a rule only where the
 * paragraph names that rule's topic, and the trace names the words it weighed.
 */
import modelData from "../../data/argument-model.json";
import { textFeatures, isStopWord } from "./features";
import { validatedJson } from "../validatedJson";
import type { ArgumentModel, ArgumentModelSchema } from "./modelSchema";
import type { ParagraphContext, ParagraphEvidence } from "./detect";
import type { RuleId } from "./types";

export type { ArgumentModel } from "./modelSchema";

/** Validated by the build (src/core/dataValidation.ts) and the unit tests, not at activation. */
export const MODEL: ArgumentModel = validatedJson<typeof ArgumentModelSchema>(modelData);

/**
 * The context a paragraph is read in (from the brief: front matter, title, headings): what the cue stage reads
 * (`ParagraphContext`: the vehicle, the author, a motion after sentence, a § 2255 motion, the headings, the paragraph
 * before), and what the learned stage and the judgement read besides.
 */
export interface ReadingContext extends ParagraphContext {
  /** A motion after sentence other than compassionate release (Rule 35, § 2255, § 3582(c)(2), resentencing). */
  postSentence?: boolean;
  /** The brief says it is a filing at (re)sentencing or another motion, not a compassionate-release motion. */
  notCompassionate?: boolean;
  /**
   * The brief says it is a filing at the original sentencing (a sentencing memorandum, objections to the
   * presentence report): no sentence has been imposed, so a ground that exists only after one (rehabilitation
   * since the sentence, a motion to reduce it) is not what its paragraph argues.
   */
  originalSentencing?: boolean;
  /**
   * The relief the paragraph's section asks by its words, where one of them names one kind only — the headings over it,
   * innermost first, then the brief's title ("Defendant's Sentencing Memorandum and Request for Variance").
   */
  sectionFraming?: "departure" | "variance";
  /** …else what the section's own text asks, where it names one kind only ("The Court should vary downward"): read only where the paragraph names neither. */
  bodyFraming?: "departure" | "variance";
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

/**
 * Does the learned stage know a word (a `w:` feature of its vocabulary)? Words it never saw — a provision that came after
 * its training, "§ 3F1.1" of the Nov. 2025 Manual — it cannot weigh, so its doubt of a cue finding they name is no doubt.
 */
export function modelKnowsWord(word: string, model: ArgumentModel = MODEL): boolean {
  return Object.prototype.hasOwnProperty.call(model.weights, `w:${word}`);
}

export interface Score {
  rule: RuleId;
  probability: number;
  threshold: number;
  /** The features that raised the score most, strongest first (for the trace). */
  because: { feature: string; weight: number }[];
}

/**
 * Probability per rule the model knows. `explain` lists the rules whose strongest features the
 * trace needs (sorting them costs; most rules need none).
 */
export function scoreFeatures(features: ReadonlySet<string>, model: ArgumentModel = MODEL, explain?: (rule: RuleId, probability: number) => boolean): Score[] {
  const ix = weightIndex(model);
  const sums = firstSums(model);
  const scoring = ++SCORINGS;
  const hit: number[] | undefined = explain ? [] : undefined;
  const byName = (ix.byName ??= new Map(ix.features.map((f, i) => [f, i])));
  for (const f of features) count(ix, byName.get(f) ?? -1, scoring, sums, hit);
  return scoresOf(model, ix, sums, hit ?? [], explain);
}

/**
 * The weights as four flat lists: `features` in the model file's order, and for feature f its
 * slots `label[k]` and weights `weight[k]` for k in [start[f], start[f + 1]). Slots 0 … L−1 are the
 * linear model's labels; with a network mixed in, slot L + k is its unit k (the features' bytes
 * decoded and appended to each feature's run, features the linear model lacks after the others). The build packs the
 * shipped model this way (esbuild.js, `packedModel`, as `packedWeights` beside `weights`), so that
 * loading it builds four arrays rather than thousands of keys and small arrays; any other model
 * (a test's) is packed here from its `weights`, with the same result.
 */
export interface PackedWeights {
  features: string[];
  start: ArrayLike<number>;
  label: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** The model's weights, packed (by the build, or here from `weights`, in the same order). */
export function packedWeights(model: ArgumentModel): PackedWeights {
  const linear = linearWeights(model);
  return model.hidden ? withUnits(linear, model) : linear;
}

/** The linear model's weights, packed (by the build, or here from `weights`). */
function linearWeights(model: ArgumentModel): PackedWeights {
  return (model as ArgumentModel & { packedWeights?: PackedWeights }).packedWeights ?? packedLinear(model);
}

/** The linear model's weights, packed from `weights`. */
function packedLinear(model: ArgumentModel): PackedWeights {
  const features = Object.keys(model.weights);
  const start: number[] = [];
  const label: number[] = [];
  const weight: number[] = [];
  for (const f of features) {
    start.push(label.length);
    for (const [l, w] of model.weights[f]) {
      label.push(l);
      weight.push(w);
    }
  }
  start.push(label.length);
  return { features, start, label, weight };
}

/** The linear model's packed weights with the network's unit weights appended (slots L + unit, bytes not 0). */
function withUnits(linear: PackedWeights, model: ArgumentModel): PackedWeights {
  const hd = model.hidden!;
  const L = model.labels.length;
  const units = hd.bias.length;
  const bytesOf = new Map(Object.entries(hd.weights));
  const known = new Set(linear.features);
  const features = [...linear.features];
  for (const f of bytesOf.keys()) if (!known.has(f)) features.push(f);
  // at most one entry per unit and feature beside the linear ones
  const size = linear.label.length + bytesOf.size * units;
  const start = new Int32Array(features.length + 1);
  const label = new Int32Array(size);
  const weight = new Float64Array(size);
  const bytes = new Int8Array(units);
  let n = 0;
  for (let i = 0; i < features.length; i++) {
    start[i] = n;
    if (i < linear.features.length)
      for (let k = linear.start[i]; k < linear.start[i + 1]; k++, n++) {
        label[n] = linear.label[k];
        weight[n] = linear.weight[k];
      }
    const b64 = bytesOf.get(features[i]);
    if (b64 === undefined) continue;
    decodeBytes(b64, bytes);
    for (let u = 0; u < units; u++)
      if (bytes[u] !== 0) {
        label[n] = L + u;
        weight[n] = bytes[u] * hd.scale;
        n++;
      }
  }
  start[features.length] = n;
  return { features, start, label: label.subarray(0, n), weight: weight.subarray(0, n) };
}

/** Base64 digit → its value (−1: not a digit). */
const DIGIT = (() => {
  const t = new Int8Array(128).fill(-1);
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < abc.length; i++) t[abc.charCodeAt(i)] = i;
  return t;
})();

/** Decode base64 into `into` (signed bytes; as many as it holds or the text gives), zero-filling the rest. */
function decodeBytes(b64: string, into: Int8Array): void {
  decodeBytesAt(b64, into, 0, into.length);
}

/** Decode base64 into `into[at … at + length)` (signed bytes; as many as fit or the text gives), zero-filling the rest of it. */
function decodeBytesAt(b64: string, into: Int8Array, at: number, length: number): void {
  const end = at + length;
  let bits = 0, nbits = 0, n = at;
  for (let i = 0; i < b64.length && n < end; i++) {
    const d = DIGIT[b64.charCodeAt(i) & 127];
    if (d < 0) break;
    bits = ((bits << 6) | d) & 0xffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      into[n++] = (bits >> nbits) & 0xff;
    }
  }
  into.fill(0, n, end);
}

/** A feature's weights into the network's units, from base64 signed bytes: [unit, byte × scale] where the byte is not 0. */
export function unitWeights(b64: string, scale: number): [number, number][] {
  let digits = b64.length;
  while (digits > 0 && b64[digits - 1] === "=") digits--;
  const bytes = new Int8Array(Math.floor((digits * 6) / 8));
  decodeBytes(b64, bytes);
  const out: [number, number][] = [];
  bytes.forEach((b, u) => {
    if (b !== 0) out.push([u, b * scale]);
  });
  return out;
}

/**
 * The weights indexed for scoring a paragraph without naming its features. Each weighted feature
 * has a number f (its place in `PackedWeights`); its linear weights are `label[k]`, `weight[k]` for k in
 * [start[f], start[f + 1]) (flat typed arrays: the weights of a paragraph's features are read from a
 * few cache lines, not from thousands of small arrays), and with a network its weights into the units
 * are the bytes `unitBytes[f × units + u]` times `scale` (the model file's own numbers, decoded once:
 * 32 bytes a feature rather than 12 bytes per unit in `PackedWeights`, which a paragraph's ~60
 * features read from memory, and no packing of them at load). Each word of the model's word and pair
 * features has a number too: word → feature by word number (`words`, −1: none, and for a stop word), pair → feature by
 * (first × vocabulary size + second), any other feature name → feature. Built once per model.
 */
interface WeightIndex {
  vocabulary: Map<string, number>;
  words: Int32Array;
  pairs: Map<number, number>;
  other: Map<string, number>;
  start: Int32Array;
  label: Int32Array;
  weight: Float64Array;
  /** The network's units (0: no network), the labels (the units' slots in the sums follow theirs), the bytes' scale. */
  units: number;
  labels: number;
  scale: number;
  unitBytes: Int8Array;
  /** Per feature, the number of the last scoring that counted it. */
  mark: Float64Array;
  features: string[];
  /** Feature name → its number (made when first asked for: only the plain scorer, `scoreFeatures`, asks). */
  byName?: Map<string, number>;
  /**
   * The vocabulary as a trie over characters, walked while the paragraph is tokenised (`scoreInto`), so no token is cut
   * out as a string and hashed: (node, character) → child in an open-addressed table (`trieNode`, `trieChar`,
   * `trieChild`, −1: empty; `trieBits` of slots), the word number a node ends (`nodeWord`, −1: none; node 0 is the
   * root), and the numbers of "#num", "#year" and "§" (−1: not in the vocabulary).
   */
  trieNode: Int32Array;
  trieChar: Int32Array;
  trieChild: Int32Array;
  trieBits: number;
  nodeWord: Int32Array;
  numWord: number;
  yearWord: number;
  sectionWord: number;
  /** `pairs` as an open-addressed table: key (first × vocabulary size + second) → feature (`pairKey` −1: empty). */
  pairKey: Int32Array;
  pairFeature: Int32Array;
  pairBits: number;
}

/**
 * The characters of a token (`tokensOf`), by UTF-16 code: 1 for a letter or digit — a-z, 0-9, and any character past
 * 191 but the dashes, curly quotes and "§" — else 0. One read per character instead of up to nine comparisons.
 */
const TOKEN_CHAR = (() => {
  const t = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 97; c <= 122; c++) t[c] = 1;
  t.fill(1, 192);
  for (const c of [0x2014, 0x2013, 0x2019, 0x2018, 0x201c, 0x201d, 0xa7]) t[c] = 0;
  return t;
})();

/** The slot of a key in an open-addressed table of 2^bits slots (Fibonacci hashing). */
function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/** The slot of (node, character) in the vocabulary trie's table. */
function trieSlot(node: number, c: number, bits: number): number {
  return Math.imul(Math.imul(node, 0x01000193) ^ c, 0x9e3779b1) >>> (32 - bits);
}

/** The least number of bits whose table holds `n` keys at most half full (at least 4). */
function tableBits(n: number): number {
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  return bits;
}

/** The trie of the vocabulary's words (see `WeightIndex`). */
function vocabularyTrie(vocabulary: Map<string, number>): Pick<WeightIndex, "trieNode" | "trieChar" | "trieChild" | "trieBits" | "nodeWord"> {
  let chars = 0;
  for (const w of vocabulary.keys()) chars += w.length;
  const bits = tableBits(chars);
  const trieNode = new Int32Array(1 << bits).fill(-1);
  const trieChar = new Int32Array(1 << bits);
  const trieChild = new Int32Array(1 << bits);
  const nodeWord = new Int32Array(chars + 1).fill(-1);
  const mask = (1 << bits) - 1;
  let nodes = 1;
  for (const [w, id] of vocabulary) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let slot = trieSlot(node, c, bits);
      while (trieNode[slot] !== -1 && !(trieNode[slot] === node && trieChar[slot] === c)) slot = (slot + 1) & mask;
      if (trieNode[slot] === -1) {
        trieNode[slot] = node;
        trieChar[slot] = c;
        trieChild[slot] = nodes++;
      }
      node = trieChild[slot];
    }
    nodeWord[node] = id;
  }
  return { trieNode, trieChar, trieChild, trieBits: bits, nodeWord };
}
const INDEXES = new WeakMap<ArgumentModel, WeightIndex>();
function weightIndex(model: ArgumentModel): WeightIndex {
  let ix = INDEXES.get(model);
  if (ix) return ix;
  const packed = linearWeights(model);
  const hd = model.hidden;
  // the features: the linear model's, then those only the network weighs (as `withUnits` orders them)
  let features = packed.features;
  const unitsOf = hd ? new Map(Object.entries(hd.weights)) : undefined;
  if (unitsOf) {
    const known = new Set(features);
    for (const f of unitsOf.keys()) if (!known.has(f)) (features === packed.features ? (features = [...features]) : features).push(f);
  }
  const n = features.length;
  const units = hd ? hd.bias.length : 0;
  const unitBytes = new Int8Array(n * units);
  if (unitsOf)
    for (let f = 0; f < n; f++) {
      const b64 = unitsOf.get(features[f]);
      if (b64 !== undefined) decodeBytesAt(b64, unitBytes, f * units, units);
    }
  // the linear runs, with an empty run for each feature only the network weighs
  const linearCount = packed.features.length;
  const start = new Int32Array(n + 1);
  for (let f = 0; f <= n; f++) start[f] = packed.start[Math.min(f, linearCount)];
  const vocabulary = new Map<string, number>();
  const id = (w: string) => {
    let v = vocabulary.get(w);
    if (v === undefined) vocabulary.set(w, (v = vocabulary.size));
    return v;
  };
  const wordOf: number[] = [];
  const pairList: number[] = [];
  const other = new Map<string, number>();
  for (let f = 0; f < n; f++) {
    const feature = features[f];
    if (feature.startsWith("w:")) {
      // a stop word is never a feature of its own (`textFeatures`): the scorer reads words[id] without asking
      if (!isStopWord(feature.slice(2))) wordOf.push(id(feature.slice(2)), f);
      continue;
    }
    const space = feature.startsWith("b:") ? feature.indexOf(" ", 2) : -1;
    if (space !== -1) pairList.push(id(feature.slice(2, space)), id(feature.slice(space + 1)), f);
    else other.set(feature, f);
  }
  const v = vocabulary.size;
  const words = new Int32Array(v).fill(-1);
  for (let i = 0; i < wordOf.length; i += 2) words[wordOf[i]] = wordOf[i + 1];
  const pairs = new Map<number, number>();
  for (let i = 0; i < pairList.length; i += 3) pairs.set(pairList[i] * v + pairList[i + 1], pairList[i + 2]);
  const pairBits = tableBits(pairs.size);
  const pairKey = new Int32Array(1 << pairBits).fill(-1);
  const pairFeature = new Int32Array(1 << pairBits);
  for (const [key, f] of pairs) {
    let slot = slotOf(key, pairBits);
    while (pairKey[slot] !== -1) slot = (slot + 1) & ((1 << pairBits) - 1);
    pairKey[slot] = key;
    pairFeature[slot] = f;
  }
  ix = {
    vocabulary,
    words,
    pairs,
    other,
    start,
    label: Int32Array.from(packed.label),
    weight: Float64Array.from(packed.weight),
    units,
    labels: model.labels.length,
    scale: hd ? hd.scale : 0,
    unitBytes,
    mark: new Float64Array(n),
    features,
    ...vocabularyTrie(vocabulary),
    numWord: vocabulary.get("#num") ?? -1,
    yearWord: vocabulary.get("#year") ?? -1,
    sectionWord: vocabulary.get("§") ?? -1,
    pairKey,
    pairFeature,
    pairBits,
  };
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
  // the numbers of the features counted, in order (kept only when a rule may be explained)
  const hit: number[] | undefined = explain ? [] : undefined;
  scoreInto(text, ev, detected, ctx, ix, sums, hit);
  return scoresOf(model, ix, sums, hit ?? [], explain);
}

/** Count the paragraph's features into `sums` (and their numbers into `hit`, in order, if given). */
function scoreInto(text: string, ev: ParagraphEvidence, detected: ReadonlySet<RuleId>, ctx: ReadingContext, ix: WeightIndex, sums: number[], hit: number[] | undefined): void {
  // a feature counts once (presence): each weighted feature has one entry, marked with this scoring's number
  const scoring = ++SCORINGS;
  // The tokens of `tokensOf(text)`, each mapped by `canon` and looked up in the vocabulary, read in one pass: each token's
  // word number (−1: not in the vocabulary) found by walking the vocabulary's trie as its characters are read (no string
  // cut out and hashed per token). Then, as before, token by token: its pair with the token before, then its word feature
  // — the order the features were counted in when the tokens were a list (word, pair with the next, next word, …).
  // (the index's fields read once here, where every paragraph passes: read in the branch of a five-digit number or the
  // first character past ASCII, they deoptimised scoreInto for want of feedback, once each)
  const { words, trieNode, trieChar, trieChild, trieBits, nodeWord, numWord, yearWord, sectionWord } = ix;
  const tokenChar = TOKEN_CHAR;
  const mask = (1 << trieBits) - 1;
  const v = ix.vocabulary.size;
  const t = text.toLowerCase();
  let prev = -1;
  let from = -1;
  let node = 0;
  let digits = true;
  for (let i = 0; i <= t.length; i++) {
    // (one step past the end: a non-word character, which ends the last token)
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if (tokenChar[c] === 1) {
      if (from === -1) {
        from = i;
        node = 0;
        digits = true;
      }
      if (c < 48 || c > 57) digits = false;
      if (node !== -1) {
        let slot = trieSlot(node, c, trieBits);
        while (trieNode[slot] !== -1 && !(trieNode[slot] === node && trieChar[slot] === c)) slot = (slot + 1) & mask;
        node = trieNode[slot] === -1 ? -1 : trieChild[slot];
      }
      continue;
    }
    if (from !== -1) {
      // `canon`: digits only, five or more → "#num"; four, from "19" or "20" → "#year"
      const length = i - from;
      const id = digits && length >= 5 ? numWord
        : digits && length === 4 && (t.charCodeAt(from) === 49 ? t.charCodeAt(from + 1) === 57 : t.charCodeAt(from) === 50 && t.charCodeAt(from + 1) === 48) ? yearWord
        : node === -1 ? -1 : nodeWord[node];
      prev = countToken(ix, id, prev, v, words, scoring, sums, hit);
      from = -1;
    }
    // "§" is a word of its own (statute and guideline citations)
    if (c === 0xa7) prev = countToken(ix, sectionWord, prev, v, words, scoring, sums, hit);
  }
  for (const f of evidenceFeatures(ev, detected, ctx)) count(ix, ix.other.get(f) ?? -1, scoring, sums, hit);
}

/**
 * Count a token's features: its pair with the token before (`prev`, −1: none or not in the vocabulary), then its own word
 * feature (a stop word has none in the index: `weightIndex`). Returns the token's word number, the next token's `prev`.
 */
function countToken(ix: WeightIndex, id: number, prev: number, v: number, words: Int32Array, scoring: number, sums: number[], hit: number[] | undefined): number {
  if (id === -1) return -1;
  if (prev !== -1) {
    const key = prev * v + id;
    const { pairKey, pairBits } = ix;
    let slot = slotOf(key, pairBits);
    while (pairKey[slot] !== -1 && pairKey[slot] !== key) slot = (slot + 1) & ((1 << pairBits) - 1);
    if (pairKey[slot] === key) count(ix, ix.pairFeature[slot], scoring, sums, hit);
  }
  count(ix, words[id], scoring, sums, hit);
  return id;
}

/**
 * `scoreParagraph` without explanations, and the explanation of any one rule on demand: `because(rule)` is the
 * list `scoreParagraph(…, explain)` gives a rule that `explain` accepts (the same features, weights and order),
 * made only when asked for. The analysis wants the explanations of the findings it keeps, fewer than a third of
 * the rules over their thresholds (each costs a pass over the paragraph's features and their unit weights).
 */
export function scoreParagraphDeferred(
  text: string,
  ev: ParagraphEvidence,
  detected: ReadonlySet<RuleId>,
  ctx: ReadingContext = {},
  model: ArgumentModel = MODEL,
): { scores: Score[]; because: (rule: RuleId) => { feature: string; weight: number }[] } {
  const ix = weightIndex(model);
  const sums = firstSums(model);
  const hit: number[] = [];
  scoreInto(text, ev, detected, ctx, ix, sums, hit);
  return { scores: scoresOf(model, ix, sums, hit), because: (rule) => becauseOf(model, ix, sums, hit, model.labels.indexOf(rule)) };
}

/** Scorings so far (a weighted feature's `mark` is the number of the last one that counted it). */
let SCORINGS = 0;

/** Count feature `f` (−1: none) once per scoring: its weights into `sums`, in the model's order. */
function count(ix: WeightIndex, f: number, scoring: number, sums: number[], hit: number[] | undefined): void {
  if (f < 0 || ix.mark[f] === scoring) return;
  ix.mark[f] = scoring;
  const { start, label, weight } = ix;
  const end = start[f + 1];
  for (let k = start[f]; k < end; k++) sums[label[k]] += weight[k];
  const units = ix.units;
  if (units !== 0) {
    const { unitBytes, scale, labels } = ix;
    const at = f * units;
    // every unit, a zero byte too: it adds +0, which leaves a sum as it was (a −0 sum becomes +0, and a unit's sum
    // is only ever asked whether it is > 0) — no branch in the loop, ~2× faster (issue 9, session 26)
    for (let u = 0; u < units; u++) sums[labels + u] += unitBytes[at + u] * scale;
  }
  if (hit) hit.push(f);
}

/** What the features' weights are summed into (slots as in `PackedWeights`): the labels' biases, then the units'. */
function firstSums(model: ArgumentModel): number[] {
  // (an array, not a Float64Array: one made per paragraph scored, and a typed array costs more to make than its adds save)
  return model.hidden ? model.bias.concat(model.hidden.bias) : model.bias.slice();
}

/** The labels' logits from the sums: the linear model's, mixed with the network's where there is one. */
function logitsOf(model: ArgumentModel, sums: number[]): number[] {
  const hd = model.hidden;
  if (!hd) return sums;
  const L = model.labels.length;
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
function contribution(model: ArgumentModel, ix: WeightIndex, f: number, l: number, sums: number[]): number {
  const hd = model.hidden;
  const L = model.labels.length;
  let c = 0;
  for (let k = ix.start[f]; k < ix.start[f + 1]; k++) {
    const i = ix.label[k];
    const w = ix.weight[k];
    c += i === l ? (hd ? 1 - hd.mix : 1) * w : 0;
  }
  if (!hd) return c;
  for (let u = 0; u < ix.units; u++) {
    const b = ix.unitBytes[f * ix.units + u];
    if (b !== 0 && sums[L + u] > 0) c += hd.mix * (b * ix.scale) * hd.out[l][u];
  }
  return c;
}

/** The scores from the sums; `hit`: the numbers of the features counted, in order (kept only if a rule may be explained). */
function scoresOf(model: ArgumentModel, ix: WeightIndex, sums: number[], hit: number[], explain?: (rule: RuleId, probability: number) => boolean): Score[] {
  const out: Score[] = [];
  const logits = logitsOf(model, sums);
  for (let l = 0; l < model.labels.length; l++) {
    const rule = model.labels[l] as RuleId;
    const probability = 1 / (1 + Math.exp(-logits[l]));
    const because = explain && explain(rule, probability) ? becauseOf(model, ix, sums, hit, l) : [];
    out.push({ rule, probability, threshold: model.thresholds[rule] ?? 1, because });
  }
  return out;
}

/** The five features that raised label `l`'s logit most, strongest first (`hit`: the features counted, in order). */
function becauseOf(model: ArgumentModel, ix: WeightIndex, sums: number[], hit: number[], l: number): { feature: string; weight: number }[] {
  const because: { feature: string; weight: number }[] = [];
  for (let h = 0; h < hit.length; h++) {
    const weight = Math.round(contribution(model, ix, hit[h], l, sums) * 1000) / 1000;
    if (weight > 0) because.push({ feature: ix.features[hit[h]], weight });
  }
  return because.sort((a, b) => b.weight - a.weight).slice(0, 5);
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
