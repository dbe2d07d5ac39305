import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { AdjustmentsSchema, EraFileSchema, SentencingTableSchema, StatuteFileSchema } from "../../src/core/sentencing/dataSchema";
import { DATA_FILES, validateData } from "../../src/core/dataValidation";
import table from "../../src/data/sentencing-table.json";
import eras from "../../src/data/sentencing-2l12.json";
import statutes from "../../src/data/sentencing-statutes.json";
import adjustments from "../../src/data/sentencing-adjustments.json";

describe("sentencing data files (zod)", () => {
  it("sentencing-table.json matches its schema", () => {
    SentencingTableSchema.parse(table);
  });
  it("sentencing-2l12.json matches its schema and covers every edition 1995–2025 exactly once", () => {
    const d = EraFileSchema.parse(eras);
    for (let y = 1995; y <= 2025; y++) assert.equal(d.eras.filter((e) => y >= e.firstEdition && y <= e.lastEdition).length, 1, `edition ${y}`);
  });
  it("sentencing-statutes.json matches its schema", () => {
    const d = StatuteFileSchema.parse(statutes);
    assert.equal(d.statutes.length, 6);
  });
  it("sentencing-adjustments.json carries a source for every rule", () => {
    assert.ok(AdjustmentsSchema.parse(adjustments));
  });
});

describe("build-time data validation (src/core/dataValidation.ts, run by esbuild.js)", () => {
  it("every data file matches its schema (the editions, 23 guideline/sentencing files, 15 rule files, the model, the reporters, rules.json, authorities.json, cases.json)", () => {
    assert.equal(DATA_FILES.length, 44);
    assert.equal(DATA_FILES.filter((f) => f.file.startsWith("rules/")).length, 15);
    assert.deepEqual(validateData(), []);
  });
  it("lists every JSON file under src/data/ (a file the code reads is never unchecked)", () => {
    const root = path.resolve(__dirname, "../../../src/data");
    const onDisk = (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => f.split(path.sep).join("/")).filter((f) => f.endsWith(".json")).sort();
    assert.deepEqual([...new Set(DATA_FILES.map((f) => f.file))].sort(), onDisk);
    assert.equal(onDisk.length, DATA_FILES.length);
  });
  it("a file that does not match is reported with its path and field", () => {
    const bad = JSON.parse(JSON.stringify(table));
    bad.levels[0].cells[0].zone2010 = "Q";
    delete bad.criminalHistorySource;
    const problems = validateData([{ file: "sentencing-table.json", data: bad, schema: SentencingTableSchema }]);
    assert.equal(problems.length, 2, problems.join("\n"));
    assert.ok(problems.some((p) => p.startsWith("src/data/sentencing-table.json: levels.0.cells.0.zone2010: ")), problems.join("\n"));
    assert.ok(problems.some((p) => p.startsWith("src/data/sentencing-table.json: criminalHistorySource: ")), problems.join("\n"));
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
