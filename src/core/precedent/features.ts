/**
 * Features of a paragraph for the learned stage: words and word pairs of the normalised text,
 * plus what the earlier stages saw (topic evidence per rule, speaker and stance, brief context).
 *
 * One definition, used by the offline trainer (`bench/train.mjs`) and at run time, so the model
 * scores exactly the features it was trained on. Pure: no `vscode`, no Node built-ins.
 */

/** Words too common to carry a signal on their own (kept inside word pairs). */
const STOP = new Set([
  "the", "a", "an", "of", "to", "and", "in", "that", "is", "was", "for", "on", "as", "by", "with", "be", "at", "or", "this",
  "it", "which", "from", "are", "were", "has", "have", "had", "been", "s",
]);

/** Lower-case word tokens: letters and digits; "§" and section numbers kept ("3553", "2l1.2" → "2l1", "2"). */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  const t = text.toLowerCase();
  // each token is a slice of `t` (flat strings: cheap to hash and compare)
  let from = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 191 && c !== 0x2014 && c !== 0x2013 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0xa7);
    if (word) {
      if (from === -1) from = i;
    } else {
      if (from !== -1) out.push(t.slice(from, i));
      from = -1;
      // "§" is a word of its own (statute and guideline citations)
      if (c === 0xa7) out.push("§");
    }
  }
  if (from !== -1) out.push(t.slice(from));
  return out;
}

/** Digits-only tokens beyond four digits (docket and page numbers) say nothing; years collapse to one token. */
export function canon(w: string): string {
  if (w.length >= 5 && allDigits(w)) return "#num";
  if (w.length === 4 && (w.startsWith("19") || w.startsWith("20")) && allDigits(w)) return "#year";
  return w;
}

/** `/^\d+$/.test(w)` for a non-empty `w`, without a regular expression (asked of every token the learned stage reads). */
function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Is `w` too common to be a feature of its own (it still counts inside word pairs)? */
export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

/**
 * The feature names of a text: `w:word` for each distinct non-stop word, `b:word word` for each
 * distinct pair of adjacent words. Presence only (a repeated word counts once).
 */
export function textFeatures(text: string, into: Set<string> = new Set()): Set<string> {
  const toks = tokensOf(text).map(canon);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i];
    if (!STOP.has(w)) into.add("w:" + w);
    if (i + 1 < toks.length) into.add("b:" + w + " " + toks[i + 1]);
  }
  return into;
}
