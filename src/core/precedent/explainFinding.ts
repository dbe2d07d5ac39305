/**
 * The explanation of a finding, as Markdown (the hover on a flagged sentence): the holding in
 * neutral words with full citation, whether it binds in the brief's circuit, the era it spoke
 * to, what later law changed, what to argue instead. Unverified items are marked as such.
 */
import { ruleData } from "./rules";
import { circuitName } from "../settings";
import { whyMarkdown } from "./why";
import { escapeMarkdown } from "../explain";
import type { Finding } from "./types";

const ERA: Record<string, string> = {
  mandatory_guidelines: "mandatory Guidelines, before Booker (2005)",
  advisory_departure_era: "advisory Guidelines with departures (2005 – Oct. 31, 2025)",
  cr_fsa_pre_2023: "compassionate release before the Nov. 1, 2023 § 1B1.13",
  cr_post_2023: "compassionate release under the 2023 § 1B1.13",
  cr_post_rutherford: "after Rutherford (2026, reported)",
  guidelines_text: "Guidelines text",
  statute: "statute",
};

const SEVERITY: Record<string, string> = { error: "Error", warning: "Warning", information: "Information", hint: "Hint" };

/** Escape Markdown-significant characters in data text (citations contain "§", "*", "_" rarely, brackets often). */
function md(text: string): string {
  return escapeMarkdown(text);
}

const GROUND: Record<string, string> = {
  A: "§ 1B1.13(b)(3)(A) (caregiver of a minor child)",
  B: "§ 1B1.13(b)(3)(B) (spouse or partner)",
  C: "§ 1B1.13(b)(3)(C) (parent)",
  D: "§ 1B1.13(b)(3)(D) (other immediate family member)",
  general: "general family hardship (none of § 1B1.13(b)(3)(A)–(D))",
};

/** The facts the finding turned on, as read from the brief (offense, vehicle, ground, date). */
function factsLine(f: Finding): string | undefined {
  if (!f.facts) return undefined;
  const parts: string[] = [];
  const offense = f.facts.offense === "1326" ? "§ 1326" : f.facts.offense === "other" ? "not § 1326" : "not stated (front matter `statute:`)";
  parts.push(`offense ${offense}`);
  parts.push(f.facts.resentencing ? "a resentencing after vacatur or remand" : "not a resentencing");
  if (f.facts.ground) parts.push(`ground: ${GROUND[f.facts.ground] ?? f.facts.ground}`);
  parts.push(`authorities decided by ${f.facts.asOf}`);
  return `*Facts read from the brief:* ${md(parts.join("; "))}`;
}

/**
 * How an authority listed with a finding stands to it: "binding" or "persuasive" (or "unverified"), and "contra" where it
 * allows what the finding's lead authority restricts (Rosales-Garcia, which held a post-removal revocation does not count,
 * listed under a finding that a revocation counts: legal audit of session 33, round 3).
 */
export function authorityStanding(a: Finding["authorities"][number], f: Pick<Finding, "authorities" | "severity">): string {
  if (isManualContext(a)) return MANUAL_CONTEXT;
  const tag = a.binding ? "binding" : a.verified ? "persuasive" : "unverified";
  return isContra(a, f) ? `contra; ${tag}` : tag;
}

/**
 * The Manual's own text listed for context — not the ground's authority ("USSG § 2L1.2, comment. (n.5) (Nov. 1, 2025)", the
 * note on conduct before and after the first removal, beside a minor-prior finding after Amendment 836 deleted the departure
 * note): said so, never "binding", which a lawyer reads as support (legal audit 36b: pk-013, pk-058, pm-032; 36a: po-001, pq-060).
 */
export function isManualContext(a: Finding["authorities"][number]): boolean {
  return a.effect === "context" && a.cite.startsWith("USSG");
}
export const MANUAL_CONTEXT = "the Manual's text in force, for context: not authority for the ground";

/** Does the authority allow what the finding's lead restricts? Only beside a warning, which says the lead forecloses: an information finding lists what permits the argument as its own. */
export function isContra(a: Finding["authorities"][number], f: Pick<Finding, "authorities" | "severity">): boolean {
  const lead = f.authorities[0];
  return f.severity === "warning" && a !== lead && a.effect === "permits" && lead !== undefined && lead.effect !== "permits";
}

export function explainFinding(f: Finding, maxAuthorities = 4): string {
  const r = ruleData(f.rule);
  const lines: string[] = [];
  lines.push(`**${md(r.title)}** — \`${f.rule}\` (${SEVERITY[f.severity]})`);
  lines.push("");
  lines.push(md(f.basis));
  lines.push("");
  const where = f.circuit ? `in the ${circuitName(f.circuit)}` : "— no circuit set (front matter `circuit:` or setting `heartland.circuit`)";
  lines.push(`**Authorities** ${where}, Manual ${f.edition}:`);
  for (const a of f.authorities.slice(0, maxAuthorities)) {
    const tag = authorityStanding(a, f);
    lines.push(`- ${md(a.cite)} — *${tag}; ${ERA[a.era] ?? a.era}*: ${md(a.holding)}`);
  }
  if (f.authorities.length > maxAuthorities) lines.push(`- … ${f.authorities.length - maxAuthorities} more on the rule page`);
  lines.push("");
  const facts = factsLine(f);
  if (facts) {
    lines.push(facts);
    lines.push("");
  }
  lines.push("**What changed later:**");
  for (const d of f.developments) lines.push(`- ${md(d.name)} (${md(d.date)})${d.verified ? "" : " *(unverified)*"}: ${md(d.summary)}`);
  lines.push("");
  lines.push(`**Instead:** ${md(f.instead)}`);
  lines.push("");
  if (f.trace) lines.push(whyMarkdown(f.trace));
  else lines.push(`*Triggered by:* ${f.triggers.map((t) => `"${md(t)}"`).join(", ")}`);
  return lines.join("\n");
}
