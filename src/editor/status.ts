import * as vscode from "vscode";
import { circuitName, CIRCUITS, FIRST_EDITION, LATEST_EDITION, type Circuit } from "../core/settings";
import { unverifiedNote } from "../core/guidelines/editions";
import { setFrontMatterKey } from "../core/brief/frontmatterEdit";
import { briefOf, carryOver, lengthOf, settingsOf } from "./briefs";
import { userSettings, liveAnalysisLimit } from "./settings";
import { registerCommand } from "./routes";
import { noteChangeWork } from "./changeWork";

const MANUAL_KEYS = ["guidelines_manual", "guidelinesmanual", "manual"];

/** The active Markdown brief, if any. */
function activeBrief(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  return e && e.document.languageId === "markdown" ? e : undefined;
}

/**
 * Sets the value where it takes effect: the brief's front matter when it has one (which
 * overrides the setting), else the user setting. Says which it changed.
 */
async function apply(key: "guidelines-manual" | "circuit", setting: "guidelinesManual" | "circuit", value: string | undefined, words: string): Promise<void> {
  const editor = activeBrief();
  const fm = editor ? briefOf(editor.document).map.frontMatter : undefined;
  if (editor && fm) {
    const doc = editor.document;
    const e = setFrontMatterKey(doc.getText(), fm, key, value, key === "guidelines-manual" ? MANUAL_KEYS : []);
    if (e) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
      await vscode.workspace.applyEdit(edit);
    }
    void vscode.window.showInformationMessage(value === undefined ? `Removed the ${key} line from this brief's front matter: ${words}.` : `Set ${key}: ${value} in this brief's front matter: ${words}.`);
    return;
  }
  await vscode.workspace.getConfiguration("heartland").update(setting, value ?? "", vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(`Heartland now uses ${words} for briefs whose front matter does not name one.`);
}

/**
 * A language status item for Markdown briefs: the Manual edition and circuit in force and
 * where each comes from. Its commands change the brief's front matter (when it has one) or the
 * settings.
 */
export function registerStatus(context: vscode.ExtensionContext): void {
  const item = vscode.languages.createLanguageStatusItem("heartland.status", { language: "markdown" });
  item.name = "Heartland";
  context.subscriptions.push(item);

  const update = () => {
    const editor = activeBrief();
    if (!editor) return;
    // the settings from the front matter alone and the length without the text: this runs on every keystroke
    // (carried over from the last version when the change lies past the front matter)
    const s = settingsOf(editor.document, userSettings(editor.document.uri));
    const large = lengthOf(editor.document) > liveAnalysisLimit(editor.document.uri);
    item.text = `$(law) ${s.edition} Manual${unverifiedNote(s.edition) ? " (text unverified)" : ""} · ${s.circuit ? circuitName(s.circuit) : "no circuit"}${large ? " · checked on save" : ""}`;
    item.detail = `${s.edition} Guidelines Manual: ${s.editionReason}; circuit from the ${s.circuitFrom}${large ? "; a large brief, so checked when opened and saved" : ""}`;
    item.command = { title: "Change edition", command: "heartland.selectManual" };
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document) return;
      const t0 = performance.now();
      // the front matter and the length carried over where the change cannot have altered them (no read of the text)
      carryOver(e);
      update();
      noteChangeWork(e.document.uri.toString(), e.document.version, performance.now() - t0);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("heartland")) update();
    }),
    registerCommand("heartland.selectManual", async () => {
      const editor = activeBrief();
      const inFront = editor ? briefOf(editor.document).map.frontMatter !== undefined : false;
      const current = editor ? briefOf(editor.document).settings(userSettings(editor.document.uri)).edition : undefined;
      const items: (vscode.QuickPickItem & { value: string })[] = [{ label: "Latest", description: `the ${LATEST_EDITION} Manual, and later ones as Heartland adds them`, detail: unverifiedNote(LATEST_EDITION) || undefined, value: "latest" }];
      for (let y = LATEST_EDITION; y >= FIRST_EDITION; y--) items.push({ label: String(y), description: `Manual in force on Nov. 1, ${y}${y === current ? " (in use)" : ""}`, detail: unverifiedNote(y) || undefined, value: String(y) });
      const pick = await vscode.window.showQuickPick(items, {
        title: inFront ? "Guidelines Manual edition for this brief (written to its front matter)" : "Guidelines Manual edition (user setting)",
        placeHolder: "Select the edition",
      });
      if (!pick) return;
      await apply("guidelines-manual", "guidelinesManual", pick.value, pick.value === "latest" ? `the latest Manual (${LATEST_EDITION})` : `the ${pick.value} Manual`);
    }),
    registerCommand("heartland.selectCircuit", async () => {
      const editor = activeBrief();
      const inFront = editor ? briefOf(editor.document).map.frontMatter !== undefined : false;
      const items: (vscode.QuickPickItem & { value: Circuit | undefined })[] = [{ label: "Not set", description: "no precedent treated as binding", value: undefined }, ...CIRCUITS.map((c) => ({ label: circuitName(c), value: c }))];
      const pick = await vscode.window.showQuickPick(items, {
        title: inFront ? "Circuit for this brief (written to its front matter)" : "Circuit (user setting)",
        placeHolder: "Select the circuit whose precedent binds the brief",
      });
      if (!pick) return;
      await apply("circuit", "circuit", pick.value, pick.value ? `the ${circuitName(pick.value)}` : "no circuit");
    }),
  );
  update();
}
