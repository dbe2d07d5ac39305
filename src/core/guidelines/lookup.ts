/**
 * Provision lookup: the text of a cited guideline provision (or statute) in a given
 * Guidelines Manual edition, with the edition whose text it really is, its status
 * (verbatim / partial / DERIVED / deleted), caveats and source.
 *
 * Rules: never show another edition's text as this edition's (textEdition + caveats say
 * whose text it is); never back-fill a provision into an edition before it existed;
 * where the reference data has no text, say so (ok:false, reason "no-text").
 */
import { formatCitation, formatSubsection } from "../citations/types";
import type { Citation, GuidelineCitation, GuidelineChapterCitation, StatuteCitation } from "../citations/types";
import { FIRST_EDITION, LATEST_EDITION, LATEST_VERIFIED_EDITION, editionLabel, editionsAsKnown, formatYears, isSupportedEdition, unverifiedEdition } from "./editions";
import type { DeletedFile, ProvisionNode, SectionData, Source, StatuteData, StatuteEra, StatutesFile, TextStatus, UnverifiedEdition, Version } from "./schema";

import d1B11 from "../../data/guidelines/1B1.1.json";
import d1B113 from "../../data/guidelines/1B1.13.json";
import d2L12 from "../../data/guidelines/2L1.2.json";
import d3E11 from "../../data/guidelines/3E1.1.json";
import d3F11 from "../../data/guidelines/3F1.1.json";
import d5D11 from "../../data/guidelines/5D1.1.json";
import d5G11 from "../../data/guidelines/5G1.1.json";
import d5H110 from "../../data/guidelines/5H1.10.json";
import d5K11 from "../../data/guidelines/5K1.1.json";
import d5K20 from "../../data/guidelines/5K2.0.json";
import d5K211 from "../../data/guidelines/5K2.11.json";
import d5K219 from "../../data/guidelines/5K2.19.json";
import d5K31 from "../../data/guidelines/5K3.1.json";
import d6B12 from "../../data/guidelines/6B1.2.json";
import dch5A from "../../data/guidelines/ch5A.json";
import dDeleted from "../../data/guidelines/deleted-2025.json";
import dStatutes from "../../data/statutes.json";

export interface ProvisionText {
  manual: number; // edition year asked for
  citation: string; // canonical form, e.g. "USSG §2L1.2(b)(2)(A)"
  title: string; // e.g. "§2L1.2. Unlawfully Entering or Remaining in the United States"
  context: string[]; // parent lines the cited text hangs from (lead-ins of (b), (b)(2)), may be empty
  text: string; // the cited provision's own text (plain text / light Markdown)
  /** "unverified": an edition whose text Heartland has not verified; the text is `carried` from an earlier edition. */
  status: "verbatim" | "partial" | "derived" | "deleted" | "unavailable" | "unverified";
  textEdition: string; // whose text this is, e.g. "Guidelines Manual, Nov. 1, 2015"
  /** With status "unverified": the edition whose text is shown and its status there (src/data/editions.json). */
  carried?: { edition: number; status: "verbatim" | "partial" | "derived" | "deleted"; amendments: string };
  caveats: string[];
  source: string; // reference/source citation (document + URL named in the reference)
  history?: string; // deletion / move note with amendment number and date
  statutoryMaximum?: string; // for statutes: the maximum term of this subsection
}

export type LookupResult =
  | { ok: true; provision: ProvisionText }
  /** "added-later": a statute's part that the data records as added after the date asked for (not yet the law then). */
  | { ok: false; reason: "not-in-edition" | "unknown" | "no-text" | "added-later"; message: string; editionsWithIt?: string };

/** Raw data, exported for the schema test. */
export const GUIDELINE_DATA: readonly SectionData[] = [
  d1B11, d1B113, d2L12, d3E11, d3F11, d5D11, d5G11, d5H110, d5K11, d5K20, d5K211, d5K219, d5K31, d6B12, dch5A,
] as SectionData[];
export const DELETED_DATA: DeletedFile = dDeleted as DeletedFile;
export const STATUTE_DATA: readonly StatuteData[] = (dStatutes as StatutesFile).statutes;

const SECTIONS = new Map<string, SectionData>();
for (const s of [...GUIDELINE_DATA, ...DELETED_DATA.sections]) SECTIONS.set(s.section, s);

const MISSING = "[… not in the reference data …]";

// ------------------------------------------------------------------ helpers

function sectionLabel(section: string): string {
  return section === "ch5A" ? "Chapter Five, Part A" : `§${section}`;
}

function formatSource(src: Source): string {
  // each document title with its addresses; titles that share the same addresses are merged
  const byTitle = new Map<string, string[]>();
  for (const d of src.documents) {
    const urls = byTitle.get(d.title) ?? [];
    if (d.url && !urls.includes(d.url)) urls.push(d.url);
    byTitle.set(d.title, urls);
  }
  const byUrls = new Map<string, string[]>();
  for (const [title, urls] of byTitle) {
    const key = urls.join(", ");
    byUrls.set(key, [...(byUrls.get(key) ?? []), title]);
  }
  const parts = [...byUrls].map(([urls, titles]) => (urls ? `${titles.join("; ")}: ${urls}` : `${titles.join("; ")} (no address recorded)`));
  return `${parts.join(" | ")} (${src.item})`;
}

function versionFor(s: SectionData, edition: number): Version | undefined {
  return s.versions.find((v) => v.from <= edition && edition <= v.to);
}

function gapFor(s: SectionData, edition: number): string | undefined {
  const g = s.gaps.find((x) => x.from <= edition && edition <= x.to);
  return g?.reason.replace(/%d/g, String(edition));
}

function ordinalEdition(ed: number): string {
  return `the ${ed} Guidelines Manual`;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x.length > 0))];
}

/** Lines of a node and everything under it, as printed. */
function renderNode(n: ProvisionNode): string[] {
  const out = [n.text ?? `(${n.id}) ${MISSING}`];
  for (const c of n.children ?? []) out.push(...renderNode(c));
  if (n.incomplete && n.children && n.children.length > 0) out.push(MISSING);
  if (n.after) out.push(n.after);
  return out;
}

function renderNote(n: ProvisionNode): string[] {
  const out = [n.text ?? `${n.id}. ${MISSING}`];
  for (const c of n.children ?? []) out.push(...renderNode(c));
  if (n.incomplete && n.children && n.children.length > 0) out.push(MISSING);
  if (n.after) out.push(n.after);
  return out;
}

/** First line of a lead-in node (for context): the whole node text, without children. */
function contextLine(n: ProvisionNode, isNote: boolean): string {
  return n.text ?? (isNote ? `${n.id}. ${MISSING}` : `(${n.id}) ${MISSING}`);
}

interface Collected {
  statuses: Set<TextStatus>;
  missing: boolean;
  caveats: string[];
  editions: Set<string>;
  histories: string[];
}

/** Status, caveats and editions of everything shown: the path's overrides plus the subtree's. */
function collect(path: ProvisionNode[], shown: ProvisionNode[], v: Version, part: "guideline" | "commentary"): Collected {
  const base: TextStatus = v.status === "deleted" ? "verbatim" : v.status;
  let inherited: TextStatus = base;
  let inheritedEd = v.textEdition;
  const caveats: string[] = [...v.caveats, ...((part === "guideline" ? v.guidelineCaveats : v.commentaryCaveats) ?? [])];
  for (const p of path) {
    if (p.status) inherited = p.status;
    if (p.textEdition) inheritedEd = p.textEdition;
    caveats.push(...(p.caveats ?? []));
  }
  const c: Collected = { statuses: new Set(), missing: false, caveats, editions: new Set(), histories: [] };
  const walk = (n: ProvisionNode, st: TextStatus, ed: string, top: boolean) => {
    const s = n.status ?? st;
    const e = n.textEdition ?? ed;
    void top;
    c.caveats.push(...(n.caveats ?? []));
    if (n.history) c.histories.push(n.history);
    if (n.text === undefined || n.incomplete) c.missing = true;
    if (n.text !== undefined) {
      c.statuses.add(s);
      c.editions.add(e);
    }
    for (const ch of n.children ?? []) walk(ch, s, e, false);
  };
  for (const n of shown) walk(n, inherited, inheritedEd, true);
  if (shown.length === 0) {
    c.statuses.add(inherited);
    c.editions.add(inheritedEd);
  }
  return c;
}

function summarize(c: Collected, v: Version): { status: ProvisionText["status"]; textEdition: string; caveats: string[] } {
  let status: ProvisionText["status"];
  if (c.missing) status = "partial";
  else if (c.statuses.has("derived")) status = "derived";
  else if (c.statuses.has("partial")) status = "partial";
  else status = "verbatim";
  const caveats = [...c.caveats];
  if (c.missing) caveats.push("Only the parts of this provision that the reference quotes are shown; the rest is marked “not in the reference data”.");
  if (status === "derived" && !caveats.some((x) => x.includes("DERIVED"))) caveats.push("DERIVED text: rebuilt from other verbatim text and the recorded amendments; not observed in a copy of this edition.");
  const eds = [...c.editions];
  const textEdition = eds.length === 1 ? eds[0] : eds.length === 0 ? v.textEdition : eds.join("; ");
  return { status, textEdition, caveats: uniq(caveats) };
}

function findPath(nodes: ProvisionNode[] | undefined, path: readonly string[]): ProvisionNode[] | undefined {
  const out: ProvisionNode[] = [];
  let cur: ProvisionNode[] | undefined = nodes;
  for (const id of path) {
    const n: ProvisionNode | undefined = cur?.find((x) => x.id === id);
    if (!n) return undefined;
    out.push(n);
    cur = n.children;
  }
  return out;
}

/**
 * `(b)(1)(A)(i)` where the Manual prints (i)–(vii) inside the text of (b)(1)(A): the deepest
 * printed node whose text contains the remaining markers, in order.
 */
function inlineClause(nodes: ProvisionNode[] | undefined, path: readonly string[]): { path: ProvisionNode[]; node: ProvisionNode } | undefined {
  const found: ProvisionNode[] = [];
  let cur: ProvisionNode[] | undefined = nodes;
  let i = 0;
  for (; i < path.length; i++) {
    const n: ProvisionNode | undefined = cur?.find((x) => x.id === path[i]);
    if (!n) break;
    found.push(n);
    cur = n.children;
  }
  if (i === 0 || i === path.length) return undefined;
  const rest = path.slice(i);
  const contains = (n: ProvisionNode): boolean => {
    if (!n.text) return false;
    const body = n.text.replace(/^\([^)]+\)\s*/, "");
    let at = 0;
    for (const id of rest) {
      // a clause marker standing on its own ("; (B) the prior …"), not the tail of a cross-reference ("(b)(1)(B)", "§4A1.2(e)")
      let k = body.indexOf(`(${id})`, at);
      while (k > 0 && /[)\w§]/.test(body[k - 1])) k = body.indexOf(`(${id})`, k + 1);
      if (k < 0) return false;
      at = k + id.length + 2;
    }
    return true;
  };
  const deepest = found[found.length - 1];
  // the clause is printed inside the deepest node's own text …
  if (!deepest.children?.length) return contains(deepest) ? { path: found, node: deepest } : undefined;
  // … or inside one of its printed children ("(2) (A) …; and (B) …")
  const child = deepest.children.find((c) => !c.children?.length && contains(c));
  return child ? { path: [...found, child], node: child } : undefined;
}

/** Is `path` definitely absent from this version (its text there is complete)? */
function definitelyAbsent(nodes: ProvisionNode[] | undefined, complete: boolean | undefined, path: readonly string[]): boolean {
  if (!nodes || !complete) return false;
  let cur: ProvisionNode[] | undefined = nodes;
  for (const id of path) {
    const n: ProvisionNode | undefined = cur?.find((x) => x.id === id);
    if (!n) return true;
    if (n.incomplete) return false;
    cur = n.children;
  }
  return false;
}

/**
 * Editions (from all versions) whose text has the given guideline or note path. For a note: also an edition whose
 * commentary is only partly in the reference but is known to run to that note or beyond (`lastNote`: the 2003–2010
 * Manuals had a Note 6, though Heartland has not its text).
 */
function editionsHaving(s: SectionData, pick: (v: Version) => ProvisionNode[] | undefined, path: readonly string[], notes = false): number[] {
  const years: number[] = [];
  const noteNo = notes && path.length === 1 && /^\d+$/.test(path[0]) ? Number(path[0]) : NaN;
  for (const v of s.versions) {
    if (v.status === "deleted") continue;
    const nodes = pick(v);
    const counted = !v.notesComplete && v.lastNote !== undefined && noteNo <= v.lastNote;
    if (findPath(nodes, path) || inlineClause(nodes, path) || counted) for (let y = v.from; y <= v.to; y++) years.push(y);
  }
  return years;
}

function yearsOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function existenceYears(s: SectionData): number[] {
  const from = s.existence.from ?? FIRST_EDITION;
  // an unverified edition is not counted among those that have it: Heartland does not know
  const to = s.existence.deleted ? s.existence.deleted.edition - 1 : LATEST_VERIFIED_EDITION;
  const ys: number[] = [];
  for (let y = Math.max(from, FIRST_EDITION); y <= to; y++) ys.push(y);
  return ys;
}

/** "the 2016 Manual", "the 2001–2015 Manuals": the Manuals published, by the names citations give them (2016 for 2016–2017). */
function manuals(years: number[]): string {
  const named = formatYears(years, true);
  return /^\d{4}$/.test(named) ? `the ${named} Manual` : `the ${named} Manuals`;
}

/**
 * " It appears in the A–B Manuals." as a reader of each date knows it: only the editions in force by the reader's day
 * (a brief of 2004 is not told of the 2016–2025 Manuals), and nothing where the only editions that have it came later.
 * `none`: what to say where no edition Heartland has by then has it (`upTo`: the newest by then), or nothing.
 */
function appearsIn(years: number[], none?: (upTo: number) => string, gaps?: SectionData["gaps"]): string {
  return editionsAsKnown(years, (have, upTo) => (have.length ? ` It appears in ${manuals(have)}.${gapBeside(have, upTo, gaps)}` : none ? none(upTo) : ""));
}

/**
 * " Heartland has no text of the 2018–2021 Manuals, which may have it too." where the editions whose text Heartland
 * lacks (the section's `gaps`) follow those known to have it (legal audit of session 33, round 3, pk-015: §1B1.13,
 * comment. (n.1(C)) "appears in the 2016–2017 Manuals" was read as absent from the 2018–2022 Manuals, which had it).
 */
function gapBeside(have: number[], upTo: number, gaps?: SectionData["gaps"]): string {
  if (!gaps?.length || !have.length) return "";
  const hi = Math.max(...have);
  // (only after them: a provision known from a later Manual on may be new there — §1B1.13(b)(3)(C) came with the 2023 rewrite)
  const near = gaps.filter((g) => g.from <= upTo && g.from === hi + 1);
  return near.length ? ` Heartland has no text of ${manuals(near.flatMap((g) => yearsOf(g.from, Math.min(g.to, upTo))))}, which may have it too.` : "";
}

/** " No edition Heartland has (1995–YYYY) contains it.", YYYY the newest edition by the reader's day. */
function noEditionHasIt(upTo: number): string {
  return ` No edition Heartland has (${formatYears(Array.from({ length: upTo - FIRST_EDITION + 1 }, (_, i) => FIRST_EDITION + i))}) contains it.`;
}

// ------------------------------------------------------------------ guidelines

function deletedResult(c: Citation, s: SectionData, v: Version, edition: number, extraCaveat?: string): LookupResult {
  const del = v.deleted!;
  const caveats = uniq([...v.caveats, ...(extraCaveat ? [extraCaveat] : [])]);
  return {
    ok: true,
    provision: {
      manual: edition,
      citation: formatCitation(c),
      title: `${sectionLabel(s.section)}. [Deleted] (${s.title})`,
      context: [],
      text: del.text,
      status: "deleted",
      textEdition: v.textEdition,
      caveats,
      source: formatSource(v.source),
      history: del.history,
    },
  };
}

function notInEditionBeforeAdded(c: GuidelineCitation, s: SectionData, edition: number): LookupResult {
  const a = s.existence.added!;
  const label = sectionLabel(s.section);
  const years = existenceYears(s);
  // what came later is told only from its day (a brief of 2010 citing §3F1.1 is not told of Amendment 836 of 2025)
  const effective = isoOfLongDate(a.effective) ?? `${a.edition}-11-01`;
  let message = `${label} is not in ${ordinalEdition(edition)}`;
  message += `{dated until=${effective}|.}{dated from=${effective}|: it was added by Amendment ${a.amendment}, effective ${a.effective}}`;
  const inManual = effective > `${a.edition}-11-01` ? effective : `${a.edition}-11-01`;
  if (effective < inManual) message += `{dated from=${effective} until=${inManual}|.}`;
  message += `{dated from=${inManual}| (${years.length === 1 && years[0] === a.edition ? `in the ${a.edition} Manual` : `first in the Nov. 1, ${a.edition} Manual`}).}`;
  if (a.movedFrom) {
    const prev = SECTIONS.get(a.movedFrom);
    const py = prev ? existenceYears(prev) : [];
    if (py.includes(edition)) message += `{dated until=${effective}| There, the subject is covered by §${a.movedFrom}.}`;
    message += `{dated from=${effective}| Before then, the same subject was covered by §${a.movedFrom}${py.length ? ` (in ${manuals(py)})` : ""}.}`;
  }
  void c;
  return { ok: false, reason: "not-in-edition", message, editionsWithIt: formatYears(years) };
}

function lookupGuideline(c: GuidelineCitation, edition: number): LookupResult {
  const label = sectionLabel(c.section);
  // a span of sections (§§5K2.0–5K2.24)
  if (c.through && c.through.section !== c.section) {
    const span = DELETED_DATA.spans.find((x) => x.from === c.section && x.to === c.through!.section);
    if (span && edition >= span.edition) {
      return {
        ok: true,
        provision: {
          manual: edition,
          citation: formatCitation(c),
          title: span.heading,
          context: [],
          text: span.text,
          status: "deleted",
          textEdition: editionLabel(span.edition),
          caveats: [],
          source: formatSource(span.source),
          history: span.history,
        },
      };
    }
    return { ok: false, reason: "no-text", message: `A span of sections (§§${c.section}–${c.through.section}) can't be shown as one text in ${ordinalEdition(edition)}; look up each section.` };
  }

  const s = SECTIONS.get(c.section);
  if (!s) {
    return { ok: false, reason: "unknown", message: `Heartland has no data for ${label}, so it cannot show its text or confirm that it is in ${ordinalEdition(edition)}.` };
  }
  const ex = s.existence;
  if (ex.added && edition < ex.added.edition) return notInEditionBeforeAdded(c, s, edition);

  const v = versionFor(s, edition);
  if (!v) {
    const gap = gapFor(s, edition);
    if (gap) return { ok: false, reason: "no-text", message: gap };
    return { ok: false, reason: "no-text", message: `The reference data has no text of ${label} for ${ordinalEdition(edition)}.` };
  }
  if (v.status === "deleted") {
    const what = c.subsection.length || c.commentary ? `${formatCitation(c).replace(/^USSG /, "")}: the whole section` : undefined;
    return deletedResult(c, s, v, edition, what ? `${what} was deleted; the Manual prints only this note.` : undefined);
  }

  const title = v.heading;
  const base = { manual: edition, citation: formatCitation(c), title, source: formatSource(v.source) };

  // ---- commentary
  if (c.commentary) {
    if (c.commentary.background) {
      if (!v.background) {
        return { ok: false, reason: v.notesComplete ? "not-in-edition" : "no-text", message: v.notesComplete ? `${label} has no Background commentary in ${ordinalEdition(edition)}.` : `The reference data has no Background commentary to ${label} for ${ordinalEdition(edition)}.` };
      }
      return { ok: true, provision: { ...base, context: ["Commentary"], text: v.background, status: v.status as TextStatus, textEdition: v.textEdition, caveats: [...v.caveats, ...(v.commentaryCaveats ?? [])] } };
    }
    const notePath = c.commentary.note ?? [];
    if (notePath.length === 0) {
      const lines: string[] = [];
      if (v.commentaryText) lines.push(v.commentaryText);
      for (const n of v.notes ?? []) lines.push(...renderNote(n));
      if (lines.length === 0) return { ok: false, reason: "no-text", message: `The reference data has no commentary to ${label} for ${ordinalEdition(edition)}.` };
      const col = collect([], v.notes ?? [], v, "commentary");
      const sum = summarize(col, v);
      if (!v.notesComplete) sum.caveats.push("Only some of the commentary is in the reference data.");
      return { ok: true, provision: { ...base, context: ["Commentary"], text: lines.join("\n"), ...sum, status: v.notesComplete ? sum.status : "partial" } };
    }
    const cite = `${label}, comment. (n.${notePath[0]}${formatSubsection(notePath.slice(1))})`;
    const path = findPath(v.notes, notePath);
    if (!path || (path[path.length - 1].text === undefined && !(path[path.length - 1].children ?? []).length)) {
      // a clause printed inside a note's own text ("(A) …; (B) …; or (C) …" of the 2016 n.5), as for the guideline text
      const inline = path ? undefined : inlineClause(v.notes, notePath);
      if (inline) {
        const shownCite = `${label}, comment. (n.${inline.path[0].id}${formatSubsection(inline.path.slice(1).map((n) => n.id))})`;
        const shown = inline.path.length === 1 ? renderNote(inline.node) : renderNode(inline.node);
        const sum = summarize(collect(inline.path.slice(0, -1), [inline.node], v, "commentary"), v);
        const hist = [inline.node.history].filter((x): x is string => !!x);
        return {
          ok: true,
          provision: {
            ...base,
            context: ["Commentary", ...inline.path.slice(0, -1).map((n, i) => contextLine(n, i === 0))],
            text: shown.join("\n"),
            ...sum,
            caveats: uniq([...sum.caveats, `${cite} is a clause printed inside ${shownCite}; the whole of ${shownCite} is shown.`]),
            source: formatSource(inline.node.source ?? v.source),
            ...(hist.length ? { history: hist[0] } : {}),
          },
        };
      }
      if (definitelyAbsent(v.notes, v.notesComplete, notePath)) {
        const ys = editionsHaving(s, (x) => x.notes, notePath, true);
        return {
          ok: false,
          reason: "not-in-edition",
          message: `${cite} is not in ${ordinalEdition(edition)}${v.notes?.length ? `: there the commentary has Application Notes ${v.notes[0].id}–${v.notes[v.notes.length - 1].id}` : ""}.${appearsIn(ys, undefined, s.gaps)}`,
          ...(ys.length ? { editionsWithIt: formatYears(ys) } : {}),
        };
      }
      const noteNo = /^\d+$/.test(notePath[0]) ? Number(notePath[0]) : NaN;
      if (v.lastNote !== undefined && v.lastNoteBasis && noteNo > v.lastNote) {
        // the commentary of this edition is only partly in the reference, but where it ended is known
        const ys = editionsHaving(s, (x) => x.notes, notePath, true);
        return {
          ok: false,
          reason: "not-in-edition",
          message: `${cite} is not in ${ordinalEdition(edition)}: there the Application Notes ended with Note ${v.lastNote} (${v.lastNoteBasis}).${appearsIn(ys, undefined, s.gaps)}`,
          ...(ys.length ? { editionsWithIt: formatYears(ys) } : {}),
        };
      }
      return { ok: false, reason: "no-text", message: `The reference data has no text of ${cite} for ${ordinalEdition(edition)} (${v.textEdition}: only some of the commentary is available).` };
    }
    const node = path[path.length - 1];
    const context = ["Commentary", ...path.slice(0, -1).map((n, i) => contextLine(n, i === 0))];
    const text = (path.length === 1 ? renderNote(node) : renderNode(node)).join("\n");
    const sum = summarize(collect(path.slice(0, -1), [node], v, "commentary"), v);
    const hist = [node.history].filter((x): x is string => !!x);
    return { ok: true, provision: { ...base, context, text, ...sum, source: formatSource(node.source ?? v.source), ...(hist.length ? { history: hist[0] } : {}) } };
  }

  // ---- guideline text
  if (!v.guideline) return { ok: false, reason: "no-text", message: `The reference data has no guideline text of ${label} for ${ordinalEdition(edition)}.` };
  if (c.subsection.length === 0) {
    const lines: string[] = [];
    if (v.lead) lines.push(v.lead);
    for (const n of v.guideline) lines.push(...renderNode(n));
    if (v.guidelineAfter) lines.push(v.guidelineAfter);
    const sum = summarize(collect([], v.guideline, v, "guideline"), v);
    return { ok: true, provision: { ...base, context: [], text: lines.join("\n"), ...sum } };
  }

  const start = c.subsection;
  const end = c.through?.subsection;
  const missingResult = (p: readonly string[]): LookupResult => {
    const cite = `${label}${formatSubsection(p)}`;
    if (definitelyAbsent(v.guideline, v.guidelineComplete, p)) {
      const ys = editionsHaving(s, (x) => x.guideline, p);
      const parentPath = p.slice(0, -1);
      const parent = parentPath.length ? findPath(v.guideline, parentPath) : undefined;
      const siblings = parent ? (parent[parent.length - 1].children ?? []).map((x) => `(${x.id})`) : parentPath.length === 0 ? v.guideline!.map((x) => `(${x.id})`) : [];
      let message = `${cite} is not in ${ordinalEdition(edition)}.`;
      if (parent && siblings.length) message += ` There, ${label}${formatSubsection(parentPath)} has only ${siblings.join(", ")}.`;
      else if (!parentPath.length && siblings.length) message += ` There, ${label} has only subsections ${siblings.join(", ")}.`;
      message += appearsIn(ys, noEditionHasIt, s.gaps);
      return { ok: false, reason: "not-in-edition", message, ...(ys.length ? { editionsWithIt: formatYears(ys) } : {}) };
    }
    return { ok: false, reason: "no-text", message: `The reference data has no text of ${cite} for ${ordinalEdition(edition)}.` };
  };

  if (end && end.length === start.length && end.slice(0, -1).join("/") === start.slice(0, -1).join("/")) {
    // a range of siblings: §§2L1.2(b)(2)–(3)
    const parentPath = start.slice(0, -1);
    const parentNodes = parentPath.length ? findPath(v.guideline, parentPath) : [];
    if (!parentNodes) return missingResult(parentPath);
    const siblings = parentPath.length ? parentNodes[parentNodes.length - 1].children ?? [] : v.guideline;
    const i = siblings.findIndex((x) => x.id === start[start.length - 1]);
    const j = siblings.findIndex((x) => x.id === end[end.length - 1]);
    if (i < 0) return missingResult(start);
    if (j < 0) return missingResult(end);
    if (j < i) return { ok: false, reason: "unknown", message: `${formatCitation(c)} is not a valid range.` };
    const shown = siblings.slice(i, j + 1);
    const sum = summarize(collect(parentNodes, shown, v, "guideline"), v);
    return {
      ok: true,
      provision: { ...base, context: parentNodes.map((n) => contextLine(n, false)), text: shown.flatMap(renderNode).join("\n"), ...sum },
    };
  }

  const path = findPath(v.guideline, start);
  if (!path) {
    const inline = inlineClause(v.guideline, start);
    if (inline) {
      const sum = summarize(collect(inline.path.slice(0, -1), [inline.node], v, "guideline"), v);
      const shownCite = `${label}${formatSubsection(inline.path.map((n) => n.id))}`;
      return {
        ok: true,
        provision: {
          ...base,
          context: inline.path.slice(0, -1).map((n) => contextLine(n, false)),
          text: renderNode(inline.node).join("\n"),
          ...sum,
          caveats: uniq([...sum.caveats, `${label}${formatSubsection(start)} is a clause printed inside ${shownCite}; the whole of ${shownCite} is shown.`]),
        },
      };
    }
    return missingResult(start);
  }
  const node = path[path.length - 1];
  const sum = summarize(collect(path.slice(0, -1), [node], v, "guideline"), v);
  const provision: ProvisionText = { ...base, context: path.slice(0, -1).map((n) => contextLine(n, false)), text: renderNode(node).join("\n"), ...sum };
  if (end) provision.caveats = uniq([...provision.caveats, `Only ${label}${formatSubsection(start)} is shown; the cited range could not be resolved as siblings.`]);
  return { ok: true, provision };
}

function lookupChapter(c: GuidelineChapterCitation, edition: number): LookupResult {
  if (c.chapter !== 5 || (c.part ?? "").toUpperCase() !== "A") {
    return { ok: false, reason: "no-text", message: `The reference data has no text of ${formatCitation(c).replace(/^USSG /, "")} (only Chapter Five, Part A, the Sentencing Table, is available).` };
  }
  const s = SECTIONS.get("ch5A")!;
  const v = versionFor(s, edition);
  if (!v) return { ok: false, reason: "no-text", message: gapFor(s, edition) ?? `The reference data has no text of Chapter Five, Part A for ${ordinalEdition(edition)}.` };
  const lines = [v.heading];
  if (v.lead) lines.push(v.lead);
  lines.push(v.commentaryHeading ?? "Commentary", "Application Notes:");
  for (const n of v.notes ?? []) lines.push(...renderNote(n));
  if (v.historicalNote) lines.push(v.historicalNote);
  const sum = summarize(collect([], v.notes ?? [], v, "commentary"), v);
  return {
    ok: true,
    provision: { manual: edition, citation: formatCitation(c), title: "Chapter Five, Part A — Sentencing Table", context: [], text: lines.join("\n"), ...sum, source: formatSource(v.source) },
  };
}

// ------------------------------------------------------------------ statutes

const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
/** "Oct. 27, 2003" (as the data writes an amendment's effective date) → "2003-10-27", or undefined. */
function isoOfLongDate(long: string): string | undefined {
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(long.trim());
  const i = m ? MONTHS.findIndex((x) => x.slice(0, 3).toLowerCase() === m[1].toLowerCase()) : -1;
  return m && i >= 0 ? `${m[3]}-${String(i + 1).padStart(2, "0")}-${m[2].padStart(2, "0")}` : undefined;
}

/** "1996-09-30" → "Sept. 30, 1996" */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The statute's text as in force on `date` (ISO): the current nodes, or an era's replacements. */
export interface StatuteAsOf {
  nodes: ProvisionNode[];
  heading: string;
  textEdition: string;
  status: TextStatus;
  caveats: string[];
  source: Source;
  era?: StatuteEra;
}

export function statuteAsOf(st: StatuteData, date: string): StatuteAsOf {
  const era = [...(st.eras ?? [])].sort((a, b) => a.before.localeCompare(b.before)).find((e) => date < e.before);
  if (!era) return { nodes: st.nodes, heading: st.heading, textEdition: st.textEdition, status: st.status, caveats: st.caveats, source: st.source };
  const replaceAt = (nodes: ProvisionNode[], path: readonly string[], node: ProvisionNode): ProvisionNode[] =>
    nodes.map((n) => (n.id !== path[0] ? n : path.length === 1 ? node : { ...n, children: replaceAt(n.children ?? [], path.slice(1), node) }));
  let nodes = st.nodes;
  for (const r of era.replace) nodes = replaceAt(nodes, r.path, r.node);
  return {
    nodes,
    heading: era.heading ?? st.heading,
    textEdition: era.textEdition,
    status: era.status,
    caveats: era.caveats.length ? era.caveats : [`Text in force before ${longDate(era.before)}, when it was changed by ${era.change}.`],
    source: era.source,
    era,
  };
}

/** Which date the statute text is read on, and the caveat that says so. */
function statuteDate(st: StatuteData, edition: number, asOf: string | undefined): { date: string; note: string[] } {
  if (asOf) return { date: asOf, note: [`Statute text as in force on ${longDate(asOf)} (the sentencing date), whatever the Guidelines Manual edition.`] };
  const date = `${edition}-11-01`;
  const note = [`Statute text as in force on Nov. 1, ${edition}, the first day of the ${edition} Guidelines Manual; statutes change on their own dates, not with the Manual.`];
  const end = `${edition + 1}-11-01`;
  for (const e of st.eras ?? []) {
    if (date < e.before && e.before < end) {
      note.push(`It changed on ${longDate(e.before)}, while the ${edition} Manual was in force: for a later date, give the brief's sentencing date (front matter \`sentencing-date:\`).`);
    }
  }
  return { date, note };
}

function hasGap(nodes: readonly ProvisionNode[]): boolean {
  return nodes.some((n) => n.incomplete || n.text === undefined || hasGap(n.children ?? []));
}

function lookupStatute(c: StatuteCitation, edition: number, asOf?: string): LookupResult {
  const cite = formatCitation(c);
  const st = STATUTE_DATA.find((x) => x.title === c.title && x.section === c.section);
  if (!st) return { ok: false, reason: "no-text", message: `Heartland's reference data has no text of ${c.title} U.S.C. § ${c.section}, so it can't show it.` };
  const { date, note } = statuteDate(st, edition, asOf);
  const txt = statuteAsOf(st, date);
  const era = txt.era;
  // a part added after `date` (e.g. § 3582(c)(1)(A)(ii), Sept. 13, 1994) was not the law then: say so, show no text
  const added = era?.notBefore?.find((n) => date < n.date && n.path.length <= c.subsection.length && n.path.every((id, i) => c.subsection[i] === id));
  if (added) return { ok: false, reason: "added-later", message: `${cite} was not in force on ${longDate(date)}: ${added.reason}` };
  // before the earliest date the era's text is shown for, the reference has no verified text: never stretch it back
  if (era?.from && date < era.from) {
    return { ok: false, reason: "no-text", message: `Heartland has no verified text of ${cite} as in force on ${longDate(date)}: the text it has (${era.textEdition}) is shown only from ${longDate(era.from)}. ${era.fromNote}` };
  }
  // the current text for a date before it is verified as the law: shown as its source prints it, never called that day's text
  const unverifiedDay = !era && st.verifiedFrom !== undefined && date < st.verifiedFrom;
  const dayNote = unverifiedDay
    ? [`Not verified as the text in force on ${longDate(date)}: this is the text of ${txt.textEdition}. ${st.verifiedFromNote}`]
    : note;
  const caveats = unverifiedDay ? [...dayNote, ...txt.caveats] : [...txt.caveats, ...note];
  const maxFor = (p: readonly string[]): string | undefined => {
    if (txt.era) return undefined; // the maxima on record are the current text's; the era's are in the calculator's data
    for (let k = p.length; k >= 0; k--) {
      const m = st.maxima[p.slice(0, k).join("/")];
      if (m) return m;
    }
    return undefined;
  };
  const base = { manual: edition, citation: cite, title: txt.heading, source: formatSource(txt.source) };
  if (c.subsection.length === 0) {
    const text = txt.nodes.flatMap(renderNode).join("\n");
    const cov = st.covered.map((x) => `(${x})`).join(", ");
    const m = maxFor([]);
    const gapCaveats = txt.era ? collectCaveats(txt.nodes) : [];
    return {
      ok: true,
      provision: {
        ...base,
        context: [],
        text,
        status: st.complete && !hasGap(txt.nodes) ? txt.status : "partial",
        textEdition: txt.textEdition,
        caveats: uniq([...caveats, ...gapCaveats, ...(st.complete ? [] : [`Only subsection${st.covered.length > 1 ? "s" : ""} ${cov} of this section ${st.covered.length > 1 ? "are" : "is"} in the reference data.`])]),
        ...(m ? { statutoryMaximum: m } : {}),
      },
    };
  }
  if (!st.covered.includes(c.subsection[0])) {
    // `complete` is about the current text: which subsections an earlier text had is verified only where its era says
    if (st.complete && txt.era) {
      return { ok: false, reason: "no-text", message: `Heartland has no verified text of ${cite} as in force on ${longDate(date)}: which subsections ${c.title} U.S.C. § ${c.section} had then is not in the reference data (it was changed by ${txt.era.change}).` };
    }
    if (st.complete) {
      // The whole section is in the data, so a subsection it lacks does not exist.
      return { ok: false, reason: "unknown", message: `${cite} does not exist: ${c.title} U.S.C. § ${c.section} has only subsections ${st.covered.map((x) => `(${x})`).join(", ")}.` };
    }
    return { ok: false, reason: "no-text", message: `Heartland's reference data has only ${st.covered.map((x) => `§ ${c.section}(${x})`).join(", ")} of ${c.title} U.S.C. § ${c.section}; the text of ${cite} isn't available.` };
  }
  // a part of an earlier text that the reference does not have: say so, never show the current text in its place
  let cur: ProvisionNode[] | undefined = txt.nodes;
  for (let i = 0; i < c.subsection.length; i++) {
    const n: ProvisionNode | undefined = cur?.find((x) => x.id === c.subsection[i]);
    if (!n) break;
    if (n.text === undefined || (n.incomplete && i < c.subsection.length - 1 && !(n.children ?? []).some((ch) => ch.id === c.subsection[i + 1]))) {
      const why = (n.caveats ?? []).join(" ");
      return { ok: false, reason: "no-text", message: `Heartland has no verified text of ${cite} as in force on ${longDate(date)}.${why ? ` ${why}` : ""}${txt.era ? ` (It was changed by ${txt.era.change}.)` : ""}` };
    }
    cur = n.children;
  }
  let path = findPath(txt.nodes, c.subsection);
  let inlineCaveat: string | undefined;
  if (!path) {
    // a paragraph printed inside its subsection's text (8 U.S.C. § 1325(a)(1)–(3)): the whole subsection, said so
    const inline = inlineClause(txt.nodes, c.subsection);
    if (!inline) {
      // the deepest part Heartland has lists its parts, and the cited one is not among them
      let k = 0;
      for (let cur: ProvisionNode[] | undefined = txt.nodes; k < c.subsection.length; k++) {
        const n: ProvisionNode | undefined = cur?.find((x) => x.id === c.subsection[k]);
        if (!n) break;
        cur = n.children;
      }
      return { ok: false, reason: "unknown", message: `${cite} does not match the text Heartland has: ${c.title} U.S.C. § ${c.section}${formatSubsection(c.subsection.slice(0, k))} has no (${c.subsection[k]}).` };
    }
    path = inline.path;
    const shown = `${c.title} U.S.C. § ${c.section}${formatSubsection(inline.path.map((n) => n.id))}`;
    inlineCaveat = `${cite} is printed inside the text of ${shown}, not as a part of its own; the whole of ${shown} is shown.`;
  }
  const node = path[path.length - 1];
  let status: TextStatus = txt.status;
  let textEdition = txt.textEdition;
  const nodeCaveats: string[] = [];
  let source = txt.source;
  let history: string | undefined;
  for (const n of path) {
    if (n.status) status = n.status;
    if (n.textEdition) textEdition = n.textEdition;
    if (n.caveats) nodeCaveats.push(...n.caveats);
    if (n.source) source = n.source;
    if (n.history) history = n.history;
  }
  if (hasGap([node])) status = "partial";
  // a node override (e.g. 18 U.S.C. § 3582(c)) replaces the section-level converter caveats
  const allCaveats = [
    ...(path.some((n) => n.caveats) ? [...nodeCaveats, ...(txt.era ? txt.caveats : []), ...dayNote] : [...caveats, ...nodeCaveats]),
    ...(inlineCaveat ? [inlineCaveat] : []),
  ];
  const m = maxFor(c.subsection);
  return {
    ok: true,
    provision: {
      ...base,
      context: path.slice(0, -1).map((n) => contextLine(n, false)),
      text: renderNode(node).join("\n"),
      status,
      textEdition,
      caveats: uniq(allCaveats),
      source: formatSource(source),
      ...(history ? { history } : {}),
      ...(m ? { statutoryMaximum: m } : {}),
    },
  };
}

function collectCaveats(nodes: readonly ProvisionNode[]): string[] {
  return nodes.flatMap((n) => [...(n.caveats ?? []), ...collectCaveats(n.children ?? [])]);
}

// ------------------------------------------------------------------ entry point

/** Results by citation and edition: a brief cites the same provisions again and again. */
const cache = new Map<string, LookupResult>();
const CACHE_LIMIT = 2000;

/**
 * `asOf` (ISO date, e.g. the brief's sentencing date) picks the statute text in force on that day;
 * without it a statute is read as of Nov. 1 of the edition year. Guideline text follows the edition only.
 */
export function lookupCitation(c: Citation, edition: number, asOf?: string): LookupResult {
  const key = `${edition}|${c.kind === "statute" ? asOf ?? "" : ""}|${JSON.stringify(c)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = lookupUncached(c, edition, asOf);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, r);
  return r;
}

/** Does the data hold this edition's own text (or an explicit gap) for the cited section, rather than none? */
function hasOwnText(c: Citation, edition: number): boolean {
  if (c.kind === "chapter") {
    const s = SECTIONS.get("ch5A");
    return !!s && (!!versionFor(s, edition) || !!gapFor(s, edition));
  }
  if (c.kind !== "guideline" || (c.through && c.through.section !== c.section)) return false;
  const s = SECTIONS.get(c.section);
  return !!s && (!!versionFor(s, edition) || !!gapFor(s, edition));
}

/**
 * An unverified edition (src/data/editions.json): the earlier edition's answer, marked as such —
 * status "unverified", the edition's caveat first, and the answer's own edition and status in `carried`.
 */
function carriedResult(r: LookupResult, edition: number, u: UnverifiedEdition): LookupResult {
  if (!r.ok) {
    return { ...r, message: `${r.message} (Heartland has not verified the ${edition} Manual: this is what the ${u.carriesTextOf} Manual shows, and the amendments effective ${longDate(u.effective)} (${u.amendments}) may have changed it.)` };
  }
  const p = r.provision;
  const was = p.status === "unavailable" || p.status === "unverified" ? "partial" : p.status;
  return { ok: true, provision: { ...p, manual: edition, status: "unverified", carried: { edition: u.carriesTextOf, status: was, amendments: u.amendments }, caveats: uniq([u.caveat, ...p.caveats]) } };
}

function lookupUncached(c: Citation, edition: number, asOf?: string): LookupResult {
  if (!isSupportedEdition(edition)) {
    return { ok: false, reason: "unknown", message: `Heartland supports the ${FIRST_EDITION}–${LATEST_EDITION} Guidelines Manuals; ${edition} is not one of them.` };
  }
  // Guideline text of an unverified edition: the edition it carries, unless the data has this edition's own text.
  const u = c.kind === "guideline" || c.kind === "chapter" ? unverifiedEdition(edition) : undefined;
  if (u && !hasOwnText(c, edition)) return carriedResult(lookupUncached(c, u.carriesTextOf, asOf), edition, u);
  switch (c.kind) {
    case "guideline":
      return lookupGuideline(c, edition);
    case "chapter":
      return lookupChapter(c, edition);
    case "statute":
      return lookupStatute(c, edition, asOf);
    case "rule":
      return { ok: false, reason: "no-text", message: `Heartland's reference data has no text of ${formatCitation(c)}, so it can't show it.` };
  }
}
