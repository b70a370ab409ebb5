/** The workbook root of the test double: worksheets, tables, settings, application and functions. */
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import type { FakeWorkbookState } from "./fakeState";
import { FakeTableCollection } from "./fakeTables";
import { FakeWorksheetCollection } from "./fakeWorksheet";
import { utf8Length } from "./utf8Length";

/**
 * Document settings have an undocumented size limit; users report failures or lost settings between
 * about 1 and 2 MB (OfficeDev/office-js#621, #3957). The double refuses above 1 MB, the low end.
 */
export const SETTINGS_LIMIT_BYTES = 1024 * 1024;

function settingsBytes(settings: ReadonlyMap<string, unknown>): number {
  return utf8Length(JSON.stringify([...settings.entries()]));
}

interface SettingRef {
  readonly key: string;
}

export class FakeSetting extends FakeObject<SettingRef> {
  constructor(ctx: FakeContext, resolver: () => SettingRef | null) {
    super(ctx, resolver, "Setting");
  }
  protected readProperty(ref: SettingRef, name: string): unknown {
    if (name === "key") return ref.key;
    if (name === "value") return this.ctx.state.settings.get(ref.key);
    throw officeError("InvalidArgument", `Setting.${name} is not modelled.`);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.queue("delete", null, (ref) => this.ctx.state.settings.delete(ref.key));
  }
}

export class FakeSettingCollection extends FakeObject<FakeWorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state, "SettingCollection");
  }
  protected readProperty(): unknown {
    throw officeError("InvalidArgument", "SettingCollection properties are not modelled.");
  }
  private lookup(key: string): SettingRef | null {
    return this.ctx.state.settings.has(key) ? { key } : null;
  }
  add(key: string, value: unknown): FakeSetting {
    // Office stores settings as JSON: a value that does not round-trip is not kept as given.
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.queue("add", { key, value }, (state) => {
      const next = new Map(state.settings).set(key, stored);
      if (settingsBytes(next) > SETTINGS_LIMIT_BYTES) {
        throw officeError(
          "GeneralException",
          "The settings are too large to be saved.",
          "SettingCollection.add",
        );
      }
      state.settings.set(key, stored);
    });
    return new FakeSetting(this.ctx, () => this.lookup(key));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => {
      const ref = this.lookup(key);
      if (!ref) throw officeError("ItemNotFound", `No setting '${key}'.`, "SettingCollection.getItem");
      return ref;
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => this.lookup(key));
  }
}

class FakeApplication extends FakeObject<FakeWorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state, "Application");
  }
  protected readProperty(): unknown {
    throw officeError("InvalidArgument", "Application properties are not modelled.");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => undefined);
  }
  /** Counted: "Don't call suspendScreenUpdatingUntilNextSync repeatedly ... the Excel window will flicker" (Excel performance docs). */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("suspendScreenUpdatingUntilNextSync", null, (state) => {
      state.screenUpdatingSuspensions += 1;
    });
  }
}

class FakeFunctionResult extends FakeObject<{ value: number }> {
  constructor(ctx: FakeContext, resolver: () => { value: number }) {
    super(ctx, resolver, "FunctionResult");
  }
  protected readProperty(r: { value: number }, name: string): unknown {
    if (name === "value") return r.value;
    if (name === "error") return null;
    throw officeError("InvalidArgument", `FunctionResult.${name} is not modelled.`);
  }
  get value(): number {
    return this.get("value");
  }
}

class FakeFunctions extends FakeObject<FakeWorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state, "Functions");
  }
  protected readProperty(): unknown {
    throw officeError("InvalidArgument", "Functions has no properties.");
  }
  /** DATE() in the workbook's date system: serial 1 is 1900-01-01 (or 1904-01-02 in the 1904 system). */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
      return { value: this.ctx.state.date1904 ? days - 1462 : days };
    });
  }
}

export class FakeWorkbook extends FakeObject<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;

  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state, "Workbook");
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.application = new FakeApplication(ctx);
    this.functions = new FakeFunctions(ctx);
  }
  protected readProperty(state: FakeWorkbookState, name: string): unknown {
    if (name === "name") return state.name;
    throw officeError("InvalidArgument", `Workbook.${name} is not modelled.`);
  }
  get name(): string {
    return this.get("name");
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, () => "workbook");
  }
}
