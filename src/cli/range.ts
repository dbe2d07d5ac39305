/**
 * `heartland range [--input FILE|-] [--format json|markdown]`: the §2L1.2 calculator on a JSON
 * input (stdin when `-` or no --input). Exit 0 with the result; 2 for bad input, with a message
 * naming each field and what is allowed.
 */
import { parseArgs, UsageError, type Io } from "./io";
import { checkAmendment821, computeRange, RangeInputError, renderAmendment821Markdown, renderRangeMarkdown } from "../core/sentencing";

export function runRange(args: string[], io: Io): number {
  const { positional, options } = parseArgs(args, ["input", "format"], ["amendment-821"]);
  if (positional.length) throw new UsageError(`range takes no positional arguments (got ${positional.map((p) => `"${p}"`).join(" ")}). Usage: heartland range [--input FILE|-] [--format json|markdown] [--amendment-821]`);
  const format = options.get("format") ?? "json";
  if (format !== "json" && format !== "markdown") throw new UsageError(`--format must be json or markdown (got "${format}").`);
  const source = options.get("input") ?? "-";
  let text: string;
  try {
    text = source === "-" ? io.readStdin() : io.readFile(source);
  } catch (e) {
    const err = e as { code?: string; message?: string };
    throw new UsageError(`Cannot read ${source === "-" ? "standard input" : source}: ${err.code === "ENOENT" ? "no such file" : (err.message ?? String(e))}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    io.err(`input: not valid JSON (${(e as Error).message}). The input must be a JSON object such as {"manual": 2025, "statute": "1326(b)(2)", "enhancements": ["2L1.2(b)(2)(B)"], "acceptance": 3, "criminalHistory": {"category": "IV"}}.`);
    return 2;
  }
  try {
    const { input, result } = computeRange(raw);
    if (options.has("amendment-821")) {
      // Post-sentence: would Amendment 821 (Parts A and B(1), retroactive) lower this range?
      const c = checkAmendment821(input);
      io.out(format === "json" ? JSON.stringify(c, null, 2) : renderAmendment821Markdown(c));
      return 0;
    }
    io.out(format === "json" ? JSON.stringify(result, null, 2) : renderRangeMarkdown(input, result));
    return 0;
  } catch (e) {
    if (e instanceof RangeInputError) {
      io.err(e.issues.map((i) => `${i.field}: ${i.message}`).join("\n"));
      return 2;
    }
    throw e;
  }
}
