/**
 * Makes text from the user's files safe to print in one line of a message: control characters (C0, DEL, C1,
 * which carry terminal escape sequences), line and paragraph separators, bidirectional overrides and lone
 * surrogates are shown as \u escapes, and the text is cut to a readable length.
 */

/** Longest echoed key or value, in characters, before it is cut with "…". */
export const MAX_ECHO_CHARS = 60;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** `text` with unsafe characters escaped, cut to `max` characters (whole code points) plus "…". */
export function escapeText(text: string, max = MAX_ECHO_CHARS): string {
  const points = Array.from(text);
  const cut = points.length > max ? `${points.slice(0, max).join("")}…` : text;
  return cut.replace(UNSAFE, hex);
}
