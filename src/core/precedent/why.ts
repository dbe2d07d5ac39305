/**
 * "Why Heartland flagged this", from a finding's trace: the words that named the topic, who is
 * speaking and what they do, the brief context, which stage decided (and, for the learned stage,
 * its score and the features that weighed most), and the rule file to change. One text for the
 * CLI (`heartland check --explain`), the hover and the log.
 */
import type { Trace } from "./types";
import { escapeMarkdown } from "../explain";

export function whyLines(t: Trace): string[] {
  const lines: string[] = [];
  lines.push(`topic: ${t.topic.length ? t.topic.map((w) => `"${w}"`).join(", ") : "(none named)"}`);
  lines.push(`speaker: ${t.speaker}; ${t.stance}${t.cue ? ` ("${t.cue}")` : ""}`);
  lines.push(`context: ${t.context || "none (no document type, title or heading)"}`);
  if (t.stage === "model" && t.model) {
    lines.push(`decided by: the learned stage, probability ${t.model.probability.toFixed(2)} (threshold ${t.model.threshold.toFixed(2)}${t.model.raised ? `, raised for ${t.model.raised.join(" and ")}` : ""}); weighed most: ${t.model.because.join(", ") || "—"}`);
  } else {
    const m = t.model;
    const p = m?.probability.toFixed(2);
    lines.push(`decided by: the cue stage${!m ? "" : m.overruled ? `; kept though the learned stage doubts it (probability ${p}): ${m.overruled}`
      : m.probability < m.threshold ? `; the learned stage leans against it but does not veto it (probability ${p}, under its bar ${m.threshold.toFixed(2)})`
      : `; the learned stage agrees (probability ${p})`}`);
  }
  lines.push(`rule: ${t.ruleFile}`);
  return lines;
}

/** The same as Markdown (the hover's short "why" section). */
export function whyMarkdown(t: Trace): string {
  return ["**Why Heartland flagged this**", "", ...whyLines(t).map((l) => `- ${escapeMarkdown(l)}`)].join("\n");
}
