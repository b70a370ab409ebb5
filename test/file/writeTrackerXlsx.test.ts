import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { TrackerSheets } from "../../src/core/example";
import {
  DEMO_EXAMPLE_OPTIONS,
  findPlantedError,
  generateExamplePortfolio,
  plantedErrorCell,
} from "../../src/core/example";
import { trackerXlsxBuffer, writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";

const AS_OF = "2026-11-30";
const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: true });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pmo-tracker-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

interface CellSnapshot {
  readonly type: ExcelJS.ValueType;
  readonly value: ExcelJS.CellValue;
  readonly numFmt: string | undefined;
  readonly bold: boolean;
  readonly fill: ExcelJS.Fill | undefined;
}

/** `Projects!K4` → what the cell holds, as plain data. */
function cellAt(workbook: ExcelJS.Workbook, address: string): CellSnapshot {
  const [sheet = "", a1 = ""] = address.split("!");
  return snapshot(worksheet(workbook, sheet.replace(/^'|'$/g, "")).getCell(a1));
}

function snapshot(cell: ExcelJS.Cell): CellSnapshot {
  return {
    type: cell.type,
    value: cell.value,
    numFmt: cell.numFmt,
    bold: cell.font?.bold === true,
    fill: cell.fill,
  };
}

describe("writeTrackerXlsx: demo round trip", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = join(dir, "demo.xlsx");
    await writeTrackerXlsx(spec, path);
    workbook = await readBack(path);
  });

  it("writes every sheet with its rows", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const s of spec.sheets) {
      expect(worksheet(workbook, s.name).rowCount).toBe((s.titleRows?.length ?? 0) + 1 + s.rows.length);
    }
  });

  it("puts the title block on rows 1–2 and a bold, filled header on row 3 with panes frozen below it", () => {
    const projects = worksheet(workbook, "Projects");
    expect(cellAt(workbook, "Projects!A1")).toMatchObject({ value: "PMO Portfolio Tracker", bold: true });
    expect(String(cellAt(workbook, "Projects!A2").value)).toContain(AS_OF);
    expect(cellAt(workbook, "Projects!A3")).toMatchObject({
      value: "Project ID",
      bold: true,
      fill: { type: "pattern", pattern: "solid" },
    });
    expect(cellAt(workbook, "Projects!O3").value).toBe("Budget ($)");
    expect(projects.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(worksheet(workbook, "Milestones").views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(projects.getColumn(2).width).toBeGreaterThan(15);
  });

  it("writes dates as date cells in the sheet's format, on the right calendar day", () => {
    const start = spec.sheets[0]?.rows[0]?.[10];
    expect(start).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const cell = cellAt(workbook, "Projects!K4");
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe((start as { date: string }).date);
    expect(cell.numFmt).toBe("yyyy-mm-dd");
    const baseline = cellAt(workbook, "Milestones!C2");
    expect(baseline.type).toBe(ExcelJS.ValueType.Date);
    expect(baseline.numFmt).toBe("dd/mm/yyyy");
    expect(cellAt(workbook, "Allocations!C2").numFmt).toBe("mmm yyyy");
  });

  it("writes percentages as numbers with a % format and money with thousands separators", () => {
    const pc = cellAt(workbook, "Projects!R4");
    expect(pc.value).toBe((spec.sheets[0]?.rows[0]?.[17] as { percent: number }).percent);
    expect(pc.numFmt).toBe("0%");
    expect(cellAt(workbook, "Projects!O4").numFmt).toBe("#,##0");
  });

  it("writes the planted errors: #N/A as an error value, the bad date as text, 140 % as 1.4", () => {
    const budget = cellAt(workbook, plantedErrorCell(spec, findPlantedError("budget-error-value")));
    expect(budget.type).toBe(ExcelJS.ValueType.Error);
    expect(budget.value).toEqual({ error: "#N/A" });
    const textDate = cellAt(workbook, plantedErrorCell(spec, findPlantedError("invalid-text-date")));
    expect(textDate.type).toBe(ExcelJS.ValueType.String);
    expect(textDate.value).toBe("31/13/2026");
    expect(cellAt(workbook, plantedErrorCell(spec, findPlantedError("percent-over-100"))).value).toBe(1.4);
    const pm = cellAt(workbook, plantedErrorCell(spec, findPlantedError("missing-project-manager")));
    expect(pm.type).toBe(ExcelJS.ValueType.Null);
  });
});

describe("writeTrackerXlsx: untrusted text and bad input", () => {
  const hostile: TrackerSheets = {
    sheets: [
      {
        name: "Projects",
        header: ["Project ID", "Project Name"],
        rows: [
          ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0"],
          ["-1+1", "@SUM(A1:A2)"],
        ],
      },
    ],
  };

  it("writes formula-looking text as literal text, never as a formula", async () => {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's typings declare their own Buffer (an ArrayBuffer), which Node's Buffer does not satisfy.
    const data = await trackerXlsxBuffer(hostile);
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    for (const [address, text] of [
      ["A2", '=HYPERLINK("http://example.invalid","x")'],
      ["B2", "+cmd|' /C calc'!A0"],
      ["A3", "-1+1"],
      ["B3", "@SUM(A1:A2)"],
    ] as const) {
      expect(cellAt(workbook, `Projects!${address}`)).toMatchObject({
        type: ExcelJS.ValueType.String,
        value: text,
      });
    }
  });

  it("names the file when it cannot be written", async () => {
    const path = join(dir, "missing-folder", "out.xlsx");
    await expect(writeTrackerXlsx(hostile, path)).rejects.toThrow(`Cannot write ${path}`);
  });

  it("names the sheet and cell of a date that is not ISO", async () => {
    const bad: TrackerSheets = {
      sheets: [
        {
          name: "Milestones",
          header: ["Project ID", "Baseline Date"],
          rows: [["P1", { date: "2026-02-30" }]],
        },
      ],
    };
    await expect(trackerXlsxBuffer(bad)).rejects.toThrow('Milestones!B2: "2026-02-30" is not an ISO date');
    const path = join(dir, "bad-date.xlsx");
    await expect(writeTrackerXlsx(bad, path)).rejects.toThrow(`Cannot write ${path}: Milestones!B2`);
    expect(existsSync(path)).toBe(false);
  });
});

describe("writeTrackerXlsx: benchmark size", () => {
  it("streams 5,000 projects and 200,000 allocation rows", async () => {
    let started = performance.now();
    const big = generateExamplePortfolio({
      ...DEMO_EXAMPLE_OPTIONS,
      asOf: AS_OF,
      projects: 5000,
      programs: 20,
      resources: 2000,
      allocationRows: 200_000,
      withErrors: false,
    });
    const generated = performance.now() - started;
    const path = join(dir, "big.xlsx");
    started = performance.now();
    await writeTrackerXlsx(big, path);
    const written = performance.now() - started;
    console.log(
      `5,000 projects / 200,000 allocations: generate ${Math.round(generated)} ms, write ${Math.round(written)} ms, ` +
        `${(statSync(path).size / 1e6).toFixed(1)} MB`,
    );

    // Count the Allocations rows with the streaming reader (light on memory).
    let allocationRows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {});
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      for await (const row of sheet) if (name === "Allocations" && row.number > 1) allocationRows++;
    }
    expect(allocationRows).toBe(200_000);
  });
});
