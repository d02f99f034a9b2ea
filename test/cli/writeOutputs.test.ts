/** The CLI's write step, in process, with file-system failures injected where a real one cannot be made here. */
// The module object itself (not an import namespace), so jest.spyOn can replace its functions.
const fs: typeof import("node:fs") = jest.requireActual("node:fs");
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/budget";
import { EXIT } from "../../src/cli/exitCodes";
import { checkTargets, describeIoError, OutputError, replaceOutputs } from "../../src/cli/writeOutputs";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imcost-write-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli([...args, "--trials", "100"], { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

/** One line, naming the path. */
function expectOneLine(err: string, path: string): void {
  expect(err.trimEnd().split("\n")).toHaveLength(1);
  expect(err).toContain(path);
  expect(err).not.toMatch(/unexpected error|\n\s+at /);
}

describe("describeIoError", () => {
  test.each([
    ["EBUSY", "linux", EXIT.busy, /busy \(EBUSY\).*close it in Excel/],
    ["EPERM", "win32", EXIT.busy, /busy \(EPERM\).*close it in Excel/],
    ["EPERM", "linux", EXIT.denied, /permission denied \(EPERM\)/],
    ["EACCES", "linux", EXIT.denied, /permission denied \(EACCES\)/],
    ["EROFS", "linux", EXIT.denied, /read-only \(EROFS\)/],
    ["ENOSPC", "linux", EXIT.full, /disk is full \(ENOSPC\)/],
    ["ENAMETOOLONG", "linux", EXIT.writeFailed, /name is too long/],
    ["EIO", "linux", EXIT.writeFailed, /: EIO$/],
  ] as const)("%s on %s → exit %i", (code, platform, exit, message) => {
    const e = describeIoError(errno(code), "/data/b.xlsx", "replace", platform);
    expect(e.exitCode).toBe(exit);
    expect(e.message).toMatch(/^cannot replace \/data\/b\.xlsx: /);
    expect(e.message).toMatch(message);
  });
  test("every exit code is distinct", () => {
    expect(new Set(Object.values(EXIT)).size).toBe(Object.values(EXIT).length);
  });
  test("a path with terminal escapes is shown escaped", () => {
    expect(describeIoError(errno("EIO"), "/x/\u001b[31mred.xlsx", "write").message).toContain("\\u001b[31mred.xlsx");
  });
});

describe("the write step through the CLI", () => {
  test("a busy workbook (EBUSY on replace, as Windows reports a file open in Excel): exit 4, 'close it in Excel', old file kept", async () => {
    writeFileSync(join(dir, "budget.xlsx"), "old workbook");
    const rename = fs.renameSync;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      if (String(to).endsWith("budget.xlsx")) throw errno("EBUSY");
      rename(from, to);
    });
    const r = await run([]);
    expect(r.code).toBe(EXIT.busy);
    expect(r.err).toMatch(/close it in Excel/);
    expectOneLine(r.err, join(dir, "budget.xlsx"));
    expect(readFileSync(join(dir, "budget.xlsx"), "utf8")).toBe("old workbook");
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  });

  test("an unwritable folder (EACCES writing the temporary file): exit 5, one line naming the path", async () => {
    jest.spyOn(fs, "writeFileSync").mockImplementation(() => {
      throw errno("EACCES");
    });
    const r = await run(["--out", "b.xlsx"]);
    expect(r.code).toBe(EXIT.denied);
    expectOneLine(r.err, join(dir, "b.xlsx"));
    expect(r.err).toMatch(/permission denied/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("the summary's rename fails after the workbook's succeeded: the old workbook is put back, both old files stay", async () => {
    writeFileSync(join(dir, "b.xlsx"), "old workbook");
    writeFileSync(join(dir, "s.json"), "old summary");
    const rename = fs.renameSync;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      if (String(to).endsWith("s.json")) throw errno("EIO");
      rename(from, to);
    });
    const r = await run(["--out", "b.xlsx", "--summary", "s.json"]);
    expect(r.code).toBe(EXIT.writeFailed);
    expectOneLine(r.err, join(dir, "s.json"));
    expect(r.err).toMatch(/no file was changed/);
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("old workbook");
    expect(readFileSync(join(dir, "s.json"), "utf8")).toBe("old summary");
    expect(readdirSync(dir).sort()).toEqual(["b.xlsx", "s.json"]);
  });

  test("the summary's rename fails and there was no workbook before: the new workbook is removed", async () => {
    const rename = fs.renameSync;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      if (String(to).endsWith("s.json")) throw errno("ENOSPC");
      rename(from, to);
    });
    const r = await run(["--out", "b.xlsx", "--summary", "s.json"]);
    expect(r.code).toBe(EXIT.full);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a legal 250-character file name is written (the temporary name is short)", async () => {
    const name = `${"a".repeat(245)}.xlsx`;
    const r = await run(["--out", name]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });

  test.each([["--out"], ["--summary"]])("%s equal to --input is refused (same path, another spelling, a symbolic link)", async (flag) => {
    writeFileSync(join(dir, "req.json"), '{"headcount": 1000}');
    symlinkSync(join(dir, "req.json"), join(dir, "link.json"));
    for (const target of ["req.json", "./sub/../req.json", join(dir, "req.json"), "link.json"]) {
      fs.mkdirSync(join(dir, "sub"), { recursive: true });
      const r = await run(["--input", "req.json", flag, target]);
      expect({ target, code: r.code }).toEqual({ target, code: EXIT.refused });
      expect(r.err).toMatch(/is the --input file/);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
      expect(readFileSync(join(dir, "req.json"), "utf8")).toBe('{"headcount": 1000}');
    }
  });

  test("a read-only existing target is refused with a message and left as it was", async () => {
    writeFileSync(join(dir, "b.xlsx"), "read-only workbook");
    chmodSync(join(dir, "b.xlsx"), 0o444);
    const r = await run(["--out", "b.xlsx"]);
    expect(r.code).toBe(EXIT.refused);
    expect(r.err).toMatch(/b\.xlsx is read-only/);
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("read-only workbook");
    expect(readdirSync(dir)).toEqual(["b.xlsx"]);
  });
});

describe("replaceOutputs and checkTargets directly", () => {
  test("replaces both files; leaves no temporary or backup file", () => {
    writeFileSync(join(dir, "a"), "old a");
    replaceOutputs([
      { flag: "--out", path: join(dir, "a"), data: "new a" },
      { flag: "--summary", path: join(dir, "b"), data: "new b" },
    ]);
    expect([readFileSync(join(dir, "a"), "utf8"), readFileSync(join(dir, "b"), "utf8")]).toEqual(["new a", "new b"]);
    expect(readdirSync(dir).sort()).toEqual(["a", "b"]);
  });

  test("if putting the first file back fails too, its backup is kept and named", () => {
    writeFileSync(join(dir, "a"), "old a");
    const rename = fs.renameSync;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      if (String(to).endsWith("/b") || String(from).endsWith(".bak")) throw errno("EIO");
      rename(from, to);
    });
    let error: unknown;
    try {
      replaceOutputs([
        { flag: "--out", path: join(dir, "a"), data: "new a" },
        { flag: "--summary", path: join(dir, "b"), data: "new b" },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    const backup = readdirSync(dir).find((f) => f.endsWith(".bak"))!;
    expect((error as Error).message).toContain(`could not put back ${join(dir, "a")} (EIO, the previous file is kept as ${join(dir, backup)})`);
    expect(readFileSync(join(dir, backup), "utf8")).toBe("old a");
  });

  test("--out and --summary naming one file are refused", () => {
    const invalid = (m: string) => new Error(m);
    expect(() => checkTargets([{ flag: "--out", path: join(dir, "x") }, { flag: "--summary", path: join(dir, "sub/../x") }], [], invalid)).toThrow("--summary and --out must be different files");
    expect(existsSync(join(dir, "x"))).toBe(false);
  });
});
