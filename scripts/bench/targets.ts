/**
 * The speed and memory promises of issues 8 and 9, judged on the bench's own figures (never in
 * timed tests). MB here are 10^6 bytes, as the bench prints them.
 */

/** `pmo-pulse build` of the 5,000/200k tracker, whole process. */
export const REFERENCE_BUILD_MS = 3_000;
export const REFERENCE_BUILD_RSS_BYTES = 400_000_000;
/** The 20,000/800k build: at most this many times the 5,000/200k build's time, and this much memory. */
export const SCALE_BUILD_FACTOR = 5;
export const SCALE_BUILD_RSS_BYTES = 1_200_000_000;
/** Reading a tracker: at most this many times the inflate-and-scan floor of the same file. */
export const READ_FLOOR_RATIO = 3;
/** The 5,000/200k build: at most this share of a plain pandas + openpyxl script's time, same run. */
export const PANDAS_RATIO = 0.1;

export interface Verdict {
  /** What was promised, e.g. `≤ 3 s`. */
  readonly target: string;
  readonly pass: boolean;
}

/** The read verdict at the sizes it is judged at (5,000 and 20,000 projects); null elsewhere. */
export function readVerdict(role: string, floorRatio: number): Verdict | null {
  if (role === "plain") return null;
  return { target: `≤ ${READ_FLOOR_RATIO}× floor`, pass: floorRatio <= READ_FLOOR_RATIO };
}

/** The build verdicts (time, memory) of a size, against the reference build's time for the scale size. */
export function buildVerdicts(
  role: string,
  build: { readonly processMs: number; readonly peakRssBytes: number },
  referenceMs: number | null,
): { time: Verdict; memory: Verdict } | null {
  if (role === "reference") {
    return {
      time: { target: "≤ 3 s", pass: build.processMs <= REFERENCE_BUILD_MS },
      memory: { target: "≤ 400 MB", pass: build.peakRssBytes <= REFERENCE_BUILD_RSS_BYTES },
    };
  }
  if (role === "scale") {
    const limit = referenceMs === null ? Number.NaN : SCALE_BUILD_FACTOR * referenceMs;
    return {
      time: { target: `≤ ${SCALE_BUILD_FACTOR}× 5,000/200k`, pass: build.processMs <= limit },
      memory: { target: "≤ 1.2 GB", pass: build.peakRssBytes <= SCALE_BUILD_RSS_BYTES },
    };
  }
  return null;
}

/**
 * The build against the pandas + openpyxl script, judged at the reference size only; null where it
 * is not judged or the script was not run (Python without pandas or openpyxl).
 */
export function pandasVerdict(role: string, buildMs: number, pandasMs: number | null): Verdict | null {
  if (role !== "reference" || pandasMs === null) return null;
  return { target: `≤ ${PANDAS_RATIO.toFixed(2)}×`, pass: buildMs <= PANDAS_RATIO * pandasMs };
}
