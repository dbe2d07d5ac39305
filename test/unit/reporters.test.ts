import * as assert from "node:assert/strict";
import data from "../../src/data/reporters.json";
import { lookupReporter, normalizeCourt, courtSystem, REPORTERS_SOURCE } from "../../src/core/citations/reporters";
import { ReportersFileSchema } from "../../src/core/citations/reportersSchema";
import { recognizeCaseCitations } from "../../src/core/citations/cases";
import { buildTableOfAuthorities, collectAuthorities } from "../../src/core/toa";
import { main } from "../../src/cli/main";
import { memoryIo } from "./memory-io";

describe("src/data/reporters.json (from the Free Law Project's reporters and courts databases)", () => {
  it("matches its schema and names its sources and their commits", () => {
    assert.ok(ReportersFileSchema.safeParse(data).success);
    assert.match(REPORTERS_SOURCE.reporters.commit, /^[0-9a-f]{40}$/);
    assert.match(REPORTERS_SOURCE.courts.commit, /^[0-9a-f]{40}$/);
    assert.equal(REPORTERS_SOURCE.reporters.url, "https://github.com/freelawproject/reporters-db");
  });

  it("every edition whose abbreviation has a period reads back as itself in a full citation, never as another reporter", () => {
    let ok = 0;
    const other: string[] = [];
    for (const [cite, type, start, end] of ReportersFileSchema.parse(data).reporters) {
      if (!cite.includes(".") || /[(),]/.test(cite) || /\d (?:Cir|Dist)/.test(cite)) continue;
      const y = Math.min(end ?? 2020, Math.max(start ?? 1900, 1990));
      const vol = type === "w" || type === "l" || type === "n" ? y : 12;
      const t = `See Foo v. Bar, ${vol} ${cite} 345, 347 (${y}).`;
      const m = recognizeCaseCitations(t, t).find((x) => x.form === "full" && x.page?.value === 345);
      if (m?.reporter?.value === cite) ok++;
      else if (m) other.push(`${cite} → ${m.reporter?.value}`);
    }
    assert.deepEqual(other, []);
    assert.ok(ok >= 950, `${ok} editions read back`);
  });

  it("spellings: spaces, periods and line breaks do not matter; statutes are never reporters", () => {
    for (const [written, cite] of [["F. 3d", "F.3d"], ["F.Supp.2d", "F. Supp. 2d"], ["F Supp 2d", "F. Supp. 2d"], ["U. S.", "U.S."], ["Cal.App.4th", "Cal. App. 4th"], ["F.\nApp'x", "F. App'x"], ["Fed. Appx.", "F. App'x"], ["N. Y. S. 2d", "N.Y.S.2d"], ["Wn.2d", "Wash. 2d"], ["S.Ct.", "S. Ct."]]) {
      const l = lookupReporter(written);
      assert.ok(l && "reporter" in l && l.reporter.cite === cite, `${JSON.stringify(written)} → ${JSON.stringify(l)}`);
    }
    for (const written of ["U.S.C.", "U.S.S.G.", "C.F.R.", "Fed. Reg.", "Smith", "Count", "Exhibit", "at"]) assert.equal(lookupReporter(written), undefined, written);
  });

  it("courts in their Bluebook abbreviations, federal or state", () => {
    assert.equal(normalizeCourt("S.D. N.Y."), "S.D.N.Y.");
    assert.equal(normalizeCourt("D Kan"), "D. Kan.");
    assert.equal(courtSystem("9th Cir."), "federal");
    assert.equal(courtSystem("Cal. Ct. App."), "state");
    assert.equal(courtSystem("Tex. Crim. App."), "state");
  });
});

describe("case citations the hand list missed (issue 14)", () => {
  const one = (t: string) => {
    const all = recognizeCaseCitations(t, t).filter((m) => m.form === "full" || m.form === "docket");
    assert.equal(all.length, 1, JSON.stringify(all.map((m) => m.text)));
    return all[0];
  };
  it("an ordinal series is never cut: 78 F. 3d 932, 368 F.Supp. 2d 1267", () => {
    const a = one("Hopwood v. Texas, 78 F. 3d 932, 940 (5th Cir. 1996).");
    assert.deepEqual([a.volume?.value, a.reporter?.value, a.page?.value, a.pins.map((p) => p.text)], [78, "F.3d", 932, ["940"]]);
    const b = one("Doe v. Roe, 368 F.Supp. 2d 1267 (S.D.N.Y. 2005)");
    assert.deepEqual([b.reporter?.value, b.page?.value], ["F. Supp. 2d", 1267]);
  });
  it("Lexis wins over U.S.; 8-digit Westlaw numbers with a star pin keep court and year", () => {
    const a = one("Doe v. Roe, 2019 U.S. Dist. LEXIS 12345, at *3 (N.D. Cal. Jan. 2, 2019)");
    assert.deepEqual([a.reporter?.value, a.page?.value, a.pins[0].text, a.paren?.court?.value, a.paren?.year.value], ["U.S. Dist. LEXIS", 12345, "*3", "N.D. Cal.", 2019]);
    const b = one("Doe v. Roe, 2019 WL 12345678, at *2 (S.D. Tex. Jan. 5, 2019)");
    assert.deepEqual([b.reporter?.value, b.page?.value, b.pins[0].text, b.paren?.court?.value], ["WL", 12345678, "*2", "S.D. Tex."]);
  });
  it("a parallel citation is one citation sharing the year", () => {
    const a = one("Pearson v. Callahan, 555 U.S. 223, 232, 129 S. Ct. 808, 172 L. Ed. 2d 565 (2009)");
    assert.deepEqual(a.parallels?.map((p) => `${p.volume.value} ${p.reporter.value} ${p.page.value}`), ["129 S. Ct. 808", "172 L. Ed. 2d 565"]);
    assert.equal(a.paren?.year.value, 2009);
  });
  it("names with 'of', ', Inc.', 'ex rel.', 'In re', 'Ex parte' and T6 abbreviations", () => {
    for (const name of ["State of Washington v. Glucksberg", "Smith v. Acme Widgets, Inc.", "United States ex rel. Doe v. Roe", "In re Gault", "Ex parte Young", "Meritor Sav. Bank, FSB v. Vinson", "Brown v. Bd. of Educ."]) {
      assert.equal(one(`See ${name}, 1 U.S. 1 (1990).`).name?.value, name);
    }
  });
  it("a slip opinion's line numbers are not pages, names or courts", () => {
    const t = "9 the Commission); United States v. Somerstein, 20 F.\n10 Supp. 2d 454, 463-64 (E.D.N.Y. 1998). United\n3 States v. Galante, 111 F.3d 1029 (2d Cir. 24 1995).";
    const ms = recognizeCaseCitations(t, t);
    assert.deepEqual(ms.map((m) => [m.name?.value, m.volume?.value, m.reporter?.value, m.page?.value]), [["United States v. Somerstein", 20, "F. Supp. 2d", 454], ["United States v. Galante", 111, "F.3d", 1029]]);
    assert.equal(normalizeCourt("2d Cir. 24"), "2d Cir.");
  });
  it("California style and a line break inside the reporter", () => {
    const a = one("Yield Dynamics, Inc. v. TEA Systems Corp. (2007) 154 Cal.App.4th 547, 558");
    assert.deepEqual([a.name?.value, a.reporter?.value, a.page?.value, a.paren?.year.value], ["Yield Dynamics, Inc. v. TEA Systems Corp.", "Cal. App. 4th", 547, 2007]);
    assert.equal(one("Smith v. Jones, 425 F.\nApp'x 591 (9th Cir. 2011)").reporter?.value, "F. App'x");
  });
});

describe("heartland toa", () => {
  const BRIEF = "# Argument\n\nState v. Brown, 123 P.3d 456 (Wash. 2005); Hopwood v. Texas, 78 F. 3d 932, 940 (5th Cir. 1996). Hopwood, 78 F.3d at 941. Id. at 942. See 8 U.S.C. § 1326(b)(2).\n";

  it("prints the table the editor command inserts, federal and state cases under their own headings", () => {
    const { io, out } = memoryIo({ "b.md": BRIEF });
    assert.equal(main(["toa", "b.md"], io), 0);
    assert.equal(out.join(""), buildTableOfAuthorities(BRIEF).table);
    assert.match(out.join(""), /### Federal Cases[\s\S]*Hopwood v\. Texas, 78 F\.3d 932 \(5th Cir\. 1996\)[\s\S]*### State Cases[\s\S]*State v\. Brown, 123 P\.3d 456 \(Wash\. 2005\)[\s\S]*### Statutes/);
  });

  it("--format json: each authority's parts and the 1-based places of its full and short citations", () => {
    const { io, out } = memoryIo({ "b.md": BRIEF });
    assert.equal(main(["toa", "b.md", "--format", "json"], io), 0);
    const j = JSON.parse(out.join(""));
    assert.deepEqual(Object.keys(j.files[0]), ["file", "authorities"]);
    const h = j.files[0].authorities.find((a: { name: string }) => a.name === "Hopwood v. Texas");
    assert.deepEqual(h, { kind: "case", name: "Hopwood v. Texas", volume: 78, reporter: "F.3d", page: 932, court: "5th Cir.", year: 1996, cite: "Hopwood v. Texas, 78 F.3d 932 (5th Cir. 1996)", locations: [{ line: 3, column: 44 }, { line: 3, column: 97 }, { line: 3, column: 122 }] });
    const s = j.files[0].authorities.find((a: { kind: string }) => a.kind === "statute");
    assert.deepEqual(s, { kind: "statute", name: "8 U.S.C. § 1326(b)(2)", volume: null, reporter: null, page: null, court: null, year: null, cite: "8 U.S.C. § 1326(b)(2)", locations: [{ line: 3, column: 138 }] });
  });

  it("--format markdown: state cases under their own heading, each group alphabetical by name as listed, parallels as one authority", () => {
    const brief = [
      "# Argument",
      "",
      "*State v. Erickson*, 168 Wn.2d 41, 225 P.3d 948 (2010); *Pearson v. Callahan*, 555 U.S. 223, 232, 129 S. Ct. 808, 172 L. Ed. 2d 565 (2009). *Id.* at 236.",
      "*People v. Smith* (2007) 154 Cal.App.4th 547, 550. *Commonwealth v. Muniz*, 164 A.3d 1189 (Pa. 2017). *United States v. Banuelos-Rodriguez*, 215 F.3d 969 (9th Cir. 2000) (en banc).",
      "*Ashcroft v. Iqbal*, 556 U.S. 662 (2009). *Cochran v. State*, 253 Ga. 10 (315 S.E.2d 653) (1984). *Erickson*, 168 Wn.2d at 44.",
      "",
    ].join("\n");
    const { io, out } = memoryIo({ "b.md": brief });
    assert.equal(main(["toa", "b.md"], io), 0);
    const table = out.join("");
    assert.equal(table, buildTableOfAuthorities(brief).table);
    assert.equal(
      table.slice(table.indexOf("### Federal Cases"), table.indexOf("<!-- /heartland-toa -->")),
      [
        "### Federal Cases",
        "",
        "| Authority | Cited in |",
        "| --- | --- |",
        "| Ashcroft v. Iqbal, 556 U.S. 662 (2009) | [Argument](#argument) |",
        "| Pearson v. Callahan, 555 U.S. 223, 129 S. Ct. 808, 172 L. Ed. 2d 565 (2009) | [Argument](#argument) |",
        "| United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc) | [Argument](#argument) |",
        "",
        "### State Cases",
        "",
        "| Authority | Cited in |",
        "| --- | --- |",
        "| Cochran v. State, 253 Ga. 10, 315 S.E.2d 653 (1984) | [Argument](#argument) |",
        "| Commonwealth v. Muniz, 164 A.3d 1189 (Pa. 2017) | [Argument](#argument) |",
        "| People v. Smith, 154 Cal. App. 4th 547 (2007) | [Argument](#argument) |",
        "| State v. Erickson, 168 Wash. 2d 41, 225 P.3d 948 (2010) | [Argument](#argument) |",
        "",
        "",
      ].join("\n"),
    );
    const j = JSON.parse((() => { const m = memoryIo({ "b.md": brief }); main(["toa", "b.md", "--format", "json"], m.io); return m.out.join(""); })());
    const places = (name: string) => j.files[0].authorities.find((a: { name: string }) => a.name === name).locations.map((l: { line: number; column: number }) => `${l.line}:${l.column}`);
    assert.deepEqual(places("State v. Erickson"), ["3:2", "5:100"]);
    assert.deepEqual(places("Pearson v. Callahan"), ["3:58", "3:142"]);
  });

  it("bad input: a clear message and exit 2", () => {
    const a = memoryIo({ "b.md": BRIEF });
    assert.equal(main(["toa", "b.md", "--format", "xml"], a.io), 2);
    assert.match(a.err.join(""), /--format must be "markdown" or "json"/);
    const b = memoryIo({});
    assert.equal(main(["toa"], b.io), 2);
    assert.match(b.err.join(""), /needs at least one Markdown file/);
    const c = memoryIo({});
    assert.equal(main(["toa", "--help"], c.io), 0);
    assert.match(c.out.join(""), /Usage: heartland toa/);
  });

  it("an uncertain citation is left out of the table and named on standard error", () => {
    const text = "# A\n\nRita, 127 S. Ct. at 2462.\n";
    const { io, err } = memoryIo({ "b.md": text });
    assert.equal(main(["toa", "b.md", "--format", "json"], io), 0);
    assert.match(err.join(""), /b\.md:3:1: left out of the table: short form/);
    assert.equal(collectAuthorities(text).length, 0);
  });
});
