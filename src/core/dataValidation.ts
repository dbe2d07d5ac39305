/**
 * Validates every data file Heartland ships against its zod schema. `npm run build` runs it
 * first (esbuild.js) and refuses to build when a file does not match, so the types the code
 * derives from the schemas are true of the data it bundles; the unit tests run it too, and check
 * that every JSON file under src/data/ is listed here. Each schema lives next to the code that
 * reads its file, which types the import with `validatedJson` (src/core/validatedJson.ts).
 */
import type { z } from "zod";
import { DeletedFileSchema, EditionsFileSchema, SectionSchema, StatutesFileSchema } from "./guidelines/schema";
import { AdjustmentsSchema, CriminalHistoryFileSchema, EraFileSchema, SentencingTableSchema, StatuteFileSchema } from "./sentencing/dataSchema";
import { CourtRulesFileSchema } from "./courtRulesSchema";
import { RuleFileSchema } from "./precedent/ruleFile";
import { ArgumentModelSchema } from "./precedent/modelSchema";
import { RULE_FILES } from "./precedent/cues";
import { AuthoritiesFileSchema, RulesFileSchema } from "./precedent/rulesSchema";
import { CasesFileSchema } from "./citations/casesSchema";
import dModel from "../data/argument-model.json";
import dRules from "../data/rules.json";
import dAuthorities from "../data/authorities.json";
import dCases from "../data/cases.json";

import d1B11 from "../data/guidelines/1B1.1.json";
import d1B113 from "../data/guidelines/1B1.13.json";
import d2L12 from "../data/guidelines/2L1.2.json";
import d3E11 from "../data/guidelines/3E1.1.json";
import d3F11 from "../data/guidelines/3F1.1.json";
import d5D11 from "../data/guidelines/5D1.1.json";
import d5G11 from "../data/guidelines/5G1.1.json";
import d5H110 from "../data/guidelines/5H1.10.json";
import d5K11 from "../data/guidelines/5K1.1.json";
import d5K20 from "../data/guidelines/5K2.0.json";
import d5K211 from "../data/guidelines/5K2.11.json";
import d5K219 from "../data/guidelines/5K2.19.json";
import d5K31 from "../data/guidelines/5K3.1.json";
import d6B12 from "../data/guidelines/6B1.2.json";
import dch5A from "../data/guidelines/ch5A.json";
import dDeleted from "../data/guidelines/deleted-2025.json";
import dStatutes from "../data/statutes.json";
import dEditions from "../data/editions.json";
import dTable from "../data/sentencing-table.json";
import dEras from "../data/sentencing-2l12.json";
import dSentencingStatutes from "../data/sentencing-statutes.json";
import dAdjustments from "../data/sentencing-adjustments.json";
import dCriminalHistory from "../data/criminal-history.json";
import dCourtRules from "../data/court-rules.json";
import dReporters from "../data/reporters.json";
import { ReportersFileSchema } from "./citations/reportersSchema";

/** Each data file (path under src/data/), its content and its schema. */
export const DATA_FILES: readonly { file: string; data: unknown; schema: z.ZodType }[] = [
  ...(
    [
      ["1B1.1", d1B11], ["1B1.13", d1B113], ["2L1.2", d2L12], ["3E1.1", d3E11], ["3F1.1", d3F11], ["5D1.1", d5D11], ["5G1.1", d5G11],
      ["5H1.10", d5H110], ["5K1.1", d5K11], ["5K2.0", d5K20], ["5K2.11", d5K211], ["5K2.19", d5K219], ["5K3.1", d5K31], ["6B1.2", d6B12], ["ch5A", dch5A],
    ] as const
  ).map(([name, data]) => ({ file: `guidelines/${name}.json`, data, schema: SectionSchema })),
  { file: "editions.json", data: dEditions, schema: EditionsFileSchema },
  { file: "guidelines/deleted-2025.json", data: dDeleted, schema: DeletedFileSchema },
  { file: "statutes.json", data: dStatutes, schema: StatutesFileSchema },
  { file: "sentencing-table.json", data: dTable, schema: SentencingTableSchema },
  { file: "sentencing-2l12.json", data: dEras, schema: EraFileSchema },
  { file: "sentencing-statutes.json", data: dSentencingStatutes, schema: StatuteFileSchema },
  { file: "sentencing-adjustments.json", data: dAdjustments, schema: AdjustmentsSchema },
  { file: "criminal-history.json", data: dCriminalHistory, schema: CriminalHistoryFileSchema },
  { file: "court-rules.json", data: dCourtRules, schema: CourtRulesFileSchema },
  ...RULE_FILES.map((r) => ({ file: `rules/${r.id}.json`, data: r, schema: RuleFileSchema })),
  { file: "rules.json", data: dRules, schema: RulesFileSchema },
  { file: "authorities.json", data: dAuthorities, schema: AuthoritiesFileSchema },
  { file: "cases.json", data: dCases, schema: CasesFileSchema },
  { file: "argument-model.json", data: dModel, schema: ArgumentModelSchema },
  { file: "reporters.json", data: dReporters, schema: ReportersFileSchema },
];

/** Problems, one line each ("src/data/x.json: path.to.field: message"); empty when every file matches. */
export function validateData(files = DATA_FILES): string[] {
  const out: string[] = [];
  for (const f of files) {
    const r = f.schema.safeParse(f.data);
    if (r.success) continue;
    for (const issue of r.error.issues.slice(0, 10)) out.push(`src/data/${f.file}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  return out;
}
