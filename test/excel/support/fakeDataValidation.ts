/**
 * `Range.dataValidation` in the test double: rule, prompt, error alert and ignoreBlanks are queued
 * and stored per range; `type` reads "None" where no validation touches the range, the rule's type
 * where one validation covers exactly the range, else "Inconsistent"; `clear()` removes every
 * validation touching the range. Office.js rejects a rule with no kind, as does this double.
 */
import { boundsIntersect } from "./fakeA1";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import type { FakeDataValidation, RangeRef } from "./fakeState";

const RULE_TYPES: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function sameBounds(a: RangeRef["bounds"], b: RangeRef["bounds"]): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The validation on exactly this range, created on first write. */
function entryFor(ref: RangeRef): FakeDataValidation {
  let entry = ref.sheet.dataValidations.find((v) => sameBounds(v.bounds, ref.bounds));
  if (!entry) {
    if (ref.sheet.dataValidations.some((v) => boundsIntersect(v.bounds, ref.bounds))) {
      throw officeError("InvalidOperation", "The range overlaps another data validation; clear it first.");
    }
    entry = { bounds: { ...ref.bounds }, ignoreBlanks: true };
    ref.sheet.dataValidations.push(entry);
  }
  return entry;
}

export class FakeDataValidationProxy extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "DataValidation");
  }
  protected override isGone(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }
  protected readProperty(ref: RangeRef, name: string): unknown {
    if (name !== "type") throw officeError("InvalidArgument", `DataValidation.${name} is not modelled.`);
    const touching = ref.sheet.dataValidations.filter((v) => boundsIntersect(v.bounds, ref.bounds));
    if (touching.length === 0) return "None";
    const exact =
      touching.length === 1 && touching[0] && sameBounds(touching[0].bounds, ref.bounds) ? touching[0] : null;
    if (!exact) return "Inconsistent";
    const kind = Object.keys(exact.rule ?? {})[0];
    return kind === undefined ? "None" : (RULE_TYPES[kind] ?? "Inconsistent");
  }
  get type(): string {
    return this.get("type");
  }
  set rule(rule: Record<string, unknown>) {
    this.queue("rule", rule, (ref) => {
      const kinds = Object.keys(rule);
      if (kinds.length !== 1 || RULE_TYPES[kinds[0] ?? ""] === undefined) {
        throw officeError(
          "InvalidArgument",
          "A data validation rule needs exactly one known kind.",
          "DataValidation.rule",
        );
      }
      entryFor(ref).rule = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
    });
  }
  set prompt(prompt: Record<string, unknown>) {
    this.queue("prompt", prompt, (ref) => {
      const title = prompt["title"];
      const message = prompt["message"];
      if (
        (typeof title === "string" && title.length > 32) ||
        (typeof message === "string" && message.length > 255)
      ) {
        throw officeError(
          "InvalidArgument",
          "The prompt title or message is too long.",
          "DataValidation.prompt",
        );
      }
      entryFor(ref).prompt = { ...prompt };
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.queue("errorAlert", alert, (ref) => {
      const title = alert["title"];
      const message = alert["message"];
      if (
        (typeof title === "string" && title.length > 32) ||
        (typeof message === "string" && message.length > 255)
      ) {
        throw officeError(
          "InvalidArgument",
          "The alert title or message is too long.",
          "DataValidation.errorAlert",
        );
      }
      entryFor(ref).errorAlert = { ...alert };
    });
  }
  set ignoreBlanks(value: boolean) {
    this.queue("ignoreBlanks", value, (ref) => (entryFor(ref).ignoreBlanks = value));
  }
  clear(): void {
    this.queue("clear", null, (ref) => {
      ref.sheet.dataValidations = ref.sheet.dataValidations.filter(
        (v) => !boundsIntersect(v.bounds, ref.bounds),
      );
    });
  }
}
