/**
 * The task pane's Content-Security-Policy: the one definition. webpack.config.js writes it into taskpane.html
 * as a <meta http-equiv> tag (so it holds on any static host, headers or not); the tests and the README
 * describe this object.
 *
 * - Scripts: the page's own bundles and Office.js from Microsoft's CDN, which loads its host-specific scripts
 *   from the same origin. No 'unsafe-inline' (the build emits no inline script) and no 'unsafe-eval' (no eval
 *   source maps; the risk model uses its closure backend in the pane).
 * - Styles: 'unsafe-inline', because Fluent UI (Griffel) inserts <style> rules at run time and Office.js sets
 *   inline styles (OfficeDev/office-js issue #1687).
 * - Workers: the risk Web Worker (riskWorker.js, same origin).
 * - Everything else that falls back to default-src (fetch, fonts, frames, media) only from the page's origin;
 *   no plugins; <base> may not point elsewhere.
 */
"use strict";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** Directive → sources, in the order they are written. */
const CSP_DIRECTIVES = Object.freeze({
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_JS_ORIGIN],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
});

/** The policy as one header/meta value: "default-src 'self'; script-src …". */
const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

module.exports = { OFFICE_JS_ORIGIN, CSP_DIRECTIVES, CONTENT_SECURITY_POLICY };
