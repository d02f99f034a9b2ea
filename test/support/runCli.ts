/** The budget CLI as a user runs it: a tsx child process in a folder of the test's choosing, without INIT_CWD. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "src/cli/budget.ts");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { cwd, env }, (error, stdout, stderr) => done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

/** A fresh temporary folder for each test of the file, removed afterwards; call the result for its path. */
export function useTempFolder(prefix: string): () => string {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
