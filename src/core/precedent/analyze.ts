/**
 * The foreclosure analysis of a brief: every sentence that makes an argument precedent
 * forecloses or restricts, with the authority, whether it binds in the brief's circuit,
 * what changed later, and what to argue instead.
 *
 *   analyzeBrief(text, settings) → Finding[]         one-shot (CLI)
 *   new BriefAnalyzer().analyze(text, settings)       incremental (editor): paragraphs are
 *                                                     cached by their text, so after a
 *                                                     keystroke only the changed paragraph is
 *                                                     re-detected.
 *
 * Skips front matter, code, HTML comments (via proseOf), block quotes, and long quotations.
 * Suppression comments are honoured.
 */
import { proseOf, type ProseMap } from "../brief/prose";
import { paragraphsOf } from "../brief/sentences";
import { Suppressions } from "../brief/suppress";
import { LineIndex } from "../brief/lines";
import { detectParagraph } from "./detect";
import { judge } from "./rules";
import type { AnalysisSettings, Detection, Finding } from "./types";

export type { AnalysisSettings, Finding } from "./types";

/** Detections of a paragraph relative to the paragraph start (so they survive moves). */
type Cached = Detection[];

export class BriefAnalyzer {
  private cache = new Map<string, Cached>();
  /** Paragraphs detected on the last run (for tests and the status item). */
  lastRedetected = 0;

  constructor(private readonly maxEntries = 20000) {}

  /** `map` may be passed when the caller already ran `proseOf(text)`. */
  analyze(text: string, settings: AnalysisSettings, map: ProseMap = proseOf(text)): Finding[] {
    const prose = map.prose;
    const next = new Map<string, Cached>();
    const detections: Detection[] = [];
    let redetected = 0;
    for (const p of paragraphsOf(prose, map.blockQuoteLines)) {
      const key = prose.slice(p.start, p.end);
      let rel = next.get(key) ?? this.cache.get(key);
      if (!rel) {
        redetected++;
        rel = detectParagraph(key, 0, key.length);
      }
      next.set(key, rel);
      for (const d of rel) detections.push({ ...d, start: d.start + p.start, end: d.end + p.start });
    }
    this.cache = next.size <= this.maxEntries ? next : new Map();
    this.lastRedetected = redetected;

    const suppressions = map.comments.length ? new Suppressions(text, map.comments, new LineIndex(text)) : undefined;
    const findings: Finding[] = [];
    for (const d of detections) {
      if (suppressions && suppressions.isSuppressed(d.rule, d.start, d.end)) continue;
      const f = judge(d, settings);
      if (f) findings.push(f);
    }
    return findings;
  }
}

export function analyzeBrief(text: string, settings: AnalysisSettings, map?: ProseMap): Finding[] {
  return new BriefAnalyzer().analyze(text, settings, map);
}
