/** What the CLI echoes of the user's input: escaped, cut, counted; big files and duplicate keys refused. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_INPUT_BYTES, runCli } from "../../src/cli/budget";
import { escapeText } from "../../src/cli/escapeText";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imcost-echo-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function runWith(json: string): Promise<{ code: number; err: string }> {
  writeFileSync(join(dir, "req.json"), json);
  let err = "";
  const code = await runCli(["--input", "req.json", "--trials", "100"], { out: () => undefined, err: (t) => (err += t), cwd: dir });
  return { code, err };
}

/** No C0/C1 control character except the newlines between lines. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("escapeText", () => {
  test("control characters, bidi overrides, line separators and lone surrogates become \\u escapes", () => {
    expect(escapeText("a\u001b[31mb\u0007\u009b\u202e\u2028\ud800z")).toBe("a\\u001b[31mb\\u0007\\u009b\\u202e\\u2028\\ud800z");
  });
  test("ordinary text, Chinese and astral characters pass", () => {
    expect(escapeText("并发用户 😀 ok")).toBe("并发用户 😀 ok");
  });
  test("long text is cut to 60 code points plus …, never inside a surrogate pair", () => {
    expect(escapeText("x".repeat(100))).toBe(`${"x".repeat(60)}…`);
    expect(escapeText("😀".repeat(100))).toBe(`${"😀".repeat(60)}…`);
  });
});

describe("the CLI's messages", () => {
  test("a key holding terminal escape codes is printed escaped", async () => {
    const key = "\u001b]0;owned\u0007\u001b[2J\u009b31m";
    const r = await runWith(JSON.stringify({ [key]: 1 }));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(CONTROL);
    expect(r.err).toContain('unknown requirement key "\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m"');
  });

  test("a value holding control characters is printed escaped", async () => {
    const r = await runWith(JSON.stringify({ videoResolution: "4k\u001b[31m\u009b\r" }));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(CONTROL);
    expect(r.err).toMatch(/"videoResolution".*got "4k\\u001b\[31m\\u009b\\r"/);
  });

  test("a 200,000-character key is cut to a readable length", async () => {
    const r = await runWith(JSON.stringify({ ["k".repeat(200_000)]: 1 }));
    expect(r.code).toBe(2);
    expect(r.err.length).toBeLessThan(2000);
    expect(r.err).toContain(`unknown requirement key "${"k".repeat(60)}…"`);
  });

  test("25 unknown keys: the first 20 are listed, then '… and 5 more'", async () => {
    const raw = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`unknown${i}`, i]));
    const r = await runWith(JSON.stringify(raw));
    expect(r.code).toBe(2);
    for (let i = 0; i < 20; i++) expect(r.err).toContain(`"unknown${i}"`);
    expect(r.err).not.toContain('"unknown20"');
    expect(r.err).toContain("… and 5 more");
    expect(r.err.split("\n").filter((l) => /unknown requirement key/.test(l))).toHaveLength(20);
  });

  test("exactly 20 problems are all listed, with no count", async () => {
    const raw = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`unknown${i}`, i]));
    const r = await runWith(JSON.stringify(raw));
    expect(r.err).toContain('"unknown19"');
    expect(r.err).not.toContain("more");
  });

  test("an input file over 1 MB is refused before parsing, naming the limit", async () => {
    expect(MAX_INPUT_BYTES).toBe(1024 * 1024);
    const pad = " ".repeat(MAX_INPUT_BYTES - 20);
    const r = await runWith(`{"headcount": 1000${pad}}`.padEnd(MAX_INPUT_BYTES + 1, " "));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--input file req\.json is 1,048,577 bytes; at most 1,048,576 bytes \(1 MB\) are allowed/);
    expect(readdirSync(dir)).toEqual(["req.json"]);
  });

  test("a file of exactly 1 MB is read", async () => {
    const r = await runWith(`{"headcount": 1000}`.padEnd(MAX_INPUT_BYTES, " "));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  test("a duplicate key is an error naming the key (JSON.parse would keep the last value)", async () => {
    const r = await runWith('{"headcount": 1000, "horizonYears": 3, "headcount": 2000}');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/duplicate key "headcount" in --input file req\.json/);
    expect(readdirSync(dir)).toEqual(["req.json"]);
  });
});
