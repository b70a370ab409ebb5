import { createRng, deriveRng } from "../../../src/core/example/random";
import { coprimeStride } from "../../../src/core/example/stride";

describe("createRng", () => {
  it("repeats the same sequence for the same seed and differs for another seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqB).toEqual(seqA);
    expect(seqC).not.toEqual(seqA);
  });

  it("draws integers in the inclusive range, every value reachable, roughly uniform", () => {
    const rng = createRng(7);
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i++) {
      const v = rng.int(1, 6);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const n of counts.values()) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it("keeps next() in [0, 1) and real() in [min, max)", () => {
    const rng = createRng(0);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const y = rng.real(5, 6);
      expect(y >= 5 && y < 6).toBe(true);
    }
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRng(1).pick([])).toThrow("empty list");
  });

  it("derives independent streams per part", () => {
    expect(deriveRng(1, 1).next()).not.toBe(deriveRng(1, 2).next());
    expect(deriveRng(1, 1).next()).toBe(deriveRng(1, 1).next());
  });
});

describe("coprimeStride", () => {
  it.each([1, 2, 10, 12, 30, 1200, 5000])("visits all %i slots once", (length) => {
    const stride = coprimeStride(length, length * 0.618);
    const seen = new Set<number>();
    for (let i = 0; i < length; i++) seen.add((3 + i * stride) % length);
    expect(seen.size).toBe(length);
  });

  it("skips strides that share a factor with the length", () => {
    expect(coprimeStride(10, 4)).toBe(7);
  });
});
