/**
 * The brief as context: what the document is (front matter `document:`, else its title), who
 * speaks by default, and under which heading each paragraph sits — so a paragraph under
 * "Extraordinary and Compelling Reasons" in a § 3582 motion is read as a compassionate-release
 * point, and in a defence filing the author is the one arguing.
 */
import { atxHeading } from "../brief/lines";
import type { DocumentKind } from "../brief/frontmatter";
import type { ReadingContext } from "./model";
import { C2_WORDS } from "./facts";

export interface Heading {
  /** Offset of the heading line in the brief. */
  start: number;
  level: number;
  text: string;
  /** A line set off on its own in capitals or bold, not a Markdown heading (read as one once the brief says what it is). */
  setOff?: true;
}

export interface BriefContext {
  document?: DocumentKind;
  /** Where `document` came from. */
  documentFrom: "front matter" | "title" | "caption" | "none";
  title?: string;
  headings: Heading[];
  /** A motion to reduce a sentence whose text names compassionate release ("extraordinary and compelling"): a § 3582(c)(1)(A) motion. */
  releaseByItsWords?: boolean;
  /** A short pasted motion with no title whose opening asks for compassionate release by name. */
  releaseByOpening?: boolean;
  /** A prisoner's letter whose opening asks the judge to modify the sentence imposed, under no statute (a motion after judgment). */
  letterAfterJudgment?: boolean;
  /**
   * A sentence-reduction motion whose opening moves under § 3582(c)(2) or a retroactive amendment ("moves the Court to modify
   * his term of imprisonment pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 706") where its title, in a caption's column,
   * was read only in part ("MOTION FOR MODIFICATION OF"): probe pz-010.
   */
  c2Opening?: boolean;
  /** An appellate brief whose opening says the appeal is from a ruling on a compassionate-release motion ("denying Mr. McCray's motion for compassionate release"). */
  releaseAppeal?: boolean;
  /** A motion the front matter names whose own title makes it the government's ("UNITED STATES' MOTION … RULE 35(b)"). */
  governmentTitled?: boolean;
  /** A section pasted on its own whose opening heading (or text, as counsel) names the client by a courtesy title (`pastedDefenceSection`): the defence's. */
  pastedDefence?: boolean;
  /** A letter to the judge ("Dear Judge Alvarez,") that names no kind of filing, and who wrote it. */
  letter?: "defense" | "government";
  /** Whose filing its signature block says it is (`signedBy`, read from the text: a pasted block's indented lines are no prose). */
  signed?: "defense" | "government";
  /** A hearing's transcript (speakers' turns: "THE COURT:", "MR. ALSTON:"), and whether its title says it is a resentencing. */
  hearing?: "resentencing" | "sentencing" | "hearing";
  /** Speakers' turns among its first lines, whatever its title says it is on ("Hearing on Motion for Sentence Reduction"): the court's turns are no party's. */
  transcript?: boolean;
  /**
   * The context of the paragraph starting at `offset`, with `describe`, a line for the trace
   * ("compassionate release motion (from the title); …; under "II. Extraordinary …"") that names
   * everything the reading depends on (the analysis caches a paragraph's reading under it).
   */
  at(offset: number): ReadingContext & { headings: string[]; describe: string };
  /**
   * The same context as `at`, but the one object kept for all paragraphs under the same headings: not to be changed
   * (the analysis reads it for every paragraph and hands `at`'s fresh copy to what reads a paragraph anew).
   */
  shared(offset: number): Readonly<ReadingContext & { headings: readonly string[]; describe: string }>;
}

/** The readings per heading prefix of a context, and what they depend on (see `briefContext`'s `last`). */
const READINGS = new WeakMap<BriefContext, Map<number, ReturnType<BriefContext["at"]>>>();

/** Where the text under the heading at `i` ends: at the next heading of any level, else the text's end. */
export function nextHeadingStart(headings: readonly Heading[], i: number, textLength: number): number {
  return i + 1 < headings.length ? headings[i + 1].start : textLength;
}

/** Where the section of the heading at `i` ends with its subsections: at the next heading of its level or higher, else the text's end. */
export function sectionEnd(headings: readonly Heading[], i: number, textLength: number): number {
  for (let j = i + 1; j < headings.length; j++) if (headings[j].level <= headings[i].level) return headings[j].start;
  return textLength;
}

/** The index of the nearest heading at or before `at` (headings in document order), or -1: the section `at` is in. */
export function headingIndexAt(headings: readonly Heading[], at: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The same headings, in order, as far as a reading under them goes: levels, texts, and set off or not. */
function sameHeadings(a: readonly Heading[], b: readonly Heading[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].level !== b[i].level || a[i].text !== b[i].text || a[i].setOff !== b[i].setOff) return false;
  return true;
}

const DEFENSE_DOCUMENTS = new Set<DocumentKind>([
  "sentencing-memorandum", "resentencing-memorandum", "psr-objections", "compassionate-release-motion",
  "sentence-reduction-motion", "rule-35-motion", "2255-motion",
]);
const POST_SENTENCE_DOCUMENTS = new Set<DocumentKind>(["resentencing-memorandum", "sentence-reduction-motion", "rule-35-motion", "2255-motion"]);
/** Filings that are no compassionate-release motion (a family plea there is § 5H1.6, not § 1B1.13(b)(3)). */
const NOT_CR_DOCUMENTS = new Set<DocumentKind>(["sentencing-memorandum", "resentencing-memorandum", "psr-objections", "rule-35-motion", "2255-motion"]);
/** Filings at the original sentencing: no sentence has been imposed yet. */
const ORIGINAL_SENTENCING_DOCUMENTS = new Set<DocumentKind>(["sentencing-memorandum", "psr-objections"]);

/** Headings or titles that put what follows in a compassionate-release motion. */
const CR_WORDS = ["compassionate release", "compassionate-release", "3582(c)(1)(a)", "3582(c)(1)", "extraordinary and compelling", "reduction in sentence", "sentence reduction under", "early release",
  // the policy statement on such motions ("II. Section 1B1.13(b)(6): An Unusually Long Sentence and a Change in the Law", probe pv-006)
  "1b1.13"];

function has(t: string, words: readonly string[]): boolean {
  return words.some((w) => t.includes(w));
}

/** Words that name a compassionate-release motion whatever else the line says. */
/** How far into an appellate brief its statement of the issue and of the case are read for the ruling appealed from. */
const APPEAL_OPENING = 6000;
/** A ruling on a compassionate-release motion, as an appeal's opening states it: "denying his motion for compassionate release", "his § 3582(c)(1)(A) motion, which the district court denied" (the ruling's word in the same sentence, within 120 characters before or after the motion's name). */
const RELEASE_NAMES = ["compassionate release", "compassionate-release", "3582(c)(1)(a)"];
const RULING_BEFORE = /\b(?:den(?:ied|ying|ial of)|grant(?:ed|ing)|dismiss(?:ed|ing|al of)|erred in (?:holding|ruling|concluding|finding)|court (?:held|ruled|concluded))\b/;
const RULING_AFTER = /\b(?:(?:was|were|is) (?:denied|dismissed)|which the (?:district )?court denied)\b/;
/** The ruling told in the sentences after the motion's ("In 2024 he moved for compassionate release … The district court denied the motion", legal audit 37b, pe-046). */
const RULING_NEXT = /\b(?:district )?(?:court|judge) (?:denied|dismissed) (?:the|his|her|that|this) (?:motion|request)\b/;
function appealsReleaseRuling(opening: string): boolean {
  const t = opening.toLowerCase();
  for (const w of RELEASE_NAMES) {
    for (let at = t.indexOf(w); at !== -1; at = t.indexOf(w, at + w.length)) {
      const before = t.slice(Math.max(0, at - 120), at);
      // (the sentence's start: a full stop after a word, not an abbreviation's — "18 U.S.C. § 3582(c)(1)(A)", pe-046)
      let cut = before.lastIndexOf("\n");
      for (const m of before.matchAll(/[a-z0-9)]{3}\. /g)) cut = Math.max(cut, m.index! + 4);
      if (RULING_BEFORE.test(cut === -1 ? before : before.slice(cut + 1))) return true;
      const after = t.slice(at + w.length, at + w.length + 120);
      const stop = after.search(/\. |\n/);
      if (RULING_AFTER.test(stop === -1 ? after : after.slice(0, stop))) return true;
      if (RULING_NEXT.test(t.slice(at + w.length, at + w.length + 600))) return true;
    }
  }
  return false;
}
const CR_ONLY_WORDS = ["compassionate release", "compassionate-release", "3582(c)(1)", "extraordinary and compelling"];


/**
 * A title or heading that puts what follows in a compassionate-release motion: its words, unless the line names
 * a § 3582(c)(2) motion and nothing that is compassionate release alone ("Motion for Sentence Reduction Under
 * 18 U.S.C. § 3582(c)(2)"). In a filing that says it is a sentence-reduction motion, only the latter words count.
 */
/** A title that names a § 3582(c)(2) motion. */
export function namesAmendmentMotion(title: string | undefined): boolean {
  return !!title && has(title.toLowerCase(), C2_WORDS);
}

/** A motion's opening sentence that moves the court ("COMES NOW the Defendant … and moves the Court to modify his term …"). */
const MOVES_COURT = /\bmoves? (?:this|the) (?:honorable )?court\b[^\n]{0,200}/gi;

/** Does a motion's opening (its first 3,000 characters) move the court under § 3582(c)(2) or a retroactive amendment? */
function opensUnderC2(prose: string): boolean {
  const head = prose.slice(0, OPENING_REACH);
  MOVES_COURT.lastIndex = 0;
  for (let m = MOVES_COURT.exec(head); m; m = MOVES_COURT.exec(head)) if (has(m[0].toLowerCase(), C2_WORDS)) return true;
  return false;
}

/** Does a title name a First Step Act § 404 motion ("Motion for Sentence Reduction Under Section 404 of the First Step Act")? */
export function namesSection404Motion(title: string | undefined): boolean {
  return !!title && has(title.toLowerCase(), SECTION_404);
}

/**
 * Does the text name compassionate release (CR_ONLY_WORDS) other than to set it apart ("Unlike a motion for compassionate
 * release, …", "does not require … extraordinary and compelling reasons", "This is not a compassionate-release motion")?
 * Each naming is read with the 60 characters before it in its sentence.
 */
function namesReleaseItself(t: string): boolean {
  for (const w of CR_ONLY_WORDS) {
    for (let at = t.indexOf(w); at !== -1; at = t.indexOf(w, at + w.length)) {
      // (§ 3582(c)(1)(B) is the motion a statute permits — a First Step Act § 404 motion's —, not compassionate release)
      if (t.startsWith("(b)", at + w.length)) continue;
      let from = Math.max(0, at - 60);
      const stop = Math.max(t.lastIndexOf(". ", at), t.lastIndexOf("\n", at), t.lastIndexOf(";", at));
      if (stop >= from) from = stop + 1;
      if (!SETS_APART.test(t.slice(from, at)) && !NOT_SOUGHT.test(t.slice(from, at))) return true;
    }
  }
  return false;
}
const SETS_APART = /\b(?:unlike|rather than|instead of|distinct from|as opposed to|not an?|does not require|do not require|need not)\s/;
/** …or says the motion is not one, the words right before the name: "it does not seek compassionate release" (probe pt-040). */
const NOT_SOUGHT = /\b(?:(?:does|do|is|are) not (?:seek|request|ask for|move for|brought under|made under|filed under)|not seeking|nor (?:does it|is it) (?:seek|request|ask for))\s+(?:a\s+|an\s+|the\s+)?$/;

function isCrLine(t: string, reductionMotion = false): boolean {
  if (has(t, CR_ONLY_WORDS)) return true;
  return !reductionMotion && has(t, CR_WORDS) && !has(t, C2_WORDS) && !has(t, SECTION_404);
}

/** A First Step Act § 404 motion's own words ("Motion for Sentence Reduction Under Section 404 of the First Step Act"): not compassionate release. */
const SECTION_404 = ["section 404", "§ 404", "§404", "sec. 404", "404 of the first step act"];

/** Titles of a court's own documents: an order, an opinion, a magistrate judge's report, a judgment. */
const COURT_DOCUMENT = /^(?:\W*)(?:(?:memorandum|amended|sealed)\s+)?(?:order|opinion|(?:memorandum\s+)?(?:opinion|decision)\s+and\s+order|memorandum\s+and\s+order|report\s+and\s+recommendations?|findings\s+and\s+recommendations?|proposed\s+findings|judgment|decision\s+and\s+order)\b/;

/** What a title says the document is (when the front matter does not). */
export function documentFromTitle(title: string): DocumentKind | undefined {
  const t = title.toLowerCase();
  // the court's own document ("Memorandum Opinion and Order on Defendant's Motion for Compassionate Release"):
  // no party is its author, whatever motion it decides
  if (COURT_DOCUMENT.test(t)) return "other";
  // the probation officer's report or its addendum: no party's filing
  if (/^\W*(?:(?:second|revised|final|amended)\s+)?(?:addendum to the presentence|presentence (?:investigation )?report)\b/.test(t) && !t.includes("objection")) return "other";
  // whose filing it is: the title's own party, not the one it answers ("Defendant's Reply to the Government's Sentencing
  // Memorandum" is the defence's; "Government's Resentencing Memorandum" the government's)
  const own = t.split(/\b(?:to|in response to|in reply to|in opposition to|opposing|answering)\s+(?:the\s+)?(?:government|united states)\b/)[0];
  // (in a criminal case the plaintiff is the United States: "Plaintiff's Position With Respect to Sentencing")
  if (/^\W*(?:the\s+)?(?:government|united states|plaintiff)(?:'s|’s|'|’)?\s/.test(own) && FILING.test(own)) return "government-response";
  if (own !== t) {
    // the filing it answers says what kind this one is, not whose ("… Reply to the Government's Sentencing Memorandum")
    const answered = documentFromTitle(t.slice(own.length).replace(/\b(?:government|united states)(?:'s|’s|'|’)?/g, ""));
    return documentFromTitle(own) ?? (answered === "government-response" || answered === "other" ? undefined : answered);
  }
  // a response to the defendant's motion is the government's, its party unnamed ("RESISTANCE TO DEFENDANT'S MOTION FOR
  // COMPASSIONATE RELEASE", the Southern District of Iowa's word — legal audit 37b, pe-034, read as the defence's motion)
  if (/^\W*(?:response|resistance|opposition|answer)\b[^.\n]{0,40}?\bto\s+(?:the\s+)?(?:defendant|movant|petitioner)(?:'s|’s)?\b/.test(own)) return "government-response";
  if (has(t, ["government's resistance", "government’s resistance", "united states' resistance", "united states’ resistance", "government's response", "government’s response", "united states' response", "united states’ response", "response of the united states",
    "government's opposition", "government’s opposition", "united states' opposition", "united states’ opposition", "government's sentencing memorandum",
    "government’s sentencing memorandum", "brief for the united states", "brief of the united states", "brief for appellee", "answering brief"])) return "government-response";
  if (isCrLine(t)) return "compassionate-release-motion";
  if (has(t, ["rule 35", "crim. p. 35", "crim. pro. 35", "crim. proc. 35"])) return "rule-35-motion";
  if (has(t, ["2255", "vacate, set aside", "motion to vacate"])) return "2255-motion";
  if (has(t, ["3582(c)(2)", "motion to reduce", "motion for reduction", "motion for a reduction", "motion to modify", "motion for modification", "motion for a modification", "motion for sentence reduction", "motion for a sentence reduction",
    // a First Step Act § 404 motion ("Renewed Motion for a Reduced Sentence Under Section 404 of the First Step Act", probe pq)
    "motion for a reduced sentence", "motion for reduced sentence", "section 404", "§ 404", "404 of the first step act"])) return "sentence-reduction-motion";
  if (has(t, ["resentencing"])) return "resentencing-memorandum";
  if (has(t, ["objection", "objections to the presentence", "objections to presentence"])) return "psr-objections";
  if (has(t, ["sentencing memorandum", "sentencing position", "sentencing brief", "memorandum in aid of sentencing", "sentencing submission", "submission in advance of sentencing", "submission in connection with sentencing", "sentencing statement", "statement regarding sentencing", "statement in aid of sentencing",
    // the District of Minnesota's "Position With Respect to Sentencing (Factors)" and its kin (probe pq)
    "position with respect to sentencing", "position regarding sentencing", "position on sentencing", "position as to sentencing"])) return "sentencing-memorandum";
  // a departure or variance motion is made at sentencing, unless its title puts it after ("Motion for Downward Departure
  // Based on Post-Conviction Rehabilitation": a motion after judgment, of no kind Heartland names)
  if (has(t, ["motion for downward", "motion for a downward", "motion for variance", "motion for a variance"])) return has(t, AFTER_WORDS) ? undefined : "sentencing-memorandum";
  // the Seventh Circuit's "Brief and Short Appendix of Defendant-Appellant", "Brief of Defendant-Appellant Jones"
  const brief = t.indexOf("brief");
  if (brief !== -1) {
    const after = t.slice(brief, brief + 80);
    if (after.includes("appellant") && !t.includes("appellee")) return "appellate-brief";
    // …and the appellee's, as "Brief for Appellee" is read (in a criminal appeal, the United States)
    if (after.includes("appellee") && !t.includes("appellant")) return "government-response";
  }
  if (has(t, ["opening brief", "brief for appellant", "brief of appellant", "appellant's brief", "appellant’s brief", "brief for the defendant", "brief for defendant", "brief of defendant", "brief for the appellant", "brief of the appellant"])) return "appellate-brief";
  return undefined;
}

/**
 * Headings from the masked prose (code and comments already blank): ATX headings, and — marked
 * `setOff` — each line that is a paragraph of its own in capitals or wholly in bold or italics
 * ("ARGUMENT", "**II. Extraordinary and Compelling Reasons**"), as a level-2 heading, in document order.
 */
export function headingsOf(prose: string): Heading[] {
  const out: Heading[] = [];
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (prose.charCodeAt(i) > 32) return false;
    return true;
  };
  let pos = 0;
  let blankBefore = true;
  while (pos < prose.length) {
    let nl = prose.indexOf("\n", pos);
    if (nl === -1) nl = prose.length;
    let i = pos;
    let indent = 0;
    while (i < nl && prose[i] === " " && indent < 4) { i++; indent++; }
    const isBlank = blank(pos, nl);
    if (indent < 4 && prose[i] === "#") {
      const h = atxHeading(prose.slice(pos, nl));
      if (h) out.push({ start: pos, level: h.level, text: h.text });
    } else if (!isBlank && blankBefore && nl - pos <= 260) {
      // a short line between blank lines (most lines are paragraphs' text: measured, not sliced); a
      // sentence's second letter is lower case ("The …", "In …" are no heading in capitals)
      const c0 = prose.charCodeAt(pos);
      const c1 = prose.charCodeAt(pos + 1);
      if (c0 === 42 || c0 === 95 || !(c1 >= 97 && c1 <= 122)) {
        let next = nl + 1 < prose.length ? prose.indexOf("\n", nl + 1) : -1;
        if (next === -1) next = prose.length;
        if (nl >= prose.length || blank(nl + 1, next)) {
          const line = prose.slice(pos, nl).trim();
          const text = titleLine(line) ?? outlineHeading(line);
          if (text !== undefined) out.push({ start: pos, level: 2, text, setOff: true });
        }
      }
    }
    blankBefore = isBlank;
    pos = nl + 1;
  }
  return out;
}

/** The longest text read as one pasted section (characters): more is a document, or a file of passages, that names no kind. */
const PASTED_SECTION = 30000;

/** An opening that asks for compassionate release by name. */
const ASKS = /\b(?:moves?|ask(?:s|ing)?|request(?:s|ing)?|petitions?|prays?)\b/i;
function asksForRelease(opening: string): boolean {
  const m = ASKS.exec(opening);
  if (!m) return false;
  const after = opening.slice(m.index, m.index + 220).toLowerCase();
  return after.includes("compassionate release") || after.includes("3582(c)(1)") || after.includes("extraordinary and compelling");
}

/** The text's first paragraph (its first lines up to a blank line, at most 600 characters). */
function openingParagraph(prose: string): string {
  const from = firstLineStart(prose);
  const end = prose.indexOf("\n\n", from);
  return prose.slice(from, Math.min(end === -1 ? prose.length : end, from + 600));
}

/** A letter asking the judge to change a sentence: "reconsider my sentence and modify it", "cut my time", "reduce my sentence". */
const LETTER_ASKS_MODIFY = /\b(?:reconsider|modify|reduce|lower|cut|shorten)\b[^.]{0,40}\b(?:my|the) (?:sentence|time)\b|\b(?:my|the) sentence\b[^.]{0,30}\b(?:modif|reduc|reconsider|cut|lower|shorten)/i;
/** …said to one already imposed: "You sentenced me in … 1995", "I was sentenced to 97 months". */
const SENTENCED_ME = /\b(?:you|the court|judge \w+) sentenced me\b|\bI was sentenced\b|\bsentenced me to\b/i;
/** A vehicle the letter names for itself (not one under no statute): § 2255, Rule 35, a resentencing, a § 3582(c)(2) amendment. */
const NAMES_OTHER_VEHICLE = /\b2255\b|\brule 35\b|\bresentenc|\bamendment (?:706|750|782|821)\b|\bretroactiv/i;

/** A letter's first two paragraphs after its salutation, each as `openingParagraph` reads one. */
function letterOpening(prose: string): string[] {
  const first = openingParagraph(prose);
  const from = firstLineStart(prose);
  const end = prose.indexOf("\n\n", from);
  return end === -1 ? [first] : [first, openingParagraph(prose.slice(end))];
}

/** Where the text's first line that is not blank starts. */
function firstLineStart(prose: string): number {
  let i = 0;
  while (i < prose.length && prose.charCodeAt(i) <= 32) i++;
  return prose.lastIndexOf("\n", i) + 1;
}

/** An outline's marker at a line's start: "II.", "B.", "3." */
const OUTLINE_MARKER = /^(?:[IVX]{1,6}|[A-H]|\d{1,2})\.[ \t]+/;
/** Words a title leaves in lower case. */
const TITLE_SMALL = new Set(["a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is", "was", "be", "are", "its", "his", "her", "their", "that", "this", "not", "no", "under", "into", "than", "over", "upon", "after", "before", "here", "v."]);

/**
 * A pasted brief's heading in title case under an outline's marker: "B. The Court Should Account for the Absence of an
 * Early-Disposition Program Here", "II. Section 1B1.13(b)(6): An Unusually Long Sentence and a Change in the Law" (probe
 * pv) — not a numbered paragraph ("1. On February 11, 2003 this Court sentenced me …"): no closing period, and the words
 * a title capitalises capitalised.
 */
function outlineHeading(line: string): string | undefined {
  if (line.length > 170 || /[.;,]$/.test(line)) return undefined;
  const m = OUTLINE_MARKER.exec(line);
  if (!m) return undefined;
  const words = line.slice(m[0].length).split(/[ \t]+/).filter((w) => /^[A-Za-z]/.test(w));
  let big = 0;
  let small = 0;
  for (const w of words) {
    if (TITLE_SMALL.has(w.toLowerCase())) continue;
    if (/^[A-Z]/.test(w)) big++;
    else small++;
  }
  return big >= 2 && small === 0 ? line : undefined;
}

/** A sentencing to come in a filing's own words: the Manual's family-ties policy, a sentence asked of the court to impose. */
const AT_SENTENCING = /\b(?:§\s?5H1\.6|section 5H1\.6)|\b(?:asks?|urges?|requests?|respectfully requests?) (?:that )?the court (?:to )?impose\b|\bat (?:his|her|the) (?:upcoming |forthcoming )?sentencing hearing\b/i;

/** The relief the first of these titles that names one kind only asks: "variance", "departure", or undefined. */
const TITLE_VARIANCE = /\bvar(?:y|ies|iance)\b/i;
const TITLE_DEPARTURE = /\bdepart(?:s|ure|ing)?\b/i;
function framingOfTitles(titles: readonly string[]): { framing: "departure" | "variance"; by: string } | undefined {
  for (const t of titles) {
    const vary = TITLE_VARIANCE.test(t);
    const depart = TITLE_DEPARTURE.test(t);
    if (vary !== depart) return { framing: vary ? "variance" : "departure", by: t };
  }
  return undefined;
}

/** A request for a variance or a departure in a section's text ("The Court should vary downward", "a downward departure under Note 6"). */
const SECTION_VARIANCE = /\b(?:should|may|to|can) vary\b|\bvary(?:ing)? (?:downward|below)\b|\b(?:asks?|requests?|moves?|seeks?) (?:for )?(?:a )?(?:downward )?variance\b|\bvariant sentence\b|\b(?:guidelines|range) (?:is|are) (?:now )?advisory\b|\bgreater than necessary\b|\b(?:does|do|did) not (?:dispute|contest|challenge|object to) the (?:arithmetic|calculation|computation|guidelines? calculation|range)\b|\bthe calculation in the (?:psr|presentence report) is correct\b|\b(?:does|do|did) not (?:dispute|contest|challenge) that the (?:psr|presentence report|probation officer|probation office) (?:applied|correctly|properly)\b/gi;
const SECTION_DEPARTURE = /\b(?:should|may|to|can) depart\b|\bdepart(?:ing)? (?:downward|below)\b|\b(?:asks?|requests?|moves?|seeks?) (?:for )?(?:a )?(?:downward )?departure\b/gi;

type SectionFraming = { framing: "departure" | "variance"; by: string };
/** The section framings each context was read with (`kept`: a reading is reused only under the same). */
const READ_FRAMINGS = new WeakMap<BriefContext, readonly (SectionFraming | undefined)[]>();
function sameFramings(a: readonly (SectionFraming | undefined)[] | undefined, b: readonly (SectionFraming | undefined)[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.framing !== b[i]?.framing || a[i]?.by !== b[i]?.by) return false;
  return true;
}
/** What a section's text asks, where it names one kind of relief only (not in the negative). */
function sectionTextFraming(text: string): SectionFraming | undefined {
  const vary = unnegated(SECTION_VARIANCE, text);
  const depart = unnegated(SECTION_DEPARTURE, text);
  if (!vary === !depart) return undefined;
  return vary ? { framing: "variance", by: vary[0] } : { framing: "departure", by: depart![0] };
}

/** The framing the sections that ask agree on, the first that says it; undefined where none asks or two ask differently. */
function agreedFraming(framings: readonly (SectionFraming | undefined)[]): SectionFraming | undefined {
  let found: SectionFraming | undefined;
  for (const f of framings) {
    if (!f) continue;
    if (found && found.framing !== f.framing) return undefined;
    found ??= f;
  }
  return found;
}

/** The first match of `re` (global) not said in the negative ("We do not ask for a departure", "may not depart"). */
function unnegated(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/\b(?:not|never|no|n't|cannot)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index + (/^(?:should|may|to|can) /i.test(m[0]) ? m[0].indexOf(" ") + 1 : 0)))) return m;
  }
  return null;
}

/** A departure or variance motion's title. */
const DEPARTURE_MOTION = /\bmotion for (?:a )?(?:downward )?(?:departure|variance)\b/i;
/** An opening that says the sentence was imposed: "this Court sentenced me to", "I was sentenced by this Court on", "I did not appeal". */
const AFTER_JUDGMENT = /\b(?:this|the) court sentenced (?:me|him|her|defendant|the defendant)\b|\b(?:i|he|she|defendant) was sentenced by (?:this|the) court\b|\b(?:i|he|she|defendant) did not (?:file an )?appeal\b|\bjudgment (?:was entered|became final) (?:on|in)\b/i;
/** How far into a brief its opening reaches (characters). */
const OPENING_REACH = 3000;

/** Words by which a motion's title puts it after the sentence. */
const AFTER_WORDS = ["post-conviction", "postconviction", "post conviction", "post-sentencing", "post sentencing", "since sentencing", "after sentencing"];

/** How far into a brief a caption's headings reach (characters of prose). */
const CAPTION_REACH = 1500;
/** A caption in which the United States appeals ("UNITED STATES OF AMERICA,⏎⏎Plaintiff-Appellant, v. …", "Appellant United States"): its appellant's brief is the government's. */
const GOVERNMENT_APPELLANT = /united states(?: of america)?,?\s*(?:plaintiff[- ]|cross[- ])?appellant\b|\b(?:cross[- ])?appellant,? (?:the )?united states\b/i;

/** Words by which a caption's title names a filing. */
const FILING = /\b(?:motion|memorandum|brief|response|objections?|petition|reply|opposition|position|request|letter|submission|statement)\b/i;

/** Lines of a brief's opening read for a caption's title (a pasted filing: court, parties, case number, title). */
const CAPTION_LINES = 60;

/**
 * The title a filing pasted without Markdown headings states in its caption: a line, or a run of
 * lines, in capitals or wholly in bold or italics ("DEFENDANT'S SENTENCING MEMORANDUM",
 * "**Motion for Compassionate Release Pursuant to 18 U.S.C. § 3582(c)(1)(A)**") that names a kind of
 * filing, in the brief's opening lines before its first line of body text.
 */
export function captionTitle(prose: string): { text: string; document: DocumentKind } | undefined {
  let run: string[] = [];
  const tryRun = () => {
    const text = run.join(" ");
    run = [];
    // a caption's title names a filing (a line such as "EXTRAORDINARY AND COMPELLING REASONS" is a heading, not the document)
    const document = FILING.test(text) ? documentFromTitle(text) : undefined;
    return document ? { text, document } : undefined;
  };
  let pos = 0;
  for (let n = 0; n < CAPTION_LINES && pos < prose.length; n++) {
    let nl = prose.indexOf("\n", pos);
    if (nl === -1) nl = prose.length;
    const line = prose.slice(pos, nl).trim();
    pos = nl + 1;
    // a caption in two columns: the title in the right one ("PEDRO RANGEL-ZÚÑIGA,        MEMORANDUM ORDER" ¶ "Defendant.
    // ON MOTION FOR DOWNWARD DEPARTURE": a court's order, legal audit of session 33, round 3, pl-005)
    const gap = line.search(/\S {3,}\S/);
    const side = gap === -1 ? undefined : line.slice(line.lastIndexOf("   ") + 3).trim();
    const t = (side ? titleLine(side) : undefined) ?? titleLine(line);
    if (t !== undefined) {
      run.push(t);
      continue;
    }
    const found = tryRun();
    if (found) return found;
    // body text has begun: a caption is over
    if (line.length > 100) return undefined;
  }
  return tryRun();
}

/**
 * A filing pasted as plain text whose first line is its title, in neither capitals nor bold ("Emergency Motion for
 * Compassionate Release Under the First Step Act"): a short line that ends in no punctuation and names a filing.
 */
export function plainTitle(prose: string): { text: string; document: DocumentKind } | undefined {
  let a = 0;
  while (a < prose.length && prose.charCodeAt(a) <= 32) a++;
  let b = prose.indexOf("\n", a);
  if (b === -1) b = prose.length;
  const line = prose.slice(a, b).trim();
  if (line.length < 12 || line.length > 160 || /[.,;:!?]$/.test(line) || line.startsWith("#") || !FILING.test(line)) return undefined;
  const document = documentFromTitle(line);
  return document ? { text: line, document } : undefined;
}

/** A title of a filing at the sentencing itself: a sentencing memorandum or position, not a filing after judgment. */
function atSentencingTitle(title: string | undefined): boolean {
  if (!title) return false;
  const t = title.toLowerCase();
  // (a response to a "Motion for Downward Departure" alone may answer a prisoner's motion years after judgment)
  return has(t, ["sentencing memorandum", "sentencing position", "position on sentencing", "position with respect to sentencing", "objections to the presentence"])
    && !has(t, [...CR_WORDS, "resentencing", "3582", "reduc", "2255", "rule 35", "vacate", "modif", "remand"]);
}

/** A paragraph's run-in heading: "**Release plan.** He will live with …", "**3553(a):** I have served …". */
const RUN_IN = /^\*\*([^*\n]{2,80})\*\*[.:]? +\S/;

/** The run-in heading a paragraph opens with (its words, without the closing period or colon), or undefined. */
/**
 * A numbered paragraph's run-in heading in plain text: "2. The § 3553(a) factors. Mr. Cantú-Garza is sixty-six …",
 * "3. Release plan. ICE has lodged …" (probe pv-042) — a short label of a few words, no sentence ("2. I am a Mexican
 * citizen. I have …": a subject and its verb).
 */
const NUMBERED_RUN_IN = /^(?:\d{1,2}|[A-H]|[IVX]{1,5})\.[ \t]+([A-Z§][^.!?:\n]{2,50}[.:])[ \t]+[A-Z"“(]/;
const SENTENCE_WORDS = /\b(?:i|we|he|she|it|they|you|this|that|there|is|am|are|was|were|has|have|had|will|would|can|could|may|must|should|did|does|do)\b/i;

export function runInHeading(para: string): string | undefined {
  if (para.charCodeAt(0) !== 42) {
    const n = NUMBERED_RUN_IN.exec(para);
    if (!n || n[1].split(/\s+/).length > 7 || SENTENCE_WORDS.test(n[1]) || n[1].includes(" v. ")) return undefined;
    return n[1].slice(0, -1).trim();
  }
  const m = RUN_IN.exec(para);
  if (!m || m[1].includes(" v. ")) return undefined;
  const label = m[1].trim();
  const last = label[label.length - 1];
  return last === "." || last === ":" ? label.slice(0, -1).trim() : label;
}

/** Counsel's turn in a transcript ("MR. ALSTON: Judge, what's different today …", "MS. GREER:"), and the government's own ("… the government would ask …"). */
const COUNSEL_TURN = /^(?:MR|MS|MRS|DR)\.? [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]{1,30}:/;
/** Any speaker's label opening a transcript's paragraph ("THE COURT:", "THE DEFENDANT:", "MR. DÍAZ:"). */
export const SPEAKER_LABEL = /^(?:THE [A-Z]+|(?:MR|MS|MRS|DR)\.? [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]{1,30}):/;
const GOVERNMENT_TURN = /\b(?:the government|the united states|on behalf of the united states)\b/i;

/** Who speaks in a transcript's paragraph: counsel for the government where the turn says so, else defence counsel; undefined for no counsel's turn. */
export function counselOfTurn(para: string): "defense" | "government" | undefined {
  if (!COUNSEL_TURN.test(para)) return undefined;
  return GOVERNMENT_TURN.test(para.slice(0, 300)) ? "government" : "defense";
}

/**
 * A hearing's transcript — two speakers' turns or more among its first lines: "resentencing" where its title (its first
 * 300 characters) says it is one, "sentencing" where it says it is a sentencing (and names no motion to reduce or
 * release), else "hearing"; undefined for a brief that is no transcript.
 */
export function transcriptHearing(prose: string): "resentencing" | "sentencing" | "hearing" | undefined {
  const head = prose.slice(0, 300);
  // (a sentencing after a remand is a resentencing: "TRANSCRIPT OF SENTENCING PROCEEDINGS ON REMAND")
  const resentencing = /\bresentencing\b|\bre-sentencing\b|\bon remand\b|\bafter remand\b|\bvacat/i.test(head);
  // (a sentencing hearing's title: "REPORTER'S TRANSCRIPT OF SENTENCING HEARING", probe pt-005 — the original sentencing,
  // where a family plea is no compassionate-release ground)
  const sentencing = !resentencing && /\bsentencing\b/i.test(head) && !/compassionate|reduction|reduce|3582|release|motion/i.test(head);
  let turns = 0;
  let pos = 0;
  for (let n = 0; n < 200 && pos < prose.length && pos < 20000; n++) {
    let nl = prose.indexOf("\n", pos);
    if (nl === -1) nl = prose.length;
    // a speaker's turn: the court's ("THE COURT:") or counsel's
    const line = prose.slice(pos, Math.min(nl, pos + 40)).trimStart();
    if ((line.startsWith("THE COURT:") || COUNSEL_TURN.test(line)) && ++turns >= 2) return resentencing ? "resentencing" : sentencing ? "sentencing" : "hearing";
    pos = nl + 1;
  }
  return undefined;
}

/** A letter's salutation to a judge, on a line of its own: "Dear Judge Alvarez,", "To the Honorable Maria Ruiz", "Your Honor:". */
const SALUTATION = /^(?:dear|to)\s+(?:the\s+)?(?:hon(?:orable|\.)\s+)?(?:(?:chief|district|magistrate|senior)\s+)?(?:judge|justice)\b|^dear\s+(?:(?:u\.\s?s\.\s+|united states\s+|senior\s+)?probation\s+)?officer\b|^(?:to\s+)?the\s+honorable\s+[a-z]|^your\s+honor[,:]?$|^hon(?:orable|\.)\s+(?:(?:chief|district|magistrate|senior)\s+)?judge\b[^.]{0,40}[,:]$/i;
/**
 * Whose filing its signature block says it is: the lines from its last "Respectfully submitted" (or its first "/s/" line)
 * in the last 1,500 characters, up to a certificate (of service, of conference …), an "I (hereby) certify", a prison-mail line, a pro se
 * service line ("I mailed a copy of this motion to the United States Attorney", probe ph-017) or the copies
 * (which name the other side). Read from the text, not the prose, whose map reads a pasted block's indented lines as code.
 * The government's for an Assistant United States Attorney or counsel "for the United States"; the defence's for a public
 * defender, counsel for the defendant (or a named person), or a pro se prisoner (a register number, an institution); no
 * one's for a judge's ("IT IS SO ORDERED", "District Judge") or a list of counsel, or where there is no such block.
 */
export function signedBy(text: string): "defense" | "government" | undefined {
  const tail = text.slice(Math.max(0, text.length - 1500));
  const closing = tail.search(/respectfully submitted/i);
  const from = closing !== -1 ? closing : tail.search(/^[ \t]*\/s\//m);
  if (from === -1) return undefined;
  let block = tail.slice(from);
  const end = block.search(/certificate of [a-z]|proof of service|\bi (?:hereby )?certify\b|\bprison mail|\bplaced (?:it|this|a copy)\b|\b(?:i|we) (?:have )?(?:mailed|sent|served|delivered|gave)\b|\bmailed a copy\b|^[ \t]*(?:cc|copies to|copy to)\b|^[ \t]*(?:counsel|appearances)[ \t]*:/im);
  if (end !== -1) block = block.slice(0, end);
  if (/\bso ordered\b|\b(?:district|magistrate|circuit|bankruptcy) judge\b|\bchief judge\b/i.test(block)) return undefined;
  if (/\b(?:assistant |special assistant )?united states attorney\b|\bfor (?:the )?(?:plaintiff[ ,-]+)?(?:united states|government|plaintiff|appellee united states)\b|\bu\.[ ]?s\. attorney\b|\bausa\b/i.test(block)) return "government";
  if (/\bpublic defender\b|\b(?:counsel|attorneys?) for (?:the )?(?:defendant|appellant|movant|petitioner)\b|\bdefense counsel\b|\bcja counsel\b|\bpro se\b|\breg\.? no\.|\bregister number\b|\bfederal (?:correctional|medical|detention)\b|\b(?:fci|usp|fmc|fcc|mdc|mcc|fdc|fpc)\b|\bfederal prison camp\b|#?\s?\d{5}-\d{3}\b/i.test(block) || /\b(?:[Cc]ounsel|[Aa]ttorneys?) for (?!(?:the |The )?(?:United|Government|Plaintiff|Appellee|Respondent|USA|U\.S\.))[A-Z][a-z]+/.test(block)) return "defense";
  return undefined;
}

/** A heading that names the client by a courtesy title: "Why Mr. Ochoa-Rentería Came Back", "Ms. Ruiz's Family". */
const CLIENT_HEADING = /\b(?:Mr|Ms|Mrs)\.? [A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'-]+/;
/** Counsel asking in the first person plural ("We ask the Court", "we do not ask", "we respectfully submit"), not a court's "we ask whether". */
const COUNSEL_ASKS = /\bwe (?:respectfully |therefore |also )?(?:ask|request|submit|urge|do not ask|are asking)\b(?! whether| if)/i;
/** A court's ruling or the government's own voice in a text (either makes a pasted section no defence filing). */
const NOT_DEFENCE = /\b(?:it is (?:hereby )?ordered|so ordered|the court (?:finds|concludes|holds|denies|grants|will deny|will grant)|we (?:hold|affirm|reverse|conclude)|(?:the )?(?:government|united states) (?:respectfully )?(?:submits|requests|asks|opposes|responds|contends|argues|moves)|the government's (?:position|response|opposition)|this court's (?:order|opinion))\b/i;

/**
 * A section pasted on its own: the prose opens with a heading (after blank lines), the heading names the client by a
 * courtesy title (or the text does, and counsel asks in the first person plural), and nothing in it is a court's ruling
 * or the government speaking (`NOT_DEFENCE`). Such a section is
 * counsel's: an opinion names a defendant by surname or as "Defendant", the government speaks of itself.
 */
export function pastedDefenceSection(prose: string, headings: readonly { start: number; text: string }[]): boolean {
  if (prose.length > PASTED_SECTION || headings.length === 0 || headings[0].start !== firstLineStart(prose)) return false;
  // (…or whose text names the client so and speaks as counsel, "We do not ask the Court to excuse the offense" under
  // "## B. The reason he returned": probe pz-056)
  // (…or whose headings answer the government's argument and whose text names the client so: "### A. The government's
  // \"floor\" argument cannot survive *Ruvalcaba*" over "Mr. Costa is serving life …", a reply's argument pasted from its
  // heading — probe qa-020)
  return (CLIENT_HEADING.test(headings[0].text) || (CLIENT_HEADING.test(prose) && (COUNSEL_ASKS.test(prose) || headings.some((h) => ANSWERS_GOVERNMENT.test(h.text))))) && !NOT_DEFENCE.test(prose);
}

/** A heading that answers the government's argument: "The government's \"floor\" argument cannot survive …", "The Government's Remaining Arguments". */
const ANSWERS_GOVERNMENT = /\bthe government(?:'s|\u2019s)? (?:[\w"\u201c\u201d-]+ ){0,3}(?:argument|arguments|contention|contentions|objection|objections|reliance|reading)\b/i;

/** A letter written before a sentence is imposed ("before my sentence on August 20", "when you sentence him"). */
const SENTENCING_LETTER = /\b(?:before (?:my|his|her|you|the) sentenc|at (?:my|his|her|the) (?:upcoming )?sentencing|(?:will|is to|is scheduled to) be sentenced|to be sentenced on|(?:sentencing|sentence) (?:is )?scheduled|scheduled for sentencing|the sentencing of|upcoming sentencing|when you sentence|before you sentence|(?:will|are going to) sentence|(?:the )?(?:least|less|lowest|shortest) (?:amount of )?(?:time|sentence)|as little time|lenien)/i;
/** A letter for a prisoner's release, written after sentence ("his motion to come home", "let me out early", "I was sentenced by you in 2019", a register number). */
const RELEASE_LETTER = /\b(?:motion|let (?:me|him|her) out|early release|release (?:me|him|her) early|release (?:him|her|my|me)|(?:his|her|my) release|be released|(?:i|he|she) was sentenced|(?:i|he|she) (?:have|has) served|reg\.? no\.|register number)\b|\b\d{5}-\d{3}\b/i;
/** The government's own letter ("The Government respectfully submits this letter …"). */
const GOVERNMENT_LETTER = /\b(?:the government|the united states)\b[^.]{0,80}\b(?:submits|writes|respectfully)\b/i;
/** How far into a brief a letter's salutation may come (after a date line, an address, a "Re:" line). */
const SALUTATION_REACH = 900;

/**
 * Who wrote a letter to the judge — "government" where the letter says it is the government's, else "defense" (a
 * defendant, a relative, defence counsel) — or undefined where the brief opens with no salutation to a judge.
 */
export function letterWriter(prose: string): "defense" | "government" | undefined {
  const after = afterSalutation(prose);
  if (after === 0) return undefined;
  return GOVERNMENT_LETTER.test(prose.slice(after, after + 600)) ? "government" : "defense";
}

/** Where a letter's salutation line starts ("Dear Judge …", "To the Honorable …", "Your Honor:"), near the top; else undefined. */
function salutationAt(prose: string): number | undefined {
  let pos = 0;
  while (pos < prose.length && pos < SALUTATION_REACH) {
    let nl = prose.indexOf("\n", pos);
    if (nl === -1) nl = prose.length;
    // the line without its emphasis marks and heading signs
    let a = pos;
    let b = nl;
    while (a < b && " \t*_#".includes(prose[a])) a++;
    while (b > a && " \t*_\r".includes(prose[b - 1])) b--;
    if (b - a <= 80 && SALUTATION.test(prose.slice(a, b))) return pos;
    pos = nl + 1;
  }
  return undefined;
}

/** Where a letter's text after its salutation line starts (0 where there is no salutation). */
function afterSalutation(prose: string): number {
  const at = salutationAt(prose);
  if (at === undefined) return 0;
  const nl = prose.indexOf("\n", at);
  return nl === -1 ? prose.length : nl + 1;
}

/** Does a letter's opening — the lines before its salutation — say it is written for a resentencing? */
export function resentencingLetter(prose: string): boolean {
  const at = salutationAt(prose);
  return at !== undefined && /\bre-?sentencing\b/i.test(prose.slice(0, at));
}

/** A caption's title line without its emphasis marks, if the line is one (capitals, or wholly emphasised); else undefined. */
function titleLine(line: string): string | undefined {
  if (line.length < 6 || line.length > 240 || line.startsWith("#") || line.startsWith(">") || line.startsWith("|")) return undefined;
  const m = /^(\*\*|__|\*|_)(.+)\1$/.exec(line);
  const inner = (m ? m[2] : line).trim();
  if (m && !/[*_]{2}/.test(inner)) return inner;
  // capitals, allowing a subsection's letters ("§ 3582(c)(1)(A)"): at least six times as many upper-case
  // letters as lower-case (read until that can no longer hold: most lines are sentences)
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122 && 6 * ++lower > upper + inner.length - i - 1) return undefined;
  }
  return upper >= 6 && upper >= 6 * lower ? inner : undefined;
}

/**
 * `last`: the context of the same document's last version (the editor's analysis, issue 9). Where this version has
 * the same headings (levels, texts, set off or not, in order) and says what it is the same way, the readings under
 * each run of headings are taken over from it: they depend on those and on nothing else (not on where the headings
 * are: `at` finds the run of headings above an offset from this version's places).
 */
export function briefContext(prose: string, front: { document?: DocumentKind; signed?: "defense" | "government" }, last?: BriefContext, text?: string): BriefContext {
  const all = headingsOf(prose);
  const atx = all.some((h) => h.setOff) ? all.filter((h) => !h.setOff) : all;
  // the title: the first heading, or — where that names no filing, as a caption's court line does ("# United States
  // District Court for the District of Kansas") — the first of the caption's next headings that does ("### Defendant's
  // Motion to Modify Sentence"), among the first three, near the top
  const first = atx.find((h) => h.level === 1) ?? atx[0];
  const named = first && !documentFromTitle(first.text) ? atx.slice(0, 3).find((h) => h.start < CAPTION_REACH && documentFromTitle(h.text)) : undefined;
  const heading = (named ?? first)?.text;
  const fromHeading = heading ? documentFromTitle(heading) : undefined;
  // a filing pasted without headings: its caption's title
  // (…or, under front matter that says only "sentencing-memorandum", the caption's title that may refine it, below; under
  // "sentence-reduction-motion", the caption's title that says which motion it is — § 3582(c)(2), § 404 — probe pr)
  const captionRefines = front.document === "sentencing-memorandum" || front.document === "sentence-reduction-motion";
  // (…and, where the prose has none, a caption pasted with a PDF's indent, which Markdown reads as code: "          BRIEF FOR
  // THE UNITED STATES", legal audit of session 34, pj-003 — a government's brief warned as the defence's)
  const caption = (front.document && !captionRefines) || fromHeading ? undefined : captionTitle(prose) ?? plainTitle(prose) ?? (text && text !== prose ? captionTitle(text) : undefined);
  const fromTitle = fromHeading ?? caption?.document;
  // front matter that says only "sentencing-memorandum" under a title that says more — whose it is or when it is filed
  // ("# Government's Sentencing Memorandum", "# Defendant's Memorandum for Resentencing", a caption's "DEFENDANT'S
  // RESENTENCING MEMORANDUM", probe pq) — is taken at the title's word
  const refined = front.document === "sentencing-memorandum" && (fromTitle === "resentencing-memorandum" || fromTitle === "government-response");
  // (a caption's title that does not refine it is not the title the front matter's document has)
  const title = front.document && !refined && !fromHeading && front.document !== "sentence-reduction-motion" ? heading : caption?.text ?? heading;
  // a departure motion by its title whose opening says the sentence was imposed ("On February 11, 2003 this Court sentenced
  // me to 87 months …", probe ps-022) is a motion after judgment, of no kind Heartland names — as a title that puts it
  // after sentence is (`documentFromTitle`)
  // (…and so is one whose title puts it after sentence and whose opening says so: "MOTION FOR DOWNWARD DEPARTURE BASED ON
  // POST-CONVICTION REHABILITATION" over "On July 12, 2004 this Court sentenced me to 70 months … I did not appeal" — audit
  // 39a, pz-009, read as no filing at all and told only the information that a final sentence cannot be reopened)
  const departureTitle = (fromHeading ? heading : caption?.text ?? heading ?? all.find((h) => h.start < CAPTION_REACH && DEPARTURE_MOTION.test(h.text))?.text) ?? "";
  const departureAfterJudgment = !front.document && DEPARTURE_MOTION.test(departureTitle) && (fromTitle === "sentencing-memorandum" || (fromTitle === undefined && has(departureTitle.toLowerCase(), AFTER_WORDS))) && AFTER_JUDGMENT.test(prose.slice(0, OPENING_REACH));
  const document = departureAfterJudgment ? undefined : refined ? fromTitle : front.document ?? fromTitle;
  const documentFrom: BriefContext["documentFrom"] = departureAfterJudgment ? "none" : refined ? (fromHeading ? "title" : "caption") : front.document ? "front matter" : fromHeading ? "title" : caption ? "caption" : "none";
  // a letter to the judge that names no filing: its writer (a defendant, a relative, counsel; or the government's letter
  // brief, "The Government respectfully submits …") is its speaker
  // (…under front matter that says only "other", too: a wife's letter to the sentencing judge, probe pt-056)
  const letter = document && document !== "other" ? undefined : letterWriter(prose);
  // (an appellate brief's party: its title's, or — under front matter that says only "appellate-brief" over a pasted caption
  // with no Markdown heading — the caption's title's, "BRIEF OF APPELLANT" (probe ps-014); never the appellant's where the
  // caption makes the United States the appellant)
  const whose = document !== "appellate-brief" ? undefined : title && /appellant|defendant/i.test(title) ? title : !fromHeading ? captionTitle(prose)?.text : undefined;
  // a motion the front matter names whose own title makes it the government's ("UNITED STATES' MOTION FOR REDUCTION OF
  // SENTENCE PURSUANT TO RULE 35(b)" under `document: rule-35-motion`, legal audit 37b, pe-055): the government speaks
  const governmentTitled = !!front.document && DEFENSE_DOCUMENTS.has(front.document) && all.slice(0, 3).some((h) => h.start < CAPTION_REACH && documentFromTitle(h.text) === "government-response");
  const pastedDefence = document === undefined && !letter && !front.signed && pastedDefenceSection(prose, all);
  const author: ReadingContext["author"] = document === "government-response" || governmentTitled ? "government"
    : (document && DEFENSE_DOCUMENTS.has(document)) || departureAfterJudgment ? "defense"
    : whose && /appellant|defendant/i.test(whose) && !/united states|government/i.test(whose) && !GOVERNMENT_APPELLANT.test(prose.slice(0, CAPTION_REACH)) ? "defense"
    // (a filing pasted without a title that closes with its signature block: "Respectfully submitted, … /s/ … Counsel for
    // Kwabena Asante", "Assistant Federal Public Defender" — probe ps-024)
    : letter ?? (document === undefined || document === "appellate-brief" || document === "other" ? front.signed : undefined)
    // (a section pasted on its own, no title, caption, salutation or signature, whose opening heading speaks of the client by a
    // courtesy title — "## III. Why Mr. Ochoa-Rentería Came Back" — and whose text neither rules nor speaks for the
    // government: counsel's own section, probe py-006)
    ?? (pastedDefence ? "defense" : undefined);
  // in a brief that says what it is, a line set off on its own in capitals or bold is a heading too (a pasted filing's "ARGUMENT")
  // (…and in a pasted section that opens with its own heading set off — "B. The Court Should Account for the Absence of
  // an Early-Disposition Program Here" — a section's length, not a file of unrelated passages one per paragraph: probe pv)
  const headings = document || (atx.length === 0 && all.length > 0 && all[0].start === firstLineStart(prose) && prose.length <= PASTED_SECTION) ? all : atx;
  // a motion to reduce a sentence that speaks of "extraordinary and compelling" reasons is a compassionate-release motion
  // (a § 3582(c)(2) or § 404 motion does not use the words): every paragraph of it is in that vehicle
  // (…not where it names them only to distinguish its motion: "Unlike a motion for compassionate release, a § 404 motion
  // does not require the movant to show extraordinary and compelling reasons", review of session 31)
  // (the prose in lower case, made once and only where a reading below needs it)
  let lower: string | undefined;
  const lowerProse = () => (lower ??= prose.toLowerCase());
  const releaseByItsWords = document === "sentence-reduction-motion" && namesReleaseItself(lowerProse());
  // (…and so is a hearing's transcript on a motion whose speakers name compassionate release: "THE COURT: … you know the
  // statute. Rehabilitation alone is not extraordinary and compelling", probe ps-039)
  const turns = transcriptHearing(prose);
  const hearing = document ? undefined : turns;
  const releaseHearing = hearing === "hearing" && /\bmotion\b/i.test(prose.slice(0, 2000)) && namesReleaseItself(lowerProse());
  // (…and so is a short pasted motion with no title whose opening asks for that relief: "1. Comes now Jerome Whitlock, pro
  // se, and ask the Court for a sentence reduction under 18 U.S.C. 3582(c)(1)(A)." — probe pv-049; never a file of passages)
  // (…and so is a letter whose first paragraph after its salutation asks for it: "I am writting you this letter to ask for
  // Compassionate Release under the First Step Act 18 U.S.C. 3582(c)(1)(A)." — blind probe pz-050, a pro se rehabilitation
  // letter left with no finding; a letter that only names the words elsewhere is not read so, session 27)
  // (a letter's opening may be its first two paragraphs: "I hope this letter finds you well. My name is … ¶ I am asking you for
  // compassionate release." — audit 40b, qb-054, a rehabilitation-alone letter left with no finding)
  const opening = !document && prose.length <= PASTED_SECTION ? (letter ? letterOpening(prose.slice(afterSalutation(prose))) : [openingParagraph(prose)]) : [];
  const releaseByOpening = opening.some(asksForRelease);
  // (…and so is an appeal from a ruling on such a motion, by its statement of the issue or of the case: "Whether the
  // district court abused its discretion in denying Mr. McCray's motion for compassionate release" — its rehabilitation is
  // the motion's ground, not a plea to reopen a final sentence; legal audit of session 35, pu-051)
  const releaseAppeal = document === "appellate-brief" && appealsReleaseRuling(prose.slice(0, APPEAL_OPENING));
  const crDocument = document === "compassionate-release-motion" || releaseByItsWords || releaseHearing || releaseByOpening || releaseAppeal;
  const postSentence = !!document && POST_SENTENCE_DOCUMENTS.has(document);
  // (a Rule 35 motion or a resentencing: not § 2255, whose prison record is background, nor a "motion to reduce sentence",
  // which is as often a compassionate-release, § 404 or § 3582(c)(2) motion weighing rehabilitation under § 3553(a))
  // …and a hearing transcript whose title says it is a resentencing ("**RESENTENCING — United States v. …** ¶ THE COURT: …
  // ¶ MR. ALSTON: Judge, what's different today is the last seven years …"): `hearing`, above
  // …and a letter to the judge that says, before its salutation, that it is written for a resentencing ("Letter to Judge
  // Merriweather before my resentencing ¶ Dear Judge Merriweather, …")
  const letterForResentencing = !!letter && resentencingLetter(prose);
  // …and a motion whose title names § 3582(c)(2) or a retroactive amendment (not compassionate release by its words):
  // the conduct since sentencing it weighs is the court's to consider within the amended range (USSG § 1B1.10, n.1(B)(iii));
  // or First Step Act § 404, where the court may consider it (Concepcion v. United States, 2022; the rule's data says so by date)
  const c2Opening = document === "sentence-reduction-motion" && !releaseByItsWords && !namesAmendmentMotion(title) && opensUnderC2(prose);
  const c2ByTitle = document === "sentence-reduction-motion" && !releaseByItsWords && (namesAmendmentMotion(title) || namesSection404Motion(title) || c2Opening);
  // a motion after judgment under no statute that permits it — that departure motion, or a "motion for reduction of
  // sentence" that names no § 3582(c)(2), § 404 or compassionate release — supplies the time after sentence of a plea to
  // depart (legal audit of session 33: pr-016, ps-022, a 2008 pro se motion to reduce for deportable-alien status had
  // no word that a final sentence may be modified only as § 3582(c) allows)
  // (…or a prisoner's letter whose opening asks the judge who sentenced him to modify the sentence, under no statute: "You
  // sentenced me in Kansas City in August of 1995 to 97 months … I am writing this letter to ask you to please reconsider my
  // sentence and modify it for my post-conviction rehabilatation" — audit 40b, qb-016, told only as information)
  // (the text names no statute a reduction could rest on: compassionate release, § 404, § 3582(c)(2))
  const namesNoReductionStatute = () => !has(lowerProse(), CR_ONLY_WORDS) && !has(lowerProse(), SECTION_404) && !has(lowerProse(), C2_WORDS);
  const letterAfterJudgment = letter === "defense" && opening.some((o) => LETTER_ASKS_MODIFY.test(o) && SENTENCED_ME.test(o)) && namesNoReductionStatute() && !NAMES_OTHER_VEHICLE.test(prose);
  const afterJudgment = departureAfterJudgment || letterAfterJudgment || (document === "sentence-reduction-motion" && !front.document && !releaseByItsWords && !c2ByTitle && namesNoReductionStatute());
  const reliefAfterSentence = document === "rule-35-motion" || document === "resentencing-memorandum" || hearing === "resentencing" || letterForResentencing || c2ByTitle;
  const collateral = document === "2255-motion";
  // the government's filing at the sentencing itself ("Government's Sentencing Memorandum and Response to Defendant's
  // Motion for a Downward Variance"): no compassionate-release motion, no sentence imposed yet
  const governmentAtSentencing = document === "government-response" && atSentencingTitle(title ?? captionTitle(prose)?.text);
  // an appeal or a government response that nowhere names compassionate release is no compassionate-release filing (an
  // appellant's brief on a reentry sentence recounting why he came back to care for his children)
  // (so is a letter to the judge: a sentencing letter's family ties are no compassionate-release family ground)
  // (…but a letter for a prisoner's motion to come home — "his motion to come home", "let him come home", "release" — with no
  // word of a sentencing to come may be a compassionate-release letter that names no statute: probe ps-035)
  // (…and so is a pasted section of a sentencing memorandum, of no title, that asks a sentence the court will impose by the
  // Manual's own words — "Section 5H1.6 provides that family ties …", "We ask the Court to impose three years of
  // probation" — and names no compassionate release: a caregiver's plea there is a sentencing ground, probe pv-013)
  const crNowhere = (document === "appellate-brief" || document === "government-response" || ((!document || document === "other") && !!letter && (SENTENCING_LETTER.test(prose) || !RELEASE_LETTER.test(prose))) || (!document && !letter && AT_SENTENCING.test(prose))) && !has(lowerProse(), CR_ONLY_WORDS);
  // (…and a § 3582(c)(2) or First Step Act § 404 motion by its title, which is not a compassionate-release motion)
  const notCr = (!!document && NOT_CR_DOCUMENTS.has(document)) || governmentAtSentencing || crNowhere || c2ByTitle || hearing === "sentencing";
  const original = (!!document && ORIGINAL_SENTENCING_DOCUMENTS.has(document)) || governmentAtSentencing || hearing === "sentencing";

  /** What the text of the section at `offset` (its nearest heading's) asks. */
  function sectionAt(offset: number): SectionFraming | undefined {
    const i = headingIndexAt(headings, offset);
    return i === -1 ? undefined : bodyFramings[i];
  }

  /** Headings in force at an offset: the last heading of each level above it. */
  function chain(offset: number): Heading[] {
    const stack: Heading[] = [];
    for (const h of headings) {
      if (h.start > offset) break;
      while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
      stack.push(h);
    }
    return stack;
  }

  // the context depends only on the headings above the offset (a prefix of them, in document order): read once per prefix
  // what the text of each section asks (from its heading to the next heading of any level), where it names one kind of
  // relief only: read once per run, for a filing that says what it is (part of what a reading is reused by)
  // (…and for a section pasted on its own that speaks for the client: "We do not dispute that the enhancement is correctly
  // calculated. We ask the Court to vary …" over the paragraphs that explain the revocation term — legal audit 38a, py-032)
  const bodyFramings = document || pastedDefence ? headings.map((h, i) => sectionTextFraming(prose.slice(h.start, nextHeadingStart(headings, i, prose.length)))) : [];
  // (what the brief's text asks: the one kind every section whose text asks names, if any does — or, in a hearing's transcript
  // with no heading, what its text asks: "No objection to the math … I'm asking the Court not to count the same revocation
  // twice … We'd ask the Court to vary to that range", audit 40b, qb-013, warned that the revocation term counts)
  const spoken = !!turns && !document && headings.length === 0;
  const wholeFraming = spoken ? sectionTextFraming(prose) : agreedFraming(bodyFramings);
  // (what the readings depend on: the sections' framings, or a transcript's own)
  const framings = spoken ? [wholeFraming] : bodyFramings;
  const kept = last && sameFramings(READ_FRAMINGS.get(last), framings) && last.document === document && last.documentFrom === documentFrom && last.title === title && !!last.releaseByItsWords === releaseByItsWords && !!last.releaseByOpening === releaseByOpening && !!last.letterAfterJudgment === letterAfterJudgment && !!last.releaseAppeal === releaseAppeal && !!last.c2Opening === c2Opening && !!last.governmentTitled === governmentTitled && !!last.pastedDefence === pastedDefence && last.letter === letter && last.signed === front.signed && last.hearing === hearing && sameHeadings(last.headings, headings) ? READINGS.get(last) : undefined;
  const byPrefix = kept ?? new Map<number, ReturnType<BriefContext["at"]>>();
  let prefix = 0;
  const shared = (offset: number) => {
    // the number of headings that start at or before `offset` (paragraphs come in order: search on from the last one)
    if (prefix > 0 && headings[prefix - 1].start > offset) prefix = 0;
    while (prefix < headings.length && headings[prefix].start <= offset) prefix++;
    let hit = byPrefix.get(prefix);
    if (!hit) byPrefix.set(prefix, (hit = read(offset)));
    return hit;
  };
  const context: BriefContext = {
    document, documentFrom, title, headings,
    ...(releaseByItsWords ? { releaseByItsWords } : {}),
    ...(releaseByOpening ? { releaseByOpening } : {}),
    ...(letterAfterJudgment ? { letterAfterJudgment } : {}),
    ...(releaseAppeal ? { releaseAppeal } : {}),
    ...(c2Opening ? { c2Opening } : {}),
    ...(governmentTitled ? { governmentTitled } : {}),
    ...(pastedDefence ? { pastedDefence } : {}),
    ...(letter ? { letter } : {}),
    ...(front.signed ? { signed: front.signed } : {}),
    ...(hearing ? { hearing } : {}),
    ...(turns ? { transcript: true } : {}),
    shared,
    at(offset) {
      const hit = shared(offset);
      return { ...hit, headings: [...hit.headings] };
    },
  };
  READINGS.set(context, byPrefix);
  READ_FRAMINGS.set(context, framings);
  return context;

  /** The context below the headings in force at `offset`. */
  function read(offset: number): ReturnType<BriefContext["at"]> {
    const hs = chain(offset).map((h) => h.text);
    const compassionate = crDocument || hs.some((h) => isCrLine(h.toLowerCase(), document === "sentence-reduction-motion"));
    const parts: string[] = [];
    // "other" from a title or caption is a court's own document (`documentFromTitle`)
    if (document) parts.push(`${document === "other" && documentFrom !== "front matter" ? "a court's order or opinion" : document.replace(/-/g, " ")} (from the ${documentFrom})`);
    if (departureAfterJudgment) parts.push("a departure motion after judgment (from its title and its opening)");
    else if (afterJudgment) parts.push("a motion after judgment under no statute it names");
    if (releaseByItsWords) parts.push("its text names compassionate release");
    if (releaseByOpening) parts.push("its opening asks for compassionate release");
    if (releaseAppeal) parts.push("an appeal from a ruling on a compassionate-release motion (from its opening)");
    // (what the reading depends on, in the cache key too: a paragraph of such a motion is compassionate release only where it says so)
    if (c2ByTitle) parts.push("a § 3582(c)(2) or § 404 motion by its title");
    if (letter) parts.push("a letter to the judge (from its salutation)");
    if (hearing) parts.push(hearing === "resentencing" ? "a resentencing hearing's transcript (from its speakers and title)" : hearing === "sentencing" ? "a sentencing hearing's transcript (from its speakers and title)" : "a hearing's transcript (from its speakers)");
    if (author) parts.push(`the ${author === "defense" ? "defence" : "government"} is the author${author === front.signed && !letter && !(document && (DEFENSE_DOCUMENTS.has(document) || document === "government-response")) && !(whose && /appellant|defendant/i.test(whose)) ? " (from its signature block)" : pastedDefence ? " (a pasted section that speaks for the client)" : ""}`);
    if (hs.length) parts.push(`under "${hs[hs.length - 1]}"`);
    if (compassionate) parts.push("compassionate-release context");
    const framed = framingOfTitles([...hs].reverse().concat(title ? [title] : []));
    const sectionFraming = framed?.framing;
    // (said in the description, which is what a paragraph's reading is cached by: two paragraphs of the same words and
    // the same nearest heading may sit in sections that ask differently)
    if (framed) parts.push(`the section asks a ${framed.framing} ("${framed.by}")`);
    // (…else what the section's own text asks, where it names one kind only: "Counsel recognizes that Amendment 809 …
    // Mr. Cruz does not object to it. ¶ But the Court is not bound … ¶ The Court should vary downward to reflect that
    // range" — its paragraph on the revocation term asks that variance, no recalculation; legal audit 36a, pq-038, po-016)
    // (…else what the brief's text asks, where its sections that ask name one kind only: "## II. The revocation term is being
    // counted twice" under a memorandum whose "## III. The Court should vary as if the revocation term were not counted"
    // asks the variance its concession leaves open — audit 39a, pz-049, warned that the term counts)
    const own = !framed && (document || pastedDefence) && !compassionate ? sectionAt(offset) : undefined;
    const body = own ?? (!framed && (document || pastedDefence || spoken) && !compassionate ? wholeFraming : undefined);
    if (body) parts.push(own ? `the section's text asks a ${body.framing} ("${body.by}")` : `the brief's text asks a ${body.framing} ("${body.by}")`);
    const describe = parts.join("; ") || "no document type, title or heading context";
    return { ...(afterJudgment ? { afterJudgment } : {}), ...(departureAfterJudgment ? { departureMotion: true } : {}), ...(sectionFraming ? { sectionFraming } : {}), ...(body ? { bodyFraming: body.framing } : {}), compassionate, author, postSentence, ...(reliefAfterSentence ? { reliefAfterSentence } : {}), ...(collateral ? { collateral } : {}), ...(c2ByTitle && !compassionate ? { crWordsOnly: true } : {}), notCompassionate: notCr && !compassionate, originalSentencing: original && !compassionate, headings: hs, describe };
  }
}
