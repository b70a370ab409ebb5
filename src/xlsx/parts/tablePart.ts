import { parseRangeAddress } from "../../core/model/a1";
import type { RawListObject } from "../../core/model/raw";
import { isMain } from "../namespaces";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";

class TableHandler implements XmlHandler {
  table: RawListObject | null = null;

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    if (local !== "table" || !isMain(ns) || this.table !== null) return false;
    const name = attributes.get("name") ?? attributes.get("displayName");
    const ref = attributes.get("ref");
    const range = ref === null ? null : parseRangeAddress(ref);
    if (name === null || range === null) return false;
    // headerRowCount defaults to 1 (ECMA-376 Part 1, 18.5.1.2); Excel writes it only as "0".
    const headerRowCount = Number(attributes.get("headerRowCount") ?? "1");
    // totalsRowCount (default 0) says the range's last row is the totals row; totalsRowShown only
    // says one was once shown (18.5.1.2), so it does not change the range.
    const totalsRowCount = Number(attributes.get("totalsRowCount") ?? "0");
    this.table = {
      name,
      ...range,
      hasHeader: headerRowCount > 0,
      totalsRowCount: Number.isInteger(totalsRowCount) && totalsRowCount > 0 ? 1 : 0,
    };
    return false;
  }

  close(): boolean {
    return false;
  }

  text(): void {}
}

/** An Excel table (ListObject) part: its name, range, whether it has a header row and a totals row. */
export function* readTablePart(partName: string): ReadSteps<RawListObject | null> {
  const handler = new TableHandler();
  yield* scanPart(partName, handler);
  return handler.table;
}
