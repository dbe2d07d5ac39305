/**
 * One front-matter key set to a value (or removed), as a single text edit: what the edition and
 * circuit commands do to a brief that has front matter, since the front matter overrides the
 * user's settings. Pure; the editor applies the edit.
 */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** The edit that makes `key: value` the brief's setting (`value` undefined: remove the line). `aliases` are other spellings of the key. */
export function setFrontMatterKey(
  text: string,
  fm: { bodyStart: number; bodyEnd: number },
  key: string,
  value: string | undefined,
  aliases: readonly string[] = [],
): TextEdit | undefined {
  const names = new Set([key, ...aliases].map((k) => k.toLowerCase()));
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  let pos = fm.bodyStart;
  while (pos < fm.bodyEnd) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > fm.bodyEnd) nl = fm.bodyEnd;
    const line = text.slice(pos, nl).replace(/\r$/, "");
    const colon = line.indexOf(":");
    if (colon > 0 && names.has(line.slice(0, colon).trim().toLowerCase())) {
      if (value === undefined) return { start: pos, end: Math.min(nl + 1, text.length), newText: "" };
      // keep the key as written and any trailing comment
      const rest = line.slice(colon + 1);
      const hash = rest.search(/[ \t]#/);
      const comment = hash === -1 ? "" : rest.slice(hash);
      return { start: pos, end: pos + line.length, newText: `${line.slice(0, colon)}: ${value}${comment}` };
    }
    pos = nl + 1;
  }
  if (value === undefined) return undefined;
  // not there: a new line at the end of the front matter
  const at = fm.bodyEnd;
  const needsBreak = at > fm.bodyStart && text[at - 1] !== "\n";
  return { start: at, end: at, newText: `${needsBreak ? eol : ""}${key}: ${value}${needsBreak ? "" : eol}` };
}
