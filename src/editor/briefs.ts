import type * as vscode from "vscode";
import { Brief } from "../core/brief/brief";
import { frontMatterOf, frontMatterReach } from "../core/brief/prose";
import { readFrontMatter, type FrontMatterSettings } from "../core/brief/frontmatter";
import { resolveSettings, type EffectiveSettings, type UserSettings } from "../core/settings";

/** The last parsed Brief per open document (by version), so hover, status and diagnostics share the work, and the next version is made from it. */
const cache = new WeakMap<vscode.TextDocument, { version: number; brief: Brief }>();
/**
 * The front matter alone, per version, where no Brief was parsed for it (the status item); `reach`: a change from
 * there on cannot alter it (`frontMatterReach`), `eol` the line ending it was read with.
 */
const fronts = new WeakMap<vscode.TextDocument, { version: number; front: FrontMatterSettings; reach: number; eol: vscode.EndOfLine }>();
/** The document's length per version, and the line ending it was taken with (kept across changes by their lengths). */
const lengths = new WeakMap<vscode.TextDocument, { version: number; length: number; eol: vscode.EndOfLine }>();

/**
 * Carries what was read of the document before a change to its new version where the change cannot have altered
 * it: the front matter when every change starts at or after its reach; the length, by the changes' lengths. Called
 * first by each change listener (the status item runs on every keystroke: without this it read the whole 250 KB
 * text and its front matter each time, issue 9). Only from the version just before, with the same line ending
 * (a change of line endings alone comes with no content changes, and is read afresh).
 */
export function carryOver(e: vscode.TextDocumentChangeEvent): void {
  const doc = e.document;
  const changes = e.contentChanges;
  if (changes.length === 0) return;
  const f = fronts.get(doc);
  if (f && f.version === doc.version - 1 && f.eol === doc.eol && changes.every((c) => c.rangeOffset >= f.reach)) f.version = doc.version;
  const l = lengths.get(doc);
  if (l && l.version === doc.version - 1 && l.eol === doc.eol) {
    let length = l.length;
    for (const c of changes) length += c.text.length - c.rangeLength;
    l.version = doc.version;
    l.length = length;
  }
}

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
    const fm = frontMatterOf(text);
    f = { version: doc.version, front: readFrontMatter(text, fm), reach: frontMatterReach(text, fm), eol: doc.eol };
    fronts.set(doc, f);
  }
  return resolveSettings(user, f.front);
}

/** The document's length in characters (`getText().length`) without making its text (kept across changes by `carryOver`). */
export function lengthOf(doc: vscode.TextDocument): number {
  const l = lengths.get(doc);
  if (l && l.version === doc.version && l.eol === doc.eol) return l.length;
  const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
  lengths.set(doc, { version: doc.version, length, eol: doc.eol });
  return length;
}
