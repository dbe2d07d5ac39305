/**
 * The one reader of a brief's front matter: `circuit: 9`, `guidelines-manual: 2016`,
 * `document:`, `statute:`/`offense:`, `sentencing-date:`, `offense-date:`. Simple `key: value`
 * lines are read; invalid values become problems with the offsets of the value, never
 * exceptions. Forms it does not read — `+++` TOML front matter, a YAML flow mapping
 * (`{circuit: 9}`), a known key whose value is not on its line — are problems too, so that a
 * setting is never ignored without a word.
 */
import { normalizeCircuit, normalizeManual, CIRCUIT_HELP, MANUAL_HELP, type Circuit, type ManualChoice } from "../settings";
import { isoDate, isRealDate, parseDate, type CalendarDate } from "../dates";

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

/** `document:` kinds that attack a sentence already imposed (a motion after sentence). */
export const MOTION_DOCUMENTS: ReadonlySet<string> = new Set<DocumentKind>(["2255-motion", "compassionate-release-motion", "sentence-reduction-motion", "rule-35-motion"]);

export interface FrontMatterSettings {
  circuit?: Circuit;
  manual?: ManualChoice;
  /** Set by `Brief` where no front matter names the edition and the text does: the words that name it ("applies the 2016 Guidelines Manual"). */
  manualSaid?: string;
  /** Set by `Brief` where neither front matter nor text dates the brief or names its edition: the latest date its text names (a day, or a month and year). */
  namedDateFloor?: string;
  /** With `namedDateFloor` where a case number's year gives it: how to say it ("2006 (the year of its case number No. 06-40218)"). */
  namedDateFloorSaid?: string;
  /** `document:` — what the brief is. */
  document?: DocumentKind;
  /** `statute:` or `offense:` — the offense of conviction as written (e.g. "8 U.S.C. § 1326(b)(2)", "21 U.S.C. § 846"). */
  offense?: string;
  /** `sentencing-date:` / `offense-date:` as YYYY-MM-DD, when valid ("June 20, 2003" is read as 2003-06-20). */
  sentencingDate?: string;
  offenseDate?: string;
  /**
   * `date:` / `filed:` — the brief's own date (YYYY-MM-DD): the law is read as of that day (a motion after
   * judgment is filed years after the sentencing whose Manual it cites).
   */
  briefDate?: string;
  /** "text": `briefDate` was read from the brief's own signature or date line (`briefDate.ts`), not from front matter. */
  briefDateFrom?: "text";
  /**
   * "text": `sentencingDate` was read from a sentencing memorandum's introduction ("will be sentenced on October 14, 2009");
   * "psr": from the day objections to a presentence report say it was disclosed (the sentencing follows it).
   */
  sentencingDateFrom?: "text" | "psr";
  /** "caption": `circuit` was read from the court the brief's caption names (`briefCourt.ts`), not from front matter. */
  circuitFrom?: "caption";
  /** The sentencing date with the words the brief used (for messages), from `sentencing-date:`, `sentenced:` or `date-of-sentencing:`. */
  sentencing?: { date: CalendarDate; text: string };
  problems: FrontMatterProblem[];
}

/** Keys this reader knows (lower case; `_` and spaces read as `-`). */
const SENTENCING_DATE_KEYS = new Set(["sentencing-date", "sentencingdate", "sentenced", "date-of-sentencing"]);
const BRIEF_DATE_KEYS = new Set(["date", "filed", "filing-date", "date-filed"]);
const MANUAL_KEYS = new Set(["guidelines-manual", "guidelinesmanual", "manual"]);
const KNOWN_KEYS = new Set(["circuit", ...MANUAL_KEYS, "document", "document-type", "statute", "offense", "offense-date", ...SENTENCING_DATE_KEYS, ...BRIEF_DATE_KEYS]);

/**
 * Keys a writer may reach for that Heartland does not read, with the key it does read: an `edition: 2023` or a
 * `briefDate:` silently ignored would have the brief judged under another Manual and date.
 */
const LOOKALIKE_KEYS = new Map<string, string>([
  ...["edition", "guidelines", "guidelines-edition", "guideline-manual", "guidelines-manual-edition", "manual-edition", "ussg", "ussg-manual", "ussg-edition", "guidelinesedition"].map((k) => [k, "guidelines-manual"] as [string, string]),
  ...["briefdate", "brief-date", "motion-date", "date-of-filing"].map((k) => [k, "date"] as [string, string]),
  ...["sentence-date", "sentencing", "sentencing-day", "date-sentenced"].map((k) => [k, "sentencing-date"] as [string, string]),
  ...["offensedate", "date-of-offense", "offense-day"].map((k) => [k, "offense-date"] as [string, string]),
  ...["doc", "doctype", "doc-type", "document-kind", "documenttype"].map((k) => [k, "document"] as [string, string]),
  ...["cir", "circuit-court"].map((k) => [k, "circuit"] as [string, string]),
]);

const FRONT_MATTER_HELP = "Heartland reads YAML front matter: `key: value` lines between two `---` lines at the top of the brief, for example `circuit: 9` and `guidelines-manual: 2016`.";

const KEY = /^[A-Za-z][A-Za-z0-9_ -]{0,63}$/;

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

export function readFrontMatter(text: string, fm?: { start?: number; bodyStart: number; bodyEnd: number; format?: "yaml" | "toml" }): FrontMatterSettings {
  const out: FrontMatterSettings = { problems: [] };
  if (!fm) return out;
  if (fm.format === "toml") {
    const start = fm.start ?? 0;
    out.problems.push({ start, end: start + 3, key: "front-matter", message: `This is TOML front matter (\`+++\`), which Heartland does not read: its circuit, Manual edition and dates are not applied. ${FRONT_MATTER_HELP}` });
    return out;
  }
  let pos = fm.bodyStart;
  while (pos < fm.bodyEnd) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > fm.bodyEnd) nl = fm.bodyEnd;
    const raw = text.slice(pos, nl).replace(/\r$/, "");
    const lineStart = pos;
    pos = nl + 1;
    const trimmed = raw.trim();
    if (trimmed.startsWith("{")) {
      const lead = raw.length - raw.trimStart().length;
      out.problems.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length, key: "front-matter", message: `Heartland does not read a YAML flow mapping (\`${trimmed.length > 40 ? trimmed.slice(0, 37) + "…" : trimmed}\`): write each setting on its own line, such as \`circuit: 9\`. ${FRONT_MATTER_HELP}` });
      continue;
    }
    if (raw.startsWith(" ") || raw.startsWith("\t")) continue; // nested under another key
    const kv = keyValue(raw);
    if (!kv) continue;
    const key = kv.key.toLowerCase().replace(/[ _]+/g, "-");
    const hash = kv.value.search(/(?:^|[ \t])#/);
    let value = (hash === -1 ? kv.value : kv.value.slice(0, hash)).trim();
    const valueStart = lineStart + kv.valueOffset;
    const valueEnd = valueStart + Math.max(kv.value.trimEnd().length, 1);
    if ((value.startsWith('"') && value.endsWith('"') && value.length >= 2) || (value.startsWith("'") && value.endsWith("'") && value.length >= 2)) value = value.slice(1, -1);
    const meant = LOOKALIKE_KEYS.get(key);
    if (meant) {
      out.problems.push({ start: lineStart, end: lineStart + kv.key.length, key, message: `Heartland does not read \`${kv.key}:\`, so this value is not applied. Did you mean \`${meant}:\` (for example \`${meant}: ${example(meant)}\`)?` });
      continue;
    }
    if (KNOWN_KEYS.has(key)) {
      // a value Heartland cannot read where it is: on the next lines, a block scalar, a flow collection
      const nextIndented = pos < fm.bodyEnd && (text[pos] === " " || text[pos] === "\t");
      if ((value === "" && nextIndented) || /^[|>[{&*!]/.test(value)) {
        out.problems.push({ start: lineStart, end: lineStart + raw.trimEnd().length, key, message: `Heartland reads \`${kv.key}:\` only with its value on the same line, as plain text (for example \`${key}: ${example(key)}\`); this value is not applied.` });
        continue;
      }
    }
    if (key === "circuit") {
      const c = normalizeCircuit(value);
      if (c === undefined) out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a circuit Heartland knows. ${CIRCUIT_HELP}` });
      else if (c !== null) out.circuit = c;
    } else if (MANUAL_KEYS.has(key)) {
      const e = normalizeManual(value);
      if (e === undefined) out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a Guidelines Manual edition Heartland has. ${MANUAL_HELP}` });
      else out.manual = e;
    } else if (key === "document" || key === "document-type") {
      const d = value.toLowerCase().replace(/[ _]+/g, "-") as DocumentKind;
      if ((DOCUMENT_KINDS as readonly string[]).includes(d)) out.document = d;
      else out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a document kind Heartland knows. ${DOCUMENT_HELP}` });
    } else if (key === "statute" || key === "offense") {
      if (value) out.offense = value;
    } else if (key === "offense-date" || SENTENCING_DATE_KEYS.has(key) || BRIEF_DATE_KEYS.has(key)) {
      if (value === "") continue;
      const d = parseDate(value);
      if (!d || !isRealDate(d)) {
        out.problems.push({ start: valueStart, end: valueEnd, key, message: `"${value}" is not a date. Write it as YYYY-MM-DD (for example \`${key}: 2026-12-14\`).` });
        continue;
      }
      if (key === "offense-date") out.offenseDate = isoDate(d);
      else if (BRIEF_DATE_KEYS.has(key)) out.briefDate = isoDate(d);
      else {
        out.sentencingDate = isoDate(d);
        out.sentencing = { date: d, text: value };
      }
    }
  }
  return out;
}

function example(key: string): string {
  if (key === "circuit") return "9";
  if (MANUAL_KEYS.has(key)) return "2016";
  if (key.startsWith("document")) return "sentencing-memorandum";
  if (key === "statute" || key === "offense") return "8 U.S.C. § 1326(b)(2)";
  return "2026-12-14";
}
