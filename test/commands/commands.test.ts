import type { CommandMessage } from "../../src/commands/runCommand";
import { COMMAND_NAMES, runCommand, SHOW_WAIT_MS } from "../../src/commands/runCommand";
import { AppError } from "../../src/excel/appError";
import { loadCommands } from "../support/loadCommands";

function recorder() {
  const log: string[] = [];
  const shown: CommandMessage[] = [];
  return {
    log,
    shown,
    event: { completed: () => log.push("completed") },
    show: async (message: CommandMessage) => {
      await Promise.resolve();
      shown.push(message);
      log.push("message dismissed");
    },
  };
}

describe("runCommand", () => {
  it("shows the work's message, then completes the event", async () => {
    const r = recorder();
    const message: CommandMessage = { kind: "info", title: "Validation", text: "1 error, 0 warnings" };
    await runCommand(r.event, "validateWorkbook", async () => message, r.show);
    expect(r.shown).toEqual([message]);
    expect(r.log).toEqual(["message dismissed", "completed"]);
  });

  it("shows nothing when the work has nothing to say", async () => {
    const r = recorder();
    await runCommand(r.event, "refreshDashboard", async () => null, r.show);
    expect(r.shown).toEqual([]);
    expect(r.log).toEqual(["completed"]);
  });

  it("turns a failure into an error message naming the button, and still completes", async () => {
    const r = recorder();
    const failure = new AppError("busy", "Reading the workbook failed. Excel is busy or offline.");
    await runCommand(r.event, "refreshDashboard", () => Promise.reject(failure), r.show);
    expect(r.shown).toEqual([{ kind: "error", title: "Refresh dashboard failed", text: failure.message }]);
    expect(r.log).toEqual(["message dismissed", "completed"]);
  });

  it("leaves no timer behind once the message is up, and completes after 15 s when it never is", async () => {
    jest.useFakeTimers();
    try {
      const r = recorder();
      await runCommand(
        r.event,
        "validateWorkbook",
        async () => ({ kind: "info", title: "t", text: "x" }),
        r.show,
      );
      expect(r.log).toEqual(["message dismissed", "completed"]);
      expect(jest.getTimerCount()).toBe(0);
      // A dialog that never opens: the event still completes, at SHOW_WAIT_MS.
      const stuck = runCommand(r.event, "validateWorkbook", async () => null, r.show);
      await stuck;
      const hanging = runCommand(
        r.event,
        "refreshDashboard",
        async () => ({ kind: "info", title: "t", text: "x" }),
        () => new Promise<void>(() => undefined),
      );
      await jest.advanceTimersByTimeAsync(SHOW_WAIT_MS - 1);
      expect(r.log).toEqual(["message dismissed", "completed", "completed"]);
      await jest.advanceTimersByTimeAsync(1);
      await hanging;
      expect(r.log).toEqual(["message dismissed", "completed", "completed", "completed"]);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it("completes the event even when showing the message fails", async () => {
    const r = recorder();
    const outcome = runCommand(r.event, "validateWorkbook", async () => null, r.show);
    await expect(outcome).resolves.toBeUndefined();
    const broken = runCommand(
      r.event,
      "validateWorkbook",
      () => Promise.reject(new Error("x")),
      () => Promise.reject(new Error("no dialog")),
    );
    await expect(broken).rejects.toThrow("no dialog");
    expect(r.log).toEqual(["completed", "completed"]);
  });
});

describe("commands.ts", () => {
  it("waits for Office and associates exactly the ribbon's function commands", () => {
    const { handlers, onReadyCalls } = loadCommands();
    expect(onReadyCalls).toBe(1);
    expect([...handlers.keys()].sort()).toEqual(["refreshDashboard", "validateWorkbook"]);
    expect([...COMMAND_NAMES].sort()).toEqual(["refreshDashboard", "validateWorkbook"]);
  });

  it.each(COMMAND_NAMES)("%s completes its event once even with neither Excel nor dialogs", async (name) => {
    const handler = loadCommands().handlers.get(name);
    const completed = jest.fn();
    await handler?.({ completed });
    expect(handler).toBeDefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
