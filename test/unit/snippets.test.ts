import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { KNOWN_CASES, citationSnippets, fullCiteWithPin, recognizeCaseCitations, shortCite, snippetsFile, verifiedPins } from "../../src/core/citations/cases";
import { checkCitations } from "../../src/core/citations/check";
import { recognizeCitations } from "../../src/core/citations/recognize";
import { lookupCitation } from "../../src/core/guidelines/lookup";
import { RULE_IDS } from "../../src/core/precedent/types";
import snippetsJson from "../../snippets/markdown.json";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * What a lawyer should never read in text Heartland shows: internal ids (`P02_prior_offense_…`,
 * `banuelos_rodriguez`, a rule id), snippet prefixes, file paths and file names, hashes, URLs.
 */
function idLikeTokens(text: string): string[] {
  const patterns = [
    /\b\w*[A-Za-z0-9]_[A-Za-z0-9]\w*/g, // snake_case ids and field names
    /\bP\d{2}\b/g, // the reference's pattern ids
    /\bcite-[a-z0-9-]+/g, // snippet prefixes
    /(?:\.{1,2}\/|\/(?:work|home|Users|tmp)\/|\b(?:seeds|reference|shared|src|test|bench|out|dist|node_modules)\/)[^\s)]*/g, // paths
    /\b[\w.-]+\.(?:json|jsonl|txt|md|ts|mjs|js|py)\b/g, // file names
    /\b[0-9a-f]{8,}\b/g, // hashes
    /\b(?:https?|file):\/\/\S+/g, // addresses
    new RegExp(`\\b(?:${RULE_IDS.join("|")})\\b`, "g"), // rule ids
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[0].trim()));
}

/** What VS Code inserts when the writer accepts every default (choices: the first option). */
function expand(body: string, fill: Record<string, string> = {}): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      out += body[++i];
      continue;
    }
    if (c !== "$") {
      out += c;
      continue;
    }
    const m = /^\$(?:(\d+)|\{(\d+)\}|\{(\d+):((?:\\.|[^\\}])*)\}|\{(\d+)\|((?:\\.|[^\\|])*)\|\})/.exec(body.slice(i));
    assert.ok(m, `bad snippet syntax at ${i} in ${body}`);
    const n = m[1] ?? m[2] ?? m[3] ?? m[5];
    const def = m[4] !== undefined ? m[4].replace(/\\(.)/g, "$1") : m[6] !== undefined ? m[6].split(/(?<!\\),/)[0].replace(/\\(.)/g, "$1") : "";
    out += fill[n] ?? def;
    i += m[0].length - 1;
  }
  return out;
}

const snippets = citationSnippets();
const byId = new Map(KNOWN_CASES.map((k) => [k.id, k]));

describe("snippets", () => {
  it("snippets/markdown.json is generated from cases.json (run `node snippets/build.mjs` after a data change)", () => {
    assert.deepEqual(snippetsJson, snippetsFile());
  });

  it("each seed case has a full citation, a short form with a pin placeholder and a full citation with a parenthetical", () => {
    for (const id of ["banuelos_rodriguez", "leiva_deras", "palacios_becerril", "leyva_martinez"]) {
      const kinds = new Set(snippets.filter((s) => s.caseId === id).map((s) => s.kind));
      assert.deepEqual([...kinds].sort(), ["case-full", "case-parenthetical", "case-short"], id);
      const short = snippets.find((s) => s.caseId === id && s.kind === "case-short")!;
      assert.match(short.body, /\$\{1:[^}]+\}/, `${id}: short form without a pin placeholder`);
    }
    const b = snippets.find((s) => s.caseId === "banuelos_rodriguez" && s.kind === "case-full")!;
    assert.equal(b.body, "United States v. Banuelos-Rodriguez, 215 F.3d 969, ${1:978} (9th Cir. 2000) (en banc)$0");
  });

  it("prefixes a lawyer would guess", () => {
    const prefixes = new Set(snippets.flatMap((s) => s.prefix));
    for (const p of ["cite-banuelos", "cite-banuelos-rodriguez", "cite-leiva-deras", "cite-palacios", "cite-leyva", "ussg", "1326", "3553", "3582", "id", "signal", "heartland-disable-next-line"]) assert.ok(prefixes.has(p), p);
    const keys = snippets.map((s) => s.key);
    assert.equal(new Set(keys).size, keys.length, "duplicate snippet names");
  });

  // Every case snippet, expanded with its defaults and with a pin typed in, must be recognised as
  // the known case it claims and pass citation-check with no finding: no hand-typed citation escapes.
  for (const s of snippets.filter((x) => x.caseId)) {
    it(`${s.key}: citation text agrees with cases.json`, () => {
      const k = byId.get(s.caseId!)!;
      const pins = verifiedPins(k);
      const pin = pins[0] ?? (k.page !== undefined ? String(k.page) : "2");
      if (s.kind === "case-short") {
        const text = expand(s.body, { "1": pin });
        assert.equal(text, shortCite(k, pin));
        assert.equal(expand(s.body), shortCite(k, pins[0] ?? (k.volume !== undefined ? "pin" : "page")));
        assert.deepEqual(checkCitations(`${k.cite}. ${text}.`, { edition: 2025 }), []);
        return;
      }
      const text = expand(s.body);
      const cite = pins.length ? fullCiteWithPin(k, pins[0]) : k.cite;
      assert.ok(text.startsWith(cite), `${text} does not start with ${cite}`);
      // a parenthetical, and after it the history later law gave the point it is cited for (", superseded in part by …")
      if (s.kind === "case-parenthetical") {
        const p = k.parentheticals!.find((x) => text.endsWith(`(${x.text})${x.history?.text ?? ""}`));
        assert.ok(p, text);
        assert.equal(text, `${cite} (${p.text})${p.history?.text ?? ""}`);
      }
      else assert.equal(text, cite);
      const found = recognizeCaseCitations(proseOf(text).prose, text);
      assert.equal(found.length, 1, text);
      // Rivas-Gonzalez: "…, 365 F.3d 806 (9th Cir.), amended, 384 F.3d 1034 (9th Cir. 2004)": the amended opinion is the case's history, not a citation of its own
      if (k.amended) assert.deepEqual([found[0].history?.[0].phrase, found[0].history?.[0].cite.volume?.value, found[0].history?.[0].cite.page?.value], ["amended", k.amended.volume, k.amended.page], text);
      else assert.equal(found[0].history, undefined, text);
      assert.equal(found[0].start, 0);
      if (k.volume !== undefined) assert.deepEqual([found[0].volume?.value, found[0].reporter?.value, found[0].page?.value], [k.volume, k.reporter, k.page]);
      else assert.equal(found[0].docket?.value, k.docket);
      assert.equal(found[found.length - 1].paren?.year.value, k.year);
      for (const edition of [2000, 2016, 2025]) assert.deepEqual(checkCitations(text, { edition }), [], `${text} (${edition})`);
      // a pin typed into the empty tab stop of an unpinned full form
      if (k.volume !== undefined && !pins.length) {
        const typed = expand(s.body, { "1": `, ${k.page}` });
        assert.ok(typed.startsWith(fullCiteWithPin(k, String(k.page))), typed);
        assert.deepEqual(checkCitations(typed, { edition: 2025 }), []);
      }
    });
  }

  it("guideline and statute snippets are recognised and exist in the current Manual", () => {
    const cases: [string, string][] = [
      ["U.S.S.G. § 2L1.2(b)", "U.S.S.G. § 2L1.2(b)(1)"],
      ["U.S.S.G. § 2L1.2 commentary note", "U.S.S.G. § 2L1.2, comment. (n.1)"],
      ["U.S.S.G. § 3E1.1", "U.S.S.G. § 3E1.1"],
      ["8 U.S.C. § 1326(b)(2)", "8 U.S.C. § 1326(b)(2)"],
      ["18 U.S.C. § 3553(a)", "18 U.S.C. § 3553(a)"],
      ["18 U.S.C. § 3582(c)(1)(A)", "18 U.S.C. § 3582(c)(1)(A)"],
    ];
    for (const [key, expected] of cases) {
      const s = snippets.find((x) => x.key === key)!;
      assert.ok(s, key);
      const text = expand(s.body, { "1": "1" });
      assert.equal(text, expected);
      const found = recognizeCitations(proseOf(text).prose, text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0].text, text);
      const r = lookupCitation(found[0].citation, 2025);
      assert.ok(r.ok, `${text}: ${r.ok ? "" : r.message}`);
      assert.deepEqual(checkCitations(text, { edition: 2025 }), []);
    }
  });

  it("signals, Id. and suppression comments", () => {
    assert.equal(expand(snippets.find((s) => s.key === "Signal")!.body), "*See* ");
    assert.equal(expand(snippets.find((s) => s.key === "Id. at")!.body, { "1": "978" }), "*Id.* at 978");
    const sup = snippets.find((s) => s.key === "Heartland: disable next line")!;
    const options = /\$\{1\|([^|]*)\|\}/.exec(sup.body)![1].split(",");
    assert.deepEqual(options, [...new Set<string>([...RULE_IDS, "citation-check"])]);
    assert.equal(expand(sup.body), "<!-- heartland-disable-next-line fast-track-disparity -->");
    assert.equal(expand(snippets.find((s) => s.key === "Heartland: disable/enable block")!.body), "<!-- heartland-disable fast-track-disparity -->\n\n<!-- heartland-enable  -->");
  });

  it("names and descriptions read like VS Code snippets for a lawyer: plain words, no internal ids, paths or prefixes", () => {
    for (const s of snippets) {
      assert.deepEqual(idLikeTokens(s.key), [], `name: ${s.key}`);
      assert.deepEqual(idLikeTokens(s.description), [], `description of ${s.key}: ${s.description}`);
    }
    // the test can fail: what the snippets used to say, and what the data's notes say
    const flags = (text: string, token: string) => assert.ok(idLikeTokens(text).includes(token), `${token} not flagged in ${text}`);
    flags("United States v. Leiva-Deras — with parenthetical (P02_prior_offense_minor_overstates)", "P02_prior_offense_minor_overstates");
    flags("holding as stated in the reference (P02)", "P02");
    flags("seed case; seeds/003_844dd6030281671e.txt (the order itself)", "seeds/003_844dd6030281671e.txt");
    flags("the copy at 844dd6030281671e", "844dd6030281671e");
    flags("verified; https://openjurist.org/215/f3d/969", "https://openjurist.org/215/f3d/969");
    flags("listed as cite-leiva-holding", "cite-leiva-holding");
    flags("Flag fast-track-disparity here", "fast-track-disparity");
    flags("verbatim in the 2016 Manual, reference/guidelines/era_2016.json", "reference/guidelines/era_2016.json");
    flags("see ../shared/reference/holdings/holdings.json", "../shared/reference/holdings/holdings.json");
    flags("from /work/shared/seeds/000.txt", "/work/shared/seeds/000.txt");
    flags("only citation_verified=true", "citation_verified");
    assert.deepEqual(idLikeTokens("United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc) — citation verified against a copy of the opinion"), []);
  });

  it("says each thing once: no two snippets share a name, a description or a prefix", () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    assert.deepEqual(dup(snippets.map((s) => s.key)), []);
    assert.deepEqual(dup(snippets.map((s) => s.description)), []);
    // a prefix is the label in the suggestion list: one snippet each (cite-leiva-holding was listed three times)
    assert.deepEqual(dup(snippets.flatMap((s) => s.prefix)), []);
    const leiva = snippets.filter((s) => s.caseId === "leiva_deras" && s.kind === "case-parenthetical");
    assert.deepEqual(leiva.map((s) => s.key), [
      "United States v. Leiva-Deras — with parenthetical on minor prior",
      "United States v. Leiva-Deras — with parenthetical on revocation sentence",
      "United States v. Leiva-Deras — with parenthetical on motive for reentry",
    ]);
    assert.deepEqual(leiva.map((s) => s.prefix[1]), ["cite-leiva-holding-minor-prior", "cite-leiva-holding-revocation-sentence", "cite-leiva-holding-motive-for-reentry"]);
    // a first-name prefix two cases could answer to is left out; each keeps its full one
    const prefixes = new Set(snippets.flatMap((s) => s.prefix));
    for (const p of ["cite-perez", "cite-gonzalez", "cite-lopez", "cite-rosales"]) assert.ok(!prefixes.has(p), p);
    for (const p of ["cite-perez-frias", "cite-perez-pena", "cite-ramirez", "cite-ramirez-marquez", "cite-rodriguez", "cite-rodriguez-mendez"]) assert.ok(prefixes.has(p), p);
  });

  it("no snippet for an authority whose citation is not verified", () => {
    const text = snippets.map((s) => s.body).join("\n");
    for (const unverified of ["Avalos Banderas", "DeFoggi", "Rutherford", "556 F.3d 736", "659 F.3d 704", "173 F.3d 741", "857-48"]) assert.ok(!text.includes(unverified), unverified);
  });
});

describe("$comment fields in files Heartland ships or reads", () => {
  // package.json, the snippets and the grammar ship as files; the data is bundled with the extension
  const root = path.resolve(__dirname, "../../..");
  const files = [
    "package.json",
    ...fs.readdirSync(path.join(root, "snippets")).filter((f) => f.endsWith(".json")).map((f) => `snippets/${f}`),
    ...fs.readdirSync(path.join(root, "syntaxes")).filter((f) => f.endsWith(".json")).map((f) => `syntaxes/${f}`),
    ...(fs.readdirSync(path.join(root, "src/data"), { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).map((f) => `src/data/${f.split(path.sep).join("/")}`),
  ];
  function comments(v: unknown, out: string[] = []): string[] {
    if (Array.isArray(v)) for (const x of v) comments(x, out);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) k === "$comment" && typeof x === "string" ? out.push(x) : comments(x, out);
    return out;
  }

  it("name no file paths, on this machine or in the shared reference", () => {
    let n = 0;
    for (const f of files) {
      for (const c of comments(JSON.parse(fs.readFileSync(path.join(root, f), "utf8")))) {
        n++;
        const paths = idLikeTokens(c).filter((t) => t.includes("/") || /\.(?:json|jsonl|txt|md|ts|mjs|js|py)$/.test(t));
        assert.deepEqual(paths, [], `${f}: ${c}`);
      }
    }
    assert.equal(n, 5); // court-rules.json, authorities.json, cases.json, rules.json, the citation grammar
  });
});
