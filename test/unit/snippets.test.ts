import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { KNOWN_CASES, citationSnippets, fullCiteWithPin, recognizeCaseCitations, shortCite, snippetsFile, verifiedPins } from "../../src/core/citations/cases";
import { checkCitations } from "../../src/core/citations/check";
import { recognizeCitations } from "../../src/core/citations/recognize";
import { lookupCitation } from "../../src/core/guidelines/lookup";
import { RULE_IDS } from "../../src/core/precedent/types";
import snippetsJson from "../../snippets/markdown.json";

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
      if (s.kind === "case-parenthetical") assert.equal(text, `${cite} (${k.parentheticals!.find((p) => text.endsWith(`(${p.text})`))?.text})`);
      else assert.equal(text, cite);
      const found = recognizeCaseCitations(proseOf(text).prose, text);
      assert.equal(found.length, k.amended ? 2 : 1, text); // Rivas-Gonzalez: "…, amended, 384 F.3d 1034 (9th Cir. 2004)"
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

  it("no snippet for an authority whose citation is not verified", () => {
    const text = snippets.map((s) => s.body).join("\n");
    for (const unverified of ["Avalos Banderas", "DeFoggi", "Rutherford", "556 F.3d 736", "659 F.3d 704", "173 F.3d 741", "857-48"]) assert.ok(!text.includes(unverified), unverified);
  });
});
