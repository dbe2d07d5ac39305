/**
 * Where a string first occurs in a document's text, kept across its edits (issue 9: the diagnostics
 * look up each authority's case name in the brief on every keystroke, and a name the brief does not
 * hold cost a read of the whole text). After an edit, a name's first place is found again only where
 * the edit could have changed it: a place wholly before the changed text stands; otherwise only the
 * changed text and its edges are searched, or (a first place that the edit touched) the text from there on.
 * Same answers as `text.indexOf(name)` (test/unit/occurrences.test.ts).
 */
import { editBetween } from "./prose";

export class FirstOccurrences {
  private text = "";
  private readonly at = new Map<string, number>();

  /** The first place of `name` in `text` (−1: none), as `text.indexOf(name)`. */
  indexOf(text: string, name: string): number {
    if (text !== this.text) this.moveTo(text);
    let i = this.at.get(name);
    if (i === undefined) {
      if (this.at.size >= 5000) this.at.clear();
      this.at.set(name, (i = text.indexOf(name)));
    }
    return i;
  }

  /** The places of the names looked up so far, moved from the last text to `text`. */
  private moveTo(text: string): void {
    const old = this.text;
    this.text = text;
    if (!this.at.size) return;
    const { prefix: p, suffix: s, delta } = editBetween(old, text);
    const oldEnd = old.length - s;
    const newEnd = text.length - s;
    for (const [name, i] of this.at) {
      const n = name.length;
      // a first place wholly before the change stands (nothing before it changed)
      if (i !== -1 && i + n <= p) continue;
      // no earlier place can end before the change: the first place starts at `from` or later
      const from = Math.max(0, p - n + 1);
      let j: number;
      if (i === -1 || i >= oldEnd) {
        // a place touching the change starts before newEnd; past it, the old first place moved (or none)
        const w = text.slice(from, Math.min(text.length, newEnd + n - 1)).indexOf(name);
        j = w !== -1 ? from + w : i === -1 ? -1 : i + delta;
      } else {
        // the old first place overlapped the change: search on from the change's start
        j = text.indexOf(name, from);
      }
      this.at.set(name, j);
    }
  }
}
