/**
 * Criminal history points from the priors' facts (USSG §§4A1.1–4A1.2, §4C1.1), by edition.
 *
 * Pure: dates are ISO strings (YYYY-MM-DD) compared as strings. Each rule, its edition range and
 * where its text was seen are in src/data/criminal-history.json. Where the facts do not settle a
 * point (an intervening arrest between sentences imposed the same day, a release date that
 * decides a time period, …) the calculator asks for the fact — only when the answer changes the
 * points — instead of assuming it.
 */
import chJson from "../../data/criminal-history.json";
import type { CriminalHistoryFile, CriminalHistoryRule } from "./dataSchema";
import { categoryForPoints } from "./data";
import type { Category, CriminalHistoryFromPriors, CriminalHistoryItem, InputIssue, Prior, RangeInput } from "./types";

export const criminalHistoryData: CriminalHistoryFile = chJson as CriminalHistoryFile;

type RuleId = CriminalHistoryRule["id"];

/** How the note on rules not read in full names each rule the scoring of a prior can consult. */
const USED_CITE: Partial<Record<RuleId, string>> = {
  petty: "§4A1.2(c)",
  pettyProbation1995: "§4A1.2(c)(1)'s probation threshold before Nov. 1, 2007",
  pettyProbation2007: "§4A1.2(c)(1)'s probation threshold from Nov. 1, 2007",
  juvenile: "§4A1.2(d)",
  period15: "§4A1.2(e)(1)",
  period10: "§4A1.2(e)(2)–(3)",
  revocation: "§4A1.2(k)",
  zeroPoint: "§4C1.1",
};

/** "the 2025 Manual", "the 2015, 2016, 2017 and 2025 Manuals". */
function manualsPhrase(years: number[]): string {
  return years.length === 1 ? `the ${years[0]} Manual` : `the ${years.slice(0, -1).join(", ")} and ${years[years.length - 1]} Manuals`;
}

/**
 * The note naming the rules consulted here whose Manual text was not read in full (status partial or
 * unverified), or — for a rule verified in some Manuals only ("manualRead") — not read in `edition`'s Manual.
 */
export function notReadNote(used: Iterable<RuleId>, edition: number): string | undefined {
  const order = Object.keys(USED_CITE) as RuleId[];
  const set = new Set(used);
  const open = order
    .filter((id) => set.has(id))
    .map(chRule)
    .map((r) => {
      if (r.manualRead?.includes(edition)) return undefined;
      if (r.status === "partial") return `${USED_CITE[r.id]} (read in part or as a court quoted it)`;
      if (r.status === "unverified") return `${USED_CITE[r.id]} (not read)`;
      if (r.manualRead) return `${USED_CITE[r.id]} (read in ${manualsPhrase(r.manualRead)}, not in the ${edition} Manual)`;
      return undefined;
    })
    .filter((x): x is string => x !== undefined);
  if (!open.length) return undefined;
  return `Rules applied here whose Manual text was not read in full: ${open.join("; ")}. The calculator applies them as stated in its data, which list for each rule the texts read and what was not read — check them against the Manual.`;
}

export function chRule(id: CriminalHistoryRule["id"]): CriminalHistoryRule {
  const r = criminalHistoryData.rules.find((x) => x.id === id);
  if (!r) throw new Error(`No criminal history rule ${id}`);
  return r;
}

function inForce(id: CriminalHistoryRule["id"], edition: number): boolean {
  const r = chRule(id);
  return edition >= r.firstEdition && (r.lastEdition === null || edition <= r.lastEdition);
}

/** "Sixty days" and "thirty days" in months, between the encodings of 59/60 and 29/30 days (÷30 or ÷30.4375). */
export const SIXTY_DAYS_MONTHS = 1.97;
export const THIRTY_DAYS_MONTHS = 0.98;
const DAYS_PER_MONTH = 30.4375;

/** Where the single-sentence point for crimes of violence sits in the edition (§4A1.1(f), (e), (d)). */
export function covPointCite(edition: number): string {
  return edition >= 2023 ? "§4A1.1(d)" : edition >= 2010 ? "§4A1.1(e)" : "§4A1.1(f)";
}

export function statusCite(edition: number): string {
  return edition >= 2023 ? "§4A1.1(e)" : "§4A1.1(d)";
}

/**
 * The probation threshold of §4A1.2(c)(1) in the edition: "at least one year" before Nov. 1, 2007
 * (the 2002 words, as quoted in United States v. Rollins; rule pettyProbation1995), "more than one
 * year" from then (a court's paraphrase of the 2018 Manual; the Manual's words not read; rule pettyProbation2007).
 */
export function pettyProbationWords(edition: number): string {
  return pettyProbationRule(edition) === "pettyProbation1995" ? "at least one year" : "more than one year";
}

/** The rule of §4A1.2(c)(1)'s probation threshold in force in the edition (criminal-history.json). */
function pettyProbationRule(edition: number): "pettyProbation1995" | "pettyProbation2007" {
  return inForce("pettyProbation1995", edition) ? "pettyProbation1995" : "pettyProbation2007";
}

function probationCounts(probationMonths: number, edition: number): boolean {
  return pettyProbationRule(edition) === "pettyProbation1995" ? probationMonths >= 12 : probationMonths > 12;
}

// --- dates ------------------------------------------------------------------------------------

function parts(d: string): [number, number, number] {
  const [y, m, day] = d.split("-").map(Number);
  return [y, m, day];
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The same calendar day `years` earlier (Feb. 29 → Feb. 28). */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = parts(date);
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return iso(y - years, m, Math.min(d, last));
}

/** `date` plus a (fractional) number of months, as days (30.4375 a month), rounded up. */
function plusMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const t = Date.UTC(y, m - 1, d) + Math.ceil(months * DAYS_PER_MONTH) * 86_400_000;
  const dt = new Date(t);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Where a sentence not counted may still bear on the sentence: §4A1.3 until its deletion on Nov. 1, 2025 (Amendment 836). */
function departureNote(edition: number): string {
  return edition >= 2025 ? "; §4A1.3, under which it could be considered for an upward departure, is deleted from Nov. 1, 2025 (Amendment 836; Guidelines Manual (Nov. 2025) p. 372)" : "; it may be considered for an upward departure under §4A1.3";
}

function pts(n: number): string {
  return `${n} point${n === 1 ? "" : "s"}`;
}

function fmtMonths(m: number): string {
  if (Number.isInteger(m)) return `${m} month${m === 1 ? "" : "s"}`;
  return `${m} months (about ${Math.round(m * DAYS_PER_MONTH)} days)`;
}

// --- the computation ----------------------------------------------------------------------------

type Kind = "a" | "b" | "c" | "none";

interface Scored {
  kind: Kind;
  points: number;
  subsection: string;
  reason: string;
}

class Ask {
  constructor(readonly issue: InputIssue) {}
}

export interface CriminalHistoryOutcome {
  points: number;
  category: Category;
  items: CriminalHistoryItem[];
  notes: string[];
  issues: InputIssue[];
  /** The priors as the §2L1.2 enhancements read them: points received under §4A1.1(a)–(c), sentence imposed. */
  priorsForEnhancements: Prior[];
  /** §4C1.1 applies (2 levels off). */
  zeroPointAdjustment: boolean;
}

/** Total imprisonment of a prior: the term imposed plus any term imposed on revocation (§4A1.2(k)). */
function totalMonths(p: Prior): number {
  return (p.sentenceMonths ?? 0) + (p.revocationMonths ?? 0);
}

function describeSentence(p: Prior): string {
  const base = (p.sentenceMonths ?? 0) > 0 ? `${fmtMonths(p.sentenceMonths as number)} imprisonment` : p.probationMonths ? `${fmtMonths(p.probationMonths)} probation` : "no imprisonment";
  return p.revocationMonths ? `${base} + ${fmtMonths(p.revocationMonths)} on revocation (§4A1.2(k)) = ${fmtMonths(totalMonths(p))}` : base;
}

/**
 * The points one prior sentence would receive counted on its own (§4A1.1(a)–(c), §4A1.2(c), (d),
 * (e), (k)); `months` is the imprisonment to score (for a single sentence, the longest or the
 * aggregate). Throws Ask when a fact that changes the answer is missing. Adds to `used` the rules
 * of criminal-history.json it consulted (for the note on rules whose text was not read in full).
 */
function scoreAlone(p: Prior, i: number, months: number, offenseDate: string, edition: number, used: Set<RuleId>): Scored {
  const field = (f: string) => `priors[${i}].${f}`;
  const sentenceDate = p.sentenceDate as string;
  const imposedYear = sentenceDate.slice(0, 4);
  const releasedTxt = p.releaseDate ? `, released ${p.releaseDate}` : "";
  const cut15 = yearsBefore(offenseDate, 15);
  const cut10 = yearsBefore(offenseDate, 10);
  const cut5 = yearsBefore(offenseDate, 5);
  // A single sentence of consecutive terms is scored on its aggregate (§4A1.2(a)(2)): say so.
  const desc = months === totalMonths(p) ? describeSentence(p) : `${fmtMonths(months)} imprisonment (the aggregate of the single sentence's consecutive terms)`;

  // §4A1.2(h)–(j): foreign, tribal and expunged convictions are not counted.
  if (p.expunged === true) return { kind: "none", points: 0, subsection: "§4A1.2(j)", reason: "an expunged conviction: not counted, §4A1.2(j) (a conviction set aside or pardoned for reasons unrelated to innocence or errors of law is counted, comment. (n.10))" };
  if (p.convictedIn === "foreign") return { kind: "none", points: 0, subsection: "§4A1.2(h)", reason: `a foreign conviction: not counted, §4A1.2(h)${departureNote(edition)}` };
  if (p.convictedIn === "tribal") return { kind: "none", points: 0, subsection: "§4A1.2(i)", reason: `a tribal court conviction: not counted, §4A1.2(i)${departureNote(edition)}` };

  if (p.revocationMonths) used.add("revocation");
  // §4A1.2(c): misdemeanor and petty offenses.
  if (p.pettyOffense) used.add("petty");
  if (p.pettyOffense === "4A1.2(c)(1)") used.add(pettyProbationRule(edition));
  if (p.pettyOffense === "4A1.2(c)(2)") return { kind: "none", points: 0, subsection: "§4A1.2(c)(2)", reason: "an offense listed in §4A1.2(c)(2) (or similar to one): never counted" };
  if (p.pettyOffense === "4A1.2(c)(1)") {
    const probation = p.probationMonths ?? 0;
    if (!(probationCounts(probation, edition) || months >= THIRTY_DAYS_MONTHS)) {
      return { kind: "none", points: 0, subsection: "§4A1.2(c)(1)", reason: `an offense listed in §4A1.2(c)(1): counted only with probation of ${pettyProbationWords(edition)} or imprisonment of at least thirty days (here ${desc}${probation && !(p.sentenceMonths ?? 0) ? "" : probation ? `, ${fmtMonths(probation)} probation` : ""}), or if similar to the instant offense` };
    }
  }

  /** Whether the defendant was (last) released on or after `cut`: from releaseDate, or settled by the term's length. */
  const releasedOnOrAfter = (cut: string, why: string): boolean => {
    if (p.releaseDate) return p.releaseDate >= cut;
    if (!p.revocationMonths && plusMonths(sentenceDate, months) < cut) return false;
    throw new Ask({ field: field("releaseDate"), message: `is needed (YYYY-MM-DD, the last release from imprisonment on this sentence): the sentence was imposed ${sentenceDate}, before ${cut}, and ${why}.` });
  };

  // §4A1.2(d): offenses committed before age eighteen.
  if (p.ageAtOffense !== undefined && p.ageAtOffense < 18) {
    used.add("juvenile");
    if (months > 13) {
      if (p.convictedAsAdult === undefined) throw new Ask({ field: field("convictedAsAdult"), message: `state true or false: the offense was committed at age ${p.ageAtOffense}, and a sentence exceeding one year and one month scores 3 points under §4A1.2(d)(1) only if the defendant was convicted as an adult (otherwise §4A1.2(d)(2): 2 points if released within five years of the instant offense).` });
      if (p.convictedAsAdult) {
        used.add("period15");
        if (sentenceDate >= cut15) return { kind: "a", points: 3, subsection: "§4A1.1(a), §4A1.2(d)(1)", reason: `offense at age ${p.ageAtOffense}, convicted as an adult; ${desc}, imposed ${sentenceDate}: within 15 years of the instant offense (${offenseDate}), §4A1.2(e)(1)` };
        if (releasedOnOrAfter(cut15, `whether he was incarcerated on it after ${cut15} decides whether it counts (§4A1.2(e)(1))`)) return { kind: "a", points: 3, subsection: "§4A1.1(a), §4A1.2(d)(1)", reason: `offense at age ${p.ageAtOffense}, convicted as an adult; ${desc}, imposed ${imposedYear}${releasedTxt}: incarcerated during the 15-year period (from ${cut15}), §4A1.2(e)(1)` };
        return { kind: "none", points: 0, subsection: "§4A1.2(e)(1)", reason: `offense at age ${p.ageAtOffense}; imposed ${imposedYear}${releasedTxt}: outside the 15-year period (before ${cut15}), §4A1.2(e)(1)` };
      }
    }
    if (months >= SIXTY_DAYS_MONTHS) {
      if (sentenceDate >= cut5 || releasedOnOrAfter(cut5, `a sentence to confinement for an offense before age eighteen scores 2 points only if he was released from it within five years of the instant offense (§4A1.2(d)(2)(A))`)) {
        return { kind: "b", points: 2, subsection: "§4A1.1(b), §4A1.2(d)(2)(A)", reason: `offense at age ${p.ageAtOffense}; confinement of ${desc}, imposed ${sentenceDate}${releasedTxt}: released within five years of the instant offense (from ${cut5})` };
      }
      return { kind: "none", points: 0, subsection: "§4A1.2(d)(2)", reason: `offense at age ${p.ageAtOffense}; imposed ${imposedYear}${releasedTxt}: not released within five years of the instant offense (before ${cut5}), §4A1.2(d)(2)` };
    }
    if (sentenceDate >= cut5) return { kind: "c", points: 1, subsection: "§4A1.1(c), §4A1.2(d)(2)(B)", reason: `offense at age ${p.ageAtOffense}; ${desc}, imposed ${sentenceDate}: within five years of the instant offense (from ${cut5})` };
    return { kind: "none", points: 0, subsection: "§4A1.2(d)(2)(B)", reason: `offense at age ${p.ageAtOffense}; imposed ${sentenceDate}: more than five years before the instant offense (before ${cut5}), §4A1.2(d)(2)(B)` };
  }

  // Adult sentences: §4A1.1(a)–(c) within the periods of §4A1.2(e).
  if (months > 13) {
    used.add("period15");
    if (sentenceDate >= cut15) return { kind: "a", points: 3, subsection: "§4A1.1(a)", reason: `${desc}, exceeding one year and one month; imposed ${sentenceDate}: within 15 years of the instant offense (${offenseDate}), §4A1.2(e)(1)` };
    if (releasedOnOrAfter(cut15, `whether he was incarcerated on it after ${cut15} decides whether it counts (§4A1.2(e)(1)${p.revocationMonths ? "; with a revocation, the last release, §4A1.2(k)(2)" : ""})`)) {
      return { kind: "a", points: 3, subsection: "§4A1.1(a)", reason: `${desc}, exceeding one year and one month; imposed ${imposedYear}${releasedTxt}: incarcerated during the 15-year period (from ${cut15}), §4A1.2(e)(1)` };
    }
    return { kind: "none", points: 0, subsection: "§4A1.2(e)(1)", reason: `${desc}; imposed ${imposedYear}${releasedTxt}: outside the 15-year period (before ${cut15}), §4A1.2(e)(1)` };
  }
  used.add("period10");
  if (sentenceDate < cut10) return { kind: "none", points: 0, subsection: "§4A1.2(e)(2)", reason: `${desc}; imposed ${sentenceDate}: outside the 10-year period (before ${cut10}), §4A1.2(e)(2)` };
  if (months >= SIXTY_DAYS_MONTHS) return { kind: "b", points: 2, subsection: "§4A1.1(b)", reason: `${desc}, at least sixty days; imposed ${sentenceDate}: within 10 years of the instant offense (${offenseDate}), §4A1.2(e)(2)` };
  return { kind: "c", points: 1, subsection: "§4A1.1(c)", reason: `${desc}${months > 0 ? ", less than sixty days" : ""}; imposed ${sentenceDate}: within 10 years of the instant offense (${offenseDate}), §4A1.2(e)(2)` };
}

interface Group {
  members: number[];
}

/** The criminal history of `input` computed from its priors (criminalHistory must be fromPriors). */
export function criminalHistoryFromPriors(input: RangeInput, edition: number): CriminalHistoryOutcome {
  const ch = input.criminalHistory as CriminalHistoryFromPriors;
  const priors = input.priors ?? [];
  const issues: InputIssue[] = [];
  const notes: string[] = [];
  const items: CriminalHistoryItem[] = [];
  const empty = (): CriminalHistoryOutcome => ({ points: 0, category: "I", items: [], notes, issues, priorsForEnhancements: priors, zeroPointAdjustment: false });

  if (!input.offenseDate) issues.push({ field: "offenseDate", message: "is required with \"fromPriors\": the periods of USSG §4A1.2(e) run from the commencement of the instant offense; give it as YYYY-MM-DD." });
  if (!input.priors) issues.push({ field: "priors", message: "is required with \"fromPriors\": list each prior sentence (an empty list for none)." });
  priors.forEach((p, i) => {
    if (!p.sentenceDate) issues.push({ field: `priors[${i}].sentenceDate`, message: "is required with \"fromPriors\": the date the sentence was imposed, YYYY-MM-DD." });
    if (p.sentenceMonths === undefined) issues.push({ field: `priors[${i}].sentenceMonths`, message: "is required with \"fromPriors\": the imprisonment imposed and not suspended, in months (0 for probation or a fine only; fractions for days: 59 days = 1.94, 60 days = 1.97)." });
    if (p.receivesCriminalHistoryPoints !== undefined) issues.push({ field: `priors[${i}].receivesCriminalHistoryPoints`, message: "leave it out with \"fromPriors\": the calculator computes whether the conviction receives points from its dates and sentence." });
    if (p.pettyOffense && p.kind === "felony") issues.push({ field: `priors[${i}].pettyOffense`, message: "applies only to misdemeanor and petty offenses (USSG §4A1.2(c)); this prior is a felony." });
    if (p.releaseDate && p.sentenceDate && p.releaseDate < p.sentenceDate && (p.sentenceMonths ?? 0) > 0 && !p.revocationMonths) issues.push({ field: `priors[${i}].releaseDate`, message: `is before the sentence date (${p.sentenceDate}); give the date of the last release from imprisonment on this sentence.` });
  });
  if (issues.length) return empty();
  const offenseDate = input.offenseDate as string;

  const ask = (fn: () => Scored): Scored | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof Ask)) throw e;
      if (!issues.some((x) => x.field === e.issue.field)) issues.push(e.issue);
      return undefined;
    }
  };

  // Each prior on its own.
  const used = new Set<RuleId>();
  const alone = priors.map((p, i) => ask(() => scoreAlone(p, i, totalMonths(p), offenseDate, edition, used)));
  if (issues.length) return empty();
  const own = alone as Scored[];

  // §4A1.2(a)(2): sentences imposed the same day or in the same charging instrument (2007 and
  // later: no intervening arrest → single sentence; 1995–2006: "related cases"). Asked only when two
  // or more of them score points. Priors are linked by the same sentence date or the same
  // "chargingInstrument" label, and grouped by the chains of links.
  const single2007 = inForce("singleSentence", edition);
  const groups: Group[] = [];
  const sameDay = (i: number, j: number) => priors[i].sentenceDate === priors[j].sentenceDate;
  const sameInstrument = (i: number, j: number) => priors[i].chargingInstrument !== undefined && priors[i].chargingInstrument === priors[j].chargingInstrument;
  const linked = (i: number, j: number) => sameDay(i, j) || sameInstrument(i, j);
  const how = (i: number, j: number) => (sameDay(i, j) ? `imposed the same day (${priors[i].sentenceDate})` : `in the same charging instrument (${priors[i].chargingInstrument}), imposed on different days`);
  const scoringAll = priors.map((_p, i) => i).filter((i) => own[i].points > 0);
  const seen = new Set<number>();
  for (const first of scoringAll) {
    if (seen.has(first)) continue;
    const cluster = [first];
    seen.add(first);
    for (let k = 0; k < cluster.length; k++) {
      for (const t of scoringAll) {
        if (!seen.has(t) && linked(cluster[k], t)) {
          seen.add(t);
          cluster.push(t);
        }
      }
    }
    if (cluster.length < 2) continue;
    cluster.sort((x, y) => x - y);
    const members: number[] = [cluster[0]];
    for (const i of cluster.slice(1)) {
      const p = priors[i];
      const j = cluster.find((x) => x !== i && linked(x, i)) as number;
      if (p.interveningArrest === undefined) {
        issues.push({ field: `priors[${i}].interveningArrest`, message: `state true or false: this sentence and prior ${j + 1}'s were ${how(i, j)}; ${single2007 ? "without an intervening arrest (the defendant arrested for the first offense before committing the second) they are treated as a single sentence, USSG §4A1.2(a)(2) (Amendment 709, Nov. 1, 2007)" : "separated by an intervening arrest they are counted separately; otherwise they are one sentence if the cases are related (same occasion, single common scheme or plan, or consolidated for trial or sentencing), USSG §4A1.2(a)(2) and comment. (n.3)"}. (Counted separately: ${own[j].points} + ${own[i].points} points.)` });
        continue;
      }
      if (p.interveningArrest) continue;
      if (!single2007) {
        if (p.relatedCases === undefined) {
          issues.push({ field: `priors[${i}].relatedCases`, message: `state true or false: in the ${edition} Manual the sentences ${sameDay(i, j) ? "imposed the same day" : "in one charging instrument"} without an intervening arrest are one sentence only if the cases are "related" — the offenses occurred on the same occasion, were part of a single common scheme or plan, or were consolidated for trial or sentencing (USSG §4A1.2(a)(2) and comment. (n.3), before Amendment 709).` });
          continue;
        }
        if (!p.relatedCases) continue;
      }
      members.push(i);
    }
    if (members.length > 1) groups.push({ members });
  }
  if (issues.length) return empty();

  const scored: (Scored & { single?: string })[] = own.map((s) => ({ ...s }));
  const covBonus: number[] = priors.map(() => 0);
  for (const g of groups) {
    const longest = [...g.members].sort((x, y) => totalMonths(priors[y]) - totalMonths(priors[x]) || x - y)[0];
    const anyConsecutive = g.members.some((i) => priors[i].consecutive === true);
    const aggregate = totalMonths(priors[longest]) + g.members.filter((i) => i !== longest && priors[i].consecutive === true).reduce((s, i) => s + totalMonths(priors[i]), 0);
    const allConsecutive = totalMonths(priors[longest]) + g.members.filter((i) => i !== longest).reduce((s, i) => s + totalMonths(priors[i]), 0);
    const rep = priors[longest];
    const asLongest = ask(() => scoreAlone(rep, longest, totalMonths(rep), offenseDate, edition, used));
    const asAll = ask(() => scoreAlone(rep, longest, allConsecutive, offenseDate, edition, used));
    if (!asLongest || !asAll) continue;
    const rest = g.members.filter((i) => i !== longest);
    if (!anyConsecutive && asLongest.points !== asAll.points && rest.every((i) => priors[i].consecutive === undefined)) {
      const q = rest[0];
      issues.push({ field: `priors[${q}].consecutive`, message: `state true or false: priors ${g.members.map((i) => i + 1).join(" and ")} are treated as a single sentence (USSG §4A1.2(a)(2)); the longest term is used if the sentences ran concurrently (${pts(asLongest.points)}), the aggregate if consecutively (${pts(asAll.points)}).` });
      continue;
    }
    const s = anyConsecutive ? ask(() => scoreAlone(rep, longest, aggregate, offenseDate, edition, used)) : asLongest;
    if (!s) continue;
    const others = g.members.filter((i) => i !== longest);
    const joined = g.members.every((i) => sameDay(i, g.members[0])) ? "imposed the same day" : "in the same charging instrument";
    scored[longest] = { ...s, reason: `${s.reason}; treated as a single sentence with prior${others.length > 1 ? "s" : ""} ${others.map((i) => i + 1).join(", ")} (${joined}${single2007 ? ", no intervening arrest" : ", related cases"}), using the ${anyConsecutive ? "aggregate" : "longest"} term, USSG §4A1.2(a)(2)` };
    for (const i of others) scored[i] = { kind: "none", points: 0, subsection: "§4A1.2(a)(2)", reason: `treated as a single sentence with prior ${longest + 1} (${joined}${single2007 ? ", no intervening arrest" : ", related cases"}); its points are counted there`, single: "yes" };

    // The crime-of-violence point (§4A1.1(f) 1995–2009 / (e) 2010–2022 / (d) 2023–): a sentence for a
    // crime of violence that received no points because it was treated as one sentence with another.
    const cite = covPointCite(edition);
    // A consecutive term that itself raised the single sentence's points "resulted in additional
    // points" and gets no crime-of-violence point (§4A1.1 comment. (n.5) example, Amendment 709).
    const repAlone = anyConsecutive ? asLongest.points : s.points;
    for (const i of others) {
      if (priors[i].offense !== "crime-of-violence" || own[i].points === 0) continue;
      if (priors[i].consecutive === true && s.points > repAlone) continue;
      if (!single2007) {
        if (rep.offense !== "crime-of-violence") continue;
        if (priors[i].sameOccasion === undefined) {
          issues.push({ field: `priors[${i}].sameOccasion`, message: `state true or false: in the ${edition} Manual, ${cite} adds a point for a crime-of-violence sentence related to another crime-of-violence sentence, but not where the offenses occurred on the same occasion (before Amendment 709, 2007).` });
          continue;
        }
        if (priors[i].sameOccasion) continue;
      }
      covBonus[i] = 1;
    }
  }
  if (issues.length) return empty();

  // §4A1.1(c): not more than 4 points in all.
  let cCount = 0;
  let a = 0;
  let b = 0;
  const capped: number[] = [];
  scored.forEach((s, i) => {
    if (s.kind === "a") a += s.points;
    if (s.kind === "b") b += s.points;
    if (s.kind === "c") {
      if (cCount >= 4) {
        scored[i] = { kind: "none", points: 0, subsection: "§4A1.1(c)", reason: `${s.reason}; but §4A1.1(c) gives not more than 4 points in all, and priors listed before it already have them` };
        capped.push(i);
      } else cCount += 1;
    }
  });
  let cov = 0;
  const covCite = covPointCite(edition);
  priors.forEach((_p, i) => {
    const s = scored[i];
    let pts = s.points;
    let subsection = s.subsection;
    let reason = s.reason;
    if (covBonus[i] && cov < 3) {
      cov += 1;
      pts += 1;
      subsection = covCite;
      reason += `; a crime-of-violence sentence that received no points because it was treated as a single sentence: 1 point under ${covCite} (up to 3)`;
    }
    items.push({ prior: i + 1, points: pts, subsection, reason });
  });
  if (covBonus.some((x) => x)) notes.push(`Criminal history: "crime-of-violence" is read as the §2L1.2 category given for the prior; ${covCite} uses the definition of §4B1.2(a) (see §4A1.2(p)), which is not the same — check it.`);

  const subtotal = a + b + cCount + cov;
  let status = 0;
  if (ch.underSentence) {
    if (inForce("status2", edition)) {
      status = 2;
      items.push({ points: 2, subsection: "§4A1.1(d)", reason: "the instant offense was committed while under a criminal justice sentence: 2 points (through the 2022 Manual; Amendment 821 changed this from Nov. 1, 2023)" });
    } else if (subtotal >= 7) {
      status = 1;
      items.push({ points: 1, subsection: "§4A1.1(e)", reason: `committed while under a criminal justice sentence, with ${subtotal} points (7 or more) under §4A1.1(a)–(d): 1 point (Amendment 821, Nov. 1, 2023)` });
    } else {
      items.push({ points: 0, subsection: "§4A1.1(e)", reason: `committed while under a criminal justice sentence, but with ${subtotal} point${subtotal === 1 ? "" : "s"} under §4A1.1(a)–(d) (fewer than 7): no status point from Nov. 1, 2023 (Amendment 821)` });
    }
  }

  // Recency (§4A1.1(e), through the 2009 Manual; deleted by Amendment 742, Nov. 1, 2010).
  let recency = 0;
  if (inForce("recency", edition)) {
    const cut2 = yearsBefore(offenseDate, 2);
    let hit: number | undefined;
    for (let i = 0; i < priors.length && hit === undefined; i++) {
      const s = scored[i];
      if (s.kind !== "a" && s.kind !== "b") continue;
      const p = priors[i];
      if (p.releaseDate) {
        if (p.releaseDate > cut2) hit = i;
        continue;
      }
      // Release can be no later than the term's end (absent a revocation).
      if (!p.revocationMonths && plusMonths(p.sentenceDate as string, totalMonths(p)) <= cut2) continue;
      issues.push({ field: `priors[${i}].releaseDate`, message: `is needed (YYYY-MM-DD): in the ${edition} Manual, §4A1.1(e) adds recency points if the instant offense was committed less than two years after release from imprisonment on a sentence counted under §4A1.1(a) or (b) (deleted Nov. 1, 2010, Amendment 742).` });
    }
    if (issues.length) return empty();
    if (hit !== undefined) {
      recency = status === 2 ? 1 : 2;
      const p = priors[hit];
      items.push({ points: recency, subsection: "§4A1.1(e)", reason: `committed ${p.releaseDate && p.releaseDate > offenseDate ? "while in imprisonment on" : `less than two years after release (${p.releaseDate}) from`} the sentence of prior ${hit + 1}, counted under §4A1.1(a) or (b): ${recency === 1 ? "1 point (2 points were added under §4A1.1(d))" : "2 points"} (recency; deleted Nov. 1, 2010, Amendment 742)` });
    }
  }

  const points = subtotal + status + recency;
  const category = categoryForPoints(points);

  // §4C1.1 (from Nov. 1, 2023).
  let zeroPointAdjustment = false;
  if (inForce("zeroPoint", edition) && points === 0) {
    if (ch.zeroPointCriteriaMet === true) {
      zeroPointAdjustment = true;
      used.add("zeroPoint");
    }
    else if (ch.zeroPointCriteriaMet === undefined) notes.push(`Zero-point offender: the defendant has no criminal history points, so the 2-level decrease of USSG §4C1.1 (from Nov. 1, 2023) applies if every other criterion of §4C1.1(a) is met (no violence or credible threats, no firearm, no aggravating role, …). The calculator does not decide them: state "zeroPointCriteriaMet": true or false in criminalHistory. Not applied here.`);
  } else if (ch.zeroPointCriteriaMet !== undefined) {
    notes.push(edition < 2023 ? `"zeroPointCriteriaMet" is ignored: USSG §4C1.1 is in the Manual from Nov. 1, 2023 (Amendment 821); the ${edition} Manual has no such adjustment.` : `"zeroPointCriteriaMet" is ignored: USSG §4C1.1 applies only to a defendant with no criminal history points (here ${points}).`);
  }

  notes.unshift(`Criminal history from the priors: ${points} point${points === 1 ? "" : "s"} → category ${category} (USSG ch. 5, pt. A). Periods run from the commencement of the instant offense on ${offenseDate} (15 years: from ${yearsBefore(offenseDate, 15)}; 10 years: from ${yearsBefore(offenseDate, 10)}); a sentence imposed on the first day of a period is treated as within it.`);
  if (capped.length && edition >= 2011) notes.push(`Prior${capped.length > 1 ? "s" : ""} ${capped.map((i) => i + 1).join(", ")} receive${capped.length > 1 ? "" : "s"} no point because of the 4-point cap of §4A1.1(c) and ${capped.length > 1 ? "are" : "is"} treated as receiving no criminal history points for §2L1.2; whether a conviction over the cap "receives" points is not settled by the text — check the law of the circuit.`);
  if (priors.some((p) => p.sentenceDate && p.sentenceDate > offenseDate)) notes.push("A sentence imposed after the commencement of the instant offense is counted as a prior sentence if it was imposed before sentencing on the instant offense and is for conduct not part of it (§4A1.2 comment. (n.1)); check that each is.");
  const notRead = notReadNote(used, edition);
  if (notRead) notes.push(notRead);
  notes.push("Not computed from the facts (check them): convictions not yet sentenced (§4A1.2(a)(4)), §4A1.2(c)(1) offenses similar to the instant offense, and reversed, vacated or invalidated convictions (comment. (n.6)). Sentences in one charging instrument imposed on different days are linked only when both priors give the same \"chargingInstrument\" (§4A1.2(a)(2)(A)), and foreign, tribal and expunged convictions are left out only when marked (\"convictedIn\", \"expunged\"; §4A1.2(h)–(j)).");
  // §4A1.2(c)(1), probation of exactly one year: the one case the threshold's words decide. Before
  // Nov. 1, 2007 the 2002 words were read as a court quoted them; from then in the 2025 Manual (and a
  // court's paraphrase of the 2018 Manual).
  priors.forEach((p, i) => {
    if (p.pettyOffense !== "4A1.2(c)(1)" || p.probationMonths !== 12 || totalMonths(p) >= THIRTY_DAYS_MONTHS) return;
    if (pettyProbationRule(edition) === "pettyProbation1995") {
      notes.push(`Prior ${i + 1}: a §4A1.2(c)(1) offense with probation of exactly one year is counted here: the 2002 Manual counts "a term of probation of at least one year" (as quoted in United States v. Rollins); the calculator applies those words to every Manual before Nov. 1, 2007 (the §4A1.2 historical note lists no amendment of §4A1.2 between Nov. 1, 1993 and Nov. 1, 2007)${edition === 2002 ? "" : `, but the ${edition} Manual's own words were not read`} — check them.`);
    } else {
      const read = chRule("pettyProbation2007").manualRead ?? [];
      notes.push(read.includes(edition)
        ? `Prior ${i + 1}: a §4A1.2(c)(1) offense with probation of exactly one year is not counted here: the ${edition} Manual counts it only with "a term of probation of more than one year" (or imprisonment of at least thirty days); the 2002 Manual's words were "at least one year" (Rollins).`
        : `Prior ${i + 1}: a §4A1.2(c)(1) offense with probation of exactly one year is not counted here: the calculator reads "a term of probation of more than one year" for the Manuals from Nov. 1, 2007 — the words of ${manualsPhrase(read)}, and a district court paraphrased the 2018 Manual the same way in not counting 12 months' probation (United States v. Sholtz, 2019); the 2002 Manual's words were "at least one year" (Rollins). The ${edition} Manual's own words were not read — check them.`);
    }
  });
  if (ch.underSentence && priors.some((p) => p.convictedIn !== undefined || p.expunged === true)) notes.push("Status points: a \"criminal justice sentence\" is a sentence countable under §4A1.2 (the Commission's glossary, https://www.ussc.gov/c); a foreign, tribal or expunged sentence is not countable — check that the sentence he was under is one that counts.");

  return { points, category, items, notes, issues, priorsForEnhancements: forEnhancements(priors, scored, own, groups, edition, notes, issues, input.enhancements !== undefined), zeroPointAdjustment };
}

/** Does a prior receive points under §4A1.1(a)–(c) for §2L1.2 (Amendment 795 comment. (n.3(A)) for a single sentence)? */
function forEnhancements(priors: Prior[], scored: Scored[], own: Scored[], groups: Group[], edition: number, notes: string[], issues: InputIssue[], enhancementsGiven: boolean): Prior[] {
  const inGroupNotRep = new Set<number>();
  for (const g of groups) {
    const longest = [...g.members].sort((x, y) => totalMonths(priors[y]) - totalMonths(priors[x]) || x - y)[0];
    for (const i of g.members) if (i !== longest) inGroupNotRep.add(i);
  }
  const out = priors.map((p, i) => {
    const {
      sentenceDate: _sd, releaseDate: _rd, probationMonths: _pm, revocationMonths: _rm, ageAtOffense: _age, pettyOffense: _po,
      interveningArrest: _ia, chargingInstrument: _ci, convictedIn: _cin, expunged: _ex, relatedCases: _rc, consecutive: _c, convictedAsAdult: _ca, sameOccasion: _so, revocationBeforeDeportation: _rbd, ...rest
    } = p;
    const q: Prior = { ...rest };
    // A single sentence's other members count if they would independently have received points.
    let receives = scored[i].kind !== "none" && scored[i].points > 0 ? true : inGroupNotRep.has(i) && own[i].points > 0;
    // 2016 and later: misdemeanors count toward (b)(1)(B)/(b)(2)(E)/(b)(3)(E) only if counted separately.
    if (edition >= 2016 && p.kind === "misdemeanor" && inGroupNotRep.has(i)) receives = false;
    // 2016 and later: an offense before eighteen counts only if classified as an adult conviction (comment. (n.1(B))).
    if (edition >= 2016 && p.ageAtOffense !== undefined && p.ageAtOffense < 18 && p.convictedAsAdult !== true) {
      if (p.convictedAsAdult === undefined && receives && p.kind === "felony" && !enhancementsGiven) {
        issues.push({ field: `priors[${i}].convictedAsAdult`, message: `state true or false: the offense was committed at age ${p.ageAtOffense}, and under §2L1.2 comment. (n.1(B)) (2016 and later) it counts for an enhancement only if it is classified as an adult conviction.` });
      }
      receives = false;
    }
    if (edition >= 2011) q.receivesCriminalHistoryPoints = receives;
    // The sentence imposed for §2L1.2 includes a revocation term (Amendment 658, 2003), before
    // deportation only in 2012–2015 (Amendment 764), regardless of when from 2018 (Amendment 809).
    if (p.revocationMonths) {
      const withRev = (p.sentenceMonths ?? 0) + p.revocationMonths;
      const counts = edition <= 2011 || edition >= 2018 ? true : p.revocationBeforeDeportation;
      if (counts === undefined) {
        if (tier(edition, p.sentenceMonths ?? 0) !== tier(edition, withRev)) {
          issues.push({ field: `priors[${i}].revocationBeforeDeportation`, message: `state true or false: in the ${edition} Manual the revocation term counts toward the §2L1.2 "sentence imposed" ${edition <= 2015 ? "only if the revocation occurred before the defendant was deported or unlawfully remained in the United States (Amendment 764, 2012)" : "— under this text the Ninth Circuit held that a revocation after the first order of removal does not count (United States v. Hernandez Martinez, 870 F.3d 1163 (9th Cir. 2017)); Amendment 809 (2018) later counted revocations regardless of when"}; it changes the enhancement (${p.sentenceMonths ?? 0} or ${withRev} months).` });
        }
        q.sentenceMonths = p.sentenceMonths;
      } else q.sentenceMonths = counts ? withRev : p.sentenceMonths;
    }
    return q;
  });
  // 2016 and later: a single sentence of consecutive felony terms is one "sentence imposed" for
  // §2L1.2(b)(2)–(b)(3), the aggregate — the single-sentence rule of §4A1.2(a)(2) applies to those
  // enhancements (United States v. Cuevas-Lopez, 934 F.3d 1056 (9th Cir. 2019): two
  // consecutive 3.5-year terms imposed the same day are a 7-year sentence, (b)(3)(A)).
  if (edition >= 2016) {
    for (const g of groups) {
      const longest = [...g.members].sort((x, y) => totalMonths(priors[y]) - totalMonths(priors[x]) || x - y)[0];
      const rep = priors[longest];
      // An illegal reentry sentence in the single sentence is used on its own for (b)(1), and the
      // other felony's own sentence for (b)(3) (§2L1.2 comment. (n.4), 2016): not aggregated.
      const adds = g.members.filter((i) => i !== longest && priors[i].consecutive === true && priors[i].kind === "felony" && priors[i].offense !== "illegal-reentry" && priors[i].beforeFirstOrder === rep.beforeFirstOrder && priors[i].conductAfterFirstOrder === rep.conductAfterFirstOrder);
      const own = out[longest].sentenceMonths;
      if (!adds.length || rep.kind !== "felony" || rep.offense === "illegal-reentry" || own === undefined || adds.some((i) => out[i].sentenceMonths === undefined)) continue;
      const aggregate = own + adds.reduce((sum, i) => sum + (out[i].sentenceMonths as number), 0);
      out[longest] = { ...out[longest], sentenceMonths: aggregate };
      notes.push(`§2L1.2: priors ${[longest, ...adds].sort((x, y) => x - y).map((i) => i + 1).join(" and ")} are treated as a single sentence with consecutive terms (§4A1.2(a)(2)), so the "sentence imposed" for §2L1.2(b)(2)–(b)(3) is taken as the aggregate, ${aggregate} months (prior ${longest + 1}'s own term: ${own} months), as the Ninth Circuit held in United States v. Cuevas-Lopez, 934 F.3d 1056 (9th Cir. 2019) (the single-sentence rule applies to §2L1.2(b)(2) and (b)(3)) — check the law of the circuit.`);
    }
  }
  if (edition <= 2002 && priors.some((p) => p.revocationMonths)) {
    notes.push(`§2L1.2 "sentence imposed": the revocation term is added to the original term (as §4A1.2(k) does for the points). The ${edition} text does not say whether a term imposed on revocation counts; the circuits differed until Amendment 658 (Nov. 1, 2003) made it express — check the law of the circuit.`);
  }
  if (edition >= 2011) {
    const stale = priors.map((_p, i) => i).filter((i) => out[i].receivesCriminalHistoryPoints === false && priors[i].kind === "felony");
    if (stale.length) notes.push(`§2L1.2: prior${stale.length > 1 ? "s" : ""} ${stale.map((i) => i + 1).join(", ")} receive${stale.length > 1 ? "" : "s"} no criminal history points under §4A1.1(a)–(c), so ${edition >= 2016 ? `${stale.length > 1 ? "they trigger" : "it triggers"} no §2L1.2(b) enhancement (comment. (n.3), 2016 and later)` : `§2L1.2(b)(1)(A) and (B) give 12 and 8 levels instead of 16 and 12 (Amendment 754, 2011–2015)`}.`);
  }
  return out;
}

/** The §2L1.2 sentence-length bracket a number of months falls in (to tell whether a revocation term changes it). */
function tier(edition: number, months: number): string {
  if (edition >= 2016) return months >= 60 ? "A" : months >= 24 ? "B" : months > 13 ? "C" : "D";
  return months > 13 ? "over13" : "13orless";
}

/** §4C1.1 (from Nov. 1, 2023): zero points and `zeroPointCriteriaMet` true, from the priors or a point total. */
export function zeroPointApplies(input: RangeInput, edition: number, outcome?: CriminalHistoryOutcome): boolean {
  if (outcome) return outcome.zeroPointAdjustment;
  const ch = input.criminalHistory;
  return "points" in ch && ch.points === 0 && ch.zeroPointCriteriaMet === true && inForce("zeroPoint", edition);
}
