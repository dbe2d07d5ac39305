/**
 * Differential test of the case-citation reader (issue 14): real and Bluebook-form citations with
 * hand-checked fields (test/fixtures/citations/differential.json, built by build-differential.mjs
 * from eyecite's test strings and the reporters database), each in a small brief, read through the
 * core (`collectAuthorities`) and through `heartland toa --format json`. Figures by reporter family:
 * volume/reporter/page right, year/court right where stated, wrong table entries, false citations.
 * Targets: ≥ 98% v/r/p, ≥ 95% year/court, zero wrong entries, zero false citations.
 *
 * A wrong entry is one the text does not cite, or one with the right volume/reporter/page under a wrong
 * name (or, where the set states it, a wrong `cite`: history, nominative and public-domain forms).
 * The "real" set (real-citations.mjs: opinions, the Cornell LII citation examples, public files) is
 * scored apart: no wrong entry, ≥ 95% year/court, and volume/reporter/page no lower than measured
 * (citations whose name the reader cannot place are left out, and count as misses there).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectAuthorities, type AuthorityData } from "../../src/core/toa";
import { main } from "../../src/cli/main";
import { memoryIo } from "./memory-io";

interface Expected {
  name: string;
  volume: number;
  reporter: string;
  page: number;
  court: string | null;
  year: number | null;
  places?: number;
  /** The table's text for the authority, where the set checks it (history kept with its case, "5 U.S. (1 Cranch) 137"). */
  cite?: string;
}
type Item = { id: string; family: string; source: string; text: string; expect: Expected[] };
interface Fixture {
  items: Item[];
  real: Item[];
  negative: string[];
  chains: { text: string; expect: Expected[] }[];
}

const FIXTURE: Fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../test/fixtures/citations/differential.json"), "utf8"));

type Found = AuthorityData & { locations: { line: number; column: number }[] };

function brief(body: string): string {
  return `---\ncircuit: 9\n---\n\n# Argument\n\n${body}\n`;
}

function viaCore(text: string): Found[] {
  return collectAuthorities(text).map((e) => ({ ...e.data, locations: e.places.map((p) => ({ line: p.line, column: p.column })) }));
}

function viaCli(text: string): Found[] {
  const { io, out } = memoryIo({ "brief.md": text });
  const code = main(["toa", "brief.md", "--format", "json"], io);
  assert.equal(code, 0);
  return JSON.parse(out.join("")).files[0].authorities as Found[];
}

const same = (f: Found, e: Expected) => f.volume === e.volume && f.reporter === e.reporter && f.page === e.page;

interface Tally {
  cites: number;
  vrp: number;
  stated: number;
  yearCourt: number;
  wrong: number;
  names: number;
}

function score(read: (text: string) => Found[], set: readonly Item[] = FIXTURE.items) {
  const byFamily = new Map<string, Tally>();
  const misses: string[] = [];
  for (const item of set) {
    const t = byFamily.get(item.family) ?? { cites: 0, vrp: 0, stated: 0, yearCourt: 0, wrong: 0, names: 0 };
    byFamily.set(item.family, t);
    const found = read(brief(item.text)).filter((f) => f.kind === "case");
    for (const e of item.expect) {
      t.cites++;
      const f = found.find((x) => same(x, e));
      if (!f) {
        misses.push(`${item.id}: ${e.volume} ${e.reporter} ${e.page} not found in ${JSON.stringify(item.text)} (found ${found.map((x) => x.cite).join(" | ") || "nothing"})`);
        continue;
      }
      t.vrp++;
      if (f.name === e.name) t.names++;
      else {
        t.wrong++;
        misses.push(`${item.id}: WRONG name "${f.name}", expected "${e.name}"`);
      }
      if (e.cite !== undefined && f.cite !== e.cite) {
        t.wrong++;
        misses.push(`${item.id}: WRONG cite "${f.cite}", expected "${e.cite}"`);
      }
      if (e.year !== null || e.court !== null) {
        t.stated++;
        if (f.year === e.year && f.court === e.court) t.yearCourt++;
        else misses.push(`${item.id}: year/court ${f.year}/${f.court}, expected ${e.year}/${e.court}`);
      }
    }
    // an entry that is not what the text cites
    for (const f of found) {
      if (!item.expect.some((e) => same(f, e))) {
        t.wrong++;
        misses.push(`${item.id}: WRONG entry ${f.cite}`);
      }
    }
  }
  let falseCites = 0;
  for (const s of FIXTURE.negative) {
    const found = read(brief(s)).filter((f) => f.kind === "case");
    falseCites += found.length;
    for (const f of found) misses.push(`FALSE citation in ${JSON.stringify(s)}: ${f.cite}`);
  }
  let chainPlaces = 0;
  let chainPlacesRight = 0;
  for (const ch of FIXTURE.chains) {
    const found = read(brief(ch.text)).filter((f) => f.kind === "case");
    for (const e of ch.expect) {
      chainPlaces++;
      const f = found.find((x) => same(x, e));
      if (f && f.locations.length === e.places) chainPlacesRight++;
      else misses.push(`chain ${JSON.stringify(ch.text.slice(0, 40))}: ${e.volume} ${e.reporter} ${e.page} has ${f ? f.locations.length : "no entry"} places, expected ${e.places}`);
    }
    for (const f of found) if (!ch.expect.some((e) => same(f, e))) misses.push(`chain: WRONG entry ${f.cite}`);
  }
  const total: Tally = { cites: 0, vrp: 0, stated: 0, yearCourt: 0, wrong: 0, names: 0 };
  for (const t of byFamily.values()) for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
  return { byFamily, total, falseCites, chainPlaces, chainPlacesRight, misses };
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)}%`);

function report(label: string, r: ReturnType<typeof score>, real = false): string {
  const rows = [...r.byFamily.entries()].sort((a, b) => b[1].cites - a[1].cites);
  const lines = [`${label}: reporter family | citations | v/r/p right | year/court right (where stated) | names right | wrong entries`];
  for (const [family, t] of rows) lines.push(`  ${family.padEnd(20)} ${String(t.cites).padStart(4)}  ${pct(t.vrp, t.cites).padStart(6)}  ${pct(t.yearCourt, t.stated).padStart(6)} of ${t.stated}  ${pct(t.names, t.vrp).padStart(6)}  ${t.wrong}`);
  const t = r.total;
  lines.push(`  ${"all".padEnd(20)} ${String(t.cites).padStart(4)}  ${pct(t.vrp, t.cites).padStart(6)}  ${pct(t.yearCourt, t.stated).padStart(6)} of ${t.stated}  ${pct(t.names, t.vrp).padStart(6)}  ${t.wrong}`);
  if (!real) lines.push(`  false citations in ${FIXTURE.negative.length} sentences without one: ${r.falseCites}; short forms and Id. placed right: ${r.chainPlacesRight} of ${r.chainPlaces} authorities`);
  return lines.join("\n");
}

describe("case citations: differential set (eyecite strings, reporters-db Bluebook forms)", () => {
  for (const [label, read] of [["core", viaCore], ["heartland toa --format json", viaCli]] as const) {
    it(`${label}: ≥98% volume/reporter/page, ≥95% year/court, no wrong entry, no false citation, chains resolved`, () => {
      const r = score(read);
      if (process.env.HEARTLAND_FIGURES) console.log(report(label, r) + (r.misses.length ? "\n  " + r.misses.join("\n  ") : ""));
      const t = r.total;
      const detail = `\n${report(label, r)}\n  ${r.misses.join("\n  ")}`;
      assert.ok(t.cites >= 150, `the set has ${t.cites} citations`);
      assert.ok(t.vrp / t.cites >= 0.98, `volume/reporter/page ${pct(t.vrp, t.cites)}${detail}`);
      assert.ok(t.yearCourt / t.stated >= 0.95, `year/court ${pct(t.yearCourt, t.stated)}${detail}`);
      assert.equal(t.wrong, 0, `wrong entries${detail}`);
      assert.equal(r.falseCites, 0, `false citations${detail}`);
      assert.equal(r.chainPlacesRight, r.chainPlaces, `chains${detail}`);
    });
  }
});

describe("case citations: real citations (opinions, Cornell LII examples, public files)", () => {
  for (const [label, read] of [["core", viaCore], ["heartland toa --format json", viaCli]] as const) {
    it(`${label}: no wrong entry, ≥95% year/court, volume/reporter/page no lower than measured`, () => {
      const r = score(read, FIXTURE.real);
      const t = r.total;
      const detail = `\n${report(label, r, true)}\n  ${r.misses.join("\n  ")}`;
      if (process.env.HEARTLAND_FIGURES) console.log(detail);
      assert.ok(t.cites >= 220, `the set has ${t.cites} citations`);
      assert.equal(t.wrong, 0, `wrong entries${detail}`);
      assert.ok(t.yearCourt / t.stated >= 0.95, `year/court ${pct(t.yearCourt, t.stated)}${detail}`);
      // measured 2026-12-03: 211 of 226 (93.4%) before commas, lower-case words, "(U.S.A.)", "#7" and a number after "v." were
      // read inside names and Oregon's "345 Or 518, 200 P3d 129" beside its parallel; then 225 of 226 (99.6%). The one left out:
      // "Loup-Miller Const. Co. v. …" ("Const." is not an abbreviation Heartland knows, before another: the name's start is uncertain).
      // Third round, 54 citations of state opinions added: first contact 51 of 54; with parallels in brackets, Georgia's division
      // after a pin and "Davis v. State , 275" read, 52 of 54; with Ohio's "7th Dist. No. 08 MA 199, 2010-Ohio-4872", 53 of 54;
      // the whole set 278 of 280 (99.3%), year/court 270 of 270. Fourth round, 12 citations of Michigan and Arizona: first contact
      // 7 of 12; with Michigan's "386 Mich 586" between a name and a year and "People v Rice (On Remand), …", 12 of 12.
      // North Carolina and Colorado (2, first contact 2 of 2). The whole set 292 of 294 (99.3%), year/court 284 of 284. Left: Loup-Miller, and "People v Catu that “…” (4 NY3d 242 …)"
      // (the name stands a quotation away from its citation)
      assert.ok(t.cites >= 294, `the set has ${t.cites} citations`);
      assert.ok(t.vrp >= 292, `volume/reporter/page ${t.vrp} of ${t.cites}${detail}`);
    });
  }
});
