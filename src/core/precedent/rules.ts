/**
 * The argument rules: per-rule data (authorities, later developments, what to do instead) and
 * the severity decision, which follows the law rather than a fixed table — the first outcome
 * in `src/data/rules.json` whose conditions (edition range, circuits, framing, cues) match.
 */
import rulesData from "../../data/rules.json";
import { circuitName, circuitsInProse } from "../settings";
import type { AnalysisSettings, AuthorityRef, Detection, DevelopmentRef, Finding, RuleId, Severity } from "./types";

export interface HoldingData {
  authority: string | null;
  cite: string;
  pin: string | null;
  pinVerified: boolean;
  bindingIn: string[];
  era: string;
  effect: string;
  status: string;
  statusNote?: string;
  holding: string;
  holdingVerified: boolean;
  verificationLevel: string;
  verified: boolean;
  sources: string[];
  text?: string;
  part?: string;
}

export interface OutcomeData {
  editions?: number[];
  circuits?: string[];
  framing?: string;
  cues?: string[];
  level: "warning" | "information" | "none";
  basis: string;
}

export interface DevelopmentData {
  id: string;
  name: string;
  date: string;
  summary: string;
  effect: string;
  verified: boolean;
  verificationLevel: string;
  sources: string[];
}

export interface RuleData {
  id: RuleId;
  title: string;
  summary: string;
  holdings: HoldingData[];
  guidelineText?: HoldingData[];
  developments: DevelopmentData[];
  currentStatus: string;
  outcomes: OutcomeData[];
  instead: string;
  butSee: string;
  /** Cite prefix of the authority the message names when none binds in the brief's circuit. */
  lead?: string;
}

export const RULES: RuleData[] = (rulesData as unknown as { rules: RuleData[] }).rules;
const BY_ID = new Map<string, RuleData>(RULES.map((r) => [r.id, r]));

export function ruleData(id: RuleId): RuleData {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`No data for rule ${id}`);
  return r;
}

function outcomeMatches(o: OutcomeData, d: Detection, s: AnalysisSettings): boolean {
  if (o.editions && (s.edition < o.editions[0] || s.edition > o.editions[1])) return false;
  if (o.circuits && (!s.circuit || !o.circuits.includes(s.circuit))) return false;
  if (o.framing && o.framing !== d.framing) return false;
  if (o.cues && !o.cues.some((c) => d.text.includes(c))) return false;
  return true;
}

/** Circuits where a verified foreclosing holding of this rule binds (for the "no circuit set" note). */
function bindingCircuits(r: RuleData): string[] {
  const out: string[] = [];
  for (const h of r.holdings) {
    if (!h.verified || h.effect !== "forecloses") continue;
    for (const c of h.bindingIn) if (c !== "*" && !out.includes(c)) out.push(c);
  }
  return out;
}

function authorityRef(h: HoldingData, circuit: string | null): AuthorityRef {
  const binding = h.verified && (h.bindingIn.includes("*") || (circuit !== null && h.bindingIn.includes(circuit)));
  let holding = h.holding;
  if (!h.verified) holding = `Unverified — reported, not confirmed in a primary source: ${holding}`;
  return {
    cite: h.cite + (h.pin && !h.pinVerified && h.authority ? " (pin cite not verified)" : ""),
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
  "deportable-alien-status": "Deportable-alien status is not a ground for a downward departure in a § 1326 case",
  "post-sentencing-rehabilitation": "Post-sentencing rehabilitation does not reopen a final sentence",
  "departure-after-sentencing": "No departure after sentence is imposed outside Rule 35, § 2255, a remand or § 3582(c)",
  "compassionate-release-family": "Ordinary family hardship is not \"extraordinary and compelling\"",
  "compassionate-release-rehabilitation": "Rehabilitation alone is not \"extraordinary and compelling\"",
  "compassionate-release-mandatory-minimum": "A reduction below a mandatory minimum is contested",
  "departure-framing": "The Nov. 1, 2025 Manual has no departures (other than § 5K1.1)",
};

interface Judged {
  severity: Severity;
  head: string;
  basis: string;
  authorities: AuthorityRef[];
  developments: DevelopmentRef[];
}

/** The parts of a finding that depend only on rule, outcome and settings (cached). */
const judgedCache = new Map<string, Judged>();

function judged(r: RuleData, o: OutcomeData, s: AnalysisSettings, severity: Severity): Judged {
  const key = `${r.id}|${r.outcomes.indexOf(o)}|${s.circuit ?? ""}|${severity}`;
  const hit = judgedCache.get(key);
  if (hit) return hit;
  const holdings = [...r.holdings, ...(r.guidelineText ?? [])];
  const all = holdings.map((h) => authorityRef(h, s.circuit));
  const holdingIndex = new Map<AuthorityRef, number>(all.map((a, i) => [a, i]));
  // Binding authorities first, then verified, then the rest; the data's order otherwise.
  const order = (a: AuthorityRef) => (a.binding ? 0 : a.verified ? 1 : 2);
  all.sort((a, b) => order(a) - order(b));
  // Lead: a binding holding that forecloses, the rule's chosen authority, a binding holding that
  // limits, then the same among verified ones.
  const lead =
    all.find((a) => a.binding && a.effect === "forecloses") ??
    (r.lead ? all.find((a) => a.cite.startsWith(r.lead!)) : undefined) ??
    all.find((a) => a.binding && a.effect === "limits") ??
    all.find((a) => a.verified && a.effect === "forecloses") ??
    all.find((a) => a.verified && a.effect === "limits") ??
    all[0];
  let where: string;
  const leadData = lead ? holdings[all.indexOf(lead) >= 0 ? holdingIndex.get(lead)! : -1] : undefined;
  if (lead && lead.binding && leadData?.bindingIn.includes("*")) where = " Binding in every federal court." + (s.circuit ? "" : " (No circuit set; it does not matter here.)");
  else if (!s.circuit) {
    const bc = bindingCircuits(r);
    where = bc.length
      ? ` No circuit set: binding in ${circuitsInProse(bc)}; set \`circuit:\` in the front matter or heartland.circuit.`
      : " No circuit set.";
  } else where = lead && lead.binding ? ` Binding in the ${circuitName(s.circuit)}.` : ` Persuasive in the ${circuitName(s.circuit)}.`;
  const head = `${SHORT[r.id]} — ${lead ? lead.cite : ""}.${where}`;
  const developments: DevelopmentRef[] = r.developments.map((x) => ({ name: x.name, date: x.date, summary: x.summary, effect: x.effect, verified: x.verified, sources: x.sources }));
  const out = { severity, head, basis: o.basis, authorities: all, developments };
  judgedCache.set(key, out);
  return out;
}

/** Turn a detection into a finding under the brief's settings, or nothing if the law permits it. */
export function judge(d: Detection, s: AnalysisSettings): Finding | undefined {
  const r = ruleData(d.rule);
  const o = r.outcomes.find((x) => outcomeMatches(x, d, s));
  if (!o || o.level === "none") return undefined;
  const override = s.rules?.[d.rule];
  if (override === "off") return undefined;
  const j = judged(r, o, s, override ?? o.level);
  return {
    rule: d.rule,
    severity: j.severity,
    start: d.start,
    end: d.end,
    message: `${j.head} Triggered by: ${d.triggers.map((t) => `"${t}"`).join(", ")}.`,
    basis: j.basis,
    triggers: d.triggers,
    framing: d.framing,
    authorities: j.authorities,
    developments: j.developments,
    instead: r.instead,
    butSee: r.butSee,
    circuit: s.circuit,
    edition: s.edition,
  };
}
