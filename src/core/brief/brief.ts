/** A brief read once: its prose map, front-matter settings and citations (computed lazily). */
import { proseAfterEdit, proseScan, type ParagraphBlock, type ProseMap, type ProseScan } from "./prose";
import { readFrontMatter, type FrontMatterSettings } from "./frontmatter";
import { recognizeCitations } from "../citations/recognize";
import type { CitationMatch } from "../citations/types";
import { resolveSettings, type EffectiveSettings, type UserSettings } from "../settings";

export class Brief {
  readonly map: ProseMap;
  readonly front: FrontMatterSettings;
  /** The top-level paragraphs `Brief.after` can re-read alone. */
  readonly blocks: readonly ParagraphBlock[];
  private _citations?: CitationMatch[];

  constructor(readonly text: string, scan: ProseScan = proseScan(text)) {
    this.map = scan.map;
    this.blocks = scan.blocks;
    this.front = readFrontMatter(text, this.map.frontMatter);
  }

  /**
   * `new Brief(text)` for the text of `prev` after an edit: when the edit stays inside one top-level
   * paragraph, only that paragraph is read again (`proseAfterEdit`); otherwise the whole text is read.
   * Either way the map equals `new Brief(text).map` (test/unit/brief-incremental.test.ts).
   */
  static after(prev: Brief, text: string): Brief {
    if (text === prev.text) return prev;
    return new Brief(text, proseAfterEdit({ map: prev.map, blocks: prev.blocks as ParagraphBlock[] }, prev.text, text) ?? proseScan(text));
  }

  get citations(): CitationMatch[] {
    return (this._citations ??= recognizeCitations(this.map.prose, this.text));
  }

  settings(user: UserSettings): EffectiveSettings {
    return resolveSettings(user, this.front);
  }
}
