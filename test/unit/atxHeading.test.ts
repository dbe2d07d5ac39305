/** atxHeading: the one reader of ATX heading lines (the brief's context and the table of authorities). */
import * as assert from "node:assert/strict";
import { atxHeading } from "../../src/core/brief/lines";

describe("atxHeading: the heading a line is", () => {
  const cases: [string, { level: number; text: string } | undefined][] = [
    ["# Sentencing Memorandum", { level: 1, text: "Sentencing Memorandum" }],
    ["## II. Argument ##", { level: 2, text: "II. Argument" }],
    ["   ### Facts", { level: 3, text: "Facts" }],
    ["###### Six", { level: 6, text: "Six" }],
    ["## Argument ##\r", { level: 2, text: "Argument" }],
    ["##\tTabbed", { level: 2, text: "Tabbed" }],
    ["## C# in a title", { level: 2, text: "C# in a title" }],
    ["##", { level: 2, text: "" }],
    ["## ###", { level: 2, text: "" }],
    ["####### Seven", undefined],
    ["#hashtag", undefined],
    ["    # indented four: code", undefined],
    ["Text # not a heading", undefined],
  ];
  for (const [line, want] of cases) it(JSON.stringify(line), () => assert.deepEqual(atxHeading(line), want));
});
