/**
 * The data of a JSON import, typed by the zod schema it is validated against when Heartland is
 * built (src/core/dataValidation.ts lists every file under src/data/ with its schema, and
 * esbuild.js refuses to build when one does not match). No validation at activation.
 *
 * TypeScript types a JSON import with widened values — `string` for an enum, `number[]` for a
 * tuple — so the import is not assignable to the type derived from the schema, and `json as T`
 * does not even compile where the schema has tuples. Here the import must still match the
 * schema's type with literals and tuples widened (a missing field, a string for a number or an
 * object for a list is a type error), and the one cast that narrows it is below.
 */
import type { z } from "zod";

/** `T` with every literal widened to its primitive and every tuple to an array: how TypeScript types JSON. */
export type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends null | undefined
        ? T
        : T extends readonly (infer E)[]
          ? Widened<E>[]
          : T extends object
            ? { [K in keyof T]: Widened<T[K]> }
            : T;

/**
 * `json` (a JSON import), read as the type of the schema `S` (`validatedJson<typeof XSchema>(json)`),
 * which the build validated it against. The schema is named by type only: the runtime bundles hold
 * no schema and no zod (building them cost ~70 ms at every start of the CLI and the core).
 */
export function validatedJson<S extends z.ZodType>(json: Widened<z.output<S>>): z.output<S> {
  return json as unknown as z.output<S>;
}
