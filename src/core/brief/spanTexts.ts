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
 *   keys.text(p.start, p.end)               // per span, in order of start (as every reader goes;
 *                                           // out of order a span may be read afresh, never wrongly)
 *
 * Equal to `prose.slice(start, end)` always (test/unit/spanTexts.test.ts pins it through seeded edits).
 */
import { editBetween, type Edit } from "./prose";

export class SpanTexts {
  private prose: string | undefined;
  private written: string | undefined;
  private edit: Edit | undefined;
  /** Last run's spans, in the order read (by start, as the readers go): start, end, key. Two sets of arrays, swapped per run, so a keystroke allocates nothing that outlives it. */
  private last = spans();
  private now = spans();
  /** Where the last look-up in `last` ended (the next is usually just after it). */
  private cursor = 0;

  /**
   * Start a run over `prose` (the spans of the last run become the ones to reuse). `text`: a second
   * string of the same length the keys are also made from (the text as written beside its masked
   * prose); a span is reused only where neither changed.
   */
  begin(prose: string, text: string = prose): void {
    const old = this.prose;
    const oldText = this.written;
    this.edit = old === undefined ? undefined : editBetween(old, prose);
    if (this.edit && text !== prose) {
      const t = oldText === undefined ? undefined : editBetween(oldText, text);
      this.edit = t && { prefix: Math.min(t.prefix, this.edit.prefix), suffix: Math.min(t.suffix, this.edit.suffix), delta: t.delta };
    }
    this.prose = prose;
    this.written = text;
    const spent = this.last;
    this.last = this.now;
    this.now = spent;
    spent.starts.length = spent.ends.length = spent.keys.length = 0;
    this.cursor = 0;
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
    const i = at === -1 ? -1 : this.find(at);
    const key = i !== -1 && this.last.ends[i] - at === end - start ? this.last.keys[i] : make();
    this.now.starts.push(start);
    this.now.ends.push(end);
    this.now.keys.push(key);
    return key;
  }

  /** The index of the last run's span starting at `at`, or -1: from the cursor on, else by halves. */
  private find(at: number): number {
    const starts = this.last.starts;
    let i = this.cursor;
    while (i < starts.length && starts[i] < at && i < this.cursor + 4) i++;
    if (i >= starts.length || starts[i] !== at) {
      // not just after the last look-up: search the whole (its starts rise, as the readers read in order)
      let lo = 0;
      let hi = starts.length - 1;
      i = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] === at) {
          i = mid;
          break;
        }
        if (starts[mid] < at) lo = mid + 1;
        else hi = mid - 1;
      }
      if (i === -1) return -1;
    }
    this.cursor = i + 1;
    return i;
  }
}

function spans(): { starts: number[]; ends: number[]; keys: string[] } {
  return { starts: [], ends: [], keys: [] };
}
