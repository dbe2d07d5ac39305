/**
 * The texts of a brief's spans (paragraphs, blocks) as cache keys, read so that a keystroke costs
 * what it changed (issue 9). A cache keyed by a paragraph's text must hash that text on every run;
 * slicing 250 KB of paragraphs and hashing them cost a millisecond per keystroke. A span that lies
 * wholly in text the edit did not touch has the same text as the span it was in the last run, so
 * the string read then is returned: the same object, whose hash the engine keeps, and equal by
 * construction. Only the spans the edit touched (or that did not exist before) are sliced afresh.
 *
 *   const keys = new SpanTexts();
 *   keys.begin(prose);                      // once per run, before the spans
 *   keys.text(p.start, p.end)               // per span, in any order
 *
 * Equal to `prose.slice(start, end)` always (test/unit/spanTexts.test.ts pins it through seeded edits).
 */
import { editBetween, type Edit } from "./prose";

export class SpanTexts {
  private prose: string | undefined;
  private written: string | undefined;
  private edit: Edit | undefined;
  /** Last run's spans by start: their end and text (or the key made from it). */
  private last = new Map<number, { end: number; key: string }>();
  private now = new Map<number, { end: number; key: string }>();

  /**
   * Start a run over `prose` (the spans of the last run become the ones to reuse). `text`: a second
   * string of the same length the keys are also made from (the text as written beside its masked
   * prose); a span is reused only where neither changed.
   */
  begin(prose: string, text: string = prose): void {
    const old = this.prose;
    const oldText = this.written;
    this.edit = old === undefined ? undefined : changed(old, prose);
    if (this.edit && text !== prose) {
      const t = oldText === undefined ? undefined : changed(oldText, text);
      this.edit = t && { prefix: Math.min(t.prefix, this.edit.prefix), suffix: Math.min(t.suffix, this.edit.suffix), delta: t.delta };
    }
    this.prose = prose;
    this.written = text;
    this.last = this.now;
    this.now = new Map();
  }

  /** Where the text of [start, end) of this run's prose was in the last run's, or -1 if the edit touched it. */
  private before(start: number, end: number): number {
    const e = this.edit;
    if (!e) return -1;
    if (end <= e.prefix) return start;
    if (start >= this.prose!.length - e.suffix) return start - e.delta;
    return -1;
  }

  /**
   * The key of [start, end): `make()` (by default the span's text) read afresh, or the key made last
   * run for the same text. `make` must depend on nothing but the span's text (and text that moved
   * with it).
   */
  text(start: number, end: number, make: () => string = () => this.prose!.slice(start, end)): string {
    const at = this.before(start, end);
    const old = at === -1 ? undefined : this.last.get(at);
    const key = old && old.end - at === end - start ? old.key : make();
    this.now.set(start, { end, key });
    return key;
  }
}

/** The edit from `old` to `now`, without reading them where they are one string. */
function changed(old: string, now: string): Edit {
  return old === now ? { prefix: now.length, suffix: 0, delta: 0 } : editBetween(old, now);
}
