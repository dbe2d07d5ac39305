/**
 * "Heartland: Insert Guideline Range (§2L1.2)": a guided input (QuickPick / InputBox steps with
 * Back and the calculator's own validation messages) that inserts the Markdown range block at
 * the cursor as one edit; a "Recompute" code lens on recorded blocks; "Compare scenarios".
 * Thin adapter: every figure, rule and message comes from src/core/sentencing.
 *
 * Programmatic use (tests, other commands) skips the UI:
 *   executeCommand("heartland.insertRange", { input: {...}, compare?: ["acceptance:0"] })
 *   executeCommand("heartland.recomputeRange", uri, startOffset, { input: {...}, compare?: [...] })
 * Both resolve to the inserted text, or undefined when nothing was inserted.
 */
import * as vscode from "vscode";
import { Brief } from "../core/brief/brief";
import { normalizeManual } from "../core/settings";
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
} from "../core/sentencing";

export const INSERT_COMMAND = "heartland.insertRange";
export const RECOMPUTE_COMMAND = "heartland.recomputeRange";

interface CommandArgs {
  input?: unknown;
  compare?: string[];
}

// ---------------------------------------------------------------------------------------------
// Small QuickPick / InputBox helpers with a Back button

class Back extends Error {}
class Cancel extends Error {}

interface Item<T> extends vscode.QuickPickItem {
  value: T;
}

const TITLE = "Insert Guideline Range (§2L1.2)";

/** The parts of a QuickPick or InputBox that `settle` drives. */
interface StepInput {
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
function settle<T>(input: StepInput, back: boolean, accept: () => { value: T } | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
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

function pickOne<T>(o: { step: string; placeholder: string; items: Item<T>[]; active?: T; back: boolean }): Promise<T> {
  const qp = vscode.window.createQuickPick<Item<T>>();
  qp.title = `${TITLE} — ${o.step}`;
  qp.placeholder = o.placeholder;
  qp.items = o.items;
  qp.ignoreFocusOut = true;
  qp.matchOnDescription = true;
  const act = o.items.find((i) => i.value === o.active);
  if (act) qp.activeItems = [act];
  return settle(qp, o.back, () => {
    const sel = qp.selectedItems[0] ?? qp.activeItems[0];
    return sel ? { value: sel.value } : undefined;
  });
}

function pickMany<T>(o: { step: string; placeholder: string; items: Item<T>[]; selected: T[]; back: boolean; validate?: (v: T[]) => string | undefined }): Promise<T[]> {
  const qp = vscode.window.createQuickPick<Item<T>>();
  qp.title = `${TITLE} — ${o.step}`;
  qp.placeholder = o.placeholder;
  qp.canSelectMany = true;
  qp.ignoreFocusOut = true;
  qp.items = o.items;
  qp.selectedItems = o.items.filter((i) => o.selected.includes(i.value));
  return settle(qp, o.back, () => {
    const values = qp.selectedItems.map((i) => i.value);
    const msg = o.validate?.(values);
    if (msg) {
      qp.placeholder = msg;
      return undefined;
    }
    return { value: values };
  });
}

function ask(o: { step: string; prompt: string; value?: string; placeholder?: string; validate: (s: string) => string | undefined; back: boolean }): Promise<string> {
  const ib = vscode.window.createInputBox();
  ib.title = `${TITLE} — ${o.step}`;
  ib.prompt = o.prompt;
  ib.placeholder = o.placeholder;
  ib.value = o.value ?? "";
  ib.ignoreFocusOut = true;
  ib.onDidChangeValue((v) => {
    ib.validationMessage = v.trim() === "" ? undefined : o.validate(v);
  });
  return settle(ib, o.back, () => {
    const msg = o.validate(ib.value);
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
  statute?: RangeInput["statute"];
  mode?: "priors" | "enhancements";
  priors: Prior[];
  enhancements: Enhancement[];
  acceptance?: 0 | 2 | 3;
  earlyDisposition?: number;
  otherAdjustments: OtherAdjustment[];
  criminalHistory?: RangeInput["criminalHistory"];
};

function draftFrom(initial: Partial<RangeInput> | undefined, edition: number): Draft {
  const manual = initial?.manual === undefined || initial.manual === "latest" ? edition : initial.manual;
  return {
    manual,
    statute: initial?.statute,
    mode: initial?.enhancements ? "enhancements" : initial?.priors ? "priors" : undefined,
    priors: initial?.priors ? [...initial.priors] : [],
    enhancements: initial?.enhancements ? [...initial.enhancements] : [],
    acceptance: initial?.acceptance,
    earlyDisposition: initial?.earlyDisposition,
    otherAdjustments: initial?.otherAdjustments ? [...initial.otherAdjustments] : [],
    criminalHistory: initial?.criminalHistory,
  };
}

function inputOf(d: Draft): RangeInput {
  const out: RangeInput = { manual: d.manual, statute: d.statute as RangeInput["statute"], criminalHistory: d.criminalHistory as RangeInput["criminalHistory"] };
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

async function editPrior(initial: Partial<Prior>, n: number): Promise<Prior> {
  const p: Partial<Prior> = { ...initial };
  const step = `prior conviction ${n}`;
  let i = 0;
  for (;;) {
    try {
      if (i === 0) {
        p.kind = await pickOne({ step, placeholder: "Felony or misdemeanor?", items: [{ label: "Felony", description: "punishable by imprisonment for more than one year", value: "felony" as const }, { label: "Misdemeanor", description: "punishable by one year or less", value: "misdemeanor" as const }], active: p.kind, back: true });
      } else if (i === 1) {
        p.offense = await pickOne({ step, placeholder: "What was the offense? (as the guideline classifies it — the calculator does not decide it)", items: OFFENSES.map((o) => ({ label: OFFENSE_LABELS[o], description: o, value: o })), active: p.offense, back: true });
      } else if (i === 2) {
        const v = await ask({ step, prompt: "Sentence imposed, in months (leave empty if unknown or not relevant)", value: p.sentenceMonths?.toString(), validate: (s) => (s.trim() === "" ? undefined : numberCheck("sentenceMonths")(s)), back: true });
        p.sentenceMonths = v === "" ? undefined : Number(v);
      } else if (i === 3) {
        p.beforeFirstOrder = await pickOne({ step, placeholder: "Was the conviction (from 2018: the conduct) before the first order of deportation or removal?", ...yesNo(p.beforeFirstOrder), back: true });
      } else if (i === 4) {
        p.receivesCriminalHistoryPoints = await pickOne({ step, placeholder: "Does the conviction receive criminal history points (Chapter Four)?", ...yesNo(p.receivesCriminalHistoryPoints ?? true), back: true });
        return p as Prior;
      }
      i++;
    } catch (e) {
      if (!(e instanceof Back) || i === 0) throw e;
      i--;
    }
  }
}

async function stepPriors(d: Draft): Promise<void> {
  for (;;) {
    type Choice = { kind: "add" } | { kind: "done" } | { kind: "edit"; index: number };
    const items: Item<Choice>[] = [
      ...d.priors.map((p, index) => ({ label: `$(edit) Prior ${index + 1}: ${p.kind}, ${OFFENSE_LABELS[p.offense]}`, description: [p.sentenceMonths !== undefined ? `${p.sentenceMonths} months` : "", p.beforeFirstOrder === undefined ? "" : p.beforeFirstOrder ? "before first order" : "after first order"].filter(Boolean).join(", "), value: { kind: "edit" as const, index } })),
      { label: "$(add) Add a prior conviction…", value: { kind: "add" } },
      { label: d.priors.length ? `$(check) Done (${d.priors.length} prior${d.priors.length === 1 ? "" : "s"})` : "$(check) No prior convictions", value: { kind: "done" } },
    ];
    const c = await pickOne({ step: "prior convictions", placeholder: "List each prior conviction; the calculator derives the §2L1.2(b) enhancements and asks for any fact it needs.", items, back: true, active: items[items.length - 1].value });
    if (c.kind === "done") return;
    try {
      if (c.kind === "add") d.priors.push(await editPrior({}, d.priors.length + 1));
      else {
        const action = await pickOne({ step: `prior ${c.index + 1}`, placeholder: "Edit or remove this prior?", items: [{ label: "Edit", value: "edit" as const }, { label: "Remove", value: "remove" as const }], back: true });
        if (action === "remove") d.priors.splice(c.index, 1);
        else d.priors[c.index] = await editPrior(d.priors[c.index], c.index + 1);
      }
    } catch (e) {
      if (!(e instanceof Back)) throw e;
    }
  }
}

async function stepEnhancements(d: Draft): Promise<void> {
  const era = eraFor(d.manual);
  const items: Item<Enhancement>[] = [];
  for (const s of era.subsections) {
    const sub = `2L1.2${s.id}`;
    items.push({ label: `§${sub}`, description: `+${s.levels}`, detail: s.text, value: sub });
    if (s.levelsWithoutCriminalHistoryPoints !== undefined) {
      items.push({ label: `§${sub} — conviction receives no criminal history points`, description: `+${s.levelsWithoutCriminalHistoryPoints}`, value: { subsection: sub, receivesCriminalHistoryPoints: false } });
    }
  }
  const key = (e: Enhancement) => (typeof e === "string" ? e : `${e.subsection}|${e.receivesCriminalHistoryPoints}`);
  const selectedKeys = d.enhancements.map(key);
  const picked = await pickMany({
    step: `§2L1.2(b) in the ${d.manual} Manual`,
    placeholder: "Select the subsections that apply (none for no enhancement), then press Enter",
    items,
    selected: items.filter((i) => selectedKeys.includes(key(i.value))).map((i) => i.value),
    back: true,
    validate: (v) => v.map((e) => checkSubsection(typeof e === "string" ? e : e.subsection, d.manual)).find(Boolean),
  });
  d.enhancements = picked;
}

async function stepOtherAdjustments(d: Draft): Promise<void> {
  for (;;) {
    type Choice = { kind: "add" } | { kind: "done" } | { kind: "remove"; index: number };
    const items: Item<Choice>[] = [
      ...d.otherAdjustments.map((a, index) => ({ label: `$(trash) ${a.label ?? a.cite}`, description: `${a.levels > 0 ? "+" : ""}${a.levels}, ${a.cite} — select to remove`, value: { kind: "remove" as const, index } })),
      { label: "$(add) Add a Chapter Three adjustment (Parts A–D)…", value: { kind: "add" } },
      { label: d.otherAdjustments.length ? "$(check) Done" : "$(check) None", value: { kind: "done" } },
    ];
    const c = await pickOne({ step: "other adjustments", placeholder: "Victim, role or obstruction adjustments (USSG ch. 3, pts. A–D)", items, back: true, active: items[items.length - 1].value });
    if (c.kind === "done") return;
    if (c.kind === "remove") {
      d.otherAdjustments.splice(c.index, 1);
      continue;
    }
    try {
      const levels = Number(await ask({ step: "adjustment", prompt: "Levels (e.g. 2, or -2 for a decrease)", validate: numberCheck("adjustmentLevels"), back: true }));
      const cite = await ask({ step: "adjustment", prompt: "Citation", placeholder: "USSG §3C1.1", validate: (s) => checkField("adjustmentCite", s), back: true });
      const label = await ask({ step: "adjustment", prompt: "Short description", placeholder: "Obstruction of justice", validate: (s) => checkField("adjustmentLabel", s), back: true });
      d.otherAdjustments.push({ levels, cite, label });
    } catch (e) {
      if (!(e instanceof Back)) throw e;
    }
  }
}

const FACT_FIELD = /^priors\[(\d+)\]\.(aggravatedFelony|deportedAfter|committedForProfit|immigrationOffense|beforeFirstOrder|conductAfterFirstOrder)$/;

/** The yes/no question behind each fact the calculator asks for, in a lawyer's words. */
const FACT_QUESTIONS: Record<string, string> = {
  aggravatedFelony: "Was it an aggravated felony (8 U.S.C. § 1101(a)(43))?",
  deportedAfter: "Was the defendant deported or removed after this conviction?",
  committedForProfit: "Was the offense committed for profit?",
  immigrationOffense: "Was it a felony involving a violation of the immigration laws?",
  beforeFirstOrder: "Did it come before the first order of deportation or removal?",
  conductAfterFirstOrder: "Did the criminal conduct itself occur after the first order of deportation or removal?",
};
const MONTHS_FIELD = /^priors\[(\d+)\]\.sentenceMonths$/;

/** Runs the steps; resolves to the finished input and the chosen scenario ids (undefined = plain insert). */
async function guidedInput(initial: Partial<RangeInput> | undefined, edition: number, initialCompare?: string[]): Promise<{ input: RangeInput; compare?: string[] }> {
  const d = draftFrom(initial, edition);
  const steps: ((d: Draft) => Promise<void>)[] = [
    async (d) => {
      const items: Item<number>[] = [];
      for (let y = LATEST_EDITION; y >= FIRST_EDITION; y--) items.push({ label: String(y), description: `Guidelines Manual in force Nov. 1, ${y}${y === edition ? " — this brief's edition" : ""}`, detail: y === LATEST_EDITION || y === eraFor(y).firstEdition ? eraFor(y).label : undefined, value: y });
      d.manual = await pickOne({ step: "edition", placeholder: "Guidelines Manual edition", items, active: d.manual, back: false });
    },
    async (d) => {
      d.statute = await pickOne({ step: "statute of conviction", placeholder: "Statute of conviction", items: STATUTES.map((s) => ({ label: statuteFor(s).cite, description: `max ${statuteFor(s).maxMonths / 12} years`, detail: statuteFor(s).description, value: s })), active: d.statute, back: true });
    },
    async (d) => {
      d.mode = await pickOne({ step: "§2L1.2(b)", placeholder: "How do you want to state the specific offense characteristics?", items: [{ label: "Prior convictions (facts)", detail: "The calculator derives the enhancements for this edition and asks for any fact it needs", value: "priors" as const }, { label: "§2L1.2(b) subsections", detail: "Pick the subsections that apply", value: "enhancements" as const }], active: d.mode, back: true });
    },
    async (d) => (d.mode === "enhancements" ? stepEnhancements(d) : stepPriors(d)),
    async (d) => {
      d.acceptance = await pickOne({
        step: "acceptance of responsibility",
        placeholder: "USSG §3E1.1 — the third level needs level 16 or more before (a)" + (d.manual >= 2003 ? " and the government's motion" : ""),
        items: [
          { label: "0", description: "no reduction", value: 0 as const },
          { label: "2", description: "§3E1.1(a)", value: 2 as const },
          { label: "3", description: "§3E1.1(a) and (b)", value: 3 as const },
        ],
        active: d.acceptance ?? 3,
        back: true,
      });
    },
    async (d) => {
      const v = await ask({
        step: "early disposition",
        prompt: d.manual >= 2025 ? "Levels under USSG §3F1.1 (0–4)" : d.manual >= 2003 ? "Levels of a USSG §5K3.1 departure (0–4), reported separately from the range" : `Early disposition (0: the ${d.manual} Manual has none)`,
        value: String(d.earlyDisposition ?? 0),
        validate: numberCheck("earlyDisposition", (n) => checkEarlyDisposition(n, d.manual)),
        back: true,
      });
      d.earlyDisposition = Number(v);
    },
    stepOtherAdjustments,
    async (d) => {
      const prev = d.criminalHistory;
      const how = await pickOne({ step: "criminal history", placeholder: "Criminal history category or points?", items: [...CATEGORIES.map((c) => ({ label: `Category ${c}`, value: c as string })), { label: "Enter criminal history points…", value: "points" }], active: prev && "category" in prev ? prev.category : prev ? "points" : undefined, back: true });
      if (how !== "points") {
        d.criminalHistory = { category: how as (typeof CATEGORIES)[number] };
        return;
      }
      const v = await ask({ step: "criminal history points", prompt: "Total criminal history points (Chapter Four, Part A)", value: prev && "points" in prev ? String(prev.points) : "", validate: numberCheck("points"), back: true });
      d.criminalHistory = { points: Number(v) };
    },
  ];

  let i = 0;
  for (;;) {
    if (i < steps.length) {
      try {
        await steps[i](d);
        i++;
      } catch (e) {
        if (e instanceof Back) i = Math.max(0, i - 1);
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
            `Prior conviction ${n + 1} (${p.kind}, ${OFFENSE_LABELS[p.offense]}): ${FACT_QUESTIONS[fact[2]] ?? fact[2]}`,
            { modal: true, detail: issue.message.replace(/^state true or false: /, "") },
            "Yes",
            "No",
          );
          if (answer === undefined) throw new Back();
          (p as unknown as Record<string, boolean>)[fact[2]] = answer === "Yes";
        } else if (months) {
          const p = d.priors[Number(months[1])];
          p.sentenceMonths = Number(await ask({ step: `prior ${Number(months[1]) + 1}: sentence imposed`, prompt: issue.message, validate: numberCheck("sentenceMonths"), back: true }));
        } else {
          const again = await vscode.window.showErrorMessage(`${issue.field}: ${issue.message}`, { modal: true }, "Go back and change it");
          if (again === undefined) throw new Cancel();
          i = issue.field.startsWith("earlyDisposition") ? 5 : issue.field.startsWith("enhancements") || issue.field.startsWith("priors") ? 3 : issue.field.startsWith("offenseDate") || issue.field.startsWith("statute") ? 1 : 0;
        }
      } catch (e2) {
        if (e2 instanceof Back) i = 3;
        else throw e2;
      }
      continue;
    }
    try {
      const action = await pickOne({
        step: "insert",
        placeholder: "Insert the calculation, or compare scenarios?",
        items: [
          { label: "$(insert) Insert the calculation", value: "insert" as const },
          { label: "$(split-horizontal) Compare scenarios…", detail: "Same facts with and without a contested enhancement, acceptance or early disposition, in one table", value: "compare" as const },
        ],
        active: initialCompare ? "compare" : "insert",
        back: true,
      });
      if (action === "insert") return { input };
      const options = scenarioOptions(input);
      const compare = await pickMany({ step: "compare scenarios", placeholder: "Select the scenarios to compare with the calculation", items: options.map((s) => ({ label: s.label, description: s.id, value: s.id })), selected: (initialCompare ?? []).filter((id) => options.some((o) => o.id === id)), back: true, validate: (v) => (v.length ? undefined : "Select at least one scenario.") });
      return { input, compare };
    } catch (e) {
      if (e instanceof Back) i = steps.length - 1;
      else throw e;
    }
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
function renderOrReport(raw: unknown, compare: string[] | undefined): string | undefined {
  try {
    const { input, result } = computeRange(raw);
    return compare && compare.length ? renderCompareMarkdown(input, compare) : renderRangeMarkdown(input, result);
  } catch (e) {
    const msg = e instanceof RangeInputError ? e.issues.map((i) => `${i.field}: ${i.message}`).join(" ") : (e as Error).message;
    void vscode.window.showErrorMessage(`Heartland: nothing inserted. ${msg}`);
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

async function insertRange(args?: CommandArgs): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage("Heartland: open a Markdown brief and place the cursor where the range should go.");
    return undefined;
  }
  const doc = editor.document;
  let block: string | undefined;
  if (args && args.input !== undefined) {
    block = renderOrReport(args.input, args.compare);
  } else {
    try {
      const { input, compare } = await guidedInput(undefined, briefEdition(doc));
      block = renderOrReport(input, compare);
    } catch (e) {
      if (e instanceof Cancel) return undefined;
      throw e;
    }
  }
  if (!block) return undefined;
  const target = vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? editor;
  const pos = target.selection.active;
  const text = placed(doc, pos, block);
  const ok = await target.edit((b) => b.insert(pos, text), { undoStopBefore: true, undoStopAfter: true });
  return ok ? text : undefined;
}

async function recomputeRange(uriArg?: string | vscode.Uri, start?: number, args?: CommandArgs): Promise<string | undefined> {
  const uri = typeof uriArg === "string" ? vscode.Uri.parse(uriArg) : uriArg ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  const blocks = findRecordedBlocks(doc.getText());
  const block = blocks.find((b) => b.start === start) ?? (start === undefined ? blocks[0] : undefined);
  if (!block) {
    void vscode.window.showWarningMessage("Heartland: the range block has moved or changed; run Recompute from its code lens again.");
    return undefined;
  }
  const recorded = (block.kind === "compare" ? (block.data as { input?: unknown })?.input : block.data) as Partial<RangeInput> | undefined;
  const recordedCompare = block.kind === "compare" ? ((block.data as { scenarios?: string[] })?.scenarios ?? []) : undefined;
  let text: string | undefined;
  if (args && args.input !== undefined) {
    text = renderOrReport(args.input, args.compare ?? recordedCompare);
  } else {
    try {
      const { input, compare } = await guidedInput(recorded && typeof recorded === "object" ? recorded : undefined, briefEdition(doc), recordedCompare);
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
    void vscode.window.showWarningMessage("Heartland: the document changed while recomputing; nothing was replaced.");
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(now.start), doc.positionAt(now.end)), text);
  const ok = await vscode.workspace.applyEdit(edit);
  return ok ? text : undefined;
}

class RangeCodeLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const text = doc.getText();
    if (!text.includes("<!-- heartland-")) return [];
    return findRecordedBlocks(text).map((b) => {
      const range = new vscode.Range(doc.positionAt(b.start), doc.positionAt(b.start));
      return new vscode.CodeLens(range, { title: b.kind === "compare" ? "Recompute scenarios" : "Recompute", tooltip: "Reopen the inputs of this guideline range and replace the block", command: RECOMPUTE_COMMAND, arguments: [doc.uri.toString(), b.start] });
    });
  }
  dispose(): void {
    this.changed.dispose();
  }
}

export function registerRangeCommand(context: vscode.ExtensionContext): void {
  const lens = new RangeCodeLens();
  context.subscriptions.push(
    vscode.commands.registerCommand(INSERT_COMMAND, (args?: CommandArgs) => insertRange(args)),
    vscode.commands.registerCommand(RECOMPUTE_COMMAND, (uri?: string | vscode.Uri, start?: number, args?: CommandArgs) => recomputeRange(uri, start, args)),
    vscode.languages.registerCodeLensProvider({ language: "markdown" }, lens),
    lens,
  );
}
