/**
 * Recognises guideline, statute and rule citations in a brief, with exact offsets.
 *
 * Runs on the prose string from `proseOf` (code, comments and link targets blanked), so
 * offsets are offsets into the brief. A citation may wrap across one line break. The
 * scanner finds anchors with one alternation regex, then parses forward by hand: no
 * regular expression here has a nested quantifier, and the whole pass is linear.
 */
import type { Citation, CitationMatch, GuidelineChapterCitation, GuidelineCitation } from "./types";
import { hasReporterCitation } from "./cases";

/** Statute sections often cited with a bare "§" in sentencing briefs, and their titles. */
const BARE_STATUTES: Record<string, number> = {
  "1325": 8, "1326": 8, "1101": 8, "1227": 8, "1231": 8,
  "3553": 18, "3559": 18, "3582": 18, "3583": 18, "3584": 18, "3585": 18, "3742": 18, "3006A": 18,
  "2255": 28,
};

const ANCHOR = new RegExp(
  [
    "U\\.S\\.\\sSentencing\\sGuidelines\\sManual",
    "U\\.S\\.\\sSentencing\\sGuidelines",
    "United\\sStates\\sSentencing\\sGuidelines\\sManual",
    "United\\sStates\\sSentencing\\sGuidelines",
    "Sentencing\\sGuidelines\\sManual",
    "Sentencing\\sGuidelines",
    "Guidelines\\sManual",
    "Guidelines",
    "U\\.S\\.S\\.G\\.",
    "U\\.S\\.S\\.G",
    "USSG",
    "[Aa]pplication\\s[Nn]ote",
    // "section 5K2.19 of the Guidelines", "sections 5K2.0 and 5K2.19": only before a guideline section number
    "[Ss]ections?(?=\\s[1-8][A-Z]\\d)",
    "§",
    "Id\\.",
    "\\d{1,2}\\sU\\.S\\.C\\.",
    "Fed\\.\\s?R\\.\\s?Crim\\.\\s?P\\.",
    "Federal\\sRules?\\sof\\sCriminal\\sProcedure",
  ].join("|"),
  "g",
);

const GUIDELINE_SECTION = /[1-8][A-Z]\d{1,2}\.\d{1,2}(?![\d.]\d)/y;
const STATUTE_SECTION = /\d{1,5}[A-Za-z]?(?![\d])/y;
const SUBSECTION = /\((?:[a-z]{1,5}|\d{1,3}|[A-Z]{1,2})\)/y;
const RULE_NUMBER = /\d{1,2}(?:\.\d)?(?!\d)/y;

class Cursor {
  constructor(readonly s: string, public pos: number) {}

  /** Skip spaces and tabs and at most one line break (a citation may wrap once). */
  ws(): number {
    const from = this.pos;
    let newlines = 0;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === " " || c === "\t" || c === "\u00a0" || c === "\r") this.pos++;
      else if (c === "\n" && newlines === 0) {
        newlines++;
        this.pos++;
        // a wrapped line inside a block quote or list continues after its "> " marker
        let p = this.pos;
        while (p < this.s.length && (this.s[p] === " " || this.s[p] === "\t") && p - this.pos < 8) p++;
        while (p < this.s.length && this.s[p] === ">") {
          p++;
          while (p < this.s.length && (this.s[p] === " " || this.s[p] === "\t") && p - this.pos < 16) p++;
        }
        this.pos = p;
      } else break;
    }
    return this.pos - from;
  }

  lit(...options: string[]): string | undefined {
    for (const o of options) {
      if (this.s.startsWith(o, this.pos)) {
        this.pos += o.length;
        return o;
      }
    }
    return undefined;
  }

  re(r: RegExp): string | undefined {
    r.lastIndex = this.pos;
    const m = r.exec(this.s);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /** Try a parse; on failure restore the position. */
  attempt<T>(f: () => T | undefined): T | undefined {
    const save = this.pos;
    const r = f();
    if (r === undefined) this.pos = save;
    return r;
  }
}

function subsections(c: Cursor): string[] {
  const out: string[] = [];
  for (;;) {
    const m = c.re(SUBSECTION);
    if (!m) break;
    out.push(m.slice(1, -1));
  }
  return out;
}

const DASHES = ["–", "—", "-", " through ", " to "];

/** Commentary after a section: `, comment. (n.5)`, `cmt. n.5`, `app. note 5`, `comment. (backg'd.)`. */
function commentary(c: Cursor): GuidelineCitation["commentary"] | undefined {
  return c.attempt(() => {
    c.lit(",");
    c.ws();
    const kw = c.lit("comment.", "cmt.", "app. note", "app. n.", "application note", "Application Note", "applic. note", "comment", "n.");
    if (!kw) return undefined;
    const afterKw = c.pos;
    c.ws();
    const paren = kw.startsWith("app") || kw.startsWith("Ap") || kw === "n." ? undefined : c.lit("(");
    if (paren) c.ws();
    if (c.lit("backg'd.", "backg’d.", "backg'd", "backg’d", "background")) {
      if (paren && !c.lit(")")) return undefined;
      return { background: true };
    }
    if (kw === "comment." || kw === "cmt." || kw === "comment") {
      if (!c.lit("n.", "n ", "note ")) {
        // `§2L1.2, comment.` with no note: the whole commentary (only with the abbreviation's period and no parenthesis)
        if (paren || (kw !== "comment." && kw !== "cmt.")) return undefined;
        c.pos = afterKw;
        return {};
      }
      c.ws();
    }
    const n = c.re(/\d{1,2}(?!\d)/y);
    if (!n) return undefined;
    const note = [n, ...subsections(c)];
    if (paren) {
      c.ws();
      if (!c.lit(")")) return undefined;
    }
    return { note };
  });
}

/** An edition named in the citation: `(U.S. Sent'g Comm'n 2025)`, `(2015)`, `(Nov. 2015)`. */
function editionParen(c: Cursor): number | undefined {
  return c.attempt(() => {
    c.ws();
    if (!c.lit("(")) return undefined;
    c.lit("U.S. Sent'g Comm'n ", "U.S. Sent’g Comm’n ", "U.S. Sentencing Comm'n ", "U.S. Sentencing Comm’n ", "U.S. Sentencing Commission ", "USSC ");
    c.lit("Nov. ", "November ");
    c.lit("1, ");
    const y = c.re(/(?:19|20)\d\d(?!\d)/y);
    if (!y || !c.lit(")")) return undefined;
    return Number(y);
  });
}

function guidelineAfterSign(c: Cursor): GuidelineCitation | undefined {
  const section = c.re(GUIDELINE_SECTION);
  if (!section) return undefined;
  const cite: GuidelineCitation = { kind: "guideline", section, subsection: subsections(c) };
  const through = c.attempt(() => {
    if (!c.lit(...DASHES)) return undefined;
    c.ws();
    const s2 = c.re(GUIDELINE_SECTION);
    const sub = subsections(c);
    if (!s2 && sub.length === 0) return undefined;
    return { section: s2 ?? section, subsection: sub };
  });
  if (through) cite.through = through;
  const com = commentary(c);
  if (com) cite.commentary = com;
  const ed = editionParen(c);
  if (ed) cite.editionInCitation = ed;
  return cite;
}

function statuteAfterSign(c: Cursor, title: number | undefined): Citation | undefined {
  const section = c.re(STATUTE_SECTION);
  if (!section) return undefined;
  const t = title ?? BARE_STATUTES[section];
  if (t === undefined) return undefined;
  return { kind: "statute", title: t, section, subsection: subsections(c) };
}

function chapter(c: Cursor): Citation | undefined {
  return c.attempt(() => {
    if (!c.lit("ch.", "Ch.", "chapter", "Chapter")) return undefined;
    c.ws();
    const n = c.re(/[1-8](?!\d)/y);
    if (!n) return undefined;
    const part = c.attempt(() => {
      c.lit(",");
      c.ws();
      if (!c.lit("pt.", "Pt.", "part", "Part")) return undefined;
      c.ws();
      return c.re(/[A-Z](?![A-Za-z])/y);
    });
    const cite: GuidelineChapterCitation = { kind: "chapter", chapter: Number(n), ...(part ? { part } : {}) };
    const ed = editionParen(c);
    if (ed) cite.editionInCitation = ed;
    return cite;
  });
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/**
 * The separator of a `§§` list (", ", " and ", ", and ") and the next item, read by `parse`: `§§ 5K2.0, 5K2.19`,
 * `§§ 5K2.0 and 5K2.19`, `§§ 3E1.1, 4A1.1, and 5K2.0`, `18 U.S.C. §§ 3553(a), 3582(c)`.
 */
function listItem<T>(c: Cursor, parse: (c: Cursor) => T | undefined): { start: number; citation: T } | undefined {
  return c.attempt(() => {
    const comma = c.lit(",") !== undefined;
    const gap = c.ws();
    const and = c.lit("and", "&") !== undefined;
    if (and && c.ws() === 0) return undefined;
    if (!comma && !(and && gap > 0)) return undefined;
    const start = c.pos;
    const citation = parse(c);
    return citation ? { start, citation } : undefined;
  });
}

/** Each further section of a `§§` list: one citation each, at its own offsets. */
function listItems<T>(c: Cursor, parse: (c: Cursor) => T | undefined): { start: number; end: number; citation: T }[] {
  const more: { start: number; end: number; citation: T }[] = [];
  for (let it = listItem(c, parse); it; it = listItem(c, parse)) more.push({ ...it, end: c.pos });
  return more;
}

/** The sections after the first of a guideline `§§` list; a date the list ends with is each one's. */
function guidelineListItems(c: Cursor, first: GuidelineCitation): { start: number; end: number; citation: GuidelineCitation }[] {
  const more = listItems(c, guidelineAfterSign);
  const ed = more.length ? more[more.length - 1].citation.editionInCitation : undefined;
  if (ed) for (const g of [first, ...more.map((m) => m.citation)]) g.editionInCitation ??= ed;
  return more;
}

/**
 * The sections after the first of a statute's `§§` list ("18 U.S.C. §§ 3553(a), 3582(c)"), of the same title.
 * A number that starts another title's citation ("§§ 3553(a), 28 U.S.C. § 994") ends the list.
 */
function statuteListItems(c: Cursor, title: number): { start: number; end: number; citation: Citation }[] {
  return listItems(c, (k) => {
    const st = statuteAfterSign(k, title);
    return st && !/^\s*U\.\s?S\.\s?C/.test(k.s.slice(k.pos, k.pos + 12)) ? st : undefined;
  });
}

type Parsed = { citation: Citation; end: number; more?: { start: number; end: number; citation: Citation }[] };

/** Parse a citation starting at an anchor; returns the citation and its end offset (and, for a `§§` list, the sections after the first). */
function parseAt(s: string, start: number, anchor: string): Parsed | undefined {
  const c = new Cursor(s, start + anchor.length);
  const done = (citation: Citation | undefined) => (citation ? { citation, end: c.pos } : undefined);
  /** A guideline section and, when the sign was doubled or the word plural, the rest of its list. */
  const sections = (list: boolean): Parsed | undefined => {
    const g = guidelineAfterSign(c);
    if (!g) return undefined;
    const end = c.pos;
    const more = list ? guidelineListItems(c, g) : [];
    return more.length ? { citation: g, end, more } : { citation: g, end };
  };

  if (anchor === "§") {
    const double = c.lit("§");
    c.ws();
    const g = c.attempt(() => sections(!!double));
    if (g) return g;
    if (double) return undefined;
    return done(c.attempt(() => statuteAfterSign(c, undefined)));
  }
  if (/^[Ss]ection/.test(anchor)) {
    c.ws();
    return sections(anchor.endsWith("s"));
  }
  if (/^\d/.test(anchor)) {
    const title = Number(/^\d{1,2}/.exec(anchor)![0]);
    c.ws();
    const list = c.lit("§§") !== undefined;
    if (!list) c.lit("§");
    c.ws();
    const st = statuteAfterSign(c, title);
    if (!st) return undefined;
    const end = c.pos;
    const more = list ? statuteListItems(c, title) : [];
    return more.length ? { citation: st, end, more } : { citation: st, end };
  }
  if (anchor.startsWith("Fed") || anchor.startsWith("Federal")) {
    c.ws();
    const rule = c.re(RULE_NUMBER);
    if (!rule) return undefined;
    return done({ kind: "rule", rules: "crim", rule, subsection: subsections(c) });
  }
  if (/^[Aa]pplication/.test(anchor)) {
    // "Application Note 5 to §2L1.2" / "application note 5 of USSG § 2L1.2"
    c.ws();
    const n = c.re(/\d{1,2}(?!\d)/y);
    if (!n) return undefined;
    const note = [n, ...subsections(c)];
    c.ws();
    if (!c.lit("to", "of")) return undefined;
    c.ws();
    c.lit("U.S.S.G.", "USSG");
    c.ws();
    c.lit("§");
    c.ws();
    const section = c.re(GUIDELINE_SECTION);
    if (!section) return undefined;
    return done({ kind: "guideline", section, subsection: [], commentary: { note } });
  }

  // A guideline prefix: U.S.S.G., USSG, (U.S.) Sentencing Guidelines (Manual), Guidelines.
  const strong = anchor.startsWith("U.S.S.G") || anchor === "USSG";
  c.ws();
  c.lit("Manual");
  c.ws();
  const ch = chapter(c);
  if (ch) return done(ch);
  if (c.lit("§")) {
    const double = c.lit("§");
    c.ws();
    return sections(!!double);
  }
  if (c.lit("section ", "Section ", "sec. ")) {
    c.ws();
    return done(guidelineAfterSign(c));
  }
  if (strong) return done(guidelineAfterSign(c));
  return undefined;
}


/**
 * "Id." after a guideline citation, with the part it adds: `Id. cmt. n.5`, `Id., comment.
 * (n.5)`, `Id. app. note 5`, `Id. (b)(3)`. "Id. § …" is left to the section-sign anchor; a bare
 * "Id." or one after a case citation is not a guideline citation.
 */
function parseId(s: string, start: number, prev: CitationMatch | undefined): { citation: Citation; end: number } | undefined {
  if (!prev || prev.citation.kind !== "guideline") return undefined;
  // a case reporter between the two means "Id." refers to the case, not the guideline
  if (start - prev.end > 2000 || hasReporterCitation(s.slice(prev.end, start))) return undefined;
  return idPart(s, start, prev.citation.section);
}

/** What "Id." at `start` adds to a guideline citation of `section` (commentary, subsections), if it adds anything: the text after "Id." alone decides whether it does. */
function idPart(s: string, start: number, section: string): { citation: Citation; end: number } | undefined {
  const c = new Cursor(s, start + 3);
  const com = commentary(c);
  if (com) return { citation: { kind: "guideline", section, subsection: [], commentary: com }, end: c.pos };
  c.ws();
  const sub = subsections(c);
  if (sub.length === 0) return undefined;
  const cite: GuidelineCitation = { kind: "guideline", section, subsection: sub };
  const com2 = commentary(c);
  if (com2) cite.commentary = com2;
  return { citation: cite, end: c.pos };
}

/** All citations in `prose` (the output of `proseOf`), in order, non-overlapping. */
export function recognizeCitations(prose: string, text: string = prose): CitationMatch[] {
  return recognizeCitationsIn(prose, text, 0, prose.length, undefined).matches;
}

/**
 * The citations whose anchor starts in [from, to), read as `recognizeCitations` reads them, the
 * scan starting at `from`; `prev` is the citation before `from` ("Id." may refer to it). `readPrev`:
 * an "Id." that adds a part to a guideline citation came before any citation of the range, so the
 * result depends on what precedes it.
 */
export function recognizeCitationsIn(prose: string, text: string, from: number, to: number, prev: CitationMatch | undefined): { matches: CitationMatch[]; readPrev: boolean } {
  const out: CitationMatch[] = [];
  let readPrev = false;
  const re = new RegExp(ANCHOR.source, "g");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose)) && m.index < to) {
    const start = m.index;
    const anchor = m[0];
    if (anchor !== "§" && isWordChar(prose[start - 1])) continue;
    // an "Id." that adds no part ("Id. at 246", a case's) is no guideline citation whatever came before it
    if (anchor === "Id." && out.length === 0 && idPart(prose, start, "") !== undefined) readPrev = true;
    const parsed: Parsed | undefined = anchor === "Id." ? parseId(prose, start, out.length ? out[out.length - 1] : prev) : parseAt(prose, start, anchor);
    if (!parsed) continue;
    // each section of a "§§" list is a citation of its own, at its own offsets
    for (const p of [{ start, end: parsed.end, citation: parsed.citation }, ...(parsed.more ?? [])]) {
      let end = p.end;
      while (end > p.start && /\s/.test(prose[end - 1])) end--;
      out.push({ start: p.start, end, text: text.slice(p.start, end), citation: p.citation });
      re.lastIndex = end;
    }
  }
  return { matches: out, readPrev };
}

/** The citation whose range contains `offset` (inclusive of its end), if any. */
export function citationAt(matches: readonly CitationMatch[], offset: number): CitationMatch | undefined {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = matches[mid];
    if (offset < x.start) hi = mid - 1;
    else if (offset > x.end) lo = mid + 1;
    else return x;
  }
  return undefined;
}
