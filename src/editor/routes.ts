/**
 * What VS Code routes to Heartland before its core is loaded: the commands, the hover, code-action
 * and completion providers, with the metadata they are registered under. The activation entry
 * (src/extension.ts) registers each of these at once, as a stub that loads the core on first use;
 * the core (src/editor/main.ts) fills the routes with the real handlers. One list for both, so a
 * command cannot be contributed without a route. Imports only `vscode`: this module is in the small
 * activation bundle.
 */
import * as vscode from "vscode";

export const MARKDOWN: vscode.DocumentSelector = { language: "markdown" };

/** Every command Heartland registers: those in package.json's `contributes.commands` and the quick fix's. */
export const COMMANDS = [
  "heartland.selectManual",
  "heartland.selectCircuit",
  "heartland.explainCitation",
  "heartland.insertTableOfAuthorities",
  "heartland.insertRange",
  "heartland.recomputeRange",
  "heartland.openRulePage",
  "heartland.insertAdverseAuthority",
] as const;

export type CommandId = (typeof COMMANDS)[number];

/** The characters that open citation completion. */
export const COMPLETION_TRIGGERS = [" ", "§", "."];

/** The hover providers, in the order they are registered. */
export const HOVERS = ["citation", "finding"] as const;
export type HoverId = (typeof HOVERS)[number];

/** The handlers the core supplies. */
export interface Routes {
  commands: Map<CommandId, (...args: any[]) => unknown>;
  hovers: Map<HoverId, vscode.HoverProvider>;
  codeActions?: vscode.CodeActionProvider;
  completion?: vscode.CompletionItemProvider;
}

export function newRoutes(): Routes {
  return { commands: new Map(), hovers: new Map() };
}

/** Routes filled by the core when the activation entry loaded it; undefined: register with VS Code directly (tests, one bundle). */
let routes: Routes | undefined;

export function useRoutes(r: Routes | undefined): void {
  routes = r;
}

export function registerCommand(id: CommandId, handler: (...args: any[]) => unknown): vscode.Disposable {
  if (!routes) return vscode.commands.registerCommand(id, handler);
  const r = routes;
  r.commands.set(id, handler);
  return new vscode.Disposable(() => r.commands.delete(id));
}

export function registerHoverProvider(id: HoverId, provider: vscode.HoverProvider): vscode.Disposable {
  if (!routes) return vscode.languages.registerHoverProvider(MARKDOWN, provider);
  const r = routes;
  r.hovers.set(id, provider);
  return new vscode.Disposable(() => r.hovers.delete(id));
}

export function registerCodeActionsProvider(provider: vscode.CodeActionProvider): vscode.Disposable {
  if (!routes) return vscode.languages.registerCodeActionsProvider(MARKDOWN, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
  const r = routes;
  r.codeActions = provider;
  return new vscode.Disposable(() => (r.codeActions = undefined));
}

export function registerCompletionItemProvider(provider: vscode.CompletionItemProvider): vscode.Disposable {
  if (!routes) return vscode.languages.registerCompletionItemProvider(MARKDOWN, provider, ...COMPLETION_TRIGGERS);
  const r = routes;
  r.completion = provider;
  return new vscode.Disposable(() => (r.completion = undefined));
}
