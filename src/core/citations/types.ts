/**
 * Parsed citations. The recogniser (`recognize.ts`) produces these with exact offsets;
 * the guideline/statute lookup (`../guidelines/lookup.ts`) and the explanation renderer
 * consume them.
 */

/** `U.S.S.G. § 2L1.2(b)(2)(A)`, `§2L1.2, comment. (n.5)`, `§§ 2L1.2(b)(2)–(3)` */
export interface GuidelineCitation {
  kind: "guideline";
  /** Section number as printed, e.g. "2L1.2", "5K2.0", "1B1.13". */
  section: string;
  /** Subsection path, e.g. ["b","2","A"] for (b)(2)(A); empty for the whole section. */
  subsection: string[];
  /** End of a range (`§§ 2L1.2(b)(2)–(3)` → ["b","3"]), or of a section span (`§§ 5K2.0–5K2.24` → section "5K2.24"). */
  through?: { section: string; subsection: string[] };
  /** Commentary: application note number (e.g. "5", or "1(E)" as ["1","E"]), or the background. */
  commentary?: { note?: string[]; background?: boolean };
  /** Edition year named in the citation itself (`(U.S. Sent'g Comm'n 2025)`), if any. */
  editionInCitation?: number;
}

/** `U.S.S.G. ch. 5, pt. A` */
export interface GuidelineChapterCitation {
  kind: "chapter";
  chapter: number;
  part?: string;
  editionInCitation?: number;
}

/** `8 U.S.C. § 1326(b)(2)`, `18 U.S.C. § 3582(c)(1)(A)` */
export interface StatuteCitation {
  kind: "statute";
  title: number;
  section: string;
  subsection: string[];
}

/** `Fed. R. Crim. P. 35(a)` */
export interface RuleCitation {
  kind: "rule";
  /** "crim" (Fed. R. Crim. P.), "evid", "app" … */
  rules: "crim" | "app" | "evid" | "civ";
  rule: string;
  subsection: string[];
}

export type Citation = GuidelineCitation | GuidelineChapterCitation | StatuteCitation | RuleCitation;

export interface CitationMatch {
  /** Offsets into the brief (end exclusive). */
  start: number;
  end: number;
  /** The matched text as written (may contain a line break). */
  text: string;
  citation: Citation;
}

/** "(b)(2)(A)" from ["b","2","A"]. */
export function formatSubsection(path: readonly string[]): string {
  return path.map((p) => `(${p})`).join("");
}

/** Canonical short form, e.g. "USSG §2L1.2(b)(2)(A)", "USSG §2L1.2, comment. (n.5)", "8 U.S.C. § 1326(b)(2)". */
export function formatCitation(c: Citation): string {
  switch (c.kind) {
    case "guideline": {
      let s = `USSG §${c.section}${formatSubsection(c.subsection)}`;
      if (c.through) {
        s = `USSG §§${c.section}${formatSubsection(c.subsection)}–`;
        s += c.through.section !== c.section ? `${c.through.section}${formatSubsection(c.through.subsection)}` : formatSubsection(c.through.subsection);
      }
      if (c.commentary?.note) s += `, comment. (n.${c.commentary.note[0]}${formatSubsection(c.commentary.note.slice(1))})`;
      else if (c.commentary?.background) s += ", comment. (backg'd.)";
      else if (c.commentary) s += ", comment.";
      return s;
    }
    case "chapter":
      return `USSG ch. ${c.chapter}${c.part ? `, pt. ${c.part}` : ""}`;
    case "statute":
      return `${c.title} U.S.C. § ${c.section}${formatSubsection(c.subsection)}`;
    case "rule": {
      const name = { crim: "Fed. R. Crim. P.", app: "Fed. R. App. P.", evid: "Fed. R. Evid.", civ: "Fed. R. Civ. P." }[c.rules];
      return `${name} ${c.rule}${formatSubsection(c.subsection)}`;
    }
  }
}
