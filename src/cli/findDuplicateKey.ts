/**
 * JSON.parse keeps the last of two equal keys without a word. This scanner walks JSON text that JSON.parse
 * has already accepted and returns the first key that appears twice in one object (at any depth), or null.
 * It only needs to tell keys from values: in an object, the string after "{" or "," is a key.
 */

interface Frame {
  readonly keys: Set<string> | null; // null: an array
  expectKey: boolean;
}

/** The end index (exclusive) of the string literal starting at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

export function findDuplicateKey(text: string): string | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === "{") stack.push({ keys: new Set(), expectKey: true });
    else if (ch === "[") stack.push({ keys: null, expectKey: false });
    else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === "," && top?.keys) top.expectKey = true;
    else if (ch === '"') {
      const end = stringEnd(text, i);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end - 1;
    }
  }
  return null;
}
