/**
 * Series data sources: a formula pointing at the sheet range plus a cached copy of the values,
 * so readers that do not recalculate (viewers, LibreOffice on first load) still draw the chart.
 *
 * @example numberRefXml("'PMO Dashboard'!$B$5:$B$6", [3, null], 2)
 * // <c:numRef><c:f>'PMO Dashboard'!$B$5:$B$6</c:f><c:numCache><c:formatCode>General</c:formatCode>
 * //   <c:ptCount val="2"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache></c:numRef>
 */
import { escapeXml } from "../../xmlText";

/** Numbers as Excel writes them in caches; non-finite values are left out (a blank point). */
function numberPoints(cache: readonly (number | null)[]): string {
  return cache
    .map((value, idx) =>
      value !== null && Number.isFinite(value) ? `<c:pt idx="${idx}"><c:v>${String(value)}</c:v></c:pt>` : "",
    )
    .join("");
}

export function numberRefXml(formula: string, cache: readonly (number | null)[], count: number): string {
  return (
    `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${count}"/>${numberPoints(cache)}</c:numCache></c:numRef>`
  );
}

export function stringRefXml(formula: string, cache: readonly (string | number)[], count: number): string {
  const points = cache
    .map((value, idx) => `<c:pt idx="${idx}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`)
    .join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${count}"/>${points}</c:strCache></c:strRef>`;
}

/** Categories (or X values) are numeric only when every cached value is a number. */
export function categoryRefXml(formula: string, cache: readonly (string | number)[], count: number): string {
  return cache.every((value) => typeof value === "number")
    ? numberRefXml(formula, cache as readonly number[], count)
    : stringRefXml(formula, cache, count);
}
