/**
 * Finds the numeric literals in an Excel A1 formula, for the "no constants in calculation formulas" scan.
 *
 * A small tokeniser, not a regular expression over the text: it skips string literals ("…", with "" inside),
 * quoted sheet names ('…'!), unquoted sheet names (Sheet1!), error values (#REF!), cell references (A1,
 * $B$12, R1C1, ranges A1:B2 and row ranges 1:3), defined names (Rate_vm_2, Input_headcount) and function
 * names. What remains as a number is a literal. Each literal carries the function call it is a whole
 * argument of (if any), so the caller can allow structural arguments such as ROUND(x,2) or MATCH(…,0).
 */
export interface FormulaLiteral {
  /** The literal as written, with a leading minus when it is negated directly (e.g. "(-0.5)"). */
  readonly text: string;
  /** Its magnitude, as a number. */
  readonly magnitude: number;
  /** The function it is a whole argument of, in upper case, e.g. "ROUND"; undefined when it is part of a larger expression. */
  readonly wholeArgumentOf?: string;
  /** 1-based argument position when wholeArgumentOf is set. */
  readonly argument?: number;
  /** The name it is compared with by = or <> (e.g. "Input_mlpsLevel" in Input_mlpsLevel=3), if any. */
  readonly comparedWith?: string;
}

interface Frame {
  readonly fn: string | null;
  arg: number;
}

type Token =
  | { kind: "number"; text: string }
  | { kind: "name"; text: string; call: boolean }
  | { kind: "punct"; text: string }
  | { kind: "skip" };

const IDENT = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const ROW_RANGE = /^\$?\d+:\$?\d+/;

/** Length of a quoted run starting at i (the quote char doubled inside stands for itself). */
function quotedLength(s: string, i: number, quote: string): number {
  let j = i + 1;
  for (;;) {
    if (j >= s.length) throw new Error(`unterminated ${quote} in formula ${s}`);
    if (s[j] === quote) {
      if (s[j + 1] === quote) j += 2;
      else return j + 1 - i;
    } else j++;
  }
}

/** Splits a formula (with or without its leading "=") into tokens; references, names and strings are "skip" or "name". */
export function tokenise(formula: string): Token[] {
  const s = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const rest = s.slice(i);
    if (c === " " || c === "\n") i++;
    else if (c === '"') {
      i += quotedLength(s, i, '"');
      tokens.push({ kind: "skip" });
    } else if (c === "'") {
      i += quotedLength(s, i, "'");
      if (s[i] !== "!") throw new Error(`quoted name without ! in formula ${s}`);
      i++; // the reference that follows is read as its own token
    } else if (c === "#") {
      const m = /^#[A-Z0-9/]+[!?]?/.exec(rest);
      i += m ? m[0].length : 1;
      tokens.push({ kind: "skip" });
    } else if (ROW_RANGE.test(rest) && !/[A-Za-z0-9_.]/.test(s[i - 1] ?? "")) {
      // A whole-row range such as 3:5 or $3:$5: a reference, not two numbers.
      i += (ROW_RANGE.exec(rest) as RegExpExecArray)[0].length;
      tokens.push({ kind: "skip" });
    } else if (IDENT.test(rest)) {
      const text = (IDENT.exec(rest) as RegExpExecArray)[0];
      i += text.length;
      if (s[i] === "!") i++; // a sheet name: the reference after it is the next token
      else tokens.push({ kind: "name", text, call: s[i] === "(" });
    } else if (NUMBER.test(rest)) {
      const text = (NUMBER.exec(rest) as RegExpExecArray)[0];
      i += text.length;
      tokens.push({ kind: "number", text });
    } else {
      const two = s.slice(i, i + 2);
      const text = two === "<=" || two === ">=" || two === "<>" ? two : c;
      i += text.length;
      tokens.push({ kind: "punct", text });
    }
  }
  return tokens;
}

const OPENERS = new Set(["(", ","]);
const isPunct = (t: Token | undefined, texts: ReadonlySet<string> | string): boolean =>
  t?.kind === "punct" && (typeof texts === "string" ? t.text === texts : texts.has(t.text));

/** Whether a minus at index k is unary (follows the start, an opening bracket, a comma or another operator). */
function isUnaryMinus(tokens: readonly Token[], k: number): boolean {
  if (!isPunct(tokens[k], "-")) return false;
  const before = tokens[k - 1];
  return before === undefined || (before.kind === "punct" && before.text !== ")" && before.text !== "%");
}

const EQUALITY = new Set(["=", "<>"]);

/** The plain name on the other side of an = or <> around tokens first..last, if there is one. */
function comparedName(tokens: readonly Token[], first: number, last: number): string | undefined {
  const name = (t: Token | undefined): string | undefined => (t?.kind === "name" && !t.call ? t.text : undefined);
  if (isPunct(tokens[first - 1], EQUALITY)) return name(tokens[first - 2]);
  if (isPunct(tokens[last + 1], EQUALITY)) return name(tokens[last + 2]);
  return undefined;
}

/** Every numeric literal in the formula, with the function call it is a whole argument of. */
export function numericLiterals(formula: string): FormulaLiteral[] {
  const tokens = tokenise(formula);
  const stack: Frame[] = [];
  const out: FormulaLiteral[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === "punct" && t.text === "(") {
      const prev = tokens[k - 1];
      stack.push({ fn: prev?.kind === "name" && prev.call ? prev.text.toUpperCase() : null, arg: 1 });
    } else if (t.kind === "punct" && t.text === ")") stack.pop();
    else if (t.kind === "punct" && t.text === "," && stack.length > 0) stack[stack.length - 1].arg++;
    else if (t.kind === "number") {
      const negated = isUnaryMinus(tokens, k - 1);
      const start = negated ? k - 2 : k - 1;
      const frame = stack[stack.length - 1];
      const whole = frame?.fn !== null && frame !== undefined && isPunct(tokens[start], OPENERS) && isPunct(tokens[k + 1], new Set([",", ")"]));
      const comparedWith = comparedName(tokens, negated ? k - 1 : k, k);
      out.push({
        text: (negated ? "-" : "") + t.text,
        magnitude: Number(t.text),
        ...(whole ? { wholeArgumentOf: frame.fn as string, argument: frame.arg } : {}),
        ...(comparedWith ? { comparedWith } : {}),
      });
    }
  });
  return out;
}
