/**
 * The e2e test of the standalone calculator: taskpane.html opened in a plain browser, with no Office host.
 * Called by run-e2e.js (which owns the browser, the server and the helpers passed in `h`).
 *
 * 1. office.js cannot load (the request is aborted, as offline or blocked): no `Office` global at all.
 * 2. office.js loads (Microsoft's real office.js from node_modules/@microsoft/office-js, served under its CDN
 *    URL) in a normal tab: Office.onReady reports host null.
 *
 * Both: the banner says the page runs outside Excel (en and zh), no page error, no CSP violation (except, with
 * office.js, its refused telemetry frame: nothing is sent), the form,
 * preview (against the engine), fiscal-year views, risk and checks work, Generate / Load are absent and
 * Download is there. In the first, Download saves budget.xlsx (the xlsx writer's chunk is fetched only on the
 * click), LibreOffice recalculates it (test/support/libreOffice.ts, through tsx) and every Total_TCO_* equals
 * the preview's TCO to the cent. A missing LibreOffice fails under CI and is skipped with a warning locally.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const PATHS = { selfBuild: "SelfBuild", commercial: "Commercial", hybrid: "Hybrid" };

/** Serves https://appsforoffice.microsoft.com/lib/1/hosted/<file> from the npm copy of office.js. */
async function serveRealOfficeJs(page, officeJsGlob) {
  await page.route(officeJsGlob, (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.normalize(path.join(OFFICE_JS_DIST, rel));
    if (!file.startsWith(OFFICE_JS_DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
  });
}

/** A page with no fake host: office.js aborted, or the real office.js outside Office; light or dark browser. */
async function openStandalone(h, { realOfficeJs, colorScheme = "light" }) {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme });
  const requests = [];
  const pageErrors = [];
  const consoleErrors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  if (realOfficeJs) await serveRealOfficeJs(page, h.OFFICE_JS);
  else await page.route(h.OFFICE_JS, (route) => route.abort());
  await page.addInitScript({ content: h.CSP_LISTENER });
  await page.route(`${h.base}${h.AXE_URL}`, (route) => route.fulfill({ path: require.resolve("axe-core/axe.min.js"), contentType: "text/javascript; charset=utf-8" }));
  await page.goto(`${h.base}/taskpane.html`);
  return { page, requests, pageErrors, consoleErrors };
}

/** The banner, the footer and the working pane, in English, then in Chinese after switching. */
async function checkCalculator(h, s, expectOffice) {
  const { page } = s;
  await page.getByTestId("standalone-banner").waitFor();
  assertIncludes(h, await page.getByTestId("standalone-banner").innerText(), "Running outside Excel");
  h.assertEqual(await page.evaluate(() => typeof window.Office), expectOffice, "typeof Office");
  h.assertEqual(await page.getByTestId("generate").count(), 0, "Generate shown outside Excel");
  h.assertEqual(await page.getByTestId("load").count(), 0, "Load shown outside Excel");
  h.assertEqual(await page.getByTestId("download").innerText(), "Download budget.xlsx", "download button");
  const expected = h.engine.computeBudget(h.medium);
  await h.waitForPreview(page, expected);
  h.checkPreview(await h.previewValues(page), expected);
  h.assertEqual(await page.locator("[data-testid='fiscal-views'] td[data-value]").count() > 0, true, "fiscal-year table");
  await h.openPanels(page, ["risk", "checks"]);
  await h.waitForRisk(page);
  h.checkRisk(await h.riskValues(page), h.engine.runMonteCarlo(h.medium, { trials: 10000, seed: 1 }));
  const all = h.engine.computeChecks(h.medium, { language: "en-US" }).find((c) => c.id === "all");
  h.assertEqual(await page.getByTestId("check-all").getAttribute("data-ok"), String(all.ok), "Check_All");
  await page.getByTestId("language-switch").selectOption("zh-CN");
  assertIncludes(h, await page.getByTestId("standalone-banner").innerText(), "当前在 Excel 之外运行");
  h.assertEqual(await page.getByTestId("download").innerText(), "下载 budget.xlsx", "download button in zh");
  await page.getByTestId("language-switch").selectOption("en-US");
}

function assertIncludes(h, text, part) {
  h.assert(text.includes(part), `expected "${part}" in: ${text.slice(0, 200)}`);
}

/**
 * Outside Office, office.js tries to frame Microsoft's telemetry service; the page's policy refuses it (no
 * frame-src beyond 'self'), so nothing is sent. That refusal is the one violation and console error allowed.
 */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\/|$)/;
const isTelemetryRefusal = (v) => v.directive === "frame-src" && OFFICE_TELEMETRY.test(v.blocked);

/** No uncaught error; console errors only for the aborted office.js request (or the refused telemetry frame). */
function checkNoErrors(h, s) {
  h.assertEqual(s.pageErrors, [], "page errors");
  const expected = /appsforoffice|ERR_FAILED|Failed to load resource|^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'/;
  h.assertEqual(s.consoleErrors.filter((e) => !expected.test(e)), [], "console errors");
}

/** The CSP violations apart from the refused telemetry frame, and no request ever reached the telemetry host. */
async function checkPolicy(h, s) {
  const violations = await h.cspViolations(s.page);
  h.assertEqual(violations.filter((v) => !isTelemetryRefusal(v)), [], "CSP violations");
  h.assertEqual(s.requests.filter((u) => OFFICE_TELEMETRY.test(u)), [], "requests to Office telemetry");
}

/** Clicks Download, saves the file; the writer's chunk must be fetched by that click and not before. */
async function download(h, s, dir) {
  const chunk = (u) => /\/xlsxWriter\.js$/.test(u);
  h.assertEqual(s.requests.filter(chunk), [], "xlsxWriter.js fetched before Download");
  const [file] = await Promise.all([s.page.waitForEvent("download", { timeout: 60000 }), s.page.getByTestId("download").click()]);
  h.assertEqual(file.suggestedFilename(), "budget.xlsx", "file name");
  const saved = path.join(dir, "budget.xlsx");
  await file.saveAs(saved);
  await s.page.getByTestId("download-success").waitFor();
  h.assertEqual(s.requests.filter(chunk).length, 1, "xlsxWriter.js fetched by the click");
  return fs.readFileSync(saved);
}

/** LibreOffice's recalculated Total_TCO_* against the preview's TCO (data-value to the cent; shown whole units). */
async function checkRecalculated(h, page, xlsx) {
  const { findSoffice, recalculate } = require(path.join(h.ROOT, "test", "support", "libreOffice.ts"));
  const soffice = findSoffice();
  if (!soffice) {
    const msg = "LibreOffice (soffice) not found: install libreoffice-calc-nogui or set SOFFICE";
    if (h.underCi) throw new Error(msg);
    console.log(`    WARNING: ${msg}; the recalculation check is skipped locally.`);
    return;
  }
  const book = await recalculate(xlsx, { soffice });
  h.assertEqual(book.errors(), [], "formula errors after recalculation");
  const shown = await h.previewValues(page);
  const cents = (x) => Math.round(Number(x) * 100);
  for (const [id, suffix] of Object.entries(PATHS)) {
    const total = book.byName(`Total_TCO_${suffix}`);
    h.assert(typeof total === "number", `Total_TCO_${suffix} is not a number: ${JSON.stringify(total)}`);
    const metric = shown[`metric-${id}-tco`];
    h.assertEqual(cents(total), cents(metric.value), `Total_TCO_${suffix} (LibreOffice) vs the preview, in cents`);
    h.assertEqual(Math.round(total), h.shownNumber(metric.text), `Total_TCO_${suffix} vs the TCO shown (${metric.text})`);
  }
}

/** At Excel-pane sizes too (a narrow browser window): Download in view at scroll 0, nothing past the viewport. */
async function checkNarrow(h, page) {
  for (const lang of ["en-US", "zh-CN"]) {
    await page.getByTestId("language-switch").selectOption(lang);
    for (const width of [320, 350]) {
      await page.setViewportSize({ width, height: 378 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await h.settle(page);
      const box = await page.getByTestId("download").evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: innerHeight, w: document.documentElement.clientWidth };
      });
      h.assert(box.top >= 0 && box.bottom <= box.h && box.left >= 0 && box.right <= box.w, `${lang} ${width} px: Download not in view: ${JSON.stringify(box)}`);
      const report = await page.evaluate(h.elementsOutside);
      h.assertEqual(report.outside, [], `${lang} ${width} px: elements past the viewport`);
    }
  }
  await page.getByTestId("language-switch").selectOption("en-US");
  await page.setViewportSize({ width: h.WIDTH, height: h.HEIGHT });
}

async function standaloneTests(h) {
  console.log("standalone calculator (no Office host)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imcost-standalone-"));
  try {
    const offline = await openStandalone(h, { realOfficeJs: false });
    let xlsx = null;
    await h.test("office.js blocked: runs as a calculator with the outside-Excel banner (en, zh), no page error", async () => {
      await checkCalculator(h, offline, "undefined");
      checkNoErrors(h, offline);
    });
    await h.test("office.js blocked: Download saves budget.xlsx, the xlsx writer's chunk fetched only on the click", async () => {
      xlsx = await download(h, offline, dir);
      h.assert(xlsx.length > 10000 && xlsx.subarray(0, 2).toString() === "PK", `not an xlsx file (${xlsx.length} bytes)`);
    });
    await h.test("budget.xlsx recalculated by LibreOffice: every Total_TCO_* equals the preview's TCO to the cent", async () => {
      h.assert(xlsx, "no downloaded file");
      await checkRecalculated(h, offline.page, xlsx);
    });
    await h.test("axe-core: no serious or critical violations with the banner and the download message (en, light)", async () => {
      h.assertEqual(await h.runAxe(offline.page), [], "violations");
    });
    await h.test("office.js blocked: at 320 and 350 px × 378 (en, zh) Download is in view and nothing reaches past the viewport", async () => {
      await checkNarrow(h, offline.page);
    });
    await h.test("office.js blocked: no CSP violation, no request outside the page's origin", async () => {
      await h.expectNoCspViolation(offline.page);
      checkNoErrors(h, offline);
      h.assertEqual(offline.consoleErrors.filter((e) => /oaspapps/.test(e)), [], "telemetry attempts without office.js");
      h.assertEqual(offline.requests.filter((u) => !u.startsWith(h.base) && !u.startsWith("https://appsforoffice.microsoft.com/") && !u.startsWith("blob:") && !u.startsWith("data:")), [], "requests");
    });
    await offline.page.close();

    const noHost = await openStandalone(h, { realOfficeJs: true, colorScheme: "dark" });
    await h.test("office.js loaded outside Office (onReady: host null): the same calculator, dark as the browser asks, no page error, no CSP violation", async () => {
      await checkCalculator(h, noHost, "object");
      h.assertEqual(await noHost.page.getAttribute("[data-theme]", "data-theme"), "dark", "theme from prefers-color-scheme");
      h.assertEqual(await h.runAxe(noHost.page), [], "axe violations (dark)");
      h.assert(noHost.requests.some((u) => u.endsWith("/lib/1/hosted/office.js")), "office.js was not requested");
      checkNoErrors(h, noHost);
      await checkPolicy(h, noHost);
    });
    await noHost.page.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { standaloneTests };
