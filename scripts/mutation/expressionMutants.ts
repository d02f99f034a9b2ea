/**
 * npm run test:mutation:expr — swaps MAX/MIN, +/− and </<= (>/>=) in the cost-line and sizing definitions one
 * at a time and checks that the engine's tests notice each swap. Writes the result into docs/MUTATION.md.
 * Usage: npm run test:mutation:expr [-- --from N --to M]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { mutationSites } from "../../test/support/expressionMutants";

// The behavioural engine tests with known answers (about 10 s a mutant); the golden plan test is left out (it
// would notice any change by construction), and so are the slow property and Monte Carlo suites.
const TESTS = ["test/engine/computeBudget.test.ts", "test/engine/sizing", "test/engine/finance", "test/engine/checks/computeChecks.test.ts", "test/functions/knownAnswers.test.ts", "test/functions/budget.test.ts"];
const root = path.join(__dirname, "..", "..");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function main(): void {
  const sites = mutationSites();
  const from = arg("--from", 0);
  const to = Math.min(arg("--to", sites.length - 1), sites.length - 1);
  const tests = TESTS.filter((t) => fs.existsSync(path.join(root, t)));
  const rows: string[] = [];
  let killed = 0;
  for (let i = from; i <= to; i++) {
    const run = spawnSync("npx", ["jest", "--silent", "--bail", ...tests], { cwd: root, env: { ...process.env, IMCOST_EXPR_MUTANT: String(i) }, encoding: "utf8" });
    const caught = run.status !== 0;
    if (caught) killed++;
    const line = `| ${i} | ${sites[i].name.replace(/ #\d+$/, "")} | \`${sites[i].swap}\` | ${caught ? "caught" : "**survived**"} |`;
    rows.push(line);
    console.log(line);
  }
  const total = to - from + 1;
  const summary = `${killed} of ${total} expression mutants caught (${((killed / total) * 100).toFixed(1)}%), sites ${from}–${to} of ${sites.length}.`;
  console.log(summary);
  const doc = path.join(root, "docs", "MUTATION.md");
  const section = ["<!-- expression-mutants:start -->", summary, "", "| # | where | swap | result |", "|---|---|---|---|", ...rows, "<!-- expression-mutants:end -->"].join("\n");
  const old = fs.existsSync(doc) ? fs.readFileSync(doc, "utf8") : "# Mutation testing\n\n## Expression-level mutants\n\n<!-- expression-mutants:start -->\n<!-- expression-mutants:end -->\n";
  fs.writeFileSync(doc, old.replace(/<!-- expression-mutants:start -->[\s\S]*<!-- expression-mutants:end -->/, section));
}

main();
