#!/usr/bin/env node
/**
 * `npm start`: serves the add-in over https://localhost:3000 for sideloading, fully offline.
 *
 * 1. Creates a private development CA and a localhost certificate in certs/ if they are missing or expire
 *    within a day (office-addin-dev-certs' generator; nothing is added to any trust store).
 * 2. Runs webpack-dev-server (development mode, webpack.config.js) over https, serving what `npm run build`
 *    emits: taskpane.html, functions.js, functions.json, manifest.xml, assets/ …
 * 3. Prints how to trust certs/ca.crt and sideload manifest.xml, and the URL of the standalone calculator (the
 *    same taskpane.html opened in a browser outside Excel: the preview, risk and checks, and budget.xlsx as a
 *    download).
 *
 * Stop with Ctrl+C.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const ROOT = path.resolve(__dirname, "..");
const CERTS = path.join(ROOT, "certs");
const CA = path.join(CERTS, "ca.crt");
const CERT = path.join(CERTS, "localhost.crt");
const KEY = path.join(CERTS, "localhost.key");
const HOST = "localhost";
const PORT = 3000; // fixed: manifest.xml points at https://localhost:3000
const DAYS = 30;

function certUsable() {
  if (![CA, CERT, KEY].every((f) => fs.existsSync(f))) return false;
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(CERT));
    const ca = new crypto.X509Certificate(fs.readFileSync(CA));
    const soon = Date.now() + 24 * 3600 * 1000;
    return new Date(cert.validTo).getTime() > soon && new Date(ca.validTo).getTime() > soon && cert.verify(ca.publicKey);
  } catch {
    return false;
  }
}

/** The private key is readable by its owner only (0600), and so is the folder holding it. */
function protectKey() {
  fs.chmodSync(CERTS, 0o700);
  fs.chmodSync(KEY, 0o600);
}

async function ensureCertificates() {
  if (certUsable()) {
    protectKey();
    return false;
  }
  // generateCertificates(caPath, certPath, keyPath, days, domains) only writes when caPath is absent.
  for (const f of [CA, CERT, KEY]) fs.rmSync(f, { force: true });
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  await generateCertificates(CA, CERT, KEY, DAYS, [HOST, "127.0.0.1"]);
  if (!certUsable()) throw new Error(`could not create usable certificates in ${path.relative(ROOT, CERTS)}/`);
  protectKey();
  return true;
}

function instructions(created) {
  const base = `https://${HOST}:${PORT}`;
  const ca = path.relative(process.cwd(), CA) || CA;
  return `
IMCOST dev server: ${base}/taskpane.html   (manifest: ${base}/manifest.xml)
Standalone calculator (outside Excel, in any browser): ${base}/taskpane.html
  (or, after npm run build, dist/taskpane.html from disk); Download budget.xlsx is written in the browser,
  nothing is uploaded.
${created ? `Created a development CA and localhost certificate in ${path.relative(ROOT, CERTS)}/ (valid ${DAYS} days).\n` : ""}
1. Trust the development CA once (Office and your browser must accept ${base}):
     Windows:  certutil -user -addstore Root ${ca.replace(/\//g, "\\")}
     macOS:    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${ca}
     Linux:    sudo cp ${ca} /usr/local/share/ca-certificates/imcost-dev-ca.crt && sudo update-ca-certificates
               (Chromium/Chrome: certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n imcost-dev -i ${ca})
   Check: curl --cacert ${ca} ${base}/manifest.xml
2. Sideload manifest.xml:
     Excel on the web:      open a workbook, Insert > Add-ins > Upload My Add-in (newer builds:
                            Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in), choose manifest.xml.
     Excel on Windows/Mac:  keep this server running and, in another terminal: npm run start:desktop
3. Open the pane with Home > IM Cost Budget, or type =IMCOST. in a cell.
Stop with Ctrl+C.
`;
}

/**
 * Only the custom functions metadata (functions.json, functions-zh-cn.json) is fetched cross-origin: Excel on
 * the web reads it from its own origin. Every other file is loaded by the add-in's own page, so it gets no
 * CORS header. The README's Deploy section asks static hosts for the same.
 */
const CORS_PATHS = /^\/functions(-[a-z]{2}-[a-z]{2})?\.json$/;

function corsHeaders(url) {
  const pathname = new URL(url || "/", "https://localhost").pathname;
  return CORS_PATHS.test(pathname) ? { "Access-Control-Allow-Origin": "*" } : {};
}

function devServerOptions(tls) {
  return {
    host: HOST,
    port: PORT,
    server: { type: "https", options: tls },
    headers: (req) => corsHeaders(req.url),
    static: false, // everything comes from the webpack build, as in dist/
    hot: false,
    liveReload: true,
    open: false,
    client: { overlay: { errors: true, warnings: false }, logging: "warn" },
    devMiddleware: { writeToDisk: false },
  };
}

async function main() {
  const created = await ensureCertificates();

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);

  const server = new WebpackDevServer(devServerOptions({ ca: fs.readFileSync(CA), cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY) }), compiler);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the IMCOST dev server…`);
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  compiler.hooks.done.tap("imcost-start", (stats) => {
    if (stats.hasErrors()) console.error("IMCOST: build has errors (see above); the server keeps running.");
  });
  let first = true;
  compiler.hooks.done.tap("imcost-instructions", () => {
    if (first) console.log(instructions(created));
    first = false;
  });

  try {
    await server.start();
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.error(`Port ${PORT} is in use: stop the other server first (the manifest expects https://${HOST}:${PORT}).`);
    } else {
      console.error(e);
    }
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`npm start failed: ${e && e.message ? e.message : e}`);
    process.exit(1);
  });
}

module.exports = { corsHeaders, devServerOptions, instructions };
