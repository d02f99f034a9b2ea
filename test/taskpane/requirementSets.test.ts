import {
  REQUIRED_SETS,
  SUPPORTED_EXCEL,
  isChinese,
  missingRequirementSets,
  unsupportedMessage,
} from "../../src/taskpane/requirementSets";

/** An isSetSupported that knows the given "Name version" pairs and compares versions numerically. */
function host(...available: string[]) {
  const have = new Map(available.map((s) => s.split(" ") as [string, string]));
  return (name: string, version: string) => {
    const v = have.get(name);
    if (v === undefined) return false;
    const [a1, a2 = 0] = v.split(".").map(Number);
    const [b1, b2 = 0] = version.split(".").map(Number);
    return a1 > b1 || (a1 === b1 && a2 >= b2);
  };
}

describe("REQUIRED_SETS", () => {
  it("declares SharedRuntime 1.1, CustomFunctionsRuntime 1.1 and ExcelApi 1.9", () => {
    expect(REQUIRED_SETS.map((s) => `${s.name} ${s.version}`)).toEqual([
      "SharedRuntime 1.1",
      "CustomFunctionsRuntime 1.1",
      "ExcelApi 1.9",
    ]);
  });
});

describe("missingRequirementSets", () => {
  it("is empty when everything is supported", () => {
    expect(missingRequirementSets(() => true)).toEqual([]);
    expect(missingRequirementSets(host("SharedRuntime 1.1", "CustomFunctionsRuntime 1.5", "ExcelApi 1.17"))).toEqual([]);
  });

  it("names each missing set in declaration order", () => {
    const missing = missingRequirementSets(host("CustomFunctionsRuntime 1.3", "ExcelApi 1.8"));
    expect(missing.map((s) => s.name)).toEqual(["SharedRuntime", "ExcelApi"]);
  });

  it("asks for the declared versions", () => {
    const asked: string[] = [];
    missingRequirementSets((n, v) => (asked.push(`${n} ${v}`), true));
    expect(asked).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1", "ExcelApi 1.9"]);
  });

  it("counts a throwing checker as missing", () => {
    const missing = missingRequirementSets((name) => {
      if (name === "ExcelApi") throw new Error("boom");
      return true;
    });
    expect(missing.map((s) => s.name)).toEqual(["ExcelApi"]);
  });

  it("reports all sets when nothing is supported (e.g. opened outside Office)", () => {
    expect(missingRequirementSets(() => false)).toHaveLength(REQUIRED_SETS.length);
  });
});

describe("unsupportedMessage", () => {
  const missing = missingRequirementSets(host("ExcelApi 1.9"));

  it("names what is missing and which Excel works, in English", () => {
    const msg = unsupportedMessage(missing, "en-US");
    expect(msg).toContain("SharedRuntime 1.1");
    expect(msg).toContain("CustomFunctionsRuntime 1.1");
    expect(msg).not.toContain("ExcelApi");
    expect(msg).toContain(SUPPORTED_EXCEL.en);
    expect(msg).toContain("version 2002 or later");
  });

  it("is in Chinese for a Chinese display language", () => {
    const msg = unsupportedMessage(missing, "zh-CN");
    expect(msg).toContain("SharedRuntime 1.1");
    expect(msg).toContain(SUPPORTED_EXCEL.zh);
    expect(msg).not.toContain("Please use");
  });

  it("falls back to English without a display language", () => {
    expect(unsupportedMessage(missing)).toContain(SUPPORTED_EXCEL.en);
  });
});

describe("isChinese", () => {
  it.each([
    ["zh-CN", true],
    ["zh-cn", true],
    ["zh-TW", true],
    ["zh", true],
    ["en-US", false],
    ["", false],
    [undefined, false],
    [null, false],
  ])("%s -> %s", (lang, expected) => {
    expect(isChinese(lang)).toBe(expected);
  });
});
