import { mapConcurrent } from "../../src/cli/mapConcurrent";

/** A task the test finishes by hand, to see what runs at once. */
interface Gate {
  readonly item: string;
  readonly finish: (value?: string) => void;
  readonly fail: (error: unknown) => void;
}

function gated(): { started: Gate[]; task: (item: string) => Promise<string> } {
  const started: Gate[] = [];
  const task = (item: string): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      started.push({ item, finish: (value) => resolve(value ?? item.toUpperCase()), fail: reject });
    });
  return { started, task };
}

/** Lets every settled promise's callbacks run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const sizes: Record<string, number> = { a: 1, b: 1, c: 1, d: 1, e: 1, big: 10, f: 1 };
const weight = (item: string): number => sizes[item] ?? 1;

describe("mapConcurrent", () => {
  it("gives the results in the items' order whatever order the tasks end in", async () => {
    const { started, task } = gated();
    const done = mapConcurrent(["a", "b", "c"], { limit: 3, budget: 100, weight }, task);
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "b", "c"]);
    started[2]?.finish();
    started[0]?.finish();
    started[1]?.finish();
    await expect(done).resolves.toEqual(["A", "B", "C"]);
  });

  it("runs at most `limit` tasks at once and starts the next as one ends", async () => {
    const { started, task } = gated();
    const done = mapConcurrent(["a", "b", "c", "d", "e"], { limit: 2, budget: 100, weight }, task);
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "b"]);
    started[1]?.finish();
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "b", "c"]);
    for (const gate of started) gate.finish();
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "b", "c", "d", "e"]);
    for (const gate of started.slice(3)) gate.finish();
    await expect(done).resolves.toEqual(["A", "B", "C", "D", "E"]);
  });

  it("keeps the running weight within the budget, a heavier item running alone", async () => {
    const { started, task } = gated();
    const done = mapConcurrent(["a", "big", "f"], { limit: 4, budget: 5, weight }, task);
    await flush();
    // "big" (10) does not fit beside "a" (1): it waits, and "f" behind it waits too (order kept).
    expect(started.map((g) => g.item)).toEqual(["a"]);
    started[0]?.finish();
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "big"]);
    started[1]?.finish();
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "big", "f"]);
    started[2]?.finish();
    await expect(done).resolves.toEqual(["A", "BIG", "F"]);
  });

  it("after a failure starts nothing new and rejects only once the running tasks have ended", async () => {
    const { started, task } = gated();
    let settled = false;
    const done = mapConcurrent(["a", "b", "c", "d"], { limit: 2, budget: 100, weight }, task);
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );
    await flush();
    started[0]?.fail(new Error("a broke"));
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a", "b"]);
    expect(settled).toBe(false);
    started[1]?.finish();
    await expect(done).rejects.toThrow("a broke");
    expect(started.map((g) => g.item)).toEqual(["a", "b"]);
  });

  it("turns a task that throws before returning a promise into a rejection", async () => {
    const task = (item: string): Promise<string> => {
      if (item === "b") throw new Error("thrown at once");
      return Promise.resolve(item);
    };
    await expect(mapConcurrent(["a", "b"], { limit: 2, budget: 100, weight }, task)).rejects.toThrow(
      "thrown at once",
    );
  });

  it("gives an empty list for no items, and runs one at a time under a limit below 1", async () => {
    await expect(
      mapConcurrent([], { limit: 4, budget: 1, weight }, () => Promise.resolve(1)),
    ).resolves.toEqual([]);
    const { started, task } = gated();
    const done = mapConcurrent(["a", "b"], { limit: 0, budget: 100, weight }, task);
    await flush();
    expect(started.map((g) => g.item)).toEqual(["a"]);
    started[0]?.finish();
    await flush();
    started[1]?.finish();
    await expect(done).resolves.toEqual(["A", "B"]);
  });
});
