/** One jest project for the whole repository: any test under test/ runs with `npx jest <file>`. */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx", "<rootDir>/test/**/*.test.js"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "<rootDir>/test/e2e/"],
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true } }],
  },
  testEnvironment: "node",
  // Applies an expression mutant only when IMCOST_EXPR_MUTANT is set (npm run test:mutation:expr).
  setupFiles: ["<rootDir>/test/support/applyExpressionMutant.ts"],
  // Rendering the whole pane and running axe takes seconds on a busy 2-core machine; 5 s would make those flaky.
  testTimeout: 30000,
};
