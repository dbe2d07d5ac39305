import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activeExtension, waitFor } from "./helpers";

let counter = 0;

/**
 * Opens a new untitled Markdown document (a fresh URI each time, so that a document being
 * closed by the previous test is never reused) with `content`, cursor at `cursor` (default: end).
 */
async function openMarkdown(content: string, cursor = content.length): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: "untitled", path: `/heartland-citations-${Date.now()}-${++counter}.md` });
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (doc.languageId !== "markdown") await vscode.languages.setTextDocumentLanguage(doc, "markdown");
  if (content) await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  assert.equal(editor.document.getText(), content);
  const pos = editor.document.positionAt(cursor);
  editor.selection = new vscode.Selection(pos, pos);
  return vscode.window.activeTextEditor ?? editor;
}

async function closeActive(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  if (doc) await waitFor(() => doc.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document === doc), 5_000);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === "string" ? item.label : item.label.label;
}

async function completionsAt(editor: vscode.TextEditor, trigger: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", editor.document.uri, editor.selection.active, trigger);
  return list?.items ?? [];
}

const BANUELOS = "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc)";

describe("citations: snippets, completion, table of authorities", () => {
  before(async () => {
    await openMarkdown(""); // activation is onLanguage:markdown
    await activeExtension();
    await closeActive();
  });
  afterEach(async () => {
    await closeActive();
  });

  it("the contributed snippet writes the verified Banuelos-Rodriguez citation, with the pin as a tab stop", async () => {
    const editor = await openMarkdown("See ");
    await vscode.commands.executeCommand("editor.action.insertSnippet", { langId: "markdown", name: "United States v. Banuelos-Rodriguez — full citation" });
    const text = await waitFor(() => (editor.document.getText() !== "See " ? editor.document.getText() : ""), 5_000);
    assert.equal(text, `See ${BANUELOS}`);
    // the pin (978) is the selected placeholder: typing replaces it
    assert.equal(editor.document.getText(editor.selection), "978");
    await vscode.commands.executeCommand("type", { text: "975" });
    assert.equal(editor.document.getText(), "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 975 (9th Cir. 2000) (en banc)");
  });

  it("the completion provider offers verified citations after a signal and inserts the exact text", async () => {
    const editor = await openMarkdown("Accord ");
    const items = await completionsAt(editor, " ");
    const item = items.find((i) => labelOf(i) === BANUELOS);
    assert.ok(item, `no Banuelos-Rodriguez completion among ${items.length}: ${items.slice(0, 5).map(labelOf).join(" | ")}`);
    assert.ok(!items.some((i) => labelOf(i).includes("Avalos Banderas")), "an unverified authority was offered");
    await editor.insertSnippet(item.insertText as vscode.SnippetString, item.range as vscode.Range);
    assert.equal(editor.document.getText(), `Accord ${BANUELOS}`);
  });

  it("after `v. ` it completes the case name in place; after `U.S.S.G. §` the guideline forms", async () => {
    const editor = await openMarkdown("In United States v. ");
    const items = await completionsAt(editor, " ");
    const leiva = items.find((i) => labelOf(i) === "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004)");
    assert.ok(leiva, `no Leiva-Deras completion: ${items.map(labelOf).slice(0, 5).join(" | ")}`);
    assert.ok(items.every((i) => labelOf(i).startsWith("United States v. ")), "a case not named United States v. … was offered");
    await editor.insertSnippet(leiva.insertText as vscode.SnippetString, leiva.range as vscode.Range);
    assert.equal(editor.document.getText(), "In United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004)");

    const g = await openMarkdown("Under U.S.S.G. §");
    const gi = (await completionsAt(g, "§")).find((i) => labelOf(i) === "U.S.S.G. § 3E1.1");
    assert.ok(gi, "no U.S.S.G. § 3E1.1 completion");
    await g.insertSnippet(gi.insertText as vscode.SnippetString, gi.range as vscode.Range);
    assert.equal(g.document.getText(), "Under U.S.S.G. § 3E1.1");
    await closeActive();
  });

  it("Heartland: Insert Table of Authorities inserts the table at the cursor and replaces it in place when run again", async () => {
    const body = [
      "# Argument",
      "",
      "See 8 U.S.C. § 1326(b)(2); United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).",
      "Id. at 975. U.S.S.G. § 2L1.2(b)(2)(A); Fed. R. Crim. P. 35(a).",
      "",
    ].join("\n");
    const editor = await openMarkdown(body, 0);
    await vscode.commands.executeCommand("heartland.insertTableOfAuthorities");
    const table = [
      "<!-- heartland-toa -->",
      "## Table of Authorities",
      "",
      "### Cases",
      "",
      "| Authority | Cited in |",
      "| --- | --- |",
      "| United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc) | [Argument](#argument) |",
      "",
      "### Statutes",
      "",
      "| Authority | Cited in |",
      "| --- | --- |",
      "| 8 U.S.C. § 1326(b)(2) | [Argument](#argument) |",
      "",
      "### Guidelines",
      "",
      "| Authority | Cited in |",
      "| --- | --- |",
      "| U.S.S.G. § 2L1.2(b)(2)(A) | [Argument](#argument) |",
      "",
      "### Rules",
      "",
      "| Authority | Cited in |",
      "| --- | --- |",
      "| Fed. R. Crim. P. 35(a) | [Argument](#argument) |",
      "",
      "<!-- /heartland-toa -->",
    ].join("\n");
    const first = await waitFor(() => (editor.document.getText().startsWith("<!--") ? editor.document.getText() : ""), 5_000);
    assert.equal(first, `${table}\n\n${body}`);
    // one edit: one undo step takes it out, redo puts it back
    await vscode.commands.executeCommand("undo");
    assert.equal(editor.document.getText(), body);
    await vscode.commands.executeCommand("redo");
    assert.equal(editor.document.getText(), first);
    // the table's own line numbers count the table; a rerun replaces it in place (one table, same place)
    await vscode.commands.executeCommand("heartland.insertTableOfAuthorities");
    const second = editor.document.getText();
    assert.equal(second.split("<!-- heartland-toa -->").length, 2);
    assert.ok(second.startsWith("<!-- heartland-toa -->\n## Table of Authorities"));
    assert.ok(second.endsWith(`<!-- /heartland-toa -->\n\n${body}`));
    assert.ok(second.includes("| United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc) | [Argument](#argument) |"), second);
    // a third run changes nothing
    await vscode.commands.executeCommand("heartland.insertTableOfAuthorities");
    assert.equal(editor.document.getText(), second);
  });

  it("Insert Table of Authorities lists state cases under their own heading, parallel citations as one authority (issue 14)", async () => {
    const body = [
      "# Argument",
      "",
      "State v. Brown, 123 P.3d 456 (Wash. 2005); People v. Smith (2007) 154 Cal.App.4th 547, 552; Pearson v. Callahan, 555 U.S. 223, 232, 129 S. Ct. 808, 172 L. Ed. 2d 565 (2009). Brown, 123 P.3d at 460.",
      "",
    ].join("\n");
    const editor = await openMarkdown(body, 0);
    await vscode.commands.executeCommand("heartland.insertTableOfAuthorities");
    const text = await waitFor(() => (editor.document.getText().startsWith("<!--") ? editor.document.getText() : ""), 5_000);
    const cases = text.slice(text.indexOf("### Federal Cases"), text.indexOf("<!-- /heartland-toa -->"));
    assert.equal(
      cases,
      [
        "### Federal Cases",
        "",
        "| Authority | Cited in |",
        "| --- | --- |",
        "| Pearson v. Callahan, 555 U.S. 223, 129 S. Ct. 808, 172 L. Ed. 2d 565 (2009) | [Argument](#argument) |",
        "",
        "### State Cases",
        "",
        "| Authority | Cited in |",
        "| --- | --- |",
        "| People v. Smith, 154 Cal. App. 4th 547 (2007) | [Argument](#argument) |",
        "| State v. Brown, 123 P.3d 456 (Wash. 2005) | [Argument](#argument) |",
        "",
        "",
      ].join("\n"),
    );
  });

  it("a citation-check quick fix corrects 215 F.3d 696 to 969 in the document", async () => {
    const text = "See United States v. Banuelos-Rodriguez, 215 F.3d 696, 978 (9th Cir. 2000) (en banc).\n";
    const editor = await openMarkdown(text);
    const uri = editor.document.uri;
    const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === "object" ? d.code.value : d.code);
    const diag = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === "citation-check"), 6_000);
    assert.ok(diag, "no citation-check diagnostic");
    assert.equal(editor.document.getText(diag.range), "215 F.3d 696");
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diag.range)) ?? [];
    const fix = actions.find((a) => a.title === "Correct the first page to 969");
    assert.ok(fix, `no quick fix; got: ${actions.map((a) => a.title).join(" | ")}`);
    if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.equal(editor.document.getText(), "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).\n");
    const cleared = await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === "citation-check"), 6_000);
    assert.ok(cleared, "the citation-check diagnostic is still there after the fix");
  });
});
