import * as assert from "node:assert/strict";
import { runCheck } from "../../src/cli/check";
import { main } from "../../src/cli/main";
import { memoryIo } from "./memory-io";

function memIo(files: Record<string, string>) {
  return memoryIo(files);
}

const BRIEF = "---\ncircuit: 9\n---\nIntro.\n\nMr. Ruiz asks the Court to vary downward because other districts offer fast-track pleas.\n";

describe("heartland check", () => {
  it("prints the DESIGN.md JSON with 1-based line/column covering the sentence, exit 1", () => {
    const { io, out } = memIo({ "brief.md": BRIEF });
    assert.equal(runCheck(["brief.md", "--format", "json"], io), 1);
    const json = JSON.parse(out.join(""));
    const f = json.files[0].findings[0];
    assert.equal(json.files[0].file, "brief.md");
    assert.deepEqual(
      { rule: f.rule, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
      { rule: "fast-track-disparity", severity: "warning", line: 6, column: 1, endLine: 6, endColumn: 89 },
    );
    assert.deepEqual(f.authorities[0], { cite: "United States v. Gonzalez-Zotelo, No. 08-50010 (9th Cir. Jan. 8, 2009)", binding: true, verified: true });
    assert.deepEqual(f.triggers, ["asks", "vary", "other districts", "fast-track"]);
    assert.equal(f.docs, "docs/rules/fast-track-disparity.md");
  });

  it("--circuit and --manual are overridden by front matter; exit 0 without findings", () => {
    // the First Circuit allows the variance (Rodríguez): an information finding that says so (exit 1: a finding)
    const { io, out } = memIo({ "a.md": BRIEF.replace("circuit: 9", "circuit: 1") });
    assert.equal(runCheck(["a.md", "--format", "json", "--circuit", "9"], io), 1);
    assert.deepEqual(JSON.parse(out.join("")).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`), ["fast-track-disparity:information"]);
    const none = memIo({ "b.md": "---\ncircuit: 1\n---\n\nThe Court imposed a sentence of 24 months.\n" });
    assert.equal(runCheck(["b.md", "--format", "json", "--circuit", "9"], none.io), 0);
    assert.deepEqual(JSON.parse(none.out.join("")).files[0].findings, []);
  });

  it("text format names file:line:column, severity, rule, and what to do instead", () => {
    const { io, out } = memIo({ "brief.md": BRIEF });
    assert.equal(runCheck(["brief.md"], io), 1);
    assert.ok(out[0].startsWith("brief.md:6:1: warning fast-track-disparity: A fast-track"), out[0]);
    assert.ok(out[0].includes("\n    Instead: "));
  });

  it("text format lists the authorities after the one the message names, binding ones marked (legal audit of session 32)", () => {
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 1\ndate: 2008-09-15\n---\n\n# Sentencing Memorandum\n\nHad he been arrested in San Diego, the United States Attorney there would have offered him a four-level departure under USSG § 5K3.1 in exchange for a quick plea. That disparity is unwarranted and should not add two years to his sentence.\n";
    const { io, out } = memIo({ "m.md": memo });
    runCheck(["m.md"], io);
    // (an unframed plea after Booker is read as the variance the circuit allows — legal audit of session 35, pl-049 —
    // so the binding case leads and the departure bar is listed after it)
    assert.match(out[0], /: information fast-track-disparity: A fast-track disparity variance is permitted in the First Circuit, not required — United States v\. Rodríguez, 527 F\.3d 221 \(1st Cir\. 2008\)/);
    assert.match(out[0], /\n {4}Authorities also: United States v\. Banuelos-Rodriguez, 215 F\.3d 969, 978 \(9th Cir\. 2000\) \(en banc\); United States v\. Bonnet-Grullon/);
  });

  it("the Manual's text listed for context is said to be context, never 'binding here' (legal audit 36: pk-013, po-001 — the Nov. 2025 n.5 is no departure note)", () => {
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 5\ndate: 2026-02-01\n---\n\n# Sentencing Memorandum\n\nThe 8-level increase rests on a 2004 conviction for possessing a gram of cocaine, a minor offense that overstates the seriousness of his record; the Court should vary downward.\n";
    const { io, out } = memIo({ "m.md": memo });
    runCheck(["m.md"], io);
    assert.match(out[0], /Authorities also: United States v\. Duarte, 569 F\.3d 528 \(5th Cir\. 2009\) \(binding here\); USSG § 2L1\.2, comment\. \(n\.5\) \(Nov\. 1, 2025\) \(the Manual's text in force, for context: not authority for the ground\)\n/);
    assert.ok(!/comment\. \(n\.5\) \(Nov\. 1, 2025\) \(binding/.test(out[0]));
  });

  it("beside a warning, an authority that allows what the lead restricts is marked contra (legal audit of session 33, round 3)", () => {
    // Tenth Circuit, Apr. 2013, 2012 Manual: Ruiz-Gea counts a revocation term; Rosales-Garcia (2012) held a revocation
    // imposed after removal and reentry does not make the sentence exceed 13 months
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 10\ndate: 2017-06-01\nguidelines-manual: 2016\n---\n\n# Sentencing Memorandum\n\nThe 16-level enhancement should not apply because the sentence for his prior conviction exceeded 13 months only after the court revoked his probation.\n";
    const { io, out } = memIo({ "m.md": memo });
    runCheck(["m.md"], io);
    assert.match(out[0], /^m\.md:10:1: warning revocation-sentence: /);
    assert.match(out[0], /\n {4}Authorities also: United States v\. Ruiz-Gea, 340 F\.3d 1181, 1185-87 \(10th Cir\. 2003\) \(binding here\); United States v\. Rosales-Garcia, 667 F\.3d 1348 \(10th Cir\. 2012\) \(contra; binding here\)\n/);
  });

  it("bad input exits 2 with a plain message; front-matter problems go to stderr", () => {
    assert.equal(main(["check"], memIo({}).io), 2);
    assert.equal(main(["check", "x.md", "--format", "xml"], memIo({ "x.md": "" }).io), 2);
    assert.equal(main(["check", "x.md", "--circuit", "13"], memIo({ "x.md": "" }).io), 2);
    const missing = memIo({});
    assert.equal(main(["check", "nope.md"], missing.io), 2);
    assert.ok(missing.err[0].includes("nope.md"));
    const fm = memIo({ "f.md": "---\ncircuit: 13\n---\nHello.\n" });
    assert.equal(main(["check", "f.md"], fm.io), 0);
    assert.ok(fm.err[0].startsWith("f.md:2:10: front matter:"), fm.err[0]);
  });
});
