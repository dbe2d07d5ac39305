/** Offsets ↔ 0-based line/character positions over one text, in O(log n) per lookup. */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // the engine's own search for the line breaks: several times faster than a loop over every character
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** Offset of the end of a line's content (before its \r\n or \n). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > this.starts[line] && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}

/**
 * The ATX heading a line is (`## Argument ##` → level 2, "Argument"), or undefined: up to three
 * spaces, one to six "#", then a space, a tab or the line's end; a closing run of "#" is dropped. The
 * one reader of heading lines (the brief's context and the table of authorities both use it).
 */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let n = 0;
  while (line[i + n] === "#") n++;
  if (n < 1 || n > 6) return undefined;
  i += n;
  if (i < line.length && line[i] !== " " && line[i] !== "\t" && line[i] !== "\r") return undefined;
  let e = line.length;
  while (e > i && (line[e - 1] === " " || line[e - 1] === "\t" || line[e - 1] === "\r")) e--;
  let h = e;
  while (h > i && line[h - 1] === "#") h--;
  if (h === i || line[h - 1] === " " || line[h - 1] === "\t") e = h; // closing sequence
  return { level: n, text: line.slice(i, e).trim() };
}

