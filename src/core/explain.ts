/**
 * What a hover (and `heartland explain`) shows for one citation: the provision's text in
 * the edition the brief uses, with its context, edition, status, history and source.
 * One renderer, so the CLI prints exactly what the hover shows.
 */
import type { Citation, RuleCitation } from "./citations/types";
import { formatCitation, formatSubsection } from "./citations/types";
import { lookupCitation, type ProvisionText } from "./guidelines/lookup";
import { FIRST_EDITION, LATEST_EDITION } from "./settings";
import rulesData from "../data/court-rules.json";

export interface Explanation extends Omit<ProvisionText, "citation"> {
  citation: Citation;
  /** Why this edition: the brief's setting, or the year the citation itself names. */
  editionFrom: "brief" | "citation";
}

export type ExplainResult =
  | { ok: true; explanation: Explanation }
  | { ok: false; citation: Citation; manual: number; reason: string; message: string; editionsWithIt?: string };

/** The edition to read a citation in: the year it names itself, else the brief's. */
export function editionFor(c: Citation, briefEdition: number): { edition: number; from: "brief" | "citation" } {
  const named = "editionInCitation" in c ? c.editionInCitation : undefined;
  if (named !== undefined && named >= FIRST_EDITION && named <= LATEST_EDITION) return { edition: named, from: "citation" };
  return { edition: briefEdition, from: "brief" };
}

function lookupRule(c: RuleCitation, edition: number): ExplainResult {
  const rule = rulesData.rules.find((r) => r.rules === c.rules && r.rule === c.rule);
  const cite = formatCitation(c);
  if (!rule) {
    return { ok: false, citation: c, manual: edition, reason: "no-text", message: `Heartland has no verified text of ${cite}.` };
  }
  const key = c.subsection.join("/");
  const node = rule.nodes.find((n) => n.path.join("/") === key);
  if (c.subsection.length && !node) {
    return { ok: false, citation: c, manual: edition, reason: "unknown", message: `${cite} does not exist: ${rule.title} has no subsection ${formatSubsection(c.subsection)}.` };
  }
  const context: string[] = [];
  for (let i = 1; i < c.subsection.length; i++) {
    const parent = rule.nodes.find((n) => n.path.join("/") === c.subsection.slice(0, i).join("/"));
    if (parent) context.push(parent.text);
  }
  const text = node
    ? rule.nodes.filter((n) => n.path.join("/").startsWith(key) && (n.path.length === c.subsection.length || n.path.join("/").startsWith(key + "/"))).map((n) => n.text).join("\n")
    : rule.nodes.map((n) => n.text).join("\n");
  return {
    ok: true,
    explanation: {
      citation: c,
      editionFrom: "brief",
      manual: edition,
      title: rule.title,
      context,
      text,
      status: "verbatim",
      textEdition: `Federal Rules of Criminal Procedure, ${rule.effective}`,
      caveats: ["The Federal Rules of Criminal Procedure do not change with the Guidelines Manual edition; this is the rule's current text."],
      source: rule.source,
      history: rule.history,
    },
  };
}

export function explain(c: Citation, briefEdition: number): ExplainResult {
  const { edition, from } = editionFor(c, briefEdition);
  if (c.kind === "rule") return lookupRule(c, edition);
  const r = lookupCitation(c, edition);
  if (!r.ok) return { ok: false, citation: c, manual: edition, reason: r.reason, message: r.message, editionsWithIt: r.editionsWithIt };
  const { citation: _canonical, ...provision } = r.provision;
  return { ok: true, explanation: { ...provision, citation: c, editionFrom: from } };
}

/** Escape characters Markdown would otherwise treat as formatting. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (ch) => "\\" + ch);
}

function manualLabel(e: Explanation): string {
  if (e.citation.kind === "statute" || e.citation.kind === "rule") return e.textEdition;
  return `Guidelines Manual, Nov. 1, ${e.manual}${e.editionFrom === "citation" ? " (the edition the citation names)" : ""}`;
}

/** The hover's Markdown. `heartland explain --format markdown` prints exactly this. */
export function explanationMarkdown(e: Explanation): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(formatCitation(e.citation))}** — ${escapeMarkdown(manualLabel(e))}`);
  lines.push("");
  lines.push(`**${escapeMarkdown(e.title)}**`);
  lines.push("");
  if (e.status === "deleted") lines.push("**This provision is deleted in this edition.**", "");
  const contextLines = e.context.flatMap((t) => t.split("\n")).map(escapeMarkdown);
  const textLines = e.text.split("\n").map((t, i) => (i === 0 && contextLines.length && t.trim() ? `**${escapeMarkdown(t.trim())}**` : escapeMarkdown(t)));
  const body = [...contextLines, ...textLines];
  for (const b of body) if (b.trim()) lines.push(`> ${b}`, ">");
  if (lines[lines.length - 1] === ">") lines.pop();
  lines.push("");
  if (e.statutoryMaximum) lines.push(`**Maximum term:** ${escapeMarkdown(e.statutoryMaximum)}`, "");
  if (e.history) lines.push(`**History:** ${escapeMarkdown(e.history)}`, "");
  const statusWord: Record<ProvisionText["status"], string> = {
    verbatim: "verbatim text",
    partial: "partial text",
    derived: "DERIVED text (reconstructed from later verbatim text and the recorded amendments; not seen in an official copy of this edition)",
    deleted: "deletion note as printed",
    unavailable: "text not available",
  };
  lines.push(`*Text: ${escapeMarkdown(statusWord[e.status])} — ${escapeMarkdown(e.textEdition)}.*`);
  for (const c of e.caveats) lines.push("", `⚠ ${escapeMarkdown(c)}`);
  lines.push("", `Source: ${escapeMarkdown(e.source)}`);
  return lines.join("\n");
}

/** The JSON `heartland explain --format json` prints (DESIGN.md contract plus detail). */
export function explanationJson(e: Explanation): Record<string, unknown> {
  return {
    citation: e.citation,
    canonical: formatCitation(e.citation),
    manual: e.manual,
    title: e.title,
    text: e.text,
    context: e.context,
    status: e.status,
    textEdition: e.textEdition,
    caveats: e.caveats,
    ...(e.history ? { history: e.history } : {}),
    ...(e.statutoryMaximum ? { statutoryMaximum: e.statutoryMaximum } : {}),
    source: e.source,
  };
}
