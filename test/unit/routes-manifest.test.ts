/**
 * The activation entry registers a stub for every command in src/editor/routes.ts's COMMANDS before
 * the core is loaded; VS Code shows the commands package.json contributes. A command in one list and
 * not the other would fail only when used (routes.ts imports `vscode`, so it is read here as text).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..", "..");

/** The string literals of the `COMMANDS` array in src/editor/routes.ts. */
function routedCommands(): string[] {
  const src = fs.readFileSync(path.join(root, "src", "editor", "routes.ts"), "utf8");
  const start = src.indexOf("export const COMMANDS = [");
  assert.ok(start !== -1, "routes.ts declares COMMANDS");
  const body = src.slice(start, src.indexOf("] as const", start));
  return [...body.matchAll(/"(heartland\.[A-Za-z]+)"/g)].map((m) => m[1]);
}

describe("commands: routes.ts and package.json agree", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

  it("every contributed command has a route, and the only route not contributed is the quick fix's", () => {
    const routed = routedCommands();
    assert.equal(routed.length, 8);
    assert.deepEqual(contributed.filter((c) => !routed.includes(c)), []);
    assert.deepEqual(routed.filter((c) => !contributed.includes(c)), ["heartland.insertAdverseAuthority"]);
  });
});
