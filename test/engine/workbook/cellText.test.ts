import { cellTextProblem, checkSheetName, invalidXmlCharacter, isFormulaLike, MAX_CELL_CHARS, safeCellText, sheetNameProblem, validateRequirements } from "../../../src/engine";

describe("characters XML cannot hold", () => {
  test.each([
    ["U+FFFE", "ab\ufffecd", "U+FFFE at position 3"],
    ["U+FFFF", "\uffff", "U+FFFF at position 1"],
    ["NUL", "a\u0000", "U+0000 at position 2"],
    ["escape", "x\u001b[31m", "U+001B at position 2"],
    ["vertical tab", "\u000b", "U+000B at position 1"],
    ["form feed", "\u000c", "U+000C at position 1"],
    ["U+0008", "\u0008", "U+0008 at position 1"],
    ["U+001F", "\u001f", "U+001F at position 1"],
    ["lone high surrogate", "a\ud83d", "U+D83D at position 2"],
    ["lone low surrogate", "\ude00b", "U+DE00 at position 1"],
    ["reversed pair", "\ude00\ud83d", "U+DE00 at position 1"],
  ])("%s is found", (_what, text, where) => {
    expect(invalidXmlCharacter(text)).toBe(where);
    expect(cellTextProblem(text)).toContain(`found ${where}`);
    expect(invalidXmlCharacter(safeCellText(text))).toBeNull();
  });

  test.each([["tab, newline, carriage return", "a\tb\nc\rd"], ["a surrogate pair", "😀"], ["Chinese", "自建方案"], ["U+FFFD", "\ufffd"], ["U+FFFC", "\ufffc"], ["U+007F and C1", "\u007f\u0085"]])("%s pass", (_what, text) => {
    expect(invalidXmlCharacter(text)).toBeNull();
    expect(cellTextProblem(text)).toBeNull();
    expect(safeCellText(text)).toBe(text);
  });

  test("generated labels: each such character becomes U+FFFD, the rest is kept", () => {
    expect(safeCellText("a\ufffeb\u0001c\ud800d😀")).toBe("a\ufffdb\ufffdc\ufffdd😀");
  });

  test("lengths stay within Excel's 32,767 characters, never splitting a surrogate pair", () => {
    expect(MAX_CELL_CHARS).toBe(32767);
    expect(safeCellText("x".repeat(40000))).toHaveLength(32767);
    const pairs = `${"x".repeat(32766)}😀`; // the pair would straddle the limit
    expect(safeCellText(pairs)).toBe("x".repeat(32766));
    expect(cellTextProblem("x".repeat(32767))).toBeNull();
    expect(cellTextProblem("x".repeat(32768))).toBe("text of at most 32,767 characters (got 32,768)");
  });
});

describe("formula-like text", () => {
  test.each(["=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "\t=1", "\r=1"])("%j is formula-like", (text) => expect(isFormulaLike(text)).toBe(true));
  test.each(["1+1", "a=b", " x", "", "自建", "'=1"])("%j is not", (text) => expect(isFormulaLike(text)).toBe(false));
});

describe("sheet names", () => {
  test.each(["Inputs", "自建方案", "Self-build (3 yr)", "a".repeat(31), "It's"])("%j is accepted", (name) => {
    expect(sheetNameProblem(name)).toBeNull();
    expect(checkSheetName(name)).toBe(name);
  });
  test.each([
    ["", /blank/],
    ["   ", /blank/],
    ["a".repeat(32), /at most 31 characters \(got 32\)/],
    ["a:b", /: \\ \/ \? \* \[ or \]/],
    ["a\\b", /must not contain/],
    ["a/b", /must not contain/],
    ["a?b", /must not contain/],
    ["a*b", /must not contain/],
    ["a[b", /must not contain/],
    ["a]b", /must not contain/],
    ["'a", /apostrophe/],
    ["a'", /apostrophe/],
    ["a\u0001", /control characters \(found U\+0001 at position 2\)/],
    ["History", /reserved/],
  ])("%j is refused", (name, why) => {
    expect(sheetNameProblem(name)).toMatch(why);
    expect(() => checkSheetName(name)).toThrow(/Plan error: sheet name/);
  });
});

describe("requirement text values", () => {
  test.each([["videoResolution", "720p\ufffe"], ["hosting", "cloud\u001b"], ["headcount", "\ud800"], ["moderation", "TRUE\u0000"]])("%s = %j is refused, naming the field and the character", (key, value) => {
    const { errors } = validateRequirements({ [key]: value });
    const e = errors.find((x) => x.field === key);
    expect(e).toBeDefined();
    expect(e!.allowed).toMatch(/characters a workbook cannot hold \(found U\+[0-9A-F]{4} at position \d+\)/);
  });
});
