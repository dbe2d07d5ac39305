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

/** "9", "9th", "Ninth Circuit", "9th Cir.", "2d Cir.", "D.C.", "dc" → Circuit; "" → null (not set); else undefined. */
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
  const m = /^(\d{1,2})(st|nd|rd|th|d)?$/.exec(v);
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

const CIRCUIT_WORDS: Record<Circuit, string> = {
  "1": "First", "2": "Second", "3": "Third", "4": "Fourth", "5": "Fifth", "6": "Sixth", "7": "Seventh",
  "8": "Eighth", "9": "Ninth", "10": "Tenth", "11": "Eleventh", dc: "D.C.",
};
const CIRCUIT_ORDINALS: Record<Circuit, string> = {
  "1": "1st", "2": "2d", "3": "3d", "4": "4th", "5": "5th", "6": "6th", "7": "7th",
  "8": "8th", "9": "9th", "10": "10th", "11": "11th", dc: "D.C.",
};

function known(c: string): c is Circuit {
  return (CIRCUITS as readonly string[]).includes(c);
}

/**
 * The one circuit formatter, in Bluebook form. In prose: "Second Circuit", "D.C. Circuit"
 * (`circuitName`); in a citation's court parenthetical: "2d Cir.", "D.C. Cir."
 * (`circuitAbbreviation`). Not set: "no circuit set".
 */
export function circuitName(c: Circuit | string | null | undefined): string {
  if (!c) return "no circuit set";
  return known(c) ? `${CIRCUIT_WORDS[c]} Circuit` : `${c} Circuit`;
}

export function circuitAbbreviation(c: Circuit | string): string {
  return known(c) ? `${CIRCUIT_ORDINALS[c]} Cir.` : `${c} Cir.`;
}

/** Several circuits in prose: "the Ninth Circuit", "the Ninth and Second Circuits", "the First, Third and Sixth Circuits". */
export function circuitsInProse(cs: readonly (Circuit | string)[]): string {
  const words = cs.map((c) => (known(c) ? CIRCUIT_WORDS[c] : c));
  if (words.length === 0) return "no circuit";
  if (words.length === 1) return `the ${words[0]} Circuit`;
  return `the ${words.slice(0, -1).join(", ")} and ${words[words.length - 1]} Circuits`;
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
