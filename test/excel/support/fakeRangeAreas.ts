/**
 * `Range.getMergedAreasOrNullObject()` of the test double (ExcelApi 1.13): the merged areas whose
 * top-left cell lies in the range (office-js issue 3611: a merge that only overlaps is not one of
 * them), a null object when there are none, and a failed batch past 512 areas, as the reference
 * says ("if the merged areas count in this range is more than 512, then this method will fail").
 */
import type { Bounds } from "./fakeA1";
import { formatBounds, quoteSheet } from "./fakeA1";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import type { RangeRef } from "./fakeState";

/** The most merged areas Excel returns; more fail the batch. */
export const MAX_MERGED_AREAS = 512;

interface MergedAreas {
  readonly sheetName: string;
  readonly areas: readonly Bounds[];
}

export class FakeRangeAreas extends FakeObject<MergedAreas> {
  constructor(ctx: FakeContext, range: () => RangeRef | null) {
    super(
      ctx,
      () => {
        const ref = range();
        if (ref === null) return null;
        const b = ref.bounds;
        const areas = ref.sheet.merges.filter(
          (m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right,
        );
        if (areas.length > MAX_MERGED_AREAS) {
          throw officeError(
            "GeneralException",
            `The range has ${areas.length} merged areas; at most ${MAX_MERGED_AREAS} can be returned.`,
            "Range.getMergedAreasOrNullObject",
          );
        }
        return areas.length === 0 ? null : { sheetName: ref.sheet.name, areas };
      },
      "RangeAreas",
    );
  }

  protected readProperty(entity: MergedAreas, name: string): unknown {
    switch (name) {
      // "Sheet1!A1:B4, Sheet1!D1:D4", as the RangeAreas.address reference shows it.
      case "address":
        return entity.areas.map((a) => `${quoteSheet(entity.sheetName)}!${formatBounds(a)}`).join(", ");
      case "areaCount":
        return entity.areas.length;
      default:
        throw officeError("InvalidArgument", `RangeAreas has no property ${name} in the test double.`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}
