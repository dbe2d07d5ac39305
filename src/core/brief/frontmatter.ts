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

export interface FrontMatterSettings {
  circuit?: Circuit;
  manual?: ManualChoice;
  problems: FrontMatterProblem[];
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
      }
    }
    pos = nl + 1;
  }
  return out;
}
