/**
 * The facts a finding turns on, read from the brief (pure; no regular expressions that can
 * backtrack, linear in the text):
 *
 *   offenseOf(front, prose)       the offense of conviction: front matter `statute:` / `offense:`,
 *                                 else the brief's own words ("pleaded guilty to … 21 U.S.C. § 846")
 *   resentencingOf(front, prose)  the vehicle: a resentencing after vacatur or remand, or not
 *   familyGroundOf(sentence)      which USSG §1B1.13(b)(3) ground a compassionate-release family
 *                                 argument names: (A)–(D), or general family hardship
 *   rule35Of(sentence, document)  the vehicle is a Rule 35(b) reduction (Rule 35(b)(4) goes below a
 *                                 minimum only there)
 *
 * Deportable-alien status is a § 1326 rule in the 9th Circuit (Martinez-Ramos rests on alienage
 * being an element of § 1326); Pepper v. United States, 562 U.S. 476 (2011), lets a court consider
 * post-sentencing rehabilitation at a resentencing after vacatur; the 2023 §1B1.13(b)(3) lists
 * family grounds with different proofs. Those three facts decide findings in `rules.ts`.
 */
import { editBetween } from "../brief/prose";
import { sentencesOf } from "../brief/sentences";
import { MOTION_DOCUMENTS } from "../brief/frontmatter";

export type OffenseClass = "1326" | "other" | "unknown";

export interface OffenseFact {
  /** "1326" for illegal reentry (8 U.S.C. § 1326), "other" for any other statute. */
  kind: "1326" | "other";
  /** As found, normalised: "8 U.S.C. § 1326", "21 U.S.C. § 846", or the front-matter value. */
  cite: string;
  from: "front matter" | "text";
}

export interface BriefFacts {
  offense: OffenseFact | null;
  resentencing: boolean;
  /** The brief says its prior's revocation came after the removal (`revokedAfterRemoval`). */
  revokedAfterRemoval: boolean;
  /** The one § 1B1.13(b)(3) ground the brief's paragraphs name (`briefFamilyGround`). */
  familyGround?: FamilyGround;
  /** …and whether the brief cites that subsection by its letter (`citedFamilyGround`): then it rules every family paragraph. */
  familyGroundCited?: boolean;
  /** The brief's opening names Rule 35(b) or substantial assistance: the government's motion is the vehicle (`RULE_35B`). */
  rule35b?: boolean;
  /** The brief's opening names § 404 of the First Step Act: its motion is that Act's (`SECTION_404`). */
  section404?: boolean;
  /** The brief says its prior receives no criminal history points (`UNSCORED_PRIOR`): the 2011–2015 lower enhancement. */
  priorUnscored?: boolean;
  /** The brief names no ground for release but rehabilitation (`namesNoOtherReleaseGround`). */
  rehabilitationOnly?: boolean;
}

/** `document:` kinds whose vehicle is a resentencing. */
const RESENTENCING_DOCUMENTS = new Set(["resentencing-memorandum"]);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** "21 U.S.C. § 846" → {title: "21", section: "846"} at each "U.S.C." in `s` (first only). */
function uscAt(s: string, from = 0): { title: string; section: string; index: number } | undefined {
  const lower = s.toLowerCase();
  let i = lower.indexOf("u.s.c", from);
  while (i !== -1) {
    // title: digits before "U.S.C." (skipping spaces)
    let j = i - 1;
    while (j >= 0 && (s[j] === " " || s[j] === "\u00a0")) j--;
    let t = j;
    while (t >= 0 && isDigit(s[t])) t--;
    const title = s.slice(t + 1, j + 1);
    // section: after "U.S.C." and "§"/"§§"/"sec."/"section", digits
    let k = i + 5;
    if (s[k] === ".") k++;
    const skip = (): void => {
      while (k < s.length && (s[k] === " " || s[k] === "\u00a0" || s[k] === "§")) k++;
    };
    skip();
    if (lower.startsWith("sections", k)) k += 8;
    else if (lower.startsWith("section", k)) k += 7;
    else if (lower.startsWith("sec.", k)) k += 4;
    skip();
    let e = k;
    while (e < s.length && isDigit(s[e])) e++;
    const section = s.slice(k, e);
    if (title && section) return { title, section, index: i };
    i = lower.indexOf("u.s.c", i + 5);
  }
  return undefined;
}

/** Classify a statute as written ("8 U.S.C. § 1326(b)(2)", "1326(a)", "21 U.S.C. § 846", "illegal reentry"). */
export function classifyOffense(value: string, from: OffenseFact["from"] = "front matter"): OffenseFact | null {
  const v = value.trim();
  if (!v) return null;
  // several statutes listed ("28 U.S.C. § 2255; 8 U.S.C. § 1326(a), (b)(2)": a § 2255 motion's front matter, probe ph-040):
  // the offense is the first that is no motion's statute (§ 2255, § 3582) — "18 U.S.C. § 3582(c)(1)(A)(i); 21 U.S.C. §§ 846,
  // 841(b)(1)(A); 8 U.S.C. § 1326(a)" is a drug case whose minimum is § 841's (probe ph-057)
  if (v.includes(";")) {
    const offense = v.split(";").map((p) => classifyOffense(p, from)).find((o) => o !== null && !/^(?:28 U\.S\.C\. § 2255|18 U\.S\.C\. § 3582)\b/.test(o.cite));
    if (offense) return offense;
  }
  const lower = v.toLowerCase();
  const usc = uscAt(v);
  if (usc) {
    const cite = `${usc.title} U.S.C. § ${usc.section}`;
    return { kind: usc.title === "8" && usc.section === "1326" ? "1326" : "other", cite, from };
  }
  // bare section numbers: "1326", "1326(b)(2)", "§ 1326"
  let k = 0;
  while (k < v.length && (v[k] === "§" || v[k] === " ")) k++;
  let e = k;
  while (e < v.length && isDigit(v[e])) e++;
  const bare = v.slice(k, e);
  if (bare === "1326") return { kind: "1326", cite: "8 U.S.C. § 1326", from };
  if (lower.includes("illegal reentry") || lower.includes("illegal re-entry") || lower.includes("reentry after deportation") || lower.includes("reentry after removal"))
    return { kind: "1326", cite: "8 U.S.C. § 1326", from };
  if (bare) return { kind: "other", cite: v, from };
  return { kind: "other", cite: v, from };
}

/** Phrases that introduce the offense of conviction in a brief's prose. */
const CONVICTION_CUES = [
  "pleaded guilty to",
  "pled guilty to",
  "plead guilty to",
  "entered a plea of guilty to",
  "was convicted of",
  "was convicted under",
  "were convicted of",
  "stands convicted of",
  "was found guilty of",
  "conviction for violating",
  "offense of conviction",
  "convicted of violating",
  "instant offense",
  "is before the court for sentencing",
  "comes before the court for sentencing",
  // a motion after judgment names the sentence this Court imposed, and for what ("On February 11, 2003 this Court
  // sentenced me to 87 months for possession with intent to distribute methamphetamine", probe ps-022)
  "this court sentenced me to",
  "this court sentenced him to",
  "this court sentenced her to",
  "this court sentenced defendant to",
  "this court sentenced the defendant to",
  // …and in the passive: "I was sentenced by this Court on April 10, 2006 to 70 months for possession with intent to
  // distribute methamphetamine" (legal audit of session 34, pt-039: a drug case told Martinez-Ramos, a § 1326 holding)
  "was sentenced by this court",
  // "pleaded guilty without a plea agreement to being found in the United States after deportation, 8 U.S.C. § 1326" (pu-020)
  "without a plea agreement to",
  "pursuant to a plea agreement to",
  "under a plea agreement to",
];

/** Offenses a motion after judgment names in words after "this Court sentenced me to … for" (no § 1326 offense). */
const NAMED_OFFENSE =
  /^[^.;\n]{0,60}?\bfor (?:(?:conspiracy|attempt) to )?(possession with intent to distribute|possess(?:ion)? with (?:the )?intent to distribute|distribution of|distributing|trafficking in|bank robbery|armed robbery|robbery|wire fraud|mail fraud|bank fraud|health care fraud|money laundering|carjacking|being a felon in possession|felon in possession|possession of a firearm|transporting (?:illegal |undocumented )?aliens|alien smuggling|harboring)\b[^.;\n]{0,60}/i;

/** An offense named in words at the start of a conviction phrase's object ("conspiracy to distribute cocaine", "bank fraud"). */
const OFFENSE_IN_WORDS = /^\s*(?:one count of |two counts of |a count of )?(?:(?:conspiracy|conspiring|attempt(?:ing)?) to )?(?:possess(?:ion)? with (?:the )?intent to distribute|possessing with intent to distribute|distribut(?:e|ion of|ing)|manufactur(?:e|ing)|import(?:ation of|ing)|trafficking in|bank robbery|armed robbery|robbery|wire fraud|mail fraud|bank fraud|health care fraud|money laundering|carjacking|being a felon in possession|possession of a firearm|transporting (?:illegal |undocumented )?aliens|alien smuggling|harboring)\b[^.;\n]{0,40}/i;

/** Words just before a conviction phrase that make it a prior conviction, not the offense of conviction. */
const PRIOR_CONTEXT = ["previous", "prior", "earlier", "had pleaded", "had pled", "had been convicted", "years ago", "as a juvenile", "state court"];

/** How far after a conviction cue the statute may appear (characters). */
const CUE_WINDOW = 300;
/** How far before a cue to look for prior-conviction context (characters). */
const BEFORE_WINDOW = 80;

/** Words that name the § 1326 offense. */
const REENTRY_OFFENSE = /illegal re-?entry|illegally re-?entering|§ 1326/;

function statuteIn(window: string): OffenseFact | null {
  const usc = uscAt(window);
  const w = window.toLowerCase();
  // (the offense the phrase names first: "pleaded guilty to illegal reentry. … excluded … under 18 U.S.C. § 3624(c)" is a
  // § 1326 case, not one under the statute a later sentence cites — legal audit 36a, pq-008)
  const reentry = w.search(REENTRY_OFFENSE);
  if (reentry !== -1 && (!usc || reentry < usc.index)) return { kind: "1326", cite: "8 U.S.C. § 1326", from: "text" };
  if (usc) return classifyOffense(window.slice(Math.max(0, usc.index - 4)), "text");
  return null;
}

/**
 * The offense of conviction from the prose (front matter, code and comments already blanked):
 * the statute named within a short window after a conviction phrase, skipping phrases about a
 * prior conviction ("in 2005 he pleaded guilty to …", "his prior conviction for …"). If the brief
 * names § 1326 as an offense of conviction anywhere, it is a § 1326 case (a reentry brief recounts
 * the client's earlier federal convictions too); otherwise the first statute found.
 */
export function offenseFromText(prose: string): OffenseFact | null {
  return firstOffense(prose).fact;
}

/** Every offense a conviction phrase of `prose` introduces, with its place, in order; undefined if one is a § 1326 offense. */
export function offensesIn(prose: string): { at: number; fact: OffenseFact }[] | undefined {
  return firstOffense(prose, true).all;
}

/** The longest conviction phrase (characters). */
const LONGEST_CUE = Math.max(...CONVICTION_CUES.map((c) => c.length));

/**
 * `offenseFromText`, with where a § 1326 offense was found: the conviction phrases in the order
 * they stand in the brief (the same occurrences the plain definition below visits, cue by cue),
 * so that the first § 1326 offense ends the reading.
 */
function firstOffense(prose: string, keep = false): { fact: OffenseFact | null; at?: number; all?: { at: number; fact: OffenseFact }[] } {
  const lower = prose.toLowerCase();
  const next = CONVICTION_CUES.map((cue) => lower.indexOf(cue));
  let first: OffenseFact | undefined;
  // with `keep`, and no § 1326 offense: every offense found, in order of place (for OffenseCache)
  const all: { at: number; fact: OffenseFact }[] | undefined = keep ? [] : undefined;
  for (;;) {
    let k = -1;
    for (let c = 0; c < next.length; c++) if (next[c] !== -1 && (k === -1 || next[c] < next[k])) k = c;
    if (k === -1) break;
    const i = next[k];
    const cue = CONVICTION_CUES[k];
    next[k] = lower.indexOf(cue, i + cue.length);
    const fact = offenseAt(prose, lower, i, cue);
    if (!fact) continue;
    if (fact.kind === "1326") return { fact, at: i };
    first ??= fact;
    all?.push({ at: i, fact });
  }
  return { fact: first ?? null, all };
}

/**
 * The offense read from a document's prose, kept across its edits (issue 9: a keystroke in a long
 * brief): a § 1326 offense found at `at` stands while the text up to the end of every window that
 * could reach it is unchanged — every phrase before it and its own read only that text — so an edit
 * after it is not read again. In a brief with no § 1326 offense every offense a phrase introduces is
 * kept with its place: an edit re-reads only the phrases whose windows reach the changed text (the
 * others read the same characters as before, moved by the edit's length). Same results as `offenseFromText`.
 */
export class OffenseCache {
  private last?: { prose: string; fact: OffenseFact; reach: number };
  /** The last prose with no § 1326 offense, and every offense its phrases introduce, in order of place. */
  private none1326?: { prose: string; found: { at: number; fact: OffenseFact }[] };

  /** What it keeps of a brief with no § 1326 offense: every offense a phrase introduces, with its place (tests compare it with `offensesIn`). */
  kept(): readonly { at: number; fact: OffenseFact }[] | undefined {
    return this.none1326?.found;
  }

  offenseFromText(prose: string): OffenseFact | null {
    const l = this.last;
    if (l && prose.length >= l.reach && l.prose.slice(0, l.reach) === prose.slice(0, l.reach)) {
      this.last = { ...l, prose };
      return l.fact;
    }
    // "İ" is the one letter whose lower case is longer: offsets in the lower-cased text would move
    const dotted = prose.includes("\u0130");
    const n = this.none1326;
    this.none1326 = undefined;
    if (n && !dotted) {
      const r = reread(n.prose, n.found, prose);
      if (r.at1326 === undefined) {
        this.none1326 = { prose, found: r.found };
        this.last = undefined;
        return r.found[0]?.fact ?? null;
      }
      this.last = { prose, fact: r.found.find((x) => x.at === r.at1326)!.fact, reach: r.at1326 + LONGEST_CUE + CUE_WINDOW };
      return this.last.fact;
    }
    const r = firstOffense(prose, !dotted);
    const reach = r.at === undefined ? -1 : r.at + LONGEST_CUE + CUE_WINDOW;
    this.last = r.fact && reach >= 0 && !prose.slice(0, reach).includes("\u0130") ? { prose, fact: r.fact, reach } : undefined;
    if (r.all && !dotted) this.none1326 = { prose, found: r.all };
    return r.fact;
  }
}

/**
 * The offenses of `prose` from those of `old` (which has no § 1326 offense; `found` in order of place):
 * the phrases whose windows lie wholly before or after the changed text are kept (those after moved by
 * the edit's length); the phrases that start where a window could reach the changed text are read again.
 * `at1326`: the first § 1326 offense, if the edit made one.
 */
function reread(old: string, found: { at: number; fact: OffenseFact }[], prose: string): { found: { at: number; fact: OffenseFact }[]; at1326?: number } {
  const { prefix, suffix, delta } = editBetween(old, prose);
  const newEnd = prose.length - suffix;
  // a phrase at i reads [i − BEFORE_WINDOW, i + its length + CUE_WINDOW): read again those starting in [from, to)
  const from = Math.max(0, prefix - LONGEST_CUE - CUE_WINDOW);
  const to = Math.min(prose.length, newEnd + BEFORE_WINDOW);
  const out: { at: number; fact: OffenseFact }[] = [];
  for (const x of found) if (x.at < from) out.push(x);
  const lower = prose.slice(from, Math.min(prose.length, to + LONGEST_CUE)).toLowerCase();
  const fresh: { at: number; fact: OffenseFact }[] = [];
  for (const cue of CONVICTION_CUES) {
    for (let j = lower.indexOf(cue); j !== -1 && from + j < to; j = lower.indexOf(cue, j + cue.length)) {
      const i = from + j;
      const fact = offenseAt(prose, undefined, i, cue);
      if (fact) fresh.push({ at: i, fact });
    }
  }
  fresh.sort((a, b) => a.at - b.at);
  out.push(...fresh);
  // (a phrase starting at or after `to` reads only the unchanged end: its window starts past newEnd)
  for (const x of found) if (x.at + delta >= to) out.push({ at: x.at + delta, fact: x.fact });
  const first = fresh.find((x) => x.fact.kind === "1326");
  return { found: out, at1326: first?.at };
}

/** The offense a conviction phrase at `i` introduces, if it is not a prior conviction and a statute follows. */
function offenseAt(prose: string, lower: string | undefined, i: number, cue: string): OffenseFact | null {
  const before = lower !== undefined ? lower.slice(Math.max(0, i - BEFORE_WINDOW), i) : prose.slice(Math.max(0, i - BEFORE_WINDOW), i).toLowerCase();
  const cut = before.lastIndexOf(". ");
  const sameSentence = cut === -1 ? before : before.slice(cut + 2);
  if (PRIOR_CONTEXT.some((w) => sameSentence.includes(w))) return null;
  const start = i + cue.length;
  // stop the window at the end of the paragraph (searched within the window only)
  let window = prose.slice(start, Math.min(prose.length, start + CUE_WINDOW));
  const para = window.indexOf("\n\n");
  if (para !== -1) window = window.slice(0, para);
  const stated = statuteIn(window);
  if (stated) return stated;
  // (an offense named in words right after the phrase: "pleaded guilty to conspiracy to distribute cocaine" — a drug case,
  // not one of unknown offense read under § 1326 holdings: legal audit 36a, pr-035)
  const worded = OFFENSE_IN_WORDS.exec(window);
  if (worded) return { kind: "other", cite: worded[0].trim(), from: "text" };
  if (!(cue.startsWith("this court sentenced") || cue === "was sentenced by this court")) return null;
  const named = NAMED_OFFENSE.exec(window);
  return named ? { kind: "other", cite: named[0].slice(named[0].toLowerCase().indexOf("for ") + 4).trim(), from: "text" } : null;
}

/** `offenseFromText` as first defined: every phrase of every cue, the earliest § 1326 offense, else the earliest other (the fast path is pinned to it). */
export function offenseFromTextPlain(prose: string): OffenseFact | null {
  const lower = prose.toLowerCase();
  let first: { at: number; fact: OffenseFact } | undefined;
  let first1326: { at: number; fact: OffenseFact } | undefined;
  for (const cue of CONVICTION_CUES) {
    let i = lower.indexOf(cue);
    while (i !== -1) {
      const fact = offenseAt(prose, lower, i, cue);
      if (fact) {
        if (fact.kind === "1326") { if (!first1326 || i < first1326.at) first1326 = { at: i, fact }; }
        else if (!first || i < first.at) first = { at: i, fact };
      }
      i = lower.indexOf(cue, i + cue.length);
    }
  }
  return first1326?.fact ?? first?.fact ?? null;
}

/** The offense: front matter first, else the text (`cache`: one per document, kept across its edits). */
export function offenseOf(front: { offense?: string }, prose: string, cache?: OffenseCache): OffenseFact | null {
  if (front.offense) {
    const f = classifyOffense(front.offense, "front matter");
    if (f) return f;
  }
  return cache ? cache.offenseFromText(prose) : offenseFromText(prose);
}

/** Words that say the sentence was set aside and the court is sentencing again. */
const VACATUR_CUES = ["vacated", "vacatur", "remanded", "on remand", "set aside", "reversed and remanded", "pepper"];

/** Phrases that by themselves describe a resentencing after vacatur or remand. */
const RESENTENCING_PHRASES = [
  "at resentencing",
  "at his resentencing",
  "at her resentencing",
  "at the resentencing",
  "remanded for resentencing",
  "for resentencing",
  "on remand",
  "vacated his sentence",
  "vacated her sentence",
  "vacated the sentence",
  "sentence was vacated",
  "sentence has been vacated",
  "vacated and remanded",
  "resentencing memorandum",
];

/**
 * A resentencing after vacatur or remand: `document: resentencing-memorandum`, or prose that
 * speaks of "resentencing" in the same paragraph as a vacatur or remand.
 */
export function resentencingOf(front: { document?: string }, prose: string): boolean {
  if (front.document && RESENTENCING_DOCUMENTS.has(front.document)) return true;
  if (front.document && MOTION_DOCUMENTS.has(front.document)) return false;
  const lower = prose.toLowerCase();
  if (RESENTENCING_PHRASES.some((p) => lower.includes(p))) return true;
  // each paragraph once (linear in the text)
  let a = 0;
  while (a < lower.length) {
    let b = lower.indexOf("\n\n", a);
    if (b === -1) b = lower.length;
    const r = lower.indexOf("resentenc", a);
    if (r === -1) return false;
    if (r < b) {
      const para = lower.slice(a, b);
      if (VACATUR_CUES.some((c) => para.includes(c))) return true;
    } else {
      // jump to the paragraph holding the next "resentenc"
      const p = lower.lastIndexOf("\n\n", r);
      a = p > b ? p + 2 : b + 2;
      continue;
    }
    a = b + 2;
  }
  return false;
}

/**
 * The brief-wide facts. The vehicle is brief-wide only from the front matter (`document:`); in the
 * text it is read per paragraph by the analysis (`resentencingOf({}, paragraph)`), so one paragraph
 * about another case's remand does not make the whole brief a resentencing.
 */
export function briefFacts(front: { offense?: string; document?: string }, prose: string, cache?: OffenseCache): BriefFacts {
  // the one subsection the brief cites by letter ("U.S.S.G. § 1B1.13(b)(3)(B)"), whatever its paragraphs' words suggest;
  // else the one its paragraphs' words name
  const cited = citedFamilyGround(prose);
  const family = cited ?? briefFamilyGround(prose);
  return { offense: offenseOf(front, prose, cache), resentencing: !!front.document && RESENTENCING_DOCUMENTS.has(front.document), revokedAfterRemoval: revokedAfterRemoval(prose), ...(family ? { familyGround: family, ...(cited ? { familyGroundCited: true } : {}) } : {}), ...(governmentRule35b(prose.slice(0, RULE_35B_REACH)) ? { rule35b: true } : {}), ...(SECTION_404_ACT.test(prose.slice(0, RULE_35B_REACH)) ? { section404: true } : {}), ...(saysPriorUnscored(prose) ? { priorUnscored: true } : {}), ...(namesNoOtherReleaseGround(prose) ? { rehabilitationOnly: true } : {}) };
}

/**
 * Words of a ground for release other than rehabilitation, anywhere in a brief: medical circumstances, old age, a family
 * member's death or incapacity and the care it needs, abuse in custody, the pandemic, a change in the law or the
 * sentence's length, conditions of confinement, immigration consequences, innocence. Broad on purpose: a brief that names
 * any of them may rest on more than rehabilitation. Not a relative named alone ("I will live with my sister", a release
 * plan's), nor an age at the offense ("I was 24 years old"), nor a ground the brief disclaims.
 */
const OTHER_RELEASE_GROUND = /\b(?:medical|medically|illness|ill|disease|diagnos\w*|cancer|tumou?r|terminal|stroke|heart|cardiac|kidney|dialysis|diabet\w*|dementia|alzheimer\w*|parkinson\w*|cognitive|surgery|chronic|wheelchair|blind|paraly\w*|deteriorat\w*|disabilit\w*|disabled|hospital\w*|elderly|aging|ageing|(?:6|7|8|9)\d years old|age:? (?:5|6|7|8|9)\d|(?:his|her|my|the defendant's|[A-Z]\w+'s) age|older offender\w*|sixty|seventy|eighty|caregiver|caretaker|incapacit\w*|death|died|passed away|only available|abuse|abused|assault\w*|covid(?:-19)?|pandemic|coronavirus|outbreak|vaccin\w*|infection|unusually long|change in the law|changes in the law|change in law|disparity|disparities|924\(c\)|stack\w*|mandatory minimum|minimum sentence|career offender|sentenced today|lockdown\w*|locked down|lock downs?|conditions of confinement|deport\w*|removal|detainer|immigration|innocen\w*|glaucoma|eyesight|hearing loss|deaf|mobility|frail\w*|attack\w*|rescu\w*|saved|intervened|intervention|heroic\w*|cooperat\w*|autis\w*|special needs|cerebral|syndrome|full time care|full-time care|round the clock|round-the-clock|youthful|(?:his|her|my) youth|as a teenager|age at which|age at the time|length of time (?:he|she|I) (?:has|have) served|a teenager when|impulsivity|juvenile|adolescen\w*|young man|young woman|brain development|immatur\w*)\b/gi;
/** A ground the brief says it does not rest on ("I am not asking because of COVID", audit 37c, pe-037). */
const GROUND_DISCLAIMED = /\bnot (?:asking |moving |seeking release |relying )?(?:because of|based on|on the basis of|rest(?:ing)? on|rely(?:ing)? on)\s+(?:\w+\s+){0,3}$|\b(?:do|does|did) not? ?have (?:a |any )?$|\b(?:do|does|did)n't have (?:a |any )?$/i;
/** "took that to heart", "a change of heart", "the whole heart" (not "my heart condition"). */
const HEART_IDIOM = /\b(?:to|of|all|whole|bottom of)\s+$/i;

/**
 * A brief that names no ground for release but rehabilitation (legal audits 37a, 37b: pc-042's "This transformation is the
 * reason", pd-041's "those accomplishments … are themselves the combination of circumstances" were told only that
 * rehabilitation "may be weighed with other reasons"): a plea on rehabilitation in its compassionate-release vehicle rests on
 * rehabilitation alone, which 28 U.S.C. § 994(t) forecloses — the `@sole-ground` cue of that rule's warnings.
 */
export function namesNoOtherReleaseGround(prose: string): boolean {
  OTHER_RELEASE_GROUND.lastIndex = 0;
  for (let m = OTHER_RELEASE_GROUND.exec(prose); m; m = OTHER_RELEASE_GROUND.exec(prose)) {
    const before = prose.slice(Math.max(0, m.index - 60), m.index);
    // (…nor "I took that to heart", "a change of heart": an idiom, no heart condition — audit 40b, qb-054)
    if (GROUND_DISCLAIMED.test(before) || (m[0].toLowerCase() === "heart" && HEART_IDIOM.test(before))) continue;
    return false;
  }
  return true;
}

/**
 * The brief says a prior conviction receives no criminal history points ("the conviction received no criminal history
 * points", "too old to score"): under the 2011–2015 § 2L1.2(b)(1)(A)–(B) such a prior adds 12 or 8 levels, not 16 or 12
 * (Amendment 754, Nov. 1, 2011) — a calculation point before any departure (legal audit 36a, pq-006, pr-060). The facts
 * of the case, told once, for every paragraph that argues the prior's seriousness.
 */
const UNSCORED_PRIOR =
  /\b(?:receiv(?:es|ed|e|ing)|gets?|got|carr(?:ies|ied|y)|earn(?:s|ed)?|assigned|scored?|scoring)\s(?:no|zero|0)\s(?:criminal[- ]history\s)?points\b|\bno criminal[- ]history points\b|\bnot (?:receive|get|score|earn) (?:any )?criminal[- ]history points\b|\btoo (?:old|remote|stale) to (?:score|be scored|count|be counted|receive (?:any )?(?:criminal[- ]history )?points)\b/i;
/** The rule told, or the lower count already taken ("yields 12 levels instead", "applies only if", "12 rather than 16"). */
const UNSCORED_RULE_OR_COUNTED = /\b(?:12|twelve|8|eight)\b|\bonly\b|\b(?:when|if)\b/i;

/**
 * Does a text say, as a fact of its case, that a prior receives no criminal history points? A sentence with the words, not
 * one that tells the rule or has already taken the lower count (px-054's "because it receives no criminal history points
 * the increase is 12 rather than 16 levels").
 */
export function saysPriorUnscored(text: string): boolean {
  // (read over the whole brief on every run: only the paragraph of each match is split into sentences)
  UNSCORED_PRIORS.lastIndex = 0;
  for (let m = UNSCORED_PRIORS.exec(text); m; m = UNSCORED_PRIORS.exec(text)) {
    const from = text.lastIndexOf("\n\n", m.index) + 1;
    const next = text.indexOf("\n\n", m.index);
    const to = next === -1 ? text.length : next;
    const s = sentencesOf(text, from, to).find((x) => x.start <= m!.index && m!.index < x.end);
    if (s && !UNSCORED_RULE_OR_COUNTED.test(text.slice(s.start, s.end))) return true;
    UNSCORED_PRIORS.lastIndex = to;
  }
  return false;
}
const UNSCORED_PRIORS = new RegExp(UNSCORED_PRIOR.source, "gi");

/**
 * A filing on the government's Rule 35(b) motion ("Defendant's Memorandum in Support of Government's Motion to Reduce
 * Sentence Under Fed. R. Crim. P. 35(b)", legal audit of session 35, pu-035): its title or opening names Rule 35(b) or
 * substantial assistance. There what the court may weigh beside the assistance is circuit law (United States v. Tadio,
 * 663 F.3d 1042 (9th Cir. 2011)), not the bar on a defendant's own Rule 35 motion.
 */
const RULE_35B = /\b35\s?\(b\)|\bsubstantial assistance\b/i;
const RULE_35B_REACH = 3000;
/** The government's motion, as an opening names it ("the Government's Motion to Reduce Sentence", "the United States moves"). */
const GOVERNMENT_MOVES = /\b(?:united states|government)(?:'s|’s)?\b[^.\n]{0,60}?\b(?:mov(?:es|ed|ing)|motion|filed)\b|\bmotion of the government\b|\bgovernment(?:'s|’s)? (?:rule 35|substantial)/i;
/**
 * The government's Rule 35(b) motion by its opening: Rule 35(b) or substantial assistance, and the government's motion —
 * not a pro se motion "styled under Rule 35(b)" that asks a reward for programming, which only the government can move
 * for (Wade v. United States, 504 U.S. 181 (1992); legal audit 36b, pb-035).
 */
function governmentRule35b(opening: string): boolean {
  return RULE_35B.test(opening) && GOVERNMENT_MOVES.test(opening);
}
/**
 * A First Step Act § 404 motion by its opening — "eligible for relief under § 404(b) of the First Step Act" (legal audit of
 * session 35, pv-034: a pasted section of such a motion, whose rehabilitation Concepcion lets the court weigh, was told
 * rehabilitation reopens no final sentence).
 */
export const SECTION_404_ACT = /(?:§|\bsection|\bsec\.)\s?404(?:\(b\))?\s(?:of\s(?:the\s)?)?first step act|\bfirst step act(?:'s|’s)?\s(?:§|section\s)\s?404\b/i;

const REVOKED = /\brevo(?:ked|ke|kes|king|cation|cations)\b/g;
const REVOKED_WORD = /\brevo(?:ked|ke|kes|king|cation|cations)\b/;
const REMOVED = /\b(?:deported|deportation|removed|removal)\b/g;
const YEAR = /\b(?:19[89]\d|20\d\d)\b/g;

/**
 * Does the brief say that its prior's revocation came after the removal — in words ("the revocation occurred after his
 * removal") or by its dates: a paragraph in which the latest year told beside a revocation is later than every year told
 * beside a deportation or removal ("It became two years only in 2006, when the state court revoked community supervision
 * … He had been deported in 2005")? The facts of the case, told once, for every paragraph that argues the revocation
 * (legal audit of session 34, pn-058: a Fifth Circuit brief of 2011 on such a revocation was warned under Compian-Torres,
 * though Bustillos-Pena (5th Cir. 2010), binding there, held the term did not count).
 */
export function revokedAfterRemoval(prose: string): boolean {
  if (!prose.includes("revo")) return false;
  for (const para of prose.split(/\n[ \t]*\n/)) {
    if (!/\brevo(?:ked|cation)/i.test(para)) continue;
    const t = para.toLowerCase();
    for (const sentence of t.split(/(?<=[.;!?])\s+/)) if (REVOKED_WORD.test(sentence) && saysAfterRemoval(sentence)) return true;
    const years = [...t.matchAll(YEAR)].map((m) => ({ at: m.index!, y: Number(m[0]) }));
    if (years.length < 2) continue;
    const near = (re: RegExp): number[] => [...t.matchAll(re)].map((m) => nearestYear(years, m.index!)).filter((y): y is number => y !== undefined);
    const revoked = near(REVOKED), removed = near(REMOVED);
    if (revoked.length && removed.length && Math.max(...revoked) > Math.max(...removed)) return true;
  }
  return false;
}

/** The year told nearest a word (within 60 characters either side), if any. */
function nearestYear(years: { at: number; y: number }[], at: number): number | undefined {
  let best: { d: number; y: number } | undefined;
  for (const x of years) {
    const d = Math.abs(x.at - at);
    if (d <= 60 && (!best || d < best.d)) best = { d, y: x.y };
  }
  return best?.y;
}

// ---------------------------------------------------------------- §1B1.13(b)(3) grounds

/** The §1B1.13(b)(3) ground a family argument names, or general family hardship. */
export type FamilyGround = "A" | "B" | "C" | "D" | "general";

const CHILD = ["child", "children", "child's", "children's", "son", "sons", "daughter", "daughters", "kids", "minor", "baby", "toddler"];
const SPOUSE = ["wife", "husband", "spouse", "registered partner"];
const PARENT = ["mother", "father", "parent", "parents", "mom", "dad"];
/**
 * (D): "any other immediate family member" — the 2023 text adds "a grandchild, grandparent, or sibling of
 * the defendant" to those in (A)–(C) — "or an individual whose relationship with the defendant is similar
 * in kind to that of an immediate family member" (an unmarried partner, a step-parent, someone who raised
 * the defendant). Whether a relationship is similar in kind is for the movant to show; naming one here
 * only routes the argument to (D)'s proof.
 */
const OTHER_FAMILY = [
  "grandmother", "grandfather", "grandparent", "grandparents", "grandma", "grandpa",
  "sister", "brother", "sibling", "siblings", "half brother", "half sister",
  "grandchild", "grandchildren", "grandson", "grandsons", "granddaughter", "granddaughters",
  "aunt", "uncle", "niece", "nephew", "cousin", "godmother", "godfather",
  "stepmother", "stepfather", "stepparent", "stepson", "stepdaughter", "stepchild",
  "partner", "girlfriend", "boyfriend", "fiancee", "fiance", "fiancée", "fiancé", "common law wife", "common law husband",
  "raised him", "raised her", "who raised",
];
const CAREGIVER = ["caregiver", "care giver", "cared for", "caring for", "cares for", "takes care of", "took care of", "looked after", "custody", "guardian", "raising", "raised"];
const DEATH = ["died", "death", "passed away", "deceased", "killed"];
const INCAPACITY = [
  "incapacitat",
  "stroke",
  "bedridden",
  "paralyz",
  "dementia",
  "alzheimer",
  "parkinson",
  "multiple sclerosis",
  "quadriplegic",
  "paraplegic",
  "unable to walk",
  "cannot walk",
  "terminal",
  "cannot care for herself",
  "cannot care for himself",
  "unable to care for herself",
  "unable to care for himself",
  "can no longer care",
  "no longer able to care",
  "unable to care for",
  "disabled",
  "disability",
  "hospitalized",
  "in a coma",
  "dying",
  "cancer",
  "hospice",
  "dialysis",
  "wheelchair",
  "bedbound",
  "bed bound",
  "full time care",
  "constant care",
  "round the clock care",
  "around the clock care",
  "cannot care for themselves",
  "unable to care for themselves",
];
/** Step-relations written apart ("step-mother" normalises to "step mother"): (D), not the parent or child of (A)–(C). */
const STEP = ["step mother", "step father", "step parent", "step son", "step daughter", "step child", "step children"];
const ONLY_CAREGIVER = ["only available caregiver", "only caregiver", "sole caregiver", "only person", "no one else", "nobody else", "only family member"];

function hasWord(text: string, words: string[]): boolean {
  for (const w of words) {
    let i = text.indexOf(w);
    while (i !== -1) {
      const before = i === 0 ? " " : text[i - 1];
      const after = text[i + w.length] ?? " ";
      // prefix cues (ending without a full word, e.g. "incapacitat") match word starts only
      const wordStart = !(before >= "a" && before <= "z");
      const wordEnd = !(after >= "a" && after <= "z") || w.endsWith("at") || w.endsWith("yz") || w === "alzheimer";
      if (wordStart && wordEnd) return true;
      i = text.indexOf(w, i + 1);
    }
  }
  return false;
}

/**
 * Which §1B1.13(b)(3) ground a family argument (one sentence, lower case) names:
 * (A) the death or incapacitation of the caregiver of the defendant's minor child;
 * (B) the incapacitation of the spouse or registered partner; (C) of a parent;
 * (D) circumstances similar to (A)–(C) involving another immediate family member (a grandchild,
 * grandparent or sibling) or someone whose relationship with the defendant is similar in kind —
 * (B)–(D) when the defendant would be the only available caregiver. A sentence that says the
 * defendant is the only caregiver of such a person names that ground even without a word for the
 * incapacity (the finding then says what must be proved). Anything else is general family hardship.
 */
export function familyGroundOf(sentence: string): FamilyGround {
  // (a death or incapacity denied is none: "The children's mother is not dead or incapacitated; she is their caregiver" —
  // legal audit of session 35, pl-007, read as (A))
  // (…nor are a relative's other children the defendant's: "Mrs. Odom has no other living children" of the grandmother who
  // raised him — audit 39a, pz-059, read as (A))
  // (…and where a grandparent raised him, a parent's death long ago is why: "raised … by his maternal grandmother … after his
  // mother's death" names the grandmother's incapacity, (D), not a parent's, (C))
  const lower = sentence.toLowerCase().replace(DENIED_DEATHS_OR_INCAPACITIES, " ").replace(RELATIVES_OTHER_CHILDREN, " ");
  const t = hasWord(lower, GRANDPARENT) ? lower.replace(PARENTS_DEATH, " ") : lower;
  if (t.includes("(b)(3)(a)")) return "A";
  if (t.includes("(b)(3)(b)")) return "B";
  if (t.includes("(b)(3)(c)")) return "C";
  if (t.includes("(b)(3)(d)")) return "D";
  const dead = hasWord(t, DEATH);
  const incapacitated = hasWord(t, INCAPACITY);
  const onlyCaregiver = hasWord(t, ONLY_CAREGIVER);
  if (!dead && !incapacitated && !onlyCaregiver) return "general";
  const child = hasWord(t, CHILD);
  // (C): the parent's son or daughter — the defendant — is the only available caregiver ("the incapacitation of Vincent
  // Ferrante, for whom his son is the only available caregiver": legal audit of session 34, pf-020, read as (A))
  if (incapacitated && CHILD_IS_CAREGIVER.test(t)) return "C";
  // (A): the caregiver of the children died or is incapacitated
  if ((dead || incapacitated) && child && (hasWord(t, CAREGIVER) || hasWord(t, ["grandmother", "grandfather", "aunt", "mother of", "their mother", "the children's mother"]))) return "A";
  const other = hasWord(t, OTHER_FAMILY) || hasWord(t, STEP);
  // (D) by analogy to (A): the caregiver of a grandchild or sibling died or is incapacitated
  if (dead && !incapacitated && other && (hasWord(t, CAREGIVER) || onlyCaregiver)) return "D";
  if (!incapacitated && !onlyCaregiver) return "general";
  if (hasWord(t, SPOUSE)) return "B";
  if (hasWord(t, STEP)) return "D";
  if (hasWord(t, PARENT)) return "C";
  if (other) return "D";
  if (child && (dead || incapacitated)) return "A";
  return "general";
}

/** Does a text (lower case) name a child of the defendant's household ("children", "son", "kids", "minor")? */
export function namesChild(text: string): boolean {
  return hasWord(text, CHILD);
}

/**
 * The § 1B1.13(b)(3) ground the brief's paragraphs name, where they name one and only one ("his father … stage 4
 * Parkinson's … he is the only available caregiver"): the ground of a family argument whose own paragraph names only the
 * relief ("so I can take care of my mother") — legal audit of session 34, pf-020, ph-060: a (b)(3)(C) motion was told
 * its closing paragraph was "family hardship outside (b)(3)(A)–(D)". Undefined where none, or several, are named.
 */
export function briefFamilyGround(prose: string): FamilyGround | undefined {
  const lower = prose.toLowerCase();
  if (!lower.includes("caregiver") && !lower.includes("incapacit") && !lower.includes("(b)(3)")) return undefined;
  let found: FamilyGround | undefined;
  for (const para of lower.split(/\n[ \t]*\n/)) {
    if (para.length > 4000 || (!para.includes("caregiver") && !para.includes("incapacit") && !para.includes("(b)(3)"))) continue;
    // (a paragraph that denies the death or incapacity states the ground to say it is not met — "The policy statement …
    // addresses the death or incapacitation of the caregiver of the defendant's minor children. The defendant's wife is
    // neither deceased nor incapacitated." — legal audit 37b, pd-037: read as (A), the ground "the policy statement lists")
    if (deniesDeathOrIncapacity(para)) continue;
    const g = familyGroundOf(para);
    if (g === "general") continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

/**
 * The one § 1B1.13(b)(3) subsection a brief cites by its letter — "(b)(3)(B)" and no other — or undefined (legal audit of
 * session 35, px-019: a motion that invokes and proves (B), a wife's incapacitation, was read as (D) where a paragraph named
 * her sister, and as hardship outside (b)(3) where a paragraph named only "that care").
 */
export function citedFamilyGround(prose: string): FamilyGround | undefined {
  let found: FamilyGround | undefined;
  for (const m of prose.matchAll(/\(b\)\(3\)\(([a-d])\)/gi)) {
    const g = m[1].toUpperCase() as FamilyGround;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

/** A death or incapacity denied (lower case): "not dead or incapacitated", "is no longer disabled". */
const DENIED_DEATH_OR_INCAPACITY = /\b(?:not|nor|neither|never|no longer)\s(?:[a-z]+\s){0,2}?(?:dead|deceased|incapacitated|disabled)(?:\s(?:or|nor)\s(?:dead|deceased|incapacitated|disabled))?/;
const DENIED_DEATHS_OR_INCAPACITIES = new RegExp(DENIED_DEATH_OR_INCAPACITY.source, "g");
const GRANDPARENT = ["grandmother", "grandfather", "grandparent", "grandparents", "grandma", "grandpa"];
/** A parent's death told as the past ("after his mother's death", "his father died when he was six"). */
const PARENTS_DEATH = /\b(?:(?:his|her|my|their)\s+(?:mother|father|parents)(?:'s|’s|')?\s+(?:death|deaths|passing)|(?:his|her|my|their)\s+(?:mother|father|parents)\s+(?:died|passed away))\b/g;
/** A relative's other children ("has no other living children", "her only other child"): the defendant's parents and aunts, not his minor children. */
const RELATIVES_OTHER_CHILDREN = /\b(?:no|any|her|his|their|only)\s+(?:other|surviving|other living|other surviving)\s+(?:living\s+)?(?:children|child|sons?|daughters?)\b/g;

/** Whether the text denies a death or incapacity ("The children's mother is not dead or incapacitated"). */
export function deniesDeathOrIncapacity(text: string): boolean {
  return DENIED_DEATH_OR_INCAPACITY.test(text.toLowerCase());
}

const CHILD_IS_CAREGIVER = /\b(?:his|her|their) (?:son|daughter|child) (?:[a-z.,]+ ){0,4}?(?:is|would be|will be) (?:the |his |her |their )?only (?:available )?(?:caregiver|care giver|person)/;

/** Whether the sentence says the defendant is the only available caregiver. */
export function saysOnlyCaregiver(sentence: string): boolean {
  return hasWord(sentence.toLowerCase(), ONLY_CAREGIVER);
}

// ---------------------------------------------------------------- Rule 35(b)
/** Words that make an argument one for a Rule 35(b) reduction (sentence lower-cased and normalised). */
const CR_IN_SENTENCE = ["3582(c)(1)", "compassionate release", "extraordinary and compelling"];
/** Words that name a § 3582(c)(2) motion (a retroactive guideline amendment), not a compassionate-release one. */
// (" retroactive …" with its space: "the First Step Act's nonretroactive amendment" is no retroactive one — legal audit 40c,
// pv-045, a compassionate-release order told the § 3582(c)(2) law)
export const C2_WORDS = ["3582(c)(2)", "3582 (c)(2)", " retroactive amendment", " retroactive guideline amendment", "amendment 821", "amendment 782", "amendment 750", "amendment 706"];

/**
 * Whether the argument is made in a § 3582(c)(2) motion: the brief is one (its title names § 3582(c)(2) or a
 * retroactive amendment: `amendmentMotion`) or the sentence itself invokes it — never a compassionate-release point.
 */
export function amendmentMotionOf(sentence: string, s: { amendmentMotion?: boolean; compassionate?: boolean }): boolean {
  if (s.compassionate) return false;
  if (s.amendmentMotion) return true;
  const t = sentence.toLowerCase();
  return C2_WORDS.some((w) => t.includes(w));
}

const RULE_35 = ["rule 35(b)", "rule 35 (b)", "rule 35 motion", "fed. r. crim. p. 35(b)", "fed r crim p 35(b)", "35(b)(4)"];
/**
 * Whether the argument is for a Rule 35(b) reduction: the sentence names Rule 35(b), or the brief is a
 * Rule 35 motion (`document: rule-35-motion`), and the sentence does not ask for compassionate release
 * (§ 3582(c)(1)(A)). Rule 35(b)(4) (below a statutory minimum) applies only there.
 */
export function rule35Of(sentence: string, document?: string | null): boolean {
  const t = sentence.toLowerCase();
  // a sentence that asks for compassionate release is that motion, whatever it says of Rule 35
  if (CR_IN_SENTENCE.some((w) => t.includes(w))) return false;
  return document === "rule-35-motion" || RULE_35.some((w) => t.includes(w));
}

// ---------------------------------------------------------------- revocation after removal

const REMOVAL_WORDS = ["deport", "remov", "reentr", "re entr", "return", "came back", "come back"];

/**
 * Whether the sentence says the revocation came after the deportation or reentry ("revoked after
 * he was deported", "imposed after his 2008 removal and return"): an "after" followed within a
 * few words by a removal or reentry word.
 */
export function saysAfterRemoval(sentence: string): boolean {
  const t = sentence.toLowerCase();
  let i = t.indexOf("after ");
  while (i !== -1) {
    const next = t.slice(i + 6, i + 60);
    if (REMOVAL_WORDS.some((w) => next.includes(w))) return true;
    i = t.indexOf("after ", i + 6);
  }
  return t.includes("post deportation") || t.includes("post removal") || t.includes("post-deportation") || t.includes("post-removal") ||
    // the sentence as it stood when he was removed ("the conviction as it stood at the time of removal", "the sentence imposed
    // at the time of deportation was 60 days": legal audit of session 33, round 2, pq-034), or a revocation following it
    AS_AT_REMOVAL.some((w) => t.includes(w));
}
const AS_AT_REMOVAL = ["time of removal", "time of deportation", "time of his removal", "time of his deportation", "time of her removal", "time of her deportation", "following his deportation", "following his removal", "following her deportation", "following her removal", "following deportation", "following removal"];
