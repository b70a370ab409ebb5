import type { DashboardPlan } from "../../src/core/plan/types";
import { AppError } from "../../src/excel/appError";
import { refreshOpenWorkbookDashboard } from "../../src/excel/entryPoints";
import { OWNED_SHEETS_SETTING } from "../../src/excel/ownership";
import { refreshDashboard } from "../../src/excel/refreshDashboard";
import { EXCEL_WEB_LIMITS } from "./support/fakeContext";
import type { FakeExcel } from "./support/fakeExcel";
import { createFakeExcel, seedSheet, seedTable } from "./support/fakeExcel";
import { TEST_THEME, emptySheet, projectListSheet } from "./support/planFixtures";

function planWith(rows: number): DashboardPlan {
  const projects = projectListSheet("PMO Projects", rows);
  const summary = {
    ...emptySheet("PMO Dashboard"),
    blocks: [
      {
        row: 1,
        col: 1,
        cells: [
          [{ value: "See projects", style: "link" as const, link: { sheet: "PMO Projects", cell: "A1" } }],
        ],
      },
    ],
  };
  return { theme: TEST_THEME, sheets: [summary, projects] };
}

/** A workbook with user sheets (one named like ours, with a user table) and nothing of ours yet. */
function userWorkbook(): FakeExcel {
  const fake = createFakeExcel({ name: "Portfolio.xlsx" });
  seedSheet(fake.state, {
    name: "Projects",
    values: [
      ["Project ID", "Name"],
      ["P-1", "Alpha"],
    ],
  });
  const mine = seedSheet(fake.state, { name: "PMO Dashboard", values: [["my own notes"]] });
  seedTable(fake.state, mine, "PMOProjects", "A1:A1");
  return fake;
}

async function refreshed(rows = 10): Promise<FakeExcel> {
  const fake = userWorkbook();
  await refreshOpenWorkbookDashboard(planWith(rows), {}, fake.run);
  return fake;
}

function sheetNames(fake: FakeExcel): string[] {
  return fake.state.sheets.map((s) => s.name);
}

describe("refreshDashboard", () => {
  it("writes the dashboard next to a user sheet of the same name without touching it", async () => {
    const fake = userWorkbook();
    const userSheet = JSON.stringify(fake.snapshot().sheets[1]);
    const result = await refreshOpenWorkbookDashboard(planWith(10), {}, fake.run);
    expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Dashboard (2)", "PMO Projects"]);
    expect(JSON.stringify(fake.snapshot().sheets[1])).toBe(userSheet);
    expect(result.map((s) => s.name)).toEqual(["PMO Dashboard (2)", "PMO Projects"]);
    expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe(JSON.stringify(result.map((s) => s.id)));
    // The user already has a table called PMOProjects, so ours gets the next free name.
    expect(fake.state.sheets[3]?.tables.map((t) => t.name)).toEqual(["PMOProjects_2"]);
    expect(fake.state.sheets[2]?.cells.get("1,1")?.hyperlink?.documentReference).toBe("'PMO Projects'!A1");
    // Inspect, write, commit, then the panes frozen on the committed sheets.
    expect(fake.syncs).toHaveLength(4);
  });

  it("replaces the previous dashboard found by its marker, keeping every user sheet", async () => {
    const fake = await refreshed();
    const oldIds = fake.state.sheets.slice(2).map((s) => s.id);
    const userSheets = JSON.stringify(fake.snapshot().sheets.slice(0, 2));
    const plan = planWith(12);
    const result = await fake.run((context) => refreshDashboard(context, plan));
    expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Dashboard (2)", "PMO Projects"]);
    expect(JSON.stringify(fake.snapshot().sheets.slice(0, 2))).toBe(userSheets);
    const newIds = fake.state.sheets.slice(2).map((s) => s.id);
    expect(newIds.some((id) => oldIds.includes(id))).toBe(false);
    expect(result.map((s) => s.id)).toEqual(newIds);
    expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe(JSON.stringify(newIds));
    expect(fake.state.sheets[3]?.cells.get("15,1")?.value).toBe("P-000012");
    expect(fake.state.sheets[3]?.tables.map((t) => t.name)).toEqual(["PMOProjects_2"]);
  });

  it("uses the plan's own names when nothing is in the way", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[1]] });
    await refreshOpenWorkbookDashboard(planWith(3), {}, fake.run);
    await refreshOpenWorkbookDashboard(planWith(4), {}, fake.run);
    expect(sheetNames(fake)).toEqual(["Data", "PMO Dashboard", "PMO Projects"]);
    expect(fake.state.sheets[2]?.tables.map((t) => t.name)).toEqual(["PMOProjects"]);
  });

  it("needs 4 syncs whatever the row count until payload forces chunks (10 rows vs 100,000 rows)", async () => {
    const small = await refreshed(10);
    const large = await refreshed(100_000);
    expect(small.syncs).toHaveLength(4);
    const written = large.syncs.slice(1, -2);
    const payload = written.reduce((n, s) => n + s.requestBytes, 0);
    // Only payload adds syncs: about one per 4 MB of cell data.
    expect(written.length).toBeGreaterThanOrEqual(Math.ceil(payload / 4_000_000));
    expect(written.length).toBeLessThanOrEqual(Math.ceil(payload / 4_000_000) + 1);
    expect(large.syncs.every((s) => !s.failed && s.requestBytes < EXCEL_WEB_LIMITS.maxRequestBytes)).toBe(
      true,
    );
    expect(large.state.sheets[3]?.cells.get("100003,2")?.value).toBe("Project number 100000");
    console.log(
      `refresh syncs: 10 rows ${small.syncs.length}; 100,000 rows ${large.syncs.length} ` +
        `(max request ${Math.max(...large.syncs.map((s) => s.requestBytes))} bytes, total ${payload})`,
    );
  });

  describe("a failure at any sync", () => {
    async function syncCountOfRefresh(): Promise<number> {
      const fake = await refreshed(20);
      const before = fake.syncs.length;
      await refreshOpenWorkbookDashboard(planWith(20), { budgetBytes: 2_000 }, fake.run);
      return fake.syncs.length - before;
    }

    it("leaves the workbook exactly as it was when Excel applied nothing of the failed batch", async () => {
      // Every sync up to the commit; the last one (freezing panes) cannot undo a refresh (below).
      const total = (await syncCountOfRefresh()) - 1;
      expect(total).toBeGreaterThan(3);
      for (let at = 1; at <= total; at++) {
        const fake = await refreshed(20);
        const before = fake.snapshot();
        fake.failSync(fake.syncs.length + at);
        const error = await refreshOpenWorkbookDashboard(
          planWith(20),
          { budgetBytes: 2_000 },
          fake.run,
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect(fake.snapshot()).toEqual(before);
      }
    });

    it("leaves the workbook as before or as after a full refresh when Excel applied half the batch", async () => {
      const total = (await syncCountOfRefresh()) - 1;
      const success = await refreshed(20);
      await refreshOpenWorkbookDashboard(planWith(20), { budgetBytes: 2_000 }, success.run);
      const after = success.snapshot();
      const outcomes: string[] = [];
      for (let at = 1; at <= total; at++) {
        const fake = await refreshed(20);
        const before = fake.snapshot();
        fake.failSync(fake.syncs.length + at, { applyFirst: "half" });
        const outcome = await refreshOpenWorkbookDashboard(
          planWith(20),
          { budgetBytes: 2_000 },
          fake.run,
        ).then(
          () => "completed",
          () => "failed",
        );
        const state = fake.snapshot();
        if (outcome === "failed") expect(state).toEqual(before);
        else expect(state).toEqual(after);
        outcomes.push(outcome);
      }
      // Only a commit that had already deleted part of the old dashboard is finished instead of undone.
      expect(outcomes.slice(0, -1).every((o) => o === "failed")).toBe(true);
      expect(outcomes[outcomes.length - 1]).toBe("completed");
    });

    it("undoes a commit whose sheet delete fails and maps the Office error code", async () => {
      const fake = await refreshed(5);
      const before = fake.snapshot();
      fake.failOperation("Worksheet.delete", "AccessDenied", 1);
      const error = await refreshOpenWorkbookDashboard(planWith(5), {}, fake.run).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: "access-denied",
        message: expect.stringMatching(/^Refreshing the dashboard failed/),
      });
      expect(fake.snapshot()).toEqual(before);
    });

    it("reports rollback-failed when the undo itself fails", async () => {
      const fake = await refreshed(5);
      const start = fake.syncs.length;
      fake.failSync(start + 2);
      fake.failSync(start + 3);
      const error = await refreshOpenWorkbookDashboard(planWith(5), {}, fake.run).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "rollback-failed" });
    });
  });

  describe("a partial refresh (keepOtherOwnedSheets)", () => {
    const PARTIAL = { keepOtherOwnedSheets: true };
    const projectsOnly = (rows: number): DashboardPlan => ({
      theme: TEST_THEME,
      sheets: [projectListSheet("PMO Projects", rows)],
    });

    it("replaces only the owned sheets the plan has and keeps the others owned", async () => {
      const fake = await refreshed(10);
      const before = fake.snapshot().sheets;
      const [dashboardId, oldProjectsId] = fake.state.sheets.slice(2).map((s) => s.id);
      const result = await refreshOpenWorkbookDashboard(projectsOnly(12), PARTIAL, fake.run);
      expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Dashboard (2)", "PMO Projects"]);
      // User sheets and the kept dashboard sheet (with its link to PMO Projects) are exactly as they were.
      expect(fake.snapshot().sheets.slice(0, 3)).toEqual(before.slice(0, 3));
      const projects = fake.state.sheets[3];
      expect(projects?.id).not.toBe(oldProjectsId);
      expect(result).toEqual([{ planName: "PMO Projects", name: "PMO Projects", id: projects?.id }]);
      expect(projects?.cells.get("15,1")?.value).toBe("P-000012");
      expect(projects?.tables.map((t) => t.name)).toEqual(["PMOProjects_2"]);
      expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe(JSON.stringify([dashboardId, projects?.id]));
      expect(fake.syncs.slice(-3).every((s) => !s.failed)).toBe(true);
    });

    it("finds its sheet under the name it got beside a user sheet, never the user's sheet", async () => {
      const fake = await refreshed(3);
      const userDashboard = fake.snapshot().sheets[1];
      const projectsId = fake.state.sheets[3]?.id;
      const plan: DashboardPlan = { theme: TEST_THEME, sheets: [emptySheet("PMO Dashboard")] };
      const result = await refreshOpenWorkbookDashboard(plan, PARTIAL, fake.run);
      expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Projects", "PMO Dashboard (2)"]);
      expect(fake.snapshot().sheets[1]).toEqual(userDashboard);
      expect(result.map((s) => s.name)).toEqual(["PMO Dashboard (2)"]);
      expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe(
        JSON.stringify([projectsId, fake.state.sheets[3]?.id]),
      );
    });

    it("adds its sheet to a workbook without PMO sheets, and a later full refresh replaces it", async () => {
      const fake = userWorkbook();
      await refreshOpenWorkbookDashboard(projectsOnly(2), PARTIAL, fake.run);
      expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Projects"]);
      expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe(JSON.stringify([fake.state.sheets[2]?.id]));
      await refreshOpenWorkbookDashboard(planWith(2), {}, fake.run);
      expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Dashboard (2)", "PMO Projects"]);
    });

    async function partialSyncCount(): Promise<number> {
      const fake = await refreshed(20);
      const before = fake.syncs.length;
      await refreshOpenWorkbookDashboard(projectsOnly(20), { ...PARTIAL, budgetBytes: 2_000 }, fake.run);
      return fake.syncs.length - before;
    }

    it("leaves the workbook exactly as it was when any sync fails before Excel applied anything", async () => {
      const total = (await partialSyncCount()) - 1;
      expect(total).toBeGreaterThan(3);
      for (let at = 1; at <= total; at++) {
        const fake = await refreshed(20);
        const before = fake.snapshot();
        fake.failSync(fake.syncs.length + at);
        const error = await refreshOpenWorkbookDashboard(
          projectsOnly(20),
          { ...PARTIAL, budgetBytes: 2_000 },
          fake.run,
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect(fake.snapshot()).toEqual(before);
      }
    });

    it("leaves the workbook as before or as after the partial refresh when Excel applied half a batch", async () => {
      const total = (await partialSyncCount()) - 1;
      const success = await refreshed(20);
      await refreshOpenWorkbookDashboard(projectsOnly(20), { ...PARTIAL, budgetBytes: 2_000 }, success.run);
      const after = success.snapshot();
      const outcomes: string[] = [];
      for (let at = 1; at <= total; at++) {
        const fake = await refreshed(20);
        const before = fake.snapshot();
        fake.failSync(fake.syncs.length + at, { applyFirst: "half" });
        const outcome = await refreshOpenWorkbookDashboard(
          projectsOnly(20),
          { ...PARTIAL, budgetBytes: 2_000 },
          fake.run,
        ).then(
          () => "completed",
          () => "failed",
        );
        expect(fake.snapshot()).toEqual(outcome === "failed" ? before : after);
        outcomes.push(outcome);
      }
      expect(outcomes.slice(0, -1).every((o) => o === "failed")).toBe(true);
      expect(outcomes[outcomes.length - 1]).toBe("completed");
      // The kept sheet survived every outcome.
      expect(after.sheets[2]?.name).toBe("PMO Dashboard (2)");
    });
  });

  it.each([
    ["not JSON", "not json"],
    ["ids of sheets that no longer exist", JSON.stringify(["{gone}"])],
  ])("treats a marker holding %s as owning nothing", async (_what, marker) => {
    const fake = userWorkbook();
    fake.state.settings.set(OWNED_SHEETS_SETTING, marker);
    const before = fake.snapshot().sheets;
    await refreshOpenWorkbookDashboard(planWith(2), {}, fake.run);
    expect(sheetNames(fake)).toEqual(["Projects", "PMO Dashboard", "PMO Dashboard (2)", "PMO Projects"]);
    expect(fake.snapshot().sheets.slice(0, 2)).toEqual(before);
  });
});
