/**
 * The brief's own date as its text gives it, for a brief whose front matter names neither `date:` nor
 * `sentencing-date:`: a filing pasted with its signature block ("Dated: September 8, 2006", "DATED this 4th day
 * of October, 2007", "Executed on March 2, 2010") or a letter's date line near its top ("May 9, 2022"). The law
 * is then read as of that day, as it would be with `date:` — and the reason says where the date came from.
 */
import { isRealDate, isoDate, parseDate, type CalendarDate } from "../dates";
import { circuitOfOrdinal } from "./briefCourt";

/** "Dated: September 8, 2006", "Date: 6/20/2003", "Executed on March 2, 2010", "Signed this 3rd day of May, 2019". */
const DATED = /^(?:dated|date|executed on|executed|signed)\b[ \t:,*_]{0,8}([^\s*_][^\n]{5,39})$/i;
/**
 * …the same line with more after the date, set off by a run of spaces ("Dated: June 4, 2018      Respectfully submitted,"),
 * or with a place and the date on the next line ("Dated: New York, New York" ¶ "November 18, 2002").
 */
const DATED_OPEN = /^(?:dated|date|signed)\b[ \t:,*_]{0,8}([^\s*_][^\n]*)$/i;
/** "this 4th day of October, 2007" */
const DAY_OF = /(\d{1,2})(?:st|nd|rd|th)? day of ([A-Za-z]{3,9}),? (\d{4})/i;
/** "… Executed on March 2, 2010." inside a declaration's sentence; "I certify that on April 17, 2014, …" in a certificate of service */
const EXECUTED = /\b(?:executed on|certify that on|signed(?: on)?|dated|(?:respectfully )?submitted(?: on)?,?|so ordered(?: on)?,?) ([A-Za-z]{3,9}\.? \d{1,2}, \d{4})/i;
/** "I certify that a true copy of this motion was delivered to the United States Attorney's Office … on April 5, 1999.": a certificate of service's date at its sentence's end (probe pu-004) */
const CERTIFIES = /\bcertif(?:y|ies)\b/i;
/** A prisoner's mailing statement: "I put this motion in the prison mail system on August 5, 2024, first class postage prepaid" (probe pw-030). */
const MAILED = /\b(?:placed|put|deposited|handed)\b/i;
const ON_DATE = /\bon ([A-Za-z]{3,9}\.? \d{1,2}, \d{4})/i;
/** The day a line says the filing was given to the prison mail (the mailbox rule's day), as an `exec` result, or null. */
function mailedOn(line: string): RegExpExecArray | null {
  const at = line.search(/\b(?:prison|institution|institutional|legal) mail/i);
  return at !== -1 && MAILED.test(line.slice(0, at)) ? ON_DATE.exec(line.slice(at)) : null;
}
/** A court's electronic filing stamp: "Appellate Case: 23-2056  Document: 010110887312  Date Filed: 07/19/2023", "Case 1:19-cr-00123 Document 45 Filed 03/02/20 Page 1 of 12", "Case: 09-10488  Date Filed: 06/02/2009  Page: 17 of 31". */
const FILED_STAMP = /(?:\bDocument:?[ \t]{1,8}\d[\d-]{0,20}|^Case:?[ \t]{1,8}\d[\d-]{1,20}(?:-[A-Z]{1,4})?)[ \t]{1,12}(?:Date )?Filed:?[ \t]{1,8}(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/i;
const ON_DATE_AT_END = /\bon ([A-Za-z]{3,9}\.? \d{1,2}, \d{4})\.?$/i;
// a pro se declaration's last sentence with its date after it ("I declare under penalty of perjury the above is true. March 7, 2023.", probe pw-050)
const PERJURY = /\bpenalty of perjury\b/i;
/** A hearing transcript's title line. */
const TRANSCRIPT_TITLE = /\btranscript\b/i;
const DATE_AT_END = /\b([A-Za-z]{3,9}\.? \d{1,2}, \d{4})\.?$/;
const DATE_IN = /\b([A-Za-z]{3,9}\.? \d{1,2}, \d{4})\b/;
/** A line's first column: at most 30 characters, set off by a tab or a run of three spaces or more, with more after it. */
function firstColumn(line: string): string | undefined {
  for (let i = 1; i <= 30 && i < line.length; i++) {
    const gap = line[i] === "\t" ? 1 : line.startsWith("   ", i) ? 3 : 0;
    if (!gap) continue;
    let j = i + gap;
    while (j < line.length && (line[j] === " " || line[j] === "\t")) j++;
    return j < line.length ? line.slice(0, i) : undefined;
  }
  return undefined;
}

/** A date line: a line of at most 30 characters that is a date, or such a first column ("December 16, 2020      Respectfully submitted,"). */
function lineDate(line: string): CalendarDate | undefined {
  const column = line.length <= 30 ? line : firstColumn(line);
  return column ? dateOf(column) : undefined;
}
// a caption's date in its right-hand column ("HÉCTOR MANUEL ALMONTE-REYES    :     May 16, 2022", probe ph-057): after a
// column's colon or a run of spaces, at the line's end — not a hearing's, a judgment's or a birth date
const CAPTION_DATE = /\b([A-Za-z]{3,9}\.? \d{1,2}, \d{4})$/;
const NOT_CAPTION_DATE = /\b(?:sentenc|hearing|trial|plea|judgment|arrest|born|birth|DOB|release|removed|deported|offense|conviction)/i;
/** "… SUBMITTED this 30th day of August, 2022", "Respectfully submitted this 2nd day of May, 2019", "This the 28th day of July, 2009" (probe pz-028): "this", then DAY_OF. */
const THIS_DAY_OF = /\bthis (?:the )?(\d{1,2}(?:st|nd|rd|th)? day of [A-Za-z]{3,9},? \d{4})/i;
/** How far from the top a letter's date line may stand (after a letterhead and an ECF header). */
const LETTER_REACH = 1500;
/**
 * "… will be sentenced on October 14, 2009", "is scheduled to be sentenced on May 29, 2002", "will appear for sentencing
 * on March 21, 2002", "sentencing is set for June 3, 2015": the day of the sentencing a memorandum's introduction names.
 * Only the future and the present scheduled forms: "was set for sentencing on" (a prior's sentencing, a date since
 * moved), "comes before the Court for sentencing on" (an opinion's narration) and "was sentenced on" (a motion after
 * sentence, whose law is its own day's) are not read.
 */
const SENTENCED_ON = /\b(?:(?:will|is to|is scheduled to|is set to) be sentenced|will appear (?:before (?:the|this) court )?for sentencing|is (?:currently )?(?:scheduled|set) for sentencing|sentencing (?:hearing )?is (?:currently )?(?:scheduled|set)|sentencing(?: hearing)?,? which is (?:currently )?(?:scheduled|set)|in (?:advance|aid) of (?:his |her |the )?sentencing(?: hearing)?(?:,? (?:which is )?(?:currently )?(?:scheduled|set))?|(?:scheduled|set) to be heard at sentencing)(?: on| for)? ([A-Za-z]{3,9}\.? \d{1,2}, \d{4})/i;
/** A date since moved: "continued", "rescheduled", "reset", "postponed" — the introduction's date may be the old one. */
const MOVED = /\b(?:continued|rescheduled|reset|postponed|adjourned)\b/gi;
/** A hearing said to be moved: MOVED within 80 characters of "sentencing" or "hearing" — not "had simply continued his probation" (audit 39a, pz-011). */
function moved(head: string): boolean {
  MOVED.lastIndex = 0;
  for (let m = MOVED.exec(head); m; m = MOVED.exec(head))
    if (/sentencing|hearing/i.test(head.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80))) return true;
  return false;
}
/**
 * A sentencing memorandum's title, on a line of its own (a Markdown heading, a line in capitals or in bold): "Defendant's
 * Sentencing Memorandum", "Memorandum in Aid of Sentencing", "Position of Defendant with Respect to Sentencing".
 */
const MEMORANDUM_TITLE = /\b(?:sentencing (?:letter[- ])?memorandum|sentencing letter|memorandum in aid of sentencing|memorandum in support of (?:the )?(?:defendant's |defendant’s )?motion for (?:a )?downward (?:departure|variance)|position (?:of (?:the )?(?:defendant|defense|defence) )?(?:with respect to|regarding|on|as to) (?:the )?sentencing|sentencing (?:position|submission|statement))\b/i;
/** How far from the top a memorandum's introduction may name its sentencing date (after a caption and a title). */
const INTRODUCTION_REACH = 4000;
/** How far from the top its title may stand. */
const TITLE_REACH = 1500;

function dateOf(s: string): CalendarDate | undefined {
  let e = s.length;
  while (e > 0 && " \t.;,".includes(s[e - 1])) e--;
  const t = s.slice(0, e).trim();
  const day = DAY_OF.exec(t);
  const d = day ? parseDate(`${day[2]} ${day[1]}, ${day[3]}`) : parseDate(t);
  return d && isRealDate(d) && d.y >= 1987 ? d : undefined;
}

/** How far from the end a signature block's date may stand (a certificate of service may follow it). */
const SIGNATURE_REACH = 4000;

/**
 * The brief's date (YYYY-MM-DD) from its text — the last signature date, else a date on a line of its own in its closing,
 * else the date a court's filing stamp gives ("Document: 010110887312  Date Filed: 07/19/2023", probe pj-048), else a
 * date line of its own near the top —
 * or undefined. Only the brief's first 1,500 and last 4,000 characters are read (a keystroke's cost stays constant).
 */
export function briefDateOfText(prose: string, today: string = new Date().toISOString().slice(0, 10)): string | undefined {
  let signed: string | undefined;
  let letter: string | undefined;
  let bare: string | undefined;
  let stamped: string | undefined;
  const tail = Math.max(LETTER_REACH, prose.length - SIGNATURE_REACH);
  let pos = 0;
  while (pos < prose.length) {
    if (pos >= LETTER_REACH && pos < tail) {
      // skip to the first line of the tail
      const nl = prose.indexOf("\n", tail - 1);
      if (nl === -1) break;
      pos = nl + 1;
      continue;
    }
    let nl = prose.indexOf("\n", pos);
    if (nl === -1) nl = prose.length;
    // (a signature block's lines are short; a paragraph that happens to open with "Date" is not one)
    // (…a certificate of service's sentence may run longer: "I certify that I placed a copy of this motion in the prison
    // mail system, first-class postage prepaid, addressed to …, on August 12, 2024.", probe pu-018)
    if (nl - pos <= 200 || (nl - pos <= 400 && pos >= prose.length - SIGNATURE_REACH && CERTIFIES.test(prose.slice(pos, Math.min(nl, pos + 40))))) {
      // the line without emphasis, quote marks and spaces at its ends
      let a = pos;
      let b = nl;
      while (a < b && " \t*_>".includes(prose[a])) a++;
      while (b > a && " \t*_\r".includes(prose[b - 1])) b--;
      const line = prose.slice(a, b);
      let lined: CalendarDate | undefined;
      const m = DATED.exec(line);
      let d = m ? dateOf(m[1]) : undefined;
      if (!d) {
        const open = DATED_OPEN.exec(line);
        if (open) {
          // the date before a run of spaces or a tab, else (a place, no digit) the next line's
          d = dateOf(open[1].split(/ {2,}|\t/)[0]);
          if (!d && !/\d/.test(open[1])) {
            const after = prose.indexOf("\n", nl + 1);
            const next = prose.slice(nl + 1, after === -1 ? prose.length : after).trim();
            if (next.length <= 30) d = dateOf(next);
          }
        }
      }
      const e = d ? undefined : EXECUTED.exec(line) ?? (CERTIFIES.test(line) ? ON_DATE_AT_END.exec(line) : null) ?? (PERJURY.test(line) ? DATE_AT_END.exec(line) : null) ?? (pos >= prose.length - SIGNATURE_REACH ? mailedOn(line) : null);
      // "RESPECTFULLY SUBMITTED this 30th day of August, 2022.": the signing idiom on a line of its own
      const o = d || e ? undefined : THIS_DAY_OF.exec(line);
      const x = d ?? (e ? dateOf(e[1]) : o ? dateOf(o[1]) : undefined);
      const f = x || stamped ? undefined : FILED_STAMP.exec(line);
      if (x) signed = isoDate(x);
      else if (f) {
        // (the stamp's two-digit year is of this century: ECF began in the 2000s)
        const d2 = { y: f[3].length === 2 ? 2000 + Number(f[3]) : Number(f[3]), m: Number(f[1]), d: Number(f[2]) };
        if (isRealDate(d2) && d2.y >= 1987) stamped = isoDate(d2);
      } else if (!letter && pos < LETTER_REACH && (lined = lineDate(line))) {
        letter = isoDate(lined);
      } else if (!letter && pos < LETTER_REACH && line.length <= 160 && TRANSCRIPT_TITLE.test(line) && DATE_IN.test(line)) {
        // a transcript's title with the hearing's day ("TRANSCRIPT OF SENTENCING (excerpt) — Topeka, Kansas, November 2,
        // 2017", legal audit 36b, pm-043; "[Transcript of Sentencing Proceedings, Eugene, Oregon, June 7, 2016 — excerpt,
        // pp. 11–15]", audit 39a, pz-034)
        const l = dateOf(DATE_IN.exec(line)![1]);
        if (l) letter = isoDate(l);
      } else if (!letter && pos < LETTER_REACH && line.length <= 120) {
        const c = CAPTION_DATE.exec(line);
        const column = c ? line.slice(0, c.index) : "";
        const l = c && (column.endsWith("  ") || column.endsWith("\t") || column.trimEnd().endsWith(":")) && !NOT_CAPTION_DATE.test(line) ? dateOf(c[1]) : undefined;
        if (l) letter = isoDate(l);
      }
      // a date on a line of its own in the closing (a pro se motion's "March 11, 2024" under the signature)
      // (…or in its own column beside the sign-off: "December 16, 2020          Respectfully submitted," — audit 39a, pz-005)
      else if (pos >= tail) {
        const l = lineDate(line);
        if (l) bare = isoDate(l);
      }
    }
    pos = nl + 1;
  }
  const found = signed ?? bare ?? stamped ?? letter;
  return found && found <= today ? found : undefined;
}

/**
 * The sentencing date (YYYY-MM-DD) a sentencing memorandum's introduction names ("Mr. Mendoza-Vidal will be sentenced on
 * October 14, 2009"), for a brief with neither front-matter dates nor a signature or date line — or undefined. Read only
 * in a brief that says it is a sentencing memorandum (`document: sentencing-memorandum`, else such a title on a line of
 * its own near the top: a file of unrelated passages is none), in its first 4,000 characters outside block quotes,
 * where no hearing is said to have been moved; a date after today is no guide to the law. `quoted(line)`: is the
 * line (counted from the text's first, 0-based) in a block quote — the prose map's `blockQuoteLines`.
 */
export function sentencingDateOfText(prose: string, today: string = new Date().toISOString().slice(0, 10), document?: string, quoted?: (line: number) => boolean): string | undefined {
  if (document !== undefined ? document !== "sentencing-memorandum" : !memorandumTitle(prose)) return undefined;
  let head = prose.length > INTRODUCTION_REACH ? prose.slice(0, INTRODUCTION_REACH) : prose;
  if (moved(head)) return undefined;
  // (a block quote's lines quote another document: `quoted`, the prose map's block-quote lines counted from the
  // text's first line, knows a quote's lazy continuation lines too; without it, the lines that start with ">")
  if (quoted || head.includes(">")) head = head.split("\n").map((l, i) => (quoted ? quoted(i) : l.trimStart().startsWith(">")) ? "" : l).join("\n");
  const m = SENTENCED_ON.exec(head);
  return m ? dayNotAfter(m[1], today) : undefined;
}

/** The day a text names (YYYY-MM-DD), if it is a real date no later than `today` (a date still to come is no guide to the law). */
function dayNotAfter(said: string, today: string): string | undefined {
  const d = dateOf(said);
  const found = d ? isoDate(d) : undefined;
  return found && found <= today ? found : undefined;
}

/** "the Presentence Investigation Report ("PSR") disclosed on July 28, 2014", "the draft PSR disclosed March 24, 2017". */
const DISCLOSED_ON = /^disclosed(?: to (?:the )?(?:defen[cs]e|defendant|counsel|parties))?(?: on)? ([A-Za-z]{3,9}\.? \d{1,2}, \d{4})/i;
const PSR_NAMED = /\b(?:presentence (?:investigation )?report|PSR|PSI)\b/i;
/** A title of objections to a presentence report ("DEFENDANT'S OBJECTIONS TO THE PRESENTENCE INVESTIGATION REPORT"). */
const OBJECTIONS_TITLE = /\bobjections to (?:the )?(?:draft |revised |initial )?(?:presentence|pre-sentence|PSR\b|PSI\b)/i;

/**
 * The day objections to a presentence report say it was disclosed ("… files the following objections to the Presentence
 * Investigation Report ("PSR") disclosed on July 28, 2014"): the filing follows within days (Fed. R. Crim. P. 32(f)(1):
 * fourteen), before the sentencing — the law of that day is the brief's (legal audit 40a, qa-019, qa-028: read as of today
 * and told its 2014 enhancements were not in the 2025 Manual). Only in a filing that says it is such objections
 * (`document: psr-objections`, else such a title on a line of its own near the top), in its first 4,000 characters; none
 * where two days are named, or after today.
 */
export function psrDisclosedOfText(prose: string, today: string = new Date().toISOString().slice(0, 10), document?: string): string | undefined {
  if (document !== undefined ? document !== "psr-objections" : !titled(prose, OBJECTIONS_TITLE)) return undefined;
  const head = prose.length > INTRODUCTION_REACH ? prose.slice(0, INTRODUCTION_REACH) : prose;
  const lower = head.toLowerCase();
  // ("disclosed" found by indexOf, the report named in the 50 characters before it within its line and sentence: no
  // pattern that scans ahead from every start)
  for (let i = lower.indexOf("disclosed"); i !== -1; i = lower.indexOf("disclosed", i + 1)) {
    const m = DISCLOSED_ON.exec(head.slice(i, i + 80));
    if (!m) continue;
    let before = head.slice(Math.max(0, i - 50), i);
    before = before.slice(Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". ")) + 1);
    if (!PSR_NAMED.test(before)) continue;
    return dayNotAfter(m[1], today);
  }
  return undefined;
}

/** Does a line of its own near the top — a heading, capitals or bold, at most 150 characters — title the brief a sentencing memorandum? */
function memorandumTitle(prose: string): boolean {
  return titled(prose, MEMORANDUM_TITLE);
}

/** Does a line of its own near the top — a heading, capitals or bold, at most 150 characters — match `title`? */
function titled(prose: string, title: RegExp): boolean {
  const head = prose.length > TITLE_REACH ? prose.slice(0, TITLE_REACH) : prose;
  for (const raw of head.split("\n")) {
    const line = raw.trim();
    if (line.length === 0 || line.length > 150 || !title.test(line)) continue;
    if (line.startsWith("#") || line.startsWith("**") || line === line.toUpperCase()) return true;
  }
  return false;
}

/**
 * "The parties agree that the 2016 Guidelines Manual applies", "applying the 2015 Guidelines Manual, the Court sentenced
 * him", "The Presentence Report correctly applies the November 1, 2004 Guidelines Manual": the edition the brief says
 * governs (legal audit of session 33: pr-003, pu-037, pe-009). Not a Manual the brief asks for ("should apply the 2014
 * Manual"), denies ("not the 2016 Manual") or supposes ("if the 2016 Manual applies"), and none where two statements
 * name different editions.
 */
const MANUAL_USED = /\b(?:appl(?:y|ies|ied|ying)|uses|used|using)\s+the\s+(?:(?:November|Nov\.) 1,?\s+)?((?:19|20)\d\d)\s+(?:edition of the\s+)?(?:(?:U\.\s?S\.\s?S\.\s?G\.|USSG|United States Sentencing|Sentencing)\s+)?(?:Guidelines?\s+)?Manual\b/gi;
const MANUAL_APPLIES = /\b((?:19|20)\d\d)\s+(?:edition of the\s+)?(?:(?:Sentencing\s+)?Guidelines?\s+)?Manual,?\s+(?:(?:which|that)\s+)?(?:applies|applied|governs|governed|controls|controlled|was used|is used|was applied|is applied|is the applicable)\b/gi;
const NOT_STATED = /\b(?:should|must|would|could|shall|not|if|whether|instead of|rather than|than|argues?|contends?|urges?|asks?)\b[^.;]{0,25}$/i;

export function manualOfText(prose: string): { edition: number; said: string } | undefined {
  let found: { edition: number; said: string } | undefined;
  // each "Manual" once (a search the engine does fast), the statement read in a window around it
  const word = /manual\b/gi;
  for (let w = word.exec(prose); w; w = word.exec(prose)) {
    const from = Math.max(0, w.index - 110);
    const window = prose.slice(from, Math.min(prose.length, w.index + 70));
    const at = w.index - from;
    for (const re of [MANUAL_USED, MANUAL_APPLIES]) {
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        // the statement whose "Manual" this is
        if (m.index > at || m.index + m[0].length < at + 6) continue;
        if (NOT_STATED.test(prose.slice(Math.max(0, from + m.index - 40), from + m.index))) continue;
        const edition = Number(m[1]);
        if (found && found.edition !== edition) return undefined;
        found ??= { edition, said: m[0].replace(/\s+/g, " ") };
      }
    }
  }
  return found;
}

/** "October 21, 2014", "Sept. 8, 2006", "June 2017": a date in the text, a day or a month. */
const NAMED_DATE = /\b(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?) (?:(\d{1,2}), )?((?:19|20)\d\d)\b/g;

/**
 * The latest date an undated brief names (YYYY-MM-DD, not after today; a month and year as its first day), or undefined: a floor, not its date — the
 * brief was written on or after it, or names a day to come — which an undated brief's warnings are measured against
 * (legal audit of session 33: briefs of 2003–2019 pasted without a date were told the law of the day Heartland ran).
 */
/**
 * A case number that carries its year: "No. 06-40218", "No. 22-6187", "CR-09-01877-TUC", "CR 05-417", "3:19-cr-00123",
 * "1:04CR391", "98 Cr. 774", "06cr1188", "23-CR-219"
 * — not a public law's number ("Pub. L. No. 98-473", a Congress, not a year).
 */
const DOCKET = /(?<!L\.\s?)\bNos?\.\s?(\d{2})-\d{3,6}\b|\b\d{1,2}:(\d{2})-?(?:cr|CR|cv|CV|mj|MJ)-?\d{2,6}\b|\bC[Rr]\.?[ -]?(\d{2})-\d{2,6}\b|\b(\d{2}) Cr(?:im)?\. ?\d{2,6}\b|\b(\d{2})-?(?:cr|CR)-?\d{2,6}\b/g;

/**
 * The latest year an undated brief's case numbers carry, as the first day of that year with the words that say it
 * ("2006 (the year of its case number No. 06-40218)"): a floor as `latestDateNamed`'s is — a case numbered in 2006 is
 * argued in 2006 or later (legal audit of session 33, round 3: pk-045's fast-track plea agreement "CR-09-01877-TUC" and
 * pk-058's appeal "No. 06-40218", undated, were told the 2025 Manual's deletions as warnings).
 */
export function docketYearNamed(prose: string, today: string = new Date().toISOString().slice(0, 10)): { date: string; said: string } | undefined {
  let best: { date: string; said: string } | undefined;
  const thisYear = Number(today.slice(0, 4));
  DOCKET.lastIndex = 0;
  for (let m = DOCKET.exec(prose); m; m = DOCKET.exec(prose)) {
    const yy = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
    const y = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
    if (y < 1987) continue;
    const date = `${y}-01-01`;
    if (date <= today && (!best || date > best.date)) best = { date, said: `${y} (the year of its case number ${m[0].trim()})` };
  }
  return best;
}

/** A reported decision's year: "4 F.4th 569, 574 (7th Cir. 2021)", "592 U.S. 1 (2020)", "2021 WL 1234567" — the volume, reporter and page before it. */
const REPORTED = /\b\d{1,4} (?:U\.S\.|S\. ?Ct\.|L\. ?Ed\. ?2d|F\.(?: ?2d| ?3d| ?4th)?|F\. ?Supp\.(?: ?2d| ?3d)?|F\. ?App'x) \d{1,5}(?:, \d{1,5}(?:[–-]\d{1,5})?)? \((?:[A-Za-z0-9][A-Za-z0-9.' ]{0,30} )?((?:19|20)\d\d)\)|\b((?:19|20)\d\d) WL \d{3,9}\b/g;

/**
 * The latest year of a decision an undated brief cites, as the first day of that year with the words that say it:
 * a floor as a case number's year is — a brief that cites Thacker, 4 F.4th 569 (7th Cir. 2021), was written in 2021 or
 * later (legal audit of session 34, pi-011: a government response citing 2021 decisions was read as of its 2013 sentencing).
 */
export function citedYearNamed(prose: string, today: string = new Date().toISOString().slice(0, 10), decidedOn?: DecidedOn): { date: string; said: string } | undefined {
  let best: { date: string; said: string } | undefined;
  REPORTED.lastIndex = 0;
  for (let m = REPORTED.exec(prose); m; m = REPORTED.exec(prose)) {
    const y = Number(m[1] ?? m[2]);
    // a decision Heartland knows the day of is cited on or after that day, not from the first of its year (legal audit 37b,
    // pd-002: a brief citing Rodríguez, 527 F.3d 221 (1st Cir. June 4, 2008), was read as of Jan. 1, 2008 and told
    // Andújar-Arias, which Rodríguez abrogated, still barred the variance)
    const cite = m[1] ? reportedAt(m[0]) : undefined;
    const known = cite && decidedOn ? decidedOn(cite.volume, cite.reporter, cite.page) : undefined;
    const date = known && known.date.startsWith(`${y}-`) ? known.date : `${y}-01-01`;
    const said = date !== `${y}-01-01` && known ? `${known.said} (the day of a decision it cites, ${m[0]})` : `${y} (the year of a decision it cites, ${m[0]})`;
    if (y >= 1987 && date <= today && (!best || date > best.date)) best = { date, said };
  }
  return best;
}

const CIRCUIT_NAMED = /\b(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.) Circuit\b/g;

/**
 * The day of the latest holding of `holdings` (the rules' dated holdings of one court of appeals, rules.ts
 * `circuitHoldingsNamed`) an undated brief names by its full case name within 200 characters of its court's name, with no
 * reporter cite ("the Fourth Circuit said in United States v. McCoy that judges can decide …"): a floor, as a cited
 * decision's day is (audit 39a, pz-037: a 2021 letter read as of its 2015 case number was told only the Bureau of Prisons
 * could move). `said` names the case and the court, not the day (the caller writes the day as it writes dates).
 */
export function circuitHoldingNamed(prose: string, holdings: readonly { circuit: string; name: string; decided: string }[], today: string = new Date().toISOString().slice(0, 10)): { date: string; said: string } | undefined {
  let best: { date: string; said: string } | undefined;
  CIRCUIT_NAMED.lastIndex = 0;
  for (let m = CIRCUIT_NAMED.exec(prose); m; m = CIRCUIT_NAMED.exec(prose)) {
    const circuit = circuitOfOrdinal(m[1]);
    // the words around the court's name, at most 200 characters each way in its paragraph (not to a sentence's end: "v." is
    // one)
    const from = Math.max(prose.lastIndexOf("\n\n", m.index) + 1, m.index - 200);
    const stop = prose.indexOf("\n\n", m.index);
    const sentence = prose.slice(from, stop === -1 ? Math.min(prose.length, m.index + 200) : Math.min(stop, m.index + 200));
    for (const h of holdings) {
      if (h.circuit !== circuit || h.decided > today || (best && h.decided <= best.date)) continue;
      const at = sentence.indexOf(`v. ${h.name}`);
      if (at === -1 || /[\p{L}-]/u.test(sentence[at + 3 + h.name.length] ?? "")) continue;
      best = { date: h.decided, said: `${h.name}, which it names with the ${m[1]} Circuit` };
    }
  }
  return best;
}

/** A reported decision's volume, reporter (spaces removed: "F.4th", "F.Supp.2d") and first page. */
export type DecidedOn = (volume: number, reporter: string, page: number) => { date: string; said: string } | undefined;
const CITE_PARTS = /^(\d{1,4}) (U\.S\.|S\. ?Ct\.|L\. ?Ed\. ?2d|F\.(?: ?2d| ?3d| ?4th)?|F\. ?Supp\.(?: ?2d| ?3d)?|F\. ?App'x) (\d{1,5})/;

/**
 * The volume, reporter (spaces removed) and first page of a reported citation that starts `text` ("992 F.3d 1035 (10th Cir.
 * 2021)"), or undefined: the one reading of a reported cite that a brief's cited decisions and the rules' holdings are
 * looked up by (`DecidedOn`, rules.ts `holdingDecidedAt`).
 */
export function reportedAt(text: string): { volume: number; reporter: string; page: number } | undefined {
  const c = CITE_PARTS.exec(text);
  return c ? { volume: Number(c[1]), reporter: c[2].replace(/\s+/g, ""), page: Number(c[3]) } : undefined;
}

/** A year an event is placed in: "removal in 2014", "since 2019", "the First Step Act of 2018", a list's "(2009, 2010, 2012)" — not a release to come. */
const EVENT_YEAR = /\b(?:in|since|during|until|through|from|of) ((?:19|20)\d\d)\b|\(((?:19|20)\d\d)(?=[,;)])|, ((?:19|20)\d\d)(?=[,;)]| and)/g;
const TO_COME = /\b(?:release|releasable|expected|projected|anticipated|scheduled|eligible)\b[^.;]{0,40}$/i;

/**
 * The latest year an undated brief places an event in, as the first day of that year with the words that say it
 * ("2014 (the latest year it names, "removal in 2014")"): a floor as a case number's year is — a brief that tells of a
 * removal in 2014 was written in 2014 or later (legal audit of session 35, pv-026: a 2014–15 brief's then-correct
 * "comment. (n.9)" warned as of 2026). A release or date to come is no floor.
 */
export function eventYearNamed(prose: string, today: string = new Date().toISOString().slice(0, 10)): { date: string; said: string } | undefined {
  let best: { date: string; said: string } | undefined;
  EVENT_YEAR.lastIndex = 0;
  for (let m = EVENT_YEAR.exec(prose); m; m = EVENT_YEAR.exec(prose)) {
    const y = Number(m[1] ?? m[2] ?? m[3]);
    const date = `${y}-01-01`;
    if (y < 1987 || date > today || (best && date <= best.date)) continue;
    if (TO_COME.test(prose.slice(Math.max(0, m.index - 60), m.index))) continue;
    // the two words before it ("his removal in 2014"), or the list it closes ("(2009, 2010, 2011)")
    let said: string;
    if (m[1]) {
      const from = prose.lastIndexOf(" ", Math.max(0, prose.lastIndexOf(" ", Math.max(0, m.index - 2)) - 1));
      said = prose.slice(from + 1, m.index + m[0].length).trim();
    } else {
      const open = prose.lastIndexOf("(", m.index + 1);
      const close = prose.indexOf(")", m.index);
      said = open !== -1 && m.index + 1 - open <= 60 && close !== -1 && close - m.index <= 60 ? prose.slice(open, close + 1) : String(y);
    }
    best = { date, said: `${y} (the latest year it names, "${said}")` };
  }
  return best;
}

/** The year a sentence was imposed, as a brief tells it ("You sentenced me on June 6, 2014 to 210 months", "sentenced me to 180 months in 2015"). */
const SENTENCED_IN = /\bsentenced\b[^.;]{0,80}?\b(?:in |on [A-Z][a-z]{2,8}\.? \d{1,2}, )((?:19|20)\d\d)\b/;
/** The years served since ("I have served over 8 years", "I have served 9 years"). */
const SERVED_YEARS = /\b(?:have|has|had) (?:now )?served (?:over |more than |about |almost |nearly |roughly |close to )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) years\b/i;
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/**
 * The floor a brief's own count of time served sets: the year it says the sentence was imposed plus the years it says have
 * been served since ("You sentenced me to 180 months in 2015. I have served 9 years." → 2024) — legal audit 38c: pro se
 * letters read as of the 2015 they name, and told only the Bureau of Prisons could move, though they were written years later.
 */
export function servedYearsNamed(prose: string, today: string = new Date().toISOString().slice(0, 10)): { date: string; said: string } | undefined {
  const s = SENTENCED_IN.exec(prose);
  const v = SERVED_YEARS.exec(prose);
  if (!s || !v) return undefined;
  const n = /^\d+$/.test(v[1]) ? Number(v[1]) : NUMBER_WORDS.indexOf(v[1].toLowerCase());
  const y = Number(s[1]) + n;
  const date = `${y}-01-01`;
  if (n <= 0 || y < 1987 || date > today) return undefined;
  return { date, said: `${y} (sentenced in ${s[1]}, "${v[0].trim()}")` };
}

/**
 * The latest law or event the brief names that came after `floor` (a floor its years, case numbers or citations set), if
 * any — `NAMED_EVENTS`. A law or an event a brief can speak of only after it came raises such a floor (legal audit 37b:
 * pd-045, a motion on the First Step Act's § 403, read as of the 2006 its counts name, was told only the Bureau of Prisons
 * could move; pd-060, a COVID-19 response, read as of 2018; audit 37c, pv-003, "After Booker" under a 1997 citation) —
 * never sets one alone: a compassionate-release motion drafted today names the First Step Act too, and is read as of today.
 */
export function namedEventAfter(prose: string, floor: string, today: string = new Date().toISOString().slice(0, 10)): { date: string; said: string } | undefined {
  let best: { date: string; said: string } | undefined;
  for (const e of NAMED_EVENTS) if (e.date <= today && e.date > (best?.date ?? floor) && e.words.test(prose)) best = { date: e.date, said: e.said };
  return best;
}

/** Laws and events whose naming dates a brief on or after their day. */
const NAMED_EVENTS: readonly { words: RegExp; date: string; said: string }[] = [
  { words: /\bFirst Step Act\b/i, date: "2018-12-21", said: "Dec. 21, 2018 (the First Step Act it names, enacted that day)" },
  { words: /\bCOVID(?:-19)?\b|\bcoronavirus\b|\bSARS-CoV-2\b/i, date: "2020-01-01", said: "2020 (the COVID-19 pandemic it names)" },
  // (a decision named without its citation — "After Booker, …" — as Heartland's data dates it; audit 37c, pv-003: a 2005+
  // variance memorandum read as of the 1997 decision it cites)
  { words: /\bBooker\b/, date: "2005-01-12", said: "Jan. 12, 2005 (Booker, which it names, decided that day)" },
  { words: /\bKimbrough\b|\bGall v\./, date: "2007-12-10", said: "Dec. 10, 2007 (Kimbrough and Gall, which it names, decided that day)" },
  // (a provision that exists only from its Manual's day: § 1B1.13(b)'s numbered subsections from Amendment 814, § 3F1.1 from
  // Amendment 836 — legal audit 38b: pg-044, pz-057 and pz-025 were read as of 2018, 2022 and 2009 though they cite them)
  { words: /\b1B1\.13\s?\(b\)\s?\([1-6]\)/, date: "2023-11-01", said: "Nov. 1, 2023 (the § 1B1.13(b) subsection it cites, in force from that day)" },
  { words: /\b3F1\.1\b/, date: "2025-11-01", said: "Nov. 1, 2025 (§ 3F1.1, which it cites, in force from that day)" },
  // (§ 2L1.2's cultural-assimilation note, from Amendment 740: "the application note the Commission added to 2L1.2 in 2010 —
  // the cultural assimilation note" — legal audit 40d, qb-044, read as of 2010's start and told no note existed)
  { words: /\bcultural[- ]assimilation (?:note|application note|commentary)\b|\bnote on cultural assimilation\b|\bassimilation note\b/i, date: "2010-11-01", said: "Nov. 1, 2010 (the cultural-assimilation note it names, in the Manual from that day)" },
];

export function latestDateNamed(prose: string, today: string = new Date().toISOString().slice(0, 10)): string | undefined {
  let best: string | undefined;
  NAMED_DATE.lastIndex = 0;
  for (let m = NAMED_DATE.exec(prose); m; m = NAMED_DATE.exec(prose)) {
    // ("June 2017", a month and a year: its first day, a floor all the same — legal audit of session 33, round 3, pk-015)
    const d = parseDate(`${m[1]} ${m[2] ?? "1"}, ${m[3]}`);
    if (!d || !isRealDate(d) || d.y < 1987) continue;
    const iso = isoDate(d);
    if (iso <= today && (!best || iso > best)) best = iso;
  }
  return best;
}
