import * as assert from "node:assert/strict";
import authorities from "../../src/data/authorities.json";
import rules from "../../src/data/rules.json";
import { RULE_IDS } from "../../src/core/precedent/types";
import { AuthoritiesFileSchema, RulesFileSchema } from "../../src/core/precedent/rulesSchema";
import { validateData } from "../../src/core/dataValidation";

// The schemas are the ones the build validates the files against (src/core/precedent/rules.ts).
describe("precedent data files", () => {
  it("rules.json: one valid entry per rule id, each legal statement with sources", () => {
    const parsed = RulesFileSchema.parse(rules);
    assert.deepEqual(parsed.rules.map((r) => r.id).sort(), [...RULE_IDS].sort());
    for (const r of parsed.rules) {
      // the last outcome is the default (no conditions), so every detection gets a decision
      const last = r.outcomes[r.outcomes.length - 1];
      assert.deepEqual([last.editions, last.circuits, last.framing, last.cues], [undefined, undefined, undefined, undefined], r.id);
    }
  });

  it("authorities.json: valid, with the notable corrections applied", () => {
    const parsed = AuthoritiesFileSchema.parse(authorities);
    const a = parsed.authorities;
    assert.equal(a.banuelos_rodriguez.citation, "215 F.3d 969 (9th Cir. 2000) (en banc)");
    assert.equal(a.leiva_deras.citation, "359 F.3d 183 (2d Cir. 2004)");
    assert.equal(a.palacios_becerril.citation, "No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006) (order)");
    assert.equal(a.leyva_martinez.citation, "No. 8:21CR232 (D. Neb. Sept. 13, 2023) (memorandum and order)");
  });

  it("only verified holdings are marked verified; unverified ones never bind", () => {
    const parsed = RulesFileSchema.parse(rules);
    for (const r of parsed.rules)
      for (const h of r.holdings) if (!h.holdingVerified) assert.equal(h.verified, false, `${r.id}: ${h.cite}`);
  });

  it("the build reports a broken rules.json or authorities.json with its path and field", () => {
    const badRules = JSON.parse(JSON.stringify(rules));
    badRules.rules[0].outcomes[0].level = "severe";
    badRules.rules[1].holdings[0].effect = "overrules";
    delete badRules.rules[2].butSee;
    badRules.rules[3].outcomes[0].typo = true;
    const p = validateData([{ file: "rules.json", data: badRules, schema: RulesFileSchema }]);
    assert.deepEqual(
      p.map((x) => x.slice(0, x.indexOf(": ", "src/data/rules.json: ".length))),
      ["src/data/rules.json: rules.0.outcomes.0.level", "src/data/rules.json: rules.1.holdings.0.effect", "src/data/rules.json: rules.2.butSee", "src/data/rules.json: rules.3.outcomes.0"],
    );
    const badAuthorities = JSON.parse(JSON.stringify(authorities));
    badAuthorities.authorities.leiva_deras.bindingIn = ["2nd"];
    badAuthorities.authorities.leiva_deras.sources = [];
    const q = validateData([{ file: "authorities.json", data: badAuthorities, schema: AuthoritiesFileSchema }]);
    assert.equal(q.length, 2, q.join("\n"));
    assert.ok(q[0].startsWith("src/data/authorities.json: authorities.leiva_deras.bindingIn.0: "), q[0]);
    assert.ok(q[1].startsWith("src/data/authorities.json: authorities.leiva_deras.sources: "), q[1]);
  });
});

// Every rule's own flag examples, in every circuit and at dates across the eras: no message ever
// names an empty authority ("contested — . Check …": legal audit 10 item 7).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkBrief } from "../../src/core/pipeline";
import { Brief } from "../../src/core/brief/brief";

describe("no finding names an empty authority", () => {
  it("rule examples × circuits × dates", () => {
    const dir = join(process.cwd(), "src/data/rules");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    const circuits = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc", null];
    const dates = ["1996-06-01", "2003-06-01", "2008-06-01", "2013-06-01", "2019-06-01", "2020-06-01", "2021-06-01", "2022-06-01", "2024-06-01", "2026-09-01"];
    let findings = 0;
    for (const f of files) {
      const rule = JSON.parse(readFileSync(join(dir, f), "utf8")) as { id: string; vehicles?: string[]; examples: { flag: string[] } };
      const doc = rule.vehicles?.includes("compassionate-release") ? "compassionate-release-motion" : "sentencing-memorandum";
      for (const sentence of rule.examples.flag)
        for (const c of circuits)
          for (const d of dates) {
            const text = `---\n${c ? `circuit: ${c}\n` : ""}date: ${d}\nsentencing-date: ${d}\ndocument: ${doc}\n---\n\n${sentence}\n`;
            for (const x of checkBrief(new Brief(text), {}).findings) {
              findings++;
              for (const part of [x.message, x.basis, x.instead]) assert.doesNotMatch(part, /—\s*[.;:,)]|—\s*$/, `${rule.id} ${c} ${d}: ${part}`);
            }
          }
    }
    assert.ok(findings > 1000, `only ${findings} findings swept`);
  }).timeout(60_000);
});
