/**
 * `pmo-pulse demo` end to end, in-process with a fixed clock: the files it writes, the KPI JSON's
 * keys and types (kpi-definitions.md, "Machine-readable output"), the planted errors at their
 * cells, byte-for-byte determinism, and the exit codes and one-line errors of validate and build.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { DEMO_AS_OF } from "../../src/cli/commands/demo";
import {
  DEMO_EXAMPLE_OPTIONS,
  generateExamplePortfolio,
  PLANTED_ERRORS,
  plantedErrorCell,
} from "../../src/core/example";
import type { KpiReport } from "../../src/core/kpi/report";
import { writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";
import { runCliAt, sha256, type CliRun } from "../support/cliHarness";
import { shapeProblems, type Shape } from "../support/jsonShape";

const CLOCK = new Date("2026-11-02T08:15:00Z");
const LATER = new Date("2026-11-03T17:40:00Z");
const PMO_SHEETS = [
  "PMO Dashboard",
  "PMO Projects",
  "PMO Capacity",
  "PMO Cost & Salary",
  "PMO Risks",
  "PMO Follow-up",
  "PMO History",
  "PMO Validation",
];

const capacityRow = {
  month: "month",
  capacityHours: "number",
  plannedHours: "number",
  actualHours: "number",
  utilization: "number|null",
  overAllocated: "boolean",
} as const;
const ragCounts = { Green: "number", Amber: "number", Red: "number" } as const;
const labour = { laborCost: "number", plannedLaborCost: "number", unpricedHours: "number" } as const;

/** Every key kpi-definitions.md lists, with the type the KpiReport contract gives it. */
const SPEC_SHAPE: Shape = {
  asOf: "date",
  settings: {
    asOf: "date",
    currency: "string",
    ragGreen: "number",
    ragAmber: "number",
    staleDays: "number",
    minGroupSize: "number",
    dateOrder: "string",
    hoursPerYear: "number",
    historyPeriods: "number",
  },
  portfolio: {
    projects: "number",
    active: "number",
    bac: "number",
    pv: "number",
    ev: "number",
    ac: "number",
    sv: "number",
    cv: "number",
    spi: "number|null",
    cpi: "number|null",
    eac: "number",
    vac: "number",
    ragReported: ragCounts,
    ragComputed: { ...ragCounts, Unknown: "number" },
    watermelons: "number",
    compliance: "number|null",
    excluded: [{ projectId: "string", reason: "string" }],
  },
  projects: [
    {
      projectId: "string",
      projectName: "string|null",
      program: "string|null",
      phase: "string|null",
      reportedRag: "string|null",
      computedRag: "string|null",
      watermelon: "boolean",
      bac: "number|null",
      pv: "number|null",
      ev: "number|null",
      ac: "number|null",
      sv: "number|null",
      cv: "number|null",
      spi: "number|null",
      cpi: "number|null",
      eac: "number|null",
      eacAtypical: "number|null",
      eacComposite: "number|null",
      etc: "number|null",
      vac: "number|null",
      tcpi: "number|null",
      spiT: "number|null",
      slipDays: "number|null",
      ...labour,
      errors: "number",
      warnings: "number",
      excluded: "boolean",
      fresh: "boolean",
    },
  ],
  milestones: {
    total: "number",
    completed: "number",
    hitRate: "number|null",
    overdue: "number",
    upcoming: "number",
    avgSlipDays: "number|null",
  },
  dependencies: [
    {
      fromProject: "string",
      fromMilestone: "string",
      toProject: "string",
      toMilestone: "string",
      atRisk: "boolean",
    },
  ],
  risks: {
    open: "number",
    high: "number",
    medium: "number",
    low: "number",
    overdue: "number",
    heatmap: [["number"]],
    systemic: [{ category: "string", projects: ["string"] }],
  },
  capacity: {
    byResource: [{ resource: "string", role: "string|null", ...capacityRow }],
    byRole: [{ role: "string", ...capacityRow }],
    byMonth: [{ ...capacityRow, forecast: "boolean" }],
    averageUtilization: "number|null",
    unallocated: { people: "number", capacityHoursPerMonth: "number" },
  },
  salary: [
    {
      role: "string",
      headcount: "number",
      fte: "number",
      min: "number|null",
      median: "number|null",
      mean: "number|null",
      max: "number|null",
      suppressed: "boolean",
      marketMin: "number|null",
      marketMax: "number|null",
      bandStatus: "string|null",
    },
  ],
  rates: [{ role: "string", hourlyRate: "number|null", source: "string|null" }],
  unpricedHours: "number",
  attention: [
    {
      projectId: "string",
      projectName: "string|null",
      projectManager: "string|null",
      reasons: [{ kind: "string", text: "string" }],
    },
  ],
  validation: {
    errors: "number",
    warnings: "number",
    infos: "number",
    findings: [
      {
        file: "string",
        sheet: "string",
        cell: "string",
        row: "number|null",
        column: "string|null",
        severity: "string",
        rule: "string",
        message: "string",
      },
    ],
  },
};

/** Date-looking strings outside messages (which are prose for people) that are not ISO dates. */
function nonIsoDates(value: unknown, path = "$"): string[] {
  if (typeof value === "string") {
    const dateLike = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(value);
    return dateLike && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? [`${path}: ${value}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nonIsoDates(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value)
      .filter(([key]) => key !== "message")
      .flatMap(([key, v]) => nonIsoDates(v, `${path}.${key}`));
  }
  return [];
}

async function zipParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    parts.set(name, await zip.files[name]!.async("string"));
  }
  return parts;
}

async function cellTexts(path: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells = new Map<string, string>();
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range's other cells repeat its top-left value in ExcelJS; only the top-left is stored.
        if (cell.type !== ExcelJS.ValueType.Merge) cells.set(`${ws.name}!${cell.address}`, String(cell.text));
      }),
    ),
  );
  return cells;
}

/** A one-line, stack-free error message on stderr. */
function expectOneLineError(run: CliRun, mentions: string): void {
  expect(run.err).toMatch(/^pmo-pulse: [^\n]+\n$/);
  expect(run.err).toContain(mentions);
  expect(run.err).not.toMatch(/\n\s+at /);
}

describe("pmo-pulse demo", () => {
  let root: string;
  let first: string;
  let firstRun: CliRun;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pmo-demo-"));
    first = join(root, "first");
    firstRun = await runCliAt(["demo", "--out", first], CLOCK);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("exits 0 and writes the example tracker, the dashboard and the KPI JSON", () => {
    expect(firstRun.err).toBe("");
    expect(firstRun.code).toBe(0);
    for (const file of ["example-portfolio.xlsx", "pmo-dashboard.xlsx", "kpis.json"]) {
      expect({ file, exists: existsSync(join(first, file)) }).toEqual({ file, exists: true });
    }
  });

  describe("kpis.json", () => {
    let json: KpiReport;
    beforeAll(() => {
      json = JSON.parse(readFileSync(join(first, "kpis.json"), "utf8")) as KpiReport;
    });

    it("has every key of the spec's machine-readable output, with its type", () => {
      expect(shapeProblems(json, SPEC_SHAPE)).toEqual([]);
      // Arrays with elements, so the element shapes above were actually checked.
      // The demo plants one duplicate Project ID: the ID is listed once (excluded).
      expect(json.projects).toHaveLength(DEMO_EXAMPLE_OPTIONS.projects - 1);
      expect(json.portfolio.excluded.length).toBeGreaterThan(0);
      expect(json.attention.length).toBeGreaterThan(0);
      expect(json.dependencies.length).toBeGreaterThan(0);
      expect(json.risks.systemic.length).toBeGreaterThan(0);
      expect(json.capacity.byResource.length).toBeGreaterThan(0);
      expect(json.capacity.byRole.length).toBeGreaterThan(0);
      expect(json.capacity.byMonth).toHaveLength(
        DEMO_EXAMPLE_OPTIONS.months + (DEMO_EXAMPLE_OPTIONS.forwardMonths ?? 0),
      );
      expect(json.salary.length).toBeGreaterThan(0);
      expect(json.asOf).toBe(DEMO_AS_OF);
    });

    it("gives the headline figures the README explains (kpi-definitions v2)", () => {
      const p = json.portfolio;
      expect(p.excluded.map((e) => e.projectId)).toEqual(["PRJ-0003", "PRJ-0005", "PRJ-0006", "PRJ-0007"]);
      expect(p.excluded[1]?.reason).toBe("% Complete 140 % is above the maximum of 100 % at Projects!R8");
      expect(p).toMatchObject({ projects: 39, active: 32, counted: 35, bac: 38_645_000, ac: 26_128_879 });
      expect(p.spi?.toFixed(3)).toBe("0.975");
      expect(p.cpi?.toFixed(3)).toBe("0.961");
      expect(p.ragComputed).toEqual({ Green: 16, Amber: 3, Red: 9, Unknown: 4 });
      expect(p.watermelons).toBe(1);
      expect(json.capacity.averageUtilization?.toFixed(3)).toBe("0.797");
      expect(json.capacity.unallocated.people).toBe(16);
      expect(json.capacity.byMonth.filter((m) => m.forecast).map((m) => m.month)).toEqual([
        "2026-11",
        "2026-12",
        "2027-01",
      ]);
      expect(json.rates.map((r) => r.source)).toEqual(
        expect.arrayContaining(["rate-card", "pay-median", "benchmark"]),
      );
      expect(json.attention).toHaveLength(23);
      expect(json.attention.slice(0, 4).map((a) => a.reasons[0]?.kind)).toEqual([
        "excluded",
        "excluded",
        "excluded",
        "excluded",
      ]);
      const rules = json.validation.findings.map((f) => f.rule);
      expect(rules.filter((r) => r === "labour-exceeds-actual")).toHaveLength(8);
      expect(rules.filter((r) => r === "cost-without-hours")).toHaveLength(10);
    });

    it("has a 5×5 risk heatmap", () => {
      expect(json.risks.heatmap).toHaveLength(5);
      json.risks.heatmap.forEach((row) => expect(row).toHaveLength(5));
      const total = json.risks.heatmap.flat().reduce((a, b) => a + b, 0);
      expect(total).toBe(json.risks.open);
    });

    it("holds no NaN or Infinity and writes every date as YYYY-MM-DD", () => {
      const text = readFileSync(join(first, "kpis.json"), "utf8");
      expect(text).not.toMatch(/\b(NaN|Infinity)\b/);
      expect(nonIsoDates(json)).toEqual([]);
    });

    it("reports each planted error as an error finding at exactly its cell, and no other error", () => {
      const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: true });
      const errorCells = json.validation.findings
        .filter((f) => f.severity === "error")
        .map((f) => `${f.sheet}!${f.cell}`);
      const planted = PLANTED_ERRORS.map((p) => plantedErrorCell(spec, p).replace(/^'(.*)'!/, "$1!"));
      expect(planted).toHaveLength(8);
      // The planted duplicate differs from the row it copies the ID of: both rows get the error (v2).
      expect(errorCells.sort()).toEqual([...planted, "Projects!A10"].sort());
      expect(json.validation.errors).toBe(9);
      expect(json.validation.findings.every((f) => f.file === "example-portfolio.xlsx")).toBe(true);
    });
  });

  it("writes a dashboard workbook with the six PMO sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(first, "pmo-dashboard.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(PMO_SHEETS);
  });

  it("writes byte-identical dashboard and JSON when run again with the same clock", async () => {
    const again = join(root, "again");
    expect((await runCliAt(["demo", "--out", again], CLOCK)).code).toBe(0);
    for (const file of ["pmo-dashboard.xlsx", "kpis.json"]) {
      expect({ file, same: sha256(join(again, file)) === sha256(join(first, file)) }).toEqual({
        file,
        same: true,
      });
    }
  });

  it("with another clock, changes only the document dates, the 'generated' cell and the tracker's file date", async () => {
    const later = join(root, "later");
    expect((await runCliAt(["demo", "--out", later], LATER)).code).toBe(0);
    expect(sha256(join(later, "kpis.json"))).toBe(sha256(join(first, "kpis.json")));

    const before = await zipParts(join(first, "pmo-dashboard.xlsx"));
    const after = await zipParts(join(later, "pmo-dashboard.xlsx"));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changedParts = [...before.keys()].filter((name) => before.get(name) !== after.get(name));
    // The generated text is a shared string: its cell keeps its index, the string table changes.
    expect(changedParts).toEqual(["docProps/core.xml", "xl/sharedStrings.xml"]);

    const cellsBefore = await cellTexts(join(first, "pmo-dashboard.xlsx"));
    const cellsAfter = await cellTexts(join(later, "pmo-dashboard.xlsx"));
    expect([...cellsAfter.keys()]).toEqual([...cellsBefore.keys()]);
    const changedCells = [...cellsBefore.keys()].filter((k) => cellsBefore.get(k) !== cellsAfter.get(k));
    // The demo dates its trackers by the clock; PMO Validation lists the file's modification date.
    expect(changedCells).toEqual(["PMO Dashboard!B2", "PMO Validation!C12"]);
    expect(cellsBefore.get("PMO Dashboard!B2")).toContain("generated 2026-11-02 08:15 UTC");
    expect(cellsAfter.get("PMO Dashboard!B2")).toContain("generated 2026-11-03 17:40 UTC");
  });
});

describe("pmo-pulse validate and build exit codes", () => {
  let root: string;
  let demoTracker: string;
  let cleanTracker: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pmo-cli-"));
    demoTracker = join(root, "demo.xlsx");
    cleanTracker = join(root, "clean.xlsx");
    await writeTrackerXlsx(
      generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: true }),
      demoTracker,
    );
    await writeTrackerXlsx(
      generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: false }),
      cleanTracker,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("validate exits 1 on the demo tracker (9 errors) and 0 on the clean one", async () => {
    const demo = await runCliAt(["validate", demoTracker, "--as-of", DEMO_AS_OF], CLOCK);
    expect(demo.code).toBe(1);
    expect(demo.out).toContain("9 errors");
    const clean = await runCliAt(["validate", cleanTracker, "--as-of", DEMO_AS_OF], CLOCK);
    expect(clean.err).toBe("");
    expect(clean.out).toContain("0 errors");
    expect(clean.code).toBe(0);
  });

  it("validate exits 2 with one line on a missing file", async () => {
    const missing = join(root, "nope.xlsx");
    const run = await runCliAt(["validate", missing, "--as-of", DEMO_AS_OF], CLOCK);
    expect(run.code).toBe(2);
    expectOneLineError(run, "nope.xlsx");
  });

  it("validate exits 2 with one line on a text file renamed .xlsx", async () => {
    const fake = join(root, "notes.xlsx");
    writeFileSync(fake, "Project ID,Name\nPRJ-1,Alpha\n");
    const run = await runCliAt(["validate", fake, "--as-of", DEMO_AS_OF], CLOCK);
    expect(run.code).toBe(2);
    expectOneLineError(run, "notes.xlsx");
  });

  it("validate exits 2 with one line on a bad --as-of", async () => {
    const run = await runCliAt(["validate", cleanTracker, "--as-of", "2026-02-30"], CLOCK);
    expect(run.code).toBe(2);
    expectOneLineError(run, "--as-of");
  });

  it("build refuses --out equal to an input and leaves it untouched", async () => {
    const hash = sha256(demoTracker);
    const run = await runCliAt(["build", demoTracker, "--as-of", DEMO_AS_OF, "--out", demoTracker], CLOCK);
    expect(run.code).toBe(2);
    expectOneLineError(run, "input");
    expect(sha256(demoTracker)).toBe(hash);
  });

  it("build leaves every input byte-identical", async () => {
    const hashes = [sha256(demoTracker), sha256(cleanTracker)];
    const out = join(root, "out", "dashboard.xlsx");
    const json = join(root, "out", "kpis.json");
    const run = await runCliAt(
      ["build", demoTracker, cleanTracker, "--as-of", DEMO_AS_OF, "--out", out, "--json", json],
      CLOCK,
    );
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(out) && existsSync(json)).toBe(true);
    expect([sha256(demoTracker), sha256(cleanTracker)]).toEqual(hashes);
  });
});
