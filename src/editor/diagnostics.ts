/**
 * Foreclosure diagnostics on Markdown briefs: the VS Code adapter over
 * `src/core/precedent/analyze`. One small function per job, one handler per editor event.
 *
 * - Debounced (300 ms) re-analysis on change; a generation counter per document drops results
 *   of a run that a newer edit has overtaken.
 * - Per-document `BriefAnalyzer`: paragraphs cached by their text, so a keystroke re-detects
 *   only the paragraph it changed.
 * - Circuit and edition: front matter, then `heartland.circuit` / `heartland.guidelinesManual`.
 *   Per-rule severity overrides: `heartland.rules` (rule → off|hint|information|warning|error).
 * - Invalid front-matter values become diagnostics on the value (code `front-matter`).
 * - Each diagnostic: source "Heartland", code { value: rule, target: docs/rules/<rule>.md },
 *   related information pointing at the authority on the rule page.
 */
import * as vscode from "vscode";
import { BriefAnalyzer } from "../core/precedent/analyze";
import { explainFinding } from "../core/precedent/explainFinding";
import { RULE_IDS, type Finding, type RuleSetting } from "../core/precedent/types";
import { ALL_RULE_IDS, CITATION_RULE } from "../core/citations/lint";
import { checkBrief } from "../core/pipeline";
import type { CitationFinding } from "../core/citations/check";
import { briefOf } from "./briefs";
import { userSettings, liveAnalysisLimit } from "./settings";
import { log } from "./log";

export const SOURCE = "Heartland";
export const FRONT_MATTER_CODE = "front-matter";
const DEBOUNCE_MS = 300;
const RULE_SETTINGS = new Set<string>(["off", "hint", "information", "warning", "error"]);

interface DocState {
  analyzer: BriefAnalyzer;
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  findings: Finding[];
  /** citation-check findings (with their quick fixes) published with them. */
  citations: CitationFinding[];
  /** Document version the findings belong to. */
  version: number;
}

let collection: vscode.DiagnosticCollection | undefined;
let extensionUri: vscode.Uri | undefined;
const states = new Map<string, DocState>();
/** Documents already reported as over heartland.liveAnalysisLimit (logged once each). */
const overLimitLogged = new Set<string>();
/** Rule page text, loaded once, to point related information at the authority's line. */
const rulePages = new Map<string, string[]>();

export function ruleDocUri(rule: string): vscode.Uri {
  if (!extensionUri) throw new Error("Heartland diagnostics are not registered");
  return vscode.Uri.joinPath(extensionUri, "docs", "rules", rule + ".md");
}

/** The findings last published for a document (used by the code actions). */
export function findingsFor(uri: vscode.Uri): Finding[] {
  return states.get(uri.toString())?.findings ?? [];
}

/** The citation-check findings last published for a document (used by the code actions). */
export function citationFindingsFor(uri: vscode.Uri): CitationFinding[] {
  return states.get(uri.toString())?.citations ?? [];
}

function isBrief(doc: vscode.TextDocument): boolean {
  return doc.languageId === "markdown" && doc.uri.scheme !== "output" && doc.uri.scheme !== "git" && doc.uri.scheme !== "vscode-scm";
}

function stateOf(doc: vscode.TextDocument): DocState {
  const key = doc.uri.toString();
  let s = states.get(key);
  if (!s) {
    s = { analyzer: new BriefAnalyzer(), generation: 0, findings: [], citations: [], version: -1 };
    states.set(key, s);
  }
  return s;
}

/** Validated `heartland.rules` per settings scope; cleared when the configuration changes (logs each problem once). */
const overridesCache = new Map<string, Partial<Record<string, RuleSetting>>>();

function ruleOverrides(scope: vscode.Uri): Partial<Record<string, RuleSetting>> {
  const folder = vscode.workspace.getWorkspaceFolder(scope)?.uri.toString() ?? "";
  let hit = overridesCache.get(folder);
  if (!hit) {
    hit = readRuleOverrides(scope);
    overridesCache.set(folder, hit);
  }
  return hit;
}

/** `heartland.rules`, validated: unknown rules and values are logged and ignored. */
function readRuleOverrides(scope: vscode.ConfigurationScope): Partial<Record<string, RuleSetting>> {
  const raw = vscode.workspace.getConfiguration("heartland", scope).get<Record<string, unknown>>("rules", {}) ?? {};
  const out: Partial<Record<string, RuleSetting>> = {};
  for (const [rule, value] of Object.entries(raw)) {
    if (!ALL_RULE_IDS.includes(rule) || typeof value !== "string" || !RULE_SETTINGS.has(value)) {
      log().warn(`Setting heartland.rules: "${rule}": ${JSON.stringify(value)} is ignored (rules: ${ALL_RULE_IDS.join(", ")}; values: off, hint, information, warning, error).`);
      continue;
    }
    out[rule] = value as RuleSetting;
  }
  return out;
}

function toSeverity(s: Finding["severity"]): vscode.DiagnosticSeverity {
  switch (s) {
    case "error":
      return vscode.DiagnosticSeverity.Error;
    case "warning":
      return vscode.DiagnosticSeverity.Warning;
    case "information":
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

function authorityLocation(rule: string, cite: string): vscode.Location {
  const lines = rulePages.get(rule);
  let line = 0;
  if (lines) {
    const i = lines.findIndex((l) => l.startsWith("| " + cite));
    if (i >= 0) line = i;
  }
  return new vscode.Location(ruleDocUri(rule), new vscode.Position(line, 0));
}

export function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
  const d = new vscode.Diagnostic(range, f.message, toSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: f.rule, target: ruleDocUri(f.rule) };
  d.relatedInformation = f.authorities
    .filter((a) => a.effect !== "context")
    .slice(0, 3)
    .map((a) => new vscode.DiagnosticRelatedInformation(authorityLocation(f.rule, a.cite.replace(" (pin cite not verified)", "")), `${a.cite}${a.binding ? " (binding)" : ""}: ${a.holding}`));
  return d;
}

export function citationDiagnostic(doc: vscode.TextDocument, f: CitationFinding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.message, toSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: CITATION_RULE, target: ruleDocUri(CITATION_RULE) };
  return d;
}

function analyze(doc: vscode.TextDocument): void {
  const state = stateOf(doc);
  const generation = ++state.generation;
  const version = doc.version;
  const started = Date.now();
  // the same parse of this version the hover and the status item use
  const brief = briefOf(doc);
  const { map, front } = brief;
  const { settings: eff, findings, citations } = checkBrief(brief, userSettings(doc.uri), ruleOverrides(doc.uri), state.analyzer);
  // A newer edit or a closed document overtook this run: drop its results.
  if (generation !== state.generation || doc.version !== version || doc.isClosed || !collection) return;
  state.findings = findings;
  state.citations = citations;
  state.version = version;
  const diagnostics = findings.map((f) => toDiagnostic(doc, f));
  for (const f of citations) diagnostics.push(citationDiagnostic(doc, f));
  if (map.longLines.length) log().info(`${doc.uri.path}: ${map.longLines.length} line(s) longer than 20,000 characters not checked (first: line ${map.longLines[0] + 1}).`);
  for (const p of front.problems) {
    const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)), p.message, vscode.DiagnosticSeverity.Warning);
    d.source = SOURCE;
    d.code = FRONT_MATTER_CODE;
    diagnostics.push(d);
  }
  collection.set(doc.uri, diagnostics);
  log().debug(
    `diagnostics: ${doc.uri.path}: ${eff.edition} Manual (from ${eff.editionFrom}), circuit ${eff.circuit ?? "not set"} (from ${eff.circuitFrom})` +
      `${front.problems.length ? `, ${front.problems.length} front-matter problem(s)` : ""}; ${findings.length} findings + ${citations.length} citation checks, ` +
      `${state.analyzer.lastRedetected} paragraphs re-read, ${Date.now() - started} ms`,
  );
}

function schedule(doc: vscode.TextDocument, delay: number): void {
  if (!isBrief(doc)) return;
  const state = stateOf(doc);
  state.generation++;
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = undefined;
    try {
      analyze(doc);
    } catch (e) {
      log().error(`diagnostics failed for ${doc.uri.path}: ${(e as Error).message}`);
    }
  }, delay);
}

function forget(doc: vscode.TextDocument): void {
  const key = doc.uri.toString();
  const s = states.get(key);
  if (s?.timer) clearTimeout(s.timer);
  states.delete(key);
  collection?.delete(doc.uri);
}

/** Hover on a flagged sentence: the full explanation (holding, binding or not, later law, what to argue instead). */
function provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
  const state = states.get(doc.uri.toString());
  if (!state || state.version !== doc.version) return undefined;
  const offset = doc.offsetAt(pos);
  const hits = state.findings.filter((f) => f.start <= offset && offset < f.end);
  if (hits.length === 0) return undefined;
  const md = new vscode.MarkdownString();
  hits.forEach((f, i) => {
    if (i > 0) md.appendMarkdown("\n\n---\n\n");
    md.appendMarkdown(explainFinding(f));
    md.appendMarkdown(`\n\n[Rule page: ${f.rule}](${ruleDocUri(f.rule).toString()})`);
  });
  const first = hits[0];
  return new vscode.Hover(md, new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)));
}

async function loadRulePages(): Promise<void> {
  await Promise.all(
    RULE_IDS.map(async (rule) => {
      try {
        const bytes = await vscode.workspace.fs.readFile(ruleDocUri(rule));
        rulePages.set(rule, new TextDecoder().decode(bytes).split("\n"));
      } catch {
        // The page is optional for related information; the link still opens the rule page.
      }
    }),
  );
}

export function registerDiagnostics(context: vscode.ExtensionContext): void {
  extensionUri = context.extensionUri;
  collection = vscode.languages.createDiagnosticCollection("heartland");
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((doc) => schedule(doc, 0)),
    vscode.languages.registerHoverProvider({ language: "markdown" }, { provideHover }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      // Huge files: analyse on save only, so typing stays cheap.
      const limit = liveAnalysisLimit(e.document.uri);
      if (e.document.getText().length > limit) {
        if (!overLimitLogged.has(e.document.uri.toString())) {
          overLimitLogged.add(e.document.uri.toString());
          log().info(`${e.document.uri.path} is larger than heartland.liveAnalysisLimit (${limit / 1024} KB): checked on open and save only.`);
        }
        return;
      }
      schedule(e.document, DEBOUNCE_MS);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => schedule(doc, 0)),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration("heartland")) return;
      overridesCache.clear();
      for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
    }),
    { dispose: () => { for (const s of states.values()) if (s.timer) clearTimeout(s.timer); states.clear(); } },
  );
  void loadRulePages().then(() => {
    for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
  });
  for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
}
