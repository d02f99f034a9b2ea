/** The CLI's exit codes, one per kind of failure (listed in the usage text and the README). */
export const EXIT = {
  done: 0,
  unexpected: 1,
  /** Bad arguments or requirement input; nothing is written. */
  invalidInput: 2,
  /** An output that must not be replaced: the --input file itself, or a read-only file. */
  refused: 3,
  /** The target is in use by another program (a workbook open in Excel). */
  busy: 4,
  /** No permission to write in the folder, or a read-only file system. */
  denied: 5,
  /** The disk or quota is full. */
  full: 6,
  /** Any other failure to write or replace a file. */
  writeFailed: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_TEXT = `Exit codes: 0 done; 1 unexpected error; 2 invalid input or arguments; 3 output refused (it is the --input
file, or read-only); 4 output busy (open in another program: close it in Excel); 5 permission denied;
6 disk full; 7 other write failure. On any failure nothing is written or replaced.`;
