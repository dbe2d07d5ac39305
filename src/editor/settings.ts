import * as vscode from "vscode";
import { normalizeCircuit, normalizeManual, CIRCUIT_HELP, MANUAL_HELP, type UserSettings } from "../core/settings";
import { log } from "./log";

/**
 * The settings read per document URI, until the configuration or the workspace folders change: the status item and
 * the diagnostics ask on every keystroke, and each `getConfiguration` costs the extension host ~0.5–1 ms (issue 9).
 */
const userCache = new Map<string, UserSettings>();
const limitCache = new Map<string, number>();

/** Clears the settings read when the configuration or the workspace folders change. Registered before the listeners that read them. */
export function registerSettings(context: vscode.ExtensionContext): void {
  const clear = () => {
    userCache.clear();
    limitCache.clear();
  };
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("heartland")) clear();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(clear),
    { dispose: clear },
  );
}

/** The user's `heartland.*` settings for a document, validated; bad values are logged and ignored. */
export function userSettings(scope?: vscode.ConfigurationScope): UserSettings {
  if (!(scope instanceof vscode.Uri)) return readUserSettings(scope);
  const key = scope.toString();
  let hit = userCache.get(key);
  if (!hit) userCache.set(key, (hit = readUserSettings(scope)));
  return hit;
}

function readUserSettings(scope?: vscode.ConfigurationScope): UserSettings {
  const cfg = vscode.workspace.getConfiguration("heartland", scope);
  const rawCircuit = cfg.get<string>("circuit", "");
  const rawManual = cfg.get<string | number>("guidelinesManual", "latest");
  let circuit = normalizeCircuit(rawCircuit);
  if (circuit === undefined) {
    log().warn(`Setting heartland.circuit = "${rawCircuit}" is not valid and is ignored. ${CIRCUIT_HELP}`);
    circuit = null;
  }
  let manual = normalizeManual(rawManual);
  if (manual === undefined) {
    log().warn(`Setting heartland.guidelinesManual = "${rawManual}" is not valid; using the latest edition. ${MANUAL_HELP}`);
    manual = "latest";
  }
  return { circuit, manual };
}

/** `heartland.liveAnalysisLimit` in characters: larger briefs are checked on open and save only. */
export function liveAnalysisLimit(scope?: vscode.ConfigurationScope): number {
  if (!(scope instanceof vscode.Uri)) return readLiveAnalysisLimit(scope);
  const key = scope.toString();
  let hit = limitCache.get(key);
  if (hit === undefined) limitCache.set(key, (hit = readLiveAnalysisLimit(scope)));
  return hit;
}

function readLiveAnalysisLimit(scope?: vscode.ConfigurationScope): number {
  const kb = vscode.workspace.getConfiguration("heartland", scope).get<number>("liveAnalysisLimit", 4096);
  if (typeof kb !== "number" || !Number.isFinite(kb) || kb < 64) {
    log().warn(`Setting heartland.liveAnalysisLimit = ${JSON.stringify(kb)} is not valid (64–65536 KB); using 4096.`);
    return 4096 * 1024;
  }
  return Math.min(kb, 65536) * 1024;
}
