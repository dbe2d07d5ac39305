import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as fc from "fast-check";
import { checkCitations } from "../../src/core/citations/check";
import { proseOf } from "../../src/core/brief/prose";
import { CasesFileSchema } from "../../src/core/citations/casesSchema";
import { KNOWN_CASES, fullCiteWithPin, recognizeCaseCitations, shortCite } from "../../src/core/citations/cases";
import { validateData } from "../../src/core/dataValidation";
import casesJson from "../../src/data/cases.json";

function cases(text: string) {
  return recognizeCaseCitations(proseOf(text).prose, text);
}
function one(text: string) {
  const all = cases(text);
  assert.equal(all.length, 1, `expected one case citation in ${JSON.stringify(text)}, got ${JSON.stringify(all.map((a) => a.text))}`);
  return all[0];
}

describe("recognizeCaseCitations", () => {
  it("reads a full citation with pin, court, year and en banc, with exact offsets", () => {
    const t = "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).";
    const c = one(t);
    assert.equal(c.form, "full");
    assert.equal(c.text, "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc)");
    assert.equal(c.start, 4);
    assert.equal(c.name?.value, "United States v. Banuelos-Rodriguez");
    assert.deepEqual([c.volume?.value, c.reporter?.value, c.page?.value], [215, "F.3d", 969]);
    assert.equal(t.slice(c.page!.start, c.page!.end), "969");
    assert.deepEqual(c.pins.map((p) => [p.text, p.first, p.last]), [["978", 978, 978]]);
    assert.equal(c.paren?.court?.value, "9th Cir.");
    assert.equal(c.paren?.year.value, 2000);
    assert.equal(t.slice(c.paren!.year.start, c.paren!.year.end), "2000");
    assert.ok(c.enBanc);
  });

  it("reads a Supreme Court citation in italics (Markdown emphasis) with a page range pin", () => {
    const c = one("*Koon v. United States*, 518 U.S. 81, 92-96 (1996).");
    assert.equal(c.name?.value, "Koon v. United States");
    assert.deepEqual(c.pins.map((p) => [p.first, p.last]), [[92, 96]]);
    assert.equal(c.paren?.court, undefined);
    assert.equal(c.paren?.year.value, 1996);
  });

  it("reads short forms with and without the name, and abbreviated ranges", () => {
    const [a, b] = cases("Banuelos-Rodriguez, 215 F.3d at 973-77; 543 U.S. at 245.");
    assert.equal(a.form, "short");
    assert.equal(a.name?.value, "Banuelos-Rodriguez");
    assert.deepEqual([a.pins[0].first, a.pins[0].last], [973, 977]);
    assert.equal(b.form, "short");
    assert.equal(b.name, undefined);
    assert.equal(b.text, "543 U.S. at 245");
  });

  it("reads Id. forms, with footnote pins", () => {
    const all = cases("Id. at 975 n.4. See id. He did. Id.");
    assert.deepEqual(all.map((c) => [c.form, c.text]), [["id", "Id. at 975 n.4"], ["id", "id."], ["id", "Id."]]);
    assert.equal(all[0].pins[0].first, 975);
  });

  it("reads docket-number citations with court and date", () => {
    const t = "Cf. United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023) (denying relief); United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006).";
    const [a, b] = cases(t);
    assert.equal(a.form, "docket");
    assert.equal(a.text, "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023)");
    assert.equal(a.docket?.value, "No. 8:21CR232");
    assert.equal(a.paren?.court?.value, "D. Neb.");
    assert.equal(a.paren?.date?.value, "Sept. 13, 2023");
    assert.equal(b.docket?.value, "No. CR-03-52-E-BLW");
    assert.equal(b.paren?.date?.value, "Mar. 24, 2006");
  });

  it("reads a Westlaw docket citation with a star pin", () => {
    const c = one("United States v. DeFoggi, No. 22-2327, 2023 WL 4112142, at *2 (8th Cir. June 22, 2023).");
    assert.equal(c.form, "docket");
    assert.equal(c.pins[0].text, "*2");
    assert.equal(c.paren?.court?.value, "8th Cir.");
  });

  it("follows a citation across one line break", () => {
    const c = one("The panel, United States v. Banuelos-Rodriguez, 173 F.3d 741\n(9th Cir. 1999), was withdrawn.");
    assert.equal(c.paren?.year.value, 1999);
    assert.equal(c.name?.value, "United States v. Banuelos-Rodriguez");
  });

  it("does not take statutes, guidelines or signals for cases", () => {
    assert.deepEqual(cases("Under 8 U.S.C. § 1326(b)(2) and U.S.S.G. § 2L1.2, see 18 U.S.C. § 3553(a)."), []);
    const c = one("See also United States v. Stultz, 356 F.3d 261 (2d Cir. 2004).");
    assert.equal(c.name?.value, "United States v. Stultz");
  });

  it("skips code, inline code and link targets", () => {
    const t = "`United States v. X, 1 F.3d 2 (1st Cir. 1990)`\n\n```\nKoon v. United States, 518 U.S. 81 (1996)\n```\n\n[a](https://x.org/215%20F.3d%20969)";
    assert.deepEqual(cases(t), []);
  });
});

// --------------------------------------------------------------------- data

// The schema is the one the build validates the file against (src/core/citations/cases.ts).
describe("src/data/cases.json", () => {
  it("matches the schema; every case has a source", () => {
    CasesFileSchema.parse(casesJson);
  });

  it("the build reports a broken case with its path and the rule it breaks", () => {
    const bad = JSON.parse(JSON.stringify(casesJson));
    const i = bad.cases.findIndex((c: { id: string }) => c.id === "banuelos_rodriguez");
    bad.cases[i].docket = "No. 96-50297"; // a reporter citation and a docket number
    bad.cases[i].reporter = "F3d";
    const p = validateData([{ file: "cases.json", data: bad, schema: CasesFileSchema }]);
    assert.deepEqual(p, [`src/data/cases.json: cases.${i}.reporter: Invalid option: expected one of "U.S."|"F.2d"|"F.3d"|"F.4th"`]);
    bad.cases[i].reporter = "F.3d";
    assert.deepEqual(validateData([{ file: "cases.json", data: bad, schema: CasesFileSchema }]), [`src/data/cases.json: cases.${i}: a case has either volume/reporter/page or a docket number`]);
  });

  it("has the four seed cases with the corrected citations (reference README 'Notable corrections')", () => {
    const byId = new Map(KNOWN_CASES.map((k) => [k.id, k]));
    assert.equal(byId.get("banuelos_rodriguez")?.cite, "United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc)");
    assert.equal(byId.get("leiva_deras")?.cite, "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004)");
    assert.equal(byId.get("palacios_becerril")?.cite, "United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006)");
    assert.equal(byId.get("leyva_martinez")?.cite, "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023)");
    assert.deepEqual(byId.get("banuelos_rodriguez")?.withdrawn?.map((w) => `${w.volume} ${w.reporter} ${w.page}`), ["173 F.3d 741"]);
    assert.equal(byId.get("banuelos_rodriguez")?.lastPage, 986);
  });

  it("leaves out authorities whose citation is not verified", () => {
    const ids = new Set(KNOWN_CASES.map((k) => k.id));
    for (const id of ["avalos_banderas", "defoggi", "rutherford", "fernandez_scotus", "washington_6th", "parks_6th", "handlon_11th"]) assert.ok(!ids.has(id), id);
  });

  it("writes each full citation from its parts, and the parts agree with the reference citation string", () => {
    for (const k of KNOWN_CASES) {
      if (k.id === "rivas_gonzalez") continue; // subsequent history: checked below
      const paren = k.court === "U.S." ? String(k.year) : `${k.court} ${k.date ?? k.year}`;
      const head = k.volume !== undefined ? `${k.name}, ${k.volume} ${k.reporter} ${k.page}` : `${k.name}, ${k.docket}`;
      const expected = `${head} (${paren})${k.enBanc ? " (en banc)" : ""}${k.perCuriam ? " (per curiam)" : ""}`;
      assert.equal(k.cite, expected, k.id);
      assert.ok(`${k.name}, ${k.citation}`.startsWith(head.replace(/ \(.*$/, "")), `${k.id}: ${k.citation}`);
      assert.ok(k.citation.includes(`(${paren})`), `${k.id}: court/year in ${k.citation}`);
    }
    const rivas = KNOWN_CASES.find((k) => k.id === "rivas_gonzalez")!;
    assert.equal(rivas.cite, `${rivas.name}, ${rivas.citation}`);
  });

  it("writes short forms and pinned full forms", () => {
    const b = KNOWN_CASES.find((k) => k.id === "banuelos_rodriguez")!;
    assert.equal(shortCite(b, "978"), "Banuelos-Rodriguez, 215 F.3d at 978");
    assert.equal(fullCiteWithPin(b, "978"), "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc)");
    const l = KNOWN_CASES.find((k) => k.id === "leyva_martinez")!;
    assert.equal(shortCite(l, "3"), "Leyva-Martinez, No. 8:21CR232, slip op. at 3");
  });

  // The shared reference is not part of the repository; when it is present (development
  // machines), every case must be a citation_verified authority (or a seed) with the same citation.
  const reference = path.resolve(__dirname, "../../../../shared/reference/holdings/holdings.json");
  const maybe = fs.existsSync(reference) ? it : it.skip;
  maybe("agrees with reference/holdings/holdings.json (citation verbatim, verification flags)", () => {
    const h = JSON.parse(fs.readFileSync(reference, "utf8")) as { authorities: { authority_id: string; citation: string; citation_verified: boolean; seed: boolean; sources: string[] }[] };
    const byId = new Map(h.authorities.map((a) => [a.authority_id, a]));
    for (const k of KNOWN_CASES) {
      const a = byId.get(k.id);
      assert.ok(a, `${k.id} is not in the reference`);
      assert.equal(k.citation, a.citation, k.id);
      assert.equal(k.citationVerified, a.citation_verified, k.id);
      assert.ok(a.citation_verified || a.seed, `${k.id}: unverified and not a seed`);
      assert.deepEqual(k.source.urls, a.sources, k.id);
    }
  });
});

// --------------------------------------------------------------------- properties


const FRAGMENTS = [
  "United States v. Banuelos-Rodriguez", "Koon v. United States", ", ", " ", "\n", "\n\n", "215 F.3d 969", "215 F.3d 696", "173 F.3d 741", "518 U.S.", " at ", "978", "973-77",
  " n.4", "(9th Cir. 2000)", "(9th Cir. 1999)", "(en banc)", "(1996)", "Id.", "id. at 5", "No. 8:21CR232", "(D. Neb. Sept. 13, 2023)", "See ", "*", "_", "`", "```\n", "<!-- ", " -->",
  "U.S.S.G. § 2L1.2(b)(1)(C)", "§ 5K2.0", "Rule 35(a)", " seven days", "sentenced on June 20, 2016. ", "withdrawn", "(holding that ", ")", ". ", "; ", "---\n", "sentencing-date: 2015-01-01\n",
];

describe("case citations: properties", () => {
  it("never throws; matches are ordered, non-overlapping and exact; findings and fixes stay inside the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.integer({ min: 1995, max: 2025 }), (parts, edition) => {
        const text = parts.join("");
        const found = recognizeCaseCitations(proseOf(text).prose, text);
        let last = 0;
        for (const c of found) {
          assert.ok(c.start >= last && c.start < c.end && c.end <= text.length);
          assert.equal(c.text, text.slice(c.start, c.end));
          last = c.end;
        }
        for (const f of checkCitations(text, { edition })) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, JSON.stringify(f));
          if (f.fix) assert.ok(f.fix.start >= 0 && f.fix.start <= f.fix.end && f.fix.end <= text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("applying a case fix removes that finding (fixes converge)", () => {
    fc.assert(
      fc.property(fc.constantFrom("215 F.3d 696", "251 F.3d 969", "215 F.2d 969"), fc.constantFrom("(9th Cir. 1999)", "(2d Cir. 2000)", "(9th Cir. 2000)"), fc.boolean(), (cite, paren, enBanc) => {
        let text = `See United States v. Banuelos-Rodriguez, ${cite}, 978 ${paren}${enBanc ? " (en banc)" : ""}.`;
        for (let i = 0; i < 5; i++) {
          const f = checkCitations(text, { edition: 2025 }).find((x) => x.fix);
          if (!f) break;
          text = text.slice(0, f.fix!.start) + f.fix!.newText + text.slice(f.fix!.end);
        }
        assert.equal(text, "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).");
        assert.deepEqual(checkCitations(text, { edition: 2025 }), []);
      }),
    );
  });
});

describe("case names", () => {
  it("stop at a closing quotation mark, bracket or tag before the name", () => {
    const t = "as the Commission’)].”<sup>2</sup> *United States v. Crandall*, 25 F.4th 582, 583 (8th Cir. 2022); Congress,” *United States v. Thacker*, 4 F.4th 569, 574 (7th Cir. 2021).";
    const found = recognizeCaseCitations(proseOf(t).prose, t);
    assert.deepEqual(found.map((c) => c.name?.value), ["United States v. Crandall", "United States v. Thacker"]);
  });
});
