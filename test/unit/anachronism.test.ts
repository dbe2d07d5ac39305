/**
 * Audit 14 D4: no outcome text names a case as law for a brief dated before the case was decided.
 *
 * For every outcome of src/data/rules.json: the earliest brief date it can apply to (its `from`, the first day of its first
 * edition, the decision date of its `requires`, or the `until` of an earlier outcome that catches every brief it would catch
 * before that day), and every case of rules.json's holdings or authorities.json named in its message, basis, advice or
 * "But see" sentence — its own, or, where it gives none, the rule's advice or "But see" sentence it falls back to (an
 * outcome of level "none" shows neither). A case decided after that date is an anachronism unless ALLOW lists it with the phrase that tells the
 * reader it came later (or was dated "each only from its date"), or KNOWN lists it as a defect not yet fixed. Both lists are
 * kept exact: an entry that matches nothing fails, so a fixed defect leaves KNOWN and a new one cannot hide.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Outcome { [k: string]: unknown; editions?: [number, number]; circuits?: string[]; from?: string; until?: string; requires?: string }
interface Rule { id: string; instead?: string; butSee?: string; holdings: { cite: string; decided?: string; bindingIn?: string[]; effect?: string }[]; guidelineText?: { cite: string; decided?: string }[]; outcomes: Outcome[] }
const data = JSON.parse(readFileSync(join(__dirname, "../../../src/data/rules.json"), "utf8")) as { rules: Rule[] };
const authorities = JSON.parse(readFileSync(join(__dirname, "../../../src/data/authorities.json"), "utf8")).authorities as Record<string, { case: string; decided: string | null }>;

/** short name ("Bustillos-Pena", "Rutherford") → decision dates (a year alone counts from its Jan. 1: the earliest it can be) */
const cases = new Map<string, Map<string, string>>();
function add(cite: string, decided: string | null | undefined): void {
  if (!decided || !cite.includes(" v. ")) return;
  const m = /^(?:United States v\. |U\.S\. v\. )?([A-Z][\w'.\-\u00C0-\u024F]+(?: [A-Z][\w'\-\u00C0-\u024F]+)?)/u.exec(cite);
  if (!m) return;
  const name = m[1].replace(/ v$/, "");
  if (["United", "In", "Ex"].includes(name)) return;
  const date = decided.length === 4 ? `${decided}-01-01` : decided;
  if (!cases.has(name)) cases.set(name, new Map());
  cases.get(name)!.set(date, cite);
}
for (const r of data.rules) for (const h of [...r.holdings, ...(r.guidelineText ?? [])]) add(h.cite, h.decided);
for (const a of Object.values(authorities)) add(a.case, a.decided);

/** Which of two same-named cases a mention means: "X v. United States", "U.S." or a year near it; else the earlier. */
function dateOf(name: string, text: string, at: number): string {
  const dates = [...cases.get(name)!.keys()].sort();
  if (dates.length === 1) return dates[0];
  const after = text.slice(at, at + 90);
  if (after.startsWith(`${name} v. United States`) || after.slice(0, 60).includes("U.S.")) return dates[dates.length - 1];
  const year = /\b(19|20)\d\d\b/.exec(after);
  if (year) for (const d of dates) if (d.startsWith(year[0])) return d;
  return dates[0];
}

const KEYS = ["editions", "circuits", "noCircuit", "framing", "cues", "notCues", "offense", "vehicle", "grounds", "requires"];
/** Outcome j catches every brief outcome i would (j's conditions, but for the date, are i's or wider). */
function covers(j: Outcome, i: Outcome): boolean {
  for (const k of KEYS) {
    if (!(k in j)) continue;
    if (!(k in i)) return false;
    if (k === "circuits") { if (!(i.circuits as string[]).every((c) => (j.circuits as string[]).includes(c))) return false; }
    else if (k === "editions") { if (!(j.editions![0] <= i.editions![0] && i.editions![1] <= j.editions![1])) return false; }
    else if (JSON.stringify(i[k]) !== JSON.stringify(j[k])) return false;
  }
  return true;
}
function window(r: Rule, i: number): [string, string] {
  const o = r.outcomes[i];
  let start = o.editions ? `${o.editions[0]}-11-01` : "1900-01-01";
  if (o.from && o.from > start) start = o.from;
  if (o.requires) for (const h of [...r.holdings, ...(r.guidelineText ?? [])]) if (h.cite.startsWith(o.requires) && h.decided) {
    const d = h.decided.length === 4 ? `${Number(h.decided) + 1}-01-01` : h.decided;
    if (d > start) start = d;
  }
  for (let j = 0; j < i; j++) {
    const p = r.outcomes[j];
    if (p.until && !p.from && covers(p, o) && p.until > start) start = p.until;
  }
  let end = o.until ?? "2100-01-01";
  if (o.editions && `${o.editions[1] + 1}-11-01` < end) end = `${o.editions[1] + 1}-11-01`;
  return [start, end];
}

interface Hit { rule: string; outcome: number; field: string; name: string; decided: string; start: string; text: string; at: number; fallback?: true }
/**
 * The texts an outcome's finding can show: its own message, basis, advice and "But see" sentence, and, where it gives no
 * advice or "But see" of its own, the rule's (`fill(o.instead ?? r.instead, s)`, `o.butSee ?? defaultButSee(…)` in
 * rules.ts), read against the outcome's window (`fallback`). An outcome of level "none" makes no finding: the rule's
 * texts are never shown for it.
 */
function texts(r: Rule, o: Outcome, start = "1900-01-01"): { field: string; text: string; fallback?: true }[] {
  const out: { field: string; text: string; fallback?: true }[] = [];
  for (const field of ["message", "basis", "instead", "butSee"]) {
    if (o[field] !== undefined) out.push({ field, text: o[field] as string });
    else if ((field === "instead" || field === "butSee") && o.level !== "none")
      out.push({ field: `rule's ${field}`, text: (field === "instead" ? r.instead : defaultButSee(r, o, start)) ?? "", fallback: true });
  }
  return out;
}
/**
 * The rule's "But see" sentence as defaultButSee (rules.ts) gives it to an outcome of named circuits: where the sentence's
 * case binds in none of them and the outcome's own lead (decided by the window's start) binds in all, the sentence
 * cites that lead (limits or forecloses) or there is none (the lead allows the argument). Otherwise the rule's sentence.
 */
function defaultButSee(r: Rule, o: Outcome, start: string): string | undefined {
  const m = /^But see ([^,]+ v\. [^,]+),/.exec(r.butSee ?? "");
  if (!m || !o.circuits || typeof o.lead !== "string" || o.lead.startsWith(m[1])) return r.butSee;
  const named = r.holdings.find((h) => h.cite.startsWith(m[1]));
  if (named && (named.bindingIn ?? []).some((c) => c === "*" || o.circuits!.includes(c))) return r.butSee;
  const lead = r.holdings.find((h) => h.cite.startsWith(o.lead as string));
  const decided = lead?.decided && (lead.decided.length === 4 ? `${lead.decided}-12-31` : lead.decided);
  if (!lead || !decided || decided > start || !o.circuits.every((c) => (lead.bindingIn ?? []).includes(c))) return r.butSee;
  return lead.effect === "forecloses" || lead.effect === "limits" ? `But see ${lead.cite}.` : "";
}
/** The `from` of the `{dated from=…|…}` clause a position of a text lies in, if any (audit 15 O4). */
function datedFrom(text: string, at: number): string | undefined {
  const re = /\{dated(?: from=(\d{4}-\d\d-\d\d))?(?: until=\d{4}-\d\d-\d\d)?\|[^{}]*\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index < at && at < m.index + m[0].length) return m[1];
  return undefined;
}
function hits(): Hit[] {
  const out: Hit[] = [];
  for (const r of data.rules)
    r.outcomes.forEach((o, i) => {
      const [start, end] = window(r, i);
      if (start >= end) return;
      for (const { field, text, fallback } of texts(r, o, start)) {
        for (const name of cases.keys()) {
          const re = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "gu");
          for (let m = re.exec(text); m; m = re.exec(text)) {
            const decided = dateOf(name, text, m.index);
            // a clause marked `{dated from=…|…}` (rules.ts datedText) is shown only from its `from`
            const from = datedFrom(text, m.index);
            if (decided > start && !(from && decided <= from)) out.push({ rule: r.id, outcome: i, field, name, decided, start, text, at: m.index, ...(fallback ? { fallback } : {}) });
          }
        }
      }
    });
  return out;
}

/** Deliberate mentions of later law: the phrase (within 200 characters of the mention) tells the reader the case came later. */
/** `field`: the phrase anywhere in the same text (a long dated list that opens with it). */
const ALLOW: { rule: string; names: string[]; near: string; reason: string; field?: true }[] = [
  // the window before Dillon (Jan. 12, 2005 – June 17, 2010) in every rule's § 3582(c)(2) outcome: Dillon told as settling
  // it later, with its date (named since Dillon has its own entry, legal audit 37b, pe-028) — not the plea below a
  // statutory minimum's, which a statutory minimum answers whatever Dillon held (audit 39a, pz-010)
  ...["fast-track-disparity", "prior-conviction-seriousness", "revocation-sentence", "reentry-motive", "deportable-alien-status", "post-sentencing-rehabilitation", "departure-after-sentencing", "reentry-guideline-policy"].flatMap((rule) => [
    { rule, names: ["Dillon"], near: "settled it in June 2010", reason: "says the Supreme Court settled it in June 2010 (Dillon): told as later law, with its date" },
    { rule, names: ["Dillon"], near: "Dillon (June 17, 2010) agreed", reason: "says Dillon (June 17, 2010) later agreed with Dunphy: told as later law, with its date" },
  ]),
  { rule: "fast-track-disparity", names: ["Banuelos-Rodriguez"], near: "173 F.3d 741", reason: "the withdrawn panel opinion of Apr. 6, 1999 (173 F.3d 741), not the en banc decision of June 14, 2000: its own date is given with it (legal audit 37b, pd-001)" },
  { rule: "fast-track-disparity", names: ["Martinez-Ramos"], near: "Later history, after such a brief's date", reason: "the panel opinion's window (Apr. 6 – July 29, 1999) tells Martinez-Ramos as later history, said to come after the brief (legal audit 37b, pd-001)" },
  { rule: "compassionate-release-covid", names: ["Marcussen"], near: "later held", reason: "says the Eighth Circuit later held it (Marcussen, Oct. 7, 2021): told as later law" },
  { rule: "compassionate-release-mandatory-minimum", names: ["Black", "Bricker", "Rutherford"], near: "decided it later", reason: "the window before the circuit decided (b)(6): the case is named only as deciding it later" },
  { rule: "compassionate-release-mandatory-minimum", names: ["Tomes", "Jarvis", "Thacker"], near: "came later", reason: "names the first appellate decisions against a change in the law as reasons that \"came later\", each with its date" },
  { rule: "compassionate-release-mandatory-minimum", names: ["Concepcion"], near: "later held", reason: "says the Supreme Court later held it (Concepcion, June 27, 2022)" },
  { rule: "deportable-alien-status", names: ["Charry Cubillos", "Martinez-Ramos"], near: "came later", reason: "says the Ninth Circuit's own cases came later, each with its date" },
  { rule: "deportable-alien-status", names: ["Martinez-Ramos"], near: "later held", reason: "says Martinez-Ramos (July 29, 1999) later held it" },
  { rule: "fast-track-disparity", names: ["Rodríguez", "Arrelucea-Zamudio", "Camacho-Arellano", "Reyes-Hernandez", "Jimenez-Perez"], near: "only later", reason: "says the circuit let courts consider the disparity only later, each case with its date" },
  { rule: "fast-track-disparity", names: ["Lopez-Macias"], near: "8th: Jimenez-Perez, Oct. 18, 2011; 10th: Lopez-Macias", reason: "the last case of the dated list that opens \"The circuit let courts consider it only later\"" },
  { rule: "fast-track-disparity", names: ["Gonzalez-Zotelo"], near: "later held", reason: "says Gonzalez-Zotelo (Jan. 8, 2009) later held it, after Kimbrough (the outcome starts on Kimbrough's day, audit 14 D4)" },
  { rule: "fast-track-disparity", names: ["Gomez-Herrera"], near: "later held", reason: "says Gomez-Herrera (Apr. 3, 2008) later held it" },
  { rule: "post-sentencing-rehabilitation", names: ["Pepper"], near: "later let", reason: "says Pepper v. United States (2011) later let courts consider it" },
  { rule: "post-sentencing-rehabilitation", names: ["Pepper"], near: "later reversed", reason: "the case's later history, each step with its date, ending 'later reversed' by the Supreme Court" },
  { rule: "post-sentencing-rehabilitation", names: ["Concepcion"], near: "later held", reason: "the § 404 window before Concepcion: says the Supreme Court later held it (Concepcion, June 27, 2022)" },
  { rule: "prior-conviction-seriousness", names: ["Stultz", "Leiva-Deras", "Lopez-Zamora"], near: "later held", reason: "says the Second (and Ninth) Circuit later held it, each with its date" },
  { rule: "reentry-guideline-policy", names: ["Kimbrough"], near: "later held", reason: "the window before Kimbrough: says Kimbrough (Dec. 10, 2007) later held it" },
  { rule: "revocation-sentence", names: ["Bustillos-Pena"], near: "came later", reason: "says Bustillos-Pena is not law at the brief's date (it came later)" },
  { rule: "revocation-sentence", names: ["Bustillos-Pena", "Huerta-Moran", "Leiva-Deras", "Lopez", "Moreno-Cisneros", "Rosales-Garcia", "Ruiz-Gea"], near: "each only from its date", reason: "the last outcome dates each case and says each counts only from its date" },
  { rule: "compassionate-release-family", names: ["Andrews", "Aruda", "Bryant", "Gunn", "Jenkins", "Jones", "Long", "Marcussen", "McCoy", "McGee", "Ruvalcaba", "Shkambi"], near: "§ 1B1.13}, each decision only from its date (one dated after the brief was not yet law)", reason: "the circuits' pre-2023 holdings as a dated list, each with its date, opening \"each decision only from its date\"", field: true },
  { rule: "compassionate-release-mandatory-minimum", names: ["Andrews", "Hunter", "McCall", "Thacker", "Crandall", "Jenkins", "Ruvalcaba", "Chen"], near: "can be an extraordinary and compelling reason, each decision only from its date (one dated after the brief was not yet law)", reason: "the circuit split on nonretroactive changes as a dated list, each decision with its date, opening \"each decision only from its date\"", field: true },
  { rule: "compassionate-release-mandatory-minimum", names: ["Thacker", "Hunter", "Andrews", "Crandall", "Jenkins", "Leyva-Martinez"], near: "can be extraordinary and compelling reasons, each only from its date (one dated after the brief was not yet law)", reason: "the decisions on nonretroactive changes and on minimums as a dated list, opening \"each only from its date\"", field: true },
];
/** Defects found by this check and not yet fixed (audit 14 D4): each names cases decided after the earliest brief the outcome reaches. */
const KNOWN: { rule: string; names: string[]; reason: string }[] = [];
/**
 * The same for the rule-level advice or "But see" sentence (`field`) that an outcome without its own falls back to: each
 * names cases decided after the earliest brief such an outcome reaches. An entry whose reason opens "runtime:" is no
 * defect of what the reader sees: a "But see" sentence the runtime cuts to the cases decided by the brief's date
 * (butSeeInForce) or replaces with the circuit's own lead (defaultButSee), kept in the rule because one sentence of the
 * outcome's own would undo the circuit's lead; the truth table pins what such briefs are shown. Advice has no such
 * runtime (laterCasesNote only adds a note), so it is never "runtime:".
 */
const KNOWN_FALLBACK: { rule: string; field: "instead" | "butSee"; names: string[]; reason: string }[] = [
  { rule: "compassionate-release-mandatory-minimum", field: "butSee", names: ["Thacker"], reason: "runtime: the pre-Thacker windows (Dec. 21, 2018 to July 15, 2021) keep the rule's sentence, which Thacker leads: butSeeInForce drops it whole, and defaultButSee puts the circuit's own binding case there where it limits or forecloses (Jarvis in the Sixth) or none where it allows the argument (McCoy, McGee) — one sentence of their own would undo that (truth-table row, 2020)" },
  { rule: "departure-after-sentencing", field: "butSee", names: ["Palacios-Becerril"], reason: "runtime: the two windows before Palacios-Becerril (Mar. 24, 2006) keep the rule's sentence; butSeeInForce drops its Palacios-Becerril clause (leaving 'But see 18 U.S.C. § 3582(c).'), and in a Second Circuit brief defaultButSee puts Abreu-Cabrera there — one sentence of their own would undo that (truth-table rows, 2003)" },
  { rule: "deportable-alien-status", field: "butSee", names: ["Palacios-Becerril", "Martinez-Ramos"], reason: "runtime: the outcomes of no named circuit (1993–2006, the last open-ended) keep the rule's sentence, which defaultButSee replaces with the brief's circuit's own binding lead (Maldonado, 1st; Veloza, 11th …) where there is one; otherwise butSeeInForce drops the Palacios-Becerril clause (Mar. 24, 2006) and, before Martinez-Ramos (July 29, 1999), the whole sentence. Giving these outcomes one sentence of their own would undo the circuit's lead, so the runtime keeps the later case out (truth-table rows, 1998 and 2003 with no circuit)" },
  { rule: "post-sentencing-rehabilitation", field: "butSee", names: ["Palacios-Becerril"], reason: "runtime: the two windows before Palacios-Becerril (Mar. 24, 2006) keep the rule's sentence, which it leads: butSeeInForce drops it whole, and defaultButSee puts the circuit's own binding case there where there is one (Abreu-Cabrera, 2d; Sims, 8th) — one sentence of their own would undo that (truth-table rows, 2003)" },
  { rule: "revocation-sentence", field: "butSee", names: ["Leiva-Deras", "Moreno-Cisneros"], reason: "runtime: the outcomes that reach briefs before Leiva-Deras (Feb. 17, 2004) keep the rule's sentence, which it leads: butSeeInForce drops it whole, and defaultButSee puts the brief's circuit's own binding case there where there is one (Compian-Torres in a 2003 Fifth Circuit brief, Moreno-Cisneros in a Ninth) — one sentence of the outcome's own would undo that (truth-table rows, 5th Cir. and no circuit, 2003)" },
];

describe("audit 14 D4: no authority is named before it was decided", () => {
  const all = hits();
  const allowed = (h: Hit) =>
    ALLOW.some((a) => a.rule === h.rule && a.names.includes(h.name) && (a.field ? h.text : h.text.slice(Math.max(0, h.at - 200), h.at + h.name.length + 200)).includes(a.near));
  const known = (h: Hit) =>
    h.fallback
      ? KNOWN_FALLBACK.some((k) => k.rule === h.rule && h.field === `rule's ${k.field}` && k.names.includes(h.name))
      : KNOWN.some((k) => k.rule === h.rule && k.names.includes(h.name));
  it("every mention of a case decided after the outcome's earliest brief date is allowed (said to come later) or a listed defect", () => {
    const bad = all.filter((h) => !allowed(h) && !known(h)).map((h) => `${h.rule} #${h.outcome} ${h.field}: ${h.name} (${h.decided}) for briefs from ${h.start}: …${h.text.slice(Math.max(0, h.at - 60), h.at + 60)}…`);
    assert.deepEqual(bad, []);
  });
  it("every allow-list entry is used and gives a reason", () => {
    for (const a of ALLOW) {
      assert.ok(a.reason.length > 15, a.rule);
      for (const n of a.names) assert.ok(all.some((h) => h.rule === a.rule && h.name === n && allowed(h)), `${a.rule}: ${n} / "${a.near}" matches nothing`);
    }
  });
  it("every known defect still occurs (remove an entry when its defect is fixed)", () => {
    for (const k of KNOWN) for (const n of k.names) assert.ok(all.some((h) => !h.fallback && h.rule === k.rule && h.name === n && !allowed(h)), `${k.rule}: ${n} no longer occurs unmarked`);
  });
  it("every known defect of a rule-level fallback still occurs (remove an entry when its defect is fixed)", () => {
    for (const k of KNOWN_FALLBACK) {
      assert.ok(k.reason.length > 15, k.rule);
      assert.ok(!k.reason.startsWith("runtime:") || k.field === "butSee", `${k.rule}: only a "But see" sentence is cut at run time`);
      for (const n of k.names)
        assert.ok(all.some((h) => h.fallback && h.field === `rule's ${k.field}` && h.rule === k.rule && h.name === n && !allowed(h)), `${k.rule} (rule's ${k.field}): ${n} no longer occurs unmarked`);
    }
  });
  it("an outcome without its own advice or \"But see\" is read with the rule's; an outcome of level none is not", () => {
    const r: Rule = { id: "x", instead: "Ask for a variance (after Booker).", butSee: "", holdings: [], outcomes: [{ until: "2004-01-01", basis: "b", butSee: "" }, { level: "none", basis: "b" }] };
    assert.deepEqual(texts(r, r.outcomes[0]).map((t) => t.field), ["basis", "rule's instead", "butSee"]);
    assert.deepEqual(texts(r, r.outcomes[1]).map((t) => t.field), ["basis"]);
    // a Seventh Circuit outcome led by its own binding case gets that case, not the rule's Ninth Circuit sentence
    const d: Rule = {
      id: "y",
      butSee: "But see United States v. Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999).",
      holdings: [
        { cite: "United States v. Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999)", decided: "1999-07-29", bindingIn: ["9"], effect: "forecloses" },
        { cite: "United States v. Gonzalez-Portillo, 121 F.3d 1122 (7th Cir. 1997)", decided: "1997-08-19", bindingIn: ["7"], effect: "forecloses" },
      ],
      outcomes: [{ circuits: ["7"], lead: "United States v. Gonzalez-Portillo", basis: "b" }],
    };
    assert.equal(texts(d, d.outcomes[0], "1997-08-19")[2].text, "But see United States v. Gonzalez-Portillo, 121 F.3d 1122 (7th Cir. 1997).");
    assert.equal(texts(d, d.outcomes[0], "1997-01-01")[2].text, d.butSee);
  });
  it("the check finds the audit's own examples (a text naming Bustillos-Pena for a 2004 brief)", () => {
    const r: Rule = { id: "x", holdings: [{ cite: "United States v. Bustillos-Pena, 612 F.3d 863 (5th Cir. 2010)", decided: "2010" }], outcomes: [{ from: "2004-01-01", basis: "The Fifth Circuit held it does not count (Bustillos-Pena, 2010)." }] };
    const [start] = window(r, 0);
    assert.equal(start, "2004-01-01");
    assert.ok(dateOf("Bustillos-Pena", r.outcomes[0].basis as string, 40) > start);
  });
});
