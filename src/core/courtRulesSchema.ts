/**
 * The schema of src/data/court-rules.json: the build validates the file against it
 * (src/core/dataValidation.ts, run by esbuild.js) and courtRules.ts reads it with the type derived
 * from it. Only the build and the tests import it as a value.
 */
import { z } from "zod";

export const CourtRulesFileSchema = z.strictObject({
  $comment: z.string(),
  rules: z
    .array(
      z.strictObject({
        rules: z.literal("crim"),
        rule: z.string().regex(/^\d{1,3}$/),
        title: z.string().min(5),
        effective: z.string().min(5),
        source: z.string().min(20),
        history: z.string().min(10),
        nodes: z.array(z.strictObject({ path: z.array(z.string().regex(/^[a-z0-9]{1,4}$/i)).min(1), text: z.string().min(3) })).min(1),
        /** Earlier texts, each in force before `before` (ISO date); only what its source verifies. */
        periods: z
          .array(
            z.strictObject({
              before: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
              effective: z.string().min(5),
              status: z.enum(["verbatim", "partial", "derived"]),
              nodes: z.array(z.strictObject({ path: z.array(z.string().regex(/^[a-z0-9]{1,4}$/i)).min(1), text: z.string().min(3) })),
              /** Subsections with a known reason why no text is shown (e.g. 35(a) before Dec. 1, 2002). */
              absent: z.record(z.string(), z.string().min(10)),
              caveats: z.array(z.string().min(10)),
              source: z.string().min(20),
            }),
          )
          .optional(),
      }),
    )
    .min(1),
});
export type CourtRulesFile = z.infer<typeof CourtRulesFileSchema>;
