/**
 * Inline suppression comments, markdownlint style:
 *   <!-- heartland-disable-next-line RULE [RULE…] -->   the next non-blank line
 *   <!-- heartland-disable-line RULE -->                 the comment's own line
 *   <!-- heartland-disable RULE -->  …  <!-- heartland-enable RULE -->
 * No rule named = all rules. Rule names may be separated by spaces or commas.
 * Reads the `comments` spans from `proseOf`, so comments inside code are ignored.
 */
import type { Span } from "./prose";
import { LineIndex } from "./lines";

export type Directive = "disable" | "enable" | "disable-next-line" | "disable-line";

export interface SuppressionComment {
  directive: Directive;
  /** Empty = every rule. */
  rules: string[];
  start: number;
  end: number;
}

const ALL = "*";

export function parseSuppressionComments(text: string, comments: Span[]): SuppressionComment[] {
  const out: SuppressionComment[] = [];
  for (const c of comments) {
    const raw = text.slice(c.start, c.end);
    const body = raw.slice(4, raw.endsWith("-->") ? raw.length - 3 : raw.length).trim();
    if (!body.startsWith("heartland-")) continue;
    const words = body.split(/[\s,]+/).filter((w) => w !== "");
    const d = words[0].slice("heartland-".length);
    if (d !== "disable" && d !== "enable" && d !== "disable-next-line" && d !== "disable-line") continue;
    out.push({ directive: d, rules: words.slice(1), start: c.start, end: c.end });
  }
  return out;
}

/** Answers "is RULE suppressed for the sentence at [start, end)?" */
export class Suppressions {
  /** line → rules disabled on it ("*" = all). */
  private readonly lines = new Map<number, Set<string>>();
  /** Ranges [start, end) per rule ("*" = all). */
  private readonly ranges: { rule: string; start: number; end: number }[] = [];

  constructor(text: string, comments: Span[], lineIndex: LineIndex = new LineIndex(text)) {
    const open = new Map<string, number>();
    for (const c of parseSuppressionComments(text, comments)) {
      const rules = c.rules.length ? c.rules : [ALL];
      if (c.directive === "disable-next-line" || c.directive === "disable-line") {
        let line = lineIndex.positionAt(c.end).line;
        if (c.directive === "disable-next-line") {
          line++;
          while (line < lineIndex.lineCount && lineIndex.lineText(line).trim() === "") line++;
        } else line = lineIndex.positionAt(c.start).line;
        const set = this.lines.get(line) ?? new Set<string>();
        for (const r of rules) set.add(r);
        this.lines.set(line, set);
      } else if (c.directive === "disable") {
        for (const r of rules) if (!open.has(r)) open.set(r, c.end);
      } else {
        if (rules.includes(ALL)) {
          for (const [r, s] of open) this.ranges.push({ rule: r, start: s, end: c.start });
          open.clear();
        } else {
          for (const r of rules) {
            const s = open.get(r);
            if (s !== undefined) {
              this.ranges.push({ rule: r, start: s, end: c.start });
              open.delete(r);
            }
          }
        }
      }
    }
    for (const [r, s] of open) this.ranges.push({ rule: r, start: s, end: text.length });
    this.lineIndex = lineIndex;
  }

  private readonly lineIndex: LineIndex;

  isSuppressed(rule: string, start: number, end: number = start): boolean {
    for (const r of this.ranges) if ((r.rule === ALL || r.rule === rule) && start >= r.start && start < r.end) return true;
    if (this.lines.size === 0) return false;
    const first = this.lineIndex.positionAt(start).line;
    const last = this.lineIndex.positionAt(Math.max(start, end - 1)).line;
    for (let l = first; l <= last; l++) {
      const set = this.lines.get(l);
      if (set && (set.has(ALL) || set.has(rule))) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.lines.size === 0 && this.ranges.length === 0;
  }
}
