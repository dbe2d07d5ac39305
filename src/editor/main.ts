/**
 * Heartland's core in the editor: wires the editor adapters, nothing else. All reading of briefs,
 * citations, guideline text, ranges and precedent lives in src/core. Loaded by the activation
 * entry (src/extension.ts) right after activation or on first use, never during it: it holds the
 * data, the model and the detector.
 */
import type * as vscode from "vscode";
import { registerHover } from "./hover";
import { registerStatus } from "./status";
import { registerDiagnostics } from "./diagnostics";
import { registerCodeActions } from "./codeActions";
import { registerRangeCommand } from "./range";
import { registerCompletion } from "./completion";
import { registerTableOfAuthorities } from "./toa";
import { useRoutes, type Routes } from "./routes";
import { log } from "./log";
import { registerSettings } from "./settings";

/** Registers everything; with `routes`, commands and providers go to the activation entry's stubs instead of VS Code. */
export function activateCore(context: vscode.ExtensionContext, routes?: Routes): void {
  useRoutes(routes);
  context.subscriptions.push(log());
  // first: its configuration listener clears the settings read before the others' listeners read them again
  registerSettings(context);
  registerHover(context);
  registerStatus(context);
  registerDiagnostics(context);
  registerCodeActions(context);
  registerRangeCommand(context);
  registerCompletion(context);
  registerTableOfAuthorities(context);
}

export { log };
export { lastRun, warmUpMs } from "./diagnostics";
