/**
 * The argument rules: per-rule data (authorities, later developments, what to do instead) and
 * the severity decision, which follows the law rather than a fixed table — the first outcome
 * in `src/data/rules.json` whose conditions match: edition range, circuits, framing, cues, and
 * the facts the law turns on (`facts.ts`): the offense of conviction, the vehicle (resentencing
 * after vacatur or a final sentence) and, for compassionate-release family arguments, the
 * §1B1.13(b)(3) ground named. An outcome may replace the message, the lead authority, the
 * "But see" sentence and the advice; authorities that did not exist in the brief's edition
 * (or were decided after its date) are left out, so nothing later is cited as governing.
 */
import rulesData from "../../data/rules.json";
import { validatedJson } from "../validatedJson";
import { datedText } from "../dates";
import { longDate } from "../guidelines/lookup";
import { reportedAt } from "../brief/briefDate";
import type { HoldingData, OutcomeData, RuleData, RulesFileSchema } from "./rulesSchema";
import { amendmentMotionOf, classifyOffense, deniesDeathOrIncapacity, familyGroundOf, namesChild, rule35Of, saysAfterRemoval, saysPriorUnscored, type FamilyGround, type OffenseClass } from "./facts";
import { circuitName, circuitsInProse, editionOnDate } from "../settings";
import { RULE_FILES } from "./cues";
import type { AnalysisSettings, AuthorityRef, Detection, DevelopmentRef, Finding, FindingFacts, RuleId, Severity } from "./types";

// src/data/rules.json and src/data/authorities.json are validated against the schemas in
// rulesSchema.ts when Heartland is built (src/core/dataValidation.ts, run by esbuild.js); the types
// are derived from them, so the code's view of the data is the one the build checked.
export type { HoldingData, OutcomeData, DevelopmentData, RuleData, RulesFile, AuthoritiesFile } from "./rulesSchema";

// the one reader of `{dated …}` clauses lives in ../dates, shared with the Manual-text hover (src/core/explain.ts)
export { datedText };

const RULES_FILE = validatedJson<typeof RulesFileSchema>(rulesData);
export const RULES: readonly RuleData[] = RULES_FILE.rules;

/** The rules' reported holdings by "volume reporter page", each with the day it was decided (made on first use). */
let HOLDING_DAYS: Map<string, { decided: string; cite: string }> | undefined;
/**
 * The day a holding of the rules' data was decided, by its volume, reporter and first page ("992 F.3d 1035" → McGee, Mar.
 * 29, 2021), or undefined: what dates a brief that cites it where cases.json does not know the case (legal audit 38a,
 * py-023: a brief citing McGee was read as of Jan. 1, 2021 and told no circuit had yet rejected a change in the law).
 */
export function holdingDecidedAt(volume: number, reporter: string, page: number): { decided: string; cite: string } | undefined {
  if (!HOLDING_DAYS) {
    HOLDING_DAYS = new Map();
    for (const r of RULES) for (const h of r.holdings) {
      if (!h.decided || !/^\d{4}-\d{2}-\d{2}$/.test(h.decided)) continue;
      // (the reported cite after the case's name: "United States v. McGee, 992 F.3d 1035 (10th Cir. 2021)")
      const at = h.cite.search(/, \d/);
      const c = at === -1 ? undefined : reportedAt(h.cite.slice(at + 2));
      if (c) HOLDING_DAYS.set(`${c.volume} ${c.reporter} ${c.page}`, { decided: h.decided, cite: h.cite });
    }
  }
  return HOLDING_DAYS.get(`${volume} ${reporter} ${page}`);
}

/**
 * The rules' dated holdings of one court of appeals, by the name a brief calls the case by ("McCoy" for "United States v.
 * McCoy, 981 F.3d 271 (4th Cir. 2020)"): what dates a brief that names a holding with its court but no reporter cite ("the
 * Fourth Circuit said in United States v. McCoy that …" — audit 39a, pz-037, read as of its 2015 case number).
 */
export function circuitHoldingsNamed(): readonly { circuit: string; name: string; decided: string }[] {
  if (!CIRCUIT_HOLDINGS) {
    const out: { circuit: string; name: string; decided: string }[] = [];
    for (const r of RULES) for (const h of r.holdings) {
      if (!h.decided || !/^\d{4}-\d{2}-\d{2}$/.test(h.decided) || h.bindingIn.length !== 1 || h.bindingIn[0] === "*") continue;
      const name = partyName(h.cite);
      if (name && !out.some((o) => o.name === name && o.circuit === h.bindingIn[0])) out.push({ circuit: h.bindingIn[0], name, decided: h.decided });
    }
    CIRCUIT_HOLDINGS = out;
  }
  return CIRCUIT_HOLDINGS;
}
let CIRCUIT_HOLDINGS: { circuit: string; name: string; decided: string }[] | undefined;

/**
 * In an appellate brief the way forward is the appeal's (the standard of review, preservation), not the
 * sentencing court's: the finding's law stands, its advice is replaced.
 */
export function onAppeal<F extends { instead: string }>(f: F, compassionate: boolean, s: AnalysisSettings, calculation = false): F {
  // (an undated appellate brief whose case number or latest date is years past — "No. 97-3041" — appeals a sentence of
  // that time: its advice is that time's, and says so, not the Manual of today's — legal audit of session 34, pg-024, pg-002)
  const floor = !s.briefDate && !s.sentencingDate && !compassionate ? s.undatedFloor ?? undefined : undefined;
  const asOf = s.briefDate ?? s.sentencingDate ?? floor?.date ?? `${s.edition + 1}-10-31`;
  const edition = floor ? floor.edition : s.edition;
  // (an objection to the range's calculation is no refused departure: its review is of the guideline's application —
  // legal audit of session 34, ps-014, pi-032)
  const advice = compassionate ? RULES_FILE.appeal.compassionateRelease : calculation ? RULES_FILE.appeal.calculation : RULES_FILE.appeal.sentencing;
  let text = advice[0].text;
  for (const a of advice) if ((!a.from || a.from <= asOf) && (a.fromEdition === undefined || edition >= a.fromEdition)) text = a.text;
  if (floor) text = `The brief gives no date; as of the latest it names, ${floor.said ?? longDate(floor.date)}: ${text}`;
  return { ...f, instead: text };
}
const BY_ID = new Map<string, RuleData>(RULES.map((r) => [r.id, r]));

/** Rules the data judges at the original sentencing itself (outcomes for the vehicle "sentencing"), whatever their rule file's vehicles. */
const SENTENCING_OUTCOMES = new Set<string>(RULES.filter((r) => r.outcomes.some((o) => o.vehicle === "sentencing")).map((r) => r.id));
/** Whether the law data judges `rule` at the original sentencing (a plea there to go below a statutory minimum). */
export function judgedAtSentencing(rule: string): boolean {
  return SENTENCING_OUTCOMES.has(rule);
}

/** The day a year after `day` (Feb. 29 → Mar. 1). */
function yearAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A § 2255 finding's word on time: the one-year limitation from the day it was enacted, and, where the brief's own
 * dates put the motion more than a year after the later of the sentencing and that day, that it is timely only if the
 * judgment became final later (after an appeal) or another starting date or tolling applies. Information only: the
 * sentencing date alone does not show when the judgment became final.
 */
export function limitationNote(s: Pick<AnalysisSettings, "briefDate" | "sentencingDate">, asOf: string): string {
  const l = RULES_FILE.collateral.limitation;
  if (asOf < l.from) return "";
  let note = ` ${l.text}`;
  const sentenced = s.sentencingDate;
  const date = s.briefDate;
  if (sentenced && date && sentenced <= date) {
    const start = sentenced < l.from ? l.from : sentenced;
    if (date > yearAfter(start))
      note += ` ${l.late.split("{sentenced}").join(sentenced).split("{date}").join(date).split("{since}").join(sentenced < l.from ? l.beforeFrom : "the sentencing")}`;
  }
  return note;
}

export function ruleData(id: RuleId): RuleData {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`No data for rule ${id}`);
  return r;
}

/** The facts of one detection under the brief's settings. */
interface Facts {
  offense: OffenseClass;
  resentencing: boolean;
  ground: FamilyGround | undefined;
  /** The argument is for a Rule 35(b) reduction (the sentence names Rule 35(b), or the document is a Rule 35 motion). */
  rule35: boolean;
  /** The argument is made in a § 3582(c)(2) motion (`facts.ts` amendmentMotionOf). */
  c2: boolean;
  /** The argument is made at the original sentencing, where a rule that has outcomes for it ("sentencing") is judged by those. */
  sentencing: boolean;
  asOf: string;
}

function factsOf(d: Detection, s: AnalysisSettings): Facts {
  const o = s.offense ? classifyOffense(s.offense) : null;
  return {
    offense: o ? o.kind : "unknown",
    resentencing: s.resentencing === true,
    ground: d.rule === "compassionate-release-family" ? familyGround(d, s) : undefined,
    rule35: rule35Of(d.text, s.document),
    c2: amendmentMotionOf(d.text, s),
    sentencing: !s.resentencing && (s.originalSentencing === true || s.document === "sentencing-memorandum" || s.document === "psr-objections") && SENTENCING_OUTCOMES.has(d.rule),
    // the brief's date: its sentencing date, else the last day its edition was in force
    // (a compassionate-release or § 3582(c)(2) motion without its date: today's, not its sentencing's — `motionAsOf`)
    asOf: s.briefDate ?? (ruledOnItsDay(s, d.text, d.rule) ? s.motionAsOf : undefined) ?? s.sentencingDate ?? `${s.edition + 1}-10-31`,
  };
}

/**
 * Is the paragraph's vehicle a motion the court decides under the law of the day it rules — compassionate release or
 * § 3582(c)(2) (a paragraph under such a heading, in such a motion, or a response to one) — in a brief without its date
 * (`motionAsOf`)? Its law is then today's, not its sentencing's (legal audit of session 34, pi-046, pj-041, pi-011).
 */
function ruledOnItsDay(s: AnalysisSettings, text: string, rule?: RuleId): boolean {
  return !!s.motionAsOf && ((rule !== undefined && MOTION_RULES.has(rule)) || s.compassionate === true || s.amendmentMotion === true || s.document === "compassionate-release-motion" || s.document === "sentence-reduction-motion" || amendmentMotionOf(text, s));
}

/** The (b)(3) ground the argument's sentence names, else the one its paragraph names, else the one the brief names. */
// (…and the showing a listed ground needs: no other caregiver, the dependant's incapacity — "twelve hours of care a day",
// "incapable of self-care", "total dependence for all activities of daily living": legal audit 36a, po-040, pq-042; the
// children's placement in foster or licensed care for want of one: legal audit 38a, py-041)
const CARE_WORDS = /\b(?:caregiver|care giver|care for|take care|taking care|caring for|incapacit|that care|self-care|self care|hours of care|level of care|home-health|home health|home-care|activities of daily living|no other (?:relative|family member|caregiver|person|adult)|cannot take (?:him|her|them|the)|guardian|waitlist|alive and safe|foster (?:care|home|parent|placement)|(?:licensed|state|protective) care|child protective services|children and families)/i;
function familyGround(d: Detection, s: AnalysisSettings): FamilyGround {
  // (the subsection the brief cites by letter, where the sentence cites none itself: `familyGroundCited`)
  // (…not where the sentence or its paragraph denies the death or incapacity: "The children's mother is not dead or
  // incapacitated", a bench memorandum that cites (A) as the standard the facts miss — legal audit of session 35, pl-007)
  if (deniesDeathOrIncapacity(d.text) || (!!d.facts && deniesDeathOrIncapacity(d.facts))) return "general";
  const own = familyGroundOf(d.text);
  // (…where the sentence names a ground of its own or the care itself: a bench memorandum's "his wife works two jobs and
  // cannot adequately supervise their three children" under a cited (A) is hardship still — pl-007)
  if (s.familyGroundCited && s.familyGround && !/\(b\)\(3\)\([a-d]\)/i.test(d.text) && (own !== "general" || CARE_WORDS.test(d.text))) return s.familyGround as FamilyGround;
  const para = own === "general" && d.facts ? familyGroundOf(d.facts) : own;
  // (…a relative's incapacity or care read in a paragraph that also names the children, in a motion whose one ground is
  // the children's caregiver (A), is that caregiver's: "she moved into her mother's apartment" of the children's
  // incapacitated mother, "his parents are deceased" under "There Is No Other Caregiver" — legal audit 38a, py-041, warned
  // as a parent's incapacity the 2016 note did not list)
  // (…only where the argument's own sentence names no ground: "he is her only available caregiver" of his bedridden mother
  // is (C) whatever the paragraph says besides — test/fixtures/review31/p1b)
  if (own === "general" && (para === "B" || para === "C" || para === "D") && s.familyGround === "A" && namesChild((d.facts ?? d.text).toLowerCase())) return "A";
  // (…else the one ground the brief's other paragraphs name: `briefFamilyGround`)
  return para === "general" && s.familyGround && CARE_WORDS.test(d.facts ?? d.text) ? (s.familyGround as FamilyGround) : para;
}

/** Whether a list of the data's circuits names this one (the brief's circuit is any string the user wrote). */
function lists(circuits: readonly string[], circuit: string): boolean {
  return circuits.includes(circuit);
}

/** Does the detection's text name a cue of an outcome or holding? A § 404 cue is met by a § 404 motion's title too. */
function namesCue(d: Detection, s: AnalysisSettings, c: string): boolean {
  return d.text.includes(c) || (s.section404Motion === true && c.includes("404")) || (d.rule === "compassionate-release-mandatory-minimum" && PARAGRAPH_CHANGE_CUES.has(c) && !!d.facts?.includes(c));
}

/**
 * The cues of a change in the law that a compassionate-release paragraph may name in a sentence beside the finding's (the
 * finding's own sentence names the minimum): not "First Step Act" (the motion's own statute), "924(c)", "disparity" or
 * "career offender", which a paragraph on another ground names as facts.
 */
const PARAGRAPH_CHANGE_CUES = new Set(["stack", "nonretroactive", "non retroactive", "change in the law", "change in law", "changes in the law", "unusually long", "sentenced today", "if sentenced today", "would receive today", "would face today", "no longer qualif", "would no longer be", "403(b)", "section 403"]);

/**
 * A cue the brief's facts settle rather than the sentence's words — "@after-removal" (the revocation came after the
 * removal), "@rule-35(b)" (a filing on the government's Rule 35(b) motion), "@unscored-prior" (the brief says its prior
 * receives no criminal history points), "@sole-ground" (the brief names no ground for release but rehabilitation), "¶…" (words the finding's paragraph names,
 * not only its sentence) — or undefined for a cue of words in the sentence.
 */
function cueMet(c: string, d: Detection, s: AnalysisSettings): boolean | undefined {
  if (c === "@after-removal") return saysAfterRemoval(d.text) || !!s.revokedAfterRemoval;
  if (c === "@rule-35(b)") return !!s.rule35b;
  if (c === "@unscored-prior") return !!s.priorUnscored || saysPriorUnscored(d.text);
  // (in a compassionate-release paragraph: a 2016 Rule 35 motion on rehabilitation is Rule 35's warning, not § 994(t)'s)
  if (c === "@sole-ground") return !!s.rehabilitationOnly && !!s.compassionate;
  if (c.startsWith("¶")) return (d.facts ?? d.text).includes(c.slice(1));
  return undefined;
}

function outcomeMatches(o: OutcomeData, d: Detection, s: AnalysisSettings, f: Facts): boolean {
  if (o.editions && (s.edition < o.editions[0] || s.edition > o.editions[1])) return false;
  if (o.circuits && (!s.circuit || !lists(o.circuits, s.circuit))) return false;
  if (o.noCircuit && s.circuit) return false;
  // under a Manual with no departures (Nov. 1, 2025 on) a request for a lower sentence that does not say which it is can
  // only be a variance (not so an objection to the range's calculation: "the enhancement should not apply")
  const framing = d.framing === "unspecified" && s.edition >= 2025 && d.rule !== "revocation-sentence" ? "variance" : d.framing;
  if (o.framing && o.framing !== framing) return false;
  if (o.cues && !o.cues.some((c) => cueMet(c, d, s) ?? namesCue(d, s, c))) return false;
  if (o.notCues && o.notCues.some((c) => cueMet(c, d, s) ?? d.text.includes(c))) return false;
  if (o.offense && !o.offense.includes(f.offense)) return false;
  if (o.vehicle === "after-judgment" ? !s.afterJudgment : o.vehicle === "compassionate-release" ? !s.compassionate : o.vehicle === "rule-35" ? !f.rule35 : o.vehicle === "2255" ? s.document !== "2255-motion" : o.vehicle === "3582c2" ? !f.c2 : o.vehicle && o.vehicle !== (f.resentencing ? "resentencing" : f.sentencing ? "sentencing" : "final")) return false;
  if (o.grounds && (!f.ground || !o.grounds.includes(f.ground))) return false;
  if (o.from && f.asOf < o.from) return false;
  if (o.until && f.asOf >= o.until) return false;
  if (o.requires) {
    const r = ruleData(d.rule);
    const h = [...r.holdings, ...(r.guidelineText ?? [])].find((x) => x.cite.startsWith(o.requires!));
    if (!h || !inForce(h, s, f)) return false;
  }
  return true;
}

/**
 * Whether a decision existed on the brief's date: a full date, or a year alone whose day Heartland could not
 * confirm — then only from the next Jan. 1, never during its own year (a brief of June 2020 was told Brooker,
 * decided Sept. 25, 2020, governed while its date was the bare "2020"): a case that may not yet exist is never
 * cited as the law. A brief of that year is told so instead (yearOnlyNote).
 */
function decidedBy(h: HoldingData, asOf: string): boolean {
  if (!h.decided) return true;
  return h.decided.length === 4 ? h.decided < asOf.slice(0, 4) : h.decided <= asOf;
}

/** A holding known by its year alone, in the brief's own year: maybe decided before the brief, maybe after. */
function undatedThisYear(h: HoldingData, asOf: string): boolean {
  return !!h.decided && h.decided.length === 4 && h.decided === asOf.slice(0, 4);
}

/** Whether a holding or guideline text existed for the brief (edition range, decision date) and speaks to its vehicle. */
function inForce(h: HoldingData, s: AnalysisSettings, f: Facts): boolean {
  if (h.vehicle === "after-judgment" ? !s.afterJudgment : h.vehicle === "3582c2" ? !f.c2 : h.vehicle && (h.vehicle === "rule-35") !== f.rule35) return false;
  // a § 3582(c)(1)(A) holding says nothing of a sentencing or resentencing (legal audit 40b, qb-057: McCoy and Halvon listed
  // under a 2009 sentencing memorandum's plea to go below the minimum)
  if (h.vehicle === "compassionate-release" && !s.compassionate && (f.sentencing || f.resentencing)) return false;
  if (h.editions && (s.edition < h.editions[0] || s.edition > h.editions[1])) return false;
  if (!decidedBy(h, f.asOf)) return false;
  if (h.abrogated && f.asOf >= h.abrogated) return false;
  return true;
}

/**
 * Where the restriction binds, for a brief with no circuit: the lead's own circuits first (a message that
 * names Thacker lists the Seventh Circuit), then every verified holding in force that forecloses. (Not every
 * holding that limits: an old one may since have been overtaken in its circuit by one that permits.)
 */
function bindingCircuits(r: RuleData, s: AnalysisSettings, f: Facts, lead?: HoldingData, skip?: ReadonlySet<HoldingData>, vehicle?: string): string[] {
  const out: string[] = [];
  const add = (h: HoldingData) => {
    for (const c of h.bindingIn) if (c !== "*" && !out.includes(c)) out.push(c);
  };
  if (lead && lead.verified && (lead.effect === "forecloses" || lead.effect === "limits")) add(lead);
  for (const h of r.holdings) if (h.effect === "forecloses" && speaksToBrief(h, s, f, skip, vehicle)) add(h);
  return out;
}

/**
 * A verified holding in force at the brief's date that speaks to this brief, for the "no circuit set" lists: an outcome for a
 * compassionate-release motion takes only holdings on such motions (Martinez-Ramos forecloses a deportable-alien departure
 * at sentencing in the Ninth Circuit, not a § 3582(c)(1)(A) motion), and only holdings on the brief's kind of offense where
 * it is read (no § 1326-only holding's circuit for a drug case — legal audit 38a: "binding in the Second, Ninth, Seventh,
 * Fifth, Sixth and Tenth Circuits" beside Restrepo).
 */
function speaksToBrief(h: HoldingData, s: AnalysisSettings, f: Facts, skip?: ReadonlySet<HoldingData>, vehicle?: string): boolean {
  return h.verified && inForce(h, s, f) && !skip?.has(h) && (vehicle !== "compassionate-release" || h.era.startsWith("cr_")) && (!h.offense || f.offense === "unknown" || h.offense === f.offense);
}

/**
 * …and, beside them, the circuits whose own verified holding in force limits the argument (allows it only on a showing, or
 * in atypical cases) and binds there, where no later holding of that circuit permits it and none forecloses it (`bindingCircuits` has those):
 * each with the case's name — legal audit 38b, pk-014: a Minnesota drug case told the holdings "bind in the Second and
 * Seventh Circuits", with no word of the Eighth's Lopez-Salas.
 */
function limitingCircuits(r: RuleData, s: AnalysisSettings, f: Facts, foreclosing: readonly string[], skip?: ReadonlySet<HoldingData>, vehicle?: string): { circuit: string; name: string }[] {
  const out: { circuit: string; name: string }[] = [];
  const fits = (h: HoldingData) => speaksToBrief(h, s, f, skip, vehicle);
  for (const h of r.holdings) {
    if (h.effect !== "limits" || !fits(h)) continue;
    for (const c of h.bindingIn) {
      if (c === "*" || foreclosing.includes(c) || out.some((o) => o.circuit === c)) continue;
      if (r.holdings.some((p) => p.effect === "permits" && p.bindingIn.includes(c) && fits(p) && (p.decided ?? "") > (h.decided ?? ""))) continue;
      const name = partyName(h.cite);
      if (name) out.push({ circuit: c, name });
    }
  }
  return out;
}

/** A pin cite in the citation itself: "215 F.3d 969, 978 (" — a page after the first page. */
function citesPin(cite: string): boolean {
  const paren = cite.indexOf(" (");
  const head = paren === -1 ? cite : cite.slice(0, paren);
  // "…, 969, 978" or "…, 969 n.4": a comma-separated number after the reporter's first page
  // a citation by docket ("No. 24-1191", "Nos. 24-3286, 24-3289, 24-5182") has no reporter page to pin
  if (/\bNos?\. /.test(head)) return false;
  const parts = head.split(", ");
  if (parts.length < 3) return false;
  const last = parts[parts.length - 1];
  return last.length > 0 && last[0] >= "0" && last[0] <= "9";
}

/** The circuits where a court of appeals had held the text invalid or inapplicable by the brief's date. */
function notBindingAt(h: HoldingData, asOf: string): NonNullable<HoldingData["notBindingIn"]> {
  return (h.notBindingIn ?? []).filter((e) => !e.from || e.from <= asOf);
}

/**
 * Where a text's validity on the point was open at a date (`contestedIn` in force), less the circuits a decision had
 * settled by then (`notBindingIn`): no "binding" there, and the finding says why.
 */
function contestedAt(h: HoldingData, asOf: string): NonNullable<HoldingData["contestedIn"]> {
  // (read for every authority of every finding: most have no such entry)
  if (!h.contestedIn) return [];
  const settled = new Set<string>(notBindingAt(h, asOf).flatMap((e) => e.circuits));
  return (h.contestedIn ?? [])
    .filter((e) => e.from <= asOf && (!e.until || asOf < e.until))
    .map((e) => ({ ...e, circuits: e.circuits.filter((c) => !settled.has(c)) }))
    .filter((e) => e.circuits.length > 0);
}

/** The `contestedIn` entry that speaks to the brief's circuit (or to every court) at its date. */
function contestedHere(h: HoldingData, circuit: string | null, asOf: string): NonNullable<HoldingData["contestedIn"]>[number] | undefined {
  return contestedAt(h, asOf).find((e) => e.circuits.includes("*") || (circuit !== null && lists(e.circuits, circuit)));
}

/** "the Third Circuit, where it was held …; nor the Seventh Circuit, where it was held …" */
function notBindingProse(h: HoldingData, asOf: string): string {
  return notBindingAt(h, asOf).map((e) => `${circuitsInProse(e.circuits)}, where it was ${e.why}`).join("; nor in ");
}

function authorityRef(h: HoldingData, circuit: string | null, f: Facts): AuthorityRef {
  // A holding limited to § 1326 cases does not bind in a case known to be under another statute.
  const offenseOk = !h.offense || f.offense !== "other" || h.offense === "other";
  const notHereEntry = circuit !== null ? notBindingAt(h, f.asOf).find((e) => lists(e.circuits, circuit)) : undefined;
  const notHere = !!notHereEntry;
  const contested = contestedHere(h, circuit, f.asOf);
  const binding = h.verified && offenseOk && !notHere && !contested && !(h.bindsUntil && f.asOf >= h.bindsUntil) && (h.bindingIn.includes("*") || (circuit !== null && lists(h.bindingIn, circuit)));
  // an authority's citation and holding may carry `{dated …}` clauses too: "USSG § 5K2.19 (deleted Nov. 1, 2012, …)" is
  // not cited to a brief of 2003, when the policy statement was in force (audit 15 O4, other forms)
  let holding = datedText(h.holding, f.asOf);
  if (notHereEntry) holding = `(Not binding in the ${circuitName(circuit!)}: ${notHereEntry.why}) ${holding}`;
  else if (contested) holding = `(Not settled as binding ${contested.circuits.includes("*") || circuit === null ? "" : `in the ${circuitName(circuit)} `}at the brief's date: ${contested.why}) ${holding}`;
  for (const c of h.caveats ?? []) if (c.from <= f.asOf) holding = `(${c.note}) ${holding}`;
  if (!offenseOk) holding = `(${h.offense === "1326" ? "§ 1326 cases" : h.offense} only) ${holding}`;
  if (!h.verified) holding = `Unverified — reported, not confirmed in a primary source: ${holding}`;
  return {
    // "(pin cite not verified)" only where the citation itself gives a pin that is not verified
    cite: datedText(h.cite, f.asOf) + (h.authority && !h.pinVerified && citesPin(h.cite) ? " (pin cite not verified)" : ""),
    binding,
    holding,
    verified: h.verified,
    pinVerified: h.pinVerified,
    effect: h.effect,
    era: h.era,
    status: h.status,
    sources: h.sources,
  };
}

const SHORT: Record<RuleId, string> = {
  "fast-track-disparity": "A fast-track (early-disposition) disparity is not a ground for a downward departure",
  "prior-conviction-seriousness": "A \"minor prior\" departure from the §2L1.2 enhancement is restricted",
  "revocation-sentence": "A revocation term counts toward the §2L1.2 \"sentence imposed\"",
  "reentry-motive": "A motive-for-reentry departure needs findings of fact and may be irrelevant under § 1326",
  "deportable-alien-status": "Deportable-alien status is not a ground for a downward departure",
  "post-sentencing-rehabilitation": "Post-sentencing rehabilitation does not reopen a final sentence",
  "departure-after-sentencing": "No departure after sentence is imposed outside Rule 35, § 2255, a remand or § 3582(c)",
  "compassionate-release-family": "Ordinary family hardship is not \"extraordinary and compelling\"",
  "compassionate-release-rehabilitation": "Rehabilitation alone is not \"extraordinary and compelling\"",
  "compassionate-release-mandatory-minimum": "A reduction below a mandatory minimum is contested",
  "departure-framing": "The Nov. 1, 2025 Manual has no departures (§ 5K1.1 and § 3F1.1 remain as reductions on the government's motion)",
  "reentry-guideline-policy": "A policy disagreement with § 2L1.2 may support a variance, but no court must accept it",
  "compassionate-release-covid": "The general risk of COVID-19 in prison is not by itself extraordinary and compelling",
  "compassionate-release-innocence": "An attack on the conviction or a co-defendant's lower sentence is no extraordinary and compelling reason",
  "cultural-assimilation": "A cultural-assimilation departure is recognised only within the Manual's conditions",
};

interface Judged {
  severity: Severity;
  head: string;
  basis: string;
  instead: string;
  butSee: string;
  authorities: AuthorityRef[];
  developments: DevelopmentRef[];
}

/** The parts of a finding that depend only on rule, outcome, settings and facts (cached). */
const judgedCache = new Map<string, Judged>();

function fill(text: string, s: AnalysisSettings, asOf: string): string {
  return datedText(text, asOf)
    .split("{circuit}")
    .join(s.circuit ? circuitName(s.circuit) : "brief's circuit")
    .split("{offense}")
    .join(s.offense ?? "not stated");
}

/** A citation's case name: "United States v. Vega-Castillo, 540 F.3d …" → "United States v. Vega-Castillo". */
function caseNameOf(cite: string): string {
  const comma = cite.indexOf(",");
  return comma === -1 ? cite : cite.slice(0, comma);
}

/** The name a basis line calls a case by: "United States v. Vega-Castillo, 540 F.3d …" → "Vega-Castillo". */
function partyName(cite: string): string | undefined {
  const parts = caseNameOf(cite).split(" v. ");
  if (parts.length !== 2) return undefined;
  return parts[0] === "United States" ? parts[1] : parts[0];
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && (c === "-" || c.toLowerCase() !== c.toUpperCase());
}

/**
 * A basis or advice line is written for every brief an outcome applies to, and may name a case decided
 * after this brief's date: say which, so no brief cites as law a case its court could not yet have read.
 */
function laterCasesNote(text: string, r: RuleData, f: Facts): string {
  const later: string[] = [];
  const maybe: string[] = [];
  for (const h of r.holdings) {
    if (!h.decided || decidedBy(h, f.asOf)) continue;
    const name = partyName(h.cite);
    if (!name) continue;
    // named as a word, and nowhere already dated ("Rodríguez, June 4, 2008")
    let named = false;
    let dated = false;
    const caseName = caseNameOf(h.cite);
    const asDefendant = caseName.startsWith("United States v. ");
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (isNameChar(text[at - 1]) || isNameChar(text[at + name.length])) continue;
      // another case of the same name: "Pepper v. United States" (U.S. 2011) is not "United States v. Pepper" (8th Cir. 2007)
      if (asDefendant ? text.startsWith(" v. United States", at + name.length) : text.slice(Math.max(0, at - 17), at) === "United States v. ") continue;
      named = true;
      // a year later than the brief's tells the reader; the brief's own year does not ("(5th Cir. 2023)" in a brief of Jan. 10, 2023)
      if (h.decided.slice(0, 4) > f.asOf.slice(0, 4) && text.slice(at, at + name.length + 60).includes(h.decided.slice(0, 4))) dated = true;
    }
    if (!named || dated) continue;
    // the full case name: "United States v. Rutherford" (3d Cir.) is not "Rutherford v. United States" (U.S.)
    // a year alone in the brief's own year: not "decided after", only maybe
    const list = undatedThisYear(h, f.asOf) ? maybe : later;
    const entry = `${caseNameOf(h.cite)} (${h.decided})`;
    if (!list.includes(entry)) list.push(entry);
  }
  return (
    (later.length ? ` (Decided after the brief's date, ${f.asOf}: ${later.join(", ")}.)` : "") +
    (maybe.length ? ` (Decided in the brief's year on a day Heartland has not verified, so not counted as law at ${f.asOf}: ${maybe.join(", ")}; check the date.)` : "")
  );
}

function judged(r: RuleData, o: OutcomeData, s: AnalysisSettings, severity: Severity, f: Facts, overridden = false, skip?: ReadonlySet<HoldingData>): Judged {
  const key = `${skip?.size ? [...skip].map((h) => r.holdings.indexOf(h)).join(",") : ""}|${r.id}|${r.outcomes.indexOf(o)}|${s.compassionate ? "cr" : ""}|${s.circuit ?? ""}|${severity}|${overridden}|${s.edition}|${f.asOf}|${f.offense}|${s.offense ?? ""}|${f.rule35}|${f.c2}`;
  const hit = judgedCache.get(key);
  if (hit) return hit;
  // (a compassionate-release outcome lists no holding on a departure or variance at sentencing: Veloza and Martinez-Ramos
  // decided what a sentencing court may weigh, not a § 3582(c)(1)(A) motion — legal audit 40b, qb-002)
  // (…nor does a sentencing rule's outcome for another vehicle list its § 3582(c)(1)(A) holding: Bryant under a § 2255 claim)
  const sentencingOnly = (h: HoldingData) =>
    o.vehicle === "compassionate-release" ? !h.vehicle && (h.era === "advisory_departure_era" || h.era === "mandatory_guidelines") : h.vehicle === "compassionate-release" && !s.compassionate && !r.id.startsWith("compassionate-release");
  const elsewhere = (h: HoldingData) => !!h.circuitsOnly && !(s.circuit && lists(h.bindingIn, s.circuit));
  const holdings = [...r.holdings, ...(r.guidelineText ?? [])].filter((h) => inForce(h, s, f) && !skip?.has(h) && !sentencingOnly(h) && !elsewhere(h));
  const all = holdings.map((h) => authorityRef(h, s.circuit, f));
  const holdingIndex = new Map<AuthorityRef, number>(all.map((a, i) => [a, i]));
  // Binding authorities first, then verified, then the rest; the data's order otherwise.
  const order = (a: AuthorityRef) => (a.binding ? 0 : a.verified ? 1 : 2);
  all.sort((a, b) => order(a) - order(b));
  // Lead: the outcome's chosen authority, a binding holding that forecloses, the rule's chosen
  // authority, a binding holding that limits, the circuit's own binding case law on the point,
  // then the same among verified ones.
  let chosen = o.lead ? all.find((a) => a.cite.startsWith(o.lead!)) : undefined;
  // (the outcome's authority of the brief's own circuit that does not bind this case — a § 1326 holding in a drug case — gives
  // way to one of the circuit's that does, with the same effect: legal audit 37, pc-024, pe-023: Gonzalez-Portillo was named
  // "persuasive in the Seventh Circuit" where Bautista binds)
  const chosenData = chosen && !chosen.binding && s.circuit ? holdings[holdingIndex.get(chosen)!] : undefined;
  if (chosen && chosenData && lists(chosenData.bindingIn, s.circuit!) && chosenData.offense && f.offense !== chosenData.offense)
    chosen = all.find((a) => a.binding && a.effect === chosen!.effect && !holdings[holdingIndex.get(a)!]?.bindingIn.includes("*")) ?? chosen;
  if (chosen) {
    all.splice(all.indexOf(chosen), 1);
    all.unshift(chosen);
  }
  // (the rule's own lead where it does not bind, and the brief's circuit has its own binding holding that allows the argument
  // and none that limits it: the circuit's holding leads, as "the authority in force allows it" — legal audit 37, pc-048,
  // pe-046: a Tenth Circuit plea below a minimum was told "contested — Thacker (7th Cir.). Persuasive in the Tenth Circuit"
  // over McGee)
  const ruleLead = r.lead ? all.find((a) => a.cite.startsWith(r.lead!)) : undefined;
  // (an offense-confined holding fits only a brief whose offense is read as that one — unlike the "no circuit set" lists,
  // `speaksToBrief`, where an unread offense admits it)
  const offenseFits = (a: AuthorityRef) => {
    const h = holdings[holdingIndex.get(a)!];
    return !h?.offense || h.offense === f.offense;
  };
  // (a court of appeals' holding before a district court's order)
  const ofAppeals = (a: AuthorityRef) => !!holdings[holdingIndex.get(a)!]?.bindingIn.length;
  // (…and so where the rule's lead was not yet decided at the brief's date: a Tenth Circuit brief of Mar. 29, 2021 was told
  // "contested — Tomes (6th Cir.). Persuasive" over McGee, decided that day — legal audit 38a, py-023; but never a holding of
  // compassionate release before the Nov. 1, 2023 policy statement for a brief of that date or later, when § 1B1.13(b)(6)
  // and (c) govern a change in the law: McGee was named as allowing it "as of today")
  const circuitAllows =
    !chosen && !o.message && (!ruleLead || !ruleLead.binding) && s.circuit && !all.some((a) => a.binding && (a.effect === "forecloses" || a.effect === "limits"))
      ? all.find((a) => {
          const h = holdings[holdingIndex.get(a)!];
          return a.binding && a.effect === "permits" && !h?.bindingIn.includes("*") && !(h?.era === "cr_fsa_pre_2023" && f.asOf >= "2023-11-01");
        })
      : undefined;
  const lead =
    chosen ??
    all.find((a) => a.binding && a.effect === "forecloses") ??
    circuitAllows ??
    ruleLead ??
    all.find((a) => a.binding && a.effect === "limits") ??
    all.find((a) => a.binding && a.effect === "context" && !!a.cite && !a.cite.startsWith("USSG")) ??
    // (a holding confined to one offense leads only a brief of that offense, where another holding of the same effect is not
    // confined: Martinez-Ramos, a § 1326 holding, led a deportable-alien plea in a brief whose offense Heartland does not
    // read, over Restrepo — legal audit 38a, py-029, a methamphetamine courier)
    all.find((a) => a.verified && a.effect === "forecloses" && offenseFits(a) && ofAppeals(a)) ??
    all.find((a) => a.verified && a.effect === "forecloses" && offenseFits(a)) ??
    all.find((a) => a.verified && a.effect === "forecloses") ??
    all.find((a) => a.verified && a.effect === "limits") ??
    // last, any authority — but one that permits the argument only if nothing else is in force (McCoy is no lead for "contested")
    all.find((a) => a.effect !== "permits") ??
    all[0];
  // the authority the message names comes first
  if (lead && all[0] !== lead) {
    all.splice(all.indexOf(lead), 1);
    all.unshift(lead);
  }
  let where: string;
  const leadData = lead ? holdings[all.indexOf(lead) >= 0 ? holdingIndex.get(lead)! : -1] : undefined;
  const open = leadData?.bindingIn.includes("*") && leadData.verified ? contestedAt(leadData, f.asOf) : [];
  const openHere = leadData && open.length ? contestedHere(leadData, s.circuit, f.asOf) : undefined;
  if (lead && openHere)
    // a text whose validity on the point was open here at the brief's date: neither "binding in every federal
    // court" nor "persuasive" (audit 36a, pq-018: § 1B1.13(b)(6) beside the Third Circuit's Andrews before Rutherford)
    where = ` Not settled as binding${openHere.circuits.includes("*") || !s.circuit ? "" : ` in the ${circuitName(s.circuit)}`} at the brief's date: ${openHere.why}.`;
  else if (lead && lead.binding && leadData?.bindingIn.includes("*"))
    // a text a court of appeals has held invalid or inapplicable binds everywhere else, not "in every federal court";
    // nor where its validity was still open
    where = notBindingAt(leadData, f.asOf).length
      ? s.circuit
        ? ` Binding in the ${circuitName(s.circuit)}; not in ${notBindingProse(leadData, f.asOf)}.`
        : ` Binding except in ${notBindingProse(leadData, f.asOf)}.`
      : open.length
        ? s.circuit
          ? ` Binding in the ${circuitName(s.circuit)}.`
          : " No circuit set."
        : " Binding in every federal court." + (s.circuit ? "" : " (No circuit set; it does not matter here.)");
  else if (lead && leadData?.bindingIn.includes("*") && !leadData.verified)
    // a Supreme Court decision whose holding Heartland has only from secondary sources binds every court all the
    // same: say what is unverified (the holding), never "Persuasive in the … Circuit"
    where = " A Supreme Court decision binds every federal court (what it held is unverified here).";
  else if (!s.circuit) {
    const bc = bindingCircuits(r, s, f, leadData, skip, o.vehicle);
    const lc = bc.length ? limitingCircuits(r, s, f, bc, skip, o.vehicle) : [];
    const limited = lc.length ? `, and ${lc.length === 1 ? "one" : "holdings"} that limit${lc.length === 1 ? "s" : ""} it in ${lc.map((l) => `the ${circuitName(l.circuit)} (${l.name})`).join(" and ")}` : "";
    where = bc.length
      ? // (holdings to this effect, not the lead itself: "Martinez-Ramos … No circuit set: binding in the Ninth, Seventh, Second
        // …" read as a Ninth Circuit case binding in six circuits — legal audit 38a, py-029)
        ` No circuit set: holdings to this effect bind in ${circuitsInProse(bc)}${limited}; set \`circuit:\` in the front matter or heartland.circuit.`
      : " No circuit set.";
  } else
    where =
      lead && lead.binding
        ? ` Binding in the ${circuitName(s.circuit)}.`
        : // the circuit's own holding, limited to § 1326 cases, in a case under another statute: never "persuasive" in its own circuit
          leadData?.offense && lists(leadData.bindingIn, s.circuit) && f.offense !== leadData.offense
          ? ` Binding in the ${circuitName(s.circuit)} in ${leadData.offense === "1326" ? "§ 1326 cases" : "cases under another statute"} only; this case is not one.`
          : ` Persuasive in the ${circuitName(s.circuit)}.`;
  // elsewhere a text contested in other circuits says so
  if (lead && !openHere && open.length && lead.binding)
    where += ` Its validity was open at the brief's date in ${circuitsInProse(open.flatMap((e) => e.circuits))}, where earlier precedent held otherwise.`;
  // No authority in Heartland's sources had decided the point by the brief's date: say so, never
  // "— ." with nothing after it, and no warning that binding law forecloses the argument.
  if (!lead) where = s.circuit ? ` Check the ${circuitName(s.circuit)}'s law at the brief's date.` : " Check the circuit's law at the brief's date.";
  const head = o.message
    ? // no authority in force: the message's " — {lead}" goes, never "— ." with nothing after it
      fill(lead ? o.message : o.message.replace(/\s—\s\{lead\}/g, ""), s, f.asOf).split("{lead}").join(lead ? lead.cite : "").split("{where}").join(where)
    : lead && lead.effect === "permits"
      ? // the only authority in force allows the argument: say so, never name it as the restriction
        // ("… is contested? At the brief's date …" read as a garbled question: legal audit 38a, py-023, py-048)
        `Allowed at the brief's date by the authority in force — ${lead.cite}.${where} (Heartland's rule, "${SHORT[r.id]}", gives way to it.)`
      : lead
        ? `${SHORT[r.id]} — ${lead.cite}.${where}`
      : `${SHORT[r.id]}? No authority in Heartland's verified sources had decided it by the brief's date (${f.asOf}).${where}`;
  // A warning says binding law forecloses the argument: without a binding authority in force it is information.
  // (a binding case that permits the argument is no such authority: Charry Cubillos in a 1997 Ninth Circuit brief)
  if (severity === "warning" && !overridden && !all.some((a) => a.binding && a.effect !== "permits")) severity = "information";
  const developments: DevelopmentRef[] = r.developments.map((x) => ({ name: x.name, date: x.date, summary: x.summary, effect: x.effect, verified: x.verified, sources: x.sources }));
  const butSee = lead ? o.butSee ?? defaultButSee(r, s, lead, leadData, f.asOf) : "";
  const basis = fill(o.basis, s, f.asOf);
  const instead = fill(o.instead ?? r.instead, s, f.asOf);
  const out = { severity, head, basis: basis + laterCasesNote(basis, r, f), instead: instead + laterCasesNote(instead, r, f), butSee: butSeeInForce(butSee, all), authorities: all, developments };
  judgedCache.set(key, out);
  return out;
}

/** A holding short enough, and Heartland's own words verified, to be a citation's parenthetical. */
const SHORT_HOLDING = 160;

/**
 * The rule's default "But see" sentence (an outcome that gives none of its own), where it can be inserted in this
 * brief (audit 14 D9): a sentence that leads with a case binding nowhere in the brief's circuit — Martinez-Ramos
 * (9th Cir.) or Thacker (7th Cir.) in a Fifth, Sixth or D.C. Circuit brief whose message names Garay, Hunter,
 * Bricker or Jenkins — is replaced by one that cites the finding's lead, the authority the message names, when it
 * binds there and cuts against the argument, with its holding as the parenthetical when the data has a short,
 * verified one (without parentheses of its own); where the circuit's own binding lead allows the argument, there is
 * no sentence, and no quick fix. With no circuit set, a default that leads with the finding's own lead, a statute or
 * a guideline (binding everywhere), or a lead that is no case of the brief's circuit (Kimbrough: the default's
 * Duarte is then the persuasive adverse authority), the default stands.
 */
function defaultButSee(r: RuleData, s: AnalysisSettings, lead: AuthorityRef, leadData: HoldingData | undefined, asOf: string): string {
  const name = citedCaseName(r.butSee);
  if (!name || !s.circuit) return r.butSee;
  if (lead.cite.startsWith(name)) return r.butSee;
  const h = r.holdings.find((x) => x.cite.startsWith(name));
  if (h && (h.bindingIn.includes("*") || lists(h.bindingIn, s.circuit))) return r.butSee;
  // the message names no case of the brief's own circuit (a Supreme Court decision, a guideline, or only persuasive
  // authority): the default's case is the persuasive adverse authority it is (Duarte in a Ninth Circuit brief)
  if (!leadData || !lead.binding || !lists(leadData.bindingIn, s.circuit)) return r.butSee;
  // the circuit's own binding case allows the argument: no other circuit's case is inserted against it
  if (lead.effect !== "forecloses" && lead.effect !== "limits") return "";
  const held = datedText(leadData.holding, asOf).trim().replace(/\.$/, "");
  const short = leadData.verified && leadData.holdingVerified && held.length <= SHORT_HOLDING && !/\bquot/i.test(held) && !held.includes("(");
  const parenthetical = short ? ` (${lowerFirst(held)})` : "";
  return `But see ${datedText(leadData.cite, asOf)}${parenthetical}.`;
}

/**
 * The case a citation sentence leads with ("But see United States v. X, 215 F.3d …" → "United States v. X"),
 * or undefined where it leads with no case name (a guideline, a statute). The one reader of a finding's
 * citation sentence (the judgement here, the editor's "is it already cited" test).
 */
export function citedCaseName(sentence: string): string | undefined {
  const body = sentence.replace(/^(?:But see|See|Cf\.|Accord)\s+/, "");
  const comma = body.indexOf(",");
  return comma > 0 && body.slice(0, comma).includes(" v. ") ? body.slice(0, comma) : undefined;
}

/**
 * The "But see" sentence cut to the cases decided by the brief's date (those among the authorities in
 * force): a quick fix never inserts an opinion the court could not yet have cited. Every case of the
 * sentence is tested, not only the lead ("…; United States v. Palacios-Becerril … (D. Idaho Mar. 24, 2006)"
 * in a 2003 brief): a later clause not in force is dropped, with an "id." that refers back to it; a lead not
 * in force drops the whole sentence (its signal belongs to the lead). Clauses naming no case (a guideline, a
 * statute) stay.
 */
export function butSeeInForce(butSee: string, inForce: readonly AuthorityRef[]): string {
  const clauses = citationClauses(butSee);
  const decided = (clause: string) => {
    const name = citedCaseName(clause.replace(/^(?:accord|see also|see|cf\.|but see)\s+/i, ""));
    return name === undefined || inForce.some((a) => a.cite.startsWith(name));
  };
  if (!clauses.length || !decided(clauses[0])) return "";
  const kept = [clauses[0]];
  let dropped = false;
  for (const c of clauses.slice(1)) {
    // "id. at 574" cites the clause before it
    dropped = /^id\./i.test(c) ? dropped : !decided(c);
    if (!dropped) kept.push(c);
  }
  if (kept.length === clauses.length) return butSee;
  const out = kept.join("; ");
  return /[.!?]$/.test(out) ? out : out + ".";
}

/** A citation sentence's clauses, split at the semicolons outside parentheses and quotations, without the final period. */
function citationClauses(sentence: string): string[] {
  const body = sentence.trim().replace(/\.$/, "");
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === '"' || ch === "\u201c" || ch === "\u201d") quoted = ch === "\u201c" ? true : ch === "\u201d" ? false : !quoted;
    else if (ch === ";" && depth === 0 && !quoted) {
      out.push(body.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(body.slice(from).trim());
  return out.filter((c) => c.length > 0);
}

/** Rules of motions after sentence (compassionate release among them), never of a sentencing. */
const MOTION_RULES = new Set<RuleId>(RULE_FILES.filter((f) => f.vehicles.includes("compassionate-release") && !f.vehicles.includes("sentencing")).map((f) => f.id as RuleId));

/** Rules whose ground belongs to the sentencing itself (a § 2255 motion can say counsel failed to raise it there). */
const SENTENCING_RULES = new Set<RuleId>(RULE_FILES.filter((f) => f.vehicles.includes("sentencing")).map((f) => f.id as RuleId));

/**
 * A § 2255 ground the motion already frames as counsel's ineffectiveness ("counsel was ineffective for failing to argue the
 * fast-track disparity"): the law on the ground itself at the sentencing — the finding a sentencing brief of that date
 * (or, without one, of the brief's edition) gets, or none where the law allowed it — and the two parts of the claim as
 * the way forward. Counsel's performance is measured by the law at the time, so the finding takes that judgement's
 * severity and authorities.
 */
/** Whether a text frames a ground as counsel's ineffectiveness (the claim's words, `collateral.ineffective.cues`). */
export function namesIneffectiveness(text: string): boolean {
  const t = text.toLowerCase();
  return RULES_FILE.collateral.ineffective.cues.some((c) => t.includes(c));
}

function ineffectiveClaim(d: Detection, s: AnalysisSettings): { severity: Severity; message: string; basis: string; instead: string; authorities: AuthorityRef[]; butSee: string } | undefined {
  const ia = RULES_FILE.collateral.ineffective;
  if (!SENTENCING_RULES.has(d.rule) || !(s.ineffectiveContext || ia.cues.some((c) => d.text.includes(c)))) return undefined;
  const atSentencing: AnalysisSettings = { ...s, document: "sentencing-memorandum", briefDate: s.sentencingDate ?? null };
  // (the outcome read once: where it allows the ground, the claim is told no holding barred it)
  const at = outcomeOf(d, atSentencing);
  const then = at.o?.allows ? undefined : judgeOutcome(d, atSentencing, at);
  // (a motion that gives no day at all — no sentencing date, no date of its own, none in its text — says nothing of the law
  // at its sentencing: today's Manual is no measure of counsel's performance then, so no warning on it (pd-006, a 2006 pro
  // se motion read under the 2026 Manual was told Vega-Castillo (2008) barred the ground at its sentencing))
  const unknownTime = !s.sentencingDate && !s.briefDate && !s.undatedFloor;
  const when = s.sentencingDate ? s.sentencingDate : unknownTime ? `the brief gives no date; read under the ${s.edition} Manual — give the sentencing date in the front matter (\`sentencing-date:\`)` : `under the ${s.edition} Manual`;
  if (!then) return { severity: "information", message: ia.permitted.split("{when}").join(when), basis: ia.basis, instead: ia.instead, authorities: [], butSee: "" };
  return {
    severity: unknownTime && then.severity === "warning" ? "information" : then.severity,
    // the head continues the sentence ("…: a fast-track disparity is not …"), unless it opens with a name or an abbreviation
    message: ia.atSentencing.split("{when}").join(when).split("{head}").join(sentenceOn(then.message)),
    basis: ia.basis,
    instead: ia.instead,
    authorities: then.authorities,
    butSee: then.butSee,
  };
}

/**
 * A text read on inside another sentence (after a colon, as a parenthetical): its first letter lower case where it opens
 * a common word ("A fast-track …" → "a fast-track …", "Revocation imprisonment …" → "revocation imprisonment …"), not an
 * abbreviation ("USSG …") or a name ("United States v. …", "Kimbrough v. …").
 */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z ]/.test(text) && !/^(?:United|The [A-Z]|[A-Z][a-z]+ v\.)/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A finding's head read on after a colon (`lowerFirst`), closed by a period. */
function sentenceOn(head: string): string {
  const h = lowerFirst(head);
  return /[.!?]$/.test(h) ? h : `${h}.`;
}

/** The outcome that decides a detection under the brief's settings (the first that matches), with the settings and facts it was read under. */
function outcomeOf(d: Detection, given: AnalysisSettings): { o: OutcomeData | undefined; s: AnalysisSettings; f: Facts; r: RuleData } {
  // (the facts do not depend on the edition when the brief gives its date: that date is their asOf)
  const f = factsOf(d, given);
  // A compassionate-release motion is measured against USSG § 1B1.13 as it stands when the motion is made, not the
  // Manual of the original sentencing: with the brief's own date, the edition in force on that day (not at a
  // resentencing, and not in a Rule 35(b) motion, which are judged under the sentencing's Manual).
  const day = given.briefDate ?? (ruledOnItsDay(given, d.text, d.rule) ? given.motionAsOf : undefined);
  const motion = MOTION_RULES.has(d.rule) && !!day && !f.resentencing && !f.rule35;
  const s = motion ? { ...given, edition: editionOnDate(day!, "the brief's date").edition } : given;
  const r = ruleData(d.rule);
  return { o: r.outcomes.find((x) => outcomeMatches(x, d, s, f)), s, f, r };
}

/** Turn a detection into a finding under the brief's settings, or nothing where the outcome says nothing is worth saying. */
export function judge(d: Detection, given: AnalysisSettings): Finding | undefined {
  // a First Step Act § 404 motion's plea on the record since sentencing ("reduce his sentence to time served" read as a
  // compassionate-release ground) is that motion's, where Concepcion lets the court weigh it (legal audit of session 35, pv-034)
  if (d.rule === "compassionate-release-rehabilitation" && given.section404Motion && !given.compassionate) d = { ...d, rule: "post-sentencing-rehabilitation" };
  const found = unsaidFraming(d, given, judgeOutcome(d, given, outcomeOf(d, given)));
  // an undated brief is read as of today; a warning that the law of the latest day its text names would not give holds
  // only if the brief is of today: said so, as information (legal audit of session 33, round 2)
  // (…and a compassionate-release or § 3582(c)(2) motion without its date, read as of today, against the latest day it
  // names or its sentencing, in its sentencing's edition)
  const onItsDay = !given.undatedFloor && !!given.motionFloor && ruledOnItsDay(given, d.text, d.rule);
  const floor = given.undatedFloor ?? (onItsDay ? { ...given.motionFloor!, edition: given.edition } : undefined);
  if (!found || (found.severity !== "warning" && found.severity !== "information") || !floor || given.briefDate || (given.sentencingDate && !onItsDay)) return found;
  const thenSettings: AnalysisSettings = { ...given, briefDate: floor.date, edition: floor.edition, undatedFloor: null, motionAsOf: null, motionFloor: null };
  // (that day's reading frames an unframed plea as today's does: after Booker, the variance it may be — legal audit 36b,
  // pm-010, pm-034: a 2020 hearing's plea on his motive told the departure's findings requirement first)
  const then = unsaidFraming(d, thenSettings, judgeOutcome(d, thenSettings, outcomeOf(d, thenSettings)));
  if (found.severity === "warning" ? then?.severity === "warning" : then?.message === found.message) {
    // both readings warn, under different law: the warning stands, in the law of the latest day the brief names first — a
    // brief that names nothing later is most likely of its time (legal audit 37b: pd-013, a 2006 Fifth Circuit appeal warned
    // under the Nov. 2018 note, not Compian-Torres and the commentary of 2003)
    if (found.severity !== "warning" || !then) return found;
    // (the same words both days: the way forward of the day the brief names, and today's beside it where it differs — audit
    // 37c, pd-031: a 2013 motion told to "file a § 3582(c)(1)(A) motion after asking the warden", five years before a
    // defendant could)
    const day = floor.said ?? longDate(floor.date);
    // (…the day it was read as of said with that way forward: the warning's own words hold on both days, its advice does
    // not — audit 38c, pi-015: a letter told to lead with "the policy statement's commentary" with no word of the day)
    if (then.message === found.message)
      return !given.undatedFloor || then.instead === found.instead ? found : { ...found, instead: `Read as of ${day}${floor.said ? "" : ", the latest day the brief names"}: ${then.instead} (If the brief is of today: ${found.instead})` };
    // (a motion after sentence read as of today: today's law leads, the day it names beside it — audit 37c, pi-011: an
    // undated 2023 response told Black (2025) with no word that the brief may be of Thacker's time)
    if (!given.undatedFloor)
      return {
        ...found,
        message: `Read as of today (the brief gives no date; the latest it names is ${day}): ${found.message}`,
        basis: `${found.basis} (This brief gives no date and is read as of today. Read as of ${day}, the latest it names, the argument is foreclosed all the same: "${then.message}" If it was written then, give its date in the front matter, \`date:\`.)`,
      };
    return {
      ...then,
      ...(then.instead !== found.instead ? { instead: `${then.instead} (If the brief is of today: ${found.instead})` } : {}),
      message: `The brief gives no date. Read as of the latest it names, ${day}: ${sentenceOn(then.message)} Read as of today: ${found.message}`,
      basis: `${then.basis} (Read as of the latest day the brief names. Read as of today the argument is foreclosed all the same: ${found.basis} If the brief is of another day, give its date in the front matter, \`date:\`.)`,
    };
  }
  // (information too, where the law of that day reads otherwise — the Nov. 2023 policy statement told to a motion that
  // names nothing after 2021, legal audit of session 35: pv-057, pv-022, pv-014 — so that a lawyer sees both)
  const day = floor.said ?? longDate(floor.date);
  // (the reading of that day first: a brief that names nothing later is most likely of its time — legal audit of session
  // 35, px-005: a 1998 memorandum's minor-prior departure was headed "No 'minor prior' departure from Nov. 1, 2025")
  // (…not so a motion after sentence read against its sentencing day, which it surely follows: today's first, as before)
  if (!given.undatedFloor) {
    const said = then ? `read as of that day, Heartland would say: "${then.message}"` : found.severity === "warning" ? "read as of that day, Heartland finds nothing here to warn of" : "read as of that day, Heartland finds nothing here to note";
    return { ...found, severity: "information", message: `Read as of today (the brief gives no date; the latest it names is ${day}): ${found.message}`, basis: `${found.basis} (This brief gives no date and is read as of today, so this holds only if it is of today: the latest date it names is ${day}, and ${said}. If it was written then, give its date in the front matter, \`date:\`.)` };
  }
  const thenSaid = then ? sentenceOn(then.message) : found.severity === "warning" ? "Heartland finds nothing here to warn of." : "Heartland finds nothing here to note.";
  return { ...found, severity: "information", message: `The brief gives no date. Read as of the latest it names, ${day}: ${thenSaid} Read as of today: ${found.message}`, basis: `${found.basis} (The basis, the authorities and the way forward are today's. If the brief was written on or near ${day}, give its date in the front matter, \`date:\`, and Heartland reads it as of that day.)` };
}

/** Rules whose law turns on whether the plea is a departure or a variance (their data has outcomes for a variance). */
const FRAMED_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.id !== "revocation-sentence" && r.outcomes.some((o) => o.framing === "variance")).map((r) => r.id));
const BOOKER = "2005-01-12";

/**
 * A warning on a plea that names neither a departure nor a variance, after Booker and before the Manual without
 * departures: the law that forecloses the departure need not foreclose the variance, and the brief has not said which it
 * asks — so it is judged as the variance it may be, and the departure's warning is said in its basis (legal audit of
 * session 34, pn-016: "We do not ask for a departure", a paragraph below the one warned; pn-028, pk-042, pl-055).
 */
function unsaidFraming(d: Detection, given: AnalysisSettings, found: Finding | undefined): Finding | undefined {
  // (information too: a 2019 First Circuit plea that says neither is no departure request answered with Banuelos-Rodriguez's
  // departure bar while the circuit's variance law goes unstated — legal audit of session 35, pl-049, pl-015, pl-023)
  if (!found || (found.severity !== "warning" && found.severity !== "information") || d.framing !== "unspecified" || given.edition >= 2025 || !FRAMED_RULES.has(d.rule)) return found;
  const asOf = given.briefDate ?? given.sentencingDate ?? `${given.edition + 1}-10-31`;
  if (asOf < BOOKER) return found;
  const asVariance: Detection = { ...d, framing: "variance" };
  const v = judgeOutcome(asVariance, given, outcomeOf(asVariance, given));
  if (!v || v.severity === "warning" || v.message === found.message) return found;
  return { ...v, basis: `${v.basis} (The paragraph does not say whether it asks a departure or a variance; it is read as a variance, which Booker allows. As a departure: "${found.message}")` };
}

/** `judge` on the outcome `outcomeOf` chose for the detection. */
function judgeOutcome(d: Detection, given: AnalysisSettings, { o, s, f, r }: ReturnType<typeof outcomeOf>): Finding | undefined {
  if (!o || o.level === "none") return undefined;
  const override = s.rules?.[d.rule];
  if (override === "off") return undefined;
  // holdings that do not speak to this sentence (`notCues`, or none of their `cues`) are not listed
  const skip = r.holdings.some((h) => h.notCues || h.cues)
    ? new Set(r.holdings.filter((h) => h.notCues?.some((c) => d.text.includes(c)) || (h.cues && !h.cues.some((c) => cueMet(c, d, s) ?? namesCue(d, s, c)))))
    : undefined;
  const j = judged(r, o, s, override ?? o.level, f, override !== undefined, skip);
  const claim = o.vehicle === "2255" && override === undefined ? ineffectiveClaim(d, given) : undefined;
  const facts: FindingFacts = { offense: f.offense, resentencing: f.resentencing, asOf: f.asOf };
  if (f.ground) facts.ground = f.ground;
  return {
    rule: d.rule,
    severity: claim?.severity ?? j.severity,
    start: d.start,
    end: d.end,
    // what and why, with the authority; the words that triggered it are in the trace ("why"), not the message
    message: claim?.message ?? j.head,
    basis: o.vehicle === "2255" ? j.basis + (claim ? ` ${claim.basis}` : "") + limitationNote(s, f.asOf) : j.basis,
    triggers: d.triggers,
    framing: d.framing,
    authorities: claim?.authorities ?? j.authorities,
    developments: j.developments,
    instead: claim?.instead ?? j.instead,
    butSee: claim ? claim.butSee : j.butSee,
    circuit: s.circuit,
    edition: s.edition,
    facts,
  };
}
