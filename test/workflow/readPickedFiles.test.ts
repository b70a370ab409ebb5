/**
 * Reading picked files in the pane: each broken kind is one line naming why, the others are read,
 * Cancel stops between files, and progress names each file.
 */
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import type { FileProgress, PickedFile } from "../../src/workflow/readPickedFiles";
import { readPickedFiles } from "../../src/workflow/readPickedFiles";
import { pickedFile, pmTrackerSpec } from "../../scripts/bench/consolidateBench";

const TIME = Date.UTC(2026, 9, 30, 9, 30);
let good: Uint8Array;
beforeAll(async () => {
  good = new Uint8Array(await trackerXlsxBuffer(pmTrackerSpec(1, "2026-10-31")));
});

const immediately = () => Promise.resolve();

function reasonsOf(reads: Awaited<ReturnType<typeof readPickedFiles>>): (string | null)[] {
  if (reads === null) throw new Error("cancelled");
  return reads.map((r) => ("reason" in r ? r.reason : null));
}

describe("readPickedFiles", () => {
  it("reads the good files and gives a one-line reason for each broken kind", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const gone: PickedFile = {
      ...pickedFile("moved.xlsx", good, TIME),
      arrayBuffer: () => Promise.reject(new Error("NotFoundError")),
    };
    const files = [
      pickedFile("north.xlsx", good, TIME),
      pickedFile("csv.xlsx", new TextEncoder().encode("Project ID\nP-1\n"), TIME),
      pickedFile("truncated.xlsx", good.subarray(0, Math.floor(good.length / 2)), TIME),
      pickedFile("old.xlsx", ole, TIME),
      pickedFile("empty.xlsx", new Uint8Array(0), TIME),
      gone,
      { ...pickedFile("huge.xlsx", good, TIME), size: 300 * 1024 * 1024 },
    ];
    const reads = await readPickedFiles(files, { pause: immediately });
    const reasons = reasonsOf(reads);
    expect(reasons[0]).toBeNull();
    for (const reason of reasons.slice(1)) {
      expect(reason).toMatch(/\S/);
      expect(reason).not.toContain("\n");
    }
    expect(reasons[5]).toMatch(/^the file could not be opened \(it may have been moved/);
    expect(reasons[6]).toMatch(/^the file is larger than 200 MB/);
    expect(reads?.map((r) => [r.file, r.modified])).toEqual(
      files.map((f) => [f.name, "2026-10-30 09:30 UTC"]),
    );
  });

  it("tells each file as it starts, and stops before the next file once cancelled", async () => {
    const heard: FileProgress[] = [];
    let cancel = false;
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((n) => pickedFile(n, good, TIME));
    const reads = await readPickedFiles(files, {
      pause: immediately,
      onFile: (p) => {
        heard.push(p);
        if (p.index === 2) cancel = true;
      },
      isCancelled: () => cancel,
    });
    expect(reads).toBeNull();
    expect(heard).toEqual([
      { index: 1, total: 3, file: "a.xlsx" },
      { index: 2, total: 3, file: "b.xlsx" },
    ]);
  });
});
