import * as assert from "node:assert/strict";
import { proseOf } from "../../src/core/brief/prose";
import { readFrontMatter } from "../../src/core/brief/frontmatter";
import { Brief } from "../../src/core/brief/brief";
import { checkCitations } from "../../src/core/citations/check";
import { main } from "../../src/cli/main";
import { memoryIo } from "./memory-io";

const read = (text: string) => readFrontMatter(text, proseOf(text).frontMatter);

describe("front matter: the one reader", () => {
  it("reads sentencing dates written as June 20, 2003, ISO or 6/20/2003, under every key the Rule 35 check knew", () => {
    for (const [line, iso, written] of [
      ["sentencing-date: June 20, 2003", "2003-06-20", "June 20, 2003"],
      ['sentencing-date: "Sept. 5, 2024"', "2024-09-05", "Sept. 5, 2024"],
      ["sentencing_date: 2016-06-20", "2016-06-20", "2016-06-20"],
      ["sentenced: 6/20/2016", "2016-06-20", "6/20/2016"],
      ["Date of Sentencing: June 20, 2016 # oral pronouncement", "2016-06-20", "June 20, 2016"],
    ]) {
      const fm = read(`---\n${line}\n---\nBody.\n`);
      assert.deepEqual(fm.problems, [], line);
      assert.equal(fm.sentencingDate, iso, line);
      assert.equal(fm.sentencing?.text, written, line);
    }
  });

  it("the Rule 35 check takes its date from that reader (a June 20, 2003 sentencing: seven days was right)", () => {
    assert.deepEqual(checkCitations("---\nsentencing-date: June 20, 2003\n---\nRule 35(a) allowed seven days.\n", { edition: 2003 }), []);
    const f = checkCitations("---\nsentenced: June 20, 2016\n---\nUnder Rule 35(a) the court had seven days.\n", { edition: 2016 });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /front matter sentencing-date: June 20, 2016/);
  });

  it("reads the brief's own date (`date:`, `filed:`): the law is read as of it, and with no edition or sentencing date the Manual in force on it", () => {
    for (const [line, iso] of [
      ["date: March 1, 2021", "2021-03-01"],
      ["filed: 2021-03-01", "2021-03-01"],
      ["Date Filed: 3/1/2021", "2021-03-01"],
    ]) {
      const fm = read(`---\n${line}\n---\nBody.\n`);
      assert.deepEqual(fm.problems, [], line);
      assert.equal(fm.briefDate, iso, line);
      assert.equal(fm.sentencingDate, undefined, line);
    }
    const b = new Brief("---\ndate: 2016-06-01\n---\nBody.\n");
    assert.equal(b.settings({}).edition, 2015);
    assert.equal(b.settings({}).editionFrom, "brief date");
    // a named Manual or sentencing date still chooses the edition; the date is only the law's day
    assert.equal(new Brief("---\nmanual: 2016\ndate: 2021-03-01\n---\nBody.\n").settings({}).edition, 2016);
    assert.equal(new Brief("---\nsentencing-date: 2014-06-20\ndate: 2021-03-01\n---\nBody.\n").settings({}).edition, 2013);
  });

  it("reports a date it cannot read, and February 30", () => {
    for (const v of ["soon", "2016-02-30", "February 30, 2016"]) {
      const text = `---\nsentencing-date: ${v}\n---\n`;
      const fm = read(text);
      assert.equal(fm.sentencingDate, undefined, v);
      assert.equal(fm.problems.length, 1, v);
      assert.equal(text.slice(fm.problems[0].start, fm.problems[0].end), v);
      assert.match(fm.problems[0].message, /is not a date\. Write it as YYYY-MM-DD/);
    }
  });

  it("reports a key Heartland does not read that looks like one it does (`edition:`, `briefDate:`), naming the key it reads; other keys stay quiet", () => {
    const text = "---\ntitle: Sentencing Memorandum\ncircuit: 9\nedition: 2023\nbriefDate: 2024-03-01\nauthor: A. Lawyer\n---\nBody.\n";
    const fm = read(text);
    assert.equal(fm.manual, undefined);
    assert.equal(fm.briefDate, undefined);
    assert.equal(fm.circuit, "9");
    assert.deepEqual(fm.problems.map((p) => text.slice(p.start, p.end)), ["edition", "briefDate"]);
    assert.equal(fm.problems[0].message, "Heartland does not read `edition:`, so this value is not applied. Did you mean `guidelines-manual:` (for example `guidelines-manual: 2016`)?");
    assert.match(fm.problems[1].message, /^Heartland does not read `briefDate:`, so this value is not applied\. Did you mean `date:`/);
  });

  it("reports a YAML flow mapping instead of ignoring it", () => {
    const text = "---\n{circuit: 9, guidelines-manual: 2016}\n---\nBody.\n";
    const fm = read(text);
    assert.equal(fm.circuit, undefined);
    assert.equal(fm.problems.length, 1);
    assert.equal(text.slice(fm.problems[0].start, fm.problems[0].end), "{circuit: 9, guidelines-manual: 2016}");
    assert.match(fm.problems[0].message, /does not read a YAML flow mapping .* write each setting on its own line, such as `circuit: 9`/);
  });

  it("reports +++ TOML front matter instead of ignoring it", () => {
    const text = "+++\ncircuit = 9\n+++\nBody.\n";
    const b = new Brief(text);
    assert.equal(b.front.circuit, undefined);
    assert.equal(b.front.problems.length, 1);
    assert.deepEqual([b.front.problems[0].start, b.front.problems[0].end], [0, 3]);
    assert.match(b.front.problems[0].message, /TOML front matter \(`\+\+\+`\), which Heartland does not read/);
  });

  it("reports a known key whose value is not on its line", () => {
    for (const text of ["---\ncircuit:\n  9\n---\n", "---\ncircuit: [9]\n---\n", "---\nguidelines-manual: |\n  2016\n---\n"]) {
      const fm = read(text);
      assert.equal(fm.problems.length, 1, text);
      assert.match(fm.problems[0].message, /only with its value on the same line/);
    }
    // an unknown key's nested value is none of Heartland's business
    assert.deepEqual(read("---\ntitle:\n  main: Memo\ncircuit: 9\n---\n").problems, []);
  });

  it("the CLI prints those problems on stderr, with line and column", () => {
    const m = memoryIo({ "b.md": "+++\ncircuit = 9\n+++\nBody.\n" });
    main(["check", "b.md"], m.io);
    assert.match(m.err.join("\n"), /^b\.md:1:1: front matter: This is TOML front matter/);
  });
});
