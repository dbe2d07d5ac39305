/**
 * Which parts of a Markdown brief are prose.
 *
 * `proseOf(text)` returns a string of the same length in which everything that is not
 * prose — front matter, fenced and indented code, inline code, HTML comments, link and
 * image targets, autolinks, bare URLs, reference definitions — is replaced by spaces
 * (line breaks are kept). Every recogniser runs on that string, so offsets into it are
 * offsets into the brief. One linear pass; no regular expression with nested quantifiers.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ProseMap {
  /** Same length as the input; non-prose characters replaced by spaces. */
  prose: string;
  /** Front matter block (including the --- fences), if the brief opens with one. */
  frontMatter?: { start: number; end: number; bodyStart: number; bodyEnd: number };
  /** 0-based line numbers that are block quotes (`> …`). */
  blockQuoteLines: Set<number>;
  /** HTML comments, in order (suppression comments live here). */
  comments: Span[];
  /** 0-based lines longer than the line limit: not prose a lawyer writes, so not read. */
  longLines: number[];
}

/**
 * Lines longer than this are skipped, as Code Spell Checker skips them: minified or generated
 * text, never a paragraph of a brief (a long paragraph is a few thousand characters).
 */
export const MAX_LINE_LENGTH = 20000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?: |\t|$)/;
const REF_DEF = /^ {0,3}\[[^\]\n]{1,999}\]:/;
const BLOCK_QUOTE = /^ {0,3}>/;

/** Ranges to blank, collected in document order and applied once at the end. */
type Blanks = number[];

function blank(ranges: Blanks, start: number, end: number): void {
  if (end <= start) return;
  const n = ranges.length;
  if (n && ranges[n - 1] >= start) {
    // touching or overlapping the previous range (always later in the text): extend it
    if (end > ranges[n - 1]) ranges[n - 1] = end;
    return;
  }
  ranges.push(start, end);
}

/** `seg` with every character but \r and \n replaced by a space. */
function spaces(seg: string): string {
  let out = "";
  let pos = 0;
  for (;;) {
    const nl = seg.indexOf("\n", pos);
    const end = nl === -1 ? seg.length : nl;
    const cr = end > pos && seg.charCodeAt(end - 1) === 13;
    out += " ".repeat(end - pos - (cr ? 1 : 0)) + (cr ? "\r" : "");
    if (nl === -1) return out;
    out += "\n";
    pos = nl + 1;
  }
}

function applyBlanks(text: string, ranges: Blanks): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = Math.max(ranges[i], pos);
    const end = ranges[i + 1];
    if (end <= start) continue;
    parts.push(text.slice(pos, start), spaces(text.slice(start, end)));
    pos = end;
  }
  parts.push(text.slice(pos));
  return parts.join("");
}

export function proseOf(text: string, maxLineLength: number = MAX_LINE_LENGTH): ProseMap {
  const chars: Blanks = [];
  const blockQuoteLines = new Set<number>();
  const comments: Span[] = [];
  const longLines: number[] = [];
  let frontMatter: ProseMap["frontMatter"];

  // Split into lines with offsets.
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineCount = lineStarts.length;
  const lineEnd = (l: number) => {
    let e = l + 1 < lineCount ? lineStarts[l + 1] - 1 : text.length;
    if (e > lineStarts[l] && text.charCodeAt(e - 1) === 13) e--;
    return e;
  };
  const lineText = (l: number) => text.slice(lineStarts[l], lineEnd(l));

  let first = 0;
  // Front matter: '---' on the first line, closed by '---' or '...'.
  if (lineCount > 1 && lineText(0).trimEnd() === "---") {
    for (let l = 1; l < lineCount; l++) {
      const t = lineText(l).trimEnd();
      if (t === "---" || t === "...") {
        frontMatter = { start: 0, end: lineEnd(l), bodyStart: lineStarts[1], bodyEnd: lineStarts[l] };
        blank(chars, 0, lineEnd(l));
        first = l + 1;
        break;
      }
    }
  }

  let fence: { char: string; len: number } | undefined;
  let inComment = false;
  let commentStart = 0;
  let prevBlank = true;
  let inList = false;
  let inIndentedCode = false;

  for (let l = first; l < lineCount; l++) {
    const start = lineStarts[l];
    const end = lineEnd(l);
    if (end - start > maxLineLength) {
      longLines.push(l);
      blank(chars, start, end);
      continue;
    }
    const line = text.slice(start, end);

    if (fence) {
      blank(chars, start, end);
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len && line.slice(m[0].length).trim() === "") fence = undefined;
      continue;
    }

    if (!inComment) {
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === "`" && line.slice(m[0].length).includes("`"))) {
        fence = { char: m[1][0], len: m[1].length };
        blank(chars, start, end);
        prevBlank = false;
        continue;
      }
      const isBlank = line.trim() === "";
      const indented = line.startsWith("    ") || line.startsWith("\t");
      if (!isBlank && indented && (inIndentedCode || (prevBlank && !inList))) {
        inIndentedCode = true;
        blank(chars, start, end);
        prevBlank = false;
        continue;
      }
      if (!isBlank) inIndentedCode = false;
      if (LIST_ITEM.test(line)) inList = true;
      else if (!isBlank && !indented && prevBlank) inList = false;
      prevBlank = isBlank;
      if (isBlank) continue;

      if (REF_DEF.test(line)) {
        blank(chars, start, end);
        continue;
      }
      if (BLOCK_QUOTE.test(line)) blockQuoteLines.add(l);
    }

    // Inline scan: comments, code spans, link targets, autolinks, bare URLs.
    let i = start;
    while (i < end) {
      if (inComment) {
        const close = text.indexOf("-->", i);
        if (close === -1 || close >= end) {
          blank(chars, i, end);
          i = end;
          break;
        }
        blank(chars, i, close + 3);
        comments.push({ start: commentStart, end: close + 3 });
        inComment = false;
        i = close + 3;
        continue;
      }
      const c = text[i];
      if (c === "<" && text.startsWith("<!--", i)) {
        inComment = true;
        commentStart = i;
        blank(chars, i, i + 4);
        i += 4;
        continue;
      }
      if (c === "`") {
        let n = 1;
        while (i + n < end && text[i + n] === "`") n++;
        // find a closing run of exactly n backticks on this line
        let j = i + n;
        let closeAt = -1;
        while (j < end) {
          const k = text.indexOf("`", j);
          if (k === -1 || k >= end) break;
          let m = 1;
          while (k + m < end && text[k + m] === "`") m++;
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
      if (c === "]" && text[i + 1] === "(") {
        // link or image target: mask through the matching ')', allowing one level of parens
        let depth = 0;
        let j = i + 1;
        for (; j < end; j++) {
          const d = text[j];
          if (d === "(") depth++;
          else if (d === ")") {
            depth--;
            if (depth === 0) break;
          }
        }
        if (j < end) {
          blank(chars, i + 1, j + 1);
          i = j + 1;
          continue;
        }
      }
      if (c === "<") {
        const close = text.indexOf(">", i);
        if (close !== -1 && close < end) {
          const inner = text.slice(i + 1, close);
          if (/^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*$/.test(inner) || /^[^\s@<>]+@[^\s@<>]+$/.test(inner)) {
            blank(chars, i, close + 1);
            i = close + 1;
            continue;
          }
        }
      }
      if ((c === "h" || c === "w") && (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i))) {
        let j = i;
        while (j < end && !/\s/.test(text[j]) && text[j] !== "<") j++;
        blank(chars, i, j);
        i = j;
        continue;
      }
      i++;
    }
  }
  if (inComment) comments.push({ start: commentStart, end: text.length });

  return { prose: applyBlanks(text, chars), frontMatter, blockQuoteLines, comments, longLines };
}
