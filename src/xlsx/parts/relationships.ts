import { isPackageRelationships, relationshipKind } from "../namespaces";
import type { XlsxPackage } from "../package";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";

/** One internal relationship: its id, kind ("worksheet", "table"…) and the target part's name. */
export interface Relationship {
  readonly id: string;
  readonly kind: string | null;
  readonly target: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against its source part: absolute ("/xl/…", as openpyxl writes)
 * or relative to the source's folder ("worksheets/sheet1.xml", "../tables/table1.xml").
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed %-escape is kept literally; the part lookup then fails cleanly.
  }
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

class RelationshipsHandler implements XmlHandler {
  readonly relationships: Relationship[] = [];

  constructor(private readonly sourcePart: string) {}

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    if (local !== "Relationship" || !isPackageRelationships(ns)) return false;
    if (attributes.get("TargetMode") === "External") return false;
    const id = attributes.get("Id");
    const type = attributes.get("Type");
    const target = attributes.get("Target");
    if (id === null || type === null || target === null) return false;
    this.relationships.push({
      id,
      kind: relationshipKind(type),
      target: resolveTarget(this.sourcePart, target),
    });
    return false;
  }

  close(): boolean {
    return false;
  }

  text(): void {}
}

/** The relationships of a part (none when it has no relationships part). */
export function* readRelationships(pkg: XlsxPackage, sourcePart: string): ReadSteps<Relationship[]> {
  const partName = relationshipsPartOf(sourcePart);
  if (!pkg.has(partName)) return [];
  const handler = new RelationshipsHandler(sourcePart);
  yield* scanPart(partName, handler);
  return handler.relationships;
}
