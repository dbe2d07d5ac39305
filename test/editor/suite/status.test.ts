// The edition and circuit commands change what takes effect: the brief's front matter when it has
// one (it overrides the settings), else the user setting.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activeExtension, waitFor } from "./helpers";

const pause = () => new Promise((r) => setTimeout(r, 600));

async function pickNth(command: string, n: number): Promise<void> {
  const done = vscode.commands.executeCommand(command);
  await pause();
  for (let i = 0; i < n; i++) await vscode.commands.executeCommand("workbench.action.quickOpenSelectNext");
  await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
  await done;
}

describe("edition and circuit commands", function () {
  this.timeout(30_000);

  after(async () => {
    await vscode.workspace.getConfiguration("heartland").update("guidelinesManual", undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("Select Guidelines Manual Edition writes the brief's front matter, not the setting", async () => {
    const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "---\ntitle: Memo\nguidelines-manual: 2025\n---\n\n# Memo\n" });
    await vscode.window.showTextDocument(doc, { preview: false });
    await activeExtension();
    await pickNth("heartland.selectManual", 11); // Latest, 2026, 2025, 2024, …: the 12th item is 2016
    assert.ok(await waitFor(() => doc.getText().includes("guidelines-manual: 2016"), 5_000), doc.getText());
    assert.equal(doc.getText(), "---\ntitle: Memo\nguidelines-manual: 2016\n---\n\n# Memo\n");
    assert.equal(vscode.workspace.getConfiguration("heartland").get("guidelinesManual"), "latest", "the setting is unchanged");
  });

  it("Select Circuit adds circuit: to the front matter; a brief without front matter changes the setting", async () => {
    const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "---\ntitle: Memo\n---\n\n# Memo\n" });
    await vscode.window.showTextDocument(doc, { preview: false });
    await pickNth("heartland.selectCircuit", 9); // Not set, 1st, …, 9th
    assert.ok(await waitFor(() => doc.getText().includes("circuit: 9"), 5_000), doc.getText());
    assert.equal(doc.getText(), "---\ntitle: Memo\ncircuit: 9\n---\n\n# Memo\n");

    const plain = await vscode.workspace.openTextDocument({ language: "markdown", content: "# No front matter\n" });
    await vscode.window.showTextDocument(plain, { preview: false });
    await pickNth("heartland.selectManual", 3); // Latest, 2026, 2025, 2024
    assert.ok(await waitFor(() => vscode.workspace.getConfiguration("heartland").get("guidelinesManual") === "2024", 5_000));
    assert.equal(plain.getText(), "# No front matter\n");
  });
});
