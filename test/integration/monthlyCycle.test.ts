/**
 * The month through the CLI: the two-month demo, `--previous` (also as the --out file), a rebuild
 * of the same month, a --previous that is not a dashboard, and a folder of PM trackers with a
 * broken file and a lock file among them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEMO_AS_OF, DEMO_LAST_MONTH_DIR, DEMO_PREVIOUS_AS_OF } from "../../src/cli/commands/demo";
import type { CycleJson } from "../../src/core/cycle/monthlyCycle";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio, previousMonthExample } from "../../src/core/example";
import type { KpiReport } from "../../src/core/kpi/report";
import { writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";
import { runCliAt, sha256 } from "../support/cliHarness";

const CLOCK = new Date("2026-11-02T08:15:00Z");
type Json = KpiReport & CycleJson;

const readJson = (path: string): Json => JSON.parse(readFileSync(path, "utf8")) as Json;

async function chartTitles(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  const xml = await Promise.all(charts.map((n) => zip.file(n)?.async("string") ?? ""));
  return xml.map((x) => /<a:t>([^<]*)<\/a:t>/.exec(x)?.[1] ?? "");
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "pmo-cycle-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("pmo-pulse demo, two months", () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(root, "demo");
    expect((await runCliAt(["demo", "--out", dir], CLOCK)).code).toBe(0);
  });

  it("writes last month's tracker and dashboard, then this month's continuing it", async () => {
    expect(existsSync(join(dir, DEMO_LAST_MONTH_DIR, "example-portfolio.xlsx"))).toBe(true);
    expect(existsSync(join(dir, DEMO_LAST_MONTH_DIR, "pmo-dashboard.xlsx"))).toBe(true);
    const json = readJson(join(dir, "kpis.json"));
    expect(json.history.periods).toEqual([DEMO_PREVIOUS_AS_OF, DEMO_AS_OF]);
    expect(json.previousAsOf).toBe(DEMO_PREVIOUS_AS_OF);
    const kinds = new Set(json.changes.map((c) => c.kind));
    for (const kind of [
      "rag-worse",
      "eac-up",
      "phase-change",
      "new-high-risk",
      "high-risk-closed",
      "new-project",
      "stale",
    ]) {
      expect({ kind, shown: kinds.has(kind as never) }).toEqual({ kind, shown: true });
    }
    expect(json.narrative.length).toBeGreaterThanOrEqual(3);
    expect(json.narrative.length).toBeLessThanOrEqual(6);
    expect(json.followUp.length).toBeGreaterThan(0);
  });

  it("draws the two trend charts on this month's dashboard only", async () => {
    const now = await chartTitles(join(dir, "pmo-dashboard.xlsx"));
    const before = await chartTitles(join(dir, DEMO_LAST_MONTH_DIR, "pmo-dashboard.xlsx"));
    expect(now).toEqual(
      expect.arrayContaining(["Portfolio SPI and CPI by period", "Computed RAG by period (active projects)"]),
    );
    expect(now.length - before.length).toBe(2);
  });
});

describe("build --previous", () => {
  let september: string;
  let october: string;
  beforeAll(async () => {
    const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: false });
    september = join(root, "september.xlsx");
    october = join(root, "october.xlsx");
    await writeTrackerXlsx(previousMonthExample(spec, DEMO_PREVIOUS_AS_OF), september);
    await writeTrackerXlsx(spec, october);
  });

  it("grows one dashboard file month by month, and a rebuild of the month replaces its period", async () => {
    const out = join(root, "grow", "dashboard.xlsx");
    const json = join(root, "grow", "kpis.json");
    const first = await runCliAt(["build", september, "--as-of", DEMO_PREVIOUS_AS_OF, "--out", out], CLOCK);
    expect(first.code).toBe(0);
    const args = ["build", october, "--as-of", DEMO_AS_OF, "--previous", out, "--out", out, "--json", json];
    const second = await runCliAt(args, CLOCK);
    expect(second.err).toBe("");
    expect(second.code).toBe(0);
    const once = readJson(json);
    expect(once.history.periods).toEqual([DEMO_PREVIOUS_AS_OF, DEMO_AS_OF]);
    expect(once.changes.length).toBeGreaterThan(0);
    const hash = sha256(out);
    expect((await runCliAt(args, CLOCK)).code).toBe(0);
    const again = readJson(json);
    expect(again.history).toEqual(once.history);
    expect(again.changes).toEqual(once.changes);
    expect(again.narrative).toEqual(once.narrative);
    expect(sha256(out)).toBe(hash);
  });

  it("warns when the as-of date is before the history's latest period or beside one in its month", async () => {
    const out = join(root, "asof", "dashboard.xlsx");
    expect(
      (await runCliAt(["build", september, "--as-of", DEMO_PREVIOUS_AS_OF, "--out", out], CLOCK)).code,
    ).toBe(0);
    const grown = ["build", october, "--as-of", DEMO_AS_OF, "--previous", out, "--out", out];
    expect((await runCliAt(grown, CLOCK)).err).toBe("");
    // The next run types last month's date: the closed month is rebuilt, and the run says so.
    const earlier = join(root, "asof", "earlier.xlsx");
    const rerun = await runCliAt(
      ["build", october, "--as-of", DEMO_PREVIOUS_AS_OF, "--previous", out, "--out", earlier],
      CLOCK,
    );
    expect(rerun.code).toBe(0);
    expect(rerun.err).toBe(
      `pmo-pulse: warning: the history already holds a later period (${DEMO_AS_OF}) than this build's ` +
        `${DEMO_PREVIOUS_AS_OF}: ${DEMO_PREVIOUS_AS_OF}'s rows were replaced, and "what changed" compares ` +
        `${DEMO_PREVIOUS_AS_OF} with the period before it. If that is not what you meant, check --as-of.\n`,
    );
    // A day off in the same month: two periods, said so.
    const dayOff = `${DEMO_AS_OF.slice(0, 8)}${String(Number(DEMO_AS_OF.slice(8)) - 1).padStart(2, "0")}`;
    const typo = await runCliAt(
      ["build", october, "--as-of", dayOff, "--previous", out, "--out", join(root, "asof", "typo.xlsx")],
      CLOCK,
    );
    expect(typo.err).toContain(
      `the history already holds ${DEMO_AS_OF}, in the same month as this build's ${dayOff}: both are kept as ` +
        `periods of their own. To replace that month's report instead, build with --as-of ${DEMO_AS_OF}.`,
    );
  });

  it("keeps the latest --history-periods periods, and says what it takes", async () => {
    const out = join(root, "one-period", "dashboard.xlsx");
    const json = join(root, "one-period", "kpis.json");
    expect(
      (await runCliAt(["build", september, "--as-of", DEMO_PREVIOUS_AS_OF, "--out", out], CLOCK)).code,
    ).toBe(0);
    const args = ["build", october, "--as-of", DEMO_AS_OF, "--previous", out, "--out", out, "--json", json];
    const run = await runCliAt([...args, "--history-periods", "1"], CLOCK);
    expect(run.code).toBe(0);
    const kept = readJson(json);
    expect(kept.settings.historyPeriods).toBe(1);
    expect(kept.history.periods).toEqual([DEMO_AS_OF]);
    // The changes are still against the previous period read back, before it is dropped.
    expect(kept.previousAsOf).toBe(DEMO_PREVIOUS_AS_OF);
    const bad = await runCliAt([...args, "--history-periods", "2.5"], CLOCK);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--history-periods must be a whole number from 1 to 120, got "2.5"');
  });

  it("exits 2 naming the file when --previous is not a workbook or has no PMO History", async () => {
    const text = join(root, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    // A user's own sheet under the history's name: no period in it, so no history to continue.
    const own = join(root, "own-history.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("PMO History").addRows([
      ["Month", "Notes"],
      ["October", "steering group moved"],
    ]);
    await workbook.xlsx.writeFile(own);
    const out = join(root, "x", "dashboard.xlsx");
    const ownRun = await runCliAt(
      ["build", october, "--as-of", DEMO_AS_OF, "--previous", own, "--out", out],
      CLOCK,
    );
    expect(ownRun.code).toBe(2);
    expect(ownRun.err).toContain(
      `--previous ${own}: its "PMO History" sheet holds no period pmo-pulse can read`,
    );
    for (const previous of [text, october]) {
      const run = await runCliAt(
        ["build", october, "--as-of", DEMO_AS_OF, "--previous", previous, "--out", out],
        CLOCK,
      );
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^pmo-pulse: --previous [^\n]+\n$/);
      // The path as given, not only its file name.
      expect(run.err).toContain(previous);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe("a folder of PM trackers", () => {
  it("reads every .xlsx in it, not sub-folders, lock files or its own output; a broken file is one finding (exit 1)", async () => {
    const folder = join(root, "trackers");
    mkdirSync(join(folder, "archive"), { recursive: true });
    const spec = (projects: number, seed: number) =>
      generateExamplePortfolio({
        ...DEMO_EXAMPLE_OPTIONS,
        seed,
        projects,
        asOf: DEMO_AS_OF,
        withErrors: false,
      });
    await writeTrackerXlsx(spec(8, 1), join(folder, "alpha.xlsx"));
    await writeTrackerXlsx(spec(8, 2), join(folder, "archive", "old.xlsx"));
    writeFileSync(join(folder, "broken.xlsx"), "Project ID,Name\n");
    writeFileSync(join(folder, "~$alpha.xlsx"), "lock");
    writeFileSync(join(folder, "notes.txt"), "not a tracker");
    const out = join(folder, "dashboard.xlsx");
    const json = join(root, "folder.json");
    expect((await runCliAt(["build", folder, "--as-of", DEMO_AS_OF, "--out", out], CLOCK)).code).toBe(1);
    const run = await runCliAt(["build", folder, "--as-of", DEMO_AS_OF, "--out", out, "--json", json], CLOCK);
    expect(run.code).toBe(1);
    // The sub-folder is not read, but named; the broken file is one line.
    expect(run.err.split("\n")).toEqual([
      `pmo-pulse: Left out ${join(folder, "archive")} (a sub-folder with 1 tracker): sub-folders are not read; ` +
        "move the files up, or give the sub-folder too.",
      expect.stringMatching(/^pmo-pulse: broken\.xlsx: /),
      "",
    ]);
    const report = readJson(json);
    const files = new Set(report.validation.findings.map((f) => f.file));
    // Only the folder's two .xlsx files: not the archive, the lock file or the dashboard itself.
    expect([...files].filter((f) => f !== "alpha.xlsx" && f !== "broken.xlsx")).toEqual([]);
    const unreadable = report.validation.findings.filter((f) => f.rule === "unreadable-file");
    expect(unreadable.map((f) => f.file)).toEqual(["broken.xlsx"]);
    expect(report.portfolio.projects).toBe(8);
  });
});
