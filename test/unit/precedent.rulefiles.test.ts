/**
 * The rule files (src/data/rules/<rule>.json) are the one place a rule is declared: they validate
 * against their schema, their ids are the detector's rule ids, the `heartland.rules` setting's
 * schema in package.json and the README's rule table list exactly them, and each file's examples
 * flag (or do not flag) as they say — through the whole pipeline, cue stage and learned stage.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { RULE_FILES } from "../../src/core/precedent/cues";
import { RuleFileSchema } from "../../src/core/precedent/ruleFile";
import { RULE_IDS } from "../../src/core/precedent/types";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { MODEL, unitWeights } from "../../src/core/precedent/model";
import { ArgumentModelSchema } from "../../src/core/precedent/modelSchema";

const root = path.resolve(__dirname, "../../..");
const ruleDir = path.join(root, "src", "data", "rules");

describe("rule files", () => {
  const files = fs.readdirSync(ruleDir).filter((f) => f.endsWith(".json")).sort();

  it("one file per rule id, named after it, and every file validates", () => {
    assert.deepEqual(files.map((f) => f.replace(/\.json$/, "")), [...RULE_IDS].sort());
    for (const f of files) {
      const data = JSON.parse(fs.readFileSync(path.join(ruleDir, f), "utf8"));
      const r = RuleFileSchema.safeParse(data);
      assert.ok(r.success, `${f}: ${r.success ? "" : r.error.message}`);
      assert.equal(data.id + ".json", f);
    }
    assert.deepEqual(RULE_FILES.map((r) => r.id).sort(), [...RULE_IDS].sort());
  });

  it("the heartland.rules setting lists exactly the rule ids (plus citation-check)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const props = pkg.contributes.configuration.properties ?? pkg.contributes.configuration[0]?.properties;
    const listed = Object.keys(props["heartland.rules"].properties).sort();
    assert.deepEqual(listed, [...RULE_IDS, "citation-check"].sort());
  });

  it("the README's rule table has a row per rule, with the file's words", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    for (const r of RULE_FILES) {
      const row = readme.split("\n").find((l) => l.startsWith(`| [${r.name}](docs/rules/${r.id}.md) |`));
      assert.ok(row, `README row for ${r.id}`);
      assert.equal(row, `| [${r.name}](docs/rules/${r.id}.md) | ${r.flags} | ${r.seedAuthority} |`);
      assert.ok(fs.existsSync(path.join(root, "docs", "rules", `${r.id}.md`)), `docs/rules/${r.id}.md`);
    }
  });

  const COMPANIONS: Record<string, string[]> = {
    "departure-after-sentencing": ["post-sentencing-rehabilitation"],
    "post-sentencing-rehabilitation": ["departure-after-sentencing"],
  };
  const scored = (text: string, edition: number, keepFraming = false) =>
    [...new Set(analyzeBrief(text, { circuit: null, edition }).map((f): string => f.rule))].filter((x) => keepFraming || x !== "departure-framing").sort();

  for (const r of RULE_FILES) {
    // Read under the latest Manual with no circuit, as the corpora are scored: departure-framing (not
    // scored there) joins only its own examples.
    const edition = 2025;
    // A departure asked after sentence is also a post-sentencing-rehabilitation point when that is its ground.
    const companions: string[] = COMPANIONS[r.id] ?? [];
    for (const text of r.examples.flag) {
      it(`${r.id} flags: ${text.slice(0, 60)}…`, () => {
        const got = scored(text, edition, r.id === "departure-framing");
        assert.ok(got.includes(r.id), `${r.id} not in ${got.join(", ") || "nothing"}`);
        assert.deepEqual(got.filter((x) => x !== r.id && !companions.includes(x)), []);
      });
    }
    for (const text of r.examples.noFlag) {
      it(`${r.id} does not flag: ${text.slice(0, 60)}…`, () => {
        assert.deepEqual(scored(text, edition, true).filter((x) => x === r.id), []);
      });
    }
  }
});

/** How many bytes a base64 string holds. */
const unitWeightsLength = (b64: string) => Math.floor((b64.replace(/=+$/, "").length * 6) / 8);

describe("the learned model (src/data/argument-model.json)", () => {
  it("validates against its schema and knows only learned rules", () => {
    const r = ArgumentModelSchema.safeParse(MODEL);
    assert.ok(r.success, r.success ? "" : r.error.message);
    const learned = RULE_FILES.filter((f) => f.learned).map((f) => f.id).sort();
    assert.deepEqual([...MODEL.labels].sort(), learned);
    assert.equal(MODEL.bias.length, MODEL.labels.length);
    for (const [f, ws] of Object.entries(MODEL.weights)) for (const [l] of ws) assert.ok(l < MODEL.labels.length, f);
    // the network mixed in: one signed byte per unit for each feature, one weight per unit for each label
    const hd = MODEL.hidden;
    if (hd) {
      assert.equal(hd.out.length, MODEL.labels.length);
      assert.equal(hd.outBias.length, MODEL.labels.length);
      for (const out of hd.out) assert.equal(out.length, hd.bias.length);
      for (const [f, b64] of Object.entries(hd.weights)) assert.equal(unitWeightsLength(b64), hd.bias.length, f);
    }
  });

  it("decodes a feature's unit weights from base64 signed bytes", () => {
    // bytes 0, 1, -1, 127, -128 (base64 "AAH/f4A="), scale 0.5: the units whose byte is not 0
    assert.deepEqual(unitWeights("AAH/f4A=", 0.5), [[1, 0.5], [2, -0.5], [3, 63.5], [4, -64]]);
  });

  it("records what it was trained on, and nothing of the frozen test split", () => {
    assert.ok(MODEL.trainedOn.passages > 1000);
    assert.ok(!MODEL.trainedOn.files.some((f) => f.includes("corpus/test")), MODEL.trainedOn.files.join(", "));
  });
});
