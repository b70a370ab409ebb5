import { messageUrl, showMessageDialog } from "../../src/commands/messageDialog";
import { MAX_MESSAGE_TEXT, messageFromQuery, messageQuery } from "../../src/commands/messageQuery";
import type { CommandMessage } from "../../src/commands/runCommand";

const OFFICE = {
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};

/** An Office.UI whose one dialog the test drives: `fire` raises one of its events. */
function fakeUi(status: "succeeded" | "failed" = "succeeded") {
  const events = new Map<string, (arg: unknown) => void>();
  const calls = { opened: [] as { url: string; options: unknown }[], closed: 0 };
  const ui = {
    displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
      calls.opened.push({ url, options });
      const dialog = {
        addEventHandler: (type: string, handler: (arg: unknown) => void) => events.set(type, handler),
        close: () => (calls.closed += 1),
      };
      callback(status === "succeeded" ? { status, value: dialog } : { status, error: { code: 12007 } });
    },
  };
  return {
    ui: ui as unknown as Office.UI,
    calls,
    fire: (type: string, arg: unknown) => events.get(type)?.(arg),
  };
}

const globals = globalThis as unknown as { Office?: unknown };
beforeEach(() => (globals.Office = OFFICE));
afterEach(() => {
  delete globals.Office;
  jest.useRealTimers();
});

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe("showMessageDialog", () => {
  it("opens the page in an iframe-friendly dialog, resolves once it is open, and closes it when OK is pressed", async () => {
    const { ui, calls, fire } = fakeUi();
    const shown = showMessageDialog(ui, "https://localhost:3000/message.html?kind=info");
    expect(calls.opened).toEqual([
      {
        url: "https://localhost:3000/message.html?kind=info",
        options: { height: 30, width: 35, displayInIframe: true },
      },
    ]);
    // Open is enough: the command must not wait for the user (its runtime closes ~5 minutes after the click).
    expect(await settled(shown)).toBe(true);
    expect(calls.closed).toBe(0);
    fire("dialogMessageReceived", { message: "dismissed" });
    expect(calls.closed).toBe(1);
  });

  it("leaves a dialog the user closed with its close box alone", async () => {
    const { ui, calls, fire } = fakeUi();
    const shown = showMessageDialog(ui, "https://localhost:3000/message.html");
    fire("dialogEventReceived", { error: 12006 });
    expect(await settled(shown)).toBe(true);
    expect(calls.closed).toBe(0);
  });

  it("resolves at once when the dialog cannot open (e.g. another one is open)", async () => {
    const { ui } = fakeUi("failed");
    expect(await settled(showMessageDialog(ui, "https://localhost:3000/message.html"))).toBe(true);
  });
});

describe("message URL", () => {
  const message: CommandMessage = {
    kind: "error",
    title: "Validate failed",
    text: "Sheet 'R&D #2'!A1 holds =HYPERLINK(\"http://x\")&more?=yes — 100% done",
  };

  it("points at message.html beside the command page and carries the message intact", () => {
    const url = new URL(messageUrl(message, "https://addins.example.org/pmo/commands.html"));
    expect(`${url.origin}${url.pathname}`).toBe("https://addins.example.org/pmo/message.html");
    expect(messageFromQuery(url.search)).toEqual(message);
  });

  it("cuts a very long text so the URL stays short", () => {
    const long = { ...message, text: "x".repeat(5000) };
    const back = messageFromQuery(messageQuery(long));
    expect(back.text).toHaveLength(MAX_MESSAGE_TEXT);
    expect(back.text.endsWith("…")).toBe(true);
  });

  it("reads a missing or odd query as a neutral message", () => {
    expect(messageFromQuery("")).toEqual({ kind: "info", title: "PMO Pulse", text: "" });
    expect(messageFromQuery("?kind=<script>&text=hi").kind).toBe("info");
  });
});
