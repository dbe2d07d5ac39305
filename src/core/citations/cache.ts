/**
 * The citation checks' reading of a brief, kept per block of text between blank lines so that a
 * keystroke re-reads one block, as the argument analysis re-reads one paragraph (issue 9). The
 * findings are exactly those of the whole-brief check (test/unit/citation-cache.test.ts,
 * test/unit/citation-incremental.test.ts):
 *
 * - citations: no citation, nor any reading of one, crosses a blank line (every reader skips at
 *   most one line break), so the citations of a block are read with the scan starting at the
 *   block and cached by the block's text (masked prose and original) up to the next block. Where
 *   a citation does end past its block the whole brief is read the plain way instead; a block whose
 *   "Id." adding a part to a guideline citation precedes its first citation depends on the citation
 *   before it and is read afresh;
 * - blocks: made from the last run's by the edit (`blocksAfterEdit`), not the whole prose read again;
 * - findings: `checkCitations` keeps each block's findings here (`checked`) with what they were read
 *   with, and re-checks only the blocks whose text or incoming state changed (check.ts, `checkByBlock`;
 *   test/unit/citation-incremental.test.ts pins them to a fresh check through seeded edits). The
 *   readings of a block whose findings are kept are not even moved: `readingsOf` moves them when asked.
 *
 * One instance per open document (the editor keeps one beside its BriefAnalyzer); without one the
 * checks read the whole brief as before.
 */
import { recognizeCitationsIn } from "./recognize";
import { recognizeCaseCitationsIn, type CaseCitationMatch } from "./cases";
import type { CitationMatch } from "./types";
import { SpanTexts } from "../brief/spanTexts";
import { editBetween } from "../brief/prose";

/** Starts the key of a block whose masked prose differs from its text: the key is then both, after it (same lengths, so the pair is unambiguous; a block that itself starts with this character is keyed so too). */
const MASKED = "\u0000";

/** A reading's offsets are its `start` and `end` numbers; what a match points to (its reporter, its citation) is shared data, never moved or copied. */
const isOffset = (k: string, v: unknown): v is number => (k === "start" || k === "end") && typeof v === "number";
const isSharedData = (k: string) => k === "reporterInfo" || k === "citation";

/** `x` with every offset moved by `d` (new objects; shared data shared). */
function shifted<T>(x: T, d: number): T {
  if (Array.isArray(x)) return x.map((v) => shifted(v, d)) as T;
  if (x !== null && typeof x === "object") {
    const o: Record<string, unknown> = {};
    for (const k in x) {
      const v = (x as Record<string, unknown>)[k];
      o[k] = isOffset(k, v) ? v + d : isSharedData(k) ? v : shifted(v, d);
    }
    return o as T;
  }
  return x;
}

/**
 * `x`'s every `start` / `end` offset moved by `d`, in place (the data a match points to, its reporter
 * and citation, untouched): a keystroke moves the readings after it without copying them (copies kept
 * until the next keystroke made work for the collector).
 */
function shiftInPlace(x: unknown, d: number, moved: Set<object>): void {
  if (x === null || typeof x !== "object" || moved.has(x)) return;
  // a reading may hold one object twice (a citation's parenthetical, shared with its history): move it once
  moved.add(x);
  if (Array.isArray(x)) {
    for (const v of x) shiftInPlace(v, d, moved);
    return;
  }
  const o = x as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (isOffset(k, v)) o[k] = v + d;
    else if (typeof v === "object" && !isSharedData(k)) shiftInPlace(v, d, moved);
  }
}

/**
 * A cached reading at the offset it was last used at, and the run that last used it: a reading
 * used twice in one run (the same block at two places) is copied for its second place, never moved
 * under the first.
 */
interface Entry<T> {
  at: number;
  value: T;
  run?: number;
}

/** Move a cached reading to `at` for run `run`. */
function place<T>(hit: Entry<T>, at: number, run: number): void {
  if (hit.at !== at) {
    if (hit.run === run) hit.value = shifted(hit.value, at - hit.at);
    else shiftInPlace(hit.value, at - hit.at, new Set());
    hit.at = at;
  }
  hit.run = run;
}

/** Blocks of non-blank lines: `start` (the first line's start) to `next` (the next block's start, or the end); `line`, the 0-based line of `start`, and `lines`, how many lines the block has (its blank lines after it included). */
export function blocksOf(prose: string): KeyedBlock[] {
  const out: KeyedBlock[] = [];
  scanBlocks(prose, 0, 0, out);
  return out;
}

/**
 * The blocks from `pos` (a line's start outside any block, on 0-based line `line`) on, pushed to
 * `out`. `stop(next)`, asked at each block's end: stop there (the block starting at `next` is not
 * read). Returns where it stopped, or -1 at the end of the prose.
 */
function scanBlocks(prose: string, pos: number, line: number, out: KeyedBlock[], stop?: (next: number) => boolean): number {
  let open = -1;
  let openLine = 0;
  while (pos < prose.length) {
    let nl = prose.indexOf("\n", pos);
    if (nl === -1) nl = prose.length;
    let i = pos;
    while (i < nl && (prose[i] === " " || prose[i] === "\t" || prose[i] === "\r")) i++;
    const blank = i >= nl;
    if (!blank && open === -1) {
      open = pos;
      openLine = line;
    }
    if (blank && open !== -1) {
      // the block runs on through its blank lines to the next one
      let q = nl + 1;
      line++;
      for (;;) {
        if (q >= prose.length) break;
        let e = prose.indexOf("\n", q);
        if (e === -1) e = prose.length;
        let j = q;
        while (j < e && (prose[j] === " " || prose[j] === "\t" || prose[j] === "\r")) j++;
        if (j < e) break;
        q = e + 1;
        line++;
      }
      const next = Math.min(q, prose.length);
      out.push({ start: open, next, line: openLine, lines: line - openLine, key: "" });
      open = -1;
      pos = next;
      if (stop && next < prose.length && stop(next)) return next;
      continue;
    }
    pos = nl + 1;
    line++;
  }
  if (open !== -1) out.push({ start: open, next: prose.length, line: openLine, lines: line - openLine, key: "" });
  return -1;
}

/** The index of the block starting at `at` in `blocks` (in order of start), or -1. */
function blockAt(blocks: readonly BlockSpan[], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start === at) return mid;
    if (blocks[mid].start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * `blocksOf(prose)`, made from `oldBlocks`, the blocks of `old`, when `prose` is `old` edited in one
 * place: the blocks wholly before the edit are kept, the text from the last of them that the edit may
 * reach is read again up to the first block start after the edit that was a block start before, and
 * the blocks from there are the old ones moved (`oldBlocks`' objects are moved in place). A block's
 * extent is read from its own lines and the first non-blank character of the line after its blank
 * lines, so a block whose lines and next block's first character lie before the edit is unchanged.
 */
export function blocksAfterEdit(old: string, oldBlocks: KeyedBlock[], prose: string): KeyedBlock[] {
  if (old === prose) return oldBlocks;
  const e = editBetween(old, prose);
  // the first block the edit may reach: the last that starts before it, or the one before that when
  // the edit reaches the first non-blank character of its first line (a line made blank merges it)
  let j = -1;
  let lo = 0;
  let hi = oldBlocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (oldBlocks[mid].start < e.prefix) {
      j = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (j >= 0) {
    let i = oldBlocks[j].start;
    while (i < e.prefix && (old[i] === " " || old[i] === "\t" || old[i] === "\r")) i++;
    if (i >= e.prefix || old[i] === "\n") j--;
  }
  const out = j > 0 ? oldBlocks.slice(0, j) : [];
  const from = j >= 0 ? oldBlocks[j].start : 0;
  const fromLine = j >= 0 ? oldBlocks[j].line : 0;
  const editEnd = prose.length - e.suffix;
  let k = -1;
  const stopped = scanBlocks(prose, j >= 0 ? from : 0, j >= 0 ? fromLine : 0, out, (next) => next >= editEnd && (k = blockAt(oldBlocks, next - e.delta)) !== -1);
  if (stopped === -1) return out;
  const dLine = out[out.length - 1].line + out[out.length - 1].lines - oldBlocks[k].line;
  for (let i = k; i < oldBlocks.length; i++) {
    const b = oldBlocks[i];
    b.start += e.delta;
    b.next += e.delta;
    b.line += dLine;
    out.push(b);
  }
  return out;
}

/** A block of text between blank lines, as `CitationCache.walk` hands it out. */
export interface BlockSpan {
  start: number;
  next: number;
  /** 0-based line of `start`. */
  line: number;
  /** Lines from `start` to `next` (the block's blank lines after it included). */
  lines: number;
}

/** A block of this run with its key: its text (and masked prose where they differ), the same string object while the edit does not touch it. */
export interface KeyedBlock extends BlockSpan {
  key: string;
}

export class CitationCache {
  /** Blocks whose masked prose is the text as written, by that text; the others by `MASKED`, prose and text. */
  private blocks = new Map<string, Entry<{ cases: CaseCitationMatch[]; others: CitationMatch[] }>>();

  /** The blocks' texts, as read on the last run where the edit did not touch them. */
  private blockTexts = new SpanTexts();
  /** Runs so far. */
  private runs = 0;

  constructor(private readonly maxEntries = 20000) {}

  /**
   * The citation checks' findings per block, by the block's key (`check.ts` owns what an entry holds:
   * the findings and what they were read with), and the settings they were made under.
   */
  readonly checked = new Map<string, unknown>();
  /** The last run's prose and blocks (`walk`): the next run's blocks are made from them. */
  private walked: { prose: string; blocks: KeyedBlock[] } | undefined;
  checkedUnder: string | undefined;

  private trim(): void {
    if (this.blocks.size > this.maxEntries) this.blocks.clear();
    if (this.checked.size > this.maxEntries) this.checked.clear();
  }

  /**
   * This run's blocks of `prose` with their keys, for the citation checks kept per block (`check.ts`):
   * `readingsOf` then gives a block's citations. One run per call.
   */
  walk(prose: string, text: string): KeyedBlock[] {
    this.trim();
    ++this.runs;
    this.blockTexts.begin(prose, text);
    const out = this.walked && this.walked.prose !== prose ? blocksAfterEdit(this.walked.prose, this.walked.blocks, prose) : (this.walked?.blocks ?? blocksOf(prose));
    this.walked = { prose, blocks: out };
    for (const b of out) b.key = this.blockKey(prose, text, b);
    return out;
  }

  private blockKey(prose: string, text: string, b: BlockSpan): string {
    // the masked prose and the text as written (the same, but where markup or comments were masked): both decide what is read
    return this.blockTexts.text(b.start, b.next, () => {
      const p = prose.slice(b.start, b.next);
      const t = text.slice(b.start, b.next);
      return p === t && p.charCodeAt(0) !== 0 ? p : MASKED + p + t;
    });
  }

  /**
   * The citations of a block of this run's `walk`, at its place (from the cache where its text was read
   * before); `prev`, the last other citation before it (an "Id." at the block's start reads it). Undefined
   * when a citation reaches outside the block (the caller then reads the whole brief). `readPrev`: the
   * block's citations depend on `prev` (never cached).
   */
  readingsOf(prose: string, text: string, b: KeyedBlock, prev: CitationMatch | undefined): { cases: CaseCitationMatch[]; others: CitationMatch[]; readPrev: boolean } | undefined {
    const run = this.runs;
    const hit = this.blocks.get(b.key);
    if (hit) {
      place(hit, b.start, run);
      return { cases: hit.value.cases, others: hit.value.others, readPrev: false };
    }
    const c = recognizeCaseCitationsIn(prose, text, b.start, b.next);
    const o = recognizeCitationsIn(prose, text, b.start, b.next, prev);
    for (const m of c) if (m.start < b.start || m.end > b.next) return undefined;
    for (const m of o.matches) if (m.start < b.start || m.end > b.next) return undefined;
    if (!o.readPrev) this.blocks.set(b.key, { at: b.start, value: { cases: c, others: o.matches }, run });
    return { cases: c, others: o.matches, readPrev: o.readPrev };
  }
}
