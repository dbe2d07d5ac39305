/**
 * Guidelines Manual editions. An edition year Y means the Manual in force on Nov. 1 of Y
 * (e.g. 2003 = the Nov. 1, 2003 Manual, which includes the Oct. 27, 2003 amendments).
 * The one place they are defined is src/data/editions.json (validated by EditionsFileSchema).
 */
import editionsJson from "../../data/editions.json";
import type { EditionsFile, UnverifiedEdition } from "./schema";

export const EDITIONS: EditionsFile = editionsJson as EditionsFile;
export const FIRST_EDITION: number = EDITIONS.firstEdition;
/** What "latest" means: the newest edition Heartland offers (its text may be unverified: see unverifiedEdition). */
export const LATEST_EDITION: number = EDITIONS.latestEdition;

/** The newest edition whose text Heartland has verified (lists of "the editions that have it" stop here). */
export const LATEST_VERIFIED_EDITION: number = Math.max(
  ...Array.from({ length: LATEST_EDITION - FIRST_EDITION + 1 }, (_, i) => FIRST_EDITION + i).filter((y) => !EDITIONS.unverified.some((u) => u.edition === y)),
);

/** The record of an edition whose text Heartland has not verified (it carries an earlier edition's text), else undefined. */
export function unverifiedEdition(year: number): UnverifiedEdition | undefined {
  return EDITIONS.unverified.find((u) => u.edition === year);
}

/**
 * The year of the Manual in force in edition year `year`, as a citation names it: `year` itself, or — a year in which
 * the Commission published none (2017, 2019, 2020, 2022) — the Manual then in force (src/data/editions.json
 * `unpublished`, with sources): "USSG §1B1.13 (2018)" for a brief of 2020, never "(2020)".
 */
export function publishedManual(year: number): number {
  return EDITIONS.unpublished.find((u) => u.edition === year)?.manual ?? year;
}

/** "" for a verified edition; else a plain phrase for pickers and reasons: "its text is not verified: Heartland shows the 2025 text". */
export function unverifiedNote(year: number): string {
  const u = unverifiedEdition(year);
  return u ? `its text is not verified: Heartland shows the ${u.carriesTextOf} text, which the amendments effective ${longDateOf(u.effective)} may have changed` : "";
}

const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
function longDateOf(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The edition whose verified text and rules stand in for `year`: `year` itself, or the edition an unverified one carries. */
export function textEditionOf(year: number): number {
  return unverifiedEdition(year)?.carriesTextOf ?? year;
}
export const SUPPORTED_EDITIONS: readonly number[] = Array.from({ length: LATEST_EDITION - FIRST_EDITION + 1 }, (_, i) => FIRST_EDITION + i);

export function isSupportedEdition(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_EDITION && year <= LATEST_EDITION;
}

/** "latest" | "2016" | 2016 → edition year, or undefined if not a supported edition. */
export function resolveEdition(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") {
    const v = value.trim().toLowerCase();
    if (v === "latest") return LATEST_EDITION;
    if (!/^\d{4}$/.test(v)) return undefined;
    value = Number(v);
  }
  return isSupportedEdition(value) ? value : undefined;
}

/**
 * The edition year of the Manual in force on an ISO date (USSG §1B1.11(a) reads the Manual "in effect
 * on the date that the defendant is sentenced"): Nov. 1 of Y to Oct. 31 of Y+1 is edition Y. Not
 * clamped to the editions Heartland has — compare with FIRST_EDITION / LATEST_EDITION.
 */
export function editionInForceOn(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return iso.slice(5) >= "11-01" ? y : y - 1;
}

/** "Guidelines Manual, Nov. 1, 2016" */
export function editionLabel(year: number): string {
  return `Guidelines Manual, Nov. 1, ${year}`;
}

/** First edition that includes an amendment effective on the given date (Nov. 1 of Y or earlier → Y). */
export function firstEditionIncluding(year: number, month: number, day: number): number {
  return month < 11 || (month === 11 && day <= 1) ? year : year + 1;
}

/**
 * [1995, 1996, 1997, 2001] → "1995–1997 and 2001". `published`: the ends of each run named as the Manuals a citation
 * can name (`publishedManual`): [2016, 2017] → "2016", [2018 … 2022] → "2018–2021".
 */
export function formatYears(years: readonly number[], published = false): string {
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < ys.length; ) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
    const [a, b] = published ? [publishedManual(ys[i]), publishedManual(ys[j])] : [ys[i], ys[j]];
    parts.push(a === b ? `${a}` : `${a}–${b}`);
    i = j + 1;
  }
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * A sentence about the editions that have a provision, as a reader of each date can know it (audit 16 and 17, open
 * item: "It appears in the 2016–2025 Manuals" told to a brief of 2004). `say(have, upTo)` gets the editions of `years`
 * in force by the reader's date (`have`: an edition is in force from Nov. 1 of its year) and the newest edition
 * Heartland has verified by then (`upTo`); the answer is one `{dated from=…|…}` clause (core/dates.ts `datedText`) for
 * each run of dates that reads it the same, so the lookup stays one answer per edition and the reader's date picks the
 * clause. A reader before the first edition Heartland has is told nothing.
 */
export function editionsAsKnown(years: readonly number[], say: (have: number[], upTo: number) => string): string {
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const runs: { from: number; text: string }[] = [];
  for (let upTo = FIRST_EDITION; upTo <= LATEST_VERIFIED_EDITION; upTo++) {
    const text = say(ys.filter((y) => y <= upTo), upTo);
    if (!runs.length || runs[runs.length - 1].text !== text) runs.push({ from: upTo, text });
  }
  return runs
    .map((r, i) => (r.text ? `{dated from=${r.from}-11-01${i + 1 < runs.length ? ` until=${runs[i + 1].from}-11-01` : ""}|${r.text}}` : ""))
    .join("");
}
