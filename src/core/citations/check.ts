/**
 * The `citation-check` rule: wrong citations to authorities Heartland knows.
 *
 * - a known case cited with the wrong volume, reporter, first page, docket number, court,
 *   year or date, or without its `(en banc)` parenthetical;
 * - the withdrawn Banuelos-Rodriguez panel opinion (173 F.3d 741) cited without saying so;
 * - a pin cite before the first page, or after the last page where the opinion's span is known;
 * - a guideline provision that is not in the brief's edition (or the edition the citation
 *   names), a deleted provision cited as live, a provision cited before it existed;
 * - Rule 35 windows by the sentencing date: Rule 35(c), 7 days, before Dec. 1, 2002; Rule 35(a), 7 days, to Nov. 30, 2009; Rule 35(a), 14 days, since.
 *
 * Known authorities come only from `src/data/cases.json` (verified reference data) and the
 * guideline data; an authority Heartland does not know is never flagged. Each finding has a
 * quick fix with the exact corrected text where one exists.
 */
import { proseOf, type ProseMap } from "../brief/prose";
import { briefSentences, clauseAround, sentenceAt, type Span } from "../brief/sentences";
import { LineIndex } from "../brief/lines";
import { lookupCitation } from "../guidelines/lookup";
import { GUIDELINE_DATA, DELETED_DATA } from "../guidelines/lookup";
import { recognizeCitations } from "./recognize";
import { formatCitation, type CitationMatch, type GuidelineCitation } from "./types";
import { parseDate } from "../dates";
import { readFrontMatter, type DocumentKind } from "../brief/frontmatter";
import type { CitationCache } from "./cache";
import { KNOWN_CASES, monthNumber, normalizeName, parentheticalNesting, recognizeCaseCitations, type CaseCitationMatch, type KnownCase, type PinCite } from "./cases";

export type CitationSeverity = "error" | "warning" | "information" | "hint";

export interface CitationFix {
  /** Offsets (end exclusive) of the text to replace. */
  start: number;
  end: number;
  newText: string;
  title: string;
}

export interface CitationFinding {
  rule: "citation-check";
  severity: CitationSeverity;
  /** 0-based offsets (end exclusive) of the citation (or the phrase) at fault. */
  start: number;
  end: number;
  message: string;
  fix?: CitationFix;
}

export interface CitationCheckSettings {
  /** Guidelines Manual edition of the brief (front matter or setting already applied). */
  edition: number;
  /**
   * The Manual in force on the brief's `date:`, else today (`EffectiveSettings.policyEdition`): in a
   * motion after sentence, or a dated brief, §1B1.10 and §1B1.13 cited without an edition are read in
   * it, since the court applies the policy statement in force when it rules, not the sentencing's Manual.
   */
  policyEdition?: number;
}

/** Policy statements a court applies as in force when it rules on a motion after sentence. */
const POLICY_STATEMENTS: ReadonlySet<string> = new Set(["1B1.10", "1B1.13"]);

/**
 * The seven-day correction of clear error (src/data/court-rules.json): Rule 35(c) before Dec. 1, 2002;
 * Rule 35(a), seven days, from Dec. 1, 2002; Rule 35(a), 14 days, from Dec. 1, 2009.
 */
const RULE35_RESTYLED = 20021201;
const RULE35_CHANGE = 20091201;
type Rule35Period = "35(c), 7 days" | "35(a), 7 days" | "35(a), 14 days";

// ------------------------------------------------------------------ cases

function distinctive(k: KnownCase): boolean {
  return /[- ]/.test(k.shortName) || k.reporter === "U.S.";
}

/** Known cases by normalised full and short name, built once. */
let byName: Map<string, KnownCase[]> | undefined;

function casesNamed(name: string): KnownCase[] {
  if (!byName) {
    byName = new Map();
    for (const k of KNOWN_CASES) {
      for (const n of new Set([normalizeName(k.name), normalizeName(k.shortName)])) byName.set(n, [...(byName.get(n) ?? []), k]);
    }
  }
  return byName.get(normalizeName(name)) ?? [];
}

/**
 * Known cases by "volume reporter" where they are reported, and the withdrawn panel opinions by the same
 * key (with the case that replaced them), built once: a citation looks up its volume, never walks every case.
 */
let byVolume: { reported: Map<string, KnownCase[]>; withdrawn: Map<string, { k: KnownCase; w: NonNullable<KnownCase["withdrawn"]>[number] }[]> } | undefined;

function volumeIndex(): NonNullable<typeof byVolume> {
  if (!byVolume) {
    byVolume = { reported: new Map(), withdrawn: new Map() };
    for (const k of KNOWN_CASES) {
      if (k.volume !== undefined) {
        const key = `${k.volume} ${k.reporter}`;
        byVolume.reported.set(key, [...(byVolume.reported.get(key) ?? []), k]);
      }
      for (const w of k.withdrawn ?? []) {
        const key = `${w.volume} ${w.reporter}`;
        byVolume.withdrawn.set(key, [...(byVolume.withdrawn.get(key) ?? []), { k, w }]);
      }
    }
  }
  return byVolume;
}

/** Does `name` (as written) name the known case `k`, in full or short form? */
function names(name: string, k: KnownCase): boolean {
  return casesNamed(name).includes(k);
}

function compact(s: string): string {
  return s.replace(/[\s.]/g, "").toLowerCase();
}

/**
 * A docket number as the court files it, whatever the style: "8:21CR232", "8:21-cr-232" and
 * "8:21-cr-00232" are one number (CM/ECF writes the office code in lower case between hyphens, with
 * leading zeros); "No." and spaces aside.
 */
function docketKey(s: string): string {
  return compact(s).replace(/^nos?/, "").replace(/-/g, "").replace(/(^|\D)0+(?=\d)/g, "$1");
}

function sameDate(a: string, b: string): boolean {
  const x = parseDate(a);
  const y = parseDate(b);
  return !!x && !!y && x.y === y.y && x.m === y.m && x.d === y.d;
}

/** "9th Cir.", "D. Neb.", "W.D.N.C.": words and circuit ordinals only (no month, no stray number such as a slip opinion's line number). */
function looksLikeCourt(court: string): boolean {
  if (court.includes("\n")) return false;
  for (const t of court.split(/\s/)) {
    if (!t) continue;
    if (monthNumber(t) !== undefined) return false;
    if (/^\d/.test(t) && !/^\d{1,2}(?:st|nd|rd|th|d)$/.test(t)) return false;
  }
  return true;
}

function oneDatePartOff(a: string, b: string): boolean {
  const x = parseDate(a);
  const y = parseDate(b);
  if (!x || !y) return false;
  return Number(x.y !== y.y) + Number(x.m !== y.m) + Number(x.d !== y.d) === 1;
}

/** "seeds/003_….txt (the order itself …)" → "seeds/003_….txt" */
function beforeParen(s: string): string {
  const i = s.indexOf(" (");
  return i >= 0 ? s.slice(0, i) : s;
}

function where(k: KnownCase): string {
  if (!k.citationVerified && k.source.seed) return `Source: the opinion itself, ${k.source.seed}.`;
  const urls = k.source.urls.length ? ` (${k.source.urls[0]})` : k.source.seed ? ` (${beforeParen(k.source.seed)})` : "";
  return `Source: ${k.source.reference}, ${k.source.item}${urls}.`;
}

interface Ctx {
  text: string;
  findings: CitationFinding[];
  /** The brief's sentences (from the one sentence splitter). */
  sentences: Span[];
  /** The brief's front matter, if any (for `sentencing-date:`). */
  frontMatter?: ProseMap["frontMatter"];
}

function add(ctx: Ctx, f: Omit<CitationFinding, "rule">): void {
  ctx.findings.push({ rule: "citation-check", ...f });
}

function withdrawnContext(text: string, start: number, end: number): boolean {
  // the citation's sentence-ish window: back to the previous blank line / 200 chars, forward 250
  let a = Math.max(0, start - 200);
  const blankBefore = text.lastIndexOf("\n\n", start);
  if (blankBefore > a) a = blankBefore;
  let b = Math.min(text.length, end + 250);
  const blankAfter = text.indexOf("\n\n", end);
  if (blankAfter !== -1 && blankAfter < b) b = blankAfter;
  return /withdrawn|withdrew|vacated|reh['’]g en banc granted|rehearing en banc (?:was )?granted|superseded|panel opinion/i.test(text.slice(a, b));
}

function checkPins(ctx: Ctx, k: KnownCase, pins: readonly PinCite[], how: string): void {
  if (k.page === undefined) return;
  for (const p of pins) {
    if (p.text.startsWith("*")) continue;
    if (p.backwards) {
      add(ctx, {
        severity: "error",
        start: p.start,
        end: p.end,
        message: `Pin cite ${p.text} in ${k.name}${how} runs backwards (page ${p.first} to a lower page): check the pages in the opinion. Heartland does not guess the intended range.`,
      });
    } else if (p.first < k.page) {
      add(ctx, {
        severity: "error",
        start: p.start,
        end: p.end,
        message: `Pin cite ${p.text} is before the first page of ${k.name}, ${k.volume} ${k.reporter} ${k.page}${how}: a pin cite must fall within the opinion. ${where(k)}`,
      });
    } else if (k.lastPage !== undefined && p.last > k.lastPage) {
      add(ctx, {
        severity: "error",
        start: p.start,
        end: p.end,
        message: `Pin cite ${p.text} is outside ${k.name}, ${k.volume} ${k.reporter} ${k.page}${how}, which runs from page ${k.page} to page ${k.lastPage}. Source: ${k.pageSpanSource ?? k.source.reference}.`,
      });
    }
  }
}

/** Court/year/date/en banc checks on a full or docket citation identified as `k`. */
function checkParen(ctx: Ctx, k: KnownCase, m: CaseCitationMatch): void {
  const p = m.paren;
  if (p) {
    if (k.court === "U.S.") {
      if (p.court && compact(p.court.value) !== "us") {
        add(ctx, { severity: "error", start: p.start, end: p.end, message: `${k.name} is a Supreme Court decision (${k.year}); "${p.court.value}" is not its court. ${where(k)}`, fix: { start: p.start, end: p.end, newText: `(${k.year})`, title: `Correct the parenthetical to (${k.year})` } });
      }
    } else if (!p.court) {
      add(ctx, { severity: "error", start: p.start, end: p.end, message: `The parenthetical of ${k.name} must name the court: ${k.court}. ${where(k)}`, fix: { start: p.year.start, end: p.year.start, newText: `${k.court} `, title: `Insert the court (${k.court})` } });
    } else if (!compact(p.court.value).startsWith(compact(k.court)) && looksLikeCourt(p.court.value)) {
      add(ctx, { severity: "error", start: p.court.start, end: p.court.end, message: `${k.name} was decided by the ${k.courtName} (${k.court}), not "${p.court.value}". ${where(k)}`, fix: { start: p.court.start, end: p.court.end, newText: k.court, title: `Correct the court to ${k.court}` } });
    }
    if (k.date && p.date) {
      // one of day, month, year off is a typo; more is another order in the same case (not flagged)
      if (!sameDate(p.date.value, k.date) && oneDatePartOff(p.date.value, k.date)) {
        add(ctx, { severity: "error", start: p.date.start, end: p.date.end, message: `${k.name} was decided on ${k.date}, not ${p.date.value}. ${where(k)}`, fix: { start: p.date.start, end: p.date.end, newText: k.date, title: `Correct the date to ${k.date}` } });
      }
    } else if (p.year.value !== k.year) {
      add(ctx, { severity: "error", start: p.year.start, end: p.year.end, message: `${k.name}${k.volume !== undefined ? `, ${k.volume} ${k.reporter} ${k.page},` : ""} was decided in ${k.year}, not ${p.year.value}. ${where(k)}`, fix: { start: p.year.start, end: p.year.end, newText: String(k.year), title: `Correct the year to ${k.year}` } });
    }
  }
  if (k.enBanc && !m.enBanc && p) {
    const at = p ? p.end : m.end;
    add(ctx, { severity: "warning", start: m.start, end: m.end, message: `${k.name} is an en banc decision; its full citation should say so: ${k.cite}. ${where(k)}`, fix: { start: at, end: at, newText: " (en banc)", title: "Add (en banc)" } });
  }
}

function checkWithdrawn(ctx: Ctx, m: CaseCitationMatch): boolean {
  if (m.form === "short" && m.volume && m.reporter && m.name) {
    // "Banuelos-Rodriguez, 173 F.3d at 744": a short form of the withdrawn panel opinion (the name must say so)
    for (const { k, w } of volumeIndex().withdrawn.get(`${m.volume.value} ${m.reporter.value}`) ?? []) {
      if (!names(m.name.value, k)) continue;
      if (withdrawnContext(ctx.text, m.start, m.end)) return true;
      add(ctx, {
        severity: "error",
        start: m.start,
        end: m.end,
        message: `${w.volume} ${w.reporter} is the volume of the withdrawn panel opinion in ${k.name} (${w.volume} ${w.reporter} ${w.page} (${w.court} ${w.date})). ${w.note} Cite ${k.cite} and its pages, or say that the panel opinion was withdrawn. Source: ${w.source}.`,
      });
      return true;
    }
    return false;
  }
  if (m.form !== "full" || !m.volume || !m.reporter || !m.page) return false;
  for (const { k, w } of volumeIndex().withdrawn.get(`${m.volume.value} ${m.reporter.value}`) ?? []) {
    if (w.page !== m.page.value) continue;
    if (m.name && !names(m.name.value, k)) return false;
    if (withdrawnContext(ctx.text, m.start, m.end)) return true;
    add(ctx, {
      severity: "error",
      start: m.start,
      end: m.end,
      message: `${w.volume} ${w.reporter} ${w.page} is the withdrawn panel opinion in ${k.name} (${w.court} ${w.date}). ${w.note} Cite ${k.cite}, or say that the panel opinion was withdrawn. Source: ${w.source}.`,
      fix: { start: m.start, end: m.end, newText: k.cite, title: `Cite the en banc opinion: ${k.cite}` },
    });
    return true;
  }
  return false;
}

/** Full citations seen so far: "volume reporter" → the known case cited there, and every first page cited in that volume. */
interface Seen {
  known: Map<string, KnownCase>;
  pages: Map<string, Set<number>>;
}

/** Identify the known case a full/docket/short citation names; report wrong parts. Returns the case, if identified. */
function identify(ctx: Ctx, m: CaseCitationMatch, seen: Seen): KnownCase | undefined {
  if (m.form === "full" || m.form === "short") {
    const vol = m.volume!;
    const rep = m.reporter!;
    const candidates = m.name ? casesNamed(m.name.value).filter((k) => k.volume !== undefined) : [];
    if (!m.name) {
      if (m.form === "short") {
        // "552 U.S. at 51" refers to the case cited in full in that volume, if only one was
        const key = `${vol.value} ${rep.value}`;
        return (seen.pages.get(key)?.size ?? 0) === 1 ? seen.known.get(key) : undefined;
      }
      return volumeIndex().reported.get(`${vol.value} ${rep.value}`)?.find((k) => k.page === m.page!.value);
    }
    for (const k of candidates) {
      const volOk = k.volume === vol.value;
      const repOk = k.reporter === rep.value;
      const pageOk = m.form === "short" ? true : k.page === m.page!.value;
      const count = Number(volOk) + Number(repOk) + Number(pageOk);
      const right = `${k.volume} ${k.reporter}${m.form === "full" ? ` ${k.page}` : ""}`;
      const wrote = ctx.text.slice(vol.start, m.form === "full" ? m.page!.end : rep.end);
      if (count === 3) return k;
      // one matching number is enough only with the same court and year in the parenthetical, and
      // never for a database cite (WL, LEXIS): another decision under the same name is not flagged
      const sameCourtYear = !!m.paren && m.paren.year.value === k.year && !!m.paren.court === (k.court !== "U.S.") && (!m.paren.court || compact(m.paren.court.value) === compact(k.court));
      const database = /WL|LEXIS/.test(rep.value);
      if (!distinctive(k) || database || (count < 2 && !(count === 1 && sameCourtYear)) || (m.form === "short" && count < 2)) continue;
      const parts = [!volOk ? "volume" : "", !repOk ? "reporter" : "", !pageOk ? "first page" : ""].filter(Boolean).join(", ");
      // narrowest replacement: a single wrong part, else the whole "volume reporter page"
      let fix: CitationFix;
      if (count === 2 && !pageOk) fix = { start: m.page!.start, end: m.page!.end, newText: String(k.page), title: `Correct the first page to ${k.page}` };
      else if (count === 2 && !volOk) fix = { start: vol.start, end: vol.end, newText: String(k.volume), title: `Correct the volume to ${k.volume}` };
      else if (count === 2 && !repOk) fix = { start: rep.start, end: rep.end, newText: k.reporter!, title: `Correct the reporter to ${k.reporter}` };
      else fix = { start: vol.start, end: m.form === "full" ? m.page!.end : rep.end, newText: right, title: `Correct the citation to ${right}` };
      add(ctx, {
        severity: "error",
        start: vol.start,
        end: m.form === "full" ? m.page!.end : rep.end,
        message: `${k.name} is reported at ${k.volume} ${k.reporter} ${k.page}, not ${wrote.replace(/\s+/g, " ")} (wrong ${parts}). ${where(k)}`,
        fix,
      });
      return k;
    }
    return undefined;
  }
  if (m.form === "docket") {
    const candidates = casesNamed(m.name!.value);
    for (const k of candidates) {
      if (!k.docket) {
        // a reporter case cited by its docket number: only when the number is the one Heartland knows
        if (k.caseNumber && docketKey(m.docket!.value) === docketKey(k.caseNumber)) return k;
        continue;
      }
      const same = docketKey(m.docket!.value) === docketKey(k.docket);
      if (same) return k;
      // another number under the same name is another case, unless court and date say it is this one
      const p = m.paren;
      const sameOrder = !!p && !!p.court && compact(p.court.value) === compact(k.court) && (p.date && k.date ? sameDate(p.date.value, k.date) : p.year.value === k.year);
      if (!distinctive(k) || !sameOrder) continue;
      add(ctx, {
        severity: "error",
        start: m.docket!.start,
        end: m.docket!.end,
        message: `The docket number of ${k.name} is ${k.docket}, not ${m.docket!.value}. ${where(k)}`,
        fix: { start: m.docket!.start, end: m.docket!.end, newText: k.docket, title: `Correct the docket number to ${k.docket}` },
      });
      return k;
    }
  }
  return undefined;
}

// ------------------------------------------------------------------ guidelines

function sectionExistence(section: string) {
  return [...GUIDELINE_DATA, ...DELETED_DATA.sections].find((s) => s.section === section)?.existence;
}

/** The clause of the sentence around a citation (the citation itself when it is in no sentence, e.g. in a quotation). */
function contextOf(ctx: Ctx, start: number, end: number): string {
  const s = sentenceAt(ctx.sentences, start);
  if (!s) return ctx.text.slice(start, end);
  const c = clauseAround(ctx.text, s, start, end);
  return ctx.text.slice(c.start, c.end);
}

const HISTORICAL = /\b(?:deleted|repealed|former(?:ly)?|removed|eliminated|abolished|no longer|rescinded|struck|superseded|then[- ](?:applicable|in effect|existing|governing)|prior version|earlier version|at the time|old|before|prior to|until|since repealed|once|used to)\b/i;

function editionParenYear(m: CitationMatch, text: string): { start: number; end: number } | undefined {
  const c = m.citation as GuidelineCitation;
  if (!c.editionInCitation) return undefined;
  const y = String(c.editionInCitation);
  const i = text.lastIndexOf(y, m.end);
  return i >= m.start ? { start: i, end: i + y.length } : undefined;
}

/** Is `pos` inside an explanatory parenthetical, e.g. "(holding that § 5K2.0 departures …)"? */
function inExplanatoryParenthetical(text: string, pos: number): boolean {
  let depth = 0;
  for (let i = pos - 1, n = 0; i >= 0 && n < 600; i--, n++) {
    const ch = text[i];
    if (ch === "\n" && text[i - 1] === "\n") return false;
    if (ch === ")") depth++;
    else if (ch === "(") {
      if (depth === 0) return /^[a-z]{3,20}ing\b/.test(text.slice(i + 1, i + 25));
      depth--;
    }
  }
  return false;
}

function checkGuideline(ctx: Ctx, m: CitationMatch, briefEdition: number, policyEdition?: number): void {
  const c = m.citation;
  if (c.kind !== "guideline") return;
  // a case's holding described in its parenthetical speaks of the Manual the case applied
  if (!c.editionInCitation && inExplanatoryParenthetical(ctx.text, m.start)) return;
  const policy = !c.editionInCitation && policyEdition !== undefined && policyEdition !== briefEdition && POLICY_STATEMENTS.has(c.section);
  const edition = c.editionInCitation ?? (policy ? policyEdition! : briefEdition);
  const named = c.editionInCitation
    ? `the ${edition} Guidelines Manual the citation names`
    : policy
      ? `the ${edition} Guidelines Manual (in force on the brief's date: a motion after sentence is decided under the policy statement in force when the court rules)`
      : `the ${edition} Guidelines Manual (the brief's edition)`;
  const r = lookupCitation(c, edition);
  const label = formatCitation(c).replace(/^USSG /, "");
  const yearSpan = editionParenYear(m, ctx.text);
  const editionFix = (year: number, title: string): CitationFix =>
    yearSpan ? { start: yearSpan.start, end: yearSpan.end, newText: String(year), title } : { start: m.end, end: m.end, newText: ` (${year})`, title };
  if (r.ok) {
    const carried = r.provision.carried;
    if (r.provision.status !== "deleted" && carried?.status !== "deleted") return;
    if (HISTORICAL.test(contextOf(ctx, m.start, m.end))) return;
    const ex = sectionExistence(c.section);
    const deletedIn = ex?.deleted?.edition;
    const fix = deletedIn && deletedIn - 1 >= 1995 ? editionFix(deletedIn - 1, `Cite the ${deletedIn - 1} Manual, the last that had ${label}`) : undefined;
    add(ctx, {
      severity: "warning",
      start: m.start,
      end: m.end,
      message: `${label} is cited as live, but it is not in force in ${named}${carried ? ` (as far as Heartland can tell: it has the ${edition} Manual only as the ${carried.edition} text, unverified)` : ""}: ${r.provision.history ?? "it was deleted."} Say that it was deleted, or cite the edition that had it${deletedIn ? ` (e.g. "(${deletedIn - 1})")` : ""}.`,
      ...(fix ? { fix } : {}),
    });
    return;
  }
  if (r.reason !== "not-in-edition") return;
  const ex = sectionExistence(c.section);
  const before = ex?.added && edition < ex.added.edition;
  let fix: CitationFix | undefined;
  if (before && ex?.added?.movedFrom && c.subsection.length === 0 && !c.commentary) {
    const i = ctx.text.indexOf(c.section, m.start);
    if (i >= 0 && i < m.end) fix = { start: i, end: i + c.section.length, newText: ex.added.movedFrom, title: `Cite §${ex.added.movedFrom}, the provision in the ${edition} Manual` };
  } else if (!before && r.editionsWithIt) {
    const years = (r.editionsWithIt.match(/\d{4}/g) ?? []).map(Number);
    // ranges "2001–2015": expand the last range end
    const earlier = years.filter((y) => y < edition);
    const last = earlier.length ? Math.max(...earlier) : undefined;
    if (last !== undefined) fix = editionFix(last, `Cite the ${last} Manual, which has ${label}`);
  }
  const whence = c.editionInCitation
    ? ""
    : policy
      ? ` (§${c.section} is read in the Manual in force on the brief's date — its \`date:\`, else today — because a motion after sentence is decided under the policy statement in force when the court rules.)`
      : " (The brief's edition comes from its front matter `guidelines-manual:` or the heartland.guidelinesManual setting.)";
  add(ctx, { severity: "warning", start: m.start, end: m.end, message: r.message + whence, ...(fix ? { fix } : {}) });
}

// ------------------------------------------------------------------ Rule 35(a)

interface SentencingDate {
  y: number;
  m: number;
  d: number;
  text: string;
}

const DATE_IN_TEXT = /(?:Jan\.|January|Feb\.|February|Mar\.|March|Apr\.|April|May|June|Jun\.|July|Jul\.|Aug\.|August|Sept\.|Sep\.|September|Oct\.|October|Nov\.|November|Dec\.|December)\s\d{1,2},\s\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/g;

function sentencingDatesInText(prose: string, sentences: readonly Span[]): SentencingDate[] {
  const out: SentencingDate[] = [];
  for (const s of sentences) {
    const t = prose.slice(s.start, s.end);
    // the sentencing itself, not the Sentencing Commission, Guidelines or Reform Act
    if (!/\b(?:sentenced|sentencing hearing|sentencing (?:was|took place|occurred|is set|is scheduled)|at (?:the |his |her )?sentencing|date of sentencing|imposed (?:a |the |his |her )?sentence|sentence was (?:imposed|announced|pronounced))\b/i.test(t)) continue;
    if (/\b(?:resentenc|re-sentenc)/i.test(t) && !/\bsentenced\b/i.test(t)) continue;
    const re = new RegExp(DATE_IN_TEXT.source, "g");
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const d = parseDate(m[0]);
      if (d) out.push({ ...d, text: m[0] });
    }
  }
  return out;
}

function rule35Period(d: { y: number; m: number; d: number }): Rule35Period {
  const a = d.y * 10000 + d.m * 100 + d.d;
  return a >= RULE35_CHANGE ? "35(a), 14 days" : a >= RULE35_RESTYLED ? "35(a), 7 days" : "35(c), 7 days";
}

const SEVEN = /\bseven \(7\)[- ]days?\b|\b(?:seven|7)(?:[- ]|\s)(?:days?|calendar days?|day)\b|\bseven-day\b|\b7-day\b/gi;
const FOURTEEN = /\bfourteen \(14\)[- ]days?\b|\b(?:fourteen|14)(?:[- ]|\s)(?:days?|day)\b|\bfourteen-day\b|\b14-day\b/gi;

/** "seven days" → "14 days", "Seven days" → "Fourteen days", "seven (7) days" → "fourteen (14) days". */
function toFourteen(phrase: string): string {
  if (/^seven \(7\)/i.test(phrase)) return (phrase[0] === "S" ? "Fourteen" : "fourteen") + " (14)" + phrase.slice("seven (7)".length);
  if (phrase.startsWith("Seven")) return "Fourteen" + phrase.slice(5);
  return phrase.replace(/^(?:seven|7)/i, "14");
}

/** The reverse, for a sentencing before Dec. 1, 2009. */
function toSeven(phrase: string): string {
  if (/^fourteen \(14\)/i.test(phrase)) return (phrase[0] === "F" ? "Seven" : "seven") + " (7)" + phrase.slice("fourteen (14)".length);
  if (phrase.startsWith("Fourteen")) return "Seven" + phrase.slice(8);
  return phrase.replace(/^(?:fourteen|14)/i, "seven");
}

/** Every sentence the Rule 35(a) or 35(c) pattern below matches holds a match of this (the same without `\b`) in the prose: none, nothing to read. */
const RULE35_ANY = /(?:Rule|R\.\s?Crim\.\s?P\.)\s?35/;

/** `document:` kinds that attack a sentence already imposed: the date of that sentence is in their text. */
const MOTION_DOCUMENTS: ReadonlySet<string> = new Set<DocumentKind>(["2255-motion", "compassionate-release-motion", "sentence-reduction-motion", "rule-35-motion"]);

function checkRule35(ctx: Ctx, prose: string, sentences: readonly Span[]): void {
  if (!RULE35_ANY.test(prose)) return;
  const hits: { sentence: Span; phrase: { start: number; end: number; text: string }; seven: boolean; sub: "a" | "c"; bare: boolean }[] = [];
  // Both patterns below need "35" in the sentence, and most sentences have none: `next` is the first
  // "35" at or after the sentence's start (found again only when a sentence starts past it, or earlier
  // than the one before), so the brief is searched once rather than every sentence sliced and matched.
  let next = -1;
  let from = Infinity;
  for (const s of sentences) {
    if (s.start < from || (next !== -1 && next < s.start)) next = prose.indexOf("35", s.start);
    from = s.start;
    if (next === -1 || next + 2 > s.end) continue;
    const t = prose.slice(s.start, s.end);
    // Rule 35(a), or Rule 35 with no subsection (not 35(b)/(c)): the seven/14-day window is 35(a)'s;
    // Rule 35(c) with a window of days is the pre-2002 correction rule
    const a = /\b(?:Rule|R\.\s?Crim\.\s?P\.)\s?35(?!\d)(?!\s?\([b-z])/.test(t);
    const c = !a && /\b(?:Rule|R\.\s?Crim\.\s?P\.)\s?35\s?\(c\)/.test(t);
    if (!a && !c) continue;
    if (HISTORICAL.test(t)) continue;
    // "Rule 35" with no subsection names none: before Dec. 1, 2002 it is read as the 35(c) of its day
    const bare = a && !/35\s?\(a\)/.test(t);
    for (const [re, seven] of [[SEVEN, true], [FOURTEEN, false]] as const) {
      const r = new RegExp(re.source, "gi");
      let m: RegExpExecArray | null;
      while ((m = r.exec(t))) hits.push({ sentence: s, phrase: { start: s.start + m.index, end: s.start + m.index + m[0].length, text: ctx.text.slice(s.start + m.index, s.start + m.index + m[0].length) }, seven, sub: a ? "a" : "c", bare });
    }
  }
  if (!hits.length) return;
  const front = ctx.frontMatter ? readFrontMatter(ctx.text, ctx.frontMatter) : undefined;
  const written = front?.sentencing;
  // in a motion after sentence the front matter's date is the brief's own (README); the sentence it
  // attacks is dated in the text ("He was sentenced on June 1, 2005"), and that date wins there
  const motion = !!front?.document && MOTION_DOCUMENTS.has(front.document);
  const inText = motion || !written ? sentencingDatesInText(prose, sentences) : [];
  const fm: SentencingDate | undefined = written && !(motion && inText.length) ? { ...written.date, text: written.text } : undefined;
  const dates = fm ? [fm] : inText;
  const periods = new Set(dates.map(rule35Period));
  const SOURCE = "Source: Fed. R. Crim. P. 35 (as amended Dec. 1, 2009, and its amendment history); before Dec. 1, 2002, Fed. R. Crim. P. 35(c) as then in force.";
  for (const h of hits) {
    if (periods.size !== 1) {
      // 14 days under Rule 35(a) is the rule today; without a date, or with dates in several periods, say what turns on it
      if (!h.seven || h.sub === "c") continue;
      add(ctx, {
        severity: "information",
        start: h.phrase.start,
        end: h.phrase.end,
        message:
          periods.size === 0
            ? `Rule 35(a)'s window is 14 days for a sentence orally announced on or after Dec. 1, 2009 (Fed. R. Crim. P. 35(a), (c)); it was 7 days before. Heartland found no sentencing date in this brief, so it cannot tell which applies: add \`sentencing-date: YYYY-MM-DD\` to the front matter.`
            : `Rule 35(a)'s window is 14 days for a sentence orally announced on or after Dec. 1, 2009, and 7 days before; this brief mentions sentencing dates on both sides of a change (${dates.map((d) => d.text).join(", ")}), so Heartland cannot tell which applies. Add \`sentencing-date: YYYY-MM-DD\` to the front matter.`,
      });
      continue;
    }
    const period = [...periods][0];
    const when = `${fm ? "front matter sentencing-date" : "sentencing date in the brief"}: ${dates[0].text}`;
    const warn = (message: string, newText?: string) =>
      add(ctx, { severity: "warning", start: h.phrase.start, end: h.phrase.end, message, ...(newText ? { fix: { start: h.phrase.start, end: h.phrase.end, newText, title: `Correct to "${newText}"` } } : {}) });
    if (period === "35(c), 7 days") {
      // the subsection cited is the point before Dec. 1, 2002; the days, when wrong, too
      if (h.sub === "a" && !h.bare)
        warn(`For a sentence imposed before Dec. 1, 2002 (${when}), the seven-day correction of arithmetical, technical or other clear error was Rule 35(c), not Rule 35(a); the 2002 restyling moved it to Rule 35(a)${h.seven ? "" : ", and the window was 7 days, not 14"}. ${SOURCE}`, h.seven ? undefined : toSeven(h.phrase.text));
      else if (!h.seven) warn(`Rule 35(c) allowed 7 days, not 14, to correct clear error in a sentence imposed before Dec. 1, 2002 (${when}). ${SOURCE}`, toSeven(h.phrase.text));
      continue;
    }
    if (h.sub === "c") {
      warn(`For a sentence imposed on or after Dec. 1, 2002 (${when}), the window to correct clear error is in Rule 35(a) (${period === "35(a), 14 days" ? "14 days" : "7 days"}); Rule 35(c) now defines "sentencing" as the oral announcement of the sentence. ${SOURCE}`);
      continue;
    }
    if (period === "35(a), 14 days" && h.seven) {
      const newText = toFourteen(h.phrase.text);
      warn(`Rule 35(a) allows 14 days after sentencing, not seven, for a sentence orally announced on or after Dec. 1, 2009 (${when}). The 2009 time-computation amendments changed it from 7 to 14 days; "sentencing" is the oral announcement (Rule 35(c)). Source: Fed. R. Crim. P. 35 (as amended Dec. 1, 2009).`, newText);
    } else if (period === "35(a), 7 days" && !h.seven) {
      const newText = toSeven(h.phrase.text);
      warn(`Rule 35(a) allowed 7 days, not 14, for a sentence announced before Dec. 1, 2009 (${when}); the 14-day window applies from Dec. 1, 2009. Source: Fed. R. Crim. P. 35 (as amended Dec. 1, 2009).`, newText);
    }
  }
}

// ------------------------------------------------------------------ entry point

/** All `citation-check` findings in a brief, in document order. */
/** `map` may be passed when the caller already ran `proseOf(text)`. */
/** `cache` (one per open document) keeps the sentences and citations of the text between blank lines, so a keystroke re-reads one block; same findings. */
export function checkCitations(text: string, settings: CitationCheckSettings, map: ProseMap = proseOf(text), cache?: CitationCache): CitationFinding[] {
  const prose = map.prose;
  const ctx: Ctx = { text, findings: [], sentences: cache ? cache.briefSentences(prose, map.blockQuoteLines) : briefSentences(prose, map.blockQuoteLines), frontMatter: map.frontMatter };
  // a block quote quotes an opinion or order in the words of its time: its guideline citations are not the brief's
  // (the lines are indexed only in a brief that has block quotes)
  const lines = map.blockQuoteLines.size ? new LineIndex(text) : undefined;
  const quoted = (offset: number) => !!lines && map.blockQuoteLines.has(lines.positionAt(offset).line);
  // §1B1.10/§1B1.13 in force on the brief's date: in a motion after sentence, or a brief with its own `date:`
  let policyEdition: number | undefined;
  if (settings.policyEdition !== undefined && settings.policyEdition !== settings.edition && map.frontMatter) {
    const front = readFrontMatter(text, map.frontMatter);
    if (front.briefDate || (front.document && MOTION_DOCUMENTS.has(front.document))) policyEdition = settings.policyEdition;
  }
  const read = cache ? cache.recognize(prose, text) : { cases: recognizeCaseCitations(prose, text), others: recognizeCitations(prose, text) };
  // a decision's history ("…, amended, 384 F.3d 1034 (9th Cir. 2004)") is checked as the citation it is
  const cases = read.cases.flatMap((m) => [m, ...(m.history ?? []).map((h) => h.cite)]);
  const others = read.others;

  // one ordered stream so that "Id." refers to the citation just before it
  type Item = { start: number; kind: "case"; m: CaseCitationMatch } | { start: number; kind: "other"; m: CitationMatch };
  const items: Item[] = [...cases.map((m) => ({ start: m.start, kind: "case" as const, m })), ...others.map((m) => ({ start: m.start, kind: "other" as const, m }))].sort((a, b) => a.start - b.start);
  const seen: Seen = { known: new Map(), pages: new Map() };
  let previous: KnownCase | undefined | null = null; // null: previous citation is not a known case
  // a citation inside an explanatory parenthetical is checked, but "Id." after it means the citation the parenthetical explains
  const inParenthetical = parentheticalNesting(prose);
  for (const it of items) {
    const nested = inParenthetical(it.m.start, it.m.end);
    if (it.kind === "other") {
      if (!quoted(it.m.start)) checkGuideline(ctx, it.m, settings.edition, policyEdition);
      if (!nested) previous = null;
      continue;
    }
    const m = it.m;
    if (m.form === "id") {
      if (previous) checkPins(ctx, previous, m.pins, " (the case Id. refers to)");
      continue;
    }
    if (checkWithdrawn(ctx, m)) {
      if (!nested) previous = null;
      continue;
    }
    if (m.form === "full") {
      const key = `${m.volume!.value} ${m.reporter!.value}`;
      const pages = seen.pages.get(key) ?? new Set<number>();
      pages.add(m.page!.value);
      seen.pages.set(key, pages);
    }
    const k = identify(ctx, m, seen);
    if (!nested) previous = k ?? null;
    if (!k) continue;
    if (k.volume !== undefined && m.form === "full") seen.known.set(`${k.volume} ${k.reporter}`, k);
    if (m.form === "full" || m.form === "docket") checkParen(ctx, k, m);
    if (m.form !== "docket") checkPins(ctx, k, m.pins, "");
  }

  checkRule35(ctx, prose, ctx.sentences);
  return ctx.findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
