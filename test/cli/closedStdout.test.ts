/** `pmo-pulse validate big.xlsx | head -1`: the closed pipe is not a failure (issue 10, B9). */
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cliEnv, transpileCli } from "../support/transpiledCli";

describe("a closed stdout", () => {
  let root: string;
  let cli: string;
  let tracker: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pmo-epipe-"));
    cli = transpileCli(join(root, "cli"));
    tracker = join(root, "demo.xlsx");
    // 3,000 projects with only an ID: 27,000 "required" errors, far more than a pipe buffers (64 KB),
    // so the run is still writing when the reader goes away.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Projects");
    sheet.addRow(["Project ID", "Project Name", "Project Manager", "Phase", "Status", "Start Date"]);
    for (let i = 1; i <= 3000; i++) sheet.addRow([`P-${i}`]);
    await workbook.xlsx.writeFile(tracker);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("ends the run quietly with its normal exit code when the reader stops after one line", async () => {
    const child = spawn(process.execPath, [cli, "validate", tracker, "--as-of", "2026-10-31"], {
      env: cliEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(1); // the tracker has errors
  });
});
