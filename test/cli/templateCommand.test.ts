/** `pmo-pulse template`: the JSON export reads back as the standard template; bad input is one line with exit 2. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseTemplate } from "../../src/core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { readXlsxBuffer } from "../../src/file/readXlsx";
import { runCliAt } from "../support/cliHarness";
import { rowOf } from "../support/rawGrid";

const NOW = new Date("2026-03-31T09:00:00Z");

describe("pmo-pulse template", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "template-cli-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exports the standard template as JSON that --template reads back unchanged", async () => {
    const out = join(dir, "standard.json");
    const run = await runCliAt(["template", "--json", "--out", out], NOW);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(parseTemplate(readFileSync(out, "utf8"), "standard.json")).toEqual({
      template: STANDARD_TEMPLATE,
    });
  });

  it("makes a tracker from a custom template, with the project filled in", async () => {
    const custom = JSON.parse(
      readFileSync(join(__dirname, "../../docs/custom-template.example.json"), "utf8"),
    ) as {
      tables: { name: string; columns: { header: string }[] }[];
    };
    const path = join(dir, "custom.json");
    writeFileSync(path, JSON.stringify(custom));
    const out = join(dir, "custom.xlsx");
    const run = await runCliAt(["template", "--template", path, "--out", out, "--project", "ACME-1"], NOW);
    expect(run).toMatchObject({ code: 0, err: "" });
    const raw = await readXlsxBuffer(readFileSync(out), "custom.xlsx");
    expect(raw.sheets.map((s) => s.name)).toEqual(["Instructions", ...custom.tables.map((t) => t.name)]);
    const projects = raw.sheets[1];
    expect(rowOf(projects, 0)).toEqual(custom.tables[0]?.columns.map((c) => c.header));
    expect(rowOf(projects, 1)[0]).toBe("ACME-1");
  });

  it.each([
    [
      ["template", "--out", "x.xlsx", "--template", "missing.json"],
      /^pmo-pulse: --template missing\.json: file not found\n$/,
    ],
    [["template", "--out", "x.csv"], /^pmo-pulse: --out x\.csv: the tracker is an \.xlsx file\n$/],
    [
      ["template", "--json", "--out", "x.xlsx"],
      /^pmo-pulse: --out x\.xlsx: the template JSON is a \.json file\n$/,
    ],
    [["template"], /^pmo-pulse: template needs --out FILE\.xlsx\n$/],
  ])("%j exits 2 with one line", async (argv, message) => {
    const run = await runCliAt(argv, NOW);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  it("exits 2 with one line when the tracker cannot be written", async () => {
    const file = join(dir, "a-file.txt");
    writeFileSync(file, "x");
    const run = await runCliAt(["template", "--out", join(file, "t.xlsx")], NOW);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^pmo-pulse: --out .*a-file\.txt\/t\.xlsx: cannot write \([A-Z]+\)\n$/);
  });

  it("reports every problem of a malformed template on one line", async () => {
    const path = join(dir, "bad.json");
    writeFileSync(
      path,
      JSON.stringify({
        name: "Bad",
        version: "1",
        tables: [{ key: "projects", name: "P", columns: [{ key: "x", header: "X", type: "datetime" }] }],
      }),
    );
    const run = await runCliAt(["template", "--template", path, "--out", join(dir, "bad.xlsx")], NOW);
    expect(run.code).toBe(2);
    expect(run.err.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(run.err).toMatch(
      /^pmo-pulse: invalid template \(\d+ problems\): .*bad\.json: tables\[0\]\.columns\[0\]\.type: "datetime" is not a column type/,
    );
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    const again = await runCliAt(["template", "--template", broken, "--out", join(dir, "b.xlsx")], NOW);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^pmo-pulse: --template .*broken\.json: not valid JSON \(.*\)\n$/);
  });
});
