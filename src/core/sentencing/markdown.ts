/**
 * Markdown rendering of a calculation: the block the editor inserts and `heartland range
 * --format markdown` prints. The block starts with an HTML comment recording the input JSON
 * (`<!-- heartland-range {...} -->`) and ends with `<!-- /heartland-range -->`, so the
 * Recompute code lens can find it, reopen the input and replace it.
 */
import { applyStatutoryLimits, calculateRange, editionOf, fmtRange } from "./calculate";
import { calculateWithManualChoice } from "./manualChoice";
import { statuteData, statuteFor } from "./data";
import { appliedStatute } from "./statuteFromPriors";
import type { RangeInput, RangeResult } from "./types";

export const RANGE_OPEN = "<!-- heartland-range ";
export const RANGE_CLOSE = "<!-- /heartland-range -->";
export const COMPARE_OPEN = "<!-- heartland-compare ";
export const COMPARE_CLOSE = "<!-- /heartland-compare -->";

/** JSON safe inside an HTML comment: no "--" (escaped as \u002d, which JSON.parse reads back). */
export function commentJson(value: unknown): string {
  return JSON.stringify(value).replace(/-(?=-)/g, "\\u002d").replace(/>/g, "\\u003e");
}

function cellText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

function months(n: number): string {
  return n % 12 === 0 ? `${n / 12} year${n === 12 ? "" : "s"} (${n} months)` : `${n} months`;
}

function dash(s: string): string {
  return s.replace(/-/g, "–");
}

/** Range in a sentence: "24–30 months", "360 months to life", "life". */
function rangeWords(r: { minMonths: number | null; maxMonths: number | null }): string {
  return dash(fmtRange(r)).replace(/–life/, " to life");
}

/** The statute the calculation applied (bare "1326" and a statute the priors contradict are resolved by the calculator). */

/** The one-sentence summary a lawyer can keep. */
export function summarySentence(input: RangeInput, r: RangeResult): string {
  const head = `The total offense level is ${r.totalOffenseLevel} and the criminal history category is ${r.criminalHistoryCategory}`;
  const table = rangeWords(r.range);
  const gr = rangeWords(r.guidelineRange);
  const st = statuteFor(appliedStatute(input, r));
  const capped = applyStatutoryLimits(r.range, r.statutoryMaximumMonths, st.minMonths);
  // The Guidelines were mandatory until Booker (Jan. 12, 2005): a range for a sentencing before
  // then, or under a pre-2004 Manual with no sentencing date given, is not called "advisory"
  // (audit 14 D7). "guideline range" is true in either era.
  const preBooker = input.sentencingDate ? input.sentencingDate < "2005-01-12" : r.manual < 2004;
  const adv = preBooker ? "" : "advisory ";
  switch (capped.rule) {
    case "none":
      return `${head}, so the ${preBooker ? "guideline" : "advisory"} range is ${table}. USSG ch. 5, pt. A.`;
    case "a":
      return `${head}, so the Sentencing Table range is ${table}; because the statutory maximum is ${r.statutoryMaximumMonths} months, the ${adv}guideline sentence is ${gr}. USSG ch. 5, pt. A; USSG §5G1.1(a).`;
    case "b":
      return `${head}, so the Sentencing Table range is ${table}; because the statute requires at least ${st.minMonths} months, the ${adv}guideline sentence is ${gr}. USSG ch. 5, pt. A; USSG §5G1.1(b).`;
    default:
      return st.minMonths > 0 && r.guidelineRange.minMonths === r.guidelineRange.maxMonths
        ? `${head}, so the Sentencing Table range is ${table}; because the statute requires exactly ${st.minMonths} months, the ${adv}guideline sentence is ${gr}. USSG ch. 5, pt. A; USSG §5G1.1(c).`
        : `${head}, so the Sentencing Table range is ${table}, restricted by the statutory maximum to ${preBooker ? "a guideline" : "an advisory"} range of ${gr}. USSG ch. 5, pt. A; USSG §5G1.1(c).`;
  }
}

function statuteLine(input: RangeInput, r: RangeResult): string {
  const st = statuteFor(appliedStatute(input, r));
  if (st.fixedConsecutive) return `${months(r.statutoryMaximumMonths)}, fixed and consecutive, ${st.cite}`;
  const old = st.beforePenaltyChange && input.offenseDate && input.offenseDate < statuteData.penaltyChangeDate;
  return `${months(r.statutoryMaximumMonths)}, ${st.cite}${old ? " (offense before Sept. 13, 1994)" : ""}`;
}

/**
 * A calculator note in words fit for a filing: the calculator's input field names
 * ("offenseDate", {"subsection": …}) become what they mean, and where a fact is missing the note
 * says which answer of the guided input (Heartland: Insert Guideline Range) supplies it.
 */
export function courtNote(note: string): string {
  let n = note
    .replace(/; give "offenseDate" if the offense may predate that\./, '. The date of the offense was not given; if it may predate Sept. 13, 1994, give it ("Date of the offense" in the guided input).')
    .replace(/; give "offenseDate" to decide it\./, '. The date of the offense was not given ("Date of the offense" in the guided input decides it).')
    .replace(/ — state \{"subsection": "[^"]+", "receivesCriminalHistoryPoints": false\}\./, ' (choose the subsection\'s "conviction receives no criminal history points" entry in the guided input).')
    .replace(/because the conviction is taken to receive criminal history points \(the default\)/, "because the conviction is taken to receive criminal history points")
    .replace(/"beforeFirstOrder" is read as /, 'A prior "before the first order" means ')
    .replace(/; state "deportedAfter" for any prior where that is not so\./, '; for any prior after which the defendant was not deported, answer "No" to "Deported or removed after this conviction?" in the guided input.')
    .replace(/a conviction with no "receivesCriminalHistoryPoints" is taken to receive criminal history points \(the default\)/, "a conviction not marked as receiving no criminal history points is taken to receive them")
    .replace(/"sentenceMonths" must be the sentence imposed as /, "the sentence imposed on each prior conviction is the sentence imposed as ");
  // anything left: a quoted field name becomes its meaning
  n = n.replace(/"([a-z]+[A-Z][A-Za-z]*)"/g, (m, f: string) => FIELD_WORDS[f] ?? m);
  return n;
}

const FIELD_WORDS: Record<string, string> = {
  offenseDate: "the date of the offense",
  sentencingDate: "the date of sentencing",
  sentenceMonths: "the sentence imposed",
  beforeFirstOrder: "before the first order of deportation or removal",
  conductAfterFirstOrder: "criminal conduct after the first order of deportation or removal",
  deportedAfter: "deported or removed after the conviction",
  receivesCriminalHistoryPoints: "receives criminal history points",
  aggravatedFelony: "an aggravated felony",
  committedForProfit: "committed for profit",
  immigrationOffense: "a felony involving a violation of the immigration laws",
  earlyDisposition: "early disposition",
  otherAdjustments: "other adjustments",
  criminalHistory: "criminal history",
  statuteAsCharged: "“apply the statute as charged”",
  zeroPointCriteriaMet: "whether the other criteria of §4C1.1 are met",
  releaseDate: "the release date",
  sentenceDate: "the sentence date",
};

const OFFENSE_WORDS: Record<string, string> = {
  "illegal-reentry": "illegal reentry",
  "1325a": "improper entry (8 U.S.C. § 1325(a))",
  "drug-trafficking": "drug trafficking",
  "crime-of-violence": "crime of violence",
  firearms: "firearms offense",
  "child-pornography": "child pornography",
  "national-security-terrorism": "national security or terrorism offense",
  "human-trafficking": "human trafficking",
  "alien-smuggling": "alien smuggling",
  "aggravated-felony": "aggravated felony",
  other: "other offense",
};

function monthsText(m: number): string {
  return Number.isInteger(m) ? `${m} month${m === 1 ? "" : "s"}` : `${m} months (about ${Math.round(m * 30.4375)} days)`;
}

/** The criminal-history table (prior, date, sentence, points, rule) of a calculation from the priors. */
export function renderCriminalHistoryTable(input: RangeInput, r: RangeResult): string[] {
  if (!r.criminalHistory || r.criminalHistoryPoints === undefined) return [];
  const priors = input.priors ?? [];
  const lines = ["", `**Criminal history — USSG ch. 4, pt. A: ${r.criminalHistoryPoints} point${r.criminalHistoryPoints === 1 ? "" : "s"}, category ${r.criminalHistoryCategory}**`, "", "| Prior | Date | Sentence | Points | Rule |", "| --- | --- | --- | ---: | --- |"];
  for (const it of r.criminalHistory.items) {
    const p = it.prior !== undefined ? priors[it.prior - 1] : undefined;
    if (p) {
      const imp = p.sentenceMonths ? `${monthsText(p.sentenceMonths)} imprisonment` : p.probationMonths ? `${monthsText(p.probationMonths)} probation` : "no imprisonment";
      const sentence = `${imp}${p.revocationMonths ? ` + ${monthsText(p.revocationMonths)} on revocation` : ""}${p.releaseDate ? `; released ${p.releaseDate}` : ""}`;
      const who = `${it.prior}. ${p.kind === "felony" ? "Felony" : "Misdemeanor"}, ${OFFENSE_WORDS[p.offense] ?? p.offense}${p.ageAtOffense !== undefined && p.ageAtOffense < 18 ? ` (age ${p.ageAtOffense})` : ""}`;
      lines.push(`| ${cellText(who)} | ${p.sentenceDate ?? ""} | ${cellText(sentence)} | ${it.points} | ${cellText(`${it.subsection}: ${it.reason}`)} |`);
    } else {
      lines.push(`| ${/recency/.test(it.reason) ? "Recency" : "Status"} | | | ${it.points} | ${cellText(`${it.subsection}: ${it.reason}`)} |`);
    }
  }
  lines.push(`| **Total** | | | **${r.criminalHistoryPoints}** | category ${r.criminalHistoryCategory} (USSG ch. 5, pt. A) |`);
  return lines;
}

/** The table cell that says which inputs of an unverified edition were computed with an earlier edition's rules. */
function unverifiedCell(u: NonNullable<RangeResult["unverified"]>): string {
  return `computed with the ${u.computedWith} rules; the amendments (${u.amendments}) may have changed ${u.inputs.map((i) => `${i.cite} (${i.what})`).join("; ")}`;
}

/** The body of a single calculation (no marker comments). */
export function renderResultBody(input: RangeInput, r: RangeResult): string {
  const st = statuteFor(appliedStatute(input, r));
  const lines: string[] = [];
  lines.push(`**Guideline range — USSG §2L1.2, ${r.manual} Guidelines Manual (${st.cite})**`);
  lines.push("");
  lines.push("| Step | Levels | Total | Citation |");
  lines.push("| --- | ---: | ---: | --- |");
  for (const s of r.steps) {
    lines.push(`| ${cellText(s.label)} | ${s === r.steps[0] ? String(s.levels) : signed(s.levels)} | ${s.total} | ${cellText(s.cite)} |`);
  }
  lines.push("");
  lines.push("| | |");
  lines.push("| --- | --- |");
  lines.push(`| Total offense level | ${r.totalOffenseLevel} |`);
  lines.push(`| Criminal history category | ${r.criminalHistoryCategory}${r.criminalHistoryPoints !== undefined ? ` (${r.criminalHistoryPoints} point${r.criminalHistoryPoints === 1 ? "" : "s"})` : ""} |`);
  lines.push(`| Sentencing Table range | ${rangeWords(r.range)} (USSG ch. 5, pt. A) |`);
  lines.push(`| Statutory maximum | ${statuteLine(input, r)} |`);
  lines.push(`| Guideline range (USSG §5G1.1) | ${rangeWords(r.guidelineRange)} |`);
  if (r.manualComparison) {
    const c = r.manualComparison;
    const forOffense = c.offenseDateManualInForce === undefined ? "offense date" : `for the offense date, in place of the ${c.offenseDateManualInForce} Manual in force then, which Heartland does not have`;
    lines.push(`| Guideline range, ${c.offenseDateManual} Manual (${forOffense}) | ${rangeWords(c.offenseDateRange)} |`);
    lines.push(`| Guideline range, ${c.sentencingDateManual} Manual (sentencing date) | ${rangeWords(c.sentencingDateRange)} |`);
  }
  const alt = r.statute?.alternative;
  if (alt && (alt.guidelineRange.minMonths !== r.guidelineRange.minMonths || alt.guidelineRange.maxMonths !== r.guidelineRange.maxMonths)) lines.push(`| Guideline range under ${statuteFor(alt.statute).cite} | ${rangeWords(alt.guidelineRange)} (statutory maximum ${months(alt.statutoryMaximumMonths)}) |`);
  lines.push(`| Zone | ${r.zone}${r.unverified ? ` (unverified for the ${r.unverified.edition} Manual)` : ""} |`);
  if (r.unverified) lines.push(`| Unverified for the ${r.unverified.edition} Manual | ${cellText(unverifiedCell(r.unverified))} |`);
  lines.push(`| Supervised release | not more than ${r.supervisedRelease.maxYears} year${r.supervisedRelease.maxYears === 1 ? "" : "s"} (${st.supervisedReleaseCite.replace(/^18 U\.S\.C\. §§/, "18 U.S.C. §§")}) |`);
  for (const d of r.departures) {
    lines.push(`| Departure: ${cellText(d.label)} (${d.cite}, ${signed(d.levels)}) | level ${d.offenseLevel}: ${rangeWords(d.range)}${d.guidelineRange.minMonths !== d.range.minMonths || d.guidelineRange.maxMonths !== d.range.maxMonths ? `; ${rangeWords(d.guidelineRange)} under USSG §5G1.1` : ""} |`);
  }
  lines.push(...renderCriminalHistoryTable(input, r));
  lines.push("");
  lines.push(summarySentence(input, r));
  if (r.notes.length) {
    lines.push("");
    for (const n of r.notes) lines.push(`- ${courtNote(n).replace(/\r?\n/g, " ")}`);
  }
  return lines.join("\n");
}

/** The whole block the editor inserts: marker comment with the input, body, closing marker. */
export function renderRangeMarkdown(input: RangeInput, r: RangeResult = calculateWithManualChoice(input)): string {
  return `${RANGE_OPEN}${commentJson(pinned(input, r.manual))} -->\n${renderResultBody(input, r)}\n${RANGE_CLOSE}\n`;
}

/** The recorded input names the edition actually applied ("latest" would drift when a new Manual appears). */
function pinned(input: RangeInput, manual: number): RangeInput {
  return input.manual === manual ? input : { ...input, manual };
}

// ---------------------------------------------------------------------------------------------
// Compare scenarios

export interface Scenario {
  /** stable id, e.g. "without:(b)(2)(B)", "acceptance:0", "earlyDisposition:4" */
  id: string;
  label: string;
  input: RangeInput;
}

/** Same facts with the enhancements stated by subsection (so one can be removed). */
function asEnhancements(input: RangeInput, r: RangeResult): RangeInput {
  const edition = editionOf(input);
  const enh = r.steps
    .filter((s) => s.cite.startsWith("USSG §2L1.2(b)"))
    .map((s) => {
      const sub = s.cite.replace("USSG §", "");
      if (edition >= 2011 && edition <= 2015 && /\(no criminal history points\)|receives no criminal history points/.test(s.label)) {
        return { subsection: sub, receivesCriminalHistoryPoints: false };
      }
      return sub;
    });
  const out: RangeInput = { ...input, enhancements: enh };
  // Criminal history computed from the priors still needs them (the enhancements listed win).
  if (!("fromPriors" in input.criminalHistory)) delete out.priors;
  return out;
}

/** The scenarios a lawyer typically compares for these facts. */
export function scenarioOptions(input: RangeInput): Scenario[] {
  const r = calculateRange(input);
  const edition = editionOf(input);
  const out: Scenario[] = [];
  const base = asEnhancements(input, r);
  const enh = base.enhancements ?? [];
  enh.forEach((e, i) => {
    const sub = typeof e === "string" ? e : e.subsection;
    out.push({ id: `without:${sub}`, label: `Without §${sub}`, input: { ...base, enhancements: enh.filter((_, j) => j !== i) } });
  });
  const acc = input.acceptance ?? 0;
  for (const a of [0, 2, 3] as const) {
    if (a !== acc) out.push({ id: `acceptance:${a}`, label: a === 0 ? "Without acceptance" : `Acceptance ${a} levels`, input: { ...input, acceptance: a } });
  }
  const ch = input.criminalHistory;
  if ("fromPriors" in ch) {
    // A PSR objection: the status points, or one disputed prior (its points and any enhancement it triggers).
    out.push({ id: `status:${ch.underSentence ? "off" : "on"}`, label: ch.underSentence ? "Without status points" : "With status points (under a criminal justice sentence)", input: { ...input, criminalHistory: { ...ch, underSentence: !ch.underSentence } } });
    const priors = input.priors ?? [];
    for (const it of r.criminalHistory?.items ?? []) {
      if (it.prior === undefined || it.points === 0) continue;
      const p = priors[it.prior - 1];
      out.push({ id: `withoutPrior:${it.prior}`, label: `Without prior ${it.prior} (${p.kind}, ${OFFENSE_WORDS[p.offense] ?? p.offense}; ${it.points} point${it.points === 1 ? "" : "s"})`, input: { ...input, priors: priors.filter((_, j) => j !== it.prior! - 1) } });
    }
  }
  const ed = input.earlyDisposition ?? 0;
  if (edition >= 2003) {
    if (ed > 0) out.push({ id: "earlyDisposition:0", label: "Without early disposition", input: { ...input, earlyDisposition: 0 } });
    else out.push({ id: "earlyDisposition:4", label: "With 4-level early disposition", input: { ...input, earlyDisposition: 4 } });
  }
  return out;
}

/** Resolves scenario ids against the input (unknown ids are refused). */
export function scenariosById(input: RangeInput, ids: string[]): Scenario[] {
  const all = scenarioOptions(input);
  return ids.map((id) => {
    const s = all.find((x) => x.id === id);
    if (!s) throw new Error(`Unknown scenario "${id}". Available: ${all.map((x) => x.id).join(", ")}.`);
    return s;
  });
}

function rowFor(label: string, r: RangeResult): string {
  const dep = r.departures.map((d) => `${d.cite} ${signed(d.levels)}: ${rangeWords(d.range)}`).join("; ");
  return `| ${cellText(label)} | ${r.totalOffenseLevel} | ${r.criminalHistoryCategory} | ${rangeWords(r.range)} | ${rangeWords(r.guidelineRange)} | ${dep || "—"} |`;
}

/** One table: the calculation as given, then each scenario. */
export function renderCompareMarkdown(input: RangeInput, scenarioIds: string[]): string {
  const r = calculateRange(input);
  const scenarios = scenariosById(input, scenarioIds);
  const st = statuteFor(appliedStatute(input, r));
  const lines: string[] = [];
  lines.push(`${COMPARE_OPEN}${commentJson({ input: pinned(input, r.manual), scenarios: scenarioIds })} -->`);
  lines.push(`**Scenarios — USSG §2L1.2, ${r.manual} Guidelines Manual (${st.cite}; statutory maximum ${months(r.statutoryMaximumMonths)})**`);
  lines.push("");
  if (r.unverified) lines.push(`Unverified for the ${r.unverified.edition} Manual: ${unverifiedCell(r.unverified)}.`, "");
  lines.push("| Scenario | Total offense level | Criminal history category | Sentencing Table range | Guideline range (USSG §5G1.1) | Departure |");
  lines.push("| --- | ---: | :---: | --- | --- | --- |");
  lines.push(rowFor("As calculated", r));
  for (const s of scenarios) lines.push(rowFor(s.label, calculateRange(s.input)));
  lines.push("");
  lines.push(summarySentence(input, r));
  lines.push(COMPARE_CLOSE);
  return lines.join("\n") + "\n";
}

export interface RecordedBlock {
  kind: "range" | "compare";
  /** offsets into the text: start of the opening comment, end of the closing comment line */
  start: number;
  end: number;
  /** the recorded JSON (input, or {input, scenarios}) — undefined if it no longer parses */
  data: unknown;
}

/** Finds the recorded blocks in a document (for the Recompute code lens). */
export function findRecordedBlocks(text: string): RecordedBlock[] {
  const out: RecordedBlock[] = [];
  for (const [kind, open, close] of [["range", RANGE_OPEN, RANGE_CLOSE], ["compare", COMPARE_OPEN, COMPARE_CLOSE]] as const) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const endComment = text.indexOf("-->", start + open.length);
      if (endComment < 0) break;
      const closeAt = text.indexOf(close, endComment);
      const nextOpen = text.indexOf(open, endComment);
      if (closeAt < 0 || (nextOpen >= 0 && nextOpen < closeAt)) {
        from = endComment + 3;
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(text.slice(start + open.length, endComment).trim());
      } catch {
        data = undefined;
      }
      let end = closeAt + close.length;
      if (text[end] === "\r") end++;
      if (text[end] === "\n") end++;
      out.push({ kind, start, end, data });
      from = end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
