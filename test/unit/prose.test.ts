import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { readFrontMatter } from "../../src/core/brief/frontmatter";
import { paragraphsOf } from "../../src/core/brief/sentences";

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

  it("reads a pasted paragraph's indented first line as the start of that paragraph, not as code", () => {
    const text = "# Memo\n\n      Had Mr. Lopez been arrested in Arizona, he would have been offered a plea.\nThe Court should vary downward.\n";
    const m = proseOf(text);
    assert.equal(m.prose, text);
    // one paragraph from the indented line through the lazy line after it
    const paras = paragraphsOf(m.prose, m.blockQuoteLines);
    assert.deepEqual(paras.map((p) => text.slice(p.start, p.end)), ["# Memo", "Had Mr. Lopez been arrested in Arizona, he would have been offered a plea.\nThe Court should vary downward."]);
  });

  it("reads a pasted filing's numbered heading in capitals, indented like its paragraphs, as prose, so it opens no code block that swallows them (probe pj-043)", () => {
    const text = "# Motion\n\n     I. MY SENTENCE\n\n     In 2010 I was convicted at trial of two Hobbs Act robberies and two counts under 924(c).\n\n     III. THE COURT CAN GO BELOW THE MANDATORY MINIMUM\n";
    assert.equal(proseOf(text).prose, text);
    // not a number and a period, or lower case, or too short after it: code as before
    for (const code of ["Para.\n\n    MY SENTENCE\n", "Para.\n\n    I. my sentence\n", "Para.\n\n    I. AB\n", "Para.\n\n    IV. X = Y\n"]) {
      assert.equal(proseOf(code).prose.slice(6).trim(), "", JSON.stringify(code));
    }
  });

  it("ends an indented code block at a blank line where the next indented line reads as prose, and reads a pasted list's bullets as prose (probe pj-036)", () => {
    const text = "# Motion\n\n     Since then I have:\n\n     - Got my GED in 2013 and completed thirty-one adult education classes.\n\n     My unit manager and my work supervisor wrote letters for me, which are attached.\n";
    const m = proseOf(text);
    assert.ok(m.prose.includes("My unit manager and my work supervisor"), "the paragraph after the short indented line is read");
    assert.ok(m.prose.includes("- Got my GED"), "the bullet line is read");
    assert.ok(!m.prose.includes("Since then I have"), "the short indented line is still code");
    // without a blank line the code block goes on (as before)
    assert.equal(proseOf("Para.\n\n    x = 1\n    The defendant was arrested in Arizona and offered a plea.\n").prose.slice(6).trim(), "");
  });

  it("keeps indented code as code: short, lower-case, code characters, or after a code line", () => {
    for (const code of [
      "Para.\n\n    Short line here.\n",
      "Para.\n\n    the defendant was arrested in Arizona and offered a plea\n",
      "Para.\n\n    Range = offense_level + history; see the table below for it\n",
      "Para.\n\n    x = 1\n    The defendant was arrested in Arizona and offered a plea.\n",
    ]) {
      const m = proseOf(code);
      assert.equal(m.prose.slice(6).trim(), "", JSON.stringify(code));
    }
  });

  it("reads an indented sentence-like line as prose only at the top level (in a list item or a quote it stays code)", () => {
    const text = "- item\n\n      Had Mr. Lopez been arrested in Arizona, he would have been offered a plea.\n";
    assert.ok(!proseOf(text).prose.includes("Had Mr. Lopez"));
    const quoted = "> Quote.\n>\n>     Had Mr. Lopez been arrested in Arizona, he would have been offered a plea.\n";
    assert.ok(!proseOf(quoted).prose.includes("Had Mr. Lopez"));
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
    assert.match(r.problems[1].message, /1995 to 2026/);
  });
});

describe("proseOf: CommonMark and GFM constructs a brief uses", () => {
  const kept = (text: string, needle: string) => {
    const m = proseOf(text);
    const i = text.indexOf(needle);
    return m.prose.slice(i, i + needle.length) === needle;
  };
  const quoted = (text: string, needle: string) => {
    const m = proseOf(text);
    return m.blockQuoteLines.has(text.slice(0, text.indexOf(needle)).split("\n").length - 1);
  };

  it("reads a footnote definition, its lazy and indented continuation lines as prose (not a link reference definition)", () => {
    const text = "Body.[^1]\n\n[^1]: First line of the note,\nlazy continuation 215 F.3d 696.\n\n    An indented second paragraph of the note.\n\nBack in the body.\n";
    const m = proseOf(text);
    assert.ok(kept(text, "First line of the note,"));
    assert.ok(kept(text, "lazy continuation 215 F.3d 696."));
    assert.ok(kept(text, "An indented second paragraph of the note."), "4-space continuation is the footnote's, not indented code");
    assert.equal(m.prose.indexOf("[^1]\n"), -1, "the reference [^1] in the body is blanked");
    assert.ok(m.prose.includes("[^1]: First"), "the definition's label stays (the paragraph splitter reads it)");
    assert.deepEqual(m.footnotes.map((f) => [f.label, text.slice(f.start, f.start + 5)]), [["1", "[^1]:"]]);
    assert.equal(m.blockQuoteLines.size, 0);
  });

  it("keeps [^x] that names no footnote, and still blanks [label]: /url reference definitions", () => {
    assert.ok(kept("See note [^9] here.\n", "[^9]"));
    const text = "[brief]: https://example.com/brief.pdf \"The brief\"\n\nText.";
    assert.equal(proseOf(text).prose.trim(), "Text.");
  });

  it("starts a footnote definition in the middle of a paragraph, as GFM does", () => {
    const text = "A paragraph line.\n[^n]: The note.\n";
    assert.ok(kept(text, "The note."));
    const paras = paragraphsOf(proseOf(text).prose);
    assert.deepEqual(paras.map((p) => text.slice(p.start, p.end)), ["A paragraph line.", "The note."]);
  });

  it("treats a block quote's lazy continuation line as quotation", () => {
    const text = "> The court held that a fast-track disparity\nis no ground for departure.\n\nOur argument.\n";
    assert.ok(quoted(text, "is no ground"));
    assert.ok(!quoted(text, "Our argument"));
  });

  it("treats a block quote inside a list item, and nested quotes, as quotation", () => {
    const text = "- > Quoted in an item.\n  > Second line.\n- Not quoted.\n\n> > Nested quote\n> back to one level\n";
    for (const q of ["Quoted in an item.", "Second line.", "Nested quote", "back to one level"]) assert.ok(quoted(text, q), q);
    assert.ok(!quoted(text, "Not quoted."));
    const paras = paragraphsOf(proseOf(text).prose, proseOf(text).blockQuoteLines);
    assert.deepEqual(paras.map((p) => text.slice(p.start, p.end)), ["- Not quoted."]);
  });

  it("ends a block quote at a blank line and at a new block", () => {
    const text = "> Quoted.\n\nNot quoted.\n> Quoted again.\n- a list item is not lazy\n";
    assert.ok(quoted(text, "Quoted again."));
    assert.ok(!quoted(text, "Not quoted."));
    assert.ok(!quoted(text, "a list item is not lazy"));
  });

  it("blanks HTML blocks: <pre>, <div> and the lines up to the blank line", () => {
    const text = "<pre>\nUSSG §2L1.2 in a pre block\n\nstill pre\n</pre>\n\n<div align=\"center\">\nCentred §5K2.0\n</div>\n\nProse §3E1.1.\n";
    const m = proseOf(text);
    assert.equal(m.prose.indexOf("2L1.2"), -1);
    assert.equal(m.prose.indexOf("still pre"), -1);
    assert.equal(m.prose.indexOf("5K2.0"), -1);
    assert.ok(m.prose.includes("Prose §3E1.1."));
  });

  it("keeps inline HTML's text but not its attributes", () => {
    const text = 'Text <a href="http://x.org/§2L1.2">§3E1.1</a> end.\n';
    const m = proseOf(text);
    assert.ok(m.prose.includes("§3E1.1"));
  });

  it("reads table cells as prose and blanks the delimiter row", () => {
    const text = "| Case | Holding |\n| --- | --- |\n| United States v. Ruiz | `code` and prose |\n";
    const m = proseOf(text);
    assert.ok(m.prose.includes("United States v. Ruiz"));
    assert.ok(m.prose.includes("and prose"));
    assert.equal(m.prose.indexOf("---"), -1);
    assert.equal(m.prose.indexOf("code"), -1);
    const paras = paragraphsOf(m.prose);
    assert.equal(paras.length, 2, "each row is its own paragraph");
  });

  it("does not read an HTML comment that a paragraph never closes as a comment", () => {
    const text = "Text <!-- not closed\n\nMore text.\n";
    const m = proseOf(text);
    assert.deepEqual(m.comments, []);
    assert.ok(m.prose.includes("More text."));
  });

  it("records an HTML comment block across blank lines as one comment", () => {
    const text = "<!-- heartland-disable\n\nfast-track-disparity -->\nText.\n";
    const m = proseOf(text);
    assert.equal(m.comments.length, 1);
    assert.equal(text.slice(m.comments[0].start, m.comments[0].end), "<!-- heartland-disable\n\nfast-track-disparity -->");
  });

  it("reads +++ TOML front matter as front matter, not prose", () => {
    const text = "+++\ncircuit = 9\n+++\nBody.\n";
    const m = proseOf(text);
    assert.equal(m.frontMatter?.format, "toml");
    assert.equal(m.prose.trim(), "Body.");
  });

  it("does not blank [text](not a destination)", () => {
    const text = "See [the PSR](at paragraph 12) for details.\n";
    assert.ok(kept(text, "(at paragraph 12)"));
  });
});
