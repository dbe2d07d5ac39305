/**
 * The one analysis pipeline the CLI and the editor share: a parsed brief (its prose map and
 * front matter, `Brief`), the settings in force (front matter over the user's), the foreclosure
 * findings and the citation checks, with suppression comments and rule overrides applied.
 */
import type { Brief } from "./brief/brief";
import type { FrontMatterProblem } from "./brief/frontmatter";
import { BriefAnalyzer } from "./precedent/analyze";
import type { Finding, RuleSetting } from "./precedent/types";
import { citationFindings } from "./citations/lint";
import type { CitationFinding } from "./citations/check";
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

/** Check a brief. `analyzer` keeps a per-document paragraph cache (the editor passes its own). */
export function checkBrief(brief: Brief, user: UserSettings, rules?: Partial<Record<string, RuleSetting>>, analyzer: BriefAnalyzer = new BriefAnalyzer()): BriefCheck {
  const settings = brief.settings(user);
  const findings = analyzer.analyze(brief.text, { circuit: settings.circuit, edition: settings.edition, ...(rules ? { rules } : {}) }, brief.map);
  const citations = citationFindings(brief.text, brief.map, { edition: settings.edition, ...(rules ? { rules } : {}) });
  return { settings, findings, citations, problems: brief.front.problems, longLines: brief.map.longLines };
}
