import { writeBatches } from "../../src/workbook/writeBatches";

/** A sheet whose blocks' JSON is exactly `chars` long. */
function sheet(key: string, chars: number): { key: string; blocks: unknown[] } {
  const empty = JSON.stringify([""]).length; // [""] is 4 characters
  return { key, blocks: ["x".repeat(chars - empty)] };
}

describe("writeBatches", () => {
  test("groups consecutive sheets up to the limit, in plan order", () => {
    const sheets = [sheet("a", 40), sheet("b", 50), sheet("c", 20), sheet("d", 90), sheet("e", 5)];
    const keys = writeBatches(sheets as never[], 100).map((b) => b.map((s: { key: string }) => s.key));
    expect(keys).toEqual([["a", "b"], ["c"], ["d", "e"]]);
  });

  test("a batch exactly at the limit is kept whole; a sheet over the limit goes alone", () => {
    const keys = writeBatches([sheet("a", 60), sheet("b", 40), sheet("c", 250), sheet("d", 4)] as never[], 100).map((b) => b.map((s: { key: string }) => s.key));
    expect(keys).toEqual([["a", "b"], ["c"], ["d"]]);
  });

  test("no sheets, no batches", () => {
    expect(writeBatches([], 100)).toEqual([]);
  });
});
