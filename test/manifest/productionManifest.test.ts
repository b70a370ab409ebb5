// The production build rewrites manifest URLs to ADDIN_BASE_URL; these run the same functions
// webpack.config.js uses, on the real manifest.xml.
import { readFileSync } from "fs";
import { join } from "path";
import { descendants, parseXml } from "../support/xml";

interface WebpackConfigModule {
  resolveAddinBaseUrl(value: string | undefined): string;
  rewriteManifestUrls(manifestXml: string, baseUrl: string): string;
  DEV_BASE_URL: string;
}

const config = jest.requireActual<WebpackConfigModule>("../../webpack.config.js");
const manifestXml = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("resolveAddinBaseUrl", () => {
  it("adds the trailing slash the manifest paths are appended to", () => {
    expect(config.resolveAddinBaseUrl("https://example.org/pmo")).toBe("https://example.org/pmo/");
    expect(config.resolveAddinBaseUrl(" https://example.org/pmo/ ")).toBe("https://example.org/pmo/");
  });

  it.each([
    [undefined, "ADDIN_BASE_URL is not set"],
    ["", "ADDIN_BASE_URL is not set"],
    ["http://example.org/pmo/", "ADDIN_BASE_URL must use https://"],
    ["example.org/pmo", "ADDIN_BASE_URL is not a valid URL"],
    ["https://example.org/pmo/?v=2", "must not contain a query or fragment"],
  ])("refuses %p", (value, message) => {
    expect(() => config.resolveAddinBaseUrl(value)).toThrow(message);
  });
});

describe("rewriteManifestUrls", () => {
  it("moves every URL to the base URL and keeps the document otherwise intact", () => {
    const rewritten = config.rewriteManifestUrls(manifestXml, "https://example.org/pmo/");
    expect(rewritten).not.toContain("localhost");
    const urls = descendants(parseXml(rewritten)).flatMap((element) =>
      Object.entries(element.attributes)
        .filter(([name, value]) => !name.startsWith("xmlns") && value.includes("://"))
        .map(([, value]) => value),
    );
    expect(urls).toContain("https://example.org/pmo/taskpane.html");
    expect(urls).toContain("https://example.org/pmo/assets/icon-80.png");
    expect(urls.filter((url) => !url.startsWith("https://example.org/pmo/"))).toEqual([]);
    expect(rewritten.split("https://example.org/pmo/").join(config.DEV_BASE_URL)).toBe(manifestXml);
  });

  it("fails when a localhost URL does not use the development base URL", () => {
    const stray = manifestXml.replace(
      `${config.DEV_BASE_URL}commands.html`,
      "https://localhost:8080/commands.html",
    );
    expect(() => config.rewriteManifestUrls(stray, "https://example.org/pmo/")).toThrow(
      "still points at localhost",
    );
  });
});
