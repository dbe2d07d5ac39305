/**
 * Legal audit 18: what Heartland inserts into a brief as citations — the snippets and completions
 * (their citations, parentheticals, pins and the notes shown with them) and the table of authorities.
 *
 * Sources: the four seed opinions (../shared/seeds: 000 Leiva-Deras, slip op.; 002 Banuelos-Rodriguez;
 * 003 Palacios-Becerril; 004 Leyva-Martinez) and the holdings map (../shared/reference/holdings), read
 * when they are checked out beside the repository (the tests that need them are skipped otherwise).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { KNOWN_CASES, citationSnippets, snippetDetail } from "../../src/core/citations/cases";
import { checkCitations } from "../../src/core/citations/check";
import { collectAuthorities } from "../../src/core/toa";

const snippets = citationSnippets();
const caseById = (id: string) => KNOWN_CASES.find((k) => k.id === id)!;
const parenthetical = (id: string, pattern: string) => caseById(id).parentheticals!.find((p) => p.pattern === pattern)!;
const bodyOf = (id: string, pattern: string) => {
  const p = parenthetical(id, pattern);
  return snippets.find((s) => s.caseId === id && s.kind === "case-parenthetical" && s.body.includes(p.text.replace(/\$/g, "\\$")))!;
};

function sharedDir(...parts: string[]): string | undefined {
  for (const d of [path.resolve(process.cwd(), "../shared"), path.resolve(__dirname, "../../../../shared")]) {
    const p = path.join(d, ...parts);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** A seed's text as running prose: the slip opinion's line numbers dropped, whitespace and dashes normalised. */
function seedProse(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/^\d{1,2} /, ""))
    .join(" ")
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ");
}

const SEEDS: Record<string, string> = {
  leiva_deras: "000_f99319b17fc9e36c.txt",
  banuelos_rodriguez: "002_cde998f25bade97a.txt",
  palacios_becerril: "003_844dd6030281671e.txt",
  leyva_martinez: "004_305bdaa192f342a5.txt",
};

describe("legal audit 18: parentheticals say what the court held, and no more", () => {
  it("Leiva-Deras (minor prior) names the 2001 scheme it construed and says the 2008 commentary superseded it in part", () => {
    // seed 000, Part I: "the Sentencing Commission took the severity of the underlying felony into account when creating
    // the graduated system of felonies in the 2001 amendments"; § 2L1.2(b)(1) has meant the prior-reentry enhancement since 2016.
    // ref era_2008_2015, Amendment 722 (Nov. 1, 2008): n.7, "a departure may be warranted" where the offense level overstates the prior.
    const p = parenthetical("leiva_deras", "P02_prior_offense_minor_overstates");
    assert.match(p.text, /U\.S\.S\.G\. § 2L1\.2\(b\)\(1\) \(2001\)/);
    assert.equal(p.history?.text, ", superseded in part by U.S.S.G. § 2L1.2, comment. (n.7) (2008)");
    const s = bodyOf("leiva_deras", "P02_prior_offense_minor_overstates");
    assert.ok(s.body.endsWith(`(${p.text}), superseded in part by U.S.S.G. § 2L1.2, comment. (n.7) (2008)$0`), s.body);
  });

  it("Leiva-Deras (motive) is a departure for a reentry motive, remanded for want of findings, with the court's doubt whether motive counts at all", () => {
    // seed 000, Part III: the court declined to read the departure as one for persecution in El Salvador; it was for the
    // motive for reentry; "it is unclear whether a departure based on the ground of personal safety is permissible".
    const p = parenthetical("leiva_deras", "P04_motive_personal_safety");
    assert.doesNotMatch(p.text, /if returned/);
    assert.match(p.text, /reentry/);
    assert.match(p.text, /made no findings/);
    assert.match(p.text, /questioning whether such a motive is a relevant sentencing factor under § 1326 at all/);
  });

  it("Palacios-Becerril: the timing holding is a holding; § 5K2.19 and deportable-alien status were said in the alternative", () => {
    // seed 003: "First, departures under U.S.S.G. 5K2.0 are applicable only at the time of sentencing or resentencing on
    // remand"; then "even if Defendant had filed this motion as a § 2255 motion ... it is unlikely that he would have been
    // entitled to relief. Post-conviction rehabilitation ... is not an appropriate basis ... Nor is deportable status"
    const timing = parenthetical("palacios_becerril", "P07_post_conviction_rehabilitation_motion");
    assert.equal(timing.kind, "holding");
    assert.match(timing.text, /^holding that § 5K2\.0 departures are available only at sentencing or at resentencing on remand/);
    assert.doesNotMatch(timing.text, /5K2\.19/, "§ 5K2.19 (deleted 2012; Pepper) was said in the alternative, not held");
    const alien = parenthetical("palacios_becerril", "P06_deportable_alien_status");
    assert.equal(alien.kind, "dictum");
    assert.doesNotMatch(alien.text, /^holding/);
    assert.match(alien.text, /^observing/);
  });

  it("Leyva-Martinez: the family ruling is the order's disposition under the pre-2023 policy statement; rehabilitation is the commentary restated", () => {
    // seed 004: "it is not clear ... Without them, it is—unfortunately—hard to say the situation is extraordinary at all";
    // "The defendant's rehabilitation may be relevant but 'is not, by itself, an extraordinary and compelling reason'" (background, § 1B1.13 cmt. n.3)
    const family = parenthetical("leyva_martinez", "P12_cr_family_circumstances");
    assert.equal(family.kind, "disposition");
    assert.doesNotMatch(family.text, /^holding/);
    assert.match(family.text, /before the Nov\. 1, 2023 amendment/);
    const rehab = parenthetical("leyva_martinez", "P13_cr_rehabilitation_alone");
    assert.equal(rehab.kind, "dictum");
    assert.match(rehab.text, /^noting/);
  });

  it("only a parenthetical that states a holding begins 'holding that', and only its description says so", () => {
    let n = 0;
    for (const k of KNOWN_CASES) {
      for (const p of k.parentheticals ?? []) {
        n++;
        assert.equal(p.text.startsWith("holding that"), p.kind === "holding", `${k.id} ${p.pattern}: ${p.kind}: ${p.text}`);
      }
    }
    assert.equal(n, 8);
    for (const s of snippets.filter((x) => x.kind === "case-parenthetical")) {
      const said = s.description.includes("the court's holding");
      assert.equal(said, / \(holding that /.test(s.body), s.description);
    }
  });

  const seeds = sharedDir("seeds");
  (seeds ? it : it.skip)("every quotation in a parenthetical is in the seed opinion, word for word", () => {
    let n = 0;
    for (const [id, file] of Object.entries(SEEDS)) {
      const text = seedProse(path.join(seeds!, file));
      for (const p of caseById(id).parentheticals ?? []) {
        for (const m of p.text.matchAll(/"([^"]+)"/g)) {
          const q = m[1].replace(/,$/, "").replace(/^\[(\w)\]/, "$1");
          n++;
          assert.ok(text.toLowerCase().includes(q.toLowerCase()), `${id}: "${q}" is not in the seed`);
        }
      }
    }
    assert.ok(n >= 4, `${n} quotations`);
  });

  it("each parenthetical snippet, expanded, passes the citation check in 2000, 2016 and 2025", () => {
    for (const s of snippets.filter((x) => x.kind === "case-parenthetical")) {
      const text = s.body.replace(/\$\{1(?::([^}]*))?\}/g, (_m, d: string | undefined) => (d ? d : "")).replace(/\$0$/, "").replace(/\\(.)/g, "$1");
      for (const edition of [2000, 2016, 2025]) assert.deepEqual(checkCitations(text, { edition }), [], `${text} (${edition})`);
    }
  });
});

/** The cases whose later history or unverified holding the reference records (holdings.json status and flags). */
const CAUTIONED = ["koon", "martinez_ramos", "stultz", "leiva_deras", "ruiz_gea", "bustillos_pena", "rhodes_dc", "trenkler", "ruvalcaba", "fernandez_2d", "rosales_garcia", "cardosa_rodriguez", "farouil", "mccall", "gomez_herrera"];

describe("legal audit 18: no case is offered without the later history the reference records", () => {
  it("every snippet of such a case carries its note, and the completion says to check it", () => {
    for (const id of CAUTIONED) {
      const k = caseById(id);
      assert.ok(k.caution, `${id}: no caution`);
      const own = snippets.filter((s) => s.caseId === id);
      assert.ok(own.length >= 2);
      for (const s of own) {
        assert.ok(s.description.includes(k.caution.text), `${s.key}: ${s.description}`);
        assert.doesNotMatch(snippetDetail(s), /^Heartland — verified citation$/, s.key);
      }
    }
    for (const k of KNOWN_CASES) if (!CAUTIONED.includes(k.id)) assert.equal(k.caution, undefined, k.id);
  });

  it("Ruvalcaba is offered with its reported abrogation, marked unverified; Fernandez (2d Cir.) with the Supreme Court's review", () => {
    assert.match(caseById("ruvalcaba").caution!.text, /Rutherford/);
    assert.match(caseById("ruvalcaba").caution!.text, /not verified/);
    assert.match(caseById("ruvalcaba").caution!.text, /Amendment 814/);
    assert.match(caseById("fernandez_2d").caution!.text, /No\. 24-556/);
    assert.match(caseById("fernandez_2d").caution!.text, /not verified/);
    assert.match(caseById("martinez_ramos").caution!.text, /withdrawn/);
  });

  const reference = sharedDir("reference", "holdings", "holdings.json");
  (reference ? it : it.skip)("the cautioned cases are exactly those the reference marks superseded, abrogated, historical, pending or unverified", () => {
    const h = JSON.parse(fs.readFileSync(reference!, "utf8")) as { patterns: { holdings: { authority_id: string; status: string; holding_verified: boolean }[] }[] };
    const all = h.patterns.flatMap((p) => p.holdings);
    const flagged = new Set<string>();
    for (const k of KNOWN_CASES) {
      const mine = all.filter((x) => x.authority_id === k.id);
      if (mine.some((x) => ["superseded", "superseded_in_part", "abrogated", "historical", "pending", "unverified"].includes(x.status)) || (mine.length > 0 && mine.every((x) => !x.holding_verified))) flagged.add(k.id);
    }
    assert.deepEqual([...flagged].sort(), [...CAUTIONED].sort());
  });

  it("the completion detail says 'verified citation' only of a case's citation, not of a guideline template, a signal or Id.", () => {
    for (const s of snippets.filter((x) => !x.caseId)) assert.doesNotMatch(snippetDetail(s), /verified citation/, s.key);
    const banuelos = snippets.find((s) => s.caseId === "banuelos_rodriguez" && s.kind === "case-full")!;
    assert.equal(snippetDetail(banuelos), "Heartland — verified citation");
    const booker = snippets.find((s) => s.caseId === "booker" && s.kind === "case-full")!;
    assert.match(snippetDetail(booker), /secondary source/);
  });

  it("a full citation with a default pin says what the pin is verified for", () => {
    // the default pin is the first verified pin; the note names every verified pin and the point the reference verified it for
    const b = snippets.find((s) => s.caseId === "banuelos_rodriguez" && s.kind === "case-full")!;
    assert.ok(b.description.includes("Verified pins: 215 F.3d at 978 (holding); see id. at 973-77 (reasoning); id. at 975 n.4 (Bonnet-Grullon), for the point that a district court may not depart downward"), b.description);
    const koon = snippets.find((s) => s.caseId === "koon" && s.kind === "case-full")!;
    assert.ok(koon.description.includes("Verified pins: 518 U.S. at 92-96, 100, for the point that departure decisions turn on whether the case falls outside the heartland"), koon.description);
    let n = 0;
    for (const s of snippets.filter((x) => x.kind === "case-full" || x.kind === "case-short")) {
      if (/\$\{1:\d/.test(s.body)) {
        n++;
        assert.match(s.description, /Verified pins: .+, for the point that /, s.key);
      } else assert.doesNotMatch(s.description, /Verified pins/, s.key);
    }
    assert.equal(n, 14); // 7 cases with verified pins, full and short form
  });
});

describe("legal audit 18: the table of authorities lists what the brief cites, in full, where it cites it", () => {
  const cases = (text: string) =>
    collectAuthorities(text)
      .filter((e) => e.group === "Cases")
      .map((e) => ({ cite: e.data.cite, name: e.data.name, headings: e.places.map((p) => p.heading ?? "") }));

  it("a reporter citation under another name is listed as written, never as the known case on that page", () => {
    assert.deepEqual(cases("# Argument\n\nJones v. Acme Corp., 215 F.3d 969, 971 (9th Cir. 2000).\n"), [
      { cite: "Jones v. Acme Corp., 215 F.3d 969 (9th Cir. 2000)", name: "Jones v. Acme Corp.", headings: ["Argument"] },
    ]);
    // the known case under its full or short name is still listed under its verified citation
    assert.deepEqual(cases("# Argument\n\nBanuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000). *United States v. Banuelos-Rodriguez*, 215 F.3d 969 (9th Cir. 2000).\n"), [
      { cite: "United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc)", name: "United States v. Banuelos-Rodriguez", headings: ["Argument", "Argument"] },
    ]);
  });

  it("a known case keeps the subsequent history the brief gives it (the amended opinion of Rivas-Gonzalez once)", () => {
    assert.deepEqual(cases("# Argument\n\nUnited States v. Ruvalcaba, 26 F.4th 14, 21 (1st Cir. 2022), abrogated by Rutherford v. United States, No. 24-820 (U.S. May 28, 2026).\n"), [
      { cite: "United States v. Ruvalcaba, 26 F.4th 14 (1st Cir. 2022), abrogated by Rutherford v. United States, No. 24-820 (U.S. May 28, 2026)", name: "United States v. Ruvalcaba", headings: ["Argument"] },
    ]);
    assert.deepEqual(cases("# Argument\n\nUnited States v. Rivas-Gonzalez, 365 F.3d 806, 810 (9th Cir.), amended, 384 F.3d 1034 (9th Cir. 2004).\n").map((e) => e.cite), [
      "United States v. Rivas-Gonzalez, 365 F.3d 806 (9th Cir.), amended, 384 F.3d 1034 (9th Cir. 2004)",
    ]);
    // a history whose decision is cited by its docket number alone (Bluebook's form while a case is pending or unreported)
    assert.deepEqual(cases("# Argument\n\nUnited States v. Fernandez, No. 22-3122 (2d Cir. June 11, 2024), cert. granted, No. 24-556 (U.S. May 27, 2025).\n").map((e) => e.cite), [
      "United States v. Fernandez, No. 22-3122 (2d Cir. June 11, 2024), cert. granted, No. 24-556 (U.S. May 27, 2025)",
    ]);
    assert.deepEqual(checkCitations("United States v. Fernandez, No. 22-3122 (2d Cir. June 11, 2024), cert. granted, No. 24-556 (U.S. May 27, 2025).", { edition: 2025 }), []);
    // cited first without its history, then with it: the entry gives the history
    assert.deepEqual(
      cases("# A\n\nUnited States v. Ruvalcaba, 26 F.4th 14 (1st Cir. 2022).\n\n# B\n\nUnited States v. Ruvalcaba, 26 F.4th 14 (1st Cir. 2022), abrogated by Rutherford v. United States, No. 24-820 (U.S. May 28, 2026).\n"),
      [{ cite: "United States v. Ruvalcaba, 26 F.4th 14 (1st Cir. 2022), abrogated by Rutherford v. United States, No. 24-820 (U.S. May 28, 2026)", name: "United States v. Ruvalcaba", headings: ["A", "B"] }],
    );
  });

  it("a citation in a footnote is placed in the section whose text calls the footnote, not where its definition is written", () => {
    const brief = ["# I. Background", "", "The court erred.[^1]", "", "# II. Argument", "", "It should vary.", "", "[^1]: Koon v. United States, 518 U.S. 81, 92-96 (1996); 18 U.S.C. § 3553(a).", ""].join("\n");
    const all = collectAuthorities(brief);
    assert.deepEqual(
      all.map((e) => [e.authority, e.places.map((p) => p.heading)]),
      [
        ["Koon v. United States, 518 U.S. 81 (1996)", ["I. Background"]],
        ["18 U.S.C. § 3553(a)", ["I. Background"]],
      ],
    );
    // line and column stay the citation's own
    assert.equal(all[0].places[0].line, 9);
  });
});
