/**
 * Independent audit of the §2L1.2 calculator (Nov. 2026). Every expected figure below was worked
 * out by hand from the reference texts in ../shared/reference/guidelines/ BEFORE running the
 * calculator, and every case runs through the CLI entry point (`heartland range`), so the JSON a
 * user gets is what is checked. Figures are compared exactly, in one compact line per case:
 *
 *   edition [cite:levels ...] TOL=n CHC=x tbl=min-max max=statMax GR=min-max Z=zone SR=years [DEP ...]
 *
 * References: §2L1.2 by era (era_1995.json: 1991–1997 text and the Amendment 562 text; era_2001.json;
 * era_2008_2015.json; era_2016.json; era_2025.json), §3E1.1 (era_2016/2025), §5G1.1, §5K3.1,
 * §3F1.1, sentencing_table.json (cells, zones 1992/2010, points), statutes.json (§ 1326, § 1325(a),
 * §§ 3559(a), 3583(b) and the derived supervised-release maxima), test_vectors.json.
 */
import * as assert from "node:assert/strict";
import { courtNote } from "../../src/core/sentencing/markdown";
import { runRange } from "../../src/cli/range";
import { main } from "../../src/cli/main";
import fc from "fast-check";
import tableJson from "../../src/data/sentencing-table.json";
import { calculateRange, parseRangeInput, renderCompareMarkdown, scenarioOptions } from "../../src/core/sentencing";
import { memoryIo } from "./memory-io";

interface Out {
  code: number;
  out: string;
  err: string;
}

function cli(stdin: string, args: string[] = []): Out {
  const { io, out, err } = memoryIo({}, stdin);
  const code = runRange(["--input", "-", ...args], io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface Json {
  manual: number;
  steps: { label: string; cite: string; levels: number; total: number }[];
  totalOffenseLevel: number;
  criminalHistoryCategory: string;
  range: { minMonths: number | null; maxMonths: number | null; life: boolean };
  statutoryMaximumMonths: number;
  guidelineRange: { minMonths: number | null; maxMonths: number | null };
  zone: string;
  supervisedRelease: { maxYears: number };
  departures: { levels: number; offenseLevel: number; cite: string; range: { minMonths: number | null; maxMonths: number | null }; guidelineRange: { minMonths: number | null; maxMonths: number | null } }[];
  notes: string[];
}

function json(input: unknown): Json {
  const r = cli(JSON.stringify(input));
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as Json;
}

function fig(r: Json): string {
  const st = r.steps.map((s) => `${s.cite.replace("USSG ", "")}:${s.levels}`).join(" ");
  const lr = (x: { minMonths: number | null; maxMonths: number | null }) => `${x.minMonths ?? "life"}-${x.maxMonths ?? "life"}`;
  const dep = r.departures.map((d) => ` DEP ${d.cite.replace("USSG ", "")}:${d.levels} L${d.offenseLevel} ${lr(d.range)} GR=${lr(d.guidelineRange)}`).join("");
  return `${r.manual} [${st}] TOL=${r.totalOffenseLevel} CHC=${r.criminalHistoryCategory} tbl=${lr(r.range)}${r.range.life ? "(life)" : ""} max=${r.statutoryMaximumMonths} GR=${lr(r.guidelineRange)} Z=${r.zone} SR=${r.supervisedRelease.maxYears}${dep}`;
}

/** Runs the input; returns the compact figure line. */
function run(input: unknown): string {
  return fig(json(input));
}

/** Runs an input that must be refused: exit 2, the messages (stderr) returned. */
function refused(input: unknown | string): string {
  const r = cli(typeof input === "string" ? input : JSON.stringify(input));
  assert.equal(r.code, 2, `expected exit 2, got ${r.code}: ${r.out}`);
  assert.equal(r.out, "");
  return r.err;
}

const felony = (offense: string, extra: Record<string, unknown> = {}) => ({ kind: "felony", offense, ...extra });
const misd = (offense: string, extra: Record<string, unknown> = {}) => ({ kind: "misdemeanor", offense, ...extra });

describe("audit: worked examples in test_vectors.json", () => {
  // Each shows base 8, a 16-level §2L1.2(b) increase and −3 for acceptance → 21 (observed in
  // Tapia-Leon in full; the others where the figures are visible). Table: 21/III 46–57,
  // 21/IV 57–71, 21/V 70–87.
  it("Tapia-Leon (10th Cir. 2006), 2004 Manual: 8 + 16 (b)(1)(A)(vii) − 3 = 21, CHC V → 70–87 (FULL)", () => {
    const want = "2004 [§2L1.2(a):8 §2L1.2(b)(1)(A)(vii):16 §3E1.1(a)–(b):-3] TOL=21 CHC=V tbl=70-87 max=240 GR=70-87 Z=D SR=3";
    assert.equal(run({ manual: 2004, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(vii)"], acceptance: 3, criminalHistory: { category: "V" } }), want);
    // the same from the facts (felony alien smuggling, deported after it; 2004 needs no "for profit")
    assert.equal(run({ manual: 2004, statute: "1326(b)(2)", priors: [felony("alien-smuggling", { deportedAfter: true })], acceptance: 3, criminalHistory: { category: "V" } }), want.replace("2004 [", "2004 ["));
  });

  it("Leiva-Deras (2d Cir. 2004), 2001 Manual: drug trafficking > 13 months: 21, CHC III → 46–57 (range observed)", () => {
    const want = "2001 [§2L1.2(a):8 §2L1.2(b)(1)(A)(i):16 §3E1.1(a)–(b):-3] TOL=21 CHC=III tbl=46-57 max=240 GR=46-57 Z=D SR=3";
    assert.equal(run({ manual: 2001, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(i)"], acceptance: 3, criminalHistory: { category: "III" } }), want);
    // four years on revocation (as the Second Circuit counted it)
    assert.equal(run({ manual: 2001, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { sentenceMonths: 48, deportedAfter: true })], acceptance: 3, criminalHistory: { category: "III" } }), want);
  });

  it("Banuelos-Rodriguez (9th Cir. 2000) (en banc), 1995 Manual: 8 + 16 (b)(2) − 3 = 21, CHC V → 70–87 (range observed)", () => {
    const want = "1995 [§2L1.2(a):8 §2L1.2(b)(2):16 §3E1.1(a)–(b):-3] TOL=21 CHC=V tbl=70-87 max=240 GR=70-87 Z=D SR=3";
    assert.equal(run({ manual: 1995, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)"], acceptance: 3, criminalHistory: { category: "V" } }), want);
    assert.equal(run({ manual: 1995, statute: "1326(b)(2)", priors: [felony("aggravated-felony", { deportedAfter: true })], acceptance: 3, criminalHistory: { category: "V" } }), want);
  });

  it("Rabanal (5th Cir. 2007): (b)(1)(A)(vii), total 21, CHC III → 46–57 (2006 Manual assumed; edition not shown)", () => {
    assert.equal(
      run({ manual: 2006, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(vii)"], acceptance: 3, criminalHistory: { category: "III" } }),
      "2006 [§2L1.2(a):8 §2L1.2(b)(1)(A)(vii):16 §3E1.1(a)–(b):-3] TOL=21 CHC=III tbl=46-57 max=240 GR=46-57 Z=D SR=3",
    );
  });

  it("Banuelos-Alfaro (10th Cir. 2009): 1994 drug trafficking felony, sentence > 13 months: 21 at CHC III → 46–57 (table lookup)", () => {
    assert.equal(
      run({ manual: 2008, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { sentenceMonths: 14, deportedAfter: true })], acceptance: 3, criminalHistory: { category: "III" } }),
      "2008 [§2L1.2(a):8 §2L1.2(b)(1)(A)(i):16 §3E1.1(a)–(b):-3] TOL=21 CHC=III tbl=46-57 max=240 GR=46-57 Z=D SR=3",
    );
  });

  it("Estrada-Rodriguez (10th Cir. 2008): crime of violence, 21; seven points → CHC IV → 57–71 (table lookup)", () => {
    assert.equal(
      run({ manual: 2007, statute: "1326(b)(2)", priors: [felony("crime-of-violence", { deportedAfter: true, sentenceMonths: 16 })], acceptance: 3, criminalHistory: { points: 7 } }),
      "2007 [§2L1.2(a):8 §2L1.2(b)(1)(A)(ii):16 §3E1.1(a)–(b):-3] TOL=21 CHC=IV tbl=57-71 max=240 GR=57-71 Z=D SR=3",
    );
  });

  it("Hernandez-Castillo (10th Cir. 2013): 1998 drug trafficking conviction, 8 + 16 − 3 = 21", () => {
    const r = json({ manual: 2012, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(i)"], acceptance: 3, criminalHistory: { category: "I" } });
    assert.equal(r.totalOffenseLevel, 21);
  });

  it("Nevares-Bustamante (5th Cir. 2012), 2009 Manual: +16 (b)(1)(A)(ii); 77–96 is 24/IV (no acceptance) or 21/VI", () => {
    assert.equal(
      run({ manual: 2009, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(ii)"], criminalHistory: { category: "IV" } }),
      "2009 [§2L1.2(a):8 §2L1.2(b)(1)(A)(ii):16] TOL=24 CHC=IV tbl=77-96 max=240 GR=77-96 Z=D SR=3",
    );
    assert.equal(
      run({ manual: 2009, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)(ii)"], acceptance: 3, criminalHistory: { category: "VI" } }),
      "2009 [§2L1.2(a):8 §2L1.2(b)(1)(A)(ii):16 §3E1.1(a)–(b):-3] TOL=21 CHC=VI tbl=77-96 max=240 GR=77-96 Z=D SR=3",
    );
  });

  it("4th Cir. 2015 report: 1997 § 1324(a)(1)(A)(ii) felony, 107 days, no points (2014 Manual): 8 + 12 − 3 = 17; 27–33 is 17/II", () => {
    const want = "2014 [§2L1.2(a):8 §2L1.2(b)(1)(A)(vii):12 §3E1.1(a)–(b):-3] TOL=17 CHC=II tbl=27-33 max=120 GR=27-33 Z=D SR=3";
    assert.equal(
      run({ manual: 2014, statute: "1326(b)(1)", priors: [felony("alien-smuggling", { sentenceMonths: 3.5, deportedAfter: true, receivesCriminalHistoryPoints: false })], acceptance: 3, criminalHistory: { category: "II" } }),
      want,
    );
    assert.equal(
      run({ manual: 2014, statute: "1326(b)(1)", enhancements: [{ subsection: "2L1.2(b)(1)(A)(vii)", receivesCriminalHistoryPoints: false }], acceptance: 3, criminalHistory: { category: "II" } }),
      want,
    );
  });

  it("Carvajal-Andujar (10th Cir. 2025): +10 (b)(3)(A), 24–30 observed = 15/III (8 + 10 − 3; base, acceptance and CHC not shown)", () => {
    assert.equal(
      run({ manual: 2024, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 78, beforeFirstOrder: false })], acceptance: 3, criminalHistory: { category: "III" } }),
      "2024 [§2L1.2(a):8 §2L1.2(b)(3)(A):10 §3E1.1(a)–(b):-3] TOL=15 CHC=III tbl=24-30 max=240 GR=24-30 Z=D SR=3",
    );
  });

  it("Hernandez Martinez (9th Cir. 2017), 2016 Manual: the +8 (b)(2)(B) applied below", () => {
    const r = json({ manual: 2016, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: true })], criminalHistory: { category: "III" } });
    assert.deepEqual(r.steps.map((s) => [s.cite, s.levels]), [["USSG §2L1.2(a)", 8], ["USSG §2L1.2(b)(2)(B)", 8]]);
    assert.ok(r.notes.some((n) => n.includes("Hernandez Martinez")), "the 2016–2017 revocation-timing holding is noted");
  });

  it("Cuevas-Lopez (9th Cir. 2019): two consecutive 3.5-year sentences aggregated to 7 years → +10 (b)(3)(A)", () => {
    const r = json({ manual: 2018, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 84, beforeFirstOrder: false })], criminalHistory: { category: "IV" } });
    assert.deepEqual(r.steps[1], { label: r.steps[1].label, cite: "USSG §2L1.2(b)(3)(A)", levels: 10, total: 18 });
  });
});

describe("audit: era boundaries (the Manual in force on Nov. 1 of the year)", () => {
  const threeMisdemeanors = [misd("crime-of-violence", { deportedAfter: true, aggravatedFelony: false }), misd("drug-trafficking", { deportedAfter: true, aggravatedFelony: false }), misd("crime-of-violence", { deportedAfter: true, aggravatedFelony: false })];

  it("1996/1997: three misdemeanor crimes of violence / drug offenses — none in 1996 (era_1995 (b)), +4 (b)(1)(B)(ii) from 1997 (Amendment 562)", () => {
    assert.equal(run({ manual: 1996, statute: "1326(b)(1)", priors: threeMisdemeanors, criminalHistory: { points: 3 } }), "1996 [§2L1.2(a):8] TOL=8 CHC=II tbl=4-10 max=120 GR=4-10 Z=B SR=3");
    assert.equal(run({ manual: 1997, statute: "1326(b)(1)", priors: threeMisdemeanors, criminalHistory: { points: 3 } }), "1997 [§2L1.2(a):8 §2L1.2(b)(1)(B):4] TOL=12 CHC=II tbl=12-18 max=120 GR=12-18 Z=D SR=3");
  });

  it("1996/1997: a prior illegal-reentry felony (not an aggravated felony) — excluded in 1996 (\"other than a felony involving violation of the immigration laws\"), +4 in 1997", () => {
    const p = [felony("illegal-reentry", { deportedAfter: true, aggravatedFelony: false })];
    assert.equal(run({ manual: 1996, statute: "1326(b)(1)", priors: p, criminalHistory: { category: "II" } }), "1996 [§2L1.2(a):8] TOL=8 CHC=II tbl=4-10 max=120 GR=4-10 Z=B SR=3");
    assert.equal(run({ manual: 1997, statute: "1326(b)(1)", priors: p, criminalHistory: { category: "II" } }), "1997 [§2L1.2(a):8 §2L1.2(b)(1)(B):4] TOL=12 CHC=II tbl=12-18 max=120 GR=12-18 Z=D SR=3");
  });

  it("1995: an other (non-immigration) felony, +4 (b)(1); aggravated felony +16 (b)(2), the greater", () => {
    assert.equal(
      run({ manual: 1995, statute: "1326(b)(2)", priors: [felony("other", { deportedAfter: true, aggravatedFelony: false, immigrationOffense: false }), felony("drug-trafficking", { deportedAfter: true, aggravatedFelony: true })], acceptance: 3, criminalHistory: { category: "IV" } }),
      "1995 [§2L1.2(a):8 §2L1.2(b)(2):16 §3E1.1(a)–(b):-3] TOL=21 CHC=IV tbl=57-71 max=240 GR=57-71 Z=D SR=3",
    );
    assert.equal(
      run({ manual: 1995, statute: "1326(b)(1)", priors: [felony("other", { deportedAfter: true, aggravatedFelony: false, immigrationOffense: false })], acceptance: 2, criminalHistory: { category: "IV" } }),
      "1995 [§2L1.2(a):8 §2L1.2(b)(1):4 §3E1.1(a):-2] TOL=10 CHC=IV tbl=15-21 max=120 GR=15-21 Z=D SR=3",
    );
  });

  it("2000/2001: an aggravated felony that is none of the listed offenses — +16 in 2000, +8 (b)(1)(C) from 2001 (Amendment 632)", () => {
    const p = [felony("other", { deportedAfter: true, aggravatedFelony: true })];
    assert.equal(run({ manual: 2000, statute: "1326(b)(2)", priors: p, acceptance: 3, criminalHistory: { category: "III" } }), "2000 [§2L1.2(a):8 §2L1.2(b)(1)(A):16 §3E1.1(a)–(b):-3] TOL=21 CHC=III tbl=46-57 max=240 GR=46-57 Z=D SR=3");
    assert.equal(run({ manual: 2001, statute: "1326(b)(2)", priors: p, acceptance: 3, criminalHistory: { category: "III" } }), "2001 [§2L1.2(a):8 §2L1.2(b)(1)(C):8 §3E1.1(a)–(b):-3] TOL=13 CHC=III tbl=18-24 max=240 GR=18-24 Z=D SR=3");
  });

  it("2002/2003: alien smuggling not for profit — (b)(1)(C) +8 in 2002, (b)(1)(A)(vii) +16 from 2003 (Amendment 658 struck \"committed for profit\")", () => {
    assert.equal(
      run({ manual: 2002, statute: "1326(b)(2)", priors: [felony("alien-smuggling", { deportedAfter: true, committedForProfit: false, aggravatedFelony: true })], criminalHistory: { category: "II" } }),
      "2002 [§2L1.2(a):8 §2L1.2(b)(1)(C):8] TOL=16 CHC=II tbl=24-30 max=240 GR=24-30 Z=D SR=3",
    );
    assert.equal(
      run({ manual: 2003, statute: "1326(b)(2)", priors: [felony("alien-smuggling", { deportedAfter: true, committedForProfit: false })], criminalHistory: { category: "II" } }),
      "2003 [§2L1.2(a):8 §2L1.2(b)(1)(A)(vii):16] TOL=24 CHC=II tbl=57-71 max=240 GR=57-71 Z=D SR=3",
    );
  });

  it("2002/2003: early disposition — refused in 2002 (no §5K3.1 before Oct. 27, 2003); a departure reported separately in 2003", () => {
    const err = refused({ manual: 2002, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)"], acceptance: 3, earlyDisposition: 4, criminalHistory: { category: "III" } });
    assert.match(err, /^earlyDisposition: the 2002 Guidelines Manual has no early-disposition provision: §5K3\.1 .* took effect Oct\. 27, 2003/);
    assert.equal(
      run({ manual: 2003, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)"], acceptance: 3, earlyDisposition: 4, criminalHistory: { category: "III" } }),
      "2003 [§2L1.2(a):8 §2L1.2(b)(1)(A):16 §3E1.1(a)–(b):-3] TOL=21 CHC=III tbl=46-57 max=240 GR=46-57 Z=D SR=3 DEP §5K3.1:-4 L17 30-37 GR=30-37",
    );
  });

  it("2007/2008: no change to §2L1.2(b) (Amendment 722 is commentary only): drug trafficking, 20 months → +16 both", () => {
    for (const m of [2007, 2008]) {
      assert.equal(
        run({ manual: m, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { sentenceMonths: 20, deportedAfter: true })], acceptance: 3, criminalHistory: { category: "IV" } }),
        `${m} [§2L1.2(a):8 §2L1.2(b)(1)(A)(i):16 §3E1.1(a)–(b):-3] TOL=21 CHC=IV tbl=57-71 max=240 GR=57-71 Z=D SR=3`,
      );
    }
  });

  it("2009/2010 zones (Amendment 738): 11/I (8–14) C → B; 12/I (10–16) C → C; 13/I (12–18) D → C; 14/I (15–21) D → D; 9/I (4–10) B → B", () => {
    const z = (m: number, lvl: number) => json({ manual: m, statute: "1326(a)", enhancements: [], otherAdjustments: lvl === 8 ? [] : [{ levels: lvl - 8, cite: "USSG §3C1.1" }], criminalHistory: { category: "I" } }).zone;
    assert.deepEqual([9, 11, 12, 13, 14].map((l) => z(2009, l)), ["B", "C", "C", "D", "D"]);
    assert.deepEqual([9, 11, 12, 13, 14].map((l) => z(2010, l)), ["B", "B", "C", "C", "D"]);
    // other columns: 9/II (6–12) B/B; 10/II (8–14) C/B; 7/VI (15–21) D/D; 6/VI (12–18) D/C; 5/VI (9–15) C/B
    const zc = (m: number, lvl: number, c: string) => json({ manual: m, statute: "1326(a)", enhancements: [], otherAdjustments: [{ levels: lvl - 8, cite: "USSG §3B1.2" }], criminalHistory: { category: c } }).zone;
    assert.deepEqual([zc(2009, 10, "II"), zc(2010, 10, "II"), zc(2009, 6, "VI"), zc(2010, 6, "VI"), zc(2009, 5, "VI"), zc(2010, 5, "VI")], ["C", "B", "D", "C", "C", "B"]);
  });

  it("2010/2011: a crime of violence that receives no criminal history points — +16 in 2010, +12 from 2011 (Amendment 754)", () => {
    const p = [felony("crime-of-violence", { deportedAfter: true, receivesCriminalHistoryPoints: false })];
    assert.equal(run({ manual: 2010, statute: "1326(b)(2)", priors: p, acceptance: 3, criminalHistory: { category: "I" } }), "2010 [§2L1.2(a):8 §2L1.2(b)(1)(A)(ii):16 §3E1.1(a)–(b):-3] TOL=21 CHC=I tbl=37-46 max=240 GR=37-46 Z=D SR=3");
    assert.equal(run({ manual: 2011, statute: "1326(b)(2)", priors: p, acceptance: 3, criminalHistory: { category: "I" } }), "2011 [§2L1.2(a):8 §2L1.2(b)(1)(A)(ii):12 §3E1.1(a)–(b):-3] TOL=17 CHC=I tbl=24-30 max=240 GR=24-30 Z=D SR=3");
    // the object form is refused before 2011
    assert.match(refused({ manual: 2010, statute: "1326(b)(2)", enhancements: [{ subsection: "2L1.2(b)(1)(A)", receivesCriminalHistoryPoints: false }], criminalHistory: { category: "I" } }), /^enhancements\[0\]\.receivesCriminalHistoryPoints: matters only under the 2011–2015 Manuals/);
  });

  it("2011–2015: (b)(1)(B) 12 → 8 without points; (b)(1)(C), (D), (E) unaffected", () => {
    assert.equal(run({ manual: 2013, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { sentenceMonths: 10, deportedAfter: true, receivesCriminalHistoryPoints: false })], criminalHistory: { category: "I" } }), "2013 [§2L1.2(a):8 §2L1.2(b)(1)(B):8] TOL=16 CHC=I tbl=21-27 max=240 GR=21-27 Z=D SR=3");
    assert.equal(run({ manual: 2013, statute: "1326(b)(2)", enhancements: [{ subsection: "2L1.2(b)(1)(C)", receivesCriminalHistoryPoints: false }], criminalHistory: { category: "I" } }), "2013 [§2L1.2(a):8 §2L1.2(b)(1)(C):8] TOL=16 CHC=I tbl=21-27 max=240 GR=21-27 Z=D SR=3");
  });

  it("2011/2012: Amendment 764 changes only what counts as the sentence imposed; same figures", () => {
    for (const m of [2011, 2012]) {
      assert.equal(
        run({ manual: m, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { sentenceMonths: 20, deportedAfter: true })], acceptance: 3, criminalHistory: { category: "III" } }),
        `${m} [§2L1.2(a):8 §2L1.2(b)(1)(A)(i):16 §3E1.1(a)–(b):-3] TOL=21 CHC=III tbl=46-57 max=240 GR=46-57 Z=D SR=3`,
      );
    }
  });

  it("2015/2016: a 36-month non-aggravated felony before the first removal order — +4 (b)(1)(D) in 2015, +8 (b)(2)(B) in 2016 (Amendment 802)", () => {
    assert.equal(
      run({ manual: 2015, statute: "1326(b)(1)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: true, aggravatedFelony: false })], criminalHistory: { category: "II" } }),
      "2015 [§2L1.2(a):8 §2L1.2(b)(1)(D):4] TOL=12 CHC=II tbl=12-18 max=120 GR=12-18 Z=C SR=3",
    );
    assert.equal(
      run({ manual: 2016, statute: "1326(b)(1)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: true })], criminalHistory: { category: "II" } }),
      "2016 [§2L1.2(a):8 §2L1.2(b)(2)(B):8] TOL=16 CHC=II tbl=24-30 max=120 GR=24-30 Z=D SR=3",
    );
  });

  it("2017/2018: Amendment 809 changes the wording (criminal conduct), not the levels", () => {
    for (const m of [2017, 2018]) {
      assert.equal(
        run({ manual: m, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: false, ...(m === 2017 ? { conductAfterFirstOrder: true } : {}) })], criminalHistory: { category: "II" } }),
        `${m} [§2L1.2(a):8 §2L1.2(b)(3)(B):8] TOL=16 CHC=II tbl=24-30 max=240 GR=24-30 Z=D SR=3`,
      );
    }
  });

  it("2016–2017 gap: a conviction sustained after the first order for conduct before it is in neither (b)(2) (\"sustained\" before) nor (b)(3) (\"criminal conduct\" after) — asked, never assumed; from 2018 it is (b)(2) (Amendment 809)", () => {
    // era_2016.json §2L1.2(b)(2): "before the defendant was ordered deported ... the defendant sustained—";
    // (b)(3): "at any time after ... the defendant engaged in criminal conduct resulting in—".
    const p = (extra: Record<string, unknown>) => [felony("other", { sentenceMonths: 36, beforeFirstOrder: false, ...extra })];
    assert.match(refused({ manual: 2016, statute: "1326(b)(2)", priors: p({}), criminalHistory: { category: "II" } }), /^priors\[0\]\.conductAfterFirstOrder: state true or false: .*\(If true: §2L1\.2\(b\)\(3\)\(B\) \+8; if false: no enhancement\.\)$/);
    assert.equal(run({ manual: 2017, statute: "1326(b)(2)", priors: p({ conductAfterFirstOrder: false }), criminalHistory: { category: "II" } }), "2017 [§2L1.2(a):8] TOL=8 CHC=II tbl=4-10 max=240 GR=4-10 Z=B SR=3");
    assert.equal(run({ manual: 2017, statute: "1326(b)(2)", priors: p({ conductAfterFirstOrder: true }), criminalHistory: { category: "II" } }), "2017 [§2L1.2(a):8 §2L1.2(b)(3)(B):8] TOL=16 CHC=II tbl=24-30 max=240 GR=24-30 Z=D SR=3");
    // 2018+: the same conviction is stated by its conduct (beforeFirstOrder: true) → (b)(2)(B); the 2016–2017 field is refused there
    assert.equal(run({ manual: 2018, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: true })], criminalHistory: { category: "II" } }), "2018 [§2L1.2(a):8 §2L1.2(b)(2)(B):8] TOL=16 CHC=II tbl=24-30 max=240 GR=24-30 Z=D SR=3");
    assert.match(refused({ manual: 2018, statute: "1326(b)(2)", priors: p({ conductAfterFirstOrder: false }), criminalHistory: { category: "II" } }), /^priors\[0\]\.conductAfterFirstOrder: matters only under the 2016–2017 Manuals/);
    assert.match(refused({ manual: 2016, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: true, conductAfterFirstOrder: true })], criminalHistory: { category: "II" } }), /^priors\[0\]\.conductAfterFirstOrder: contradicts "beforeFirstOrder": true/);
  });

  it("2024/2025: early disposition — a §5K3.1 departure outside the range in 2024; a §3F1.1 decrease in the offense level in 2025", () => {
    const facts = { statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(A)"], acceptance: 3, earlyDisposition: 2, criminalHistory: { category: "III" } };
    assert.equal(run({ manual: 2024, ...facts }), "2024 [§2L1.2(a):8 §2L1.2(b)(2)(A):10 §3E1.1(a)–(b):-3] TOL=15 CHC=III tbl=24-30 max=240 GR=24-30 Z=D SR=3 DEP §5K3.1:-2 L13 18-24 GR=18-24");
    assert.equal(run({ manual: 2025, ...facts }), "2025 [§2L1.2(a):8 §2L1.2(b)(2)(A):10 §3E1.1(a)–(b):-3 §3F1.1:-2] TOL=13 CHC=III tbl=18-24 max=240 GR=18-24 Z=D SR=3");
    assert.match(refused({ manual: 2025, ...facts, earlyDisposition: 5 }), /^earlyDisposition: must be a whole number of levels from 0 to 4/);
  });
});

describe("audit: sentence-length boundaries", () => {
  const at2016 = (months: number) => run({ manual: 2016, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: months, beforeFirstOrder: false, conductAfterFirstOrder: true })], criminalHistory: { category: "IV" } });
  it("2016+: 13 → (D) +4; 13.1 and 14 → (C) +6 (\"exceeded one year and one month\"); 23.9 → (C); 24 → (B) +8 (\"two years or more\"); 59.9 → (B); 60 → (A) +10 (\"five years or more\")", () => {
    assert.equal(at2016(13), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(D):4] TOL=12 CHC=IV tbl=21-27 max=240 GR=21-27 Z=D SR=3");
    assert.equal(at2016(13.1), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(C):6] TOL=14 CHC=IV tbl=27-33 max=240 GR=27-33 Z=D SR=3");
    assert.equal(at2016(14), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(C):6] TOL=14 CHC=IV tbl=27-33 max=240 GR=27-33 Z=D SR=3");
    assert.equal(at2016(23), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(C):6] TOL=14 CHC=IV tbl=27-33 max=240 GR=27-33 Z=D SR=3");
    assert.equal(at2016(23.9), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(C):6] TOL=14 CHC=IV tbl=27-33 max=240 GR=27-33 Z=D SR=3");
    assert.equal(at2016(24), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(B):8] TOL=16 CHC=IV tbl=33-41 max=240 GR=33-41 Z=D SR=3");
    assert.equal(at2016(59), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(B):8] TOL=16 CHC=IV tbl=33-41 max=240 GR=33-41 Z=D SR=3");
    assert.equal(at2016(59.9), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(B):8] TOL=16 CHC=IV tbl=33-41 max=240 GR=33-41 Z=D SR=3");
    assert.equal(at2016(60), "2016 [§2L1.2(a):8 §2L1.2(b)(3)(A):10] TOL=18 CHC=IV tbl=41-51 max=240 GR=41-51 Z=D SR=3");
  });

  it("2001–2015 drug trafficking: 13 → (b)(1)(B) +12 (\"13 months or less\"); 13.1 and 14 → (b)(1)(A)(i) +16 (\"exceeded 13 months\")", () => {
    const at = (m: number, months: number) => run({ manual: m, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { sentenceMonths: months, deportedAfter: true })], criminalHistory: { category: "IV" } });
    for (const m of [2001, 2010, 2015]) {
      assert.equal(at(m, 13), `${m} [§2L1.2(a):8 §2L1.2(b)(1)(B):12] TOL=20 CHC=IV tbl=51-63 max=240 GR=51-63 Z=D SR=3`);
      assert.equal(at(m, 13.1), `${m} [§2L1.2(a):8 §2L1.2(b)(1)(A)(i):16] TOL=24 CHC=IV tbl=77-96 max=240 GR=77-96 Z=D SR=3`);
      assert.equal(at(m, 14), `${m} [§2L1.2(a):8 §2L1.2(b)(1)(A)(i):16] TOL=24 CHC=IV tbl=77-96 max=240 GR=77-96 Z=D SR=3`);
    }
  });
});

describe("audit: 2016+ structure — (b)(1), (b)(2) and (b)(3) add; the greatest within each", () => {
  it("prior reentry felony + 60 months before the order + 25 and 14 months after: 8 + 4 + 10 + 8 − 3 = 27; 27/VI = 130–162", () => {
    assert.equal(
      run({
        manual: 2018,
        statute: "1326(b)(2)",
        priors: [felony("illegal-reentry", { sentenceMonths: 20 }), felony("drug-trafficking", { sentenceMonths: 60, beforeFirstOrder: true }), felony("other", { sentenceMonths: 25, beforeFirstOrder: false }), felony("other", { sentenceMonths: 14, beforeFirstOrder: false })],
        acceptance: 3,
        criminalHistory: { points: 13 },
      }),
      "2018 [§2L1.2(a):8 §2L1.2(b)(1)(A):4 §2L1.2(b)(2)(A):10 §2L1.2(b)(3)(B):8 §3E1.1(a)–(b):-3] TOL=27 CHC=VI tbl=130-162 max=240 GR=130-162 Z=D SR=3",
    );
  });

  it("by subsection: two in the same paragraph count once (the greatest); a reentry felony is never counted under (b)(2)/(b)(3)", () => {
    assert.equal(
      run({ manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(D)", "2L1.2(b)(2)(B)", "2L1.2(b)(1)(B)", "2L1.2(b)(1)(A)"], criminalHistory: { category: "V" } }),
      "2025 [§2L1.2(a):8 §2L1.2(b)(1)(A):4 §2L1.2(b)(2)(B):8] TOL=20 CHC=V tbl=63-78 max=240 GR=63-78 Z=D SR=3",
    );
    assert.equal(
      run({ manual: 2025, statute: "1326(b)(1)", priors: [felony("illegal-reentry", { sentenceMonths: 70, beforeFirstOrder: true })], criminalHistory: { category: "III" } }),
      "2025 [§2L1.2(a):8 §2L1.2(b)(1)(A):4] TOL=12 CHC=III tbl=15-21 max=120 GR=15-21 Z=D SR=3",
    );
  });

  it("a conviction that receives no criminal history points is not used (comment. (n.3))", () => {
    assert.equal(
      run({ manual: 2025, statute: "1326(b)(1)", priors: [felony("other", { sentenceMonths: 72, beforeFirstOrder: true, receivesCriminalHistoryPoints: false })], criminalHistory: { category: "I" } }),
      "2025 [§2L1.2(a):8] TOL=8 CHC=I tbl=0-6 max=120 GR=0-6 Z=A SR=3",
    );
  });
});

describe("audit: misdemeanor rules", () => {
  it("2016+: two § 1325(a) misdemeanors → (b)(1)(B) +2; one → nothing", () => {
    assert.equal(run({ manual: 2016, statute: "1326(a)", priors: [misd("1325a"), misd("1325a")], criminalHistory: { points: 2 } }), "2016 [§2L1.2(a):8 §2L1.2(b)(1)(B):2] TOL=10 CHC=II tbl=8-14 max=24 GR=8-14 Z=B SR=1");
    assert.equal(run({ manual: 2016, statute: "1326(a)", priors: [misd("1325a")], criminalHistory: { points: 1 } }), "2016 [§2L1.2(a):8] TOL=8 CHC=I tbl=0-6 max=24 GR=0-6 Z=A SR=1");
  });

  it("2016+: three crime-of-violence / drug misdemeanors before the order → (b)(2)(E) +2; split 2 before and 1 after → nothing", () => {
    const m = (before: boolean, o = "crime-of-violence") => misd(o, { beforeFirstOrder: before });
    assert.equal(run({ manual: 2016, statute: "1326(b)(1)", priors: [m(true), m(true, "drug-trafficking"), m(true)], criminalHistory: { points: 3 } }), "2016 [§2L1.2(a):8 §2L1.2(b)(2)(E):2] TOL=10 CHC=II tbl=8-14 max=120 GR=8-14 Z=B SR=3");
    assert.equal(run({ manual: 2018, statute: "1326(b)(1)", priors: [m(false), m(false, "drug-trafficking"), m(false)], criminalHistory: { points: 3 } }), "2018 [§2L1.2(a):8 §2L1.2(b)(3)(E):2] TOL=10 CHC=II tbl=8-14 max=120 GR=8-14 Z=B SR=3");
    assert.equal(run({ manual: 2018, statute: "1326(b)(1)", priors: [m(true), m(true, "drug-trafficking"), m(false)], criminalHistory: { points: 3 } }), "2018 [§2L1.2(a):8] TOL=8 CHC=II tbl=4-10 max=120 GR=4-10 Z=B SR=3");
  });

  it("2001–2015: three such misdemeanors → (b)(1)(E) +4; two → nothing", () => {
    const m = (o: string) => misd(o, { deportedAfter: true, aggravatedFelony: false });
    assert.equal(run({ manual: 2005, statute: "1326(b)(1)", priors: [m("crime-of-violence"), m("drug-trafficking"), m("crime-of-violence")], criminalHistory: { points: 3 } }), "2005 [§2L1.2(a):8 §2L1.2(b)(1)(E):4] TOL=12 CHC=II tbl=12-18 max=120 GR=12-18 Z=D SR=3");
    assert.equal(run({ manual: 2005, statute: "1326(b)(1)", priors: [m("crime-of-violence"), m("drug-trafficking")], criminalHistory: { points: 2 } }), "2005 [§2L1.2(a):8] TOL=8 CHC=II tbl=4-10 max=120 GR=4-10 Z=B SR=3");
  });

  it("an illegal-reentry misdemeanor does not exist (§ 1326 is a felony): refused, naming the field", () => {
    assert.match(refused({ manual: 2016, statute: "1326(a)", priors: [misd("illegal-reentry")], criminalHistory: { points: 1 } }), /^priors\[0\]\.offense: an illegal-reentry offense \(8 U\.S\.C\. § 1326\) is a felony; for a misdemeanor improper-entry conviction use "1325a"\.$/);
  });
});

describe("audit: §3E1.1", () => {
  const acc = (m: number, enh: string[], acceptance: number, adj: unknown[] = []) => run({ manual: m, statute: "1326(b)(1)", enhancements: enh, otherAdjustments: adj, acceptance, criminalHistory: { category: "I" } });
  it("level 15 before acceptance: 3 asked, 2 applied with the reason; level 16: 3 applied", () => {
    const r15 = json({ manual: 2016, statute: "1326(b)(1)", enhancements: ["2L1.2(b)(2)(C)"], otherAdjustments: [{ levels: 1, cite: "USSG §3C1.1" }], acceptance: 3, criminalHistory: { category: "I" } });
    assert.equal(fig(r15), "2016 [§2L1.2(a):8 §2L1.2(b)(2)(C):6 §3C1.1:1 §3E1.1(a):-2] TOL=13 CHC=I tbl=12-18 max=120 GR=12-18 Z=C SR=3");
    assert.ok(r15.notes.some((n) => n.startsWith("Acceptance: 2 levels, not 3.") && n.includes("here it is 15")));
    assert.equal(acc(2016, ["2L1.2(b)(2)(B)"], 3), "2016 [§2L1.2(a):8 §2L1.2(b)(2)(B):8 §3E1.1(a)–(b):-3] TOL=13 CHC=I tbl=12-18 max=120 GR=12-18 Z=C SR=3");
    assert.equal(acc(2016, ["2L1.2(b)(2)(B)"], 2), "2016 [§2L1.2(a):8 §2L1.2(b)(2)(B):8 §3E1.1(a):-2] TOL=14 CHC=I tbl=15-21 max=120 GR=15-21 Z=D SR=3");
    assert.equal(acc(2016, ["2L1.2(b)(2)(B)"], 0), "2016 [§2L1.2(a):8 §2L1.2(b)(2)(B):8] TOL=16 CHC=I tbl=21-27 max=120 GR=21-27 Z=D SR=3");
    // a Chapter Three decrease counts in the level before §3E1.1(a): 16 − 2 = 14 → 2 levels only
    assert.equal(acc(2016, ["2L1.2(b)(2)(B)"], 3, [{ levels: -2, cite: "USSG §3B1.2" }]), "2016 [§2L1.2(a):8 §2L1.2(b)(2)(B):8 §3B1.2:-2 §3E1.1(a):-2] TOL=12 CHC=I tbl=10-16 max=120 GR=10-16 Z=C SR=3");
  });

  it("PROTECT Act § 401(g): the explanation says the 2003+ Manuals need the government's motion and the 2002 Manual did not", () => {
    const note = (m: number) => json({ manual: m, statute: "1326(b)(2)", enhancements: [m < 1997 ? "2L1.2(b)(2)" : "2L1.2(b)(1)(A)"], acceptance: 3, criminalHistory: { category: "I" } }).notes.find((n) => n.startsWith("Acceptance:")) ?? "";
    assert.match(note(2003), /only upon the government's motion \(PROTECT Act, Pub\. L\. 108-21, § 401\(g\), eff\. Apr\. 30, 2003\)/);
    assert.match(note(2002), /predates the PROTECT Act .* did not yet require a government motion/);
    assert.match(note(1995), /predates the PROTECT Act/);
  });
});

describe("audit: §5G1.1, § 1326 maxima and supervised release", () => {
  it("(a): 1326(a), 15/VI = 41–51 above the 24-month maximum → 24", () => {
    assert.equal(run({ manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(A)"], acceptance: 3, criminalHistory: { category: "VI" } }), "2025 [§2L1.2(a):8 §2L1.2(b)(2)(A):10 §3E1.1(a)–(b):-3] TOL=15 CHC=VI tbl=41-51 max=24 GR=24-24 Z=D SR=1");
  });

  it("(c): 33/VI = 235–293 under the 240-month (b)(2) maximum → 235–240; 10/VI = 24–30 under 24 → 24", () => {
    assert.equal(
      run({ manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)", "2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], otherAdjustments: [{ levels: 1, cite: "USSG §3C1.1" }], criminalHistory: { category: "VI" } }),
      "2025 [§2L1.2(a):8 §2L1.2(b)(1)(A):4 §2L1.2(b)(2)(A):10 §2L1.2(b)(3)(A):10 §3C1.1:1] TOL=33 CHC=VI tbl=235-293 max=240 GR=235-240 Z=D SR=3",
    );
    assert.equal(run({ manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(D)"], acceptance: 2, criminalHistory: { category: "VI" } }), "2025 [§2L1.2(a):8 §2L1.2(b)(2)(D):4 §3E1.1(a):-2] TOL=10 CHC=VI tbl=24-30 max=24 GR=24-24 Z=D SR=1");
  });

  it("§ 1326(b)(3): a fixed 120 months whatever the table says — (b) below, (c) straddling, (a) above", () => {
    const low = json({ manual: 2025, statute: "1326(b)(3)", enhancements: [], criminalHistory: { category: "I" } });
    assert.equal(fig(low), "2025 [§2L1.2(a):8] TOL=8 CHC=I tbl=0-6 max=120 GR=120-120 Z=A SR=3");
    assert.ok(low.notes.some((n) => n.startsWith("Zone A describes the Sentencing Table cell only: 8 U.S.C. § 1326(b)(3) requires 120 months of imprisonment")), "the zone of the cell is qualified");
    assert.equal(run({ manual: 2025, statute: "1326(b)(3)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], acceptance: 3, criminalHistory: { category: "V" } }), "2025 [§2L1.2(a):8 §2L1.2(b)(2)(A):10 §2L1.2(b)(3)(A):10 §3E1.1(a)–(b):-3] TOL=25 CHC=V tbl=100-125 max=120 GR=120-120 Z=D SR=3");
    assert.equal(run({ manual: 2025, statute: "1326(b)(3)", enhancements: ["2L1.2(b)(1)(A)", "2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], criminalHistory: { category: "VI" } }), "2025 [§2L1.2(a):8 §2L1.2(b)(1)(A):4 §2L1.2(b)(2)(A):10 §2L1.2(b)(3)(A):10] TOL=32 CHC=VI tbl=210-262 max=120 GR=120-120 Z=D SR=3");
  });

  it("(c) at the edges: 12/IV = 21–27 under 24 → 21–24; 26/VI = 120–150 under 120 → 120; a 2020 departure is capped too", () => {
    assert.equal(run({ manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(D)"], criminalHistory: { category: "IV" } }), "2025 [§2L1.2(a):8 §2L1.2(b)(2)(D):4] TOL=12 CHC=IV tbl=21-27 max=24 GR=21-24 Z=D SR=1");
    assert.equal(
      run({ manual: 2025, statute: "1326(b)(1)", enhancements: ["2L1.2(b)(1)(A)", "2L1.2(b)(2)(A)"], otherAdjustments: [{ levels: 4, cite: "USSG §3C1.1" }], criminalHistory: { category: "VI" } }),
      "2025 [§2L1.2(a):8 §2L1.2(b)(1)(A):4 §2L1.2(b)(2)(A):10 §3C1.1:4] TOL=26 CHC=VI tbl=120-150 max=120 GR=120-120 Z=D SR=3",
    );
    assert.equal(
      run({ manual: 2020, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(A)"], acceptance: 3, earlyDisposition: 4, criminalHistory: { category: "VI" } }),
      "2020 [§2L1.2(a):8 §2L1.2(b)(2)(A):10 §3E1.1(a)–(b):-3] TOL=15 CHC=VI tbl=41-51 max=24 GR=24-24 Z=D SR=1 DEP §5K3.1:-4 L11 27-33 GR=24-24",
    );
  });

  it("§ 1325(a) (second or subsequent improper entry) presupposes no removal: before 2016 \"deported after\" is asked, not inferred from beforeFirstOrder", () => {
    const p = [felony("crime-of-violence", { beforeFirstOrder: true })];
    assert.match(refused({ manual: 2005, statute: "1325(a)", priors: p, criminalHistory: { category: "II" } }), /^priors\[0\]\.deportedAfter: state true or false/);
    assert.equal(run({ manual: 2005, statute: "1326(b)(2)", priors: p, criminalHistory: { category: "II" } }), "2005 [§2L1.2(a):8 §2L1.2(b)(1)(A)(ii):16] TOL=24 CHC=II tbl=57-71 max=240 GR=57-71 Z=D SR=3");
    assert.equal(run({ manual: 2005, statute: "1325(a)", priors: [felony("crime-of-violence", { beforeFirstOrder: true, deportedAfter: false })], criminalHistory: { category: "II" } }), "2005 [§2L1.2(a):8] TOL=8 CHC=II tbl=4-10 max=24 GR=4-10 Z=B SR=1");
  });

  it("maxima and supervised release by class: (a) 24/1; (b)(1) 120/3; (b)(2) 240/3; (b)(4) 120/3; 1325(a) 24/1", () => {
    const one = (statute: string) => {
      const r = json({ manual: 2025, statute, enhancements: [], criminalHistory: { category: "I" } });
      return `${r.statutoryMaximumMonths}/${r.supervisedRelease.maxYears}`;
    };
    assert.deepEqual(["1326(a)", "1326(b)(1)", "1326(b)(2)", "1326(b)(3)", "1326(b)(4)", "1325(a)"].map(one), ["24/1", "120/3", "240/3", "120/3", "120/3", "24/1"]);
  });

  it("before Sept. 13, 1994: (b)(1) 5 years (Class D, 3 years SR), (b)(2) 15 years; the maximum follows the offense date", () => {
    assert.equal(run({ manual: 1995, statute: "1326(b)(1)", offenseDate: "1994-09-12", enhancements: ["2L1.2(b)(1)"], criminalHistory: { category: "VI" } }), "1995 [§2L1.2(a):8 §2L1.2(b)(1):4] TOL=12 CHC=VI tbl=30-37 max=60 GR=30-37 Z=D SR=3");
    assert.equal(run({ manual: 1995, statute: "1326(b)(2)", offenseDate: "1994-09-12", enhancements: ["2L1.2(b)(2)"], criminalHistory: { category: "VI" } }), "1995 [§2L1.2(a):8 §2L1.2(b)(2):16] TOL=24 CHC=VI tbl=100-125 max=180 GR=100-125 Z=D SR=3");
    assert.equal(run({ manual: 1995, statute: "1326(b)(2)", offenseDate: "1994-09-13", enhancements: ["2L1.2(b)(2)"], criminalHistory: { category: "VI" } }), "1995 [§2L1.2(a):8 §2L1.2(b)(2):16] TOL=24 CHC=VI tbl=100-125 max=240 GR=100-125 Z=D SR=3");
    // 1995 pre-1994 (b)(1) cap: 28/VI = 140–175 above 60 → 60
    assert.equal(run({ manual: 1995, statute: "1326(b)(1)", offenseDate: "1993-01-01", enhancements: ["2L1.2(b)(2)"], otherAdjustments: [{ levels: 4, cite: "USSG §3C1.1" }], criminalHistory: { category: "VI" } }), "1995 [§2L1.2(a):8 §2L1.2(b)(2):16 §3C1.1:4] TOL=28 CHC=VI tbl=140-175 max=60 GR=60-60 Z=D SR=3");
  });

  it("1995–1999 without an offense date: the range that a pre-Sept. 13, 1994 offense would get is stated when it differs", () => {
    const r = json({ manual: 1996, statute: "1326(b)(1)", enhancements: ["2L1.2(b)(2)"], criminalHistory: { category: "V" } });
    assert.equal(fig(r), "1996 [§2L1.2(a):8 §2L1.2(b)(2):16] TOL=24 CHC=V tbl=92-115 max=120 GR=92-115 Z=D SR=3");
    assert.ok(r.notes.includes("Warning: if the offense was committed before Sept. 13, 1994, 8 U.S.C. § 1326(b)(1) carried 5 years and the guideline range would be 60 months (USSG §5G1.1), not 92–115 months; give \"offenseDate\" to decide it."));
    const low = json({ manual: 1996, statute: "1326(b)(1)", enhancements: ["2L1.2(b)(1)"], criminalHistory: { category: "V" } });
    assert.ok(!low.notes.some((n) => n.startsWith("Warning: if the offense")), "12/V = 27–33 is under both maxima");
  });

  it("the reference does not establish a penalty it lacks: (b)(2) before Nov. 18, 1988 and (b)(3)/(b)(4) before Sept. 30, 1996 are refused", () => {
    assert.match(refused({ manual: 1995, statute: "1326(b)(2)", offenseDate: "1988-11-17", enhancements: [], criminalHistory: { category: "I" } }), /^offenseDate: an offense on 1988-11-17 predates 1988-11-18/);
    assert.match(refused({ manual: 1996, statute: "1326(b)(4)", offenseDate: "1996-09-29", enhancements: [], criminalHistory: { category: "I" } }), /^offenseDate: an offense on 1996-09-29 predates 1996-09-30/);
  });
});

describe("audit: criminal history points → category; level floor and top", () => {
  it("0–1 I, 2–3 II, 4–6 III, 7–9 IV, 10–12 V, 13+ VI", () => {
    const cat = (points: number) => json({ manual: 2025, statute: "1326(a)", enhancements: [], criminalHistory: { points } }).criminalHistoryCategory;
    assert.deepEqual([0, 1, 2, 3, 4, 6, 7, 9, 10, 12, 13, 40].map(cat), ["I", "I", "II", "II", "III", "III", "IV", "IV", "V", "V", "VI", "VI"]);
  });

  it("a total below 1 is level 1 (ch. 5, pt. A, comment. (n.2))", () => {
    const r = json({ manual: 2025, statute: "1326(a)", enhancements: [], otherAdjustments: [{ levels: -9, cite: "USSG §3B1.2" }], acceptance: 2, earlyDisposition: 4, criminalHistory: { category: "I" } });
    assert.equal(fig(r), "2025 [§2L1.2(a):8 §3B1.2:-9 §3E1.1(a):-2 §3F1.1:-4] TOL=1 CHC=I tbl=0-6 max=24 GR=0-6 Z=A SR=1");
    assert.ok(r.notes.some((n) => n.includes("The computed offense level -7 is treated as level 1")));
  });

  it("above 43 is 43 = life; §5G1.1(a) makes the 240-month maximum the guideline sentence", () => {
    const r = json({ manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)", "2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], otherAdjustments: [{ levels: 20, cite: "USSG §3A1.4" }], criminalHistory: { category: "I" } });
    assert.equal(fig(r), "2025 [§2L1.2(a):8 §2L1.2(b)(1)(A):4 §2L1.2(b)(2)(A):10 §2L1.2(b)(3)(A):10 §3A1.4:20] TOL=43 CHC=I tbl=life-life(life) max=240 GR=240-240 Z=D SR=3");
    assert.deepEqual(r.range, { minMonths: null, maxMonths: null, life: true });
    // 42/I = 360–life
    const r42 = json({ manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)", "2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], otherAdjustments: [{ levels: 10, cite: "USSG §3A1.4" }], criminalHistory: { category: "I" } });
    assert.deepEqual([r42.totalOffenseLevel, r42.range, r42.guidelineRange], [42, { minMonths: 360, maxMonths: null, life: true }, { minMonths: 240, maxMonths: 240 }]);
  });
});

describe("audit: what the calculator cannot decide, it asks (exit 2, the field named)", () => {
  it("2016+: before or after the first order, when the subsection differs", () => {
    assert.match(refused({ manual: 2025, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 30 })], criminalHistory: { category: "III" } }), /^priors\[0\]\.beforeFirstOrder: state true or false: .*\(If true: §2L1\.2\(b\)\(2\)\(B\) \+8; if false: §2L1\.2\(b\)\(3\)\(B\) \+8\.\)$/);
  });
  it("the sentence imposed, when the tier turns on it", () => {
    assert.match(refused({ manual: 2025, statute: "1326(b)(2)", priors: [felony("other", { beforeFirstOrder: true })], criminalHistory: { category: "III" } }), /^priors\[0\]\.sentenceMonths: is required for this conviction in the 2025 Guidelines Manual/);
    assert.match(refused({ manual: 2005, statute: "1326(b)(2)", priors: [felony("drug-trafficking", { deportedAfter: true })], criminalHistory: { category: "III" } }), /^priors\[0\]\.sentenceMonths: is required/);
  });
  it("aggravated felony (1995–2015), committed for profit (2001–2002), immigration-law felony (1995–1996), deported after (pre-2016)", () => {
    assert.match(refused({ manual: 2005, statute: "1326(b)(2)", priors: [felony("other", { deportedAfter: true })], criminalHistory: { category: "III" } }), /^priors\[0\]\.aggravatedFelony: state true or false/);
    assert.match(refused({ manual: 2002, statute: "1326(b)(2)", priors: [felony("alien-smuggling", { deportedAfter: true })], criminalHistory: { category: "III" } }), /^priors\[0\]\.committedForProfit: state true or false/);
    assert.match(refused({ manual: 1996, statute: "1326(b)(1)", priors: [felony("other", { deportedAfter: true, aggravatedFelony: false })], criminalHistory: { category: "III" } }), /^priors\[0\]\.immigrationOffense: state true or false/);
    assert.match(refused({ manual: 2005, statute: "1326(b)(2)", priors: [felony("crime-of-violence")], criminalHistory: { category: "III" } }), /^priors\[0\]\.deportedAfter: state true or false/);
  });
});

describe("audit: input validation (exit 2; every message names the field and what is allowed)", () => {
  it("a subsection the edition lacks lists what the edition has", () => {
    assert.equal(
      refused({ manual: 2016, statute: "1326(a)", enhancements: ["2L1.2(b)(1)(C)"], criminalHistory: { category: "I" } }),
      "enhancements[0]: \"2L1.2(b)(1)(C)\" is not a subsection of §2L1.2 in the 2016 Guidelines Manual. That edition's §2L1.2(b) has: (b)(1)(A) +4, (b)(1)(B) +2, (b)(2)(A) +10, (b)(2)(B) +8, (b)(2)(C) +6, (b)(2)(D) +4, (b)(2)(E) +2, (b)(3)(A) +10, (b)(3)(B) +8, (b)(3)(C) +6, (b)(3)(D) +4, (b)(3)(E) +2.",
    );
    assert.match(refused({ manual: 1996, statute: "1326(a)", enhancements: ["2L1.2(b)(1)(A)"], criminalHistory: { category: "I" } }), /^enhancements\[0\]: "2L1\.2\(b\)\(1\)\(A\)" is not a subsection of §2L1\.2 in the 1996 Guidelines Manual\. That edition's §2L1\.2\(b\) has: \(b\)\(1\) \+4, \(b\)\(2\) \+16\.$/);
    assert.match(refused({ manual: 2016, statute: "1326(a)", enhancements: ["2L1.2(b)(1)(A)(vii)"], criminalHistory: { category: "I" } }), /^enhancements\[0\]: "2L1\.2\(b\)\(1\)\(A\)\(vii\)" is not a subsection/);
  });

  it("category VII, negative or huge months, bad points, bad edition, bad statute", () => {
    assert.equal(refused({ statute: "1326(a)", enhancements: [], criminalHistory: { category: "VII" } }), "criminalHistory.category: must be I, II, III, IV, V or VI (the Sentencing Table has no category above VI).");
    const months = "priors[0].sentenceMonths: must be the sentence imposed in months, a number from 0 to 1200 (e.g. 30, or 3.5 for 107 days).";
    assert.equal(refused({ statute: "1326(a)", priors: [felony("other", { sentenceMonths: -3, beforeFirstOrder: true })], criminalHistory: { category: "I" } }), months);
    assert.equal(refused({ statute: "1326(a)", priors: [felony("other", { sentenceMonths: 1201, beforeFirstOrder: true })], criminalHistory: { category: "I" } }), months);
    assert.equal(refused({ statute: "1326(a)", priors: [felony("other", { sentenceMonths: "30", beforeFirstOrder: true })], criminalHistory: { category: "I" } }), months);
    assert.equal(refused({ statute: "1326(a)", enhancements: [], criminalHistory: { points: -1 } }), "criminalHistory.points: must be a whole number of criminal history points from 0 to 99.");
    assert.equal(refused({ statute: "1326(a)", enhancements: [], criminalHistory: { points: 100 } }), "criminalHistory.points: must be a whole number of criminal history points from 0 to 99.");
    assert.equal(refused({ manual: 1994, statute: "1326(c)", enhancements: [], criminalHistory: { category: "I" } }), [
      "manual: must be a Guidelines Manual edition year from 1995 to 2026 (the Manual in force on Nov. 1 of that year), or \"latest\".",
      "statute: must be the statute of conviction, one of: 1326(a), 1326(b)(1), 1326(b)(2), 1326(b)(3), 1326(b)(4), 1325(a) (8 U.S.C.), or \"1326\" to take the § 1326 subsection from the prior convictions.",
    ].join("\n"));
    assert.equal(refused({ statute: "1326(a)", enhancements: [], acceptance: 1, criminalHistory: { category: "I" } }), "acceptance: must be 0, 2 or 3 (levels off for acceptance of responsibility, USSG §3E1.1).");
  });

  it("malformed JSON, a non-object, a missing field", () => {
    assert.match(refused("{\"manual\": 2016,"), /^input: not valid JSON \(.*\)\. The input must be a JSON object such as \{"manual": 2025/);
    assert.match(refused(""), /^input: not valid JSON/);
    assert.match(refused("[]"), /^input: the input must be a JSON object/);
    assert.equal(refused({ statute: "1326(a)", criminalHistory: { category: "I" } }), "priors: give the prior convictions (\"priors\") or the §2L1.2(b) subsections that apply (\"enhancements\"); use an empty list for none.");
    assert.equal(refused({ statute: "1326(a)", enhancements: [] }), "criminalHistory: is required: it must be {\"category\": \"I\"…\"VI\"}, {\"points\": N} (a whole number of criminal history points) or {\"fromPriors\": true, \"underSentence\": true|false} (points computed from the priors' dates and sentences).");
  });
});

describe("audit: the command line (heartland range --input FILE|- [--format json|markdown])", () => {
  function viaMain(argv: string[], files: Record<string, string>) {
    const { io, out, err } = memoryIo(files);
    return { code: main(argv, io), out: out.join("\n"), err: err.join("\n") };
  }
  const design = JSON.stringify({ manual: 2025, statute: "1326(b)(2)", priors: [{ kind: "felony", offense: "other", sentenceMonths: 30, beforeFirstOrder: true }], acceptance: 3, earlyDisposition: 0, otherAdjustments: [{ levels: 2, cite: "USSG §3C1.1", label: "Obstruction" }], criminalHistory: { category: "IV" } });

  it("the DESIGN.md example from a file: 8 + 8 + 2 − 3 = 15; 15/IV = 30–37", () => {
    const r = viaMain(["range", "--input", "facts.json"], { "facts.json": design });
    assert.equal(r.code, 0);
    assert.equal(fig(JSON.parse(r.out) as Json), "2025 [§2L1.2(a):8 §2L1.2(b)(2)(B):8 §3C1.1:2 §3E1.1(a)–(b):-3] TOL=15 CHC=IV tbl=30-37 max=240 GR=30-37 Z=D SR=3");
  });

  it("exit 2: a missing file, an unknown format, malformed JSON in a file", () => {
    assert.deepEqual([viaMain(["range", "--input", "nope.json"], {}).code, viaMain(["range", "--input", "nope.json"], {}).err], [2, "Cannot read nope.json: no such file."]);
    const f = viaMain(["range", "--input", "facts.json", "--format", "html"], { "facts.json": design });
    assert.deepEqual([f.code, f.err], [2, "--format must be json or markdown (got \"html\")."]);
    const bad = viaMain(["range", "--input", "facts.json"], { "facts.json": "{\"manual\": 2025, statute: 1326}" });
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^input: not valid JSON/);
  });
});

describe("audit: Markdown output carries the JSON figures", () => {
  const cases: unknown[] = [
    { manual: 2024, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(2)(A)"], acceptance: 3, earlyDisposition: 2, criminalHistory: { points: 5 } },
    { manual: 2025, statute: "1326(b)(3)", enhancements: ["2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], acceptance: 3, criminalHistory: { category: "V" } },
    { manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(A)"], acceptance: 3, criminalHistory: { category: "VI" } },
    { manual: 1995, statute: "1326(b)(1)", offenseDate: "1993-01-01", enhancements: ["2L1.2(b)(2)"], criminalHistory: { category: "VI" } },
    { manual: 2025, statute: "1326(b)(2)", enhancements: ["2L1.2(b)(1)(A)", "2L1.2(b)(2)(A)", "2L1.2(b)(3)(A)"], otherAdjustments: [{ levels: 10, cite: "USSG §3A1.4" }], criminalHistory: { category: "I" } },
  ];
  const words = (x: { minMonths: number | null; maxMonths: number | null }) =>
    x.minMonths === null ? "life" : x.maxMonths === null ? `${x.minMonths} months to life` : x.minMonths === x.maxMonths ? `${x.minMonths} months` : `${x.minMonths}–${x.maxMonths} months`;

  for (const input of cases) {
    it(`same figures: ${JSON.stringify(input)}`, () => {
      const j = json(input);
      const md = cli(JSON.stringify(input), ["--format", "markdown"]);
      assert.equal(md.code, 0);
      const text = md.out;
      for (const s of j.steps) {
        const lv = s === j.steps[0] ? String(s.levels) : s.levels > 0 ? `+${s.levels}` : `−${-s.levels}`;
        assert.ok(text.includes(`| ${lv} | ${s.total} | ${s.cite} |`), `step ${s.cite} ${lv} ${s.total}`);
      }
      assert.ok(text.includes(`| Total offense level | ${j.totalOffenseLevel} |`));
      assert.ok(text.includes(`| Criminal history category | ${j.criminalHistoryCategory} |`));
      assert.ok(text.includes(`| Sentencing Table range | ${words(j.range)} (USSG ch. 5, pt. A) |`));
      assert.ok(text.includes(`(${j.statutoryMaximumMonths} months)`));
      assert.ok(text.includes(`| Guideline range (USSG §5G1.1) | ${words(j.guidelineRange)} |`));
      assert.ok(text.includes(`| Zone | ${j.zone} |`));
      assert.ok(text.includes(`| Supervised release | not more than ${j.supervisedRelease.maxYears} year${j.supervisedRelease.maxYears === 1 ? "" : "s"} (`));
      for (const d of j.departures) assert.ok(text.includes(`| level ${d.offenseLevel}: ${words(d.range)}`), "departure row");
      assert.ok(text.includes(`The total offense level is ${j.totalOffenseLevel} and the criminal history category is ${j.criminalHistoryCategory}`));
      // the block states each note in words (no input field names): courtNote
      for (const n of j.notes) assert.ok(text.includes(`- ${courtNote(n)}`), `note: ${n}`);
    });
  }
});

// ------------------------------------------------------------------------------------------------
// An independent re-implementation, written from the reference texts, run against the calculator
// on random inputs stated by subsection. It shares only the Sentencing Table cells with the product
// (src/data/sentencing-table.json, compared cell by cell with reference/guidelines/sentencing_table.json
// during this audit: 258 cells, zones 1992/2010, no mismatch).

const EDITION_SUBSECTIONS: { from: number; to: number; subs: Record<string, [string, number]> }[] = [
  // era_1995.json: "If more than one applies, use the greater": (b)(1) +4, (b)(2) +16
  { from: 1995, to: 1996, subs: { "(b)(1)": ["b", 4], "(b)(2)": ["b", 16] } },
  // era_1995.json (Amendment 562 text): (b)(1)(A) +16, (b)(1)(B) +4, "use the greater"
  { from: 1997, to: 2000, subs: { "(b)(1)(A)": ["b1", 16], "(b)(1)(B)": ["b1", 4] } },
  // era_2001.json / era_2008_2015.json: "Apply the Greatest" 16/12/8/4/4 (2011–2015: with points)
  { from: 2001, to: 2015, subs: { "(b)(1)(A)": ["b1", 16], "(b)(1)(B)": ["b1", 12], "(b)(1)(C)": ["b1", 8], "(b)(1)(D)": ["b1", 4], "(b)(1)(E)": ["b1", 4] } },
  // era_2016.json / era_2025.json: (b)(1) greater 4/2; (b)(2), (b)(3) greatest 10/8/6/4/2; the three add
  {
    from: 2016,
    to: 2025,
    subs: {
      "(b)(1)(A)": ["b1", 4], "(b)(1)(B)": ["b1", 2],
      "(b)(2)(A)": ["b2", 10], "(b)(2)(B)": ["b2", 8], "(b)(2)(C)": ["b2", 6], "(b)(2)(D)": ["b2", 4], "(b)(2)(E)": ["b2", 2],
      "(b)(3)(A)": ["b3", 10], "(b)(3)(B)": ["b3", 8], "(b)(3)(C)": ["b3", 6], "(b)(3)(D)": ["b3", 4], "(b)(3)(E)": ["b3", 2],
    },
  },
];
// statutes.json: maxima; (b)(3) a fixed 10 years; classes → § 3583(b)
const STATUTE: Record<string, { max: number; min: number; sr: number }> = {
  "1326(a)": { max: 24, min: 0, sr: 1 }, "1326(b)(1)": { max: 120, min: 0, sr: 3 }, "1326(b)(2)": { max: 240, min: 0, sr: 3 },
  "1326(b)(3)": { max: 120, min: 120, sr: 3 }, "1326(b)(4)": { max: 120, min: 0, sr: 3 }, "1325(a)": { max: 24, min: 0, sr: 1 },
};
const CATS = ["I", "II", "III", "IV", "V", "VI"];
const catOf = (points: number) => (points <= 1 ? "I" : points <= 3 ? "II" : points <= 6 ? "III" : points <= 9 ? "IV" : points <= 12 ? "V" : "VI");
function zoneFor(min: number | null, edition: number): string {
  if (min === null) return "D";
  if (edition >= 2010) return min === 0 ? "A" : min <= 9 ? "B" : min <= 12 ? "C" : "D"; // Amendment 738
  return min === 0 ? "A" : min <= 6 ? "B" : min <= 10 ? "C" : "D"; // Amendment 462
}
type Cell = { category: string; minMonths: number | null; maxMonths: number | null };
const cellOf = (level: number, cat: string) => (tableJson as unknown as { levels: { level: number; cells: Cell[] }[] }).levels[level - 1].cells.find((c) => c.category === cat) as Cell;
function limit(lo: number | null, hi: number | null, max: number, min: number): [number | null, number | null] {
  const l = lo ?? Infinity;
  const h = hi ?? Infinity;
  if (max < l) return [max, max]; // §5G1.1(a)
  if (min > h) return [min, min]; // §5G1.1(b)
  const nh = Math.min(h, max);
  return [Math.max(l, min), Number.isFinite(nh) ? nh : null]; // §5G1.1(c)
}

describe("audit: independent re-implementation agrees on random inputs", () => {
  it("offense level, category, table range, §5G1.1, zone, supervised release, early disposition", () => {
    const arb = fc
      .record({
        edition: fc.integer({ min: 1995, max: 2025 }),
        statute: fc.constantFrom(...Object.keys(STATUTE)),
        pick: fc.array(fc.nat(20), { maxLength: 4 }),
        acceptance: fc.constantFrom(0, 2, 3),
        ed: fc.integer({ min: 0, max: 4 }),
        adj: fc.array(fc.integer({ min: -6, max: 12 }).filter((n) => n !== 0), { maxLength: 2 }),
        ch: fc.oneof(fc.record({ category: fc.constantFrom(...CATS) }), fc.record({ points: fc.integer({ min: 0, max: 20 }) })),
      })
      .filter((x) => x.edition >= 2003 || x.ed === 0);
    fc.assert(
      fc.property(arb, (x) => {
        const era = EDITION_SUBSECTIONS.find((e) => x.edition >= e.from && x.edition <= e.to)!;
        const ids = Object.keys(era.subs);
        const chosen = [...new Set(x.pick.map((n) => ids[n % ids.length]))];
        const input = {
          manual: x.edition,
          statute: x.statute,
          enhancements: chosen.map((s) => `2L1.2${s}`),
          acceptance: x.acceptance,
          earlyDisposition: x.ed,
          otherAdjustments: x.adj.map((levels) => ({ levels, cite: "USSG §3C1.1" })),
          criminalHistory: x.ch,
        };
        // expected, by hand
        const best = new Map<string, number>();
        for (const s of chosen) {
          const [g, lv] = era.subs[s];
          best.set(g, Math.max(best.get(g) ?? 0, lv));
        }
        let level = 8 + [...best.values()].reduce((a, b) => a + b, 0) + x.adj.reduce((a, b) => a + b, 0);
        const before = level;
        if (x.acceptance === 2 || (x.acceptance === 3 && before < 16)) level -= 2; // §3E1.1(a)
        if (x.acceptance === 3 && before >= 16) level -= 3; // §3E1.1(b): level 16 or greater
        if (x.edition >= 2025) level -= x.ed; // §3F1.1
        const tol = Math.min(43, Math.max(1, level)); // ch. 5, pt. A, comment. (n.2)
        const cat = "category" in x.ch ? x.ch.category : catOf(x.ch.points);
        const c = cellOf(tol, cat);
        const st = STATUTE[x.statute];
        const gr = limit(c.minMonths, c.maxMonths, st.max, st.min);
        const r = json(input);
        assert.equal(r.totalOffenseLevel, tol);
        assert.equal(r.criminalHistoryCategory, cat);
        assert.deepEqual([r.range.minMonths, r.range.maxMonths], [c.minMonths, c.maxMonths]);
        assert.equal(r.statutoryMaximumMonths, st.max);
        assert.deepEqual([r.guidelineRange.minMonths, r.guidelineRange.maxMonths], gr);
        assert.equal(r.zone, zoneFor(c.minMonths, x.edition));
        assert.equal(r.supervisedRelease.maxYears, st.sr);
        // steps add up, base first
        assert.equal(r.steps[0].levels, 8);
        r.steps.reduce((prev, s) => (assert.equal(s.total, prev + s.levels), s.total), 0);
        // §5K3.1 departure (Oct. 27, 2003 – Oct. 31, 2025): outside the range, reported with its own
        if (x.edition >= 2003 && x.edition <= 2024 && x.ed > 0) {
          assert.equal(r.departures.length, 1);
          const dl = Math.max(1, tol - x.ed);
          const dc = cellOf(dl, cat);
          assert.deepEqual([r.departures[0].offenseLevel, r.departures[0].range.minMonths, r.departures[0].range.maxMonths], [dl, dc.minMonths, dc.maxMonths]);
          assert.deepEqual([r.departures[0].guidelineRange.minMonths, r.departures[0].guidelineRange.maxMonths], limit(dc.minMonths, dc.maxMonths, st.max, st.min));
        } else assert.equal(r.departures.length, 0);
      }),
      { numRuns: 600, seed: 20261122 },
    );
  });
});

describe("audit: 2018+ priors as facts, re-derived by hand on random inputs (era_2025.json §2L1.2(b), comment. (n.3))", () => {
  it("(b)(1) greater of 4/2; (b)(2), (b)(3) greatest of 10/8/6/4/2 by \"five years or more\", \"two years or more\", \"exceeded one year and one month\"; they add", () => {
    const prior = fc.record({
      kind: fc.constantFrom("felony", "misdemeanor"),
      offense: fc.constantFrom("illegal-reentry", "1325a", "drug-trafficking", "crime-of-violence", "other"),
      sentenceMonths: fc.constantFrom(0, 6, 13, 13.5, 14, 23.9, 24, 59, 60, 120),
      beforeFirstOrder: fc.boolean(),
      receivesCriminalHistoryPoints: fc.boolean(),
    }).filter((p) => !(p.kind === "misdemeanor" && p.offense === "illegal-reentry"));
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2025 }), fc.array(prior, { maxLength: 6 }), (edition, priors) => {
        const counted = priors.filter((p) => p.receivesCriminalHistoryPoints);
        const groups: Record<string, number> = {};
        const up = (g: string, lv: number) => (groups[g] = Math.max(groups[g] ?? 0, lv));
        let m1325 = 0;
        const misd: Record<string, number> = { b2: 0, b3: 0 };
        for (const p of counted) {
          const para = p.beforeFirstOrder ? "b2" : "b3";
          if (p.kind === "felony" && (p.offense === "illegal-reentry" || p.offense === "1325a")) up("b1", 4);
          else if (p.kind === "misdemeanor" && p.offense === "1325a") m1325++;
          else if (p.kind === "misdemeanor") { if (p.offense !== "other") misd[para]++; }
          else up(para, p.sentenceMonths >= 60 ? 10 : p.sentenceMonths >= 24 ? 8 : p.sentenceMonths > 13 ? 6 : 4);
        }
        if (m1325 >= 2) up("b1", 2);
        for (const g of ["b2", "b3"]) if (misd[g] >= 3) up(g, 2);
        const want = 8 + Object.values(groups).reduce((a, b) => a + b, 0);
        const r = json({ manual: edition, statute: "1326(b)(2)", priors, criminalHistory: { points: 13 } });
        assert.equal(r.totalOffenseLevel, want, JSON.stringify(priors));
      }),
      { numRuns: 400, seed: 1122 },
    );
  });
});

describe("audit: 2001–2015 priors as facts, re-derived by hand on random inputs (era_2001.json, era_2008_2015.json)", () => {
  it("16/12/8/4/4 \"apply the greatest\"; 13 months; for profit until 2003; 16 → 12 and 12 → 8 without points from 2011", () => {
    const prior = fc.record({
      kind: fc.constantFrom("felony", "misdemeanor"),
      offense: fc.constantFrom("drug-trafficking", "crime-of-violence", "firearms", "child-pornography", "national-security-terrorism", "human-trafficking", "alien-smuggling", "other"),
      sentenceMonths: fc.constantFrom(0, 12, 13, 13.5, 36),
      deportedAfter: fc.boolean(),
      aggravatedFelony: fc.boolean(),
      committedForProfit: fc.boolean(),
      receivesCriminalHistoryPoints: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2015 }), fc.array(prior, { maxLength: 5 }), (edition, priors) => {
        const split = edition >= 2011; // Amendment 754
        let best = 0;
        let misd = 0;
        for (const p of priors) {
          if (!p.deportedAfter) continue;
          const pts = p.receivesCriminalHistoryPoints || !split;
          if (p.kind === "misdemeanor") {
            if (p.aggravatedFelony) best = Math.max(best, 8);
            if (p.offense === "drug-trafficking" || p.offense === "crime-of-violence") misd++;
            continue;
          }
          const a = pts ? 16 : 12;
          const cd = p.aggravatedFelony ? 8 : 4;
          let lv: number;
          if (p.offense === "drug-trafficking") lv = p.sentenceMonths > 13 ? a : pts ? 12 : 8;
          else if (p.offense === "alien-smuggling") lv = edition <= 2002 && !p.committedForProfit ? cd : a;
          else if (p.offense === "other") lv = cd;
          else lv = a;
          best = Math.max(best, lv);
        }
        if (misd >= 3) best = Math.max(best, 4);
        const r = json({ manual: edition, statute: "1326(b)(2)", priors, criminalHistory: { points: 13 } });
        assert.equal(r.totalOffenseLevel, 8 + best, JSON.stringify(priors));
      }),
      { numRuns: 400, seed: 2001 },
    );
  });
});

describe("audit: 1995–2000 priors as facts, re-derived by hand on random inputs (era_1995.json)", () => {
  it("1995–1996: +16 aggravated felony, +4 other non-immigration felony; 1997–2000: +16 aggravated felony, +4 other felony or three misdemeanor crimes of violence / drug offenses", () => {
    const prior = fc.record({
      kind: fc.constantFrom("felony", "misdemeanor"),
      offense: fc.constantFrom("drug-trafficking", "crime-of-violence", "alien-smuggling", "illegal-reentry", "other"),
      deportedAfter: fc.boolean(),
      aggravatedFelony: fc.boolean(),
      immigrationOffense: fc.boolean(),
    }).filter((p) => !(p.kind === "misdemeanor" && p.offense === "illegal-reentry"));
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2000 }), fc.array(prior, { maxLength: 4 }), (edition, priors) => {
        let best = 0;
        let misd = 0;
        for (const p of priors) {
          if (!p.deportedAfter) continue;
          if (p.aggravatedFelony) best = Math.max(best, 16);
          else if (p.kind === "felony") {
            const immigration = p.offense === "illegal-reentry" || p.offense === "alien-smuggling" || (p.offense === "other" && p.immigrationOffense);
            if (edition >= 1997 || !immigration) best = Math.max(best, 4);
          } else if (edition >= 1997 && (p.offense === "drug-trafficking" || p.offense === "crime-of-violence")) misd++;
        }
        if (misd >= 3) best = Math.max(best, 4);
        const r = json({ manual: edition, statute: "1326(b)(2)", priors, criminalHistory: { points: 13 } });
        assert.equal(r.totalOffenseLevel, 8 + best, JSON.stringify(priors));
      }),
      { numRuns: 300, seed: 1995 },
    );
  });
});

describe("audit: Compare scenarios carry each scenario's own figures", () => {
  const facts = [
    { manual: 2016, statute: "1326(b)(2)", priors: [felony("other", { sentenceMonths: 36, beforeFirstOrder: false, conductAfterFirstOrder: true }), felony("illegal-reentry", { sentenceMonths: 10 })], acceptance: 3, criminalHistory: { category: "IV" } },
    { manual: 2013, statute: "1326(b)(2)", priors: [felony("crime-of-violence", { deportedAfter: true, receivesCriminalHistoryPoints: false })], acceptance: 3, earlyDisposition: 4, criminalHistory: { category: "III" } },
    { manual: 2025, statute: "1326(a)", enhancements: ["2L1.2(b)(2)(C)"], acceptance: 2, criminalHistory: { category: "VI" } },
  ];
  const words = (x: { minMonths: number | null; maxMonths: number | null }) =>
    x.minMonths === null ? "life" : x.maxMonths === null ? `${x.minMonths} months to life` : x.minMonths === x.maxMonths ? `${x.minMonths} months` : `${x.minMonths}–${x.maxMonths} months`;
  for (const raw of facts) {
    it(`every scenario row: ${JSON.stringify(raw)}`, () => {
      const input = parseRangeInput(raw);
      const scenarios = scenarioOptions(input);
      const md = renderCompareMarkdown(input, scenarios.map((x) => x.id));
      for (const sc of [{ label: "As calculated", input }, ...scenarios]) {
        const r = calculateRange(sc.input);
        const row = `| ${sc.label} | ${r.totalOffenseLevel} | ${r.criminalHistoryCategory} | ${words(r.range)} | ${words(r.guidelineRange)} |`;
        assert.ok(md.includes(row), `${row}\n${md}`);
      }
      // the 2013 prior without points is 12 levels, and stays 12 when restated by subsection
      if (raw.manual === 2013) assert.ok(md.includes("| Without acceptance | 20 | III | 41–51 months | 41–51 months |"), md);
    });
  }
});
