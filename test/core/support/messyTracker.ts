import type { RawWorkbook } from "../../../src/core/model/raw";
import { sheet, workbook } from "./rawWorkbook";

/**
 * A tracker that draws one finding of most kinds the reader and validator report about a column:
 * grouped notices (dates and amounts stored as text, a switched date order), invalid and
 * out-of-range cells, a blank required cell, an Excel error, a date-order rule, a duplicate ID and
 * missing references. Headers are aliases so findings must name the header as written.
 */
export function messyTracker(): RawWorkbook {
  const headers = [
    "Proj ID",
    "Project Title",
    "PM",
    "Stage",
    "RAG Status",
    "Start",
    "Baseline Finish",
    "Budget ($)",
    "Spent to Date ($)",
    "Progress %",
  ];
  return workbook("messy.xlsx", [
    sheet("Projects", [
      headers,
      ["P-1", "Apollo", "Ann Lee", "Execution", "Green", "15/01/26", "30/09/26", "1,200,000", "$5,000", 30],
      ["P-2", "Borealis", "Bo Chan", "Planning", "Amber", "20/01/26", "01/01/26", 50000, "USD 10", 140],
      ["P-2", "Cygnus", null, "Sideways", "Red", "21/01/26", "30/12/26", "#N/A", "lots", 10],
    ]),
    sheet("Risks", [
      ["Risk ID", "Project ID", "Title", "Probability", "Impact", "Status"],
      ["R-1", "P-9", "Vendor late", 3, 4, "Open"],
      ["R-2", "p-1", "Scope creep", 7, 2, "Open"],
    ]),
  ]);
}
