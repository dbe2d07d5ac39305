/**
 * The circuit a brief's caption names, for a brief whose front matter names none: "UNITED STATES COURT OF APPEALS FOR
 * THE NINTH CIRCUIT", or the district court ("UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF TEXAS",
 * "DISTRICT OF MASSACHUSETTS") and the circuit its State lies in under 28 U.S.C. § 41. Only the brief's first
 * 1,500 characters are read: a caption is at the top, and a court named in the body is another case's.
 */
import type { Circuit } from "../settings";

/** 28 U.S.C. § 41: the circuit of each State, District and Territory with a district court. */
const CIRCUIT_OF: Readonly<Record<string, Circuit>> = {
  "maine": "1", "massachusetts": "1", "new hampshire": "1", "rhode island": "1", "puerto rico": "1",
  "connecticut": "2", "new york": "2", "vermont": "2",
  "delaware": "3", "new jersey": "3", "pennsylvania": "3", "the virgin islands": "3", "virgin islands": "3",
  "maryland": "4", "north carolina": "4", "south carolina": "4", "virginia": "4", "west virginia": "4",
  "louisiana": "5", "mississippi": "5", "texas": "5",
  "kentucky": "6", "michigan": "6", "ohio": "6", "tennessee": "6",
  "illinois": "7", "indiana": "7", "wisconsin": "7",
  "arkansas": "8", "iowa": "8", "minnesota": "8", "missouri": "8", "nebraska": "8", "north dakota": "8", "south dakota": "8",
  "alaska": "9", "arizona": "9", "california": "9", "hawaii": "9", "idaho": "9", "montana": "9", "nevada": "9", "oregon": "9", "washington": "9", "guam": "9", "the northern mariana islands": "9", "northern mariana islands": "9",
  "colorado": "10", "kansas": "10", "new mexico": "10", "oklahoma": "10", "utah": "10", "wyoming": "10",
  "alabama": "11", "florida": "11", "georgia": "11",
  "columbia": "dc",
};
const ORDINAL: Readonly<Record<string, Circuit>> = {
  first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10", eleventh: "11",
  "district of columbia": "dc",
};

/** The circuit an ordinal names ("Ninth", "ninth", "D.C.", "District of Columbia"), or undefined. */
export function circuitOfOrdinal(word: string): Circuit | undefined {
  const w = word.toLowerCase();
  return ORDINAL[w === "d.c." ? "district of columbia" : w];
}

/** "COURT OF APPEALS FOR THE NINTH CIRCUIT", "Court of Appeals for the District of Columbia Circuit" */
const APPEALS = /\bcourt of appeals,? for the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|district of columbia) circuit\b/;
/** "DISTRICT OF MASSACHUSETTS", "WESTERN DISTRICT OF TEXAS", "DISTRICT OF THE VIRGIN ISLANDS", "DISTRICT OF COLUMBIA" */
const DISTRICT = /\bdistrict of ((?:the )?[a-z]+(?: [a-z]+){0,2})/g;
const CAPTION_REACH = 1500;
/** The court's own line: "DISTRICT COURT FOR THE EASTERN DISTRICT OF PENNSYLVANIA" (before a later "District of Arizona" the caption reach takes in: probe pu-014). */
const COURT_LINE = /\bdistrict court,? (?:for |of )?(?:the )?(?:(?:eastern|western|northern|southern|middle|central) )?district of ((?:the )?[a-z]+(?: [a-z]+){0,2})/;
/** A case number's district in the Bluebook's form: "Criminal No. 1:08-CR-477 (N.D. Ga.)", "(S.D.N.Y.)", "(D. Mass.)" (probe pv-004). */
const ABBREVIATED = /\((?:[nsewcm]\. ?)?d\. ?((?:[a-z]{1,5}\. ?){1,2})\)/g;
const STATE_ABBREVIATION: Readonly<Record<string, string>> = {
  "me.": "maine", "mass.": "massachusetts", "n.h.": "new hampshire", "r.i.": "rhode island", "p.r.": "puerto rico",
  "conn.": "connecticut", "n.y.": "new york", "vt.": "vermont",
  "del.": "delaware", "n.j.": "new jersey", "pa.": "pennsylvania", "v.i.": "virgin islands",
  "md.": "maryland", "n.c.": "north carolina", "s.c.": "south carolina", "va.": "virginia", "w.va.": "west virginia",
  "la.": "louisiana", "miss.": "mississippi", "tex.": "texas",
  "ky.": "kentucky", "mich.": "michigan", "ohio.": "ohio", "tenn.": "tennessee",
  "ill.": "illinois", "ind.": "indiana", "wis.": "wisconsin",
  "ark.": "arkansas", "iowa.": "iowa", "minn.": "minnesota", "mo.": "missouri", "neb.": "nebraska", "n.d.": "north dakota", "s.d.": "south dakota",
  "alaska.": "alaska", "ariz.": "arizona", "cal.": "california", "haw.": "hawaii", "idaho.": "idaho", "mont.": "montana", "nev.": "nevada", "or.": "oregon", "wash.": "washington", "guam.": "guam",
  "colo.": "colorado", "kan.": "kansas", "n.m.": "new mexico", "okla.": "oklahoma", "utah.": "utah", "wyo.": "wyoming",
  "ala.": "alabama", "fla.": "florida", "ga.": "georgia",
  "d.c.": "columbia",
};

/** The circuit the caption names, or undefined (no court named at the top, or two circuits named). */
export function captionCircuit(text: string): Circuit | undefined {
  const top = text.slice(0, CAPTION_REACH).toLowerCase().replace(/\s+/g, " ");
  const a = APPEALS.exec(top);
  if (a) return ORDINAL[a[1]];
  // a district court: the caption must say it is one ("United States District Court"), or a letter's address its judge
  // or its probation office ("United States District Judge, Southern District of New York"; "U.S. Probation Department,
  // Eastern District of New York": legal audit of session 33, pr-045)
  const line = COURT_LINE.exec(top);
  const own = line ? stateCircuit(line[1]) : undefined;
  if (own) return own;
  // a case number's district ("(N.D. Ga.)"), one district only
  let abbreviated: Circuit | undefined;
  for (const m of top.matchAll(ABBREVIATED)) {
    const c = CIRCUIT_OF[STATE_ABBREVIATION[m[1].replace(/ /g, "")] ?? ""];
    if (!c || (abbreviated && abbreviated !== c)) { abbreviated = undefined; break; }
    abbreviated = c;
  }
  if (abbreviated) return abbreviated;
  if (!/\bdistrict (?:court|judge)\b|\bmagistrate judge\b|\bprobation (?:department|office)\b/.test(top)) return undefined;
  let found: Circuit | undefined;
  for (const m of top.matchAll(DISTRICT)) {
    const c = stateCircuit(m[1]);
    if (!c) continue;
    if (found && found !== c) return undefined;
    found = c;
  }
  return found;
}

/** The circuit of the State the words begin with — the longest such name ("new york", "west virginia", "the virgin islands"). */
function stateCircuit(name: string): Circuit | undefined {
  const words = name.split(" ");
  let c: Circuit | undefined;
  for (let n = Math.min(words.length, 4); n > 0 && !c; n--) c = CIRCUIT_OF[words.slice(0, n).join(" ")];
  return c;
}
