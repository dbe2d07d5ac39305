import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activeExtension, hoverText, hoversAt, openFixture, positionOf, waitFor } from "./helpers";

describe("hover", () => {
  it("shows the 2016 text of U.S.S.G. § 2L1.2(b)(2)(A) under front matter guidelines-manual: 2016", async () => {
    const { document } = await openFixture("hover-brief.md");
    await activeExtension();
    // Inside "2L1.2(b)(2)(A)" of "U.S.S.G. § 2L1.2(b)(2)(A)".
    const pos = positionOf(document, "U.S.S.G. § 2L1.2(b)(2)(A)", "U.S.S.G. § 2L1.".length);
    // The provider may need a moment after activation (first parse, data load).
    const text = await waitFor(async () => {
      const t = hoverText(await hoversAt(document.uri, pos));
      return t.includes("2L1.2") ? t : "";
    }, 10_000);
    assert.ok(text, "no hover mentioning 2L1.2 at the citation");
    assert.ok(text.includes("2016"), `hover does not name the 2016 edition: ${text}`);
    // Nov. 1, 2016 Manual, §2L1.2(b)(2)(A) (Amendment 802): "... for which the sentence imposed
    // was five years or more, increase by 10 levels" (reference/guidelines/era_2016.json).
    assert.ok(text.includes("sentence imposed was five years or more"), `hover lacks the 2016 (b)(2)(A) wording: ${text}`);
    // the source by name, without the copies' addresses or Heartland's internal reference ids
    const source = text.slice(text.lastIndexOf("Source:"));
    assert.ok(source.startsWith("Source: "), text);
    assert.ok(!/\[reference:|https?:|\.json/.test(text), `hover shows internal references: ${source}`);
  });

  it("Explain Citation at Cursor off a citation says what to do instead of doing nothing", async () => {
    const editor = await openFixture("hover-brief.md");
    await activeExtension();
    editor.selection = new vscode.Selection(0, 0, 0, 0); // the front matter fence, not a citation
    assert.equal(await vscode.commands.executeCommand("heartland.explainCitation"), false);
    const at = positionOf(editor.document, "U.S.S.G. § 2L1.2(b)(2)(A)", 12);
    editor.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand("heartland.explainCitation"), true);
  });
});
