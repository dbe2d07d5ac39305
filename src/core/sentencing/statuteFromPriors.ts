/**
 * The § 1326 subsection the prior convictions support, and what to do when the statute given
 * disagrees with it (issue 10). Under Almendarez-Torres v. United States, 523 U.S. 224, 235 (1998),
 * § 1326(b)(1) and (b)(2) are sentencing enhancements for a violation of § 1326(a), not separate
 * offenses (as United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc),
 * describes it — seeds/002): the prior conviction, not the charging language, sets the maximum.
 * A plea agreement may still limit the sentence to the subsection pleaded (the same opinion
 * describes fast-track pleas to § 1326(a)), so the user can hold the statute as charged.
 * Pure: no I/O.
 */
import type { InputIssue, Prior, Statute } from "./types";

/** What the calculator accepts in `statute`: a subsection, or bare "1326" to be resolved from the priors. */
export type StatuteInput = Statute | "1326";

export interface StatuteFinding {
  /** The subsection the priors establish: "1326(b)(2)", "1326(b)(1)", "1326(a)"; undefined when the facts do not settle it. */
  supported?: "1326(a)" | "1326(b)(1)" | "1326(b)(2)";
  /** Why (one sentence), or what is missing. */
  why: string;
  /** The facts leave (b)(1) vs (b)(2), or (a) vs (b), open. */
  unsettled?: string;
}

const RANK: Record<string, number> = { "1326(a)": 0, "1326(b)(1)": 1, "1326(b)(2)": 2 };

/** Was the defendant removed after this conviction (the "removal … subsequent to a conviction" of § 1326(b))? */
function removedAfter(p: Prior): boolean | undefined {
  if (p.deportedAfter === true || p.beforeFirstOrder === true) return true;
  if (p.deportedAfter === false) return false;
  return undefined;
}

function isAggravated(p: Prior): boolean | undefined {
  if (p.offense === "aggravated-felony" || p.aggravatedFelony === true) return true;
  if (p.aggravatedFelony === false) return false;
  return undefined;
}

/** The § 1326(b) subsection the listed priors support (8 U.S.C. § 1326(b)(1)–(2)). */
export function statuteFromPriors(priors: readonly Prior[]): StatuteFinding {
  const removed = priors.filter((p) => removedAfter(p) === true);
  const unknownRemoval = priors.filter((p) => removedAfter(p) === undefined && p.offense !== "illegal-reentry" && p.offense !== "1325a");
  const agg = removed.filter((p) => p.kind === "felony" && isAggravated(p) === true);
  if (agg.length) return { supported: "1326(b)(2)", why: "a prior conviction for an aggravated felony preceded a removal (8 U.S.C. § 1326(b)(2): not more than 20 years)" };
  const felonies = removed.filter((p) => p.kind === "felony");
  const openAgg = felonies.filter((p) => isAggravated(p) === undefined);
  const drugOrPerson = removed.filter((p) => p.kind === "misdemeanor" && (p.offense === "drug-trafficking" || p.offense === "crime-of-violence"));
  if (felonies.length) {
    return {
      supported: "1326(b)(1)",
      why: "a prior felony conviction (other than an aggravated felony) preceded a removal (8 U.S.C. § 1326(b)(1): not more than 10 years)",
      ...(openAgg.length ? { unsettled: `the priors show a felony conviction before a removal but do not say whether it is an aggravated felony (8 U.S.C. § 1101(a)(43)), which decides between § 1326(b)(1) (10 years) and § 1326(b)(2) (20 years); mark the prior "aggravatedFelony": true or false` } : {}),
    };
  }
  if (drugOrPerson.length >= 3) {
    return { supported: "1326(b)(1)", why: `three or more misdemeanor convictions involving drugs or crimes against the person preceded a removal (8 U.S.C. § 1326(b)(1): not more than 10 years); confirm that each ${drugOrPerson.length > 3 ? "of them" : "one"} so qualifies` };
  }
  if (unknownRemoval.some((p) => p.kind === "felony") || (unknownRemoval.length && drugOrPerson.length + unknownRemoval.length >= 3)) {
    return { why: "the priors do not say whether the defendant was removed after them", unsettled: `the priors do not say whether a removal followed them ("deportedAfter" or "beforeFirstOrder"), which decides whether § 1326(b) applies` };
  }
  return { supported: "1326(a)", why: "no prior conviction listed supports § 1326(b)(1) or (b)(2) (a felony, or three misdemeanors involving drugs or crimes against the person, before a removal)" };
}

export interface ResolvedStatute {
  /** The statute whose penalties are applied. */
  applied: Statute;
  /** As given in the input. */
  stated: StatuteInput;
  supported?: StatuteFinding["supported"];
  /** Sentences for the notes (and the inserted table). */
  notes: string[];
  /** The statute as charged, when it differs from the one applied and gives a different maximum (for an alternative range). */
  alternative?: Statute;
  issues: InputIssue[];
}

const CITE = (s: string) => `8 U.S.C. § ${s}`;
const ALMENDAREZ = "Almendarez-Torres v. United States, 523 U.S. 224, 235 (1998) (§ 1326(b)(1) and (b)(2) are sentencing enhancements for a violation of § 1326(a), not elements of separate offenses)";

/**
 * Decides the statute to apply. Bare "1326" is resolved from the priors (or refused with a question
 * when they do not settle it). A stated § 1326(a) or (b)(1) lower than what the priors support is
 * raised to the supported subsection (Almendarez-Torres) unless `asCharged` holds it; every
 * disagreement is stated in the notes.
 */
export function resolveStatute(stated: StatuteInput, priors: readonly Prior[] | undefined, asCharged: boolean | undefined): ResolvedStatute {
  const out: ResolvedStatute = { applied: stated === "1326" ? "1326(a)" : stated, stated, notes: [], issues: [] };
  if (stated !== "1326" && !(stated in RANK)) return out; // (b)(3), (b)(4), § 1325(a): not decided by the priors
  if (!priors) {
    if (stated === "1326") out.issues.push({ field: "statute", message: `"1326" without a subsection is resolved from the prior convictions, and none are listed: give "priors", or the subsection ("1326(a)", "1326(b)(1)", "1326(b)(2)").` });
    return out;
  }
  const f = statuteFromPriors(priors);
  out.supported = f.supported;
  if (stated === "1326") {
    if (f.unsettled || !f.supported) {
      out.issues.push({ field: "statute", message: `"1326" without a subsection cannot be resolved: ${f.unsettled ?? f.why}. Give the subsection ("1326(a)", "1326(b)(1)" or "1326(b)(2)") or complete the priors.` });
      return out;
    }
    out.applied = f.supported;
    out.notes.push(`Statute: "1326" resolved from the priors to ${CITE(f.supported)}: ${f.why}. ${ALMENDAREZ}.`);
    return out;
  }
  if (!f.supported) {
    out.notes.push(`Statute: ${CITE(stated)} as given; the priors cannot confirm it because ${f.unsettled}.`);
    return out;
  }
  const rs = RANK[stated];
  const rp = RANK[f.supported];
  if (rs === rp) {
    if (f.unsettled) out.notes.push(`Statute: ${CITE(stated)} as given; note that ${f.unsettled}.`);
    return out;
  }
  if (rp > rs) {
    const head = `Statute: the priors support ${CITE(f.supported)} (${f.why}), but the statute given is ${CITE(stated)}.`;
    if (asCharged) {
      out.notes.push(`${head} Applied as charged ("statuteAsCharged": true), e.g. because a plea agreement limits the sentence to ${CITE(stated)}; without that limit the prior conviction, not the charging language, would set the maximum under ${ALMENDAREZ}.`);
      out.alternative = f.supported;
      return out;
    }
    out.applied = f.supported;
    out.alternative = stated;
    out.notes.push(`${head} Under ${ALMENDAREZ}, the prior conviction, not the charging language, sets the maximum, so the range is computed with ${CITE(f.supported)}. A plea agreement or charge bargain may limit the sentence to ${CITE(stated)}: if so, give "statuteAsCharged": true.${f.unsettled ? ` Note also that ${f.unsettled}.` : ""}`);
    return out;
  }
  // stated higher than the listed priors support: keep it (other priors may establish it), say so
  if (f.unsettled) {
    out.notes.push(`Statute: ${CITE(stated)} as given; the priors listed establish at least ${CITE(f.supported)}, and ${f.unsettled}.`);
    return out;
  }
  out.notes.push(`Statute: ${CITE(stated)} as given, but the priors listed support only ${CITE(f.supported)} (${f.why}). Check the priors: ${CITE(stated)} requires ${stated === "1326(b)(2)" ? "removal after a conviction for an aggravated felony" : "removal after a felony conviction, or after three misdemeanor convictions involving drugs or crimes against the person"}.`);
  out.alternative = f.supported;
  return out;
}

/** The statute a calculation applied (a result always records it; a bare "1326" otherwise reads as § 1326(a)). */
export function appliedStatute(input: { statute: StatuteInput }, r: { statute?: { applied: Statute } }): Statute {
  return r.statute?.applied ?? (input.statute === "1326" ? "1326(a)" : input.statute);
}
