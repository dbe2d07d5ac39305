/**
 * Calendar dates as briefs and opinions write them: "June 20, 2003", "Sept. 5, 2024",
 * "2003-06-20", "6/20/2003". One parser for the front matter, the Rule 35 check and case dates.
 */
import { monthNumber } from "./citations/cases";

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** The date `s` names, or undefined; not checked against the calendar (see `isRealDate`). */
export function parseDate(s: string): CalendarDate | undefined {
  const t = s.trim();
  const m = /^([A-Za-z]{3,9}\.?)\s(\d{1,2}),\s(\d{4})$/.exec(t.replace(/\s+/g, " "));
  if (m) {
    const mo = monthNumber(m[1]);
    if (mo) return { y: Number(m[3]), m: mo, d: Number(m[2]) };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (us) return { y: Number(us[3]), m: Number(us[1]), d: Number(us[2]) };
  return undefined;
}

/** Is `d` a day of the calendar (no February 30)? */
export function isRealDate(d: CalendarDate): boolean {
  const dt = new Date(Date.UTC(d.y, d.m - 1, d.d));
  return dt.getUTCFullYear() === d.y && dt.getUTCMonth() === d.m - 1 && dt.getUTCDate() === d.d;
}

/** "2003-06-20". */
export function isoDate(d: CalendarDate): string {
  return `${String(d.y).padStart(4, "0")}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

/**
 * A clause of a rule's text (or of a guideline section's note, `src/data/guidelines/`) that holds only for briefs of some dates (audit 15 O4): `{dated from=YYYY-MM-DD until=YYYY-MM-DD|…}`
 * (either bound may be left out) is kept, without its markers, where the brief's date is on or after `from` and
 * before `until`, and dropped otherwise — advice written for every brief an outcome reaches ("the lesser-harm
 * departure no longer exists from Nov. 1, 2025") never tells an earlier brief what came after it.
 */
export function datedText(text: string, asOf: string): string {
  if (!text.includes("{dated ")) return text;
  return text.replace(/\{dated(?: from=(\d{4}-\d\d-\d\d))?(?: until=(\d{4}-\d\d-\d\d))?\|([^{}]*)\}/g, (_m, from: string | undefined, until: string | undefined, body: string) =>
    (!from || asOf >= from) && (!until || asOf < until) ? body : "",
  );
}
