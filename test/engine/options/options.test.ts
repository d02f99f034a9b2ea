import { computeBudget, computeOptions, optionsMonteCarlo, parseOptions, EngineError, type BudgetOption } from "../../../src/engine";
import { errorOf } from "../../support/errorOf";

describe("parseOptions", () => {
  test("the three paths are the default options, named in the user's language", () => {
    expect(parseOptions({}).map((o) => [o.id, o.name, o.path])).toEqual([
      ["selfBuild", "Self-build", "selfBuild"],
      ["commercial", "Commercial", "commercial"],
      ["hybrid", "Hybrid", "hybrid"],
    ]);
    expect(parseOptions({}, "zh-CN").map((o) => o.name)).toEqual(["自建", "商业", "混合"]);
  });

  test("options add to the defaults unless replaceDefaults, with their inputs and rates checked", () => {
    const list = [{ id: "dingtalkPrivate", name: " DingTalk private ", path: "commercial", overrides: { commercialModel: "private", goLiveMonthsCommercial: 4, rates: { private_licence_seat_cn: { list: 250 } } } }];
    const added = parseOptions({ options: list });
    expect(added.map((o) => o.id)).toEqual(["selfBuild", "commercial", "hybrid", "dingtalkPrivate"]);
    expect(added[3]).toEqual({ id: "dingtalkPrivate", name: "DingTalk private", path: "commercial", inputs: { commercialModel: "private", goLiveMonthsCommercial: 4 }, rates: { private_licence_seat_cn: { list: 250 } } });
    expect(parseOptions({ options: list, replaceDefaults: true }).map((o) => o.id)).toEqual(["dingtalkPrivate"]);
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["a bad id", { options: [{ id: "1st", name: "x", path: "hybrid" }] }, "options[0].id", "a letter then up to 30 letters or digits"],
    ["an id of 32 characters", { options: [{ id: `a${"b".repeat(31)}`, name: "x", path: "hybrid" }] }, "options[0].id", "a letter then up to 30 letters or digits"],
    ["an id taken, ignoring case", { options: [{ id: "Hybrid", name: "x", path: "hybrid" }] }, "options.Hybrid.id", 'an id no other option has, ignoring case (taken by "Hybrid")'],
    ["a shared input", { options: [{ id: "big", name: "x", path: "hybrid", overrides: { headcount: 9 } }] }, "options.big.overrides.headcount", "only the path and staffing inputs and rates differ by option; headcount is shared by every option (set it with the requirements)"],
    ["an unknown field", { options: [{ id: "a", name: "x", path: "hybrid", price: 3 }] }, "options[0].price", "id, name, path, catalogue, overrides"],
    ["a name a workbook cannot hold", { options: [{ id: "a", name: "x\ufffe", path: "hybrid" }] }, "options.a.name", "text without control characters or other characters a workbook cannot hold (found U+FFFE at position 2)"],
    ["an empty name", { options: [{ id: "a", name: "  ", path: "hybrid" }] }, "options.a.name", "a text of 1 to 80 characters"],
    ["an input out of range", { options: [{ id: "a", name: "x", path: "hybrid", overrides: { goLiveMonthsHybrid: 61 } }] }, "options.a.overrides.goLiveMonthsHybrid", "a whole number from 0 to 60"],
    ["a zero divisor rate", { options: [{ id: "a", name: "x", path: "hybrid", overrides: { rates: { vms_per_sre: { list: 0 } } } }] }, "options.a.overrides.rates: Rate_vms_per_sre", "a number > 0"],
    ["six options beside the paths", { options: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, name: id, path: "hybrid" })) }, "options", "at most 8 options, the 3 paths included (5 more, or set replaceDefaults)"],
    ["no option at all", { options: [], replaceDefaults: true }, "options", "at least one option when replaceDefaults is true"],
  ])("%s is refused, naming the field and what is allowed", (_what, data, field, allowed) => {
    const e = errorOf(() => parseOptions(data));
    expect(e).toBeInstanceOf(EngineError);
    expect([e.field, e.allowed]).toEqual([field, allowed]);
  });
});

describe("computeOptions", () => {
  test("the default options cost exactly what the three paths cost", () => {
    const direct = computeBudget({ headcount: 8000 });
    for (const { option, budget } of computeOptions({ headcount: 8000 }, parseOptions({}))) expect(budget.tco.toString()).toBe(direct.paths[option.path].tco.toString());
  });

  test("an option that only overrides commercialModel costs what the commercial path costs with that input", () => {
    const [o] = parseOptions({ options: [{ id: "priv", name: "Private", path: "commercial", overrides: { commercialModel: "private" } }], replaceDefaults: true });
    const [ob] = computeOptions({}, [o]);
    const direct = computeBudget({ commercialModel: "private" }).paths.commercial;
    expect([ob.budget.tco.toString(), ob.budget.npv.toString()]).toEqual([direct.tco.toString(), direct.npv.toString()]);
    expect(ob.budget.tco.eq(computeBudget({}).paths.commercial.tco)).toBe(false);
  });

  test("an option's rate change sits on top of the shared change to the same rate, field by field", () => {
    const shared = { salary_developer: { list: 400000, source: "shared survey", date: "2026-06", status: "SEEN" as const } };
    const [o] = parseOptions({ options: [{ id: "cheap", name: "Cheap team", path: "selfBuild", overrides: { rates: { salary_developer: { list: 300000 } } } }], replaceDefaults: true });
    const [ob] = computeOptions({}, [o], { rateOverrides: shared });
    const direct = computeBudget({}, { rateOverrides: { salary_developer: { list: 300000, source: "shared survey", date: "2026-06", status: "SEEN" } } }).paths.selfBuild;
    expect(ob.budget.tco.toString()).toBe(direct.tco.toString());
  });

  test("an option built in code with an input out of range is refused, naming the option", () => {
    const options: BudgetOption[] = [{ id: "late", name: "Late", path: "selfBuild", inputs: { goLiveMonthsSelfBuild: 99 }, rates: {} }];
    const e = errorOf(() => computeOptions({}, options));
    expect([e.field, e.allowed]).toEqual(["options.late: goLiveMonthsSelfBuild", "a whole number from 0 to 60"]);
  });
});

test("every option's Monte Carlo sees the same draws, whatever other options are compared", () => {
  const options = parseOptions({ options: [{ id: "fast", name: "Fast build", path: "selfBuild", overrides: { goLiveMonthsSelfBuild: 6 } }] });
  const all = optionsMonteCarlo({}, options, { trials: 400, seed: 7 });
  const alone = optionsMonteCarlo({}, [options[3]], { trials: 400, seed: 7 });
  expect(alone[0].risk).toEqual(all[3].risk);
  const reversed = optionsMonteCarlo({}, [...options].reverse(), { trials: 400, seed: 7 });
  expect(reversed[0].risk).toEqual(all[3].risk);
  expect(reversed[3].risk).toEqual(all[0].risk);
});

describe("options from the vendor catalogue", () => {
  test("picking a profile takes its path, inputs and rates; the option's own overrides sit on top", () => {
    const [o] = parseOptions({ options: [{ id: "mm", catalogue: "mattermost", overrides: { goLiveMonthsCommercial: 3 } }], replaceDefaults: true });
    expect([o.id, o.path, o.catalogue, o.inputs]).toEqual(["mm", "commercial", "mattermost", { commercialModel: "private", goLiveMonthsCommercial: 3 }]);
    expect(o.name.length).toBeGreaterThan(0);
    const [ob] = computeOptions({ deploymentRegion: "international", currency: "USD" }, [o]);
    const direct = computeBudget({ deploymentRegion: "international", currency: "USD", commercialModel: "private", goLiveMonthsCommercial: 3 }, { rateOverrides: o.rates }).paths.commercial;
    expect(ob.budget.tco.toString()).toBe(direct.tco.toString());
  });

  test("an unknown profile, or one of the other region's price list, is refused naming the option", () => {
    expect(errorOf(() => parseOptions({ options: [{ id: "x", catalogue: "skype" }] })).field).toBe("options.x.catalogue");
    const options = parseOptions({ options: [{ id: "sl", catalogue: "slack" }] });
    const e = errorOf(() => computeOptions({ deploymentRegion: "cn" }, options));
    expect(e.field).toBe("options.sl.catalogue");
    expect(e.allowed).toBe("a profile of the China price list, which this deployment prices (slack fills the international list)");
  });
});

test("a catalogue option is named in the user's language unless it has its own name", () => {
  const [, , , zh] = parseOptions({ options: [{ id: "f", catalogue: "feishuCn" }] }, "zh-CN");
  const [, , , en] = parseOptions({ options: [{ id: "f", catalogue: "feishuCn" }] });
  expect(zh.name).not.toBe(en.name);
  expect(/[\u4e00-\u9fff]/.test(zh.name)).toBe(true);
  expect(parseOptions({ options: [{ id: "f", name: "Ours", catalogue: "feishuCn" }] }, "zh-CN")[3].name).toBe("Ours");
});
