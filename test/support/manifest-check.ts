// Offline structural check of the add-in's XML manifest (task-pane add-in, schema 1.1).
// Microsoft's validator (`office-addin-manifest validate`) is an online service, so the tests use this instead. The
// rules follow the published XSDs (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0)
// for the parts this add-in uses, plus the project's own requirements (Word host, WordApi 1.3).
import { DOMParser } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  taskpane: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

type Namespace = (typeof NS)[keyof typeof NS];

interface ChildRule {
  name: string;
  ns: Namespace;
  min: number;
  max: number;
}

const MANY = Number.POSITIVE_INFINITY;
const one = (name: string, ns: Namespace): ChildRule => ({ name, ns, min: 1, max: 1 });
const optional = (name: string, ns: Namespace): ChildRule => ({ name, ns, min: 0, max: 1 });
const some = (name: string, ns: Namespace, min = 1): ChildRule => ({ name, ns, min, max: MANY });

/** Child order of the root element of a task-pane add-in (OfficeApp + TaskPaneApp extension). */
export const OFFICE_APP_ORDER: readonly ChildRule[] = [
  one("Id", NS.app),
  optional("AlternateId", NS.app),
  one("Version", NS.app),
  one("ProviderName", NS.app),
  one("DefaultLocale", NS.app),
  one("DisplayName", NS.app),
  one("Description", NS.app),
  optional("IconUrl", NS.app),
  optional("HighResolutionIconUrl", NS.app),
  optional("SupportUrl", NS.app),
  optional("AppDomains", NS.app),
  optional("Hosts", NS.app),
  optional("Requirements", NS.app),
  one("DefaultSettings", NS.app),
  one("Permissions", NS.app),
  optional("Dictionary", NS.app),
  optional("VersionOverrides", NS.taskpane),
];

const localeAware: readonly ChildRule[] = [some("Override", NS.app, 0)];
// Children of the top-level elements that have any (TaskPaneApp flavour).
const APP_CHILD_ORDER: Record<string, readonly ChildRule[]> = {
  DisplayName: localeAware,
  Description: localeAware,
  IconUrl: localeAware,
  HighResolutionIconUrl: localeAware,
  SupportUrl: localeAware,
  AppDomains: [some("AppDomain", NS.app)],
  Hosts: [some("Host", NS.app)],
  Requirements: [optional("Sets", NS.app), optional("Methods", NS.app)],
  DefaultSettings: [one("SourceLocation", NS.app)],
};

export const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

const SHORT_MAX = 125;
const LONG_MAX = 250;
const URL_MAX = 2048;
const RESOURCE_ID_MAX = 32;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const FOUR_PART_VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
// Culture name pattern of the schema (BCP 47 subset).
const CULTURE = /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
/** The project's floor (DESIGN.md): newer APIs are feature-detected, never required. */
export const REQUIRED_WORD_API = "1.3";

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

// Which resource collection a `resid` must point into, by the referencing element's local name.
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Pixel size an image must have, per use (task-pane IconUrl 32 px, HighResolutionIconUrl 64 px). */
export const TOP_LEVEL_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 } as const;
/** Ribbon icon sizes the schema makes mandatory (`bt:Image size`), and the optional ones it allows. */
export const REQUIRED_RIBBON_SIZES = [16, 32, 80];
export const ALLOWED_RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

export interface ManifestCheckOptions {
  /** Returns the bytes of the image a URL points to, or null when there is none; enables the pixel-size checks. */
  readImage?: (url: string) => Uint8Array | null;
}

/** Every problem found in the manifest text, in document order; empty when the manifest passes. */
export function checkManifest(xml: string, options: ManifestCheckOptions = {}): string[] {
  const problems: string[] = [];
  const root = parse(xml, problems);
  if (!root) return problems;

  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    problems.push(`root element must be OfficeApp in namespace ${NS.app}, found {${root.namespaceURI ?? ""}}${root.localName}`);
    return problems;
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push(`OfficeApp xsi:type must be "TaskPaneApp", found "${xsiType(root) ?? ""}"`);

  checkSequence(root, OFFICE_APP_ORDER, problems);
  for (const e of elements(root)) {
    const rules = e.namespaceURI === NS.app ? APP_CHILD_ORDER[e.localName ?? ""] : undefined;
    if (rules) checkSequence(e, rules, problems);
  }
  checkIdentity(root, problems);
  checkLocaleAwareTexts(root, problems);
  checkHostAndRequirements(root, problems);
  checkPermissions(root, problems);
  for (const { where, url } of collectUrls(root)) checkUrl(where, url, problems);

  const overrides = child(root, "VersionOverrides", NS.taskpane);
  const images = new Map<string, string>();
  if (overrides) {
    if (xsiType(overrides) !== "VersionOverridesV1_0") {
      problems.push(`VersionOverrides xsi:type must be "VersionOverridesV1_0", found "${xsiType(overrides) ?? ""}"`);
    }
    checkVersionOverridesStructure(overrides, problems);
    const resources = readResources(overrides, problems);
    checkResourceReferences(overrides, resources, problems);
    for (const [id, resource] of resources) if (resource.kind === "Images") images.set(id, resource.value);
  }
  if (options.readImage) checkImageSizes(root, images, options.readImage, problems);
  return problems;
}

/** Every URL the manifest declares, with where it was found; for checks that need the build's file list. */
export function manifestUrls(xml: string): { where: string; url: string }[] {
  const problems: string[] = [];
  const root = parse(xml, problems);
  if (!root) throw new Error(`manifest is not well-formed XML: ${problems.join("; ")}`);
  return collectUrls(root);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// ---------------------------------------------------------------------------------------------------------------

function parse(xml: string, problems: string[]): Element | null {
  const errors: string[] = [];
  let root: Element | null = null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        errors.push(`${level}: ${message}`);
        // Any complaint means the text is not a clean, well-formed manifest: stop rather than guess.
        throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
    root = doc.documentElement;
  } catch {
    // The reason is already in `errors` (or there was no root element at all).
  }
  if (errors.length > 0 || !root) {
    problems.push(`manifest is not well-formed XML: ${errors.join("; ") || "no root element"}`);
    return null;
  }
  return root;
}

function elements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

function child(parent: Element, name: string, ns: string): Element | undefined {
  return elements(parent).find((e) => e.localName === name && e.namespaceURI === ns);
}

function descendants(parent: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of elements(e)) {
      out.push(c);
      walk(c);
    }
  };
  walk(parent);
  return out;
}

function xsiType(e: Element): string | null {
  return e.getAttributeNS(NS.xsi, "type");
}

function text(e: Element | undefined): string {
  return (e?.textContent ?? "").trim();
}

/** Length in characters (code points), as the schema's maxLength counts them. */
function length(s: string): number {
  return [...s].length;
}

function describe(e: Element): string {
  const id = e.getAttribute("id");
  const type = xsiType(e);
  return `<${e.localName}${id ? ` id="${id}"` : ""}${type ? ` xsi:type="${type}"` : ""}>`;
}

function checkSequence(parent: Element, rules: readonly ChildRule[], problems: string[]): void {
  const counts = rules.map(() => 0);
  let position = 0;
  const order = rules.map((r) => r.name).join(", ");
  for (const e of elements(parent)) {
    const index = rules.findIndex((r) => r.name === e.localName && r.ns === e.namespaceURI);
    if (index < 0) {
      problems.push(`${describe(parent)}: unexpected element {${e.namespaceURI ?? ""}}${e.localName} (allowed, in order: ${order})`);
      continue;
    }
    if (index < position) {
      problems.push(`${describe(parent)}: <${e.localName}> is out of order (schema order: ${order})`);
    } else {
      position = index;
    }
    counts[index] = (counts[index] ?? 0) + 1;
  }
  rules.forEach((rule, i) => {
    const count = counts[i] ?? 0;
    if (count < rule.min) problems.push(`${describe(parent)}: missing <${rule.name}>`);
    if (count > rule.max) problems.push(`${describe(parent)}: <${rule.name}> may appear at most ${rule.max} time(s), found ${count}`);
  });
}

function checkIdentity(root: Element, problems: string[]): void {
  const id = text(child(root, "Id", NS.app));
  if (!GUID.test(id)) problems.push(`Id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found "${id}"`);
  const version = text(child(root, "Version", NS.app));
  if (!FOUR_PART_VERSION.test(version)) problems.push(`Version must have the form n.n.n.n (up to 5 digits each), found "${version}"`);
  const provider = text(child(root, "ProviderName", NS.app));
  if (length(provider) < 1 || length(provider) > SHORT_MAX) problems.push(`ProviderName must have 1–${SHORT_MAX} characters`);
  const locale = text(child(root, "DefaultLocale", NS.app));
  if (!CULTURE.test(locale)) problems.push(`DefaultLocale "${locale}" is not a culture name such as vi-VN`);
}

function checkLocaleAwareTexts(root: Element, problems: string[]): void {
  const limits: [string, number][] = [
    ["DisplayName", SHORT_MAX],
    ["Description", LONG_MAX],
  ];
  for (const [name, max] of limits) {
    const e = child(root, name, NS.app);
    if (!e) continue;
    checkStringLength(name, e.getAttribute("DefaultValue"), max, problems);
    for (const o of elements(e)) checkOverride(name, o, max, problems);
  }
}

function checkOverride(where: string, override: Element, max: number | null, problems: string[]): void {
  const locale = override.getAttribute("Locale") ?? "";
  if (!CULTURE.test(locale)) problems.push(`${where}: Override Locale "${locale}" is not a culture name`);
  if (max !== null) checkStringLength(`${where} (${locale})`, override.getAttribute("Value"), max, problems);
}

function checkStringLength(where: string, value: string | null, max: number, problems: string[]): void {
  if (value === null || value.trim() === "") {
    problems.push(`${where}: text is missing or empty`);
  } else if (length(value) > max) {
    problems.push(`${where}: ${length(value)} characters, the limit is ${max}`);
  }
}

function checkHostAndRequirements(root: Element, problems: string[]): void {
  const hosts = child(root, "Hosts", NS.app);
  const names = hosts ? elements(hosts).map((h) => h.getAttribute("Name")) : [];
  if (!names.includes("Document")) problems.push(`Hosts must contain <Host Name="Document"/> (Word)`);

  const sets = child(child(root, "Requirements", NS.app) ?? root, "Sets", NS.app);
  const wordApi = sets && elements(sets).find((s) => s.localName === "Set" && s.getAttribute("Name") === "WordApi");
  if (!sets || !wordApi) {
    problems.push(`Requirements must declare <Set Name="WordApi" MinVersion="${REQUIRED_WORD_API}"/>`);
    return;
  }
  // A Set without MinVersion inherits the Sets default, which itself defaults to 1.1.
  const effective = wordApi.getAttribute("MinVersion") ?? sets.getAttribute("DefaultMinVersion") ?? "1.1";
  if (effective !== REQUIRED_WORD_API) {
    problems.push(`WordApi MinVersion must be ${REQUIRED_WORD_API} (the project's floor), found ${effective}`);
  }
}

function checkPermissions(root: Element, problems: string[]): void {
  const permission = text(child(root, "Permissions", NS.app));
  if (!PERMISSIONS.includes(permission)) {
    problems.push(`Permissions must be one of ${PERMISSIONS.join(", ")}, found "${permission}"`);
  }
}

function collectUrls(root: Element): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  const add = (where: string, value: string | null) => {
    if (value !== null) urls.push({ where, url: value.trim() });
  };
  const localeAware = (e: Element | undefined, where: string) => {
    if (!e) return;
    add(where, e.getAttribute("DefaultValue"));
    for (const o of elements(e)) add(`${where} (${o.getAttribute("Locale") ?? "?"})`, o.getAttribute("Value"));
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) localeAware(child(root, name, NS.app), name);
  localeAware(child(child(root, "DefaultSettings", NS.app) ?? root, "SourceLocation", NS.app), "DefaultSettings/SourceLocation");
  const appDomains = child(root, "AppDomains", NS.app);
  if (appDomains) for (const d of elements(appDomains)) add("AppDomain", d.textContent);
  const overrides = child(root, "VersionOverrides", NS.taskpane);
  const resources = overrides && child(overrides, "Resources", NS.taskpane);
  if (resources) {
    for (const kind of ["Images", "Urls"]) {
      const collection = child(resources, kind, NS.bt);
      if (!collection) continue;
      for (const item of elements(collection)) localeAware(item, `bt:${item.localName} "${item.getAttribute("id") ?? ""}"`);
    }
  }
  return urls;
}

function checkUrl(where: string, url: string, problems: string[]): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed) problems.push(`${where}: "${url}" is not an absolute URL`);
  else if (parsed.protocol !== "https:") problems.push(`${where}: "${url}" must use https (Office loads add-ins only over HTTPS)`);
  if (length(url) > URL_MAX) problems.push(`${where}: URL longer than ${URL_MAX} characters`);
}

/** Child order inside VersionOverrides, for the elements this kind of add-in uses. */
function sequenceFor(e: Element, parent: Element | null): readonly ChildRule[] | null {
  const tp = NS.taskpane;
  const bt = NS.bt;
  if (e.namespaceURI === bt) {
    switch (e.localName) {
      case "Images":
        return [some("Image", bt, 0)];
      case "Urls":
        return [some("Url", bt, 0)];
      case "ShortStrings":
      case "LongStrings":
        return [some("String", bt, 0)];
      case "Image":
        // In an <Icon> list it is a reference (no children); in <bt:Images> it is a resource with overrides.
        return parent?.localName === "Icon" ? [] : [some("Override", bt, 0)];
      case "Url":
      case "String":
        return [some("Override", bt, 0)];
      default:
        return null;
    }
  }
  if (e.namespaceURI !== tp) return null;
  switch (e.localName) {
    case "VersionOverrides":
      return [
        optional("Description", tp),
        optional("Requirements", tp),
        optional("Hosts", tp),
        optional("Resources", tp),
        optional("WebApplicationInfo", tp),
        optional("EquivalentAddins", tp),
      ];
    case "Hosts":
      return [some("Host", tp)];
    case "Host":
      return [optional("AllFormFactors", tp), optional("DesktopFormFactor", tp)];
    case "DesktopFormFactor":
      return [optional("GetStarted", tp), optional("FunctionFile", tp), some("ExtensionPoint", tp)];
    case "GetStarted":
      return [one("Title", tp), one("Description", tp), one("LearnMoreUrl", tp)];
    case "ExtensionPoint":
      if (xsiType(e) === "PrimaryCommandSurface") return [some("OfficeTab", tp, 0), some("CustomTab", tp, 0)];
      if (xsiType(e) === "ContextMenu") return [some("OfficeMenu", tp)];
      return null;
    case "OfficeTab":
      return [some("Group", tp)];
    case "CustomTab":
      return [some("Group", tp), one("Label", tp)];
    case "OfficeMenu":
      return [some("Control", tp)];
    case "Group":
      return [one("Label", tp), one("Icon", tp), some("Control", tp)];
    case "Icon":
      return [some("Image", bt)];
    case "Control":
      if (xsiType(e) === "Button") return [one("Label", tp), one("Supertip", tp), one("Icon", tp), one("Action", tp)];
      if (xsiType(e) === "Menu") return [one("Label", tp), one("Supertip", tp), one("Icon", tp), one("Items", tp)];
      return null;
    case "Items":
      return [some("Item", tp)];
    case "Item":
      return [one("Label", tp), one("Supertip", tp), optional("Icon", tp), one("Action", tp)];
    case "Supertip":
      return [one("Title", tp), one("Description", tp)];
    case "Action":
      if (xsiType(e) === "ShowTaskpane") return [optional("TaskpaneId", tp), one("SourceLocation", tp), optional("Title", tp)];
      if (xsiType(e) === "ExecuteFunction") return [one("FunctionName", tp)];
      return null;
    case "Resources":
      return [optional("Images", bt), optional("Urls", bt), optional("ShortStrings", bt), optional("LongStrings", bt)];
    default:
      return null;
  }
}

function checkVersionOverridesStructure(overrides: Element, problems: string[]): void {
  const visit = (e: Element, parent: Element | null) => {
    const rules = sequenceFor(e, parent);
    if (rules) checkSequence(e, rules, problems);
    for (const c of elements(e)) visit(c, e);
  };
  visit(overrides, null);
  for (const e of descendants(overrides)) {
    if (e.localName === "Image" && e.namespaceURI === NS.bt && e.parentNode && (e.parentNode as Element).localName === "Icon") {
      const size = Number(e.getAttribute("size"));
      if (!ALLOWED_RIBBON_SIZES.includes(size)) {
        problems.push(`Icon image size "${e.getAttribute("size") ?? ""}" is not one of ${ALLOWED_RIBBON_SIZES.join(", ")}`);
      }
    }
  }
  for (const e of descendants(overrides)) {
    if (e.localName !== "Icon" || e.namespaceURI !== NS.taskpane) continue;
    const sizes = elements(e).map((i) => Number(i.getAttribute("size")));
    const missing = REQUIRED_RIBBON_SIZES.filter((s) => !sizes.includes(s));
    if (missing.length > 0) problems.push(`<Icon> in ${describe(e.parentNode as Element)} lacks size(s) ${missing.join(", ")}`);
  }
}

interface Resource {
  kind: ResourceKind;
  value: string;
}

function readResources(overrides: Element, problems: string[]): Map<string, Resource> {
  const found = new Map<string, Resource>();
  const resources = child(overrides, "Resources", NS.taskpane);
  if (!resources) return found;
  const kinds: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
  for (const kind of kinds) {
    const collection = child(resources, kind, NS.bt);
    if (!collection) continue;
    for (const item of elements(collection)) {
      const id = item.getAttribute("id") ?? "";
      const where = `bt:${kind} "${id}"`;
      if (id === "") problems.push(`bt:${kind}: a resource has no id`);
      else if (length(id) > RESOURCE_ID_MAX) problems.push(`${where}: resource id longer than ${RESOURCE_ID_MAX} characters`);
      if (found.has(id)) problems.push(`${where}: resource id "${id}" is defined more than once`);
      const value = item.getAttribute("DefaultValue") ?? "";
      found.set(id, { kind, value });
      const max = kind === "ShortStrings" ? SHORT_MAX : kind === "LongStrings" ? LONG_MAX : null;
      if (max !== null) checkStringLength(where, item.getAttribute("DefaultValue"), max, problems);
      for (const o of elements(item)) checkOverride(where, o, max, problems);
    }
  }
  return found;
}

function checkResourceReferences(overrides: Element, resources: Map<string, Resource>, problems: string[]): void {
  for (const e of descendants(overrides)) {
    const resid = e.getAttribute("resid");
    if (resid === null) continue;
    const expected = RESID_KIND[e.localName ?? ""];
    const resource = resources.get(resid);
    if (!expected) {
      problems.push(`<${e.localName} resid="${resid}">: element not known to take a resource reference`);
    } else if (!resource) {
      problems.push(`<${e.localName} resid="${resid}">: no resource with that id in bt:${expected}`);
    } else if (resource.kind !== expected) {
      problems.push(`<${e.localName} resid="${resid}">: must refer to bt:${expected}, but "${resid}" is in bt:${resource.kind}`);
    }
  }
}

function checkImageSizes(
  root: Element,
  images: Map<string, string>,
  readImage: (url: string) => Uint8Array | null,
  problems: string[],
): void {
  const wanted: { where: string; url: string; size: number }[] = [];
  for (const [name, size] of Object.entries(TOP_LEVEL_ICON_SIZES)) {
    const url = child(root, name, NS.app)?.getAttribute("DefaultValue");
    if (url) wanted.push({ where: name, url, size });
  }
  const overrides = child(root, "VersionOverrides", NS.taskpane);
  if (overrides) {
    for (const e of descendants(overrides)) {
      if (e.localName !== "Image" || e.namespaceURI !== NS.bt || !e.hasAttribute("resid")) continue;
      const resid = e.getAttribute("resid") ?? "";
      const url = images.get(resid);
      if (url) wanted.push({ where: `Icon image "${resid}" (size ${e.getAttribute("size") ?? "?"})`, url, size: Number(e.getAttribute("size")) });
    }
  }
  const seen = new Set<string>();
  for (const { where, url, size } of wanted) {
    const key = `${url}@${size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const bytes = readImage(url);
    if (!bytes) {
      problems.push(`${where}: image ${url} does not exist`);
      continue;
    }
    const actual = pngSize(bytes);
    if (!actual) problems.push(`${where}: ${url} is not a PNG file`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${where}: ${url} is ${actual.width}×${actual.height} px, must be ${size}×${size}`);
    }
  }
}
