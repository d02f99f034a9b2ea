/**
 * Structural checks on the add-in manifest that the XSD cannot express (see
 * ../shared/schemas/office-addin-manifest/README.md). A tiny XML walker, no dependencies.
 * `checkManifest` returns a list of plain problems; empty means the manifest passes.
 */
import * as fs from "fs";
import * as path from "path";

// ---------------------------------------------------------------- tiny XML walker

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Url". */
  name: string;
  /** Local name without prefix, e.g. "Url". */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated direct text content (entities decoded, trimmed). */
  text: string;
  parent?: XmlElement;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

/** Parses well-formed XML into an element tree (comments, PIs, doctype skipped; CDATA kept as text). */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", local: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const texts: string[][] = [[]];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < xml.length) {
    token.lastIndex = pos;
    m = token.exec(xml);
    if (!m) throw new Error(`XML: cannot parse at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
    pos = token.lastIndex;
    const [, cdata, endName, startName, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (cdata !== undefined) texts[texts.length - 1].push(cdata);
    else if (text !== undefined) texts[texts.length - 1].push(decodeEntities(text));
    else if (endName !== undefined) {
      if (top.name !== endName) throw new Error(`XML: </${endName}> closes <${top.name}>`);
      top.text = texts.pop()!.join("").trim();
      stack.pop();
    } else if (startName !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attrs) throw new Error(`XML: duplicate attribute ${a[1]} on <${startName}>`);
        attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? "");
      }
      const el: XmlElement = {
        name: startName,
        local: startName.includes(":") ? startName.slice(startName.indexOf(":") + 1) : startName,
        attrs,
        children: [],
        text: "",
        parent: top,
      };
      top.children.push(el);
      if (!selfClose) {
        stack.push(el);
        texts.push([]);
      }
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  if (root.children.length !== 1) throw new Error("XML: expected exactly one root element");
  return root.children[0];
}

/** All descendants (depth-first, document order) whose local name is `local` (any if omitted). */
export function descendants(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (local === undefined || c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** Follows a path of local names through first matching children. */
export function at(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  return locals.reduce<XmlElement | undefined>((e, l) => child(e, l), el);
}

// ---------------------------------------------------------------- PNG

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(sig) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------- manifest checks

export const DEV_ORIGIN = "https://localhost:3000";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isZhCn = (locale: string | undefined) => (locale ?? "").toLowerCase() === "zh-cn";

export interface CheckOptions {
  /** Repository root: icons are looked up as <root>/<path after DEV_ORIGIN>. Omit to skip file checks. */
  root?: string;
  /** Expected custom-functions namespace. */
  namespace?: string;
}

export function checkManifest(xml: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const problem = (s: string) => problems.push(s);
  let app: XmlElement;
  try {
    app = parseXml(xml);
  } catch (e) {
    return [(e as Error).message];
  }
  if (app.local !== "OfficeApp") problem(`root element is <${app.name}>, expected <OfficeApp>`);
  if (app.attrs["xsi:type"] !== "TaskPaneApp") problem(`OfficeApp xsi:type is "${app.attrs["xsi:type"]}", expected TaskPaneApp`);

  // Id, permissions, host, requirements
  const id = child(app, "Id")?.text ?? "";
  if (!GUID.test(id)) problem(`Id "${id}" is not a GUID`);
  const perm = child(app, "Permissions")?.text;
  if (perm !== "ReadWriteDocument") problem(`Permissions is "${perm}", expected ReadWriteDocument`);
  const hosts = descendants(child(app, "Hosts") ?? app, "Host").map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problem(`Hosts are [${hosts}], expected [Workbook]`);
  const sets = descendants(child(app, "Requirements") ?? app, "Set");
  const shared = sets.find((s) => s.attrs.Name === "SharedRuntime");
  if (!shared || shared.attrs.MinVersion !== "1.1") problem("Requirements must declare SharedRuntime 1.1");

  // Resources: id -> element
  const vo = child(app, "VersionOverrides");
  if (!vo) {
    problem("no VersionOverrides");
    return problems;
  }
  const resources = child(vo, "Resources");
  const defined = new Map<string, XmlElement>();
  for (const group of resources?.children ?? []) {
    for (const r of group.children) {
      const rid = r.attrs.id;
      if (!rid) problem(`<${r.name}> in Resources has no id`);
      else if (defined.has(rid)) problem(`resource id "${rid}" is defined twice`);
      else defined.set(rid, r);
      if (rid && rid.length > 32) problem(`resource id "${rid}" is longer than 32 characters`);
    }
  }
  const kindOf = (rid: string) => defined.get(rid)?.parent?.local;

  // Every resid resolves
  for (const el of descendants(vo)) {
    const rid = el.attrs.resid;
    if (rid !== undefined && !defined.has(rid)) problem(`<${el.name} resid="${rid}"> is not defined in Resources`);
  }

  // Shared runtime wiring
  const host = descendants(child(vo, "Hosts") ?? vo, "Host").find((h) => h.attrs["xsi:type"] === "Workbook");
  if (!host) {
    problem("VersionOverrides has no Workbook host");
    return problems;
  }
  if (host.children[0]?.local !== "Runtimes") problem("<Runtimes> must be the first child of the Workbook <Host>");
  const runtimes = descendants(host, "Runtime");
  if (runtimes.length !== 1) problem(`expected exactly one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime && runtime.attrs.lifetime !== "long") problem(`Runtime lifetime is "${runtime.attrs.lifetime}", expected long`);
  const cf = descendants(host, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
  if (!cf) problem("no CustomFunctions extension point");
  const pageResid = at(cf, "Page", "SourceLocation")?.attrs.resid;
  const functionFile = descendants(host, "FunctionFile")[0]?.attrs.resid;
  const runtimeResid = runtime?.attrs.resid;
  if (!runtimeResid || runtimeResid !== pageResid || runtimeResid !== functionFile) {
    problem(`Runtime (${runtimeResid}), Page (${pageResid}) and FunctionFile (${functionFile}) must share one resid`);
  }
  for (const [what, rid] of [
    ["Script", at(cf, "Script", "SourceLocation")?.attrs.resid],
    ["Metadata", at(cf, "Metadata", "SourceLocation")?.attrs.resid],
  ] as const) {
    if (!rid) problem(`CustomFunctions <${what}> has no SourceLocation resid`);
    else if (defined.has(rid) && kindOf(rid) !== "Urls") problem(`CustomFunctions <${what}> resid "${rid}" is not a bt:Url`);
  }
  const nsResid = child(cf ?? host, "Namespace")?.attrs.resid;
  const ns = nsResid ? defined.get(nsResid) : undefined;
  const wantNs = options.namespace ?? "IMCOST";
  if (!ns || kindOf(nsResid!) !== "ShortStrings" || ns.attrs.DefaultValue !== wantNs) {
    problem(`custom-functions Namespace must resolve to the short string "${wantNs}" (got ${ns?.attrs.DefaultValue})`);
  }
  if (descendants(host, "TaskpaneId").length) problem("<TaskpaneId> must not be used with a shared runtime");

  // https everywhere
  const urls: [string, string][] = [];
  for (const local of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const e = child(app, local);
    if (e) urls.push([local, e.attrs.DefaultValue], ...child(app, local)!.children.map((o) => [`${local} override`, o.attrs.Value] as [string, string]));
  }
  for (const sl of descendants(app, "SourceLocation")) if (sl.attrs.DefaultValue) urls.push(["SourceLocation", sl.attrs.DefaultValue]);
  for (const group of resources?.children ?? []) {
    if (group.local !== "Urls" && group.local !== "Images") continue;
    for (const r of group.children) {
      urls.push([r.attrs.id, r.attrs.DefaultValue]);
      for (const o of r.children) urls.push([`${r.attrs.id} (${o.attrs.Locale})`, o.attrs.Value]);
    }
  }
  for (const [where, url] of urls) {
    if (!/^https:\/\/[^\s/]+/.test(url ?? "")) problem(`${where}: URL "${url}" is not https`);
  }

  // zh-cn overrides
  for (const local of ["DisplayName", "Description"]) {
    const e = child(app, local);
    if (!e?.children.some((o) => o.local === "Override" && isZhCn(o.attrs.Locale) && o.attrs.Value)) {
      problem(`${local} has no zh-CN <Override>`);
    }
  }
  const hasZhOverride = (rid: string | undefined) =>
    !!rid && !!defined.get(rid)?.children.some((o) => o.local === "Override" && isZhCn(o.attrs.Locale) && o.attrs.Value);
  const buttons = descendants(host, "Control").filter((c) => c.attrs["xsi:type"] === "Button");
  if (!buttons.length) problem("no ribbon button");
  for (const b of buttons) {
    const rid = child(b, "Label")?.attrs.resid;
    if (!hasZhOverride(rid)) problem(`button "${b.attrs.id}" label (${rid}) has no zh-cn <bt:Override>`);
    const action = child(b, "Action");
    if (action?.attrs["xsi:type"] === "ShowTaskpane" && child(action, "SourceLocation")?.attrs.resid !== runtimeResid) {
      problem(`button "${b.attrs.id}" opens a page other than the shared runtime page`);
    }
  }
  const metaResid = at(cf, "Metadata", "SourceLocation")?.attrs.resid;
  const zhMeta = metaResid ? defined.get(metaResid)?.children.find((o) => isZhCn(o.attrs.Locale)) : undefined;
  if (!zhMeta || !/functions-zh-cn\.json$/.test(zhMeta.attrs.Value ?? "")) {
    problem("functions metadata has no zh-cn <bt:Override> pointing to functions-zh-cn.json");
  }

  // Icons: each <bt:Image size=N resid=R> -> R's file is an N×N PNG; IconUrl 32, HighResolutionIconUrl 64.
  const expected: [string, string | undefined, number][] = [];
  for (const img of descendants(host, "Image")) {
    const rid = img.attrs.resid;
    if (rid && defined.has(rid)) expected.push([rid, defined.get(rid)!.attrs.DefaultValue, Number(img.attrs.size)]);
  }
  expected.push(["IconUrl", child(app, "IconUrl")?.attrs.DefaultValue, 32]);
  const hi = child(app, "HighResolutionIconUrl");
  if (hi) expected.push(["HighResolutionIconUrl", hi.attrs.DefaultValue, 64]);
  if (options.root) {
    const seen = new Set<string>();
    for (const [what, url, size] of expected) {
      const key = `${url}@${size}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!url?.startsWith(DEV_ORIGIN + "/")) {
        problem(`${what}: icon URL "${url}" is not under ${DEV_ORIGIN}/`);
        continue;
      }
      const file = path.join(options.root, url.slice(DEV_ORIGIN.length + 1));
      if (!fs.existsSync(file)) {
        problem(`${what}: icon file ${path.relative(options.root, file)} does not exist`);
        continue;
      }
      try {
        const { width, height } = pngSize(fs.readFileSync(file));
        if (width !== size || height !== size) problem(`${what}: ${path.basename(file)} is ${width}x${height}, expected ${size}x${size}`);
      } catch {
        problem(`${what}: ${path.basename(file)} is not a PNG`);
      }
    }
  }
  return problems;
}
