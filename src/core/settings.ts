/**
 * Settings shared by every feature: the brief's circuit and Guidelines Manual edition.
 * Precedence: front matter, then the user's setting, then the default (latest edition,
 * no circuit).
 */

export const FIRST_EDITION = 1995;
export const LATEST_EDITION = 2025;

export type Circuit = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "dc";
export type ManualChoice = number | "latest";

export const CIRCUITS: readonly Circuit[] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc"];

export const CIRCUIT_HELP = 'Use a circuit number from 1 to 11 or "dc" (for example `circuit: 9`).';
export const MANUAL_HELP = `Use an edition year from ${FIRST_EDITION} to ${LATEST_EDITION} (the Manual in force on Nov. 1 of that year) or "latest".`;

const ORDINALS: Record<string, Circuit> = {
  first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7",
  eighth: "8", ninth: "9", tenth: "10", eleventh: "11",
};

/** "9", "9th", "Ninth Circuit", "9th Cir.", "D.C.", "dc" → Circuit; "" → null (not set); else undefined. */
export function normalizeCircuit(value: unknown): Circuit | null | undefined {
  if (value === undefined || value === null) return null;
  let v = String(value).trim().toLowerCase();
  if (v === "") return null;
  for (const suffix of ["circuit", "cir.", "cir"]) {
    if (v.endsWith(suffix)) {
      v = v.slice(0, -suffix.length).trim();
      break;
    }
  }
  if (v === "dc" || v === "d.c." || v === "d.c" || v === "district of columbia") return "dc";
  if (ORDINALS[v]) return ORDINALS[v];
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(v);
  if (m && (CIRCUITS as readonly string[]).includes(m[1])) return m[1] as Circuit;
  return undefined;
}

/** "2016", 2016, "latest" → ManualChoice; "" → "latest"; else undefined. */
export function normalizeManual(value: unknown): ManualChoice | undefined {
  if (value === undefined || value === null) return "latest";
  const v = String(value).trim().toLowerCase();
  if (v === "" || v === "latest" || v === "current") return "latest";
  if (!/^\d{4}$/.test(v)) return undefined;
  const year = Number(v);
  return year >= FIRST_EDITION && year <= LATEST_EDITION ? year : undefined;
}

export function editionYear(choice: ManualChoice | undefined): number {
  return choice === undefined || choice === "latest" ? LATEST_EDITION : choice;
}

export function circuitName(c: Circuit | null | undefined): string {
  if (!c) return "no circuit set";
  if (c === "dc") return "D.C. Circuit";
  const n = Number(c);
  const suffix = n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th";
  return `${n}${suffix} Circuit`;
}

/** Settings as the editor or CLI supplies them, before front matter. */
export interface UserSettings {
  circuit?: Circuit | null;
  manual?: ManualChoice;
}

export interface EffectiveSettings {
  circuit: Circuit | null;
  edition: number;
  /** Where each value came from, for the status item and the log. */
  circuitFrom: "front matter" | "setting" | "default";
  editionFrom: "front matter" | "setting" | "default";
}

export function resolveSettings(user: UserSettings, front: { circuit?: Circuit; manual?: ManualChoice }): EffectiveSettings {
  const circuit = front.circuit ?? user.circuit ?? null;
  const circuitFrom = front.circuit ? "front matter" : user.circuit ? "setting" : "default";
  const manual = front.manual ?? user.manual;
  const editionFrom = front.manual !== undefined ? "front matter" : user.manual !== undefined && user.manual !== "latest" ? "setting" : "default";
  return { circuit, edition: editionYear(manual), circuitFrom, editionFrom };
}
