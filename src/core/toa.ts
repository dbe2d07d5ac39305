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
import { LineIndex, atxHeading } from "./brief/lines";
import { recognizeCitations } from "./citations/recognize";
import { formatSubsection, type Citation, type CitationMatch } from "./citations/types";
import { KNOWN_CASES, normalizeName, parentheticalNesting, recognizeCaseCitations, type CaseCitationMatch, type HistoryCite, type KnownCase, type UncertainCitation } from "./citations/cases";
import { courtSystem, normalizeCourt, type Reporter } from "./citations/reporters";

export const TOA_START = "<!-- heartland-toa -->";
export const TOA_END = "<!-- /heartland-toa -->";

export type ToaGroup = "Cases" | "Statutes" | "Guidelines" | "Rules";

/** An authority's parts, as `heartland toa --format json` prints them (null where the citation has none). */
export interface AuthorityData {
  kind: "case" | "statute" | "guideline" | "rule";
  /** Case name; for other authorities the authority as listed. */
  name: string;
  volume: number | null;
  /** Canonical (Bluebook) reporter abbreviation from the reporters database. */
  reporter: string | null;
  page: number | null;
  /** Court as stated in the citation, in its Bluebook abbreviation (null when the citation states none, e.g. the Supreme Court). */
  court: string | null;
  year: number | null;
  /** The authority as listed in the table. */
  cite: string;
}

export interface ToaEntry {
  group: ToaGroup;
  /** Cases: federal or state (from the reporter, else the court); undefined when neither says. */
  system?: "federal" | "state";
  /** The authority as listed. */
  authority: string;
  /** Sort key within the group. */
  sort: string;
  data: AuthorityData;
  /** 1-based line and column of each citation (not shown in the table), with the heading of the section it is in and its anchor. */
  places: { line: number; column: number; heading?: string; anchor?: string }[];
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

/**
 * Identify a full or docket citation as a known case (exact facts only: the table never guesses). A reporter
 * citation whose name is another case's ("Jones v. Acme Corp., 215 F.3d 969") is that other case as written, never
 * the known case on that page: the name, in full or short form, must be the known case's (a citation without a name
 * is identified by its volume, reporter and page).
 */
function knownFor(m: CaseCitationMatch): KnownCase | undefined {
  if (m.form === "full") {
    const named = (k: KnownCase) => !m.name || [normalizeName(k.name), normalizeName(k.shortName)].includes(normalizeName(m.name.value));
    return KNOWN_CASES.find((k) => k.volume === m.volume!.value && k.reporter === m.reporter!.value && k.page === m.page!.value && named(k));
  }
  if (m.form === "docket" && m.name) {
    const n = normalizeName(m.name.value);
    return KNOWN_CASES.find((k) => k.docket !== undefined && normalizeName(k.name) === n && k.docket.replace(/\s/g, "") === m.docket!.value.replace(/\s/g, ""));
  }
  return undefined;
}

/** "1 F.3d 2, 3 S. Ct. 4": the first part and its parallels, canonical reporters, without pins; "5 U.S. (1 Cranch) 137"; "2020-Ohio-1234". */
function reporterCite(m: CaseCitationMatch): string {
  const first = m.hyphenated
    ? `${m.volume!.value}-${m.reporter!.value}-${m.text.slice(m.page!.start - m.start, m.page!.end - m.start)}`
    : `${m.volume!.value} ${m.reporter!.value}${m.nominative ? ` (${m.nominative.value})` : ""} ${m.page!.value}${m.pageSuffix ?? ""}`;
  return [first, ...(m.parallels ?? []).map((p) => p.hyphenated ?? `${p.volume.value} ${p.reporter.value} ${p.page.value}`)].join(", ");
}

/** The court parenthetical with the court in its Bluebook abbreviation: "(S.D.N.Y. Jan. 5, 2019)", "(1996)". */
function parenText(m: CaseCitationMatch): string {
  const p = m.paren!;
  if (p.sharedYear && p.court) return `(${normalizeCourt(p.court.value)})`;
  const when = p.date ? p.date.value.replace(/\s+/g, " ") : String(p.year.value);
  return `(${p.court ? `${normalizeCourt(p.court.value)} ` : ""}${when})`;
}

/** A citation's body without its name or pins: "1 F.3d 2 (1st Cir. 1990)", "No. 3:19-cr-1 (S.D. Tex. Jan. 5, 2019)". */
function citeBody(m: CaseCitationMatch): string {
  let cite: string;
  if (m.form === "full") cite = `${m.district ? `${m.district.value}, ` : ""}${reporterCite(m)}`;
  else {
    cite = m.docket!.value.replace(/\s+/g, " ");
    if (m.volume) cite += `, ${m.volume.value} ${m.reporter!.value} ${m.page!.value}`;
  }
  const paren = m.paren ? ` ${parenText(m)}` : "";
  return `${cite}${paren}${m.enBanc ? " (en banc)" : ""}${m.perCuriam ? " (per curiam)" : ""}`;
}

/** The history written after a decision (", aff'd, 555 U.S. 1 (2008)"), each part as its citation's body; `skip` leaves parts out. */
function historyText(m: CaseCitationMatch, skip: (h: HistoryCite) => boolean = () => false): string {
  return (m.history ?? [])
    .filter((h) => !skip(h))
    .map((h) => `, ${h.phrase}${h.cite.name ? ` ${h.cite.name.value}` : ""}, ${citeBody(h.cite)}`)
    .join("");
}

/** A case as written, without pins: "Name, 1 F.3d 2 (1st Cir. 1990)", reporters and courts in their Bluebook forms, with its history ("…, aff'd, 555 U.S. 1 (2008)"). */
function caseAsWritten(m: CaseCitationMatch): string | undefined {
  if (!m.name) return undefined;
  return `${m.name.value}, ${citeBody(m)}${historyText(m)}`;
}

/**
 * A known case: its verified citation, with the subsequent history the brief gives it (", abrogated by …", ", cert.
 * denied, …") — never dropped for the verified form; the amended opinion the verified citation already names is not repeated.
 */
function knownCaseCite(m: CaseCitationMatch, k: KnownCase): string {
  const am = k.amended;
  return `${k.cite}${historyText(m, (h) => !!am && h.cite.volume?.value === am.volume && h.cite.reporter?.value === am.reporter && h.cite.page?.value === am.page)}`;
}

function caseData(m: CaseCitationMatch, k: KnownCase | undefined, cite: string): AuthorityData {
  if (k) {
    return { kind: "case", name: k.name, volume: k.volume ?? null, reporter: k.reporter ?? null, page: k.page ?? null, court: k.court === "U.S." ? null : k.court, year: k.year, cite };
  }
  return {
    kind: "case",
    name: m.name!.value,
    volume: m.volume?.value ?? null,
    reporter: m.reporter?.value ?? null,
    page: m.page?.value ?? null,
    court: m.paren?.court ? normalizeCourt(m.paren.court.value) : null,
    // a public-domain citation states its year as its volume ("2019 ND 49"), also as a parallel ("95 Ohio St. 3d 137, 2002-Ohio-1759")
    year: m.paren?.year.value ?? publicDomainYear(m),
    cite,
  };
}

/** The year a public-domain citation (the first part or a parallel) states as its volume, or null. */
function publicDomainYear(m: CaseCitationMatch): number | null {
  const year = (v: number, r: Reporter | undefined, hyphenated: boolean) =>
    hyphenated || r?.type === "neutral" || (r?.neutralFrom !== undefined && v >= r.neutralFrom && v >= 1990 && v <= 2099) ? v : undefined;
  if (m.volume) {
    const y = year(m.volume.value, m.reporterInfo, !!m.hyphenated);
    if (y !== undefined) return y;
  }
  for (const p of m.parallels ?? []) {
    const y = year(p.volume.value, p.reporterInfo, p.hyphenated !== undefined);
    if (y !== undefined) return y;
  }
  return null;
}

/** Public-domain forms of federal tribunals in the reporters database (the others are states'). */
const FEDERAL_PUBLIC_DOMAIN = new Set(["T.C. Memo.", "T.C. No.", "T.C. Summary Opinion", "CIT", "MSPB", "NLRB No."]);

/** Federal or state: the reporter's jurisdiction, else the court's. */
function systemOf(m: CaseCitationMatch, k: KnownCase | undefined): "federal" | "state" | undefined {
  if (k) return k.court === "U.S." ? "federal" : courtSystem(k.court) ?? "federal";
  const t = m.reporterInfo?.type;
  if (t === "federal" || t === "early") return "federal";
  if (t === "state" || t === "regional") return "state";
  // public-domain citations are the states' own ("2019 ND 49", "2017 IL 120649"), but for a few federal tribunals
  if (t === "neutral") return FEDERAL_PUBLIC_DOMAIN.has(m.reporterInfo!.cite) ? "federal" : "state";
  return m.paren?.court ? courtSystem(normalizeCourt(m.paren.court.value)) : undefined;
}

/** Text that looks like a citation Heartland does not read: a section or paragraph sign, or "1 Minn. L. Rev. 1". */
const CITATION_LIKE = /[§¶]|\b\d{1,4} [A-Z][A-Za-z.'’&]*(?: [A-Z][A-Za-z.'’&]*){0,4} \d/;

/** Short names a later short form may use: "Hopwood" for Hopwood v. Texas, "Ruiz" for United States v. Ruiz, "Gault" for In re Gault. */
const GOVERNMENT = /^(?:United States|United States of America|State|People|Commonwealth|State of [A-Z][a-z]+|People of the State of [A-Z][a-z]+)$/;
function shortNames(name: string): string[] {
  const out = [name];
  const v = name.indexOf(" v. ");
  if (v > 0) {
    const first = name.slice(0, v).replace(/,? (?:Inc\.|FSB|F\.S\.B\.|N\.A\.|LLC|Ltd\.|Co\.|Corp\.)$/, "");
    const second = name.slice(v + 4).replace(/,? (?:Inc\.|FSB|F\.S\.B\.|N\.A\.|LLC|Ltd\.|Co\.|Corp\.)$/, "");
    if (!GOVERNMENT.test(first)) out.push(first);
    if (!GOVERNMENT.test(second) || GOVERNMENT.test(first)) out.push(second);
  }
  const proc = /^(?:In re|Ex parte|In the Matter of|Matter of) (.+)$/.exec(name);
  if (proc) out.push(proc[1]);
  return out;
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
    const title = atxHeading(p)?.text;
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

/**
 * Where a citation stands in print: inside a footnote definition (`[^1]: …`, often written at the end of the brief), the
 * offset of the footnote's first call (`[^1]` in the text); elsewhere the citation's own offset. A footnote never
 * called stays where it is written.
 */
function footnoteHome(text: string, prose: string, footnotes: readonly { label: string; start: number; end: number }[]): (offset: number) => number {
  if (!footnotes.length) return (offset) => offset;
  const lower = text.toLowerCase();
  const callOf = new Map<string, number>();
  const inDefinition = (i: number) => footnotes.some((f) => i >= f.start && i < f.end);
  for (const f of footnotes) {
    if (callOf.has(f.label)) continue;
    const mark = `[^${f.label}]`;
    for (let i = lower.indexOf(mark); i !== -1; i = lower.indexOf(mark, i + 1)) {
      // a call: not the definition's own label ("[^1]:"), not inside a footnote's text, and blanked in the prose as a call is
      // (text in code is blanked too, so a "[^1]" written in code before the real call would be taken for it)
      if (text[i + mark.length] === ":" && footnotes.some((g) => g.start === i)) continue;
      if (inDefinition(i) || prose[i] !== " ") continue;
      callOf.set(f.label, i);
      break;
    }
  }
  return (offset) => {
    const f = footnotes.find((x) => offset >= x.start && offset < x.end);
    return f ? (callOf.get(f.label) ?? offset) : offset;
  };
}

function otherData(c: Citation, label: string): AuthorityData {
  const kind = c.kind === "statute" ? "statute" : c.kind === "rule" ? "rule" : "guideline";
  return { kind, name: label, volume: null, reporter: null, page: null, court: null, year: null, cite: label };
}

/**
 * Entries of the table, in order: Cases (federal, then state, each alphabetical), Statutes,
 * Guidelines, Rules (numerical). Citations whose parse is uncertain are left out and pushed to
 * `uncertain` when given. The editor command and `heartland toa` both read this.
 */
export function collectAuthorities(text: string, uncertain?: UncertainCitation[]): ToaEntry[] {
  const map = proseOf(text);
  let prose = map.prose;
  const old = findTable(text);
  if (old) prose = prose.slice(0, old.start) + prose.slice(old.start, old.end).replace(/[^\n]/g, " ") + prose.slice(old.end);
  const lines = new LineIndex(text);
  const headings = headingsOf(prose, lines, old);
  const headingAt = (line: number): { title: string; anchor: string } | undefined => {
    let h: { title: string; anchor: string } | undefined;
    for (const x of headings) if (x.line <= line) h = x;
    return h;
  };
  const entries = new Map<string, ToaEntry>();
  const home = footnoteHome(text, prose, map.footnotes);
  const place = (key: string, make: () => Omit<ToaEntry, "places">, offset: number) => {
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { ...make(), places: [] }));
    const pos = lines.positionAt(offset);
    // a citation in a footnote is cited where the footnote is called (its page in print), not where the definition is written
    const heading = headingAt(lines.positionAt(home(offset)).line);
    e.places.push({ line: pos.line + 1, column: pos.character + 1, ...(heading ? { heading: heading.title, anchor: heading.anchor } : {}) });
  };
  const again = (key: string, offset: number) => place(key, () => entries.get(key)!, offset);

  const cases = recognizeCaseCitations(prose, text, uncertain);
  const others: CitationMatch[] = recognizeCitations(prose, text);
  type Item = { start: number; c?: CaseCitationMatch; o?: CitationMatch };
  const items: Item[] = [...cases.map((c) => ({ start: c.start, c })), ...others.map((o) => ({ start: o.start, o }))].sort((a, b) => a.start - b.start);
  const byVolume = new Map<string, string>(); // "215 F.3d" → entry key (of the case cited in full in that volume)
  const pagesIn = new Map<string, Set<number>>(); // "volume reporter" → first pages cited in full
  const byName = new Map<string, string | null>(); // normalised short name → entry key (null: two cases share it)
  const nameOf = new Map<string, string>(); // entry key → normalised case name
  const byCite = new Map<string, string>(); // "2019 WL 12345678" → entry key
  const firstPage = new Map<string, number>(); // entry key → first page (reporter citations, not database numbers)
  let previous: string | undefined;
  let previousEnd = 0;
  const visit = (it: Item): void => {
    if (it.o) {
      previousEnd = it.o.end;
      const c = it.o.citation;
      const label = guidelineLabel(c);
      const key = `${groupOf(c)}|${label}`;
      place(key, () => ({ group: groupOf(c), authority: label, sort: sortKey(c), data: otherData(c, label) }), it.o.start);
      previous = key;
      return;
    }
    const m = it.c!;
    if (m.form !== "id") previousEnd = m.end;
    if (m.form === "id") {
      // "Id. at 50" cannot refer to an opinion that begins on page 100
      const first = previous ? firstPage.get(previous) : undefined;
      if (previous && first !== undefined && m.pins.some((p) => !p.text.startsWith("*") && p.first < first)) {
        uncertain?.push({ start: m.start, end: m.end, reason: "Id. with a pin before the first page of the case before it" });
        previous = undefined;
      } else if (previous && CITATION_LIKE.test(prose.slice(previousEnd, m.start))) {
        // something that looks like another authority ("Mass. Gen. Laws ch. 1, § 2", "1 Minn. L. Rev. 1") stands between
        uncertain?.push({ start: m.start, end: m.end, reason: "Id. after a citation Heartland does not read" });
        previous = undefined;
      } else if (previous) {
        again(previous, m.start);
        previousEnd = m.end;
      }
      return;
    }
    if (m.form === "supra") {
      // "Foo, supra, at 2": the one case cited in full under that name
      const key = byName.get(normalizeName(m.name!.value)) ?? undefined;
      if (key) again(key, m.start);
      else uncertain?.push({ start: m.start, end: m.end, reason: "supra whose case is not cited in full before it, or is ambiguous" });
      previous = key;
      return;
    }
    if (m.form === "short") {
      const volKey = `${m.volume!.value} ${m.reporter!.value}`;
      // the one case cited in full in that volume, if only one was
      const inVolume = (pagesIn.get(volKey)?.size ?? 0) === 1 ? byVolume.get(volKey) : undefined;
      let key: string | undefined;
      if (m.name) {
        const n = normalizeName(m.name.value);
        const named = byName.get(n);
        // the volume's case when its name holds this one ("Pepper, 562 U.S. at 490" with Pepper cited in U.S. and in S. Ct.)
        if (inVolume && ` ${nameOf.get(inVolume)} `.includes(` ${n} `)) key = inVolume;
        else if (named) key = named;
      } else key = inVolume;
      if (key) again(key, m.start);
      else uncertain?.push({ start: m.start, end: m.end, reason: "short form whose case is not cited in full before it, or is ambiguous" });
      previous = key;
      return;
    }
    const k = knownFor(m);
    const citeKey = m.volume ? `${m.volume.value} ${m.reporter!.value} ${m.page!.value}` : undefined;
    // the same decision cited again by its number ("Ortiz, 2019 WL 12345678, at *3"): a place of its entry
    const again2 = citeKey ? byCite.get(citeKey) : undefined;
    if (again2 && !k && (!m.name || !m.name.value.includes(" v. ") || normalizeName(m.name.value) === nameOf.get(again2))) {
      again(again2, m.start);
      previous = again2;
      return;
    }
    // a docket number with neither a court nor a database number: not enough to list
    if (m.form === "docket" && !k && !m.paren && !m.volume) {
      uncertain?.push({ start: m.start, end: m.end, reason: "docket number without a court, date or database number" });
      previous = undefined;
      return;
    }
    const authority = k ? knownCaseCite(m, k) : caseAsWritten(m);
    if (!authority) {
      // an unnamed citation in a volume still makes "1 U.S., at 2" ambiguous there
      if (m.volume && m.page) {
        const volKey = `${m.volume.value} ${m.reporter!.value}`;
        pagesIn.set(volKey, (pagesIn.get(volKey) ?? new Set<number>()).add(m.page.value));
      }
      // and "See Foo, 1 U.S. 2" makes "Foo" ambiguous
      if (m.looseName) {
        const n = normalizeName(m.looseName.value);
        if (byName.has(n)) byName.set(n, null);
      }
      previous = undefined;
      return;
    }
    const key = `Cases|${k ? k.id : authority}`;
    const name = k ? k.name : m.name!.value;
    // a known case cited again with the history an earlier full citation left out: the entry gives the history
    const listed = entries.get(key);
    if (k && listed && authority.length > listed.authority.length) {
      listed.authority = authority;
      listed.data = { ...listed.data, cite: authority };
    }
    place(
      key,
      () => {
        const system = systemOf(m, k);
        // alphabetical by the name as listed, as a reader of the table looks for it: "United States v. Ruiz" under U, as "State v. Brown" under S
        return { group: "Cases", ...(system ? { system } : {}), authority, sort: `${normalizeName(name)} ${normalizeName(authority)}`, data: caseData(m, k, authority) };
      },
      m.start,
    );
    if (m.volume) {
      // the decision's parts and its history's: "555 U.S. at 5" after "…, aff'd, 555 U.S. 1 (2008)" is a place of this entry
      const history = (m.history ?? []).flatMap((h) => (h.cite.volume ? [h.cite, ...(h.cite.parallels ?? [])] : []));
      for (const part of [m, ...(m.parallels ?? []), ...history]) {
        const volKey = `${part.volume!.value} ${part.reporter!.value}`;
        byCite.set(`${volKey} ${part.page!.value}`, key);
        byVolume.set(volKey, key);
        pagesIn.set(volKey, (pagesIn.get(volKey) ?? new Set<number>()).add(part.page!.value));
      }
    }
    nameOf.set(key, normalizeName(name));
    // the lowest first page of the decision's parts and its history's ("Id. at 6" after "…, aff'd, 555 U.S. 1" is a place of this entry)
    const pagedParts = [m, ...(m.parallels ?? []), ...(m.history ?? []).flatMap((h) => [h.cite, ...(h.cite.parallels ?? [])])];
    for (const part of pagedParts) {
      const t = part.reporterInfo?.type;
      if (!part.page || t === undefined || t === "westlaw" || t === "lexis" || t === "neutral" || part.hyphenated) continue;
      const had = firstPage.get(key);
      if (had === undefined || part.page.value < had) firstPage.set(key, part.page.value);
    }
    for (const n of new Set([...(k ? [k.shortName] : []), ...shortNames(name)].map(normalizeName))) {
      const had = byName.get(n);
      byName.set(n, had === undefined || had === key ? key : null);
    }
    previous = key;
  };
  // a citation inside an explanatory parenthetical of the one before is listed and placed, but "Id." after it still means the citation before
  const inParenthetical = parentheticalNesting(prose);
  for (const it of items) {
    const nested = it.c ? inParenthetical(it.c.start, it.c.end) : inParenthetical(it.o!.start, it.o!.end);
    const kept = previous;
    visit(it);
    if (nested) previous = kept;
  }
  const order = (e: ToaEntry) => ["Cases", "Statutes", "Guidelines", "Rules"].indexOf(e.group) * 3 + (e.group === "Cases" ? (e.system === "federal" ? 0 : e.system === "state" ? 1 : 2) : 0);
  return [...entries.values()].sort((a, b) => order(a) - order(b) || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
}

/** Headings of the case groups: "Cases" alone, or Federal / State (/ Other) Cases when the brief cites state cases. */
function caseHeadings(es: readonly ToaEntry[]): { title: string; entries: ToaEntry[] }[] {
  const cases = es.filter((e) => e.group === "Cases");
  if (!cases.some((e) => e.system === "state")) return cases.length ? [{ title: "Cases", entries: [...cases].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)) }] : [];
  return [
    { title: "Federal Cases", entries: cases.filter((e) => e.system === "federal") },
    { title: "State Cases", entries: cases.filter((e) => e.system === "state") },
    { title: "Other Cases", entries: cases.filter((e) => e.system === undefined) },
  ].filter((g) => g.entries.length);
}

/** The table as Markdown (markers included). */
export function renderTable(entries: readonly ToaEntry[]): string {
  const out = [TOA_START, "## Table of Authorities", ""];
  if (!entries.length) out.push("No citations found.", "");
  const groups = [...caseHeadings(entries), ...(["Statutes", "Guidelines", "Rules"] as ToaGroup[]).map((g) => ({ title: g, entries: entries.filter((e) => e.group === g) }))];
  for (const { title, entries: es } of groups) {
    if (!es.length) continue;
    out.push(`### ${title}`, "", "| Authority | Cited in |", "| --- | --- |");
    for (const e of es) out.push(`| ${escapeCell(e.authority)} | ${formatPlaces(e.places)} |`);
    out.push("");
  }
  out.push(TOA_END);
  return out.join("\n");
}

/**
 * Build the table for `text`. It replaces the previous table when there is one; otherwise it is
 * inserted at `insertAt` (default: the end of the brief), padded with blank lines. Citations left
 * out as uncertain are pushed to `uncertain` when given.
 */
export function buildTableOfAuthorities(text: string, insertAt: number = text.length, uncertain?: UncertainCitation[]): ToaResult {
  const entries = collectAuthorities(text, uncertain);
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
