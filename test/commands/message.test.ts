/**
 * @jest-environment jsdom
 *
 * The message dialog's page (message.html + message.ts) in a DOM: what it shows and how it tells
 * the command it was dismissed.
 */
import { readFileSync } from "fs";
import path from "path";
import { messageQuery } from "../../src/commands/messageQuery";

const BODY = /<body>([\s\S]*)<\/body>/.exec(
  readFileSync(path.resolve(__dirname, "../../src/commands/message.html"), "utf8"),
)?.[1];

const globals = globalThis as unknown as { Office?: unknown };
afterEach(() => delete globals.Office);

async function openPage(query: string) {
  if (BODY === undefined) throw new Error("message.html has no body");
  document.body.innerHTML = BODY;
  window.history.replaceState(null, "", `/message.html${query}`);
  const messageParent = jest.fn();
  globals.Office = { onReady: () => Promise.resolve({}), context: { ui: { messageParent } } };
  jest.isolateModules(() => {
    jest.requireActual("../../src/commands/message");
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const ok = document.getElementById("ok") as HTMLButtonElement;
  return { messageParent, ok };
}

describe("message page", () => {
  it("shows the title and the text as plain text, never as markup", async () => {
    const text = '<img src=x onerror="alert(1)"> =HYPERLINK("http://x") in Projects!F12';
    await openPage(messageQuery({ kind: "error", title: "Validate failed", text }));
    expect(document.getElementById("title")?.textContent).toBe("Validate failed");
    expect(document.getElementById("text")?.textContent).toBe(text);
    expect(document.querySelector("img")).toBeNull();
    expect(document.title).toBe("Validate failed");
    expect(document.body.dataset.kind).toBe("error");
  });

  it("tells the command when OK is pressed, once Office is ready", async () => {
    const { messageParent, ok } = await openPage(
      messageQuery({ kind: "info", title: "Validation", text: "ok" }),
    );
    expect(ok.disabled).toBe(false);
    expect(document.activeElement).toBe(ok);
    ok.click();
    expect(messageParent).toHaveBeenCalledWith("dismissed");
  });

  it("treats Escape like OK", async () => {
    const { messageParent } = await openPage(messageQuery({ kind: "info", title: "Validation", text: "ok" }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(messageParent).toHaveBeenCalledTimes(1);
  });
});
