import * as fs from "fs";
import * as path from "path";
import { underCi } from "./underCi";

/**
 * Whether the production build is in `dist`. When it is not: under CI a failing test says so (CI must build
 * before testing); locally a warning is printed and the caller skips its dist/ tests.
 */
export function requireBuild(dist: string, who: string): boolean {
  if (fs.existsSync(path.join(dist, "taskpane.html"))) return true;
  const msg = `${who}: ${dist}/taskpane.html not found; run \`npm run build\` first`;
  if (underCi()) {
    test("dist/ exists in CI", () => {
      throw new Error(msg);
    });
  } else {
    console.warn(`${msg} (skipped locally)`);
  }
  return false;
}
