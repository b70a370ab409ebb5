/**
 * The request context of the test double: operations queue until `sync()`, then run in order
 * against the workbook state, as Excel's batch model does. Each sync is measured (request and
 * response JSON length) and faults can be injected per sync or per operation name.
 */
import type { FakeErrorCode } from "./fakeErrors";
import { FakeOfficeError, officeError } from "./fakeErrors";
import type { FakeWorkbookState } from "./fakeState";
import { FakeWorkbook } from "./fakeWorkbook";
import { utf8Length } from "./utf8Length";

/** What one operation returns when it runs: response data plus a commit applied only if the whole sync succeeds. */
export interface OpResult {
  readonly response?: unknown;
  readonly commit?: () => void;
}

interface QueuedOp {
  readonly name: string;
  readonly payload: unknown;
  readonly run: () => OpResult | void;
}

export interface SyncRecord {
  readonly index: number;
  readonly operations: readonly string[];
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed: boolean;
  readonly errorCode?: string;
}

export interface SyncFault {
  readonly code: FakeErrorCode;
  /** How many of the batch's operations run before it fails (Excel applies a batch in order and does not roll back). */
  readonly applyFirst: number | "half";
}

export interface OperationFault {
  readonly name: string;
  readonly code: FakeErrorCode;
  /** 1-based occurrence of the operation (counted over the whole session) that fails. */
  readonly occurrence: number;
}

export interface FakeLimits {
  /** Excel on the web rejects requests and responses over 5 MB. */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

export const EXCEL_WEB_LIMITS: FakeLimits = {
  maxRequestBytes: 5 * 1024 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
};

export class FakeSession {
  readonly syncs: SyncRecord[] = [];
  readonly syncFaults = new Map<number, SyncFault>();
  readonly operationFaults: OperationFault[] = [];
  readonly operationCounts = new Map<string, number>();

  constructor(
    readonly state: FakeWorkbookState,
    readonly limits: FakeLimits,
  ) {}
}

export class FakeContext {
  private queue: QueuedOp[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly session: FakeSession) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): FakeWorkbookState {
    return this.session.state;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  enqueue(name: string, payload: unknown, run: () => OpResult | void): void {
    this.queue.push({ name, payload, run });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const { session } = this;
    const index = session.syncs.length + 1;
    const names = ops.map((op) => op.name);
    // The 5 MB limit is on bytes: non-ASCII text takes 2–4 bytes per character in UTF-8.
    const requestBytes = utf8Length(JSON.stringify(ops.map((op) => [op.name, op.payload])));
    const record = (failed: boolean, responseBytes: number, errorCode?: string): void => {
      session.syncs.push({ index, operations: names, requestBytes, responseBytes, failed, errorCode });
    };
    if (requestBytes > session.limits.maxRequestBytes) {
      record(true, 0, "RequestPayloadSizeLimitExceeded");
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `Request of ${requestBytes} bytes is over the limit.`,
      );
    }
    const fault = session.syncFaults.get(index);
    const stopAt =
      fault === undefined
        ? ops.length
        : fault.applyFirst === "half"
          ? Math.floor(ops.length / 2)
          : fault.applyFirst;
    const responses: unknown[] = [];
    const commits: (() => void)[] = [];
    try {
      ops.forEach((op, i) => {
        if (i >= stopAt && fault)
          throw officeError(fault.code, `Injected failure of sync ${index}.`, op.name);
        const count = (session.operationCounts.get(op.name) ?? 0) + 1;
        session.operationCounts.set(op.name, count);
        const opFault = session.operationFaults.find((f) => f.name === op.name && f.occurrence === count);
        if (opFault) throw officeError(opFault.code, `Injected failure of ${op.name}.`, op.name);
        const result = op.run();
        if (result?.response !== undefined) responses.push(result.response);
        if (result?.commit) commits.push(result.commit);
      });
    } catch (error) {
      record(true, 0, error instanceof FakeOfficeError ? error.code : "GeneralException");
      throw error;
    }
    const responseBytes = responses.length === 0 ? 0 : utf8Length(JSON.stringify(responses));
    if (responseBytes > session.limits.maxResponseBytes) {
      record(true, responseBytes, "ResponsePayloadSizeLimitExceeded");
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        `Response of ${responseBytes} bytes is over the limit.`,
      );
    }
    commits.forEach((commit) => commit());
    record(false, responseBytes);
  }
}
