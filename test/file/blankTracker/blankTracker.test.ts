/**
 * The blank tracker end to end, as a PM meets it: `pmo-pulse template` writes it, rows are typed
 * under the headers (the tables extended as Excel does), and the CLI validates it with no finding —
 * also after LibreOffice opens and saves it. Every data validation and input message reads back in
 * openpyxl, and every part passes the ECMA-376 schema check. Outside tools skip visibly.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { promisify } from "util";
import { buildBlankTrackerPlan } from "../../../src/core/plan/blankTracker/buildBlankTrackerPlan";
import type { DataValidationPlan } from "../../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { runCliAt } from "../../support/cliHarness";
import { validateXlsx, validatorMissing } from "../../support/ooxmlValidator";
import { haveOpenpyxl, OPENPYXL_MISSING, PYTHON } from "../../support/openpyxl";
import { fillTracker } from "./fillTracker";

const run = promisify(execFile);
const NOW = new Date("2026-03-31T09:00:00Z");
const onPath = (command: string): boolean =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && existsSync(join(dir, command)));
const haveValidator = validatorMissing === null;
const haveSoffice = onPath("soffice");

interface ReadValidation {
  type: string | null;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  sqref: string;
  promptTitle: string | null;
  prompt: string | null;
  errorTitle: string | null;
  error: string | null;
  showInputMessage: boolean;
  showErrorMessage: boolean;
}

async function readValidations(path: string): Promise<Record<string, ReadValidation[]>> {
  const { stdout } = await run(PYTHON, [join(__dirname, "readValidations.py"), path], { timeout: 60000 });
  return JSON.parse(stdout) as Record<string, ReadValidation[]>;
}

async function validateCli(path: string): Promise<{ code: number; out: string }> {
  return runCliAt(["validate", path, "--as-of", "2026-03-31"], NOW);
}

/** What the plan asked for, in the shape openpyxl reports. */
function expected(plan: DataValidationPlan): Partial<ReadValidation> {
  const rule = plan.rule;
  const formulas =
    rule.kind === "any"
      ? [null, null]
      : rule.kind === "list"
        ? [rule.source ?? `"${rule.values.join(",")}"`, null]
        : rule.min !== undefined && rule.max !== undefined
          ? [String(rule.min), String(rule.max)]
          : [String(rule.min ?? rule.max), null];
  return {
    type: rule.kind === "any" ? null : rule.kind,
    formula1: formulas[0] ?? null,
    formula2: formulas[1] ?? null,
    sqref: plan.range,
    promptTitle: plan.prompt?.title ?? null,
    prompt: plan.prompt?.message ?? null,
    error: plan.error?.message ?? null,
  };
}

describe("pmo-pulse template: a blank tracker a PM fills in", () => {
  let dir: string;
  let blank: string;
  let filled: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "blank-tracker-"));
    blank = join(dir, "blank.xlsx");
    filled = join(dir, "filled.xlsx");
    const made = await runCliAt(["template", "--out", blank], NOW);
    expect(made).toMatchObject({ code: 0, err: "" });
    writeFileSync(filled, await fillTracker(readFileSync(blank)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("validates blank and filled in with no finding", async () => {
    const empty = await validateCli(blank);
    expect(empty.out).toContain("0 errors, 0 warnings, 0 notes");
    const result = await validateCli(filled);
    expect(result.out).toContain("0 errors, 0 warnings, 0 notes in 1 file");
    expect(result.code).toBe(0);
  });

  it("keeps formula-looking text typed in a text column as text", async () => {
    const result = await runCliAt(
      ["validate", filled, "--as-of", "2026-03-31", "--json", join(dir, "k.json")],
      NOW,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "k.json"), "utf8")).toContain('=HYPERLINK(\\"http://x\\",\\"y\\")');
  });

  (haveOpenpyxl ? it : it.skip)(
    `reads back every data validation and input message in openpyxl${haveOpenpyxl ? "" : OPENPYXL_MISSING}`,
    async () => {
      const built = buildBlankTrackerPlan(STANDARD_TEMPLATE);
      if ("errors" in built) throw new Error(built.errors.join("; "));
      const read = await readValidations(blank);
      for (const sheet of built.plan.sheets) {
        const wanted = sheet.dataValidations ?? [];
        expect({ sheet: sheet.name, read: read[sheet.name] }).toEqual({
          sheet: sheet.name,
          read: wanted.map((v) => expect.objectContaining(expected(v)) as unknown),
        });
      }
      const projects = read["Projects"] ?? [];
      expect(projects.find((v) => v.promptTitle === "Status")).toMatchObject({
        type: "list",
        formula1: '"Green,Amber,Red"',
        error: "Pick one of: Green, Amber, Red.",
        showErrorMessage: true,
        showInputMessage: true,
      });
    },
  );

  (haveSoffice ? it : it.skip)(
    `validates with no finding after a LibreOffice open-and-save, validation intact${haveSoffice ? "" : " — SKIPPED: soffice not installed"}`,
    async () => {
      const outDir = join(dir, "lo");
      const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
      try {
        await run(
          "soffice",
          [
            `-env:UserInstallation=file://${profile}`,
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            outDir,
            filled,
          ],
          { timeout: 180000 },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const saved = join(outDir, "filled.xlsx");
      const result = await validateCli(saved);
      expect(result.out).toContain("0 errors, 0 warnings, 0 notes in 1 file");
      if (haveOpenpyxl) {
        const read = await readValidations(saved);
        const status = (read["Projects"] ?? []).find((v) => v.promptTitle === "Status");
        expect(status).toMatchObject({ type: "list", formula1: '"Green,Amber,Red"', showErrorMessage: true });
        expect(Object.values(read).flat().length).toBe(
          Object.values(await readValidations(blank)).flat().length,
        );
      }
    },
    240000,
  );

  (haveValidator ? it : it.skip)(
    `passes validate-xlsx.sh -a${haveValidator ? "" : ` — SKIPPED: ${validatorMissing}`}`,
    async () => {
      for (const path of [blank, join(dir, "one.xlsx")]) {
        if (path !== blank) await runCliAt(["template", "--out", path, "--project", "P-9"], NOW);
        const { code, output } = await validateXlsx(path);
        expect(output).toMatch(/(\d+)\/\1 parts valid/);
        expect(code).toBe(0);
      }
    },
    120000,
  );
});
