/**
 * Where the page runs: inside an Office host, or in a plain browser (the standalone calculator). Two ways to be
 * outside Office: office.js never loaded (blocked, offline, 404), so there is no `Office` global at all; or it
 * loaded in a normal browser tab, and Office.onReady reports no host (host null or undefined).
 */

/** What the page needs of the Office global: only onReady. */
export interface OfficeLike {
  onReady(callback?: (info: { host?: unknown }) => void): Promise<{ host?: unknown }> | unknown;
}

export type PageHost = { readonly kind: "office"; readonly host: string } | { readonly kind: "browser"; readonly reason: "noOfficeJs" | "noHost" };

/** The global Office object when office.js defined one, else undefined (never throws "Office is not defined"). */
export function officeGlobal(scope: unknown = globalThis): OfficeLike | undefined {
  const office = (scope as { Office?: unknown }).Office;
  return office && typeof (office as OfficeLike).onReady === "function" ? (office as OfficeLike) : undefined;
}

/**
 * Resolves once the page knows where it runs. Office.onReady's callback form is used (every office.js has it);
 * a throwing onReady counts as "no host" rather than a blank page.
 */
export function detectHost(office: OfficeLike | undefined = officeGlobal()): Promise<PageHost> {
  if (!office) return Promise.resolve({ kind: "browser", reason: "noOfficeJs" });
  return new Promise((resolve) => {
    const settle = (info: { host?: unknown } | undefined) => {
      const host = info?.host;
      resolve(typeof host === "string" && host !== "" ? { kind: "office", host } : { kind: "browser", reason: "noHost" });
    };
    try {
      const pending = office.onReady(settle);
      // Some builds only resolve the promise; settling twice is harmless (the first one wins).
      if (pending && typeof (pending as Promise<unknown>).then === "function") (pending as Promise<{ host?: unknown }>).then(settle, () => settle(undefined));
    } catch {
      settle(undefined);
    }
  });
}
