import "./customFunctionsStub";
import * as F from "../../src/functions/functions";
import { computeBudget } from "../../src/engine";

/** IMCOST.COMPARE with an options table: one row per option after the three paths, to the cent of the engine. */

const CENT = 0.005;
const TABLE = [
  ["id", "Name", "PATH", "commercialModel", "goLiveMonthsCommercial", "Rate_private_licence_seat_cn"],
  ["dingtalk", "DingTalk private", "commercial", "private", 4, 250],
  ["", "", "", "", "", ""],
  ["lateSaas", "SaaS, slow roll-out", "商业", "", 9, ""],
];

test("each option row equals the engine with the shared requirements and the row's own values; blank keeps the shared value", () => {
  const table = F.compare([["headcount", 3000]], 3, TABLE);
  expect(table.map((r) => r[0])).toEqual(["Option", "Self-build", "Commercial", "Hybrid", "DingTalk private", "SaaS, slow roll-out"]);
  const tco = table[0].indexOf("TCO");
  const dingtalk = computeBudget({ headcount: 3000, horizonYears: 3, commercialModel: "private", goLiveMonthsCommercial: 4 }, { rateOverrides: { private_licence_seat_cn: { list: 250 } } }).paths.commercial;
  const late = computeBudget({ headcount: 3000, horizonYears: 3, goLiveMonthsCommercial: 9 }).paths.commercial;
  expect(Math.abs((table[4][tco] as number) - dingtalk.tco.toNumber())).toBeLessThan(CENT);
  expect(Math.abs((table[5][tco] as number) - late.tco.toNumber())).toBeLessThan(CENT);
  expect(table.slice(1, 4).map((r) => r[tco])).toEqual(F.compare([["headcount", 3000]], 3).slice(1).map((r) => r[tco]));
});

test.each<[string, unknown[][], RegExp]>([
  ["a bad id", [TABLE[0], ["2nd", "x", "hybrid", "", "", ""]], /options row 2, id.*a letter then up to 30 letters or digits/],
  ["a shared input column", [["id", "name", "path", "headcount"], ["a", "A", "hybrid", 5]], /options row 2: headcount.*shared by every option/],
  ["no path column", [["id", "name"], ["a", "A"]], /id, name and path/],
  ["a rate of 0 the model divides by", [["id", "name", "path", "Rate_vms_per_sre"], ["a", "A", "hybrid", 0]], /Rate_vms_per_sre.*> 0/],
])("%s gives #VALUE! with a message naming the row and the column", (_what, table, message) => {
  expect(() => F.compare(undefined, undefined, table)).toThrow(message);
});
