/**
 * The jest project StrykerJS runs (npm run test:mutation): the whole suite except what needs LibreOffice,
 * Chromium, a webpack build or a child process. A child process would not see Stryker's active mutant, and the
 * tools are far too slow to run once per mutant; the engine's own tests cover what they check.
 * IMCOST_MUTATION_TESTS=test/engine/finance,test/engine/sizing limits the run to those folders of tests: every adapter imports the
 * engine through its index, so "related tests" would otherwise be nearly the whole suite for any file.
 */
const base = require("./jest.config.js");

const only = process.env.IMCOST_MUTATION_TESTS;

module.exports = {
  ...base,
  ...(only ? { testMatch: only.split(",").map((dir) => `<rootDir>/${dir.trim()}/**/*.test.ts`) } : {}),
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    "\\.libreoffice\\.test\\.ts$",
    "<rootDir>/test/workbook/recalculation.test.ts",
    "<rootDir>/test/build/",
    "<rootDir>/test/taskpane/",
    "<rootDir>/test/cli/budgetCli.test.ts",
    "<rootDir>/test/cli/ratesFile.test.ts",
    "<rootDir>/test/support/toolsUnderCi.test.ts",
  ],
};
