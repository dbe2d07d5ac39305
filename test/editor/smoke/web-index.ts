// Test entry for the browser's web worker extension host (test/editor/web.mjs): the smoke checks
// only (the mocha suite needs Node). `run()` is the extensionTestsPath contract.
import { runSmoke, writeResults } from "./smoke";

export async function run(): Promise<void> {
  const results = await runSmoke();
  await writeResults(results);
  const failed = results.filter((r) => !r.ok).length;
  if (failed) throw new Error(`${failed} smoke check(s) failed`);
}
