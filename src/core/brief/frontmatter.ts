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

const KEY_VALUE = /^([A-Za-z][A-Za-z0-9_-]{0,63})[ \t]*:[ \t]*(.*)$/;

export function readFrontMatter(text: string, fm?: { bodyStart: number; bodyEnd: number }): FrontMatterSettings {
  const out: FrontMatterSettings = { problems: [] };
  if (!fm) return out;
  let pos = fm.bodyStart;
  while (pos < fm.bodyEnd) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > fm.bodyEnd) nl = fm.bodyEnd;
    const raw = text.slice(pos, nl).replace(/\r$/, "");
    const m = KEY_VALUE.exec(raw);
    if (m) {
      const key = m[1].toLowerCase();
      let value = m[2].replace(/[ \t]+#.*$/, "").trim();
      const valueStart = pos + raw.indexOf(m[2], m[1].length);
      const valueEnd = valueStart + Math.max(m[2].trimEnd().length, 1);
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
