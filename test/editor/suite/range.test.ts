import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { computeRange, findRecordedBlocks, renderCompareMarkdown, renderRangeMarkdown } from "../../../src/core/sentencing";
import { INSERT_COMMAND, RECOMPUTE_COMMAND, registerRangeCommand } from "../../../src/editor/range";
import { activeExtension, waitFor } from "./helpers";
import designExample from "../../fixtures/design-example.json";

// The design example of DESIGN.md: 8 + 8 + 2 − 3 = 15; 15/IV = 30–37 months.
const DESIGN_EXAMPLE = designExample;

const ORIGINAL = "# Sentencing memorandum\n\nThe defendant pleaded guilty.\n\nConclusion.\n";

function expectedBlock(raw: unknown): string {
  const { input, result } = computeRange(raw);
  return renderRangeMarkdown(input, result);
}

async function ensureCommand(): Promise<void> {
  await activeExtension();
  const cmds = await vscode.commands.getCommands(true);
  if (!cmds.includes(INSERT_COMMAND)) {
    // Not yet wired in extension.ts: register the adapter directly so the adapter itself is tested.
    registerRangeCommand({ subscriptions: [] } as unknown as vscode.ExtensionContext);
  }
}

async function freshEditor(text = ORIGINAL): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: text });
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand("undo");
}

describe("Insert Guideline Range (§2L1.2)", function () {
  this.timeout(30_000);

  before(async () => {
    // activation is by onLanguage:markdown
    await freshEditor("# warm-up\n");
    await ensureCommand();
  });

  it("inserts the exact block at the cursor, leaving the rest of the text untouched", async () => {
    const editor = await freshEditor();
    const at = new vscode.Position(3, 0); // the empty line after "The defendant pleaded guilty."
    editor.selection = new vscode.Selection(at, at);
    const inserted = await vscode.commands.executeCommand<string>(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    const block = expectedBlock(DESIGN_EXAMPLE);
    assert.equal(inserted, block);
    const offset = editor.document.offsetAt(at);
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + block + ORIGINAL.slice(offset));
    assert.ok(block.includes("| Acceptance of responsibility | −3 | 15 | USSG §3E1.1(a)–(b) |"));
    assert.ok(block.includes("The total offense level is 15 and the criminal history category is IV, so the advisory range is 30–37 months. USSG ch. 5, pt. A."));
  });

  it("is one undo step", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    assert.notEqual(editor.document.getText(), ORIGINAL);
    await undo(editor);
    const back = await waitFor(() => editor.document.getText() === ORIGINAL, 5_000);
    assert.ok(back, `one undo should restore the original text; got:\n${editor.document.getText()}`);
  });

  it("never replaces a selection: inserts at its active end, on its own lines", async () => {
    const editor = await freshEditor();
    const line = 2; // "The defendant pleaded guilty."
    const end = editor.document.lineAt(line).range.end;
    editor.selection = new vscode.Selection(new vscode.Position(line, 0), end);
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    const block = expectedBlock(DESIGN_EXAMPLE);
    const offset = editor.document.offsetAt(end);
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + "\n\n" + block + ORIGINAL.slice(offset));
  });

  it("inserts nothing for invalid input (category VII)", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    const r = await vscode.commands.executeCommand<string | undefined>(INSERT_COMMAND, { input: { ...DESIGN_EXAMPLE, criminalHistory: { category: "VII" } } });
    assert.equal(r, undefined);
    assert.equal(editor.document.getText(), ORIGINAL);
  });

  it("inserts a compare-scenarios table", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE, compare: ["acceptance:0"] });
    const expected = renderCompareMarkdown(computeRange(DESIGN_EXAMPLE).input, ["acceptance:0"]);
    assert.ok(editor.document.getText().includes(expected));
    assert.ok(expected.includes("| Without acceptance | 18 | IV | 41–51 months | 41–51 months | — |"));
  });

  it("shows a Recompute code lens on the block and recomputes it in place", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", editor.document.uri);
      return l?.filter((x) => x.command?.command === RECOMPUTE_COMMAND).length ? l.filter((x) => x.command?.command === RECOMPUTE_COMMAND) : undefined;
    }, 10_000);
    assert.ok(lenses && lenses.length === 1, "one Recompute lens");
    assert.equal(lenses[0].command?.title, "Recompute");
    assert.equal(lenses[0].range.start.line, 3);
    const [uri, start] = lenses[0].command?.arguments ?? [];
    const changed = { ...DESIGN_EXAMPLE, acceptance: 2 };
    await vscode.commands.executeCommand(RECOMPUTE_COMMAND, uri, start, { input: changed });
    const offset = editor.document.offsetAt(new vscode.Position(3, 0));
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + expectedBlock(changed) + ORIGINAL.slice(offset));
    const blocks = findRecordedBlocks(editor.document.getText());
    assert.equal(blocks.length, 1);
    assert.deepEqual(blocks[0].data, changed);
  });

  it("refuses to insert inside an existing range block, with the text unchanged", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    const before = editor.document.getText();
    const inside = new vscode.Position(6, 2); // in the steps table of the block
    editor.selection = new vscode.Selection(inside, inside);
    const r = await vscode.commands.executeCommand<string | undefined>(INSERT_COMMAND, { input: { ...DESIGN_EXAMPLE, acceptance: 2 } });
    assert.equal(r, undefined);
    assert.equal(editor.document.getText(), before);
    // a selection that starts inside the block is refused too
    editor.selection = new vscode.Selection(inside, new vscode.Position(editor.document.lineCount - 1, 0));
    assert.equal(await vscode.commands.executeCommand<string | undefined>(INSERT_COMMAND, { input: DESIGN_EXAMPLE }), undefined);
    assert.equal(editor.document.getText(), before);
    await undo(editor);
  });

  it("Recompute keeps a sentence typed inside the block (after the new block), or replaces it when told to", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    const SENTENCE = "The defense disputes the obstruction adjustment; see Part III below.";
    const close = editor.document.getText().indexOf("<!-- /heartland-range -->");
    const at = editor.document.positionAt(close);
    assert.ok(await editor.edit((b) => b.insert(at, SENTENCE + "\n")));
    const [block] = findRecordedBlocks(editor.document.getText());
    const changed = { ...DESIGN_EXAMPLE, acceptance: 2 };
    const out = await vscode.commands.executeCommand<string>(RECOMPUTE_COMMAND, editor.document.uri.toString(), block.start, { input: changed });
    assert.equal(out, expectedBlock(changed) + "\n" + SENTENCE + "\n"); // its own paragraph after the block
    const offset = editor.document.offsetAt(new vscode.Position(3, 0));
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + expectedBlock(changed) + "\n" + SENTENCE + "\n" + ORIGINAL.slice(offset));
    // the kept sentence is now outside the block: a second Recompute finds nothing of the user's inside it
    const [again] = findRecordedBlocks(editor.document.getText());
    await vscode.commands.executeCommand(RECOMPUTE_COMMAND, editor.document.uri.toString(), again.start, { input: DESIGN_EXAMPLE });
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + expectedBlock(DESIGN_EXAMPLE) + "\n" + SENTENCE + "\n" + ORIGINAL.slice(offset));
    // typed inside again, and replacing is asked for: the sentence goes
    const close2 = editor.document.getText().indexOf("<!-- /heartland-range -->");
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(close2), "Typed inside.\n")));
    const [third] = findRecordedBlocks(editor.document.getText());
    await vscode.commands.executeCommand(RECOMPUTE_COMMAND, editor.document.uri.toString(), third.start, { input: changed, userText: "replace" });
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + expectedBlock(changed) + "\n" + SENTENCE + "\n" + ORIGINAL.slice(offset));
  });

  it("guided Recompute starts from the saved answers: jump to one, change it, Enter", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: DESIGN_EXAMPLE });
    const [block] = findRecordedBlocks(editor.document.getText());
    const done = vscode.commands.executeCommand<string | undefined>(RECOMPUTE_COMMAND, editor.document.uri.toString(), block.start);
    const pause = () => new Promise((r) => setTimeout(r, 500));
    const run = async (cmd: string, times = 1) => {
      for (let i = 0; i < times; i++) await vscode.commands.executeCommand(cmd);
    };
    await pause(); // the summary of the answers, "Recompute with these answers" active
    await run("workbench.action.quickOpenSelectNext", 5); // 5. Acceptance of responsibility
    await run("workbench.action.acceptSelectedQuickOpenItem");
    await pause(); // acceptance: 3 active
    await run("workbench.action.quickOpenSelectPrevious"); // 2
    await run("workbench.action.acceptSelectedQuickOpenItem");
    await pause(); // the summary again, "Recompute with these answers" active
    await run("workbench.action.acceptSelectedQuickOpenItem");
    const out = await done;
    const changed = { ...DESIGN_EXAMPLE, acceptance: 2 };
    assert.equal(out, expectedBlock(changed));
    const offset = editor.document.offsetAt(new vscode.Position(3, 0));
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + expectedBlock(changed) + ORIGINAL.slice(offset));
  });

  it("guided input: accepting each step's default (with one Back) inserts the calculation", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    const done = vscode.commands.executeCommand<string | undefined>(INSERT_COMMAND);
    const pause = () => new Promise((r) => setTimeout(r, 500));
    const accept = async () => {
      await pause();
      await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
    };
    await accept(); // edition: the brief's (latest)
    await pause();
    await vscode.commands.executeCommand("workbench.action.quickInputBack"); // back to the edition
    await accept(); // edition again
    await accept(); // statute: first item, 8 U.S.C. § 1326(a)
    await accept(); // prior convictions as facts
    await accept(); // no prior convictions
    await accept(); // acceptance: 3 (the default)
    await accept(); // early disposition: 0
    await accept(); // no other adjustments
    await accept(); // category I
    await accept(); // insert
    const inserted = await done;
    // the brief names no edition: the Manual in force today (Heartland's latest, 2026, whose text is unverified)
    const input = { manual: 2026, statute: "1326(a)", criminalHistory: { category: "I" }, priors: [], acceptance: 3, earlyDisposition: 0 };
    const block = expectedBlock(input);
    assert.equal(inserted, block);
    assert.ok(block.includes("| Acceptance of responsibility | −2 | 6 | USSG §3E1.1(a) |"), "3 asked, 2 applied below level 16");
    const offset = editor.document.offsetAt(new vscode.Position(3, 0));
    assert.equal(editor.document.getText(), ORIGINAL.slice(0, offset) + block + ORIGINAL.slice(offset));
  });
});

// Issue 12: criminal history computed from the priors' dates and sentences (USSG §§4A1.1–4A1.2).
const FROM_PRIORS = {
  manual: 2025,
  statute: "1326(b)(2)",
  offenseDate: "2024-03-01",
  acceptance: 3,
  priors: [
    { kind: "felony", offense: "drug-trafficking", sentenceDate: "2012-01-01", sentenceMonths: 30, releaseDate: "2014-01-01", beforeFirstOrder: true },
    { kind: "felony", offense: "other", sentenceDate: "2000-01-01", sentenceMonths: 30, releaseDate: "2002-01-01", beforeFirstOrder: true },
  ],
  criminalHistory: { fromPriors: true, underSentence: false },
};

describe("Insert Guideline Range: criminal history from the priors", function () {
  this.timeout(60_000); // the guided test walks 18 steps with a pause each

  before(async () => {
    await freshEditor("# warm-up\n");
    await ensureCommand();
  });

  it("inserts a range computed from the priors with its criminal-history table (3 points, II; 13/II = 15–21)", async () => {
    const editor = await freshEditor();
    const at = new vscode.Position(3, 0);
    editor.selection = new vscode.Selection(at, at);
    const inserted = await vscode.commands.executeCommand<string>(INSERT_COMMAND, { input: FROM_PRIORS });
    const block = expectedBlock(FROM_PRIORS);
    assert.equal(inserted, block);
    const text = editor.document.getText();
    const offset = editor.document.offsetAt(at);
    assert.equal(text, ORIGINAL.slice(0, offset) + block + ORIGINAL.slice(offset));
    for (const line of [
      "| USSG §2L1.2(b)(2)(B) |",
      "| Criminal history category | II (3 points) |",
      "**Criminal history — USSG ch. 4, pt. A: 3 points, category II**",
      "| Prior | Date | Sentence | Points | Rule |",
      "| 1. Felony, drug trafficking | 2012-01-01 | 30 months imprisonment; released 2014-01-01 | 3 | §4A1.1(a): 30 months imprisonment, exceeding one year and one month; imposed 2012-01-01: within 15 years of the instant offense (2024-03-01), §4A1.2(e)(1) |",
      "| 2. Felony, other offense | 2000-01-01 | 30 months imprisonment; released 2002-01-01 | 0 | §4A1.2(e)(1): 30 months imprisonment; imposed 2000, released 2002-01-01: outside the 15-year period (before 2009-03-01), §4A1.2(e)(1) |",
      "| **Total** | | | **3** | category II (USSG ch. 5, pt. A) |",
      "The total offense level is 13 and the criminal history category is II, so the advisory range is 15–21 months. USSG ch. 5, pt. A.",
    ]) {
      assert.ok(text.includes(line), `missing: ${line}`);
    }
    // The recorded input reopens exactly (Recompute).
    assert.deepEqual(findRecordedBlocks(text)[0].data, FROM_PRIORS);
  });

  it("guided Recompute: open Criminal history, keep each prior's answers, answer 'Yes' to status points (2025: fewer than 7 points, none added)", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: FROM_PRIORS });
    const [block] = findRecordedBlocks(editor.document.getText());
    const done = vscode.commands.executeCommand<string | undefined>(RECOMPUTE_COMMAND, editor.document.uri.toString(), block.start);
    const pause = () => new Promise((r) => setTimeout(r, 500));
    const run = async (cmd: string, times = 1) => {
      for (let i = 0; i < times; i++) await vscode.commands.executeCommand(cmd);
    };
    const accept = async () => {
      await pause();
      await run("workbench.action.acceptSelectedQuickOpenItem");
    };
    await pause(); // the summary of the answers
    await run("workbench.action.quickOpenSelectNext", 8); // 8. Criminal history
    await run("workbench.action.acceptSelectedQuickOpenItem");
    await accept(); // "Compute from the prior convictions…" (the saved answer) is active
    await accept(); // commencement of the instant offense: 2024-03-01 (saved)
    await pause(); // status points: "No" (saved) is active
    await run("workbench.action.quickOpenSelectPrevious"); // "Yes"
    await run("workbench.action.acceptSelectedQuickOpenItem");
    await accept(); // §4C1.1: "Not decided" (saved: not given)
    for (let k = 0; k < 2; k++) for (let q = 0; q < 8; q++) await accept(); // each prior: date, term, release, revocation, probation, age, which court, charging instrument
    await accept(); // the summary again: Recompute with these answers
    const out = await done;
    assert.ok(out, "recomputed");
    const text = editor.document.getText();
    const data = findRecordedBlocks(text)[0].data as Record<string, unknown>;
    assert.deepEqual(data.criminalHistory, { fromPriors: true, underSentence: true });
    assert.deepEqual(data.priors, FROM_PRIORS.priors);
    assert.equal(data.offenseDate, "2024-03-01");
    assert.ok(text.includes("| Status | | | 0 | §4A1.1(e): committed while under a criminal justice sentence, but with 3 points under §4A1.1(a)–(d) (fewer than 7): no status point from Nov. 1, 2023 (Amendment 821) |"), text);
    assert.ok(text.includes("| Criminal history category | II (3 points) |"));
    assert.ok(text.includes("so the advisory range is 15–21 months"));
  });

  it("Recompute with the status points answered differently (2022 Manual: +2 → 5 points, III)", async () => {
    const editor = await freshEditor();
    editor.selection = new vscode.Selection(new vscode.Position(3, 0), new vscode.Position(3, 0));
    await vscode.commands.executeCommand(INSERT_COMMAND, { input: FROM_PRIORS });
    const blocks = findRecordedBlocks(editor.document.getText());
    const changed = { ...FROM_PRIORS, manual: 2022, criminalHistory: { fromPriors: true, underSentence: true } };
    await vscode.commands.executeCommand(RECOMPUTE_COMMAND, editor.document.uri, blocks[0].start, { input: changed });
    const text = editor.document.getText();
    assert.ok(text.includes("| Status | | | 2 | §4A1.1(d): the instant offense was committed while under a criminal justice sentence: 2 points"), text);
    assert.ok(text.includes("| Criminal history category | III (5 points) |"));
    // 2022 Manual, 13/III = 18–24 months.
    assert.ok(text.includes("so the advisory range is 18–24 months"));
  });
});
