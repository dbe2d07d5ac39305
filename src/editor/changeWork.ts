/**
 * What Heartland's own change listeners (the status item, the diagnostics' scheduling) spend on each
 * version of a document, in ms: work the extension host does on every keystroke, outside the debounced
 * run. The run reports it beside its own laps (`lastRun(uri).laps.onChange`, read by the editor bench),
 * so that a cost moved out of the run into a listener still shows.
 */
const spent = new Map<string, { version: number; ms: number }>();

/** Adds `ms` to what the listeners spent on version `version` of the document `uri` (a string). */
export function noteChangeWork(uri: string, version: number, ms: number): void {
  const s = spent.get(uri);
  if (s && s.version === version) s.ms += ms;
  else spent.set(uri, { version, ms });
}

/** What the listeners spent on that version (0 if nothing was noted for it). */
export function changeWork(uri: string, version: number): number {
  const s = spent.get(uri);
  return s && s.version === version ? s.ms : 0;
}

/** Forget a closed document. */
export function forgetChangeWork(uri: string): void {
  spent.delete(uri);
}
