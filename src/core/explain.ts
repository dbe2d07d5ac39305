/**
 * What a hover (and `heartland explain`) shows for one citation: the provision's text in
 * the edition the brief uses, with its context, edition, status, history and source.
 * One renderer, so the CLI prints exactly what the hover shows.
 */
import type { Citation, RuleCitation, StatuteCitation } from "./citations/types";
import { formatCitation, formatSubsection } from "./citations/types";
import { STATUTE_DATA, longDate, lookupCitation, type ProvisionText } from "./guidelines/lookup";
import { FIRST_EDITION, LATEST_EDITION } from "./settings";
import { COURT_RULES, type CourtRule } from "./courtRules";
import { datedText } from "./dates";
import { table as sentencingTable, zoneOf } from "./sentencing/data";

export interface Explanation extends Omit<ProvisionText, "citation"> {
  citation: Citation;
  /** For USSG ch. 5, pt. A: the Sentencing Table as Markdown (cells in months, zone in brackets). */
  table?: string;
  /** For status "unavailable": why no text is shown. */
  message?: string;
  /** Why this edition: the brief's setting, or the year the citation itself names. */
  editionFrom: "brief" | "citation";
  /** The brief's reason for its edition (front matter, setting, sentencing date, today), shown under the title. */
  editionReason?: string;
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

/** The rule's text in force on `date` (ISO): the current nodes, or the earlier period's. */
function rulePeriod(rule: CourtRule, date: string): NonNullable<CourtRule["periods"]>[number] | undefined {
  return [...(rule.periods ?? [])].sort((a, b) => a.before.localeCompare(b.before)).find((p) => date < p.before);
}

function lookupRule(c: RuleCitation, edition: number, asOf?: string): ExplainResult {
  const rule = COURT_RULES.find((r) => r.rules === c.rules && r.rule === c.rule);
  const cite = formatCitation(c);
  if (!rule) {
    return { ok: false, citation: c, manual: edition, reason: "no-text", message: `Heartland has no verified text of ${cite}.` };
  }
  const date = asOf ?? `${edition}-11-01`;
  const dateNote = asOf
    ? `Rule text as in force on ${longDate(asOf)} (the sentencing date).`
    : `Rule text as in force on Nov. 1, ${edition}, the first day of the ${edition} Guidelines Manual; the Federal Rules change on their own dates (give \`sentencing-date:\` for another day).`;
  const period = rulePeriod(rule, date);
  const nodes = period ? period.nodes : rule.nodes;
  const key = c.subsection.join("/");
  // what every answer about this rule says: the rule, the period's caveats and the date, the source
  const base = {
    citation: c,
    editionFrom: "brief" as const,
    manual: edition,
    title: rule.title,
    caveats: [...(period?.caveats ?? []), dateNote],
    source: period?.source ?? rule.source,
  };
  const unavailable = (message: string): ExplainResult => ({
    ok: true,
    explanation: { ...base, context: [], text: "", status: "unavailable", textEdition: "none", message },
  });
  if (period && c.subsection.length && period.absent[c.subsection[0]]) return unavailable(period.absent[c.subsection[0]]);
  const node = nodes.find((n) => n.path.join("/") === key);
  if (c.subsection.length && !node) {
    if (period) return unavailable(`Heartland has no verified text of ${cite} as in force on ${longDate(date)} (${period.effective}).`);
    return { ok: false, citation: c, manual: edition, reason: "unknown", message: `${cite} does not exist: ${rule.title} has no subsection ${formatSubsection(c.subsection)}.` };
  }
  const context: string[] = [];
  for (let i = 1; i < c.subsection.length; i++) {
    const parent = nodes.find((n) => n.path.join("/") === c.subsection.slice(0, i).join("/"));
    if (parent) context.push(parent.text);
  }
  const text = node
    ? nodes.filter((n) => n.path.join("/").startsWith(key) && (n.path.length === c.subsection.length || n.path.join("/").startsWith(key + "/"))).map((n) => n.text).join("\n")
    : nodes.map((n) => n.text).join("\n");
  return {
    ok: true,
    explanation: {
      ...base,
      context,
      text,
      status: period ? period.status : "verbatim",
      textEdition: `Federal Rules of Criminal Procedure, ${period ? period.effective : rule.effective}`,
      history: rule.history,
    },
  };
}

/**
 * `asOf` (ISO date: the brief's sentencing date) picks the statute and rule text in force that day;
 * without it they are read as of Nov. 1 of the edition year. Guideline text follows the edition.
 * `knownOn` (ISO date: the brief's own date, else its sentencing date) is what the brief's writer could know: a
 * note of what came later ("deleted Nov. 1, 2012, Amendment 768" under the 2005 Manual, a `{dated from=…|…}` clause
 * of the data) is left out before its day (audit 15 O4, more forms). With no date the note is said: the writer is
 * taken to write today, when it has happened.
 */
export function explain(c: Citation, briefEdition: number, asOf?: string, editionReason?: string, knownOn?: string): ExplainResult {
  const r = knownAt(explainIn(c, briefEdition, asOf), knownOn ?? new Date().toISOString().slice(0, 10));
  if (r.ok && editionReason && r.explanation.editionFrom === "brief" && r.explanation.citation.kind !== "statute" && r.explanation.citation.kind !== "rule") r.explanation.editionReason = editionReason;
  return r;
}

/** The explanation as a writer of `date` reads it: every `{dated …}` clause of its words kept or dropped for that day. */
function knownAt(r: ExplainResult, date: string): ExplainResult {
  const t = (x: string) => datedText(x, date);
  if (!r.ok) return { ...r, message: t(r.message) };
  const e = r.explanation;
  return {
    ok: true,
    explanation: {
      ...e,
      text: t(e.text),
      caveats: e.caveats.map(t),
      ...(e.message !== undefined ? { message: t(e.message) } : {}),
      ...(e.history !== undefined ? { history: t(e.history) } : {}),
    },
  };
}

function explainIn(c: Citation, briefEdition: number, asOf?: string): ExplainResult {
  const { edition, from } = editionFor(c, briefEdition);
  if (c.kind === "rule") return lookupRule(c, edition, asOf);
  const r = lookupCitation(c, edition, asOf);
  const isTable = c.kind === "chapter" && c.chapter === 5 && c.part === "A";
  if (!r.ok) {
    if (r.reason !== "no-text" && r.reason !== "added-later") return { ok: false, citation: c, manual: edition, reason: r.reason, message: r.message, editionsWithIt: r.editionsWithIt };
    // The provision exists in this edition (or, "added-later", a statute's part did not yet exist on the date),
    // and Heartland shows no text for it: say why.
    const explanation: Explanation = {
      citation: c,
      editionFrom: from,
      manual: edition,
      title: formatCitation(c),
      context: [],
      text: "",
      status: "unavailable",
      textEdition: "none",
      caveats: [],
      source: "none: no verified copy of this edition's text",
      message: r.message,
    };
    if (isTable) {
      explanation.title = "Chapter Five, Part A — Sentencing Table";
      explanation.table = sentencingTableMarkdown(edition);
      explanation.caveats.push(TABLE_NOTE);
    }
    return { ok: true, explanation };
  }
  const { citation: _canonical, ...provision } = r.provision;
  const explanation: Explanation = { ...provision, citation: c, editionFrom: from };
  if (isTable) {
    explanation.table = sentencingTableMarkdown(edition);
    explanation.caveats = [...explanation.caveats, TABLE_NOTE];
  }
  return { ok: true, explanation };
}

/** The dates on which the statute's or rule's text changes, as its data records them. */
function changeDates(c: StatuteCitation | RuleCitation): string[] {
  if (c.kind === "rule") return (COURT_RULES.find((r) => r.rules === c.rules && r.rule === c.rule)?.periods ?? []).map((p) => p.before);
  const st = STATUTE_DATA.find((x) => x.title === c.title && x.section === c.section);
  return (st?.eras ?? []).flatMap((e) => [e.before, ...(e.from ? [e.from] : []), ...(e.notBefore ?? []).map((n) => n.date)]);
}

/**
 * For the citation check (D8 of audit 12): the message `explain` gives when Heartland's data shows that a cited
 * statute or rule subsection does not exist — on the brief's sentencing date (`asOf`), else on every text in force
 * while the edition's Manual was (Nov. 1 of its year to Oct. 31 of the next), and in the current text. Undefined
 * when it exists on any of them, or when Heartland holds too little of the section to tell (no text, a part added
 * later, an earlier text not verified): explain's answer there is not "unknown".
 */
export function missingSubsection(c: StatuteCitation | RuleCitation, edition: number, asOf?: string): string | undefined {
  if (c.subsection.length === 0) return undefined;
  const changes = changeDates(c);
  const start = `${edition}-11-01`;
  const end = `${edition + 1}-11-01`;
  const dates = asOf ? [asOf] : [start, ...changes.filter((d) => start < d && d < end)];
  // the current text: in force from the last change (with no change recorded, every date reads it)
  const last = changes.reduce((a, b) => (b > a ? b : a), "");
  if (last) dates.push(last);
  let message: string | undefined;
  for (const d of dates) {
    const r = explainIn(c, edition, d);
    if (r.ok || r.reason !== "unknown") return undefined;
    message ??= r.message;
  }
  return message;
}

const TABLE_NOTE =
  "The Sentencing Table's cells are unchanged since Nov. 1, 1992 (Amendment 462; verified cell by cell against the 2016 and 2025 Manuals); zones follow the rule in force for this edition (Amendment 738 changed them on Nov. 1, 2010).";

/** The Sentencing Table as a Markdown table: months of imprisonment, zone in brackets. */
export function sentencingTableMarkdown(edition: number): string {
  const cats = ["I", "II", "III", "IV", "V", "VI"];
  const rows = [`| Offense level | ${cats.join(" | ")} |`, `| ---: | ${cats.map(() => ":---:").join(" | ")} |`];
  for (const row of sentencingTable.levels) {
    const cells = cats.map((cat) => {
      const cell = row.cells.find((x) => x.category === cat)!;
      const months = cell.lifeOnly ? "life" : cell.life ? `${cell.minMonths}–life` : `${cell.minMonths}–${cell.maxMonths}`;
      return `${months} [${zoneOf(cell, edition)}]`;
    });
    rows.push(`| ${row.level} | ${cells.join(" | ")} |`);
  }
  return rows.join("\n");
}

/** Escape characters Markdown would otherwise treat as formatting. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (ch) => "\\" + ch);
}

function manualLabel(e: Explanation): string {
  // (a statute or rule with no text has no edition to name: "— none" read as if the law were "none")
  if (e.citation.kind === "statute" || e.citation.kind === "rule") return e.textEdition === "none" ? "no verified text" : e.textEdition;
  return `Guidelines Manual, Nov. 1, ${e.manual}${e.editionFrom === "citation" ? " (the edition the citation names)" : ""}`;
}

const CARRIED_WORD: Record<NonNullable<ProvisionText["carried"]>["status"], string> = { verbatim: "verbatim", partial: "partial", derived: "DERIVED", deleted: "a deletion note" };

/** The hover's Markdown. `heartland explain --format markdown` prints exactly this. */
export function explanationMarkdown(e: Explanation): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(formatCitation(e.citation))}** — ${escapeMarkdown(manualLabel(e))}`);
  lines.push("");
  if (e.editionReason) lines.push(`*Edition: ${escapeMarkdown(e.editionReason)}.*`, "");
  lines.push(`**${escapeMarkdown(e.title)}**`);
  lines.push("");
  if (e.status === "deleted") lines.push("**This provision is deleted in this edition.**", "");
  if (e.carried?.status === "deleted") lines.push(`**This provision was deleted in the ${e.carried.edition} Manual; Heartland has not verified the ${e.manual} Manual.**`, "");
  const contextLines = e.context.flatMap((t) => t.split("\n")).map(escapeMarkdown);
  const textLines = e.text.split("\n").map((t, i) => (i === 0 && contextLines.length && t.trim() ? `**${escapeMarkdown(t.trim())}**` : escapeMarkdown(t)));
  const body = [...contextLines, ...textLines];
  for (const b of body) if (b.trim()) lines.push(`> ${b}`, ">");
  if (lines[lines.length - 1] === ">") {
    lines.pop();
    lines.push("");
  }
  if (e.message) lines.push(escapeMarkdown(e.message), "");
  if (e.table) lines.push(e.table, "");
  if (e.statutoryMaximum) lines.push(`**Maximum term:** ${escapeMarkdown(e.statutoryMaximum)}`, "");
  if (e.history) lines.push(`**History:** ${escapeMarkdown(e.history)}`, "");
  const statusWord: Record<ProvisionText["status"], string> = {
    verbatim: "verbatim text",
    partial: "partial text",
    derived: "DERIVED text (reconstructed from later verbatim text and the recorded amendments; not seen in an official copy of this edition)",
    deleted: "deletion note as printed",
    unavailable: "not available — Heartland shows no text rather than another edition's",
    unverified: `UNVERIFIED for the ${e.manual} Manual: the text of the ${e.carried?.edition ?? "earlier"} Manual${e.carried ? ` (${CARRIED_WORD[e.carried.status]} there)` : ""}, not checked against the ${e.manual} text`,
  };
  lines.push(`*Text: ${escapeMarkdown(statusWord[e.status])}${e.textEdition === "none" ? "" : ` — ${escapeMarkdown(e.textEdition)}`}.*`);
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
    ...(e.carried ? { carried: e.carried } : {}),
    ...(e.history ? { history: e.history } : {}),
    ...(e.statutoryMaximum ? { statutoryMaximum: e.statutoryMaximum } : {}),
    ...(e.message ? { message: e.message } : {}),
    ...(e.table ? { table: e.table } : {}),
    source: e.source,
  };
}
