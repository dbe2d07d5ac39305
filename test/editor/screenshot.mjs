// Takes the README's hover picture in a real editor: installs the built extension into a throwaway
// code-server (as `<publisher>.<name>-<version>/` in the extensions dir), opens a brief from the
// Explorer in headless Chromium, hovers a citation and saves a PNG.
//
//   node test/editor/screenshot.mjs [BRIEF.md] [--cite "§ 2L1.2(b)(2)(B)"] [--out docs/images/hover.png]
//                                   [--no-build] [--verbose] [--keep]
//
// BRIEF defaults to examples/sample-brief.md; --cite defaults to the first "§ 2L1.2(b)…" citation
// written on one line (else the first guideline citation). Recipe: /work/shared/editor-testing.md
// ("Driving the UI").
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, ensureTools } from "./tools.mjs";
import { launchChromium, startCodeServer } from "./editor.mjs";

const argv = process.argv.slice(2);
const valued = new Set(["--cite", "--out"]);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const positional = argv.filter((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1]));
const brief = path.resolve(positional[0] ?? path.join(ROOT, "examples", "sample-brief.md"));
const out = path.resolve(option("--out") ?? path.join(ROOT, "docs", "images", "hover.png"));
const verbose = argv.includes("--verbose");
const keep = argv.includes("--keep");
const say = (m) => console.log(`[screenshot] ${m}`);

function defaultCite(text) {
  const lines = text.split("\n");
  for (const re of [/§ ?2L1\.2\(b\)(?:\([A-Za-z0-9]+\))*/, /§ ?\d[A-Z]\d\.\d+(?:\([A-Za-z0-9]+\))*/]) {
    for (const l of lines) {
      const m = re.exec(l);
      if (m) return m[0];
    }
  }
  throw new Error(`no guideline citation on one line in ${brief}; pass --cite TEXT`);
}

async function main() {
  if (!fs.existsSync(brief)) throw new Error(`brief not found: ${brief}`);
  const text = fs.readFileSync(brief, "utf8");
  const cite = option("--cite") ?? defaultCite(text);
  if (!text.split("\n").some((l) => l.includes(cite))) throw new Error(`"${cite}" is not written on one line of ${brief}`);

  const tools = ensureTools();
  if (!argv.includes("--no-build")) {
    const r = spawnSync(process.execPath, ["esbuild.js"], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) throw new Error("node esbuild.js failed");
  }

  const server = await startCodeServer({
    tools,
    verbose,
    installExtension: true,
    settings: { "editor.hover.delay": 150, "editor.minimap.enabled": false, "workbench.colorTheme": "Default Light Modern", "window.commandCenter": false, "workbench.secondarySideBar.defaultVisibility": "hidden" },
  });
  let context;
  try {
    let page;
    ({ context, page } = await launchChromium(tools, server.dirs.chromium, { width: 1280, height: 760 }));
    if (verbose) page.on("console", (m) => console.log(`[page ${m.type()}] ${m.text()}`));
    const folder = path.dirname(brief);
    const name = path.basename(brief);
    await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: "domcontentloaded", timeout: 60_000 });

    // Open from the Explorer (Quick Open raced once; see the recipe).
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).or(page.getByRole("treeitem", { name, exact: true })).first();
    await row.waitFor({ state: "visible", timeout: 60_000 });
    await row.click();
    const editor = page.locator(".part.editor .monaco-editor").first();
    await editor.locator(".view-lines").filter({ hasText: text.split("\n").find((l) => l.trim())?.trim().slice(0, 20) ?? "" }).waitFor({ timeout: 30_000 });
    say(`opened ${name}`);

    // Reveal the citation with the Find widget, then close it and clear the selection.
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+f");
    const findInput = page.locator(".part.editor .find-widget textarea, .part.editor .find-widget input").first();
    await findInput.waitFor({ timeout: 10_000 });
    await findInput.fill(cite);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(300);

    // Screen position of the middle of the citation's section number in the rendered line.
    const point = await page.evaluate((needle) => {
      const lines = document.querySelectorAll(".part.editor .monaco-editor .view-lines .view-line");
      for (const el of lines) {
        const t = (el.textContent ?? "").replace(/\u00a0/g, " ");
        const i = t.indexOf(needle);
        if (i < 0) continue;
        const sec = needle.search(/\d[A-Z]\d/);
        const target = i + (sec >= 0 ? sec + 2 : Math.floor(needle.length / 2));
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
    }, cite);
    if (!point) throw new Error(`"${cite}" is not rendered in the editor`);

    // Hover, again until it shows: the extension activates on opening and may not be ready yet.
    const hover = page.locator(".monaco-hover").filter({ hasText: /\d[A-Z]\d\.\d/ }).first();
    let shown = false;
    for (const end = Date.now() + 30_000; !shown && Date.now() < end; ) {
      await page.mouse.move(point.x, point.y - 60);
      await page.waitForTimeout(200);
      await page.mouse.move(point.x, point.y, { steps: 5 });
      shown = await hover.waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => false);
    }
    if (!shown) {
      const debug = path.join(os.tmpdir(), "heartland-hover-missing.png");
      await page.screenshot({ path: debug });
      throw new Error(`no hover appeared over "${cite}" within 30 s (screen saved to ${debug})`);
    }
    await page.waitForTimeout(500); // let the hover finish rendering
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    say(`hovered "${cite}"; saved ${path.relative(process.cwd(), out)}`);
  } finally {
    await context?.close().catch(() => {});
    await server.stop({ keep });
  }
}

main().catch((e) => {
  console.error(`[screenshot] FAILED: ${e?.message ?? e}`);
  process.exit(1);
});
