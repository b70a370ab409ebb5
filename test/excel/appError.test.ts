import { AppError, toAppError } from "../../src/excel/appError";
import { MINIMUM_REQUIREMENT_SET } from "../../src/excel/requirements";
import { FakeOfficeError } from "./support/fakeErrors";

describe("toAppError", () => {
  it.each([
    ["ApiNotFound", "not-supported"],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["ItemNotFound", "item-not-found"],
    ["InvalidArgument", "invalid-argument"],
    ["AccessDenied", "access-denied"],
    ["ItemAlreadyExists", "conflict"],
    ["InvalidOperationInCellEditMode", "cell-editing"],
    ["GeneralException", "sync-failed"],
  ] as const)("maps Office code %s to %s", (officeCode, code) => {
    const cause = new FakeOfficeError(officeCode, "boom");
    const error = toAppError(cause, "Writing the dashboard");
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
    // The message is a sentence with a next step; Excel's own code stays out of it, in `detail`.
    expect(error.message).toMatch(/^Writing the dashboard failed\. [A-Z].*\.$/);
    expect(error.message).not.toContain(officeCode);
    expect(error.detail).toBe(`${officeCode}: boom`);
  });

  it("tells the PMO what to do when a cell is being edited", () => {
    const error = toAppError(
      new FakeOfficeError("InvalidOperationInCellEditMode", "x"),
      "Writing the dashboard",
    );
    expect(error.message).toBe(
      "Writing the dashboard failed. A cell is being edited. Finish editing the cell (press Enter or Esc), then try again.",
    );
  });

  it("passes an AppError through and wraps anything else as sync-failed", () => {
    const original = new AppError("busy", "later");
    expect(toAppError(original, "x")).toBe(original);
    expect(toAppError("weird", "Reading").code).toBe("sync-failed");
  });
});

describe("requirements", () => {
  it("declares ExcelApi 1.9 (the manifest's MinVersion; the manifest test checks they agree)", () => {
    expect(MINIMUM_REQUIREMENT_SET).toEqual({ name: "ExcelApi", version: "1.9" });
  });
});
