import type { Theme } from "./types";

/** The one theme every PMO Pulse sheet is styled from (colours are `RRGGBB`). */
export const PULSE_THEME: Theme = {
  font: "Calibri",
  palette: ["1F4E79", "2E75B6", "F4B183", "A9D18E", "FFD966", "8FAADC", "C55A11", "7F7F7F"],
  rag: { Green: "63BE7B", Amber: "FFC000", Red: "E15759" },
  styles: {
    title: { bold: true, size: 18, color: "1F4E79" },
    subtitle: { size: 11, color: "595959" },
    sectionHeader: { bold: true, size: 13, color: "1F4E79", borderBottom: "1F4E79" },
    tableHeader: { bold: true, color: "FFFFFF", fill: "1F4E79", wrap: true },
    requiredHeader: { bold: true, color: "FFFFFF", fill: "C55A11", wrap: true },
    tileLabel: { size: 9, color: "595959", fill: "F2F2F2", align: "center", wrap: true },
    tileValue: { bold: true, size: 14, color: "1F4E79", fill: "F2F2F2", align: "center" },
    body: {},
    muted: { color: "7F7F7F", size: 9 },
    note: { italic: true, color: "7F7F7F" },
    ragGreen: { fill: "C6EFCE", color: "006100" },
    ragAmber: { fill: "FFEB9C", color: "9C5700" },
    ragRed: { fill: "FFC7CE", color: "9C0006" },
    error: { fill: "FFC7CE", color: "9C0006" },
    warning: { fill: "FFEB9C", color: "9C5700" },
    info: { fill: "DDEBF7", color: "1F4E79" },
    link: { color: "0563C1", underline: true },
  },
};
