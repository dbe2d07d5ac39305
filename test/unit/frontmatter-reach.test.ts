/**
 * frontMatterReach (issue 9): the status item keeps a brief's front-matter settings across a change that starts at or
 * after the reach, without reading the text. Seeded edits of texts with closed, unclosed, TOML, CRLF and no front
 * matter: every edit that starts at or after the reach leaves `frontMatterOf` and `readFrontMatter` as they were; and
 * the reach is tight (edits just before it change the front matter in some texts, so a reach one less would still
 * hold, one more would not).
 */
import * as assert from "node:assert/strict";
import { frontMatterOf, frontMatterReach } from "../../src/core/brief/prose";
import { readFrontMatter } from "../../src/core/brief/frontmatter";
import { rng } from "./rng";

const BODIES = [
  "---\ncircuit: 9\nguidelines-manual: 2018\n---\n\n# Motion\n\nText of the brief.\n",
  "---\r\ncircuit: 5\r\ndocument: compassionate-release-motion\r\n---\r\n\r\nBody.\r\n",
  "+++\ncircuit = \"2\"\n+++\nBody after TOML.\n",
  "---\ncircuit: 9\n...\nBody after a YAML end marker.\n",
  "---\ncircuit: 9\nno closing fence yet\n\nBody.\n",
  "---\ncircuit: 9\n---",
  "# No front matter\n\ncircuit: 9\n---\n\nBody.\n",
  "Plain first line\n---\ncircuit: 3\n---\n",
  "---",
  "",
  "--- \ncircuit: 4\n---  \nTrailing spaces on the fences.\n",
];
const PIECES = ["---", "+++", "...", "\n", "\r\n", "circuit: 7\n", "x", " ", "guidelines-manual: 2021\n", "---\n", "\n---\n"];

function read(text: string) {
  const fm = frontMatterOf(text);
  return { fm, settings: readFrontMatter(text, fm) };
}

describe("frontMatterReach: a change from the reach on keeps the front matter", () => {
  it("4,000 seeded edits at or after the reach change nothing the front matter gives; edits before it change it in some texts", () => {
    const rnd = rng(2026);
    const pick = (n: number) => Math.floor(rnd() * n);
    let kept = 0;
    let changedBefore = 0;
    for (let k = 0; k < 4000; k++) {
      let text = BODIES[pick(BODIES.length)];
      // some earlier edits anywhere, so the texts vary
      for (let j = pick(3); j > 0; j--) {
        const at = pick(text.length + 1);
        text = text.slice(0, at) + PIECES[pick(PIECES.length)] + text.slice(Math.min(text.length, at + pick(3)));
      }
      const before = read(text);
      const reach = frontMatterReach(text, before.fm);
      assert.equal(reach, frontMatterReach(text), "the front matter read or not, one reach");
      const piece = PIECES[pick(PIECES.length)];
      if (reach <= text.length) {
        const at = reach + pick(text.length - reach + 1);
        const edited = text.slice(0, at) + piece + text.slice(Math.min(text.length, at + pick(4)));
        assert.deepEqual(read(edited), before, `edit at ${at} (reach ${reach}) of ${JSON.stringify(text)}`);
        kept++;
      }
      // just before the reach (the last character it covers): some such edits must change the front matter
      const last = Number.isFinite(reach) ? reach - 1 : text.length;
      const edited = text.slice(0, last) + piece + text.slice(last);
      if (JSON.stringify(read(edited)) !== JSON.stringify(before)) changedBefore++;
    }
    assert.ok(kept > 2000, `${kept} edits at or after the reach`);
    assert.ok(changedBefore > 200, `${changedBefore} edits just before the reach changed the front matter`);
  });

  it("the reach of each kind of text", () => {
    assert.equal(frontMatterReach("---\ncircuit: 9\n---\nBody\n"), "---\ncircuit: 9\n---\n".length);
    assert.equal(frontMatterReach("---\r\ncircuit: 9\r\n---\r\nBody\r\n"), "---\r\ncircuit: 9\r\n---\r\n".length);
    assert.equal(frontMatterReach("---\ncircuit: 9\n---"), Infinity, "closing fence on the last line: appending changes it");
    assert.equal(frontMatterReach("---\ncircuit: 9\n\nBody\n"), Infinity, "an unclosed fence: any later line may close it");
    assert.equal(frontMatterReach("# Title\n\nBody\n"), "# Title\n".length, "no fence: only the first line could make one");
    assert.equal(frontMatterReach("# Title"), Infinity);
    assert.equal(frontMatterReach(""), Infinity);
  });
});
