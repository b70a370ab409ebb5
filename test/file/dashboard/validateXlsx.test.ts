/**
 * Runs the shared ECMA-376 XSD check (../shared/tools/ooxml-check) on a written workbook that uses
 * every chart type and plan feature. Skipped, visibly, when the script or xmllint is missing.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { delimiter, join, resolve } from "path";
import { promisify } from "util";
import { writeDashboardXlsx } from "../../../src/file/dashboard/writeDashboardXlsx";
import { demoPlan } from "../../support/demoPlan";
import { samplePlan } from "./samplePlan";

const run = promisify(execFile);

const validator =
  process.env.OOXML_VALIDATOR ?? resolve(__dirname, "../../../../shared/tools/ooxml-check/validate-xlsx.sh");
const haveXmllint = (process.env.PATH ?? "")
  .split(delimiter)
  .some((dir) => dir !== "" && existsSync(join(dir, "xmllint")));
const haveValidator = existsSync(validator) && haveXmllint;

async function validate(path: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run("bash", [validator, "-a", path], { timeout: 60000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const title = haveValidator
  ? "validate-xlsx.sh -a (ECMA-376 transitional XSDs)"
  : `validate-xlsx.sh -a — SKIPPED: ${existsSync(validator) ? "xmllint not installed (apt-get install libxml2-utils)" : `no validator at ${validator}`}`;

describe(title, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dashboard-xsd-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  (haveValidator ? it : it.skip)(
    "passes every part of a workbook with all chart types and plan features",
    async () => {
      const path = join(dir, "sample.xlsx");
      writeFileSync(
        path,
        await writeDashboardXlsx(samplePlan, { timestamp: new Date("2025-01-31T00:00:00Z") }),
      );
      const { code, output } = await validate(path);
      expect(output).toContain("25/25 parts valid");
      expect(output).not.toContain("FAIL");
      expect(code).toBe(0);
    },
  );

  (haveValidator ? it : it.skip)(
    "passes every part of the two-month demo dashboard (trend charts, PMO History, PMO Follow-up)",
    async () => {
      const plan = await demoPlan();
      expect(plan.sheets[0]?.charts.map((c) => c.type)).toEqual(
        expect.arrayContaining(["line", "columnStacked"]),
      );
      const path = join(dir, "demo.xlsx");
      writeFileSync(path, await writeDashboardXlsx(plan, { timestamp: new Date("2025-01-31T00:00:00Z") }));
      const { code, output } = await validate(path);
      expect(output).not.toContain("FAIL");
      expect(code).toBe(0);
    },
    120000,
  );

  (haveValidator ? it : it.skip)("fails a chart whose elements are out of schema order", async () => {
    const zip = await JSZip.loadAsync(await writeDashboardXlsx(samplePlan, { timestamp: new Date(0) }));
    const chart = await zip.file("xl/charts/chart2.xml")!.async("string");
    const legend = /<c:legend>.*?<\/c:legend>/.exec(chart)?.[0] ?? "";
    zip.file(
      "xl/charts/chart2.xml",
      chart.replace(legend, "").replace("<c:plotArea>", `${legend}<c:plotArea>`),
    );
    const path = join(dir, "broken.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const { code, output } = await validate(path);
    expect(code).toBe(1);
    expect(output).toContain("FAIL xl/charts/chart2.xml [chart]");
  });
});
