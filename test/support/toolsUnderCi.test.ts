/**
 * Tests that need a tool (LibreOffice) or the build (dist/) fail under CI when it is missing, and skip with a
 * warning only locally.
 */
import { requireSoffice } from "./libreOffice";
import { underCi } from "./underCi";

/** Runs f with the global `test` replaced by a recorder; returns the tests f registered. */
function registered(f: () => void): { name: string; fn: () => void }[] {
  const seen: { name: string; fn: () => void }[] = [];
  const g = globalThis as unknown as { test: unknown };
  const original = g.test;
  g.test = (name: string, fn: () => void) => seen.push({ name, fn });
  try {
    f();
  } finally {
    g.test = original;
  }
  return seen;
}

describe("a missing LibreOffice", () => {
  test("is a failing test under CI=true", () => {
    const tests = registered(() => expect(requireSoffice("recalculation", null, { CI: "true" })).toBeNull());
    expect(tests.map((t) => t.name)).toEqual(["LibreOffice is installed (required under CI)"]);
    expect(tests[0].fn).toThrow(/recalculation: LibreOffice \(soffice\) not found/);
  });

  test("is a warning and a skip locally", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(registered(() => expect(requireSoffice("recalculation", null, {})).toBeNull())).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/soffice.*not found.*skipped locally/));
    } finally {
      warn.mockRestore();
    }
  });

  test("a found soffice is returned as is", () => {
    expect(registered(() => expect(requireSoffice("x", "/usr/bin/soffice", { CI: "true" })).toBe("/usr/bin/soffice"))).toEqual([]);
  });

  test("CI means any value but empty, false or 0", () => {
    expect([underCi({ CI: "true" }), underCi({ CI: "1" }), underCi({ CI: "false" }), underCi({ CI: "0" }), underCi({})]).toEqual([true, true, false, false, false]);
  });
});
