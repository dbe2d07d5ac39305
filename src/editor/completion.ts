import * as vscode from "vscode";
import { registerCompletionItemProvider } from "./routes";
import { KNOWN_CASES, citationSnippets, snippetDetail, type CitationSnippet } from "../core/citations/cases";

/**
 * Citation completions in citation context (Markdown has quick suggestions off by default, so
 * these are offered on trigger characters): after `v. ` the known cases with that party name,
 * after `U.S.S.G. §` the guideline citations, after a signal (`See `, `Cf. `, …) every citation
 * snippet. The same texts as snippets/markdown.json (both come from citationSnippets()).
 */

const SIGNAL_BEFORE = /(?:^|[\s(*_])(?:See|see|See also|see also|Cf\.|cf\.|But see|but see|But cf\.|See generally|see generally|Accord|accord|Contra|Compare|compare|See, e\.g\.,|see, e\.g\.,|E\.g\.,|e\.g\.,)[*_]{0,2}[ ]$/;
const GUIDELINE_BEFORE = /(?:U\.S\.S\.G\.|USSG)[ ]?§[ ]?$/;

/** What a snippet body inserts with every default accepted (for labels and filtering). */
export function plainText(body: string): string {
  // a hand scanner over the snippet syntax Heartland's snippets use: $n, ${n}, ${n:default}, ${n|a,b|}
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      out += body[++i] ?? "";
      continue;
    }
    if (c !== "$") {
      out += c;
      continue;
    }
    let j = i + 1;
    if (body[j] !== "{") {
      while (j < body.length && body[j] >= "0" && body[j] <= "9") j++;
      i = j - 1;
      continue;
    }
    j++;
    while (j < body.length && body[j] >= "0" && body[j] <= "9") j++;
    const kind = body[j];
    let text = "";
    let first = true;
    j++;
    if (kind === ":" || kind === "|") {
      for (; j < body.length; j++) {
        const d = body[j];
        if (d === "\\") {
          if (first) text += body[j + 1] ?? "";
          j++;
        } else if (kind === ":" && d === "}") break;
        else if (kind === "|" && d === "|" && body[j + 1] === "}") {
          j++;
          break;
        } else if (kind === "|" && d === ",") first = false;
        else if (first) text += d;
      }
    } else j--; // "${1}"
    out += text;
    i = j;
  }
  return out;
}

/**
 * "… United States v. " at the end of the line: the known cases whose name starts with the
 * words before "v." (the longest run of up to four words that names one), and where it starts.
 */
export function versusBefore(linePrefix: string): { start: number; ids: Set<string> } | undefined {
  const trimmed = linePrefix.endsWith(" ") ? linePrefix.slice(0, -1) : linePrefix;
  if (!trimmed.endsWith(" v.")) return undefined;
  const head = trimmed.slice(0, -3);
  const words: { text: string; start: number }[] = [];
  let end = head.length;
  while (words.length < 4 && end > 0) {
    let start = end;
    while (start > 0 && head[start - 1] !== " ") start--;
    let w = head.slice(start, end);
    let ws = start;
    while (w.startsWith("*") || w.startsWith("_") || w.startsWith("(")) {
      w = w.slice(1);
      ws++;
    }
    if (!w) break;
    words.unshift({ text: w, start: ws });
    end = start - 1;
  }
  for (let i = 0; i < words.length; i++) {
    const party = words.slice(i).map((w) => w.text).join(" ");
    const ids = new Set(KNOWN_CASES.filter((k) => k.name.startsWith(`${party} v. `)).map((k) => k.id));
    if (ids.size) return { start: words[i].start, ids };
  }
  return undefined;
}

function item(s: CitationSnippet, range: vscode.Range): vscode.CompletionItem {
  const body = s.body;
  const label = plainText(s.body);
  const it = new vscode.CompletionItem({ label, description: s.kind === "case-parenthetical" ? "with parenthetical" : s.kind === "case-short" ? "short form" : undefined }, vscode.CompletionItemKind.Reference);
  it.insertText = new vscode.SnippetString(body);
  it.range = range;
  it.filterText = plainText(body);
  it.detail = snippetDetail(s);
  it.documentation = new vscode.MarkdownString().appendText(s.description);
  it.sortText = `${s.kind === "case-full" ? 0 : s.kind === "case-parenthetical" ? 1 : 2}${label}`;
  return it;
}

/** Completions for the text of a line before the cursor; `cursor` is the cursor position. */
export function citationCompletions(linePrefix: string, cursor: vscode.Position): vscode.CompletionItem[] {
  const snippets = citationSnippets();
  const v = versusBefore(linePrefix);
  if (v) {
    const range = new vscode.Range(cursor.line, cursor.character - (linePrefix.length - v.start), cursor.line, cursor.character);
    return snippets.filter((s) => s.caseId && v.ids.has(s.caseId) && s.kind !== "case-short").map((s) => item(s, range));
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
  context.subscriptions.push(registerCompletionItemProvider(new CitationCompletionProvider()));
}
