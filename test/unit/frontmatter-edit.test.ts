import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { setFrontMatterKey } from "../../src/core/brief/frontmatterEdit";

function apply(text: string, key: string, value: string | undefined, aliases: string[] = []): string {
  const fm = proseOf(text).frontMatter!;
  const e = setFrontMatterKey(text, fm, key, value, aliases);
  return e ? text.slice(0, e.start) + e.newText + text.slice(e.end) : text;
}

describe("setting a front-matter key (edition and circuit commands)", () => {
  const BRIEF = "---\ntitle: Memo\ncircuit: 9 # Ninth\nmanual: 2016\n---\n\n# Memo\n";
  it("replaces the value of an existing key (or its alias), keeping the key as written and a comment", () => {
    assert.equal(apply(BRIEF, "circuit", "5"), "---\ntitle: Memo\ncircuit: 5 # Ninth\nmanual: 2016\n---\n\n# Memo\n");
    assert.equal(apply(BRIEF, "guidelines-manual", "2018", ["manual", "guidelines_manual"]), "---\ntitle: Memo\ncircuit: 9 # Ninth\nmanual: 2018\n---\n\n# Memo\n");
  });
  it("adds the key at the end of the front matter when it is not there", () => {
    assert.equal(apply("---\ntitle: Memo\n---\nText\n", "guidelines-manual", "2025"), "---\ntitle: Memo\nguidelines-manual: 2025\n---\nText\n");
    assert.equal(apply("---\r\ntitle: Memo\r\n---\r\nText\r\n", "circuit", "dc"), "---\r\ntitle: Memo\r\ncircuit: dc\r\n---\r\nText\r\n");
  });
  it("removes the line for 'not set'; nothing to do when absent", () => {
    assert.equal(apply(BRIEF, "circuit", undefined), "---\ntitle: Memo\nmanual: 2016\n---\n\n# Memo\n");
    assert.equal(apply("---\ntitle: Memo\n---\n", "circuit", undefined), "---\ntitle: Memo\n---\n");
  });
});
