// Offline checks of manifest.xml against the rules of the Office add-in manifest schemas
// (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0) and against the
// files it points at. `office-addin-manifest validate` needs the network; this does not.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { MINIMUM_REQUIREMENT_SET } from "../../src/excel/requirements";
import { readPngInfo } from "../support/png";
import { loadCommands } from "../support/loadCommands";
import { childrenNamed, descendants, localName, onlyChild, parseXml } from "../support/xml";
import type { XmlElement } from "../support/xml";

const ROOT = join(__dirname, "..", "..");
const DEV_BASE_URL = "https://localhost:3000/";
const manifestXml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(manifestXml);

/** Child sequences from the schemas' xs:sequence definitions: children must appear in this order. */
const SCHEMA_ORDER: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
const ACTION_ORDER: Readonly<Record<string, readonly string[]>> = {
  ShowTaskpane: ["TaskpaneId", "SourceLocation", "Title"],
  ExecuteFunction: ["FunctionName"],
};

/** Returns one message per child that is unknown or out of order; an element may repeat in place. */
function orderProblems(element: XmlElement, sequence: readonly string[]): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const child of element.children) {
    const name = localName(child.name);
    const index = sequence.indexOf(name);
    if (index < 0) problems.push(`<${name}> is not a valid child of <${element.name}>`);
    else if (index < last)
      problems.push(`<${name}> comes after <${sequence[last] ?? ""}> in <${element.name}>`);
    else last = index;
  }
  return problems;
}

function allOrderProblems(root: XmlElement): string[] {
  return [root, ...descendants(root)].flatMap((element) => {
    const name = localName(element.name);
    const actionType = element.attributes["xsi:type"];
    const sequence = name === "Action" && actionType ? ACTION_ORDER[actionType] : SCHEMA_ORDER[name];
    // Hosts/Description etc. share names across levels; only check VersionOverrides' own children by name.
    return sequence ? orderProblems(element, sequence) : [];
  });
}

const versionOverrides = onlyChild(manifest, "VersionOverrides");
const resources = onlyChild(versionOverrides, "Resources");
const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
type ResourceKind = (typeof RESOURCE_KINDS)[number];

function resourcesOf(resourcesElement: XmlElement, kind: ResourceKind): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of onlyChild(resourcesElement, kind).children) {
    const id = item.attributes["id"] ?? "";
    if (map.has(id)) throw new Error(`resource id ${id} defined twice in ${kind}`);
    map.set(id, item.attributes["DefaultValue"] ?? "");
  }
  return map;
}

/** Which resource list a resid must point into, from the schema type of the referring element. */
function expectedKind(element: XmlElement): ResourceKind {
  const name = localName(element.name);
  if (name === "Image") return "Images";
  if (name === "SourceLocation" || name === "FunctionFile" || name === "LearnMoreUrl") return "Urls";
  if (name === "Description") return "LongStrings";
  return "ShortStrings";
}

/** One message per resid that does not name a resource of the kind its element needs. */
function unresolvedResids(root: XmlElement): string[] {
  const overrides = onlyChild(root, "VersionOverrides");
  const defined = new Map(
    RESOURCE_KINDS.map((kind) => [kind, resourcesOf(onlyChild(overrides, "Resources"), kind)]),
  );
  return descendants(overrides).flatMap((element) => {
    const resid = element.attributes["resid"];
    if (resid === undefined) return [];
    const kind = expectedKind(element);
    return defined.get(kind)?.has(resid)
      ? []
      : [`<${element.name} resid="${resid}"> has no entry in ${kind}`];
  });
}

function resolve(kind: ResourceKind, resid: string): string {
  const value = resourcesOf(resources, kind).get(resid);
  if (value === undefined) throw new Error(`resid ${resid} is not defined in ${kind}`);
  return value;
}

function assetPath(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE_URL.length));
}

const tabHome = descendants(versionOverrides).find(
  (element) => localName(element.name) === "OfficeTab" && element.attributes["id"] === "TabHome",
);

describe("manifest.xml structure", () => {
  it("is a task pane add-in for Excel workbooks that reads and writes the document", () => {
    expect(localName(manifest.name)).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(onlyChild(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(onlyChild(manifest, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(childrenNamed(onlyChild(manifest, "Hosts"), "Host").map((h) => h.attributes["Name"])).toEqual([
      "Workbook",
    ]);
    expect(onlyChild(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(onlyChild(manifest, "DisplayName").attributes["DefaultValue"]).toBe("PMO Pulse");
    expect((onlyChild(manifest, "Description").attributes["DefaultValue"] ?? "").length).toBeLessThanOrEqual(
      250,
    );
  });

  it("orders every element as the schemas require", () => {
    expect(allOrderProblems(manifest)).toEqual([]);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"]) {
      expect(childrenNamed(manifest, required)).toHaveLength(1);
    }
    expect(childrenNamed(manifest, "DefaultSettings")).toHaveLength(1);
  });

  it("detects an out-of-order element (the order check can fail)", () => {
    const swapped = manifestXml.replace(
      /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
      "$3$2$1",
    );
    expect(swapped).not.toBe(manifestXml);
    expect(allOrderProblems(parseXml(swapped))).toEqual([
      "<Version> comes after <ProviderName> in <OfficeApp>",
    ]);
  });

  it("requires ExcelApi with a MinVersion", () => {
    const sets = onlyChild(onlyChild(manifest, "Requirements"), "Sets");
    const excelApi = childrenNamed(sets, "Set").filter((set) => set.attributes["Name"] === "ExcelApi");
    expect(excelApi).toHaveLength(1);
    // The adapter's minimum (src/excel/requirements.ts lists the API that needs it) is what Excel checks.
    expect(excelApi[0]?.attributes["MinVersion"]).toBe(MINIMUM_REQUIREMENT_SET.version);
  });
});

describe("manifest.xml resources", () => {
  it("resolves every resid to a resource of the right kind", () => {
    const references = descendants(versionOverrides).filter(
      (element) => element.attributes["resid"] !== undefined,
    );
    expect(references.length).toBe(24);
    expect(unresolvedResids(manifest)).toEqual([]);
  });

  it("detects a resid with no resource (the resid check can fail)", () => {
    const broken = manifestXml.replace(
      '<FunctionFile resid="Commands.Url"/>',
      '<FunctionFile resid="Group.Label"/>',
    );
    expect(broken).not.toBe(manifestXml);
    expect(unresolvedResids(parseXml(broken))).toEqual([
      '<FunctionFile resid="Group.Label"> has no entry in Urls',
    ]);
  });

  it("keeps resource ids and strings within the schema's limits", () => {
    for (const kind of RESOURCE_KINDS) {
      for (const [id, value] of resourcesOf(resources, kind)) {
        expect(id.length).toBeLessThanOrEqual(32);
        expect(value.length).toBeGreaterThan(0);
        if (kind === "ShortStrings") expect(value.length).toBeLessThanOrEqual(125);
        if (kind === "LongStrings") expect(value.length).toBeLessThanOrEqual(250);
      }
    }
  });

  it("uses only HTTPS URLs (namespaces aside), all on the development base URL", () => {
    const urls = [manifest, ...descendants(manifest)].flatMap((element) =>
      Object.entries(element.attributes)
        .filter(([name, value]) => !name.startsWith("xmlns") && value.includes("://"))
        .map(([, value]) => value),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls)
      expect(url.startsWith(DEV_BASE_URL) ? url : `not on ${DEV_BASE_URL}: ${url}`).toBe(url);
  });

  it("points every icon at a committed PNG of the declared pixel size", () => {
    const checked: string[] = [];
    const expectPng = (url: string, size: number): void => {
      const file = assetPath(url);
      expect(existsSync(file) ? file : `missing ${file}`).toBe(file);
      const info = readPngInfo(readFileSync(file));
      expect({ url, width: info.width, height: info.height }).toEqual({ url, width: size, height: size });
      checked.push(url);
    };
    expectPng(onlyChild(manifest, "IconUrl").attributes["DefaultValue"] ?? "", 32);
    expectPng(onlyChild(manifest, "HighResolutionIconUrl").attributes["DefaultValue"] ?? "", 64);
    const iconLists = descendants(versionOverrides).filter((element) => localName(element.name) === "Icon");
    expect(iconLists.length).toBe(4);
    for (const list of iconLists) {
      const images = childrenNamed(list, "Image");
      expect(images.map((image) => image.attributes["size"])).toEqual(["16", "32", "80"]);
      for (const image of images) {
        expectPng(resolve("Images", image.attributes["resid"] ?? ""), Number(image.attributes["size"]));
      }
    }
    expect(checked).toHaveLength(2 + 4 * 3);
  });
});

describe("manifest.xml ribbon", () => {
  const group = tabHome ? onlyChild(tabHome, "Group") : undefined;
  const controls = group ? childrenNamed(group, "Control") : [];
  const action = (control: XmlElement | undefined): XmlElement | undefined =>
    control ? onlyChild(control, "Action") : undefined;
  const label = (control: XmlElement): string =>
    resolve("ShortStrings", onlyChild(control, "Label").attributes["resid"] ?? "");

  it("puts one PMO Pulse group with three buttons on the Home tab", () => {
    expect(tabHome).toBeDefined();
    expect(group && resolve("ShortStrings", onlyChild(group, "Label").attributes["resid"] ?? "")).toBe(
      "PMO Pulse",
    );
    expect(controls.map((control) => control.attributes["xsi:type"])).toEqual(["Button", "Button", "Button"]);
    expect(controls.map(label)).toEqual(["Open pane", "Validate", "Refresh dashboard"]);
    const ids = [...descendants(versionOverrides)].flatMap((e) =>
      e.attributes["id"] ? [e.attributes["id"]] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("opens the task pane page from the first button and the default settings", () => {
    const open = action(controls[0]);
    expect(open?.attributes["xsi:type"]).toBe("ShowTaskpane");
    const source = open ? resolve("Urls", onlyChild(open, "SourceLocation").attributes["resid"] ?? "") : "";
    expect(source).toBe(`${DEV_BASE_URL}taskpane.html`);
    const defaults = onlyChild(onlyChild(manifest, "DefaultSettings"), "SourceLocation");
    expect(defaults.attributes["DefaultValue"]).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it("runs validateWorkbook and refreshDashboard from commands.html, and commands.ts registers both", () => {
    const functionNames = controls.slice(1).map((control) => {
      const execute = action(control);
      expect(execute?.attributes["xsi:type"]).toBe("ExecuteFunction");
      return execute ? onlyChild(execute, "FunctionName").text.trim() : "";
    });
    expect(functionNames).toEqual(["validateWorkbook", "refreshDashboard"]);
    const formFactor = descendants(versionOverrides).find((e) => localName(e.name) === "DesktopFormFactor");
    const functionFile = formFactor ? onlyChild(formFactor, "FunctionFile") : undefined;
    expect(resolve("Urls", functionFile?.attributes["resid"] ?? "")).toBe(`${DEV_BASE_URL}commands.html`);
    const registered = [...loadCommands().handlers.keys()];
    expect(registered.sort()).toEqual([...functionNames].sort());
  });
});
