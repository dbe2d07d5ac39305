/**
 * `heartland` — the command line. Same core, same results as the editor.
 *   heartland check FILE... [--format text|json] [--circuit C] [--manual YEAR] [--explain]
 *   heartland range [--input FILE|-] [--format json|markdown]
 *   heartland explain "CITATION" [--manual YEAR] [--format json|markdown]
 *   heartland demo FILE
 * Exit codes: 0 ok / no findings, 1 findings, 2 bad input.
 */
import { nodeIo, UsageError, type Io } from "./io";
import { runExplain } from "./explain";
import { runCheck } from "./check";
import { runRange } from "./range";
import { runDemo } from "./demo";

const USAGE = `Usage:
  heartland check FILE... [--format text|json] [--circuit C] [--manual YEAR] [--explain]
  heartland range [--input FILE|-] [--format json|markdown]
  heartland explain "CITATION" [--manual YEAR] [--format json|markdown]
  heartland demo FILE`;

type Command = (args: string[], io: Io) => number;

const commands: Record<string, Command> = {
  explain: runExplain,
  check: runCheck,
  range: runRange,
  demo: runDemo,
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
  process.exitCode = main(process.argv.slice(2), nodeIo);
}
