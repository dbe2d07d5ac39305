/** A brief read once: its prose map, front-matter settings and citations (computed lazily). */
import { proseAfterEdit, proseScan, type ParagraphBlock, type ProseMap, type ProseScan } from "./prose";
import { readFrontMatter, type FrontMatterSettings } from "./frontmatter";
import { briefDateOfText, circuitHoldingNamed, citedYearNamed, docketYearNamed, eventYearNamed, latestDateNamed, manualOfText, namedEventAfter, psrDisclosedOfText, sentencingDateOfText, servedYearsNamed } from "./briefDate";
import { captionCircuit } from "./briefCourt";
import { recognizeCitations } from "../citations/recognize";
import { knownCaseAt } from "../citations/cases";
import { circuitHoldingsNamed, holdingDecidedAt } from "../precedent/rules";
import { longDate } from "../guidelines/lookup";
import type { CitationMatch } from "../citations/types";
import { resolveSettings, type EffectiveSettings, type UserSettings } from "../settings";

export class Brief {
  readonly map: ProseMap;
  readonly front: FrontMatterSettings;
  /** The top-level paragraphs `Brief.after` can re-read alone. */
  readonly blocks: readonly ParagraphBlock[];
  private _citations?: CitationMatch[];

  constructor(readonly text: string, scan: ProseScan = proseScan(text)) {
    this.map = scan.map;
    this.blocks = scan.blocks;
    const front = readFrontMatter(text, this.map.frontMatter);
    // (read in the text after the front matter itself: a letter's date line pasted with its indent is no prose)
    const body = this.map.frontMatter ? text.slice(this.map.frontMatter.end) : text;
    // no date in the front matter: the brief's own signature or date line, else the sentencing date a sentencing
    // memorandum's introduction names (read as `sentencing-date:` would be: the Manual in force that day, § 1B1.11)
    // (where the front matter gives the sentencing date, a signature dated after it still dates the brief: a motion after
    // sentence, or a response to one, is read on its own day — legal audit of session 34, ph-011, ph-047, ph-057)
    const signed = front.briefDate ? undefined : briefDateOfText(body);
    const dated = signed && (!front.sentencingDate || signed > front.sentencingDate) ? signed : undefined;
    // (the map's block-quote lines, counted from the text's first line: the body starts after the front matter's lines)
    const bodyLine = this.map.frontMatter ? lineCount(text, this.map.frontMatter.end) : 0;
    const sentencing = front.briefDate || front.sentencingDate || dated ? undefined : sentencingDateOfText(body, undefined, front.document, (l) => this.map.blockQuoteLines.has(bodyLine + l));
    // (…or, in objections to a presentence report, the day it says the report was disclosed: the objections follow it)
    const disclosed = front.briefDate || front.sentencingDate || dated || sentencing ? undefined : psrDisclosedOfText(body, undefined, front.document);
    // …and no circuit: the court its caption names
    const court = front.circuit ? undefined : captionCircuit(body);
    // …and no edition: the one its text says applies ("the parties agree that the 2016 Guidelines Manual applies")
    const stated = front.manual !== undefined ? undefined : manualOfText(body);
    // …and no date nor edition at all: the latest date its text names, a floor its warnings are measured against
    // (or the year of a case number it bears, the first day of that year, where that is later: "No. 06-40218")
    // (read even where its sentencing date or edition is given: a compassionate-release or § 3582(c)(2) motion, or a
    // response to one, is ruled on long after its sentencing — settings.ts `motionDay`)
    const undated = !(front.briefDate || dated);
    const named = undated ? latestDateNamed(body) : undefined;
    // (…or the year the brief says the sentence was imposed plus the years it says have been served since: `servedYearsNamed`;
    // or the day of a holding it names with its court, no reporter cite: `circuitHoldingNamed`)
    const docket = undated ? latestOf(latestOf(latestOf(latestOf(docketYearNamed(body), citedYearNamed(body, undefined, decidedOn)), eventYearNamed(body)), servedYearsNamed(body)), namedHolding(body)) : undefined;
    const base = docket && (!named || docket.date > named) ? docket.date : named;
    // (raised by a law or decision it names that came later: the First Step Act, COVID-19, Booker — `namedEventAfter`)
    const event = base ? namedEventAfter(body, base) : undefined;
    const floor = event ? event.date : base;
    const floorSaid = event ? event.said : docket && floor === docket.date && floor !== named ? docket.said : undefined;
    this.front = dated || sentencing || disclosed || court || stated || floor
      ? {
        ...front,
        ...(floor ? { namedDateFloor: floor, ...(floorSaid ? { namedDateFloorSaid: floorSaid } : {}) } : {}),
        ...(stated ? { manual: stated.edition, manualSaid: stated.said } : {}),
        ...(dated ? { briefDate: dated, briefDateFrom: "text" as const } : {}),
        ...(sentencing ? { sentencingDate: sentencing, sentencingDateFrom: "text" as const } : {}),
        ...(disclosed ? { sentencingDate: disclosed, sentencingDateFrom: "psr" as const } : {}),
        ...(court ? { circuit: court, circuitFrom: "caption" as const } : {}),
      }
      : front;
  }

  /**
   * `new Brief(text)` for the text of `prev` after an edit: when the edit stays inside one top-level
   * paragraph, only that paragraph is read again (`proseAfterEdit`); otherwise the whole text is read.
   * Either way the map equals `new Brief(text).map` (test/unit/brief-incremental.test.ts).
   */
  static after(prev: Brief, text: string): Brief {
    if (text === prev.text) return prev;
    return new Brief(text, proseAfterEdit({ map: prev.map, blocks: prev.blocks as ParagraphBlock[] }, prev.text, text) ?? proseScan(text));
  }

  get citations(): CitationMatch[] {
    return (this._citations ??= recognizeCitations(this.map.prose, this.text));
  }

  settings(user: UserSettings): EffectiveSettings {
    return resolveSettings(user, this.front);
  }
}

/** The number of line breaks in `text` before `end` (the 0-based line of the offset `end`). */
function lineCount(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The day a known decision was handed down, by its volume, reporter and first page (cases.json `decided`, else a rule's holding's). */
function decidedOn(volume: number, reporter: string, page: number): { date: string; said: string } | undefined {
  const k = knownCaseAt(volume, reporter, page);
  const decided = k?.decided && /^\d{4}-\d{2}-\d{2}$/.test(k.decided) ? k.decided : holdingDecidedAt(volume, reporter, page)?.decided;
  return decided ? { date: decided, said: longDate(decided) } : undefined;
}

/** The day of a holding the brief names with its court (`circuitHoldingNamed`), said as a day: "Dec. 2, 2020 (McCoy, which it names with the Fourth Circuit)". */
function namedHolding(body: string): { date: string; said: string } | undefined {
  const h = circuitHoldingNamed(body, circuitHoldingsNamed());
  return h ? { date: h.date, said: `${longDate(h.date)} (${h.said})` } : undefined;
}

/** The later of two floors (a case number's year, a cited decision's year), the first where they are the same day. */
function latestOf<T extends { date: string }>(a: T | undefined, b: T | undefined): T | undefined {
  return !a ? b : !b ? a : b.date > a.date ? b : a;
}
