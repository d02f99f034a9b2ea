/**
 * The CLI's write step. Before anything is written, each target is checked: its folder exists, it is not a
 * folder, not the --input file (compared by real path and by file identity, so a link or another spelling is
 * caught too) and not read-only. Then every file is written to a short temporary name in its target's
 * folder (so a legal 250-character target name still works) and renamed over its target; an existing target
 * is first kept under a short backup name, so that if replacing a later file fails, the earlier ones are
 * put back: either every output is replaced or none is.
 *
 * Every failure becomes an OutputError: one line naming the path and the reason, with its own exit code.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { basename, dirname, join } from "node:path";
import { escapeText } from "./escapeText";
import { EXIT, type ExitCode } from "./exitCodes";

export class OutputError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = "OutputError";
  }
}

export interface OutputFile {
  readonly flag: string;
  readonly path: string;
  readonly data: Buffer | string;
}

/** A path as shown in messages: escaped, and long enough to recognise (the end of it is what matters). */
export function showPath(path: string): string {
  const points = Array.from(path);
  return escapeText(points.length > 120 ? `…${points.slice(-119).join("")}` : path, 121);
}

/** The reason and exit code for a failed file operation; `platform` decides how EPERM reads (Windows: a locked file). */
export function describeIoError(e: unknown, path: string, action: string, platform: NodeJS.Platform = process.platform): OutputError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const at = `cannot ${action} ${showPath(path)}`;
  if (code === "EBUSY" || code === "ETXTBSY" || (code === "EPERM" && platform === "win32")) {
    return new OutputError(`${at}: the file is busy (${code}), probably open in another program; close it in Excel and run again`, EXIT.busy);
  }
  if (code === "EACCES" || code === "EPERM") return new OutputError(`${at}: permission denied (${code}); choose a folder you can write to`, EXIT.denied);
  if (code === "EROFS") return new OutputError(`${at}: the file system is read-only (EROFS)`, EXIT.denied);
  if (code === "ENOSPC" || code === "EDQUOT") return new OutputError(`${at}: the disk is full (${code})`, EXIT.full);
  if (code === "ENAMETOOLONG") return new OutputError(`${at}: the name is too long for this file system (ENAMETOOLONG)`, EXIT.writeFailed);
  const reason = code ?? (e instanceof Error ? e.message : String(e));
  return new OutputError(`${at}: ${escapeText(reason, 120)}`, EXIT.writeFailed);
}

/** The resolved real path of a file that may not exist yet (its folder's real path plus its name). */
function realTarget(path: string): string {
  if (fs.existsSync(path)) return fs.realpathSync(path);
  return join(fs.realpathSync(dirname(path)), basename(path));
}

function sameFile(a: string, b: string): boolean {
  if (realTarget(a) === realTarget(b)) return true;
  if (!fs.existsSync(a) || !fs.existsSync(b)) return false;
  const x = fs.statSync(a);
  const y = fs.statSync(b);
  return x.dev === y.dev && x.ino === y.ino;
}

/** Throws OutputError (or, for a missing folder, `invalid`) when a target must not or cannot be written. */
export function checkTargets(files: readonly Pick<OutputFile, "flag" | "path">[], sources: readonly { flag: string; path: string }[], invalid: (message: string) => Error): void {
  for (const f of files) {
    const folder = dirname(f.path);
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw invalid(`${f.flag}: the folder ${showPath(folder)} does not exist`);
    const exists = fs.existsSync(f.path);
    if (exists && fs.statSync(f.path).isDirectory()) throw invalid(`${f.flag}: ${showPath(f.path)} is a folder, not a file`);
    const source = sources.find((s) => fs.existsSync(s.path) && sameFile(f.path, s.path));
    if (source) throw new OutputError(`${f.flag}: ${showPath(f.path)} is the ${source.flag} file; choose another name so the input is not overwritten`, EXIT.refused);
    if (exists && (fs.statSync(f.path).mode & 0o222) === 0) {
      throw new OutputError(`${f.flag}: ${showPath(f.path)} is read-only; make it writable or choose another name`, EXIT.refused);
    }
  }
  files.forEach((f, i) => {
    if (files.slice(0, i).some((g) => sameFile(g.path, f.path))) throw invalid(`${f.flag} and ${files.find((g) => sameFile(g.path, f.path))!.flag} must be different files`);
  });
}

/** A short name beside `target` that does not exist yet (".imcost-1a2b3c.tmp"). */
function besides(target: string, ext: string): string {
  for (;;) {
    const name = join(dirname(target), `.imcost-${randomBytes(3).toString("hex")}.${ext}`);
    if (!fs.existsSync(name)) return name;
  }
}

interface Staged {
  readonly file: OutputFile;
  readonly temp: string;
  backup?: string;
  replaced: boolean;
}

/** Keeps the existing target under a backup name (a hard link, or a copy where links are not allowed). */
function keepBackup(s: Staged): void {
  if (!fs.existsSync(s.file.path)) return;
  const backup = besides(s.file.path, "bak");
  try {
    fs.linkSync(s.file.path, backup);
  } catch {
    fs.copyFileSync(s.file.path, backup);
  }
  s.backup = backup;
}

/** Puts back what `replace` changed; returns the problems met (empty when all went back). */
function undoReplaced(staged: readonly Staged[]): string[] {
  const problems: string[] = [];
  for (const s of [...staged].reverse().filter((x) => x.replaced)) {
    try {
      if (s.backup) fs.renameSync(s.backup, s.file.path);
      else fs.unlinkSync(s.file.path);
    } catch (e) {
      const kept = s.backup ? `, the previous file is kept as ${showPath(s.backup)}` : "";
      problems.push(`${showPath(s.file.path)} (${(e as NodeJS.ErrnoException).code ?? String(e)}${kept})`);
      s.backup = undefined; // never delete the only copy of the user's file
    }
  }
  return problems;
}

/** Writes every file, then replaces every target; on any failure puts the earlier targets back and throws OutputError. */
export function replaceOutputs(files: readonly OutputFile[]): void {
  const staged: Staged[] = [];
  try {
    for (const file of files) {
      const s: Staged = { file, temp: besides(file.path, "tmp"), replaced: false };
      staged.push(s);
      try {
        fs.writeFileSync(s.temp, file.data, { flag: "wx" });
      } catch (e) {
        throw describeIoError(e, file.path, "write");
      }
    }
    for (const s of staged) {
      try {
        keepBackup(s);
        fs.renameSync(s.temp, s.file.path);
        s.replaced = true;
      } catch (e) {
        const error = describeIoError(e, s.file.path, "replace");
        const problems = undoReplaced(staged);
        error.message += problems.length === 0 ? "; no file was changed" : `; could not put back ${problems.join(", ")}`;
        throw error;
      }
    }
  } finally {
    for (const s of staged) for (const leftover of [s.temp, s.backup]) if (leftover) fs.rmSync(leftover, { force: true });
  }
}
