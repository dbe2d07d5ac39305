// Brief.after (issue 9): the prose map re-read only in the edited paragraph must equal a full read.
// Seeded random edits (characters and words that make and break fences, headings, blank lines, code
// spans, emphasis, footnotes, HTML comments, front-matter fences, lists, quotes, tables) over the
// repository's briefs and Markdown pages and over generated briefs; after every edit the incremental
// Brief's map, blocks and front matter must deep-equal `new Brief(text)`'s.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { Brief } from "../../src/core/brief/brief";
import { proseAfterEdit, proseScan } from "../../src/core/brief/prose";

import { rng } from "./rng";

const CHARS = "aeiou tnsrl.,;:`*_#>-+=~|[]()^!<>\\@/hw1.)\n\n\r\t    \"'§";
const WORDS = [
  "the Court", " ", "\n", "\n\n", "\r\n", "```", "```\n", "\n```\n", "~~~", "\n~~~js\n", "    ", "\n    code",
  "  ", "   ", "# ", "\n# Heading\n", "\n## ", "## x", "\n===\n", "\n---\n", "---\n", "---", "...\n", "+++\n", "***", "\n* * *\n",
  "`", "``", "`code`", "*", "**", "_", "__", "*emph*", "**strong**", "[^1]", "[^2]", "[^1]: note", "\n[^1]: The note.\n",
  "[^x]: ", "<!--", "-->", "<!-- c -->", "<!-- a\nb -->", "<div>", "</div>", "\n<div>\n", "<pre>", "</pre>", "<br>",
  "<span class=\"x\">", "[a](http://b.c/§2L1.2)", "[a]", "](", "![i](p.png)", "<http://x.y>", "http://www.example.com/a ",
  "www.example.org", "a@b.co", "\n> ", "> ", "\n- ", "- ", "\n1. ", "2) ", "\n+ ", "|a|b|\n|-|-|\n", "| x | y |", "|---|",
  "\n[ref]: http://x\n", "[ref]: /u \"t\"\n", "\\", "\\`", "USSG §2L1.2", "United States v. Booker, 543 U.S. 220 (2005)",
];

const BLOCKS: ((r: () => number, w: () => string) => string)[] = [
  (_r, w) => `${w()} ${w()} argues that ${w()} ${w()}.`,
  (_r, w) => `The Court in ${w()} held that ${w()} and ${w()}\nwhile ${w()} (USSG §2L1.2) see *${w()}* and **${w()}**.`,
  (_r, w) => `# ${w()} ${w()}`,
  (_r, w) => `## ${w()}`,
  (_r, w) => `${w()} ${w()}\n===`,
  (_r, w) => "```\ncode " + w() + "\n```",
  (_r, w) => `~~~~\n${w()}\n\n${w()}\n~~~~`,
  (_r, w) => `    indented ${w()}`,
  (_r, w) => `      Had Mr. ${w()} been arrested in ${w()}, he would have ${w()}.\nThe Court should ${w()}.`,
  (_r, w) => `> ${w()} ${w()}\n> ${w()}\nlazy ${w()}`,
  (_r, w) => `- ${w()}\n- ${w()}\n\n  continued ${w()}`,
  (_r, w) => `1. ${w()}\n2. ${w()}`,
  (_r, w) => `Note ${w()}.[^1] And [^2] too.`,
  (_r, w) => `[^1]: ${w()} ${w()}\n    more ${w()}`,
  (_r, w) => `<!-- ${w()} -->`,
  (_r, w) => `<!-- ${w()}\n${w()}\n-->`,
  (_r, w) => `<div>\n${w()}\n</div>`,
  (_r, w) => `| a | b |\n|---|---|\n| ${w()} | ${w()} |`,
  (_r, w) => `See \`${w()}\` and [${w()}](http://e.x/${w()}) <!-- x --> at http://www.x.org/${w()}`,
  (_r, w) => `[ref]: http://x.y\n${w()} text`,
  () => "***",
  (_r, w) => `${w()} <span>${w()}</span> ${w()} \`\`a\` b\`\``,
];

function generated(seed: number): string {
  const r = rng(seed);
  const vocab = ["defendant", "sentence", "Guidelines", "Ochoa", "held", "§3553(a)", "departure", "variance", "fast-track", "Ninth", "Circuit", "range", "offense"];
  const w = () => vocab[Math.floor(r() * vocab.length)];
  const parts: string[] = [];
  const fm = r();
  if (fm < 0.4) parts.push("---\ncircuit: 9\nguidelines-manual: 2025\n---\n");
  else if (fm < 0.5) parts.push("---\n");
  else if (fm < 0.55) parts.push("+++\ntitle = 'x'\n+++\n");
  const n = 20 + Math.floor(r() * 30);
  for (let i = 0; i < n; i++) {
    parts.push(BLOCKS[Math.floor(r() * BLOCKS.length)](r, w));
    parts.push(r() < 0.85 ? "\n\n" : r() < 0.5 ? "\n" : "\n\n\n");
  }
  const text = parts.join("");
  return r() < 0.2 ? text.replace(/\n/g, "\r\n") : text;
}

function repoBriefs(): { name: string; text: string }[] {
  const files = ["README.md", "CHANGELOG.md"];
  for (const dir of ["examples", "test/fixtures", "docs/rules", "test/grammar"]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith(".md")) files.push(path.join(dir, f));
  }
  return files.filter((f) => fs.existsSync(f)).map((f) => ({ name: f, text: fs.readFileSync(f, "utf8") }));
}

/** One random edit of `text`: a character or a word inserted, deleted or replaced, often at a line start. */
function edit(text: string, r: () => number, typing = false): string {
  let at: number;
  if (r() < 0.3) {
    // a line start (where block structure is decided), or the end of a line
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    at = starts[Math.floor(r() * starts.length)];
    if (r() < 0.3) {
      const nl = text.indexOf("\n", at);
      at = nl === -1 ? text.length : nl;
    }
  } else at = Math.floor(r() * (text.length + 1));
  const k = typing ? r() * 0.55 : r();
  if (typing) return k < 0.35 ? text.slice(0, at) + "ae tn,.'"[Math.floor(r() * 8)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  if (k < 0.25) return text.slice(0, at) + CHARS[Math.floor(r() * CHARS.length)] + text.slice(at);
  if (k < 0.45) return text.slice(0, at) + text.slice(at + 1);
  if (k < 0.55) return text.slice(0, at) + CHARS[Math.floor(r() * CHARS.length)] + text.slice(at + 1);
  if (k < 0.85) return text.slice(0, at) + WORDS[Math.floor(r() * WORDS.length)] + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
}

interface Tally {
  edits: number;
  incremental: number;
}

/** `rounds` chains of `steps` edits from `text`, each Brief made from the previous one by `Brief.after`. */
function check(name: string, text0: string, seed: number, rounds: number, steps: number, tally: Tally, typing = false): void {
  const r = rng(seed);
  for (let round = 0; round < rounds; round++) {
    let text = text0;
    let brief = new Brief(text);
    for (let step = 0; step < steps; step++) {
      const next = edit(text, r, typing);
      const prevScan = { map: brief.map, blocks: [...brief.blocks] };
      if (next !== text && proseAfterEdit(prevScan, text, next)) tally.incremental++;
      const inc = Brief.after(brief, next);
      const full = new Brief(next);
      const where = `${name}, seed ${seed}, round ${round}, step ${step}`;
      assert.equal(inc.text, next);
      assert.deepStrictEqual(inc.map, full.map, where);
      assert.deepStrictEqual(inc.blocks, full.blocks, where);
      assert.deepStrictEqual(inc.front, full.front, where);
      tally.edits++;
      if (process.env.TALLY && step === steps - 1 && round === rounds - 1) console.log(name, tally);
      text = next;
      brief = inc;
    }
  }
}

describe("Brief.after: re-reading the edited paragraph equals a full read", () => {
  it("over the repository's briefs and Markdown pages (seeded random edits)", function () {
    this.timeout(120_000);
    const tally: Tally = { edits: 0, incremental: 0 };
    const files = repoBriefs();
    assert.ok(files.length >= 8, `found ${files.length} files`);
    files.forEach((f, i) => check(f.name, f.text, 1000 + i, 4, 25, tally));
    assert.equal(tally.edits, files.length * 100);
    // the incremental path must be the common case, or the test proves little
    assert.ok(tally.incremental > tally.edits * 0.15, `${tally.incremental} of ${tally.edits} edits incremental`);
  });

  it("over the repository's briefs and generated briefs, typing letters and deleting characters", function () {
    this.timeout(120_000);
    const tally: Tally = { edits: 0, incremental: 0 };
    const files = repoBriefs();
    files.forEach((f, i) => check(f.name, f.text, 5000 + i, 2, 50, tally, true));
    for (let seed = 1; seed <= 60; seed++) check(`generated #${seed}`, generated(seed), 7000 + seed, 2, 50, tally, true);
    assert.equal(tally.edits, (files.length + 60) * 100);
    assert.ok(tally.incremental > tally.edits * 0.15, `${tally.incremental} of ${tally.edits} edits incremental`);
  });

  it("over a brief of real passages like the bench's (bench/brief.mjs): most keystrokes re-read one paragraph (the others are on blank lines or headings)", function () {
    this.timeout(120_000);
    const texts = fs.readFileSync("bench/corpus/dev.jsonl", "utf8").split("\n").filter((l) => l.trim()).slice(0, 120).map((l) => JSON.parse(l).text as string);
    let brief = "---\ncircuit: 9\nguidelines-manual: 2025\n---\n\n# Sentencing Memorandum\n\n";
    texts.forEach((t, i) => (brief += (i % 40 === 0 ? `## Part ${i / 40 + 1}\n\n` : "") + t + "\n\n"));
    const typing: Tally = { edits: 0, incremental: 0 };
    check("passages brief", brief, 42, 4, 50, typing, true);
    assert.ok(typing.incremental > typing.edits * 0.75, `${typing.incremental} of ${typing.edits} edits incremental`);
    const any: Tally = { edits: 0, incremental: 0 };
    check("passages brief", brief, 43, 4, 50, any);
    assert.ok(any.incremental > any.edits * 0.3, `${any.incremental} of ${any.edits} edits incremental`);
  });

  it("over 120 generated briefs with every block kind, LF and CRLF (seeded random edits)", function () {
    this.timeout(120_000);
    const tally: Tally = { edits: 0, incremental: 0 };
    for (let seed = 1; seed <= 120; seed++) check(`generated #${seed}`, generated(seed), seed, 3, 40, tally);
    assert.equal(tally.edits, 120 * 120);
    assert.ok(tally.incremental > tally.edits * 0.1, `${tally.incremental} of ${tally.edits} edits incremental`);
  });

  it("re-reads only the paragraph for an edit inside one, and reads everything for a fence", () => {
    const text = "---\ncircuit: 9\n---\n\n# Title\n\nFirst para [^1] here.\n\nSecond *para* `x`.\n\n[^1]: A note.\n";
    const s = proseScan(text);
    const inPara = text.replace("Second", "Seconds");
    const a = proseAfterEdit(s, text, inPara);
    assert.ok(a);
    assert.deepStrictEqual(a, proseScan(inPara));
    assert.equal(proseAfterEdit(s, text, text.replace("Second", "```\nSecond")), undefined);
    assert.equal(proseAfterEdit(s, text, text.replace("Second", "# Second")), undefined);
    assert.equal(proseAfterEdit(s, text, text.replace("here.\n\n", "here.\n")), undefined);
    // a footnote reference typed into a paragraph is masked because the note is defined elsewhere
    const ref = text.replace("Second", "Second[^1]");
    const b = proseAfterEdit(s, text, ref);
    assert.ok(b);
    const at = ref.indexOf("Second[^1]") + 6;
    assert.equal(b.map.prose.slice(at, at + 4), "    ");
    assert.deepStrictEqual(b, proseScan(ref));
  });

  it("records a paragraph after a list or a footnote as not re-readable alone (an open container could take its lines)", () => {
    for (const text of ["- item\n\nA paragraph.\n\nMore.\n", "[^1]: note\n\nA paragraph.\n\nMore.\n", "    code\n\nA paragraph.\n\nMore.\n"]) {
      const s = proseScan(text);
      assert.deepStrictEqual(s.blocks.map((b) => b.line), [4], text);
      const indented = text.replace("A paragraph.", "    A paragraph.");
      assert.equal(proseAfterEdit(s, text, indented.replace("    A", "  A")), undefined);
      assert.deepStrictEqual(Brief.after(new Brief(text), indented).map, new Brief(indented).map);
    }
  });

  it("reads everything for an edit on line 0 (it could open front matter) and agrees on lines past the length limit", () => {
    const text = "Title line\n\nBody.\n\n+++\n\nEnd.\n";
    const toml = text.replace("Title line", "+++");
    assert.equal(proseAfterEdit(proseScan(text), text, toml), undefined);
    assert.deepStrictEqual(Brief.after(new Brief(text), toml).map, new Brief(toml).map);
    assert.ok(new Brief(toml).map.frontMatter);
    const long = "Intro.\n\nFirst line.\nA " + "word ".repeat(3999) + "abc\nnext line.\n\nEnd.\n";
    for (const edited of [long.replace("A word", "A words"), long.replace("A word", "A wor")]) {
      const inc = Brief.after(new Brief(long), edited);
      assert.deepStrictEqual(inc.map, new Brief(edited).map);
      assert.deepStrictEqual(inc.blocks, new Brief(edited).blocks);
    }
    assert.deepStrictEqual(new Brief(long.replace("A word", "A words")).map.longLines, [3]);
  });

  it("blanks a lone \\r the same whichever ranges meet at it (found by a longer run of random edits)", () => {
    // a code span ending at a lone \r, a footnote reference right after it: the full read blanks the
    // reference last (after the next paragraph's code span), the paragraph's re-read right after this
    // paragraph's code span; ranges meeting across the \r must not blank it
    const text = "Intro.\n\nText ``a` b``\r[^1] end.\n\nMore `code`.\n\n[^1]: A note.\n";
    const edited = text.replace("Text", "Texts");
    assert.ok(proseAfterEdit(proseScan(text), text, edited));
    assert.deepStrictEqual(Brief.after(new Brief(text), edited).map, new Brief(edited).map);
    // the \r is in neither range, so it stays
    assert.equal(new Brief(edited).map.prose.indexOf("\r"), edited.indexOf("\r"));
  });

  it("reads everything when an unclosed front-matter fence could be closed by the edit", () => {
    const text = "---\ntitle\n\nA paragraph.\n\nMore.\n";
    const s = proseScan(text);
    const closed = text.replace("A paragraph.", "A\n...\nparagraph.");
    assert.equal(proseAfterEdit(s, text, closed), undefined);
    assert.deepStrictEqual(Brief.after(new Brief(text), closed).map, new Brief(closed).map);
    assert.ok(new Brief(closed).map.frontMatter);
  });
});
