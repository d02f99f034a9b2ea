/**
 * npm run test:mutation:expr — swaps MAX/MIN, +/− and </<= (>/>=) in the cost-line and sizing definitions one
 * at a time and checks that the engine's tests notice each swap. Writes the result into docs/MUTATION.md.
 * Usage: npm run test:mutation:expr [-- --from N --to M] [-- --only 9,10,17]
 * --only re-runs the listed sites (the survivors, say) and replaces just their rows in docs/MUTATION.md.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { mutationSites } from "../../test/support/expressionMutants";

// The behavioural engine tests with known answers (about 15 s a mutant); the golden plan test is left out (it
// would notice any change by construction), and so are the slow property and Monte Carlo suites.
const TESTS = [
  "test/engine/computeBudget.test.ts",
  "test/engine/sizing",
  "test/engine/finance",
  "test/engine/offers",
  "test/engine/budget",
  "test/engine/calendar",
  "test/engine/lines/privateDeploymentLines.test.ts",
  "test/engine/lines/ownBuildShares.test.ts",
  "test/engine/lines/mlpsBeforeGoLive.test.ts",
  "test/engine/lines/imPlatformFees.test.ts",
  "test/engine/checks/computeChecks.test.ts",
  "test/functions/knownAnswers.test.ts",
  "test/functions/budget.test.ts",
];
const root = path.join(__dirname, "..", "..");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** One mutant: does the suite fail with it applied? */
function caught(site: number, tests: readonly string[]): boolean {
  const run = spawnSync("npx", ["jest", "--silent", "--bail", ...tests], { cwd: root, env: { ...process.env, IMCOST_EXPR_MUTANT: String(site) }, encoding: "utf8" });
  return run.status !== 0;
}

const ROW = /^\| (\d+) \| .* \| (caught|\*\*survived\*\*) \|$/;

function main(): void {
  const sites = mutationSites();
  const onlyArg = process.argv.indexOf("--only");
  const only = onlyArg >= 0 ? process.argv[onlyArg + 1].split(",").map(Number) : null;
  const from = arg("--from", 0);
  const to = Math.min(arg("--to", sites.length - 1), sites.length - 1);
  const chosen = only ?? Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const tests = TESTS.filter((t) => fs.existsSync(path.join(root, t)));
  const doc = path.join(root, "docs", "MUTATION.md");
  const old = fs.existsSync(doc) ? fs.readFileSync(doc, "utf8") : "# Mutation testing\n\n## Expression-level mutants\n\n<!-- expression-mutants:start -->\n<!-- expression-mutants:end -->\n";
  // With --only, the other sites keep their recorded rows.
  const rows = new Map<number, string>();
  if (only) for (const line of old.split("\n")) if (ROW.test(line)) rows.set(Number(ROW.exec(line)![1]), line);
  for (const i of chosen) {
    const line = `| ${i} | ${sites[i].name.replace(/ #\d+$/, "")} | \`${sites[i].swap}\` | ${caught(i, tests) ? "caught" : "**survived**"} |`;
    rows.set(i, line);
    console.log(line);
  }
  const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
  const killed = ordered.filter((line) => line.endsWith("| caught |")).length;
  const covered = only ? `sites 0–${sites.length - 1} (survivors re-run with --only)` : `sites ${from}–${to} of ${sites.length}`;
  const summary = `${killed} of ${ordered.length} expression mutants caught (${((killed / ordered.length) * 100).toFixed(1)}%), ${covered}.`;
  console.log(summary);
  const section = ["<!-- expression-mutants:start -->", summary, "", "| # | where | swap | result |", "|---|---|---|---|", ...ordered, "<!-- expression-mutants:end -->"].join("\n");
  fs.writeFileSync(doc, old.replace(/<!-- expression-mutants:start -->[\s\S]*<!-- expression-mutants:end -->/, section));
}

main();
