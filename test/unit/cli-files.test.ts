import * as assert from "node:assert/strict";
import { main, HELP } from "../../src/cli/main";
import { expandInputs, globMatches } from "../../src/cli/files";
import { memoryIo } from "./memory-io";

const FAST_TRACK = "Mr. Ruiz asks the Court to depart downward because defendants in fast-track districts receive lower sentences.\n";

const tree = {
  "briefs/ruiz.md": FAST_TRACK,
  "briefs/ochoa.markdown": "Nothing to see.\n",
  "briefs/notes.txt": FAST_TRACK,
  "briefs/old/2019/lopez.md": FAST_TRACK,
  "briefs/node_modules/pkg/README.md": FAST_TRACK,
  "briefs/.drafts/x.md": FAST_TRACK,
  "other.md": "Nothing.\n",
};

describe("heartland check: files, folders and globs", () => {
  it("a folder means every Markdown file under it, sorted, not node_modules or hidden folders", () => {
    assert.deepEqual(expandInputs(["briefs"], memoryIo(tree).io), ["briefs/ochoa.markdown", "briefs/old/2019/lopez.md", "briefs/ruiz.md"]);
    assert.deepEqual(expandInputs(["briefs/"], memoryIo(tree).io), ["briefs/ochoa.markdown", "briefs/old/2019/lopez.md", "briefs/ruiz.md"]);
  });

  it("a glob means the files it matches; ** crosses folders", () => {
    const io = memoryIo(tree).io;
    assert.deepEqual(expandInputs(["briefs/*.md"], io), ["briefs/ruiz.md"]);
    assert.deepEqual(expandInputs(["briefs/**/*.md"], io), ["briefs/old/2019/lopez.md", "briefs/ruiz.md"]);
    assert.deepEqual(expandInputs(["**/*.{md,markdown}"], io), ["briefs/ochoa.markdown", "briefs/old/2019/lopez.md", "briefs/ruiz.md", "other.md"]);
    assert.deepEqual(expandInputs(["briefs/r?iz.md", "briefs/ruiz.md", "other.md"], io), ["briefs/ruiz.md", "other.md"], "each file once, in the order given");
  });

  it("globMatches", () => {
    assert.ok(globMatches("a/**/b.md", "a/b.md"));
    assert.ok(globMatches("a/**/b.md", "a/x/y/b.md"));
    assert.ok(!globMatches("a/*.md", "a/x/b.md"));
    assert.ok(globMatches("a/[bc].md", "a/c.md"));
    assert.ok(globMatches("a/[a-c].md", "a/b.md"));
    assert.ok(!globMatches("a/[!bc].md", "a/c.md"));
    assert.ok(!globMatches("a.md", "abmd"));
    assert.ok(globMatches("*.{md,mark{down,dn}}", "x.markdown"));
    assert.ok(globMatches("b*f*.md", "brief-final.md"));
    assert.ok(!globMatches("b*f*.md", "brief-final.txt"));
    assert.ok(!globMatches("*".repeat(30) + "x", "a".repeat(40)), "no exponential backtracking");
  });

  it("checks every file a folder or glob names, with findings per file", () => {
    const m = memoryIo(tree);
    assert.equal(main(["check", "briefs", "--format", "json", "--circuit", "9"], m.io), 1);
    const files = JSON.parse(m.out.join("")).files as { file: string; findings: { rule: string }[] }[];
    assert.deepEqual(files.map((f) => [f.file, f.findings.map((x) => x.rule)]), [
      ["briefs/ochoa.markdown", []],
      ["briefs/old/2019/lopez.md", ["fast-track-disparity"]],
      ["briefs/ruiz.md", ["fast-track-disparity"]],
    ]);
  });

  it("a glob that matches nothing, or a folder without Markdown, is bad input (exit 2) with a plain message", () => {
    const a = memoryIo(tree);
    assert.equal(main(["check", "briefs/**/*.docx"], a.io), 2);
    assert.match(a.err.join("\n"), /No files match "briefs\/\*\*\/\*\.docx"\./);
    const b = memoryIo({ "empty/notes.txt": "x" });
    assert.equal(main(["check", "empty"], b.io), 2);
    assert.match(b.err.join("\n"), /No Markdown files \(\*\.md\) in the folder "empty"\./);
    const c = memoryIo(tree);
    assert.equal(main(["check", "nowhere/*.md"], c.io), 2);
    assert.match(c.err.join("\n"), /there is no folder "nowhere"/);
  });
});

describe("--help on every subcommand", () => {
  for (const cmd of ["check", "range", "explain", "demo"]) {
    it(`heartland ${cmd} --help`, () => {
      for (const flag of ["--help", "-h"]) {
        const m = memoryIo();
        assert.equal(main([cmd, flag], m.io), 0);
        assert.equal(m.out.join("\n"), HELP[cmd]);
        assert.match(m.out.join("\n"), new RegExp(`^Usage: heartland ${cmd} `));
        assert.deepEqual(m.err, []);
      }
    });
  }
  it("heartland --help lists every command and points to COMMAND --help", () => {
    const m = memoryIo();
    assert.equal(main(["--help"], m.io), 0);
    for (const cmd of Object.keys(HELP)) assert.match(m.out.join("\n"), new RegExp(`heartland ${cmd} `));
    assert.match(m.out.join("\n"), /heartland COMMAND --help/);
  });
});
