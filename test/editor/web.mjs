// The web bundle (vscode.dev / github.dev) in a real browser worker: the .vsix from
// `npm run package` installed into a throwaway code-server, then made browser-only (`browser`
// entry kept, `main` removed, dist/extension.js deleted), so Heartland runs in Chromium's web worker
// extension host; the smoke checks (hover, diagnostics, quick fix, range command with scripted and
// guided input, table of authorities on examples/sample-brief.md) run in that same worker. Any
// Node built-in the web bundle touches fails there. How: test/editor/smoke/harness.mjs.
//
//   node test/editor/web.mjs [--no-package] [--timeout SECONDS] [--attempts N] [--verbose] [--keep]
//
// Last line `N passed, N failed`; exit 0 when all passed, 1 otherwise.
import { runPackaged } from "./smoke/harness.mjs";

await runPackaged("web");
