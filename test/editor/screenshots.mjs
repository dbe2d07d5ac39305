// The README's pictures, taken in a real editor from the INSTALLED package: `npm run package`,
// `code-server --install-extension` of the .vsix into a throwaway code-server, a temp copy of
// examples/sample-brief.md opened from the Explorer in headless Chromium (light theme, 1280×760):
//
//   docs/images/hover.png        hover over § 2L1.2(b)(2)(B): the Nov. 1, 2025 guideline text
//   docs/images/diagnostics.png  warning squiggle on the fast-track argument, its quick-fix menu
//                                open (Ctrl+.), the Problems panel below with every finding
//   docs/images/range.png        "Insert Guideline Range (§2L1.2)" run in section I (facts of the
//                                sample brief, through a keybinding with arguments) and the
//                                Markdown preview of the inserted table beside it
//   docs/images/wizard.png       the guided input of that command at its second step (2/9, the
//                                statute of conviction), with its step counter and Back button
//   docs/images/toa.png          "Insert Table of Authorities" after the front matter, and the
//                                Markdown preview of the table beside it (each place a link to its
//                                section heading)
//
//   node test/editor/screenshots.mjs [--only hover,diagnostics,range,wizard,toa] [--out-dir docs/images]
//                                    [--no-package] [--verbose] [--keep]
//
// Each picture is retried once on a UI timing failure; exit 1 if one could not be taken.
// (test/editor/screenshot.mjs still takes a single hover picture from the development build.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, ensureTools } from "./tools.mjs";
import { launchChromium, startCodeServer } from "./editor.mjs";
import { installVsix, packageVsix } from "./smoke/harness.mjs";

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const verbose = argv.includes("--verbose");
const keep = argv.includes("--keep");
const outDir = path.resolve(option("--out-dir") ?? path.join(ROOT, "docs", "images"));
const only = (option("--only") ?? "hover,diagnostics,range,wizard,toa").split(",").map((s) => s.trim());
const say = (m) => console.log(`[screenshots] ${m}`);

const SAMPLE = path.join(ROOT, "examples", "sample-brief.md");
/** The sample brief's own facts: § 1326(b)(2), a 30-month felony before the first removal order, acceptance, category IV. */
const SAMPLE_RANGE_INPUT = {
  manual: 2025,
  statute: "1326(b)(2)",
  priors: [{ kind: "felony", offense: "other", sentenceMonths: 30, beforeFirstOrder: true }],
  acceptance: 3,
  earlyDisposition: 0,
  criminalHistory: { category: "IV" },
};
const SETTINGS = {
  "editor.hover.delay": 150,
  "editor.minimap.enabled": false,
  "workbench.colorTheme": "Default Light Modern",
  "window.commandCenter": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.layoutControl.enabled": false,
  "editor.lightbulb.enabled": "off",
  "markdown.preview.scrollPreviewWithEditor": true,
  "editor.occurrencesHighlight": "off",
  "editor.selectionHighlight": false,
  "editor.matchBrackets": "never",
};

// ---- UI helpers ------------------------------------------------------------------------------

async function openBrief(page, name, firstLine) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).or(page.getByRole("treeitem", { name, exact: true })).first();
  await row.waitFor({ state: "visible", timeout: 60_000 });
  await row.click();
  const editor = page.locator(".part.editor .monaco-editor").first();
  await editor.locator(".view-lines").filter({ hasText: firstLine }).waitFor({ timeout: 30_000 });
  return editor;
}

/** Scrolls `needle` into view with the Find widget, then closes it and clears the selection. */
async function reveal(page, editor, needle) {
  const widget = page.locator(".part.editor .find-widget.visible").first();
  const findInput = widget.locator("textarea, input").first();
  for (let attempt = 1; ; attempt++) {
    try {
      await editor.locator(".view-lines").click({ position: { x: 200, y: 10 } });
      await page.keyboard.press("Control+f");
      await widget.waitFor({ state: "visible", timeout: 5_000 });
      await findInput.fill(needle, { timeout: 5_000 });
      await page.keyboard.press("Enter");
      await page.keyboard.press("Escape");
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(300);
      return;
    } catch (e) {
      await page.keyboard.press("Escape");
      if (attempt === 3) throw new Error(`could not reveal "${needle}" with Find: ${e.message.split("\n")[0]}`);
      await page.waitForTimeout(1000);
    }
  }
}

/** Screen point of character `at` of `needle` in the rendered editor lines (null if not rendered). */
function pointOf(page, needle, at) {
  return page.evaluate(
    ([needle, at]) => {
      for (const el of document.querySelectorAll(".part.editor .monaco-editor .view-lines .view-line")) {
        const t = (el.textContent ?? "").replace(/\u00a0/g, " ");
        const i = t.indexOf(needle);
        if (i < 0) continue;
        const target = i + at;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let pos = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent.length;
          if (pos + len > target) {
            const r = document.createRange();
            r.setStart(n, target - pos);
            r.setEnd(n, target - pos + 1);
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
          pos += len;
        }
      }
      return null;
    },
    [needle, at],
  );
}

async function hoverUntil(page, point, locator, what) {
  for (const end = Date.now() + 30_000; Date.now() < end; ) {
    await page.mouse.move(point.x, point.y - 60);
    await page.waitForTimeout(200);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    if (await locator.waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => false)) return;
  }
  throw new Error(`no ${what} within 30 s`);
}

async function runCommand(page, title) {
  const input = page.locator(".quick-input-widget input").first();
  const item = page.locator(".quick-input-widget .monaco-list-row").filter({ hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press("F1");
      await input.waitFor({ state: "visible", timeout: 5_000 });
      await input.fill(`>${title}`);
      await item.waitFor({ state: "visible", timeout: 10_000 });
      await page.keyboard.press("Enter");
      return;
    } catch (e) {
      await page.keyboard.press("Escape");
      if (attempt === 3) throw new Error(`command palette: could not run "${title}": ${e.message.split("\n")[0]}`);
      await page.waitForTimeout(1000);
    }
  }
}

async function save(page, name) {
  const out = path.join(outDir, name);
  fs.mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: out });
  say(`saved ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
}

// ---- the pictures ----------------------------------------------------------------------------

const SHOTS = {
  async hover(page, editor) {
    const cite = "§ 2L1.2(b)(2)(B)";
    await reveal(page, editor, cite);
    const point = await pointOf(page, cite, cite.search(/\d[A-Z]\d/) + 2);
    if (!point) throw new Error(`"${cite}" is not rendered`);
    await hoverUntil(page, point, page.locator(".monaco-hover").filter({ hasText: "2L1.2(b)(2)(B)" }).first(), `hover over "${cite}"`);
    await page.waitForTimeout(500);
    await save(page, "hover.png");
  },

  async diagnostics(page, editor) {
    const needle = "Mr. Ruiz-Hernandez asks the Court to vary downward";
    await reveal(page, editor, needle);
    // Wait for the warning squiggles, then open the Problems panel.
    await editor.locator(".squiggly-warning").first().waitFor({ state: "attached", timeout: 30_000 });
    await page.keyboard.press("Control+Shift+M");
    const problems = page.locator(".markers-panel .monaco-list-row").filter({ hasText: "fast-track" }).first();
    // the file row and its findings expanded
    await page.waitForTimeout(1000);
    await problems.waitFor({ state: "visible", timeout: 15_000 });
    // Cursor into the flagged sentence (it scrolled when the panel opened), then the quick-fix menu.
    await reveal(page, editor, "vary downward because defendants");
    const point = await pointOf(page, "vary downward because defendants", 6);
    if (!point) throw new Error("the fast-track sentence is not rendered");
    await page.mouse.click(point.x, point.y);
    const menu = page.locator(".action-widget").filter({ hasText: "Insert the adverse authority" }).first();
    for (let i = 0; i < 5 && !(await menu.isVisible()); i++) {
      await page.keyboard.press("Control+.");
      await menu.waitFor({ state: "visible", timeout: 4000 }).catch(() => {});
    }
    await menu.waitFor({ state: "visible", timeout: 1000 });
    await page.mouse.move(5, 400); // no hover from the mouse over the text
    await page.waitForTimeout(500);
    await save(page, "diagnostics.png");
    await page.keyboard.press("Escape");
  },

  async range(page, editor) {
    // Cursor on the empty line after the first paragraph of section I.
    const needle = "government will move for the third level under USSG §3E1.1(b).";
    await reveal(page, editor, needle);
    const point = await pointOf(page, needle, needle.length - 1);
    if (!point) throw new Error("section I is not rendered");
    await page.mouse.click(point.x + 20, point.y);
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    // The command, from the palette's own title, with the sample brief's facts as its argument
    // (a keybinding with args, see the keybindings.json written below).
    await page.keyboard.press("Control+Alt+Shift+R");
    const table = editor.locator(".view-line").filter({ hasText: "Acceptance of responsibility" }).first();
    await table.waitFor({ state: "visible", timeout: 20_000 });
    await page.keyboard.press("Escape");
    // Rendered table beside it, without the side bar so both halves are readable.
    await runCommand(page, "Markdown: Open Preview to the Side");
    await page.locator(".tabs-container .tab").filter({ hasText: "Preview" }).first().waitFor({ state: "visible", timeout: 30_000 });
    await runCommand(page, "View: Close Primary Side Bar");
    // Back to the editor with the block in view (the preview follows the editor's scroll).
    await reveal(page, editor, "| Total offense level |");
    await page.mouse.move(640, 5);
    await page.waitForTimeout(2500);
    await save(page, "range.png");
  },

  async wizard(page, editor) {
    const needle = "government will move for the third level under USSG §3E1.1(b).";
    await reveal(page, editor, needle);
    const point = await pointOf(page, needle, needle.length - 1);
    if (!point) throw new Error("section I is not rendered");
    await page.mouse.click(point.x + 20, point.y);
    await page.keyboard.press("End");
    await runCommand(page, "Heartland: Insert Guideline Range (§2L1.2)");
    // step 1 (edition): accept the brief's edition; step 2 shows the statutes
    const widget = page.locator(".quick-input-widget").first();
    await widget.locator(".monaco-list-row").filter({ hasText: "2025" }).first().waitFor({ state: "visible", timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.keyboard.press("Enter");
    await widget.locator(".monaco-list-row").filter({ hasText: "8 U.S.C. § 1326(b)(2)" }).first().waitFor({ state: "visible", timeout: 20_000 });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.mouse.move(150, 400); // over the Explorer: no hover from the text
    await page.waitForTimeout(800);
    await save(page, "wizard.png");
    await page.keyboard.press("Escape");
  },

  async toa(page, editor) {
    // Cursor on the blank line after the front matter, then the command from the palette.
    const needle = "# Defendant's Sentencing Memorandum";
    await reveal(page, editor, needle);
    const point = await pointOf(page, needle, 0);
    if (!point) throw new Error("the title is not rendered");
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press("Home");
    await runCommand(page, "Heartland: Insert Table of Authorities");
    await editor.locator(".view-line").filter({ hasText: "Table of Authorities" }).first().waitFor({ state: "visible", timeout: 20_000 });
    await runCommand(page, "Markdown: Open Preview to the Side");
    await page.locator(".tabs-container .tab").filter({ hasText: "Preview" }).first().waitFor({ state: "visible", timeout: 30_000 });
    await runCommand(page, "View: Close Primary Side Bar");
    await reveal(page, editor, "## Table of Authorities");
    await page.mouse.move(640, 5);
    await page.waitForTimeout(2500);
    await save(page, "toa.png");
  },
};

async function main() {
  const tools = ensureTools();
  const vsix = argv.includes("--no-package") ? path.join(ROOT, "heartland-0.1.0.vsix") : packageVsix();
  say(`package ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);
  const failures = [];
  for (const name of only) {
    if (!SHOTS[name]) throw new Error(`unknown picture "${name}" (${Object.keys(SHOTS).join(", ")})`);
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await shoot(tools, vsix, name);
        break;
      } catch (e) {
        say(`${name}: attempt ${attempt} failed: ${e.message.split("\n")[0]}`);
        if (attempt === 2) failures.push(name);
      }
    }
  }
  if (failures.length) throw new Error(`could not take: ${failures.join(", ")}`);
}

/** One fresh editor per picture, so no state leaks from one picture into the next. */
async function shoot(tools, vsix, name) {
  const server = await startCodeServer({ tools, verbose, settings: SETTINGS });
  let context;
  try {
    installVsix(tools, server, vsix);
    const folder = path.join(server.tmp, "work", "examples");
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(folder, "sample-brief.md"));
    fs.writeFileSync(
      path.join(server.dirs["user-data"], "User", "keybindings.json"),
      JSON.stringify([{ key: "ctrl+alt+shift+r", command: "heartland.insertRange", args: { input: SAMPLE_RANGE_INPUT }, when: "editorTextFocus" }], null, 2),
    );
    let page;
    ({ context, page } = await launchChromium(tools, server.dirs.chromium, { width: 1280, height: 760 }));
    if (verbose) page.on("console", (m) => console.log(`[page ${m.type()}] ${m.text()}`));
    await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: "domcontentloaded", timeout: 60_000 });
    const editor = await openBrief(page, "sample-brief.md", "title: Defendant's Sentencing Memorandum");
    try {
      await SHOTS[name](page, editor);
    } catch (e) {
      const debug = path.join(os.tmpdir(), `heartland-${name}-failed.png`);
      await page.screenshot({ path: debug }).catch(() => {});
      throw new Error(`${e.message} (screen saved to ${debug})`);
    }
  } finally {
    await context?.close().catch(() => {});
    await server.stop({ keep });
  }
}

main().catch((e) => {
  console.error(`[screenshots] FAILED: ${e?.message ?? e}`);
  process.exit(1);
});
