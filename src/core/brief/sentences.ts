/**
 * Paragraphs and sentences of a brief, with offsets into the original text.
 *
 * Works on the masked prose string from `proseOf` (same length as the brief), so code,
 * comments and front matter are already blank. Block-quote lines are left out of every
 * paragraph (a quoted holding is not the writer's argument). One linear pass; no regular
 * expressions with nested quantifiers.
 *
 * Legal abbreviations do not end a sentence: "U.S.", "v.", "F.3d", "Cir.", "U.S.S.G.",
 * "No.", "Mr.", "Id.", "e.g.", single-letter initials, and so on.
 */

export interface Span {
  start: number;
  end: number;
}

/** Lower-case tokens (without the final period) that never end a sentence. */
const ABBREVIATIONS = new Set([
  "v", "vs", "no", "nos", "mr", "mrs", "ms", "dr", "id", "ibid", "cir", "ct", "supp", "app", "stat", "pub",
  "inc", "co", "corp", "ltd", "jr", "sr", "st", "dist", "fed", "crim", "civ", "proc", "evid", "ann", "art",
  "ch", "pt", "para", "cl", "sec", "secs", "seq", "al", "cf", "e.g", "i.e", "op", "slip", "rev", "amend",
  "const", "cong", "sess", "rep", "doc", "dkt", "ex", "exh", "def", "defs", "gov", "govt", "n", "nn", "p",
  "pp", "r", "ed", "eds", "u.s", "u.s.c", "u.s.s.g", "ussg", "f", "f.2d", "f.3d", "f.4th", "l.ed", "s.ct",
  "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "hon", "resp", "pet", "br", "tr",
  "approx", "misc", "cal", "tex", "fla", "ariz", "n.y", "d.c", "wash", "ill", "mich", "pa", "mass", "conn",
  "colo", "okla", "wis", "minn", "ga", "va", "md", "del", "ky", "tenn", "ala", "miss", "la", "ark", "mo",
  "neb", "kan", "nev", "ore", "mont", "wyo", "idaho", "b.i.a", "i.n.s", "cr", "ca", "e.d", "w.d", "n.d",
  "s.d", "m.d", "c.d", "d", "ed", "ex", "attach", "decl", "aff", "pl", "pls", "vol", "fig", "cmt", "comment",
]);

const CLOSERS = new Set(['"', "'", ")", "]", "\u201d", "\u2019", "*", "_"]);

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0";
}

export function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
}

/** Is the token that ends at `dot` (exclusive) an abbreviation? */
function endsWithAbbreviation(text: string, dot: number, from: number, dottedOnly = false): boolean {
  let s = dot;
  while (s > from && !isSpace(text[s - 1]) && text[s - 1] !== "(" && text[s - 1] !== "[" && text[s - 1] !== '"' && text[s - 1] !== "\u201c") s--;
  const token = text.slice(s, dot).toLowerCase();
  if (token === "") return false;
  if (dottedOnly && !token.includes(".")) return false;
  if (ABBREVIATIONS.has(token)) return true;
  // "§" and pilcrow citations: "§ 2L1.2." ends a sentence; "§." never occurs.
  const first = token.charCodeAt(0);
  // A single letter is an initial ("J. Smith", "F. Supp.").
  if (token.length === 1 && first >= 97 && first <= 122) return true;
  // Dotted letter groups: "u.s", "u.s.s.g", "f.3d", "e.g", "s.ct" (not "2l1.2", which starts with a digit).
  if (token.includes(".") && !(first >= 48 && first <= 57)) {
    let seg = 0;
    for (let i = 0; i < token.length; i++) {
      if (token[i] === ".") {
        if (seg > 4) return false;
        seg = 0;
      } else seg++;
    }
    return seg <= 4;
  }
  return false;
}

/**
 * Paragraphs: maximal runs of non-blank prose lines between `start` and `end`. Block-quote
 * lines (0-based line numbers in `blockQuoteLines`) and headings separate paragraphs and are
 * left out; a list item starts a new paragraph, and so does a footnote definition (the paragraph
 * starts after its "[^1]:" label); each table row is a paragraph of its own.
 */
export function paragraphsOf(prose: string, blockQuoteLines: Set<number> = new Set(), start = 0, end = prose.length, firstLine?: number): Span[] {
  const out: Span[] = [];
  // `firstLine`: the 0-based line of `start`, when the caller knows it (else counted)
  let line = firstLine ?? 0;
  if (firstLine === undefined) for (let i = 0; i < start; i++) if (prose.charCodeAt(i) === 10) line++;
  let paraStart = -1;
  let paraEnd = -1;
  let pos = start;
  while (pos < end) {
    let nl = prose.indexOf("\n", pos);
    if (nl === -1 || nl > end) nl = end;
    let first = pos;
    while (first < nl && (prose[first] === " " || prose[first] === "\t" || prose[first] === "\r")) first++;
    const blank = first >= nl;
    const quote = blockQuoteLines.has(line);
    const c = prose[first];
    const heading = !blank && c === "#";
    const listItem = !blank && (((c === "-" || c === "*" || c === "+") && isSpace(prose[first + 1] ?? " ")) || (c >= "0" && c <= "9" && /^\d{1,9}[.)] /.test(prose.slice(first, first + 11))));
    // a footnote definition ("[^1]: …") starts a paragraph after its label; a table row is one
    const footnote = !blank && c === "[" && prose[first + 1] === "^" ? footnoteLabelEnd(prose, first, nl) : -1;
    const tableRow = !blank && c === "|";
    if (footnote !== -1) {
      first = footnote;
      while (first < nl && (prose[first] === " " || prose[first] === "\t" || prose[first] === "\r")) first++;
    }
    if (blank || quote || heading || listItem || footnote !== -1 || tableRow) {
      if (paraStart !== -1) out.push({ start: paraStart, end: paraEnd });
      paraStart = -1;
    }
    if (heading || (tableRow && !quote)) out.push({ start: first, end: trimEnd(prose, first, nl) });
    else if (!blank && !quote && first < nl) {
      if (paraStart === -1) paraStart = first;
      paraEnd = trimEnd(prose, first, nl);
    }
    pos = nl + 1;
    line++;
  }
  if (paraStart !== -1) out.push({ start: paraStart, end: paraEnd });
  return out;
}

/** End of a footnote label "[^x]:" at `i` (the offset after the colon), or -1. */
function footnoteLabelEnd(prose: string, i: number, end: number): number {
  let j = i + 2;
  while (j < end && j - i < 1000 && prose[j] !== "]" && prose[j] !== "[" && !isSpace(prose[j])) j++;
  return j > i + 2 && prose[j] === "]" && prose[j + 1] === ":" ? j + 2 : -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/** Sentences of `text` between `start` and `end` (normally one paragraph), trimmed. */
export function sentencesOf(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  while (s < end && isSpace(text[s])) s++;
  let i = s;
  while (i < end) {
    const c = text[i];
    if (c === "." || c === "?" || c === "!") {
      // run of terminal punctuation and closers
      let j = i + 1;
      while (j < end && (text[j] === "." || text[j] === "?" || text[j] === "!")) j++;
      while (j < end && CLOSERS.has(text[j])) j++;
      if (j >= end) break;
      if (!isSpace(text[j])) {
        i = j;
        continue;
      }
      let k = j;
      while (k < end && isSpace(text[k])) k++;
      if (k >= end) break;
      const next = text[k];
      const nextCode = text.charCodeAt(k);
      const upper = (nextCode >= 65 && nextCode <= 90) || (nextCode > 191 && next.toLowerCase() !== next);
      const opener = next === '"' || next === "\u201c" || next === "(" || next === "[" || next === "*" || next === "_" || next === "§" || (nextCode >= 48 && nextCode <= 57);
      if (!(upper || opener)) {
        i = k;
        continue;
      }
      // After a closing quote or parenthesis only a dotted abbreviation ("U.S.S.G.")") continues the sentence.
      if (c === "." && endsWithAbbreviation(text, i, s, j !== i + 1)) {
        i = k;
        continue;
      }
      // "Id." / "Id. at 5." are citation sentences of their own only when followed by a capital after a full stop.
      out.push({ start: s, end: trimEnd(text, s, j) });
      s = k;
      i = k;
      continue;
    }
    i++;
  }
  const e = trimEnd(text, s, end);
  if (e > s) out.push({ start: s, end: e });
  return out;
}

/** True when the character at `i` starts a word (used by cue matching). */
export function isWordStart(text: string, i: number): boolean {
  return isAlnum(text.charCodeAt(i)) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)));
}

/** The sentence of `sentences` (in order, as from `sentencesOf`) that contains `offset`, if any. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The clause of `sentence` (between semicolons) that holds [start, end): "X was deleted; Y applies." → "Y applies." for Y. */
export function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  let a = sentence.start;
  for (let i = start - 1; i >= sentence.start; i--) {
    if (text[i] === ";") {
      a = i + 1;
      break;
    }
  }
  let b = sentence.end;
  const semi = text.indexOf(";", end);
  if (semi !== -1 && semi < sentence.end) b = semi;
  while (a < b && isSpace(text[a])) a++;
  return { start: a, end: b };
}

/** Every sentence of a brief's prose (block quotes left out), in order. */
export function briefSentences(prose: string, blockQuoteLines: Set<number>): Span[] {
  return paragraphsOf(prose, blockQuoteLines).flatMap((p) => sentencesOf(prose, p.start, p.end));
}
