/**
 * npm run bench: runs every bench section that exists and writes docs/BENCHMARKS.md.
 * Sections are files in scripts/bench/ exporting run(): Promise<{ title, markdown }>.
 */
import fs from "fs";
import os from "os";
import path from "path";

const SECTIONS = ["engineBench", "baselineBench", "functionsBench", "workbookBench", "paneBench", "riskBench"];

async function main(): Promise<void> {
  const parts: string[] = [];
  for (const name of SECTIONS) {
    const file = path.join(__dirname, "bench", `${name}.ts`);
    if (!fs.existsSync(file)) continue;
    const started = Date.now();
    const mod = (await import(file)) as { run: () => Promise<{ title: string; markdown: string }> };
    const { title, markdown } = await mod.run();
    console.log(`\n## ${title}\n\n${markdown}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    parts.push(`## ${title}\n\n${markdown}\n`);
  }
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench`; do not edit by hand. Times are medians on the machine below; counts and ratios",
    "matter more than absolute times.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    "",
  ].join("\n");
  const out = path.join(__dirname, "..", "docs", "BENCHMARKS.md");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${header}\n${parts.join("\n")}`);
  console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
