/** A brief read once: its prose map, front-matter settings and citations (computed lazily). */
import { proseOf, type ProseMap } from "./prose";
import { readFrontMatter, type FrontMatterSettings } from "./frontmatter";
import { recognizeCitations } from "../citations/recognize";
import type { CitationMatch } from "../citations/types";
import { resolveSettings, type EffectiveSettings, type UserSettings } from "../settings";

export class Brief {
  readonly map: ProseMap;
  readonly front: FrontMatterSettings;
  private _citations?: CitationMatch[];

  constructor(readonly text: string) {
    this.map = proseOf(text);
    this.front = readFrontMatter(text, this.map.frontMatter);
  }

  get citations(): CitationMatch[] {
    return (this._citations ??= recognizeCitations(this.map.prose, this.text));
  }

  settings(user: UserSettings): EffectiveSettings {
    return resolveSettings(user, this.front);
  }
}
