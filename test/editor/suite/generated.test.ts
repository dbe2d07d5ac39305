// Heartland never flags its own text: an inserted range block for another edition, an inserted
// table of authorities. The brief around them is still checked (the control in each test).
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activeExtension, waitFor } from "./helpers";

const FRONT = "---\nguidelines-manual: 2025\ncircuit: 9\n---\n\n# Memorandum\n\n";
const DEPART = "He asks the Court to depart downward under §5K2.0 because of his family circumstances.";
// 2010 Manual: §2L1.2(b)(1)(C) exists there, not in the 2025 Manual the brief names.
const INPUT_2010 = { manual: 2010, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(C)"], acceptance: 3, earlyDisposition: 0, criminalHistory: { category: "IV" } };

function heartland(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Heartland");
}

async function brief(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: text });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Reverts and closes the active untitled brief, and waits until the extension host has dropped it (its name is reused). */
async function discard(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  if (doc) await waitFor(() => doc.isClosed, 5_000);
}

/** Lines [first, last] of the text between `open` and `close` (inclusive). */
function linesOf(doc: vscode.TextDocument, open: string, close: string): [number, number] {
  const t = doc.getText();
  const s = t.indexOf(open);
  const e = t.indexOf(close, s);
  assert.ok(s >= 0 && e > s, `${open} … ${close} not found`);
  return [doc.positionAt(s).line, doc.positionAt(e).line];
}

describe("Heartland never flags its own blocks", function () {
  this.timeout(30_000);

  before(async () => {
    await brief("# warm-up\n");
    await activeExtension();
    await discard();
  });

  after(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("a range block inserted for the 2010 Manual in a 2025 brief gets no diagnostic; the brief's own §5K2.0 does", async () => {
    const editor = await brief(FRONT + DEPART + "\n\n");
    try {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      const inserted = await vscode.commands.executeCommand<string>("heartland.insertRange", { input: INPUT_2010 });
      assert.ok(inserted?.includes("§2L1.2(b)(1)(C)"), inserted);
      assert.ok(inserted.includes("2010 Guidelines Manual"), inserted);
      const uri = editor.document.uri;
      // the brief's own sentence is flagged (departure framing, §5K2.0 deleted): the analysis ran on this version
      const got = await waitFor(() => {
        const d = heartland(uri);
        return d.some((x) => x.range.start.line === 7) && d.some((x) => String(typeof x.code === "object" ? x.code.value : x.code) === "citation-check") ? d : undefined;
      }, 10_000);
      assert.ok(got, `the brief's own sentence was not analysed: ${heartland(uri).map((d) => `${d.range.start.line}: ${d.message}`).join(" | ")}\n${editor.document.getText().slice(0, 400)}`);
      await new Promise((r) => setTimeout(r, 800)); // a late run on the block would land here
      const [first, last] = linesOf(editor.document, "<!-- heartland-range", "<!-- /heartland-range -->");
      const inBlock = heartland(uri).filter((d) => d.range.start.line >= first && d.range.start.line <= last);
      assert.deepEqual(inBlock.map((d) => `${d.range.start.line}: ${d.message}`), []);
    } finally {
      await discard();
    }
  });

  it("an inserted table of authorities gets no diagnostic; the brief's own §5K2.0 does", async () => {
    const editor = await brief(FRONT + DEPART + "\n");
    try {
      const uri = editor.document.uri;
      const at = new vscode.Position(6, 0);
      editor.selection = new vscode.Selection(at, at); // above the text
      await vscode.commands.executeCommand("heartland.insertTableOfAuthorities");
      assert.ok(await waitFor(() => editor.document.getText().includes("<!-- /heartland-toa -->"), 5_000), "no table inserted");
      assert.ok(editor.document.getText().includes("§ 5K2.0"), editor.document.getText());
      const [first, last] = linesOf(editor.document, "<!-- heartland-toa -->", "<!-- /heartland-toa -->");
      const own = await waitFor(() => heartland(uri).find((d) => d.range.start.line > last && String(typeof d.code === "object" ? d.code.value : d.code) === "citation-check"), 10_000);
      assert.ok(own, "the brief's own §5K2.0 is not flagged");
      await new Promise((r) => setTimeout(r, 800));
      const inTable = heartland(uri).filter((d) => d.range.start.line >= first && d.range.start.line <= last);
      assert.deepEqual(inTable.map((d) => `${d.range.start.line}: ${d.message}`), []);
    } finally {
      await discard();
    }
  });
});
