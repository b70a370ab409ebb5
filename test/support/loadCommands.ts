// Loads src/commands/commands.ts against a minimal fake Office global and reports what it registered,
// so tests check the real registrations rather than reading the source text.
import type { CommandEvent } from "../../src/commands/runCommand";

export type CommandHandler = (event: CommandEvent) => unknown;

export interface LoadedCommands {
  readonly handlers: ReadonlyMap<string, CommandHandler>;
  readonly onReadyCalls: number;
}

export function loadCommands(): LoadedCommands {
  const handlers = new Map<string, CommandHandler>();
  let onReadyCalls = 0;
  const fakeOffice = {
    onReady: () => {
      onReadyCalls += 1;
      return Promise.resolve({ host: null, platform: null });
    },
    actions: {
      associate: (name: string, handler: CommandHandler) => {
        if (handlers.has(name)) throw new Error(`command ${name} associated twice`);
        handlers.set(name, handler);
      },
    },
  };
  const global = globalThis as unknown as { Office?: unknown };
  const previous = global.Office;
  global.Office = fakeOffice;
  try {
    jest.isolateModules(() => {
      jest.requireActual("../../src/commands/commands");
    });
  } finally {
    global.Office = previous;
  }
  return { handlers, onReadyCalls };
}
