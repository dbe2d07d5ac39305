/**
 * "Heartland: Insert Guideline Range (§2L1.2)": a guided input (QuickPick / InputBox steps with a
 * step counter, Back and the calculator's own validation messages) that inserts the Markdown
 * range block at the cursor as one edit; a "Recompute" code lens on recorded blocks; "Compare
 * scenarios". Thin adapter: every figure, rule and message comes from src/core/sentencing.
 *
 * - Recompute, and Insert in a brief whose answers were remembered, start from a summary of the
 *   answers where any one can be opened and changed (answers are remembered per brief).
 * - Never inside a generated block: Insert with the cursor in a range block or a table of
 *   authorities is refused with a message.
 * - Recompute keeps text the user wrote inside the block (after the new block), or asks.
 *
 * Programmatic use (tests, other commands) skips the UI:
 *   executeCommand("heartland.insertRange", { input: {...}, compare?: ["acceptance:0"] })
 *   executeCommand("heartland.recomputeRange", uri, startOffset, { input: {...}, compare?: [...], userText?: "keep" | "replace" })
 * Both resolve to the inserted text, or undefined when nothing was inserted.
 */
import * as vscode from "vscode";
import { Brief } from "../core/brief/brief";
import { generatedBlocks, type GeneratedBlock } from "../core/brief/generated";
import { log } from "./log";
import { registerCommand, type CommandId } from "./routes";
import { normalizeManual } from "../core/settings";
import { textEditionOf, unverifiedNote } from "../core/guidelines/editions";
import {
  calculateRange,
  checkEarlyDisposition,
  checkField,
  checkSubsection,
  computeRange,
  eraFor,
  findRecordedBlocks,
  FIRST_EDITION,
  LATEST_EDITION,
  RangeInputError,
  renderCompareMarkdown,
  renderRangeMarkdown,
  scenarioOptions,
  STATUTES,
  OFFENSES,
  CATEGORIES,
  statuteFor,
  type Enhancement,
  type OtherAdjustment,
  type Prior,
  type RangeInput,
  type Statute,
} from "../core/sentencing";

export const INSERT_COMMAND = "heartland.insertRange" satisfies CommandId;
export const RECOMPUTE_COMMAND = "heartland.recomputeRange" satisfies CommandId;

interface CommandArgs {
  input?: unknown;
  compare?: string[];
  /** Recompute only, when the user wrote inside the block: keep that text after the new block (default for programmatic use) or replace it. */
  userText?: "keep" | "replace";
}

// ---------------------------------------------------------------------------------------------
// Small QuickPick / InputBox helpers with a Back button and a step counter

class Back extends Error {}
class Cancel extends Error {}

interface Item<T> extends vscode.QuickPickItem {
  value: T;
}

const TITLE = "Insert guideline range (§2L1.2)";
const RECOMPUTE_TITLE = "Recompute guideline range (§2L1.2)";
/** The numbered steps of the guided input (the last one: insert or compare). */
const TOTAL_STEPS = 9;

/** Where a step sits: its title and "n/total" in the title bar. */
interface At {
  title: string;
  n: number;
}

/** The parts of a QuickPick or InputBox that `settle` drives. */
interface StepInput {
  title: string | undefined;
  step: number | undefined;
  totalSteps: number | undefined;
  buttons: readonly vscode.QuickInputButton[];
  onDidTriggerButton: vscode.Event<vscode.QuickInputButton>;
  onDidAccept: vscode.Event<void>;
  onDidHide: vscode.Event<void>;
  show(): void;
  hide(): void;
  dispose(): void;
}

/**
 * Shows one step until it settles: `accept` returns the value (or undefined to stay open, e.g.
 * after a validation message); the Back button rejects with Back; closing the step any other way
 * rejects with Cancel.
 */
function settle<T>(input: StepInput, at: At, step: string, back: boolean, accept: () => { value: T } | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    input.title = `${at.title}: ${step}`;
    input.step = at.n;
    input.totalSteps = TOTAL_STEPS;
    input.buttons = back ? [vscode.QuickInputButtons.Back] : [];
    let done = false;
    const finish = (then: () => void) => {
      done = true;
      input.hide();
      then();
    };
    input.onDidTriggerButton(() => finish(() => reject(new Back())));
    input.onDidAccept(() => {
      const r = accept();
      if (r) finish(() => resolve(r.value));
    });
    input.onDidHide(() => {
      input.dispose();
      if (!done) reject(new Cancel());
    });
    input.show();
  });
}

/** The calculator's field message as a prompt ("must be the sentence…" → "Enter the sentence…"). */
export function promptText(message: string): string {
  const m = message.replace(/^is required: it /, "");
  const out = m.startsWith("must be ") ? "Enter " + m.slice("must be ".length) : m.startsWith("must ") ? m.slice(5) : m;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function pickOne<T>(at: At, o: { step: string; placeholder: string; items: Item<T>[]; active?: T; back: boolean }): Promise<T> {
  const qp = vscode.window.createQuickPick<Item<T>>();
  qp.placeholder = o.placeholder;
  qp.items = o.items;
  qp.ignoreFocusOut = true;
  qp.matchOnDescription = true;
  const act = o.items.find((i) => i.value === o.active);
  if (act) qp.activeItems = [act];
  return settle(qp, at, o.step, o.back, () => {
    const sel = qp.selectedItems[0] ?? qp.activeItems[0];
    return sel ? { value: sel.value } : undefined;
  });
}

function pickMany<T>(at: At, o: { step: string; placeholder: string; items: Item<T>[]; selected: T[]; back: boolean; validate?: (v: T[]) => string | undefined }): Promise<T[]> {
  const qp = vscode.window.createQuickPick<Item<T>>();
  qp.placeholder = o.placeholder;
  qp.canSelectMany = true;
  qp.ignoreFocusOut = true;
  qp.items = o.items;
  qp.selectedItems = o.items.filter((i) => o.selected.includes(i.value));
  // a validation message shown in the placeholder goes away as soon as the selection changes
  qp.onDidChangeSelection(() => (qp.placeholder = o.placeholder));
  return settle(qp, at, o.step, o.back, () => {
    const values = qp.selectedItems.map((i) => i.value);
    const msg = o.validate?.(values);
    if (msg) {
      qp.placeholder = msg;
      return undefined;
    }
    return { value: values };
  });
}

function ask(at: At, o: { step: string; prompt: string; value?: string; placeholder?: string; validate: (s: string) => string | undefined; back: boolean }): Promise<string> {
  const ib = vscode.window.createInputBox();
  ib.prompt = o.prompt;
  ib.placeholder = o.placeholder;
  ib.value = o.value ?? "";
  ib.ignoreFocusOut = true;
  const check = (v: string) => {
    const m = o.validate(v);
    return m ? promptText(m) : undefined;
  };
  ib.onDidChangeValue((v) => {
    ib.validationMessage = v.trim() === "" ? undefined : check(v);
  });
  return settle(ib, at, o.step, o.back, () => {
    const msg = check(ib.value);
    if (msg) {
      ib.validationMessage = msg;
      return undefined;
    }
    return { value: ib.value.trim() };
  });
}

/** A number typed by the user, checked with the calculator's own field message. */
function numberCheck(field: Parameters<typeof checkField>[0], extra?: (n: number) => string | undefined) {
  return (s: string): string | undefined => {
    const n = Number(s.trim());
    if (s.trim() === "" || Number.isNaN(n)) return checkField(field, s);
    return checkField(field, n) ?? extra?.(n);
  };
}

const yesNo = (active?: boolean): { items: Item<boolean>[]; active?: boolean } => ({
  items: [
    { label: "Yes", value: true },
    { label: "No", value: false },
  ],
  active,
});

// ---------------------------------------------------------------------------------------------
// The guided input

type Draft = {
  manual: number;
  statute?: Statute;
  offenseDate?: string;
  mode?: "priors" | "enhancements";
  priors: Prior[];
  enhancements: Enhancement[];
  acceptance?: 0 | 2 | 3;
  earlyDisposition?: number;
  otherAdjustments: OtherAdjustment[];
  criminalHistory?: RangeInput["criminalHistory"];
  /** the last step: plain calculation or scenarios */
  compare?: string[];
};

function draftFrom(initial: Partial<RangeInput> | undefined, edition: number, compare?: string[]): Draft {
  const manual = initial?.manual === undefined || initial.manual === "latest" ? edition : initial.manual;
  return {
    manual,
    statute: initial?.statute === "1326" ? undefined : initial?.statute, // bare "1326": the guided input asks for the subsection
    offenseDate: initial?.offenseDate,
    mode: initial?.enhancements ? "enhancements" : initial?.priors ? "priors" : undefined,
    priors: initial?.priors ? initial.priors.map((p) => ({ ...p })) : [],
    enhancements: initial?.enhancements ? [...initial.enhancements] : [],
    acceptance: initial?.acceptance,
    earlyDisposition: initial?.earlyDisposition,
    otherAdjustments: initial?.otherAdjustments ? [...initial.otherAdjustments] : [],
    criminalHistory: initial?.criminalHistory,
    compare,
  };
}

function inputOf(d: Draft): RangeInput {
  const out: RangeInput = { manual: d.manual, statute: d.statute as RangeInput["statute"], criminalHistory: d.criminalHistory as RangeInput["criminalHistory"] };
  const fromPriors = d.criminalHistory !== undefined && "fromPriors" in d.criminalHistory;
  if (d.offenseDate && d.statute && (fromPriors || statuteFor(d.statute).beforePenaltyChange)) out.offenseDate = d.offenseDate;
  if (d.mode === "enhancements") out.enhancements = d.enhancements;
  else out.priors = d.priors;
  out.acceptance = d.acceptance ?? 0;
  out.earlyDisposition = d.earlyDisposition ?? 0;
  if (d.otherAdjustments.length) out.otherAdjustments = d.otherAdjustments;
  return out;
}

const OFFENSE_LABELS: Record<(typeof OFFENSES)[number], string> = {
  "illegal-reentry": "Illegal reentry (8 U.S.C. § 1326)",
  "1325a": "Improper entry (8 U.S.C. § 1325(a))",
  "drug-trafficking": "Drug trafficking offense",
  "crime-of-violence": "Crime of violence",
  firearms: "Firearms offense",
  "child-pornography": "Child pornography offense",
  "national-security-terrorism": "National security or terrorism offense",
  "human-trafficking": "Human trafficking offense",
  "alien-smuggling": "Alien smuggling offense",
  "aggravated-felony": "Other aggravated felony (8 U.S.C. § 1101(a)(43))",
  other: "Other offense",
};

/**
 * Common Chapter Three adjustments (Parts A–D), levels as the Guidelines Manual states them:
 * §3B1.2 ("decrease by 4 levels" / "by 2 levels" / "In cases falling between (a) and (b), decrease
 * by 3 levels"), §3C1.1 (the "2-level adjustment specified by this section"), §3A1.2(a) ("increase
 * by 3 levels", the same in the 2001 and the current text). Source: USSC, guidelines.ussc.gov
 * (§3B1.2, §3A1.2; Amendment 252 for §3C1.1); the 2001 text of §3A1.2 at ussc.gov. Anything else:
 * "Other adjustment…", typed.
 */
const COMMON_ADJUSTMENTS: OtherAdjustment[] = [
  { levels: -4, cite: "USSG §3B1.2(a)", label: "Minimal participant" },
  { levels: -3, cite: "USSG §3B1.2", label: "Between minimal and minor participant" },
  { levels: -2, cite: "USSG §3B1.2(b)", label: "Minor participant" },
  { levels: 2, cite: "USSG §3C1.1", label: "Obstruction of justice" },
  { levels: 3, cite: "USSG §3A1.2(a)", label: "Official victim" },
];

function levelsText(n: number): string {
  return n > 0 ? `+${n}` : `−${-n}`;
}

async function editPrior(at: At, initial: Partial<Prior>, n: number, manual: number, fromPriors = false): Promise<Prior> {
  const p: Partial<Prior> = { ...initial };
  const step = `prior conviction ${n}`;
  let i = 0;
  for (;;) {
    try {
      if (i === 0) {
        p.kind = await pickOne(at, { step, placeholder: "Felony or misdemeanor?", items: [{ label: "Felony", description: "punishable by imprisonment for more than one year", value: "felony" as const }, { label: "Misdemeanor", description: "punishable by one year or less", value: "misdemeanor" as const }], active: p.kind, back: true });
      } else if (i === 1) {
        p.offense = await pickOne(at, { step, placeholder: "What was the offense? (as the guideline classifies it; the calculator does not decide it)", items: OFFENSES.map((o) => ({ label: OFFENSE_LABELS[o], value: o })), active: p.offense, back: true });
      } else if (i === 2) {
        const v = await ask(at, { step, prompt: "Sentence imposed, in months (leave empty if unknown or not relevant)", value: p.sentenceMonths?.toString(), validate: (s) => (s.trim() === "" ? undefined : numberCheck("sentenceMonths")(s)), back: true });
        p.sentenceMonths = v === "" ? undefined : Number(v);
      } else if (i === 3) {
        p.beforeFirstOrder = await pickOne(at, { step, placeholder: "Was the conviction (from 2018: the conduct) before the first order of deportation or removal?", ...yesNo(p.beforeFirstOrder), back: true });
      } else if (i === 4) {
        // 1995–2015 Manuals: §2L1.2(b)(1) counts a conviction the defendant was deported after (the block's note names this question)
        if (manual < 2016) p.deportedAfter = await pickOne(at, { step, placeholder: "Deported or removed after this conviction?", ...yesNo(p.deportedAfter ?? true), back: true });
      } else if (i === 5) {
        // with criminal history computed from the priors, the calculator decides this itself
        if (fromPriors) return p as Prior;
        p.receivesCriminalHistoryPoints = await pickOne(at, { step, placeholder: "Does the conviction receive criminal history points (Chapter Four)?", ...yesNo(p.receivesCriminalHistoryPoints ?? true), back: true });
        return p as Prior;
      }
      i++;
    } catch (e) {
      if (!(e instanceof Back) || i === 0) throw e;
      i--;
      if (i === 4 && manual >= 2016) i--; // that question is not asked for this edition
    }
  }
}

function priorLabel(p: Prior): string {
  return `${p.kind === "felony" ? "Felony" : "Misdemeanor"}, ${OFFENSE_LABELS[p.offense].replace(/^./, (c) => c.toLowerCase())}`;
}

async function stepPriors(d: Draft, at: At): Promise<void> {
  for (;;) {
    type Choice = { kind: "add" } | { kind: "done" } | { kind: "edit"; index: number };
    const items: Item<Choice>[] = [
      ...d.priors.map((p, index) => ({ label: `$(edit) Prior ${index + 1}: ${priorLabel(p)}`, description: [p.sentenceMonths !== undefined ? `${p.sentenceMonths} months` : "", p.beforeFirstOrder === undefined ? "" : p.beforeFirstOrder ? "before first order" : "after first order"].filter(Boolean).join(", "), value: { kind: "edit" as const, index } })),
      { label: "$(add) Add a prior conviction…", value: { kind: "add" } },
      { label: d.priors.length ? `$(check) Done (${d.priors.length} prior${d.priors.length === 1 ? "" : "s"})` : "$(check) No prior convictions", value: { kind: "done" } },
    ];
    const c = await pickOne(at, { step: "prior convictions", placeholder: "List each prior conviction; the calculator derives the §2L1.2(b) enhancements and asks for any fact it needs.", items, back: true, active: items[items.length - 1].value });
    if (c.kind === "done") return;
    try {
      const fromPriors = d.criminalHistory !== undefined && "fromPriors" in d.criminalHistory;
      if (c.kind === "add") d.priors.push(await editPrior(at, {}, d.priors.length + 1, d.manual, fromPriors));
      else {
        const action = await pickOne(at, { step: `prior conviction ${c.index + 1}`, placeholder: "Edit or remove this prior conviction?", items: [{ label: "Edit", value: "edit" as const }, { label: "Remove", value: "remove" as const }], back: true });
        if (action === "remove") d.priors.splice(c.index, 1);
        else d.priors[c.index] = await editPrior(at, d.priors[c.index], c.index + 1, d.manual, fromPriors);
      }
    } catch (e) {
      if (!(e instanceof Back)) throw e;
    }
  }
}

async function stepEnhancements(d: Draft, at: At): Promise<void> {
  const era = eraFor(d.manual);
  const items: Item<Enhancement>[] = [];
  for (const s of era.subsections) {
    const sub = `2L1.2${s.id}`;
    items.push({ label: `§${sub}`, description: `+${s.levels}`, detail: s.text, value: sub });
    if (s.levelsWithoutCriminalHistoryPoints !== undefined) {
      items.push({ label: `§${sub}, conviction receives no criminal history points`, description: `+${s.levelsWithoutCriminalHistoryPoints}`, value: { subsection: sub, receivesCriminalHistoryPoints: false } });
    }
  }
  const key = (e: Enhancement) => (typeof e === "string" ? e : `${e.subsection}|${e.receivesCriminalHistoryPoints}`);
  const selectedKeys = d.enhancements.map(key);
  const picked = await pickMany(at, {
    step: `§2L1.2(b) in the ${d.manual} Manual`,
    placeholder: "Select the subsections that apply (none for no enhancement), then press Enter",
    items,
    selected: items.filter((i) => selectedKeys.includes(key(i.value))).map((i) => i.value),
    back: true,
    validate: (v) => v.map((e) => checkSubsection(typeof e === "string" ? e : e.subsection, d.manual)).find(Boolean),
  });
  d.enhancements = picked;
}

async function stepOtherAdjustments(d: Draft, at: At): Promise<void> {
  for (;;) {
    type Choice = { kind: "add"; adj: OtherAdjustment } | { kind: "other" } | { kind: "done" } | { kind: "remove"; index: number };
    const has = (a: OtherAdjustment) => d.otherAdjustments.some((x) => x.cite === a.cite && x.levels === a.levels);
    const items: Item<Choice>[] = [
      { label: d.otherAdjustments.length ? "$(check) Done" : "$(check) None", value: { kind: "done" } },
      ...d.otherAdjustments.map((a, index) => ({ label: `$(trash) ${a.label ?? a.cite}`, description: `${levelsText(a.levels)}, ${a.cite}; select to remove`, value: { kind: "remove" as const, index } })),
      { label: "Add", kind: vscode.QuickPickItemKind.Separator, value: { kind: "done" } },
      ...COMMON_ADJUSTMENTS.filter((a) => !has(a)).map((a) => ({ label: `$(add) ${a.label}`, description: `${levelsText(a.levels)}, ${a.cite}`, value: { kind: "add" as const, adj: a } })),
      { label: "$(add) Other adjustment…", description: "levels, citation and description", value: { kind: "other" } },
    ];
    const c = await pickOne(at, { step: "other adjustments", placeholder: "Victim, role or obstruction adjustments (USSG ch. 3, pts. A–D)", items, back: true, active: items[0].value });
    if (c.kind === "done") return;
    if (c.kind === "remove") {
      d.otherAdjustments.splice(c.index, 1);
      continue;
    }
    if (c.kind === "add") {
      d.otherAdjustments.push({ ...c.adj });
      continue;
    }
    try {
      const levels = Number(await ask(at, { step: "other adjustment", prompt: "Levels (for example 2, or -2 for a decrease)", validate: numberCheck("adjustmentLevels"), back: true }));
      const cite = await ask(at, { step: "other adjustment", prompt: "Citation", placeholder: "USSG §3C1.1", validate: (s) => checkField("adjustmentCite", s), back: true });
      const label = await ask(at, { step: "other adjustment", prompt: "Short description", placeholder: "Obstruction of justice", validate: (s) => checkField("adjustmentLabel", s), back: true });
      d.otherAdjustments.push({ levels, cite, label });
    } catch (e) {
      if (!(e instanceof Back)) throw e;
    }
  }
}

const FACT_FIELD = /^priors\[(\d+)\]\.(aggravatedFelony|deportedAfter|committedForProfit|immigrationOffense|beforeFirstOrder|conductAfterFirstOrder|interveningArrest|relatedCases|consecutive|convictedAsAdult|sameOccasion|revocationBeforeDeportation)$/;
const DATE_FIELD = /^priors\[(\d+)\]\.(releaseDate|sentenceDate)$/;

/** The yes/no question behind each fact the calculator asks for, in a lawyer's words. */
const FACT_QUESTIONS: Record<string, string> = {
  aggravatedFelony: "Was it an aggravated felony (8 U.S.C. § 1101(a)(43))?",
  deportedAfter: "Was the defendant deported or removed after this conviction?",
  committedForProfit: "Was the offense committed for profit?",
  immigrationOffense: "Was it a felony involving a violation of the immigration laws?",
  beforeFirstOrder: "Did it come before the first order of deportation or removal?",
  conductAfterFirstOrder: "Did the criminal conduct itself occur after the first order of deportation or removal?",
  interveningArrest: "Were the offenses separated by an intervening arrest (arrested for the first before committing the second)?",
  relatedCases: "Were the cases related (same occasion, single common scheme or plan, or consolidated for trial or sentencing)?",
  consecutive: "Did this sentence run consecutively to the other one imposed the same day?",
  convictedAsAdult: "Was the defendant convicted as an adult?",
  sameOccasion: "Did the related crimes of violence occur on the same occasion?",
  revocationBeforeDeportation: "Did the revocation occur before the defendant was deported or unlawfully remained?",
};
const MONTHS_FIELD = /^priors\[(\d+)\]\.sentenceMonths$/;

/** Names of the questions, for messages ("Early disposition: …"), never the calculator's field names. */
function fieldWords(field: string): string {
  if (field.startsWith("earlyDisposition")) return "Early disposition";
  if (field.startsWith("offenseDate")) return "Date of the offense";
  if (field.startsWith("statute")) return "Statute of conviction";
  if (field.startsWith("manual")) return "Guidelines Manual edition";
  if (field.startsWith("acceptance")) return "Acceptance of responsibility";
  if (field.startsWith("otherAdjustments")) return "Other adjustments";
  if (field.startsWith("criminalHistory")) return "Criminal history";
  const prior = /^priors\[(\d+)\]/.exec(field);
  if (prior) return `Prior conviction ${Number(prior[1]) + 1}`;
  if (field.startsWith("enhancements")) return "§2L1.2(b) subsections";
  return "The answers";
}

/** Optional months: empty is "none". */
async function askMonths(at: At, step: string, prompt: string, value: number | undefined): Promise<number | undefined> {
  const v = await ask(at, { step, prompt, value: value?.toString() ?? "", validate: (s) => (s.trim() === "" ? undefined : numberCheck("months")(s)), back: true });
  return v === "" ? undefined : Number(v);
}

/** Criminal history from the priors: the instant offense's date and status, then each prior's dates and sentence. */
async function stepCriminalHistoryFromPriors(d: Draft, at: At, prev: RangeInput["criminalHistory"] | undefined): Promise<void> {
  const old = prev && "fromPriors" in prev ? prev : undefined;
  d.offenseDate = await ask(at, { step: "commencement of the instant offense", prompt: "Date the instant offense commenced, YYYY-MM-DD (the periods of USSG §4A1.2(e) run from it)", placeholder: "YYYY-MM-DD", value: d.offenseDate ?? "", validate: (s) => checkField("offenseDate", s.trim()), back: true });
  const underSentence = await pickOne(at, { step: "status points", placeholder: "Was the instant offense committed while under a criminal justice sentence (probation, parole, supervised release, imprisonment, work release, escape)?", ...yesNo(old?.underSentence), back: true });
  let zero: boolean | undefined = old?.zeroPointCriteriaMet;
  if (d.manual >= 2023) {
    zero = await pickOne(at, { step: "§4C1.1 zero-point offender", placeholder: "If he has no criminal history points: are all the other criteria of USSG §4C1.1(a) met?", items: [{ label: "Yes", value: true as boolean | undefined }, { label: "No", value: false as boolean | undefined }, { label: "Not decided", detail: "§4C1.1 is not applied; the block says so", value: undefined }], active: zero, back: true });
  }
  d.criminalHistory = { fromPriors: true, underSentence, ...(zero === undefined ? {} : { zeroPointCriteriaMet: zero }) };
  for (const [k, p] of d.priors.entries()) {
    delete p.receivesCriminalHistoryPoints;
    const step = `prior conviction ${k + 1}: ${priorLabel(p)}`;
    p.sentenceDate = await ask(at, { step, prompt: "Date the sentence was imposed, YYYY-MM-DD", placeholder: "YYYY-MM-DD", value: p.sentenceDate ?? "", validate: (s) => checkField("date", s.trim()), back: true });
    p.sentenceMonths = Number(await ask(at, { step, prompt: "Imprisonment imposed and not suspended, in months (0 for probation or a fine; 59 days = 1.94, 60 days = 1.97)", value: p.sentenceMonths?.toString() ?? "", validate: numberCheck("months"), back: true }));
    const rel = await ask(at, { step, prompt: "Date of the last release from imprisonment on it, YYYY-MM-DD (leave empty if none or unknown; asked if it matters)", placeholder: "YYYY-MM-DD", value: p.releaseDate ?? "", validate: (s) => (s.trim() === "" ? undefined : checkField("date", s.trim())), back: true });
    p.releaseDate = rel === "" ? undefined : rel;
    p.revocationMonths = await askMonths(at, step, "Imprisonment imposed on revocation of probation, parole or supervised release, in months (leave empty if none)", p.revocationMonths);
    p.probationMonths = await askMonths(at, step, "Probation imposed, in months (leave empty if none)", p.probationMonths);
    const age = await ask(at, { step, prompt: "Age when he committed this offense (leave empty if 18 or older)", value: p.ageAtOffense?.toString() ?? "", validate: (s) => (s.trim() === "" ? undefined : numberCheck("ageAtOffense")(s)), back: true });
    p.ageAtOffense = age === "" ? undefined : Number(age);
    type Where = "us" | "foreign" | "tribal" | "expunged";
    const where = await pickOne<Where>(at, {
      step,
      placeholder: "Which court convicted him, and does the conviction stand?",
      items: [
        { label: "A federal, state or local court", value: "us" },
        { label: "A foreign court", detail: "not counted, USSG §4A1.2(h)", value: "foreign" },
        { label: "A tribal court", detail: "not counted, USSG §4A1.2(i)", value: "tribal" },
        { label: "Expunged", detail: "not counted, USSG §4A1.2(j); a conviction set aside or pardoned for other reasons still counts", value: "expunged" },
      ],
      active: p.expunged ? "expunged" : p.convictedIn ?? "us",
      back: true,
    });
    p.convictedIn = where === "foreign" || where === "tribal" ? where : undefined;
    p.expunged = where === "expunged" ? true : undefined;
    if (d.priors.length > 1) {
      const label = await ask(at, { step, prompt: "Charging instrument (e.g. its case number), to tell which priors were charged together — give the same label to each (leave empty if charged alone)", value: p.chargingInstrument ?? "", validate: (x) => (x.trim() === "" ? undefined : checkField("chargingInstrument", x)), back: true });
      p.chargingInstrument = label.trim() === "" ? undefined : label.trim();
    }
    if (p.kind === "misdemeanor") {
      type Petty = "none" | NonNullable<Prior["pettyOffense"]>;
      const petty = await pickOne<Petty>(at, { step, placeholder: "Is it an offense listed in USSG §4A1.2(c)?", items: [{ label: "No", value: "none" }, { label: "§4A1.2(c)(1)", detail: "counted only with probation over one year or at least 30 days' imprisonment", value: "4A1.2(c)(1)" }, { label: "§4A1.2(c)(2)", detail: "never counted", value: "4A1.2(c)(2)" }], active: p.pettyOffense ?? "none", back: true });
      p.pettyOffense = petty === "none" ? undefined : petty;
    }
    for (const key of Object.keys(p) as (keyof Prior)[]) if (p[key] === undefined) delete p[key];
  }
}

/** The numbered steps, in order, with how each answer reads in the summary. */
interface Step {
  name: string;
  answer(d: Draft): string;
  run(d: Draft, at: At, edition: number): Promise<void>;
}

const STEPS: Step[] = [
  {
    name: "Guidelines Manual edition",
    answer: (d) => `${d.manual} Manual`,
    run: async (d, at, edition) => {
      const items: Item<number>[] = [];
      for (let y = LATEST_EDITION; y >= FIRST_EDITION; y--) items.push({ label: String(y), description: `Guidelines Manual in force Nov. 1, ${y}${y === edition ? " (this brief's edition)" : ""}`, detail: unverifiedNote(y) ? `${unverifiedNote(y)}; the range is computed with the ${textEditionOf(y)} rules` : y === LATEST_EDITION || y === eraFor(y).firstEdition ? eraFor(y).label : undefined, value: y });
      d.manual = await pickOne(at, { step: "edition", placeholder: "Guidelines Manual edition", items, active: d.manual, back: false });
    },
  },
  {
    name: "Statute of conviction",
    answer: (d) => (d.statute ? statuteFor(d.statute).cite + (d.offenseDate ? `, offense on ${d.offenseDate}` : "") : "not answered"),
    run: async (d, at) => {
      d.statute = await pickOne(at, { step: "statute of conviction", placeholder: "Statute of conviction", items: STATUTES.map((s) => ({ label: statuteFor(s).cite, description: `maximum ${statuteFor(s).maxMonths / 12} years`, detail: statuteFor(s).description, value: s })), active: d.statute, back: true });
      if (!statuteFor(d.statute).beforePenaltyChange) return;
      // the statutory maximum was lower before Sept. 13, 1994: ask the date, empty = on or after it
      const v = await ask(at, { step: "date of the offense", prompt: "Date of the offense, YYYY-MM-DD (leave empty if on or after Sept. 13, 1994: it decides the statutory maximum)", value: d.offenseDate ?? "", validate: (s) => (s.trim() === "" ? undefined : checkField("offenseDate", s.trim())), back: true });
      d.offenseDate = v === "" ? undefined : v;
    },
  },
  {
    name: "How to state §2L1.2(b)",
    answer: (d) => (d.mode === "enhancements" ? "§2L1.2(b) subsections" : d.mode === "priors" ? "Prior convictions (facts)" : "not answered"),
    run: async (d, at) => {
      d.mode = await pickOne(at, { step: "§2L1.2(b)", placeholder: "How do you want to state the specific offense characteristics?", items: [{ label: "Prior convictions (facts)", detail: "The calculator derives the enhancements for this edition and asks for any fact it needs", value: "priors" as const }, { label: "§2L1.2(b) subsections", detail: "Pick the subsections that apply", value: "enhancements" as const }], active: d.mode, back: true });
    },
  },
  {
    name: "Prior convictions or subsections",
    answer: (d) =>
      d.mode === "enhancements"
        ? d.enhancements.length ? d.enhancements.map((e) => `§${typeof e === "string" ? e : e.subsection}`).join(", ") : "no enhancement"
        : d.priors.length ? d.priors.map((p, i) => `${i + 1}: ${priorLabel(p)}`).join("; ") : "no prior convictions",
    run: (d, at) => (d.mode === "enhancements" ? stepEnhancements(d, at) : stepPriors(d, at)),
  },
  {
    name: "Acceptance of responsibility",
    answer: (d) => (d.acceptance === undefined ? "not answered" : d.acceptance === 0 ? "no reduction" : `${d.acceptance} levels`),
    run: async (d, at) => {
      d.acceptance = await pickOne(at, {
        step: "acceptance of responsibility",
        placeholder: "USSG §3E1.1: the third level needs level 16 or more before (a)" + (d.manual >= 2003 ? " and the government's motion" : ""),
        items: [
          { label: "0", description: "no reduction", value: 0 as const },
          { label: "2", description: "§3E1.1(a)", value: 2 as const },
          { label: "3", description: "§3E1.1(a) and (b)", value: 3 as const },
        ],
        active: d.acceptance ?? 3,
        back: true,
      });
    },
  },
  {
    name: "Early disposition",
    answer: (d) => (d.earlyDisposition ? `${d.earlyDisposition} levels` : "none"),
    run: async (d, at) => {
      const v = await ask(at, {
        step: "early disposition",
        prompt: d.manual >= 2025 ? "Levels under USSG §3F1.1 (0–4)" : d.manual >= 2003 ? "Levels of a USSG §5K3.1 departure (0–4), reported separately from the range" : `Early disposition (0: the ${d.manual} Manual has none)`,
        value: String(d.earlyDisposition ?? 0),
        validate: numberCheck("earlyDisposition", (n) => checkEarlyDisposition(n, d.manual)),
        back: true,
      });
      d.earlyDisposition = Number(v);
    },
  },
  {
    name: "Other Chapter Three adjustments",
    answer: (d) => (d.otherAdjustments.length ? d.otherAdjustments.map((a) => `${a.label ?? a.cite} ${levelsText(a.levels)}`).join(", ") : "none"),
    run: (d, at) => stepOtherAdjustments(d, at),
  },
  {
    name: "Criminal history",
    answer: (d) => (!d.criminalHistory ? "not answered" : "category" in d.criminalHistory ? `Category ${d.criminalHistory.category}` : "points" in d.criminalHistory ? `${d.criminalHistory.points} points` : "computed from the priors"),
    run: async (d, at) => {
      const prev = d.criminalHistory;
      const fromItem = d.mode === "priors" ? [{ label: "Compute from the prior convictions…", detail: "Points under USSG §§4A1.1–4A1.2 from each prior's dates and sentence, with the rule for each", value: "fromPriors" }] : [];
      const how = await pickOne(at, { step: "criminal history", placeholder: "Criminal history category or points?", items: [...CATEGORIES.map((c) => ({ label: `Category ${c}`, value: c as string })), { label: "Enter criminal history points…", value: "points" }, ...fromItem], active: prev && "fromPriors" in prev ? "fromPriors" : prev && "category" in prev ? prev.category : prev ? "points" : undefined, back: true });
      if (how === "fromPriors") {
        await stepCriminalHistoryFromPriors(d, at, prev);
        return;
      }
      if (how !== "points") {
        d.criminalHistory = { category: how as (typeof CATEGORIES)[number] };
        return;
      }
      const v = await ask(at, { step: "criminal history points", prompt: "Total criminal history points (Chapter Four, Part A)", value: prev && "points" in prev ? String(prev.points) : "", validate: numberCheck("points"), back: true });
      d.criminalHistory = { points: Number(v) };
    },
  },
];

const REVIEW = -1;

/**
 * Runs the steps; resolves to the finished input and the chosen scenario ids (undefined = plain
 * insert). With `review`, it starts from the given answers on a summary where each answer can be
 * opened and changed (Recompute, or answers remembered for this brief) instead of at step 1.
 */
async function guidedInput(
  initial: Partial<RangeInput> | undefined,
  edition: number,
  o: { compare?: string[]; review: boolean; title: string; startOver?: boolean },
): Promise<{ input: RangeInput; compare?: string[] }> {
  let d = draftFrom(initial, edition, o.compare);
  let reviewing = o.review;
  let i = reviewing ? REVIEW : 0;
  const at = (n: number): At => ({ title: o.title, n: n + 1 });
  const next = (from: number) => (reviewing ? REVIEW : from + 1);
  for (;;) {
    if (i === REVIEW) {
      type Choice = { kind: "go" } | { kind: "step"; index: number } | { kind: "output" } | { kind: "restart" };
      const items: Item<Choice>[] = [
        { label: `$(check) ${o.title.startsWith("Recompute") ? "Recompute" : "Insert"} with these answers`, value: { kind: "go" } },
        { label: "Answers", kind: vscode.QuickPickItemKind.Separator, value: { kind: "go" } },
        ...STEPS.map((s, index) => ({ label: `${index + 1}. ${s.name}`, description: s.answer(d), value: { kind: "step" as const, index } })),
        { label: `${TOTAL_STEPS}. Output`, description: d.compare?.length ? `compare scenarios (${d.compare.length})` : "the calculation", value: { kind: "output" } },
        ...(o.startOver ? [{ label: "$(discard) Start over", description: "forget these answers", value: { kind: "restart" as const } }] : []),
      ];
      // after a change, Enter goes on: changing one fact is "pick it, change it, Enter"
      const c = await pickOne({ title: o.title, n: 0 }, { step: "change an answer or go on", placeholder: "Select an answer to change it, or press Enter to go on with these answers", items, active: items[0].value, back: false });
      if (c.kind === "go") {
        i = STEPS.length;
      } else if (c.kind === "step") {
        try {
          await STEPS[c.index].run(d, at(c.index), edition);
        } catch (e) {
          if (!(e instanceof Back)) throw e;
        }
        continue;
      } else if (c.kind === "output") {
        i = STEPS.length;
        d.compare = undefined; // asked again below
        reviewing = false;
      } else {
        d = draftFrom(undefined, edition);
        reviewing = false;
        i = 0;
        continue;
      }
    }
    if (i >= 0 && i < STEPS.length) {
      try {
        await STEPS[i].run(d, at(i), edition);
        i = next(i);
      } catch (e) {
        if (e instanceof Back) i = reviewing ? REVIEW : Math.max(0, i - 1);
        else throw e;
      }
      continue;
    }
    // All steps done: let the calculator check the whole; ask for any fact it needs.
    const input = inputOf(d);
    try {
      calculateRange(input);
    } catch (e) {
      if (!(e instanceof RangeInputError)) throw e;
      const issue = e.issues[0];
      try {
        const fact = FACT_FIELD.exec(issue.field);
        const months = MONTHS_FIELD.exec(issue.field);
        if (fact) {
          // The calculator needs a fact it will not assume: ask it in words (a modal shows the whole explanation).
          const n = Number(fact[1]);
          const p = d.priors[n];
          const answer = await vscode.window.showWarningMessage(
            `Prior conviction ${n + 1} (${priorLabel(p)}): ${FACT_QUESTIONS[fact[2]] ?? "Answer the question about this prior."}`,
            { modal: true, detail: promptText(issue.message.replace(/^state true or false: /, "")) },
            "Yes",
            "No",
          );
          if (answer === undefined) throw new Back();
          (p as unknown as Record<string, boolean>)[fact[2]] = answer === "Yes";
        } else if (DATE_FIELD.exec(issue.field)) {
          const [, n, f] = DATE_FIELD.exec(issue.field) as RegExpExecArray;
          const p = d.priors[Number(n)];
          const v = await ask(at(7), { step: `prior conviction ${Number(n) + 1}: ${f === "releaseDate" ? "release date" : "sentence date"}`, prompt: promptText(issue.message.replace(/^is needed \(YYYY-MM-DD[^)]*\): /, "")), placeholder: "YYYY-MM-DD", validate: (x) => checkField("date", x.trim()), back: true });
          (p as unknown as Record<string, string>)[f] = v;
        } else if (months) {
          const p = d.priors[Number(months[1])];
          p.sentenceMonths = Number(await ask(at(3), { step: `prior conviction ${Number(months[1]) + 1}: sentence imposed`, prompt: promptText(issue.message), validate: numberCheck("sentenceMonths"), back: true }));
        } else {
          const again = await vscode.window.showErrorMessage(`${fieldWords(issue.field)}: ${promptText(issue.message)}`, { modal: true }, "Go back and change it");
          if (again === undefined) throw new Cancel();
          i = issue.field.startsWith("earlyDisposition") ? 5 : issue.field.startsWith("enhancements") || issue.field.startsWith("priors") ? 3 : issue.field.startsWith("offenseDate") || issue.field.startsWith("statute") ? 1 : 0;
        }
      } catch (e2) {
        if (e2 instanceof Back) i = reviewing ? REVIEW : 3;
        else throw e2;
      }
      continue;
    }
    if (reviewing) return { input, compare: d.compare?.length ? d.compare : undefined };
    try {
      const action = await pickOne(at(TOTAL_STEPS - 1), {
        step: "insert",
        placeholder: "Insert the calculation, or compare scenarios?",
        items: [
          { label: "$(insert) Insert the calculation", value: "insert" as const },
          { label: "$(split-horizontal) Compare scenarios…", detail: "Same facts with and without a contested enhancement, acceptance or early disposition, in one table", value: "compare" as const },
        ],
        active: o.compare?.length ? "compare" : "insert",
        back: true,
      });
      if (action === "insert") return { input };
      const options = scenarioOptions(input);
      const compare = await pickMany(at(TOTAL_STEPS - 1), { step: "compare scenarios", placeholder: "Select the scenarios to compare with the calculation", items: options.map((s) => ({ label: s.label, value: s.id })), selected: (o.compare ?? []).filter((id) => options.some((x) => x.id === id)), back: true, validate: (v) => (v.length ? undefined : "Select at least one scenario.") });
      return { input, compare };
    } catch (e) {
      if (e instanceof Back) i = o.review ? REVIEW : STEPS.length - 1;
      else throw e;
    }
    if (o.review) reviewing = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Commands and code lens

function briefEdition(doc: vscode.TextDocument | undefined): number {
  if (!doc) return LATEST_EDITION;
  const cfg = vscode.workspace.getConfiguration("heartland", doc.uri);
  const manual = normalizeManual(cfg.get<string | number>("guidelinesManual", "latest")) ?? "latest";
  try {
    return new Brief(doc.getText()).settings({ manual }).edition;
  } catch {
    return manual === "latest" ? LATEST_EDITION : manual;
  }
}

/** Validates programmatic input exactly as the CLI does; returns the Markdown or shows the messages. */
function renderOrReport(raw: unknown, compare: string[] | undefined, quiet = false): string | undefined {
  try {
    const { input, result } = computeRange(raw);
    return compare && compare.length ? renderCompareMarkdown(input, compare) : renderRangeMarkdown(input, result);
  } catch (e) {
    if (quiet) return undefined;
    const msg = e instanceof RangeInputError ? e.issues.map((i) => `${fieldWords(i.field)}: ${promptText(i.message)}`).join(" ") : (e as Error).message;
    void vscode.window.showErrorMessage(`Nothing was inserted. ${msg}`);
    return undefined;
  }
}

/** Text to insert at `pos` so the block starts and ends on its own lines, never touching user text. */
function placed(doc: vscode.TextDocument, pos: vscode.Position, block: string): string {
  const line = doc.lineAt(pos.line).text;
  const before = line.slice(0, pos.character);
  const after = line.slice(pos.character);
  return (before.trim() ? "\n\n" : "") + block + (after.trim() ? "\n" : "");
}

/** The generated block (range, scenarios, table of authorities) the selection is inside, if any. */
function blockAround(doc: vscode.TextDocument, sel: vscode.Selection): GeneratedBlock | undefined {
  const blocks = generatedBlocks(doc.getText());
  const inside = (p: vscode.Position) => {
    const o = doc.offsetAt(p);
    return blocks.find((b) => b.start < o && o < b.end);
  };
  return inside(sel.active) ?? inside(sel.anchor);
}

const BLOCK_WORDS: Record<GeneratedBlock["kind"], string> = { range: "a guideline range block", compare: "a scenarios table", toa: "the table of authorities" };

function refuseInside(b: GeneratedBlock): undefined {
  const msg = `The cursor is inside ${BLOCK_WORDS[b.kind]} Heartland inserted. Place it before or after the block${b.kind === "toa" ? "" : ", or use Recompute above the block to change it"}.`;
  log().info(`insert range refused: ${msg}`);
  void vscode.window.showWarningMessage(msg);
  return undefined;
}

// Answers remembered per brief (workspace state, keyed by the document's URI).
let memory: vscode.Memento | undefined;
const MEMORY_KEY = "heartland.rangeAnswers";

function remembered(uri: vscode.Uri): Partial<RangeInput> | undefined {
  if (uri.scheme === "untitled") return undefined; // "Untitled-1" names a different document each time
  const all = memory?.get<Record<string, Partial<RangeInput>>>(MEMORY_KEY) ?? {};
  return all[uri.toString()];
}

function remember(uri: vscode.Uri, input: RangeInput): void {
  if (!memory || uri.scheme === "untitled") return;
  const all = { ...(memory.get<Record<string, Partial<RangeInput>>>(MEMORY_KEY) ?? {}) };
  delete all[uri.toString()];
  all[uri.toString()] = input;
  // keep the 50 most recent briefs
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - 50))) delete all[k];
  void memory.update(MEMORY_KEY, all);
}

async function insertRange(args?: CommandArgs): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage("Open a Markdown brief and place the cursor where the guideline range should go.");
    return undefined;
  }
  const doc = editor.document;
  const around = blockAround(doc, editor.selection);
  if (around) return refuseInside(around);
  let block: string | undefined;
  if (args && args.input !== undefined) {
    block = renderOrReport(args.input, args.compare);
  } else {
    try {
      const saved = remembered(doc.uri);
      const { input, compare } = await guidedInput(saved, briefEdition(doc), { review: saved !== undefined, title: TITLE, startOver: true });
      remember(doc.uri, input);
      block = renderOrReport(input, compare);
    } catch (e) {
      if (e instanceof Cancel) return undefined;
      throw e;
    }
  }
  if (!block) return undefined;
  const target = vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? editor;
  const again = blockAround(doc, target.selection); // the text may have changed while the input was open
  if (again) return refuseInside(again);
  const pos = target.selection.active;
  const text = placed(doc, pos, block);
  const ok = await target.edit((b) => b.insert(pos, text), { undoStopBefore: true, undoStopAfter: true });
  return ok ? text : undefined;
}

/**
 * The lines of a block the user wrote: those not in what Heartland generated from the block's
 * own record (blank lines and the markers excluded). Empty when the block is as generated.
 */
export function userLines(current: string, generated: string | undefined): string[] {
  const mine = new Set((generated ?? "").split(/\r?\n/).map((l) => l.trim()));
  return current
    .split(/\r?\n/)
    .slice(1, -1) // the opening and closing markers
    .filter((l) => l.trim() !== "" && !mine.has(l.trim()) && !l.trim().startsWith("<!-- /heartland-"));
}

async function recomputeRange(uriArg?: string | vscode.Uri, start?: number, args?: CommandArgs): Promise<string | undefined> {
  const uri = typeof uriArg === "string" ? vscode.Uri.parse(uriArg) : uriArg ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  const blocks = findRecordedBlocks(doc.getText());
  const block = blocks.find((b) => b.start === start) ?? (start === undefined ? blocks[0] : undefined);
  if (!block) {
    void vscode.window.showWarningMessage("The range block has moved or changed. Run Recompute from the line above the block again.");
    return undefined;
  }
  const recorded = (block.kind === "compare" ? (block.data as { input?: unknown })?.input : block.data) as Partial<RangeInput> | undefined;
  const recordedCompare = block.kind === "compare" ? ((block.data as { scenarios?: string[] })?.scenarios ?? []) : undefined;
  let text: string | undefined;
  if (args && args.input !== undefined) {
    text = renderOrReport(args.input, args.compare ?? recordedCompare);
  } else {
    try {
      const { input, compare } = await guidedInput(recorded && typeof recorded === "object" ? recorded : undefined, briefEdition(doc), { compare: recordedCompare, review: recorded !== undefined && typeof recorded === "object", title: RECOMPUTE_TITLE });
      remember(doc.uri, input);
      text = renderOrReport(input, compare);
    } catch (e) {
      if (e instanceof Cancel) return undefined;
      throw e;
    }
  }
  if (!text) return undefined;
  // Re-find the block: the document may have changed while the input was open.
  const now = findRecordedBlocks(doc.getText()).find((b) => b.start === block.start && b.end === block.end && b.kind === block.kind);
  if (!now) {
    void vscode.window.showWarningMessage("The document changed while recomputing. Nothing was replaced.");
    return undefined;
  }
  // Text the user wrote inside the block is never dropped silently: kept after the new block, or replaced only when the user says so.
  const current = doc.getText().slice(now.start, now.end);
  const generated = recorded ? renderOrReport(recorded, recordedCompare, true) : undefined;
  const extra = userLines(current, generated);
  let decision = args?.userText;
  if (extra.length && !decision) {
    if (args && args.input !== undefined) decision = "keep";
    else {
      const keep = "Keep it after the new block";
      const replace = "Replace it";
      const quoted = extra.join(" ").slice(0, 160);
      const pick = await vscode.window.showWarningMessage(
        "The range block contains text you wrote.",
        { modal: true, detail: `“${quoted}${extra.join(" ").length > 160 ? "…" : ""}”\n\nRecompute replaces the block. Keep your text after the new block, or replace it with the new block alone?` },
        keep,
        replace,
      );
      if (pick === undefined) return undefined;
      decision = pick === keep ? "keep" : "replace";
    }
  }
  const replacement = extra.length && decision === "keep" ? `${text}\n${extra.join("\n")}\n` : text;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(now.start), doc.positionAt(now.end)), replacement);
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok && extra.length) log().info(`recompute: ${extra.length} line(s) written inside the block ${decision === "keep" ? "kept after the new block" : "replaced, as asked"}`);
  return ok ? replacement : undefined;
}

class RangeCodeLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const text = doc.getText();
    if (!text.includes("<!-- heartland-")) return [];
    return findRecordedBlocks(text).map((b) => {
      const range = new vscode.Range(doc.positionAt(b.start), doc.positionAt(b.start));
      return new vscode.CodeLens(range, { title: b.kind === "compare" ? "Recompute scenarios" : "Recompute", tooltip: "Change the answers behind this guideline range and replace the block", command: RECOMPUTE_COMMAND, arguments: [doc.uri.toString(), b.start] });
    });
  }
  dispose(): void {
    this.changed.dispose();
  }
}

export function registerRangeCommand(context: vscode.ExtensionContext): void {
  memory = context.workspaceState;
  const lens = new RangeCodeLens();
  context.subscriptions.push(
    registerCommand(INSERT_COMMAND, (args?: CommandArgs) => insertRange(args)),
    registerCommand(RECOMPUTE_COMMAND, (uri?: string | vscode.Uri, start?: number, args?: CommandArgs) => recomputeRange(uri, start, args)),
    vscode.languages.registerCodeLensProvider({ language: "markdown" }, lens),
    lens,
  );
}
