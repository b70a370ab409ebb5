import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { analyseWorkbooks, type Analysis } from "../../../src/core/analyse";
import type { CarriedPeriod, History } from "../../../src/core/cycle/history";
import { HISTORY_SHEET, readHistory } from "../../../src/core/cycle/readHistory";
import {
  DEMO_EXAMPLE_OPTIONS,
  generateExamplePortfolio,
  previousMonthExample,
} from "../../../src/core/example";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { writeDashboardXlsx } from "../../../src/file/dashboard/writeDashboardXlsx";
import { dashboardHistory } from "../../../src/file/history/dashboardHistory";
import { readXlsxBuffer } from "../../../src/file/readXlsx";
import { DEFAULT_XLSX_LIMITS } from "../../../src/xlsx/limits";
import { readEntry } from "../../../src/xlsx/zip/readEntry";
import { readZipDirectory } from "../../../src/xlsx/zip/zipDirectory";
import { rawWorkbookOfSpec } from "../../../scripts/bench/specToRaw";
import { validateXlsx, validatorMissing } from "../../support/ooxmlValidator";
import { haveOpenpyxl, OPENPYXL_MISSING, PYTHON } from "../../support/openpyxl";

const M1 = "2026-08-31";
const M2 = "2026-09-30";
const M3 = "2026-10-31";
const NOW = new Date("2026-11-02T08:00:00Z");

const spec3 = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: M3, withErrors: true });
const spec2 = previousMonthExample(spec3, M2);
const spec1 = previousMonthExample(spec2, M1);

function analyse(spec: typeof spec3, asOf: string, history?: History): Analysis {
  return analyseWorkbooks([rawWorkbookOfSpec(spec, "example.xlsx")], {
    template: STANDARD_TEMPLATE,
    settings: { ...DEFAULT_SETTINGS, asOf },
    ...(history === undefined ? {} : { history }),
  });
}

/** A month's dashboard, its history rows stored as runs (the example is far below the default size). */
async function build(
  spec: typeof spec3,
  asOf: string,
  history?: History,
  storedRunsFromRows = 1,
): Promise<Buffer> {
  const { report, attention, cycle } = analyse(spec, asOf, history);
  const plan = buildDashboardPlan({
    report,
    attention,
    cycle,
    portfolioName: "Example",
    generatedAt: "fixed",
  });
  return writeDashboardXlsx(plan, { timestamp: NOW, storedRunsFromRows });
}

/** The history as read from the whole sheet, every row parsed. */
async function whole(bytes: Uint8Array): Promise<History> {
  const history = readHistory(
    await readXlsxBuffer(bytes, "d.xlsx", undefined, { onlySheets: [HISTORY_SHEET] }),
  );
  if (history === null) throw new Error("no PMO History");
  return history;
}

function carried(bytes: Uint8Array): History {
  const history = dashboardHistory(bytes, "d.xlsx");
  if (history === null) throw new Error("no PMO History");
  return history;
}

/** Counts the reads of each carried period's rows. */
function counting(history: History): { history: History; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const periods = (history.carried ?? []).map((p): CarriedPeriod => ({
    ...p,
    read: () => {
      reads.set(p.asOf, (reads.get(p.asOf) ?? 0) + 1);
      return p.read();
    },
  }));
  return { history: { ...history, carried: periods }, reads };
}

describe("a dashboard's history carried from month to month", () => {
  let m1: Buffer;
  let m2: Buffer;
  let m3: Buffer;
  beforeAll(async () => {
    m1 = await build(spec1, M1);
    m2 = await build(spec2, M2, carried(m1));
    m3 = await build(spec3, M3, carried(m2));
  });

  it("reads PortfolioHistory and leaves each period's project and risk rows stored, each reading back as written", async () => {
    const read = carried(m2);
    const all = await whole(m2);
    expect(read.portfolio).toEqual(all.portfolio);
    expect(read.projects).toEqual([]);
    expect(read.risks).toEqual([]);
    expect(read.carried?.map((p) => [p.asOf, p.projectRows, p.riskRows])).toEqual(
      [M1, M2].map((asOf) => [
        asOf,
        all.projects.filter((r) => r.asOf === asOf).length,
        all.risks.filter((r) => r.asOf === asOf).length,
      ]),
    );
    for (const period of read.carried ?? []) {
      expect(period.read()).toEqual({
        projects: all.projects.filter((r) => r.asOf === period.asOf),
        risks: all.risks.filter((r) => r.asOf === period.asOf),
      });
    }
    expect(all.projects.length).toBeGreaterThan(50);
    expect(all.risks.length).toBeGreaterThan(5);
  });

  it("writes the history sheet's text inline, so it reads back without the shared string table", () => {
    const entry = readZipDirectory(m2, DEFAULT_XLSX_LIMITS).find((e) => e.comment !== undefined);
    expect(entry?.comment).toMatch(/"inlineStrings":true/);
    const chunks: Uint8Array[] = [];
    if (entry === undefined) throw new Error("no index");
    readEntry(m2, entry, 1e9, (c) => chunks.push(c.slice()));
    const xml = Buffer.concat(chunks).toString("utf8");
    expect(xml).toContain('<c r="A1" s="');
    expect(xml).toContain('t="inlineStr"><is><t>History — one row per period');
    expect(xml).not.toContain(' t="s"');
  });

  it("writes the same bytes as a build that read the history whole, reading only the previous period's rows", async () => {
    const { history, reads } = counting(carried(m2));
    const fromCarried = await build(spec3, M3, history);
    expect(reads).toEqual(new Map([[M2, 1]]));
    expect(Buffer.compare(fromCarried, await build(spec3, M3, await whole(m2)))).toBe(0);
    expect(Buffer.compare(fromCarried, m3)).toBe(0);
    // And the history it holds is the three months, every row as computed.
    const months = await whole(m3);
    const expected = analyse(spec3, M3, analyse(spec2, M2, analyse(spec1, M1).cycle.history).cycle.history)
      .cycle.history;
    expect(months).toEqual({
      portfolio: expected.portfolio,
      projects: expected.projects,
      risks: expected.risks,
    });
  });

  it("replaces a carried period on a rebuild of the same month, leaving the history and the file unchanged", async () => {
    const { history, reads } = counting(carried(m3));
    const again = await build(spec3, M3, history);
    // The month rebuilt compares with the one before it, whose rows are read; its own are replaced.
    expect(reads).toEqual(new Map([[M2, 1]]));
    expect(Buffer.compare(again, m3)).toBe(0);
  });

  it("reads the history whole when the run index no longer matches (the file was saved by another program)", async () => {
    const altered = Buffer.from(m3);
    const at = altered.indexOf("PMO Pulse row runs 1\n");
    expect(at).toBeGreaterThan(0);
    altered.write("X", at);
    const entries = readZipDirectory(altered, DEFAULT_XLSX_LIMITS);
    expect(entries.some((e) => e.comment?.startsWith("XMO Pulse"))).toBe(true);
    const read = carried(altered);
    expect(read.carried).toBeUndefined();
    expect(read).toEqual(await whole(m3));
  });

  it("keeps row numbers and writes no index for a history below the stored size, so every reader opens it", async () => {
    const small = await build(spec2, M2, carried(m1), 20_000);
    const entries = readZipDirectory(small, DEFAULT_XLSX_LIMITS);
    expect(entries.filter((e) => e.comment !== undefined)).toEqual([]);
    expect(carried(small)).toEqual(await whole(small));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(small as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.getWorksheet(HISTORY_SHEET)?.getCell("A4").value).toBe("As Of");
  });

  (validatorMissing === null ? it : it.skip)(
    `a dashboard with copied periods passes the ECMA-376 schema check${validatorMissing === null ? "" : ` — SKIPPED: ${validatorMissing}`}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pmo-history-"));
      try {
        writeFileSync(join(dir, "m3.xlsx"), m3);
        const { code, output } = await validateXlsx(join(dir, "m3.xlsx"));
        expect({ code, output }).toEqual({
          code: 0,
          output: expect.stringMatching(/parts valid/) as unknown,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  (haveOpenpyxl ? it : it.skip)(
    `openpyxl reads the stored rows in their tables${haveOpenpyxl ? "" : OPENPYXL_MISSING}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pmo-history-"));
      try {
        writeFileSync(join(dir, "m3.xlsx"), m3);
        const script = [
          "import json, sys, openpyxl",
          "ws = openpyxl.load_workbook(sys.argv[1])['PMO History']",
          "out = {}",
          "for name, ref in ws.tables.items():",
          "    rows = [[c.value for c in r] for r in ws[ref]]",
          "    out[name] = {'ref': ref, 'header': rows[0], 'first': rows[1], 'last': rows[-1], 'n': len(rows) - 1}",
          "print(json.dumps(out))",
        ].join("\n");
        const { stdout } = await promisify(execFile)(PYTHON, ["-c", script, join(dir, "m3.xlsx")]);
        const tables = JSON.parse(stdout) as Record<
          string,
          { header: unknown[]; first: unknown[]; last: unknown[]; n: number }
        >;
        const expected = await whole(m3);
        const project = tables["ProjectHistory"];
        expect(project?.n).toBe(expected.projects.length);
        expect(project?.header[1]).toBe("Project ID");
        const first = expected.projects[0];
        const last = expected.projects[expected.projects.length - 1];
        expect(project?.first.slice(0, 3)).toEqual([first?.asOf, first?.projectId, first?.projectName]);
        expect(project?.last.slice(0, 3)).toEqual([last?.asOf, last?.projectId, last?.projectName]);
        expect(tables["RiskHistory"]?.n).toBe(expected.risks.length);
        expect(tables["PortfolioHistory"]?.n).toBe(3);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
