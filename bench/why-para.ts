import { readParagraph } from "../src/core/precedent/detect";
const t = process.argv[2];
const r = readParagraph(t, 0, t.length, { author: "defense", headings: process.argv[3] ? [process.argv[3]] : [] }, true);
console.log(JSON.stringify(r.detections.map((d) => ({ rule: d.rule, text: d.text.slice(0, 80) }))));
const e = r.evidence!;
console.log("topics", [...e.topics], "words", [...e.topicWords].filter(([k]) => k === "fast-track-disparity"), "excl", [...e.excluded]);
console.log(JSON.stringify({ partyArgues: e.partyArgues, request: e.request, holding: e.holding, government: e.government, generic: e.generic, variance: e.variance, departure: e.departure, opposes: e.opposes, generalLaw: e.generalLaw, tone: e.tone }));
console.log(JSON.stringify(e.sentences.map((s) => [s.start, s.rules, s.otherCase, s.disclaims])));
