// The installed package in a real editor: `npm run package`, `code-server --install-extension` of
// the .vsix into a throwaway extensions dir, then — in the server's Node extension host, with
// Heartland NOT under development — the smoke checks on examples/sample-brief.md (hover,
// diagnostics, quick fix, range command with scripted and guided input, table of authorities) and
// the whole real-editor mocha suite (test/editor/suite). How: test/editor/smoke/harness.mjs.
//
//   node test/editor/installed.mjs [--no-package] [--smoke-only] [--timeout SECONDS] [--attempts N]
//                                  [--verbose] [--keep]
//
// Last line `N passed, N failed`; exit 0 when all passed, 1 otherwise.
import { runPackaged } from "./smoke/harness.mjs";

await runPackaged("node");
