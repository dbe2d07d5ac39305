import * as assert from "node:assert/strict";
import { briefDateOfText } from "../../src/core/brief/briefDate";
import { Brief } from "../../src/core/brief/brief";

const TODAY = "2026-12-06";

describe("the brief's date from its text (no date in the front matter)", () => {
  it("reads a signature block's date, a declaration's, a certificate of service's, and a letter's date line", () => {
    assert.equal(briefDateOfText("# Memo\n\nText.\n\nDated: September 8, 2006\n\n/s/ Counsel\n", TODAY), "2006-09-08");
    assert.equal(briefDateOfText("Text.\n\nDATED this 4th day of October, 2007.\n", TODAY), "2007-10-04");
    assert.equal(briefDateOfText("Text.\n\nI declare under penalty of perjury that the foregoing is true. Executed on March 2, 2010.\n", TODAY), "2010-03-02");
    assert.equal(briefDateOfText("Text.\n\nI certify that on April 17, 2014, a copy was served.\n", TODAY), "2014-04-17");
    assert.equal(briefDateOfText("Case 1:21-cr-00544 Document 37\n\n                    May 9, 2022\n\nDear Judge Hargrove:\n\nI write …\n", TODAY), "2022-05-09");
    // the signature's date wins over a date line at the top
    assert.equal(briefDateOfText("June 1, 2019\n\nText.\n\nDated: June 3, 2019\n", TODAY), "2019-06-03");
  });
  it("reads nothing from a paragraph that mentions a date, a date in the future, or one before the Guidelines", () => {
    assert.equal(briefDateOfText("# Memo\n\nHe was sentenced on April 10, 2006 to 63 months, and the Court should now reduce it.\n", TODAY), undefined);
    assert.equal(briefDateOfText("Text.\n\nDated: January 5, 2027\n", TODAY), undefined);
    assert.equal(briefDateOfText("Text.\n\nDated: March 3, 1985\n", TODAY), undefined);
    assert.equal(briefDateOfText("Date of arrest: unknown\n", TODAY), undefined);
    // a date line deep in a long brief's middle is not its date line
    assert.equal(briefDateOfText(`# Memo\n\n${"Text. ".repeat(500)}\n\nMay 9, 2022\n\n${"More. ".repeat(1000)}\n`, TODAY), undefined);
  });
  it("gives a brief whose front matter names no date the law of that day, and says where the date came from", () => {
    const b = new Brief("# Sentencing Memorandum\n\nText.\n\nDated: September 8, 2006\n");
    assert.equal(b.front.briefDate, "2006-09-08");
    assert.equal(b.front.briefDateFrom, "text");
    const s = b.settings({});
    assert.equal(s.edition, 2005);
    assert.match(s.editionReason, /the brief's date, as its signature or date line gives it \(Sept\. 8, 2006\)/);
    // front matter's own dates win
    const f = new Brief("---\nsentencing-date: 2012-03-01\n---\n\n# Memo\n\nDated: September 8, 2006\n");
    assert.equal(f.front.briefDate, undefined);
    assert.equal(f.settings({}).edition, 2011);
  });
});
