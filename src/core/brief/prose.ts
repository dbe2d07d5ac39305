/**
 * Which parts of a Markdown brief are prose.
 *
 * `proseOf(text)` returns a string of the same length in which everything that is not
 * prose — front matter, fenced and indented code (except a top-level line that reads as a sentence:
 * a pasted paragraph's first-line indent, `readsAsProse`), code spans, HTML blocks (`<pre>`, `<div>` …),
 * HTML comments, link and image targets, autolinks, bare URLs and e-mail addresses, link
 * reference definitions, thematic breaks, table delimiter rows, footnote references — is
 * replaced by spaces (line breaks are kept). Every recogniser runs on that string, so offsets
 * into it are offsets into the brief.
 *
 * The block structure follows CommonMark 0.31 and GFM (tables, footnotes, autolink literals)
 * for everything a brief uses: block quotes (with lazy continuation lines, inside list items,
 * nested) are quotations and listed in `blockQuoteLines`; footnote definitions (with their
 * indented and lazy continuation lines) are prose; table cells are prose. Container markers
 * (`>`, `-`, `1.`, `[^1]:`), heading `#`s and emphasis marks stay in the string: the paragraph
 * splitter reads them. `test/unit/prose.differential.test.ts` checks the map against micromark
 * (a CommonMark parser) over the spec examples and the project's briefs.
 *
 * One linear pass over the lines plus an inline pass over each paragraph; no regular
 * expression with nested quantifiers.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ProseMap {
  /** Same length as the input; non-prose characters replaced by spaces. */
  prose: string;
  /** Front matter block (including its fences), if the brief opens with one. `format` is "toml" for `+++` fences. */
  frontMatter?: { start: number; end: number; bodyStart: number; bodyEnd: number; format?: "yaml" | "toml" };
  /** 0-based line numbers whose text is a quotation: inside a block quote (`> …`, its lazy continuation lines, `- > …`, nested). */
  blockQuoteLines: Set<number>;
  /** HTML comments, in order (suppression comments live here). */
  comments: Span[];
  /** 0-based lines longer than the line limit: not prose a lawyer writes, so not read. */
  longLines: number[];
  /** Footnote definitions (`[^1]: …`), from the `[` of the label to the end of the definition's last line. */
  footnotes: { label: string; start: number; end: number }[];
}

/**
 * Lines longer than this are skipped, as Code Spell Checker skips them: minified or generated
 * text, never a paragraph of a brief (a long paragraph is a few thousand characters).
 */
export const MAX_LINE_LENGTH = 20000;

/** Ranges to blank over `text`, collected (mostly in document order) and applied once at the end. */
interface Blanks {
  text: string;
  r: number[];
}

/**
 * Whether an indented line (`from`–`to`, its text after the indent) reads as a sentence of a brief
 * rather than code: it opens with a capital letter (or a quotation mark, parenthesis or section sign
 * before one, or a list's bullet), has at least six words of two or more letters, letters and spaces make up at least 80 %
 * of it, and it has none of the characters code is made of ({ } = < > ` \\ | ^ ~ _; a brief's "$40 sale" is prose).
 * Code Spell Checker and LTeX skip indented code; a brief has none, but pasted filings keep the PDF's
 * first-line indent.
 */
export function readsAsProse(text: string, from: number, to: number): boolean {
  let i = from;
  // a pasted list's bullet ("- Got my GED (2013) and completed 31 ACE classes.")
  if ((text.charCodeAt(i) === 45 || text.charCodeAt(i) === 42 || text.charCodeAt(i) === 0x2022) && text.charCodeAt(i + 1) === 32) i += 2;
  while (i < to && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 40 || text.charCodeAt(i) === 167 || text.charCodeAt(i) === 0x201c || text.charCodeAt(i) === 32)) i++;
  const first = text.charCodeAt(i);
  if (!(first >= 65 && first <= 90)) return false;
  let words = 0, run = 0, plain = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 123 || c === 125 || c === 61 || c === 60 || c === 62 || c === 96 || c === 92 || c === 124 || c === 94 || c === 126 || c === 95) return false;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (letter || c === 32) plain++;
    if (letter) run++;
    else {
      if (run >= 2) words++;
      run = 0;
    }
  }
  if (run >= 2) words++;
  return (words >= 6 && plain >= 0.8 * (to - from)) || numberedCapsHeading(text, i, to);
}

/**
 * A pasted filing's heading set off with the same indent as its paragraphs: a number or letter and a period, then
 * capitals ("I. MY SENTENCE", "III. THE COURT CAN GO BELOW THE MANDATORY MINIMUM", "B. THE PRIOR"). Read as code, it
 * would open an indented code block that swallows every indented paragraph after it.
 */
function numberedCapsHeading(text: string, from: number, to: number): boolean {
  let i = from;
  // the number: roman (I, IV …), one capital letter, or one or two digits, then ". "
  while (i < to && i - from < 6 && "IVXLC".includes(text[i])) i++;
  if (i === from) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) i++;
    if (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  }
  if (i === from || text[i] !== "." || text[i + 1] !== " ") return false;
  let upper = 0;
  for (let k = i + 2; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
    else if (!(c === 32 || c === 39 || c === 44 || c === 45 || c === 46 || c === 58 || c === 0x2019 || (c >= 48 && c <= 57) || c === 167 || c === 40 || c === 41)) return false;
  }
  return upper >= 4 && to - from <= 120;
}

/** Only kept characters between `from` and `to` (\n, and \r before \n): blanking them changes nothing. */
function isBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && !(c === 13 && text.charCodeAt(i + 1) === 10)) return false;
  }
  return true;
}

function blank(ranges: Blanks, start: number, end: number): void {
  if (end <= start) return;
  const r = ranges.r;
  const n = r.length;
  // touching, overlapping, or only a line break away (blanking keeps line breaks): extend the previous range
  if (n && r[n - 2] <= start && (r[n - 1] >= start || (start - r[n - 1] <= 2 && isBreak(ranges.text, r[n - 1], start)))) {
    if (end > r[n - 1]) r[n - 1] = end;
    return;
  }
  r.push(start, end);
}

/**
 * `text` from `start` to `end` with every character but \n, and \r before \n, replaced by a space. A
 * character's fate depends on the text alone, not on where a range ends, so ranges may be merged or
 * split freely (a lone \r, not a line break here, is blanked wherever it falls): `Brief.after` relies on it.
 */
function spaces(text: string, start: number, end: number): string {
  const seg = text.slice(start, end);
  const crAtEnd = text.charCodeAt(end) === 10;
  if (seg.indexOf("\n") === -1) return crAtEnd && seg.charCodeAt(seg.length - 1) === 13 ? " ".repeat(seg.length - 1) + "\r" : " ".repeat(seg.length);
  const parts: string[] = [];
  let pos = 0;
  for (;;) {
    const nl = seg.indexOf("\n", pos);
    const end = nl === -1 ? seg.length : nl;
    const cr = end > pos && seg.charCodeAt(end - 1) === 13 && (nl !== -1 || crAtEnd);
    parts.push(" ".repeat(end - pos - (cr ? 1 : 0)) + (cr ? "\r" : ""));
    if (nl === -1) return parts.join("\n");
    pos = nl + 1;
  }
}

function applyBlanks(text: string, ranges: Blanks, from = 0, to = text.length): string {
  const r = ranges.r;
  if (r.length === 0) return from === 0 && to === text.length ? text : text.slice(from, to);
  // ranges are in order except those added when a paragraph closes: sort pairs by start
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i], r[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = from;
  for (const [s, end] of pairs) {
    const start = Math.max(s, pos);
    if (end <= start) continue;
    parts.push(text.slice(pos, start), spaces(text, start, end));
    pos = end;
  }
  parts.push(text.slice(pos, to));
  return parts.join("");
}

// ------------------------------------------------------------------ character classes

const SP = 32;
const TAB = 9;

function isBlankChar(c: number): boolean {
  return c === SP || c === TAB;
}

function isWs(c: number): boolean {
  return c === SP || c === TAB || c === 10 || c === 13 || c === 12 || c === 11;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 48 && c <= 57);
}

// ------------------------------------------------------------------ HTML blocks (CommonMark 4.6)

const HTML_RAW = new Set(["pre", "script", "style", "textarea"]);
const HTML_BLOCK = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
    "main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
    "title tr track ul"
  ).split(" "),
);

/** `<tag attr="…">` or `</tag>` exactly at `s[i…]`; returns the end offset or -1 (CommonMark 6.6). */
function htmlTagEnd(s: string, i: number, end: number): number {
  if (s.charCodeAt(i) !== 60) return -1;
  let j = i + 1;
  const closing = s.charCodeAt(j) === 47;
  if (closing) j++;
  if (!isAsciiAlpha(s.charCodeAt(j))) return -1;
  while (j < end && (isAsciiAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 45)) j++;
  if (closing) {
    while (j < end && isWs(s.charCodeAt(j))) j++;
    return s.charCodeAt(j) === 62 ? j + 1 : -1;
  }
  for (;;) {
    const ws = j;
    while (j < end && isWs(s.charCodeAt(j))) j++;
    const c = s.charCodeAt(j);
    if (c === 62) return j + 1;
    if (c === 47) return s.charCodeAt(j + 1) === 62 ? j + 2 : -1;
    if (j === ws) return -1; // attributes need whitespace before them
    // attribute name
    if (!(isAsciiAlpha(c) || c === 95 || c === 58)) return -1;
    j++;
    while (j < end) {
      const d = s.charCodeAt(j);
      if (isAsciiAlnum(d) || d === 95 || d === 46 || d === 58 || d === 45) j++;
      else break;
    }
    // optional value
    let k = j;
    while (k < end && isWs(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) !== 61) continue;
    k++;
    while (k < end && isWs(s.charCodeAt(k))) k++;
    const q = s.charCodeAt(k);
    if (q === 34 || q === 39) {
      const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
      if (close === -1 || close >= end) return -1;
      j = close + 1;
    } else {
      const v = k;
      while (k < end) {
        const d = s.charCodeAt(k);
        if (isWs(d) || d === 34 || d === 39 || d === 61 || d === 60 || d === 62 || d === 96) break;
        k++;
      }
      if (k === v) return -1;
      j = k;
    }
  }
}

/** Which kind of HTML block starts at `line[i…]` (1–7), or 0. */
function htmlBlockStart(line: string, i: number, canInterrupt: boolean): number {
  if (line.charCodeAt(i) !== 60) return 0;
  const rest = line.slice(i, i + 12).toLowerCase();
  if (rest.startsWith("<!--")) return 2;
  if (rest.startsWith("<?")) return 3;
  if (rest.startsWith("<![cdata[")) return 5;
  if (rest.startsWith("<!") && isAsciiAlpha(line.charCodeAt(i + 2))) return 4;
  let j = i + 1;
  const closing = line.charCodeAt(j) === 47;
  if (closing) j++;
  const nameStart = j;
  while (j < line.length && isAsciiAlnum(line.charCodeAt(j))) j++;
  const name = line.slice(nameStart, j).toLowerCase();
  const after = line.charCodeAt(j);
  const delim = j >= line.length || after === SP || after === TAB || after === 62;
  if (!closing && HTML_RAW.has(name) && delim) return 1;
  if (HTML_BLOCK.has(name) && (delim || (after === 47 && line.charCodeAt(j + 1) === 62))) return 6;
  if (!canInterrupt && name !== "" && !(HTML_RAW.has(name) && !closing)) {
    const e = htmlTagEnd(line, i, line.length);
    if (e !== -1 && line.slice(e).trim() === "") return 7;
  }
  return 0;
}

function htmlBlockEnds(type: number, line: string): boolean {
  switch (type) {
    case 1: {
      const l = line.toLowerCase();
      return l.includes("</pre>") || l.includes("</script>") || l.includes("</style>") || l.includes("</textarea>");
    }
    case 2:
      return line.includes("-->");
    case 3:
      return line.includes("?>");
    case 4:
      return line.includes(">");
    case 5:
      return line.includes("]]>");
    default:
      return false;
  }
}

// ------------------------------------------------------------------ the block parser

interface Container {
  kind: "quote" | "item" | "footnote";
  /** Columns a continuation line must be indented by (items: content offset; footnotes: 4). */
  indent: number;
  /** Items: has the item any content yet (an item may begin with at most one blank line)? */
  hasContent: boolean;
  /** Footnotes: index into `footnotes`. */
  footnote?: number;
}

type Leaf =
  | { kind: "none" }
  | { kind: "paragraph"; depth: number; start: number; end: number; lines: number; firstLineStart: number; lastLineStart: number; lastLineEnd: number; line: number; clean: boolean }
  | { kind: "fence"; depth: number; char: number; len: number }
  | { kind: "indented"; depth: number }
  | { kind: "html"; depth: number; type: number; commentOpen: number }
  | { kind: "table"; depth: number; columns: number };

const NONE: Leaf = { kind: "none" };

/** Number of `|`-separated cells in a table row (GFM: leading and trailing pipes optional, `\|` escaped). */
function tableCells(s: string, from: number, to: number): { start: number; end: number }[] {
  let a = from;
  while (a < to && isBlankChar(s.charCodeAt(a))) a++;
  let b = to;
  while (b > a && isBlankChar(s.charCodeAt(b - 1))) b--;
  if (a < b && s.charCodeAt(a) === 124) a++;
  if (b > a && s.charCodeAt(b - 1) === 124 && s.charCodeAt(b - 2) !== 92) b--;
  const cells: { start: number; end: number }[] = [];
  let cs = a;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124) {
      cells.push({ start: cs, end: i });
      cs = i + 1;
    }
  }
  cells.push({ start: cs, end: b });
  return cells;
}

/** A GFM delimiter row (`| --- | :-: |`): its number of columns, or 0. */
function delimiterRow(s: string, from: number, to: number): number {
  let pipes = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 124) pipes = true;
    else if (c !== 45 && c !== 58 && !isBlankChar(c)) return 0;
  }
  const cells = tableCells(s, from, to);
  for (const cell of cells) {
    const t = s.slice(cell.start, cell.end).trim();
    if (!/^:?-+:?$/.test(t)) return 0;
  }
  if (!pipes && cells.length < 2 && !s.slice(from, to).includes("|")) {
    // a single column needs a pipe ("|---|"), else it is a setext underline or thematic break
    return 0;
  }
  return cells.length;
}

/**
 * Front matter: '---' (YAML, closed by '---' or '...') or '+++' (TOML) on the first line, up to its
 * closing fence. Reads only the lines it needs, so the status item can read a brief's settings
 * without its prose map (issue 9); `proseOf` uses it too.
 */
/** The front-matter fence that opens `text` ("---" or "+++" alone on the first line, with a line after it), if any. */
function openingFence(text: string): "---" | "+++" | undefined {
  const nl0 = text.indexOf("\n");
  if (nl0 === -1) return undefined;
  const open = text.slice(0, nl0).trimEnd();
  return open === "---" || open === "+++" ? open : undefined;
}

export function frontMatterOf(text: string): ProseMap["frontMatter"] {
  const open = openingFence(text);
  if (!open) return undefined;
  const nl0 = text.indexOf("\n");
  for (let start = nl0 + 1; ; ) {
    const nl = text.indexOf("\n", start);
    let e = nl === -1 ? text.length : nl;
    if (e > start && text.charCodeAt(e - 1) === 13) e--;
    const t = text.slice(start, e).trimEnd();
    if (t === open || (open === "---" && t === "...")) return { start: 0, end: e, bodyStart: nl0 + 1, bodyEnd: start, format: open === "+++" ? "toml" : "yaml" };
    if (nl === -1) return undefined;
    start = nl + 1;
  }
}

/**
 * The offset from which on a change cannot alter what `frontMatterOf(text)` reads (the opening fence, the
 * lines after it, the closing fence): a change that starts at or after it (an offset in `text`) leaves
 * `frontMatterOf`, and the settings read from the front matter, as they were. `Infinity` where a change
 * anywhere could (an opening fence not closed yet: a later line may close it; or a text of one line).
 * With front matter: the start of the line after its closing fence. Without an opening fence: the start
 * of the second line (only the first line could make one). The status item uses it not to read a 250 KB
 * brief's text on every keystroke (issue 9).
 */
export function frontMatterReach(text: string, fm: ProseMap["frontMatter"] = frontMatterOf(text)): number {
  if (fm) {
    const nl = text.indexOf("\n", fm.end);
    return nl === -1 ? Infinity : nl + 1;
  }
  if (openingFence(text)) return Infinity;
  const nl0 = text.indexOf("\n");
  return nl0 === -1 ? Infinity : nl0 + 1;
}

export function proseOf(text: string, maxLineLength: number = MAX_LINE_LENGTH): ProseMap {
  return scanProse(text, maxLineLength).map;
}

/**
 * A top-level paragraph that may be re-read alone (issue 9, `Brief.after`): the parser entered its
 * first line with no container and no leaf open, and a blank line closed it. `start` is its first
 * line's start, `end` the offset of the "\n" that ends its last line, `line`/`lastLine` 0-based.
 */
export interface ParagraphBlock {
  line: number;
  lastLine: number;
  start: number;
  end: number;
}

/** Re-reading one paragraph block in place: lines [from, to) of `text` from a clean parser state. */
interface BlockRange {
  from: number;
  to: number;
  line: number;
  /** Footnote labels defined in the rest of the brief (a paragraph defines none). */
  labels: Set<string>;
}

interface Scan {
  map: ProseMap;
  blocks: ParagraphBlock[];
  /** Range mode: the range read as exactly one top-level paragraph spanning all its lines. */
  single: boolean;
}

function scanProse(text: string, maxLineLength: number, range?: BlockRange): Scan {
  const chars: Blanks = { text, r: [] };
  const blocks: ParagraphBlock[] = [];
  /** Range mode: a line did something but continue the one paragraph (a block start, a blank line, a container). */
  let structural = false;
  const blockQuoteLines = new Set<number>();
  const comments: Span[] = [];
  const longLines: number[] = [];
  const footnotes: ProseMap["footnotes"] = [];
  const footnoteLabels = range ? range.labels : new Set<string>();
  /** Footnote references (`[^1]`) seen in paragraphs: blanked at the end if their label is defined. */
  const footnoteCalls: { start: number; end: number; label: string }[] = [];
  let frontMatter: ProseMap["frontMatter"];

  // Lines with offsets (range mode: the range's lines, numbered from 0; `lineBase` is the first's number).
  const lineBase = range ? range.line : 0;
  const limit = range ? range.to : text.length;
  const lineStarts: number[] = [range ? range.from : 0];
  for (let i = text.indexOf("\n", lineStarts[0]); i !== -1 && i < limit; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineCount = lineStarts.length;
  const lineEnd = (l: number) => {
    let e = l + 1 < lineCount ? lineStarts[l + 1] - 1 : limit;
    if (e > lineStarts[l] && text.charCodeAt(e - 1) === 13) e--;
    return e;
  };

  let first = 0;
  frontMatter = range ? undefined : frontMatterOf(text);
  if (frontMatter) {
    blank(chars, 0, frontMatter.end);
    // the line after the closing fence (bodyEnd is the closing fence's line start)
    let lo = 1;
    let hi = lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineStarts[mid] < frontMatter.bodyEnd) lo = mid + 1;
      else hi = mid;
    }
    first = lo + 1;
  }

  // ---------------------------------------------------------------- inline scan of one leaf
  // [from, to) in `text`; container prefixes of continuation lines lie inside the range but
  // hold only '>' and blanks, which no inline construct below can use.

  const scanInline = (from: number, to: number) => {
    /** Open '[' / '![' brackets that may start a link or image text (inactive: inside a link, so no link). */
    const brackets: { image: boolean; active: boolean }[] = [];
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) {
        i += isAsciiPunct(text.charCodeAt(i + 1)) ? 2 : 1;
        continue;
      }
      if (c === 96 /* ` */) {
        let n = 1;
        while (i + n < to && text.charCodeAt(i + n) === 96) n++;
        let j = i + n;
        let closeAt = -1;
        while (j < to) {
          const k = text.indexOf("`", j);
          if (k === -1 || k >= to) break;
          let m = 1;
          while (k + m < to && text.charCodeAt(k + m) === 96) m++;
          if (m === n) {
            closeAt = k;
            break;
          }
          j = k + m;
        }
        if (closeAt === -1) {
          i += n;
          continue;
        }
        blank(chars, i, closeAt + n);
        i = closeAt + n;
        continue;
      }
      if (c === 60 /* < */) {
        if (text.startsWith("<!--", i)) {
          // CommonMark 0.31: "<!-->" and "<!--->" are comments too
          let close: number;
          if (text.startsWith("<!-->", i)) close = i + 5;
          else if (text.startsWith("<!--->", i)) close = i + 6;
          else {
            const k = text.indexOf("-->", i + 4);
            close = k === -1 || k + 3 > to ? -1 : k + 3;
          }
          if (close !== -1) {
            blank(chars, i, close);
            comments.push({ start: i, end: close });
            i = close;
            continue;
          }
        }
        // autolink: <scheme:…> or <address@domain>
        let j = i + 1;
        while (j < to) {
          const d = text.charCodeAt(j);
          if (d === 62 || d === 60 || isWs(d)) break;
          j++;
        }
        if (j < to && text.charCodeAt(j) === 62) {
          const inner = text.slice(i + 1, j);
          if (/^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(inner) || /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/.test(inner)) {
            blank(chars, i, j + 1);
            i = j + 1;
            continue;
          }
        }
        // raw HTML tag: markup, skipped whole so that its attributes are not read as links
        const e = htmlTagEnd(text, i, to);
        if (e !== -1) {
          i = e;
          continue;
        }
        i++;
        continue;
      }
      if (c === 91 /* [ */) {
        if (text.charCodeAt(i + 1) === 94 /* ^ */) {
          // footnote reference [^label]
          let j = i + 2;
          while (j < to && j - i < 1000) {
            const d = text.charCodeAt(j);
            if (d === 93 || d === 91 || isWs(d)) break;
            j++;
          }
          if (j > i + 2 && j < to && text.charCodeAt(j) === 93) {
            footnoteCalls.push({ start: i, end: j + 1, label: text.slice(i + 2, j).toLowerCase() });
            i = j + 1;
            continue;
          }
        }
        brackets.push({ image: i > from && text.charCodeAt(i - 1) === 33 /* ! */, active: true });
        i++;
        continue;
      }
      if (c === 93 /* ] */) {
        const open = brackets.pop();
        if (open && open.active && text.charCodeAt(i + 1) === 40 /* ( */) {
          const e = resourceEnd(text, i + 1, to);
          if (e !== -1) {
            blank(chars, i + 1, e);
            // a link cannot contain another link: earlier '[' can no longer open one
            if (!open.image) for (const b of brackets) if (!b.image) b.active = false;
            i = e;
            continue;
          }
        }
        i++;
        continue;
      }
      if (c === 104 /* h */ || c === 119 /* w */) {
        // GFM: "www." after white space or one of ( * _ [ ] ~; "http(s)://" after anything but a letter
        const prev = i > from ? text.charCodeAt(i - 1) : SP;
        if (c === 104 ? !isAsciiAlpha(prev) : isWs(prev) || prev === 40 || prev === 42 || prev === 95 || prev === 91 || prev === 93 || prev === 126) {
          const e = literalUrlEnd(text, i, to);
          if (e !== -1) {
            blank(chars, i, e);
            i = e;
            continue;
          }
        }
      }
      if (c === 64 /* @ */) {
        const span = literalEmail(text, i, from, to);
        if (span) {
          blank(chars, span.start, span.end);
          i = span.end;
          continue;
        }
      }
      i++;
    }
  };

  // ---------------------------------------------------------------- leaf closing

  let leaf: Leaf = NONE;
  const stack: Container[] = [];
  /** End of the last line with content (where a closing footnote definition or comment block ends). */
  let lastContentEnd = 0;

  const closeLeaf = () => {
    if (leaf.kind === "paragraph") {
      let from = leaf.start;
      if (text.charCodeAt(from) === 91 /* [ */) from = referenceDefinitions(text, from, leaf.end, chars);
      if (from < leaf.end) scanInline(from, leaf.end);
    } else if (leaf.kind === "html" && leaf.commentOpen !== -1) {
      // an HTML comment block that its container or the brief ends before "-->"
      comments.push({ start: leaf.commentOpen, end: Math.max(lastContentEnd, leaf.commentOpen + 4) });
    }
    leaf = NONE;
  };

  /** Close the containers past `depth` (and the leaf inside them). */
  const closeContainers = (depth: number) => {
    if (stack.length > depth) {
      closeLeaf();
      for (let k = depth; k < stack.length; k++) {
        const f = stack[k].footnote;
        if (f !== undefined) footnotes[f].end = lastContentEnd;
      }
      stack.length = depth;
    }
  };

  const inQuote = (depth: number) => {
    for (let k = 0; k < depth; k++) if (stack[k].kind === "quote") return true;
    return false;
  };

  // cursor over the current line: offset, column, and the columns of a tab already consumed
  let end = 0;
  let off = 0;
  let col = 0;
  let tabUsed = 0;
  let nonspace = 0;
  let nonspaceCol = 0;
  const findNonspace = () => {
    let i = off;
    let c = col;
    while (i < end) {
      const ch = text.charCodeAt(i);
      if (ch === SP) c++;
      else if (ch === TAB) c += i === off && tabUsed ? 4 - ((col - tabUsed) % 4) - tabUsed : 4 - (c % 4);
      else break;
      i++;
    }
    nonspace = i;
    nonspaceCol = c;
  };
  /** Advance by `n` columns (tabs count to the next multiple of 4, possibly in part). */
  const advanceColumns = (n: number) => {
    while (n > 0 && off < end) {
      const ch = text.charCodeAt(off);
      if (ch === TAB) {
        const width = 4 - ((col - tabUsed) % 4) - tabUsed;
        if (n < width) {
          tabUsed += n;
          col += n;
          return;
        }
        n -= width;
        col += width;
        tabUsed = 0;
        off++;
      } else {
        n--;
        col++;
        off++;
      }
    }
  };
  const advanceTo = (i: number) => {
    while (off < i) advanceColumns(1);
  };

  let prevEnd = 0;
  let prevHasContent = false;
  for (let l = first; l < lineCount; l++) {
    const entryClean = stack.length === 0 && leaf.kind === "none";
    const start = lineStarts[l];
    end = lineEnd(l);
    if (prevHasContent) lastContentEnd = prevEnd;
    prevEnd = end;
    off = start;
    col = 0;
    tabUsed = 0;
    findNonspace();
    const afterBlank = !prevHasContent;
    prevHasContent = nonspace < end;
    if (end - start > maxLineLength) {
      longLines.push(lineBase + l);
      blank(chars, start, end);
      structural = true;
      continue;
    }

    let quoteLine = false;

    // 1. which open containers does this line continue?
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const c = stack[matched];
      findNonspace();
      const indent = nonspaceCol - col;
      if (c.kind === "quote") {
        if (indent > 3 || nonspace >= end || text.charCodeAt(nonspace) !== 62) break;
        advanceTo(nonspace + 1);
        if (off < end && (text.charCodeAt(off) === SP || text.charCodeAt(off) === TAB)) advanceColumns(1);
        quoteLine = true;
      } else if (c.kind === "item") {
        if (nonspace >= end) {
          if (!c.hasContent) break;
          advanceTo(nonspace);
        } else if (indent >= c.indent) advanceColumns(c.indent);
        else break;
      } else {
        if (nonspace >= end) advanceTo(nonspace);
        else if (indent >= 4) advanceColumns(4);
        else break;
      }
    }
    let allMatched = matched === stack.length;

    // 2. a leaf that takes every line: fenced code, HTML block, indented code
    if (allMatched && leaf.kind === "fence") {
      findNonspace();
      blank(chars, start, end);
      if (nonspaceCol - col <= 3) {
        let n = 0;
        while (nonspace + n < end && text.charCodeAt(nonspace + n) === leaf.char) n++;
        if (n >= leaf.len && text.slice(nonspace + n, end).trim() === "") leaf = NONE;
      }
      if (quoteLine || inQuote(stack.length)) blockQuoteLines.add(lineBase + l);
      continue;
    }
    if (allMatched && leaf.kind === "html") {
      const line = text.slice(off, end);
      if ((leaf.type === 6 || leaf.type === 7) && line.trim() === "") {
        leaf = NONE;
      } else {
        blank(chars, start, end);
        if (leaf.type === 2 && leaf.commentOpen !== -1) {
          const k = text.indexOf("-->", off);
          if (k !== -1 && k < end) {
            comments.push({ start: leaf.commentOpen, end: k + 3 });
            leaf.commentOpen = -1;
          }
        }
        if (htmlBlockEnds(leaf.type, line)) leaf = NONE;
        if (quoteLine || inQuote(stack.length)) blockQuoteLines.add(lineBase + l);
        continue;
      }
    }

    // 3. new containers and leaf starts
    let started = false;
    for (;;) {
      findNonspace();
      const indent = nonspaceCol - col;
      const blankRest = nonspace >= end;
      const ch = blankRest ? -1 : text.charCodeAt(nonspace);
      const paragraphTip = leaf.kind === "paragraph";
      const interrupting = allMatched && paragraphTip;
      if (indent >= 4) {
        // a top-level line that reads as a sentence is a paragraph pasted with its first-line indent
        // (a PDF's "      Had Mr. Lopez been arrested …"), not code: read as the paragraph it starts
        // …also after a blank line that an indented line read as code came before (a pasted filing's "     - Got my GED",
        // "     Respectfully,"): the code block ends there rather than swallow every indented paragraph after it
        const prose = !paragraphTip && !blankRest && stack.length === 0 && (leaf.kind !== "indented" || afterBlank) && readsAsProse(text, nonspace, end);
        if (prose && leaf.kind === "indented") closeLeaf();
        else if (!paragraphTip && !blankRest && !prose) {
          closeContainers(matched);
          if (leaf.kind !== "indented") closeLeaf();
          leaf = { kind: "indented", depth: stack.length };
          blank(chars, off, end);
          started = true;
        }
        break;
      }
      if (ch === 62 /* > */) {
        closeContainers(matched);
        closeLeaf();
        advanceTo(nonspace + 1);
        if (off < end && (text.charCodeAt(off) === SP || text.charCodeAt(off) === TAB)) advanceColumns(1);
        stack.push({ kind: "quote", indent: 0, hasContent: true });
        structural = true;
        matched = stack.length;
        allMatched = true;
        quoteLine = true;
        continue;
      }
      if (ch === 96 /* ` */ || ch === 126 /* ~ */) {
        let n = 0;
        while (nonspace + n < end && text.charCodeAt(nonspace + n) === ch) n++;
        if (n >= 3 && !(ch === 96 && text.slice(nonspace + n, end).includes("`"))) {
          closeContainers(matched);
          closeLeaf();
          leaf = { kind: "fence", depth: stack.length, char: ch, len: n };
          blank(chars, off, end);
          started = true;
          break;
        }
      }
      if (ch === 60 /* < */) {
        const type = htmlBlockStart(text.slice(nonspace, end), 0, interrupting || (!allMatched && paragraphTip));
        if (type) {
          closeContainers(matched);
          closeLeaf();
          const line = text.slice(nonspace, end);
          blank(chars, off, end);
          let commentOpen = -1;
          if (type === 2) {
            const k = text.indexOf("-->", nonspace + 4);
            if (k !== -1 && k < end) comments.push({ start: nonspace, end: k + 3 });
            else commentOpen = nonspace;
          }
          leaf = htmlBlockEnds(type, type === 2 ? line.slice(4) : line) ? NONE : { kind: "html", depth: stack.length, type, commentOpen };
          started = true;
          break;
        }
      }
      if (ch === 35 /* # */) {
        let n = 0;
        while (nonspace + n < end && text.charCodeAt(nonspace + n) === 35) n++;
        const after = nonspace + n < end ? text.charCodeAt(nonspace + n) : SP;
        if (n <= 6 && (after === SP || after === TAB)) {
          closeContainers(matched);
          closeLeaf();
          scanInline(nonspace + n, end);
          started = true;
          break;
        }
      }
      if (interrupting && (ch === 61 /* = */ || ch === 45 /* - */)) {
        let n = 0;
        while (nonspace + n < end && text.charCodeAt(nonspace + n) === ch) n++;
        // (a paragraph of nothing but reference definitions has no text to make a heading of)
        const text0 = leaf.kind === "paragraph" && text.charCodeAt(leaf.start) === 91 ? referenceDefinitions(text, leaf.start, leaf.end, { text, r: [] }) : -1;
        if (text.slice(nonspace + n, end).trim() === "" && leaf.kind === "paragraph" && text0 < leaf.end) {
          // setext heading underline: the paragraph is a heading
          blank(chars, nonspace, end);
          closeLeaf();
          started = true;
          break;
        }
      }
      if (ch === 42 /* * */ || ch === 45 /* - */ || ch === 95 /* _ */) {
        let n = 0;
        let ok = true;
        for (let i = nonspace; i < end; i++) {
          const d = text.charCodeAt(i);
          if (d === ch) n++;
          else if (d !== SP && d !== TAB) {
            ok = false;
            break;
          }
        }
        if (ok && n >= 3) {
          closeContainers(matched);
          closeLeaf();
          blank(chars, nonspace, end);
          started = true;
          break;
        }
      }
      if (ch === 91 /* [ */ && text.charCodeAt(nonspace + 1) === 94 /* ^ */) {
        let j = nonspace + 2;
        while (j < end && j - nonspace < 1000) {
          const d = text.charCodeAt(j);
          if (d === 93 || d === 91 || isWs(d)) break;
          if (d === 92) j++;
          j++;
        }
        if (j > nonspace + 2 && j + 1 < end + 1 && text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 58 /* : */) {
          closeContainers(matched);
          closeLeaf();
          const label = text.slice(nonspace + 2, j).toLowerCase();
          footnoteLabels.add(label);
          footnotes.push({ label, start: nonspace, end });
          advanceTo(j + 2);
          stack.push({ kind: "footnote", indent: 4, hasContent: true, footnote: footnotes.length - 1 });
          structural = true;
          matched = stack.length;
          allMatched = true;
          continue;
        }
      }
      // list item
      {
        let markerEnd = -1;
        let ordered = false;
        let startNumber = 0;
        if (ch === 45 || ch === 43 || ch === 42) markerEnd = nonspace + 1;
        else if (ch >= 48 && ch <= 57) {
          let j = nonspace;
          while (j < end && j - nonspace < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
          const d = text.charCodeAt(j);
          if (j < end && (d === 46 || d === 41)) {
            markerEnd = j + 1;
            ordered = true;
            startNumber = Number(text.slice(nonspace, j));
          }
        }
        if (markerEnd !== -1) {
          const next = markerEnd < end ? text.charCodeAt(markerEnd) : -1;
          const emptyItem = text.slice(markerEnd, end).trim() === "";
          if ((next === -1 || next === SP || next === TAB) && !(interrupting && (emptyItem || (ordered && startNumber !== 1)))) {
            closeContainers(matched);
            closeLeaf();
            const markerOffset = indent;
            advanceTo(markerEnd);
            const markerWidth = markerEnd - nonspace;
            const before = col;
            const saveOff = off;
            const saveCol = col;
            const saveTab = tabUsed;
            findNonspace();
            let spacesAfter = nonspaceCol - before;
            if (emptyItem) spacesAfter = 0;
            let padding: number;
            if (spacesAfter >= 5 || spacesAfter < 1) {
              padding = markerWidth + 1;
              off = saveOff;
              col = saveCol;
              tabUsed = saveTab;
              if (!emptyItem) advanceColumns(1);
              else advanceTo(end);
            } else {
              padding = markerWidth + spacesAfter;
              advanceTo(nonspace);
            }
            stack.push({ kind: "item", indent: markerOffset + padding, hasContent: !emptyItem });
            structural = true;
            matched = stack.length;
            allMatched = true;
            continue;
          }
        }
      }
      // table delimiter row under a paragraph's last line
      if (interrupting && leaf.kind === "paragraph" && (ch === 124 || ch === 58 || ch === 45)) {
        const cols = delimiterRow(text, nonspace, end);
        if (cols) {
          const headStart = leaf.lastLineStart;
          const head = tableCells(text, headStart, leaf.lastLineEnd);
          if (head.length === cols) {
            const para = leaf;
            // the paragraph ends before the header row; the header row is the table's first row
            if (para.lines > 1) {
              let e = headStart - 1;
              while (e > para.start && isWs(text.charCodeAt(e - 1))) e--;
              leaf = { ...para, end: e };
              closeLeaf();
            } else leaf = NONE;
            for (const cell of head) scanInline(cell.start, cell.end);
            blank(chars, nonspace, end);
            leaf = { kind: "table", depth: stack.length, columns: cols };
            started = true;
            break;
          }
        }
      }
      break;
    }

    if (started) structural = true;
    if (!started) {
      findNonspace();
      const blankRest = nonspace >= end;
      if (!allMatched && leaf.kind === "paragraph" && !blankRest) {
        structural = true;
        // lazy continuation line: it belongs to the paragraph (and to its block quote)
        leaf.end = end;
        leaf.lines++;
        leaf.lastLineStart = nonspace;
        leaf.lastLineEnd = end;
        if (inQuote(leaf.depth)) blockQuoteLines.add(lineBase + l);
        continue;
      }
      closeContainers(matched);
      if (blankRest) {
        structural = true;
        if (!range && leaf.kind === "paragraph" && leaf.clean && leaf.depth === 0 && stack.length === 0)
          blocks.push({ line: leaf.line, lastLine: l - 1, start: lineStarts[leaf.line], end: start - 1 });
        if (leaf.kind !== "indented") closeLeaf();
        if (quoteLine) blockQuoteLines.add(lineBase + l);
        continue;
      }
      if (leaf.kind === "table") {
        structural = true;
        // a table row: cells are prose
        for (const cell of tableCells(text, nonspace, end)) scanInline(cell.start, cell.end);
      } else if (leaf.kind === "paragraph") {
        leaf.end = end;
        leaf.lines++;
        leaf.lastLineStart = nonspace;
        leaf.lastLineEnd = end;
      } else {
        closeLeaf();
        leaf = { kind: "paragraph", depth: stack.length, start: nonspace, end, lines: 1, firstLineStart: nonspace, lastLineStart: nonspace, lastLineEnd: end, line: lineBase + l, clean: entryClean && stack.length === 0 };
      }
    } else if (leaf.kind === "none" && nonspace < end) {
      // a heading or break: nothing more on this line
    }
    for (const c of stack) if (c.kind === "item") c.hasContent = true;
    if (quoteLine || inQuote(stack.length)) blockQuoteLines.add(lineBase + l);
  }
  if (prevHasContent) lastContentEnd = prevEnd;
  const single = !structural && leaf.kind === "paragraph" && leaf.line === lineBase && leaf.depth === 0 && stack.length === 0 && longLines.length === 0;
  closeContainers(0);
  closeLeaf();
  if (footnoteCalls.length && footnoteLabels.size) for (const f of footnoteCalls) if (footnoteLabels.has(f.label)) blank(chars, f.start, f.end);
  comments.sort((a, b) => a.start - b.start);

  const prose = range ? applyBlanks(text, chars, range.from, range.to) : applyBlanks(text, chars);
  return { map: { prose, frontMatter, blockQuoteLines, comments, longLines, footnotes }, blocks, single };
}

// ------------------------------------------------------------------ inline helpers

/** `(destination "title")` of an inline link starting at `open` (the '('); its end offset or -1. */
function resourceEnd(s: string, open: number, to: number): number {
  let i = open + 1;
  const skipWs = () => {
    let nl = 0;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        if (++nl > 1) return false;
      } else if (!isWs(c) && c !== 62 /* container prefix '>' after a newline */) break;
      else if (c === 62 && nl === 0) break;
      i++;
    }
    return true;
  };
  if (!skipWs()) return -1;
  if (s.charCodeAt(i) === 41) return i + 1;
  // destination
  if (s.charCodeAt(i) === 60) {
    i++;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === 62) break;
      if (c === 10 || c === 60) return -1;
      if (c === 92) i++;
      i++;
    }
    if (i >= to) return -1;
    i++;
  } else {
    let depth = 0;
    const d0 = i;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === 92 && isAsciiPunct(s.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      if (isWs(c) || c < 32 || c === 127) break;
      if (c === 40) {
        if (++depth > 32) return -1;
      } else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (depth !== 0 || (i === d0 && s.charCodeAt(i) !== 41)) return -1;
  }
  const beforeWs = i;
  if (!skipWs()) return -1;
  if (s.charCodeAt(i) === 41) return i + 1;
  if (i === beforeWs) return -1; // a title needs whitespace before it
  // title
  const q = s.charCodeAt(i);
  const closeQ = q === 34 ? 34 : q === 39 ? 39 : q === 40 ? 41 : -1;
  if (closeQ === -1) return -1;
  i++;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === closeQ) break;
    if (q === 40 && c === 40) return -1;
    i++;
  }
  if (i >= to) return -1;
  i++;
  if (!skipWs()) return -1;
  return s.charCodeAt(i) === 41 ? i + 1 : -1;
}

/** GFM autolink literal (`http://…`, `https://…`, `www.…`) at `i`: its end, or -1. */
function literalUrlEnd(s: string, i: number, to: number): number {
  let j: number;
  if (s.startsWith("http://", i)) j = i + 7;
  else if (s.startsWith("https://", i)) j = i + 8;
  else if (s.startsWith("www.", i)) j = i + 4;
  else return -1;
  // domain: at least one character; the last two segments without '_'
  const d0 = j;
  while (j < to) {
    const c = s.charCodeAt(j);
    if (isAsciiAlnum(c) || c === 45 || c === 46 || c === 95 || c > 127) j++;
    else break;
  }
  if (j === d0) return -1;
  const domain = s.slice(d0, j);
  const segs = domain.split(".");
  if (segs.slice(-2).some((x) => x.includes("_"))) return -1;
  if (s.startsWith("www.", i) && !domain.includes(".") && j === d0) return -1;
  // path: up to whitespace or '<'
  while (j < to) {
    const c = s.charCodeAt(j);
    if (isWs(c) || c === 60) break;
    j++;
  }
  // trailing punctuation, unbalanced ')' and entity-like "&x;" are not part of the link
  for (;;) {
    const c = s.charCodeAt(j - 1);
    if (c === 59) {
      let k = j - 2;
      while (k > i && isAsciiAlnum(s.charCodeAt(k))) k--;
      if (s.charCodeAt(k) === 38 && k < j - 2) {
        j = k;
        continue;
      }
    }
    if (c === 63 || c === 33 || c === 46 || c === 44 || c === 58 || c === 59 || c === 42 || c === 95 || c === 126 || c === 34 || c === 39) {
      j--;
      continue;
    }
    if (c === 41) {
      const t = s.slice(i, j);
      let open = 0;
      let close = 0;
      for (let k = 0; k < t.length; k++) {
        if (t.charCodeAt(k) === 40) open++;
        else if (t.charCodeAt(k) === 41) close++;
      }
      if (close > open) {
        j--;
        continue;
      }
    }
    break;
  }
  return j > d0 ? j : -1;
}

/** GFM e-mail autolink literal around the '@' at `at`. */
function literalEmail(s: string, at: number, from: number, to: number): Span | undefined {
  let a = at;
  while (a > from) {
    const c = s.charCodeAt(a - 1);
    if (isAsciiAlnum(c) || c === 46 || c === 45 || c === 43 || c === 95) a--;
    else break;
  }
  if (a === at) return undefined;
  const before = a > from ? s.charCodeAt(a - 1) : SP;
  if (before === 47 || before === 92 || isAsciiAlnum(before)) return undefined;
  let b = at + 1;
  let dot = false;
  while (b < to) {
    const c = s.charCodeAt(b);
    if (isAsciiAlnum(c) || c === 45 || c === 95) b++;
    else if (c === 46 && isAsciiAlnum(s.charCodeAt(b + 1))) {
      dot = true;
      b++;
    } else break;
  }
  const last = s.charCodeAt(b - 1);
  if (!dot || last === 45 || last === 95) return undefined;
  return { start: a, end: b };
}

/**
 * Link reference definitions at the start of a paragraph `[from, to)`: blanks each one and
 * returns where the rest of the paragraph starts.
 */
function referenceDefinitions(s: string, from: number, to: number, chars: Blanks): number {
  let pos = from;
  while (pos < to && s.charCodeAt(pos) === 91) {
    // label
    let i = pos + 1;
    let nonBlank = false;
    while (i < to && i - pos < 1001) {
      const c = s.charCodeAt(i);
      if (c === 92) {
        i += 2;
        nonBlank = true;
        continue;
      }
      if (c === 91 || c === 93) break;
      if (!isWs(c)) nonBlank = true;
      i++;
    }
    if (s.charCodeAt(i) !== 93 || s.charCodeAt(i + 1) !== 58 || !nonBlank || s.charCodeAt(pos + 1) === 94) return pos;
    i += 2;
    // whitespace with at most one line ending (and a container prefix after it)
    const skip = (): boolean => {
      let nl = 0;
      while (i < to) {
        const c = s.charCodeAt(i);
        if (c === 10) {
          if (++nl > 1) return false;
          i++;
          while (i < to && (isBlankChar(s.charCodeAt(i)) || s.charCodeAt(i) === 62)) i++;
          continue;
        }
        if (c === SP || c === TAB || c === 13) i++;
        else break;
      }
      return true;
    };
    if (!skip()) return pos;
    // destination
    const d0 = i;
    if (s.charCodeAt(i) === 60) {
      i++;
      while (i < to && s.charCodeAt(i) !== 62 && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 60) i += s.charCodeAt(i) === 92 ? 2 : 1;
      if (s.charCodeAt(i) !== 62) return pos;
      i++;
    } else {
      let depth = 0;
      while (i < to) {
        const c = s.charCodeAt(i);
        if (isWs(c) || c < 32) break;
        if (c === 92) {
          i += 2;
          continue;
        }
        if (c === 40) depth++;
        else if (c === 41) {
          if (depth === 0) break;
          depth--;
        }
        i++;
      }
      if (i === d0 || depth !== 0) return pos;
    }
    const afterDest = i;
    const lineEndAt = (k: number) => {
      let e = s.indexOf("\n", k);
      if (e === -1 || e > to) e = to;
      return e;
    };
    // title (optional): on this line or the next
    let defEnd = -1;
    const save = i;
    if (skip() && i > afterDest) {
      const q = s.charCodeAt(i);
      const closeQ = q === 34 ? 34 : q === 39 ? 39 : q === 40 ? 41 : -1;
      if (closeQ !== -1) {
        let k = i + 1;
        let bad = false;
        while (k < to) {
          const c = s.charCodeAt(k);
          if (c === 92) {
            k += 2;
            continue;
          }
          if (c === closeQ) break;
          if (q === 40 && c === 40) {
            bad = true;
            break;
          }
          // a blank line ends the title
          if (c === 10) {
            let m = k + 1;
            while (m < to && (isBlankChar(s.charCodeAt(m)) || s.charCodeAt(m) === 62)) m++;
            if (m >= to || s.charCodeAt(m) === 10) {
              bad = true;
              break;
            }
          }
          k++;
        }
        if (!bad && k < to) {
          const e = lineEndAt(k + 1);
          if (s.slice(k + 1, e).trim() === "") defEnd = e;
        }
      }
    }
    if (defEnd === -1) {
      i = save;
      const e = lineEndAt(afterDest);
      if (s.slice(afterDest, e).trim() !== "") return pos;
      defEnd = e;
    }
    blank(chars, pos, defEnd);
    pos = defEnd;
    while (pos < to && isWs(s.charCodeAt(pos))) pos++;
    while (pos < to && s.charCodeAt(pos) === 62 && s.lastIndexOf("\n", pos) > s.lastIndexOf("[", pos)) {
      pos++;
      while (pos < to && isWs(s.charCodeAt(pos))) pos++;
    }
  }
  return pos;
}

// ------------------------------------------------------------------ incremental re-reading (issue 9)

/** A prose map with the top-level paragraph blocks it can be updated in. */
export interface ProseScan {
  map: ProseMap;
  blocks: ParagraphBlock[];
}

/** `proseOf(text)` with its paragraph blocks (for `proseAfterEdit`). */
export function proseScan(text: string): ProseScan {
  const { map, blocks } = scanProse(text, MAX_LINE_LENGTH);
  return { map, blocks };
}

const CHUNK = 256;

/** How many characters `a` and `b` share at their start (at most `max`). */
function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters `a` and `b` share at their end (at most `max`). */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  const al = a.length;
  const bl = b.length;
  while (n + CHUNK <= max && a.slice(al - n - CHUNK, al - n) === b.slice(bl - n - CHUNK, bl - n)) n += CHUNK;
  while (n < max && a.charCodeAt(al - n - 1) === b.charCodeAt(bl - n - 1)) n++;
  return n;
}

/**
 * The edit that made `now` from `old`, as the text both share: `now.slice(0, prefix)` is `old`'s
 * start and `now.slice(now.length - suffix)` its end (the two never overlap); `delta` is the change
 * in length. Every incremental reader (prose map, offense, case names, paragraph caches) reads the
 * edit here.
 */
export interface Edit {
  prefix: number;
  suffix: number;
  delta: number;
}

export function editBetween(old: string, now: string): Edit {
  // one string: no edit, and nothing to read
  if (old === now) return { prefix: now.length, suffix: 0, delta: 0 };
  // the readers of one keystroke ask about the same pair of strings (the text, the prose): read each pair once
  for (const m of recentEdits) if (m.old === old && m.now === now) return m.edit;
  const min = Math.min(old.length, now.length);
  const prefix = commonPrefix(old, now, min);
  const suffix = commonSuffix(old, now, min - prefix);
  const edit = { prefix, suffix, delta: now.length - old.length };
  recentEdits.unshift({ old, now, edit });
  recentEdits.length = Math.min(recentEdits.length, 4);
  return edit;
}

/** The last few edits read, by the strings' identity (a string is immutable, so the answer stands). */
const recentEdits: { old: string; now: string; edit: Edit }[] = [];

function countBreaks(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf("\n", from); i !== -1 && i < to; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * The prose scan of `text`, made from `prev` (the scan of `prevText`) when the two texts differ inside
 * one paragraph block that stays one top-level paragraph: the rest of `prev` is reused (offsets after
 * the block shifted) and only the block is read again. Undefined when that cannot be shown to give what
 * `proseScan(text)` gives (the caller then reads the whole text).
 *
 * Why it is exact: the text before the block is unchanged, so the parser enters the block's first line
 * in the same state as before, which `ParagraphBlock` records as clean (no container, no leaf); the
 * block is re-read from that state and must be exactly one top-level paragraph (no block start, blank
 * line, container, long line); the blank line after it (unchanged) closes it, after which the state is
 * clean again and the rest of the text is read as before. What crosses blocks is handled: footnote
 * labels (a paragraph defines none; the block's references are read against the others' labels), and
 * front matter (unchanged: the block is not on line 0, and an unclosed opening fence forces a full read
 * since the block could close it).
 */
export function proseAfterEdit(prev: ProseScan, prevText: string, text: string): ProseScan | undefined {
  if (prevText === text) return prev;
  const { prefix: p, suffix: s, delta } = editBetween(prevText, text);
  const oldEnd = prevText.length - s;
  const blocks = prev.blocks;
  // the last block starting at or before p
  let lo = 0;
  let hi = blocks.length - 1;
  if (hi < 0 || blocks[0].start > p) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= p) lo = mid;
    else hi = mid - 1;
  }
  const blk = blocks[lo];
  if (oldEnd > blk.end || blk.line === 0) return undefined;
  const map = prev.map;
  // an opening fence left unclosed: the block could close it
  if (!map.frontMatter && openingFence(prevText)) return undefined;
  const newEnd = blk.end + delta;
  const r = scanProse(text, MAX_LINE_LENGTH, { from: blk.start, to: newEnd, line: blk.line, labels: new Set(map.footnotes.map((f) => f.label)) });
  if (!r.single) return undefined;
  const lastLine = blk.line + countBreaks(text, blk.start, newEnd);
  const dl = lastLine - blk.lastLine;

  const prose = map.prose.slice(0, blk.start) + r.map.prose + map.prose.slice(blk.end);
  const comments: Span[] = [];
  for (const c of map.comments) if (c.start < blk.start) comments.push(c);
  for (const c of r.map.comments) comments.push(c);
  for (const c of map.comments) if (c.start >= blk.end) comments.push(delta ? { start: c.start + delta, end: c.end + delta } : c);
  const shiftLine = (l: number) => (l > blk.lastLine ? l + dl : l);
  const inBlock = (l: number) => l >= blk.line && l <= blk.lastLine;
  const blockQuoteLines = dl === 0 ? map.blockQuoteLines : new Set([...map.blockQuoteLines].map(shiftLine));
  const longLines = map.longLines.some(inBlock) || dl !== 0 ? map.longLines.filter((l) => !inBlock(l)).map(shiftLine) : map.longLines;
  const footnotes = delta ? map.footnotes.map((f) => (f.start >= blk.end ? { label: f.label, start: f.start + delta, end: f.end + delta } : f)) : map.footnotes;
  const next: ParagraphBlock[] = blocks.slice(0, lo);
  next.push({ line: blk.line, lastLine, start: blk.start, end: newEnd });
  for (let i = lo + 1; i < blocks.length; i++) {
    const b = blocks[i];
    next.push(delta || dl ? { line: b.line + dl, lastLine: b.lastLine + dl, start: b.start + delta, end: b.end + delta } : b);
  }
  return { map: { prose, frontMatter: map.frontMatter, blockQuoteLines, comments, longLines, footnotes }, blocks: next };
}
