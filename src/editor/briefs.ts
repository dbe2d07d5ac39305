import type * as vscode from "vscode";
import { Brief } from "../core/brief/brief";
import { frontMatterOf } from "../core/brief/prose";
import { readFrontMatter, type FrontMatterSettings } from "../core/brief/frontmatter";
import { resolveSettings, type EffectiveSettings, type UserSettings } from "../core/settings";

/** The last parsed Brief per open document (by version), so hover, status and diagnostics share the work, and the next version is made from it. */
const cache = new WeakMap<vscode.TextDocument, { version: number; brief: Brief }>();
/** The front matter alone, per version, where no Brief was parsed for it (the status item). */
const fronts = new WeakMap<vscode.TextDocument, { version: number; front: FrontMatterSettings }>();

export function briefOf(doc: vscode.TextDocument): Brief {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version) return hit.brief;
  // from the last version read: an edit inside one paragraph re-reads that paragraph only (issue 9)
  const brief = hit ? Brief.after(hit.brief, doc.getText()) : new Brief(doc.getText());
  cache.set(doc, { version: doc.version, brief });
  return brief;
}

/**
 * The settings in force for a document (its front matter over the user's), as `briefOf(doc).settings(user)`
 * gives them, without parsing the whole brief when it has not been parsed for this version: the status
 * item runs on every keystroke, and the brief's prose map is for the debounced analysis (issue 9).
 */
export function settingsOf(doc: vscode.TextDocument, user: UserSettings): EffectiveSettings {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version) return hit.brief.settings(user);
  let f = fronts.get(doc);
  if (!f || f.version !== doc.version) {
    const text = doc.getText();
    f = { version: doc.version, front: readFrontMatter(text, frontMatterOf(text)) };
    fronts.set(doc, f);
  }
  return resolveSettings(user, f.front);
}

/** The document's length in characters (`getText().length`) without making its text. */
export function lengthOf(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}
