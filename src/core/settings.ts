/**
 * Settings shared by every feature: the brief's circuit and Guidelines Manual edition.
 * Precedence: front matter, then the user's setting, then the default (latest edition,
 * no circuit).
 */

import { FIRST_EDITION, LATEST_EDITION, unverifiedNote } from "./guidelines/editions";
export { FIRST_EDITION, LATEST_EDITION };

export const CIRCUITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc"] as const;
export type Circuit = (typeof CIRCUITS)[number];
export type ManualChoice = number | "latest";


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
  circuitFrom: "front matter" | "caption" | "setting" | "default";
  /**
   * "sentencing date": no edition named, so the Manual in force on the brief's `sentencing-date:` (USSG §1B1.11(a));
   * "brief date": none of those, so the one in force on the brief's `date:`; "default": in force today; "brief text": no
   * front matter names one, and the brief's words say which applies ("the 2016 Guidelines Manual applies").
   */
  editionFrom: "front matter" | "brief text" | "setting" | "default" | "sentencing date" | "brief date";
  /** Which edition and why, in a sentence (status item, hover). */
  editionReason: string;
  /** The brief's `sentencing-date:` (YYYY-MM-DD), when given: statutes and rules are read as of that day. */
  sentencingDate?: string;
  /**
   * The Manual in force on the brief's `date:` (else today): the policy statements a motion after
   * sentence is decided under (§1B1.10, §1B1.13) are those in force when the court rules on it, not
   * at the sentencing whose Manual `edition` may be.
   */
  policyEdition?: number;
  /**
   * A brief read as of today because it gives no date or edition (`editionFrom` "default"): the latest date its text
   * names and the Manual in force that day. A warning that holds only under later law is said to be so, as information.
   */
  undatedFloor?: { date: string; edition: number; said?: string };
  /** A compassionate-release or § 3582(c)(2) motion without `date:`: read as of this day (today), not of its sentencing (`motionDay`). */
  motionAsOf?: string;
  /** …and the latest day it names or its sentencing, where more than two years past: the day its warnings are measured against. */
  motionFloor?: { date: string; said?: string };
}

const MONTH_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTH_ABBR[m - 1]} ${d}, ${y}`;
}

/** The ISO date `n` years before `iso` (YYYY-MM-DD compared as text). */
function yearsBefore(iso: string, n: number): string {
  return `${Number(iso.slice(0, 4)) - n}${iso.slice(4)}`;
}

/** Edition year in force on an ISO date (Nov. 1 of Y – Oct. 31 of Y+1 → Y). */
function inForceOn(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return iso.slice(5) >= "11-01" ? y : y - 1;
}

/** The edition in force on `iso`, within the editions Heartland has, and a sentence that says which and why. */
export function editionOnDate(iso: string, what: string): { edition: number; reason: string } {
  const y = inForceOn(iso);
  if (y > LATEST_EDITION) return { edition: LATEST_EDITION, reason: `the Manual in force on ${what} (${longDate(iso)}) is the Nov. 1, ${y} edition, which Heartland does not have; it uses the newest it has, the ${LATEST_EDITION} Manual` };
  if (y < FIRST_EDITION) return { edition: FIRST_EDITION, reason: `the Manual in force on ${what} (${longDate(iso)}) is the ${y} edition, older than any Heartland has; it uses the oldest it has, the ${FIRST_EDITION} Manual` };
  return { edition: y, reason: `the Manual in force on ${what} (${longDate(iso)}), USSG §1B1.11(a)` };
}

/** What settings read of a brief: its front matter, and the date and circuit its text gives where the front matter has none (`Brief`). */
type BriefFront = { document?: string; circuit?: Circuit; manual?: ManualChoice; manualSaid?: string; namedDateFloor?: string; namedDateFloorSaid?: string; sentencingDate?: string; sentencingDateFrom?: "text" | "psr"; offenseDate?: string; briefDate?: string; briefDateFrom?: "text"; circuitFrom?: "caption" };

/**
 * Precedence: the brief's `guidelines-manual:`, then the user's setting (a year), then — no edition
 * named — the Manual in force on the brief's `sentencing-date:` (USSG §1B1.11(a)), else the one in
 * force today (`today`, YYYY-MM-DD; the clock when omitted).
 */
export function resolveSettings(
  user: UserSettings,
  front: BriefFront,
  today: string = new Date().toISOString().slice(0, 10),
): EffectiveSettings {
  const r = { ...resolveEdition(user, front, today), policyEdition: editionOnDate(front.briefDate ?? today, "").edition, ...motionDay(front, today) };
  const note = unverifiedNote(r.edition);
  return note ? { ...r, editionReason: `${r.editionReason} (${note})` } : r;
}

/**
 * A compassionate-release or § 3582(c)(2) motion without `date:`: its law is that of today, not of the sentencing its
 * front matter dates (legal audit of session 34: pi-046, an Amendment 782 motion read as of its 2009 sentencing, was told
 * a question Dillon (2010) settled was open; pj-041, pi-011, pj-055 were told only the Bureau of Prisons could move) —
 * and where the latest day it names, or its sentencing, is more than two years past, a warning only later law gives
 * says so (`undatedFloor`, in the sentencing's edition).
 */
function motionDay(front: BriefFront & { document?: string }, today: string): Partial<EffectiveSettings> {
  // (set for any brief without its date: the judgement uses it only for a paragraph in such a motion's vehicle — a
  // government's response to one too, pi-011, pj-055 — rules.ts `ruledOnItsDay`)
  // (a motion that names only its edition, no sentencing date, is read in that edition's year, as before: the edition may be
  // the motion's own)
  if (front.briefDate || (front.manual !== undefined && !front.sentencingDate)) return {};
  const floor = [front.namedDateFloor, front.sentencingDate].filter((d): d is string => !!d && d <= today).sort().pop();
  const said = floor && floor === front.namedDateFloor ? front.namedDateFloorSaid : floor && floor === front.sentencingDate && floor !== front.namedDateFloor ? `${longDate(floor)} (its sentencing)` : undefined;
  return { motionAsOf: today, ...(floor && floor < yearsBefore(today, 2) ? { motionFloor: { date: floor, ...(said ? { said } : {}) } } : {}) };
}

function resolveEdition(user: UserSettings, front: BriefFront, today: string): EffectiveSettings {
  const circuit = front.circuit ?? user.circuit ?? null;
  const circuitFrom = front.circuit ? (front.circuitFrom === "caption" ? "caption" : "front matter") : user.circuit ? "setting" : "default";
  const dated = front.sentencingDate ? { sentencingDate: front.sentencingDate } : {};
  // the edition the brief's own words say applies (no front matter names one): before the setting, which is for briefs that do not say
  if (front.manual !== undefined && front.manualSaid !== undefined) {
    const edition = editionYear(front.manual);
    return { circuit, edition, circuitFrom, editionFrom: "brief text", editionReason: `the brief's text names the ${edition} Manual ("${front.manualSaid}")`, ...dated };
  }
  if (front.manual !== undefined) {
    const edition = editionYear(front.manual);
    return { circuit, edition, circuitFrom, editionFrom: "front matter", editionReason: `the brief's front matter names the ${front.manual === "latest" ? `latest Manual (${edition})` : `${edition} Manual`}`, ...dated };
  }
  if (user.manual !== undefined && user.manual !== "latest") {
    return { circuit, edition: user.manual, circuitFrom, editionFrom: "setting", editionReason: `the heartland.guidelinesManual setting names the ${user.manual} Manual`, ...dated };
  }
  if (front.sentencingDate) {
    const s = editionOnDate(front.sentencingDate, front.sentencingDateFrom === "text" ? "the sentencing date the brief's introduction names" : front.sentencingDateFrom === "psr" ? "the day the objections say the presentence report was disclosed (the sentencing follows it)" : "the sentencing date");
    let reason = s.reason;
    if (front.offenseDate) {
      const o = inForceOn(front.offenseDate);
      // an offense before FIRST_EDITION: the calculator has no such Manual to compare (src/core/sentencing/manualChoice.ts says the same)
      const compares = o < FIRST_EDITION ? `Heartland does not have the ${o} Manual, so the range calculator cannot compare them: compare by hand` : "the range calculator compares both";
      if (o < Math.min(s.edition, inForceOn(front.sentencingDate))) reason += `; the offense (${longDate(front.offenseDate)}) was committed under the ${o} Manual, which must be used instead if the ${s.edition} Manual gives a higher range (USSG §1B1.11(b)(1); Peugh v. United States, 569 U.S. 530 (2013)) — ${compares}`;
    }
    return { circuit, edition: s.edition, circuitFrom, editionFrom: "sentencing date", editionReason: reason, ...dated };
  }
  // no edition and no sentencing date: the Manual in force on the brief's own date, else today
  const t = front.briefDate ? editionOnDate(front.briefDate, front.briefDateFrom === "text" ? "the brief's date, as its signature or date line gives it" : "the brief's date") : editionOnDate(today, "today's date");
  // (only a floor more than two years past: a brief drafted today names its arrest, plea or report of the last year or two,
  // and its warnings stand; one whose latest date is older is likely a filing of that time pasted without its date)
  const old = !front.briefDate && front.namedDateFloor && front.namedDateFloor < yearsBefore(today, 2) ? front.namedDateFloor : undefined;
  const floor = old ? { undatedFloor: { date: old, edition: editionOnDate(old, "").edition, ...(front.namedDateFloorSaid ? { said: front.namedDateFloorSaid } : {}) } } : {};
  return { circuit, edition: t.edition, circuitFrom, editionFrom: front.briefDate ? "brief date" : "default", editionReason: `no edition or sentencing date in the brief: ${t.reason.replace(/, USSG §1B1\.11\(a\)$/, "")}`, ...floor };
}
