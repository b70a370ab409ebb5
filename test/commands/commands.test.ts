import { COMMAND_NAMES, runCommand } from "../../src/commands/runCommand";
import { loadCommands } from "../support/loadCommands";

describe("runCommand", () => {
  it("completes the event after the work finishes", async () => {
    const order: string[] = [];
    await runCommand({ completed: () => order.push("completed") }, async () => {
      await Promise.resolve();
      order.push("work");
    });
    expect(order).toEqual(["work", "completed"]);
  });

  it("completes the event when the work fails and still reports the failure", async () => {
    const completed = jest.fn();
    await expect(runCommand({ completed }, () => Promise.reject(new Error("sheet missing")))).rejects.toThrow(
      "sheet missing",
    );
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("commands.ts", () => {
  it("waits for Office and associates exactly the ribbon's function commands", () => {
    const { handlers, onReadyCalls } = loadCommands();
    expect(onReadyCalls).toBe(1);
    expect([...handlers.keys()].sort()).toEqual(["refreshDashboard", "validateWorkbook"]);
    expect([...COMMAND_NAMES].sort()).toEqual(["refreshDashboard", "validateWorkbook"]);
  });

  it.each(COMMAND_NAMES)("%s completes its event once", async (name) => {
    const handler = loadCommands().handlers.get(name);
    const completed = jest.fn();
    await handler?.({ completed });
    expect(handler).toBeDefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
