/**
 * The words of the "Reframe as a § 3553(a) variance" quick fix (departure-framing), kept in the core so the
 * CLI, the tests and the editor share them. The edit touches only the party's own request for a departure:
 *   "asks the Court to depart downward"            → "asks the Court to vary downward"
 *   "requests a downward departure" / "a downward departure is warranted" → "… downward variance …"
 * and nothing else: never "voluntary departure" (8 U.S.C. § 1229c, a fact of a § 1326 case), "departed for
 * Mexico", "the Court departed in United States v. Doe" (what an authority did), nor any citation (a
 * "§ 5K2.0" stays as written; the citation check flags it with its own advice). Where no request is
 * recognised with certainty there is no edit, and the editor offers no rewrite.
 */

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

/** The first letter's case kept: "Depart downward" → "Vary downward". */
function sameCase(from: string, to: string): string {
  return from[0] === from[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
}

/**
 * The replacements that turn a departure request into a variance request, in order, each only the request's
 * own words; [] when the sentence holds no request Heartland recognises with certainty.
 */
export function varianceReframeEdits(sentence: string): ReframeEdit[] {
  const edits: ReframeEdit[] = [];
  for (const m of sentence.matchAll(DEPART_DOWNWARD)) {
    const at = m.index!;
    if (!DEPART_GOVERNOR.test(sentence.slice(Math.max(0, at - 40), at))) continue;
    // only the verb: "depart" → "vary" (the space and "downward" stay as written)
    edits.push({ start: at, end: at + 6, newText: sameCase(m[0], "vary") });
  }
  for (const m of sentence.matchAll(DOWNWARD_DEPARTURE)) {
    const at = m.index!;
    const end = at + m[0].length;
    const asked = DEPARTURE_ASKED.test(sentence.slice(Math.max(0, at - 30), at)) || (m[0].toLowerCase().endsWith("departure") && DEPARTURE_WARRANTED.test(sentence.slice(end, end + 30)));
    if (!asked) continue;
    const plural = m[0].toLowerCase().endsWith("departures");
    const word = end - (plural ? "departures".length : "departure".length);
    edits.push({ start: word, end, newText: sameCase(sentence.slice(word, end), plural ? "variances" : "variance") });
  }
  return edits.sort((a, b) => a.start - b.start);
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
