/**
 * Amendment 821 for post-sentence work (18 U.S.C. § 3582(c)(2)): given the edition a defendant was
 * sentenced under and the facts (criminal history from the priors), does Part A (status points,
 * §4A1.1(e)) or Part B, Subpart 1 (§4C1.1, zero-point offenders) lower the guideline range?
 *
 * Retroactive under §1B1.10(d) as amended by Amendment 825 (eff. Nov. 1, 2023), with no reduced term
 * effective before Feb. 1, 2024 (§1B1.10(e)(2)). Following §1B1.10(b)(1), only the amended
 * provisions are substituted: the §2L1.2 enhancements do not depend on status points and stay as
 * they were; the status points are recomputed and §4C1.1 applied. Pure.
 */
import { calculateRange, applyStatutoryLimits } from "./calculate";
import { categoryForPoints, cell, statuteFor, tableRange } from "./data";
import { appliedStatute } from "./statuteFromPriors";
import { chRule } from "./criminalHistory";
import { RangeInputError, type Category, type GuidelineRange, type RangeInput } from "./types";

export interface Amendment821Side {
  criminalHistoryPoints: number;
  criminalHistoryCategory: Category;
  totalOffenseLevel: number;
  guidelineRange: GuidelineRange;
}

export interface Amendment821Check {
  /** the edition of the original sentencing */
  manual: number;
  original: Amendment821Side;
  amended: Amendment821Side;
  partA: { statusPointsBefore: number; statusPointsAfter: number };
  partB: { applies: boolean; levels: number };
  /** §1B1.10(a)(2)(B): a reduction is authorized only if the amendment lowers the applicable range. */
  lowersRange: boolean;
  notes: string[];
  source: string;
}

/** Runs the check; throws RangeInputError when the input cannot answer it. */
export function checkAmendment821(input: RangeInput): Amendment821Check {
  const ch = input.criminalHistory;
  if (!("fromPriors" in ch)) {
    throw new RangeInputError([{ field: "criminalHistory", message: "the Amendment 821 check needs {\"fromPriors\": true, \"underSentence\": true|false}: Part A turns on the status points and the points from the priors." }]);
  }
  const r = calculateRange(input);
  if (r.manual >= 2023) {
    throw new RangeInputError([{ field: "manual", message: `the ${r.manual} Manual already includes Amendment 821 (effective Nov. 1, 2023); give the edition the defendant was sentenced under (2022 or earlier).` }]);
  }
  const notes: string[] = [];
  const items = r.criminalHistory?.items ?? [];
  const statusBefore = items.filter((i) => i.prior === undefined && i.subsection === "§4A1.1(d)").reduce((s, i) => s + i.points, 0);
  const recencyBefore = items.filter((i) => i.prior === undefined && /recency/.test(i.reason)).reduce((s, i) => s + i.points, 0);
  const points = r.criminalHistoryPoints ?? 0;
  const other = points - statusBefore - recencyBefore;
  // Amended §4A1.1(e): 1 point, only with 7 or more points under (a) through (d) (the (d) of the
  // amended text is the crime-of-violence point, already in `other`).
  const statusAfter = ch.underSentence && other >= 7 ? 1 : 0;
  let recencyAfter = recencyBefore;
  if (recencyBefore === 1 && statusAfter < 2) {
    recencyAfter = 2;
    notes.push("Recency points (the pre-2010 §4A1.1(e)) were 1 because 2 status points were added; with the status points changed by Part A the calculator counts them at 2. This interplay is the calculator's reading of §1B1.10(b)(1), not a rule it found stated — check it.");
  }
  const pointsAfter = other + statusAfter + recencyAfter;
  const zero = pointsAfter === 0 && ch.zeroPointCriteriaMet === true;
  if (pointsAfter === 0 && ch.zeroPointCriteriaMet === undefined) notes.push("With no criminal history points, Part B, Subpart 1 (§4C1.1, 2 levels) would apply if every other criterion of §4C1.1(a) is met; state \"zeroPointCriteriaMet\" to include it. Not applied here.");
  const levelAfter = Math.min(43, Math.max(1, r.totalOffenseLevel - (zero ? 2 : 0)));
  const categoryAfter = categoryForPoints(pointsAfter);
  const st = statuteFor(appliedStatute(input, r));
  const rangeAfter = applyStatutoryLimits(tableRange(cell(levelAfter, categoryAfter)), r.statutoryMaximumMonths, st.minMonths).range;
  const lowers =
    (rangeAfter.minMonths ?? Infinity) < (r.guidelineRange.minMonths ?? Infinity) || (rangeAfter.maxMonths ?? Infinity) < (r.guidelineRange.maxMonths ?? Infinity);
  notes.push(
    lowers
      ? `Amendment 821 lowers the guideline range from ${fmt(r.guidelineRange)} to ${fmt(rangeAfter)}: a motion under 18 U.S.C. § 3582(c)(2) may be considered (USSG §1B1.10(d), Amendment 825); no reduced term may take effect before Feb. 1, 2024 (§1B1.10(e)(2)), and the court weighs the § 3553(a) factors. A reduction generally may not go below the minimum of the amended range (§1B1.10(b)(2)).`
      : `Amendment 821 does not lower the guideline range (${fmt(r.guidelineRange)} either way), so a reduction under 18 U.S.C. § 3582(c)(2) is not authorized (USSG §1B1.10(a)(2)(B)).`,
  );
  return {
    manual: r.manual,
    original: { criminalHistoryPoints: points, criminalHistoryCategory: r.criminalHistoryCategory, totalOffenseLevel: r.totalOffenseLevel, guidelineRange: r.guidelineRange },
    amended: { criminalHistoryPoints: pointsAfter, criminalHistoryCategory: categoryAfter, totalOffenseLevel: levelAfter, guidelineRange: rangeAfter },
    partA: { statusPointsBefore: statusBefore, statusPointsAfter: statusAfter },
    partB: { applies: zero, levels: zero ? -2 : 0 },
    lowersRange: lowers,
    notes,
    source: `${chRule("status1").source}; ${chRule("retroactivity").source}`,
  };
}

function fmt(g: GuidelineRange): string {
  if (g.minMonths === null) return "life";
  if (g.maxMonths === null) return `${g.minMonths} months to life`;
  return g.minMonths === g.maxMonths ? `${g.minMonths} months` : `${g.minMonths}–${g.maxMonths} months`;
}

/** The check as Markdown: both ranges side by side, then the notes. */
export function renderAmendment821Markdown(c: Amendment821Check): string {
  const row = (label: string, a: string, b: string) => `| ${label} | ${a} | ${b} |`;
  const lines = [
    `**Amendment 821 (retroactive, USSG §1B1.10(d)) — sentence under the ${c.manual} Guidelines Manual**`,
    "",
    "| | As sentenced | With Amendment 821 |",
    "| --- | --- | --- |",
    row("Status points (Part A)", String(c.partA.statusPointsBefore), String(c.partA.statusPointsAfter)),
    row("Criminal history points", String(c.original.criminalHistoryPoints), String(c.amended.criminalHistoryPoints)),
    row("Criminal history category", c.original.criminalHistoryCategory, c.amended.criminalHistoryCategory),
    row("§4C1.1 (Part B, Subpart 1)", "—", c.partB.applies ? "−2" : "—"),
    row("Total offense level", String(c.original.totalOffenseLevel), String(c.amended.totalOffenseLevel)),
    row("Guideline range", fmt(c.original.guidelineRange).replace(/-/g, "–"), fmt(c.amended.guidelineRange).replace(/-/g, "–")),
    "",
    ...c.notes.map((n) => `- ${n}`),
  ];
  return lines.join("\n") + "\n";
}

