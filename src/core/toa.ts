/**
 * Table of authorities: the cases, statutes, guidelines and rules a brief cites, each with
 * the sections it is cited in, as Markdown between `<!-- heartland-toa -->` and
 * `<!-- /heartland-toa -->` so that a rerun replaces it in place.
 *
 * Each place is a link to its section heading (`[II. Argument](#ii-argument)`), never a source
 * line number: a link survives moving text and inserting the table above it, resolves in the
 * Markdown preview, and a converter resolves it to a page. `docs/pandoc/toa.lua` turns these links
 * into "II. Argument, p. 3" in a PDF (LaTeX) or a Word file (a PAGEREF field) — see the README.
 *
 * Cases Heartland knows are listed under their verified full citation; other cases as written
 * (name, volume, reporter, first page, court and year, without pin cites). Short forms and
 * `Id.` count as places of the authority they refer to.
 */
import { proseOf } from "./brief/prose";
import { LineIndex } from "./brief/lines";
import { recognizeCitations } from "./citations/recognize";
import { formatSubsection, type Citation, type CitationMatch } from "./citations/types";
import { KNOWN_CASES, normalizeName, recognizeCaseCitations, type CaseCitationMatch, type KnownCase } from "./citations/cases";

export const TOA_START = "<!-- heartland-toa -->";
export const TOA_END = "<!-- /heartland-toa -->";

export type ToaGroup = "Cases" | "Statutes" | "Guidelines" | "Rules";

export interface ToaEntry {
  group: ToaGroup;
  /** The authority as listed. */
  authority: string;
  /** Sort key within the group. */
  sort: string;
  /** 1-based line numbers of each citation (not shown in the table), with the heading of the section it is in and its anchor. */
  places: { line: number; heading?: string; anchor?: string }[];
}

export interface ToaResult {
  /** The table, markers included (no trailing newline). */
  table: string;
  /** Range to replace (end exclusive): the previous table, or an empty range at the insertion point. */
  start: number;
  end: number;
  /** The text to put there (the table, with blank-line padding when inserted). */
  newText: string;
  replaced: boolean;
  entries: ToaEntry[];
}

/** The previous table (markers included), if the brief has one. */
export function findTable(text: string): { start: number; end: number } | undefined {
  const s = text.indexOf(TOA_START);
  if (s === -1) return undefined;
  const e = text.indexOf(TOA_END, s);
  if (e === -1) return undefined;
  return { start: s, end: e + TOA_END.length };
}

function guidelineLabel(c: Citation): string {
  switch (c.kind) {
    case "guideline": {
      let s = `U.S.S.G. § ${c.section}${formatSubsection(c.subsection)}`;
      if (c.through) {
        s = `U.S.S.G. §§ ${c.section}${formatSubsection(c.subsection)}–${c.through.section !== c.section ? c.through.section : ""}${formatSubsection(c.through.subsection)}`;
      }
      if (c.commentary?.note) s += `, comment. (n.${c.commentary.note[0]}${formatSubsection(c.commentary.note.slice(1))})`;
      else if (c.commentary?.background) s += ", comment. (backg'd.)";
      if (c.editionInCitation) s += ` (${c.editionInCitation})`;
      return s;
    }
    case "chapter":
      return `U.S.S.G. ch. ${c.chapter}${c.part ? `, pt. ${c.part}` : ""}`;
    case "statute":
      return `${c.title} U.S.C. § ${c.section}${formatSubsection(c.subsection)}`;
    case "rule": {
      const name = { crim: "Fed. R. Crim. P.", app: "Fed. R. App. P.", evid: "Fed. R. Evid.", civ: "Fed. R. Civ. P." }[c.rules];
      return `${name} ${c.rule}${formatSubsection(c.subsection)}`;
    }
  }
}

function pad(n: string, width = 6): string {
  return n.padStart(width, "0");
}

function sortKey(c: Citation): string {
  switch (c.kind) {
    case "guideline":
      return `${c.section.replace(/\d+/g, (d) => pad(d, 3))}${c.subsection.join("/")}${c.commentary ? "~" + (c.commentary.note ?? []).join("/") : ""}`;
    case "chapter":
      return `${c.chapter}~ch${c.part ?? ""}`;
    case "statute":
      return `${pad(String(c.title), 3)} ${pad(c.section.replace(/\D/g, ""))}${c.section} ${c.subsection.join("/")}`;
    case "rule":
      return `${c.rules} ${pad(c.rule.replace(/\D/g, ""), 3)} ${c.subsection.join("/")}`;
  }
}

function groupOf(c: Citation): ToaGroup {
  return c.kind === "statute" ? "Statutes" : c.kind === "rule" ? "Rules" : "Guidelines";
}

/** Identify a full or docket citation as a known case (exact facts only: the table never guesses). */
function knownFor(m: CaseCitationMatch): KnownCase | undefined {
  if (m.form === "full") return KNOWN_CASES.find((k) => k.volume === m.volume!.value && k.reporter === m.reporter!.value && k.page === m.page!.value);
  if (m.form === "docket") {
    const n = normalizeName(m.name!.value);
    return KNOWN_CASES.find((k) => k.docket !== undefined && normalizeName(k.name) === n && k.docket.replace(/\s/g, "") === m.docket!.value.replace(/\s/g, ""));
  }
  return undefined;
}

/** A case as written, without pins: "Name, 1 F.3d 2 (1st Cir. 1990)". */
function caseAsWritten(text: string, m: CaseCitationMatch): string | undefined {
  if (!m.name) return undefined;
  const cite = m.form === "full" ? `${m.volume!.value} ${m.reporter!.value} ${m.page!.value}` : m.docket!.value.replace(/\s+/g, " ");
  const paren = m.paren ? ` ${text.slice(m.paren.start, m.paren.end).replace(/\s+/g, " ")}` : "";
  return `${m.name.value}, ${cite}${paren}${m.enBanc ? " (en banc)" : ""}${m.perCuriam ? " (per curiam)" : ""}`;
}

/** The title of an ATX heading line (`## Argument ##` → "Argument"), or undefined. Scans by hand. */
function atxHeading(line: string): string | undefined {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let n = 0;
  while (line[i + n] === "#") n++;
  if (n < 1 || n > 6) return undefined;
  i += n;
  if (i < line.length && line[i] !== " " && line[i] !== "\t") return undefined;
  let e = line.length;
  while (e > i && (line[e - 1] === " " || line[e - 1] === "\t")) e--;
  let h = e;
  while (h > i && line[h - 1] === "#") h--;
  if (h === i || line[h - 1] === " " || line[h - 1] === "\t") e = h; // closing sequence
  return line.slice(i, e).trim();
}

/**
 * The anchor the Markdown preview (and GitHub) gives a heading: lower case, punctuation removed,
 * spaces as hyphens; a repeated title gets -1, -2, … `docs/pandoc/toa.lua` finds the heading by
 * its text instead, so Pandoc's own identifiers need not match.
 */
export function headingAnchor(title: string, seen: Map<string, number> = new Map()): string {
  const base = title.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

/** Headings (ATX) with their line numbers, outside code and the table itself. */
function headingsOf(prose: string, lines: LineIndex, skip?: { start: number; end: number }): { line: number; title: string; anchor: string }[] {
  const out: { line: number; title: string; anchor: string }[] = [];
  const seen = new Map<string, number>();
  for (let l = 0; l < lines.lineCount; l++) {
    const start = lines.starts[l];
    if (skip && start >= skip.start && start < skip.end) continue;
    const p = lines.lineText(l);
    const title = atxHeading(p);
    if (title === undefined || prose[start + p.indexOf("#")] !== "#") continue;
    const clean = title.replace(/[*_`]/g, "").trim();
    out.push({ line: l, title: clean, anchor: headingAnchor(clean, seen) });
  }
  return out;
}

function escapeCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
}

/** Link text in a table cell: brackets and pipes escaped. */
function linkText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/([[\]|])/g, "\\$1");
}

/** The sections an authority is cited in, in order, each once: links to their headings. */
function formatPlaces(places: ToaEntry["places"]): string {
  const out: string[] = [];
  const done = new Set<string>();
  for (const p of places) {
    const key = p.anchor ?? "";
    if (done.has(key)) continue;
    done.add(key);
    out.push(p.heading && p.anchor ? `[${linkText(p.heading)}](#${p.anchor})` : "Opening (before the first heading)");
  }
  return out.join("; ");
}

/** Entries of the table, in order: Cases (alphabetical), Statutes, Guidelines, Rules (numerical). */
export function collectAuthorities(text: string): ToaEntry[] {
  const map = proseOf(text);
  let prose = map.prose;
  const old = findTable(text);
  if (old) prose = prose.slice(0, old.start) + prose.slice(old.start, old.end).replace(/[^\n]/g, " ") + prose.slice(old.end);
  const lines = new LineIndex(text);
  const headings = headingsOf(prose, lines, old);
  const headingAt = (offset: number): { title: string; anchor: string } | undefined => {
    const line = lines.positionAt(offset).line;
    let h: { title: string; anchor: string } | undefined;
    for (const x of headings) if (x.line <= line) h = x;
    return h;
  };
  const entries = new Map<string, ToaEntry>();
  const place = (key: string, group: ToaGroup, authority: string, sort: string, offset: number) => {
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { group, authority, sort, places: [] }));
    const heading = headingAt(offset);
    e.places.push({ line: lines.positionAt(offset).line + 1, ...(heading ? { heading: heading.title, anchor: heading.anchor } : {}) });
  };

  const cases = recognizeCaseCitations(prose, text);
  const others: CitationMatch[] = recognizeCitations(prose, text);
  type Item = { start: number; c?: CaseCitationMatch; o?: CitationMatch };
  const items: Item[] = [...cases.map((c) => ({ start: c.start, c })), ...others.map((o) => ({ start: o.start, o }))].sort((a, b) => a.start - b.start);
  const byShort = new Map<string, string>(); // "215 F.3d" / normalized short name → entry key
  const pagesIn = new Map<string, Set<number>>(); // "volume reporter" → first pages cited in full
  let previous: string | undefined;
  for (const it of items) {
    if (it.o) {
      const c = it.o.citation;
      const label = guidelineLabel(c);
      const key = `${groupOf(c)}|${label}`;
      place(key, groupOf(c), label, sortKey(c), it.o.start);
      previous = key;
      continue;
    }
    const m = it.c!;
    if (m.form === "id") {
      if (previous) {
        const e = entries.get(previous)!;
        place(previous, e.group, e.authority, e.sort, m.start);
      }
      continue;
    }
    if (m.form === "short") {
      const volKey = `${m.volume!.value} ${m.reporter!.value}`;
      const byName = m.name ? byShort.get(normalizeName(m.name.value)) : undefined;
      // a short form without a name belongs to the case cited in full in that volume, if only one was
      const key = byName ?? ((pagesIn.get(volKey)?.size ?? 0) === 1 ? byShort.get(volKey) : undefined);
      if (key) {
        const e = entries.get(key)!;
        place(key, e.group, e.authority, e.sort, m.start);
      }
      previous = key;
      continue;
    }
    const k = knownFor(m);
    const authority = k ? k.cite : caseAsWritten(text, m);
    if (!authority) {
      previous = undefined;
      continue;
    }
    const key = `Cases|${k ? k.id : authority}`;
    const name = k ? k.name : m.name!.value;
    place(key, "Cases", authority, normalizeName(name.replace(/^United States v\. /, "")) + " " + normalizeName(name), m.start);
    if (m.volume) {
      const volKey = `${m.volume.value} ${m.reporter!.value}`;
      byShort.set(volKey, key);
      pagesIn.set(volKey, (pagesIn.get(volKey) ?? new Set<number>()).add(m.page!.value));
    }
    byShort.set(normalizeName(k ? k.shortName : name.replace(/^United States v\. /, "").replace(/ v\. United States$/, "")), key);
    previous = key;
  }
  const order: ToaGroup[] = ["Cases", "Statutes", "Guidelines", "Rules"];
  return [...entries.values()].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
}

/** The table as Markdown (markers included). */
export function renderTable(entries: readonly ToaEntry[]): string {
  const out = [TOA_START, "## Table of Authorities", ""];
  if (!entries.length) out.push("No citations found.", "");
  for (const group of ["Cases", "Statutes", "Guidelines", "Rules"] as ToaGroup[]) {
    const es = entries.filter((e) => e.group === group);
    if (!es.length) continue;
    out.push(`### ${group}`, "", "| Authority | Cited in |", "| --- | --- |");
    for (const e of es) out.push(`| ${escapeCell(e.authority)} | ${formatPlaces(e.places)} |`);
    out.push("");
  }
  out.push(TOA_END);
  return out.join("\n");
}

/**
 * Build the table for `text`. It replaces the previous table when there is one; otherwise it is
 * inserted at `insertAt` (default: the end of the brief), padded with blank lines.
 */
export function buildTableOfAuthorities(text: string, insertAt: number = text.length): ToaResult {
  const entries = collectAuthorities(text);
  const table = renderTable(entries);
  const old = findTable(text);
  if (old) return { table, start: old.start, end: old.end, newText: table, replaced: true, entries };
  const at = Math.max(0, Math.min(insertAt, text.length));
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before.length === 0 || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = after.length === 0 ? "\n" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  return { table, start: at, end: at, newText: lead + table + trail, replaced: false, entries };
}
