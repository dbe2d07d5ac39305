// Test entry for the server's Node extension host against the INSTALLED .vsix
// (test/editor/installed.mjs): the smoke checks on the sample brief, then the whole real-editor
// mocha suite (out/test/editor/suite/index.js, whose path comes in SUITE_INDEX), all talking to
// the extension installed in the extensions dir (the development path is only a no-op runner).
import { log, runSmoke, writeResults } from "./smoke";

declare const SUITE_INDEX: string;

export async function run(): Promise<void> {
  const results = await runSmoke();
  let suiteError: string | undefined;
  if (SUITE_INDEX) {
    try {
      // A run-time require (not bundled: the path is not a literal): the suite is its own CJS
      // bundle that finds its test files beside itself and loads mocha from node_modules.
      const suite = require(String(SUITE_INDEX)) as { run(): Promise<void> };
      await suite.run();
    } catch (e) {
      suiteError = (e as Error)?.message ?? String(e);
      log(`suite: ${suiteError}`);
    }
  }
  await writeResults(results, { suiteError: suiteError ?? null });
  const failed = results.filter((r) => !r.ok).length;
  if (failed || suiteError) throw new Error([failed ? `${failed} smoke check(s) failed` : "", suiteError ?? ""].filter(Boolean).join("; "));
}
