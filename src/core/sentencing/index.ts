/** The §2L1.2 range calculator (pure: runs in the editor, the browser and the CLI). */
export * from "./types";
export { parseRangeInput, checkField, MESSAGES, fieldPath } from "./schema";
export { calculateRange, computeRange, checkEarlyDisposition, checkStatuteDate, editionOf, applyStatutoryLimits } from "./calculate";
export { checkSubsection, normalizeSubsection } from "./enhancements";
export { calculateWithManualChoice, factsFor, higherRange } from "./manualChoice";
export { resolveStatute, statuteFromPriors, type StatuteInput, type StatuteFinding } from "./statuteFromPriors";
export { eraFor, FIRST_EDITION, LATEST_EDITION, statuteFor } from "./data";
export { checkAmendment821, renderAmendment821Markdown, type Amendment821Check } from "./amendment821";
export {
  renderRangeMarkdown,
  renderResultBody,
  renderCompareMarkdown,
  scenarioOptions,
  summarySentence,
  findRecordedBlocks,
  commentJson,
  RANGE_OPEN,
  RANGE_CLOSE,
  COMPARE_OPEN,
  COMPARE_CLOSE,
  type Scenario,
  type RecordedBlock,
} from "./markdown";
