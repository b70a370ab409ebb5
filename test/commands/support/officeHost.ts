/**
 * Runs src/commands/commands.ts as Excel would: an `Office` global that records the registered
 * commands and the dialogs they open (the user presses OK on each at once, or closes it with the
 * close box), and an `Excel` global whose `run` is the Excel test double's. `restore` puts the
 * previous globals back.
 */
import type { CommandEvent } from "../../../src/commands/runCommand";
import type { FakeExcel } from "../../excel/support/fakeExcel";

export type CommandHandler = (event: CommandEvent) => Promise<void>;

export interface DialogRecord {
  readonly url: string;
  readonly options: Office.DialogOptions;
  closedByCommand: boolean;
}

export interface HostOptions {
  /** Whether the host supports DialogApi 1.1 (default true). */
  readonly dialogApi?: boolean;
  /**
   * How the user dismisses each dialog: the page's OK button (default), the dialog's close box, or
   * never (they read it for longer than the command may run: Excel closes a function command's
   * runtime about five minutes after the click, per the add-in commands and runtimes docs).
   */
  readonly dismissWith?: "ok" | "closeBox" | "never";
}

export interface OfficeHost {
  readonly handlers: ReadonlyMap<string, CommandHandler>;
  readonly dialogs: DialogRecord[];
  /** What happened, in order: `dialog opened`, `dialog closed`, `completed`. */
  readonly log: string[];
  /** Clicks a ribbon button and waits until the command has finished. */
  click(name: string): Promise<void>;
  restore(): void;
}

const EVENT_TYPE = {
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
};
const STATUS = { Succeeded: "succeeded", Failed: "failed" };

export function loadCommandsInHost(fake: FakeExcel, options: HostOptions = {}): OfficeHost {
  const handlers = new Map<string, CommandHandler>();
  const dialogs: DialogRecord[] = [];
  const log: string[] = [];
  const office = {
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    EventType: EVENT_TYPE,
    AsyncResultStatus: STATUS,
    actions: {
      associate: (name: string, handler: CommandHandler) => handlers.set(name, handler),
    },
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "DialogApi" && version === "1.1" && options.dialogApi !== false,
      },
      ui: {
        displayDialogAsync: (
          url: string,
          dialogOptions: Office.DialogOptions,
          callback: (result: { status: string; value: unknown }) => void,
        ) => {
          const record: DialogRecord = { url, options: dialogOptions, closedByCommand: false };
          dialogs.push(record);
          log.push("dialog opened");
          const events = new Map<string, (arg: unknown) => void>();
          const dialog = {
            addEventHandler: (type: string, handler: (arg: unknown) => void) => events.set(type, handler),
            close: () => {
              record.closedByCommand = true;
              log.push("dialog closed");
            },
          };
          callback({ status: STATUS.Succeeded, value: dialog });
          setTimeout(() => {
            if (options.dismissWith === "never") return;
            if (options.dismissWith === "closeBox") {
              log.push("dialog closed");
              events.get(EVENT_TYPE.DialogEventReceived)?.({ error: 12006 });
            } else {
              events.get(EVENT_TYPE.DialogMessageReceived)?.({ message: "dismissed", origin: undefined });
            }
          }, 0);
        },
      },
    },
  };
  const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  const previous = { Office: globals.Office, Excel: globals.Excel };
  globals.Office = office;
  globals.Excel = { run: fake.run };
  jest.isolateModules(() => {
    jest.requireActual("../../../src/commands/commands");
  });
  return {
    handlers,
    dialogs,
    log,
    click: async (name) => {
      const handler = handlers.get(name);
      if (handler === undefined) throw new Error(`no command ${name}`);
      await handler({ completed: () => log.push("completed") });
    },
    restore: () => {
      globals.Office = previous.Office;
      globals.Excel = previous.Excel;
    },
  };
}
