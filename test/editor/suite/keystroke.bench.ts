// Editor bench (not a test: loaded only when bench/editor.mjs sets HEARTLAND_BENCH, never in `npm test`).
// On the brief HEARTLAND_BENCH names in test/fixtures/ (written by bench/editor.mjs: ~250 KB of unique
// real passages): activation, time from opening to the first diagnostics, and for each of N keystrokes
// the time from the edit to the updated diagnostics (debounce included), plus the core analysis of the
// changed text with a warm paragraph cache (the extension host's work per keystroke). Prints
// `bench: name value` lines; asserts only that diagnostics arrived.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, fixtureUri, waitFor } from "./helpers";
import { BriefAnalyzer } from "../../../src/core/precedent/analyze";
import { checkCitations } from "../../../src/core/citations/check";
import { proseOf } from "../../../src/core/brief/prose";
import { Brief } from "../../../src/core/brief/brief";
import { checkBrief } from "../../../src/core/pipeline";
import { CitationCache } from "../../../src/core/citations/cache";
import { OffenseCache } from "../../../src/core/precedent/facts";

const TAG = "[heartland-test]";
const say = (name: string, value: string) => console.log(`${TAG} bench: ${name} ${value}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
/** HEARTLAND_BENCH_KEYSTROKES: more keystrokes (a longer profile); 15 by default. */
const KEYSTROKES = Number(process.env.HEARTLAND_BENCH_KEYSTROKES ?? 15);

/** A processor profile of the host, written to `file` when the returned function is called (nothing without a file). */
async function startProfile(file: string | undefined): Promise<(() => Promise<void>) | undefined> {
  if (!file) return undefined;
  const session = new (await import("node:inspector")).Session();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
  session.connect();
  await post("Profiler.enable");
  await post("Profiler.start");
  return async () => {
    const { profile } = (await post("Profiler.stop")) as { profile: unknown };
    (await import("node:fs")).writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

/** Resolves with the time (ms) when the diagnostics of `uri` next change. */
function nextDiagnostics(uri: vscode.Uri, timeoutMs = 15_000): Promise<number> {
  // any change is a whole one here: the time is the change's own (taken when it came, not when the check ran)
  return nextWholeDiagnostics(uri, () => true, timeoutMs).then((t) => t.whole);
}

/**
 * Resolves when the diagnostics of `uri` next change to a whole run's (`isWhole()`, asked once the change's task is
 * over; the run records itself synchronously after publishing): `first` is the time of the first change of any
 * kind (a large brief's first part, shown before its first whole run), `whole` the time of the whole run's.
 */
function nextWholeDiagnostics(uri: vscode.Uri, isWhole: () => boolean, timeoutMs = 15_000): Promise<{ first: number; whole: number }> {
  return new Promise((resolve, reject) => {
    let first: number | undefined;
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error("no diagnostics update"));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const at = performance.now();
      first ??= at;
      setTimeout(() => {
        if (!isWhole()) return;
        clearTimeout(timer);
        sub.dispose();
        resolve({ first: first!, whole: at });
      }, 0);
    });
  });
}

describe("editor bench", () => {
  it("activation, first diagnostics, keystroke to diagnostics on the bench brief", async function () {
    this.timeout(180_000);
    const name = process.env.HEARTLAND_BENCH!;
    const uri = fixtureUri(name);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const t0 = performance.now();
    const wall0 = Date.now();
    if (!ext.isActive) {
      await ext.activate();
      // until the awaited activation resolves: with a lazily loaded core this may include the core's load,
      // when its timer runs before the promise reaches this code
      say("activation_resolved_ms", (performance.now() - t0).toFixed(1));
    } else say("activation_resolved_ms", "already active");
    // the core (data, model, detector) loads right after activation: how long it took; and activation
    // proper, from the call until Heartland's activate() returned (reading its entry bundle included)
    const api = ext.exports as
      | { core?: () => { loadMs: number; afterActivationMs: number }; activatedAt?: number; entryLoadedAt?: number; activateCalledAt?: number; lastRun?: (uri: string) => { ms: number; version: number; laps?: Record<string, number | boolean>; firstPart?: { from: number; until: number; findings: number; ms: number; publishedAt: number } } | undefined }
      | undefined;
    if (api?.activatedAt) say("activation_ms", String(api.activatedAt - wall0));
    // of which: the editor until it ran Heartland's entry; the editor between the entry and its call of activate()
    // (it makes the extension context meanwhile); Heartland's activate() itself
    if (api?.activatedAt && api.entryLoadedAt && api.activateCalledAt) {
      say("activation_editor_before_entry_ms", String(api.entryLoadedAt - wall0));
      say("activation_editor_entry_to_activate_call_ms", String(api.activateCalledAt - api.entryLoadedAt));
      say("activation_heartland_activate_call_ms", String(api.activatedAt - api.activateCalledAt));
    }
    if (api?.core) {
      const c = api.core();
      say("core_load_after_activation_ms", String(c.loadMs));
    }

    // HEARTLAND_BENCH_PROFILE_OPEN=file: a processor profile of the host from opening the brief to its first diagnostics
    const stopOpenProfile = await startProfile(process.env.HEARTLAND_BENCH_PROFILE_OPEN);
    // from the call that opens the brief (what runs in the host meanwhile, such as the core's warming up, included)
    // "first diagnostics": the brief's first whole run published (its findings and citation checks, all of the brief),
    // as before; a large brief's first part, published before it, is reported beside it as "first part"
    const first = nextWholeDiagnostics(uri, () => api?.lastRun?.(uri.toString()) !== undefined);
    const t0open = performance.now();
    const doc = await vscode.workspace.openTextDocument(uri);
    const t1 = performance.now();
    const editor = await vscode.window.showTextDocument(doc);
    const { first: partAt, whole: firstAt } = await first;
    say("first_diagnostics_ms", (firstAt - t1).toFixed(0));
    say("open_to_first_diagnostics_ms", (firstAt - t0open).toFixed(0));
    // the first part's diagnostics go to the window at once (the extension host sends its messages in the next task,
    // before the whole run's), but the host's own diagnostics event waits 50 ms for quiet and so fires only after the
    // whole run: the part is timed by when it was published, from the same clock
    const part = api?.lastRun?.(uri.toString())?.firstPart;
    say("first_part_diagnostics_ms", part ? (part.publishedAt - t1).toFixed(0) : "none");
    // the first whole run in the host, from its start to its diagnostics published (diagnostics.ts `lastRun().ms`): the
    // analysis' own share of "first diagnostics", without the open's time before it
    const whole = api?.lastRun?.(uri.toString());
    if (whole) say("first_whole_run_host_ms", String(whole.ms));
    if (part && partAt < firstAt) say("first_part_event_ms", (partAt - t1).toFixed(0));
    if (part) say("first_part_kb_findings_ms", `${((part.until - part.from) / 1024).toFixed(0)}KB/${part.findings}/${part.ms}`);
    say("brief_kb", (doc.getText().length / 1024).toFixed(0));
    const warm = (api as { warmUpMs?: () => number | undefined } | undefined)?.warmUpMs?.();
    say("core_warm_up_ms", warm === undefined ? "none" : warm.toFixed(0));
    await stopOpenProfile?.();
    assert.ok(vscode.languages.getDiagnostics(uri).length > 0, "diagnostics on the bench brief");

    // keystrokes: one character typed at the end of a paragraph in the middle of the brief, each time a different one
    const text = doc.getText();
    // HEARTLAND_BENCH_PROFILE=file: a processor profile of the keystrokes below, in the host (where the run takes longer than in plain Node)
    const stopProfile = await startProfile(process.env.HEARTLAND_BENCH_PROFILE);
    const roundTrip: number[] = [];
    const hostRun: number[] = [];
    // the run and Heartland's change listeners on the same version (the status item, the scheduling): its work per keystroke
    const hostWork: number[] = [];
    const laps: Record<string, number[]> = {};
    let unpublished = 0;
    for (let k = 0; k < KEYSTROKES; k++) {
      const at = text.indexOf("\n\n", Math.floor((text.length * (k + 1)) / (KEYSTROKES + 2)));
      const pos = doc.positionAt(at);
      const next = nextDiagnostics(uri);
      const ts = performance.now();
      await editor.edit((b) => b.insert(pos, "x"), { undoStopBefore: true, undoStopAfter: true });
      // until the diagnostics are up to date: changed (the event), or the run for this version found them unchanged
      // and published nothing (then no event comes)
      let changed: number | undefined;
      next.then((t) => (changed = t), () => undefined);
      const upToDate = await waitFor(() => changed ?? (api?.lastRun?.(uri.toString())?.version === doc.version && api.lastRun(uri.toString())?.laps?.published === false ? performance.now() : undefined), 15_000, 2);
      roundTrip.push((upToDate || Infinity) - ts);
      // the extension host's own run for this keystroke (brief read, checks, diagnostics made and published), once published
      if (api?.lastRun) {
        const published = await waitFor(() => api.lastRun!(uri.toString())?.version === doc.version, 10_000, 20);
        if (published) {
          const run = api.lastRun(uri.toString())!;
          hostRun.push(run.ms);
          if (typeof run.laps?.onChange === "number") hostWork.push(run.ms + run.laps.onChange);
          if (run.laps) for (const [k, v] of Object.entries(run.laps)) if (typeof v === "number") (laps[k] ??= []).push(v);
          if (run.laps?.published === false) unpublished++;
        }
      }
    }
    await stopProfile?.();
    say("keystroke_to_diagnostics_ms_median", median(roundTrip).toFixed(0));
    say("keystroke_to_diagnostics_ms_p90", p90(roundTrip).toFixed(0));
    if (hostRun.length) say("host_run_per_keystroke_ms_median", String(median(hostRun)));
    if (hostWork.length) say("host_work_per_keystroke_ms_median", median(hostWork).toFixed(1));
    // its parts: the brief read, checkBrief, the diagnostics made, collection.set
    for (const [k, v] of Object.entries(laps)) say(`host_run_${k}_ms_median`, median(v).toFixed(1));
    // keystrokes whose run found the diagnostics unchanged and published nothing
    say(`host_runs_unchanged_of_${KEYSTROKES}`, String(unpublished));

    // the core work per keystroke: analysis with a warm paragraph cache + citation checks of the changed text,
    // and the whole of what the extension runs on a change (src/editor/diagnostics.ts: the brief read, checkBrief)
    const analyzer = new BriefAnalyzer();
    const settings = { circuit: "9", edition: 2025 };
    analyzer.analyze(text, settings);
    const pipelineAnalyzer = new BriefAnalyzer();
    const caches = { analyzer: pipelineAnalyzer, citations: new CitationCache(), offense: new OffenseCache() };
    checkBrief(new Brief(text), { circuit: "9", manual: 2025 }, undefined, caches);
    const checksCache = new CitationCache();
    checkCitations(text, { edition: 2025 }, proseOf(text), checksCache);
    const core: number[] = [];
    const citations: number[] = [];
    const host: number[] = [];
    const hostCpu: number[] = [];
    let changed = text;
    for (let k = 0; k < KEYSTROKES; k++) {
      const at = changed.indexOf("\n\n", Math.floor((changed.length * (k + 1)) / (KEYSTROKES + 2)));
      changed = changed.slice(0, at) + "y" + changed.slice(at);
      const h = performance.now();
      const u = process.cpuUsage();
      checkBrief(new Brief(changed), { circuit: "9", manual: 2025 }, undefined, caches);
      host.push(performance.now() - h);
      // the host process's processor time over the same call (its threads: the run and the collector's helpers):
      // below the wall time where the machine's other processes (the window, the server) took the processor meanwhile
      const used = process.cpuUsage(u);
      hostCpu.push((used.user + used.system) / 1000);
      const map = proseOf(changed);
      const a = performance.now();
      analyzer.analyze(changed, settings, map);
      core.push(performance.now() - a);
      const c = performance.now();
      checkCitations(changed, { edition: 2025 }, map, checksCache);
      citations.push(performance.now() - c);
    }
    say("core_analysis_per_keystroke_ms_median", median(core).toFixed(1));
    say("core_citation_checks_per_keystroke_ms_median", median(citations).toFixed(1));
    say("core_pipeline_per_keystroke_ms_median", median(host).toFixed(1));
    say("core_pipeline_cpu_per_keystroke_ms_median", median(hostCpu).toFixed(1));

    await vscode.commands.executeCommand("workbench.action.files.revert");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });
});
