/**
 * The words of the "Reframe as a § 3553(a) variance" quick fix (departure-framing), kept in the core so the
 * CLI, the tests and the editor share them. The edit touches only the party's own request for a departure:
 *   "asks the Court to depart downward"            → "asks the Court to vary downward"
 *   "requests a downward departure" / "a downward departure is warranted" → "… downward variance …"
 * and nothing else: never "voluntary departure" (8 U.S.C. § 1229c, a fact of a § 1326 case), "departed for
 * Mexico", "the Court departed in United States v. Doe" (what an authority did), nor any citation. Where no
 * request is recognised with certainty there is no edit, and the editor offers no rewrite.
 *
 * Audit 14 D8 — the request must be the writer's own, made now, and a variance must be what it becomes:
 *   - never in a filing the defence did not write (the government's response, a court's order) nor where the
 *     paragraph's voice is the government's or the court's (`varianceReframeFor`, from the finding's trace);
 *     never in a motion after judgment (§ 2255, Rule 35, § 3582(c)): a variance is no more available there
 *     than a departure, as the finding's own message says;
 *   - never in a sentence that speaks of someone else's position (the government, the prosecutor, probation,
 *     the PSR, "the parties", an opposition or objection), of the past (a plea agreement, "requested",
 *     "asked", "previously", "at the first sentencing"), or that negates or conditions the request ("does not
 *     ask", "if the Court were to depart downward");
 *   - never in a sentence that names a guideline departure provision (§ 4A1.3, § 5K2.x, § 5H1.x, "comment.
 *     (n.8)", an application note, a policy statement), nor where the request is "under" anything but
 *     § 3553(a): "vary downward under USSG § 4A1.3(b)" is wrong law (a variance is under no guideline
 *     provision), and the provision is the writer's to replace.
 */
import { DOCUMENT_KINDS } from "../brief/frontmatter";

/** One replacement, offsets into the sentence given. */
export interface ReframeEdit {
  start: number;
  end: number;
  newText: string;
}

/** "depart downward" governed by a request to the court: "asks the Court to", "the Court should". */
const DEPART_DOWNWARD = /\bdepart[ \t\r\n]+downward\b/gi;
const DEPART_GOVERNOR = /\b(?:court|judge)[ \t\r\n]+(?:to|should|can|may|could|would|must)[ \t\r\n]+$|\b(?:asks?|asking|requests?|requesting|moves?|moving|urges?|urging|invites?|inviting|seeks?|seeking)[ \t\r\n]+to[ \t\r\n]+$/i;

/** "downward departure(s)" as the thing asked for: "requests a downward departure", "a downward departure is warranted". */
const DOWNWARD_DEPARTURE = /\bdownward[ \t\r\n]+departures?\b/gi;
const DEPARTURE_ASKED = /\b(?:requests?|requesting|seeks?|seeking|asks?[ \t\r\n]+for|asking[ \t\r\n]+for|moves?[ \t\r\n]+for|moving[ \t\r\n]+for|warrants?|warranting|justify|justifies|merits?)[ \t\r\n]+(?:a[ \t\r\n]+)?$/i;
const DEPARTURE_WARRANTED = /^[ \t\r\n]+(?:is|are|would[ \t\r\n]+be)[ \t\r\n]+(?:warranted|appropriate|justified)\b/i;

/**
 * Someone else's position in the sentence: the government's (or the prosecutor's, probation's, the PSR's, both
 * parties'), or an opposition to or objection against a request. The request is then not the writer's own.
 */
const OTHER_SPEAKER =
  /\b(?:government|prosecut\w*|AUSA|U\.S\.[ \t\r\n]+Attorney|United[ \t\r\n]+States[ \t\r\n]+Attorney|probation[ \t\r\n]+(?:office|officer|department)|PSR|presentence[ \t\r\n]+(?:report|investigation)|(?:the|both)[ \t\r\n]+parties|co-?defendants?|oppos\w*|objects?|objected|objection|disputes?|disputed|contests?|contested|resists?)\b|\bthe[ \t\r\n]+United[ \t\r\n]+States[ \t\r\n]+(?:asks|requests|moves|urges|seeks|argues|contends|recommends|agrees|submits|maintains|believes)\b/i;

/**
 * The past: a request already made (by whomever), an agreement's terms, an earlier hearing, a ruling. Rewriting it
 * would misstate what was said or agreed.
 */
const HISTORY =
  /\b(?:asked|requested|moved|sought|urged|argued|recommended|agreed|stipulated|proposed|invited|petitioned|applied|granted|denied|rejected|declined|previously|earlier|formerly|originally|initially|plea[ \t\r\n]+(?:agreement|bargain|deal)|stipulation|(?:first|original|prior|initial|earlier|previous|former|last)[ \t\r\n]+(?:sentencing|hearing|resentencing|judgment))\b/i;

/** Before the request: it is negated or conditioned ("does not ask", "if the Court were to depart downward"). */
const NEGATED_OR_CONDITIONAL = /\b(?:not|never|no|nor|neither|cannot|if|unless|whether|without)\b|n['’]t\b/i;

/**
 * A guideline departure provision named in the sentence: a guideline section ("§ 4A1.3(b)", "§§ 5H1.6 and 5K2.0",
 * "§2L1.2"), "USSG", commentary ("comment. (n.8)", "application note"), a policy statement, a Chapter 5 Part.
 */
const PROVISION =
  /\b[1-8][A-K][1-9]\.\d|\bU\.?S\.?S\.?G\b|\bcomment(?:ary)?\b|\bapplication[ \t\r\n]+notes?\b|\bpolicy[ \t\r\n]+statements?\b|\bchapter[ \t\r\n]+(?:5|five)\b|\bpart[ \t\r\n]+(?:5?[HK])\b/i;

/** The request said to be "under" (or "pursuant to") something other than § 3553(a). */
const UNDER_OTHER =
  /^[ \t\r\n]*(?:,[ \t\r\n]*)?(?:under|pursuant[ \t\r\n]+to|in[ \t\r\n]+accordance[ \t\r\n]+with|as[ \t\r\n]+(?:authorized|permitted|provided)[ \t\r\n]+(?:by|in|under))[ \t\r\n]+(?!(?:18[ \t\r\n]+U\.S\.C\.[ \t\r\n]+)?(?:§|section)[ \t\r\n]*3553\(a\))/i;

/** Words before a period that do not end a sentence ("et seq.", "cert.", "Cir."): a lower-case word of three letters or more does otherwise. */
const NOT_AN_END = new Set(["seq", "etc", "ibid", "supp", "cert", "rev", "ann", "stat", "app", "comment", "cmt", "para", "cl", "subsec"]);

/**
 * The sentence of `text` around `at`: from after the last sentence end before it to the next one after it. A sentence
 * ends at ".", "!" or "?" after a lower-case word of three letters or more (closing quotes or brackets may follow),
 * before white space and a capital or an opening quote; or at a blank line. Abbreviations ("Mr.", "v.", "U.S.C.",
 * "§ 3553(a).") end no sentence here: where unsure, the sentence read is longer, which only ever withholds an edit.
 */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const ends: number[] = [];
  const END = /[.!?]["'”’)\]]*(?=[ \t]*\r?\n[ \t]*\r?\n|[ \t\r\n]+["“(]?[A-Z])/g;
  for (const m of text.matchAll(END)) {
    const i = m.index!;
    let w = i;
    while (w > 0 && /[A-Za-z]/.test(text[w - 1])) w--;
    const word = text.slice(w, i);
    if (word.length < 3 || word[0] !== word[0].toLowerCase() || NOT_AN_END.has(word.toLowerCase())) continue;
    ends.push(i + m[0].length);
  }
  // a blank line ends a sentence too
  for (const m of text.matchAll(/\r?\n[ \t]*\r?\n/g)) ends.push(m.index!);
  let start = 0;
  let end = text.length;
  for (const e of ends) {
    if (e <= at && e > start) start = e;
    if (e > at && e < end) end = e;
  }
  return { start, end };
}

/** Is the request at [at, end) the writer's own, made now, for a departure under no named provision? */
function ownPresentRequest(text: string, at: number, end: number): boolean {
  const s = sentenceAround(text, at);
  const sentence = text.slice(s.start, s.end);
  if (OTHER_SPEAKER.test(sentence) || HISTORY.test(sentence) || PROVISION.test(sentence)) return false;
  if (NEGATED_OR_CONDITIONAL.test(text.slice(s.start, at))) return false;
  return !UNDER_OTHER.test(text.slice(end, s.end));
}

/** The first letter's case kept: "Depart downward" → "Vary downward". */
function sameCase(from: string, to: string): string {
  return from[0] === from[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
}

/**
 * The replacements that turn a departure request into a variance request, in order, each only the request's
 * own words; [] when the sentence holds no request Heartland recognises with certainty as the writer's own,
 * present request for a departure under no named guideline provision.
 */
export function varianceReframeEdits(sentence: string): ReframeEdit[] {
  const edits: ReframeEdit[] = [];
  for (const m of sentence.matchAll(DEPART_DOWNWARD)) {
    const at = m.index!;
    if (!DEPART_GOVERNOR.test(sentence.slice(Math.max(0, at - 40), at))) continue;
    if (!ownPresentRequest(sentence, at, at + m[0].length)) continue;
    // only the verb: "depart" → "vary" (the space and "downward" stay as written)
    edits.push({ start: at, end: at + 6, newText: sameCase(m[0], "vary") });
  }
  for (const m of sentence.matchAll(DOWNWARD_DEPARTURE)) {
    const at = m.index!;
    const end = at + m[0].length;
    const asked = DEPARTURE_ASKED.test(sentence.slice(Math.max(0, at - 30), at)) || (m[0].toLowerCase().endsWith("departure") && DEPARTURE_WARRANTED.test(sentence.slice(end, end + 30)));
    if (!asked || !ownPresentRequest(sentence, at, end)) continue;
    const plural = m[0].toLowerCase().endsWith("departures");
    const word = end - (plural ? "departures".length : "departure".length);
    edits.push({ start: word, end, newText: sameCase(sentence.slice(word, end), plural ? "variances" : "variance") });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * Filings in which the reframe may be offered: the defence's filings at a sentencing or resentencing, or a brief
 * that does not say what it is. Not the government's response (its words, or its account of the defence's
 * request, are not the writer's request), not an appellate brief (what was asked below is history), not a court's
 * order, and not a motion after judgment (§ 2255, Rule 35, § 3582(c)): there a variance is no more open than a
 * departure.
 */
const REFRAME_DOCUMENTS: ReadonlySet<string> = new Set(["sentencing-memorandum", "resentencing-memorandum", "psr-objections"]);

/** The document kind a trace's context names ("government response (from the front matter); …"), if any. */
export function documentOfTrace(context: string): string | undefined {
  if (context.startsWith("a court's order or opinion")) return "court";
  for (const kind of DOCUMENT_KINDS) if (context.startsWith(`${kind.replace(/-/g, " ")} (from the `)) return kind;
  return undefined;
}

/** What the quick fix knows of a departure-framing finding (`Finding`'s fields). */
export interface ReframeFinding {
  rule: string;
  message?: string;
  trace?: { speaker: string; context: string };
}

/**
 * Is a "Reframe as a § 3553(a) variance" edit offered for this finding at all? Only for a departure-framing
 * finding in a filing where the writer's request is the defence's at a sentencing (`REFRAME_DOCUMENTS`, or no
 * document named), where the paragraph's voice is not the government's or the court's, and whose message does
 * not itself say a variance is unavailable. `document`: the front matter's `document:`, when the editor has it.
 */
export function varianceReframeOffered(f: ReframeFinding, document?: string | null): boolean {
  if (f.rule !== "departure-framing" || !f.trace) return false;
  const kind = document ?? documentOfTrace(f.trace.context);
  if (kind !== undefined && !REFRAME_DOCUMENTS.has(kind)) return false;
  if (f.trace.context.includes("the government is the author") || f.trace.context.includes("compassionate-release context")) return false;
  if (f.trace.speaker === "the government" || f.trace.speaker === "the court") return false;
  if (f.message && /no occasion for a variance/i.test(f.message)) return false;
  return true;
}

/** The edits of the quick fix for a finding over `text` (its sentence or sentences): [] where it is not offered. */
export function varianceReframeFor(text: string, f: ReframeFinding, document?: string | null): ReframeEdit[] {
  return varianceReframeOffered(f, document) ? varianceReframeEdits(text) : [];
}

/** The sentence with the edits applied (the CLI and the tests; the editor applies the edits themselves). */
export function applyReframe(sentence: string, edits: readonly ReframeEdit[]): string {
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += sentence.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + sentence.slice(at);
}
