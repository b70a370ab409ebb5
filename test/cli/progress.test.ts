/**
 * What a long run tells an interactive terminal as it goes (the status line itself is tested in
 * statusLine.test.ts): each step in order, every file read counted, the line wiped at the end.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { pmTrackerSpec } from "../../scripts/bench/consolidateBench";

async function run(argv: readonly string[]): Promise<{ code: number; steps: string[]; out: string }> {
  const steps: string[] = [];
  let out = "";
  const code = await runCli(argv, {
    out: (text) => (out += text),
    err: () => undefined,
    now: () => new Date("2026-11-02T08:15:00Z"),
    progress: (text) => steps.push(text),
  });
  return { code, steps, out };
}

describe("progress of a CLI run", () => {
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "pmo-pulse-progress-"));
    for (const pm of [1, 2, 3]) {
      writeFileSync(join(folder, `pm-${pm}.xlsx`), await trackerXlsxBuffer(pmTrackerSpec(pm, "2026-10-31")));
    }
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("build: the reads counted, then checking, layout and each file written, then a wiped line", async () => {
    const out = join(folder, "out");
    const dashboard = `${out}.xlsx`;
    const json = `${out}.json`;
    const build = (...flags: string[]) =>
      run(["build", join(folder), "--as-of", "2026-10-31", "--out", dashboard, ...flags]);
    const result = await build("--json", json);
    expect(result.code).toBe(0);
    expect(result.steps).toEqual([
      "Reading tracker files: 0 of 3…",
      "Reading tracker files: 1 of 3…",
      "Reading tracker files: 2 of 3…",
      "Reading tracker files: 3 of 3…",
      "Checking the trackers and computing the KPIs…",
      "Laying out the dashboard…",
      `Writing ${dashboard}…`,
      `Writing ${json}…`,
      "",
    ]);
    // With --previous, reading the earlier dashboard is a step of its own, first.
    const again = await build("--previous", dashboard);
    expect(again.code).toBe(0);
    expect(again.steps[0]).toBe("Reading the previous dashboard out.xlsx…");
    expect(again.steps[1]).toBe("Reading tracker files: 0 of 3…");
  });

  it("validate of one file: one read, the check, and the line wiped even when the run fails", async () => {
    const result = await run(["validate", join(folder, "pm-1.xlsx"), "--as-of", "2026-10-31"]);
    expect(result.steps).toEqual([
      "Reading the tracker file…",
      "Reading the tracker file…",
      "Checking the trackers…",
      "",
    ]);
    const missing = await run(["validate", join(folder, "missing.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.steps.at(-1)).toBe("");
  });
});
