/** Typed access to the sentencing data files (src/data/sentencing-*.json); the types come from their zod schemas (dataSchema.ts). */
import tableJson from "../../data/sentencing-table.json";
import eraJson from "../../data/sentencing-2l12.json";
import statuteJson from "../../data/sentencing-statutes.json";
import adjustmentJson from "../../data/sentencing-adjustments.json";
import { textEditionOf } from "../guidelines/editions";
import type { Category, Statute, TableRange, Zone } from "./types";
import type { Adjustments, EraFile, SentencingTableData, StatuteFile, TableCell, Era, StatuteData } from "./dataSchema";

export type { TableCell, EraSubsection, Era, EraId, StatuteData } from "./dataSchema";

// The files are validated against these schemas when Heartland is built (src/core/dataValidation.ts).
export const table: SentencingTableData = tableJson as SentencingTableData;
export const eraData: EraFile = eraJson as EraFile;
export const statuteData: StatuteFile = statuteJson as StatuteFile;
export const adjustments: Adjustments = adjustmentJson as Adjustments;

export { FIRST_EDITION, LATEST_EDITION } from "../guidelines/editions";

/** The §2L1.2 era of an edition; an unverified edition (src/data/editions.json) uses the era of the edition whose text it carries. */
export function eraFor(edition: number): Era {
  const rules = textEditionOf(edition);
  const era = eraData.eras.find((e) => rules >= e.firstEdition && rules <= e.lastEdition);
  if (!era) throw new Error(`No §2L1.2 era for edition ${edition}`);
  return era;
}

export function statuteFor(id: Statute): StatuteData {
  const s = statuteData.statutes.find((x) => x.id === id);
  if (!s) throw new Error(`No statute ${id}`);
  return s;
}

/** Sentencing Table cell; `level` must already be within 1–43. */
export function cell(level: number, category: Category): TableCell {
  const row = table.levels[level - 1];
  if (!row || row.level !== level) throw new Error(`No Sentencing Table row ${level}`);
  const c = row.cells.find((x) => x.category === category);
  if (!c) throw new Error(`No Sentencing Table cell ${level}/${category}`);
  return c;
}

export function tableRange(c: TableCell): TableRange {
  return { minMonths: c.minMonths, maxMonths: c.maxMonths, life: c.life };
}

export function zoneOf(c: TableCell, edition: number): Zone {
  return edition >= 2010 ? c.zone2010 : c.zone1992;
}

export function categoryForPoints(points: number): Category {
  for (const r of table.criminalHistoryCategories) {
    if (points >= r.minPoints && (r.maxPoints === null || points <= r.maxPoints)) return r.category;
  }
  throw new Error(`No category for ${points} points`);
}

export function minPointsOf(category: Category): number {
  const r = table.criminalHistoryCategories.find((x) => x.category === category);
  return r ? r.minPoints : 0;
}
