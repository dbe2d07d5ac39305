import * as vscode from "vscode";
import { buildTableOfAuthorities } from "../core/toa";
import type { UncertainCitation } from "../core/citations/cases";
import { log } from "./log";
import { registerCommand, type CommandId } from "./routes";

export const INSERT_TOA_COMMAND = "heartland.insertTableOfAuthorities" satisfies CommandId;

/**
 * Heartland: Insert Table of Authorities — one edit: replaces the previous table (between the
 * heartland-toa markers) in place, or inserts a new one at the cursor.
 */
export async function insertTableOfAuthorities(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): Promise<boolean> {
  if (!editor || editor.document.languageId !== "markdown") {
    void vscode.window.showInformationMessage("Open a Markdown brief to insert a table of authorities.");
    return false;
  }
  const doc = editor.document;
  const uncertain: UncertainCitation[] = [];
  const r = buildTableOfAuthorities(doc.getText(), doc.offsetAt(editor.selection.active), uncertain);
  const range = new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
  const ok = await editor.edit((b) => b.replace(range, r.newText));
  log().info(`table of authorities ${r.replaced ? "replaced" : "inserted"}: ${r.entries.length} authorities`);
  for (const u of uncertain) {
    const pos = doc.positionAt(u.start);
    log().info(`table of authorities: left out (line ${pos.line + 1}, column ${pos.character + 1}): ${u.reason}`);
  }
  return ok;
}

export function registerTableOfAuthorities(context: vscode.ExtensionContext): void {
  context.subscriptions.push(registerCommand(INSERT_TOA_COMMAND, () => insertTableOfAuthorities()));
}
