/**
 * The one analysis pipeline the CLI and the editor share: a parsed brief (its prose map and
 * front matter, `Brief`), the settings in force (front matter over the user's), the foreclosure
 * findings (with the facts they turn on) and the citation checks, with suppression comments, rule
 * overrides and Heartland's own generated blocks applied.
 */
import type { Brief } from "./brief/brief";
import { MOTION_DOCUMENTS, type FrontMatterProblem } from "./brief/frontmatter";
import { BriefAnalyzer } from "./precedent/analyze";
import type { Finding, RuleSetting } from "./precedent/types";
import type { CitationFinding } from "./citations/check";
import type { CitationCache } from "./citations/cache";
import { briefFacts, type OffenseCache } from "./precedent/facts";
import { citationFindingsWithBlocks, generatedBlocks, withoutGenerated } from "./brief/generated";
import type { EffectiveSettings, UserSettings } from "./settings";

export interface BriefCheck {
  settings: EffectiveSettings;
  findings: Finding[];
  citations: CitationFinding[];
  /** Front-matter problems (an unknown circuit, a form Heartland does not read). */
  problems: FrontMatterProblem[];
  /** 0-based lines too long to read. */
  longLines: number[];
}

/** What the editor keeps per document so that a keystroke re-reads what it changed: the analysis's paragraphs, the citation checks' blocks, the offense read from the text. */
export interface BriefCaches {
  analyzer?: BriefAnalyzer;
  citations?: CitationCache;
  offense?: OffenseCache;
}

/** Check a brief. `caches`: the document's own (the editor passes them; the CLI reads each brief once). Same results with or without. */
export function checkBrief(brief: Brief, user: UserSettings, rules?: Partial<Record<string, RuleSetting>>, caches: BriefCaches = {}): BriefCheck {
  const { settings, findings, blocks } = argumentsOf(brief, user, rules, caches);
  const { text, map, front } = brief;
  // §1B1.10/§1B1.13 in force on the brief's date: in a motion after sentence, or a brief with its own `date:`
  const policyEdition = front.briefDate || (front.document && MOTION_DOCUMENTS.has(front.document)) ? settings.policyEdition : undefined;
  const citations = citationFindingsWithBlocks(text, map, blocks, { edition: settings.edition, policyEdition, sentencingDate: settings.sentencingDate, knownOn: front.briefDate ?? settings.sentencingDate, editionReason: settings.editionReason, ...(settings.undatedFloor ? { undated: settings.undatedFloor } : {}), ...(rules ? { rules } : {}) }, caches.citations);
  return { settings, findings, citations, problems: brief.front.problems, longLines: brief.map.longLines };
}

/**
 * The foreclosure findings `checkBrief` gives the paragraphs that reach into [from, until) of the text (a heading's
 * only where its section ends before `until`; see `BriefAnalyzer.analyze`), without the citation checks: what the
 * editor shows first of a large brief, before its whole run. With the document's caches, the paragraphs read here
 * are not read again by that run.
 */
export function checkBriefPart(brief: Brief, user: UserSettings, rules: Partial<Record<string, RuleSetting>> | undefined, caches: BriefCaches, part: { from: number; until: number }): Finding[] {
  return argumentsOf(brief, user, rules, caches, part).findings;
}

function argumentsOf(brief: Brief, user: UserSettings, rules: Partial<Record<string, RuleSetting>> | undefined, caches: BriefCaches, part?: { from: number; until: number }) {
  const analyzer = caches.analyzer ?? new BriefAnalyzer();
  const settings = brief.settings(user);
  const { text, map, front } = brief;
  // the facts findings turn on: offense of conviction, vehicle (front matter; paragraphs say their own), the brief's date
  const facts = briefFacts(front, map.prose, caches.offense);
  // Heartland's own blocks are not the brief's argument: a range block is read in the edition it names, a TOA not at all
  const blocks = generatedBlocks(text);
  const findings = analyzer.analyze(
    text,
    {
      circuit: settings.circuit, edition: settings.edition, ...(rules ? { rules } : {}),
      offense: facts.offense?.cite ?? null, resentencing: facts.resentencing, ...(facts.revokedAfterRemoval ? { revokedAfterRemoval: true } : {}), ...(facts.familyGround ? { familyGround: facts.familyGround, ...(facts.familyGroundCited ? { familyGroundCited: true } : {}) } : {}), ...(facts.rule35b ? { rule35b: true } : {}), ...(facts.section404 ? { section404Motion: true } : {}), ...(facts.priorUnscored ? { priorUnscored: true } : {}), ...(facts.rehabilitationOnly ? { rehabilitationOnly: true } : {}), document: front.document ?? null, sentencingDate: front.sentencingDate ?? null, briefDate: front.briefDate ?? null, undatedFloor: settings.undatedFloor ?? null,
      ...(settings.motionAsOf ? { motionAsOf: settings.motionAsOf, motionFloor: settings.motionFloor ?? null } : {}),
    },
    withoutGenerated(map, blocks),
    part,
  );
  return { settings, findings, blocks };
}
