/**
 * The namespace URIs a workbook may use. Transitional OOXML (what Excel saves by default) and
 * Strict OOXML (ISO/IEC 29500 Strict, "Strict Open XML Spreadsheet") name the same elements under
 * different URIs; prefixes are whatever the writer chose, so elements are matched by URI only.
 */
const MAIN_TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
/** The main namespace as Excel writes it (transitional). */
export const MAIN_NAMESPACE = MAIN_TRANSITIONAL;

const OFFICE_RELATIONSHIPS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The known URIs as the literals above, so that comparing a canonical URI is a pointer compare. */
const CANONICAL = new Map(
  [MAIN_TRANSITIONAL, MAIN_STRICT, ...OFFICE_RELATIONSHIPS, PACKAGE_RELATIONSHIPS].map((uri) => [uri, uri]),
);

/** The scanner passes every namespace URI through this once per scope. */
export function canonicalNamespace(uri: string): string {
  return CANONICAL.get(uri) ?? uri;
}

/** Runs for every element of every sheet: a canonical URI makes it two pointer compares. */
export function isMain(uri: string): boolean {
  return uri === MAIN_TRANSITIONAL || uri === MAIN_STRICT;
}

export function isOfficeRelationships(uri: string): boolean {
  return OFFICE_RELATIONSHIPS.has(uri);
}

export function isPackageRelationships(uri: string): boolean {
  return uri === PACKAGE_RELATIONSHIPS;
}

/**
 * The kind of a relationship type URI ("worksheet", "officeDocument", "sharedStrings"…), in either
 * conformance class; null for types from elsewhere (which the reader ignores).
 */
export function relationshipKind(type: string): string | null {
  for (const base of OFFICE_RELATIONSHIPS) {
    if (type.startsWith(`${base}/`)) return type.slice(base.length + 1);
  }
  return null;
}
