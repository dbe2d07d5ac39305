/** `heartland explain "CITATION" [--manual YEAR] [--date YYYY-MM-DD] [--format json|markdown]` — what the hover shows. */
import { parseArgs, UsageError, type Io } from "./io";
import { recognizeCitations } from "../core/citations/recognize";
import { explain, explanationJson, explanationMarkdown } from "../core/explain";
import { editionOnDate, editionYear, normalizeManual, MANUAL_HELP } from "../core/settings";
import { isoDate, isRealDate, parseDate } from "../core/dates";

export function runExplain(args: string[], io: Io): number {
  const { positional, options } = parseArgs(args, ["manual", "format", "date"]);
  const format = options.get("format") ?? "json";
  if (format !== "json" && format !== "markdown") throw new UsageError(`--format must be "json" or "markdown", not "${format}".`);
  const manual = normalizeManual(options.get("manual"));
  if (manual === undefined) throw new UsageError(`--manual "${options.get("manual")}" is not an edition Heartland has. ${MANUAL_HELP}`);
  // --date: the sentencing date — statute and rule text in force that day, and (without --manual) the Manual in force that day
  const dateArg = options.get("date");
  const parsed = dateArg === undefined ? undefined : parseDate(dateArg);
  if (dateArg !== undefined && (!parsed || !isRealDate(parsed))) throw new UsageError(`--date "${dateArg}" is not a date: give the sentencing date as YYYY-MM-DD, e.g. --date 2019-06-14.`);
  const asOf = parsed && isoDate(parsed);
  const input = positional.join(" ").trim();
  if (!input) throw new UsageError('Give a citation to explain, e.g. heartland explain "U.S.S.G. § 2L1.2(b)(2)(A)" --manual 2016');
  const [match] = recognizeCitations(input);
  if (!match) {
    throw new UsageError(
      `"${input}" is not a citation Heartland recognises. Try a form such as "U.S.S.G. § 2L1.2(b)(2)(A)", "USSG §2L1.2, comment. (n.5)", "U.S.S.G. ch. 5, pt. A", "8 U.S.C. § 1326(b)(2)" or "Fed. R. Crim. P. 35(a)".`,
    );
  }
  const onDate = asOf && !options.has("manual") ? editionOnDate(asOf, "the date given") : undefined;
  // --date is also what the writer could know: a later deletion of the section is not told before its day
  const result = onDate ? explain(match.citation, onDate.edition, asOf, onDate.reason, asOf) : explain(match.citation, editionYear(manual), asOf, undefined, asOf);
  if (!result.ok) {
    io.err(result.message);
    return 2;
  }
  io.out(format === "json" ? JSON.stringify(explanationJson(result.explanation), null, 2) : explanationMarkdown(result.explanation));
  return 0;
}
