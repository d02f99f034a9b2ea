/**
 * The task pane's Content-Security-Policy (scripts/webpack/contentSecurityPolicy.js): what it allows, that the
 * build writes it first into taskpane.html with no inline script it would block, that development builds use
 * no eval source maps, and that the dev server sends CORS headers on the functions metadata only.
 * The dist/ part is skipped with a warning when dist/ is missing locally; it fails under CI.
 */
import * as fs from "fs";
import * as path from "path";
import { requireBuild } from "../support/requireBuild";

// CommonJS build scripts, loaded as the build loads them.
const { CSP_DIRECTIVES, CONTENT_SECURITY_POLICY, OFFICE_JS_ORIGIN } = require("../../scripts/webpack/contentSecurityPolicy") as {
  CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>>;
  CONTENT_SECURITY_POLICY: string;
  OFFICE_JS_ORIGIN: string;
};
const webpackConfig = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => { devtool: string | false; plugins: object[] };
const { corsHeaders, devServerOptions } = require("../../scripts/start.js") as {
  corsHeaders: (url: string) => Record<string, string>;
  devServerOptions: (tls: object) => { headers: (req: { url: string }) => Record<string, string> };
};

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

/** A policy string as directive → sources (lower-cased names, as browsers read them). */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The sources a browser applies to scripts: script-src, or default-src when script-src is absent. */
const scriptSources = (p: Map<string, string[]>) => p.get("script-src") ?? p.get("default-src") ?? [];

/** Everything the policy must say; run against the constant and against what reaches taskpane.html. */
function expectPanePolicy(policy: string): void {
  const p = parsePolicy(policy);
  const scripts = scriptSources(p);
  expect(scripts).toEqual(expect.arrayContaining(["'self'", "https://appsforoffice.microsoft.com"]));
  for (const [name, sources] of p) {
    expect([name, sources.filter((s) => /unsafe-eval|wasm-unsafe-eval|unsafe-hashes/i.test(s))]).toEqual([name, []]);
  }
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts.filter((s) => s === "*" || s === "https:" || s === "data:" || s === "blob:")).toEqual([]);
  expect(p.get("default-src")).toEqual(["'self'"]);
  expect(p.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(p.get("img-src")).toEqual(["'self'", "data:"]);
  expect(p.get("worker-src")).toEqual(["'self'"]);
  expect(p.get("object-src")).toEqual(["'none'"]);
  expect(p.get("base-uri")).toEqual(["'self'"]);
}

describe("the pane's Content-Security-Policy", () => {
  it("allows scripts from the page and Office.js only, no eval and no inline script", () => {
    expect(OFFICE_JS_ORIGIN).toBe("https://appsforoffice.microsoft.com");
    expectPanePolicy(CONTENT_SECURITY_POLICY);
  });

  it("is the directives object written out, once each", () => {
    const p = parsePolicy(CONTENT_SECURITY_POLICY);
    expect([...p.keys()]).toEqual(Object.keys(CSP_DIRECTIVES));
    expect(CONTENT_SECURITY_POLICY.split(";")).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["<>\n]/); // safe inside a double-quoted attribute
  });

  it("fails the checks above for a policy with 'unsafe-eval', inline scripts or without Office.js", () => {
    const swap = (from: string, to: string) => CONTENT_SECURITY_POLICY.replace(from, to);
    expect(() => expectPanePolicy(swap("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toThrow();
    expect(() => expectPanePolicy(swap("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toThrow();
    expect(() => expectPanePolicy(swap(" https://appsforoffice.microsoft.com", ""))).toThrow();
    expect(() => expectPanePolicy(swap("default-src 'self'", "default-src 'self' 'unsafe-eval'"))).toThrow();
  });

  it("reaches the template through the build's parameters, not as a second copy", () => {
    const template = fs.readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    expect(template).toContain('content="<%= contentSecurityPolicy %>"');
    expect(template).not.toContain("appsforoffice.microsoft.com;");
    for (const mode of ["production", "development"]) {
      const html = webpackConfig({}, { mode }).plugins.find((pl) => pl.constructor.name === "HtmlWebpackPlugin") as { userOptions: { templateParameters: Record<string, string> } };
      expect(html.userOptions.templateParameters.contentSecurityPolicy).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe("builds that need no eval", () => {
  it.each(["development", "production"])("%s: devtool is not an eval-* mode", (mode) => {
    const { devtool } = webpackConfig({}, { mode });
    expect(devtool === false || !/eval/.test(devtool)).toBe(true);
  });
});

describe("dev server CORS", () => {
  const headers = devServerOptions({}).headers;

  it("sends Access-Control-Allow-Origin on the functions metadata only", () => {
    for (const url of ["/functions.json", "/functions-zh-cn.json", "/functions.json?v=2"]) expect(headers({ url })).toEqual({ "Access-Control-Allow-Origin": "*" });
    for (const url of ["/", "/taskpane.html", "/functions.js", "/riskWorker.js", "/manifest.xml", "/assets/icon-32.png", "/help/tco.html", "/x/functions.json", "/functions.json.map"]) {
      expect(headers({ url })).toEqual({});
    }
    expect(corsHeaders("/functions.json")).toEqual(headers({ url: "/functions.json" }));
  });
});

const built = requireBuild(DIST, "CSP build test");

(built ? describe : describe.skip)("dist/taskpane.html (production build)", () => {
  const html = () => fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");

  it("carries the policy in a meta tag before any script", () => {
    const page = html();
    const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(page);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expectPanePolicy(meta![1]);
    expect(meta!.index).toBeLessThan(page.search(/<script\b/i));
    expect(page.match(/http-equiv="?Content-Security-Policy/gi)).toHaveLength(1);
  });

  it("has no inline script, event-handler attribute or javascript: URL for the policy to block", () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe("");
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
  });

  it("loads every script from its own origin (relative paths) or Office.js's", () => {
    const srcs = [...html().matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/gi)].map((m) => m[1]);
    for (const src of srcs) expect(/^https?:/.test(src) ? new URL(src).origin : "self").toMatch(/^(self|https:\/\/appsforoffice\.microsoft\.com)$/);
  });
});
