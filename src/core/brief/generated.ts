/**
 * Heartland's own generated blocks in a brief, so that Heartland never flags what it wrote:
 *
 *   range / compare   `<!-- heartland-range {…} -->` … `<!-- /heartland-range -->` (and the
 *                     compare form): read in the Guidelines Manual edition the block names,
 *                     never as the brief's own argument;
 *   toa               `<!-- heartland-toa -->` … `<!-- /heartland-toa -->`: a list of what the
 *                     brief cites, not a citation of its own — skipped.
 *
 * `generatedBlocks` finds them; `withoutGenerated` gives the prose map with them blanked (what
 * the argument analysis and the brief's citation checks read); `rangeBlockMaps` gives, per
 * edition, the prose map of only the range blocks that name it (what the citation checks read
 * in that edition). Pure: no editor, no Node built-ins.
 */
import type { ProseMap, Span } from "./prose";
import { findRecordedBlocks } from "../sentencing/markdown";
import { findTable } from "../toa";
import { citationFindings } from "../citations/lint";
import type { CitationFinding } from "../citations/check";
import type { CitationCache } from "../citations/cache";
import type { RuleSetting } from "../precedent/types";

export type GeneratedKind = "range" | "compare" | "toa";

export interface GeneratedBlock extends Span {
  kind: GeneratedKind;
  /** The Guidelines Manual edition a range or compare block names (undefined for a TOA or an unreadable record). */
  edition?: number;
}

function editionOf(data: unknown, kind: "range" | "compare"): number | undefined {
  const input = kind === "compare" ? (data as { input?: unknown } | undefined)?.input : data;
  const manual = (input as { manual?: unknown } | undefined)?.manual;
  return typeof manual === "number" && Number.isInteger(manual) ? manual : undefined;
}

/** Every generated block in `text`, in document order (cheap when there is none). */
export function generatedBlocks(text: string): GeneratedBlock[] {
  if (!text.includes("<!-- heartland-")) return [];
  const out: GeneratedBlock[] = findRecordedBlocks(text).map((b) => ({ kind: b.kind, start: b.start, end: b.end, edition: editionOf(b.data, b.kind) }));
  const toa = findTable(text);
  if (toa) out.push({ kind: "toa", start: toa.start, end: toa.end });
  return out.sort((a, b) => a.start - b.start);
}

/** The generated block containing `offset`, if any. */
export function generatedBlockAt(blocks: readonly GeneratedBlock[], offset: number): GeneratedBlock | undefined {
  return blocks.find((b) => b.start <= offset && offset < b.end);
}

/** `s` with every character but \r and \n replaced by a space (offsets and lines kept). */
function blankText(s: string): string {
  return s.replace(/[^\r\n]/g, " ");
}

/** The map with `spans` blanked in its prose (same length, same lines). */
function blanked(map: ProseMap, spans: readonly Span[]): ProseMap {
  if (spans.length === 0) return map;
  let prose = "";
  let pos = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, pos);
    if (s.end <= start) continue;
    prose += map.prose.slice(pos, start) + blankText(map.prose.slice(start, s.end));
    pos = s.end;
  }
  prose += map.prose.slice(pos);
  return { ...map, prose };
}

/** The brief's own prose: every generated block blanked. */
export function withoutGenerated(map: ProseMap, blocks: readonly GeneratedBlock[]): ProseMap {
  return blanked(map, blocks);
}

/**
 * Per edition, the prose map of only the range and compare blocks that name it (everything else
 * blanked, front matter not read; suppression comments anywhere still apply). A block whose record names no edition is read in `fallback`.
 */
export function rangeBlockMaps(map: ProseMap, blocks: readonly GeneratedBlock[], fallback: number): { edition: number; map: ProseMap }[] {
  const byEdition = new Map<number, GeneratedBlock[]>();
  for (const b of blocks) {
    if (b.kind === "toa") continue;
    const e = b.edition ?? fallback;
    byEdition.set(e, [...(byEdition.get(e) ?? []), b]);
  }
  const out: { edition: number; map: ProseMap }[] = [];
  for (const [edition, own] of byEdition) {
    // blank everything outside these blocks
    const outside: Span[] = [];
    let pos = 0;
    for (const b of own) {
      if (b.start > pos) outside.push({ start: pos, end: b.start });
      pos = Math.max(pos, b.end);
    }
    if (pos < map.prose.length) outside.push({ start: pos, end: map.prose.length });
    const m = blanked(map, outside);
    out.push({ edition, map: { ...m, frontMatter: undefined } });
  }
  return out.sort((a, b) => a.edition - b.edition);
}

/**
 * The `citation-check` findings of a brief with its generated blocks: the brief's own text in
 * the brief's edition, each range or compare block in the edition it names, a TOA not at all.
 */
export function citationFindingsWithBlocks(
  text: string,
  map: ProseMap,
  blocks: readonly GeneratedBlock[],
  settings: { edition: number; policyEdition?: number; sentencingDate?: string; knownOn?: string; editionReason?: string; rules?: Partial<Record<string, RuleSetting>> },
  cache?: CitationCache,
): CitationFinding[] {
  if (blocks.length === 0) return citationFindings(text, map, settings, cache);
  const out = citationFindings(text, withoutGenerated(map, blocks), settings, cache);
  // a block's policy statements too are read in the edition it names
  for (const b of rangeBlockMaps(map, blocks, settings.edition)) out.push(...citationFindings(text, b.map, { ...settings, edition: b.edition, policyEdition: undefined, editionReason: "the edition the inserted range block names" }));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
