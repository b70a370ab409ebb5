/** Test helper: the XML parts of a written package, and the chart parts of each sheet. */
import JSZip from "jszip";

export interface PackageParts {
  readonly names: readonly string[];
  readonly part: (path: string) => string;
}

export async function readParts(buffer: Buffer): Promise<PackageParts> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  const texts = new Map<string, string>();
  for (const name of names) {
    texts.set(name, await zip.files[name]!.async("string"));
  }
  return {
    names,
    part: (path) => {
      const text = texts.get(path);
      if (text === undefined) throw new Error(`no part ${path}`);
      return text;
    },
  };
}

function targets(relsXml: string, typeSuffix: string): string[] {
  return [...relsXml.matchAll(/<Relationship [^>]*Type="[^"]*\/(\w+)" Target="([^"]*)"/g)]
    .filter((m) => m[1] === typeSuffix)
    .map((m) => m[2] ?? "");
}

/** Chart XML of a worksheet part, in drawing order, following sheet → drawing → chart relationships. */
export function chartsOfSheet(parts: PackageParts, sheetPath: string): string[] {
  const sheetRels = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const drawings = parts.names.includes(sheetRels) ? targets(parts.part(sheetRels), "drawing") : [];
  return drawings.flatMap((target) => {
    const drawingPath = `xl/${target.replace(/^\.\.\//, "")}`;
    const drawing = parts.part(drawingPath);
    const rels = parts.part(drawingPath.replace(/([^/]+)$/, "_rels/$1.rels"));
    const byId = new Map([...rels.matchAll(/Id="(\w+)"[^>]*Target="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    return [...drawing.matchAll(/<c:chart [^>]*r:id="(\w+)"/g)].map((m) =>
      parts.part(`xl/${(byId.get(m[1]) ?? "").replace(/^\.\.\//, "")}`),
    );
  });
}
