/**
 * Base of every proxy in the test double. Like Office.js client objects: a property can be read
 * only after `load` + `sync`; writes and method calls are queued; the object a proxy stands for
 * is resolved when its first queued operation runs (so `getItem` of a missing sheet fails at sync).
 */
import type { FakeContext, OpResult } from "./fakeContext";
import { officeError } from "./fakeErrors";

export type LoadSpec = string | readonly string[] | { select?: string | readonly string[] };

export function parseLoadSpec(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const raw =
    typeof spec === "string" || Array.isArray(spec) ? spec : (spec as { select?: string | string[] }).select;
  const list = raw === undefined ? [] : typeof raw === "string" ? raw.split(",") : [...raw];
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export abstract class FakeObject<E> {
  private resolved: E | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  protected constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => E | null,
    readonly typeName: string,
  ) {}

  /** The entity, resolved on first use; a missing one fails like Excel's ItemNotFound. */
  entity(): E {
    const e = this.tryEntity();
    if (e === null)
      throw officeError("ItemNotFound", `The requested ${this.typeName} does not exist.`, this.typeName);
    return e;
  }

  tryEntity(): E | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (this.resolved !== null && this.isGone(this.resolved)) {
      throw officeError("ItemNotFound", `The ${this.typeName} was deleted.`, this.typeName);
    }
    return this.resolved;
  }

  /** Deleted entities (a sheet removed in an earlier operation). */
  protected isGone(_entity: E): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw officeError(
        "PropertyNotLoaded",
        `isNullObject of ${this.typeName} is not available before load and sync.`,
      );
    }
    return this.nullKnown;
  }

  load(spec?: LoadSpec): this {
    const props = parseLoadSpec(spec);
    this.ctx.enqueue(`${this.typeName}.load`, props, () => this.capture(props));
    return this;
  }

  /** Runs a load at its place in the batch; the values land on the proxy only if the sync succeeds. */
  capture(props: readonly string[]): OpResult {
    const e = this.tryEntity();
    if (e === null) return { response: null, commit: () => (this.nullKnown = true) };
    const values = props.map((p) => [p, this.capturePath(e, p)] as const);
    return {
      response: values.map(([p, v]) => [p, v.response]),
      commit: () => {
        this.nullKnown = false;
        values.forEach(([, v]) => v.commit?.());
        values.forEach(([p, v]) => {
          if (!p.includes("/")) this.loaded.set(p, v.response);
        });
      },
    };
  }

  private capturePath(e: E, path: string): OpResult {
    const slash = path.indexOf("/");
    if (slash < 0) return { response: this.readProperty(e, path) };
    const child = this.navigation(path.slice(0, slash));
    return child.capture([path.slice(slash + 1)]);
  }

  /** A navigation property's proxy, used for `load("worksheet/name")`. */
  protected navigation(name: string): FakeObject<unknown> {
    throw officeError("InvalidArgument", `${this.typeName} has no navigation property ${name}.`);
  }

  /** The current value of a scalar property in the workbook state. */
  protected abstract readProperty(entity: E, name: string): unknown;

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw officeError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.typeName} is not available. Call load and sync first.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a write or method call, applied at sync time against the resolved entity. */
  protected queue(name: string, payload: unknown, apply: (entity: E) => void): void {
    this.ctx.enqueue(`${this.typeName}.${name}`, payload, () => apply(this.entity()));
  }
}
