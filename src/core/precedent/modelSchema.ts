/**
 * The schema of src/data/argument-model.json (the learned stage, written by bench/train.mjs): the
 * build validates the file against it (src/core/dataValidation.ts, run by esbuild.js) and model.ts
 * reads it with the type derived from it. Only the build and the tests import it as a value.
 */
import { z } from "zod";

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
