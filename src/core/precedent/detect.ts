/**
 * Cue-based argument detector: which rules' arguments a paragraph's sentences make.
 *
 * Linear in the text: each sentence is normalised once (same length, so offsets survive) and
 * scanned once; at every word start, only the cues filed under that word's first letters are
 * tried. No regular expressions.
 */
import { sentencesOf, isAlnum } from "../brief/sentences";
import {
  STRONG_CUES, PRESENT_CUES, WEAK_CUES, HOLDING_CUES, GRANT_CUES, DENIAL_PREFIXES, GROUND_PHRASES, GOVERNMENT_SUBJECTS, DEPARTURE_CUES, VARIANCE_CUES,
  CR_CONTEXT_CUES, TOPICS,
} from "./cues";
import { RULE_IDS, type Detection, type Framing, type RuleId } from "./types";
import { C2_WORDS } from "./facts";
import { Literals } from "./literals";

type Tag =
  | { k: "strong" } | { k: "present" } | { k: "weak" } | { k: "grant" } | { k: "hold" } | { k: "dep" } | { k: "var" } | { k: "cr" }
  | { k: "topic"; rule: RuleId; alt: number; group: number }
  | { k: "excl"; rule: RuleId }
  | { k: "pexcl"; rule: RuleId }
  | { k: "hexcl"; rule: RuleId };

interface Cue {
  text: string;
  tags: Tag[];
  /** The kinds of its tags, one bit each (`KIND`): which kinds a cue has, without walking its tags. */
  kinds: number;
  /** Its place in the order the key index was tried (set with the trie: `buildTrie`), to order hits at one word start. */
  rank: number;
}

const KIND = { strong: 1, present: 2, weak: 4, grant: 8, hold: 16, dep: 32, var: 64, cr: 128, topic: 256, excl: 512, pexcl: 1024, hexcl: 2048 } as const;

const KEY_LEN = 4;
const index = new Map<string, Cue[]>();
const byText = new Map<string, Cue>();

function keyOf(cue: string): string {
  let n = 0;
  while (n < cue.length && n < KEY_LEN && cue[n] !== " ") n++;
  return cue.slice(0, n);
}

function add(text: string, tag: Tag): void {
  let cue = byText.get(text);
  if (!cue) {
    cue = { text, tags: [], kinds: 0, rank: 0 };
    byText.set(text, cue);
    const key = keyOf(text);
    const list = index.get(key) ?? [];
    list.push(cue);
    index.set(key, list);
  }
  cue.tags.push(tag);
  cue.kinds |= KIND[tag.k];
}

for (const c of STRONG_CUES) add(c, { k: "strong" });
for (const c of PRESENT_CUES) add(c, { k: "present" });
for (const c of WEAK_CUES) add(c, { k: "weak" });
for (const c of HOLDING_CUES) add(c, { k: "hold" });
for (const c of GRANT_CUES) add(c, { k: "grant" });
for (const c of DEPARTURE_CUES) add(c, { k: "dep" });
for (const c of VARIANCE_CUES) add(c, { k: "var" });
for (const c of CR_CONTEXT_CUES) add(c, { k: "cr" });
for (const rule of RULE_IDS) {
  const t = TOPICS[rule];
  t.alts.forEach((groups, alt) => groups.forEach((g, group) => { for (const c of g) add(c, { k: "topic", rule, alt, group }); }));
  for (const c of t.exclude ?? []) add(c, { k: "excl", rule });
  for (const c of t.paragraphExclude ?? []) add(c, { k: "pexcl", rule });
  for (const c of t.headingExclude ?? []) add(c, { k: "hexcl", rule });
}

/** Same-length normalisation: lower case, dashes/hyphens/NBSP/newlines → space, curly quotes → straight. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length except for a few characters (e.g. "İ"); then lower ASCII only.
  const src = lower.length === text.length ? lower : text;
  const asciiOnly = src !== lower;
  // most sentences have nothing to map beyond lower case: then the lower-cased text is the result
  if (!asciiOnly) {
    let plain = true;
    for (let i = 0; i < src.length && plain; i++) {
      const c = src.charCodeAt(i);
      plain = !(c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0xa0 || c === 10 || c === 13 || c === 9 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d);
    }
    if (plain) return lower;
  }
  const codes = new Uint16Array(src.length);
  for (let i = 0; i < src.length; i++) {
    let c = src.charCodeAt(i);
    if (asciiOnly && c >= 65 && c <= 90) c += 32;
    else if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0xa0 || c === 10 || c === 13 || c === 9) c = 32;
    else if (c === 0x2018 || c === 0x2019) c = 39;
    else if (c === 0x201c || c === 0x201d) c = 34;
    codes[i] = c;
  }
  let out = "";
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode.apply(null, codes.subarray(k, k + 8192) as unknown as number[]);
  return out;
}

/** Verbs that introduce a party's own words: 'Defendant argues that "…"', 'contends that his "…"', 'sought "a variance to …"'. */
const PARTY_QUOTE_VERBS = new Set([
  "argues", "argued", "contends", "contended", "asserts", "asserted", "claims", "claimed", "maintains", "maintained",
  "requests", "requested", "asks", "asked", "urges", "urged", "avers", "averred", "insists", "insisted", "submits",
  "submitted", "states", "stated", "posits", "describes", "explains", "explained", "sought", "seeks", "alleges", "alleged",
]);

/**
 * Is the quotation opening at `open` a party's words (from its motion or brief)? Up to six words
 * back, within the sentence, a party's verb whose subject is not the court or the government.
 * Such a quotation is the argument itself, not reasoning quoted against it.
 */
const AUXILIARIES = new Set(["has", "have", "had", "also", "then", "previously", "repeatedly"]);

function partyQuoted(t: string, open: number): boolean {
  let pos = open;
  for (let k = 0; k < 6; k++) {
    const w = previousWord(t, pos);
    if (w === "" || w.endsWith(".") || w.endsWith(";") || w.endsWith(":")) break;
    pos = t.lastIndexOf(w, pos - 1);
    if (pos < 0) break;
    if (PARTY_QUOTE_VERBS.has(w)) {
      let subject = previousWord(t, pos);
      // past an auxiliary to its subject: "we have explained that "…"" is the court's voice
      if (AUXILIARIES.has(subject)) subject = previousWord(t, t.lastIndexOf(subject, pos - 1));
      // …and past an aside set off by commas: "The district court, as Ramírez-Soto acknowledges, explained that "…"" is the
      // court's (review32 #24)
      if (subject.endsWith(",")) {
        const close = t.lastIndexOf(subject, pos - 1);
        const open = close > 0 ? t.lastIndexOf(",", close - 1) : -1;
        if (open > 0) subject = previousWord(t, open + 1).replace(/,$/, "");
      }
      return !COURT_SUBJECTS.has(subject) && !subject.startsWith("government") && subject !== "it" && subject !== "we";
    }
  }
  return partyOpens(t, open);
}

/**
 * Does the sentence open with a party and its verb ("Defendant asserts that the following … exist: (1) he is
 * "the sole available caregiver …""; past an opening phrase: "On appeal, Vega-Castillo requests that this court …
 * order the district court "to consider the disparity …"")? Every quotation of such a sentence is the party's words.
 * So is a quotation that opens on the party's verb right after the party ('However, Villar "sought adjustment of his
 * sentence under the 'fast track' …"').
 */
function partyOpens(t: string, open: number): boolean {
  let words = t.slice(0, open).split(" ", 10);
  // (past an opening phrase of up to four words that ends in a comma: "on appeal,", "at sentencing,", "however,")
  for (let k = 0; k < 4 && k < words.length - 1; k++) {
    if (!words[k].endsWith(",")) continue;
    words = words.slice(k + 1);
    break;
  }
  if (words.length > 0 && words[words.length - 1] === "") words = words.slice(0, -1);
  for (let k = 1; k < words.length && k <= 4; k++) {
    if (!PARTY_QUOTE_VERBS.has(words[k])) continue;
    // "Defendant asserts …", "He argues …", or a name ("Ramirez contends …", "Mr. Vega Castillo requests …");
    // not the court in its own voice ("We explained …") nor another court ("The Fifth Circuit stated …")
    if (!partyNamed(words.slice(0, k))) return false;
    // …and no other voice takes over before the quotation ("Defendant argues that …, but we have explained that "…"")
    const between = " " + t.slice(0, open).split(" ").slice(k + 1).join(" ") + " ";
    return !turnsToAnotherVoice(between);
  }
  // the quotation opens right after the party, on the party's verb
  if (words.length === 0 || words.length > 4 || !partyNamed(words)) return false;
  const first = t.slice(open + 1, open + 24).split(" ", 1)[0];
  return PARTY_QUOTE_VERBS.has(first);
}

/** Are these words (a sentence's subject, lower case) a party: a party word last, or a name of one or two words? */
function partyNamed(subject: readonly string[]): boolean {
  if (subject.length === 0) return false;
  if (PARTY_SUBJECTS.has(subject[subject.length - 1])) return true;
  const name = TITLES.has(subject[0]) ? subject.slice(1) : subject;
  return name.length >= 1 && name.length <= 2 && name.every((w) => /^[a-z]+$/.test(w) && !NOT_PARTY_OPENERS.has(w));
}
const TITLES = new Set(["mr.", "ms.", "mrs.", "dr."]);
const NOT_PARTY_OPENERS = new Set(["we", "it", "they", "this", "that", "congress", "commission", "court", "courts", "government", "prosecutors",
  "judge", "judges", "justice", "circuit", "circuits", "panel", "the", "a", "an", "other", "some", "many", "several", "most", "these", "those",
  "our", "its", "their", "his", "her", "statute", "section", "guidelines", "guideline", "note", "amendment", "rule", "report", "commentators",
  "district", "appeals", "supreme", "majority", "dissent", "opinion", "there", "here", "one", "both", "each", "all", "any", "counsel"]);
/** Words by which a sentence turns from the party to another voice (the court's, the government's, the law's). */
const TURNS = [" but ", " however", " although ", " though ", " whereas ", " while ", " we ", " circuit", " panel", " judge",
  " held", " holds", " explained", " government", " prosecut", " commission", " congress", " see ", " under "];
/** A court as the subject of a verb of saying or ruling, or its decision named ("the court's decision in …, which …"): a
 * court named as the request's object ("asks this court to order the district court "to consider …"") is not another voice.
 * (A circuit, a panel or a judge turns the voice wherever it stands: TURNS.) */
const COURT_SPEAKS = / courts?'s? (?:decision|opinion|holding|ruling|order|reasoning|finding)\b| courts?(?:'s?)? (?:[a-z]+ )?(?:held|holds|found|finds|explained|stated|states|noted|notes|said|says|concluded|reasoned|observed|ruled|recognized|determined|rejected|wrote|writes|has|had|have|agreed|disagreed|opined|emphasized|acknowledged|is|was|were|put|described|characterized|called|cited|quoted)\b/;

/** Does another voice take over in these words (a sentence's part between the party's verb and a quotation)? */
function turnsToAnotherVoice(between: string): boolean {
  return TURNS.some((w) => between.includes(w)) || COURT_SPEAKS.test(between);
}

/**
 * A cite to the party's own filing right after a quotation ('"… under the 'fast track' of Section 5K3.1 …." Appellant's
 * Br. at 13', '(Def.'s Mot. at 4)'): the quotation is the party's words, whoever quotes them.
 */
const PARTY_FILING_CITE = /^[.,;]?"?\s*\(?(?:appellant|appellants|defendant|defendants|def\.|petitioner|pet'r|movant|mov\.)'s? (?:opening |reply |supplemental |sentencing |pro se )?(?:br\.|brief|mot\.|motion|mem\.|memo\.|memorandum|obj\.|objections?|pet\.|petition)/;

/** Blank quoted passages of eight words or more (the court's reasoning quoted by the writer). */
export function maskLongQuotes(norm: string): string {
  if (!norm.includes('"')) return norm;
  const parts: string[] = [];
  let copied = 0;
  let open = -1;
  let words = 0;
  // a quotation after one that is the party's, in the same sentence, is the party's too ('seeks release "to reduce his
  // risk …" and "to recognize his … rehabilitation"')
  let partys = false;
  let closed = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i];
    if (c !== '"') {
      if (open !== -1 && c !== " " && (i === open + 1 || norm[i - 1] === " ")) words++;
      continue;
    }
    if (open === -1) {
      open = i;
      words = 0;
      continue;
    }
    // …until another voice takes over between them ('"…," but the court found that "…"')
    if (partys && turnsToAnotherVoice(" " + norm.slice(closed, open) + " ")) partys = false;
    if (!partys && partyQuoted(norm, open)) partys = true;
    if (words >= 8 && !partys && !PARTY_FILING_CITE.test(norm.slice(i + 1, i + 48))) {
      parts.push(norm.slice(copied, open), " ".repeat(i - open + 1));
      copied = i + 1;
    }
    open = -1;
    closed = i + 1;
  }
  parts.push(norm.slice(copied));
  return parts.join("");
}

export interface Hit {
  cue: Cue;
  start: number;
  end: number;
}

/**
 * Every cue, in a trie by character: from a word start, one walk down the trie finds every cue
 * that `matchAt` would have matched there (a space in a cue is an edge that takes a run of spaces).
 * Built on first use from the cues in sorted order, as arrays (first child, next sibling,
 * character, cue ending here): no object per node. `rank` keeps the order in which the key index
 * was tried (key length, then the order cues were filed under their key), so hits come out in the
 * order a scan of the index gave them.
 */
interface Trie {
  first: Int32Array;
  next: Int32Array;
  char: Int32Array;
  end: (Cue | undefined)[];
  /** The root's children by character (below 256). */
  root: Int32Array;
}
let TRIE: Trie | undefined;

function buildTrie(): Trie {
  const cues: Cue[] = [];
  for (const [key, list] of index) {
    // (a cue with no key is never tried: it cannot start at a word start)
    if (key.length === 0) continue;
    list.forEach((cue, k) => {
      cue.rank = key.length * 1_000_000 + k;
      cues.push(cue);
    });
  }
  cues.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  let size = 1;
  for (const c of cues) size += c.text.length;
  // node 0 is the root, and 0 also means "none" (the root is no one's child)
  const first = new Int32Array(size);
  const next = new Int32Array(size);
  const char = new Int32Array(size);
  const last = new Int32Array(size);
  const end: (Cue | undefined)[] = new Array(size).fill(undefined);
  const root = new Int32Array(256);
  let nodes = 1;
  const path = [0];
  let prev = "";
  for (const cue of cues) {
    const t = cue.text;
    let lcp = 0;
    while (lcp < t.length && lcp < prev.length && t.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    for (let d = lcp; d < t.length; d++) {
      const parent = path[d];
      const n = nodes++;
      const c = t.charCodeAt(d);
      char[n] = c;
      // sorted input: a new child comes after its parent's other children
      if (last[parent]) next[last[parent]] = n;
      else first[parent] = n;
      last[parent] = n;
      if (parent === 0 && c < 256) root[c] = n;
      path[d + 1] = n;
    }
    end[path[t.length]] = cue;
    prev = t;
  }
  return { first, next, char, end, root };
}

export function scan(t: string): Hit[] {
  const { first: FIRST, next: NEXT, char: CHAR, end: END, root: ROOT } = (TRIE ??= buildTrie());
  const hits: Hit[] = [];
  // (isWordStart, with the character before carried over from the last step rather than read again)
  let alnumBefore = false;
  for (let i = 0; i < t.length; i++) {
    const alnum = isAlnum(t.charCodeAt(i));
    const wordStart = alnum && !alnumBefore;
    alnumBefore = alnum;
    if (!wordStart) continue;
    const from = hits.length;
    let node = 0;
    let p = i;
    for (;;) {
      const cue = END[node];
      if (cue) hits.push({ cue, start: i, end: p });
      if (p >= t.length) break;
      const c = t.charCodeAt(p);
      let child: number;
      if (node === 0 && c < 256) child = ROOT[c];
      else {
        child = FIRST[node];
        while (child !== 0 && CHAR[child] < c) child = NEXT[child];
        if (child !== 0 && CHAR[child] !== c) child = 0;
      }
      if (child === 0) break;
      node = child;
      // (bounded: charCodeAt past the end is NaN, never 32, but reading there deoptimised scan)
      if (c === 32) while (p < t.length && t.charCodeAt(p) === 32) p++;
      else p++;
    }
    // several cues at one word start: in the order the index was tried
    if (hits.length - from > 1) {
      const here = hits.splice(from).sort((a, b) => a.cue.rank - b.cue.rank);
      for (const h of here) hits.push(h);
    }
  }
  return hits;
}

/** The word before `at` (skipping spaces). */
function previousWord(t: string, at: number): string {
  let e = at;
  while (e > 0 && t[e - 1] === " ") e--;
  let s = e;
  while (s > 0 && t[s - 1] !== " ") s--;
  return t.slice(s, e);
}

const NEGATORS = new Set(["not", "never", "no", "neither", "nor", "cannot"]);

/** "did not argue", "has never asked", "no party has argued": up to three words back. */
function negated(t: string, at: number): boolean {
  let pos = at;
  for (let k = 0; k < 3; k++) {
    const w = previousWord(t, pos);
    if (w === "") return false;
    if (NEGATORS.has(w) || w.endsWith("n't")) return true;
    // stop at a clause boundary
    if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":")) return false;
    pos = t.lastIndexOf(w, pos - 1);
    if (pos <= 0) return false;
  }
  return false;
}

/** Words that, up to four words before an exclusion cue, turn it around ("ineligible for the safety valve"). */
const EXCLUSION_NEGATORS = new Set(["not", "never", "no", "ineligible", "absent", "without", "cannot"]);

function exclusionNegated(t: string, at: number): boolean {
  let pos = at;
  for (let k = 0; k < 6; k++) {
    const w = previousWord(t, pos);
    if (w === "") return false;
    if (EXCLUSION_NEGATORS.has(w) || w.endsWith("n't")) return true;
    if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(".")) return false;
    pos = t.lastIndexOf(w, pos - 1);
    if (pos <= 0) return false;
  }
  return false;
}

/** "would have received …", "could have been granted …": the words just before are a counterfactual. */
function hypothetical(t: string, at: number): boolean {
  const w1 = previousWord(t, at);
  if (w1 !== "have" && w1 !== "been") return false;
  const p1 = t.lastIndexOf(w1, at - 1);
  const w2 = p1 > 0 ? previousWord(t, p1) : "";
  if (w2 === "would" || w2 === "could" || w2 === "might") return true;
  if (w2 !== "have") return false;
  const p2 = t.lastIndexOf(w2, p1 - 1);
  const w3 = p2 > 0 ? previousWord(t, p2) : "";
  return w3 === "would" || w3 === "could" || w3 === "might";
}

/** The word after `at` (skipping spaces). */
function nextWord(t: string, at: number): string {
  let s = at;
  while (s < t.length && t[s] === " ") s++;
  let e = s;
  while (e < t.length && t[e] !== " ") e++;
  return t.slice(s, e);
}

/** Possessives that make an argument noun a party's ("the defendant's request", "his argument", "Ruiz's motion"). */
function partyPossessive(w: string): boolean {
  if (w === "his" || w === "her" || w === "their") return true;
  if (!possessive(w)) return false;
  return !w.startsWith("government") && !w.startsWith("court") && !w.startsWith("commission") && !w.startsWith("congress") && !w.startsWith("circuit");
}

/** Adjectives between an owner and an argument noun ("Ruiz's remaining contention"). */
const NOUN_ADJECTIVES = new Set(["remaining", "principal", "only", "sole", "main", "primary", "final", "first", "second", "third",
  "alternative", "related", "further", "other", "last", "central", "core", "new", "renewed", "latest", "pending"]);

/** The word that owns the noun at `at`, skipping one adjective. */
function ownerWord(t: string, at: number): string {
  const w = previousWord(t, at);
  if (!NOUN_ADJECTIVES.has(w)) return w;
  const pos = t.lastIndexOf(w, at - 1);
  return pos > 0 ? previousWord(t, pos) : w;
}

/** The sentence opens by naming another case: "In United States v. Rodriguez, …", "In Gomez, …". */
function recountsCase(t: string): boolean {
  let i = 0;
  while (i < t.length && t[i] === " ") i++;
  if (!t.startsWith("in ", i)) return false;
  // "In that case the defendant sought a downward departure …" (the case the sentence before named)
  if (THAT_CASE.test(t.slice(i, i + 60))) return true;
  const comma = t.indexOf(",", i);
  if (comma === -1 || comma - i > 80) return false;
  const opener = t.slice(i, comma);
  return opener.includes(" v. ") || opener.includes(" v ");
}

/** "In that case the defendant …", "In that appeal, the panel …": the case named before, recounted (not "In that case, a variance is warranted"). */
const THAT_CASE = /^in that (?:case|appeal|decision),? the (?:defendant|appellant|petitioner|movant|court|panel|government|en banc court)\b/;

/** Words naming the party whose argument is reported. */
const PARTY_WORDS = new Set(["defendant", "defendants", "appellant", "appellants", "movant", "petitioner", "mr", "ms", "mrs", "defense", "counsel", "him", "her"]);

/** A word without the punctuation around it ("appellant," → "appellant"; "mr." → "mr"). */
function letters(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && (w.charCodeAt(s) < 97 || w.charCodeAt(s) > 122)) s++;
  while (e > s && (w.charCodeAt(e - 1) < 97 || w.charCodeAt(e - 1) > 122)) e--;
  return w.slice(s, e);
}

/** "the court asked", "the judge requested": the court, not a party, is asking. */
const COURT_SUBJECTS = new Set(["court", "judge", "panel", "magistrate", "commission", "congress"]);

/** "the court asked" — but not "his letter to the Court explains …" (the court is the addressee). */
const COURT_VERB_FILLERS = new Set(["has", "have", "had", "long", "also", "repeatedly", "consistently", "previously", "itself", "again", "expressly", "specifically"]);

function courtIsSubject(t: string, at: number): boolean {
  const w = previousWord(t, at);
  if (COURT_SUBJECTS.has(w)) return !t.slice(0, at).trimEnd().endsWith("to the " + w);
  // "Judge Ruiz asked", "The Sentencing Commission has long asserted": the court's (or the
  // Commission's) word up to three words back, with no party word or clause break between.
  // Between them only auxiliaries and adverbs ("has long"), or the judge's name right after "Judge".
  let pos = at;
  const between: string[] = [];
  for (let k = 0; k < 3; k++) {
    const prev = previousWord(t, pos);
    if (prev === "" || prev.endsWith(",") || prev.endsWith(";") || prev.endsWith(":") || (prev.endsWith(".") && prev.length > 3)) return false;
    const p = t.lastIndexOf(prev, pos - 1);
    if (p < 0) return false;
    if (COURT_SUBJECTS.has(prev) || prev === "justice") {
      const named = between.length === 1 && (prev === "judge" || prev === "justice" || prev === "magistrate") && !PARTY_SUBJECTS.has(between[0]);
      const auxiliaries = between.every((w) => COURT_VERB_FILLERS.has(w));
      return (named || auxiliaries) && !t.slice(0, p + prev.length).trimEnd().endsWith("to the " + prev);
    }
    between.push(prev);
    pos = p;
  }
  return false;
}

/**
 * Is a lawmaker the sentence's subject — it opens with the Commission, Congress or the legislature
 * ("The Sentencing Commission has long …"), or opens with a participle whose subject follows the
 * comma ("Invoking § 3553(a)(6), Congress authorized …")?
 */
const LAWMAKERS = new Set(["commission", "congress", "legislature"]);

/** `t.trim().split(" ").filter((w) => w !== "").slice(0, n)`, without splitting the whole sentence. */
function firstWords(t: string, n: number): string[] {
  const s = t.trim();
  const out: string[] = [];
  let i = 0;
  while (i < s.length && out.length < n) {
    let e = s.indexOf(" ", i);
    if (e === -1) e = s.length;
    if (e > i) out.push(s.slice(i, e));
    i = e + 1;
  }
  return out;
}

function institutionSpeaks(t: string): boolean {
  // the first words decide, almost always: the whole sentence is split only where they do not
  return institutionOpens(firstWords(t, 16), false) ?? institutionOpens(firstWords(t, Infinity), true)!;
}

/** institutionSpeaks on a sentence's first words (`complete`: all of them); undefined where more words are needed. */
function institutionOpens(words: string[], complete: boolean): boolean | undefined {
  let i = 0;
  while (i < words.length && (words[i] === "the" || words[i] === "united" || words[i] === "states" || words[i] === "sentencing" || words[i] === "u.s.")) i++;
  if (i === words.length && !complete) return undefined;
  if (i < words.length && LAWMAKERS.has(letters(words[i]))) return true;
  // a participial opener: the first clause ends at a comma, and the lawmaker opens the next
  if (words.length > 0 && words[0].endsWith("ing")) {
    // (a first comma among the first 16 words is the sentence's first comma; none there is none before the eighth)
    const comma = words.findIndex((w) => w.endsWith(","));
    if (comma >= 0 && comma < 8) {
      let j = comma + 1;
      while (j < words.length && (words[j] === "the" || words[j] === "sentencing")) j++;
      if (j === words.length && !complete) return undefined;
      if (j < words.length && LAWMAKERS.has(letters(words[j]))) return true;
    }
  }
  return false;
}

/**
 * A defence filing's issue presented ("I. Whether the district court erred in measuring the "sentence imposed" … by adding a
 * later revocation term …"): the question opens the sentence and asks whether the court below erred — the appellant's
 * claim, not an issue framed for anyone.
 */
const ISSUE_OF_ERROR = /^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)] )?whether (?:the )?(?:district |trial |sentencing |lower )?(?:court|judge)(?: below)? (?:erred|abused|committed|failed|plainly erred|clearly erred|improperly|wrongly|incorrectly|mistakenly)\b/;

/** "whether the court should …": an issue framed, not an argument pressed. */
function framedAsQuestion(t: string, at: number): boolean {
  return t.slice(Math.max(0, at - 70), at).includes("whether");
}

function governmentSpeaks(t: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 40), at);
  for (const g of GOVERNMENT_SUBJECTS) if (before.includes(g)) return true;
  return false;
}

/** Does a paragraph (normalised) talk about compassionate release? */
/** Does the sentence name compassionate release itself (not a relief any motion after sentence asks)? */
function namesCompassionateRelease(norm: string): boolean {
  // (§ 3582(c)(1)(B), the motion a statute permits — a First Step Act § 404 motion's —, is not compassionate release)
  return norm.includes("compassionate") || norm.includes("extraordinary and compelling") || (norm.includes("3582(c)(1)") && norm.replaceAll("3582(c)(1)(b)", "").includes("3582(c)(1)")) || norm.includes("1b1.13");
}

function hasCr(hits: Hit[]): boolean {
  return hits.some((h) => (h.cue.kinds & KIND.cr) !== 0);
}

interface SentenceScan {
  start: number;
  end: number;
  norm: string;
  hits: Hit[];
  /** "The defendant in Pepper asked …": the party of another case (a capitalised name follows "defendant in"). */
  otherCase: boolean;
  /** "Defendants Ruiz and Lopez argue …": the plural names this case's parties, not litigants in general. */
  namedParties: boolean;
  /** governmentIsSubject(norm) and genericOpening(norm), read once (three stages ask). */
  governmentSubject: boolean;
  genericOpening: boolean;
  /** Each rule's topic hits (computed once, on first use: `topicHits`). */
  topics?: Map<RuleId, TopicHits>;
  /** A heading's own text (its offsets are not the paragraph's). */
  text?: string;
}

/**
 * Detections for one paragraph. `text` is the masked prose of the whole brief (offsets are
 * into it); [start, end) is the paragraph.
 */
export function detectParagraph(text: string, start: number, end: number): Detection[] {
  return readParagraph(text, start, end).detections;
}

/** What the cue stages saw in a paragraph, for the learned stage and the trace. */
export interface ParagraphEvidence {
  /** Per rule: "complete" when one sentence names the whole topic, "partial" when the paragraph names all but one part. */
  topics: Map<RuleId, "complete" | "partial">;
  /** Topic words per rule (for the trace). */
  topicWords: Map<RuleId, string[]>;
  /** Paragraph-level exclusions (another ground named in the rule's own terms). */
  excluded: Set<RuleId>;
  /** Speaker and stance seen in any sentence. */
  partyArgues: boolean;
  /** A party's motion, request, argument or burden is named (MOTION_WORDS). */
  motion: boolean;
  request: boolean;
  holding: boolean;
  grant: boolean;
  denied: boolean;
  government: boolean;
  generic: boolean;
  compassionate: boolean;
  departure: boolean;
  variance: boolean;
  /** A sentence asks the court to deny or reject ("The Court should deny the motion because …"): the opponent's voice. */
  opposes: boolean;
  /** Every sentence that names a topic states the law for anyone ("a court may consider …", "courts must …"). */
  generalLaw: boolean;
  /**
   * The paragraph names a § 3582(c)(2) motion (a retroactive guideline amendment) and no statutory minimum, stacked
   * § 924(c) counts or change in the law (no first group of compassionate-release-mandatory-minimum): a plea for the
   * amended range, not for going below a minimum ("Moore moved for a sentence reduction under § 3582(c)(2), arguing that
   * his range under the amended guidelines would be 70 to 87 months").
   */
  amendmentWithoutMinimum: boolean;
  /** The paragraph pleads in an advocate's words ("unfortunately", "injustice", "no valid basis", "we ask"). */
  tone: boolean;
  /** 0-based offsets (into `text`) of each sentence, and each sentence's topic rules. */
  /** …and whether the sentence's party disclaims an argument ("he does not dispute …", "nor does he argue …"). */
  sentences: { start: number; end: number; rules: RuleId[]; otherCase: boolean; disclaims: boolean }[];
  /** Rules a sentence names while its party disclaims arguing them ("he does not ask the Court to treat his conduct in prison as a reason for release"). */
  disclaimed: ReadonlySet<RuleId>;
}

/** The law for anyone: an indefinite court or defendant (or courts) with a modal — "a court may consider …", "courts cannot …". */
const GENERAL_LAW = /\b(?:(?:a|any|every) (?:sentencing |district |reviewing )?(?:court|judge|defendant)|courts|district courts|sentencing courts|defendants) (?:may|must|can|cannot|could|should|is permitted|are permitted|is not permitted|are not permitted|has discretion|have discretion|lacks|lack)\b/;

/** The law for any prisoner or movant: "A prisoner must demonstrate …", "a defendant's claim for compassionate release must show …". */
const ANYONE = /\b(?:a|an|any|every) (?:federal )?(?:prisoner|inmate|movant|petitioner|incarcerated person|defendant's (?:claim|motion|request))\b/;
const ANYONE_MODAL = /\b(?:may|must|can|cannot|could|should|is required|is eligible|is not eligible)\b/;
/**
 * ANYONE, then a modal later on the same line: two linear searches, where one pattern with ".*" between them backtracks
 * polynomially on a long line (the redos test). The first subject on a line leaves the most room for the modal, so
 * searching after it alone decides the line.
 */
function anyoneLaw(t: string): boolean {
  // the lines "." keeps to
  for (const line of t.split(/[\n\r\u2028\u2029]/)) {
    const m = ANYONE.exec(line);
    if (m && ANYONE_MODAL.test(line.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** A court's holding recited as the law: "the Supreme Court ruled that …", "the Ninth Circuit has held …", "courts have held …". */
const COURT_HOLDS = /\b(?:the supreme court|the court of appeals|the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|d\.c\.) circuit|courts|circuits) (?:has |have |had )?(?:held|ruled|holds|concluded|recognized|explained|reasoned)\b/;

/** A ground denied as the law: "… do not alone establish extraordinary and compelling reasons", "… cannot constitute …". */
const NEGATED_GROUND = /\b(?:cannot|can not|do not|does not|is not|are not|may not)(?: \w+){0,2} (?:constitute|establish|qualify|amount to|suffice|be considered)\b/;

/** A court's own act recounted ("the court noted his efforts toward rehabilitation", "the court considered Steele's age"). */
const COURT_RECOUNTS = /\bthe (?:district |sentencing |trial )?(?:court|judge) (?:also |further |then )?(?:noted|considered|took into account|referenced|acknowledged|found|concluded|recognized|reasoned|explained|departed|reduced|granted|denied|declined|imposed|observed|emphasized|weighed)\b/;

/** The opponent's request: that the court deny, reject or dismiss. */
const OPPOSES = /\b(?:should|must|ought to|to) (?:deny|reject|refuse|dismiss)\b|\bopposes\b|\bin opposition\b/;
/** Can OPPOSES match? Each of its branches contains one of these words: five substring searches, where the pattern is tried at every word of every sentence. */
function mayOppose(t: string): boolean {
  return t.includes("oppos") || t.includes("deny") || t.includes("reject") || t.includes("refuse") || t.includes("dismiss");
}

/** The brief's author as the speaker of a sentence with no party verb (a defence filing states its own argument). */
const AUTHOR_CUE: Cue = { text: "(author)", tags: [{ k: "strong" }], kinds: KIND.strong, rank: 0 };
/** The same, where only the section's heading argues ("## A Departure Is Appropriate" over a sentence that weighs nothing). */
const HEADING_CUE: Cue = { text: "(author, by the heading)", tags: [{ k: "strong" }], kinds: KIND.strong, rank: 0 };
export const AUTHOR_TRIGGER = "the brief's author (a defence filing)";
/** Words by which a defence filing's own sentence weighs or asks (lower case, normalised). */
export const AUTHOR_ARGUES = [
  "should", "warrant", "because", "justif", "merit", "deserve", "overstat", "excessive", "unfair", "unjust", "entitled",
  // (matched anywhere in the sentence, so a short word is given its word start: "ask", not the "ask" of "task"; "urge", not
  // "surgery"; "erred", not "deferred adjudication" or "referred")
  "appropriate", "greater than necessary", " ask", "request", " urge", "respectfully", "submit", "compelling", "would create",
  "would result", "the court can", "the court may", "calls for", "supports a", "support a", "counsels", "in light of",
  // the court's power, asserted: "The Court has authority to reduce his sentence below the minimum."
  "court has authority", "court has the authority", "court has discretion", "court has the discretion", "court has the power",
  "court is free to", "court is authorized", "court is empowered", "this court can", "this court may",
  // …or its freedom from a rule the filing concedes: "The Court, however, is not bound to let a violation of probation …
  // set the length of a federal sentence", "nothing in § 3553(a) requires it to carry that difference"
  "not bound to", "need not", "nothing in § 3553",
  // a departure's standard or a ground's weight asserted: "a range that is unusual in a way the Commission did not
  // consider", "A sanction for missed appointments says nothing about how serious the drug sale was"
  "did not consider", "not adequately", "says nothing about",
  // a ground named as a reason: "… is a reason to impose a lower sentence", "… makes a long sentence unnecessary"
  "a reason to", "a reason for", "reasons to", "a basis for", "grounds for", "unnecessary",
  // a hedged ask: "… permits the Court to consider that gap", "… weighs in favor of a lower sentence", "… militates
  // against a longer term", "a sentence of 24 months is sufficient", "… is longer than it needs to be"
  "permits the court", "allows the court", "authorizes the court", "authorizes this court", "the court could", "the court should",
  // a limit denied: "… sets no floor other than …", "it does not limit a later reduction Congress separately authorized"
  "sets no floor", "is not a floor", "no floor on", "does not limit a", "weighs in favor", "weigh in favor", "weighs in his favor",
  "weighs in her favor", "in his favor", "in her favor", "militat", "cuts against", "counts in favor", "is sufficient", "would be sufficient",
  "than it needs to be", "than necessary", "no need for", "a factor the court", "deserves weight", "deserve weight", "mitigat",
  // the offence weighed: "A reentry driven by a genuine fear of being killed is less blameworthy than the ordinary case."
  "less culpable", "less blameworthy",
  // …or the offender set apart from the guideline's: "A man who returns to give his child a chance to survive is not the
  // offender the reentry guideline contemplates", "outside the heartland"
  "not the offender", "not the kind of offender", "not the typical offender", "not the typical defendant", "outside the heartland",
  "sets this case apart", "set this case apart", "sets him apart", "sets her apart", "apart from the typical", "lower culpability", "reduced culpability", "lesser culpability", "diminished culpability",
  // an appellant's claim of error: "The district court erred in treating the sentence imposed on his probation violation as …"
  " erred", "abused its discretion", "was error", "plain error",
  // an objection to the presentence report: "The PSR reaches 'more than 13 months' only by adding a two-year term imposed
  // on revocation …", "the enhancement was incorrectly applied", "Defendant objects to paragraph 14"
  "objects to", "object to", "only by", "incorrect", "erroneous", "improperly", "does not apply", "the correct enhancement",
  // …or its conclusion stated: "Under the Guidelines Manual that applies here, that revocation does not count." (probe pq)
  "does not count", "cannot count", "may not count",
];

/** Counsel who left a ground out, in a § 2255 motion: "my attorney did not make any argument about", "counsel never told the judge". */
const COUNSEL_OMITTED = /\b(?:lawyer|attorney|counsel)\b[^.;]{0,40}?\b(?:did not|didn't|never|failed to|did nothing to)\b[^.;]{0,30}?\b(?:argu|rais|object|tell|told|mention|ask|request|present|explain|point|say|said)/;

/** …and the same with counsel named in the sentence before: "He never told the judge that it was a small amount …". */
const HE_OMITTED = /^(?:he|she)\b[^.;]{0,20}?\b(?:did not|didn't|never|failed to|did nothing to)\b[^.;]{0,30}?\b(?:argu|rais|object|tell|told|mention|ask|request|present|explain|point|say|said)/;
const COUNSEL = /\b(?:lawyer|attorney|counsel)\b/;

/** AUTHOR_ARGUES as one automaton (one pass over a sentence rather than one per word). */
let AUTHOR_WORDS: Literals | undefined;
/** AUTHOR_ARGUES without "because" (under a heading that computes the range). */
let AUTHOR_WORDS_BUT_BECAUSE: Literals | undefined;
/** A heading over the range's computation: "Guideline Calculation", "Calculation of the Advisory Range", "Offense Level", "Criminal History Category". */
const CALCULATION_HEADING = /\b(?:calculation|calculations|computation|offense level|criminal history (?:category|score|points))\b/;

/** Words by which a defence filing's sentence asks now, in the present tense (lower case, normalised). */
const AUTHOR_ASKS_NOW = ["is warranted", "are warranted", "is appropriate", "would be appropriate", "is justified", "should depart", "should grant", "we ask", "we request",
  "respectfully ask", "respectfully request", "respectfully move", "asks the court", "asks this court", "requests that", "requests a", "merits a", "warrants a"];
/** A past request or a court's act reported: background, not the filing asking now. */
const REPORTED = ["requested", "argued", "urged", "contended", "sought", "asked", "moved", "denied", "granted", "declined", "appeals", "appealed", "affirm"];

/** A sentence of a defence filing that speaks of the client: a courtesy title, "this case", "here". */
function turnsToClient(t: string): boolean {
  return t.includes("mr. ") || t.includes("ms. ") || t.includes("mrs. ") || t.includes("this case") || t.includes(" here ") || t.endsWith(" here.") || t.includes("my client") || t.includes("our client");
}

/** Does the sentence name part of a compassionate-release ground's topic (a rule read only in such a motion)? */
function namesReleaseGround(s: SentenceScan): boolean {
  // a rule read only in such a motion, or an alternative of a rule that is ("If I were sentenced today …": a change in the law)
  return s.hits.some((h) => h.cue.tags.some((t) => t.k === "topic" && (TOPICS[t.rule].needsCr === true || (TOPICS[t.rule].altNeedsCr?.includes(t.alt) ?? false))));
}

export interface ParagraphContext {
  /** The paragraph is in a compassionate-release motion or under such a heading. */
  compassionate?: boolean;
  /** Who wrote the brief: in a defence filing the author argues what it states. */
  author?: "defense" | "government";
  /**
   * A filing after sentence whose ground is what the court should weigh now (a Rule 35 motion, a resentencing memorandum)
   * — not a § 2255 motion, whose ground is an error at the sentencing and whose prison record is background, nor a motion
   * to reduce sentence, often a compassionate-release or § 404 motion: there the filing supplies a ground's time after
   * sentence and its relief (`afterSentence` in a rule file).
   */
  reliefAfterSentence?: boolean;
  /**
   * A motion after judgment under no statute that permits it (a pro se "motion for reduction of sentence" or "for downward
   * departure" filed after the sentence): the filing supplies the time after sentence of `afterJudgment` in a rule file.
   */
  afterJudgment?: boolean;
  /** …a departure motion by its title ("Motion for Downward Departure …"), whose vehicle `departure-after-sentencing` warns of. */
  departureMotion?: boolean;
  /** A § 2255 motion: what counsel failed to argue is the movant's ground (ineffective assistance). */
  collateral?: boolean;
  /**
   * A § 3582(c)(2) or First Step Act § 404 motion by its title: a paragraph of it is in a compassionate-release context
   * only where it names compassionate release itself ("extraordinary and compelling", § 3582(c)(1)) — "reduce his sentence
   * to time served" is that motion's own relief (probe pq).
   */
  crWordsOnly?: boolean;
  /** The headings in force over the paragraph, outermost first (a brief's section title may name the argument's topic). */
  headings?: readonly string[];
  /** The paragraph before, where this one points back to it ("That gap …", "such programs"): it may name the ground. */
  before?: string;
  /**
   * The paragraph's own run-in heading ("**Release plan.** He will live with …", "**3553(a).** I took every class …"): it
   * may rule a ground out as a heading does, but lends neither topic nor voice (the section's heading still does).
   */
  runIn?: string;
}

/** The last heading read (paragraphs come in order, most under the heading of the one before): read once, not per paragraph. */
let lastHeading: SentenceScan | undefined;

/** The heading a paragraph sits directly under, read like a sentence (its topic words may name what the section argues). */
function headingScan(ctx: ParagraphContext): SentenceScan | undefined {
  const h = ctx.headings?.[ctx.headings.length - 1];
  if (!h) return undefined;
  if (lastHeading?.text === h) return lastHeading;
  return (lastHeading = wholeScan(h, normalize(h)));
}

/** A text read like one sentence of its own (a heading, the paragraph before): its own words, at its own offsets. */
function wholeScan(text: string, norm: string): SentenceScan {
  return sentenceScan(0, text.length, norm, scan(norm), false, false, false, false, undefined, text);
}

/**
 * A SentenceScan built field by field in one order, whatever it is made from (a sentence, a heading, a copy): one object
 * shape for all of them, so the optimised code that reads them stays valid (a spread copy or a literal with one field
 * more had maps of their own).
 */
function sentenceScan(
  start: number, end: number, norm: string, hits: Hit[], otherCase: boolean, namedParties: boolean, governmentSubject: boolean, genericOpening: boolean,
  topics: Map<RuleId, TopicHits> | undefined, text: string | undefined,
): SentenceScan {
  return { start, end, norm, hits, otherCase, namedParties, governmentSubject, genericOpening, topics, text };
}

/** The rules a paragraph-wide (`pexcl`) or heading (`hexcl`) exclusion among these hits cancels. */
function excludeBy(hits: Hit[], k: "pexcl" | "hexcl", into: Set<RuleId>): void {
  // (the kind's bit by a test, not `KIND[k]`: a keyed read by two names deoptimised it)
  const bit = k === "pexcl" ? KIND.pexcl : KIND.hexcl;
  for (const h of hits) if (h.cue.kinds & bit) for (const t of h.cue.tags) if (t.k === k) into.add(t.rule);
}

/** The trigger for a topic word a paragraph takes from its heading. */
export const FROM_HEADING = " (the heading)";
/** A heading's words that name only the relief a filing asks, not a ground for it. */
const RELIEF_ONLY = new Set(["reduction", "reductions", "reduce", "reduced", "relief", "depart", "departure", "departures", "downward", "vary", "variance", "variances", "lower sentence", "leniency", "modification", "modify", "lower", "release"]);

/** A sentence that says the quotation before it describes this case: "This is such a case.", "That is what happened here." */
const ADOPTS_QUOTE = /^(?:and )?(?:this|that|his|hers|mr\.? [a-z-]+'s|ms\.? [a-z-]+'s) (?:is|was) (?:precisely |exactly |just )?(?:such a|that|this|one such|the) case\b|^(?:that|this) is (?:exactly |precisely )?what (?:has )?happened here\b|^(?:that|this|both|each|all|they|it) (?:describes?|fits?) (?:this|his|her|mr\.? [a-z-]+'s|ms\.? [a-z-]+'s) (?:case|conviction|prior|offense|situation)\b|^(?:both|each|all|the|these|those) (?:prongs?|factors?|conditions?|circumstances?|criteria|elements?) (?:fits?|appl(?:y|ies)|(?:is|are) (?:present|met|satisfied))(?: here\b| in this case\b|\.?$)/;

/** The trigger for a topic word a sentence takes from the paragraph before, to which it points back. */
export const FROM_BEFORE = " (the paragraph before)";

/**
 * A sentence that points back to a ground named before it: "That gap is not the product of anything he did", "such
 * programs", "this disparity". A paragraph whose opening does so may take the ground from the paragraph before.
 */
const BACK_TO_BEFORE = /\b(?:that|this|those|these|such|such an?) (?:(?:kind|kinds|sort|type) of )?(?:gap|disparity|disparities|difference|program|programs|policy|policies|practice|practices|offer|benefit|option|reason|term|burden|burdens|consequence|consequences|hardship|hardships)\b|\b(?:program|programs|disparity|disparities|policy) of (?:this|that) (?:kind|sort|type)\b/i;
export function pointsBackToBefore(text: string): boolean {
  return BACK_TO_BEFORE.test(text);
}

/** The paragraph before read like a sentence, for the topic a pointing-back sentence takes from it. */
function beforeScan(text: string): SentenceScan {
  return wholeScan(text, maskLongQuotes(normalize(text)));
}

/** Does the sentence name the part of a ground that a filing after sentence does not supply itself (`afterSentence`)? */
function namesAfterSentenceGround(s: SentenceScan): boolean {
  for (const [rule, th] of (s.topics ??= topicsOf(s))) {
    const supplied = TOPICS[rule].afterSentence;
    if (!supplied || th.excluded) continue;
    if (TOPICS[rule].alts[0].every((_, g) => supplied.includes(g) || th.groups.has(groupKey(0, g)))) return true;
  }
  return false;
}

/** The trigger a filing after sentence gives for the parts of a ground it supplies. */
export const AFTER_SENTENCE_TRIGGER = "the filing (a motion after sentence)";

export function readParagraph(text: string, start: number, end: number, ctx: ParagraphContext = {}, withEvidence = true): { detections: Detection[]; evidence?: ParagraphEvidence; disclaimed?: ReadonlySet<RuleId> } {
  // (arrays filled by push from a literal, never made by `map`: an empty `map` result has another elements kind, whose
  // map the optimised code built on non-empty ones does not expect — it deoptimised readParagraph, evidenceOf, neighbours)
  const spans = sentencesOf(text, start, end);
  const sentences: SentenceScan[] = [];
  for (const s of spans) {
    const raw = text.slice(s.start, s.end);
    const norm = maskLongQuotes(normalize(raw));
    sentences.push(sentenceScan(s.start, s.end, norm, scan(norm), namesOtherCasesParty(raw), namesParties(raw), governmentIsSubject(norm), genericOpening(norm), undefined, undefined));
  }
  // a quotation the next sentence adopts as this case's ("Application Note 7 recognizes that "[t]here may be cases in which
  // the applicable offense level substantially overstates …" … This is such a case.") is the writer's own ground: read
  // the quoted words (only in a filing that says who wrote it)
  // (the sentences whose quotation is adopted, kept for the author's voice below)
  const adopted = new Set<number>();
  if (ctx.author) {
    for (let i = 0; i + 1 < sentences.length; i++) {
      const s = sentences[i];
      if (!ADOPTS_QUOTE.test(sentences[i + 1].norm) && !(i + 2 < sentences.length && ADOPTS_QUOTE.test(sentences[i + 2].norm))) continue;
      adopted.add(i);
      const norm = normalize(text.slice(s.start, s.end));
      // (the copy by sentenceScan, not a spread: one shape for every SentenceScan)
      if (norm !== s.norm) sentences[i] = sentenceScan(s.start, s.end, norm, scan(norm), s.otherCase, s.namedParties, s.governmentSubject, s.genericOpening, undefined, s.text);
    }
  }
  // (…and a paragraph of a motion after judgment that asks a departure: "reduce his sentence to time served" is then the
  // departure's relief, not compassionate release — probe px-028)
  const crWordsOnly = ctx.crWordsOnly || (!!ctx.afterJudgment && sentences.some((s) => s.norm.includes("depart")));
  const crParagraph = !!ctx.compassionate || (crWordsOnly ? sentences.some((s) => namesCompassionateRelease(s.norm)) : sentences.some((s) => hasCr(s.hits)));
  const heading = headingScan(ctx);
  const before = ctx.before ? beforeScan(ctx.before) : undefined;
  // a paragraph that opens by pointing back ("Since 2012 the Department has authorized a program of this kind …"): any of
  // its sentences may take the ground from the paragraph before, not only one that points back itself
  const opensBack = !!before && sentences.length > 0 && BACK_TO_BEFORE.test(sentences[0].norm);
  const excludedRules = new Set<RuleId>();
  for (const s of sentences) excludeBy(s.hits, "pexcl", excludedRules);
  // (…not where the paragraph names what the exclusion spares: `paragraphExcludeUnless`)
  for (const rule of excludedRules) {
    const unless = TOPICS[rule].paragraphExcludeUnless;
    if (unless && sentences.some((s) => unless.some((w) => s.norm.includes(w)))) excludedRules.delete(rule);
  }
  if (heading) excludeBy(heading.hits, "hexcl", excludedRules);
  if (ctx.runIn) {
    const n = normalize(ctx.runIn);
    excludeBy(scan(n), "hexcl", excludedRules);
  }
  const args: ArgumentScan[] = [];
  for (const s of sentences) args.push(argumentOf(s));
  // the sentences' own denials, before the filing's context gives any sentence a voice
  const denied: boolean[] = [];
  for (const a of args) denied.push(a.denied);
  // In a defence filing the author is the default speaker: a sentence that states a ground with no
  // one else's voice (no holding, no government, no case recounted, no litigants in general, no
  // question) is the author's argument — "A downward departure is warranted because …".
  if (ctx.author === "defense") {
    // A section whose heading argues ("## Geography Should Not Decide the Length of His Sentence", "The Court Should Vary
    // Downward") makes its claim there: a sentence under it that states a ground ("Had he been arrested in Arizona he would
    // have been offered an early-disposition plea …") is that claim's ground, though it weighs nothing itself.
    const headingArgues = !!heading && !heading.norm.includes("whether") && (AUTHOR_WORDS ??= new Literals([AUTHOR_ARGUES])).scan(heading.norm) > 0;
    const calculating = !!heading && !headingArgues && CALCULATION_HEADING.test(heading.norm);
    sentences.forEach((s, i) => {
      const a = args[i];
      const t = s.norm;
      // In a § 2255 motion the ground is what counsel left out: "My attorney did not make any argument about the prior
      // case", "Counsel never told the judge that …" — a negated argument that is the movant's own claim.
      if (ctx.collateral && !a.hold && (COUNSEL_OMITTED.test(t) || (i > 0 && HE_OMITTED.test(t) && COUNSEL.test(sentences[i - 1].norm)))) {
        args[i] = argumentScan({ ...a, denied: false, cue: { cue: AUTHOR_CUE, start: 0, end: 0 }, lendable: a.lendable ?? { cue: AUTHOR_CUE, start: 0, end: 0 } });
        return;
      }
      // the text quoted as the standard that the next sentence says this case meets ("Application Note 6 provides that a
      // departure may be warranted where … 'overstates the seriousness …' Both prongs fit here."): the author's ground
      if (!a.denied && adopted.has(i) && t.includes('"')) {
        args[i] = argumentScan({ ...a, hold: false, cue: { cue: AUTHOR_CUE, start: 0, end: 0 }, lendable: a.lendable ?? { cue: AUTHOR_CUE, start: 0, end: 0 } });
        return;
      }
      if (a.hold || a.denied) return;
      // the filing asks now for a departure ("A downward departure for cultural assimilation is warranted because …"): a
      // present request, which departure-framing reads (a departure the Manual in force may no longer have)
      const asksNow = !a.present && t.includes("depart") && AUTHOR_ASKS_NOW.some((w) => t.includes(w)) && !REPORTED.some((w) => t.includes(w)) && !t.includes("whether") && !recountsCase(t) && !t.includes(" v. ");
      const present = asksNow ? { cue: AUTHOR_CUE, start: 0, end: 0 } : a.present;
      if (a.cue) {
        if (asksNow) args[i] = argumentScan({ ...a, present });
        return;
      }
      // a generic opening ("Defendants in Arizona routinely receive …") is the author's point when the sentence turns to the
      // client ("… should not add two years to Mr. Diaz's sentence")
      if (s.governmentSubject || (s.genericOpening && !turnsToClient(t)) || s.otherCase || recountsCase(t) || t.includes(" v. ") || (t.includes("whether") && !ISSUE_OF_ERROR.test(t))) return;
      // the law stated for anyone, or a court's holding recited ("A prisoner must show extraordinary and compelling reasons, and
      // rehabilitation alone does not suffice.", "In Pepper, the Supreme Court ruled that …"): the filing's statement of the
      // standard, not its ground — unless the sentence turns to the client ("… and Mr. Diaz is such a defendant")
      // (the client first: a few includes, where the five patterns are five passes; all pure, so the order is free)
      if (!turnsToClient(t) && (GENERAL_LAW.test(t) || anyoneLaw(t) || COURT_HOLDS.test(t) || NEGATED_GROUND.test(t) || COURT_RECOUNTS.test(t))) return;
      // A statement of fact ("His only prior was a 1994 sale of marijuana.") is not yet an argument:
      // the author argues where the sentence weighs or asks ("warranted because", "should", "unwarranted").
      // In a compassionate-release motion the motion is the request: the movant's own sentence on a
      // ground of release ("I have taken every class I could …", "My father is paralyzed …") offers it.
      // So is a motion after sentence that asks for relief now: the movant's sentence on the ground it supplies the rest
      // of ("Since I was sentenced I earned my GED …" in a Rule 35 motion; not in a § 2255 motion, where it is background).
      // Under a heading that computes the range ("I. Guideline Calculation", "Offense Level"), "because" explains a step
      // ("Because the revocation occurred before he was deported, the sentence imposed includes the revocation term …"):
      // there the author weighs only with another of the words (an objection's "erred", "should not", "overstates").
      const words = calculating ? (AUTHOR_WORDS_BUT_BECAUSE ??= new Literals([AUTHOR_ARGUES.filter((w) => w !== "because")])) : (AUTHOR_WORDS ??= new Literals([AUTHOR_ARGUES]));
      const weighs = words.scan(t) !== 0 || (ctx.compassionate && namesReleaseGround(s)) || (ctx.reliefAfterSentence && namesAfterSentenceGround(s));
      if (!weighs && !headingArgues) return;
      // (the heading's claim: the sentence itself must then name the ground — it may not also take its topic from the heading)
      const by = weighs ? AUTHOR_CUE : HEADING_CUE;
      args[i] = argumentScan({ ...a, cue: { cue: by, start: 0, end: 0 }, lendable: a.lendable ?? { cue: by, start: 0, end: 0 }, present });
    });
  }
  const out: Detection[] = [];
  const after: AfterSentence = ctx.reliefAfterSentence ? "relief" : ctx.afterJudgment ? "judgment" : "none";
  sentences.forEach((s, i) => {
    if (signalCitation(s.norm)) return;
    let found = detectSentence(s, neighbours(sentences, i, denied), crParagraph, text, args[i], after, heading, before, opensBack);
    // A brief often states the facts in one sentence and asks in the next ("He returned because
    // the gang had given him 72 hours to pay or die. The Court should weigh that …"). A sentence
    // whose topic is complete on its own, with no argument cue and no holding, may take the
    // request of the sentence that follows it, if that one has no holding either. Only the
    // following one: after "Defendant asks for 30 months." the next sentence is usually
    // background ("His probation was revoked in 2007 …"), not the ground of the request.
    // An issue framed ("whether …") or a case recounted (" v. ") takes no one's request.
    // A case cited for the court's power ("Under United States v. Camacho-Arellano, the Court may take a disparity of this
    // kind into account.") may take the next sentence's request when that one points back ("We submit that it deserves
    // real weight here."): the law applied to this case, not a case recounted.
    const citesCase = s.norm.includes(" v. ");
    if (found.length === 0 && !args[i].cue && !args[i].hold && !args[i].denied && !s.norm.includes("whether") && (!citesCase || COURT_POWER.test(s.norm))) {
      for (const j of [i + 1, i + 2]) {
        if (citesCase && (j !== i + 1 || !sentences[j] || !pointsBack(sentences[j].norm))) break;
        // Two sentences on only across a sentence with no cue of its own (more facts): "the only reason
        // this is a twelve-level enhancement is the revocation. The underlying sentence was suspended.
        // We're asking you to vary to where he'd be without it."
        if (j === i + 2 && (!args[i + 1] || args[i + 1].cue || args[i + 1].hold || args[i + 1].denied)) break;
        const a = args[j];
        if (!a || a.hold || a.denied || !a.lendable) continue;
        // From two sentences on, the request must point back ("without it", "that progress") or
        // supply part of the topic, and must not name a ground of its own ("because of his diabetes"):
        // "He received probation. He has lived here since fifteen. He asks for a variance because of
        // his diabetes." is another ground after background.
        if (j === i + 2 && (sentences[j].norm.includes("because") || GROUND_PHRASES.some((g) => sentences[j].norm.includes(g)))) continue;
        found = detectSentence(s, [], crParagraph, text, argumentScan({ ...args[i], cue: a.lendable, lentFrom: sentences[j], farLent: j === i + 2 }), after, heading, before);
        if (found.length) break;
      }
    }
    // A Q&A summary: "Q: What did the defendant argue? A: That his sentence was unreasonable because …" —
    // the answer takes the party's verb of the question.
    if (found.length === 0 && i > 0 && startsWithLabel(s.norm, "a") && startsWithLabel(sentences[i - 1].norm, "q")) {
      const q = args[i - 1];
      if (q.lendable && !q.hold && !q.denied && !args[i].hold && !args[i].denied) {
        found = detectSentence(s, [], crParagraph || hasCr(sentences[i - 1].hits), text, argumentScan({ ...args[i], cue: q.lendable, lentFrom: sentences[i - 1] }));
      }
    }
    // The law stated, then the party's request to apply it, pointing back: "Pepper … holds that … the court may consider
    // rehabilitation since the prior sentencing. Mr. Hargrove asks the Court to do exactly that …" — the request is made on
    // the ground the holding names (the issue's "'it' resolves to what the sentence before named").
    if (found.length === 0 && args[i].hold && !args[i].denied && i + 1 < sentences.length) {
      const a = args[i + 1];
      if (a.lendable && !a.hold && !a.denied && POINTS_BACK.test(sentences[i + 1].norm) && !sentences[i + 1].norm.includes("because")) {
        found = detectSentence(sentenceScan(s.start, s.end, s.norm, s.hits, false, s.namedParties, s.governmentSubject, s.genericOpening, s.topics, s.text), [], crParagraph, text, argumentScan({ ...args[i], hold: false, cue: a.lendable, lentFrom: sentences[i + 1] }));
      }
    }
    for (const d of found) if (!excludedRules.has(d.rule)) out.push(d);
  });
  // A paragraph in which the party says it does not make an argument ("To be clear: Mr. Pruitt does not ask the Court to
  // treat his conduct in prison as a reason for release, and he does not contend that his rehabilitation is an extraordinary
  // and compelling reason …", probe pq) makes none of that rule in the author's default voice: the record it sets out there
  // is told for another purpose. A sentence that turns ("… nonetheless", "but") or a party's own verb still argues.
  const disclaimer = disclaimedRules(sentences, args);
  const disclaimed = disclaimer && disclaimer.rules.size ? disclaimer.rules : undefined;
  // (…and the disclaiming sentence's own detections: "We do not offer his prison record as a reason for release" is no request)
  const kept = disclaimer ? out.filter((d) => !inDisclaimer(sentences, disclaimer.disclaiming, d.start) && (!disclaimed || !disclaimed.has(d.rule) || d.triggers[0] !== AUTHOR_TRIGGER || turnsFromDisclaimer(sentences, d.start))) : out;
  return { detections: kept, evidence: withEvidence ? evidenceOf(sentences, args, excludedRules, crParagraph, text, disclaimed) : undefined, disclaimed };
}

/** A party disclaiming an argument itself (not conceding a fact or a calculation, as "does not dispute" does). */
const DISCLAIMS_ARGUMENT = /\b(?:does|do) not (?:argue|contend|claim|assert|suggest|move for|rely on|offer|present|press|(?:ask|seek)(?: the| this)? court|(?:ask for|seek) (?:relief|a departure|a variance|a reduction|release|a lower sentence))\b|\bnor (?:does|did|do) \S+(?: \S+)? (?:argue|contend|claim|press)\b|\bdoes not press it\b/;

/**
 * The rules a sentence of the paragraph names while its party disclaims arguing them, or undefined; `disclaiming` gets
 * the bit of each disclaiming sentence (its own detections go too). A disclaimer is the brief's position now — present
 * tense ("does not contend", "do not offer"), not a past event ("at his original sentencing he did not ask …") nor
 * another's words ("The government says he did not offer …") — and disclaims only a topic it names whole (every part of
 * one of the rule's alternatives: "he does not contend that the six-level increase overstates the seriousness of the 2006
 * theft"), never "… alone", "solely", "by itself", which argue a ground in combination (review of session 31). A prison
 * record disclaimed by pointing at it ("We do not offer that record as a reason for release"; "His prison record is set
 * out because …; it is not a ground for the motion") disclaims the rehabilitation rules only, where the sentence before or
 * the sentence itself names that record.
 */
function disclaimedRules(sentences: SentenceScan[], args: ArgumentScan[]): { rules: Set<RuleId>; disclaiming: number } | undefined {
  let out: Set<RuleId> | undefined;
  let disclaiming = 0;
  const rehabilitation = (x: SentenceScan) => topicHits(x, "post-sentencing-rehabilitation").groups.size > 0 || topicHits(x, "compassionate-release-rehabilitation").groups.size > 0;
  const addRehabilitation = () => {
    (out ??= new Set()).add("post-sentencing-rehabilitation");
    out.add("compassionate-release-rehabilitation");
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // (every disclaimer says "not" or "nor": most sentences are passed over without a pattern)
    if (!s.norm.includes("not ") && !s.norm.includes("nor ")) continue;
    const impersonal = (s.norm.includes(" is not ") || s.norm.includes(" are not ") || s.norm.includes("not offered") || s.norm.includes("not presented") || s.norm.includes("not relied")) && NOT_A_GROUND.test(s.norm);
    // (the filing's own request said not to rest on a topic it names: "This request does not rest on his immigration status
    // or on the conditions he may face after sentencing", probe pt-059)
    // (…not where the next sentence says what it does rest on: "… does not rest on good behavior in the abstract. It rests on
    // what twenty-six years of rehabilitation mean …", probe pt-060)
    // …and not for a ground the next sentence says it does rest on: "… does not rest on good behavior in the abstract. It
    // rests on what twenty-six years of rehabilitation mean …" (probe pt-060)
    const restsNot = !impersonal && s.norm.includes(" not ") && REQUEST_RESTS_NOT.test(s.norm);
    // (…or what it argues instead: "His motion does not rest on any medical condition, family circumstance, or change in the
    // law. Instead, he argues that the ten-year minimum is unjust …" — audit 40b, qb-025: the family ground it disclaims was noted)
    const restsOn = restsNot && i + 1 < sentences.length && (/\b(?:rests|relies|depends|turns) on\b/.test(sentences[i + 1].norm) || /^(?:instead|rather)\b/.test(sentences[i + 1].norm)) ? sentences[i + 1] : undefined;
    // (…or a point conceded whole: "Mr. Rebolledo does not challenge on appeal the inclusion of the revocation term …; under
    // the commentary … that term counts" — not where the sentence turns: "does not dispute …, but argues …", probe pt-058)
    const concedes = args[i].disclaims && CONCEDES_POINT.test(s.norm) && !TURNS_WITHIN.test(s.norm);
    if (!impersonal && !restsNot && !concedes && !(args[i].disclaims && (DISCLAIMS_ARGUMENT.test(s.norm) || counselDisclaims(s.norm) !== -1))) continue;
    // a concession the next sentence turns from ("Mr. Arévalo does not contend that his mother's illness excused the
    // offense. But the reason he returned matters.") disclaims nothing of the argument that follows
    if (i + 1 < sentences.length && TURNS_FROM_CONCESSION.test(sentences[i + 1].norm) && !restsOn) continue;
    if (IN_COMBINATION.test(s.norm) || othersWords(s.norm)) continue;
    if (impersonal) {
      if (rehabilitation(s) || (i > 0 && rehabilitation(sentences[i - 1]))) {
        disclaiming |= 1 << Math.min(i, 30);
        addRehabilitation();
      }
      continue;
    }
    if (restsOn && rehabilitation(restsOn) && rehabilitation(s)) continue;
    disclaiming |= 1 << Math.min(i, 30);
    for (const [rule, th] of (s.topics ??= topicsOf(s))) if (!th.excluded && wholeTopic(rule, th) && !(restsOn && topicHits(restsOn, rule).groups.size > 0)) (out ??= new Set()).add(rule);
    // (a point conceded and the concession carried into the next sentence — "Mr. Herrera-Ocampo does not object to the
    // eight-level increase. The PSR correctly counts the two-year term the court imposed when it revoked his probation …" —
    // concedes that sentence's topic too: the revocation term counts, and the section argues another ground, probe pv-047)
    const next = concedes && i + 1 < sentences.length ? sentences[i + 1] : undefined;
    if (next && CONCESSION_GOES_ON.test(next.norm) && !TURNS_WITHIN.test(next.norm)) {
      disclaiming |= 1 << Math.min(i + 1, 30);
      for (const [rule, th] of (next.topics ??= topicsOf(next))) if (!th.excluded && wholeTopic(rule, th)) (out ??= new Set()).add(rule);
    }
    // the record pointed at and disclaimed as a ground: "We do not offer that record as a reason for release"
    if (OFFERED_AS_GROUND.test(s.norm) && (rehabilitation(s) || (i > 0 && rehabilitation(sentences[i - 1])))) addRehabilitation();
    // …and the grounds the sentences before set out, pointed at: "… does not ask the Court to reduce Mr. Hernández's
    // sentence on either basis" after his status and his reason for returning (probe pr-055)
    if (POINTS_TO_GROUNDS.test(s.norm)) for (let j = 0; j < i; j++) for (const [rule, th] of (sentences[j].topics ??= topicsOf(sentences[j]))) if (th.groups.size > 0 && !th.excluded) (out ??= new Set()).add(rule);
  }
  if (!out) return disclaiming ? { rules: new Set(), disclaiming } : undefined;
  // (a prison record disclaimed is disclaimed whichever vehicle reads it: rehabilitation after sentence, or as a reason for release)
  if (out.has("post-sentencing-rehabilitation") || out.has("compassionate-release-rehabilitation")) addRehabilitation();
  // …nor a rule another sentence of the paragraph argues in the party's own verb ("He does not argue that the enhancement
  // was misapplied. He asks the Court to vary because the 1999 conviction was a minor one"): the party argues it there, and
  // has said which version it does not press
  for (let i = 0; i < sentences.length; i++) {
    const a = args[i];
    if (i < 31 && (disclaiming & (1 << i)) !== 0) continue;
    if (!a.cue || a.cue.cue === AUTHOR_CUE || a.cue.cue === HEADING_CUE || a.denied || a.hold) continue;
    for (const [rule, th] of (sentences[i].topics ??= topicsOf(sentences[i]))) if (th.groups.size > 0) out.delete(rule);
  }
  return { rules: out, disclaiming };
}

/** Is every part of one of the rule's topic alternatives in these hits? */
function wholeTopic(rule: RuleId, th: TopicHits): boolean {
  const alts = TOPICS[rule].alts;
  for (let alt = 0; alt < alts.length; alt++) if (alts[alt].length > 0 && everyGroup(alts[alt].length, alt, th.groups)) return true;
  return false;
}

/** What the paragraph set out said to be no ground: "it is not a ground for the motion", "not offered as a reason for release". */
const NOT_A_GROUND = /\b(?:it|that|this|(?:that|this|the|his|her) record) is not (?:offered as |presented as |relied on as )?(?:a|an|the) (?:ground|reason|basis)\b|\bwhy (?:they|it) (?:are|is) not argued\b|\bnot (?:offered|presented|relied on|relied upon) as (?:a|an) (?:ground|reason|basis)\b/;

/** A party's point conceded, present tense: "does not challenge (dispute, contest) …". */
const CONCEDES_POINT = /\b(?:does|do) not (?:challenge|dispute|contest|object to)\b/;
/** The next sentence carries the concession on: "The PSR correctly counts the two-year term …" (probe pv-047). */
const CONCESSION_GOES_ON = /^(?:the (?:psr|presentence report|probation office|guideline|calculation|enhancement|increase)\b[^.;]{0,40}\b(?:correctly|properly)\b|(?:that|the) (?:calculation|enhancement|increase|count) is correct\b)/;
/** The filing's request (motion, argument) said not to rest on a ground: "This request does not rest on his immigration status …", "This motion does not ask the Court to revisit the length of his sentence in light of any later change in the law" (probe pz-045). */
const REQUEST_RESTS_NOT = /\b(?:this|the|our|his|her|mr\.? [a-z\u00c0-\u024f'-]+'s|ms\.? [a-z\u00c0-\u024f'-]+'s) (?:request|motion|argument|position) (?:does|do) not (?:(?:rest|rely|depend|turn) on|(?:ask|seek|request)(?: the| this)? court to)\b/;

/** A sentence that turns from what the one before conceded: "But …", "However, …", "Still, …", "Nonetheless, …". */
const TURNS_FROM_CONCESSION = /^(?:but|however|still|nonetheless|nevertheless|yet|instead|rather|even so)\b/;
/** …and a sentence that turns within itself ("… nonetheless", "but"): the same words anywhere (kept as two literals, which the ReDoS test reads). */
const TURNS_WITHIN = /\b(?:but|however|nonetheless|nevertheless|still|instead|rather|yet)\b/;

/** "… alone", "solely", "by itself": a ground argued in combination, not disclaimed. */
const IN_COMBINATION = /\b(?:alone|solely|by itself|by themselves|standing alone|on its own|on their own)\b/;
/**
 * Another's words or a past event, not the brief's position now ("The government says he did not …", "at his original
 * sentencing", "… below"). Linear searches one after another (one pattern with a bounded gap backtracks polynomially).
 */
function othersWords(norm: string): boolean {
  const m = OTHER_SPEAKER.exec(norm);
  if (m) {
    let tail = norm.slice(m.index, m.index + 80);
    const stop = tail.search(/[.;]/);
    if (stop !== -1) tail = tail.slice(0, stop);
    if (SPEAKS.test(tail)) return true;
  }
  if (AT_SENTENCING.test(norm)) return true;
  const below = norm.lastIndexOf("below");
  return below !== -1 && norm.length - below < 28 && !/[.;]/.test(norm.slice(below, norm.length - 1));
}
const OTHER_SPEAKER = /\b(?:government|prosecut|the court|judge|probation officer)\b/;
const SPEAKS = /\b(?:says|said|argues|argued|contends|contended|claims|claimed|asserts|asserted|found|held|notes|noted)\b/;
const AT_SENTENCING = /\bat (?:his|her|the) (?:original )?sentencing\b/;
/** Grounds the sentences before set out, pointed at: "on either basis", "on those grounds", "on any of these bases". */
const POINTS_TO_GROUNDS = /\bon (?:either|that|this|those|these|both|any of these|any of those|any such) (?:basis|bases|ground|grounds)\b/;
/** A record disclaimed as a ground by pointing at it: "… offer that record as a reason for release". */
const OFFERED_AS_GROUND = /\b(?:offer|present|rely on)\b[^.;]{0,40}? as (?:a|an|the) (?:reason|ground|basis)\b/;

/** Is the detection at `start` in a disclaiming sentence (`disclaiming`'s bits)? */
function inDisclaimer(sentences: SentenceScan[], disclaiming: number, start: number): boolean {
  if (disclaiming === 0) return false;
  for (let i = 0; i < sentences.length && i < 31; i++) if ((disclaiming & (1 << i)) !== 0 && sentences[i].start <= start && start < sentences[i].end) return true;
  return false;
}

/** Does the sentence at `start` turn from a disclaimer to an argument ("but", "however", "nonetheless", "still", "instead")? */
function turnsFromDisclaimer(sentences: SentenceScan[], start: number): boolean {
  const s = sentences.find((x) => x.start <= start && start < x.end);
  return !!s && TURNS_WITHIN.test(s.norm);
}

/** A party said not to make a claim, in the verb's base form ("does not claim", "did not assert", "never suggests"). */
const NOT_CLAIMED = /\b(?:does|did|do) not (?:claim|assert|allege|contend|suggest)\b|\bnever (?:claims|asserts|alleges|contends|suggests)\b/;
/**
 * A party disclaiming what it does not argue: "He does not dispute that the revocation term is part of the 'sentence
 * imposed'", "Nor does he argue on appeal that the prior offense was minor", "Mr. Lacayo-Pineda did not ask for that
 * variance below and does not press it here" — the party itself (not the government, whose "does not dispute that his
 * mother is incapacitated" concedes the party's ground) as the subject — a name with letters past ASCII too ("Mr. Montaño
 * does not move for a departure … and he does not contend that …", probe pq).
 */
/**
 * The sentence disclaims an argument and makes none after it: "Mr. Salas does not dispute that the 16-level enhancement
 * applies, but his 1998 conviction … overstates the seriousness of his record" argues after its "but" (review of session
 * 30: the whole sentence had been denied, and a revocation argument's warning lost).
 */
/** Could the sentence hold a party's disclaimer (`DISCLAIMS`, `counselDisclaims`: "does not", "do not", "did not", "nor does …")? */
function mayDisclaim(norm: string): boolean {
  return norm.includes("does not") || norm.includes("do not") || norm.includes("did not") || norm.includes("nor d");
}

function disclaims(norm: string): boolean {
  // (asked of most sentences, which have none of a disclaimer's words)
  if (!mayDisclaim(norm)) return false;
  const m = DISCLAIMS.exec(norm);
  const at = m ? m.index : counselDisclaims(norm);
  if (at === -1) return false;
  const end = m ? m.index + m[0].length : at + COUNSEL_NOT_ASKING.exec(norm.slice(at))!.index;
  // (nor one that argues before it: "Wright's arguments centered on … his family situation, but he did not claim any
  // individual medical condition …")
  const before = norm.slice(0, at);
  if (before.includes(" but ") || before.includes(";")) return false;
  // (nor counsel's omission, which is the movant's ground: "arguing that trial counsel rendered ineffective assistance
  // because he did not move for a downward departure …")
  if (before.includes("ineffective") || THIRD_PARTY_COUNSEL.test(before)) return false;
  const rest = norm.slice(end);
  // (a clause after ";" argues only where it weighs: "he does not dispute the enhancement; the 1999 conviction overstates
  // …" does, "we do not offer that record as a reason for release; this motion rests on his medical condition" does not)
  const semi = rest.indexOf(";");
  if (semi !== -1 && (AUTHOR_WORDS ??= new Literals([AUTHOR_ARGUES])).scan(rest.slice(semi)) !== 0) return false;
  return !(rest.includes(" but ") || rest.includes(" however") || rest.includes(" yet ") || rest.includes(" instead") || rest.includes(" rather") || rest.includes(" only to ") || rest.includes(" only for ") || rest.includes(", only "));
}
const DISCLAIMS = /\b(?:he|she|we|mr\.? [a-z\u00c0-\u024f'-]+(?: [a-z\u00c0-\u024f'-]+)?|ms\.? [a-z\u00c0-\u024f'-]+(?: [a-z\u00c0-\u024f'-]+)?|(?:the )?(?:defendant|appellant|movant|petitioner)) (?:does|did|do) not (?:dispute|challenge|object to|press|argue|contend|claim|assert|suggest|move for|rely on|offer|present|(?:ask|seek)(?: the| this)? court|(?:ask for|seek) (?:relief|a departure|a variance|a reduction|release|a lower sentence))\b|\bnor (?:does|did|do) (?:he|she|we|mr\.? [a-z\u00c0-\u024f'-]+(?: [a-z\u00c0-\u024f'-]+)?|ms\.? [a-z\u00c0-\u024f'-]+(?: [a-z\u00c0-\u024f'-]+)?|(?:the )?(?:defendant|appellant|movant|petitioner)) (?:argue|contend|claim|ask|dispute|challenge|press|seek)\b|\bdoes not press it\b/;

/**
 * Counsel — the brief's own — as the subject that disclaims ("Counsel has considered both matters and, in light of the
 * Eleventh Circuit's precedent, does not ask the Court to reduce his sentence on either basis", probe pr): the offset of
 * "counsel" (or "the defense"), or -1. Two linear searches, the second within 140 characters and one clause (a single
 * pattern with a bounded gap between them backtracks polynomially: the ReDoS test).
 */
function counselDisclaims(norm: string): number {
  const m = COUNSEL_SUBJECT.exec(norm);
  if (!m) return -1;
  let tail = norm.slice(m.index, m.index + 140);
  const stop = tail.search(/[.;]/);
  if (stop !== -1) tail = tail.slice(0, stop);
  return COUNSEL_NOT_ASKING.test(tail) ? m.index : -1;
}
const COUNSEL_SUBJECT = /\b(?:counsel|the defen[cs]e)\b/;
const COUNSEL_NOT_ASKING = /\b(?:does|do|did) not (?:ask|seek|argue|contend|press|rely on|offer)\b/;

/** Counsel other than the brief's own: the one a § 2255 movant faults ("trial counsel", "his attorney"). */
const THIRD_PARTY_COUNSEL = /\b(?:his|her|their|trial|prior|previous|former|plea|sentencing|appellate) (?:counsel|attorney|lawyer)\b/;

/** The court's power stated: "the Court may take … into account", "courts may consider", "this Court has discretion to …". */
const COURT_POWER = /\b(?:the|this|a) (?:sentencing |district )?court (?:may|can|could|has (?:the )?(?:discretion|authority|power))\b|\bcourts (?:may|can)\b/;

/** A request that points back to what the sentence before stated ("asks the Court to do exactly that", "to do so here", "to do the same"). */
const POINTS_BACK = /\b(?:to|should|must|may|can|will) (?:do|does) (?:exactly |precisely |just |the )?(?:that|so|same)\b|\b(?:to|should) (?:follow|apply) (?:that|it|this) (?:rule|holding|reasoning|here)\b/;

/**
 * Words that put a party's motion, request or burden in the paragraph even where no party verb of the
 * cue lexicon is the sentence's own ("moved for", "the motion", "failed to show that he was the only
 * available caregiver"): evidence of a party's voice for the learned stage, not a cue by themselves.
 */
export const MOTION_WORDS = [
  "moved for", "motion for", "his motion", "her motion", "the motion", "a motion", "his request", "her request", "the request",
  "argument", "contention", "sought", "seeks", "requested", "urged", "failed to show", "failed to demonstrate", "failed to establish",
  "failed to provide", "did not show", "has not shown", "had not shown", "not demonstrated", "was not entitled", "is not entitled",
  "defense counsel", "counsel for", "his counsel", "her counsel", "allocution",
];

/** Words that name a statutory minimum or a change in one (the Fair Sentencing Act's, the First Step Act's, stacked § 924(c) counts). */
const MINIMUM_WORDS = ["minimum", "mínimum", "mandatory", "statutory floor", "fair sentencing act", "fsa", "first step act", "924(c)", "stack", "851"];

function evidenceOf(sentences: SentenceScan[], args: ArgumentScan[], excluded: Set<RuleId>, cr: boolean, original: string, disclaimed: Set<RuleId> | undefined): ParagraphEvidence {
  const topics = new Map<RuleId, "complete" | "partial">();
  const topicWords = new Map<RuleId, string[]>();
  // "In United States v. Gomez, the defendant argued …": a sentence about another case's party
  const perSentence: ParagraphEvidence["sentences"] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    perSentence.push({ start: s.start, end: s.end, rules: [] as RuleId[], otherCase: s.otherCase || recountsCase(s.norm) || (args[i].hold && s.norm.includes(" v. ")), disclaims: args[i].denied && args[i].disclaims });
  }
  // the rules whose topic some sentence names (a rule no sentence names records nothing below, unless an alternative has no groups)
  const namedRules = new Set<RuleId>();
  for (const s of sentences) for (const [rule, th] of (s.topics ??= topicsOf(s))) if (th.groups.size > 0) namedRules.add(rule);
  for (const rule of RULE_IDS) {
    const def = TOPICS[rule];
    if (def.presentOnly) continue;
    if (!namedRules.has(rule) && !hasEmptyAlt(def.alts)) continue;
    const inPara = new Set<string>();
    const words: string[] = [];
    let complete = false;
    // (an alternative of no groups would be complete in any sentence; no rule file has one)
    const emptyAlt = hasEmptyAlt(def.alts);
    // (loops rather than forEach/every/filter with closures: those closures captured this block's variables, and each of
    // the 14 rules' iterations allocated a context for them, per paragraph — evidenceOf allocated the most of the analysis)
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const th = topicHits(s, rule);
      if (th.excluded) continue;
      // most sentences name none of a rule's topic words: nothing to record, nothing to complete
      if (th.groups.size === 0 && !emptyAlt) continue;
      let any = false;
      for (const [key, hs] of th.groups) {
        inPara.add(key);
        any = true;
        for (const h of hs) {
          let e = h.end;
          while (e < s.norm.length && isWordChar(s.norm.charCodeAt(e))) e++;
          if (words.length < MAX_TRIGGERS) words.push(original.slice(s.start + h.start, s.start + e));
        }
      }
      if (any) perSentence[i].rules.push(rule);
      if (!complete) for (let alt = 0; alt < def.alts.length; alt++) if (everyGroup(def.alts[alt].length, alt, th.groups)) complete = true;
    }
    let partial = false;
    for (let alt = 0; alt < def.alts.length; alt++) {
      const groups = def.alts[alt];
      let n = 0;
      for (let g = 0; g < groups.length; g++) if (inPara.has(groupKey(alt, g))) n++;
      if (n === groups.length || (groups.length > 1 && n === groups.length - 1 && inPara.has(groupKey(alt, def.anchor !== undefined && def.anchor >= 0 ? def.anchor : 0)))) partial = true;
    }
    if (complete) topics.set(rule, "complete");
    else if (partial) topics.set(rule, "partial");
    if (words.length) topicWords.set(rule, dedupe(words));
  }
  // MOTION_WORDS, C2_WORDS and TONE in the sentences joined by spaces, in one pass
  const norms: string[] = [];
  for (const s of sentences) norms.push(s.norm);
  const found = (PARAGRAPH_WORDS ??= new Literals([MOTION_WORDS, C2_WORDS, TONE])).scanJoined(norms, " ");
  const named = sentences.filter((_, i) => perSentence[i].rules.length > 0);
  // (a statutory minimum matters only where a § 3582(c)(2) motion is named)
  const amendmentWithoutMinimum = (found & 2) !== 0 && !namesMinimum(sentences, original);
  // the flags of the sentences and their arguments in one pass over each (where nine `some` calls with closures made
  // evidenceOf the costliest function of the analysis for the optimiser to compile); the same values (all pure)
  let partyArgues = false;
  let request = false;
  let holding = false;
  let denied = false;
  let departure = false;
  let variance = false;
  for (const a of args) {
    if (a.lendable || a.cue) partyArgues = true;
    if (a.present) request = true;
    if (a.hold) holding = true;
    if (a.denied) denied = true;
    if (a.dep) departure = true;
    if (a.vary) variance = true;
  }
  let opposes = false;
  let grant = false;
  let government = false;
  let generic = false;
  for (const s of sentences) {
    if (!opposes && mayOppose(s.norm) && OPPOSES.test(s.norm)) opposes = true;
    if (!grant) for (const h of s.hits) if ((h.cue.kinds & KIND.grant) !== 0) grant = true;
    if (s.governmentSubject) government = true;
    if (s.genericOpening && !s.namedParties) generic = true;
  }
  return {
    topics, topicWords, excluded,
    generalLaw: named.length > 0 && named.every((s) => GENERAL_LAW.test(s.norm)),
    opposes,
    motion: (found & 1) !== 0,
    partyArgues,
    request,
    holding,
    grant,
    denied,
    government,
    generic,
    compassionate: cr,
    departure,
    variance,
    amendmentWithoutMinimum,
    tone: (found & 4) !== 0,
    sentences: perSentence,
    disclaimed: disclaimed ?? NO_RULES,
  };
}

const NO_RULES: ReadonlySet<RuleId> = new Set();

/** Has a topic an alternative of no groups? (a loop: asked for every rule of every paragraph, where `some` made a closure each time) */
function hasEmptyAlt(alts: readonly (readonly unknown[])[]): boolean {
  for (const groups of alts) if (groups.length === 0) return true;
  return false;
}

/** Are all `count` groups of alternative `alt` among `groups` (keys "alt:group")? */
function everyGroup(count: number, alt: number, groups: { has(key: string): boolean }): boolean {
  for (let g = 0; g < count; g++) if (!groups.has(groupKey(alt, g))) return false;
  return true;
}

/** Does the paragraph name a statutory minimum, in its own words, quotations too ('because he "was subject to a 10 year mandatory minimum"')? */
function namesMinimum(sentences: SentenceScan[], original: string): boolean {
  const raw = sentences.length ? original.slice(sentences[0].start, sentences[sentences.length - 1].end).toLowerCase() : "";
  return MINIMUM_WORDS.some((w) => raw.includes(w));
}

/** MOTION_WORDS (bit 1), C2_WORDS (2) and TONE (4) as one automaton. */
let PARAGRAPH_WORDS: Literals | undefined;

/** Words by which an advocate pleads (lower case, normalised): the paragraph has a voice that argues, though no party is named. */
export const TONE = ["unfortunately", "injustice", "unjust", "fluke", "arbitrar", "absurd", "draconian", "no valid", "no reason to", "makes no sense", "we ask", "we are asking",
  "we're asking", "ought to", "it is time", "there is no basis", "no legitimate", "irrational", "perverse", "unfair", "inequit", "should be allowed", "should be permitted",
  "must be allowed", "deserve", "plainly", "simply put", "the better view", "the better reading"];

/** "Even if Defendant's family circumstances were extraordinary and compelling, …": a concession for argument's sake. */
function conceded(t: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 120), at);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const clause = cut === -1 ? before : before.slice(cut + 1);
  return clause.includes("even if") || clause.includes("even assuming") || clause.includes("even were");
}

/**
 * A departure named only to set it aside ("Although Stultz forbids a departure on that ground, … it should vary downward",
 * "a variance rather than a departure", "not a departure"): it is not how the sentence asks (audit 14 D1).
 */
const SET_ASIDE = /\b(?:forbids?|forbade|forbidden|forecloses?|foreclosed|precludes?|precluded|bars?|barred|prohibits?|prohibited|rejects?|rejected|rather than|instead of|not|no|nor|no longer (?:provides?|allows?|permits?|authorizes?|has) for|no longer (?:allows?|permits?|authorizes?|has)|not (?:justify|support|warrant|permit|allow|authorize|whether)|(?:never|cannot|can't) (?:justify|support|warrant|permit|allow|authorize))(?: an?| the| any)?(?: downward| upward)? *$/;
/** "a departure holding", "departure cases": the word describing law, not asking for one (legal audit of session 33, po-010, pq-045).
 * (Before it, SET_ASIDE: "did not justify a departure", "the question is not whether a departure is available" — a
 * holding's words or the question put aside, legal audit of session 33, round 3, pk-042.) */
const DEPARTURE_DESCRIBED = /^depart(?:ure)?s?\s+(?:case|cases|holding|holdings|decision|decisions|precedent|precedents|jurisprudence|regime|era|context|analysis|authority|framework|law)\b/;
/**
 * The departure of the mandatory era, told as history: "That reasoning concerned the limits on departure under a mandatory
 * system", "a mandatory regime in which departures required a factor outside the heartland", "before Booker … could not
 * depart" (legal audit of session 34, pw-026, pw-029: a variance argued against a departure holding, warned as the departure).
 */
const MANDATORY_ERA = /\bmandatory (?:system|regime|guidelines?|era|scheme)\b|\b(?:before|pre-?) ?booker\b|\blimits? on depart|\breversed (?:a|the) (?:downward )?departure/;
/** The question put aside before the word: "the Court is not asking whether alienage takes the case out of the heartland". */
const QUESTION_PUT_ASIDE = /\b(?:not|no longer) (?:asking |ask |asks )?whether\b[^.;]{0,60}$/;
function departureSetAside(t: string, at: number): boolean {
  return SET_ASIDE.test(t.slice(Math.max(0, at - 40), at)) || MANDATORY_ERA.test(t.slice(Math.max(0, at - 100), at + 60)) || QUESTION_PUT_ASIDE.test(t.slice(Math.max(0, at - 80), at)) || DEPARTURE_DESCRIBED.test(t.slice(at, at + 40)) || (PROGRAM_DEPARTURE.test(t.slice(at, at + 60)) && offeredBefore(t.slice(Math.max(0, at - 40), at)));
}
/** …what the other district offers or gives, in the clause before: "would have offered him a four-level …" (not "Motion for Downward Departure Under § 5K3.1"). */
function offeredBefore(before: string): boolean {
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"));
  return OFFERED.test(cut === -1 ? before : before.slice(cut + 1));
}
const OFFERED = /\b(?:offer(?:s|ed)?|receive[sd]?|get|gets|got|given|granted|available|eligible|carry|carries|carrying|entitled|qualif(?:y|ies|ied))\b/;
/**
 * The fast-track program's own reduction, described ("would have offered him a four-level departure under USSG § 5K3.1 in
 * exchange for a quick plea; the Court should vary …", "receives a departure of up to four levels under USSG § 5K3.1"):
 * the other district's offer, not how this sentence asks (legal audit of session 32, ps-001; audit 36b, pb-001).
 */
const PROGRAM_DEPARTURE = /^departure (?:of (?:up to )?(?:\w+|\d+)[- ]levels? )?(?:under|pursuant to) (?:u\.?s\.?s\.?g\.? )?§ ?5k3\.1\b/;

/** "The defendant in Pepper", "the petitioner in Concepcion": a capitalised name right after "defendant in". */
function namesOtherCasesParty(text: string): boolean {
  // (most sentences name no such party: every pattern below contains one of these, unchanged by the replace)
  if (!text.includes("defendant in ") && !text.includes("petitioner in ") && !text.includes("appellant in ") && !text.includes("movant in ")) return false;
  const raw = text.replace(/The (defendant|petitioner|appellant|movant) in /g, "the $1 in ");
  // (singular and definite only: "reentry defendants in Arizona", "an identical defendant in San Diego" are
  // comparisons, not another case)
  for (const p of ["the defendant in ", "the petitioner in ", "the appellant in ", "the movant in "]) {
    let at = raw.indexOf(p);
    while (at !== -1) {
      const c = raw.charCodeAt(at + p.length);
      // "The defendant in Pepper": a case name. "The defendant in this case" is lower case.
      if (c >= 65 && c <= 90) return true;
      at = raw.indexOf(p, at + 1);
    }
  }
  return false;
}

function namesParties(raw: string): boolean {
  for (const p of ["Defendants ", "Appellants ", "defendants ", "appellants "]) {
    const at = raw.indexOf(p);
    if (at === -1) continue;
    const c = raw.charCodeAt(at + p.length);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Words that make a cue's subject litigants in general ("Many prisoners", "defendants frequently"). */
const GENERIC_WORDS = new Set(["defendants", "prisoners", "inmates", "litigants", "offenders", "petitioners",
  "movants", "many", "some", "often", "frequently", "routinely", "commonly", "typically", "usually", "regularly", "increasingly",
  "common", "frequent", "sometimes", "occasionally", "generally",
  // commentary's own voice: "This article argues", "Scholars have argued", "Advocates contend"
  "scholars", "advocates", "commentators", "critics", "article", "author", "authors", "essay", "researchers", "academics",
  "observers", "reformers", "professor", "proponents", "opponents", "groups", "defenders", "amicus", "amici", "nacdl", "aclu",
  // a condition, not this case: "If the defendant contends …", "When a defendant asks …"
  "if", "when", "whenever", "unless"]);

/** Conditions are clause-level only: "If the Court is not inclined …, Mr. Ochoa asks …" is his request. */
const CONDITIONS = new Set(["if", "when", "whenever", "unless"]);
const REPORTERS = new Set(["article", "author", "authors", "essay"]);

/**
 * The sentence's subject, in its first six words, is litigants in general or commentary's voice
 * ("Critics of the guideline point out that … overstates …", "The NACDL brief, filed as amicus curiae,
 * argues …"): nothing in the sentence is this case's argument unless a party is named as a verb's subject.
 */
function genericOpening(t: string): boolean {
  const words = firstWords(t, 6);
  // ("The article profiles Mr. Santos, whose motion rests on …": an article reporting a party's motion is news)
  return words.some((w) => GENERIC_WORDS.has(letters(w)) && !CONDITIONS.has(letters(w)) && !REPORTERS.has(letters(w)));
}

/** Modal verbs before a party's verb make it advice or a possibility: "counsel should argue", "can request". */
const MODALS = new Set(["should", "may", "might", "can", "could", "must"]);

/** Nouns that an indefinite article makes anyone: "A defendant who argues …", "a movant seeking …". */
const INDEFINITE_PARTIES = new Set(["defendant", "movant", "inmate", "prisoner", "petitioner", "appellant", "client", "person", "offender", "litigant"]);

/** Up to nine words back, within the clause, a word of GENERIC_WORDS ("Defendants in non-fast-track districts have long argued"). */
function genericSubject(t: string, at: number): boolean {
  let pos = at;
  for (let k = 0; k < 9; k++) {
    const w = previousWord(t, pos);
    if (w === "") return false;
    if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(".")) return false;
    if (GENERIC_WORDS.has(letters(w))) return true;
    if (k === 0 && MODALS.has(w)) return true;
    const before = t.lastIndexOf(w, pos - 1);
    if (INDEFINITE_PARTIES.has(letters(w)) && before > 0) {
      const art = previousWord(t, before);
      if (art === "a" || art === "an" || art === "any" || art === "every") return true;
    }
    pos = before;
    if (pos <= 0) return false;
  }
  return false;
}

/** Does the sentence open with a Q&A label ("q:", "a:")? */
function startsWithLabel(t: string, label: string): boolean {
  let i = 0;
  while (i < t.length && t[i] === " ") i++;
  return t.startsWith(label + ":", i) || t.startsWith(label + ".", i);
}

/** The key "alt:group" of a topic group, made once (it is looked up for every rule in every sentence). */
const GROUP_KEYS: string[][] = [];
function groupKey(alt: number, group: number): string {
  return ((GROUP_KEYS[alt] ??= [])[group] ??= alt + ":" + group);
}

/** Topic hits of one rule in one sentence: "alt:group" → hits in order; and whether an exclusion hit. */
function topicHits(s: SentenceScan, rule: RuleId): TopicHits {
  return (s.topics ??= topicsOf(s)).get(rule) ?? NO_TOPIC;
}

type TopicHits = { groups: Map<string, Hit[]>; excluded: boolean };
const NO_TOPIC: TopicHits = { groups: new Map(), excluded: false };

/** Every rule's topic hits in one sentence, in one pass over its hits (read by several stages). */
function topicsOf(s: SentenceScan): Map<RuleId, TopicHits> {
  const out = new Map<RuleId, TopicHits>();
  const of = (rule: RuleId) => {
    let t = out.get(rule);
    if (!t) out.set(rule, (t = { groups: new Map(), excluded: false }));
    return t;
  };
  // (indexed loops: run unoptimised at first, a for-of makes an iterator and a result object per step)
  const hits = s.hits;
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi];
    const tags = h.cue.tags;
    for (let ti = 0; ti < tags.length; ti++) {
      const tag = tags[ti];
      if (tag.k === "excl") {
        // "he does not qualify for the safety valve", "has not filed a substantial-assistance motion":
        // a negated exclusion is no exclusion.
        // "would have received a fast-track offer": a hypothetical is the disparity, not the fact it excludes.
        const t = of(tag.rule);
        if ((!TOPICS[tag.rule].negatableExclude || !exclusionNegated(s.norm, h.start)) && !hypothetical(s.norm, h.start)) t.excluded = true;
      }
      else if (tag.k === "topic") {
        const groups = of(tag.rule).groups;
        const key = groupKey(tag.alt, tag.group);
        const list = groups.get(key);
        if (list) list.push(h);
        else groups.set(key, [h]);
      }
    }
  }
  return out;
}

/** How many trigger phrases a finding reports. */
const MAX_TRIGGERS = 6;

/** In an ordered alternative, how far (characters) a later group may follow the earlier one. */
const ORDERED_GAP = 90;

/** A bare citation sentence ("U.S.S.G. § 2L1.2(b)(1)(A)(i).", "Id. at 5.") is skipped when looking at neighbours. */
function citationOnly(s: SentenceScan): boolean {
  const t = s.norm;
  if (t.length > 90) return false;
  // A citation opens with the signal, the section or the reporter; "He recognizes that 21 U.S.C. § 841
  // carries a ten-year minimum." is a sentence that cites, not a citation.
  return t.startsWith("see ") || t.startsWith("id") || t.startsWith("cf") || t.startsWith("§") || t.startsWith("u.s")
    || t.startsWith("ussg") || t.startsWith("united states v") || (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57)
    || (t.includes(" v. ") && t.includes("("));
}

/**
 * A citation sentence led by a signal ("But see United States v. … (a lower sentence based solely on the
 * disparity is error); accord …", "See, e.g., …", "Cf. …") cites authorities, and its parentheticals are
 * their holdings: it is never itself an argument, whatever ground it names (the "Insert the adverse
 * authority" fix puts one right after the argument it answers).
 */
const SIGNALS = ["see ", "see, ", "see also ", "but see ", "cf. ", "but cf. ", "accord ", "accord, ", "compare ", "contra "];
export function signalCitation(norm: string): boolean {
  const t = norm.trimStart();
  if (!SIGNALS.some((g) => t.startsWith(g))) return false;
  // an authority follows the signal: a case name ("… v. …"), a section or a guideline
  const head = t.slice(0, 160);
  return head.includes(" v. ") || head.includes("§") || head.includes("u.s.s.g") || head.includes("ussg");
}

function neighbours(list: SentenceScan[], i: number, denied: readonly boolean[]): SentenceScan[] {
  const out: SentenceScan[] = [];
  for (const step of [1, -1]) {
    let j = i + step;
    while (j >= 0 && j < list.length && citationOnly(list[j])) j += step;
    // (never one whose ground the party is said not to claim: "He does not claim a medical condition, a family circumstance …")
    if (j >= 0 && j < list.length && !denied[j]) out.push(list[j]);
  }
  return out;
}

function hasHold(s: SentenceScan): boolean {
  return s.hits.some((h) => (h.cue.kinds & KIND.hold) !== 0);
}

/** Is `h` the start of a noun ("contention", "assertion", "allegations")? Nouns describe; they are weak cues. */
function nounForm(t: string, h: Hit): boolean {
  let e = h.end;
  while (e < t.length && isWordChar(t.charCodeAt(e))) e++;
  const w = t.slice(h.start, e);
  // "upheld against equal protection challenges.", "challenges to the policy": a noun, not a verb
  const after = nextWord(t, e);
  // …but "Holloway appeals." (a sentence of two or three words) is a verb
  if (((after === "" || t[e] === ".") && !atMostWords(t.trim(), 3)) || (w.startsWith("challenge") && (after === "to" || after === "of"))) return true;
  return w.endsWith("ion") || w.endsWith("ions") || DETERMINERS.has(previousWord(t, h.start)) || possessive(previousWord(t, h.start));
}

/**
 * `t.split(" ").filter((x) => x !== "").length <= n` without splitting: the runs of characters other
 * than a space, counted up to n + 1 (nounForm asked this of every sentence for every hit it weighed).
 */
export function atMostWords(t: string, n: number): boolean {
  let words = 0;
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) !== 32 && (i === 0 || t.charCodeAt(i - 1) === 32) && ++words > n) return false;
  }
  return true;
}

/** Words before a noun: "his request", "the motion", "Leiva-Deras' alleged motive". */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "such", "any", "whose", "our", "your", "my"]);

function possessive(w: string): boolean {
  return w.endsWith("'s") || w.endsWith("s'") || w.endsWith("'");
}

const INTRO_WORDS = new Set(["after", "when", "at", "in", "under", "before", "because", "although", "while", "since", "if", "on", "during", "following", "as", "prior", "unlike", "here", "instead", "moreover", "however", "thus"]);
const GOVERNMENT_STARTS = ["the government", "government", "prosecutors", "the prosecutors", "the prosecution", "prosecution", "the united states attorney", "the state "];

/** The main clause's subject is the government ("After sentencing, the government objected …"). */
function governmentIsSubject(t: string): boolean {
  let i = 0;
  while (i < t.length && !isWordChar(t.charCodeAt(i))) i++;
  let e = i;
  while (e < t.length && isWordChar(t.charCodeAt(e))) e++;
  if (INTRO_WORDS.has(t.slice(i, e))) {
    const comma = t.indexOf(",", e);
    if (comma !== -1 && comma - i < 160) {
      i = comma + 1;
      while (i < t.length && t[i] === " ") i++;
    }
  }
  const g = GOVERNMENT_STARTS.find((x) => t.startsWith(x, i));
  if (!g) return false;
  // "the government's decision to offer early-disposition pleas …" names a deed, not the government speaking;
  // "the government's position (argument, motion …)" is its voice
  const after = i + g.length;
  if (!t.startsWith("'s ", after)) return true;
  let w = after + 3;
  while (w < t.length && isWordChar(t.charCodeAt(w))) w++;
  return GOVERNMENT_VOICE.has(t.slice(after + 3, w));
}
/** What the government says or files, after "the government's". */
const GOVERNMENT_VOICE = new Set([
  "argument", "arguments", "position", "contention", "view", "claim", "response", "brief", "motion", "objection", "objections",
  "suggestion", "assertion", "theory", "request", "recommendation", "sentencing", "memorandum", "opposition", "reply", "counsel", "attorney", "appeal",
]);

/**
 * A claim a court rejects by name reports the party's claim: "The panel rejected Ortiz's claim that the
 * revocation term shouldn't count …". Only "claim that": "The district court rejected Gutierrez's
 * argument that …" stays the lower court's ruling (test/unit/precedent.cases.ts).
 */
const REJECTED_NOUNS = new Set(["claim that"]);
const REJECT_VERBS = new Set(["rejected", "rejects", "rejecting", "rejection", "dismissed", "dismisses"]);

/** "rejected [the] <party>'s [remaining] claim": the owner is a party and a rejecting verb owns it. */
function rejectsPartyClaim(t: string, at: number): boolean {
  const owner = ownerWord(t, at);
  if (!partyPossessive(owner)) return false;
  const pos = t.lastIndexOf(owner, at - 1);
  if (pos <= 0) return false;
  let w = previousWord(t, pos);
  if (w === "the") w = previousWord(t, t.lastIndexOf(" the ", pos) + 1);
  return REJECT_VERBS.has(w);
}

/** "according to Appellant", "according to the defense", "according to defense counsel". */
function accordingToParty(t: string, at: number): boolean {
  const w = letters(nextWord(t, at));
  if (PARTY_WORDS.has(w)) return true;
  if (w !== "the") return false;
  let i = at;
  while (t[i] === " ") i++;
  return PARTY_WORDS.has(letters(nextWord(t, i + 3)));
}

function attributesToPerson(t: string, at: number): boolean {
  let i = at;
  while (t[i] === " ") i++;
  let e = i;
  while (e < t.length && isWordChar(t.charCodeAt(e))) e++;
  const w = t.slice(i, e);
  return w !== "" && !DETERMINERS.has(w) && w !== "u" && w !== "ussg" && w !== "section" && w !== "government" && w !== "statute" && !/^\d/.test(w);
}

/** Weak cues by which a court finds a ground extraordinary and compelling. */
const EC_FINDINGS = new Set(["is an extraordinary and compelling", "are extraordinary and compelling", "constitutes an extraordinary",
  "constitute extraordinary", "constitutes extraordinary", "qualifies as extraordinary", "amount to extraordinary",
  "amounts to an extraordinary", "is extraordinary and compelling"]);

/**
 * "Prosecutors opposed the motion, but the judge found Mr. Ruiz's rehabilitation … extraordinary": after
 * ", but" a new subject speaks, unless the government is named again.
 */
const NEW_SUBJECTS = new Set(["the", "he", "she", "defendant", "mr.", "ms.", "judge", "appellant", "movant", "petitioner", "counsel", "his", "her"]);

function afterBut(t: string, at: number): boolean {
  const but = t.lastIndexOf(", but ", at);
  if (but === -1) return false;
  // a new subject must follow: "…, but argues that …" is still the government
  if (!NEW_SUBJECTS.has(nextWord(t, but + 6))) return false;
  const clause = t.slice(but, at);
  return !GOVERNMENT_SUBJECTS.some((g) => clause.includes(g)) && !clause.includes(" it ") && !clause.includes(" its ");
}

/** Subjects that name the party ("Defendant will again seek", "as he requests", "she has not shown"). */
const PARTY_SUBJECTS = new Set(["defendant", "appellant", "movant", "petitioner", "he", "she", "defense", "mr.", "ms.", "mrs."]);

/**
 * Is the verb at `at` the party's own, its subject a party word up to three words back ("Defendant
 * will again seek", "she has not shown")? Stops at a clause boundary or at the government.
 */
function partySubject(t: string, at: number): boolean {
  let pos = at;
  for (let k = 0; k < 3; k++) {
    const w = previousWord(t, pos);
    if (w === "" || w.startsWith("government")) return false;
    const before = t.lastIndexOf(w, pos - 1);
    if (PARTY_SUBJECTS.has(w)) {
      // "A defendant who argues …" is anyone
      const art = before > 0 ? previousWord(t, before) : "";
      return art !== "a" && art !== "an" && art !== "any" && art !== "every";
    }
    if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(".")) return false;
    pos = before;
    if (pos <= 0) return false;
  }
  return false;
}

/** "It concluded …", "It cites …": the court or the government, not the defendant. */
function startsWithIt(t: string): boolean {
  let i = 0;
  while (i < t.length && !isWordChar(t.charCodeAt(i))) i++;
  if (!t.startsWith("it ", i)) return false;
  // "It is Defendant's position that …", "It was his contention that …": the party's, not the court's.
  for (const be of ["it is ", "it was "]) {
    if (t.startsWith(be, i) && partyPossessive(nextWord(t, i + be.length))) return false;
  }
  return true;
}

interface ArgumentScan {
  /** The cue that makes the sentence an argument, if any. */
  cue?: Hit;
  /** A present-tense request (departure-framing). */
  present?: Hit;
  /** A cue another sentence of the paragraph may borrow: a party's verb, a request or a grant. */
  lendable?: Hit;
  /** The sentence the cue comes from when borrowed. */
  lentFrom?: SentenceScan;
  /** Borrowed from two sentences on: it must point back or complete the topic. */
  farLent?: boolean;
  hold: boolean;
  denied: boolean;
  /** The sentence's party disclaims an argument (`disclaims`), read once here for the denial, the evidence and `disclaimedRules`. */
  disclaims: boolean;
  dep: boolean;
  vary: boolean;
}

/**
 * An ArgumentScan built field by field in one order, whatever it is made from (a spread copy or a
 * literal): one object shape for all of them, so the optimised code that reads them stays valid.
 */
function argumentScan(a: ArgumentScan): ArgumentScan {
  return { cue: a.cue, present: a.present, lendable: a.lendable, lentFrom: a.lentFrom, farLent: a.farLent, hold: a.hold, denied: a.denied, disclaims: a.disclaims, dep: a.dep, vary: a.vary };
}

function argumentOf(s: SentenceScan): ArgumentScan {
  const { norm, hits } = s;
  let strong: Hit | undefined;
  let present: Hit | undefined;
  let weak: Hit | undefined;
  let grant: Hit | undefined;
  let described: Hit | undefined;
  let hold = false;
  let dep = false;
  let vary = false;
  let govSentence = s.governmentSubject;
  const itSubject = startsWithIt(norm);
  const institution = institutionSpeaks(norm);
  let deniedArgument = false;
  let onlyCourtFinds = true;
  let generic = s.genericOpening && !s.namedParties;
  // (indexed loops: run unoptimised at first, a for-of makes an iterator and a result object per step)
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi];
    const tags = h.cue.tags;
    for (let ti = 0; ti < tags.length; ti++) {
      const tag = tags[ti];
      if (tag.k === "hold") {
        // "if the Court finds that the revocation term counts, it should depart …": a ruling supposed, not made (probe pt-007)
        const before = previousWord(norm, h.start);
        if (before === "if" || before === "unless") continue;
        hold = true;
        if (h.cue.text !== "the court finds") onlyCourtFinds = false;
      }
      else if (tag.k === "dep") dep ||= !departureSetAside(norm, h.start);
      else if (tag.k === "var") vary = true;
      else if (tag.k === "grant") {
        // The court deciding this case; the government agreeing or a negated grant is not one.
        if (((govSentence && !afterBut(norm, h.start)) || governmentSpeaks(norm, h.start)) && !partySubject(norm, h.start)) continue;
        if (negated(norm, h.start) || framedAsQuestion(norm, h.start)) continue;
        if (previousWord(norm, h.start) === "if" || previousWord(norm, h.start) === "to" || s.otherCase) continue;
        if (DENIAL_PREFIXES.some((d) => h.cue.text.startsWith(d)) && !GROUND_PHRASES.some((g) => norm.includes(g, h.end))) continue;
        if (!grant) grant = h;
      }
      else if (tag.k === "strong" || tag.k === "present" || tag.k === "weak") {
        if ((tag.k === "strong" || tag.k === "present") && courtIsSubject(norm, h.start)) continue;
        // "The Sentencing Commission has long asserted that … are warranted", "Invoking § 3553(a)(6),
        // Congress authorized …": the lawmaker's words, not a party's, unless a party is the verb's subject.
        if (institution && !partySubject(norm, h.start)) continue;
        // "The government anticipates that Defendant will again seek …", "… as he requests": inside the
        // government's sentence, the party's own verb still reports the party's request.
        const partys = tag.k !== "weak" && partySubject(norm, h.start);
        if (((govSentence && !afterBut(norm, h.start)) || governmentSpeaks(norm, h.start) || previousWord(norm, h.start) === "it") && !partys) {
          // "… but it opposes his request that the Court impose a lower sentence": the government
          // naming the party's request describes it (a party's possessive noun, not the government's).
          if (tag.k === "strong" && !described && !negated(norm, h.start) && nounForm(norm, h) && partyPossessive(ownerWord(norm, h.start))) described = h;
          // The government (or "it") is arguing; its later participles ("contending") are its own too.
          govSentence = true;
          continue;
        }
        // "Defendants have long argued …", "defense lawyers routinely ask …", "a common argument …": what
        // litigants in general argue is commentary, not a party's argument in this case.
        if ((genericSubject(norm, h.start) && !s.namedParties) || s.otherCase) {
          generic = true;
          continue;
        }
        // "Counsel should argue … and ask for a variance": the coordinated verb is the same advice.
        if (generic && !partySubject(norm, h.start)) continue;
        if (negated(norm, h.start)) {
          // "does not argue that …": nothing later in the sentence is his argument either.
          if (tag.k === "strong") deniedArgument = true;
          continue;
        }
        if (adjectival(norm, h.start)) continue;
        // "according to Reyes" attributes an argument; "according to the PSR" does not.
        // "according to the defense" names the party through its determiner.
        const toParty = h.cue.text === "according to" && accordingToParty(norm, h.end);
        if (h.cue.text === "according to" && !toParty && !attributesToPerson(norm, h.end)) continue;
        // "According to Appellant, the court erred in concluding that it lacked authority …": a party's
        // argument, which the court's words inside it do not turn into a holding.
        if (toParty) {
          if (!strong) strong = h;
          continue;
        }
        const infinitive = previousWord(norm, h.start) === "to";
        // "It is unfair, the defense contends, that …": a party's verb after the opening "it" is still the party's.
        if ((tag.k === "strong" || tag.k === "present") && (infinitive || (itSubject && !partySubject(norm, h.start)))) continue;
        if (tag.k === "strong" && framedAsQuestion(norm, h.start)) continue;
        // "asked whether …": a question put, not a request made
        if (tag.k === "strong" && nextWord(norm, h.end) === "whether") continue;
        // "he raises no argument", "makes no such claim": the argument is denied, not made.
        if (tag.k === "strong" && (nextWord(norm, h.end) === "no" || nextWord(norm, h.end) === "none")) {
          deniedArgument = true;
          continue;
        }
        // "the defendant's request …", "his argument that …": a party's argument described, even
        // where the sentence goes on to reject it ("… should be rejected").
        if (tag.k === "strong" && !described && nounForm(norm, h) && partyPossessive(ownerWord(norm, h.start))) described = h;
        // "The panel rejected Ortiz's claim that …": the court rejecting this party's claim reports it
        // ("The court found that Garcia's claim that … was not credible" is a finding, and stays weak).
        if (tag.k === "weak" && !described && REJECTED_NOUNS.has(h.cue.text) && rejectsPartyClaim(norm, h.start)) described = h;
        // "He does not contend that …; instead he relies on his medical conditions": what follows a
        // denied argument is another ground, not this one.
        if (tag.k === "strong" && deniedArgument) continue;
        // "… , as he requests." ends its sentence but is a verb: its subject is the party.
        if (tag.k === "strong" && !strong && (!nounForm(norm, h) || partys)) strong = h;
        else if (tag.k === "strong" && !weak) weak = h;
        else if (tag.k === "present" && !present && !framedAsQuestion(norm, h.start)) present = h;
        else if (tag.k === "weak" && !weak && !framedAsQuestion(norm, h.start) && !conceded(norm, h.start)) weak = h;
      }
    }
  }
  // A holding about another case ("In Gomez, the defendant argued …; we rejected it") recounts
  // precedent: with a holding cue and a case name, even a party's verb is not this brief's argument.
  // "In United States v. Rodriguez, the defendant argued …": another case's party, whatever follows.
  if ((hold && norm.includes(" v. ")) || recountsCase(norm)) {
    strong = undefined;
    grant = undefined;
    described = undefined;
  }
  // "He does not claim a medical condition, a family circumstance …": the ground denied (the base form is no cue of its own)
  const disclaimer = disclaims(norm);
  if (!strong && (NOT_CLAIMED.test(norm) || disclaimer)) deniedArgument = true;
  if (hold || deniedArgument) present = undefined;
  if (deniedArgument) {
    weak = undefined;
    described = undefined;
  }
  if (recountsCase(norm)) {
    weak = undefined;
    present = undefined;
  }
  // "The Court finds that the absence of any other caregiver … constitute extraordinary and compelling
  // reasons": the court in this case finding the party's ground extraordinary grants it, and its
  // "finds" is no holding against it (a negated finding carries its own holding cue: "do not constitute").
  if (!grant && weak && hold && onlyCourtFinds && EC_FINDINGS.has(weak.cue.text)) grant = weak;
  const cue = strong ?? grant ?? (!hold ? weak : undefined) ?? described ?? present;
  const lendable = strong ?? grant ?? present;
  return argumentScan({ cue, present, lendable, lentFrom: undefined, farLent: undefined, hold, denied: deniedArgument, disclaims: disclaimer, dep, vary });
}

/** § 3553(a)'s parsimony clause in a party's words. */
const PARSIMONY = /\bsufficient,? but not greater than necessary\b|\bgreater than necessary\b|\bparsimony\b/;

/** What the heading over a sentence asks, departure or variance; else what its neighbours ask, if they agree; else unspecified. */
function framingAround(near: readonly SentenceScan[], heading: SentenceScan | undefined): Framing {
  const section = heading ? framingOf(heading) : "unspecified";
  if (section !== "unspecified") return section;
  let dep = false;
  let vary = false;
  for (const n of near) {
    const f = framingOf(n);
    dep ||= f === "departure";
    vary ||= f === "variance";
  }
  return dep !== vary ? (dep ? "departure" : "variance") : "unspecified";
}

/** The relief a sentence (or heading) asks by its words: a departure (not one set aside: "may not depart"), a variance, or neither. */
function framingOf(s: SentenceScan): Framing {
  let dep = false;
  let vary = false;
  for (let hi = 0; hi < s.hits.length; hi++) {
    const h = s.hits[hi];
    for (const tag of h.cue.tags) {
      if (tag.k === "dep") dep ||= !departureSetAside(s.norm, h.start);
      else if (tag.k === "var") vary = true;
    }
  }
  // (§ 3553(a)'s parsimony words ask a variance for the neighbours too: "it is asking what sentence is 'sufficient, but not
  // greater than necessary'", legal audit of session 34, pw-029)
  if (!vary && PARSIMONY.test(s.norm)) vary = true;
  // (a sentence that names both — "The Manual no longer provides for departures, so he asks the Court to vary" — says neither for its neighbours)
  return dep === vary ? "unspecified" : dep ? "departure" : "variance";
}

/** What a filing after sentence supplies of a ground by being what it is: the relief and the time after sentence, only that time, or nothing. */
type AfterSentence = "relief" | "judgment" | "none";

function detectSentence(s: SentenceScan, near: SentenceScan[], crParagraph: boolean, original: string, arg: ArgumentScan, afterSentence: AfterSentence = "none", heading?: SentenceScan, before?: SentenceScan, opensBack = false): Detection[] {
  const { norm } = s;
  const { cue, present, dep, vary, lentFrom } = arg;
  if (!cue) return [];
  // a sentence that names neither takes the framing of the heading it sits under, else of its neighbours in the paragraph
  // ("## The request: a variance to 18 months" over "**Second, security level.** Because of the detainer …": legal audit
  // of session 33, pu-020, where a variance on the status's documented conditions was warned as a departure foreclosed)
  // (§ 3553(a)'s own words ask a variance — "is sufficient but not greater than necessary", legal audit of session 33,
  // pu-016 — for the framing only: not a cue the learned stage's features read)
  const framing: Framing = dep ? "departure" : vary || PARSIMONY.test(norm) ? "variance" : framingAround(near, heading);
  const out: Detection[] = [];
  // (read here, on every call, rather than in the rare branches below that ask: code the optimiser had seen no run of —
  // a rule without an anchor there, the paragraph before — deoptimised detectSentence, its largest function, each time)
  const pointsBackHere = BACK_TO_BEFORE.test(norm) || (!!lentFrom && BACK_TO_BEFORE.test(lentFrom.norm));
  for (let r = 0; r < RULE_IDS.length; r++) {
    const rule = RULE_IDS[r];
    const def = TOPICS[rule];
    // A borrowed request never makes a departure-framing finding, and its topic must be complete here.
    if (lentFrom && def.presentOnly) continue;
    const argCue = def.presentOnly ? present : cue;
    if (!argCue) continue;
    if (def.needsCr && !crParagraph && !def.altCrFree) continue;
    if (def.notWithCr && crParagraph) continue;
    const own = topicHits(s, rule);
    if (own.excluded) continue;
    const anchor = def.anchor ?? 0;
    const anchored = def.anchor !== -1;
    const ownVoice = !arg.hold && argCue.cue !== HEADING_CUE;
    let matched: Hit[] | undefined;
    let borrowed: string | undefined;
    let groundFromHeading = false;
    for (let alt = 0; alt < def.alts.length && !matched; alt++) {
      // A one-group topic ("his wife and children", "completed courses") is too thin to stand on a
      // borrowed request: a release plan or a prison record in the next sentence is not an argument.
      if (lentFrom && def.alts[alt].length < 2) continue;
      if (!crParagraph && ((def.needsCr && !def.altCrFree?.includes(alt)) || def.altNeedsCr?.includes(alt))) continue;
      const groups = def.alts[alt];
      const ordered = def.ordered?.includes(alt) ?? false;
      const got: Hit[] = [];
      let missing = -1;
      let after = -1;
      // the parts a filing after sentence supplies itself (the time after sentence, the relief)
      const supplied = alt !== 0 ? undefined : afterSentence === "relief" ? def.afterSentence : afterSentence === "judgment" ? def.afterJudgment : undefined;
      let fromFiling = false;
      for (let g = 0; g < groups.length; g++) {
        const list = own.groups.get(groupKey(alt, g));
        // (the first hit that fits, by a loop: `find` with a closure made one closure per group tried)
        let h: Hit | undefined;
        if (list) for (const x of list) if (!ordered || g === 0 || (x.start > after && x.start - after <= ORDERED_GAP)) { h = x; break; }
        if (h) {
          got.push(h);
          after = h.start;
        } else if (supplied?.includes(g)) fromFiling = true;
        else if (missing === -1 && !ordered && groups.length > 1) missing = g;
        else {
          missing = -2;
          break;
        }
      }
      if (missing === -1 && arg.farLent && !(lentFrom && pointsBack(lentFrom.norm))) continue;
      if (missing === -1) {
        // Report every hit of the matched groups (explainability), not only the first.
        const seen = new Set<Hit>();
        for (let g = 0; g < groups.length; g++) {
          const list = own.groups.get(groupKey(alt, g)) ?? [];
          // The first hit of every group, then more hits while there is room (triggers are capped).
          for (let k = 0; k < list.length && (k === 0 || seen.size < MAX_TRIGGERS); k++) seen.add(list[k]);
        }
        matched = [...seen];
        if (fromFiling) borrowed = AFTER_SENTENCE_TRIGGER;
      }
      else if (missing >= 0 && lentFrom && missing !== anchor && anchored) {
        // "He has completed every program since the first sentencing. We'd ask that his progress be
        // reflected in the new sentence.": the request that is lent may itself name the generic group
        // (the relief), never the one naming the argument.
        const lt = topicHits(lentFrom, rule);
        const h = lt.excluded ? undefined : lt.groups.get(groupKey(alt, missing))?.[0];
        if (h) {
          matched = got;
          borrowed = original.slice(lentFrom.start + h.start, lentFrom.start + wordEnd(lentFrom.norm, h.end));
        }
      }
      else if (missing >= 0 && !def.sentenceOnly && !lentFrom) {
        // One group missing: a neighbouring sentence of the same paragraph may supply it
        // ("He requested a downward departure. His prior conviction, he argued, was minor.").
        for (const n of near) {
          if (hasHold(n)) continue;
          // The group naming the argument may come from the sentence before ("This district has no
          // early disposition program. Mr. Paz should not serve a year longer …"), never from the
          // one after: "Defendant asks the Court to vary downward. The fast-track program was not
          // available …" reads background as the ground of the request.
          if (missing === anchor && n.start > s.start) continue;
          const nt = topicHits(n, rule);
          if (nt.excluded) continue;
          const h = nt.groups.get(groupKey(alt, missing))?.[0];
          if (h) {
            matched = got;
            borrowed = original.slice(n.start + h.start, n.start + wordEnd(n.norm, h.end));
            break;
          }
        }
      }
      // …or the heading the paragraph sits under: "## The Early Disposition Offer That Was Never Made" over "We submit
      // that this unwarranted gap is a reason for a lower sentence." (a section titled by its topic argues it)
      if (!matched && missing >= 0 && !def.sentenceOnly && heading && ownVoice) {
        borrowed = groupWords(heading, rule, groupKey(alt, missing), FROM_HEADING);
        if (borrowed) {
          matched = got;
          // the heading named the ground itself, not only the relief ("## The § 3553(a) Factors Support a Reduction")
          groundFromHeading = !RELIEF_ONLY.has(borrowed.slice(0, -FROM_HEADING.length).toLowerCase());
        }
      }
      // …or, for the group naming the ground, the paragraph before, where this sentence points back to it: "Arizona has a
      // program under which he would have been offered a quick plea …" ¶ "That gap is not the product of anything he did.
      // … A sentence of 41 months would close it." (the request's own voice; never both voice and ground borrowed)
      if (!matched && missing === anchor && !def.sentenceOnly && before && ownVoice && (opensBack || pointsBackHere)) {
        borrowed = groupWords(before, rule, groupKey(alt, missing), FROM_BEFORE);
        if (borrowed) matched = got;
      }
    }
    if (!matched) continue;
    const words = (h: Hit) => original.slice(s.start + h.start, s.start + wordEnd(norm, h.end));
    const cueWords = (h: Hit, from: SentenceScan) => original.slice(from.start + h.start, from.start + wordEnd(from.norm, h.end));
    // (pushed in a loop, not spread from `map`: a borrowed group can leave `matched` empty, and an empty `map` result has
    // another elements kind, which deoptimised detectSentence at the spread)
    const triggers = [argCue.cue === AUTHOR_CUE || argCue.cue === HEADING_CUE ? AUTHOR_TRIGGER : cueWords(argCue, lentFrom ?? s)];
    matched.sort((a, b) => a.start - b.start);
    for (let k = 0; k < matched.length && triggers.length < MAX_TRIGGERS; k++) triggers.push(words(matched[k]));
    if (borrowed) triggers.push(borrowed);
    out.push({ rule, start: s.start, end: s.end, triggers: dedupe(triggers), framing, text: norm, ...(groundFromHeading ? { groundFromHeading } : {}) });
  }
  return out;
}

/** Where the word a hit ends inside ends ("rehabilitat" → "rehabilitation"). */
/**
 * The words of a whole-text scan (a heading, the paragraph before) that name topic group `group` of `rule`, with the
 * suffix that says where they came from ("Early Disposition (the heading)"), or undefined where none does or the rule
 * is excluded there: its own words where normalising kept the length, else the normalised ones.
 */
function groupWords(from: SentenceScan, rule: RuleId, group: string, suffix: string): string | undefined {
  const th = topicHits(from, rule);
  const h = th.excluded ? undefined : th.groups.get(group)?.[0];
  if (!h) return undefined;
  return (from.text!.length === from.norm.length ? from.text! : from.norm).slice(h.start, wordEnd(from.norm, h.end)) + suffix;
}

function wordEnd(t: string, e: number): number {
  while (e < t.length && isWordChar(t.charCodeAt(e))) e++;
  return e;
}

/** Words by which a request points back to what was said before ("to where he'd be without it"). */
const BACK_WORDS = new Set(["it", "this", "these", "those", "such", "that."]);

function pointsBack(t: string): boolean {
  for (const w of t.split(" ")) if (BACK_WORDS.has(letters(w)) || BACK_WORDS.has(w)) return true;
  return false;
}

/** "the requested relief", "the asserted ground": a participle used as an adjective, not a verb. */
function adjectival(t: string, at: number): boolean {
  const prev = previousWord(t, at);
  if (!DETERMINERS.has(prev) && !possessive(prev)) return false;
  let e = at;
  while (e < t.length && t[e] !== " " && t[e] !== "," && t[e] !== ".") e++;
  const word = t.slice(at, e);
  return word.endsWith("ed") || word === "sought";
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 191;
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.toLowerCase()) ? false : (seen.add(x.toLowerCase()), true)));
}
