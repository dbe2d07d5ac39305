/**
 * Quick fixes for Heartland's diagnostics, few and always in the same order:
 *   1. the fix of each finding: Reframe as a § 3553(a) variance (departure-framing), Insert the
 *      adverse authority (a "But see …" sentence after the flagged sentence; not offered once it
 *      is there, and a command that checks again when applied, so it never inserts twice), or
 *      the citation check's correction;
 *   2. per rule, once: Disable for this line, Disable for this brief;
 *   3. per rule, once: Open the rule page (a read-only preview).
 */
import * as vscode from "vscode";
import { RULE_IDS, type RuleId } from "../core/precedent/types";
import { ruleData } from "../core/precedent/rules";
import { varianceReframeFor } from "../core/precedent/reframe";
import { briefOf } from "./briefs";
import { SOURCE, ruleDocUri, citationFindingsFor, findingsFor, adverseCited, OPEN_RULE_PAGE } from "./diagnostics";
import { ALL_RULE_IDS, CITATION_RULE } from "../core/citations/lint";
import { log } from "./log";
import { registerCodeActionsProvider, registerCommand, type CommandId } from "./routes";

export const INSERT_ADVERSE = "heartland.insertAdverseAuthority" satisfies CommandId;

function ruleOf(d: vscode.Diagnostic): RuleId | undefined {
  if (d.source !== SOURCE) return undefined;
  const code = typeof d.code === "object" && d.code ? d.code.value : d.code;
  return (RULE_IDS as readonly string[]).includes(String(code)) ? (String(code) as RuleId) : undefined;
}

/** Line after the front matter (where "Disable for this brief" goes). */
function bodyStartLine(doc: vscode.TextDocument): number {
  const fm = briefOf(doc).map.frontMatter;
  return fm ? doc.positionAt(fm.end).line + 1 : 0;
}

/** The rule's name as a lawyer reads it ("Fast-track (early-disposition) disparity", "Citation check"). */
export function ruleTitle(rule: string): string {
  if ((RULE_IDS as readonly string[]).includes(rule)) return ruleData(rule as RuleId).title;
  return rule === CITATION_RULE ? "Citation check" : rule;
}

/** The authority the "But see" sentence leads with, for the quick fix's title ("Banuelos-Rodriguez", "28 U.S.C. § 994(t)"). */
export function leadAuthority(butSee: string): string {
  const body = butSee.replace(/^(?:But see|See|Cf\.)\s+/, "").replace(/^United States v\. /, "");
  const cut = Math.min(...[", ", " (", "; "].map((t) => (body.indexOf(t) < 0 ? Infinity : body.indexOf(t))));
  return body.slice(0, cut).replace(/\.$/, "");
}

export class HeartlandCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixes: vscode.CodeAction[] = [];
    const rules: { rule: string; d: vscode.Diagnostic }[] = [];
    // diagnostics in document order, so the menu reads the same each time
    const diags = [...context.diagnostics].filter((d) => d.source === SOURCE).sort((a, b) => a.range.start.compareTo(b.range.start) || String(codeOf(a)).localeCompare(String(codeOf(b))));
    for (const d of diags) {
      if (codeOf(d) === CITATION_RULE) {
        fixes.push(...this.citationFix(doc, d));
        if (!rules.some((r) => r.rule === CITATION_RULE)) rules.push({ rule: CITATION_RULE, d });
        continue;
      }
      const rule = ruleOf(d);
      if (!rule) continue;

      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const finding = findingsFor(doc.uri).find((x) => x.rule === rule && x.start === start && x.end === end);

      // only the party's own request words ("depart downward" → "vary downward"), never a citation, "voluntary
      // departure" or what a cited court did; never the government's words or a filing of the government, a request
      // of the past, or one under a guideline provision (audit 14 D8: `varianceReframeFor` decides from the finding's
      // trace and the front matter's `document:`); no request recognised with certainty, no rewrite. One
      // WorkspaceEdit: one undo step, and nothing outside the replaced words is written.
      const edits = rule === "departure-framing" && finding ? varianceReframeFor(doc.getText(d.range), finding, briefOf(doc).front.document) : [];
      if (edits.length) {
        const reframe = new vscode.CodeAction("Reframe as a § 3553(a) variance", vscode.CodeActionKind.QuickFix);
        reframe.diagnostics = [d];
        reframe.isPreferred = true;
        reframe.edit = new vscode.WorkspaceEdit();
        const base = doc.offsetAt(d.range.start);
        for (const e of edits) reframe.edit.replace(doc.uri, new vscode.Range(doc.positionAt(base + e.start), doc.positionAt(base + e.end)), e.newText);
        fixes.push(reframe);
      }

      // The finding's own citation sentence (it follows the brief's circuit, edition and facts);
      // "" means no authority stands against the argument, and a "See …" supports it.
      // no finding at this range (the diagnostics are from an older run): no sentence, never the rule's default,
      // which may lead with another circuit's case (audit 14 D9)
      const butSee = finding ? finding.butSee : "";
      if (butSee && !adverseCited(doc.getText(), { end, butSee }) && !fixes.some((f) => f.command?.command === INSERT_ADVERSE && f.command.arguments?.[3] === end)) {
        const adverse = butSee.startsWith("But see") || butSee.startsWith("Cf.");
        const cite = new vscode.CodeAction(`${adverse ? "Insert the adverse authority" : "Insert the supporting authority"} (${leadAuthority(butSee)})`, vscode.CodeActionKind.QuickFix);
        cite.diagnostics = [d];
        cite.isPreferred = rule !== "departure-framing";
        cite.command = { command: INSERT_ADVERSE, title: cite.title, arguments: [doc.uri.toString(), rule, start, end, doc.getText(d.range), butSee] };
        fixes.push(cite);
      }
      if (!rules.some((r) => r.rule === rule)) rules.push({ rule, d });
    }
    const disables = rules.flatMap(({ rule, d }) => this.disable(doc, d, rule));
    const pages = rules.map(({ rule, d }) => this.openPage(d, rule));
    return [...fixes, ...disables, ...pages];
  }

  /** citation-check: write the correct form. */
  private citationFix(doc: vscode.TextDocument, d: vscode.Diagnostic): vscode.CodeAction[] {
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    const f = citationFindingsFor(doc.uri).find((x) => x.start === start && x.end === end);
    if (!f?.fix) return [];
    const fix = new vscode.CodeAction(f.fix.title, vscode.CodeActionKind.QuickFix);
    fix.diagnostics = [d];
    fix.isPreferred = true;
    fix.edit = new vscode.WorkspaceEdit();
    fix.edit.replace(doc.uri, new vscode.Range(doc.positionAt(f.fix.start), doc.positionAt(f.fix.end)), f.fix.newText);
    return [fix];
  }

  private disable(doc: vscode.TextDocument, d: vscode.Diagnostic, rule: string): vscode.CodeAction[] {
    const name = ruleTitle(rule);
    const line = new vscode.CodeAction(`Disable for this line: ${name}`, vscode.CodeActionKind.QuickFix);
    line.diagnostics = [d];
    line.edit = new vscode.WorkspaceEdit();
    const lineStart = new vscode.Position(d.range.start.line, 0);
    const indent = /^[ \t]*/.exec(doc.lineAt(d.range.start.line).text)?.[0] ?? "";
    line.edit.insert(doc.uri, lineStart, `${indent}<!-- heartland-disable-next-line ${rule} -->\n`);

    const brief = new vscode.CodeAction(`Disable for this brief: ${name}`, vscode.CodeActionKind.QuickFix);
    brief.diagnostics = [d];
    brief.edit = new vscode.WorkspaceEdit();
    brief.edit.insert(doc.uri, new vscode.Position(bodyStartLine(doc), 0), `<!-- heartland-disable ${rule} -->\n`);
    return [line, brief];
  }

  private openPage(d: vscode.Diagnostic, rule: string): vscode.CodeAction {
    const open = new vscode.CodeAction(`Open the rule page: ${ruleTitle(rule)}`, vscode.CodeActionKind.QuickFix);
    open.diagnostics = [d];
    open.command = { command: OPEN_RULE_PAGE, title: "Open the rule page", arguments: [rule] };
    return open;
  }
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === "object" && d.code ? d.code.value : d.code);
}

/**
 * Applies "Insert the adverse authority" against the document as it is now: nothing when the
 * sentence moved or changed, or when the "But see" sentence already follows it.
 */
async function insertAdverseAuthority(uri: string, rule: RuleId, start: number, end: number, sentence: string, citation?: string): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const text = doc.getText();
  if (text.slice(start, end) !== sentence) {
    void vscode.window.showWarningMessage("The sentence has changed since this quick fix was offered. Nothing was inserted; open the light bulb again.");
    return false;
  }
  // only the finding's own sentence, never the rule's default (which may lead with another circuit's case: audit 14 D9)
  const butSee = citation ?? "";
  if (!butSee) return false;
  if (adverseCited(text, { end, butSee })) {
    void vscode.window.showInformationMessage("The authority is already cited after this sentence.");
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(end), " " + butSee);
  const ok = await vscode.workspace.applyEdit(edit);
  log().info(`adverse authority for ${rule} ${ok ? "inserted" : "not inserted"} at line ${doc.positionAt(end).line + 1}`);
  return ok;
}

export function registerCodeActions(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerCodeActionsProvider(new HeartlandCodeActions()),
    registerCommand(INSERT_ADVERSE, insertAdverseAuthority),
    registerCommand(OPEN_RULE_PAGE, async (rule: string) => {
      if (!ALL_RULE_IDS.includes(rule)) return;
      const uri = ruleDocUri(rule);
      // a preview, never an editable copy of the installed page (and Heartland never analyses it)
      try {
        await vscode.commands.executeCommand("markdown.showPreview", uri);
      } catch {
        await vscode.window.showTextDocument(uri, { preview: true });
        await vscode.commands.executeCommand("workbench.action.files.setActiveEditorReadonlyInSession");
      }
    }),
  );
}
