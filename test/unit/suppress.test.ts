import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { Suppressions, parseSuppressionComments } from "../../src/core/brief/suppress";
import { analyzeBrief } from "../../src/core/precedent/analyze";

const ARG = "Mr. Ruiz asks the Court to vary downward because defendants in other districts receive fast-track plea offers.";
const settings = { circuit: "9", edition: 2025 };

describe("suppression comments", () => {
  it("parses directives and rule lists", () => {
    const t = "<!-- heartland-disable-next-line fast-track-disparity, reentry-motive -->\n<!-- other -->\n<!-- heartland-enable -->";
    const c = parseSuppressionComments(t, proseOf(t).comments);
    assert.deepEqual(c.map((x) => [x.directive, x.rules]), [["disable-next-line", ["fast-track-disparity", "reentry-motive"]], ["enable", []]]);
  });

  it("disable-next-line suppresses only the named rule on the next non-blank line", () => {
    const t = `<!-- heartland-disable-next-line fast-track-disparity -->\n\n${ARG}\n\n${ARG}\n`;
    const f = analyzeBrief(t, settings);
    assert.deepEqual(f.map((x) => [x.rule, t.slice(0, x.start).split("\n").length]), [["fast-track-disparity", 5]]);
    const other = `<!-- heartland-disable-next-line reentry-motive -->\n${ARG}\n`;
    assert.equal(analyzeBrief(other, settings).length, 1);
  });

  it("disable-next-line with no rule suppresses every rule", () => {
    const t = `<!-- heartland-disable-next-line -->\n${ARG}\n`;
    assert.equal(analyzeBrief(t, settings).length, 0);
  });

  it("disable … enable suppresses a range, for one rule or all", () => {
    const t = `<!-- heartland-disable fast-track-disparity -->\n${ARG}\n\n${ARG}\n<!-- heartland-enable fast-track-disparity -->\n\n${ARG}\n`;
    const f = analyzeBrief(t, settings);
    assert.equal(f.length, 1);
    assert.equal(t.slice(0, f[0].start).split("\n").length, 7);
    const all = `<!-- heartland-disable -->\n${ARG}\n<!-- heartland-enable -->\n${ARG}\n`;
    assert.deepEqual(analyzeBrief(all, settings).map((x) => t.slice(0, 0) + all.slice(0, x.start).split("\n").length), ["4"]);
  });

  it("a disable without enable runs to the end of the brief (Disable for this brief)", () => {
    const t = `---\ncircuit: 9\n---\n<!-- heartland-disable fast-track-disparity -->\n\n${ARG}\n\n${ARG}\n`;
    assert.equal(analyzeBrief(t, settings).length, 0);
  });

  it("comments inside code are not directives", () => {
    const t = "```\n<!-- heartland-disable -->\n```\n" + ARG + "\n";
    assert.equal(analyzeBrief(t, settings).length, 1);
  });

  it("isSuppressed checks every line of a multi-line sentence", () => {
    const t = "First line of it\n<!-- heartland-disable-line reentry-motive --> second line.";
    const s = new Suppressions(t, proseOf(t).comments);
    assert.equal(s.isSuppressed("reentry-motive", 0, t.length), true);
    assert.equal(s.isSuppressed("fast-track-disparity", 0, t.length), false);
  });
});
