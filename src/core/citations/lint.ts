/**
 * The `citation-check` rule as the CLI and the editor publish it: `checkCitations` with the
 * brief's suppression comments and the user's `heartland.rules` override applied, the same
 * way the foreclosure rules apply them.
 */
import type { ProseMap } from "../brief/prose";
import { Suppressions } from "../brief/suppress";
import { LineIndex } from "../brief/lines";
import type { RuleSetting } from "../precedent/types";
import { RULE_IDS } from "../precedent/types";
import { checkCitations, type CitationFinding } from "./check";
import type { CitationCache } from "./cache";

export const CITATION_RULE = "citation-check";

/** Every rule id Heartland publishes (settings, suppression comments, docs). */
export const ALL_RULE_IDS: readonly string[] = [...RULE_IDS, CITATION_RULE];

export function citationFindings(
  text: string,
  map: ProseMap,
  settings: { edition: number; policyEdition?: number; sentencingDate?: string; knownOn?: string; editionReason?: string; rules?: Partial<Record<string, RuleSetting>> },
  cache?: CitationCache,
): CitationFinding[] {
  const override = settings.rules?.[CITATION_RULE];
  if (override === "off") return [];
  const found = checkCitations(text, settings, map, cache);
  if (found.length === 0) return found;
  const suppressions = map.comments.length ? new Suppressions(text, map.comments, new LineIndex(text)) : undefined;
  return found
    .filter((f) => !suppressions?.isSuppressed(CITATION_RULE, f.start, f.end))
    .map((f) => (override ? { ...f, severity: override } : f));
}
