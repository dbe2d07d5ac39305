import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, activeExtension, openFixture } from "./helpers";

describe("activation", () => {
  it("is installed in the editor under test", () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} missing; extensions: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith("vscode.")).join(", ")}`);
  });

  it("activates when a Markdown brief is opened", async () => {
    const editor = await openFixture("hover-brief.md");
    assert.equal(editor.document.languageId, "markdown");
    const ext = await activeExtension();
    assert.equal(ext.isActive, true);
  });
});
