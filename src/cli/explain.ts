import type { Io } from "./io";
import { UsageError } from "./io";
export function runExplain(_args: string[], _io: Io): number {
  throw new UsageError("explain: not yet implemented");
}
