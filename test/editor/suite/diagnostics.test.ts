import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activeExtension, diagnosticsFor, hoverText, hoversAt, openFixture, positionOf, waitFor } from "./helpers";

const FIXTURE = "diagnostics-brief.md";
const FAST_TRACK = "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him.";
const DEPART = "Mr. Ruiz asks the Court to depart downward under § 5K2.0 because of his extraordinary family circumstances.";

function heartland(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Heartland");
}
function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" && d.code ? String(d.code.value) : String(d.code);
}
/** Quick fixes at a diagnostic's range (the API returns them without their `diagnostics`). */
async function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}
/** Heartland diagnostics with this rule, once there are any (undefined until then, for waitFor). */
function withRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] | undefined {
  const d = heartland(uri).filter((x) => codeOf(x) === rule);
  return d.length ? d : undefined;
}
async function revert(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.files.revert");
}
async function applyFix(rule: string, titleStart: string): Promise<vscode.TextDocument> {
  const editor = await openFixture(FIXTURE);
  const uri = editor.document.uri;
  const diags = await waitFor(() => withRule(uri, rule));
  assert.ok(diags, `no ${rule} diagnostic`);
  // The code-action service may lag the diagnostics by a moment: poll until the fix is offered.
  const action = await waitFor(async () => (await actionsFor(uri, diags[0])).find((a) => a.title.startsWith(titleStart)));
  assert.ok(action?.edit, `no "${titleStart}" quick fix for ${rule}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return editor.document;
}

describe("foreclosure diagnostics", () => {
  after(async () => {
    await revert();
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("publishes the exact diagnostics for the fixture brief", async () => {
    const { document } = await openFixture(FIXTURE);
    await activeExtension();
    await diagnosticsFor(document.uri, 3);
    const got = heartland(document.uri)
      .map((d) => ({ rule: codeOf(d), range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], severity: d.severity }))
      .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    const section = DEPART.indexOf("§ 5K2.0");
    assert.deepEqual(got, [
      { rule: "fast-track-disparity", range: [7, 0, 7, FAST_TRACK.length], severity: vscode.DiagnosticSeverity.Warning },
      { rule: "departure-framing", range: [9, 0, 9, DEPART.length], severity: vscode.DiagnosticSeverity.Warning },
      // §5K2.0 cited as live under the 2025 Manual, which deleted it (Amendment 836).
      { rule: "citation-check", range: [9, section, 9, section + "§ 5K2.0".length], severity: vscode.DiagnosticSeverity.Warning },
    ]);
    const ft = heartland(document.uri).find((d) => codeOf(d) === "fast-track-disparity")!;
    assert.ok(ft.message.startsWith("A fast-track (early-disposition) disparity is not a ground for a downward departure — United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc). Binding in the Ninth Circuit."), ft.message);
    const code = ft.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith("/docs/rules/fast-track-disparity.md"), code.target.toString());
    assert.ok(ft.relatedInformation?.[0].message.startsWith("United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc) (binding)"));
    const dep = heartland(document.uri).find((d) => codeOf(d) === "departure-framing")!;
    assert.ok(dep.message.startsWith("The Nov. 1, 2025 Manual has no departures (other than § 5K1.1)"), dep.message);
  });

  it("Insert the adverse authority adds a But see sentence after the flagged sentence", async () => {
    const doc = await applyFix("fast-track-disparity", "Insert the adverse authority");
    assert.equal(
      doc.lineAt(7).text,
      FAST_TRACK + " But see United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc) (a court may not depart downward because the defendant would have received a fast-track plea bargain in another district); accord United States v. Bonnet-Grullon, 212 F.3d 692, 693 (2d Cir. 2000).",
    );
    await revert();
  });

  it("Reframe as a § 3553(a) variance rewrites the departure request", async () => {
    const doc = await applyFix("departure-framing", "Reframe as a § 3553(a) variance");
    assert.equal(doc.lineAt(9).text, "Mr. Ruiz asks the Court to vary downward under 18 U.S.C. § 3553(a) because of his extraordinary family circumstances.");
    const gone = await waitFor(() => !heartland(doc.uri).some((d) => codeOf(d) === "departure-framing"));
    assert.ok(gone, "departure-framing diagnostic still shown after the reframe");
    await revert();
  });

  it("Disable for this line inserts the disable-next-line comment and the diagnostic goes away", async () => {
    const doc = await applyFix("fast-track-disparity", "Disable fast-track-disparity for this line");
    assert.equal(doc.lineAt(7).text, "<!-- heartland-disable-next-line fast-track-disparity -->");
    assert.equal(doc.lineAt(8).text, FAST_TRACK);
    const gone = await waitFor(() => !heartland(doc.uri).some((d) => codeOf(d) === "fast-track-disparity"));
    assert.ok(gone, "fast-track diagnostic still shown");
    await revert();
  });

  it("Disable for this brief inserts the disable comment after the front matter", async () => {
    const doc = await applyFix("departure-framing", "Disable departure-framing for this brief");
    assert.equal(doc.lineAt(4).text, "<!-- heartland-disable departure-framing -->");
    const gone = await waitFor(() => !heartland(doc.uri).some((d) => codeOf(d) === "departure-framing") && heartland(doc.uri).length === 2);
    assert.ok(gone, "departure-framing diagnostic still shown");
    await revert();
  });

  it("offers Open the rule page", async () => {
    const editor = await openFixture(FIXTURE);
    const d = (await waitFor(() => withRule(editor.document.uri, "fast-track-disparity")))?.[0];
    assert.ok(d, "no fast-track-disparity diagnostic");
    const open = await waitFor(async () => (await actionsFor(editor.document.uri, d)).find((a) => a.title.startsWith("Open the rule page")));
    assert.equal(open?.command?.command, "heartland.openRulePage");
  });

  it("heartland.rules overrides the severity of a rule", async () => {
    const { document } = await openFixture(FIXTURE);
    const cfg = vscode.workspace.getConfiguration("heartland");
    await cfg.update("rules", { "fast-track-disparity": "hint" }, vscode.ConfigurationTarget.Global);
    try {
      const hinted = await waitFor(() => withRule(document.uri, "fast-track-disparity")?.find((d) => d.severity === vscode.DiagnosticSeverity.Hint));
      assert.ok(hinted, "fast-track-disparity was not downgraded to a hint");
      await cfg.update("rules", { "fast-track-disparity": "off" }, vscode.ConfigurationTarget.Global);
      assert.ok(await waitFor(() => !withRule(document.uri, "fast-track-disparity")), "rule not turned off");
    } finally {
      await cfg.update("rules", undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(await waitFor(() => withRule(document.uri, "fast-track-disparity")?.find((d) => d.severity === vscode.DiagnosticSeverity.Warning)));
  });

  it("an invalid front-matter circuit is a diagnostic on the value, and the finding says no circuit is set", async () => {
    const { document } = await openFixture("diagnostics-front-matter.md");
    const fm = await waitFor(() => heartland(document.uri).find((d) => codeOf(d) === "front-matter"));
    assert.ok(fm, "no front-matter diagnostic");
    assert.deepEqual([fm.range.start.line, fm.range.start.character, fm.range.end.line, fm.range.end.character], [1, 9, 1, 11]);
    assert.equal(fm.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(fm.message.startsWith('"13" is not a circuit Heartland knows.'), fm.message);
    const ft = withRule(document.uri, "fast-track-disparity")?.[0];
    assert.ok(ft, "no fast-track-disparity diagnostic");
    assert.equal(ft.severity, vscode.DiagnosticSeverity.Information);
    assert.ok(ft.message.includes("No circuit set: binding in the Ninth"), ft.message);
  });

  it("hovering the flagged sentence explains the holding, whether it binds, later law and what to argue instead", async () => {
    const { document } = await openFixture(FIXTURE);
    await waitFor(() => withRule(document.uri, "fast-track-disparity"));
    const pos = positionOf(document, "border districts");
    const text = await waitFor(async () => {
      const t = hoverText(await hoversAt(document.uri, pos));
      return t.includes("fast-track-disparity") ? t : "";
    });
    assert.ok(text.includes("Fast-track (early-disposition) disparity"), text);
    assert.ok(text.includes("United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc) — *binding; mandatory Guidelines, before Booker (2005)*"), text);
    assert.ok(text.includes("**What changed later:**"), text);
    assert.ok(text.includes("**Instead:** Ask for a § 3553(a) variance"), text);
  });
});
