/**
 * Where the page runs (src/taskpane/officeHost.ts): inside Office only when Office.onReady names a host; a page
 * without office.js, or with office.js in a plain browser tab (host null or undefined), is the standalone
 * calculator, and a throwing or rejecting onReady never leaves the page blank.
 */
import { detectHost, officeGlobal, type OfficeLike } from "../../src/taskpane/officeHost";

/** An Office stand-in whose onReady calls back and resolves, as office.js does. */
function office(info: { host?: unknown }, { callback = true, promise = true } = {}): OfficeLike {
  return {
    onReady(cb) {
      if (callback) setTimeout(() => cb?.(info), 0);
      return promise ? new Promise((r) => setTimeout(() => r(info), 0)) : undefined;
    },
  };
}

describe("detectHost", () => {
  it("is the browser when office.js never loaded (no Office global)", async () => {
    await expect(detectHost(undefined)).resolves.toEqual({ kind: "browser", reason: "noOfficeJs" });
  });

  it.each([
    ["host null (office.js in a browser tab)", { host: null }],
    ["host undefined", {}],
    ["an empty host", { host: "" }],
  ])("is the browser when onReady reports %s", async (_what, info) => {
    await expect(detectHost(office(info))).resolves.toEqual({ kind: "browser", reason: "noHost" });
  });

  it("is Office when onReady names the host, through the callback or the promise alone", async () => {
    await expect(detectHost(office({ host: "Excel" }))).resolves.toEqual({ kind: "office", host: "Excel" });
    await expect(detectHost(office({ host: "Excel" }, { callback: false }))).resolves.toEqual({ kind: "office", host: "Excel" });
    await expect(detectHost(office({ host: "Excel" }, { promise: false }))).resolves.toEqual({ kind: "office", host: "Excel" });
  });

  it("is the browser when onReady throws or rejects", async () => {
    const throwing: OfficeLike = {
      onReady() {
        throw new Error("office.js half loaded");
      },
    };
    const rejecting: OfficeLike = { onReady: () => Promise.reject(new Error("no host")) };
    await expect(detectHost(throwing)).resolves.toEqual({ kind: "browser", reason: "noHost" });
    await expect(detectHost(rejecting)).resolves.toEqual({ kind: "browser", reason: "noHost" });
  });
});

describe("officeGlobal", () => {
  it("reads Office from the scope without a ReferenceError, and only when it has onReady", () => {
    expect(officeGlobal({})).toBeUndefined();
    expect(officeGlobal({ Office: {} })).toBeUndefined();
    const real = office({ host: "Excel" });
    expect(officeGlobal({ Office: real })).toBe(real);
  });
});

describe("the functions bundle's CustomFunctions fallback (runs before functions.ts)", () => {
  const scope = globalThis as { CustomFunctions?: unknown };
  const before = scope.CustomFunctions;
  const load = () => jest.isolateModules(() => require("../../src/taskpane/standalone/customFunctionsFallback"));
  afterEach(() => {
    if (before === undefined) delete scope.CustomFunctions;
    else scope.CustomFunctions = before;
  });

  it("gives the build's associate calls a do-nothing target where office.js did not load", () => {
    delete scope.CustomFunctions;
    load();
    const cf = scope.CustomFunctions as { associate: (id: string, fn: () => number) => void };
    expect(() => cf.associate("TCO", () => 1)).not.toThrow();
  });

  it("leaves office.js's own CustomFunctions untouched", () => {
    const real = { associate: jest.fn() };
    scope.CustomFunctions = real;
    load();
    expect(scope.CustomFunctions).toBe(real);
  });
});
