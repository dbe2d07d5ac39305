import * as assert from "node:assert/strict";
import { z } from "zod";
import table from "../../src/data/sentencing-table.json";
import eras from "../../src/data/sentencing-2l12.json";
import statutes from "../../src/data/sentencing-statutes.json";
import adjustments from "../../src/data/sentencing-adjustments.json";

const zone = z.enum(["A", "B", "C", "D"]);
const category = z.enum(["I", "II", "III", "IV", "V", "VI"]);
const source = z.string().min(20);

const tableSchema = z.strictObject({
  title: z.string(),
  source,
  sources: z.array(z.strictObject({ url: z.string().url(), kind: z.string() })).min(1),
  levelRule: z.strictObject({ minLevel: z.literal(1), maxLevel: z.literal(43), source }),
  criminalHistoryCategories: z.array(z.strictObject({ category, minPoints: z.number().int().min(0), maxPoints: z.number().int().nullable() })).length(6),
  criminalHistorySource: source,
  zoneRules: z
    .array(
      z.strictObject({
        id: z.enum(["1992", "2010"]),
        firstEdition: z.number().int(),
        lastEdition: z.number().int().nullable(),
        effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        source,
        definition: z.string(),
        bounds: z.strictObject({ A: z.tuple([z.number(), z.number()]), B: z.tuple([z.number(), z.number()]), C: z.tuple([z.number(), z.number()]), D: z.tuple([z.number(), z.null()]) }),
      }),
    )
    .length(2),
  levels: z
    .array(
      z.strictObject({
        level: z.number().int().min(1).max(43),
        cells: z
          .array(
            z.strictObject({
              category,
              minMonths: z.number().int().min(0).nullable(),
              maxMonths: z.number().int().min(0).nullable(),
              life: z.boolean(),
              lifeOnly: z.boolean(),
              zone2010: zone,
              zone1992: zone,
            }),
          )
          .length(6),
      }),
    )
    .length(43),
});

const eraSchema = z.strictObject({
  title: z.string(),
  source,
  firstEdition: z.literal(1995),
  lastEdition: z.literal(2025),
  baseOffenseLevel: z.strictObject({ levels: z.literal(8), cite: z.literal("USSG §2L1.2(a)"), source }),
  eras: z.array(
    z.strictObject({
      id: z.enum(["1991", "1997", "2001", "2011", "2016"]),
      firstEdition: z.number().int(),
      lastEdition: z.number().int(),
      label: z.string(),
      rule: z.string(),
      textStatus: z.string(),
      source,
      subsections: z.array(z.strictObject({ id: z.string().regex(/^\(b\)\(\d\)(\([A-E]\))?$/), levels: z.number().int().positive(), levelsWithoutCriminalHistoryPoints: z.number().int().positive().optional(), text: z.string().min(10) })).min(2),
    }),
  ),
});

const statuteSchema = z.strictObject({
  title: z.string(),
  source,
  penaltyChangeDate: z.literal("1994-09-13"),
  statutes: z.array(
    z.strictObject({
      id: z.enum(["1326(a)", "1326(b)(1)", "1326(b)(2)", "1326(b)(3)", "1326(b)(4)", "1325(a)"]),
      cite: z.string(),
      description: z.string(),
      maxMonths: z.number().int().positive(),
      minMonths: z.number().int().min(0),
      fixedConsecutive: z.boolean().optional(),
      felonyClass: z.enum(["C", "D", "E"]),
      supervisedReleaseMaxYears: z.number().int().positive(),
      supervisedReleaseCite: z.string(),
      source,
      beforePenaltyChange: z.strictObject({ maxMonths: z.number().int(), felonyClass: z.enum(["C", "D", "E"]), supervisedReleaseMaxYears: z.number().int(), supervisedReleaseCite: z.string(), source }).optional(),
      notBeforeDate: z.string().optional(),
      notBeforeReason: z.string().optional(),
    }),
  ),
});

describe("sentencing data files (zod)", () => {
  it("sentencing-table.json matches its schema", () => {
    tableSchema.parse(table);
  });
  it("sentencing-2l12.json matches its schema and covers every edition 1995–2025 exactly once", () => {
    const d = eraSchema.parse(eras);
    for (let y = 1995; y <= 2025; y++) assert.equal(d.eras.filter((e) => y >= e.firstEdition && y <= e.lastEdition).length, 1, `edition ${y}`);
  });
  it("sentencing-statutes.json matches its schema", () => {
    const d = statuteSchema.parse(statutes);
    assert.equal(d.statutes.length, 6);
  });
  it("sentencing-adjustments.json carries a source for every rule", () => {
    const s = z
      .object({
        source,
        acceptance: z.object({ thirdLevelMinimumOffenseLevel: z.literal(16), governmentMotionFromEdition: z.literal(2003), governmentMotionEffective: z.literal("2003-04-30"), thresholdSource: source, governmentMotionSource: source }),
        earlyDisposition: z.object({ maxLevels: z.literal(4), departure: z.object({ cite: z.literal("USSG §5K3.1"), firstEdition: z.literal(2003), lastEdition: z.literal(2024), source }), adjustment: z.object({ cite: z.literal("USSG §3F1.1"), firstEdition: z.literal(2025), source }) }),
        statutoryCaps: z.object({ source }),
        deportableAlienSupervisedRelease: z.object({ firstEdition: z.literal(2011), text: z.string(), source }),
      })
      .parse(adjustments);
    assert.ok(s);
  });
});

describe("Sentencing Table cells", () => {
  const cells = table.levels.flatMap((r) => r.cells.map((c) => ({ level: r.level, ...c })));
  const at = (level: number, cat: string) => cells.find((c) => c.level === level && c.category === cat)!;

  it("has all 258 cells; spot checks against the Manual", () => {
    assert.equal(cells.length, 258);
    assert.deepEqual([at(15, "III").minMonths, at(15, "III").maxMonths], [24, 30]); // ch. 5, pt. A, comment. (n.1) example
    assert.deepEqual([at(13, "IV").minMonths, at(13, "IV").maxMonths], [24, 30]);
    assert.deepEqual([at(21, "III").minMonths, at(21, "III").maxMonths], [46, 57]);
    assert.deepEqual([at(21, "V").minMonths, at(21, "V").maxMonths], [70, 87]);
    assert.deepEqual([at(7, "I").minMonths, at(7, "I").maxMonths], [0, 6]);
    assert.deepEqual([at(8, "I").minMonths, at(8, "I").maxMonths], [0, 6]);
    assert.deepEqual([at(36, "VI").minMonths, at(36, "VI").maxMonths, at(36, "VI").life], [324, 405, false]);
    assert.deepEqual([at(37, "VI").minMonths, at(37, "VI").maxMonths, at(37, "VI").life], [360, null, true]);
    assert.deepEqual([at(43, "I").minMonths, at(43, "I").maxMonths, at(43, "I").lifeOnly], [null, null, true]);
  });

  it("ranges grow with the level and the category", () => {
    for (const c of cells) {
      if (c.minMonths === null) continue;
      if (c.maxMonths !== null) assert.ok(c.maxMonths >= c.minMonths, `${c.level}/${c.category}`);
      if (c.level > 1) assert.ok((at(c.level - 1, c.category).minMonths ?? 0) <= c.minMonths, `${c.level}/${c.category}`);
    }
  });

  it("every zone follows the verbal rule of its era (minimum of the range)", () => {
    for (const rule of table.zoneRules) {
      for (const c of cells) {
        const min = c.minMonths ?? Number.POSITIVE_INFINITY;
        const b = rule.bounds;
        const expect = min <= b.A[1] ? "A" : min >= b.B[0] && min <= b.B[1] ? "B" : min >= b.C[0] && min <= b.C[1] ? "C" : min >= (b.D[0] as number) ? "D" : "?";
        assert.equal(rule.id === "2010" ? c.zone2010 : c.zone1992, expect, `${rule.id} ${c.level}/${c.category}`);
      }
    }
  });

  it("criminal history points → categories cover 0 and up without gaps", () => {
    const r = table.criminalHistoryCategories;
    assert.equal(r[0].minPoints, 0);
    for (let i = 1; i < r.length; i++) assert.equal(r[i].minPoints, (r[i - 1].maxPoints as number) + 1);
    assert.equal(r[r.length - 1].maxPoints, null);
  });
});
