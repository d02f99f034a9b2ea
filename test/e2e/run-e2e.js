#!/usr/bin/env node
/**
 * End-to-end test of the built task pane in headless Chromium (playwright-core + Debian's /usr/bin/chromium).
 *
 *   npm run test:e2e            (= node test/e2e/run-e2e.js)
 *
 * 1. Builds dist/ with `npm run build` when it is missing or older than the sources (fails clearly if the
 *    build fails).
 * 2. Serves dist/ on 127.0.0.1 (node:http, random port); aborts https://appsforoffice.microsoft.com/** and
 *    injects a fake Office host (test/e2e/fakeOfficeHost.js) with addInitScript.
 * 3. zh-CN light: checks the requirement-set check, custom-function registration, the preview against the
 *    engine, inline validation, keyboard use, axe-core (no serious/critical), generation into the fake
 *    workbook (sheet names, Input_* values, Total_* names, sync count, Compare activated), load from the
 *    workbook and userChangedInputs on regeneration; the by-fiscal-year table in each view against the engine;
 *    the Risk section computed by the real Web Worker
 *    (dist/riskWorker.js; P50 ≤ P80 ≤ P90 as shown, equal to runMonteCarlo in Node, the same values on the
 *    generated Risk sheet), the tornado and the Checks section; en-US dark: theme, language, risk, axe; an
 *    unsupported host.
 * 3b. Options: a catalogue profile added and a quote pasted (csv-parse's chunk loads under the CSP), ranked by TCO.
 * 4. Layout at Excel's real pane size: at 320, 350 and 500 px wide (378 px high), zh and en, light and dark,
 *    Generate and Load are on screen without scrolling; with every panel, section and check group open, no
 *    visible element reaches past the viewport (element by element) and no heading wraps inside a word.
 * 5. Content-Security-Policy: every page runs under the policy the build writes into taskpane.html (the fake
 *    host comes through init scripts, which the policy does not govern; axe-core is loaded from the page's
 *    own origin). A `securitypolicyviolation` listener records every violation; each session ends with none,
 *    and one session checks that the policy is in force (an inline script and `new Function` are refused).
 * 6. Saves screenshots to docs/screenshots/*.png (the by-fiscal-year table at 350 px among them).
 * 7. The standalone calculator (test/e2e/standalone.js): the page with no Office host, office.js blocked and
 *    office.js loaded outside Office; Download budget.xlsx, recalculated by LibreOffice, equals the preview.
 *
 * IMCOST_E2E_ONLY=standalone runs step 7 alone (quicker while working on it).
 *
 * Prints one line per test and, last, exactly `e2e: N passed, M failed`; exits 1 on any failure. Without
 * Chromium it warns and exits 0, unless CI is set (then it fails); the same for LibreOffice in step 7.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { standaloneTests } = require("./standalone");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SHOTS = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
const { CONTENT_SECURITY_POLICY } = require(path.join(ROOT, "scripts", "webpack", "contentSecurityPolicy.js"));
/** axe-core, served as if from the page's origin: the policy refuses inline scripts (addScriptTag({ path })). */
const AXE_URL = "/__e2e__/axe.min.js";
/** A same-origin script that tries code generation the way a page script would (CDP evaluation is exempt). */
const EVAL_PROBE_URL = "/__e2e__/eval-probe.js";
const EVAL_PROBE = `try { window.__evalProbe = new Function("return 'allowed'")(); } catch (e) { window.__evalProbe = e && e.name; }`;
/** Records every CSP violation of the page (installed before any page script). */
const CSP_LISTENER = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: String(e.blockedURI), sample: String(e.sample || "").slice(0, 80), source: String(e.sourceFile || "") + ":" + e.lineNumber });
});`;
const WIDTH = 400;
const HEIGHT = 860;

let passed = 0;
let failed = 0;

function finish(code) {
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

async function test(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String((e && e.stack) || e).split("\n").slice(0, 6).join("\n      ")}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what}: expected ${b}, got ${a}`);
}

// ---------------------------------------------------------------- build
function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    max = Math.max(max, newestMtime(path.join(p, entry)));
  }
  return max;
}

function ensureBuild() {
  const html = path.join(DIST, "taskpane.html");
  const inputs = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", path.join("scripts", "webpack")].map((p) => path.join(ROOT, p));
  const newestSource = Math.max(...inputs.map(newestMtime));
  const builtAt = fs.existsSync(html) ? Math.min(...["taskpane.html", "taskpane.js"].map((f) => (fs.existsSync(path.join(DIST, f)) ? fs.statSync(path.join(DIST, f)).mtimeMs : 0))) : 0;
  if (builtAt > 0 && builtAt >= newestSource) return;
  console.log(builtAt ? "e2e: dist/ is older than the sources; running `npm run build`…" : "e2e: dist/ is missing; running `npm run build`…");
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0 || !fs.existsSync(html)) {
    console.log(`  ✗ build: \`npm run build\` failed (exit ${r.status}); the e2e test needs dist/taskpane.html`);
    failed++;
    finish(1);
  }
}

// ---------------------------------------------------------------- server
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".css": "text/css", ".txt": "text/plain" };

function serve(dir) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const file = path.normalize(path.join(dir, url === "/" ? "taskpane.html" : url));
      if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404);
        res.end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-store" });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

// ---------------------------------------------------------------- expected values from the engine (TypeScript via tsx)
function loadEngine() {
  const { register } = require("tsx/cjs/api");
  register();
  const engine = require(path.join(ROOT, "src", "engine", "index.ts"));
  const form = require(path.join(ROOT, "src", "taskpane", "state", "formState.ts"));
  return { engine, form };
}

// ---------------------------------------------------------------- browser helpers
async function openPane(context, base, config) {
  const page = await context.newPage();
  const requests = [];
  const consoleErrors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.route(OFFICE_JS, (route) => route.abort());
  await page.route(`${base}${AXE_URL}`, (route) => route.fulfill({ path: require.resolve("axe-core/axe.min.js"), contentType: "text/javascript; charset=utf-8" }));
  await page.route(`${base}${EVAL_PROBE_URL}`, (route) => route.fulfill({ body: EVAL_PROBE, contentType: "text/javascript; charset=utf-8" }));
  await page.addInitScript({ content: CSP_LISTENER });
  await page.addInitScript({ content: `window.__IMCOST_FAKE_CONFIG__ = ${JSON.stringify(config)};` });
  await page.addInitScript({ path: path.join(__dirname, "fakeOfficeHost.js") });
  await page.goto(`${base}/taskpane.html`);
  return { page, requests, consoleErrors };
}

async function runAxe(page) {
  await page.addScriptTag({ url: AXE_URL });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ") + " " + (n.failureSummary || "").replace(/\s+/g, " ").slice(0, 160)).slice(0, 3).join(" | ")}`);
  });
}

/** The CSP violations the page has reported so far. */
async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

async function expectNoCspViolation(page) {
  assertEqual(await cspViolations(page), [], "CSP violations");
}

/**
 * The policy taskpane.html carries is the build's, and Chromium enforces it: an inline script does not run
 * and `new Function` in a page script throws, each with a violation report. Clears the reports it caused.
 */
async function expectCspInForce(page) {
  const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"));
  assertEqual(meta, CONTENT_SECURITY_POLICY, "the page's policy");
  await page.addScriptTag({ url: EVAL_PROBE_URL });
  const outcome = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true;";
    document.head.appendChild(s);
    await new Promise((r) => setTimeout(r, 100)); // violation events are queued as tasks
    const reports = window.__cspViolations.map((v) => v.directive);
    window.__cspViolations = [];
    return { inlineRan: window.__inlineRan === true, evalOutcome: window.__evalProbe, reports };
  });
  assertEqual(outcome.inlineRan, false, "an inline script ran");
  assertEqual(outcome.evalOutcome, "EvalError", "new Function in a page script");
  assert(outcome.reports.includes("script-src-elem") && outcome.reports.includes("script-src"), `violation reports: ${outcome.reports.join(", ")}`);
}

async function fieldValue(page, key) {
  return page.locator(`#imcost-field-${key}`).inputValue();
}

async function fieldText(page, key) {
  return page.locator(`[data-field="${key}"]`).innerText();
}

async function openSection(page, id) {
  const header = page.locator(`[data-section="${id}"] button`).first();
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

async function closeSection(page, id) {
  const header = page.locator(`[data-section="${id}"] button`).first();
  if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
}

/** Opens exactly the given sections and waits for layout to settle (motion is reduced in this context). */
async function showSections(page, ids) {
  const all = await page.evaluate(() => [...document.querySelectorAll("[data-section]")].map((e) => e.getAttribute("data-section")));
  for (const id of all) {
    if (ids.includes(id)) await openSection(page, id);
    else await closeSection(page, id);
  }
  await settle(page);
}

/** Opens the pane's collapsible panels (preview, checks, risk, inputs) that are closed. */
async function openPanels(page, ids) {
  for (const id of ids) {
    const toggle = page.getByTestId(`toggle-${id}`);
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }
}

/** A catalogue option (long names) and the quote form of the commercial option, so layout checks cover them. */
async function addOptionsForLayout(page) {
  if ((await page.locator("[data-option='dingtalkCn']").count()) === 0) {
    await page.getByTestId("catalogue-select").selectOption("dingtalkCn");
    await page.getByTestId("catalogue-add").click();
  }
  if ((await page.getByTestId("quote-text").count()) === 0) await page.getByTestId("quote-commercial").click();
  await settle(page);
}

async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(400);
}

/** Page width vs viewport, and the elements that stick out on the right (for the failure message). */
function overflowReport() {
  const client = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > client + 0.5 && el.getClientRects().length)
    .slice(-4)
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${String(el.className).slice(0, 40)} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent || "").slice(0, 30)}"`);
  return { scroll: document.documentElement.scrollWidth, client, wide };
}

/** Every visible element that reaches past the viewport on either side (not only the page's scrollWidth). */
function elementsOutside() {
  const client = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    if (!el.getClientRects().length) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
    // Inside a visually hidden helper (clipped to 1 px: the charts' data tables) or a closed panel: not visible.
    let hiddenBox = false;
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const ar = a.getBoundingClientRect();
      if ((ar.width <= 1 && ar.height <= 1) || a.hasAttribute("hidden")) hiddenBox = true;
    }
    if (hiddenBox) continue;
    if (r.right > client + 0.5 || r.left < -0.5) out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)} [${Math.round(r.left)}, ${Math.round(r.right)}] "${(el.textContent || "").trim().slice(0, 30)}"`);
  }
  return { scroll: document.documentElement.scrollWidth, client, outside: out.slice(0, 6), count: out.length };
}

/**
 * Headings that wrap inside a word: a line break between two characters is allowed after a space, at a <wbr>,
 * between two elements, before an opening or after a closing bracket, or after CJK punctuation; anything else
 * breaks a word.
 */
function headingsBrokenMidWord() {
  const bad = [];
  const ok = (prev, next, wbr) => wbr || /\s/.test(prev) || /\s/.test(next) || /[（(]/.test(next) || /[）)：:、，,\-–/·]/.test(prev);
  for (const h of document.querySelectorAll("h1, h2, h3")) {
    if (!h.getClientRects().length || h.closest("[hidden]")) continue;
    const chars = [];
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let wbr = false;
    let parent = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        if (n.tagName === "WBR") wbr = true;
        continue;
      }
      // Text in another element (the trap name and its badge, say) is a separate item, not the same word.
      if (parent && n.parentElement !== parent) wbr = true;
      parent = n.parentElement;
      for (let i = 0; i < n.data.length; i++) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const rects = range.getClientRects();
        if (!rects.length) continue;
        chars.push({ c: n.data[i], top: rects[0].top, wbr });
        wbr = false;
      }
    }
    for (let i = 1; i < chars.length; i++) {
      if (chars[i].top - chars[i - 1].top > 4 && !ok(chars[i - 1].c, chars[i].c, chars[i].wbr)) bad.push(`${h.tagName} "${h.textContent.slice(0, 40)}" breaks between "${chars[i - 1].c}" and "${chars[i].c}"`);
    }
  }
  return bad;
}

async function previewValues(page) {
  return page.evaluate(() => {
    const out = {};
    document.querySelectorAll("[data-testid^='metric-']").forEach((el) => {
      out[el.getAttribute("data-testid")] = { value: el.getAttribute("data-value"), text: el.textContent };
    });
    return out;
  });
}

/** Waits until the Risk section shows a finished result (computed by the worker). */
async function waitForRisk(page, timeout = 20000) {
  // Give a pending preview/risk debounce the chance to start first, so "done" is not the previous result.
  await page.waitForTimeout(700);
  await page.waitForFunction(() => document.querySelector("[data-testid='risk']")?.getAttribute("data-status") === "done", null, { timeout });
}

/** The Risk section's numbers per path: data-value (the engine's number) and the text shown. */
async function riskValues(page) {
  return page.evaluate(() => {
    const out = {};
    document.querySelectorAll("[data-testid^='risk-']").forEach((el) => {
      const id = el.getAttribute("data-testid");
      if (el.hasAttribute("data-value")) out[id] = { value: Number(el.getAttribute("data-value")), text: el.textContent };
    });
    return out;
  });
}

/** The number in a formatted amount ("¥40,067,256" → 40067256). */
function shownNumber(text) {
  return Number(String(text).replace(/[^\d.−-]/g, "").replace("−", "-"));
}

function checkRisk(values, expected) {
  const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  for (const p of ["selfBuild", "commercial", "hybrid"]) {
    const get = (m) => {
      const v = values[`risk-${p}-${m}`];
      assert(v, `risk section is missing ${p} ${m}`);
      return v;
    };
    const [p50, p80, p90] = ["p50", "p80", "p90"].map(get);
    assert(p50.value <= p80.value && p80.value <= p90.value, `${p}: P50 ≤ P80 ≤ P90 fails on values ${p50.value}, ${p80.value}, ${p90.value}`);
    const shown = [p50, p80, p90].map((v) => shownNumber(v.text));
    assert(shown[0] <= shown[1] && shown[1] <= shown[2], `${p}: P50 ≤ P80 ≤ P90 fails as shown: ${[p50, p80, p90].map((v) => v.text).join(" / ")}`);
    if (expected) {
      const e = expected.paths[p];
      for (const [m, want] of [["p50", e.tco.p50], ["p80", e.tco.p80], ["p90", e.tco.p90], ["base", e.base], ["flatContingency", e.flatContingency], ["riskContingency", e.riskContingency], ["flatConfidence", e.flatConfidence]]) {
        assert(close(get(m).value, want), `${p} ${m}: pane ${get(m).value}, runMonteCarlo ${want}`);
      }
    }
  }
}

/** A tall screenshot of the Risk and Checks panels (full page, clipped to them). */
async function shootRiskAndChecks(page, file) {
  const box = await page.evaluate(() => {
    const risk = document.querySelector("[data-testid='risk']").parentElement.getBoundingClientRect();
    const checks = document.querySelector("[data-testid='checks']").parentElement.getBoundingClientRect();
    return { top: Math.min(risk.top, checks.top) + window.scrollY - 8, bottom: Math.max(risk.bottom, checks.bottom) + window.scrollY + 8 };
  });
  await page.screenshot({ path: path.join(SHOTS, file), fullPage: true, clip: { x: 0, y: box.top, width: WIDTH, height: box.bottom - box.top } });
}

async function waitForPreview(page, expected) {
  const want = expected.paths.hybrid.tco.toString();
  await page.waitForFunction((w) => document.querySelector("[data-testid='metric-hybrid-tco']")?.getAttribute("data-value") === w, want, { timeout: 5000 });
}

function checkPreview(values, expected) {
  const metric = { first12: (p) => p.first12Months, tco: (p) => p.tco, npv: (p) => p.npv, perUserMonth: (p) => p.costPerUserMonth };
  for (const pathId of ["selfBuild", "commercial", "hybrid"]) {
    for (const m of Object.keys(metric)) {
      const key = `metric-${pathId}-${m}`;
      assert(values[key], `preview is missing ${key}`);
      assertEqual(values[key].value, metric[m](expected.paths[pathId]).toString(), key);
    }
  }
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    const msg = `e2e: Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
    if (process.env.CI) {
      console.log(`  ✗ ${msg}`);
      failed++;
      finish(1);
    }
    console.log(`WARNING: ${msg}; skipping the end-to-end test locally.`);
    finish(0);
  }
  ensureBuild();
  fs.mkdirSync(SHOTS, { recursive: true });

  const { chromium } = require("playwright-core");
  const { engine, form } = loadEngine();
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "imcost-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 2,
    reducedMotion: "reduce",
    locale: "en-US",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context.setDefaultTimeout(15000);

  const medium = form.formToRaw(form.presetValues("medium"));
  const underCi = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
  const helpers = { context, base, ROOT, OFFICE_JS, CSP_LISTENER, engine, medium, underCi, test, assert, assertEqual, shownNumber };
  Object.assign(helpers, { previewValues, waitForPreview, checkPreview, openPanels, waitForRisk, riskValues, checkRisk, expectNoCspViolation, cspViolations, settle, elementsOutside, runAxe, AXE_URL, WIDTH, HEIGHT });
  try {
    if (process.env.IMCOST_E2E_ONLY === "standalone") {
      await standaloneTests(helpers);
      return;
    }
    // ============================================================ zh-CN, light
    console.log("zh-CN, light theme");
    const zh = await openPane(context, base, { displayLanguage: "zh-CN", isDarkTheme: false });
    const page = zh.page;

    await test("renders the pane in Chinese with the light theme", async () => {
      await page.waitForSelector("h1", { timeout: 15000 });
      assertEqual(await page.locator("h1").innerText(), "即时通讯成本预算", "title");
      assertEqual(await page.getAttribute("html", "lang"), "zh-CN", "html lang");
      assertEqual(await page.getAttribute("[data-theme]", "data-theme"), "light", "theme");
      assertEqual(await page.locator("#imcost-field-headcount").getAttribute("id"), "imcost-field-headcount", "headcount field");
      assertEqual((await page.getByLabel("开通账号的员工数").getAttribute("id")), "imcost-field-headcount", "label from the spec");
    });

    await test("checks the requirement sets and registers the custom functions", async () => {
      const snap = await page.evaluate(() => window.__fakeExcelApi.snapshot());
      for (const set of ["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1", "ExcelApi 1.9"]) assert(snap.setChecks.includes(set), `isSetSupported("${set}") was not called`);
      assert(snap.customFunctions.length > 0, "functions.js registered no custom functions");
      assert(snap.customFunctions.includes("TCO"), `TCO not registered (got ${snap.customFunctions.join(",")})`);
    });

    await test("preview shows the engine's numbers for the defaults", async () => {
      const expected = engine.computeBudget(medium);
      await waitForPreview(page, expected);
      checkPreview(await previewValues(page), expected);
      const svg = page.locator("[data-testid='cumulative-chart']");
      assertEqual(await svg.getAttribute("role"), "img", "chart role");
      assertEqual(await svg.locator("path[fill='none']").count(), 3, "chart lines");
      const be = engine.computeBudget(medium).breakEven;
      if (be.hybrid.commercial !== null) assertEqual(await page.locator("[data-testid='break-even-hybrid-commercial']").getAttribute("data-month"), String(be.hybrid.commercial), "break-even month");
      // Each path's go-live month is marked on its line (the defaults: self-build builds for 12 months from 2027-01).
      assertEqual(await page.locator("[data-testid='go-live-selfBuild']").getAttribute("data-month"), "2028-01", "self-build go-live mark");
    });

    await test("by fiscal year: each view shows the engine's columns, the total row is their sum (cash total = TCO)", async () => {
      const expected = engine.computeBudget(medium);
      for (const view of ["pnl", "capex", "opex", "cash"]) {
        await page.getByTestId(`view-${view}`).click();
        await page.waitForFunction((v) => document.querySelector("[data-testid='fiscal-views']").getAttribute("data-view") === v, view);
        const shown = await page.locator("[data-testid='fiscal-views'] td[data-value]").evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute("data-testid"), td.getAttribute("data-value")])));
        for (const p of ["selfBuild", "commercial", "hybrid"]) {
          const column = expected.paths[p][view];
          column.forEach((v, k) => assertEqual(shown[`fy-${p}-${k}`], v.toString(), `${view} ${p} year ${k}`));
          assertEqual(shown[`fy-${p}-total`], column.reduce((a, v) => a.plus(v)).toString(), `${view} ${p} total`);
        }
      }
      for (const p of ["selfBuild", "commercial", "hybrid"]) assertEqual(await page.getByTestId(`fy-${p}-total`).getAttribute("data-value"), expected.paths[p].tco.toString(), `cash total of ${p} = TCO`);
      assertEqual(await page.getByTestId("view-cash").getAttribute("aria-pressed"), "true", "cash pressed");
    });

    await test("risk section: the real Web Worker computes the Monte Carlo; P50 ≤ P80 ≤ P90 as shown; equal to runMonteCarlo", async () => {
      await openPanels(page, ["risk", "checks"]);
      await waitForRisk(page);
      const workers = page.workers().map((w) => w.url());
      assert(workers.some((u) => /\/riskWorker\.js$/.test(u)), `no risk worker running (workers: ${JSON.stringify(workers)})`);
      assert(zh.requests.some((u) => u.endsWith("/riskWorker.js")), "riskWorker.js was not requested");
      const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
      assert(!/riskWorker/.test(html), "taskpane.html loads the worker chunk");
      checkRisk(await riskValues(page), engine.runMonteCarlo(medium, { trials: 10000, seed: 1 }));
      const status = await page.getByTestId("risk-status").innerText();
      assert(/^10,000 次试验，用时 \d+ 毫秒$/.test(status), `risk status: ${status}`);
      // Tornado: an image named by its caption, six driver rows, a hidden data table.
      const svg = page.getByRole("img", { name: "对 TCO 影响最大的因素 · 自建" });
      assertEqual(await svg.count(), 1, "tornado by accessible name");
      const top = engine.sensitivity(medium).selfBuild.filter((e) => e.swing > 0).slice(0, 6).map((e) => e.driver);
      assertEqual(await svg.locator("g[data-driver]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-driver"))), top, "tornado drivers");
      await page.getByTestId("tornado-path").selectOption("hybrid");
      assertEqual(await page.getByRole("img", { name: "对 TCO 影响最大的因素 · 混合" }).count(), 1, "tornado follows the path picker");
      await page.getByTestId("tornado-path").selectOption("selfBuild");
      // Checks: Check_All (model integrity) on top with the warning count; integrity first, then the warnings by trap.
      const checks = engine.computeChecks(medium, { language: "zh-CN" });
      const all = checks.find((c) => c.id === "all");
      assertEqual(await page.getByTestId("check-all").getAttribute("data-ok"), String(all.ok), "Check_All");
      assert((await page.getByTestId("check-all").innerText()).includes(all.message), "Check_All message");
      assertEqual(await page.getByTestId("check-all").getAttribute("data-warning-count"), String(checks.filter((c) => c.severity === "warning" && !c.ok).length), "Warning_Count");
      assertEqual(await page.locator("[data-trap]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-trap"))), ["integrity", "threshold", "longTerm", "lure", "elasticity", "evidence"], "trap groups");
      for (const c of checks.filter((x) => x.id !== "all" && !x.ok)) {
        assertEqual(await page.locator(`[data-check='${c.id}']`).getAttribute("data-ok"), "false", `check ${c.id} shown as a warning`);
      }
    });

    await test("shows the engine's message next to an out-of-range field, then clears it", async () => {
      await page.locator("#imcost-field-headcount").fill("2000000");
      await page.waitForFunction(() => document.querySelector("[data-field='headcount']").textContent.includes("超出范围"));
      const text = await fieldText(page, "headcount");
      assert(text.includes("1 至 1,000,000 之间的整数"), `message: ${text}`);
      assertEqual(await page.locator("#imcost-field-headcount").getAttribute("aria-invalid"), "true", "aria-invalid");
      assert(await page.getByTestId("generate").isDisabled() || (await page.getByTestId("generate").getAttribute("aria-disabled")) === "true", "generate is enabled with an invalid field");
      await page.locator("#imcost-field-headcount").fill("8000");
      await page.waitForFunction(() => !document.querySelector("[data-field='headcount']").textContent.includes("超出范围"));
    });

    await test("works from the keyboard: Tab order, visible focus, Enter opens a section, typing", async () => {
      await page.locator("#imcost-field-headcount").focus();
      // Shift+Tab back to the presets, Tab forward again: focus moves and is visible.
      const seen = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("Tab");
        seen.push(
          await page.evaluate(() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            const after = getComputedStyle(el, "::after");
            const visible = el.matches(":focus-visible") || el.closest("[data-fui-focus-visible]") !== null || el.hasAttribute("data-fui-focus-visible");
            const ring = style.outlineStyle !== "none" || after.borderStyle !== "none" || style.boxShadow !== "none" || after.content !== "none";
            return { id: el.id || el.tagName, visible, ring };
          }),
        );
      }
      assert(new Set(seen.map((s) => s.id)).size === 4, `Tab did not move focus: ${JSON.stringify(seen)}`);
      for (const s of seen) assert(s.visible, `focus not visible on ${s.id}`);
      // Enter on the "峰值与活动" header opens it; Tab reaches its first field; type a value.
      const header = page.locator("[data-section='peaks'] button").first();
      await header.focus();
      await page.keyboard.press("Enter");
      assertEqual(await header.getAttribute("aria-expanded"), "true", "section opened by Enter");
      await page.keyboard.press("Tab");
      assertEqual(await page.evaluate(() => document.activeElement.id), "imcost-field-eventPeakAttendees", "first field of the section");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("5000");
      assertEqual(await fieldValue(page, "eventPeakAttendees"), "5000", "typed value");
      // Percent field, typed in percent.
      await page.locator("#imcost-field-dauRatio").fill("90");
      const expected = engine.computeBudget({ ...medium, headcount: 8000, eventPeakAttendees: 5000, dauRatio: 0.9 });
      await waitForPreview(page, expected);
      checkPreview(await previewValues(page), expected);
    });

    await test("risk section recomputes in the worker for changed inputs", async () => {
      await waitForRisk(page);
      checkRisk(await riskValues(page), engine.runMonteCarlo({ ...medium, headcount: 8000, eventPeakAttendees: 5000, dauRatio: 0.9 }, { trials: 10000, seed: 1 }));
    });

    await test("axe-core: no serious or critical violations (zh-CN, light)", async () => {
      await openSection(page, "advanced");
      const v = await runAxe(page);
      assertEqual(v, [], "violations");
    });

    await test("screenshot zh-CN light", async () => {
      await showSections(page, ["scale"]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SHOTS, "pane-zh-light.png"), fullPage: true });
      await page.screenshot({ path: path.join(SHOTS, "pane-zh-light-top.png") });
    });

    await test("screenshot of the by-fiscal-year table at 350 px (zh-CN light)", async () => {
      await page.setViewportSize({ width: 350, height: HEIGHT });
      await settle(page);
      const box = await page.getByTestId("fiscal-views").evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY - 8, height: r.height + 16 };
      });
      await page.screenshot({ path: path.join(SHOTS, "pane-zh-light-fiscal-350.png"), fullPage: true, clip: { x: 0, y: box.top, width: 350, height: box.height } });
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await settle(page);
    });

    const zhPlan = engine.buildWorkbookPlan({}, { language: "zh-CN" });
    // The Office writer sends the write in batches of whole sheets (src/workbook/writeBatches.ts): 1 + B syncs
    // for a first generation, 2 + B for a regeneration.
    const { writeBatches } = require(path.join(ROOT, "src", "workbook", "writeBatches.ts"));
    const writeSyncs = writeBatches(zhPlan.sheets).length;
    await test("screenshot of the risk and checks sections (zh-CN light)", async () => {
      await showSections(page, ["scale"]);
      await shootRiskAndChecks(page, "pane-zh-light-risk.png");
    });

    await test("generates the workbook: sheets, Input_* values, Total_* names, few syncs, Compare activated", async () => {
      const shownRisk = await riskValues(page);
      await page.getByTestId("generate").click();
      await page.getByTestId("generate-success").waitFor();
      const snap = await page.evaluate(() => window.__fakeExcelApi.snapshot());
      const counts = await page.evaluate(() => window.__fakeExcelApi.counts());
      const names = snap.sheets.map((s) => s.name);
      for (const s of zhPlan.sheets) assert(names.includes(s.name), `sheet ${s.name} missing (got ${names.join(", ")})`);
      assertEqual(names.filter((n) => n !== "Sheet1"), zhPlan.sheets.map((s) => s.name), "sheet order");
      const cell = (n) => page.evaluate((name) => window.__fakeExcelApi.nameCell(name), n);
      assertEqual((await cell("Input_headcount")).value, 8000, "Input_headcount");
      assertEqual((await cell("Input_dauRatio")).value, 0.9, "Input_dauRatio");
      assertEqual((await cell("Input_eventPeakAttendees")).value, 5000, "Input_eventPeakAttendees");
      assertEqual((await cell("Input_moderation")).value, true, "Input_moderation");
      for (const p of ["SelfBuild", "Commercial", "Hybrid"]) {
        for (const k of ["TCO", "NPV"]) {
          const c = await cell(`Total_${k}_${p}`);
          assert(c && c.sheetExists, `Total_${k}_${p} missing or dangling`);
          assert(typeof c.formula === "string" && c.formula.startsWith("="), `Total_${k}_${p} is not a formula`);
        }
      }
      assert(counts.formulas > 200, `only ${counts.formulas} formulas written`);
      const run = snap.runs.filter((r) => r.syncs > 0);
      // Writer: inspect + one sync per write batch, with Compare activated in the last batch (first generation).
      assert(writeSyncs >= 1, "no write batch");
      assertEqual(run.map((r) => r.syncs), [1 + writeSyncs], "syncs per Excel.run");
      assert(snap.runs[0].suspendedCalc && snap.runs[0].suspendedScreen, "calculation/screen updating not suspended");
      assertEqual(snap.activeSheet, zhPlan.sheets.find((s) => s.key === "compare").name, "active sheet");
      const text = await page.getByTestId("generate-success").innerText();
      assert(text.includes("预算模板已生成") && text.includes("方案对比"), `success text: ${text}`);
      const steps = await page.getByTestId("progress").textContent();
      for (const s of ["生成工作簿方案", "检查工作簿", "写入工作表", "打开“方案对比”表"]) assert(steps.includes(s), `progress lacks ${s}: ${steps}`);
      // The Risk sheet's Monte Carlo percentiles are the ones the pane showed (passed from the worker's result).
      const riskSheet = snap.sheets.find((s) => s.name === zhPlan.sheets.find((p) => p.key === "risk").name);
      const sheetNumbers = new Set(Object.values(riskSheet.cells).map((c) => c.v).filter((v) => typeof v === "number"));
      for (const p of ["selfBuild", "commercial", "hybrid"]) {
        for (const m of ["p50", "p80", "p90"]) {
          const v = shownRisk[`risk-${p}-${m}`].value;
          assert(sheetNumbers.has(v), `Risk sheet lacks the pane's ${p} ${m} (${v})`);
        }
      }
    });

    await test("screenshot after generating (zh-CN light)", async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, "pane-zh-light-generated.png") });
    });

    await test("loads Input_* back, then regenerates keeping workbook edits except the fields changed in the pane", async () => {
      await page.evaluate(() => {
        window.__fakeExcelApi.setNameValue("Input_headcount", 7777);
        window.__fakeExcelApi.setNameValue("Input_retentionDays", 90);
      });
      await page.getByTestId("load").click();
      await page.getByTestId("load-success").waitFor();
      assertEqual(await fieldValue(page, "headcount"), "7777", "headcount loaded");
      assertEqual(await fieldValue(page, "dauRatio"), "90", "dauRatio loaded (percent)");
      // Edit in Excel after loading (kept on regeneration), and change one field in the pane (pane wins).
      await page.evaluate(() => window.__fakeExcelApi.setNameValue("Input_headcount", 6500));
      await page.locator("#imcost-field-dauRatio").fill("80");
      const before = (await page.evaluate(() => window.__fakeExcelApi.snapshot())).runs.length;
      await page.getByTestId("generate").click();
      await page.waitForFunction(() => document.querySelector("[data-testid='generate-success']") && !document.querySelector("[data-testid='generate'][disabled]"));
      await page.getByTestId("generate-success").waitFor();
      const snap = await page.evaluate(() => window.__fakeExcelApi.snapshot());
      const cell = (n) => page.evaluate((name) => window.__fakeExcelApi.nameCell(name), n);
      assertEqual((await cell("Input_headcount")).value, 6500, "Input_headcount kept from the workbook");
      assertEqual((await cell("Input_retentionDays")).value, 90, "Input_retentionDays kept");
      assertEqual((await cell("Input_dauRatio")).value, 0.8, "Input_dauRatio from the pane");
      assertEqual(snap.runs.slice(before).map((r) => r.syncs), [2 + writeSyncs], "regeneration syncs (inspect, read kept, the write batches + activate)");
      assertEqual(snap.sheets.length, zhPlan.sheets.length + 1, "no duplicate sheets");
    });

    await test("fits a 340 px pane without horizontal scrolling (zh-CN, every section and check group open)", async () => {
      await page.setViewportSize({ width: 340, height: HEIGHT });
      const all = await page.evaluate(() => [...document.querySelectorAll("[data-section]")].map((e) => e.getAttribute("data-section")));
      for (const header of await page.locator("[data-trap] button").all()) if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
      await showSections(page, all);
      const overflow = await page.evaluate(overflowReport);
      assert(overflow.scroll <= overflow.client, `horizontal overflow: ${JSON.stringify(overflow)}`);
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    });

    await test("runs under its Content-Security-Policy: no violation in the whole session (zh-CN), and the policy is in force", async () => {
      await expectNoCspViolation(page);
      await expectCspInForce(page);
    });

    await test("makes no network requests besides office.js", async () => {
      const foreign = zh.requests.filter((u) => !u.startsWith(base) && !u.startsWith("https://appsforoffice.microsoft.com/") && !u.startsWith("data:"));
      assertEqual(foreign, [], "requests");
      const errors = zh.consoleErrors.filter((e) => !/appsforoffice|ERR_FAILED|Failed to load resource/.test(e));
      assertEqual(errors, [], "console errors");
    });
    await page.close();

    // ============================================================ en-US, dark
    console.log("en-US, dark theme");
    const en = await openPane(context, base, { displayLanguage: "en-US", isDarkTheme: true });
    await test("renders in English with the dark theme", async () => {
      await en.page.waitForSelector("h1");
      assertEqual(await en.page.locator("h1").innerText(), "IM cost budget", "title");
      assertEqual(await en.page.getAttribute("[data-theme]", "data-theme"), "dark", "theme");
      const bg = await en.page.evaluate(() => getComputedStyle(document.querySelector("[data-theme]")).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      assert(r + g + b < 200, `background is not dark: ${bg}`);
      const expected = engine.computeBudget(medium);
      await waitForPreview(en.page, expected);
      checkPreview(await previewValues(en.page), expected);
      await openPanels(en.page, ["risk", "checks"]);
      await waitForRisk(en.page);
      checkRisk(await riskValues(en.page), engine.runMonteCarlo(medium, { trials: 10000, seed: 1 }));
      assertEqual(await en.page.getByRole("img", { name: "What moves the TCO most · Self-build" }).count(), 1, "tornado name in English");
    });

    await test("fits a 340 px pane without horizontal scrolling (en-US)", async () => {
      await en.page.setViewportSize({ width: 340, height: HEIGHT });
      const all = await en.page.evaluate(() => [...document.querySelectorAll("[data-section]")].map((e) => e.getAttribute("data-section")));
      await showSections(en.page, all);
      const overflow = await en.page.evaluate(overflowReport);
      assert(overflow.scroll <= overflow.client, `horizontal overflow: ${JSON.stringify(overflow)}`);
      await en.page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await showSections(en.page, ["scale"]);
    });

    await test("switches language in place (en → zh → en)", async () => {
      await en.page.getByTestId("language-switch").selectOption("zh-CN");
      assertEqual(await en.page.locator("h1").innerText(), "即时通讯成本预算", "title in zh");
      assertEqual(await en.page.getAttribute("html", "lang"), "zh-CN", "html lang");
      await en.page.getByTestId("language-switch").selectOption("en-US");
      assertEqual(await en.page.getByTestId("generate").innerText(), "Generate budget template", "button in en");
    });

    await test("axe-core: no serious or critical violations (en-US, dark, with a validation error)", async () => {
      await openSection(en.page, "path");
      await en.page.locator("#imcost-field-discountRate").count(); // advanced is closed: fine
      await en.page.locator("#imcost-field-dauRatio").fill("150");
      await en.page.waitForFunction(() => document.querySelector("[data-field='dauRatio']").textContent.includes("Must be a percentage"));
      const v = await runAxe(en.page);
      assertEqual(v, [], "violations");
    });

    await test("screenshot en-US dark", async () => {
      await en.page.locator("#imcost-field-dauRatio").fill("85");
      await en.page.waitForFunction(() => !document.querySelector("[data-field='dauRatio']").textContent.includes("Must be"));
      await en.page.getByTestId("preset-large").click();
      await showSections(en.page, ["communication"]);
      const expected = engine.computeBudget(form.formToRaw(form.presetValues("large")));
      await waitForPreview(en.page, expected);
      await waitForRisk(en.page);
      checkRisk(await riskValues(en.page), null);
      await en.page.evaluate(() => window.scrollTo(0, 0));
      await en.page.screenshot({ path: path.join(SHOTS, "pane-en-dark.png"), fullPage: true });
      await en.page.screenshot({ path: path.join(SHOTS, "pane-en-dark-top.png") });
      await shootRiskAndChecks(en.page, "pane-en-dark-risk.png");
    });

    await test("screenshot en-US dark with inline validation", async () => {
      await showSections(en.page, ["scale"]);
      await en.page.locator("#imcost-field-headcount").fill("0");
      await en.page.locator("#imcost-field-dauRatio").fill("abc");
      await en.page.waitForFunction(() => document.querySelector("[data-field='dauRatio']").textContent.includes("Not a number"));
      await settle(en.page);
      // Scroll the form title just under the sticky preview strip, then shoot the viewport.
      await en.page.evaluate(() => {
        const strip = document.querySelector("[data-testid='preview-strip']").getBoundingClientRect().height;
        const top = document.getElementById("imcost-form-title").getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - strip - 12);
      });
      await settle(en.page);
      await en.page.screenshot({ path: path.join(SHOTS, "pane-en-dark-validation.png") });
    });
    await test("no CSP violation in the whole session (en-US)", async () => {
      await expectNoCspViolation(en.page);
    });
    await en.page.close();

    // ============================================================ options and a pasted quote
    console.log("options: catalogue profile and a pasted quote (csv-parse loads on demand under the CSP)");
    const opt = await openPane(context, base, { displayLanguage: "en-US" });
    await opt.page.waitForSelector("[data-testid='generate']");
    await test("a catalogue profile and a pasted quote are priced and ranked in the Options panel", async () => {
      await opt.page.setViewportSize({ width: 350, height: 378 });
      await openPanels(opt.page, ["options"]);
      await addOptionsForLayout(opt.page);
      const quote = "item\tunitPrice\tcurrency\tquantity\trateKey\ttermMonths\tvalidUntil\tdocument\tquoteDate\nSeat\t36\tCNY\t5000\tsaas_seat_month_t2_cn\t36\t2099-03-31\tQ-7\t2026-11-25";
      await opt.page.getByTestId("quote-text").fill(quote);
      await opt.page.getByTestId("quote-import-paste").click();
      await opt.page.getByTestId("quote-outcome").waitFor();
      assertEqual(await opt.page.getByTestId("quote-outcome").innerText(), "1 item priced into “Commercial” as QUOTED.", "quote outcome");
      assertEqual(await opt.page.locator("[data-option='commercial'] [data-testid='quoted']").count(), 1, "quoted badge");
      const tcos = await opt.page.locator("[data-option]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-tco"))));
      assertEqual(tcos.length, 4, "options listed");
      assertEqual([...tcos].sort((a, b) => a - b), tcos, "ranked lowest TCO first");
      await expectNoCspViolation(opt.page);
      await opt.page.setViewportSize({ width: 350, height: HEIGHT });
      await settle(opt.page);
      const box = await opt.page.locator("[data-pane-section='options']").evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY - 8, height: r.height + 16 };
      });
      await opt.page.screenshot({ path: path.join(SHOTS, "pane-en-options-350.png"), fullPage: true, clip: { x: 0, y: box.top, width: 350, height: box.height } });
    });
    await test("axe-core: no serious or critical violation with the Options panel open (a warning list expanded)", async () => {
      await opt.page.locator("[data-option='commercial'] [data-testid='option-checks'] summary").first().click();
      assertEqual(await runAxe(opt.page), [], "violations");
    });
    await opt.page.close();

    // ============================================================ Excel's pane sizes
    console.log("pane sizes: 320, 350, 500 px × 378 px, zh/en, light/dark");
    for (const [lang, dark] of [["zh-CN", false], ["zh-CN", true], ["en-US", false], ["en-US", true]]) {
      const pane = await openPane(context, base, { displayLanguage: lang, isDarkTheme: dark });
      await pane.page.waitForSelector("[data-testid='generate']");
      for (const width of [320, 350, 500]) {
        const label = `${lang} ${dark ? "dark" : "light"} ${width} px`;
        await test(`${label}: Generate and Load are in view without scrolling`, async () => {
          await pane.page.setViewportSize({ width, height: 378 });
          await pane.page.evaluate(() => window.scrollTo(0, 0));
          await settle(pane.page);
          for (const id of ["generate", "load"]) {
            const box = await pane.page.getByTestId(id).evaluate((el) => {
              const r = el.getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: innerHeight, w: document.documentElement.clientWidth };
            });
            assert(box.top >= 0 && box.bottom <= box.h && box.left >= 0 && box.right <= box.w, `${id} is not fully in view at scroll 0: ${JSON.stringify(box)}`);
          }
        });
        await test(`${label}: no element past the viewport, no heading broken inside a word (everything open)`, async () => {
          await openPanels(pane.page, ["preview", "checks", "risk", "options", "inputs"]);
          await addOptionsForLayout(pane.page);
          const all = await pane.page.evaluate(() => [...document.querySelectorAll("[data-section]")].map((e) => e.getAttribute("data-section")));
          for (const header of await pane.page.locator("[data-trap] button").all()) if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
          await showSections(pane.page, all);
          const report = await pane.page.evaluate(elementsOutside);
          assert(report.scroll <= report.client, `horizontal scroll: ${JSON.stringify(report)}`);
          assertEqual(report.outside, [], "elements past the viewport");
          assertEqual(await pane.page.evaluate(headingsBrokenMidWord), [], "headings broken inside a word");
        });
      }
      await test(`${lang} ${dark ? "dark" : "light"}: no CSP violation`, async () => {
        await expectNoCspViolation(pane.page);
      });
      await pane.page.close();
    }

    // ============================================================ help pages in the pane
    await test("every help page fits a 350 px pane without sideways scrolling (light and dark)", async () => {
      const files = fs.readdirSync(path.join(DIST, "help")).filter((f) => f.endsWith(".html"));
      assert(files.length >= 12, `only ${files.length} help pages`);
      const help = await context.newPage();
      await help.setViewportSize({ width: 350, height: 378 });
      const wide = [];
      for (const scheme of ["light", "dark"]) {
        await help.emulateMedia({ colorScheme: scheme });
        for (const f of files) {
          await help.goto(`${base}/help/${f}`);
          const r = await help.evaluate(elementsOutside);
          if (r.scroll > r.client || r.count > 0) wide.push(`${f} (${scheme}): ${JSON.stringify(r)}`);
        }
      }
      await help.close();
      assertEqual(wide, [], "help pages wider than 350 px");
    });

    // ============================================================ unsupported host
    console.log("unsupported host");
    const old = await openPane(context, base, { displayLanguage: "en-US", unsupportedSets: ["SharedRuntime"] });
    await test("names the missing requirement set instead of rendering the form", async () => {
      const alert = old.page.getByRole("alert");
      await alert.waitFor();
      const text = await alert.innerText();
      assert(text.includes("SharedRuntime 1.1"), `message: ${text}`);
      assertEqual(await old.page.locator("#imcost-field-headcount").count(), 0, "form rendered anyway");
      await expectNoCspViolation(old.page);
    });
    await old.page.close();

    // ============================================================ no Office host: the standalone calculator
    await standaloneTests(helpers);
  } finally {
    await context.close().catch(() => undefined);
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(() => finish(), (e) => {
  console.log(`  ✗ e2e runner: ${(e && e.stack) || e}`);
  failed++;
  finish(1);
});
