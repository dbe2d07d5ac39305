/**
 * Heartland's entry point: wires the editor adapters, nothing else. All reading of briefs,
 * citations, guideline text, ranges and precedent lives in src/core.
 */
import type * as vscode from "vscode";
import { registerHover } from "./editor/hover";
import { registerStatus } from "./editor/status";
import { registerDiagnostics } from "./editor/diagnostics";
import { registerCodeActions } from "./editor/codeActions";
import { registerRangeCommand } from "./editor/range";
import { registerCompletion } from "./editor/completion";
import { registerTableOfAuthorities } from "./editor/toa";
import { log } from "./editor/log";

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(log());
  registerHover(context);
  registerStatus(context);
  registerDiagnostics(context);
  registerCodeActions(context);
  registerRangeCommand(context);
  registerCompletion(context);
  registerTableOfAuthorities(context);
  log().info("Heartland activated");
}

export function deactivate(): void {}
