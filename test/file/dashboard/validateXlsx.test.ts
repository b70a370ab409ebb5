/**
 * Runs the shared ECMA-376 XSD check (../shared/tools/ooxml-check) on a written workbook that uses
 * every chart type and plan feature. Skipped, visibly, when the script or xmllint is missing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { writeDashboardXlsx } from "../../../src/file/dashboard/writeDashboardXlsx";
import { demoPlan } from "../../support/demoPlan";
import { validateXlsx as validate, validatorMissing } from "../../support/ooxmlValidator";
import { samplePlan } from "./samplePlan";

const haveValidator = validatorMissing === null;

const title = haveValidator
  ? "validate-xlsx.sh -a (ECMA-376 transitional XSDs)"
  : `validate-xlsx.sh -a — SKIPPED: ${validatorMissing}`;

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
