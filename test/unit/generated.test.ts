import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { citationFindingsWithBlocks, generatedBlocks, rangeBlockMaps, withoutGenerated } from "../../src/core/brief/generated";
import { citationFindings } from "../../src/core/citations/lint";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { computeRange, renderRangeMarkdown } from "../../src/core/sentencing";
import { buildTableOfAuthorities } from "../../src/core/toa";

// A 2010-Manual range block: its §2L1.2(b)(1)(C) exists in 2010 but not in the 2025 Manual.
const INPUT_2010 = { manual: 2010, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(C)"], acceptance: 3, earlyDisposition: 0, criminalHistory: { category: "IV" } };
const FRONT = "---\nguidelines-manual: 2025\ncircuit: 9\n---\n\n# Memorandum\n\n";
const DEPART = "He asks the Court to depart downward under §5K2.0 because of his family circumstances.\n\n";

function block2010(): string {
  const { input, result } = computeRange(INPUT_2010);
  return renderRangeMarkdown(input, result);
}

describe("generated blocks (range blocks and the TOA are Heartland's own text)", () => {
  it("finds a range block with the edition it names and a TOA", () => {
    const withBlock = FRONT + block2010() + "\n" + DEPART;
    const toa = buildTableOfAuthorities(withBlock);
    const text = withBlock.slice(0, toa.start) + toa.newText + withBlock.slice(toa.end);
    const blocks = generatedBlocks(text);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.edition]),
      [
        ["range", 2010],
        ["toa", undefined],
      ],
    );
    assert.equal(text.slice(blocks[0].start, blocks[0].start + 22), "<!-- heartland-range {");
    assert.ok(text.slice(blocks[1].start, blocks[1].end).endsWith("<!-- /heartland-toa -->"));
  });

  it("a 2010 range block in a 2025 brief gets no 'not in the 2025 Manual' finding; the brief's own §5K2.0 still does", () => {
    const text = FRONT + block2010() + "\n" + DEPART;
    const map = proseOf(text);
    const naive = citationFindings(text, map, { edition: 2025 });
    assert.ok(naive.some((f) => text.slice(f.start, f.end).includes("2L1.2(b)(1)(C)")), "precondition: read in 2025, the block is flagged");
    const got = citationFindingsWithBlocks(text, map, generatedBlocks(text), { edition: 2025 });
    assert.deepEqual(
      got.map((f) => text.slice(f.start, f.end)),
      ["§5K2.0"],
    );
  });

  it("a TOA row for §5K2.0 gets no citation finding of its own", () => {
    const body = FRONT + DEPART;
    const toa = buildTableOfAuthorities(body);
    const text = body + toa.newText;
    assert.ok(toa.newText.includes("U.S.S.G. § 5K2.0"));
    const got = citationFindingsWithBlocks(text, proseOf(text), generatedBlocks(text), { edition: 2025 });
    assert.equal(got.length, 1);
    assert.ok(got[0].start < body.length, "only the brief's own sentence is flagged");
  });

  it("the argument analysis does not read the blocks (same findings with or without them)", () => {
    const bare = FRONT + DEPART;
    const text = FRONT + block2010() + "\n" + DEPART;
    const a = analyzeBrief(bare, { circuit: "9", edition: 2025 }).map((f) => f.rule);
    const b = analyzeBrief(text, { circuit: "9", edition: 2025 }, withoutGenerated(proseOf(text), generatedBlocks(text))).map((f) => f.rule);
    assert.deepEqual(b, a);
  });

  it("blanking keeps offsets and line breaks", () => {
    const text = FRONT + block2010() + DEPART;
    const map = proseOf(text);
    const blocks = generatedBlocks(text);
    const own = withoutGenerated(map, blocks);
    assert.equal(own.prose.length, text.length);
    assert.equal(own.prose.split("\n").length, text.split("\n").length);
    assert.equal(own.prose.slice(blocks[0].start, blocks[0].end).trim(), "");
    const [only] = rangeBlockMaps(map, blocks, 2025);
    assert.equal(only.edition, 2010);
    assert.equal(only.map.prose.slice(blocks[0].end).trim(), "");
  });

  it("no blocks: nothing changes", () => {
    const text = FRONT + DEPART;
    const map = proseOf(text);
    assert.deepEqual(generatedBlocks(text), []);
    assert.equal(withoutGenerated(map, []), map);
    assert.deepEqual(citationFindingsWithBlocks(text, map, [], { edition: 2025 }), citationFindings(text, map, { edition: 2025 }));
  });
});
