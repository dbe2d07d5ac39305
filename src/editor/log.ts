import * as vscode from "vscode";

/** The one `Heartland` log channel: what was read and how long it took, at debug level. */
let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel("Heartland", { log: true }));
}
