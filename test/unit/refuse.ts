import * as assert from "node:assert/strict";
import { computeRange, RangeInputError } from "../../src/core/sentencing";

/** The issues a bad calculator input raises, as "field: message" (fails when the input is accepted). */
export function refuse(raw: unknown): string[] {
  try {
    computeRange(raw);
  } catch (e) {
    if (e instanceof RangeInputError) return e.issues.map((i) => `${i.field}: ${i.message}`);
    throw e;
  }
  assert.fail("expected the input to be refused");
}
