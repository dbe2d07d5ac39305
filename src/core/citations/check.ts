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
import { briefSentences, clauseAround, paragraphsOf, sentenceAt, sentencesOf, type Span } from "../brief/sentences";
import { LineIndex } from "../brief/lines";
import { lookupCitation } from "../guidelines/lookup";
import { publishedManual } from "../guidelines/editions";
import { GUIDELINE_DATA, DELETED_DATA } from "../guidelines/lookup";
import { recognizeCitations } from "./recognize";
import { formatCitation, type CitationMatch, type GuidelineCitation } from "./types";
import { missingSubsection } from "../explain";
import { longDate } from "../guidelines/lookup";
import { datedText, parseDate } from "../dates";
import { MOTION_DOCUMENTS, readFrontMatter } from "../brief/frontmatter";
import type { BlockSpan, CitationCache, KeyedBlock } from "./cache";
import { KNOWN_CASES, knownCaseAt, monthNumber, normalizeName, parentheticalNesting, recognizeCaseCitations, type CaseCitationMatch, type KnownCase, type PinCite } from "./cases";

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
   * The Manual in force on the brief's `date:`, else today (`EffectiveSettings.policyEdition`), given only
   * for a motion after sentence or a dated brief (`checkBrief`): §1B1.10 and §1B1.13 cited without an
   * edition are read in it, since the court applies the policy statement in force when it rules.
   */
  policyEdition?: number;
  /** The brief's `sentencing-date:` (YYYY-MM-DD): statutes and rules are read as in force that day, as the hover reads them. */
  sentencingDate?: string;
  /**
   * What the brief's writer could know (YYYY-MM-DD): its own date, else its sentencing date, as the hover reads it
   * (`explain`'s `knownOn`); none: today. A message names no Manual later than it (audit 16 and 17, open item), nor
   * later than the edition the citation is read in.
   */
  knownOn?: string;
  /** Which edition the brief is read in and why (`EffectiveSettings.editionReason`), for the messages that name it. */
  editionReason?: string;
  /** An undated brief read as of today: the latest date its text names and that day's Manual (`EffectiveSettings.undatedFloor`). */
  undated?: { date: string; edition: number; said?: string };
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
 * The withdrawn panel opinions by "volume reporter" (with the case that replaced them), built once: a citation looks up
 * its volume, never walks every case (the reported cases: `knownCaseAt`).
 */
let withdrawnIn: Map<string, { k: KnownCase; w: NonNullable<KnownCase["withdrawn"]>[number] }[]> | undefined;

function withdrawnIndex(): Map<string, { k: KnownCase; w: NonNullable<KnownCase["withdrawn"]>[number] }[]> {
  if (!withdrawnIn) {
    withdrawnIn = new Map();
    for (const k of KNOWN_CASES) {
      for (const w of k.withdrawn ?? []) {
        const key = `${w.volume} ${w.reporter}`;
        withdrawnIn.set(key, [...(withdrawnIn.get(key) ?? []), { k, w }]);
      }
    }
  }
  return withdrawnIn;
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
  /** The brief's sentences (from the one sentence splitter); checked per block, the block's. */
  sentences: readonly Span[];
  /** The brief's front matter, if any (for `sentencing-date:`). */
  frontMatter?: ProseMap["frontMatter"];
  /**
   * Checked per block (`CitationCache`): the block. A check that reads text outside it, or depends on
   * where the block stands (the start of the brief), sets `escaped`: the findings are then not kept.
   */
  block?: { start: number; next: number; emptyLineBefore: boolean };
  escaped?: boolean;
  /** The brief's sentencing date (`CitationCheckSettings.sentencingDate`): statutes and rules are read as in force then. */
  asOf?: string;
  /** `CitationCheckSettings.knownOn`. */
  knownOn?: string;
  /** `CitationCheckSettings.editionReason`. */
  editionReason?: string;
  /** `CitationCheckSettings.undated`. */
  undated?: { date: string; edition: number; said?: string };
}

/**
 * The day a guideline message read in `edition` is told as of (its `{dated …}` clauses kept or dropped for it): what the
 * writer could know, and at least the first day of the edition it is read in (a motion's policy statement is read in
 * the Manual in force when the court rules, a citation may name its edition).
 */
function knownFor(ctx: Ctx, edition: number): string {
  const known = ctx.knownOn ?? new Date().toISOString().slice(0, 10);
  const first = `${edition}-11-01`;
  return known < first ? first : known;
}

function add(ctx: Ctx, f: Omit<CitationFinding, "rule">): void {
  ctx.findings.push({ rule: "citation-check", ...f });
}

function withdrawnContext(ctx: Ctx, start: number, end: number): boolean {
  const text = ctx.text;
  // the citation's sentence-ish window: back to the previous blank line / 200 chars, forward 250
  let a = Math.max(0, start - 200);
  const blankBefore = text.lastIndexOf("\n\n", start);
  if (blankBefore > a) a = blankBefore;
  let b = Math.min(text.length, end + 250);
  const blankAfter = text.indexOf("\n\n", end);
  if (blankAfter !== -1 && blankAfter < b) b = blankAfter;
  // both ends found in the block's own text or the empty line before it (else the window reads its neighbours, or the brief's ends)
  if (ctx.block && (Math.max(start - 200, blankBefore) < ctx.block.start - (ctx.block.emptyLineBefore ? 2 : 0) || Math.min(end + 250, blankAfter === -1 ? Infinity : blankAfter) > ctx.block.next)) ctx.escaped = true;
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

/**
 * The decision date of a reporter-cited case as a citation writes it ("Feb. 17, 2004"), where src/data/cases.json gives
 * it as a full date (`decided`, from the reference with the case's source; audit 17, open item): none where the data has
 * only the year, where the reference had the date from general knowledge (Booker, Gall: left out of the data), or where
 * an amended opinion has its own date ("2004-04-22 (amended 2004)"), so Heartland never guesses which the brief means.
 */
function decidedOn(k: KnownCase): string | undefined {
  return k.volume !== undefined && k.decided && /^\d{4}-\d\d-\d\d$/.test(k.decided) ? longDate(k.decided) : undefined;
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
    // the date a docket citation gives, else (a reporter citation with a full date) the verified decision date
    const date = k.date ?? (p.date ? decidedOn(k) : undefined);
    if (date && p.date) {
      // one of day, month, year off is a typo; more is another order in the same case (not flagged), but a reporter
      // citation's year is still its decision's
      if (!sameDate(p.date.value, date)) {
        const label = k.date ? k.name : `${k.name}, ${k.volume} ${k.reporter} ${k.page},`;
        if (oneDatePartOff(p.date.value, date)) {
          add(ctx, { severity: "error", start: p.date.start, end: p.date.end, message: `${label} was decided on ${date}, not ${p.date.value}. ${where(k)}`, fix: { start: p.date.start, end: p.date.end, newText: date, title: `Correct the date to ${date}` } });
        } else if (!k.date && p.year.value !== k.year) {
          add(ctx, { severity: "error", start: p.year.start, end: p.year.end, message: `${label} was decided in ${k.year}, not ${p.year.value}. ${where(k)}`, fix: { start: p.year.start, end: p.year.end, newText: String(k.year), title: `Correct the year to ${k.year}` } });
        }
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
    for (const { k, w } of withdrawnIndex().get(`${m.volume.value} ${m.reporter.value}`) ?? []) {
      if (!names(m.name.value, k)) continue;
      if (withdrawnContext(ctx, m.start, m.end)) return true;
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
  for (const { k, w } of withdrawnIndex().get(`${m.volume.value} ${m.reporter.value}`) ?? []) {
    if (w.page !== m.page.value) continue;
    if (m.name && !names(m.name.value, k)) return false;
    if (withdrawnContext(ctx, m.start, m.end)) return true;
    // a brief written before the panel opinion was withdrawn cited the law of its day (probe qb-059, a July 1999 motion
    // citing the April 1999 panel opinion): told what came after, not told it cited a withdrawn opinion
    if (w.withdrawnOn && ctx.knownOn && ctx.knownOn < w.withdrawnOn) {
      add(ctx, {
        severity: "information",
        start: m.start,
        end: m.end,
        message: `${w.volume} ${w.reporter} ${w.page} (${k.name}, ${w.court} ${w.date}) stood at the brief's date (${longDate(ctx.knownOn)}); it was withdrawn on ${longDate(w.withdrawnOn)}, after the brief, and a brief written later cites ${k.cite}. Source: ${w.source}.`,
      });
      return true;
    }
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
  /** Checked per block: told of each key before it is read (`read`) or written, so that the block knows what it read of the blocks before it. */
  touch?: (key: string, read: boolean) => void;
  /** Checked per block: the block's writes, in order. */
  log?: SeenOp[];
}

/** "United States", "U.S.", "USA", "United States of America": the government as a party. */
function isUnitedStates(party: string): boolean {
  return /^(?:the)?(?:unitedstates(?:ofamerica)?|us|usa)$/.test(compact(party));
}

/** The United States at the end of a first party the recognizer read with the words before it ("After United States"). */
const UNITED_STATES_AT_END = /(?:^|\s)((?:[Tt]he\s+)?(?:United\s+States(?:\s+of\s+America)?|U\.\s?S\.(?:A\.)?|USA))$/;

/** A party put where the United States belongs ("State v. Leiva-Deras"): only these, written as the whole party. */
const OTHER_SOVEREIGN = new Set(["state", "the state", "people", "the people", "commonwealth", "government", "the government"]);

/** A party's name compared: accents, case, hyphens and spacing aside. */
function partyKey(party: string): string {
  return normalizeName(party).replace(/-/g, " ").replace(/\s+/g, " ").trim();
}

/** Does `party` (as written) name `known`: the same name, or it preceded by given names ("Jose Armando Leiva-Deras")? */
function namesParty(party: string, known: string): boolean {
  const w = partyKey(party).split(" ");
  const k = partyKey(known).split(" ");
  return w.length >= k.length && w.length <= k.length + 3 && w.slice(w.length - k.length).join(" ") === k.join(" ");
}

/**
 * A full citation whose caption is no name Heartland knows, at the exact reporter cite of a known decision (its own or
 * its amended opinion's) whose citation the reference verifies, captioned "United States v. X" or "X v. United States"
 * (audit 17, open item: "United States v. Gall, 552 U.S. 38" passed). Where the caption names X, the cite is that
 * decision's: the parties in the wrong order ("United States v. Gall"), or a state, the people or a commonwealth in
 * place of the United States, get a warning whose fix writes the caption. A caption that names X as the case does
 * ("U.S. v. Leiva-Deras", "After United States v. Booker", given names) identifies the case and is not flagged. Any
 * other caption is left alone: the cite, not the caption, may be the mistake, and a caption the recognizer read with
 * words before it can't be told from a party with given names.
 */
function captionAtCite(ctx: Ctx, m: CaseCitationMatch): KnownCase | undefined {
  const name = m.name!;
  const vol = m.volume!.value;
  const rep = m.reporter!.value;
  const page = m.page!.value;
  const k = KNOWN_CASES.find((x) => x.citationVerified && ((x.volume === vol && x.reporter === rep && x.page === page) || (x.amended?.volume === vol && x.amended.reporter === rep && x.amended.page === page)));
  if (!k) return undefined;
  // (both written with single spaces)
  const split = (c: string) => c.split(/ vs?\.? /);
  const known = split(k.name);
  const wrote = split(name.value.replace(/\s+/g, " ").trim());
  if (known.length !== 2 || wrote.length !== 2) return undefined;
  const gov = known.findIndex(isUnitedStates);
  if (gov < 0 || isUnitedStates(known[1 - gov])) return undefined;
  const party = partyKey(known[1 - gov]);
  const [first, second] = wrote;
  const sovereign = (w: string) => OTHER_SOVEREIGN.has(partyKey(w));
  let order: "us-first" | "party-first";
  let other: "us" | "sovereign";
  let start = name.start;
  let caption = `${first} v. ${second}`;
  if (namesParty(second, party)) {
    // "United States v. X", "After United States v. X" (the fix starts at the United States), "State v. X"
    order = "us-first";
    const us = UNITED_STATES_AT_END.exec(first);
    if (us) {
      other = "us";
      caption = `${us[1]} v. ${second}`;
      if (us.index > 0 || us[0] !== first) {
        const raw = ctx.text.slice(name.start, name.end);
        const at = raw.search(/(?:[Tt]he\s+)?(?:United\s+States|U\.\s?S\.|USA)/);
        if (at < 0) return undefined;
        start = name.start + at;
      }
    } else if (sovereign(first)) other = "sovereign";
    else return undefined;
  } else if (partyKey(first) === party) {
    // "X v. United States", "X v. State" (X alone: words before it could be given names or the sentence's)
    order = "party-first";
    if (isUnitedStates(second)) other = "us";
    else if (sovereign(second)) other = "sovereign";
    else return undefined;
  } else return undefined;
  const reversed = (order === "us-first") !== (gov === 0);
  if (!reversed && other === "us") return k;
  const fault = other === "us" ? "names the parties in the wrong order" : `names ${order === "us-first" ? first : second} where the United States belongs${reversed ? ", and the parties in the wrong order" : ""}`;
  add(ctx, {
    severity: "warning",
    start,
    end: name.end,
    message: `The decision at ${vol} ${rep} ${page} is ${k.name}; the caption "${caption}" ${fault}. ${where(k)}`,
    fix: { start, end: name.end, newText: k.name, title: `Correct the caption to ${k.name}` },
  });
  return k;
}

/** One reporter cite of a known decision: its own, or its amended opinion's. */
interface ReporterCite {
  volume: number;
  reporter: string;
  page: number;
  court: string;
  year: number;
  amended: boolean;
}

/** Characters to insert, delete, change or swap with the next to turn `a` into `b` (a transposed "1043" is one from "1034"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
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
        seen.touch?.(key, true);
        return (seen.pages.get(key)?.size ?? 0) === 1 ? seen.known.get(key) : undefined;
      }
      return knownCaseAt(vol.value, rep.value, m.page!.value);
    }
    if (candidates.length === 0 && m.form === "full") return captionAtCite(ctx, m);
    for (const k of candidates) {
      // the decision's reporter cites: its own, and an amended opinion's ("amended, 384 F.3d 1034"), the same decision
      // rightly cited on its own; a wrong cite is measured against the one it is nearest to (audit 17, open item: "384
      // F.3d 1043" had been offered 365 F.3d 806)
      const cites: ReporterCite[] = [{ volume: k.volume!, reporter: k.reporter!, page: k.page!, court: k.court, year: k.year, amended: false }];
      if (k.amended) cites.push({ ...k.amended, amended: true });
      if (cites.some((c) => c.volume === vol.value && c.reporter === rep.value && (m.form === "short" || c.page === m.page!.value))) return k;
      // one matching number is enough only with the same court and year in the parenthetical, and
      // never for a database cite (WL, LEXIS): another decision under the same name is not flagged
      const database = /WL|LEXIS/.test(rep.value);
      if (!distinctive(k) || database) continue;
      const wrote = ctx.text.slice(vol.start, m.form === "full" ? m.page!.end : rep.end).replace(/\s+/g, " ");
      let best: { c: ReporterCite; right: string; volOk: boolean; repOk: boolean; pageOk: boolean; count: number; distance: number } | undefined;
      for (const c of cites) {
        const volOk = c.volume === vol.value;
        const repOk = c.reporter === rep.value;
        const pageOk = m.form === "short" ? true : c.page === m.page!.value;
        const count = Number(volOk) + Number(repOk) + Number(pageOk);
        const sameCourtYear = !!m.paren && m.paren.year.value === c.year && !!m.paren.court === (c.court !== "U.S.") && (!m.paren.court || compact(m.paren.court.value) === compact(c.court));
        if ((count < 2 && !(count === 1 && sameCourtYear)) || (m.form === "short" && count < 2)) continue;
        const right = `${c.volume} ${c.reporter}${m.form === "full" ? ` ${c.page}` : ""}`;
        const distance = editDistance(wrote, right);
        // nearest by characters (a transposed "1043" is the amended 1034), ties to the decision's own cite
        if (!best || distance < best.distance) best = { c, right, volOk, repOk, pageOk, count, distance };
      }
      if (!best) continue;
      const { c, right, volOk, repOk, pageOk, count } = best;
      const parts = [!volOk ? "volume" : "", !repOk ? "reporter" : "", !pageOk ? "first page" : ""].filter(Boolean).join(", ");
      // narrowest replacement: a single wrong part, else the whole "volume reporter page"
      let fix: CitationFix;
      if (count === 2 && !pageOk) fix = { start: m.page!.start, end: m.page!.end, newText: String(c.page), title: `Correct the first page to ${c.page}${c.amended ? " (the amended opinion)" : ""}` };
      else if (count === 2 && !volOk) fix = { start: vol.start, end: vol.end, newText: String(c.volume), title: `Correct the volume to ${c.volume}${c.amended ? " (the amended opinion)" : ""}` };
      else if (count === 2 && !repOk) fix = { start: rep.start, end: rep.end, newText: c.reporter, title: `Correct the reporter to ${c.reporter}${c.amended ? " (the amended opinion)" : ""}` };
      else fix = { start: vol.start, end: m.form === "full" ? m.page!.end : rep.end, newText: right, title: `Correct the citation to ${right}${c.amended ? " (the amended opinion)" : ""}` };
      add(ctx, {
        severity: "error",
        start: vol.start,
        end: m.form === "full" ? m.page!.end : rep.end,
        message: c.amended
          ? `${k.name}'s amended opinion is reported at ${c.volume} ${c.reporter} ${c.page}, not ${wrote} (wrong ${parts}); the opinion before amendment is ${k.volume} ${k.reporter} ${k.page}. ${where(k)}`
          : `${k.name} is reported at ${k.volume} ${k.reporter} ${k.page}${k.amended ? ` (amended, ${k.amended.volume} ${k.amended.reporter} ${k.amended.page})` : ""}, not ${wrote} (wrong ${parts}). ${where(k)}`,
        fix,
      });
      return k;
    }
    return undefined;
  }
  if (m.form === "docket") {
    // a number without a name (a decision's history: ", cert. granted, No. 24-556 (U.S. May 27, 2025)") names no known case
    if (!m.name) return undefined;
    const candidates = casesNamed(m.name.value);
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

/**
 * A clause that speaks of a deleted guideline as history: the deletion itself, or a time word tied to a
 * year, an amendment or the deletion ("until 2012", "before its deletion", "at the time of his 2009
 * sentencing", "the old § 5K2.19"). Bare "before", "until", "once", "at the time" are ordinary words in a
 * live request ("Before imposing sentence, the Court should depart under § 5K2.19 …"): not enough.
 */
const DELETED_AS_HISTORY = new RegExp(
  "\\b(?:deleted|repealed|former(?:ly)?|removed|eliminated|abolished|no longer|rescinded|struck|superseded|then[- ](?:applicable|in effect|existing|governing)|prior version|earlier version|since repealed|used to|once (?:provided|allowed|permitted|authorized|barred|prohibited|said|read))\\b" +
    // what it said, in the past tense; what an amendment did with it ("§ 5K2.19 said post-sentencing rehabilitative efforts
    // were not a ground", "The 2025 amendments moved the early disposition reduction from §5K3.1 to new §3F1.1": legal
    // audit of session 33, round 2, pv-058, pq-020)
    "|\\b(?:said|stated|provided)\\b|\\bamendments? (?:moved|replaced|transferred|redesignated|renumbered)\\b|\\buntil (?:this|last) (?:spring|summer|fall|autumn|winter|year|month)\\b" +
    "|\\b(?:until|before|prior to|through)\\s+(?:(?:its|the|their|that) (?:deletion|repeal|amendment)|(?:(?:nov(?:ember|\\.)?|oct(?:ober|\\.)?) \\d{1,2}, )?(?:19|20)\\d\\d|amendment \\d+|booker|the (?:\\d{4} )?amendment)" +
    "|\\bat the time (?:of (?:his|her|their|the|its|that) (?:original |first |earlier |prior )?(?:\\d{4} )?(?:sentencing|offense|conviction|plea|deletion)|it was|the guidelines were mandatory)" +
    "|\\b(?:the|an?) old (?:§|section|guideline|version|policy statement|rule)",
  "i",
);

/**
 * An application note cited for a subject another note of the edition covers: "a departure for cultural assimilation
 * under § 2L1.2, comment. (n.8)" in a 2015 brief, where n.8 is the state-custody note and n.9 the cultural-assimilation
 * one (the notes were renumbered in 2014, 2016 and 2018). Only departure notes, and only where the cited note's own
 * heading is not on what the sentence names.
 */
function wrongNote(ctx: Ctx, m: CitationMatch, c: GuidelineCitation, edition: number, named: string): void {
  const note = c.commentary?.note;
  if (!note || note.length !== 1 || c.subsection.length) return;
  const sentence = sentenceAt(ctx.sentences, m.start);
  if (!sentence) return;
  const said = ctx.text.slice(sentence.start, sentence.end).toLowerCase();
  const cited = noteHeading(c, note[0], edition);
  if (!cited || noteSpeaksOf(cited, said)) return;
  const own = noteOnSubject(c, edition, said);
  if (!own || own.number === note[0]) return;
  const label = formatCitation(c).replace(/^USSG /, "");
  const fix = noteNumberFix(ctx, m, note[0], own.number, `Cite comment. (n.${own.number}), the note "${own.heading}"`);
  add(ctx, {
    severity: "warning",
    start: m.start,
    end: m.end,
    message: `${label} in ${named} is the note "${cited}"; the note "${own.heading}" is comment. (n.${own.number}) there (§${c.section}'s application notes were renumbered between editions).`,
    ...(fix ? { fix } : {}),
  });
}

/** A fix that replaces the note number inside the citation `m` ("(n.8)" → "(n.7)"), if the number is found in it. */
function noteNumberFix(ctx: Ctx, m: CitationMatch, note: string, to: string, title: string): CitationFix | undefined {
  const at = ctx.text.indexOf(`n.${note}`, m.start);
  return at >= 0 && at < m.end ? { start: at + 2, end: at + 2 + note.length, newText: to, title } : undefined;
}

/** The heading of application note `n` of/** The heading of application note `n` of `c`'s section in `edition` ("Departure Based on Cultural Assimilation"), if Heartland has its text. */
function noteHeading(c: GuidelineCitation, n: string, edition: number): string | undefined {
  const r = lookupCitation({ ...c, subsection: [], commentary: { note: [n] }, editionInCitation: undefined }, edition);
  if (!r.ok) return undefined;
  // "7. Departure Based on Cultural Assimilation.—There may be …": between the number and the dash (read without a regex that backtracks)
  const text = r.provision.text.trimStart();
  const num = /^\d+\. /.exec(text);
  const dash = text.search(/[—–]/);
  if (!num || dash < num[0].length) return undefined;
  const heading = text.slice(num[0].length, dash).trim().replace(/\.$/, "");
  return heading || undefined;
}

/** Words of a note's heading that name its subject ("Departure Based on Time Served in State Custody" → served, state, custody). */
const HEADING_FILLER = new Set(["departure", "based", "consideration", "cases", "which", "with", "under", "application", "subsection", "of", "on", "in", "the", "a", "an", "and", "for", "time"]);

/** Does the sentence name the subject of a note with this heading (every word of its subject, or at least two)? */
function noteSpeaksOf(heading: string | undefined, said: string): boolean {
  if (!heading) return false;
  const words = heading.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3 && !HEADING_FILLER.has(w));
  if (words.length === 0) return false;
  const hit = words.filter((w) => said.includes(w.slice(0, Math.max(5, w.length - 2)))).length;
  return hit === words.length || hit >= 2;
}

/**
 * The note of `c`'s section in `edition` whose heading names what the sentence speaks of (the first of notes 1–12), if
 * any; else the one departure note whose text holds three words in a row of the sentence that no other departure note
 * holds ("the time actually served was substantially less" is clause (C) of the 2016 note "Departure Based on Seriousness
 * of a Prior Offense", whose heading does not say it — audit 14 D11).
 */
function noteOnSubject(c: GuidelineCitation, edition: number, said: string): { number: string; heading: string } | undefined {
  const departures: { number: string; heading: string }[] = [];
  for (let n = 1; n <= 12; n++) {
    const heading = noteHeading(c, String(n), edition);
    if (!heading || !/^departure/i.test(heading)) continue;
    if (noteSpeaksOf(heading, said)) return { number: String(n), heading };
    departures.push({ number: String(n), heading });
  }
  const phrases = contentTrigrams(said);
  if (phrases.length === 0) return undefined;
  const holding = departures.filter((d) => {
    const body = noteText(c, d.number, edition);
    return body !== undefined && phrases.some((p) => body.includes(p));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** Words too common to tell one note's subject from another's. */
const PHRASE_STOP = new Set(["the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "by", "is", "was", "be", "that", "this", "his", "her", "its", "their", "which", "with", "under", "case", "cases", "departure", "warranted", "may", "court", "defendant", "offense", "sentence", "guideline", "range", "level", "subsection", "application", "note", "comment"]);

/** Three content words in a row of a sentence ("time actually served"), lower case. */
function contentTrigrams(said: string): string[] {
  const words = said.split(/[^a-z]+/).filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const t = words.slice(i, i + 3);
    if (t.every((w) => w.length > 3 && !PHRASE_STOP.has(w))) out.push(t.join(" "));
  }
  return out;
}

/** The text of application note `n` of `c`'s section in `edition`, lower case, its words single-spaced, if Heartland has it. */
/** A sentence that says it speaks of an earlier Manual than the brief's ("under the then-applicable Guidelines Manual"). */
const EARLIER_MANUAL =
  /\bthen[- ](?:applicable|in effect|existing|governing|current|operative)\b|\b(?:in effect|in force) at the time\b|\bat the time of (?:his|her|their|the|that) (?:original |first |earlier |prior )?(?:\d{4} )?(?:sentencing|plea)\b|\b(?:the )?(?:prior|earlier|former|pre-amendment) (?:version|guideline|manual)\b/i;

/** The whole sentence around a citation (its clause may stop at a comma before the words that date it). */
function sentenceOf(ctx: Ctx, start: number, end: number): string {
  const s = sentenceAt(ctx.sentences, start);
  return s ? ctx.text.slice(s.start, s.end) : ctx.text.slice(start, end);
}

/** Child ids by depth below a guideline's subsection: (b) → (1) → (A) → (i). */
const CHILD_IDS: readonly (readonly string[])[] = [
  ["1", "2", "3", "4", "5", "6", "7", "8"],
  ["A", "B", "C", "D", "E", "F", "G", "H"],
  ["i", "ii", "iii", "iv", "v", "vi"],
];

/**
 * The one subsection under the cited one's letter in `edition` whose text increases the offense level by the number
 * of levels the sentence names, where the cited subsection did the same in `from` (the latest earlier Manual that has
 * it); none where the sentence names no levels or more than one subsection of the edition increases by them.
 */
function subsectionOnSubject(c: GuidelineCitation, edition: number, from: number, said: string): { path: string[]; levels: string } | undefined {
  const n = /\b(\d{1,2})[- ]levels?\b/i.exec(said)?.[1];
  if (!n) return undefined;
  const by = `by ${n} levels`;
  const old = lookupCitation({ ...c, editionInCitation: undefined }, from);
  if (!old.ok || !old.provision.text.includes(by)) return undefined;
  const hits: string[][] = [];
  const walk = (path: string[]): boolean => {
    let deeper = false;
    for (const id of CHILD_IDS[path.length - 1] ?? []) {
      const next = [...path, id];
      const r = lookupCitation({ ...c, subsection: next, commentary: undefined, editionInCitation: undefined }, edition);
      if (!r.ok) break;
      const below = walk(next);
      if (!below && r.provision.text.includes(by)) hits.push(next);
      deeper ||= below || r.provision.text.includes(by);
    }
    return deeper;
  };
  walk([c.subsection[0]]);
  return hits.length === 1 ? { path: hits[0], levels: n } : undefined;
}

function noteText(c: GuidelineCitation, n: string, edition: number): string | undefined {
  const r = lookupCitation({ ...c, subsection: [], commentary: { note: [n] }, editionInCitation: undefined }, edition);
  return r.ok ? r.provision.text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0).join(" ") : undefined;
}

function editionParenYear(m: CitationMatch, text: string): { start: number; end: number } | undefined {
  const c = m.citation as GuidelineCitation;
  if (!c.editionInCitation) return undefined;
  const y = String(c.editionInCitation);
  const i = text.lastIndexOf(y, m.end);
  return i >= m.start ? { start: i, end: i + y.length } : undefined;
}

/** Is `pos` inside an explanatory parenthetical, e.g. "(holding that § 5K2.0 departures …)"? */
function inExplanatoryParenthetical(ctx: Ctx, pos: number): boolean {
  const text = ctx.text;
  const b = ctx.block;
  let depth = 0;
  let i = pos - 1;
  for (let n = 0; i >= 0 && n < 600; i--, n++) {
    // checked per block: the walk back reaches the text before the block (or the brief's start); an empty line just before it ends the walk as it would
    if (b && i < b.start) {
      if (b.emptyLineBefore) return false;
      break;
    }
    const ch = text[i];
    if (ch === "\n" && text[i - 1] === "\n") return false;
    if (ch === ")") depth++;
    else if (ch === "(") {
      if (depth === 0) {
        if (b && i + 25 > b.next) ctx.escaped = true;
        return /^[a-z]{3,20}ing\b/.test(text.slice(i + 1, i + 25));
      }
      depth--;
    }
  }
  if (b && pos - 1 - i < 600) {
    // stopped at the block's start, not after 600 characters: read on as the whole brief is read
    ctx.escaped = true;
    return inExplanatoryParenthetical({ ...ctx, block: undefined }, pos);
  }
  return false;
}

function checkGuideline(ctx: Ctx, m: CitationMatch, briefEdition: number, policyEdition?: number): void {
  const c = m.citation;
  if (c.kind !== "guideline") return;
  // a case's holding described in its parenthetical speaks of the Manual the case applied
  if (!c.editionInCitation && inExplanatoryParenthetical(ctx, m.start)) return;
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
  // (the year of the Manual a citation can name: no Manual was published in 2017, 2019, 2020 or 2022)
  const editionFix = (edition: number, title: (manual: number) => string): CitationFix => {
    const year = publishedManual(edition);
    return yearSpan ? { start: yearSpan.start, end: yearSpan.end, newText: String(year), title: title(year) } : { start: m.end, end: m.end, newText: ` (${year})`, title: title(year) };
  };
  if (r.ok) {
    const carried = r.provision.carried;
    if (r.provision.status !== "deleted" && carried?.status !== "deleted") {
      wrongNote(ctx, m, c, edition, named);
      return;
    }
    if (DELETED_AS_HISTORY.test(contextOf(ctx, m.start, m.end))) return;
    const ex = sectionExistence(c.section);
    const deletedIn = ex?.deleted?.edition;
    const gone = goneDeparture(c, edition);
    const then = undatedHad(ctx, c, edition);
    // moved rather than deleted (§5K3.1 → §3F1.1, Amendment 836): the provision that carries it on, where the citation
    // names the section alone (legal audit of session 33, round 3, pk-045: a fast-track reduction survives as §3F1.1's
    // decrease on the government's motion; "ask for a variance" was wrong advice)
    const movedTo = ex?.deleted?.movedTo && deletedIn && edition >= deletedIn ? ex.deleted.movedTo : undefined;
    const at = movedTo && c.subsection.length === 0 && !c.commentary ? ctx.text.indexOf(c.section, m.start) : -1;
    const fix: CitationFix | undefined = then?.has
      ? editionFix(then.edition, (y) => then.later ? `Cite the ${y} Manual, the first after the latest date the brief names that had ${label}` : `Cite the ${y} Manual, in force on the latest date the brief names, which had ${label}`)
      : movedTo && at >= 0 && at < m.end
        ? { start: at, end: at + c.section.length, newText: movedTo, title: `Cite §${movedTo}, which replaced §${c.section}` }
        : !gone && !then && deletedIn && deletedIn - 1 >= 1995
          ? editionFix(deletedIn - 1, (y) => `Cite the ${y} Manual, the last that had ${label}`)
          : undefined;
    const instead = movedTo
      ? `Cite §${movedTo}${MOVED_WHAT[movedTo] ? ` (${MOVED_WHAT[movedTo]})` : ""}, or, for a historical reference, the edition that had §${c.section} (e.g. "(${publishedManual(deletedIn! - 1)})").`
      : gone
        ? GONE_DEPARTURE
        : `Say that it was deleted, or cite the edition that had it${deletedIn ? ` (e.g. "(${publishedManual(deletedIn - 1)})")` : ""}.`;
    add(ctx, {
      severity: then ? "information" : "warning",
      start: m.start,
      end: m.end,
      message: `${then?.prefix ?? ""}${label} is cited as live, but it is not in force in ${named}${carried ? ` (as far as Heartland can tell: it has the ${edition} Manual only as the ${carried.edition} text, unverified)` : ""}: ${datedText(r.provision.history ?? "it was deleted.", knownFor(ctx, edition))} ${instead}`,
      ...(fix ? { fix } : {}),
    });
    return;
  }
  if (r.reason !== "not-in-edition") return;
  const ex = sectionExistence(c.section);
  const before = ex?.added && edition < ex.added.edition;
  let fix: CitationFix | undefined;
  // (the fix that cites the last Manual that had the provision, which an undated brief's floor may replace)
  let lastFix: CitationFix | undefined;
  // the provision it replaced, only where that one is in the edition (§5K3.1 is in the 2003–2024 Manuals, not the 1995 one)
  if (before && ex?.added?.movedFrom && c.subsection.length === 0 && !c.commentary && lookupCitation({ ...c, section: ex.added.movedFrom }, edition).ok) {
    const i = ctx.text.indexOf(c.section, m.start);
    if (i >= 0 && i < m.end) fix = { start: i, end: i + c.section.length, newText: ex.added.movedFrom, title: `Cite §${ex.added.movedFrom}, the provision in the ${edition} Manual` };
  } else if (!before && r.editionsWithIt) {
    const years = (r.editionsWithIt.match(/\d{4}/g) ?? []).map(Number);
    // ranges "2001–2015": expand the last range end
    const earlier = years.filter((y) => y < edition);
    const last = earlier.length ? Math.max(...earlier) : undefined;
    // "Under the then-applicable Guidelines Manual, his offense level included … § 2L1.2(b)(1)(A)(ii)": the sentence
    // cites the earlier Manual it names, which has the provision (the whole sentence: the phrase may stand before a comma)
    if (last !== undefined && !c.editionInCitation && EARLIER_MANUAL.test(sentenceOf(ctx, m.start, m.end))) return;
    const note = c.commentary?.note;
    if (note && note.length === 1) {
      // Application notes are renumbered from edition to edition (cultural assimilation: n.8 in 2010–2013, n.9 in
      // 2014–2015, n.7 in 2016–2017, n.8 again from 2018): a note of the same number elsewhere is another note. Offer
      // the brief's own edition's note on what the sentence names, else the earlier edition only where its note of
      // that number is on what the sentence names; else no fix.
      const sentence = sentenceAt(ctx.sentences, m.start);
      const said = (sentence ? ctx.text.slice(sentence.start, sentence.end) : ctx.text.slice(m.start, m.end)).toLowerCase();
      const own = noteOnSubject(c, edition, said);
      const renumbered = own && own.number !== note[0] ? noteNumberFix(ctx, m, note[0], own.number, `Cite comment. (n.${own.number}), the ${edition} Manual's note "${own.heading}"`) : undefined;
      if (renumbered) {
        fix = renumbered;
      } else if (last !== undefined && noteSpeaksOf(noteHeading(c, note[0], last), said)) {
        fix = lastFix = editionFix(last, (y) => `Cite the ${y} Manual, which has ${label}`);
      }
    } else if (last !== undefined) {
      // the brief's own edition's subsection with the same increase the sentence names ("adds 16 levels under
      // § 2L1.2(b)(2)" in a 1998 brief: the 1997 Manual's (b)(1)(A)), before a citation of a Manual not the brief's
      const own = c.subsection.length > 1 && !c.commentary ? subsectionOnSubject(c, edition, last, sentenceOf(ctx, m.start, m.end)) : undefined;
      const raw = `(${c.subsection.slice(1).join(")(")})`;
      const at = own ? ctx.text.indexOf(raw, m.start) : -1;
      fix =
        own && at >= 0 && at + raw.length <= m.end
          ? { start: at, end: at + raw.length, newText: `(${own.path.slice(1).join(")(")})`, title: `Cite §${c.section}(${own.path.join(")(")}), the ${edition} Manual's ${own.levels}-level increase` }
          : (lastFix = editionFix(last, (y) => `Cite the ${y} Manual, which has ${label}`));
    }
  }
  const whence = c.editionInCitation
    ? ""
    : policy
      ? ` (§${c.section} is read in the Manual in force on the brief's date — its \`date:\` or the date its signature gives, else today — because a motion after sentence is decided under the policy statement in force when the court rules.)`
      : ctx.editionReason
        ? ` (The brief is read in the ${edition} Manual: ${ctx.editionReason}.)`
        : " (The brief's edition comes from its front matter `guidelines-manual:` or the heartland.guidelinesManual setting, else the Manual in force on its sentencing date or its own date.)";
  // a departure the Manual in force no longer has: "(2024)" would keep it, no fix; ask for a variance instead
  const gone = goneDeparture(c, edition);
  if (gone) fix = undefined;
  const then = c.editionInCitation ? undefined : undatedHad(ctx, c, edition);
  // an undated brief whose latest named day's Manual had it: that Manual, not the last one that had it (a 2002 appeal is
  // not told to cite the 2015 Manual — legal audit of session 33, round 3, pk-029, pk-058); none where Heartland lacks
  // that Manual's text
  if (then && (!fix || fix === lastFix)) fix = then.has && !gone ? editionFix(then.edition, (y) => then.later ? `Cite the ${y} Manual, the first after the latest date the brief names that has ${label}` : `Cite the ${y} Manual, in force on the latest date the brief names, which has ${label}`) : undefined;
  add(ctx, { severity: then ? "information" : "warning", start: m.start, end: m.end, message: (then?.prefix ?? "") + datedText(r.message, knownFor(ctx, edition)) + whence + (gone ? ` ${GONE_DEPARTURE}` : ""), ...(fix ? { fix } : {}) });
}

/** What a provision that replaced a deleted one does, said beside the advice to cite it. */
const MOVED_WHAT: Record<string, string> = {
  "3F1.1": "a decrease of not more than 4 levels on the government's motion under an authorized early disposition program",
};

/**
 * An undated brief, read as of today, whose latest named date's Manual has the provision in force — or whose text
 * Heartland lacks for that Manual: what to say first (the warning holds only if the brief is of today), with that
 * Manual and whether it is known to have the provision; else undefined (legal audit of session 33, round 2: briefs of
 * 2003–2019 pasted without a date had been told their provisions were not in force; round 3, pk-015: a 2022 appeal on
 * §1B1.13, comment. (n.1(C)), whose 2018–2022 text Heartland lacks, was told to cite the 2017 Manual).
 */
function undatedHad(ctx: Ctx, c: GuidelineCitation, edition?: number): { prefix: string; edition: number; has: boolean; later?: boolean } | undefined {
  const u = ctx.undated;
  if (!u) return undefined;
  const then = lookupCitation({ ...c, editionInCitation: undefined }, u.edition);
  // in force then: its text in that edition, or — a section whose text Heartland lacks there — added by then and deleted after
  const ex = sectionExistence(c.section);
  const inForceIn = (e: number, t: ReturnType<typeof lookupCitation>) => t.ok
    ? t.provision.status !== "deleted" && t.provision.carried?.status !== "deleted"
    : c.subsection.length === 0 && !c.commentary && !!ex?.deleted && ex.deleted.edition > e && (!ex.added || ex.added.edition <= e);
  const inForce = inForceIn(u.edition, then);
  const cite = formatCitation(c).replace(/^USSG /, "");
  const day = u.said ?? longDate(u.date);
  const tail = `: if the brief is of that time, give its date in the front matter (\`date:\`). As of today: `;
  if (inForce) return { prefix: `This brief gives no date and is read as of today; the latest date it names is ${day}, and the ${publishedManual(u.edition)} Manual then in force has ${cite}${tail}`, edition: u.edition, has: true };
  // …or a later Manual before today's: the brief, written on or after that day, may be of its time (legal audit of session
  // 35, pv-026: "comment. (n.9)" in a brief that names a removal in 2014, right under the 2014–2015 Manuals)
  for (let e = u.edition + 1; edition !== undefined && e < edition; e++) {
    // (a year without a Manual of its own is the one before: already read)
    if (publishedManual(e) !== e) continue;
    const later = lookupCitation({ ...c, editionInCitation: undefined }, e);
    if (later.ok && inForceIn(e, later)) return { prefix: `This brief gives no date and is read as of today; the latest date it names is ${day}, and the ${publishedManual(e)} Manual, in force from ${longDate(`${e}-11-01`)}, has ${cite}${tail}`, edition: e, has: true, later: true };
  }
  const unknown = !then.ok && then.reason === "no-text" && (!ex?.added || ex.added.edition <= u.edition);
  if (!unknown) return undefined;
  return { prefix: `This brief gives no date and is read as of today; the latest date it names is ${day}, and Heartland has no verified text of ${cite} in the ${publishedManual(u.edition)} Manual then in force${tail}`, edition: u.edition, has: false };
}

// ------------------------------------------------------------------ statute and rule subsections

/**
 * A statute or rule subsection that Heartland's data shows does not exist (8 U.S.C. § 1326(e), § 1326(b)(5),
 * 18 U.S.C. § 3582(c)(1)(A)(iii)): `explain`'s own answer (`missingSubsection`), read on the brief's sentencing
 * date as the hover reads it. Silent where Heartland holds too little of the section to tell, for a part added
 * later, and in a case's explanatory parenthetical (it may describe an older text).
 */
function checkSubsection(ctx: Ctx, m: CitationMatch, edition: number): void {
  const c = m.citation;
  if (c.kind !== "statute" && c.kind !== "rule") return;
  if (c.subsection.length === 0 || inExplanatoryParenthetical(ctx, m.start)) return;
  const missing = missingSubsection(c, edition, ctx.asOf);
  if (!missing) return;
  const what = c.kind === "statute" ? "the statute" : "the rule";
  const when = ctx.asOf
    ? ` (Heartland reads ${what} as in force on the brief's sentencing date, ${longDate(ctx.asOf)}, and as in force today.)`
    : ` (Heartland reads ${what} as in force while the ${edition} Manual was, Nov. 1, ${edition} – Oct. 31, ${edition + 1}, and as in force today; the brief gives no \`sentencing-date:\`.)`;
  add(ctx, { severity: "warning", start: m.start, end: m.end, message: missing + when });
}

/**
 * A departure provision (§§ 5K2.x, 5H1.x, 5K3.1, 4A1.3, a § 2L1.2 note) gone from a Manual of Nov. 1, 2025 or later
 * (Amendment 836 removed departures), cited without an edition: a sentencing under that Manual cannot grant it, and
 * appending "(2024)" keeps the departure while changing nothing in law (audit 13 D4), so no edition fix is offered.
 */
function goneDeparture(c: { section: string; commentary?: unknown; editionInCitation?: number }, edition: number): boolean {
  if (c.editionInCitation !== undefined || edition < 2025) return false;
  return /^(?:5K2\.\d|5H1\.\d|5K3\.1$|4A1\.3$)/.test(c.section) || (c.section === "2L1.2" && !!c.commentary);
}

const GONE_DEPARTURE =
  "That Manual has no departures (Amendment 836, Nov. 1, 2025): ask for a variance under 18 U.S.C. § 3553(a) on the same facts (a historical reference may cite the edition that had it, e.g. \"(2024)\").";

// ------------------------------------------------------------------ Rule 35(a)

interface SentencingDate {
  y: number;
  m: number;
  d: number;
  text: string;
}

const DATE_IN_TEXT = /(?:Jan\.|January|Feb\.|February|Mar\.|March|Apr\.|April|May|June|Jun\.|July|Jul\.|Aug\.|August|Sept\.|Sep\.|September|Oct\.|October|Nov\.|November|Dec\.|December)\s\d{1,2},\s\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/g;

/** Words by which a sentence tells a prior conviction's sentencing: the state court's, the prior's. */
const PRIOR_SENTENCING = /\b(?:state (?:court|judgment|conviction|case|sentence)s?|prior (?:conviction|sentence|case)s?|previous (?:conviction|sentence)s?|(?:burglary|robbery|drug|felony|misdemeanor) convictions)\b/i;

function sentencingDatesInText(prose: string, sentences: readonly Span[]): SentencingDate[] {
  const out: SentencingDate[] = [];
  for (const s of sentences) {
    const t = prose.slice(s.start, s.end);
    // the sentencing itself, not the Sentencing Commission, Guidelines or Reform Act
    if (!/\b(?:sentenced|sentencing hearing|sentencing (?:was|took place|occurred|is set|is scheduled)|at (?:the |his |her )?sentencing|date of sentencing|imposed (?:a |the |his |her )?sentence|sentence (?:was )?(?:imposed|announced|pronounced) on)\b/i.test(t)) continue;
    if (/\b(?:resentenc|re-sentenc)/i.test(t) && !/\bsentenced\b/i.test(t)) continue;
    // a prior conviction's sentencing, not the one the motion attacks ("the state judgment shows that both were … sentenced
    // on the same day, May 12, 2004": legal audit of session 34, pi-002, told a 2010 sentence had a 7-day window)
    if (PRIOR_SENTENCING.test(t)) continue;
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


/** A "seven days" / "14 days" phrase in a sentence that cites Rule 35(a) or (c). */
interface Rule35Hit {
  phrase: { start: number; end: number; text: string };
  seven: boolean;
  sub: "a" | "c";
  bare: boolean;
}

/** The Rule 35 phrases of `sentences` (in order; each sentence's own text alone decides). */
function rule35Hits(text: string, prose: string, sentences: readonly Span[], hits: Rule35Hit[]): void {
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
      while ((m = r.exec(t))) hits.push({ phrase: { start: s.start + m.index, end: s.start + m.index + m[0].length, text: text.slice(s.start + m.index, s.start + m.index + m[0].length) }, seven, sub: a ? "a" : "c", bare });
    }
  }
}

function checkRule35(ctx: Ctx, prose: string, sentences: readonly Span[]): void {
  if (!RULE35_ANY.test(prose)) return;
  const hits: Rule35Hit[] = [];
  rule35Hits(ctx.text, prose, sentences, hits);
  rule35Findings(ctx, hits, () => sentencingDatesInText(prose, sentences));
}

/** The findings of the Rule 35 phrases `hits` of the whole brief; `datesInText`, the sentencing dates its sentences give (read only when needed). */
function rule35Findings(ctx: Ctx, hits: readonly Rule35Hit[], datesInText: () => SentencingDate[]): void {
  if (!hits.length) return;
  const front = ctx.frontMatter ? readFrontMatter(ctx.text, ctx.frontMatter) : undefined;
  const written = front?.sentencing;
  // in a motion after sentence the front matter's date is the brief's own (README); the sentence it
  // attacks is dated in the text ("He was sentenced on June 1, 2005"), and that date wins there
  const motion = !!front?.document && MOTION_DOCUMENTS.has(front.document);
  const inText = motion || !written ? datesInText() : [];
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

// ------------------------------------------------------------------ the citations in order

type Item = { start: number; kind: "case"; m: CaseCitationMatch } | { start: number; kind: "other"; m: CitationMatch };

/** The case citations (each with its history) and the other citations as one stream in order, so that "Id." refers to the citation just before it. */
function itemsOf(read: { cases: readonly CaseCitationMatch[]; others: readonly CitationMatch[] }): Item[] {
  // a decision's history ("…, amended, 384 F.3d 1034 (9th Cir. 2004)") is checked as the citation it is
  const cases = read.cases.flatMap((m) => [m, ...(m.history ?? []).map((h) => h.cite)]);
  return [...cases.map((m) => ({ start: m.start, kind: "case" as const, m })), ...read.others.map((m) => ({ start: m.start, kind: "other" as const, m }))].sort((a, b) => a.start - b.start);
}

/** What flows from one citation to the next: the known case "Id." refers to (null: the citation before is not a known case), and the full citations seen. */
interface Flow {
  previous: KnownCase | null;
  seen: Seen;
}

/** One citation's checks. `nested`: it stands in an explanatory parenthetical of the citation before it. */
function checkItem(ctx: Ctx, it: Item, flow: Flow, nested: boolean, quoted: (offset: number) => boolean, edition: number, policyEdition: number | undefined): void {
  if (it.kind === "other") {
    if (!quoted(it.m.start)) {
      checkGuideline(ctx, it.m, edition, policyEdition);
      checkSubsection(ctx, it.m, edition);
    }
    if (!nested) flow.previous = null;
    return;
  }
  const m = it.m;
  if (m.form === "id") {
    if (flow.previous) checkPins(ctx, flow.previous, m.pins, " (the case Id. refers to)");
    return;
  }
  if (checkWithdrawn(ctx, m)) {
    if (!nested) flow.previous = null;
    return;
  }
  const seen = flow.seen;
  if (m.form === "full") {
    const key = `${m.volume!.value} ${m.reporter!.value}`;
    seen.touch?.(key, false);
    seen.log?.push({ key, page: m.page!.value });
    const pages = seen.pages.get(key) ?? new Set<number>();
    pages.add(m.page!.value);
    seen.pages.set(key, pages);
  }
  const k = identify(ctx, m, seen);
  if (!nested) flow.previous = k ?? null;
  if (!k) return;
  if (k.volume !== undefined && m.form === "full") {
    const key = `${k.volume} ${k.reporter}`;
    seen.touch?.(key, false);
    seen.log?.push({ key, known: k });
    seen.known.set(key, k);
  }
  if (m.form === "full" || m.form === "docket") checkParen(ctx, k, m);
  if (m.form !== "docket") checkPins(ctx, k, m.pins, "");
}

const byOffset = (a: CitationFinding, b: CitationFinding) => a.start - b.start || a.end - b.end;

// ------------------------------------------------------------------ entry point

/** All `citation-check` findings in a brief, in document order. */
/** `map` may be passed when the caller already ran `proseOf(text)`. */
/**
 * `cache` (one per open document) keeps, for each block of text between blank lines, its citations and
 * its findings with what they were read with, so that a keystroke re-checks the block it changed (and a
 * block whose citations before it changed); same findings (test/unit/citation-incremental.test.ts).
 */
export function checkCitations(text: string, settings: CitationCheckSettings, map: ProseMap = proseOf(text), cache?: CitationCache): CitationFinding[] {
  const policyEdition = settings.policyEdition !== settings.edition ? settings.policyEdition : undefined;
  const asOf = settings.sentencingDate;
  return (cache && checkByBlock(text, settings.edition, policyEdition, asOf, settings.knownOn, settings.editionReason, map, cache, settings.undated)) || checkWhole(text, settings.edition, policyEdition, asOf, settings.knownOn, settings.editionReason, map, settings.undated);
}

/** The brief read and checked whole. */
function checkWhole(text: string, edition: number, policyEdition: number | undefined, asOf: string | undefined, knownOn: string | undefined, editionReason: string | undefined, map: ProseMap, undated?: Ctx["undated"]): CitationFinding[] {
  const prose = map.prose;
  const ctx: Ctx = { text, findings: [], sentences: briefSentences(prose, map.blockQuoteLines), frontMatter: map.frontMatter, asOf, knownOn, editionReason, ...(undated ? { undated } : {}) };
  // a block quote quotes an opinion or order in the words of its time: its guideline citations are not the brief's
  // (the lines are indexed only in a brief that has block quotes)
  const lines = map.blockQuoteLines.size ? new LineIndex(text) : undefined;
  const quoted = (offset: number) => !!lines && map.blockQuoteLines.has(lines.positionAt(offset).line);
  const items = itemsOf({ cases: recognizeCaseCitations(prose, text), others: recognizeCitations(prose, text) });
  const flow: Flow = { previous: null, seen: { known: new Map(), pages: new Map() } };
  // a citation inside an explanatory parenthetical is checked, but "Id." after it means the citation the parenthetical explains
  const inParenthetical = parentheticalNesting(prose);
  for (const it of items) checkItem(ctx, it, flow, inParenthetical(it.m.start, it.m.end), quoted, edition, policyEdition);
  checkRule35(ctx, prose, ctx.sentences);
  return ctx.findings.sort(byOffset);
}

// ------------------------------------------------------------------ checked block by block

/**
 * `parentheticalNesting`'s state where a block starts, as what the text since the last citations
 * holds: `main`, the characters since the end of the last citation not in a parenthetical (-1: none;
 * `FAR`: more than 400, too far to open one) and `open`, how the text since reads (0: nothing but
 * spaces and closed parentheses, 1: inside an opened one, 2: anything else); `nested`, the characters
 * since the end of the last citation in a parenthetical after it (-1: none) and `bracket`, whether a
 * parenthesis stands in them.
 */
interface Nesting {
  main: number;
  open: 0 | 1 | 2;
  nested: number;
  bracket: boolean;
}

const FAR = 401;
const NO_NESTING: Nesting = { main: -1, open: 0, nested: -1, bracket: false };

const sameNesting = (a: Nesting, b: Nesting) => a === b || (a.main === b.main && a.open === b.open && a.nested === b.nested && a.bracket === b.bracket);

/** `opensParenthetical`'s reading of prose[from, to) from state `state`. */
function readOpen(prose: string, from: number, to: number, state: 0 | 1 | 2): 0 | 1 | 2 {
  // (character codes, not one-character strings: read up to 400 characters for every citation of a block)
  for (let i = from; i < to && state !== 2; i++) {
    const c = prose.charCodeAt(i);
    if (c === 40 /* ( */) state = state === 1 ? 2 : 1;
    else if (c === 41 /* ) */) state = state === 1 ? 0 : 2;
    // not a space, newline, no-break space, tab, "*" or "_"
    else if (state === 0 && c !== 32 && c !== 10 && c !== 0xa0 && c !== 9 && c !== 42 && c !== 95) state = 2;
  }
  return state;
}

function hasBracket(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c === 40 || c === 41) return true;
  }
  return false;
}

/**
 * `parentheticalNesting` (cases.ts) for the citations of one block, from the state the blocks before it
 * leave (`Nesting`): the same answers, reading no text before the block. A position before the block's
 * start stands for the end of a citation before it, as far back as the state says.
 */
class BlockNesting {
  private mainEnd: number | undefined;
  private nestedEnd: number | undefined;

  constructor(
    private readonly prose: string,
    private readonly start: number,
    private readonly into: Nesting,
  ) {
    this.mainEnd = into.main === -1 ? undefined : start - into.main;
    this.nestedEnd = into.nested === -1 ? undefined : start - into.nested;
  }

  nested(start: number, end: number): boolean {
    const nested = (this.nestedEnd !== undefined && this.stillInside(this.nestedEnd, start)) || (this.mainEnd !== undefined && this.opens(this.mainEnd, start));
    if (nested) this.nestedEnd = end;
    else {
      this.mainEnd = end;
      this.nestedEnd = undefined;
    }
    return nested;
  }

  private stillInside(from: number, to: number): boolean {
    if (to - from > 400) return false;
    if (from < this.start) {
      if (this.into.bracket) return false;
      from = this.start;
    }
    return !hasBracket(this.prose, from, to);
  }

  private opens(from: number, to: number): boolean {
    if (to - from > 400) return false;
    return (from < this.start ? readOpen(this.prose, this.start, to, this.into.open) : readOpen(this.prose, from, to, 0)) === 1;
  }

  /** The state at `next`, the block's end. */
  out(next: number): Nesting {
    let main = -1;
    let open: 0 | 1 | 2 = 0;
    if (this.mainEnd !== undefined) {
      main = next - this.mainEnd;
      if (main > 400) main = FAR;
      else open = this.mainEnd < this.start ? readOpen(this.prose, this.start, next, this.into.open) : readOpen(this.prose, this.mainEnd, next, 0);
    }
    let nested = -1;
    let bracket = false;
    if (this.nestedEnd !== undefined) {
      nested = next - this.nestedEnd;
      if (nested > 400) nested = FAR;
      else bracket = this.nestedEnd < this.start ? this.into.bracket || hasBracket(this.prose, this.start, next) : hasBracket(this.prose, this.nestedEnd, next);
    }
    return main === this.into.main && open === this.into.open && nested === this.into.nested && bracket === this.into.bracket ? this.into : { main, open, nested, bracket };
  }
}

/** A write to `seen`: a first page cited in a volume, or the known case cited there. */
type SeenOp = { key: string; page: number; known?: undefined } | { key: string; known: KnownCase; page?: undefined };

/** What a short citation reads of `seen` for its volume: none, one page (which), or many. */
function pagesRead(seen: Seen, key: string): string {
  const p = seen.pages.get(key);
  return !p || p.size === 0 ? "" : p.size === 1 ? String(p.values().next().value) : "many";
}

/** A block's findings kept across runs (`CitationCache.checked`, by the block's key) with what they were read with. */
interface BlockCheck {
  /** Where the block stood when these offsets were set. */
  at: number;
  /** The block's quoted lines (from its first line, "2,3,"): its paragraphs and which citations are quoted. */
  quotes: string;
  /** The line before the block is empty in the text as written (its checks may stop there). */
  emptyLineBefore: boolean;
  /** The flow into the block. */
  previous: KnownCase | null;
  nesting: Nesting;
  /** What its short citations read of the volumes cited before the block: pages (`pagesRead`) and case. */
  reads: { key: string; pages: string; known: KnownCase | undefined }[];
  /** What it adds to `seen`, in order (its own text alone decides). */
  writes: SeenOp[];
  findings: CitationFinding[];
  hits: Rule35Hit[];
  /** The flow out of the block. */
  out: { previous: KnownCase | null; nesting: Nesting };
  /** It has other (non-case) citations: an "Id." at a later block's start may read the last. */
  hasOthers: boolean;
  /** The sentencing dates its sentences give (`sentencingDatesInText`), read when a Rule 35 phrase needs them. */
  dates?: SentencingDate[];
}

/** The volumes a kept block read are as the blocks before it left them when it was checked. */
function readsHold(reads: BlockCheck["reads"], seen: Seen): boolean {
  for (const r of reads) if (pagesRead(seen, r.key) !== r.pages || seen.known.get(r.key) !== r.known) return false;
  return true;
}

function quotedLinesOf(blockQuoteLines: Set<number>, b: BlockSpan): string {
  let q = "";
  for (let l = 0; l < b.lines; l++) if (blockQuoteLines.has(b.line + l)) q += `${l},`;
  return q;
}

function blockSentences(prose: string, blockQuoteLines: Set<number>, b: BlockSpan): Span[] {
  return paragraphsOf(prose, blockQuoteLines, b.start, b.next, b.line).flatMap((p) => sentencesOf(prose, p.start, p.end));
}

function movedFinding(f: CitationFinding, d: number): CitationFinding {
  const g = { ...f, start: f.start + d, end: f.end + d };
  if (f.fix) g.fix = { ...f.fix, start: f.fix.start + d, end: f.fix.end + d };
  return g;
}

/**
 * The findings block by block, each block's kept while its text (and masked prose), its quoted lines
 * and what flows into it are the same as when they were made: the case "Id." refers to, the
 * parenthetical state, and what its short citations read of the volumes cited before it; moved by
 * offset alone. A block whose checks read outside it, or whose citations read the one before it, is
 * checked afresh each run. Undefined where the blocks are not independent (a citation reaching
 * outside its block): the caller checks the whole brief.
 */
function checkByBlock(text: string, edition: number, policyEdition: number | undefined, asOf: string | undefined, knownOn: string | undefined, editionReason: string | undefined, map: ProseMap, cache: CitationCache, undated?: Ctx["undated"]): CitationFinding[] | undefined {
  const prose = map.prose;
  const bql = map.blockQuoteLines;
  const under = `${edition} ${policyEdition} ${asOf} ${knownOn} ${editionReason} ${undated?.date}`;
  if (cache.checkedUnder !== under) {
    cache.checked.clear();
    cache.checkedUnder = under;
  }
  const kept = cache.checked as Map<string, BlockCheck>;
  const blocks = cache.walk(prose, text);
  const checks: BlockCheck[] = [];
  const found: CitationFinding[] = [];
  const hits: Rule35Hit[] = [];
  const seen: Seen = { known: new Map(), pages: new Map() };
  let previous: KnownCase | null = null;
  let nesting = NO_NESTING;
  // the last other citation so far (an "Id." at a block's start reads it), or the kept block that holds it
  let lastOther: CitationMatch | KeyedBlock | undefined;
  for (const b of blocks) {
    const quotes = bql.size ? quotedLinesOf(bql, b) : "";
    const emptyLineBefore = b.start >= 2 && text.charCodeAt(b.start - 1) === 10 && text.charCodeAt(b.start - 2) === 10;
    let c = kept.get(b.key);
    if (c && c.quotes === quotes && c.emptyLineBefore === emptyLineBefore && c.previous === previous && sameNesting(c.nesting, nesting) && readsHold(c.reads, seen)) {
      const d = b.start - c.at;
      if (d !== 0) {
        // moved: new objects (last run's findings stay as they were handed out)
        c.findings = c.findings.map((f) => movedFinding(f, d));
        c.hits = c.hits.map((h) => ({ ...h, phrase: { ...h.phrase, start: h.phrase.start + d, end: h.phrase.end + d } }));
        c.at = b.start;
      }
      for (const w of c.writes) {
        if (w.page !== undefined) {
          const pages = seen.pages.get(w.key) ?? new Set<number>();
          pages.add(w.page);
          seen.pages.set(w.key, pages);
        } else seen.known.set(w.key, w.known);
      }
      if (c.hasOthers) lastOther = b;
    } else {
      let prev = lastOther;
      if (prev && !("citation" in prev)) {
        const r = cache.readingsOf(prose, text, prev, undefined);
        prev = r?.others[r.others.length - 1];
      }
      const read = cache.readingsOf(prose, text, b, prev);
      if (!read) return undefined;
      const items = itemsOf(read);
      for (const it of items) if (it.start < b.start || it.start >= b.next) return undefined;
      let sentences: Span[] | undefined;
      const ctx: Ctx = {
        text,
        findings: [],
        get sentences() {
          return (sentences ??= blockSentences(prose, bql, b));
        },
        block: { start: b.start, next: b.next, emptyLineBefore },
        escaped: false,
        asOf,
        knownOn,
        editionReason,
        ...(undated ? { undated } : {}),
      };
      const quoted = (offset: number) => quotes !== "" && bql.has(b.line + countBreaks(prose, b.start, offset));
      const reads: BlockCheck["reads"] = [];
      const writes: SeenOp[] = [];
      // each volume as the blocks before left it (read at the block's first use of it, before any write of its own)
      const before = new Map<string, { pages: string; known: KnownCase | undefined; read: boolean }>();
      seen.touch = (key, isRead) => {
        let v = before.get(key);
        if (!v) before.set(key, (v = { pages: pagesRead(seen, key), known: seen.known.get(key), read: false }));
        if (isRead && !v.read) {
          v.read = true;
          reads.push({ key, pages: v.pages, known: v.known });
        }
      };
      seen.log = writes;
      const flow: Flow = { previous, seen };
      const nest = new BlockNesting(prose, b.start, nesting);
      for (const it of items) checkItem(ctx, it, flow, nest.nested(it.m.start, it.m.end), quoted, edition, policyEdition);
      seen.touch = undefined;
      seen.log = undefined;
      const blockHits: Rule35Hit[] = [];
      const at35 = prose.indexOf("35", b.start);
      if (at35 !== -1 && at35 + 2 <= b.next) rule35Hits(text, prose, ctx.sentences, blockHits);
      c = { at: b.start, quotes, emptyLineBefore, previous, nesting, reads, writes, findings: ctx.findings, hits: blockHits, out: { previous: flow.previous, nesting: nest.out(b.next) }, hasOthers: read.others.length > 0 };
      // kept unless it read outside itself or its citations read the one before it
      if (!ctx.escaped && !read.readPrev) kept.set(b.key, c);
      if (read.others.length) lastOther = read.others[read.others.length - 1];
    }
    checks.push(c);
    for (const f of c.findings) found.push(f);
    for (const h of c.hits) hits.push(h);
    previous = c.out.previous;
    nesting = c.out.nesting;
  }
  const ctx: Ctx = { text, findings: found, sentences: [], frontMatter: map.frontMatter };
  rule35Findings(ctx, hits, () => checks.flatMap((c, i) => (c.dates ??= sentencingDatesInText(prose, blockSentences(prose, bql, blocks[i])))));
  return found.sort(byOffset);
}

function countBreaks(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf("\n", from); i !== -1 && i < to; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
