/**
 * The differential oracle for the prose map: micromark (a CommonMark 0.31 parser, with the GFM
 * footnote, table and autolink-literal extensions) classifies every character of a document, and
 * `compareProse` checks Heartland's hand-written `proseOf` against it. Test-only: micromark is a
 * devDependency and never bundled into the extension or the CLI.
 *
 * Classes (micromark side):
 *   P prose      text of a paragraph, heading or table cell outside any block quote
 *   Q quotation  the same inside a block quote (lazy continuation lines included)
 *   C code       code spans, fenced and indented code (fences included)
 *   M comment    an HTML comment (inline, or an HTML block that opens with `<!--`, up to its `-->`)
 *   H html       any other HTML block (`<pre>`, `<div>` …)
 *   X target     link destinations and titles, autolinks, URL/e-mail literals, reference definitions
 *   K markup     markers, delimiters, labels, inline tags, white space — no claim either way
 * Heartland agrees with a character when: P → kept and not on a block-quote line; Q → kept and on
 * a block-quote line; C/H/X → blanked; M → blanked and inside one of `comments`. And every
 * character inside one of Heartland's `comments` is M. Only non-white-space characters count.
 */
import { parse, postprocess, preprocess } from "micromark";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import type { ProseMap } from "../../src/core/brief/prose";

export type Cls = "P" | "Q" | "C" | "M" | "H" | "X" | "K";

const OPAQUE = new Set(["definition", "gfmFootnoteDefinitionLabel", "gfmFootnoteCall", "reference", "resource", "autolink", "literalAutolink", "htmlText", "codeText", "codeFencedFence"]);
const TEXT = new Set(["data", "characterEscapeValue", "characterReferenceValue", "characterReference"]);

export function micromarkClasses(src: string): Cls[] {
  const cls: Cls[] = new Array(src.length).fill("K");
  const events = postprocess(parse({ extensions: [gfmFootnote(), gfmTable(), gfmAutolinkLiteral()] }).document().write(preprocess()(src, undefined, true)));
  const open: string[] = [];
  let quotes = 0;
  let opaque = 0;
  const paint = (a: number, b: number, c: Cls) => {
    for (let i = a; i < b; i++) cls[i] = c;
  };
  for (const [kind, token] of events) {
    const tok: { type: string; start: { offset: number }; end: { offset: number } } = token;
    const a = tok.start.offset;
    const b = tok.end.offset;
    if (kind === "exit") {
      open.pop();
      if (tok.type === "blockQuote") quotes--;
      if (OPAQUE.has(tok.type)) opaque--;
      continue;
    }
    open.push(tok.type);
    switch (tok.type) {
      case "blockQuote":
        quotes++;
        break;
      case "codeFenced":
      case "codeIndented":
      case "codeText":
        paint(a, b, "C");
        break;
      case "htmlFlow": {
        let a0 = a;
        while (src[a0] === " " || src[a0] === "\t") a0++;
        if (src.startsWith("<!--", a0)) {
          const k = src.indexOf("-->", a0 + 4);
          const e = src.startsWith("<!-->", a0) ? a0 + 5 : src.startsWith("<!--->", a0) ? a0 + 6 : k === -1 || k + 3 > b ? b : k + 3;
          paint(a, e, "M");
          paint(e, b, "H");
        } else paint(a, b, "H");
        break;
      }
      case "htmlText":
        if (src.startsWith("<!--", a)) paint(a, b, "M");
        break;
      case "resource":
      case "autolink":
      case "literalAutolink":
      case "definition":
        paint(a, b, "X");
        break;
    }
    if (OPAQUE.has(tok.type)) opaque++;
    else if (TEXT.has(tok.type) && opaque === 0) paint(a, b, quotes > 0 ? "Q" : "P");
  }
  return cls;
}

export interface Disagreement {
  offset: number;
  line: number;
  expected: Cls;
  got: string;
}

export function heartlandClass(text: string, map: ProseMap, i: number, line: number, inComment: boolean): string {
  const kept = map.prose[i] === text[i];
  if (!kept) return inComment ? "blank+comment" : "blank";
  return inComment ? "kept+comment" : map.blockQuoteLines.has(line) ? "quote" : "prose";
}

/** Characters on which the two readers disagree (at most `limit`). `mdSrc` is what micromark reads (front matter blanked). */
export function compareProse(text: string, map: ProseMap, limit = 20, mdSrc: string = text): Disagreement[] {
  const cls = micromarkClasses(mdSrc);
  const out: Disagreement[] = [];
  const inComment = new Uint8Array(text.length);
  for (const c of map.comments) for (let i = c.start; i < c.end && i < text.length; i++) inComment[i] = 1;
  let line = 0;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line++;
      continue;
    }
    if (ch === 32 || ch === 9 || ch === 13) continue;
    const e = cls[i];
    const got = heartlandClass(text, map, i, line, inComment[i] === 1);
    let ok: boolean;
    switch (e) {
      case "P":
        ok = got === "prose";
        break;
      case "Q":
        ok = got === "quote";
        break;
      case "C":
      case "H":
      case "X":
        ok = got === "blank";
        break;
      case "M":
        ok = got === "blank+comment";
        break;
      default:
        ok = !got.endsWith("comment");
    }
    if (!ok) out.push({ offset: i, line, expected: e, got });
  }
  return out;
}
