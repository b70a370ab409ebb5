/**
 * A small seeded pseudo-random generator (mulberry32: 32-bit state, fast, good enough for example
 * data). The same seed always gives the same sequence on every platform, which is what makes the
 * example portfolio reproducible in tests, docs and benchmarks.
 *
 * @example
 * const rng = createRng(42);
 * rng.int(1, 6); // a die roll, the same one every run
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform real in [min, max). */
  real(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    real: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("Cannot pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/**
 * An independent generator for one part of the example (projects, risks, …), so that changing
 * the size of one part (e.g. `allocationRows`) leaves the others identical.
 */
export function deriveRng(seed: number, stream: number): Rng {
  return createRng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
}
