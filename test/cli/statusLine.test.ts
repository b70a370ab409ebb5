import { STATUS_QUIET_MS, StatusLine, type StatusTerminal } from "../../src/cli/statusLine";

function terminal(isTTY: boolean, columns = 80) {
  const written: string[] = [];
  let now = 1_000;
  const term: StatusTerminal = { isTTY, columns, write: (text) => written.push(text) };
  const line = new StatusLine(
    term,
    (text) => written.push(text),
    () => now,
  );
  return {
    line,
    written,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("the CLI's status line", () => {
  it("draws nothing on a pipe, a file or a CI log", () => {
    const { line, written, advance } = terminal(false);
    advance(5_000);
    line.show("Reading tracker files: 3 of 40…");
    line.clear();
    line.show("");
    expect(written).toEqual([]);
  });

  it("stays quiet while a run is quick, then redraws one line in place and clears it", () => {
    const { line, written, advance } = terminal(true);
    line.show("Reading tracker files: 1 of 40…");
    line.clear();
    expect(written).toEqual([]);
    advance(STATUS_QUIET_MS);
    line.show("Reading tracker files: 12 of 40…");
    line.show("Checking the trackers…");
    line.show("");
    line.clear();
    expect(written).toEqual([
      "\r\x1b[KReading tracker files: 12 of 40…",
      "\r\x1b[KChecking the trackers…",
      "\r\x1b[K",
    ]);
  });

  it("cuts a line longer than the terminal, so it never wraps onto a second one", () => {
    const { line, written, advance } = terminal(true, 30);
    advance(STATUS_QUIET_MS);
    line.show("Writing /home/pmo/reports/2026-11/pmo-dashboard.xlsx…");
    expect(written).toEqual(["\r\x1b[KWriting /home/pmo/reports/20…"]);
    expect((written[0] ?? "").length - "\r\x1b[K".length).toBe(29);
  });

  it("takes a terminal that says it is 0 columns wide (some pseudo-terminals) as 80 wide", () => {
    const { line, written, advance } = terminal(true, 0);
    advance(STATUS_QUIET_MS);
    const text = `Writing ${"x".repeat(70)}…`;
    line.show(text);
    expect(written).toEqual([`\r\x1b[K${text}`]);
  });
});
