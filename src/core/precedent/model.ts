/**
 * The learned stage: a regularised linear model (one logistic regression per rule) over the words
 * of a paragraph and what the cue stages saw in it. Trained offline on the train split of the real
 * corpus (`bench/train.mjs`), shipped as data (`src/data/argument-model.json`), explained by the
 * features that raised its score. It never decides alone: it proposes a rule only where the
 * paragraph names that rule's topic, and the trace names the words it weighed.
 */
import { z } from "zod";
import modelData from "../../data/argument-model.json";
import { textFeatures } from "./features";
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
  /** At most this many proposals per paragraph, most probable first. */
  maxProposals: z.number().int().min(0),
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
}

/** Every feature of a paragraph: its words and pairs, and the stages' evidence. */
export function paragraphFeatures(text: string, ev: ParagraphEvidence, detected: ReadonlySet<RuleId>, ctx: ReadingContext = {}): Set<string> {
  const f = textFeatures(text);
  for (const [rule, kind] of ev.topics) {
    f.add("t:" + rule + ":" + kind);
    if (ev.partyArgues) f.add("tp:" + rule);
    if (ev.holding) f.add("th:" + rule);
    if (ev.government) f.add("tg:" + rule);
  }
  for (const rule of ev.excluded) f.add("x:" + rule);
  for (const rule of detected) f.add("d:" + rule);
  if (ev.partyArgues) f.add("s:party");
  if (ev.motion) f.add("s:motion");
  if (ev.request) f.add("s:request");
  if (ev.holding) f.add("s:holding");
  if (ev.grant) f.add("s:grant");
  if (ev.denied) f.add("s:denied");
  if (ev.government) f.add("s:government");
  if (ev.generic) f.add("s:generic");
  if (ev.compassionate || ctx.compassionate) f.add("s:compassionate");
  if (ev.departure) f.add("s:departure");
  if (ev.variance) f.add("s:variance");
  if (ctx.author) f.add("c:" + ctx.author);
  if (ctx.postSentence) f.add("c:post-sentence");
  return f;
}

export interface Score {
  rule: RuleId;
  probability: number;
  threshold: number;
  /** The features that raised the score most, strongest first (for the trace). */
  because: { feature: string; weight: number }[];
}

/** The weights as a Map (built once per model): faster lookups than the JSON object's keys. */
const MAPS = new WeakMap<ArgumentModel, Map<string, [number, number][]>>();
function weightMap(model: ArgumentModel): Map<string, [number, number][]> {
  let m = MAPS.get(model);
  if (!m) {
    m = new Map(Object.entries(model.weights));
    MAPS.set(model, m);
  }
  return m;
}

/**
 * Probability per rule the model knows. `explain` lists the rules whose strongest features the
 * trace needs (sorting them costs; most rules need none).
 */
export function scoreFeatures(features: ReadonlySet<string>, model: ArgumentModel = MODEL, explain?: (rule: RuleId, probability: number) => boolean): Score[] {
  const n = model.labels.length;
  const sums = model.bias.slice();
  const weights = weightMap(model);
  const hit: { feature: string; ws: [number, number][] }[] = [];
  for (const f of features) {
    const ws = weights.get(f);
    if (!ws) continue;
    for (const [l, w] of ws) sums[l] += w;
    if (explain) hit.push({ feature: f, ws });
  }
  const out: Score[] = [];
  for (let l = 0; l < n; l++) {
    const rule = model.labels[l] as RuleId;
    const probability = 1 / (1 + Math.exp(-sums[l]));
    let because: { feature: string; weight: number }[] = [];
    if (explain && explain(rule, probability)) {
      for (const { feature, ws } of hit) for (const [ll, w] of ws) if (ll === l && w > 0) because.push({ feature, weight: w });
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
