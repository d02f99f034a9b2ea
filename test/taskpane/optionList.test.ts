import { EngineError, MAX_OPTIONS, catalogueOption, defaultOptions } from "../../src/engine";
import { addFromCatalogue } from "../../src/taskpane/options/vendorChoices";
import { duplicateOption, removeOption, renameOption } from "../../src/taskpane/state/optionList";

const copy = (name: string) => `${name} (copy)`;

test("adding a profile twice gives the second a numbered id and the profile's name", () => {
  const once = addFromCatalogue(defaultOptions(), "feishuCn", "zh-CN");
  const twice = addFromCatalogue(once, "feishuCn", "zh-CN");
  expect(twice.map((o) => o.id)).toEqual(["selfBuild", "commercial", "hybrid", "feishuCn", "feishuCn2"]);
  expect(twice[4]).toEqual({ ...catalogueOption("feishuCn", "feishuCn", "zh-CN"), id: "feishuCn2" });
});

test("a duplicate sits right after its original, with its overrides and a new id", () => {
  const withProfile = addFromCatalogue(defaultOptions(), "dingtalkCn", "en-US");
  const out = duplicateOption(withProfile, "commercial", copy);
  expect(out.map((o) => o.id)).toEqual(["selfBuild", "commercial", "commercial2", "hybrid", "dingtalkCn"]);
  expect(out[2]).toEqual({ ...out[1], id: "commercial2", name: "Commercial (copy)" });
  const profileCopy = duplicateOption(withProfile, "dingtalkCn", copy)[4];
  expect([profileCopy.rates, profileCopy.inputs, profileCopy.catalogue]).toEqual([withProfile[3].rates, withProfile[3].inputs, "dingtalkCn"]);
});

test(`at most ${MAX_OPTIONS} options: the next add or duplicate is refused and the list is unchanged`, () => {
  let options = defaultOptions();
  while (options.length < MAX_OPTIONS) options = duplicateOption(options, "hybrid", copy);
  expect(() => addFromCatalogue(options, "wecomCn", "en-US")).toThrow(EngineError);
  expect(() => duplicateOption(options, "selfBuild", copy)).toThrow(EngineError);
  expect(options).toHaveLength(MAX_OPTIONS);
});

test("renaming keeps the id; a blank, over-long or unstorable name is refused", () => {
  const out = renameOption(defaultOptions(), "commercial", "  Feishu offer 2027 ");
  expect(out[1]).toMatchObject({ id: "commercial", name: "Feishu offer 2027" });
  for (const bad of ["", "   ", "x".repeat(81), "bad\uFFFEname"]) expect(() => renameOption(defaultOptions(), "commercial", bad)).toThrow(EngineError);
});

test("removing drops the option; the last one stays", () => {
  expect(removeOption(defaultOptions(), "hybrid").map((o) => o.id)).toEqual(["selfBuild", "commercial"]);
  const one = removeOption(removeOption(defaultOptions(), "hybrid"), "commercial");
  expect(removeOption(one, "selfBuild").map((o) => o.id)).toEqual(["selfBuild"]);
});
