/**
 * Quick fixes for Heartland's foreclosure diagnostics:
 *   Insert the adverse authority   a "But see …" citation sentence after the flagged sentence
 *   Reframe as a § 3553(a) variance (departure-framing) departure words → variance words
 *   Disable for this line           <!-- heartland-disable-next-line RULE --> above the line
 *   Disable for this brief          <!-- heartland-disable RULE --> after the front matter
 *   Open the rule page              docs/rules/<rule>.md
 */
import * as vscode from "vscode";
import { RULE_IDS, type RuleId } from "../core/precedent/types";
import { ruleData } from "../core/precedent/rules";
import { briefOf } from "./briefs";
import { SOURCE, ruleDocUri, citationFindingsFor, findingsFor } from "./diagnostics";
import { ALL_RULE_IDS, CITATION_RULE } from "../core/citations/lint";

const OPEN_RULE_PAGE = "heartland.openRulePage";

function ruleOf(d: vscode.Diagnostic): RuleId | undefined {
  if (d.source !== SOURCE) return undefined;
  const code = typeof d.code === "object" && d.code ? d.code.value : d.code;
  return (RULE_IDS as readonly string[]).includes(String(code)) ? (String(code) as RuleId) : undefined;
}

/** Departure vocabulary → variance vocabulary, longest first; the first letter's case is kept. */
const REFRAME: [string, string][] = [
  ["downward departures", "downward variances"],
  ["downward departure", "downward variance"],
  ["depart downward", "vary downward"],
  ["departing downward", "varying downward"],
  ["departed downward", "varied downward"],
  ["departures", "variances"],
  ["departure", "variance"],
  ["departing", "varying"],
  ["departed", "varied"],
  ["depart", "vary"],
];

/** The sentence with departure words replaced and § 5K2.x / § 5H1.x references pointed at § 3553(a). */
export function reframeAsVariance(sentence: string): string {
  let out = "";
  let i = 0;
  const lower = sentence.toLowerCase();
  while (i < sentence.length) {
    const atWord = i === 0 || !/[A-Za-z]/.test(sentence[i - 1]);
    let done = false;
    if (atWord) {
      for (const [from, to] of REFRAME) {
        if (lower.startsWith(from, i) && !/[A-Za-z]/.test(sentence[i + from.length] ?? " ")) {
          const first = sentence[i];
          out += (first === first.toUpperCase() ? to[0].toUpperCase() : to[0]) + to.slice(1);
          i += from.length;
          done = true;
          break;
        }
      }
      if (!done) {
        // "U.S.S.G. § 5K2.0", "USSG §5H1.6", "§ 5K2.0": the policy statements no longer exist.
        for (const prefix of ["U.S.S.G. § ", "U.S.S.G. §", "USSG § ", "USSG §", "§ ", "§"]) {
          if (!sentence.startsWith(prefix, i)) continue;
          const rest = sentence.slice(i + prefix.length, i + prefix.length + 8);
          const m = /^5(K2|H1)\.\d{1,2}/.exec(rest);
          if (m) {
            out += "18 U.S.C. § 3553(a)";
            i += prefix.length + m[0].length;
            done = true;
          }
          break;
        }
      }
    }
    if (!done) out += sentence[i++];
  }
  return out;
}

/** Line after the front matter (where "Disable for this brief" goes). */
function bodyStartLine(doc: vscode.TextDocument): number {
  const fm = briefOf(doc).map.frontMatter;
  return fm ? doc.positionAt(fm.end).line + 1 : 0;
}

export class HeartlandCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source === SOURCE && typeof d.code === "object" && d.code?.value === CITATION_RULE) {
        actions.push(...this.citationActions(doc, d));
        continue;
      }
      const rule = ruleOf(d);
      if (!rule) continue;
      const data = ruleData(rule);

      if (rule === "departure-framing") {
        const reframe = new vscode.CodeAction("Reframe as a § 3553(a) variance", vscode.CodeActionKind.QuickFix);
        reframe.diagnostics = [d];
        reframe.isPreferred = true;
        reframe.edit = new vscode.WorkspaceEdit();
        reframe.edit.replace(doc.uri, d.range, reframeAsVariance(doc.getText(d.range)));
        actions.push(reframe);
      }

      // The finding's own citation sentence (it follows the brief's circuit, edition and facts);
      // "" means no authority stands against the argument, and a "See …" supports it.
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const finding = findingsFor(doc.uri).find((x) => x.rule === rule && x.start === start && x.end === end);
      const butSee = finding ? finding.butSee : data.butSee;
      const sentence = doc.getText(d.range);
      if (butSee && !sentence.includes(butSee)) {
        const adverse = butSee.startsWith("But see") || butSee.startsWith("Cf.");
        const cite = new vscode.CodeAction(`${adverse ? "Insert the adverse authority" : "Insert the supporting authority"} ("${butSee.slice(0, 60)}…")`, vscode.CodeActionKind.QuickFix);
        cite.diagnostics = [d];
        cite.isPreferred = rule !== "departure-framing";
        cite.edit = new vscode.WorkspaceEdit();
        cite.edit.insert(doc.uri, d.range.end, " " + butSee);
        actions.push(cite);
      }

      actions.push(...this.disableAndOpen(doc, d, rule));
    }
    return actions;
  }

  /** citation-check: write the correct form, then the common disable / rule-page actions. */
  private citationActions(doc: vscode.TextDocument, d: vscode.Diagnostic): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    const f = citationFindingsFor(doc.uri).find((x) => x.start === start && x.end === end && x.message === d.message);
    if (f?.fix) {
      const fix = new vscode.CodeAction(f.fix.title, vscode.CodeActionKind.QuickFix);
      fix.diagnostics = [d];
      fix.isPreferred = true;
      fix.edit = new vscode.WorkspaceEdit();
      fix.edit.replace(doc.uri, new vscode.Range(doc.positionAt(f.fix.start), doc.positionAt(f.fix.end)), f.fix.newText);
      out.push(fix);
    }
    out.push(...this.disableAndOpen(doc, d, CITATION_RULE));
    return out;
  }

  private disableAndOpen(doc: vscode.TextDocument, d: vscode.Diagnostic, rule: string): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const line = new vscode.CodeAction(`Disable ${rule} for this line`, vscode.CodeActionKind.QuickFix);
    line.diagnostics = [d];
    line.edit = new vscode.WorkspaceEdit();
    const lineStart = new vscode.Position(d.range.start.line, 0);
    const indent = /^[ \t]*/.exec(doc.lineAt(d.range.start.line).text)?.[0] ?? "";
    line.edit.insert(doc.uri, lineStart, `${indent}<!-- heartland-disable-next-line ${rule} -->\n`);
    actions.push(line);

    const brief = new vscode.CodeAction(`Disable ${rule} for this brief`, vscode.CodeActionKind.QuickFix);
    brief.diagnostics = [d];
    brief.edit = new vscode.WorkspaceEdit();
    brief.edit.insert(doc.uri, new vscode.Position(bodyStartLine(doc), 0), `<!-- heartland-disable ${rule} -->\n`);
    actions.push(brief);

    const open = new vscode.CodeAction(`Open the rule page for ${rule}`, vscode.CodeActionKind.QuickFix);
    open.diagnostics = [d];
    open.command = { command: OPEN_RULE_PAGE, title: "Open the rule page", arguments: [rule] };
    actions.push(open);
    return actions;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: "markdown" }, new HeartlandCodeActions(), {
      providedCodeActionKinds: HeartlandCodeActions.kinds,
    }),
    vscode.commands.registerCommand(OPEN_RULE_PAGE, async (rule: string) => {
      if (!ALL_RULE_IDS.includes(rule)) return;
      const uri = ruleDocUri(rule);
      try {
        await vscode.commands.executeCommand("markdown.showPreview", uri);
      } catch {
        await vscode.window.showTextDocument(uri, { preview: true });
      }
    }),
  );
}
