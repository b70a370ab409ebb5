/**
 * The CLI never writes through a link into a tracker, never writes one output over another, reads
 * regular files only, and bounds --as-of (issue 10, B1, B8, B12).
 */
import { execFileSync } from "child_process";
import {
  closeSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { MAX_INPUT_BYTES } from "../../src/cli/readInputs";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { writeFileAtomic } from "../../src/file/writeFileAtomic";
import { writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";
import { runCliAt, sha256, type CliRun } from "../support/cliHarness";

const CLOCK = new Date("2026-11-02T08:15:00Z");
const AS_OF = ["--as-of", "2026-10-31"];

function expectRefused(run: CliRun, text: string): void {
  expect(run.code).toBe(2);
  expect(run.out).toBe("");
  expect(run.err.trim().split("\n")).toHaveLength(1);
  expect(run.err).toContain(text);
}

describe("pmo-pulse file safety", () => {
  let root: string;
  let tracker: string;
  let hash: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pmo-safety-"));
    tracker = join(root, "north.xlsx");
    await writeTrackerXlsx(
      generateExamplePortfolio({
        ...DEMO_EXAMPLE_OPTIONS,
        projects: 3,
        asOf: "2026-10-31",
        withErrors: false,
      }),
      tracker,
    );
    hash = sha256(tracker);
  });
  afterEach(() => expect(sha256(tracker)).toBe(hash));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses --out that is a symbolic link to an input", async () => {
    const link = join(root, "dash-link.xlsx");
    symlinkSync(tracker, link);
    expectRefused(
      await runCliAt(["build", tracker, ...AS_OF, "--out", link], CLOCK),
      "is one of the input files (it is a link to",
    );
  });

  it("refuses --out and --json that are hard links to an input", async () => {
    const hard = join(root, "hard.xlsx");
    linkSync(tracker, hard);
    expectRefused(
      await runCliAt(["build", tracker, ...AS_OF, "--out", hard], CLOCK),
      "is one of the input files",
    );
    const hardJson = join(root, "hard.json");
    linkSync(tracker, hardJson);
    expectRefused(await runCliAt(["validate", tracker, ...AS_OF, "--json", hardJson], CLOCK), "--json");
  });

  it("refuses --out equal to --json", async () => {
    const out = join(root, "same.xlsx");
    expectRefused(
      await runCliAt(["build", tracker, ...AS_OF, "--out", out, "--json", out], CLOCK),
      "is the same file as --out",
    );
  });

  it("reports the same input given directly and through a link as given twice", async () => {
    const alias = join(root, "alias.xlsx");
    symlinkSync(tracker, alias);
    expectRefused(
      await runCliAt(["validate", tracker, alias, ...AS_OF], CLOCK),
      "is given twice (it is the same file as",
    );
  });

  it("replaces a link at --out with the dashboard instead of writing through it", async () => {
    const other = join(root, "other.txt");
    writeFileSync(other, "keep me");
    const out = join(root, "points-elsewhere.xlsx");
    symlinkSync(other, out);
    const run = await runCliAt(["build", tracker, ...AS_OF, "--out", out], CLOCK);
    expect(run.code).toBe(0);
    expect(readFileSync(other, "utf8")).toBe("keep me");
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("reads regular files only: a device and a named pipe are refused at once", async () => {
    expectRefused(await runCliAt(["validate", "/dev/zero", ...AS_OF], CLOCK), "not a regular file");
    const fifo = join(root, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expectRefused(await runCliAt(["validate", fifo, ...AS_OF], CLOCK), "not a regular file");
    expectRefused(
      await runCliAt(["validate", tracker, ...AS_OF, "--map", "/dev/zero"], CLOCK),
      "not a regular file",
    );
  });

  it("refuses a file larger than a tracker can be without reading it", async () => {
    const huge = join(root, "huge.xlsx");
    const fd = openSync(huge, "w");
    closeSync(fd);
    execFileSync("truncate", ["-s", String(MAX_INPUT_BYTES + 1), huge]); // sparse: no disk used
    expectRefused(await runCliAt(["validate", huge, ...AS_OF], CLOCK), "more than a tracker can be");
  });

  it("bounds --as-of to 2000-01-01 … 2100-12-31", async () => {
    for (const date of ["0000-01-01", "9999-12-31", "1999-12-31", "2101-01-01"]) {
      expectRefused(
        await runCliAt(["validate", tracker, "--as-of", date], CLOCK),
        "--as-of must be from 2000-01-01 to 2100-12-31",
      );
    }
    expect((await runCliAt(["validate", tracker, "--as-of", "2000-01-01"], CLOCK)).code).toBe(0);
    expect((await runCliAt(["validate", tracker, "--as-of", "2100-12-31"], CLOCK)).code).toBeLessThanOrEqual(
      1,
    );
  });
});

describe("writeFileAtomic", () => {
  it("leaves the old file whole when the write fails, and no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmo-atomic-"));
    try {
      const target = join(dir, "a.json");
      await writeFileAtomic(target, "old");
      // A folder where the rename must land makes the rename fail after the temporary file is written.
      const blocked = join(dir, "sub");
      execFileSync("mkdir", [blocked]);
      await expect(writeFileAtomic(blocked, "new")).rejects.toMatchObject({ code: expect.any(String) });
      expect(readFileSync(target, "utf8")).toBe("old");
      expect(execFileSync("ls", ["-A", dir]).toString().split("\n").filter(Boolean).sort()).toEqual([
        "a.json",
        "sub",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes pieces one after the other, as one file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmo-atomic-"));
    try {
      const target = join(dir, "out.bin");
      const pieces = [
        new Uint8Array([1, 2]),
        new Uint8Array(0),
        new Uint8Array(70_000).fill(7),
        Buffer.from("end"),
      ];
      await writeFileAtomic(target, pieces);
      expect(readFileSync(target).equals(Buffer.concat(pieces))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
