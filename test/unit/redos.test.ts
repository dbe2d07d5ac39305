/**
 * No regular expression in src/ may backtrack catastrophically. Every regex literal, and
 * every `new RegExp([...].join(...))` built from string literals, is collected with the
 * TypeScript parser and checked with recheck (a ReDoS analyser): neither exponential nor
 * polynomial backtracking is allowed (a 5 MB line must stay linear).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { checkSync } from "recheck";

const root = path.resolve(__dirname, "../../..");



interface Found {
  where: string;
  source: string;
  flags: string;
}

function collect(): Found[] {
  const found: Found[] = [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.push(p);
    }
  };
  walk(path.join(root, "src"));
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const last = text.lastIndexOf("/");
        found.push({ where: where(n), source: text.slice(1, last), flags: text.slice(last + 1) });
      } else if (ts.isNewExpression(n) && n.expression.getText() === "RegExp" && n.arguments?.length) {
        const arg = n.arguments[0];
        const flags = n.arguments[1] && ts.isStringLiteral(n.arguments[1]) ? n.arguments[1].text : "";
        if (ts.isPropertyAccessExpression(arg) && arg.name.text === "source") {
          // re-uses a literal's source, which is checked where it is written
        } else {
          // Built from string literals: evaluate the expression (our own source, literals only).
          const js = ts.transpileModule(`module.exports = (${arg.getText()});`, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
          const m: { exports: unknown } = { exports: undefined };
          new Function("module", js)(m);
          assert.equal(typeof m.exports, "string", `${where(n)}: cannot evaluate the RegExp source statically`);
          found.push({ where: where(n), source: m.exports as string, flags });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

describe("regular expressions (ReDoS)", function () {
  this.timeout(120000);
  const all = collect();

  it("finds the project's regular expressions", () => {
    assert.ok(all.length > 50, `only ${all.length} found`);
  });

  it("the checker itself flags a known catastrophic pattern", () => {
    assert.equal(checkSync("^(a+)+$", "").status, "vulnerable");
    assert.equal(checkSync("^a+$", "").status, "safe");
  });


  it("none is vulnerable to catastrophic backtracking", () => {
    const bad: string[] = [];
    for (const r of all) {
      const res = checkSync(r.source, r.flags, { timeout: 5000 });
      if (res.status !== "vulnerable") continue;
      bad.push(`${r.where} /${r.source}/${r.flags}: ${res.complexity.type} ${res.attack?.pattern ?? ""}`);
    }
    assert.deepEqual(bad, []);
  });
});
