/**
 * End to end: the real task pane bundle in headless Chromium, with the Excel test double holding
 * the example tracker (harness/run.js). Validates, highlights, builds and checks what the pane shows
 * and what the workbook received, at 320 and 450 px wide. Skipped when /usr/bin/chromium is missing.
 */
import type { ChildProcess } from "child_process";
import { spawn } from "child_process";
import { existsSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { analyseWorkbooks } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../src/core/plan/sheetNames";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { countBySeverity } from "../../src/taskpane/state";
import { defaultAsOf } from "../../src/workflow/runDates";
import { exampleRawWorkbook } from "../taskpane/support/exampleTracker";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const ROOT = path.resolve(__dirname, "../..");
/** Screenshots go to a temp folder; `SCREENSHOT_DIR=docs/images npm run test:e2e` refreshes the docs' ones. */
const IMAGES = process.env["SCREENSHOT_DIR"]
  ? path.resolve(ROOT, process.env["SCREENSHOT_DIR"])
  : path.join(os.tmpdir(), "pmo-pulse-screenshots");
const available = existsSync(CHROMIUM);

/** What the engine finds in the harness's workbook, computed here independently of the browser. */
function expectedCounts() {
  const asOf = defaultAsOf(new Date());
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf, withErrors: true });
  const raw = exampleRawWorkbook(spec, "Example PMO Tracker.xlsx");
  const { portfolio } = analyseWorkbooks([raw], {
    template: STANDARD_TEMPLATE,
    settings: { ...DEFAULT_SETTINGS, asOf },
  });
  return { total: portfolio.findings.length, ...countBySeverity(portfolio.findings) };
}

function startHarness(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "harness", "run.js"), "--port", "0"], {
      cwd: ROOT,
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 150_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /HARNESS_URL (\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${String(code)}:\n${output}`));
    });
  });
}

async function openPane(
  browser: Browser,
  url: string,
  width: number,
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  // Nothing may leave the machine: requests to anywhere but the harness are refused.
  const origin = new URL(url).origin;
  await page.route(
    (target) => target.origin !== origin && target.protocol !== "data:",
    (route) => route.abort(),
  );
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole("heading", { name: "PMO Pulse" }).waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  return { page, requests };
}

/** Polls `read` until it returns `want` (the pane updates the workbook asynchronously). */
async function eventually<T>(
  read: () => Promise<T>,
  want: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!want(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function validate(page: Page): Promise<string> {
  await page.getByRole("tab", { name: "Validate" }).click();
  await page.getByRole("button", { name: "Validate workbook" }).click();
  const summary = page.getByRole("heading", { level: 2, name: /findings:/ });
  await summary.waitFor({ timeout: 30_000 });
  return summary.innerText();
}

async function build(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Build" }).click();
  await page.getByRole("button", { name: "Build dashboard" }).click();
  await page.getByText("Dashboard written").waitFor({ timeout: 30_000 });
}

const suiteTitle = available
  ? "task pane in Chromium with the Excel test double"
  : `task pane in Chromium (SKIPPED: ${CHROMIUM} is missing; apt-get install -y chromium)`;

(available ? describe : describe.skip)(suiteTitle, () => {
  let harness: { child: ChildProcess; url: string } | undefined;
  let browser: Browser | undefined;
  const expected = expectedCounts();

  beforeAll(async () => {
    harness = await startHarness();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    harness?.child.kill();
  });

  it("validates, selects, highlights and clears, builds and links the sheets at 450 px", async () => {
    if (!browser || !harness) throw new Error("harness not started");
    const { page, requests } = await openPane(browser, harness.url, 450);

    // Keyboard only: arrow to the Validate tab, Enter selects it, Tab reaches its button, Enter runs it.
    await page.getByRole("tab", { name: "Home" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-validate");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Validate" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Validate workbook");
    await page.keyboard.press("Enter");
    const summaryHeading = page.getByRole("heading", { level: 2, name: /findings:/ });
    await summaryHeading.waitFor({ timeout: 30_000 });
    const summary = await summaryHeading.innerText();
    expect(expected.error).toBeGreaterThan(0);
    expect(summary).toBe(
      `${expected.total} findings: ${expected.error} errors, ${expected.warning} warnings, ${expected.info} info`,
    );
    mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, "taskpane-validate.png"), fullPage: false });

    // A finding's address selects its cell in the workbook.
    const firstLink = page.getByRole("button", { name: /^Select .+ in Excel$/ }).first();
    const address = (await firstLink.innerText()).trim();
    await firstLink.click();
    const cell = address.split("!")[1] ?? "?";
    const selected = await eventually(
      () => page.evaluate(() => window.pmoHarness?.selection() ?? null),
      (v) => v?.endsWith(`!${cell}`) === true,
    );
    expect(selected).toMatch(new RegExp(`!${cell}$`));

    // Highlight adds conditional formats to the trackers; clearing removes every one of them.
    const sheet = address.split("!")[0] ?? "";
    const before = await page.evaluate((s) => window.pmoHarness?.conditionalFormats(s), sheet);
    await page.getByRole("button", { name: "Highlight cells" }).click();
    await page.getByText(/^Highlighted \d+ cells/).waitFor();
    const during = await page.evaluate((s) => window.pmoHarness?.conditionalFormats(s), sheet);
    expect(during).toBeGreaterThan(before ?? 0);
    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByText(/^Cleared \d+ highlights/).waitFor();
    expect(await page.evaluate((s) => window.pmoHarness?.conditionalFormats(s), sheet)).toBe(before);

    await build(page);
    const progress = page.getByRole("progressbar");
    expect(await progress.getAttribute("aria-valuenow")).toBe("4");
    expect(await progress.getAttribute("aria-valuemax")).toBe("4");
    const links = page.getByRole("list", { name: "Generated sheets" }).getByRole("button");
    expect(await links.allInnerTexts()).toEqual([...OWNED_SHEET_NAMES]);
    const sheets = await page.evaluate(() => window.pmoHarness?.sheetNames() ?? []);
    expect(sheets).toEqual(expect.arrayContaining([...OWNED_SHEET_NAMES, "Projects"]));
    expect(
      await page.evaluate((s) => window.pmoHarness?.cellCount(s), SHEET_NAMES.dashboard),
    ).toBeGreaterThan(20);
    await page.waitForTimeout(600); // the progress bar's width animates to full
    await page.screenshot({ path: path.join(IMAGES, "taskpane-build.png"), fullPage: false });

    await links.filter({ hasText: SHEET_NAMES.risks }).click();
    const active = await eventually(
      () => page.evaluate(() => window.pmoHarness?.activeSheet() ?? null),
      (v) => v === SHEET_NAMES.risks,
    );
    expect(active).toBe(SHEET_NAMES.risks);

    // The pane asks for nothing but the harness's own files; office.js itself may try its telemetry
    // frame when it runs outside Office (refused above).
    const origin = new URL(harness.url).origin;
    const outside = requests.filter((r) => !r.startsWith(origin) && !r.startsWith("data:"));
    expect(outside.filter((r) => !/\/telemetryservice\//.test(r))).toEqual([]);
    await page.close();
  }, 120_000);

  it("fixes the structure after showing what it adds, and edits the template as a list, at 320 px", async () => {
    if (!browser || !harness) throw new Error("harness not started");
    const { page } = await openPane(browser, harness.url, 320);
    const before = await page.evaluate(() => window.pmoHarness?.dataValidations("Projects") ?? -1);
    expect(before).toBe(0);
    await page.getByRole("button", { name: "Fix structure…" }).click();
    const preview = page.getByRole("region", { name: "What Fix structure adds" });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.innerText()).toContain("Projects: data validation on");
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(IMAGES, "taskpane-fix-structure.png"), fullPage: false });
    await page.getByRole("button", { name: "Add these" }).click();
    await page.getByText("Structure fixed").waitFor({ timeout: 30_000 });
    const after = await eventually(
      () => page.evaluate(() => window.pmoHarness?.dataValidations("Projects") ?? -1),
      (v) => v > 0,
    );
    expect(after).toBeGreaterThan(10);
    expect(await page.getByRole("button", { name: "New tracker" }).isVisible()).toBe(true);
    expect(await scrollWidth(page)).toBe(320);

    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Edit a copy of the standard template" }).click();
    await page.getByRole("button", { name: /^Show the \d+ columns of Projects$/ }).click();
    const status = page.getByRole("group", { name: "Column Projects Status", exact: true });
    await status.getByLabel("Projects Status: type").selectOption("text");
    await page.getByText(/cannot be used for the standard column projects\.status/).waitFor();
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(IMAGES, "taskpane-template-editor.png"), fullPage: false });
    expect(await scrollWidth(page)).toBe(320);
    await page.close();
  }, 120_000);

  it("fits 320 px without horizontal scrolling on every view", async () => {
    if (!browser || !harness) throw new Error("harness not started");
    const { page } = await openPane(browser, harness.url, 320);
    const widths: Record<string, number> = {};
    widths.home = await scrollWidth(page);
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByRole("list", { name: "Tracker tables" }).waitFor();
    widths.homeChecked = await scrollWidth(page);
    await validate(page);
    widths.validate = await scrollWidth(page);
    await build(page);
    widths.build = await scrollWidth(page);
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Save settings" }).waitFor();
    widths.settings = await scrollWidth(page);
    expect(widths).toEqual({ home: 320, homeChecked: 320, validate: 320, build: 320, settings: 320 });
    await page.close();
  }, 120_000);
});
