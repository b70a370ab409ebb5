/** Collections in the test double: `load("name")` or `load("items/name")` loads `items`, like Office.js. */
import type { FakeContext, OpResult } from "./fakeContext";
import { officeError } from "./fakeErrors";
import type { LoadSpec } from "./fakeObject";
import { FakeObject, parseLoadSpec } from "./fakeObject";

export abstract class FakeCollection<O, E, P extends FakeObject<E>> extends FakeObject<O> {
  private loadedItems: P[] | undefined;

  protected constructor(ctx: FakeContext, resolver: () => O | null, typeName: string) {
    super(ctx, resolver, typeName);
  }

  protected abstract list(owner: O): E[];
  protected abstract itemProxy(entity: E): P;

  get items(): P[] {
    if (this.loadedItems === undefined) {
      throw officeError(
        "PropertyNotLoaded",
        `items of ${this.typeName} are not available. Call load and sync first.`,
      );
    }
    return this.loadedItems;
  }

  override load(spec?: LoadSpec): this {
    const props = parseLoadSpec(spec).map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p));
    this.ctx.enqueue(`${this.typeName}.load`, props, () => this.captureItems(props));
    return this;
  }

  private captureItems(props: readonly string[]): OpResult {
    const proxies = this.list(this.entity()).map((e) => this.itemProxy(e));
    const results = proxies.map((p) => p.capture(props));
    return {
      response: results.map((r) => r.response),
      commit: () => {
        results.forEach((r) => r.commit?.());
        this.loadedItems = proxies;
      },
    };
  }

  protected readProperty(_owner: O, name: string): unknown {
    throw officeError("InvalidArgument", `${this.typeName} has no property ${name}.`);
  }
}
