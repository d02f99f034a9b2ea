/** One jest project for the whole repository: any test under test/ runs with `npx jest <file>`. */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx", "<rootDir>/test/**/*.test.js"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "<rootDir>/test/e2e/"],
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true } }],
  },
  // The pane loads csv-parse's browser build on demand; under Node the same library's CommonJS build stands in.
  moduleNameMapper: { "^csv-parse/browser/esm/sync$": "<rootDir>/node_modules/csv-parse/dist/cjs/sync.cjs" },
  testEnvironment: "node",
  // Applies an expression mutant only when IMCOST_EXPR_MUTANT is set (npm run test:mutation:expr).
  // asyncUtilTimeout: Testing Library's waits get a limit fit for a busy machine (see the file).
  setupFiles: ["<rootDir>/test/support/applyExpressionMutant.ts", "<rootDir>/test/support/asyncUtilTimeout.ts"],
  // Rendering the whole pane and running axe takes 10–40 s on a busy 2-core machine (load average 9 measured while
  // four engineers share it); 30 s made the axe tests time out there. A timeout, not a performance assertion.
  testTimeout: 90000,
};
