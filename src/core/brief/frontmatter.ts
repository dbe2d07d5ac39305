/**
 * Front matter settings of a brief (`circuit: 9`, `guidelines-manual: 2016`).
 * Only simple `key: value` lines are read; anything else is left alone. Invalid values
 * become problems with the offsets of the value, never exceptions.
 */
import { normalizeCircuit, normalizeManual, CIRCUIT_HELP, MANUAL_HELP, type Circuit, type ManualChoice } from "../settings";

export interface FrontMatterProblem {
  start: number;
  end: number;
  key: string;
  message: string;
}

/** What the brief is (`document:`): decides the default speaker and the vehicle of its arguments. */
export const DOCUMENT_KINDS = [
  "sentencing-memorandum",
  "resentencing-memorandum",
  "psr-objections",
  "compassionate-release-motion",
  "sentence-reduction-motion",
  "rule-35-motion",
  "2255-motion",
  "appellate-brief",
  "government-response",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_HELP = `Use one of: ${DOCUMENT_KINDS.join(", ")}.`;

export interface FrontMatterSettings {
  circuit?: Circuit;
  manual?: ManualChoice;
  /** `document:` — what the brief is. */
  document?: DocumentKind;
  /** `statute:` or `offense:` — the offense of conviction as written (e.g. "8 U.S.C. § 1326(b)(2)", "21 U.S.C. § 846"). */
  offense?: string;
  /** `sentencing-date:` / `offense-date:` as written (YYYY-MM-DD), when valid. */
  sentencingDate?: string;
  offenseDate?: string;
  problems: FrontMatterProblem[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validIsoDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** `key: value` split by hand (no backtracking on long lines); undefined if not that shape. */
function keyValue(raw: string): { key: string; value: string; valueOffset: number } | undefined {
  const colon = raw.indexOf(":");
  if (colon <= 0) return undefined;
  const key = raw.slice(0, colon).trimEnd();
  if (!KEY.test(key)) return undefined;
  let v = colon + 1;
  while (v < raw.length && (raw[v] === " " || raw[v] === "\t")) v++;
  return { key, value: raw.slice(v), valueOffset: v };
}

export function readFrontMatter(text: string, fm?: { bodyStart: number; bodyEnd: number }): FrontMatterSettings {
  const out: FrontMatterSettings = { problems: [] };
  if (!fm) return out;
  let pos = fm.bodyStart;
  while (pos < fm.bodyEnd) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > fm.bodyEnd) nl = fm.bodyEnd;
    const raw = text.slice(pos, nl).replace(/\r$/, "");
    const kv = keyValue(raw);
    if (kv) {
      const key = kv.key.toLowerCase();
      const hash = kv.value.search(/[ \t]#/);
      let value = (hash === -1 ? kv.value : kv.value.slice(0, hash)).trim();
      const valueStart = pos + kv.valueOffset;
      const valueEnd = valueStart + Math.max(kv.value.trimEnd().length, 1);
      if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
      if (key === "circuit") {
        const c = normalizeCircuit(value);
        if (c === undefined) out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a circuit Heartland knows. ${CIRCUIT_HELP}` });
        else if (c !== null) out.circuit = c;
      } else if (key === "guidelines-manual" || key === "guidelines_manual" || key === "guidelinesmanual" || key === "manual") {
        const e = normalizeManual(value);
        if (e === undefined) out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a Guidelines Manual edition Heartland has. ${MANUAL_HELP}` });
        else out.manual = e;
      } else if (key === "document" || key === "document-type") {
        const d = value.toLowerCase().replace(/[ _]+/g, "-") as DocumentKind;
        if ((DOCUMENT_KINDS as readonly string[]).includes(d)) out.document = d;
        else out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a document kind Heartland knows. ${DOCUMENT_HELP}` });
      } else if (key === "statute" || key === "offense") {
        if (value) out.offense = value;
      } else if (key === "sentencing-date" || key === "offense-date") {
        // "June 20, 2003" is read by the Rule 35 check; only a malformed ISO date is a problem here
        if (ISO_DATE.test(value) && !validIsoDate(value)) out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a date. Write it as YYYY-MM-DD (for example \`${key}: 2026-12-14\`).` });
        else if (validIsoDate(value)) {
          if (key === "sentencing-date") out.sentencingDate = value;
          else out.offenseDate = value;
        }
      }
    }
    pos = nl + 1;
  }
  return out;
}
