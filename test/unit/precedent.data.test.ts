import * as assert from "node:assert/strict";
import { z } from "zod";
import authorities from "../../src/data/authorities.json";
import rules from "../../src/data/rules.json";
import { RULE_IDS } from "../../src/core/precedent/types";

const url = z.string().min(8);
const circuit = z.enum(["*", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc"]);
const Holding = z.object({
  authority: z.string().nullable(),
  cite: z.string().min(5),
  pin: z.string().nullable(),
  pinVerified: z.boolean(),
  bindingIn: z.array(circuit),
  era: z.string(),
  effect: z.enum(["forecloses", "limits", "permits", "supersedes", "context"]),
  status: z.string(),
  holding: z.string().min(10),
  holdingVerified: z.boolean(),
  verificationLevel: z.enum(["primary", "secondary", "seed_only", "unverified"]),
  verified: z.boolean(),
  sources: z.array(url).min(1),
  // issue 15: where the holding or text exists, and the offense it is limited to
  editions: z.tuple([z.number().int(), z.number().int()]).optional(),
  decided: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/).optional(),
  offense: z.enum(["1326", "other"]).optional(),
  // where a court of appeals has held the text invalid or inapplicable: it does not bind there
  notBindingIn: z.object({ circuits: z.array(circuit).min(1), why: z.string().min(10) }).optional(),
});
const Outcome = z.object({
  editions: z.tuple([z.number().int(), z.number().int()]).optional(),
  circuits: z.array(circuit).optional(),
  framing: z.enum(["departure", "variance"]).optional(),
  cues: z.array(z.string()).optional(),
  level: z.enum(["warning", "information", "none"]),
  basis: z.string().min(10),
  // issue 15: the facts an outcome turns on, and its own message, lead, quick fix and advice
  notCues: z.array(z.string()).optional(),
  offense: z.array(z.enum(["1326", "other", "unknown"])).optional(),
  vehicle: z.enum(["resentencing", "final"]).optional(),
  grounds: z.array(z.enum(["A", "B", "C", "D", "general"])).optional(),
  requires: z.string().optional(),
  message: z.string().min(20).optional(),
  lead: z.string().optional(),
  butSee: z.string().optional(),
  instead: z.string().min(20).optional(),
  sources: z.array(url).optional(),
}).strict();
const Rule = z.object({
  id: z.enum(RULE_IDS),
  title: z.string(),
  summary: z.string(),
  holdings: z.array(Holding).min(1),
  guidelineText: z.array(Holding).optional(),
  developments: z.array(z.object({ id: z.string(), name: z.string(), date: z.string(), effect: z.string(), verified: z.boolean(), sources: z.array(url).min(1) })),
  currentStatus: z.string(),
  outcomes: z.array(Outcome).min(1),
  instead: z.string().min(20),
  butSee: z.string().startsWith("But see"),
});
const Authority = z.object({
  id: z.string(),
  case: z.string(),
  citation: z.string(),
  court: z.string(),
  bindingIn: z.array(circuit),
  citationVerified: z.boolean(),
  verificationLevel: z.enum(["primary", "secondary", "seed_only", "unverified"]),
  sources: z.array(url).min(1),
});

describe("precedent data files", () => {
  it("rules.json: one valid entry per rule id, each legal statement with sources", () => {
    const parsed = z.object({ rules: z.array(Rule) }).parse(rules);
    assert.deepEqual(parsed.rules.map((r) => r.id).sort(), [...RULE_IDS].sort());
    for (const r of parsed.rules) {
      // the last outcome is the default (no conditions), so every detection gets a decision
      const last = r.outcomes[r.outcomes.length - 1];
      assert.deepEqual([last.editions, last.circuits, last.framing, last.cues], [undefined, undefined, undefined, undefined], r.id);
    }
  });

  it("authorities.json: valid, with the notable corrections applied", () => {
    const parsed = z.object({ authorities: z.record(z.string(), Authority) }).parse(authorities);
    const a = parsed.authorities;
    assert.equal(a.banuelos_rodriguez.citation, "215 F.3d 969 (9th Cir. 2000) (en banc)");
    assert.equal(a.leiva_deras.citation, "359 F.3d 183 (2d Cir. 2004)");
    assert.equal(a.palacios_becerril.citation, "No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006) (order)");
    assert.equal(a.leyva_martinez.citation, "No. 8:21CR232 (D. Neb. Sept. 13, 2023) (memorandum and order)");
  });

  it("only verified holdings are marked verified; unverified ones never bind", () => {
    const parsed = z.object({ rules: z.array(Rule) }).parse(rules);
    for (const r of parsed.rules)
      for (const h of r.holdings) if (!h.holdingVerified) assert.equal(h.verified, false, `${r.id}: ${h.cite}`);
  });
});
