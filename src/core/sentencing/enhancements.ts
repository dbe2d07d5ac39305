/**
 * §2L1.2(b) by edition: the subsections an edition has, and the enhancements that prior
 * convictions (stated as facts) trigger. Where the facts given do not decide an enhancement
 * (aggravated felony, deported after the conviction, before/after the first removal order, …)
 * the calculator asks for the fact instead of assuming it: each unknown fact is tried both
 * ways, and only if the answer changes the enhancement is the user asked to state it.
 */
import { eraFor, type Era, type EraId, type EraSubsection } from "./data";
import type { Enhancement, InputIssue, Prior } from "./types";

export interface AppliedEnhancement {
  /** e.g. "(b)(2)(B)" or "(b)(1)(A)(ii)" */
  subsection: string;
  /** the paragraph inside which "apply the greatest" operates */
  group: string;
  levels: number;
  label: string;
  /** minimum criminal history points the triggering conviction(s) must score (0 = no requirement) */
  minPointsA: number;
  minPointsC: number;
}

export interface DerivedEnhancements {
  applied: AppliedEnhancement[];
  notes: string[];
  issues: InputIssue[];
}

type AskField = "aggravatedFelony" | "deportedAfter" | "committedForProfit" | "immigrationOffense" | "beforeFirstOrder" | "conductAfterFirstOrder";

class UnknownFact {
  constructor(readonly field: AskField) {}
}

class NeedMonths {}

interface Tier {
  subsection: string;
  clause?: string;
  levels: number;
  label: string;
}

interface PriorOutcome {
  tiers: Tier[];
  counts: string[];
}

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"];

/** The group ("apply the greatest" scope) of a subsection id in an era. */
function groupOf(era: EraId, sub: string): string {
  if (era === "1991") return "(b)";
  return sub.slice(0, 6); // "(b)(1)", "(b)(2)", "(b)(3)"
}

function subsectionData(era: Era, sub: string): EraSubsection | undefined {
  return era.subsections.find((s) => s.id === sub);
}

export function editionPhrase(edition: number): string {
  return `the ${edition} Guidelines Manual`;
}

/** Plain-words label of a subsection, used when the enhancement is given by subsection. */
export function subsectionLabel(eraId: EraId, sub: string, clause?: string): string {
  const where2 = "before the first order of deportation or removal";
  const where3 = "after the first order of deportation or removal";
  if (eraId === "2016") {
    const para = sub.slice(0, 6);
    const letter = sub.slice(6);
    if (para === "(b)(1)") return letter === "(A)" ? "Prior felony conviction for an illegal reentry offense" : "Two or more misdemeanor convictions under 8 U.S.C. § 1325(a)";
    const where = para === "(b)(2)" ? where2 : where3;
    switch (letter) {
      case "(A)": return `Felony conviction ${where}, sentence imposed five years or more`;
      case "(B)": return `Felony conviction ${where}, sentence imposed two years or more`;
      case "(C)": return `Felony conviction ${where}, sentence imposed exceeding one year and one month`;
      case "(D)": return `Other felony conviction ${where}`;
      default: return `Three or more misdemeanor convictions for crimes of violence or drug trafficking offenses ${where}`;
    }
  }
  if (eraId === "2001" || eraId === "2011") {
    switch (sub) {
      case "(b)(1)(A)": {
        const kinds = ["a drug trafficking offense (sentence imposed exceeding 13 months)", "a crime of violence", "a firearms offense", "a child pornography offense", "a national security or terrorism offense", "a human trafficking offense", "an alien smuggling offense"];
        const i = clause ? ROMAN.indexOf(clause) : -1;
        return i >= 0 ? `Deported after a felony conviction for ${kinds[i]}` : "Deported after a felony conviction listed in §2L1.2(b)(1)(A)";
      }
      case "(b)(1)(B)": return "Deported after a felony drug trafficking conviction, sentence imposed 13 months or less";
      case "(b)(1)(C)": return "Deported after a conviction for an aggravated felony";
      case "(b)(1)(D)": return "Deported after a conviction for any other felony";
      default: return "Deported after three or more misdemeanor convictions for crimes of violence or drug trafficking offenses";
    }
  }
  if (eraId === "1997") {
    return sub === "(b)(1)(A)" ? "Deported after a conviction for an aggravated felony" : "Deported after a conviction for any other felony, or three or more misdemeanor crimes of violence or controlled substance offenses";
  }
  return sub === "(b)(2)" ? "Deported after a conviction for an aggravated felony" : "Deported after a conviction for a felony (other than a felony involving violation of the immigration laws)";
}

function minPointsFor(eraId: EraId, sub: string, withPoints: boolean): { a: number; c: number } {
  if (eraId === "2016") {
    const letter = sub.slice(6, 9);
    if (sub === "(b)(1)(A)") return { a: 0, c: 1 };
    if (sub === "(b)(1)(B)") return { a: 0, c: 2 };
    if (letter === "(A)" || letter === "(B)" || letter === "(C)") return { a: 3, c: 0 };
    if (letter === "(D)") return { a: 0, c: 1 };
    return { a: 0, c: 3 };
  }
  if (eraId === "2011" && withPoints && (sub.startsWith("(b)(1)(A)") || sub === "(b)(1)(B)")) return { a: 0, c: 1 };
  return { a: 0, c: 0 };
}

const SUB_RE = /^2L1\.2(\(b\)\(\d\)(?:\([A-E]\))?)(?:\((i|ii|iii|iv|v|vi|vii)\))?$/;

export function normalizeSubsection(s: string): string {
  const n = s.trim().replace(/^U\.?\s*S\.?\s*S\.?\s*G\.?\s*/i, "").replace(/^§\s*/, "").replace(/\s+/g, "");
  return n.startsWith("(b)") ? `2L1.2${n}` : n;
}

function listSubsections(era: Era): string {
  return era.subsections
    .map((s) => `${s.id} +${s.levels}${s.levelsWithoutCriminalHistoryPoints !== undefined ? ` (+${s.levelsWithoutCriminalHistoryPoints} if the conviction receives no criminal history points)` : ""}`)
    .join(", ");
}

/** Checks one subsection against an edition; returns the message or undefined. Shared with the editor. */
export function checkSubsection(value: string, edition: number): string | undefined {
  const era = eraFor(edition);
  const m = SUB_RE.exec(normalizeSubsection(value));
  const sub = m?.[1];
  const clause = m?.[2];
  if (!m || !sub || !subsectionData(era, sub) || (clause && !((era.id === "2001" || era.id === "2011") && sub === "(b)(1)(A)"))) {
    return `"${value}" is not a subsection of §2L1.2 in ${editionPhrase(edition)}. That edition's §2L1.2(b) has: ${listSubsections(era)}.`;
  }
  return undefined;
}

function fromSubsections(list: Enhancement[], edition: number): DerivedEnhancements {
  const era = eraFor(edition);
  const issues: InputIssue[] = [];
  const notes: string[] = [];
  const applied: AppliedEnhancement[] = [];
  list.forEach((e, i) => {
    const raw = typeof e === "string" ? e : e.subsection;
    const field = typeof e === "string" ? `enhancements[${i}]` : `enhancements[${i}].subsection`;
    const msg = checkSubsection(raw, edition);
    if (msg) {
      issues.push({ field, message: msg });
      return;
    }
    const [, sub, clause] = SUB_RE.exec(normalizeSubsection(raw)) as RegExpExecArray;
    const data = subsectionData(era, sub) as EraSubsection;
    let levels = data.levels;
    let withPoints = true;
    if (typeof e !== "string" && e.receivesCriminalHistoryPoints !== undefined) {
      if (era.id !== "2011") {
        issues.push({ field: `enhancements[${i}].receivesCriminalHistoryPoints`, message: `matters only under the 2011–2015 Manuals (Amendment 754: 16 or 12 levels, 12 or 8 levels); in ${editionPhrase(edition)} give the subsection as a plain string such as "2L1.2${sub}".` });
        return;
      }
      withPoints = e.receivesCriminalHistoryPoints;
    }
    let label = subsectionLabel(era.id, sub, clause);
    if (era.id === "2011" && data.levelsWithoutCriminalHistoryPoints !== undefined) {
      if (!withPoints) {
        levels = data.levelsWithoutCriminalHistoryPoints;
        label += " (conviction receives no criminal history points)";
      } else if (typeof e === "string") {
        notes.push(`§2L1.2${sub} is counted at ${data.levels} levels because the conviction is taken to receive criminal history points (the default); if it receives none, the 2011–2015 Manuals give ${data.levelsWithoutCriminalHistoryPoints} levels — state {"subsection": "2L1.2${sub}", "receivesCriminalHistoryPoints": false}.`);
      }
    }
    const mp = minPointsFor(era.id, sub, withPoints);
    applied.push({ subsection: sub + (clause ? `(${clause})` : ""), group: groupOf(era.id, sub), levels, label, minPointsA: mp.a, minPointsC: mp.c });
  });
  return { applied: greatestPerGroup(applied, notes, edition), notes, issues };
}

function greatestPerGroup(all: AppliedEnhancement[], notes: string[], edition: number): AppliedEnhancement[] {
  const groups = new Map<string, AppliedEnhancement[]>();
  for (const a of all) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  const out: AppliedEnhancement[] = [];
  for (const [group, items] of groups) {
    const best = [...items].sort((x, y) => y.levels - x.levels || x.subsection.localeCompare(y.subsection))[0];
    const distinct = new Set(items.map((x) => x.subsection));
    if (distinct.size > 1) {
      notes.push(`Only the greatest enhancement in §2L1.2${group} applies in ${editionPhrase(edition)} ("apply the greatest"): §2L1.2${best.subsection} (+${best.levels}) is used; ${[...distinct].filter((s) => s !== best.subsection).map((s) => `§2L1.2${s}`).join(", ")} not added.`);
    }
    out.push(best);
  }
  return out.sort((x, y) => x.subsection.localeCompare(y.subsection));
}

// ---------------------------------------------------------------------------------------------
// Priors as facts

const WHY: Record<AskField, (edition: number) => string> = {
  aggravatedFelony: (ed) => `state true or false: whether this conviction is an "aggravated felony" (8 U.S.C. § 1101(a)(43)) changes the §2L1.2(b) enhancement in ${editionPhrase(ed)}, and the calculator does not decide it.`,
  deportedAfter: (ed) => `state true or false: ${ed >= 1997 ? "whether the defendant was deported, or unlawfully remained in the United States under a removal order issued, after this conviction" : "whether the defendant was deported after this conviction"} decides whether it counts under §2L1.2(b) in ${editionPhrase(ed)}.`,
  committedForProfit: (ed) => `state true or false: in ${editionPhrase(ed)} an alien smuggling offense gets 16 levels under §2L1.2(b)(1)(A)(vii) only if it was "committed for profit" (struck Nov. 1, 2003 by Amendment 658).`,
  immigrationOffense: (ed) => `state true or false: §2L1.2(b)(1) in ${editionPhrase(ed)} excludes "a felony involving violation of the immigration laws", and the calculator cannot tell whether this "other" felony is one.`,
  beforeFirstOrder: (ed) =>
    ed >= 2018
      ? "state true or false: from the 2018 Manual, §2L1.2(b)(2) covers criminal conduct before the defendant was first ordered deported or removed and §2L1.2(b)(3) criminal conduct after it (conduct both before and after counts only under (b)(2), comment. (n.5))."
      : `state true or false: in ${editionPhrase(ed)}, §2L1.2(b)(2) covers a conviction the defendant sustained before he was first ordered deported or removed, and §2L1.2(b)(3) criminal conduct he engaged in after it.`,
  conductAfterFirstOrder: (ed) => `state true or false: the conviction was sustained after the first order of deportation or removal, and in ${editionPhrase(ed)} it counts under §2L1.2(b)(3) only if the criminal conduct itself came after that order ("at any time after the defendant was ordered deported or ordered removed ... engaged in criminal conduct resulting in"); a conviction sustained after the order for conduct before it is counted under neither (b)(2) ("sustained" before the order) nor (b)(3) in the 2016–2017 Manuals (Amendment 809, Nov. 1, 2018, keyed both to the conduct).`,
};

function classify(p: Prior, era: Era, edition: number, fact: (f: AskField) => boolean): PriorOutcome {
  const none: PriorOutcome = { tiers: [], counts: [] };
  const months = (): number => {
    if (p.sentenceMonths === undefined) throw new NeedMonths();
    return p.sentenceMonths;
  };
  const agg = (): boolean => (p.offense === "aggravated-felony" ? true : fact("aggravatedFelony"));
  const deported = (): boolean => (p.deportedAfter !== undefined ? p.deportedAfter : p.beforeFirstOrder === true ? true : fact("deportedAfter"));
  const tier = (subsection: string, clause?: string): Tier => {
    const d = subsectionData(era, subsection) as EraSubsection;
    let levels = d.levels;
    let label = subsectionLabel(era.id, subsection, clause);
    if (era.id === "2011" && d.levelsWithoutCriminalHistoryPoints !== undefined && p.receivesCriminalHistoryPoints === false) {
      levels = d.levelsWithoutCriminalHistoryPoints;
      label += " (conviction receives no criminal history points)";
    }
    return { subsection, clause, levels, label };
  };
  const felony = p.kind === "felony";
  const covOrDrug = p.offense === "crime-of-violence" || p.offense === "drug-trafficking";

  switch (era.id) {
    case "1991": {
      if (!deported()) return none;
      if (agg()) return { tiers: [tier("(b)(2)")], counts: [] };
      if (!felony) return none;
      const immigration = p.offense === "illegal-reentry" || p.offense === "1325a" || p.offense === "alien-smuggling" ? true : p.offense === "other" || p.offense === "aggravated-felony" ? (p.immigrationOffense ?? fact("immigrationOffense")) : false;
      return immigration ? none : { tiers: [tier("(b)(1)")], counts: [] };
    }
    case "1997": {
      if (!deported()) return none;
      if (agg()) return { tiers: [tier("(b)(1)(A)")], counts: [] };
      if (felony) return { tiers: [tier("(b)(1)(B)")], counts: [] };
      return covOrDrug ? { tiers: [], counts: ["(b)(1)(B)"] } : none;
    }
    case "2001":
    case "2011": {
      if (!deported()) return none;
      if (!felony) return { tiers: agg() ? [tier("(b)(1)(C)")] : [], counts: covOrDrug ? ["(b)(1)(E)"] : [] };
      const aOr = (clause: string): PriorOutcome => ({ tiers: [tier("(b)(1)(A)", clause)], counts: [] });
      const cOrD = (): PriorOutcome => ({ tiers: [tier(agg() ? "(b)(1)(C)" : "(b)(1)(D)")], counts: [] });
      switch (p.offense) {
        case "drug-trafficking": return months() > 13 ? aOr("i") : { tiers: [tier("(b)(1)(B)")], counts: [] };
        case "crime-of-violence": return aOr("ii");
        case "firearms": return aOr("iii");
        case "child-pornography": return aOr("iv");
        case "national-security-terrorism": return aOr("v");
        case "human-trafficking": return aOr("vi");
        case "alien-smuggling":
          if (edition <= 2002 && !fact("committedForProfit")) return cOrD();
          return aOr("vii");
        default: return cOrD();
      }
    }
    default: {
      // 2016 and later (Amendment 802; 809 from 2018): only convictions that receive criminal history points count (comment. (n.3)).
      if (p.receivesCriminalHistoryPoints === false) return none;
      if (felony && (p.offense === "illegal-reentry" || p.offense === "1325a")) return { tiers: [tier("(b)(1)(A)")], counts: [] };
      if (!felony && p.offense === "1325a") return { tiers: [], counts: ["(b)(1)(B)"] };
      if (!felony && !covOrDrug) return none;
      const before = p.beforeFirstOrder ?? fact("beforeFirstOrder");
      // 2016–2017 text: (b)(2) "before ... the defendant sustained" a conviction; (b)(3) "at any time
      // after ... engaged in criminal conduct resulting in" one (USSG §2L1.2(b)(2)–(3) (Nov. 1, 2016),
      // reference/guidelines/era_2016.json). A conviction sustained after the order for conduct before
      // it falls in neither until Amendment 809 (2018); the calculator asks rather than assume.
      if (!before && edition <= 2017 && !(p.conductAfterFirstOrder ?? fact("conductAfterFirstOrder"))) return none;
      const para = before ? "(b)(2)" : "(b)(3)";
      if (!felony) return { tiers: [], counts: [`${para}(E)`] };
      const m = months();
      const letter = m >= 60 ? "(A)" : m >= 24 ? "(B)" : m > 13 ? "(C)" : "(D)";
      return { tiers: [tier(para + letter)], counts: [] };
    }
  }
}

function describe(o: PriorOutcome): string {
  const parts = [...o.tiers.map((t) => `§2L1.2${t.subsection}${t.clause ? `(${t.clause})` : ""} +${t.levels}`), ...o.counts.map((c) => `counts toward §2L1.2${c}`)];
  return parts.length ? parts.join(", ") : "no enhancement";
}

type Resolved = { ok: true; outcome: PriorOutcome } | { ok: false; issue: InputIssue };

/** Classifies one prior, trying each unknown fact both ways; asks only for a fact that matters. */
function resolve(p: Prior, index: number, era: Era, edition: number, assumed: Map<AskField, boolean>): Resolved {
  try {
    const outcome = classify(p, era, edition, (f) => {
      const given = p[f];
      if (given !== undefined) return given;
      const a = assumed.get(f);
      if (a !== undefined) return a;
      throw new UnknownFact(f);
    });
    return { ok: true, outcome };
  } catch (e) {
    if (e instanceof NeedMonths) {
      return { ok: false, issue: { field: `priors[${index}].sentenceMonths`, message: `is required for this conviction in ${editionPhrase(edition)}: the §2L1.2(b) enhancement turns on the sentence imposed. It must be the sentence imposed in months, a number from 0 to 1200 (e.g. 30, or 3.5 for 107 days).` } };
    }
    if (!(e instanceof UnknownFact)) throw e;
    const yes = resolve(p, index, era, edition, new Map(assumed).set(e.field, true));
    const no = resolve(p, index, era, edition, new Map(assumed).set(e.field, false));
    // A further unknown fact in one branch: ask for this (outer) fact first.
    if ((!yes.ok && yes.issue.field !== `priors[${index}].sentenceMonths`) || (!no.ok && no.issue.field !== `priors[${index}].sentenceMonths`)) {
      return { ok: false, issue: { field: `priors[${index}].${e.field}`, message: WHY[e.field](edition) } };
    }
    if (!yes.ok) return yes;
    if (!no.ok) return no;
    if (describe(yes.outcome) === describe(no.outcome)) return yes;
    return { ok: false, issue: { field: `priors[${index}].${e.field}`, message: `${WHY[e.field](edition)} (If true: ${describe(yes.outcome)}; if false: ${describe(no.outcome)}.)` } };
  }
}

const COUNT_NEEDED: Record<string, number> = { "(b)(1)(B)": 3, "(b)(1)(E)": 3, "(b)(2)(E)": 3, "(b)(3)(E)": 3 };

function fromPriors(priors: Prior[], edition: number, statute?: string): DerivedEnhancements {
  const era = eraFor(edition);
  const issues: InputIssue[] = [];
  const notes: string[] = [];
  const candidates: AppliedEnhancement[] = [];
  const counts = new Map<string, number[]>();

  priors.forEach((p, i) => {
    if (p.kind === "misdemeanor" && p.offense === "illegal-reentry") {
      issues.push({ field: `priors[${i}].offense`, message: "an illegal-reentry offense (8 U.S.C. § 1326) is a felony; for a misdemeanor improper-entry conviction use \"1325a\"." });
      return;
    }
    if (p.offense === "aggravated-felony" && p.aggravatedFelony === false) {
      issues.push({ field: `priors[${i}].aggravatedFelony`, message: "contradicts \"offense\": \"aggravated-felony\"; describe the offense (e.g. \"other\") or set aggravatedFelony to true." });
      return;
    }
    if (p.conductAfterFirstOrder !== undefined && (edition < 2016 || edition > 2017)) {
      issues.push({ field: `priors[${i}].conductAfterFirstOrder`, message: `matters only under the 2016–2017 Manuals (a conviction sustained after the first order for conduct before it); in ${editionPhrase(edition)} leave it out${edition >= 2018 ? " and give \"beforeFirstOrder\" for when the criminal conduct occurred (Amendment 809)" : ""}.` });
      return;
    }
    if (p.conductAfterFirstOrder === true && p.beforeFirstOrder === true) {
      issues.push({ field: `priors[${i}].conductAfterFirstOrder`, message: "contradicts \"beforeFirstOrder\": true (a conviction sustained before the first order cannot rest on conduct after it); set one of them to false." });
      return;
    }
    // Before 2016, a conviction before the first order is taken as one the defendant was later
    // deported after only because a § 1326 conviction presupposes the removal; a second § 1325(a)
    // improper entry does not (8 U.S.C. § 1325(a), reference/guidelines/statutes.json), so ask.
    const q = statute === "1325(a)" && era.id !== "2016" && p.deportedAfter === undefined ? { ...p, beforeFirstOrder: undefined } : p;
    const r = resolve(q, i, era, edition, new Map());
    if (!r.ok) {
      issues.push(r.issue);
      return;
    }
    for (const t of r.outcome.tiers) {
      const withPoints = p.receivesCriminalHistoryPoints !== false;
      const mp = minPointsFor(era.id, t.subsection, withPoints);
      candidates.push({ subsection: t.subsection + (t.clause ? `(${t.clause})` : ""), group: groupOf(era.id, t.subsection), levels: t.levels, label: `${t.label} (prior ${i + 1})`, minPointsA: mp.a, minPointsC: mp.c });
    }
    for (const c of r.outcome.counts) counts.set(c, [...(counts.get(c) ?? []), i]);
  });

  for (const [sub, idx] of counts) {
    const needed = era.id === "2016" && sub === "(b)(1)(B)" ? 2 : (COUNT_NEEDED[sub] ?? 3);
    if (idx.length >= needed) {
      const d = subsectionData(era, sub) as EraSubsection;
      const mp = minPointsFor(era.id, sub, true);
      candidates.push({ subsection: sub, group: groupOf(era.id, sub), levels: d.levels, label: `${subsectionLabel(era.id, sub)} (priors ${idx.map((n) => n + 1).join(", ")})`, minPointsA: mp.a, minPointsC: mp.c });
    }
  }

  const applied = greatestPerGroupQuiet(candidates);
  if (era.id === "2016" && priors.length) {
    notes.push(`Priors: under §2L1.2 comment. (n.3) (2016 and later) only convictions that receive criminal history points under §4A1.1(a), (b) or (c) count, and misdemeanors count under (b)(1)(B) and (b)(2)/(b)(3)(E) only if counted separately under §4A1.2(a)(2); list each such conviction once; a conviction for an offense committed before age eighteen counts only if it is classified as an adult conviction (comment. (n.1(B))). "beforeFirstOrder" is read as ${edition >= 2018 ? "the criminal conduct occurring before the first order of deportation or removal (Amendment 809; conduct both before and after counts only under (b)(2), comment. (n.5))" : "the conviction being sustained before the first order of deportation or removal"}.`);
  }
  if (era.id !== "2016" && statute !== "1325(a)" && priors.some((p) => p.deportedAfter === undefined && p.beforeFirstOrder === true)) {
    notes.push(`Priors: a conviction entered before the first order of deportation or removal is treated as one the defendant was deported after (§2L1.2(b)(1), ${editionPhrase(edition)}); state "deportedAfter" for any prior where that is not so.`);
  }
  if (era.id === "2011" && applied.some((a) => a.subsection.startsWith("(b)(1)(A)") || a.subsection === "(b)(1)(B)")) {
    const idx = priors.findIndex((p) => p.receivesCriminalHistoryPoints === undefined);
    if (idx >= 0) notes.push(`Priors: a conviction with no "receivesCriminalHistoryPoints" is taken to receive criminal history points (the default), which sets §2L1.2(b)(1)(A) at 16 and (b)(1)(B) at 12 levels in the 2011–2015 Manuals (12 and 8 if it receives none).`);
  }
  return { applied, notes, issues };
}

function greatestPerGroupQuiet(all: AppliedEnhancement[]): AppliedEnhancement[] {
  const groups = new Map<string, AppliedEnhancement>();
  for (const a of all) {
    const cur = groups.get(a.group);
    if (!cur || a.levels > cur.levels || (a.levels === cur.levels && a.subsection.localeCompare(cur.subsection) < 0)) groups.set(a.group, a);
  }
  return [...groups.values()].sort((x, y) => x.subsection.localeCompare(y.subsection));
}

/** The enhancements that apply: from `enhancements` when given, else derived from `priors`. */
export function deriveEnhancements(edition: number, priors: Prior[] | undefined, enhancements: Enhancement[] | undefined, statute?: string): DerivedEnhancements {
  const fromP = priors ? fromPriors(priors, edition, statute) : undefined;
  if (!enhancements) return fromP as DerivedEnhancements;
  const fromE = fromSubsections(enhancements, edition);
  if (fromP) {
    fromE.issues.push(...fromP.issues);
    const a = fromP.applied.map((x) => `§2L1.2${x.subsection} +${x.levels}`).join(", ") || "none";
    const b = fromE.applied.map((x) => `§2L1.2${x.subsection} +${x.levels}`).join(", ") || "none";
    if (!fromP.issues.length && !fromE.issues.length && a.replace(/\([ivx]+\)/g, "") !== b.replace(/\([ivx]+\)/g, "")) {
      fromE.notes.push(`Warning: the priors as listed yield ${a}, but the enhancements listed are ${b}; the calculation uses the enhancements listed.`);
    }
  }
  return fromE;
}

/** Minimum criminal history points the listed priors score under §4A1.1(a)–(c). */
export function minimumPointsFromPriors(priors: Prior[]): number {
  let a = 0;
  let c = 0;
  for (const p of priors) {
    if (p.receivesCriminalHistoryPoints === false) continue;
    const m = p.sentenceMonths;
    if (m !== undefined && m > 13) a += 3;
    else if (m !== undefined && m >= 2) a += 2;
    else c += 1;
  }
  return a + Math.min(c, 4);
}

export function minimumPointsFromEnhancements(applied: AppliedEnhancement[]): number {
  const a = applied.reduce((s, x) => s + x.minPointsA, 0);
  const c = applied.reduce((s, x) => s + x.minPointsC, 0);
  return a + Math.min(c, 4);
}
