import type * as vscode from "vscode";
import { Brief } from "../core/brief/brief";

/** One parsed Brief per open document version, so hover, status and diagnostics share the work. */
const cache = new WeakMap<vscode.TextDocument, { version: number; brief: Brief }>();

export function briefOf(doc: vscode.TextDocument): Brief {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version) return hit.brief;
  const brief = new Brief(doc.getText());
  cache.set(doc, { version: doc.version, brief });
  return brief;
}
