import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { readFrontMatter } from "../../src/core/brief/frontmatter";

describe("proseOf", () => {
  it("keeps length and masks code, comments, link targets and front matter", () => {
    const text = "---\ncircuit: 9\n---\nSee `USSG §2L1.2` and [x](http://a.b/§2L1.2) <!-- §5K2.0 --> ok\n```\n§3E1.1\n```\nend";
    const { prose, frontMatter } = proseOf(text);
    assert.equal(prose.length, text.length);
    assert.equal(prose.split("\n")[0].trim(), "");
    assert.equal(prose.indexOf("§2L1.2"), -1);
    assert.equal(prose.indexOf("§5K2.0"), -1);
    assert.equal(prose.indexOf("§3E1.1"), -1);
    assert.ok(prose.includes("[x]"));
    assert.ok(prose.endsWith("end"));
    assert.deepEqual(frontMatter && [frontMatter.bodyStart, frontMatter.bodyEnd], [4, 15]);
  });

  it("records block quotes and comments spanning lines", () => {
    const text = "Intro.\n\n> The court held X.\n\n<!-- a\nb -->\nAfter.";
    const m = proseOf(text);
    assert.deepEqual([...m.blockQuoteLines], [2]);
    assert.equal(m.comments.length, 1);
    assert.equal(text.slice(m.comments[0].start, m.comments[0].end), "<!-- a\nb -->");
    assert.ok(m.prose.endsWith("After."));
  });

  it("treats indented lines after a blank line as code, but not list continuations", () => {
    const code = proseOf("Para.\n\n    §2L1.2\n");
    assert.equal(code.prose.indexOf("§2L1.2"), -1);
    const list = proseOf("- item\n\n    §2L1.2 continues\n");
    assert.ok(list.prose.includes("§2L1.2"));
  });
});

describe("readFrontMatter", () => {
  it("reads circuit and edition, and reports bad values at the value", () => {
    const text = "---\ncircuit: 9th\nguidelines-manual: 2016\n---\n";
    const fm = readFrontMatter(text, proseOf(text).frontMatter);
    assert.equal(fm.circuit, "9");
    assert.equal(fm.manual, 2016);
    assert.deepEqual(fm.problems, []);
    const bad = "---\ncircuit: 14\nguidelines-manual: 1987\n---\n";
    const r = readFrontMatter(bad, proseOf(bad).frontMatter);
    assert.equal(r.problems.length, 2);
    assert.equal(bad.slice(r.problems[0].start, r.problems[0].end), "14");
    assert.match(r.problems[1].message, /1995 to 2025/);
  });
});
