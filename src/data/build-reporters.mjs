#!/usr/bin/env node
// Generates src/data/reporters.json — the reporters, their variant spellings and date ranges, the
// courts' Bluebook abbreviations and the case-name abbreviations Heartland's citation reader uses —
// from the Free Law Project's reporters database and courts database (both BSD-2-Clause;
// https://github.com/freelawproject/reporters-db, https://github.com/freelawproject/courts-db).
//
// Usage: node src/data/build-reporters.mjs REPORTERS_DB COURTS_DB
//   each argument a git directory or a checkout of that repository; the commit read is named in
//   the output's "source". Only data is read (reporters.json, case_name_abbreviations.json,
//   state_abbreviations.json, courts.json); no code is taken. The output is compact so that it ships in the web worker bundle:
//   - reporters: [canonical edition, cite type code, first year, last year or null, variants...]
//     where a variant is listed only when it differs from the canonical form in more than spaces
//     and periods (the reader compares forms with spaces and periods removed);
//   - courts: [Bluebook abbreviation, "f" federal | "s" state]: federal courts, state appellate courts;
//   - abbreviations: the case-name abbreviations (Bluebook T6-style) that end in a period, which may
//     stand inside a case name ("Meritor Sav. Bank"); states: the state abbreviations (T10-style)
//     that end in one ("of Se. Pa. v.").
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const [reportersDb, courtsDb] = process.argv.slice(2);
if (!reportersDb || !courtsDb) {
  console.error("Usage: node src/data/build-reporters.mjs REPORTERS_DB COURTS_DB (git directories or checkouts)");
  process.exit(2);
}

/** A file of a repository (a checkout, or a git directory read at HEAD) and the commit read. */
function reader(dir) {
  const checkout = existsSync(join(dir, ".git")) || !existsSync(join(dir, "HEAD"));
  const gitArgs = checkout ? ["-C", dir] : ["--git-dir", dir];
  const commit = execFileSync("git", [...gitArgs, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  const date = execFileSync("git", [...gitArgs, "log", "-1", "--format=%cs", "HEAD"], { encoding: "utf8" }).trim();
  const read = (path) => (checkout ? readFileSync(join(dir, path), "utf8") : execFileSync("git", [...gitArgs, "show", `HEAD:${path}`], { encoding: "utf8", maxBuffer: 1 << 26 }));
  return { commit, date, read };
}

const rdb = reader(reportersDb);
const cdb = reader(courtsDb);
const reporters = JSON.parse(rdb.read("reporters_db/data/reporters.json"));
const abbreviations = JSON.parse(rdb.read("reporters_db/data/case_name_abbreviations.json"));
const states = JSON.parse(rdb.read("reporters_db/data/state_abbreviations.json"));
const courts = JSON.parse(cdb.read("courts_db/data/courts.json"));

const TYPE = { federal: "f", state: "s", state_regional: "r", specialty: "x", specialty_west: "w", specialty_lexis: "l", neutral: "n", scotus_early: "e" };
const key = (s) => s.replace(/[\s.]/g, "").replace(/\u2019/g, "'");
const year = (d) => (d ? Number(String(d).slice(0, 4)) : null);

// statute, regulation and guideline forms that must never be read as a reporter
const NEVER = new Set(["USC", "USCA", "USCS", "CFR", "USSG", "FedReg", "Stat", "PubL"]);

const rows = [];
for (const family of Object.keys(reporters).sort()) {
  for (const r of reporters[family]) {
    const type = TYPE[r.cite_type];
    if (!type) continue;
    for (const [edition, span] of Object.entries(r.editions)) {
      if (NEVER.has(key(edition))) continue;
      const variants = Object.entries(r.variations ?? {})
        .filter(([v, to]) => to === edition && key(v) !== key(edition) && !NEVER.has(key(v)) && /^[A-Z]/.test(v))
        .map(([v]) => v)
        .sort();
      rows.push([edition, type, year(span.start), year(span.end), ...new Set(variants)]);
    }
  }
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

// courts: every federal court and the state appellate courts (courts of last resort and intermediate
// appellate courts) with a citation string, each Bluebook string once
const courtRows = new Map();
for (const c of courts) {
  if (!c.citation_string || (c.system !== "federal" && c.system !== "state")) continue;
  if (c.system === "state" && c.type !== "appellate" && c.level !== "colr" && c.level !== "iac") continue;
  const s = c.citation_string.trim();
  if (!courtRows.has(s)) courtRows.set(s, c.system === "federal" ? "f" : "s");
  else if (courtRows.get(s) !== (c.system === "federal" ? "f" : "s")) courtRows.set(s, "?");
}

const out = {
  source: {
    reporters: { name: "Free Law Project reporters-db", url: "https://github.com/freelawproject/reporters-db", commit: rdb.commit, date: rdb.date, license: "BSD-2-Clause", files: ["reporters_db/data/reporters.json", "reporters_db/data/case_name_abbreviations.json", "reporters_db/data/state_abbreviations.json"] },
    courts: { name: "Free Law Project courts-db", url: "https://github.com/freelawproject/courts-db", commit: cdb.commit, date: cdb.date, license: "BSD-2-Clause", files: ["courts_db/data/courts.json"] },
    generator: "src/data/build-reporters.mjs",
    types: { f: "federal", s: "state", r: "state regional", x: "specialty", w: "Westlaw", l: "Lexis", n: "neutral (public domain)", e: "early Supreme Court (nominative)" },
  },
  reporters: rows,
  courts: [...courtRows].filter(([, s]) => s !== "?").sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  abbreviations: Object.keys(abbreviations).filter((a) => a.endsWith(".")).sort(),
  states: Object.keys(states).filter((a) => a.endsWith(".") && !(a in abbreviations)).sort(),
};

const here = dirname(fileURLToPath(import.meta.url));
// one reporter / court per line: small, and a diff shows what an update changed
const text =
  "{\n" +
  `"source": ${JSON.stringify(out.source)},\n` +
  `"reporters": [\n${out.reporters.map((r) => JSON.stringify(r)).join(",\n")}\n],\n` +
  `"courts": [\n${out.courts.map((r) => JSON.stringify(r)).join(",\n")}\n],\n` +
  `"abbreviations": ${JSON.stringify(out.abbreviations)},\n` +
  `"states": ${JSON.stringify(out.states)}\n}\n`;
writeFileSync(join(here, "reporters.json"), text);
console.log(`src/data/reporters.json: ${rows.length} reporters, ${rows.reduce((n, r) => n + r.length - 4, 0)} variants, ${out.courts.length} courts, ${out.abbreviations.length} abbreviations, ${text.length} bytes (reporters-db ${rdb.commit.slice(0, 10)}, courts-db ${cdb.commit.slice(0, 10)})`);
