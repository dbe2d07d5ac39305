import * as assert from "node:assert/strict";
import { briefDateOfText, sentencingDateOfText } from "../../src/core/brief/briefDate";
import { Brief } from "../../src/core/brief/brief";
import { captionCircuit } from "../../src/core/brief/briefCourt";

const TODAY = "2026-12-06";

describe("the brief's date from its text (no date in the front matter)", () => {
  it("reads a signature block's date, a declaration's, a certificate of service's, and a letter's date line", () => {
    assert.equal(briefDateOfText("# Memo\n\nText.\n\nDated: September 8, 2006\n\n/s/ Counsel\n", TODAY), "2006-09-08");
    assert.equal(briefDateOfText("Text.\n\nDATED this 4th day of October, 2007.\n", TODAY), "2007-10-04");
    // the signing idiom after "Respectfully submitted" (probe pl-034: a 2022 memorandum had been read under the 2025 Manual)
    assert.equal(briefDateOfText("Text.\n\nRESPECTFULLY SUBMITTED this 30th day of August, 2022.\n\ns/ Counsel\n", TODAY), "2022-08-30");
    assert.equal(briefDateOfText("Text.\n\nOn the 30th day of August, 2022, the court held a hearing.\n", TODAY), undefined);
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

describe("the sentencing date a memorandum's introduction names (no date in the front matter or signature)", () => {
  it("reads the future and scheduled forms near the top, and nothing else", () => {
    assert.equal(sentencingDateOfText("# Memo\n\nAurelio Mendoza-Vidal will be sentenced on October 14, 2009 for being found in the United States.\n", TODAY), "2009-10-14");
    assert.equal(sentencingDateOfText("# Memo\n\nMr. Ruiz is scheduled to be sentenced on May 29, 2002.\n", TODAY), "2002-05-29");
    assert.equal(sentencingDateOfText("# Memo\n\nMs. Cruz will appear for sentencing on March 21, 2002.\n", TODAY), "2002-03-21");
    assert.equal(sentencingDateOfText("# Memo\n\nSentencing is currently set for Sept. 3, 2015.\n", TODAY), "2015-09-03");
    // a motion after sentence recounts the day it was imposed: no guide to the motion's own law
    assert.equal(sentencingDateOfText("# Motion\n\nHe was sentenced on April 10, 2006 to 63 months.\n", TODAY), undefined);
    assert.equal(sentencingDateOfText("# Memo\n\nHe will be sentenced on January 5, 2027.\n", TODAY), undefined);
    assert.equal(sentencingDateOfText(`# Memo\n\n${"Text. ".repeat(800)}\n\nHe will be sentenced on October 14, 2009.\n`, TODAY), undefined);
  });
  it("gives the brief the Manual in force that day, says so, and yields to a signature's date and to front matter", () => {
    const b = new Brief("# Sentencing Memorandum\n\nMr. Mendoza-Vidal will be sentenced on October 14, 2009.\n\nThe Court should vary.\n");
    assert.equal(b.front.briefDate, "2009-10-14");
    assert.equal(b.front.briefDateFrom, "sentencing");
    const s = b.settings({});
    assert.equal(s.edition, 2008);
    assert.match(s.editionReason, /the sentencing date the brief's introduction names \(Oct\. 14, 2009\)/);
    const signed = new Brief("# Memo\n\nHe will be sentenced on October 14, 2009.\n\nDated: September 30, 2009\n");
    assert.equal(signed.front.briefDate, "2009-09-30");
    assert.equal(signed.front.briefDateFrom, "text");
    assert.equal(new Brief("---\ndate: 2011-02-01\n---\n\n# Memo\n\nHe will be sentenced on October 14, 2009.\n").front.briefDate, "2011-02-01");
  });
});

describe("the brief's circuit from its caption (no circuit in the front matter)", () => {
  it("reads a court of appeals, or a district court and its State's circuit (28 U.S.C. § 41)", () => {
    assert.equal(captionCircuit("UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nNo. 01-10219\n"), "9");
    assert.equal(captionCircuit("In the United States Court of Appeals for the District of Columbia Circuit\n"), "dc");
    assert.equal(captionCircuit("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\nEL PASO DIVISION\n"), "5");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n"), "2");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF WEST VIRGINIA\n"), "4");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA\n"), "dc");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nDISTRICT OF PUERTO RICO\n"), "1");
    // an appeal names the court below too: the court of appeals decides
    assert.equal(captionCircuit("UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT\n\nOn Appeal from the United States District Court for the District of Utah\n"), "10");
  });
  it("reads nothing where no court is named at the top, where two circuits are, or from a district named in the body", () => {
    assert.equal(captionCircuit("# Sentencing Memorandum\n\nHad he been arrested in the District of Arizona …\n"), undefined);
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nHe was first convicted in the Southern District of New York.\n"), undefined);
    assert.equal(captionCircuit(`# Memo\n\n${"Text. ".repeat(300)}\n\nUNITED STATES DISTRICT COURT FOR THE DISTRICT OF KANSAS\n`), undefined);
  });
  it("gives a brief whose front matter names no circuit its caption's, and says so; front matter wins", () => {
    const b = new Brief("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\n\nDEFENDANT'S OBJECTIONS\n\nText.\n");
    const s = b.settings({ circuit: "9" });
    assert.deepEqual([s.circuit, s.circuitFrom], ["5", "caption"]);
    const f = new Brief("---\ncircuit: 2\n---\n\nIN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\n");
    assert.deepEqual([f.settings({}).circuit, f.settings({}).circuitFrom], ["2", "front matter"]);
  });
});
