import { findDuplicateKey } from "../../src/cli/findDuplicateKey";

describe("findDuplicateKey", () => {
  test.each([
    ['{"a": 1, "a": 2}', "a"],
    ['{"headcount": 1, "x": "headcount", "headcount": 2}', "headcount"],
    ['{"a": 1, "\\u0061": 2}', "a"], // the same key spelled with an escape
    ['{"a": {"b": 1, "b": 2}}', "b"],
    ['[{"k": 1}, {"k": 2, "k": 3}]', "k"],
    ['{"q\\"": 1, "q\\"": 2}', 'q"'],
    ['{"": 1, "": 2}', ""],
  ])("%s → %j", (text, key) => {
    JSON.parse(text); // the scanner only sees text JSON.parse accepted
    expect(findDuplicateKey(text)).toBe(key);
  });

  test.each([
    '{"a": 1, "b": "a"}', // a value equal to a key
    '{"a": {"a": 1}}', // one key per object
    '[{"k": 1}, {"k": 2}]',
    '{"a": ["a", "a"], "b": "x,\\"a\\": 1"}', // commas and quotes inside strings
    '{"a": "{", "b": "["}',
    "{}",
    "42",
    '"text"',
  ])("%s → null", (text) => {
    JSON.parse(text);
    expect(findDuplicateKey(text)).toBeNull();
  });
});
