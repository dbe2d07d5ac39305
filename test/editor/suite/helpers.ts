// Shared helpers for the real-editor suite (bundled into each *.test.js that imports them).
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";

export const EXTENSION_ID = "heartland-legal.heartland";

/** URI of a file in test/fixtures (the workspace folder the harness opens; works for remote and local hosts). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.path.endsWith("/test/fixtures")) ?? vscode.workspace.workspaceFolders?.[0];
  if (folder) return vscode.Uri.joinPath(folder.uri, name);
  // No folder open: out/test/editor/suite -> <repo>/test/fixtures
  return vscode.Uri.file(path.resolve(__dirname, "..", "..", "..", "..", "test", "fixtures", name));
}

/** Opens a fixture in an editor and returns the editor (document language is checked by the caller). */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

import { waitFor } from "../wait";

export { waitFor };

/** The Heartland extension, activated (waits for activation by `onLanguage:markdown`). */
export async function activeExtension(timeoutMs = 15_000): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in the editor under test`);
  const active = await waitFor(() => ext.isActive, timeoutMs);
  assert.ok(active, `${EXTENSION_ID} did not activate within ${timeoutMs} ms`);
  return ext;
}

/** Position of `needle` (its `offsetInNeedle`-th character) in `doc`; fails the test when absent. */
export function positionOf(doc: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(i + offsetInNeedle);
}

/** Plain text of hovers: contents joined, markdown backslash escapes removed, whitespace collapsed. */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n")
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, "$1")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

/** Hovers at `position` from all providers (vscode.executeHoverProvider). */
export async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, position)) ?? [];
}

/** Diagnostics for `uri` once at least `min` are published (or [] after the timeout). */
export async function diagnosticsFor(uri: vscode.Uri, min = 1, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const got = await waitFor(() => {
    const d = vscode.languages.getDiagnostics(uri);
    return d.length >= min ? d : undefined;
  }, timeoutMs);
  return got ?? vscode.languages.getDiagnostics(uri);
}
