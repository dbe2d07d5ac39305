import * as vscode from "vscode";
import { KNOWN_CASES, citationSnippets, type CitationSnippet } from "../core/citations/cases";

/**
 * Citation completions in citation context (Markdown has quick suggestions off by default, so
 * these are offered on trigger characters): after `v. ` the known cases with that party name,
 * after `U.S.S.G. §` the guideline citations, after a signal (`See `, `Cf. `, …) every citation
 * snippet. The same texts as snippets/markdown.json (both come from citationSnippets()).
 */

const SIGNAL_BEFORE = /(?:^|[\s(*_])(?:See|see|See also|see also|Cf\.|cf\.|But see|but see|But cf\.|See generally|see generally|Accord|accord|Contra|Compare|compare|See, e\.g\.,|see, e\.g\.,|E\.g\.,|e\.g\.,)[*_]{0,2}[ ]$/;
const GUIDELINE_BEFORE = /(?:U\.S\.S\.G\.|USSG)[ ]?§[ ]?$/;
const VERSUS_BEFORE = /(?:^|[\s(*_])([A-Z][A-Za-z.'’-]{0,40}(?: [A-Z][A-Za-z.'’-]{0,40}){0,3}) v\.[ ]?$/;

/** What a snippet body inserts with every default accepted (for labels and filtering). */
export function plainText(body: string): string {
  return body
    .replace(/\$\{\d+:([^}]*)\}/g, "$1")
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, "$1")
    .replace(/\$\{\d+\}|\$\d+/g, "")
    .replace(/\\([$}\\,|])/g, "$1");
}

function item(s: CitationSnippet, range: vscode.Range): vscode.CompletionItem {
  const body = s.body;
  const label = plainText(s.body);
  const it = new vscode.CompletionItem({ label, description: s.kind === "case-parenthetical" ? "with parenthetical" : s.kind === "case-short" ? "short form" : undefined }, vscode.CompletionItemKind.Reference);
  it.insertText = new vscode.SnippetString(body);
  it.range = range;
  it.filterText = plainText(body);
  it.detail = "Heartland — verified citation";
  it.documentation = new vscode.MarkdownString().appendText(s.description);
  it.sortText = `${s.kind === "case-full" ? 0 : s.kind === "case-parenthetical" ? 1 : 2}${label}`;
  return it;
}

/** Completions for the text of a line before the cursor; `cursor` is the cursor position. */
export function citationCompletions(linePrefix: string, cursor: vscode.Position): vscode.CompletionItem[] {
  const snippets = citationSnippets();
  const v = VERSUS_BEFORE.exec(linePrefix);
  if (v) {
    const party = v[1];
    const start = cursor.character - (linePrefix.length - linePrefix.lastIndexOf(party + " v."));
    const range = new vscode.Range(cursor.line, start, cursor.line, cursor.character);
    const ids = new Set(KNOWN_CASES.filter((k) => k.name.startsWith(`${party} v. `)).map((k) => k.id));
    return snippets.filter((s) => s.caseId && ids.has(s.caseId) && s.kind !== "case-short").map((s) => item(s, range));
  }
  const g = GUIDELINE_BEFORE.exec(linePrefix);
  if (g) {
    const start = cursor.character - g[0].length;
    const range = new vscode.Range(cursor.line, start, cursor.line, cursor.character);
    return snippets.filter((s) => s.kind === "guideline").map((s) => item(s, range));
  }
  if (SIGNAL_BEFORE.test(linePrefix)) {
    const range = new vscode.Range(cursor, cursor);
    return snippets.filter((s) => s.kind !== "suppression" && s.kind !== "signal").map((s) => item(s, range));
  }
  return [];
}

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] | undefined {
    const prefix = doc.lineAt(pos.line).text.slice(0, pos.character);
    const items = citationCompletions(prefix, pos);
    return items.length ? items : undefined;
  }
}

export function registerCompletion(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: "markdown" }, new CitationCompletionProvider(), " ", "§", "."));
}
