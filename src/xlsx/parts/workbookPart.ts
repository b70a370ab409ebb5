import { isMain, isOfficeRelationships } from "../namespaces";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";

export interface SheetEntry {
  readonly name: string;
  /** Relationship id of the sheet's part. */
  readonly relationshipId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookInfo {
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
}

/** xsd:boolean: "1"/"true" (also "on", which some writers emit). */
export function xmlBoolean(value: string | null): boolean {
  return value === "1" || value === "true" || value === "on";
}

class WorkbookHandler implements XmlHandler {
  date1904 = false;
  readonly sheets: SheetEntry[] = [];

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    if (!isMain(ns)) return false;
    if (local === "workbookPr") {
      this.date1904 = xmlBoolean(attributes.get("date1904"));
    } else if (local === "sheet") {
      const name = attributes.get("name");
      const relationshipId = attributes.getNs(isOfficeRelationships, "id");
      if (name === null || relationshipId === null) return false;
      const state = attributes.get("state");
      this.sheets.push({
        name,
        relationshipId,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
    }
    return false;
  }

  close(): boolean {
    return false;
  }

  text(): void {}
}

/** The workbook part: its sheets in tab order and its date system. */
export function* readWorkbookPart(partName: string): ReadSteps<WorkbookInfo> {
  const handler = new WorkbookHandler();
  yield* scanPart(partName, handler);
  return { date1904: handler.date1904, sheets: handler.sheets };
}
