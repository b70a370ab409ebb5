/**
 * Open Packaging helpers for post-processing the package ExcelJS wrote: find a sheet's part,
 * merge relationships into an existing .rels part, add content-type overrides.
 */
import type JSZip from "jszip";
import { escapeXml, unescapeXml } from "../xml";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) {
    throw new Error(`The workbook package has no part ${path}`);
  }
  return file.async("string");
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : unescapeXml(match[1]);
}

/** Maps each sheet name to its worksheet part path, via workbook.xml and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readPart(zip, "xl/workbook.xml");
  const rels = await readPart(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id !== undefined && target !== undefined) {
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
  }
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const target = targets.get(attr(tag, "r:id") ?? "");
    if (name !== undefined && target !== undefined) {
      parts.set(name, target);
    }
  }
  return parts;
}

/**
 * Adds a relationship to a .rels part (created when absent) and returns the new id, which is
 * `rId<n>` with n one more than the largest numeric id already used.
 */
export async function addRelationship(
  zip: JSZip,
  relsPath: string,
  type: string,
  target: string,
): Promise<string> {
  const existing = zip.file(relsPath)
    ? await readPart(zip, relsPath)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  let max = 0;
  for (const match of existing.matchAll(/\sId="rId([0-9]+)"/g)) {
    max = Math.max(max, Number(match[1]));
  }
  const id = `rId${max + 1}`;
  const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const merged = existing.includes("</Relationships>")
    ? existing.replace("</Relationships>", `${rel}</Relationships>`)
    : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
  zip.file(relsPath, merged);
  return id;
}

/** Adds `<Override PartName=… ContentType=…/>` to [Content_Types].xml. */
export async function addContentTypeOverride(
  zip: JSZip,
  partName: string,
  contentType: string,
): Promise<void> {
  const path = "[Content_Types].xml";
  const types = await readPart(zip, path);
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
  zip.file(path, types.replace("</Types>", `${override}</Types>`));
}
