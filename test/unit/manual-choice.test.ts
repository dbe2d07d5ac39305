/** Issue 10: which Manual (USSG §1B1.11(a)) when the brief names none; the reason shown. */
import * as assert from "node:assert/strict";
import { resolveSettings } from "../../src/core/settings";
import { Brief } from "../../src/core/brief/brief";

describe("issue 10: the Manual in force on the sentencing date", () => {
  it("no guidelines-manual: the sentencing date decides (Nov. 1 boundary), with §1B1.11(a) named", () => {
    const s = resolveSettings({}, { sentencingDate: "2017-03-03" }, "2026-12-02");
    assert.equal(s.edition, 2016);
    assert.equal(s.editionFrom, "sentencing date");
    assert.equal(s.editionReason, "the Manual in force on the sentencing date (Mar. 3, 2017), USSG §1B1.11(a)");
    assert.equal(s.sentencingDate, "2017-03-03");
    assert.equal(resolveSettings({}, { sentencingDate: "2016-10-31" }, "2026-12-02").edition, 2015);
    assert.equal(resolveSettings({}, { sentencingDate: "2016-11-01" }, "2026-12-02").edition, 2016);
  });
  it("offense date under an earlier Manual: the reason points to §1B1.11(b)(1) and Peugh", () => {
    const s = resolveSettings({}, { sentencingDate: "2017-03-03", offenseDate: "2016-05-10" }, "2026-12-02");
    assert.equal(s.edition, 2016);
    assert.ok(s.editionReason.endsWith("; the offense (May 10, 2016) was committed under the 2015 Manual, which must be used instead if the 2016 Manual gives a higher range (USSG §1B1.11(b)(1); Peugh v. United States, 569 U.S. 530 (2013)) — the range calculator compares both"));
  });
  it("audit 12 D6: an offense before Nov. 1, 1995 was under a Manual Heartland does not have: no comparison is promised", () => {
    const s = resolveSettings({}, { sentencingDate: "1996-06-01", offenseDate: "1994-06-01" }, "2026-12-02");
    assert.equal(s.edition, 1995);
    assert.equal(
      s.editionReason,
      "the Manual in force on the sentencing date (June 1, 1996), USSG §1B1.11(a); the offense (June 1, 1994) was committed under the 1993 Manual, which must be used instead if the 1995 Manual gives a higher range (USSG §1B1.11(b)(1); Peugh v. United States, 569 U.S. 530 (2013)) — Heartland does not have the 1993 Manual, so the range calculator cannot compare them: compare by hand",
    );
    // both dates under the same (1993) edition: nothing about the offense date
    assert.ok(!resolveSettings({}, { sentencingDate: "1994-06-01", offenseDate: "1994-01-10" }, "2026-12-02").editionReason.includes("offense"));
  });
  it("front matter and a year in the settings still win; otherwise today's date", () => {
    assert.equal(resolveSettings({ manual: 2021 }, { sentencingDate: "2017-03-03" }).edition, 2021);
    assert.equal(resolveSettings({}, { manual: 2012, sentencingDate: "2017-03-03" }).edition, 2012);
    const t = resolveSettings({ manual: "latest" }, {}, "2020-06-01");
    assert.equal(t.edition, 2019);
    assert.equal(t.editionReason, "no edition or sentencing date in the brief: the Manual in force on today's date (June 1, 2020)");
  });
  it("a brief's front matter `sentencing-date:` reaches the settings", () => {
    const b = new Brief("---\nsentencing-date: 2005-06-20\n---\nText.\n");
    const s = b.settings({});
    assert.equal(s.edition, 2004);
    assert.equal(s.editionFrom, "sentencing date");
  });
});

