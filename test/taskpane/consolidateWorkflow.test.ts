import type { PaneAction } from "../../src/taskpane/state";
import { PROGRESS_INTERVAL_MS, throttledProgress } from "../../src/taskpane/consolidateWorkflow";

describe("throttledProgress", () => {
  it("shows the first file, then a file only once the interval has passed since the last one shown", () => {
    const shown: PaneAction[] = [];
    let clock = 0;
    const onFile = throttledProgress(
      (a) => shown.push(a),
      () => clock,
    );
    const file = (index: number) => onFile({ index, total: 40, file: `pm-${index}.xlsx` });
    file(1);
    clock = PROGRESS_INTERVAL_MS - 1;
    file(2);
    clock = PROGRESS_INTERVAL_MS + 5;
    file(3);
    clock += 10;
    file(4);
    // A slow file (here 2 s) is always shown when the next one starts.
    clock += 2000;
    file(5);
    expect(shown.map((a) => (a.type === "consolidateFile" ? a.progress.index : null))).toEqual([1, 3, 5]);
  });
});
