/**
 * `heartland` — the command line. Same core, same results as the editor.
 *   heartland check FILE|FOLDER|GLOB... [--format text|json] [--circuit C] [--manual YEAR] [--explain]
 *   heartland range [--input FILE|-] [--format json|markdown]
 *   heartland explain "CITATION" [--manual YEAR] [--date YYYY-MM-DD] [--format json|markdown]
 *   heartland demo FILE [--range FACTS.json]
 *   heartland toa FILE|FOLDER|GLOB... [--format markdown|json]
 * Every command answers --help. Exit codes: 0 ok / no findings, 1 findings, 2 bad input.
 */
import { setFlagsFromString } from "node:v8";
import { nodeIo, UsageError, type Io } from "./io";
import { runExplain } from "./explain";
import { runCheck } from "./check";
import { runRange } from "./range";
import { runDemo } from "./demo";
import { runToa } from "./toa";
import { FIRST_EDITION, LATEST_EDITION } from "../core/settings";

/** `heartland COMMAND --help`: what each command does, its arguments and exit codes. */
export const HELP: Record<string, string> = {
  check: `Usage: heartland check FILE|FOLDER|GLOB... [--format text|json] [--circuit C] [--manual YEAR]

Checks Markdown briefs for arguments that precedent forecloses or restricts and for wrong
citations to authorities Heartland knows.
  FILE       a Markdown file, or - for standard input
  FOLDER     every Markdown file (*.md) under it (not node_modules or hidden folders)
  GLOB       the files it matches, e.g. "briefs/**/*.md" (quote it so the shell leaves it alone)
  --format   text (default) or json
  --circuit  1-11 or dc: the circuit, when a brief's front matter does not set one
  --manual   a Guidelines Manual edition year (${FIRST_EDITION}-${LATEST_EDITION}) or latest
Exit status: 0 no findings, 1 findings, 2 bad input.`,
  range: `Usage: heartland range [--input FILE|-] [--format json|markdown] [--amendment-821]

Computes the USSG §2L1.2 guideline range from the facts in a JSON file (or standard input).
  --input    the facts (JSON); - or no --input reads standard input
  --format   json (default) or markdown (the table the editor command inserts)
  --amendment-821  for a sentence under the 2022 or an earlier Manual, with criminal history
             {"fromPriors": true, ...}: whether Amendment 821 (Parts A and B(1), retroactive)
             lowers the range, with both ranges (18 U.S.C. § 3582(c)(2))
Exit status: 0 a result, 2 bad input (each field named, with what is allowed).`,
  explain: `Usage: heartland explain "CITATION" [--manual YEAR] [--date YYYY-MM-DD] [--format json|markdown]

Prints what the editor's hover shows for a guideline, statute or rule citation, in the
edition given (or the one the citation names).
  --manual   a Guidelines Manual edition year (${FIRST_EDITION}-${LATEST_EDITION}) or latest (default;
             the ${LATEST_EDITION} Manual)
  --date     the sentencing date: statutes and court rules as in force that day, and,
             without --manual, the Manual in force that day (USSG §1B1.11(a))
  --format   json (default) or markdown
Exit status: 0 the text, 2 a provision that is not in that edition or a bad citation.`,
  demo: `Usage: heartland demo FILE [--range FACTS.json]

Runs check, explain (for every citation) and, given the facts, range on one brief.`,
  toa: `Usage: heartland toa FILE|FOLDER|GLOB... [--format markdown|json]

Prints the table of authorities the editor's Insert Table of Authorities command writes: cases
(federal, then state), statutes, guidelines and rules, each with the places that cite it.
  --format   markdown (default: the table itself) or json:
             {"files":[{"file","authorities":[{"kind","name","volume","reporter","page","court",
             "year","cite","locations":[{"line","column"}]}]}]} (reporter in its Bluebook form)
A citation Heartland cannot read with certainty is left out and named on standard error.
Exit status: 0 the table, 2 bad input.`,
};

const USAGE = `Usage:
  heartland check FILE|FOLDER|GLOB... [--format text|json] [--circuit C] [--manual YEAR] [--explain]
  heartland range [--input FILE|-] [--format json|markdown]
  heartland explain "CITATION" [--manual YEAR] [--date YYYY-MM-DD] [--format json|markdown]
  heartland demo FILE [--range FACTS.json]
  heartland toa FILE|FOLDER|GLOB... [--format markdown|json]
Run heartland COMMAND --help for more.`;

type Command = (args: string[], io: Io) => number;

const commands: Record<string, Command> = {
  explain: runExplain,
  check: runCheck,
  range: runRange,
  demo: runDemo,
  toa: runToa,
};

export function main(argv: string[], io: Io): number {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const cmd = commands[name];
  if (!cmd) {
    io.err(`Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(HELP[name]);
    return 0;
  }
  try {
    return cmd(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && err.code === "ENOENT") {
      io.err(`Cannot read ${err.path ?? "the file"}: no such file.`);
      return 2;
    }
    io.err(`Heartland failed unexpectedly: ${err?.message ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  // A check runs once, briefly, and mostly in code the optimiser has not reached yet; its large
  // functions (the detector's) are optimised several times over as they warm up, and with inlining
  // each optimisation costs 100–200 ms of compiler time. Without inlining the compiled code arrives
  // sooner and costs less: on the 977 KB unique brief ~20 % less CPU and less wall time
  // (bench/README.md, issue 9). Only the optimiser's choices change, never a result.
  setFlagsFromString("--no-turbo-inlining");
  process.exitCode = main(process.argv.slice(2), nodeIo);
}
