import * as vscode from "vscode";
import { circuitName, CIRCUITS, FIRST_EDITION, LATEST_EDITION } from "../core/settings";
import { briefOf } from "./briefs";
import { userSettings, liveAnalysisLimit } from "./settings";

/**
 * A language status item for Markdown briefs: the Manual edition and circuit in force and
 * where each comes from. Its commands change the settings.
 */
export function registerStatus(context: vscode.ExtensionContext): void {
  const item = vscode.languages.createLanguageStatusItem("heartland.status", { language: "markdown" });
  item.name = "Heartland";
  context.subscriptions.push(item);

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== "markdown") return;
    const s = briefOf(editor.document).settings(userSettings(editor.document.uri));
    const large = editor.document.getText().length > liveAnalysisLimit(editor.document.uri);
    item.text = `$(law) ${s.edition} Manual · ${s.circuit ? circuitName(s.circuit) : "no circuit"}${large ? " · checked on save" : ""}`;
    item.detail = `Guidelines Manual from ${s.editionFrom}; circuit from ${s.circuitFrom}${large ? "; larger than heartland.liveAnalysisLimit, so checked on open and save only" : ""}`;
    item.command = { title: "Change edition", command: "heartland.selectManual" };
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("heartland")) update();
    }),
    vscode.commands.registerCommand("heartland.selectManual", async () => {
      const years: string[] = ["latest"];
      for (let y = LATEST_EDITION; y >= FIRST_EDITION; y--) years.push(String(y));
      const pick = await vscode.window.showQuickPick(
        years.map((y) => ({ label: y, description: y === "latest" ? `the ${LATEST_EDITION} Manual` : `Manual in force on Nov. 1, ${y}` })),
        { title: "Heartland: Guidelines Manual edition (a brief's front matter `guidelines-manual:` overrides this)" },
      );
      if (pick) await vscode.workspace.getConfiguration("heartland").update("guidelinesManual", pick.label, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand("heartland.selectCircuit", async () => {
      const pick = await vscode.window.showQuickPick(
        [{ label: "", description: "not set" }, ...CIRCUITS.map((c) => ({ label: c, description: circuitName(c) }))],
        { title: "Heartland: circuit (a brief's front matter `circuit:` overrides this)" },
      );
      if (pick) await vscode.workspace.getConfiguration("heartland").update("circuit", pick.label, vscode.ConfigurationTarget.Global);
    }),
  );
  update();
}
