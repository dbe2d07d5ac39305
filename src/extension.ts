/**
 * Heartland's activation entry: registers every command and provider VS Code routes to Heartland
 * as a stub, and loads the core (src/editor/main.ts: data, model, detector, the editor adapters)
 * right after activation or on first use, whichever comes first. Activation itself only reads
 * this small bundle; the core is a second bundle (dist/heartland-core.js) required lazily, or in
 * the web build a module of the same bundle evaluated lazily.
 */
import * as vscode from "vscode";
import { COMMANDS, COMPLETION_TRIGGERS, HOVERS, MARKDOWN, newRoutes, type Routes } from "./editor/routes";

type Core = typeof import("./editor/main");

/** When this entry began to run (the editor bench tells the editor's own wait before it from Heartland's activation). */
const entryLoadedAt = Date.now();

let loaded: { routes: Routes; core: Core; loadMs: number; afterActivationMs: number } | undefined;
let activation: { context: vscode.ExtensionContext; at: number } | undefined;

/** The core, loaded and activated on the first call. */
function core(): Routes {
  if (loaded) return loaded.routes;
  if (!activation) throw new Error("Heartland is not activated");
  const t0 = Date.now();
  // esbuild.js makes this the separate core bundle beside this one (Node); in the web bundle it is
  // the module bundled in, evaluated only now
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("./editor/main") as Core;
  const routes = newRoutes();
  mod.activateCore(activation.context, routes);
  loaded = { routes, core: mod, loadMs: Date.now() - t0, afterActivationMs: t0 - activation.at };
  mod.log().info(`Heartland activated (core loaded in ${loaded.loadMs} ms, ${loaded.afterActivationMs} ms after activation)`);
  return routes;
}

function missing(what: string): never {
  throw new Error(`Heartland: no ${what} in the core`);
}

/** What the activation returns (`extension.exports`): `core()` loads the core if it is not yet and says how long that took (the editor bench). */
export interface HeartlandApi {
  core(): { loadMs: number; afterActivationMs: number };
  /**
   * How long the last published diagnostics run (a whole run) on the document `uri` (a string) took, in ms, and the
   * version it read; `firstPart`: the part of a large brief shown before its first whole run (offsets, findings, ms).
   */
  lastRun(uri: string): { ms: number; version: number; laps?: { brief: number; check: number; make: number; publish: number; published: boolean; onChange: number }; firstPart?: { from: number; until: number; findings: number; ms: number; publishedAt: number } } | undefined;
  /** How long the core's warming up took (ms), once it ran (it runs after the core loads when no brief is open). */
  warmUpMs(): number | undefined;
  /** `Date.now()` when this entry began to run, when the editor called `activate`, and when it returned. */
  entryLoadedAt: number;
  activateCalledAt: number;
  activatedAt: number;
}

export function activate(context: vscode.ExtensionContext): HeartlandApi {
  const activateCalledAt = Date.now();
  activation = { context, at: activateCalledAt };
  for (const id of COMMANDS) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => (core().commands.get(id) ?? missing(`command ${id}`))(...args)));
  }
  for (const id of HOVERS) {
    context.subscriptions.push(vscode.languages.registerHoverProvider(MARKDOWN, { provideHover: (doc, pos, token) => core().hovers.get(id)?.provideHover(doc, pos, token) }));
  }
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      { provideCodeActions: (doc, range, ctx, token) => core().codeActions?.provideCodeActions(doc, range, ctx, token) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, { provideCompletionItems: (doc, pos, token, ctx) => core().completion?.provideCompletionItems(doc, pos, token, ctx) }, ...COMPLETION_TRIGGERS),
  );
  // the core right after activation, without blocking it (diagnostics and the status item need it at once)
  const timer = setTimeout(() => {
    try {
      core();
    } catch (e) {
      console.error(`Heartland: the core failed to load: ${(e as Error).message}`);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  return {
    entryLoadedAt,
    activateCalledAt,
    activatedAt: Date.now(),
    lastRun: (uri) => (loaded ? loaded.core.lastRun(uri) : undefined),
    warmUpMs: () => (loaded ? loaded.core.warmUpMs() : undefined),
    core: () => {
      core();
      return { loadMs: loaded!.loadMs, afterActivationMs: loaded!.afterActivationMs };
    },
  };
}

export function deactivate(): void {
  loaded = undefined;
  activation = undefined;
}
