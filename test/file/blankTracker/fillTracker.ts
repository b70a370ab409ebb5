/**
 * Fills a blank tracker the way a PM does in Excel: rows typed under each table's headers, the
 * table (and its filter) extended over them, each new row taking the formats of the row above,
 * dates stored as serials and percents as fractions. Edits the package's XML directly, as Excel
 * would save it, so nothing else in the workbook changes.
 */
import JSZip from "jszip";

type Cell = string | number | { date: string };
export type FillRows = Readonly<Record<string, readonly Readonly<Record<string, Cell>>[]>>;

const d = (iso: string): Cell => ({ date: iso });

/** A small portfolio with every table filled, including formula-looking text. */
export const FILLED_ROWS: FillRows = {
  Projects: [
    {
      "Project ID": "P-1",
      "Project Name": "Payroll upgrade",
      Program: "Finance",
      "Project Manager": "Ana Diaz",
      Phase: "Execution",
      Status: "Green",
      Priority: "High",
      "Strategic Alignment": 4,
      "Start Date": d("2026-01-05"),
      "Baseline Finish": d("2026-09-30"),
      "Forecast Finish": d("2026-10-15"),
      Budget: 250000,
      "Actual Cost": 90000,
      "Planned Value": 100000,
      "Planned % Complete": 0.4,
      "% Complete": 0.35,
      "Last Updated": d("2026-03-20"),
      "Status Comment": "On plan",
      "Decision Needed": "Approve the vendor",
    },
    {
      "Project ID": "P-2",
      "Project Name": '=HYPERLINK("http://x","y")',
      "Project Manager": "Bo Li",
      Phase: "Planning",
      Status: "Amber",
      "Start Date": d("2026-02-01"),
      "Baseline Finish": d("2026-12-31"),
      Budget: 80000,
      "Actual Cost": 5000,
      "% Complete": 0.05,
      "Last Updated": d("2026-03-25"),
    },
  ],
  Milestones: [
    {
      "Project ID": "P-1",
      Milestone: "Design",
      "Baseline Date": d("2026-03-01"),
      "Actual Date": d("2026-03-03"),
      Status: "Complete",
    },
    { "Project ID": "P-2", Milestone: "Kick-off", "Baseline Date": d("2026-04-01"), Status: "Not Started" },
  ],
  Risks: [
    {
      "Risk ID": "R-1",
      "Project ID": "P-1",
      Title: "Vendor late",
      Probability: 3,
      Impact: 4,
      Status: "Open",
      "Due Date": d("2026-04-30"),
    },
  ],
  Resources: [
    { Resource: "Ana Diaz", Role: "PM", "Annual Salary": 90000, FTE: 1, "Weekly Capacity": 40 },
    { Resource: "Bo Li", Role: "PM", "Hourly Rate": 50, FTE: 0.5 },
  ],
  Allocations: [
    {
      Resource: "Ana Diaz",
      "Project ID": "P-1",
      Month: d("2026-03-01"),
      "Planned Hours": 80,
      "Actual Hours": 70,
    },
    {
      Resource: "Bo Li",
      "Project ID": "P-2",
      Month: d("2026-03-01"),
      "Planned Hours": 40,
      "Actual Hours": 30,
    },
  ],
  Dependencies: [
    { "From Project": "P-1", "From Milestone": "Design", "To Project": "P-2", "To Milestone": "Kick-off" },
  ],
  "Salary Benchmarks": [{ Role: "PM", "Market Min": 70000, "Market Max": 110000 }],
  "Rate Card": [{ Role: "PM", "Hourly Rate": 55 }],
};

function serial(iso: string): number {
  const [y, m, day] = iso.split("-").map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, day ?? 1) / 86400000 + 25569;
}

function letters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const parts = new Map<string, string>();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${id}"`).exec(rels);
    const path = target?.[1] ?? target?.[2];
    if (name !== undefined && path !== undefined)
      parts.set(name.replace(/&amp;/g, "&"), `xl/${path.replace(/^\/?xl\//, "")}`);
  }
  return parts;
}

/** Shared strings in order, to read the header row. */
async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1] ?? "").join(""),
  );
}

function cellXml(ref: string, style: string, value: Cell): string {
  const s = style === "" ? "" : ` s="${style}"`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "object") return `<c r="${ref}"${s}><v>${serial(value.date)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
}

/** Returns the filled workbook; throws when a row names a header the sheet does not have. */
export async function fillTracker(blank: Buffer, rows: FillRows = FILLED_ROWS): Promise<Buffer> {
  const zip = await JSZip.loadAsync(blank);
  const parts = await sheetParts(zip);
  const strings = await sharedStrings(zip);
  for (const [sheet, data] of Object.entries(rows)) {
    const part = parts.get(sheet);
    if (part === undefined || data.length === 0) continue;
    let xml = (await zip.file(part)?.async("string")) ?? "";
    const headerRow = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)?.[1] ?? "";
    const headers = [...headerRow.matchAll(/<c r="[A-Z]+1"[^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g)].map(
      (m) => strings[Number(m[1])] ?? "",
    );
    const styles = [
      ...(/<row r="2"[^>]*>([\s\S]*?)<\/row>/.exec(xml)?.[1] ?? "").matchAll(
        /<c r="[A-Z]+2"(?: s="(\d+)")?/g,
      ),
    ].map((m) => m[1] ?? "");
    const rowsXml = data
      .map((row, i) => {
        const r = i + 2;
        for (const key of Object.keys(row)) {
          if (!headers.includes(key))
            throw new Error(`${sheet} has no header "${key}" (headers: ${headers.join(", ")})`);
        }
        const cells = headers.map((h, c) => {
          const value = row[h];
          const ref = `${letters(c + 1)}${r}`;
          return value === undefined
            ? `<c r="${ref}" s="${styles[c] ?? ""}"/>`
            : cellXml(ref, styles[c] ?? "", value);
        });
        return `<row r="${r}">${cells.join("")}</row>`;
      })
      .join("");
    xml = xml.replace(/<row r="2"[^>]*>[\s\S]*?<\/row>|<row r="2"[^>]*\/>/, rowsXml);
    zip.file(part, xml);
    const last = `${letters(headers.length)}${data.length + 1}`;
    const relsPath = part.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
    const rels = (await zip.file(relsPath)?.async("string")) ?? "";
    const tableTarget = /Target="(?:\.\.\/tables\/|\/xl\/tables\/)(table\d+\.xml)"/.exec(rels)?.[1];
    if (tableTarget === undefined) throw new Error(`${sheet} has no table`);
    const tablePath = `xl/tables/${tableTarget}`;
    const table = ((await zip.file(tablePath)?.async("string")) ?? "").replace(
      / ref="A1:[A-Z]+\d+"/g,
      ` ref="A1:${last}"`,
    );
    zip.file(tablePath, table);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
