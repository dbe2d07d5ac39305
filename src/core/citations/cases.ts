/**
 * Recognises case citations in a brief, with exact offsets:
 *
 * - full reporter form: `United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc)`
 * - docket form: `United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023)`
 * - short form: `Banuelos-Rodriguez, 215 F.3d at 978` (the name is optional)
 * - `Id.` / `id. at 978`
 *
 * Runs on the prose string from `proseOf` (code, comments and link targets blanked), so
 * offsets are offsets into the brief. Anchors (a reporter, `No.`, `Id.`) are found with one
 * alternation regex; the case name is read backwards word by word and the rest forwards by
 * hand. No regular expression here has a nested quantifier; the pass is linear.
 */

import casesData from "../../data/cases.json";
import { validatedJson } from "../validatedJson";
import type { CasesFileSchema, KnownCase } from "./casesSchema";
import { RULE_IDS } from "../precedent/types";
import { RULES } from "../precedent/rules";
import { RULE_FILES } from "../precedent/cues";
import { courtSystem, isReporterSpelling, lookupReporter, lookupUnpunctuatedWord, publicDomainTwin, NAME_ABBREVIATIONS_DB, normalizeCourt, STATE_ABBREVIATIONS, pickByYear, type Reporter, type ReporterLookup } from "./reporters";

export interface Part<T = string> {
  value: T;
  start: number;
  end: number;
}

export interface PinCite {
  /** As written, e.g. "973-77", "975 n.4". */
  text: string;
  start: number;
  end: number;
  /** First and last page the pin covers (973-77 → 973, 977). */
  first: number;
  last: number;
  /** The range runs backwards as written (857-48 → 857 to 848): a typo. */
  backwards?: boolean;
}

export interface CourtParen {
  /** Offsets of the whole parenthetical, brackets included. */
  start: number;
  end: number;
  /** e.g. "9th Cir.", "D. Idaho"; absent for `(1996)` (Supreme Court). */
  court?: Part;
  /** e.g. "Mar. 24, 2006" (docket and slip opinions). */
  date?: Part;
  year: Part<number>;
  /** The year is the later decision's (`(2d Cir.), cert. denied, 546 U.S. 1000 (2005)`): not written here. */
  sharedYear?: boolean;
}

export interface CaseCitationMatch {
  /** full = volume reporter page; docket = No. …; short = volume reporter at pin; supra = Name, supra, at pin; id = Id. */
  form: "full" | "docket" | "short" | "supra" | "id";
  /** Offsets into the brief (end exclusive): name (or volume) through the last court/en banc parenthetical. */
  start: number;
  end: number;
  text: string;
  /** The case name as written, without emphasis markers (`*`, `_`). */
  name?: Part;
  volume?: Part<number>;
  reporter?: Part;
  /** First page (full form). */
  page?: Part<number>;
  /** Docket number as written, `No. ` included (docket form). */
  docket?: Part;
  pins: PinCite[];
  paren?: CourtParen;
  /** `(en banc)` parenthetical, if written. */
  enBanc?: Part;
  /** `(per curiam)` parenthetical, if written. */
  perCuriam?: Part;
  /** The reporter as the reporters database knows it (full and short forms); `reporter.value` is its canonical form. */
  reporterInfo?: Reporter;
  /** Parallel citations of the same decision (`555 U.S. 261, 264, 129 S. Ct. 840, 172 L. Ed. 2d 596 (2009)`): the parts after the first, which share its name, court and year. */
  parallels?: ParallelCite[];
  /** California style: the year before the volume, `People v. Smith (2007) 154 Cal.App.4th 547`. */
  yearFirst?: boolean;
  /** A full citation whose name has no "v." (`See Foo, 1 U.S. 2`): not a name to list, but a short form "Foo" may mean it. */
  looseName?: Part;
  /** An early Supreme Court report's nominative volume: `5 U.S. (1 Cranch) 137` → "1 Cranch". */
  nominative?: Part;
  /** A public-domain opinion number's suffix as written: "-U" in `2013 IL App (1st) 111279-U` (`page` is the number). */
  pageSuffix?: string;
  /** A public-domain citation written with hyphens: `2020-Ohio-1234`. */
  hyphenated?: boolean;
  /** Subsequent (or prior) history kept with its case: `, aff'd, 555 U.S. 1 (2008)`, `, rev'd sub nom. Jones v. Smith, …`. */
  history?: HistoryCite[];
  /** A court parenthetical without a year (`(2d Cir.), cert. denied, 546 U.S. 1000 (2005)`: Bluebook 10.5(d) gives the year once, in the later decision). */
  yearless?: { start: number; end: number; court: Part };
  /** Ohio's appellate style between the name and a public-domain number: "8th Dist. Cuyahoga No. 98292" in `State v. Rogers, 8th Dist. Cuyahoga No. 98292, 2013-Ohio-3235`. */
  district?: Part;
}

export interface HistoryCite {
  /** The history words as written, one space between words: "aff'd", "cert. denied", "rev'd sub nom.". */
  phrase: string;
  /** The later (or earlier) decision, a full or docket citation; its name only after "sub nom." or "overruled by". */
  cite: CaseCitationMatch;
}

export interface ParallelCite {
  volume: Part<number>;
  reporter: Part;
  page: Part<number>;
  pins: PinCite[];
  reporterInfo: Reporter;
  /** Written with hyphens ("2009-Ohio-3506"): `page.value` is the number, the page as written is kept for the table. */
  hyphenated?: string;
}

/** A citation the reader saw but left out because its parse is uncertain (it is never listed or checked). */
export interface UncertainCitation {
  start: number;
  end: number;
  reason: string;
}

/**
 * Anchors: a volume (1–4 digits) followed by a capital letter (the reporter: looked up in the
 * reporters database by `lookupReporter`), a `(2007)` before a California-style volume, `No.`, `Id.`.
 */
const ANCHOR = new RegExp(
  [
    "\\d{1,4}(?=[ \\u00a0\\n][ \\u00a0]{0,3}[A-Z])",
    "\\d{4}(?=-[A-Z][A-Za-z]{1,7}-\\d)",
    "Nos?\\.[ \\u00a0]",
    "[Ii]d\\.",
    "supra\\b",
  ].join("|"),
  "g",
);

const SIGNALS = new Set([
  "see", "see,", "cf.", "cf.,", "but", "accord", "accord,", "compare", "contra", "also", "e.g.", "e.g.,", "with", "and", "in", "under", "citing", "quoting",
  "following", "(citing", "(quoting", "by", "from", "to", "that", "the", "of", "on", "as",
]);
/** Lower-case words that may sit inside a case name. */
const NAME_CONNECTORS = new Set(["v.", "v", "ex", "rel.", "of", "the", "and", "&", "de", "la", "del", "for", "re", "van", "von", "der", "y", "et", "al.", "parte"]);
/** Abbreviations ending in "." that may sit inside a case name (other "…." capitalised words end it). */
const NAME_ABBREVIATIONS = new Set(["U.S.", "Co.", "Inc.", "Corp.", "Bros.", "Ltd.", "Dep't", "Ass'n", "Comm'n", "Sec'y", "Bd.", "Ctr.", "Cnty.", "Dist.", "Mr.", "Jr.", "Sr.", "St.", "Nat'l", "Int'l", "Gov't", "Auth.", "Univ."]);

const MONTHS: Record<string, number> = {
  "jan.": 1, january: 1, "feb.": 2, february: 2, "mar.": 3, march: 3, "apr.": 4, april: 4, may: 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
  "aug.": 8, august: 8, "sept.": 9, "sep.": 9, september: 9, "oct.": 10, october: 10, "nov.": 11, november: 11, "dec.": 12, december: 12,
};

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
  return c.toLowerCase() !== c.toUpperCase();
}
function isHSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\u00a0" || c === "\r";
}

/** Skip spaces and at most one line break. */
function skipWs(s: string, pos: number): number {
  let nl = 0;
  while (pos < s.length) {
    const c = s[pos];
    if (isHSpace(c)) pos++;
    else if (c === "\n" && nl === 0) {
      nl++;
      pos++;
    } else break;
  }
  return pos;
}

function readInt(s: string, pos: number, max = 7): { value: number; end: number } | undefined {
  let e = pos;
  while (e < s.length && e - pos < max && isDigit(s[e])) e++;
  if (e === pos || isDigit(s[e])) return undefined;
  return { value: Number(s.slice(pos, e)), end: e };
}

/** A pin: `978`, `973-77`, `973–977`, `975 n.4`, `975 & n.4`, `*4`. */
function readPin(s: string, pos: number): PinCite | undefined {
  let p = pos;
  if (s[p] === "*") p++;
  // a paragraph of a public-domain citation: "¶ 12", "¶¶ 12-14"
  else if (s[p] === "\u00b6") {
    p++;
    if (s[p] === "\u00b6") p++;
    if (isHSpace(s[p])) p++;
  }
  const a = readInt(s, p, 6);
  if (!a) return undefined;
  let end = a.end;
  let last = a.value;
  if ((s[end] === "-" || s[end] === "–") && isDigit(s[end + 1])) {
    const b = readInt(s, end + 1, 6);
    if (b) {
      const bs = String(b.value);
      const as = String(a.value);
      last = bs.length < as.length ? Number(as.slice(0, as.length - bs.length) + bs) : b.value;
      end = b.end;
    }
  }
  // footnote: " n.4", " & n.4", " nn.4-5"; a paragraph beside the page: "470-71 ¶ 26"
  const fn = /^(?: & | )(?:nn?\.[ ]?|\u00b6 )\d{1,3}/.exec(s.slice(end, end + 12));
  if (fn) {
    end += fn[0].length;
    while ((s[end] === "-" || s[end] === "–") && isDigit(s[end + 1])) {
      end++;
      while (isDigit(s[end])) end++;
    }
  }
  const pin: PinCite = { text: s.slice(pos, end), start: pos, end, first: a.value, last: Math.max(a.value, last) };
  if (last < a.value) pin.backwards = true;
  return pin;
}

/** `, 978, 980` after a first page (each must be followed by `,`, `(`, `;`, `.`, `)` or the end). */
function readPinsAfterComma(s: string, pos: number): { pins: PinCite[]; end: number } {
  const pins: PinCite[] = [];
  let p = pos;
  for (;;) {
    if (s[p] !== ",") break;
    const q = skipWs(s, p + 1);
    const pin = readPin(s, q);
    if (!pin) break;
    const after = s[pin.end];
    // "969, 2000 WL 1234" is a parallel cite, not a pin
    if (after !== undefined && isHSpace(after) && isLetter(s[skipWs(s, pin.end)]) && s[skipWs(s, pin.end)] !== "(") break;
    // "497, 2009-Ohio-3506" is a parallel public-domain citation, not a pin
    if (after === "-" && isLetter(s[pin.end + 1])) break;
    // Georgia's division of the opinion after the pin: "715 (1), 621 S.E.2d 818", "45 (2) (a),"
    const division = /^ \(\d{1,2}\)(?: \([a-z]{1,2}\))?(?=,)/.exec(s.slice(pin.end, pin.end + 12));
    if (division) {
      pin.end += division[0].length;
      pin.text = s.slice(pin.start, pin.end);
    }
    pins.push(pin);
    p = pin.end;
  }
  return { pins, end: p };
}

/** `at 978`, `at 973-77, 980`. */
function readAtPins(s: string, pos: number): { pins: PinCite[]; end: number } | undefined {
  if (!s.startsWith("at", pos) || !isHSpace(s[pos + 2])) return undefined;
  const q = skipWs(s, pos + 2);
  const first = readPin(s, q);
  if (!first) return undefined;
  const more = readPinsAfterComma(s, first.end);
  return { pins: [first, ...more.pins], end: more.end };
}

/** `(9th Cir. 2000)`, `(1996)`, `(D. Idaho Mar. 24, 2006)`, `(2d Cir. June 11, 2024)`. */
function readCourtParen(s: string, pos: number): CourtParen | undefined {
  // "(9th Cir. 2000)"; New York style "[1984]"
  if (s[pos] !== "(" && s[pos] !== "[") return undefined;
  const close = s.indexOf(s[pos] === "(" ? ")" : "]", pos);
  if (close === -1 || close - pos > 60) return undefined;
  const inner = s.slice(pos + 1, close);
  if (inner.includes("(") || inner.includes("\n\n")) return undefined;
  // the year: last four characters, digits
  let ye = inner.length;
  while (ye > 0 && isHSpace(inner[ye - 1])) ye--;
  const ys = ye - 4;
  if (ys < 0 || !/^(?:1[89]|20)\d\d$/.test(inner.slice(ys, ye)) || isDigit(inner[ys - 1])) return undefined;
  const year: Part<number> = { value: Number(inner.slice(ys, ye)), start: pos + 1 + ys, end: pos + 1 + ye };
  let before = inner.slice(0, ys);
  const out: CourtParen = { start: pos, end: close + 1, year };
  // a date: "Mar. 24, " before the year
  const dm = /(?:^|[ \u00a0\n])([A-Z][a-z]{2,8}\.?)[ \u00a0\n](\d{1,2}),[ \u00a0\n]$/.exec(before);
  if (dm && monthNumber(dm[1]) !== undefined) {
    const ds = dm.index + (dm[0].length - dm[1].length - dm[2].length - 3);
    const dStart = pos + 1 + ds;
    out.date = { value: s.slice(dStart, year.end), start: dStart, end: year.end };
    before = before.slice(0, ds);
  }
  let ce = before.length;
  while (ce > 0 && (isHSpace(before[ce - 1]) || before[ce - 1] === "\n")) ce--;
  const court = before.slice(0, ce);
  if (court.trim().length > 0) {
    const lead = court.length - court.trimStart().length;
    if (!/[A-Za-z]/.test(court)) return undefined;
    out.court = { value: court.trim().replace(/\s+/g, " "), start: pos + 1 + lead, end: pos + 1 + court.length };
  }
  return out;
}

/** Party suffixes written after a comma: "Acme, Inc.", "Meritor Sav. Bank, FSB", "Smith, Jr.". */
const AFTER_COMMA = new Set(["Inc.", "Co.", "Corp.", "Ltd.", "LLC", "L.L.C.", "LLP", "L.L.P.", "L.P.", "N.A.", "FSB", "F.S.B.", "P.C.", "P.A.", "S.A.", "Jr.", "Sr.", "Inc"]);

/**
 * Bluebook T6 abbreviations the reporters database's list lacks (Affairs, Entertainment, Professional …)
 * and T10 geographical words (Fort, Mount, Point) that stand inside case names.
 */
const T6_MORE = new Set(["Acct.", "Ct.", "Dept.", "Contr.", "Aff.", "Apt.", "Civ.", "Com.", "Ent.", "Fam.", "Jud.", "Mil.", "Pro.", "Psych.", "Rel.", "Treas.", "Ft.", "Mt.", "Pt.", "Empl."]);
// "Empl." (Employment, Employees): not T6's form ("Emp."), but the one the reporters database's own titles write ("Empl. Prac. Dec.", "Empl. Benefits Cas."), and names written in it ("Civic Empls. Org.")

function isNameAbbreviation(w: string): boolean {
  if (NAME_ABBREVIATIONS.has(w) || NAME_ABBREVIATIONS_DB.has(w) || T6_MORE.has(w) || AFTER_COMMA.has(w) || /^(?:[A-Z]\.)+$/.test(w)) return true;
  // T6 plurals add "s": "Servs.", "Trs.", "Emps.", "Pharms.", "Defs.", "Affs."
  if (w.length > 3 && w.endsWith("s.")) {
    const one = w.slice(0, -2) + ".";
    return NAME_ABBREVIATIONS.has(one) || NAME_ABBREVIATIONS_DB.has(one) || T6_MORE.has(one);
  }
  return false;
}

/** Words before a number inside a name ("Dist. 29", "No. 14", "Local 71"). */
const NUMBERED = new Set(["No.", "Dist.", "Local"]);

/** A T6 abbreviation of a name's word ("Bd.", "Comm.", "Subcomm."), not a state or an initialism. */
function t6Word(word: string): boolean {
  const t = word.replace(/[*_]/g, "");
  return /^[A-Z][a-z]/.test(t) && t.endsWith(".") && isNameAbbreviation(t) && !STATE_ABBREVIATIONS.has(t);
}

const hasVersus = (words: readonly { text: string }[]) => words.some((x) => x.text === "v." || x.text === "v");

/** A capitalised abbreviation that stands inside case names ("Comm.", "Sch.", "N.J."). */
function nameAbbreviationWord(word: string): boolean {
  const t = word.replace(/[*_]/g, "");
  return /^[A-Z]/.test(t) && t.endsWith(".") && (isNameAbbreviation(t) || STATE_ABBREVIATIONS.has(t));
}

/** Words after which a state abbreviation ends a sentence's clause rather than starts a name ("decided in Cal. Smith v. Jones"). */
const BEFORE_PLACE = new Set(["in", "under", "from", "to", "by", "on", "as", "at", "that", "the", "and", "with", "into", "near"]);

/** The word before position `w` (emphasis and spaces skipped). */
function wordBefore(s: string, w: number): string {
  let q = w;
  while (q > 0 && (isHSpace(s[q - 1]) || s[q - 1] === "\n" || s[q - 1] === "*" || s[q - 1] === "_")) q--;
  let b = q;
  while (b > 0 && !isHSpace(s[b - 1]) && s[b - 1] !== "\n") b--;
  return s.slice(b, q).replace(/[*_]/g, "");
}

/** "In re", "Ex parte", "In the Matter of", "Matter of": a case name without "v.". */
function procedural(words: readonly { text: string }[]): boolean {
  const t = words.slice(0, 4).map((w) => w.text);
  return (t[0] === "In" && t[1] === "re") || (t[0] === "Ex" && t[1] === "parte") || (t[0] === "In" && t[1] === "the" && t[2] === "Matter" && t[3] === "of") || (t[0] === "Matter" && t[1] === "of");
}

/** The most words a case name is read for; a longer one is left out, never cut. */
const MAX_NAME_WORDS = 24;
const VERSUS = new Set(["v.", "v"]);
/** Lower-case words that stand between two capitalised words inside a party's name ("Interested in Equal.", "City and County"). */
const BRIDGE_WORDS = new Set(["in", "and", "on", "to", "at"]);

/** A part of a name that can follow a comma inside it: an abbreviation, "&", a union local, a corporate suffix. */
function partyDescriptor(part: readonly { text: string }[]): boolean {
  if (!part.length) return false;
  if (part[0].text === "Local" || /^\d/.test(part[0].text)) return true;
  return part.some((x) => x.text === "&" || nameAbbreviationWord(x.text) || (/^[A-Z]/.test(x.text) && isNameAbbreviation(x.text)));
}

/**
 * Whether the reading may go on past a comma before `tail` (the words read so far): the part after the comma has no "v." yet
 * and describes a party ("…, Int'l Longshoremen's Ass'n", "…, Local 71", "…, Topeka & Santa Fe Ry. Co."), or its first party
 * is one abbreviation, a name not yet read whole ("Dir. of Revenue, Mo. v. McKenzie").
 */
function commaBridgeable(tail: readonly { text: string }[]): boolean {
  const v = tail.findIndex((x) => VERSUS.has(x.text));
  if (v < 0) return partyDescriptor(tail);
  // only a first party the reader would refuse as cut ("Mo."; not "U.S." in "citing a new case, U.S. v. Brooker")
  return v === 1 && cutFirstParty(tail[0].text);
}

/** A first party of one abbreviation or party suffix ("Inc.", "Mo."; not an initialism such as "U.S."): the rest of the name lies before it. */
function cutFirstParty(word: string): boolean {
  return (word.endsWith(".") && !/^(?:[A-Z]\.){2,}$/.test(word)) || AFTER_COMMA.has(word);
}

/**
 * A name read past a comma or a lower-case word is kept only when a "v." was read before the comma or word, with part of the
 * second party between them; across a lower-case word, at least four words on its two sides ("Smith v. Jones in Roe" is a
 * sentence, not a name). Otherwise the name is left out, never cut.
 */
function bridgeOk(words: readonly { text: string }[], bridge: { kind: "comma" | "word"; tail: number }, vIndex: number): boolean {
  const at = words.length - bridge.tail - 1; // index of the lower-case word, or of the word before the comma
  if (vIndex < 0 || at < 0) return false;
  // "Dir. of Revenue, Mo. v. McKenzie": the one "v." is the tail's, after its one-word first party
  if (bridge.kind === "comma") return words.slice(at + 1).some((x) => VERSUS.has(x.text)) ? vIndex === at + 2 : vIndex < at;
  const mid = words.slice(vIndex + 1, at);
  const tail = words.slice(at + 1);
  return vIndex < at && mid.length >= 1 && tail.length >= 1 && mid.length + tail.length >= 4;
}

/** Case name ending just before `end` (exclusive), read backwards; emphasis markers are skipped. */
export function readNameBackward(s: string, end: number, requireVersus: boolean): Part | undefined {
  let p = end;
  while (p > 0 && (s[p - 1] === "*" || s[p - 1] === "_")) p--;
  const nameEnd = p;
  const words: { start: number; end: number; text: string; paren?: boolean }[] = [];
  const skipped: { start: number; end: number }[] = [];
  // one comma or lower-case word read inside the name past the point where the reading used to stop (see bridgeOk)
  let bridge: { kind: "comma" | "word"; tail: number } | undefined;
  let lines = 0;
  while (p > 0 && words.length < MAX_NAME_WORDS) {
    // skip spaces back
    let q = p;
    while (q > 0 && (isHSpace(s[q - 1]) || s[q - 1] === "\n")) {
      if (s[q - 1] === "\n") lines++;
      q--;
    }
    if (lines > 1) break;
    if (q !== p && words.length === 0) break; // "Name ,": no
    let w = q;
    while (w > 0 && !isHSpace(s[w - 1]) && s[w - 1] !== "\n") w--;
    if (w === q) break;
    let raw = s.slice(w, q);
    let ws = w;
    // leading emphasis / opening punctuation
    while (raw.length && (raw[0] === "*" || raw[0] === "_" || raw[0] === "(" || raw[0] === "[" || raw[0] === "\u201c" || raw[0] === '"')) {
      raw = raw.slice(1);
      ws++;
    }
    let we = q;
    let cut = emphasisTail(raw);
    raw = raw.slice(0, raw.length - cut);
    we -= cut;
    // "Acme, Inc.": the comma before a party suffix belongs to the name
    if (raw.endsWith(",") && words.length > 0 && AFTER_COMMA.has(words[0].text) && raw.length > 1) {
      cut = 1 + emphasisTail(raw.slice(0, -1));
      raw = raw.slice(0, raw.length - cut);
      we -= cut;
    }
    if (!raw) break;
    // a comma inside the name: "Local 1242, Int'l Longshoremen's Ass'n", "Atchison, Topeka & Santa Fe Ry. Co.", "Dir. of Revenue, Mo. v. McKenzie"
    if (requireVersus && !bridge && words.length > 0 && raw.length > 1 && raw.endsWith(",") && !/[;:,)\]}"”<>]/.test(raw.slice(0, -1)) && commaBridgeable(words)) {
      bridge = { kind: "comma", tail: words.length };
      cut = 1 + emphasisTail(raw.slice(0, -1));
      raw = raw.slice(0, raw.length - cut);
      we -= cut;
      if (!raw) break;
    }
    // an initialism in brackets inside the name: "Crush Int'l (U.S.A.), Inc."
    let paren = false;
    if (words.length > 0 && s[w] === "(" && /^(?:(?:[A-Z]\.){2,}|[A-Z]{2,5})\)$/.test(raw)) {
      raw = raw.slice(0, -1);
      paren = true;
    }
    // a slip opinion's line number at the start of a line ("United⏎3 States v. Galante"): not part of the name
    if (words.length > 0 && /^\d{1,3}$/.test(raw)) {
      let b = w;
      while (b > 0 && isHSpace(s[b - 1])) b--;
      if (b === 0 || s[b - 1] === "\n") {
        skipped.unshift({ start: w, end: q });
        p = w;
        continue;
      }
    }
    const lower = raw.toLowerCase();
    const isWord = isLetter(raw[0]);
    // a number that names a party: "Sch. Dist. No. 14", "NLRB v. Dist. 29", "Lake Villa Sch. Dist. 41"
    // "Mellon Fin. Servs. Corp. #7 v. Alexander"; in rem, a number that starts the second party: "State ex rel. Gibson v. 1997 Dodge"
    const numbered =
      !isWord &&
      ((/^\d{1,4}$/.test(raw) && (NUMBERED.has(wordBefore(s, w)) || (VERSUS.has(wordBefore(s, w)) && words.length > 0 && /^[A-Z]/.test(words[0].text)))) ||
        (/^#\d{1,4}$/.test(raw) && words.length > 0 && /^[A-Z]/.test(wordBefore(s, w))));
    if (!isWord && raw !== "&" && !numbered) break;
    if (words.length > 0 && /[;:,)\]}"”<>]/.test(raw)) break; // end of a previous clause, quotation or tag
    const upper = raw[0] !== raw[0].toLowerCase();
    const next = words[0]?.text;
    const beforeCapital = next !== undefined && next[0] !== next[0].toLowerCase();
    // "State of Washington", "Board of the County": "of"/"the" inside a name (dropped again if they lead it)
    // "of the Metro. Police Dep't": "of" before "the" before a capital; "Bd. on Prof'l Responsibility", "Comm. to Prevent":
    // "on"/"to" between a name's abbreviation (T6) and a capital
    const innerConnector =
      ((raw === "of" || raw === "the") && (beforeCapital || (raw === "of" && next === "the"))) ||
      ((raw === "on" || raw === "to") && beforeCapital && t6Word(wordBefore(s, w)));
    const stop = !numbered && !innerConnector && ((SIGNALS.has(lower) && raw !== "v." && !(lower === "in" && next?.toLowerCase() === "re")) || (!upper && !NAME_CONNECTORS.has(lower) && raw !== "parte"));
    // "Interested in Equal.", "City and County of Denver", "Research on Women", "Dollars in U. S. Currency": a lower-case word between capitals
    // of the second party, read when no "v." has been read yet (bridgeOk then asks for enough of a name on both sides)
    if (stop && requireVersus && !bridge && BRIDGE_WORDS.has(raw) && beforeCapital && !hasVersus(words) && /^[A-Z]/.test(wordBefore(s, w))) {
      bridge = { kind: "word", tail: words.length };
      words.unshift({ start: ws, end: we, text: raw });
      p = w;
      continue;
    }
    if (stop) {
      // "Comm. to Prevent Mun. Bankr. v. Renne": a lower-case word after an abbreviation of a name is inside the name; where it is not read, the name is left out, never cut
      if (!upper && hasVersus(words) && nameAbbreviationWord(wordBefore(s, w))) return undefined;
      // "City and County of Denver v. Roe", "Citizens to Preserve Overton Park, Inc. v. Volpe", "Smith and Jones v. Roe": "and" or "to" between two
      // capitalised words of the first party: where the name starts is uncertain (a name, or a sentence naming another): left out, never cut.
      // ("in" is not: "the Court in Smith v. Jones", "Judge Mansfield in United States ex rel. Radich v. …" are sentences.)
      if ((raw === "and" || raw === "to") && beforeCapital && hasVersus(words) && /^[A-Z][A-Za-z'\u2019.&-]*$/.test(wordBefore(s, w))) return undefined;
      break;
    }
    // a state abbreviation inside a name stands before "v." or another abbreviation ("of Se. Pa. v. Casey"), not before a plain word ("in Cal. Smith v. Jones")
    let state = STATE_ABBREVIATIONS.has(raw) && next !== undefined && (next === "v." || next === "v" || next.endsWith("."));
    // before a plain word ("Ill. Tool Works", "Wis. Province"): part of the name, unless a preposition stands before it
    // ("in Cal. Smith v. Jones"): then the name's start is uncertain and the name is left out, never cut
    if (!state && STATE_ABBREVIATIONS.has(raw) && next !== undefined && beforeCapital && words.length > 0) {
      if (BEFORE_PLACE.has(wordBefore(s, w).toLowerCase())) return undefined;
      state = true;
    }
    if (upper && raw.endsWith(".") && raw !== "v." && !isNameAbbreviation(raw) && !state && words.length > 0) {
      // an unknown abbreviation before another ("Gov't & Civic Empls. Org. Comm. v. Windsor"): the name's start is uncertain
      if (hasVersus(words) && nameAbbreviationWord(words[0].text)) return undefined;
      break;
    }
    words.unshift({ start: ws, end: we, text: raw, ...(paren ? { paren } : {}) });
    p = w;
  }
  // drop leading connectors (lower-case words and "v.")
  const dropLeading = (ws: typeof words) => {
    while (ws.length && (ws[0].text === "v." || ws[0].text === "v" || (ws[0].text[0] === ws[0].text[0].toLowerCase() && NAME_CONNECTORS.has(ws[0].text.toLowerCase())) || ws[0].text === "parte")) ws.shift();
  };
  // read past a comma or lower-case word but not a name that way: the words before it, as they were read without going past
  if (bridge) {
    const whole = words.slice();
    dropLeading(whole);
    const ok = words.length < MAX_NAME_WORDS && whole.length > 0 && !whole[0].paren && bridgeOk(whole, bridge, whole.findIndex((x) => VERSUS.has(x.text)));
    if (!ok) words.splice(0, words.length - bridge.tail);
  }
  // a name longer than the reader reads: its start is not known
  if (words.length >= MAX_NAME_WORDS) return undefined;
  dropLeading(words);
  if (!words.length || words[0].paren) return undefined;
  const vIndex = words.findIndex((x) => x.text === "v." || x.text === "v");
  // a first party that is one abbreviation ("Inc. v. …", "Mo. v. McKenzie" after "Ex rel. Dir. of Revenue,"): the rest of the name was not read
  if (vIndex === 1 && cutFirstParty(words[0].text)) return undefined;
  const proc = procedural(words);
  if (requireVersus && vIndex < 0 && !proc) return undefined;
  if (vIndex === words.length - 1) return undefined;
  if (!requireVersus && vIndex < 0 && !proc && words.length > 4) return undefined;
  if (proc && words.length < 3) return undefined;
  const start = words[0].start;
  const stop = words[words.length - 1].end;
  if (stop > nameEnd) return undefined;
  // a line number between the words is not part of the name
  let value = "";
  let from = start;
  for (const k of skipped) {
    if (k.start < start) continue;
    value += s.slice(from, k.start);
    from = k.end;
  }
  value += s.slice(from, stop);
  return { value: value.replace(/[*_]/g, "").replace(/\s+/g, " "), start, end: stop };
}

/** The name before a `, ` that precedes `pos` (the volume or "No."), if there is one. */
function nameBefore(s: string, pos: number, requireVersus: boolean, newYork = false): Part | undefined {
  let p = pos;
  while (p > 0 && isHSpace(s[p - 1])) p--;
  if (p > 0 && s[p - 1] === "\n") p--;
  while (p > 0 && isHSpace(s[p - 1])) p--;
  // New York style: "(Rogers v Rogers, 63 NY2d 582 [1984])" has the comma; "Rogers v Rogers (63 NY2d 582 [1984])" does not
  if (s[p - 1] === "(" && newYork) return readNameBackward(s, p - 1 - (isHSpace(s[p - 2]) ? 1 : 0), true);
  // "*Boulden* v. *Holman,* 394 U. S. 478": the comma inside the emphasis
  if ((s[p - 1] === "*" || s[p - 1] === "_") && s[p - 2] === ",") p--;
  else if ((s[p - 1] === "*" || s[p - 1] === "_") && (s[p - 2] === "*" || s[p - 2] === "_") && s[p - 3] === ",") p -= 2;
  if (s[p - 1] !== ",") return undefined;
  // a parenthetical ending the name: "People v Rice (On Remand), 235 Mich App 429", "People v. Superior Court (Romero), 13 Cal.4th 497"
  if (s[p - 2] === ")" && requireVersus) {
    const open = s.lastIndexOf("(", p - 2);
    if (open > 0 && p - 2 - open <= 24 && s[open - 1] === " " && /^[A-Z][A-Za-z.'\u2019]*(?: [A-Za-z][A-Za-z.'\u2019]*){0,2}$/.test(s.slice(open + 1, p - 2))) {
      const name = readNameBackward(s, open - 1, true);
      if (name && name.end === open - 1) return { value: `${name.value} ${s.slice(open, p - 1)}`, start: name.start, end: p - 1 };
    }
  }
  // "Davis v. State , 275 Ga.App. 714" (a space before the comma, as some published texts have it)
  if (s[p - 2] === " " && isLetter(s[p - 3])) return readNameBackward(s, p - 2, requireVersus);
  // a parallel citation whose volume or page is not yet known: "Hurst v. Florida, — U.S. —, 136 S. Ct. 616", "584 U.S. ___, 138 S. Ct. 1204"
  const blank = /, ?(?:\d{1,4} ?|(?:\u2014|-{2,4}|_{1,5}) ?)[A-Z][A-Za-z. ]{0,16}? ?(?:\u2014|-{2,4}|_{1,5})$/.exec(s.slice(Math.max(0, p - 1 - 30), p - 1));
  if (blank) return readNameBackward(s, p - 1 - blank[0].length, requireVersus);
  return readNameBackward(s, p - 1, requireVersus);
}

/** Trailing `(en banc)` / `(per curiam)` parentheticals. */
function readTrailing(s: string, pos: number, m: CaseCitationMatch): number {
  let end = pos;
  for (let k = 0; k < 3; k++) {
    const q = skipWs(s, end);
    if (s.startsWith("(en banc)", q)) {
      m.enBanc = { value: "(en banc)", start: q, end: q + 9 };
      end = q + 9;
    } else if (s.startsWith("(per curiam)", q)) {
      m.perCuriam = { value: "(per curiam)", start: q, end: q + 12 };
      end = q + 12;
    } else break;
  }
  return end;
}

/**
 * The reporter written at `pos`: words up to the page (a number) or `at`, at most six, across at
 * most one line break. Words are letters, periods, apostrophes and `&`; an ordinal ("3d", "4th")
 * may follow the first word. A slip opinion's line number at the start of the next line
 * ("20 F.⏎10 Supp. 2d 454") is skipped when `lineNumbers`. Returns its end (exclusive) and the
 * words as written, one space between them.
 */
function readReporterWords(s: string, pos: number, lineNumbers = true, parens = true): { end: number; text: string; paren: boolean } | undefined {
  let p = pos;
  let end = -1;
  let newlines = 0;
  let paren = false;
  const words: string[] = [];
  for (let n = 0; n < 6; n++) {
    const t = p;
    // a publisher or district in brackets inside the reporter: "Fair Empl. Prac. Cas. (BNA)", "Bankr. L. Rep. (CCH)", "IL App (1st)"
    if (parens && n > 0 && s[p] === "(") {
      let c = p + 1;
      while (c < s.length && c - p <= 9 && (isLetter(s[c]) || isDigit(s[c]) || s[c] === "." || s[c] === "-")) c++;
      if (s[c] !== ")" || c === p + 1 || /^\d+$/.test(s.slice(p + 1, c))) break;
      p = c + 1;
      paren = true;
    } else while (p < s.length && (isLetter(s[p]) || isDigit(s[p]) || s[p] === "." || s[p] === "'" || s[p] === "\u2019" || s[p] === "&")) p++;
    if (p === t) break;
    const tok = s.slice(t, p);
    if (isDigit(tok[0])) {
      // the page, or an ordinal series ("F. 3d", "Cal. App. 4th")
      if (n === 0 || !/^\d{1,2}(?:st|nd|rd|th|d)\.?$/.test(tok)) {
        p = t;
        break;
      }
    } else if ((!isLetter(tok[0]) && tok !== "&" && tok[0] !== "(") || tok === "at" || (tok === "&" && n === 0)) {
      p = t;
      break;
    }
    end = p;
    words.push(tok);
    let q = p;
    while (q < s.length && (isHSpace(s[q]) || (s[q] === "\n" && newlines === 0))) {
      if (s[q] === "\n") {
        newlines++;
        // a line number: digits at the start of the line, then a word
        let d = q + 1;
        while (isHSpace(s[d])) d++;
        let e = d;
        while (isDigit(s[e]) && e - d < 3) e++;
        if (lineNumbers && e > d && isHSpace(s[e]) && isLetter(s[skipWs(s, e)]) && s[skipWs(s, e)] !== "a") {
          q = e;
          continue;
        }
      }
      q++;
    }
    if (q === p) break;
    p = q;
  }
  return end > pos ? { end, text: words.join(" "), paren } : undefined;
}

/** The reporter at `rs` looked up, first skipping a line number at a line break, then not. */
function readWordsLookedUp(s: string, rs: number): { re: number; look: NonNullable<ReporterLookup> } | undefined {
  const a = readReporterWords(s, rs);
  if (!a) return undefined;
  const la = lookupReporter(a.text);
  if (la) return { re: a.end, look: la };
  // a bracket that is not part of the reporter ("1 U.S. (1 Cranch) 137" is read by the caller)
  if (a.paren) {
    const c = readReporterWords(s, rs, true, false);
    const lc = c && lookupReporter(c.text);
    if (c && lc) return { re: c.end, look: lc };
  }
  const b = readReporterWords(s, rs, false);
  if (!b || b.end === a.end) return undefined;
  const lb = lookupReporter(b.text);
  return lb ? { re: b.end, look: lb } : undefined;
}

const DATABASE_TYPES = new Set(["westlaw", "lexis"]);

/** A volume starts a word: not inside a number, a word, "U.S.C.", "§ 3553", "I-5" or "3/4". */
function volumeStart(s: string, at: number): boolean {
  const c = s[at - 1];
  return !(isDigit(c) || isLetter(c) || c === "." || c === "§" || c === "-" || c === "/" || c === ":" || c === "$");
}

/** Westlaw, Lexis and public-domain citations have a year for a volume ("2019 WL 1234567", "2019 OK 12"). */
function volumeFits(r: Reporter, volume: number): boolean {
  if (r.type === "westlaw" || r.type === "lexis") return volume >= 1900 && volume <= 2099;
  if (r.type === "neutral") return volume >= 1990 && volume <= 2099;
  return true;
}
/** Words inside a docket number: "No. 99 Civ. 9404", "No. 3:19 Cr. 12". */
const DOCKET_WORDS = new Set(["Civ.", "Civ", "Cr.", "Crim.", "CV", "CR", "Cv.", "Misc.", "MJ", "M.J.", "Mag."]);

/** The page after a reporter: up to 7 digits (9 in a Westlaw or Lexis number), not followed by a letter or digit. */
function readPage(s: string, pos: number, database: boolean): { value: number; end: number } | undefined {
  const page = readInt(s, pos, database ? 9 : 7);
  if (!page || isLetter(s[page.end]) || (s[page.end] === "-" && isLetter(s[page.end + 1]))) return undefined;
  return page;
}

/** Pins after a first page: `, 978, 980` or, in a database citation, `, at *2`. */
function readPinsAfterPage(s: string, pos: number): { pins: PinCite[]; end: number } {
  const plain = readPinsAfterComma(s, pos);
  if (s[plain.end] === ",") {
    const at = readAtPins(s, skipWs(s, plain.end + 1));
    if (at) return { pins: [...plain.pins, ...at.pins], end: at.end };
  }
  return plain;
}

/** A reporter lookup settled by the citation's year where the spelling names several reporters. */
function settle(l: ReporterLookup, year: number | undefined): Reporter | undefined {
  if (!l) return undefined;
  return "reporter" in l ? l.reporter : pickByYear(l.candidates, year);
}

/** `volume reporter page` (no name) at `at`, for the parts of a parallel citation after the first. */
function readParallelAt(s: string, at: number): { volume: Part<number>; rs: number; re: number; look: ReporterLookup; page: Part<number>; pins: PinCite[]; end: number; hyphen?: boolean } | undefined {
  const vr = readVolumeReporter(s, at);
  if (!vr) return undefined;
  const { vol, rs, re, look } = vr;
  const q = vr.hyphen ? re + 1 : skipWs(s, re);
  if (q === re) return undefined;
  const database = "reporter" in look && DATABASE_TYPES.has(look.reporter.type);
  if ("reporter" in look && !volumeFits(look.reporter, vol.value)) return undefined;
  const page = readPage(s, q, database);
  if (!page) return undefined;
  const pins = readPinsAfterPage(s, page.end);
  return { volume: { value: vol.value, start: at, end: vol.end }, rs, re, look, page: { value: page.value, start: q, end: page.end }, pins: pins.pins, end: pins.end, ...(vr.hyphen ? { hyphen: true } : {}) };
}

/** California style: `People v. Smith (2007) 154 Cal.App.4th 547` — the year paren and the name before the volume. */
function yearBefore(s: string, at: number): { name: Part; paren: CourtParen } | undefined {
  let p = at;
  while (p > 0 && isHSpace(s[p - 1])) p--;
  if (p > 0 && s[p - 1] === "\n") p--;
  while (p > 0 && isHSpace(s[p - 1])) p--;
  // Ohio's style before 2002: "Davis v. Columbus State Cmty. Coll. (1997), 78 Ohio St. 3d 1488"
  if (s[p - 1] === "," && s[p - 2] === ")") p--;
  if (s[p - 1] !== ")" || s[p - 6] !== "(" || !/^(?:1[89]|20)\d\d$/.test(s.slice(p - 5, p - 1))) return undefined;
  const open = p - 6;
  let e = open;
  while (e > 0 && isHSpace(s[e - 1])) e--;
  if (e === open) return undefined;
  // "West Broad Chiropractic v. American Family Insurance, (2009) 122 Ohio St.3d 497": the comma is not the name's
  if (s[e - 1] === ",") e--;
  const name = readNameBackward(s, e, true);
  if (!name) return undefined;
  return { name, paren: { start: open, end: p, year: { value: Number(s.slice(p - 5, p - 1)), start: p - 5, end: p - 1 } } };
}

/** A volume, the space after it and the reporter words that follow, looked up: the start of every full citation. */
function readVolumeReporter(s: string, at: number): { vol: { value: number; end: number }; rs: number; re: number; look: NonNullable<ReporterLookup>; hyphen?: boolean } | undefined {
  const vol = readInt(s, at, 4);
  if (!vol) return undefined;
  // "2020-Ohio-1234", "2007-NMCERT-008": a public-domain reporter between hyphens
  if (s[vol.end] === "-") {
    let e = vol.end + 1;
    while (e < s.length && e - vol.end <= 8 && isLetter(s[e])) e++;
    if (s[e] !== "-" || !isDigit(s[e + 1])) return undefined;
    // the hyphens mark a public-domain citation ("Ohio" is also the old Ohio Reports): the volume is its year
    const look = lookupReporter(s.slice(vol.end + 1, e));
    if (!look || !("reporter" in look) || vol.value < 1990 || vol.value > 2099) return undefined;
    return { vol, rs: vol.end + 1, re: e, look, hyphen: true };
  }
  const rs = skipWs(s, vol.end);
  if (rs === vol.end) return undefined;
  const words = readWordsLookedUp(s, rs);
  if (!words) return undefined;
  return { vol, rs, re: words.re, look: words.look };
}

/** The ")" at most `max` characters after `from`, or -1 (a bounded scan: never a walk to the end of the brief). */
function closeWithin(s: string, from: number, max: number): number {
  const stop = Math.min(s.length, from + max + 1);
  for (let i = from; i < stop; i++) if (s[i] === ")") return i;
  return -1;
}

/** `(1 Cranch)` after "5 U.S.": a nominative reporter's volume, looked up in the reporters database. */
function readNominative(s: string, pos: number): Part | undefined {
  if (s[pos] !== "(") return undefined;
  const vol = readInt(s, pos + 1, 3);
  if (!vol || s[vol.end] !== " ") return undefined;
  const close = closeWithin(s, vol.end, 24);
  if (close === -1) return undefined;
  const words = s.slice(vol.end + 1, close);
  if (!/^[A-Z][A-Za-z.' ]*$/.test(words)) return undefined;
  // "Cranch", "How.", "Wheat.": a spelling the reporters database lists (several reporters may share it: kept as written)
  const look = lookupReporter(words);
  if (!look && !isReporterSpelling(words)) return undefined;
  const name = look && "reporter" in look ? look.reporter.cite : words.replace(/\s+/g, " ");
  return { value: `${vol.value} ${name}`, start: pos, end: close + 1 };
}

/** `(2d Cir.)`: a court parenthetical with no year, when it names a court Heartland knows. */
function readYearlessCourt(s: string, pos: number): { start: number; end: number; court: Part } | undefined {
  if (s[pos] !== "(") return undefined;
  const close = closeWithin(s, pos, 40);
  if (close === -1) return undefined;
  const inner = s.slice(pos + 1, close);
  if (!/^[A-Z0-9][A-Za-z0-9.' ]*$/.test(inner) || !/[A-Za-z]/.test(inner)) return undefined;
  if (courtSystem(normalizeCourt(inner)) === undefined) return undefined;
  return { start: pos, end: close + 1, court: { value: inner.trim().replace(/\s+/g, " "), start: pos + 1, end: close } };
}

/**
 * Oregon's and Michigan's styles: "345 Or 518, 200 P3d 129 (2008)", "People v Snow, 386 Mich 586, 592 (1972)" — a one-word state
 * report without its period (`lookupUnpunctuatedWord`), read only when a first page and a regional reporter's parallel citation
 * follow it, or when a case name stands before it and a year after it.
 */
function readUnpunctuatedStateReport(s: string, at: number): ReturnType<typeof readVolumeReporter> {
  const vol = readInt(s, at, 4);
  if (!vol || s[vol.end] !== " ") return undefined;
  const rs = vol.end + 1;
  let re = rs;
  while (re < s.length && isLetter(s[re])) re++;
  const reporter = lookupUnpunctuatedWord(s.slice(rs, re));
  if (!reporter || s[re] !== " ") return undefined;
  const page = readPage(s, re + 1, false);
  if (!page) return undefined;
  // beside a regional reporter's parallel: "345 Or 518, 200 P3d 129"
  const par = s[page.end] === "," && s[page.end + 1] === " " ? readParallelAt(s, page.end + 2) : undefined;
  const look = par?.look;
  if (look && ("reporter" in look ? [look.reporter] : look.candidates).every((r) => r.type === "regional")) return { vol, rs, re, look: { reporter } };
  // or with a name and a year, Michigan's own style: "People v Snow, 386 Mich 586, 592 (1972)"
  const pins = readPinsAfterPage(s, page.end);
  if (readCourtParen(s, skipWs(s, pins.end)) && nameBefore(s, at, true)) return { vol, rs, re, look: { reporter } };
  return undefined;
}

/**
 * Ohio's appellate style (Ohio Manual of Citations): the district, the county and the docket number between the name and the
 * public-domain number — `State v. Helms, 7th Dist. No. 08 MA 199, 2010-Ohio-4872`, `State v. Rogers, 8th Dist. Cuyahoga
 * No. 98292, 2013-Ohio-3235`. One docket number only (a list of them is left to the short reading).
 */
function ohioDistrictBefore(s: string, at: number): { name: Part; district: Part } | undefined {
  const from = Math.max(0, at - 80);
  const d = /, (\d{1,2}(?:st|nd|rd|th|d) Dist\.(?: [A-Z][a-z]+){0,2} Nos?\. [0-9A-Z][0-9A-Za-z-]*(?: [0-9A-Z][0-9A-Za-z-]*){0,3}), ?$/.exec(s.slice(from, at));
  if (!d) return undefined;
  const comma = from + d.index;
  const name = readNameBackward(s, comma, true);
  if (!name) return undefined;
  const start = comma + 2;
  return { name, district: { value: d[1], start, end: start + d[1].length } };
}

/** `(315 S.E.2d 653)`, `[66 Cal.Rptr.3d 1]`, `( 99 S.C. 2781, 61 L.Ed.2d 560)` after a first page: a bracket that holds parallel citations and nothing else. */
function readBracketedParallels(s: string, from: number): { parts: NonNullable<ReturnType<typeof readParallelAt>>[]; end: number } | undefined {
  const open = skipWs(s, from);
  if (s[open] !== "(" && s[open] !== "[") return undefined;
  const parts: NonNullable<ReturnType<typeof readParallelAt>>[] = [];
  let p = open + 1;
  while (isHSpace(s[p])) p++;
  for (let k = 0; k < 3; k++) {
    if (!isDigit(s[p])) return undefined;
    const par = readParallelAt(s, p);
    if (!par) return undefined;
    parts.push(par);
    p = par.end;
    while (isHSpace(s[p])) p++;
    if (s[p] !== ",") break;
    p = skipWs(s, p + 1);
  }
  return s[p] === (s[open] === "(" ? ")" : "]") ? { parts, end: p + 1 } : undefined;
}

function parseReporterAt(s: string, at: number, uncertain?: UncertainCitation[]): CaseCitationMatch | undefined {
  const vr = readVolumeReporter(s, at) ?? readUnpunctuatedStateReport(s, at);
  if (!vr) return undefined;
  const { vol, rs, re, look } = vr;
  if ((isLetter(s[re]) || s[re] === ".") && !vr.hyphen) return undefined;
  const volume: Part<number> = { value: vol.value, start: at, end: vol.end };
  // "1 U. S., at 2": the short form with a comma before "at"
  const commaAt = s[re] === "," ? readAtPins(s, skipWs(s, re + 1)) : undefined;
  const q0 = vr.hyphen ? re + 1 : skipWs(s, re);
  if (q0 === re && !commaAt) return undefined;
  // "5 U.S. (1 Cranch) 137": the nominative volume between the reporter and the page
  const nominative = vr.hyphen ? undefined : readNominative(s, q0);
  const q = nominative ? skipWs(s, nominative.end) : q0;
  if (nominative && q === nominative.end) return undefined;
  const written = (end: number) => s.slice(at, end).replace(/\s+/g, " ");
  const atPins = commaAt ?? readAtPins(s, q);
  if (atPins) {
    // a short form has no year: the spelling alone must name the reporter
    const reporter = settle(look, undefined);
    if (!reporter) {
      uncertain?.push({ start: at, end: atPins.end, reason: `"${written(re)}" names more than one reporter` });
      return undefined;
    }
    const name = nameBefore(s, at, false);
    const m: CaseCitationMatch = { form: "short", start: name?.start ?? at, end: atPins.end, text: "", volume, reporter: { value: reporter.cite, start: rs, end: re }, reporterInfo: reporter, pins: atPins.pins };
    if (name) m.name = name;
    if (nominative) m.nominative = nominative;
    return m;
  }
  const database = "reporter" in look && DATABASE_TYPES.has(look.reporter.type);
  if ("reporter" in look && !volumeFits(look.reporter, vol.value)) return undefined;
  const neutral = "reporter" in look && look.reporter.type === "neutral";
  // an Illinois opinion's number may carry a letter suffix: "2013 IL App (1st) 111279-U", "120469WC"
  const suffix = neutral ? /^-?[A-Z]{1,2}(?![A-Za-z0-9])/.exec(s.slice(q, q + 12).replace(/^\d{1,9}/, "")) : null;
  const page = suffix ? readInt(s, q, 9) : readPage(s, q, database);
  if (!page) return undefined;
  if (suffix) page.end += suffix[0].length;
  const pins = readPinsAfterPage(s, page.end);
  let end = pins.end;
  // parallel citations: ", 129 S. Ct. 840, 172 L. Ed. 2d 596"
  const parallels: NonNullable<ReturnType<typeof readParallelAt>>[] = [];
  for (let k = 0; k < 4 && s[end] === ","; k++) {
    const p2 = skipWs(s, end + 1);
    if (!isDigit(s[p2])) break;
    const par = readParallelAt(s, p2);
    if (!par) break;
    parallels.push(par);
    end = par.end;
  }
  // parallels in brackets, Georgia's and California's style: "253 Ga. 10 (315 S.E.2d 653) (1984)", "154 Cal.App.4th 547, 558 [66 Cal.Rptr.3d 1]"
  const bracketed = readBracketedParallels(s, end);
  if (bracketed) {
    parallels.push(...bracketed.parts);
    end = bracketed.end;
  }
  const cal = yearBefore(s, at);
  const district = !cal && (vr.hyphen || ("reporter" in look && look.reporter.type === "neutral")) ? ohioDistrictBefore(s, at) : undefined;
  const name = cal?.name ?? district?.name ?? nameBefore(s, at, true, true);
  const m: CaseCitationMatch = { form: "full", start: name?.start ?? at, end, text: "", volume, reporter: { value: "", start: rs, end: re }, page: { value: page.value, start: q, end: page.end }, pins: pins.pins };
  if (name) m.name = name;
  if (district) m.district = district.district;
  if (nominative) m.nominative = nominative;
  if (vr.hyphen) m.hyphenated = true;
  if (suffix) m.pageSuffix = suffix[0];
  else {
    const loose = nameBefore(s, at, false);
    if (loose) m.looseName = loose;
  }
  const paren = readCourtParen(s, skipWs(s, end));
  if (paren) {
    m.paren = paren;
    m.end = paren.end;
  } else if (cal) {
    m.paren = cal.paren;
    m.yearFirst = true;
  } else {
    const yl = readYearlessCourt(s, skipWs(s, end));
    if (yl) m.yearless = yl;
  }
  m.end = readTrailing(s, m.end, m);
  const year = m.paren?.year.value;
  let reporter = settle(look, year);
  if (!reporter) {
    uncertain?.push({ start: m.start, end: m.end, reason: `"${written(re)}" names more than one reporter${year === undefined ? " and the citation has no year" : ` in ${year}`}` });
    return undefined;
  }
  // a year for a volume after the reporter ended: its public-domain twin ("1997 S.D. 44" → SD)
  const twin = reporter.end !== undefined && vol.value > reporter.end && vol.value >= 1990 && vol.value <= 2099 ? publicDomainTwin(reporter) : undefined;
  if (twin) reporter = twin;
  m.reporter!.value = reporter.cite;
  m.reporterInfo = reporter;
  const parts: ParallelCite[] = [];
  for (const par of parallels) {
    const r = settle(par.look, year);
    if (!r) {
      uncertain?.push({ start: par.volume.start, end: par.end, reason: `"${written(par.re).slice(par.rs - par.volume.start)}" names more than one reporter` });
      continue;
    }
    const part: ParallelCite = { volume: par.volume, reporter: { value: r.cite, start: par.rs, end: par.re }, page: par.page, pins: par.pins, reporterInfo: r };
    if (par.hyphen) part.hyphenated = `${par.volume.value}-${r.cite}-${s.slice(par.page.start, par.page.end)}`;
    parts.push(part);
  }
  if (parts.length) m.parallels = parts;
  return m;
}

/**
 * `Name, No. 8:21CR232 (D. Neb. Sept. 13, 2023)`. `history`: the number may stand without a name, as a decision's
 * subsequent history does ("…, cert. granted, No. 24-556 (U.S. May 27, 2025)"); the caller asks only after a history phrase.
 */
function parseDocketAt(s: string, at: number, history = false): CaseCitationMatch | undefined {
  const name = nameBefore(s, at, true);
  if (!name && !history) return undefined;
  let p = at + (s.startsWith("Nos.", at) ? 4 : 3);
  p = skipWs(s, p);
  const ds = p;
  // docket tokens up to the court parenthetical: "8:21CR232", "CR-03-52-E-BLW", "99 Civ. 9404 (SHS)"
  let last = p;
  for (let k = 0; k < 6 && p < s.length; k++) {
    const t = p;
    while (p < s.length && !isHSpace(s[p]) && s[p] !== "\n" && s[p] !== "(" && s[p] !== ")") p++;
    if (p === t) break;
    let tokEnd = p;
    while (tokEnd > t && (s[tokEnd - 1] === "," || s[tokEnd - 1] === ";" || (s[tokEnd - 1] === "." && isDigit(s[tokEnd - 2])))) tokEnd--;
    const tok = s.slice(t, tokEnd);
    const word = DOCKET_WORDS.has(tok) && last > ds;
    if (!/\d/.test(tok) && !word) break;
    if (!word) last = tokEnd;
    if (tokEnd < p) break; // "No. 1, 2" → stop at the comma
    const q = skipWs(s, p);
    if (s[q] === "(" || !(isDigit(s[q]) || DOCKET_WORDS.has(s.slice(q, q + 6).split(/[\s,]/)[0]))) break;
    p = q;
  }
  // the judges' initials after the number: "(SHS)", "(LAK) (KNF)" (district and magistrate judge), when a comma follows
  const ini = /^(?:[ \u00a0]\([A-Z]{2,5}\)){1,3},/.exec(s.slice(last, last + 28));
  if (ini) last += ini[0].length - 1;
  if (last === ds) return undefined;
  const docket: Part = { value: s.slice(at, last), start: at, end: last };
  const m: CaseCitationMatch = { form: "docket", start: name ? name.start : at, end: last, text: "", ...(name ? { name } : {}), docket, pins: [] };
  // optional database number ", 2023 WL 4112142", ", 2019 U.S. Dist. LEXIS 12345", and ", at *2"
  let q = skipWs(s, last);
  if (s[last] === ",") {
    const w = skipWs(s, last + 1);
    const db = isDigit(s[w]) ? readParallelAt(s, w) : undefined;
    if (db && db.look && "reporter" in db.look && DATABASE_TYPES.has(db.look.reporter.type)) {
      m.volume = db.volume;
      m.reporter = { value: db.look.reporter.cite, start: db.rs, end: db.re };
      m.reporterInfo = db.look.reporter;
      m.page = db.page;
      m.pins = db.pins;
      m.end = db.end;
      q = skipWs(s, m.end);
    }
  }
  const paren = readCourtParen(s, q);
  if (paren) {
    m.paren = paren;
    m.end = paren.end;
  }
  m.end = readTrailing(s, m.end, m);
  return m;
}

/** `Foo, supra, at 2` / `Foo, supra at 2` / `Foo, supra`: the name is required (a bare "supra" names nothing). */
function parseSupraAt(s: string, at: number): CaseCitationMatch | undefined {
  if (at > 0 && isLetter(s[at - 1])) return undefined;
  const name = nameBefore(s, at, false);
  if (!name) return undefined;
  const m: CaseCitationMatch = { form: "supra", start: name.start, end: at + 5, text: "", name, pins: [] };
  let q = at + 5;
  if (s[q] === ",") q++;
  const atPins = readAtPins(s, skipWs(s, q));
  if (atPins) {
    m.pins = atPins.pins;
    m.end = atPins.end;
  }
  return m;
}

function parseIdAt(s: string, at: number): CaseCitationMatch | undefined {
  if (at > 0 && (isLetter(s[at - 1]) || s[at - 1] === ".")) return undefined;
  let end = at + 3;
  if (isLetter(s[end])) return undefined;
  const m: CaseCitationMatch = { form: "id", start: at, end, text: "", pins: [] };
  let q = end;
  if (s[q] === "," ) q++;
  q = skipWs(s, q);
  // "Id. ¶ 12" (a public-domain citation's paragraph)
  const para = s[q] === "\u00b6" ? readPin(s, q) : undefined;
  const atPins = para ? { pins: [para], end: para.end } : readAtPins(s, q);
  if (atPins) {
    m.pins = atPins.pins;
    end = atPins.end;
  }
  m.end = end;
  return m;
}

/** Words of subsequent and prior history ("aff'd in part, rev'd in part", "cert. denied", "rev'd on other grounds sub nom."). */
const HISTORY_HEAD = new Set(["pet.", "motion", "later", "aff'd", "affirmed", "aff'g", "affirming", "rev'd", "reversed", "rev'g", "reversing", "vacated", "vacating", "modified", "modifying", "cert.", "certiorari", "reh'g", "appeal", "overruled", "abrogated", "superseded", "withdrawn", "amended", "petition", "review", "mandamus", "enforced", "enforcing", "remanded", "dismissed"]);
const HISTORY_WORDS = new Set([
  ...HISTORY_HEAD, "denied", "granted", "dismissed", "in", "part", "on", "other", "grounds", "and", "remanded", "per", "curiam", "mem.", "by", "as", "en", "banc", "for", "filed",
  "without", "opinion", "relevant", "an", "equally", "divided", "court", "sub", "nom.", "judgment", "order", "statute", "rule", "recognized", "implied", "to", "extent", "the", "of", "part,", "pending", "cert.", "proceeding", "remand", "overruled",
]);

/**
 * The words between a citation and the next when the next is the first one's history: `, aff'd, `,
 * `, rev'd on other grounds sub nom. ` (before the new name), `, cert. denied, `. Returns the phrase
 * (one space between words, commas kept) or undefined.
 */
function historyPhrase(gap: string): string | undefined {
  if (gap.length > 400) return undefined;
  // explanatory parentheticals of the first decision stand before its history: "(CA2) (Friendly, J.), cert. denied, …"
  for (let k = 0; k < 3; k++) {
    let p = 0;
    while (isHSpace(gap[p]) || gap[p] === "\n") p++;
    if (gap[p] !== "(") break;
    const close = closeWithin(gap, p, 240);
    if (close === -1 || gap.slice(p + 1, close).includes("(")) return undefined;
    gap = gap.slice(close + 1);
  }
  if (gap.length > 90 || !/^,[ \u00a0\n]/.test(gap)) return undefined;
  const words = gap.replace(/[*_]/g, "").replace(/\u2019/g, "'").trim().replace(/^,\s*/, "").replace(/,$/, "").split(/\s+/);
  if (!words.length || !(HISTORY_HEAD.has(words[0].toLowerCase()) || (words[0] === "on" && words[1] === "remand"))) return undefined;
  for (const w of words) if (!HISTORY_WORDS.has(w.toLowerCase().replace(/,$/, ""))) return undefined;
  return words.join(" ");
}

/** Does a history phrase (", cert. granted, ") stand between the full or docket citation `prev` and `at`? */
function historyBefore(prose: string, prev: CaseCitationMatch | undefined, at: number): boolean {
  if (!prev || (prev.form !== "full" && prev.form !== "docket") || at < prev.end) return false;
  const from = prev.yearless && !prev.paren && !prev.history ? prev.yearless.end : prev.end;
  return at >= from && historyPhrase(prose.slice(from, at)) !== undefined;
}

/**
 * All case citations in `prose` (the output of `proseOf`), in order, non-overlapping. Citations
 * whose parse is uncertain (a spelling that names several reporters and a year that does not
 * decide) are left out, and pushed to `uncertain` when given.
 */
export function recognizeCaseCitations(prose: string, text: string = prose, uncertain?: UncertainCitation[]): CaseCitationMatch[] {
  return recognizeCaseCitationsIn(prose, text, 0, prose.length, uncertain);
}

/** The case citations whose anchor starts in [from, to), read as `recognizeCaseCitations` reads them, the scan starting at `from`. */
export function recognizeCaseCitationsIn(prose: string, text: string, from: number, to: number, uncertain?: UncertainCitation[]): CaseCitationMatch[] {
  const out: CaseCitationMatch[] = [];
  const re = new RegExp(ANCHOR.source, "g");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose)) && m.index < to) {
    const at = m.index;
    const a = m[0];
    if (isDigit(a[0]) && !volumeStart(prose, at)) continue;
    if (a[0] === "N" && isLetter(prose[at - 1])) continue;
    let c: CaseCitationMatch | undefined;
    if (isDigit(a[0])) c = parseReporterAt(prose, at, uncertain);
    else if (a[0] === "N") c = parseDocketAt(prose, at) ?? (historyBefore(prose, out[out.length - 1], at) ? parseDocketAt(prose, at, true) : undefined);
    else if (a[0] === "s") c = parseSupraAt(prose, at);
    else c = parseIdAt(prose, at);
    if (!c) continue;
    const prev = out[out.length - 1];
    // history of the citation before ("…, 123 F.3d 456 (2d Cir. 1997), aff'd, 555 U.S. 1 (2008)"): kept with its case, never an entry of its own
    if (prev && (prev.form === "full" || prev.form === "docket") && (c.form === "full" || c.form === "docket") && c.start >= prev.end) {
      const from = prev.yearless && !prev.paren && !prev.history ? prev.yearless.end : prev.end;
      const phrase = c.start >= from ? historyPhrase(prose.slice(from, c.start)) : undefined;
      if (phrase) {
        c.text = text.slice(c.start, c.end);
        (prev.history ??= []).push({ phrase, cite: c });
        // "(2d Cir.), cert. denied, 546 U.S. 1000 (2005)": the year of both decisions is written once, in the later
        if (!prev.paren && prev.yearless && c.paren && prev.history.length === 1) prev.paren = { start: prev.yearless.start, end: prev.yearless.end, court: prev.yearless.court, year: c.paren.year, sharedYear: true };
        prev.end = c.end;
        prev.text = text.slice(prev.start, prev.end);
        re.lastIndex = Math.max(c.end, at + 1);
        continue;
      }
    }
    if (prev && c.start < prev.end) {
      if (c.end <= prev.end) continue;
      c.start = prev.end; // never overlap
    }
    c.text = text.slice(c.start, c.end);
    out.push(c);
    re.lastIndex = Math.max(c.end, at + 1);
  }
  return out;
}

/** Between `from` and `to` only closed parentheticals and then one left open: `to` is inside an explanatory parenthetical of what ends at `from`. */
function opensParenthetical(prose: string, from: number, to: number): boolean {
  if (to - from > 400) return false;
  let open = false;
  for (let i = from; i < to; i++) {
    const c = prose[i];
    if (c === "(") {
      if (open) return false;
      open = true;
    } else if (c === ")") {
      if (!open) return false;
      open = false;
    } else if (!open && c !== " " && c !== "\n" && c !== "\u00a0" && c !== "\t" && c !== "*" && c !== "_") return false;
  }
  return open;
}

/** No bracket between `from` and `to`: still inside the parenthetical a citation ending at `from` stood in. */
function stillInside(prose: string, from: number, to: number): boolean {
  if (to - from > 400) return false;
  for (let i = from; i < to; i++) if (prose[i] === "(" || prose[i] === ")") return false;
  return true;
}

/**
 * Called with each citation of a brief in order (start, end), says whether it stands inside an explanatory parenthetical of the
 * citation before it ("…(1st Cir. 1990) (quoting Roe v. Wade, 410 U.S. 113 (1973)). Id. at 150."): such a citation is read and
 * listed, but "Id." after it means the citation the parenthetical explains (Bluebook R. 4.1). The table of authorities and the
 * citation checks ask it the same question.
 */
export function parentheticalNesting(prose: string): (start: number, end: number) => boolean {
  let mainEnd = -1;
  let nestedEnd = -1;
  return (start, end) => {
    const nested = (nestedEnd >= 0 && stillInside(prose, nestedEnd, start)) || (mainEnd >= 0 && opensParenthetical(prose, mainEnd, start));
    if (nested) nestedEnd = end;
    else {
      mainEnd = end;
      nestedEnd = -1;
    }
    return nested;
  };
}

/** Does `s` hold a case reporter citation ("215 F.3d 969", "552 U.S. at 51", "2019 WL 1234567")? The same reader, no names read. */
export function hasReporterCitation(s: string): boolean {
  const re = new RegExp(ANCHOR.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const at = m.index;
    if (!isDigit(s[at]) || !volumeStart(s, at)) continue;
    const vol = readInt(s, at, 4);
    if (!vol) continue;
    const rs = skipWs(s, vol.end);
    const words = readWordsLookedUp(s, rs);
    if (!words) continue;
    const re2 = words.re;
    const q = skipWs(s, re2);
    if (q > re2 && (isDigit(s[q]) || s.startsWith("at", q))) return true;
  }
  return false;
}

/** Normalised case name for comparison: no diacritics, emphasis or case; single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[*_]/g, "")
    .replace(/[\u2010-\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

// ------------------------------------------------------------------ known cases (src/data/cases.json)


// The schema of src/data/cases.json is in casesSchema.ts: the file is validated against it when
// Heartland is built (src/core/dataValidation.ts, run by esbuild.js), and KnownCase is derived from it.
export type { KnownCase, CasesFile } from "./casesSchema";

export const KNOWN_CASES: readonly KnownCase[] = validatedJson<typeof CasesFileSchema>(casesData).cases;

/** Known cases by "volume reporter" where they are reported, built once: a citation looks up its volume, never walks every case. */
let reportedIn: Map<string, KnownCase[]> | undefined;

/** The known case reported at `volume reporter page` ("527 F.3d 221"), if any: the citation checks' lookup and an undated brief's floor. */
export function knownCaseAt(volume: number, reporter: string, page: number): KnownCase | undefined {
  if (!reportedIn) {
    reportedIn = new Map();
    for (const k of KNOWN_CASES) {
      if (k.volume === undefined) continue;
      const key = `${k.volume} ${k.reporter}`;
      reportedIn.set(key, [...(reportedIn.get(key) ?? []), k]);
    }
  }
  return reportedIn.get(`${volume} ${reporter}`)?.find((k) => k.page === page);
}

/** `Banuelos-Rodriguez, 215 F.3d at ${pin}` or, for docket-only cases, `Leyva-Martinez, No. 8:21CR232, slip op. at ${pin}`. */
export function shortCite(k: KnownCase, pin: string): string {
  if (k.volume !== undefined) return `${k.shortName}, ${k.volume} ${k.reporter} at ${pin}`;
  return `${k.shortName}, ${k.docket}, slip op. at ${pin}`;
}

/** Full citation with a pin cite inserted after the first page (reporter cases only). */
export function fullCiteWithPin(k: KnownCase, pin: string): string {
  if (k.volume === undefined) return k.cite;
  const head = `${k.name}, ${k.volume} ${k.reporter} ${k.page}`;
  return `${head}, ${pin}${k.cite.slice(head.length)}`;
}

// ------------------------------------------------------------------ snippets (snippets/markdown.json, completion)


export interface CitationSnippet {
  /** Unique key (the snippet's name in snippets/markdown.json). */
  key: string;
  prefix: string[];
  /** VS Code snippet syntax (tab stops, placeholders, choices). */
  body: string;
  description: string;
  kind: "case-full" | "case-short" | "case-parenthetical" | "guideline" | "statute" | "signal" | "id" | "suppression";
  /** The known case a case snippet writes (cases.json id). */
  caseId?: string;
}

/** Escape text for a snippet body. */
function esc(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\$/g, "\\$").replace(/}/g, "\\}");
}

/** Verified pin pages of a case ("215 F.3d at 978 (holding); see id. at 973-77 …" → ["978", "973-77", "975 n.4"]). */
export function verifiedPins(k: KnownCase): string[] {
  const out: string[] = [];
  for (const p of k.pins ?? []) {
    if (!p.verified) continue;
    for (const part of p.text.split(";")) {
      const at = part.indexOf(" at ");
      if (at < 0) continue;
      const rest = part.slice(at + 4);
      const paren = rest.search(/\s\(/);
      const list = paren >= 0 ? rest.slice(0, paren) : rest;
      for (const item of list.split(",")) {
        const v = item.trim();
        if (/^\d{1,5}(?:[-–]\d{1,5})?(?: n\.\d{1,3})?$/.test(v) && !out.includes(v)) out.push(v);
      }
    }
  }
  return out;
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function pinStop(pins: string[], n: number, fallback: string): string {
  return `\${${n}:${esc(pins[0] ?? fallback)}}`;
}

/** How the citation was checked, in a lawyer's words (the reference's verification levels). */
function verifiedAs(k: KnownCase): string {
  if (k.citationVerified && k.verificationLevel === "primary") return "citation verified against a copy of the opinion";
  if (k.citationVerified && k.verificationLevel === "secondary") return "citation confirmed in a secondary source only (a summary or another opinion quoting it)";
  return k.docket
    ? "docket-number citation taken from the order itself (no reporter or database citation in Heartland's sources)"
    : "citation taken from the opinion itself, not confirmed in another source";
}

/** The argument rules that cite the case for a pattern, by their names lower-cased ("fast-track disparity"). */
function rulesCiting(k: KnownCase, pattern: string): string[] {
  const rules = new Set<string>(RULES.filter((r) => r.holdings.some((h) => h.pattern === pattern && h.authority === k.id)).map((r) => r.id));
  return RULE_FILES.filter((f) => rules.has(f.id)).map((f) => f.name[0].toLowerCase() + f.name.slice(1));
}

/**
 * What a holding parenthetical is about, in the words of the argument rules it answers (their
 * names, lower-cased: "revocation sentence"); the holding's first words when no rule cites it.
 */
function parentheticalTopic(k: KnownCase, pattern: string, text: string): { words: string; slug: string } {
  const names = rulesCiting(k, pattern);
  if (names.length) return { words: names.join(" and "), slug: slug(names[0]) };
  const words = text.replace(/^holding that /, "").split(" ").slice(0, 6).join(" ");
  return { words: `${words}…`, slug: slug(words) };
}

/**
 * The short prefix a lawyer guesses, `cite-<first word of the short name>`, when no other known
 * case could answer to it (`cite-perez` would mean Perez-Frias and Perez-Pena: both keep only
 * their full prefixes, which `cite-perez` still finds).
 */
function firstWordPrefixes(): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  const own = (word: string, id: string) => owners.set(word, (owners.get(word) ?? new Set()).add(id));
  for (const k of KNOWN_CASES) {
    own(slug(k.shortName), k.id);
    own(slug(k.shortName).split("-")[0], k.id);
  }
  const out = new Map<string, string>();
  for (const k of KNOWN_CASES) {
    const first = slug(k.shortName).split("-")[0];
    if (owners.get(first)!.size === 1) out.set(k.id, first);
  }
  return out;
}

/** What a parenthetical states, in the description (checked against the opinion: the seed copy or the reference's reading of it). */
const PARENTHETICAL_KIND: Record<NonNullable<KnownCase["parentheticals"]>[number]["kind"], string> = {
  holding: "the court's holding, checked against the opinion",
  disposition: "the court's ruling on the motion and its reasons, checked against the order (not put as a holding)",
  dictum: "a statement in the opinion, not its holding (checked against the opinion)",
};

function caseSnippets(k: KnownCase, firstWord: string | undefined): CitationSnippet[] {
  const caseSlug = slug(k.shortName);
  const prefixes = (suffix: string) => [...new Set([`cite-${caseSlug}${suffix}`, ...(firstWord ? [`cite-${firstWord}${suffix}`] : [])])];
  const pins = verifiedPins(k);
  const out: CitationSnippet[] = [];
  // full citation: the pin is a tab stop after the first page when a verified pin is known
  // (no verified pin: an empty tab stop after the first page, where the writer types ", 186")
  let full: string;
  if (k.volume !== undefined) {
    const head = `${k.name}, ${k.volume} ${k.reporter} ${k.page}`;
    full = pins.length ? `${esc(head)}, ${pinStop(pins, 1, "")}${esc(k.cite.slice(head.length))}` : `${esc(head)}\${1}${esc(k.cite.slice(head.length))}`;
  } else full = esc(k.cite);
  // the verified pins and what each was verified for (a default pin is the first of them: the writer sees what it supports),
  // then what a writer must know before citing the case (later history, an unverified holding), with every snippet of it
  const pinNote = (k.pins ?? []).map((p) => `Verified pins: ${p.text}, for the point that ${p.proposition}`);
  const withNotes = (text: string, withPins = false) => [text, ...(withPins && pins.length ? pinNote : []), ...(k.caution ? [k.caution.text] : [])].join(". ");
  out.push({ key: `${k.name} — full citation`, prefix: prefixes(""), body: `${full}$0`, description: withNotes(`${k.cite} — ${verifiedAs(k)}`, true), kind: "case-full", caseId: k.id });
  // short form with a pin placeholder
  const short = k.volume !== undefined ? `${esc(`${k.shortName}, ${k.volume} ${k.reporter} at `)}${pinStop(pins, 1, "pin")}` : `${esc(`${k.shortName}, ${k.docket}, slip op. at `)}\${1:page}`;
  out.push({ key: `${k.name} — short form`, prefix: prefixes("-short"), body: `${short}$0`, description: withNotes(`Short form of ${k.cite}`, true), kind: "case-short", caseId: k.id });
  // full citation with an explanatory parenthetical (verified holdings only), and the history later law gave the point
  for (const p of k.parentheticals ?? []) {
    const topic = parentheticalTopic(k, p.pattern, p.text);
    const history = p.history?.text ?? "";
    out.push({
      key: `${k.name} — with parenthetical on ${topic.words}`,
      prefix: prefixes(`-holding-${topic.slug}`),
      body: `${full} (${esc(p.text)})${esc(history)}$0`,
      description: withNotes(`${k.cite} (${p.text})${history} — ${PARENTHETICAL_KIND[p.kind]}`),
      kind: "case-parenthetical",
      caseId: k.id,
    });
  }
  return out;
}

const OTHER_SNIPPETS: CitationSnippet[] = [
  { key: "U.S.S.G. § 2L1.2(b)", prefix: ["ussg", "ussg-2l1.2", "2l1.2"], body: "U.S.S.G. § 2L1.2(b)(${1})$0", description: "Illegal reentry guideline, specific offense characteristic", kind: "guideline" },
  { key: "U.S.S.G. § 2L1.2 commentary note", prefix: ["ussg-note", "ussg-comment", "2l1.2-note"], body: "U.S.S.G. § 2L1.2, comment. (n.${1})$0", description: "Application note to §2L1.2", kind: "guideline" },
  { key: "U.S.S.G. § 3E1.1", prefix: ["ussg-3e1.1", "3e1.1", "acceptance"], body: "U.S.S.G. § 3E1.1$0", description: "Acceptance of responsibility", kind: "guideline" },
  { key: "8 U.S.C. § 1326(b)(2)", prefix: ["1326", "usc-1326", "8usc1326"], body: "8 U.S.C. § 1326(b)(2)$0", description: "Reentry after removal following an aggravated felony (20-year maximum)", kind: "statute" },
  { key: "18 U.S.C. § 3553(a)", prefix: ["3553", "usc-3553", "18usc3553"], body: "18 U.S.C. § 3553(a)$0", description: "Factors to be considered in imposing a sentence", kind: "statute" },
  { key: "18 U.S.C. § 3582(c)(1)(A)", prefix: ["3582", "usc-3582", "compassionate-release"], body: "18 U.S.C. § 3582(c)(1)(A)$0", description: "Compassionate release (sentence reduction)", kind: "statute" },
  { key: "Signal", prefix: ["signal", "sig"], body: "*${1|See,See also,Cf.,But see,But cf.,See generally,Accord,Contra,Compare|}* $0", description: "Introductory signal (italicised)", kind: "signal" },
  { key: "Signal: See, e.g.,", prefix: ["see-eg", "sig-see-eg"], body: "*See, e.g.*, $0", description: "The signal \"See, e.g.,\" (italicised)", kind: "signal" },
  { key: "Id.", prefix: ["id"], body: "*Id.*$0", description: "Id. (the immediately preceding authority)", kind: "id" },
  { key: "Id. at", prefix: ["id-at", "idat"], body: "*Id.* at ${1:pin}$0", description: "Id. at a pin cite", kind: "id" },
];

function suppressionSnippets(): CitationSnippet[] {
  const ids = [...new Set<string>([...RULE_IDS, "citation-check"])].join(","); // stays right when RULE_IDS gains citation-check
  return [
    { key: "Heartland: disable next line", prefix: ["heartland-disable-next-line", "disable-next-line"], body: `<!-- heartland-disable-next-line \${1|${ids}|} -->$0`, description: "Suppress a Heartland rule on the next line", kind: "suppression" },
    { key: "Heartland: disable this line", prefix: ["heartland-disable-line", "disable-line"], body: `<!-- heartland-disable-line \${1|${ids}|} -->$0`, description: "Suppress a Heartland rule on this line", kind: "suppression" },
    { key: "Heartland: disable/enable block", prefix: ["heartland-disable", "disable-block"], body: `<!-- heartland-disable \${1|${ids}|} -->\n$0\n<!-- heartland-enable \${1} -->`, description: "Suppress a Heartland rule between two comments", kind: "suppression" },
  ];
}

/** The completion's one-line detail for a snippet (the editor shows it beside the label). */
export function snippetDetail(s: CitationSnippet): string {
  const k = s.caseId ? KNOWN_CASES.find((x) => x.id === s.caseId) : undefined;
  if (!k) return NOT_A_CASE[s.kind];
  const cite = !k.citationVerified
    ? "docket-number citation from the order itself"
    : k.verificationLevel === "secondary"
      ? "citation confirmed in a secondary source only"
      : "verified citation";
  const caution = k.caution?.kind === "history" ? "; later history: read the note" : k.caution?.kind === "holding" ? "; holding not verified: read the note" : "";
  return `Heartland — ${cite}${caution}`;
}

/** The detail of a snippet that writes no case: a form to fill in, not an authority Heartland checked. */
const NOT_A_CASE: Record<CitationSnippet["kind"], string> = {
  "case-full": "Heartland — case citation",
  "case-short": "Heartland — case short form",
  "case-parenthetical": "Heartland — case citation",
  guideline: "Heartland — guideline citation form (fill in the subsection)",
  statute: "Heartland — statute citation",
  signal: "Heartland — introductory signal",
  id: "Heartland — Id. (the authority cited just before)",
  suppression: "Heartland — comment that turns a check off",
};

/** Every citation snippet Heartland ships (snippets/markdown.json is generated from this). */
export function citationSnippets(): CitationSnippet[] {
  const first = firstWordPrefixes();
  return [...KNOWN_CASES.flatMap((k) => caseSnippets(k, first.get(k.id))), ...OTHER_SNIPPETS, ...suppressionSnippets()];
}

/** The snippets file VS Code reads: { name: { prefix, body, description } }. */
export function snippetsFile(): Record<string, { prefix: string[]; body: string; description: string }> {
  const out: Record<string, { prefix: string[]; body: string; description: string }> = {};
  for (const s of citationSnippets()) out[s.key] = { prefix: s.prefix, body: s.body, description: s.description };
  return out;
}

/** How many emphasis marks (`*`, `_`) end `raw`. */
function emphasisTail(raw: string): number {
  let n = 0;
  while (n < raw.length && (raw[raw.length - 1 - n] === "*" || raw[raw.length - 1 - n] === "_")) n++;
  return n;
}
