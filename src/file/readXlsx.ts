import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { RawSheet, RawWorkbook } from "../core/model/raw";
import { detectContainerFormat, unreadableFormatReason } from "./containerFormat";
import { sheetToRaw } from "./sheetGrid";
import { WorkbookReadError } from "./workbookReadError";
import { notXlsxReason, readTableHeaderFlags } from "./xlsxPackage";

const DAMAGED = "the file is damaged or not a valid .xlsx workbook; open it in Excel and save it again";

function fileSystemReason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  switch (code) {
    case "ENOENT":
      return "file not found";
    case "EISDIR":
      return "is a folder, not a workbook file";
    case "EACCES":
    case "EPERM":
      return "permission denied when opening the file";
    case "EBUSY":
      return "the file is locked by another program; close it and try again";
    default:
      return "the file could not be opened";
  }
}

/**
 * Reads an .xlsx workbook file into a RawWorkbook. Throws WorkbookReadError (one-line message
 * naming the file) when the file is missing or is not a readable .xlsx.
 *
 * @example const workbook = await readXlsxFile("trackers/alpha.xlsx"); // workbook.file === "alpha.xlsx"
 */
export async function readXlsxFile(path: string, options: { fileName?: string } = {}): Promise<RawWorkbook> {
  const fileName = options.fileName ?? basename(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    throw new WorkbookReadError(fileName, fileSystemReason(error), error);
  }
  return readXlsxBuffer(data, fileName);
}

/**
 * Reads .xlsx bytes into a RawWorkbook: every worksheet (hidden ones too; chart and dialog
 * sheets have no cells and are left out), in workbook order.
 *
 * Uses ExcelJS's whole-workbook reader rather than its streaming reader: in 4.4.0 the streaming
 * reader drops error and boolean formula results, shared-formula results, inline rich text,
 * merged ranges and the names of sheets whose relationship targets are absolute paths.
 */
export async function readXlsxBuffer(data: Buffer, fileName: string): Promise<RawWorkbook> {
  const reason = unreadableFormatReason(detectContainerFormat(data));
  if (reason !== null) throw new WorkbookReadError(fileName, reason);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new WorkbookReadError(fileName, DAMAGED, error);
  }
  const packageReason = notXlsxReason(zip);
  if (packageReason !== null) throw new WorkbookReadError(fileName, packageReason);

  const workbook = new Workbook();
  let headerFlags: Map<string, boolean>;
  try {
    headerFlags = await readTableHeaderFlags(zip);
    // ExcelJS's typings ask for its own Buffer alias; a Node Buffer is what it reads.
    // Data validation is not read: ExcelJS expands each validated range cell by cell, and a
    // column validated to the last row (as blank trackers and many templates are) costs minutes and GBs.
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0], {
      ignoreNodes: ["dataValidations"],
    });
  } catch (error) {
    throw new WorkbookReadError(fileName, DAMAGED, error);
  }

  const date1904 = workbook.properties.date1904 === true;
  const sheets: RawSheet[] = [];
  try {
    workbook.eachSheet((sheet) => {
      sheets.push(sheetToRaw(sheet, date1904, headerFlags));
    });
  } catch (error) {
    throw new WorkbookReadError(fileName, DAMAGED, error);
  }
  return { file: fileName, date1904, sheets };
}
