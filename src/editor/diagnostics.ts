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
 * - Each diagnostic: source "Heartland", code { value: rule, target: a command link that opens
 *   the rule page as a preview }; the message says what and why, the authority and the way
 *   forward (the trigger words and sources go to the hover and the log); related information
 *   only where the brief itself cites the authority.
 * - Heartland's own files (rule pages, README, the installed extension's folder) are never
 *   analysed, and an adverse authority already cited after the flagged sentence downgrades the
 *   finding to a hint.
 */
import * as vscode from "vscode";
import { BriefAnalyzer } from "../core/precedent/analyze";
import { explainFinding } from "../core/precedent/explainFinding";
import type { Finding, RuleSetting } from "../core/precedent/types";
import { citedCaseName } from "../core/precedent/rules";
import { ALL_RULE_IDS, CITATION_RULE } from "../core/citations/lint";
import { checkBrief, checkBriefPart } from "../core/pipeline";
import { warmUp } from "../core/warmUp";
import { CitationCache } from "../core/citations/cache";
import { OffenseCache } from "../core/precedent/facts";
import { FirstOccurrences } from "../core/brief/occurrences";
import type { CitationFinding } from "../core/citations/check";
import { briefOf, carryOver, lengthOf } from "./briefs";
import { citationAt } from "../core/citations/recognize";
import { userSettings, liveAnalysisLimit } from "./settings";
import { log } from "./log";
import { registerHoverProvider, type CommandId } from "./routes";
import { changeWork, forgetChangeWork, noteChangeWork } from "./changeWork";

export const SOURCE = "Heartland";
export const FRONT_MATTER_CODE = "front-matter";
const DEBOUNCE_MS = 300;
const RULE_SETTINGS = new Set<string>(["off", "hint", "information", "warning", "error"]);

interface DocState {
  analyzer: BriefAnalyzer;
  /** The citation checks' sentences and citations per block of text; the offense read from the text. */
  caches: { citations: CitationCache; offense: OffenseCache };
  /** Where the authorities' case names first occur in the text (related information), kept across edits. */
  names: FirstOccurrences;
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  findings: Finding[];
  /** citation-check findings (with their quick fixes) published with them. */
  citations: CitationFinding[];
  /** Document version the findings belong to. */
  version: number;
  /** Milliseconds the last published run took: the brief read, the checks, the diagnostics made and published. */
  lastRunMs?: number;
  /** The same run in parts (ms): the brief read, the checks, the diagnostics made, their publication. */
  lastLaps?: RunLaps;
  /** The diagnostics last handed to VS Code by a whole run (a run that makes the same ones publishes nothing). */
  published?: vscode.Diagnostic[];
  /** The first part of a large brief, shown before its first whole run (`showFirstPart`): when, where, what it took. */
  firstPart?: FirstPart;
}

/** The part of a large brief shown before its first whole run: its offsets, its findings, the ms it took, when it was published (`performance.now()`). */
export interface FirstPart {
  from: number;
  until: number;
  findings: number;
  ms: number;
  publishedAt: number;
}

/** Briefs at least this long show a first part before their first whole run (a shorter brief's whole run is as quick). */
const FIRST_PART_MIN = 64 * 1024;
/** The first part when no editor shows the brief yet (it opens at its top): a few screens. */
const FIRST_PART = 16 * 1024;

let collection: vscode.DiagnosticCollection | undefined;
let extensionUri: vscode.Uri | undefined;
/** Installed (production) extension: its whole folder is Heartland's own; in development only docs/ and the top-level pages. */
let ownWholeFolder = true;
const states = new Map<string, DocState>();
/** Documents already reported as over heartland.liveAnalysisLimit (logged once each). */
const overLimitLogged = new Set<string>();

export function ruleDocUri(rule: string): vscode.Uri {
  if (!extensionUri) throw new Error("Heartland diagnostics are not registered");
  return vscode.Uri.joinPath(extensionUri, "docs", "rules", rule + ".md");
}

export const OPEN_RULE_PAGE = "heartland.openRulePage" satisfies CommandId;

/** A link that opens the rule page as a (read-only) preview: the diagnostic's code link and the hover's. */
export function rulePageLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_PAGE}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** Each rule's diagnostic code (its id and rule-page link), made once: every run gives hundreds of diagnostics a few codes. */
const CODES = new Map<string, { value: string; target: vscode.Uri }>();
function codeOf(rule: string): { value: string; target: vscode.Uri } {
  let c = CODES.get(rule);
  if (!c) CODES.set(rule, (c = { value: rule, target: rulePageLink(rule) }));
  return c;
}

/** One of Heartland's own files (a rule page, the README), never a brief to analyse. */
export function isOwnFile(uri: vscode.Uri): boolean {
  if (!extensionUri || uri.scheme !== extensionUri.scheme || uri.authority !== extensionUri.authority) return false;
  const root = extensionUri.path.endsWith("/") ? extensionUri.path : extensionUri.path + "/";
  if (!uri.path.startsWith(root)) return false;
  if (ownWholeFolder) return true;
  const rel = uri.path.slice(root.length);
  return rel.startsWith("docs/") || !rel.includes("/");
}

/** The findings last published for a document (used by the code actions). */
export function findingsFor(uri: vscode.Uri): Finding[] {
  return states.get(uri.toString())?.findings ?? [];
}

/**
 * The parts of a run (ms): the brief read, the checks (`checkBrief`), the diagnostics made, their publication (if they changed);
 * and, outside the run, what Heartland's change listeners (status item, scheduling) spent on the version it read.
 */
export interface RunLaps {
  brief: number;
  check: number;
  make: number;
  publish: number;
  published: boolean;
  onChange: number;
}

/** The same diagnostics, in the same order: ranges, severities, codes, messages, sources and related places. */
export function sameDiagnostics(a: readonly vscode.Diagnostic[], b: readonly vscode.Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x.range.isEqual(y.range) || x.severity !== y.severity || x.message !== y.message || x.source !== y.source) return false;
    const cx = x.code as { value?: unknown } | string | number | undefined;
    const cy = y.code as { value?: unknown } | string | number | undefined;
    if (cx !== cy && (typeof cx !== "object" || typeof cy !== "object" || cx.value !== cy.value)) return false;
    const rx = x.relatedInformation ?? [];
    const ry = y.relatedInformation ?? [];
    if (rx.length !== ry.length) return false;
    for (let k = 0; k < rx.length; k++) {
      if (rx[k].message !== ry[k].message || rx[k].location.uri.toString() !== ry[k].location.uri.toString() || !rx[k].location.range.isEqual(ry[k].location.range)) return false;
    }
  }
  return true;
}

/** How long the last published run on a document took (ms), in parts, and the document version it read (the editor bench reads it). */
export function lastRun(uri: string): { ms: number; version: number; laps?: RunLaps; firstPart?: FirstPart } | undefined {
  const s = states.get(uri);
  return s?.lastRunMs === undefined ? undefined : { ms: s.lastRunMs, version: s.version, laps: s.lastLaps, ...(s.firstPart ? { firstPart: s.firstPart } : {}) };
}

/** The citation-check findings last published for a document (used by the code actions). */
export function citationFindingsFor(uri: vscode.Uri): CitationFinding[] {
  return states.get(uri.toString())?.citations ?? [];
}

export function isBrief(doc: vscode.TextDocument): boolean {
  return doc.languageId === "markdown" && doc.uri.scheme !== "output" && doc.uri.scheme !== "git" && doc.uri.scheme !== "vscode-scm" && !isOwnFile(doc.uri);
}

function stateOf(doc: vscode.TextDocument): DocState {
  const key = doc.uri.toString();
  let s = states.get(key);
  if (!s) {
    s = { analyzer: new BriefAnalyzer(), caches: { citations: new CitationCache(), offense: new OffenseCache() }, names: new FirstOccurrences(), generation: 0, findings: [], citations: [], version: -1 };
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

/**
 * Where the brief itself cites the authority (its case name), for related information; undefined if it does not.
 * `names`: the document's case names already looked up, kept across its edits (many findings name the same few
 * authorities, and a name the brief does not hold costs a read of the whole text: 800 such reads of a 250 KB brief
 * took ~80 ms a run; once per run, ~2.7 ms; across edits, only the changed text is searched again).
 */
function citedInBrief(doc: vscode.TextDocument, cite: string, text: string, names: FirstOccurrences): vscode.Location | undefined {
  const n = caseNamesOf(cite);
  if (!n) return undefined;
  let i = names.indexOf(text, n.name);
  if (i < 0) {
    if (n.short === undefined) return undefined;
    i = names.indexOf(text, n.short);
  }
  return i < 0 ? undefined : new vscode.Location(doc.uri, doc.positionAt(i));
}

/**
 * The case name a citation starts with ("United States v. Ruiz, 123 F.4th 1 (9th Cir. 2024)" → "United States v. Ruiz")
 * and its short form without "United States v." (undefined when there is none, or it is under five characters); null
 * when the cite names no case. Made once per cite: the same few authorities' cites come on every run, and the names
 * made once are the same strings each time, whose hashes the engine keeps for the look-ups.
 */
function caseNamesOf(cite: string): { name: string; short?: string } | null {
  let hit = CASE_NAMES.get(cite);
  if (hit === undefined) {
    if (CASE_NAMES.size > 2000) CASE_NAMES.clear();
    const comma = cite.indexOf(",");
    const name = comma > 0 ? cite.slice(0, comma) : "";
    if (!name.includes(" v. ")) hit = null;
    else {
      const short = name.replace(/^United States v\. /, "");
      hit = short === name || short.length < 5 ? { name } : { name, short };
    }
    CASE_NAMES.set(cite, hit);
  }
  return hit;
}
const CASE_NAMES = new Map<string, { name: string; short?: string } | null>();

/**
 * The first sentence of a paragraph: up to a period outside parentheses that ends a lower-case
 * word or a parenthetical and is followed by a capital ("… departure. Since …"), never at "Cir." or "v.".
 */
export function firstSentence(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "." && depth === 0 && /\s[A-Z]/.test(s.slice(i + 1, i + 3)) && /(?:(?:^|[^A-Za-z])[a-z]{2,}|\))$/.test(s.slice(Math.max(0, i - 20), i))) return s.slice(0, i + 1);
  }
  return s;
}

/**
 * The message a lawyer reads in Problems and in the hover: what and why with the authority, then
 * the way forward. Trigger words and sources are left to the "why" hover and the log.
 */
export function findingMessage(f: Finding, downgraded = false): string {
  // many findings share a message (a rule's text in one circuit and edition): each is made once, looked up by the
  // finding's own strings (the same objects run after run, so no key of their ~500 characters is made and hashed)
  let byInstead = MESSAGES.get(f.message);
  if (!byInstead) {
    if (MESSAGES.size > 2000) MESSAGES.clear();
    MESSAGES.set(f.message, (byInstead = new Map()));
  }
  const instead = f.instead ?? "";
  let both = byInstead.get(instead);
  if (!both) byInstead.set(instead, (both = [undefined, undefined]));
  const k = downgraded ? 1 : 0;
  return (both[k] ??= messageOf(f, downgraded));
}
const MESSAGES = new Map<string, Map<string, [string | undefined, string | undefined]>>();

function messageOf(f: Finding, downgraded: boolean): string {
  const cut = f.message.indexOf("Triggered by: ");
  const what = (cut < 0 ? f.message : f.message.slice(0, cut)).trim();
  const instead = f.instead ? ` Instead: ${firstSentence(f.instead)}` : "";
  return plainText(`${what}${downgraded ? " The adverse authority is cited after this sentence." : instead}`);
}

/** Problems shows messages as plain text: `code` marks become quotation marks. */
export function plainText(message: string): string {
  const parts = message.split("`");
  if (parts.length < 3 || parts.length % 2 === 0) return message;
  return parts.map((p, i) => (i % 2 === 1 ? `"${p}"` : p)).join("");
}

/** A citation-check message without its trailing "Source: …" (logged instead). */
export function citationMessage(message: string): string {
  const cut = message.lastIndexOf(" Source: ");
  return plainText((cut < 0 ? message : message.slice(0, cut)).trim());
}

/** The finding's "But see …" sentence already follows it in its paragraph (the quick fix was applied, or the lawyer cited it). */
export function adverseCited(text: string, f: Pick<Finding, "end" | "butSee">): boolean {
  if (!f.butSee) return false;
  const para = text.indexOf("\n\n", f.end);
  const after = text.slice(f.end, para < 0 ? text.length : para);
  // the case name of the first authority is enough (the lawyer may have written the cite differently)
  const lead = citedCaseName(f.butSee);
  return after.includes(f.butSee.trim()) || (lead !== undefined && after.includes(lead));
}

/** `names`: the document's case-name look-ups (see `citedInBrief`). */
export function toDiagnostic(doc: vscode.TextDocument, f: Finding, downgraded = false, text = doc.getText(), names = new FirstOccurrences()): vscode.Diagnostic {
  const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
  const d = new vscode.Diagnostic(range, findingMessage(f, downgraded), downgraded ? vscode.DiagnosticSeverity.Hint : toSeverity(f.severity));
  d.source = SOURCE;
  d.code = codeOf(f.rule);
  const related: vscode.DiagnosticRelatedInformation[] = [];
  for (const a of f.authorities.filter((x) => x.effect !== "context").slice(0, 3)) {
    const at = citedInBrief(doc, a.cite, text, names);
    if (at && !range.contains(at.range)) related.push(new vscode.DiagnosticRelatedInformation(at, `${a.cite.replace(" (pin cite not verified)", "")}${a.binding ? " (binding)" : ""}: cited here`));
  }
  if (related.length) d.relatedInformation = related;
  return d;
}

export function citationDiagnostic(doc: vscode.TextDocument, f: CitationFinding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), citationMessage(f.message), toSeverity(f.severity));
  d.source = SOURCE;
  d.code = codeOf(CITATION_RULE);
  return d;
}

/**
 * The first time a large brief is read (it was just opened): the findings of the part on screen — or its first
 * 16 KB when no editor shows it yet — published at once, and the whole run in the next task. The part's findings
 * are the whole run's there (`checkBriefPart`: every finding of the paragraphs read, but a heading's whose section
 * goes on past the part), its paragraphs are read once for both, and the citation checks come with the whole run,
 * whose diagnostics replace these. Returns whether a part was shown.
 */
function showFirstPart(doc: vscode.TextDocument, state: DocState): boolean {
  const t0 = performance.now();
  const brief = briefOf(doc);
  const { text, front } = brief;
  if (text.length < FIRST_PART_MIN || !collection) return false;
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.visibleRanges;
  let from = 0;
  let until = FIRST_PART;
  if (shown?.length) {
    from = doc.offsetAt(shown[0].start);
    until = Math.max(doc.offsetAt(shown[shown.length - 1].end), from + FIRST_PART);
  }
  const findings = checkBriefPart(brief, userSettings(doc.uri), ruleOverrides(doc.uri), { analyzer: state.analyzer, ...state.caches }, { from, until });
  const diagnostics = findings.map((f) => toDiagnostic(doc, f, adverseCited(text, f), text, state.names));
  for (const p of front.problems) diagnostics.push(frontMatterDiagnostic(doc, p));
  collection.set(doc.uri, diagnostics);
  const publishedAt = performance.now();
  // the hover and the quick fixes read these until the whole run replaces them
  state.findings = findings;
  state.citations = [];
  state.version = doc.version;
  state.firstPart = { from, until, findings: findings.length, ms: Math.round(publishedAt - t0), publishedAt };
  return true;
}

function frontMatterDiagnostic(doc: vscode.TextDocument, p: { start: number; end: number; message: string }): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)), plainText(p.message), vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  d.code = FRONT_MATTER_CODE;
  return d;
}

function analyze(doc: vscode.TextDocument): void {
  const state = stateOf(doc);
  // a large brief just opened: the part on screen first, the whole run in the next task (an edit meanwhile reschedules it)
  if (state.published === undefined && state.firstPart === undefined && showFirstPart(doc, state)) {
    schedule(doc, 0);
    return;
  }
  const generation = ++state.generation;
  const version = doc.version;
  const t0 = performance.now();
  // the same parse of this version the hover and the status item use
  const brief = briefOf(doc);
  const t1 = performance.now();
  const { text, map, front } = brief;
  const { settings: eff, findings, citations } = checkBrief(brief, userSettings(doc.uri), ruleOverrides(doc.uri), { analyzer: state.analyzer, ...state.caches });
  const t2 = performance.now();
  // A newer edit or a closed document overtook this run: drop its results.
  if (generation !== state.generation || doc.version !== version || doc.isClosed || !collection) return;
  state.findings = findings;
  state.citations = citations;
  state.version = version;
  const diagnostics = findings.map((f) => toDiagnostic(doc, f, adverseCited(text, f), text, state.names));
  for (const f of citations) diagnostics.push(citationDiagnostic(doc, f));
  if (map.longLines.length) log().info(`${doc.uri.path}: ${map.longLines.length} line(s) longer than 20,000 characters not checked (first: line ${map.longLines[0] + 1}).`);
  for (const p of front.problems) diagnostics.push(frontMatterDiagnostic(doc, p));
  const t3 = performance.now();
  // a keystroke that changes no diagnostic (same places, messages and links: typing in a paragraph with
  // none, on a line of its own) republishes nothing — VS Code would send the whole list to the window again
  const publish = !state.published || !sameDiagnostics(state.published, diagnostics);
  if (publish) {
    collection.set(doc.uri, diagnostics);
    state.published = diagnostics;
  }
  const t4 = performance.now();
  state.lastRunMs = Math.round(t4 - t0);
  state.lastLaps = { brief: t1 - t0, check: t2 - t1, make: t3 - t2, publish: t4 - t3, published: publish, onChange: changeWork(doc.uri.toString(), version) };
  // what the message leaves out: the words that triggered each finding and the sources of each check
  // (made only when the channel shows trace lines: a line per finding on every run costs the keystroke otherwise)
  if (log().logLevel === vscode.LogLevel.Trace) {
    for (const f of findings) log().trace(`${f.rule} at line ${doc.positionAt(f.start).line + 1}: triggered by ${f.triggers.map((t) => `"${t}"`).join(", ")}`);
    for (const f of citations) if (/Source: /.test(f.message)) log().trace(`citation check at line ${doc.positionAt(f.start).line + 1}: ${f.message.slice(f.message.indexOf("Source: "))}`);
  }
  log().debug(
    `diagnostics: ${doc.uri.path}: ${eff.edition} Manual (from ${eff.editionFrom}), circuit ${eff.circuit ?? "not set"} (from ${eff.circuitFrom})` +
      `${front.problems.length ? `, ${front.problems.length} front-matter problem(s)` : ""}; ${findings.length} findings + ${citations.length} citation checks, ` +
      `${state.analyzer.lastRedetected} paragraphs re-read, ${Math.round(performance.now() - t0)} ms`,
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

/** A change to a document: its run scheduled after the debounce (huge files: analysed on save only, so typing stays cheap). */
function onChange(doc: vscode.TextDocument): void {
  const limit = liveAnalysisLimit(doc.uri);
  if (lengthOf(doc) > limit) {
    if (!overLimitLogged.has(doc.uri.toString())) {
      overLimitLogged.add(doc.uri.toString());
      log().info(`${doc.uri.path} is larger than heartland.liveAnalysisLimit (${limit / 1024} KB): checked on open and save only.`);
    }
    return;
  }
  schedule(doc, DEBOUNCE_MS);
}

function forget(doc: vscode.TextDocument): void {
  const key = doc.uri.toString();
  const s = states.get(key);
  if (s?.timer) clearTimeout(s.timer);
  states.delete(key);
  forgetChangeWork(key);
  collection?.delete(doc.uri);
}

/** Hover on a flagged sentence: the full explanation (holding, binding or not, later law, what to argue instead). */
function provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
  const state = states.get(doc.uri.toString());
  if (!state || state.version !== doc.version) return undefined;
  const offset = doc.offsetAt(pos);
  const hits = state.findings.filter((f) => f.start <= offset && offset < f.end);
  if (hits.length === 0) return undefined;
  // On a citation the hover is the provision's text (the findings' messages are shown above it):
  // the full explanation stays on the rest of the sentence, so nothing is said twice.
  if (citationAt(briefOf(doc).citations, offset)) return undefined;
  const md = new vscode.MarkdownString();
  hits.forEach((f, i) => {
    if (i > 0) md.appendMarkdown("\n\n---\n\n");
    md.appendMarkdown(explainFinding(f));
    md.appendMarkdown(`\n\n[Open the rule page](${rulePageLink(f.rule).toString()})`);
  });
  md.isTrusted = { enabledCommands: [OPEN_RULE_PAGE] };
  const first = hits[0];
  return new vscode.Hover(md, new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)));
}

export function registerDiagnostics(context: vscode.ExtensionContext): void {
  extensionUri = context.extensionUri;
  ownWholeFolder = context.extensionMode === vscode.ExtensionMode.Production;
  collection = vscode.languages.createDiagnosticCollection("heartland");
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((doc) => schedule(doc, 0)),
    registerHoverProvider("finding", { provideHover }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const t0 = performance.now();
      carryOver(e);
      onChange(e.document);
      noteChangeWork(e.document.uri.toString(), e.document.version, performance.now() - t0);
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
  for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
  // no brief open yet: the detector's data made now, while the editor is idle, not in the first brief's run
  // (with a brief open its run, scheduled above, makes them anyway: nothing to do then)
  if (!vscode.workspace.textDocuments.some(isBrief)) {
    const timer = setTimeout(() => {
      if (states.size > 0) return;
      const t0 = performance.now();
      try {
        warmUp();
      } catch (e) {
        log().error(`warming up failed: ${(e as Error).message}`);
      }
      warmedMs = performance.now() - t0;
    }, 0);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
}

/** How long warming up took (ms), if it ran (the editor bench reports it). */
let warmedMs: number | undefined;
export function warmUpMs(): number | undefined {
  return warmedMs;
}
