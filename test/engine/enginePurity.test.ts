import fs from "fs";
import path from "path";
import { ENGINE_VERSION } from "../../src/engine/version";

const engineDir = path.join(__dirname, "../../src/engine");
const FORBIDDEN = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(?\s*)['"](?!decimal\.js['"]|\.{1,2}\/)([^'"]+)['"]|\bExcel\.run\s*\(|\bOffice\.(?:context|onReady)\b|\bdocument\.|\bwindow\.|\bprocess\.|\bglobalThis\./;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ts|tsx|js)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Finds the first thing in a source text that would make the engine impure. */
export function impurity(source: string): string | null {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const m = FORBIDDEN.exec(code);
  return m ? m[0] : null;
}

describe("the engine is pure", () => {
  test("src/engine imports only decimal.js and its own files, and touches no Office, DOM or Node globals", () => {
    const offenders = files(engineDir)
      .map((f) => [path.relative(engineDir, f), impurity(fs.readFileSync(f, "utf8"))])
      .filter(([, bad]) => bad);
    expect(offenders).toEqual([]);
  });
  test("the check catches what it must", () => {
    expect(impurity('import ExcelJS from "exceljs";')).toMatch(/exceljs/);
    expect(impurity('import { useState } from "react";')).toMatch(/react/);
    expect(impurity('const fs = require("fs");')).toMatch(/fs/);
    expect(impurity("await Excel.run(async (c) => {});")).toMatch(/Excel\.run/);
    expect(impurity("document.body.append(x)")).toMatch(/document/);
    expect(impurity('import { Decimal } from "decimal.js"; import { a } from "./a";')).toBeNull();
  });
  test("the engine version matches package.json", () => {
    expect(ENGINE_VERSION).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")).version);
  });
});
