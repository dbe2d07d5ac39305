import * as vscode from "vscode";
import { citationAt } from "../core/citations/recognize";
import { explain, explanationMarkdown } from "../core/explain";
import { formatCitation } from "../core/citations/types";
import { briefOf } from "./briefs";
import { generatedBlockAt, generatedBlocks } from "../core/brief/generated";
import { userSettings } from "./settings";
import { log } from "./log";
import { registerCommand, registerHoverProvider } from "./routes";

/**
 * The sources as a lawyer reads them in a hover: the names of the sources, without the copies'
 * addresses or Heartland's internal reference ids ("[reference: …]"); the CLI keeps them all.
 */
export function hoverSource(source: string): string {
  const cut = source.indexOf(" [reference:");
  const body = cut < 0 ? source : source.slice(0, cut);
  const names = body
    .split(" | ")
    .map((part) => {
      const at = part.indexOf(": http");
      let name = (at < 0 ? part : part.slice(0, at)).trim();
      name = name.replace(" (stored public pages)", "").replace(", GLMFull page PDF", "").replace("U.S. Code markdown chunk (2023 snapshot)", "U.S. Code (2023)");
      return name.startsWith("http") ? "" : name;
    })
    .filter((n, i, all) => n !== "" && all.indexOf(n) === i);
  return names.length ? names.join("; ") + "." : body;
}

/** A caveat in a lawyer's words: what to check, not how Heartland's copy was made. */
export function hoverCaveat(caveat: string): string {
  if (caveat.startsWith("Text from a 2023 U.S. Code snapshot whose converter dropped")) {
    return "Text from a 2023 copy of the U.S. Code that lost some punctuation (the dash after a lead-in such as \"any alien who\"; footnote numbers appear as bare digits); the words match the other copies compared. Check it against the official Code before quoting it.";
  }
  return caveat;
}

/** Hover on a guideline, statute or rule citation: its text in the brief's Manual edition. */
export class CitationHoverProvider implements vscode.HoverProvider {
  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const t0 = Date.now();
    const brief = briefOf(doc);
    const match = citationAt(brief.citations, doc.offsetAt(pos));
    if (!match) return undefined;
    const settings = brief.settings(userSettings(doc.uri));
    // inside an inserted range block, the citation is read in the edition the block names
    const block = generatedBlockAt(generatedBlocks(doc.getText()), match.start);
    const edition = block?.edition ?? settings.edition;
    // statutes and rules are read as of the brief's sentencing date; the edition line says why this Manual; what came
    // after the brief's own date (else its sentencing date) is not told (a later deletion of the section)
    const result = explain(match.citation, edition, settings.sentencingDate, block?.edition ? "the edition the inserted range block names" : settings.editionReason, brief.front.briefDate ?? settings.sentencingDate);
    const range = new vscode.Range(doc.positionAt(match.start), doc.positionAt(match.end));
    const md = new vscode.MarkdownString(
      result.ok
        ? explanationMarkdown({ ...result.explanation, source: hoverSource(result.explanation.source), caveats: result.explanation.caveats.map(hoverCaveat) })
        : `**${formatCitation(match.citation)}** — Guidelines Manual, Nov. 1, ${result.manual}\n\n${result.message}`,
    );
    md.supportHtml = false;
    md.isTrusted = false;
    log().debug(`hover ${formatCitation(match.citation)} (${edition} Manual, from ${block?.edition ? "the range block" : settings.editionFrom}) in ${Date.now() - t0} ms`);
    return new vscode.Hover(md, range);
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerHoverProvider("citation", new CitationHoverProvider()),
    // Keyboard route to the same hover: "Heartland: Explain Citation at Cursor"; off a citation it says so.
    registerCommand("heartland.explainCitation", async () => {
      const editor = vscode.window.activeTextEditor;
      const doc = editor?.document;
      if (!editor || !doc || doc.languageId !== "markdown" || !citationAt(briefOf(doc).citations, doc.offsetAt(editor.selection.active))) {
        void vscode.window.showInformationMessage("Place the cursor on a guideline, statute or rule citation (for example §2L1.2(b)(2) or 18 U.S.C. § 3553(a)) to see its text.");
        return false;
      }
      await vscode.commands.executeCommand("editor.action.showHover");
      return true;
    }),
  );
}
