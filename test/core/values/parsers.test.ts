import { dayFromYmd, monthFromYm } from "../../../src/core/model/calendar";
import { stripCurrency } from "../../../src/core/values/currencyText";
import { scaleOf } from "../../../src/core/values/parseScale";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { parseColumn } from "../support/columnHarness";

describe("text and id", () => {
  it("reads text trimmed and other values as Excel shows them", () => {
    expect(parseColumn({ type: "text" }, ["  Apollo  ", 42, true]).values).toEqual(["Apollo", "42", "TRUE"]);
  });

  it("reads identifiers as text without thousands separators", () => {
    const { values, issues } = parseColumn({ type: "id" }, [1001, "1,001", "P-1,001", " P7 ", 1001.5]);
    expect(values).toEqual(["1001", "1001", "P-1,001", "P7", "1001.5"]);
    expect(issues).toEqual([]);
  });
});

describe("integer and number", () => {
  it("accepts numbers and numeric text; thousands separators are noted", () => {
    const { values, issues } = parseColumn({ type: "number", header: "Planned Hours" }, [80, "120", "1,200"]);
    expect(values).toEqual([80, 120, 1200]);
    expect(issues.map((i) => [i.index, i.severity, i.rule])).toEqual([[2, "note", "thousands-separator"]]);
    expect(issues[0]?.message).toBe(
      "Planned Hours has 1 number stored as text with thousands separators (A4); it was read as a number. Format the cells as numbers.",
    );
  });

  it("reads hours written with their unit in a column of hours, with one note", () => {
    const { values, issues } = parseColumn({ type: "number", header: "Planned Hours" }, [
      "40h",
      "40 hrs",
      "7.5 Hours",
      "1,200 hr",
      "40 days",
      `1${" ".repeat(100)}h`,
    ]);
    expect(values).toEqual([40, 40, 7.5, 1200, null, null]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:hours-unit",
      "1:hours-unit",
      "2:hours-unit",
      "3:hours-unit",
      "3:thousands-separator",
      "4:invalid-number",
      "5:invalid-number",
    ]);
    expect(issues[0]?.message).toBe(
      "Planned Hours has 1 number written with an hours unit (A2); it was read as hours. Enter plain numbers.",
    );
    // A column that does not count hours keeps `40h` an error; so does a header written as hours.
    expect(parseColumn({ type: "number", header: "Team Size" }, ["40h"]).values).toEqual([null]);
    expect(parseColumn({ type: "number", header: "Capacity (hrs/week)" }, ["37.5h"]).values).toEqual([37.5]);
    // A column of hours by its alias: Weekly Capacity is `Hours per Week`.
    expect(
      parseColumn({ type: "number", header: "Weekly Capacity", aliases: ["Capacity", "Hours per Week"] }, [
        "37.5h",
      ]).values,
    ).toEqual([37.5]);
  });

  it("rejects text and fractions in an integer column with a message naming the value", () => {
    const { values, issues } = parseColumn(
      { type: "integer", header: "Strategic Alignment", min: 1, max: 5 },
      ["lots", 2.5, 3],
    );
    expect(values).toEqual([null, null, 3]);
    expect(issues.map((i) => [i.index, i.rule, i.message])).toEqual([
      [0, "invalid-number", 'Strategic Alignment "lots" is not a number; enter a whole number from 1 to 5.'],
      [1, "invalid-integer", "Strategic Alignment 2.5 is not a whole number; enter a whole number."],
    ]);
  });
});

describe("currency", () => {
  it("strips a currency symbol or code with a note (another currency than the report's: its own)", () => {
    const { values, issues } = parseColumn({ type: "currency", header: "Budget" }, [
      125000,
      "$1,200",
      "USD 1,200",
      "1200 €",
      "-$5",
      "£3.50",
      "1,200",
    ]);
    expect(values).toEqual([125000, 1200, 1200, 1200, -5, 3.5, 1200]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "1:currency-symbol",
      "2:currency-symbol",
      "3:currency-differs",
      "4:currency-symbol",
      "5:currency-differs",
      "6:thousands-separator",
    ]);
  });

  it("reads a column of amounts written with a decimal comma the continental way, with one warning", () => {
    const { values, issues, notices } = parseColumn({ type: "currency", header: "Budget (k€)" }, [
      1200,
      "1.200",
      "980,0",
      "1.234.567,89 €",
      "1 200,50",
      "12,5",
    ]);
    expect(values).toEqual([1_200_000, 1_200_000, 980_000, 1_234_567_890, 1_200_500, 12_500]);
    expect(notices).toEqual([
      {
        severity: "warning",
        rule: "decimal-comma",
        index: 2,
        message:
          'Budget (k€) "980,0" is written with a decimal comma, so every amount stored as text in this column was ' +
          "read so (1.234,56 as 1,234.56; 1.200 as 1,200). Enter plain numbers formatted as currency to avoid any doubt.",
      },
    ]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual(["3:currency-symbol"]);
  });

  it("keeps the decimal point when any text amount is written so, and warns of a point before three digits", () => {
    const point = parseColumn({ type: "currency", header: "Actual Cost" }, [
      "65.958",
      "1,250.50",
      "980,0",
      "€91.637",
    ]);
    // 980,0 cannot be read with a decimal point: read with its comma on its own, said.
    expect(point.values).toEqual([65.958, 1250.5, 980, 91.637]);
    expect(point.notices).toEqual([]);
    expect(point.issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:ambiguous-decimal",
      "1:thousands-separator",
      "2:decimal-comma",
      "3:ambiguous-decimal",
      "3:currency-differs",
    ]);
    expect(point.issues[0]?.message).toContain("stored as text with three digits after a point");
    // A comma before three digits, a trailing point: one continental amount does not switch them
    // (it is read as only a continental amount can be).
    const mixed = parseColumn({ type: "currency", header: "Actual Cost" }, [
      "1.234.567,89",
      "270,171",
      "USD 50,000",
      "1002713.",
    ]);
    expect(mixed.values).toEqual([1234567.89, 270171, 50000, 1002713]);
    expect(mixed.notices).toEqual([]);
  });

  it("tells numbers formatted in another currency than the column's, as text marked so is told", () => {
    const { values, issues } = parseColumn(
      { type: "currency", header: "Budget ($)" },
      [100, 200, 300, 400, 500, 600],
      {
        formats: [
          "[$€-2] #,##0",
          "#,##0 [$€-x-euro2]",
          '"£"#,##0.00',
          '#,##0 "EUR"',
          "$#,##0",
          "[$$-409]#,##0;[Red]-#,##0",
        ],
      },
    );
    expect(values).toEqual([100, 200, 300, 400, 500, 600]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:currency-differs",
      "1:currency-differs",
      "2:currency-differs",
      "3:currency-differs",
    ]);
    expect(issues[0]?.message).toBe(
      "Budget ($) has 1 amount marked in another currency than dollars (A2); it was read as dollars, unconverted. " +
        "Convert it to dollars.",
    );
    // The report's own currency, a plain number format, a date or a percent: nothing to say.
    expect(
      parseColumn({ type: "currency", header: "Budget" }, [1, 2, 3], {
        formats: ['"€"#,##0', "#,##0.00", "0%"],
        currency: "EUR",
      }).issues,
    ).toEqual([]);
  });

  it("reads a header in thousands or millions as full amounts, rounded to the cent", () => {
    const k = parseColumn({ type: "currency", header: "Budget ($K)" }, [1200, "1,250.5", "$3", 0.0011, -2]);
    expect(k.values).toEqual([1_200_000, 1_250_500, 3000, 1.1, -2000]);
    expect(k.issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "1:thousands-separator",
      "2:currency-symbol",
    ]);
    expect(parseColumn({ type: "currency", header: "Actual Cost (€m)" }, [1.15, "2.5"]).values).toEqual([
      1_150_000, 2_500_000,
    ]);
    expect(parseColumn({ type: "currency", header: "Budget (USD)" }, [1200]).values).toEqual([1200]);
    expect(parseColumn({ type: "currency", header: "Budget" }, [1.15]).values).toEqual([1.15]);
  });

  it("rejects text that is not an amount", () => {
    const { values, issues } = parseColumn({ type: "currency", header: "Budget" }, ["soon", "USD", true]);
    expect(values).toEqual([null, null, null]);
    expect(issues.map((i) => i.rule)).toEqual(["invalid-number", "invalid-number", "invalid-number"]);
    expect(issues[0]?.message).toBe('Budget "soon" is not an amount; enter a number such as 125000.');
  });

  it("reads out an abbreviated figure in full, but never guesses it into the figures; tells how to fix a placeholder", () => {
    const budget = parseColumn({ type: "currency", header: "Budget", required: true }, [
      "$1.2M",
      "250k",
      "USD 3bn",
      "1,5m",
      "TBD",
      "-",
    ]);
    expect(budget.values).toEqual([null, null, null, null, null, null]);
    expect(budget.issues.map((i) => i.message)).toEqual([
      'Budget "$1.2M" is abbreviated; enter the full amount (1,200,000 if M means million).',
      'Budget "250k" is abbreviated; enter the full amount (250,000 if K means thousand).',
      'Budget "USD 3bn" is abbreviated; enter the full amount (3,000,000,000 if BN means billion).',
      // A decimal comma is not read (1,5 is no thousands grouping), so nothing is offered.
      'Budget "1,5m" is not an amount; enter a number such as 125000.',
      'Budget "TBD" is a placeholder, not an amount; enter the amount (the column is required, so a blank cell is reported too).',
      'Budget "-" is a placeholder, not an amount; enter the amount (the column is required, so a blank cell is reported too).',
    ]);
    const hours = parseColumn({ type: "number", header: "Actual Hours" }, ["n/a", "1.5k"]);
    expect(hours.issues.map((i) => i.message)).toEqual([
      'Actual Hours "n/a" is a placeholder, not a number; enter the number, or leave the cell blank until it is known.',
      'Actual Hours "1.5k" is abbreviated; enter the full number (1,500 if K means thousand).',
    ]);
  });

  it("strips a sign or 3-letter code at either end, keeping the minus sign", () => {
    expect(stripCurrency("$-1,200")).toBe("-1,200");
    expect(stripCurrency("EUR1200")).toBe("1200");
    expect(stripCurrency("Budget")).toBe("Budget");
    expect(stripCurrency("1200")).toBe("1200");
  });
});

describe("percent and fraction", () => {
  it("reads 45% text, %-formatted cells and a 0–1 column as fractions", () => {
    const { values, issues, notices } = parseColumn({ type: "percent" }, ["45%", 0.45, 0.3, "12.5 %", 1], {
      formats: [null, "0%", null, null, null],
    });
    expect(values).toEqual([0.45, 0.45, 0.3, 0.125, 1]);
    expect(issues).toEqual([]);
    expect(notices).toEqual([]);
  });

  it("reads a column whose numbers exceed 1 on the 0–100 scale, %-formatted cells excepted", () => {
    const { values, notices } = parseColumn({ type: "percent" }, [45, "60", 100, 0.5, "20%"], {
      formats: [null, null, null, "0%", null],
    });
    expect(values).toEqual([0.45, 0.6, 1, 0.5, 0.2]);
    expect(notices).toEqual([]);
  });

  it("warns once for a column mixing the two scales, naming both cells", () => {
    const { values, notices } = parseColumn({ type: "percent", header: "% Complete" }, [45, 0.5, 0.25, 80]);
    expect(values).toEqual([0.45, 0.005, 0.0025, 0.8]);
    expect(notices).toEqual([
      {
        severity: "warning",
        rule: "percent-mixed-scale",
        index: 1,
        message:
          "% Complete mixes the 0–1 and 0–100 scales (0.5 here, 45 in A2): the column is read on the 0–100 scale, " +
          "so 0.5 means 0.5 %. Enter every value the same way, e.g. 45 or 45 %.",
      },
    ]);
  });

  it("reads a column mostly on the 0–1 scale on it: a number over 1 there is a typo, not the column's scale", () => {
    // FTEs of 1 and one 100: read on 0–100 every 1 was 1 % of a person.
    const fte = parseColumn({ type: "fraction", header: "FTE" }, [1, 1, 0.5, 100, 1]);
    expect(fte.values).toEqual([1, 1, 0.5, 100, 1]);
    expect(fte.notices).toEqual([
      {
        severity: "warning",
        rule: "percent-mixed-scale",
        index: 3,
        message:
          "FTE mixes the 0–1 and 0–100 scales (100 here, 1 in A2): most of the column is on the 0–1 scale, so 100 " +
          "means 10,000 %. Enter every value the same way, e.g. 0.45 or 45 %.",
      },
    ]);
    // Fractions and one 1.05 (105 %): the fractions stay fractions.
    expect(parseColumn({ type: "percent" }, [0.45, 0.3, 1.05, 0.6]).values).toEqual([0.45, 0.3, 1.05, 0.6]);
    // A 1 in a column of whole percents mixes the scales too, and is read on the column's scale.
    const whole = parseColumn({ type: "percent", header: "% Complete" }, [45, 80, 1, 60]);
    expect(whole.values).toEqual([0.45, 0.8, 0.01, 0.6]);
    expect(whole.notices.map((n) => `${n.rule} ${n.index}`)).toEqual(["percent-mixed-scale 2"]);
  });

  it("reads FTE like a percent", () => {
    expect(parseColumn({ type: "fraction" }, [1, 0.5, "80%"]).values).toEqual([1, 0.5, 0.8]);
    expect(parseColumn({ type: "fraction" }, [100, 50]).values).toEqual([1, 0.5]);
  });

  it("rejects what is not a percentage", () => {
    const { values, issues } = parseColumn({ type: "percent", header: "% Complete" }, ["half", "x%"]);
    expect(values).toEqual([null, null]);
    expect(issues.map((i) => i.message)).toEqual([
      '% Complete "half" is not a percentage; enter e.g. 45 % or 0.45.',
      '% Complete "x%" is not a percentage; enter e.g. 45 % or 0.45.',
    ]);
  });
});

describe("scale 1–5", () => {
  it("reads a probability in percent into the scale by bands, with one note per column", () => {
    const { values, issues } = parseColumn({ type: "scale", header: "Probability" }, [
      "70%",
      0.05,
      0.3,
      0.31,
      "90 %",
      3,
      "Likely",
      "140%",
    ]);
    expect(values).toEqual([4, 1, 2, 3, 5, 3, 4, null]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:probability-as-percent",
      "1:probability-as-percent",
      "2:probability-as-percent",
      "3:probability-as-percent",
      "4:probability-as-percent",
      "7:invalid-scale",
    ]);
    expect(issues[0]?.message).toBe(
      "Probability has 1 probability in percent (A2); it was read as 1–5 scores by bands: up to 10 % is 1, up to " +
        "30 % is 2, up to 50 % is 3, up to 70 % is 4, above 70 % is 5. Enter scores (1–5) to choose them yourself.",
    );
    // A number above 5 is a percent; a whole number 1–5 stays a score, under any header; in a
    // %-formatted cell, the fraction.
    expect(parseColumn({ type: "scale", header: "Probability (%)" }, [70, 5, 1, 35]).values).toEqual([
      4, 5, 1, 3,
    ]);
    expect(parseColumn({ type: "scale", header: "Likelihood" }, [0.6], { formats: ["0%"] }).values).toEqual([
      4,
    ]);
    // An impact is no probability: a fraction there stays an error.
    expect(parseColumn({ type: "scale", header: "Impact" }, [0.7]).values).toEqual([null]);
  });

  it("reads integers and the words", () => {
    expect(
      ["Very Low", "low", "Medium", "Med", "HIGH", "very  high", "VL", "L", "M", "H", "VH", 3, "4"].map(
        scaleOf,
      ),
    ).toEqual([1, 2, 3, 3, 4, 5, 1, 2, 3, 4, 5, 3, 4]);
  });

  it("reads the five-point words of ISO 31000-style risk matrices", () => {
    expect(
      ["Rare", "unlikely", "Possible", "LIKELY", "Almost certain", "almost_certain"].map(scaleOf),
    ).toEqual([1, 2, 3, 4, 5, 5]);
    expect(["Insignificant", "Minor", "Moderate", "Major", "Severe", "Catastrophic"].map(scaleOf)).toEqual([
      1, 2, 3, 4, 5, 5,
    ]);
    expect(["4 - Likely", "Major (4)", "2 - Likely", "Certain"].map(scaleOf)).toEqual([4, 4, null, null]);
    expect(
      ["Very unlikely", "Very Likely", "Negligible", "Significant", "Critical", "50%"].map(scaleOf),
    ).toEqual([1, 5, 1, 4, 5, null]);
  });

  it("reads a risk matrix's labelled scores, number and word, when the two agree", () => {
    expect(
      ["3 - Medium", "5: Very High", "4) High", "1 – very low", "High (4)", "Very High [5]", "2. Low"].map(
        scaleOf,
      ),
    ).toEqual([3, 5, 4, 1, 4, 5, 2]);
    expect(["3 - High", "High (5)", "6 - Very High", "4 - Extreme", "(4)", "3 -"].map(scaleOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("tells how to fix a placeholder score or percentage", () => {
    const score = parseColumn({ type: "scale", header: "Impact", required: true }, ["TBD"]);
    expect(score.issues.map((i) => i.message)).toEqual([
      'Impact "TBD" is a placeholder, not a score; enter the score (the column is required, so a blank cell is ' +
        "reported too): 1 to 5 or Very Low, Low, Medium, High, Very High.",
    ]);
    const percent = parseColumn({ type: "percent", header: "Planned % Complete" }, ["n/a"]);
    expect(percent.issues.map((i) => i.message)).toEqual([
      'Planned % Complete "n/a" is a placeholder, not a percentage; enter the percentage, or leave the cell blank ' +
        "until it is known.",
    ]);
  });

  it("rejects other values naming what is accepted", () => {
    const { values, issues } = parseColumn({ type: "scale", header: "Probability" }, [
      7,
      2.5,
      "Extreme",
      0,
      "3 - High",
    ]);
    expect(values).toEqual([null, null, null, null, null]);
    expect(issues.map((i) => i.rule)).toEqual([
      "invalid-scale",
      "invalid-scale",
      "invalid-scale",
      "invalid-scale",
      "invalid-scale",
    ]);
    expect(issues[0]?.message).toBe(
      "Probability 7 is not a 1–5 score; enter 1 to 5 or Very Low, Low, Medium, High, Very High.",
    );
  });
});

describe("enum", () => {
  const status = {
    type: "enum" as const,
    header: "RAG",
    enum: {
      values: ["Green", "Amber", "Red"],
      synonyms: { g: "Green", yellow: "Amber", "on track": "Green" },
    },
  };

  it("reads ServiceNow's numbered priorities with the standard template's Priority", () => {
    const priority = STANDARD_TEMPLATE.tables[0]?.columns.find((c) => c.key === "priority");
    expect(
      parseColumn({ type: "enum", header: "Priority", enum: priority?.enum }, [
        "1 - Critical",
        "2 - High",
        "3 - Moderate",
        "4 - Low",
        "P1",
      ]).values,
    ).toEqual(["Critical", "High", "Medium", "Low", null]);
  });

  it("reads the other tools' priority words at their place on the scale", () => {
    const priority = STANDARD_TEMPLATE.tables[0]?.columns.find((c) => c.key === "priority");
    const words = ["Urgent", "Important", "normal", "Highest", "Lowest"];
    expect(parseColumn({ type: "enum", header: "Priority", enum: priority?.enum }, words).values).toEqual([
      "Critical",
      "High",
      "Medium",
      "Critical",
      "Low",
    ]);
  });

  it("maps values and synonyms case-insensitively to the canonical value", () => {
    expect(parseColumn(status, ["green", "AMBER", "G", "Yellow", "On  Track"]).values).toEqual([
      "Green",
      "Amber",
      "Green",
      "Amber",
      "Green",
    ]);
  });

  it("ignores spaces, hyphens and underscores as sheet names do (On-Track, on_track, OnTrack)", () => {
    expect(parseColumn(status, ["On-Track", "on_track", "OnTrack", " on - track "]).values).toEqual([
      "Green",
      "Green",
      "Green",
      "Green",
    ]);
  });

  it("reads status marks as the word they stand for (🟢 Green, 🟠 Amber, 🔴 Red, ✅ done)", () => {
    const milestone = {
      type: "enum" as const,
      header: "Status",
      enum: { values: ["Not Started", "In Progress", "Complete"], synonyms: { done: "Complete" } },
    };
    expect(parseColumn(status, ["🟢", "🟡", "🟠", "🔴", "🟩", "🟨", "🟧", "🟥", "✅"]).values).toEqual([
      "Green",
      "Amber",
      "Amber",
      "Red",
      "Green",
      "Amber",
      "Amber",
      "Red",
      null,
    ]);
    expect(parseColumn(milestone, ["✅", "✔", "✔\uFE0F", "☑", "✓ Done", "🟢"]).values).toEqual([
      "Complete",
      "Complete",
      "Complete",
      "Complete",
      "Complete",
      null,
    ]);
  });

  it("reads a value written as two labels that agree, and rejects two that disagree", () => {
    const { values, issues } = parseColumn(status, [
      "G - Green",
      "Green (On Track)",
      "🟢 On track",
      "🟢On Track",
      "Yellow: Amber",
      "Red [R]",
      "Green / G",
      "🟢 Red",
      "G - Red",
      "Green (soon)",
    ]);
    expect(values).toEqual(["Green", "Green", "Green", "Green", "Amber", null, "Green", null, null, null]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "5:invalid-enum",
      "7:invalid-enum",
      "8:invalid-enum",
      "9:invalid-enum",
    ]);
  });

  it("tries only short texts as two labels: split at every separator, a long cell would take its length squared", () => {
    const padded = (n: number) => `Green${" ".repeat(n)}(On Track)`;
    expect(parseColumn(status, [padded(45), padded(46)]).values).toEqual(["Green", null]);
    expect(padded(45)).toHaveLength(60);
    // 280,000 characters with 40,000 separators: read as one value (about 10 s if split at each).
    expect(parseColumn(status, [`${"word - ".repeat(40_000)}Green`]).values).toEqual([null]);
  });

  it("rejects other values listing the allowed ones", () => {
    const { values, issues } = parseColumn(status, ["Blue", "Gre en."]);
    expect(values).toEqual([null, null]);
    expect(issues).toEqual([
      {
        index: 0,
        severity: "error",
        rule: "invalid-enum",
        message: 'RAG "Blue" is not an allowed value; use one of: Green, Amber, Red.',
      },
      {
        index: 1,
        severity: "error",
        rule: "invalid-enum",
        message: 'RAG "Gre en." is not an allowed value; use one of: Green, Amber, Red.',
      },
    ]);
  });
  it("names both values of a text that gives two, rather than listing the allowed ones", () => {
    const { values, issues } = parseColumn(status, ["Amber/Red", "Green - Yellow", "G-G"]);
    expect(values).toEqual([null, null, "Green"]);
    expect(issues.map((i) => i.message)).toEqual([
      'RAG "Amber/Red" gives two values (Amber and Red); enter the one that holds.',
      'RAG "Green - Yellow" gives two values (Green and Amber); enter the one that holds.',
    ]);
  });
});

describe("the standard template's RAG words", () => {
  const rag = STANDARD_TEMPLATE.tables[0]?.columns.find((c) => c.key === "status");
  if (rag === undefined) throw new Error("the standard template has no RAG Status");

  it("reads the health words trackers use as the one rating each names", () => {
    const words = ["Good", "Healthy", "OK", "On Schedule", "Ahead", "Y", "Caution", "Needs Attention"];
    const more = ["Behind Schedule", "Delayed", "Critical", "Major Issues", "Blocked", "Not OK"];
    expect(parseColumn({ ...rag, header: "Status" }, [...words, ...more]).values).toEqual([
      ...["Green", "Green", "Green", "Green", "Green", "Amber", "Amber", "Amber"],
      ...["Amber", "Amber", "Red", "Red", "Red", "Red"],
    ]);
  });
});

describe("date", () => {
  it("reads serials, ISO text silently and other text dates with a note", () => {
    const { values, notes } = parseColumn({ type: "date" }, [
      46112,
      "2026-03-31",
      "03/31/2026",
      "31 Mar 2026",
    ]);
    const day = dayFromYmd(2026, 3, 31);
    expect(values).toEqual([day, day, day, day]);
    expect(notes).toEqual(["date-as-text", "date-as-text"]);
  });

  it("uses the workbook's date system", () => {
    expect(parseColumn({ type: "date" }, [46112 - 1462], { date1904: true }).values).toEqual([
      dayFromYmd(2026, 3, 31),
    ]);
  });

  it("reads text dates in the configured order; two-digit years are 20YY", () => {
    expect(parseColumn({ type: "date" }, ["04/05/26"], { dateOrder: "DMY" }).values).toEqual([
      dayFromYmd(2026, 5, 4),
    ]);
    expect(parseColumn({ type: "date" }, ["04/05/26"], { dateOrder: "MDY" }).values).toEqual([
      dayFromYmd(2026, 4, 5),
    ]);
  });

  it("switches the whole column to the other order when a value is only valid in it", () => {
    const { values, notices } = parseColumn(
      { type: "date", header: "Start Date" },
      ["04/05/25", "21/02/25"],
      {
        dateOrder: "MDY",
      },
    );
    expect(values).toEqual([dayFromYmd(2025, 5, 4), dayFromYmd(2025, 2, 21)]);
    expect(notices).toEqual([
      {
        severity: "warning",
        rule: "date-order-switched",
        index: 1,
        message:
          'Start Date "21/02/25" is only a valid date as day/month/year, so every text date in this column was ' +
          "read as day/month/year (the setting says month/day/year). Enter dates as real dates or as 2026-03-31 " +
          "to avoid any doubt.",
      },
    ]);
  });

  it("reads dates written with dots day-first, as every locale that writes them so does", () => {
    const { values, notices, issues } = parseColumn(
      { type: "date", header: "Start Date" },
      ["05.01.2026", "11.12.26", "03/04/2026", "12/3/2026 0:00"],
      { dateOrder: "MDY" },
    );
    // The dotted dates day-first; the others in the column's order (month-first here), not switched by them.
    expect(values).toEqual([
      dayFromYmd(2026, 1, 5),
      dayFromYmd(2026, 12, 11),
      dayFromYmd(2026, 3, 4),
      dayFromYmd(2026, 12, 3),
    ]);
    expect(notices).toEqual([]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:date-dotted",
      "1:date-dotted",
      "2:date-as-text",
      "3:date-as-text",
    ]);
    expect(issues[0]?.message).toBe(
      "Start Date has 1 date stored as text with dots (A2); it was read as day.month.year, as dates written " +
        "with dots are. Format the cells as dates.",
    );
    // A dotted date that is only valid month-first is no date.
    expect(parseColumn({ type: "date" }, ["12.31.2026"], { dateOrder: "MDY" }).values).toEqual([null]);
  });

  it("keeps the configured order when the column has values only valid in each order", () => {
    const { values, issues, notices } = parseColumn({ type: "date" }, ["02/21/25", "21/02/25"], {
      dateOrder: "MDY",
    });
    expect(values).toEqual([dayFromYmd(2025, 2, 21), null]);
    expect(notices).toEqual([]);
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.index, i.rule])).toEqual([
      [1, "invalid-date"],
    ]);
  });

  it("rejects what is not a date, naming the value and an example in the configured order", () => {
    const { values, issues } = parseColumn(
      { type: "date", header: "Start Date" },
      ["soon", 0, "2026-02-30", false],
      {
        dateOrder: "DMY",
      },
    );
    expect(values).toEqual([null, null, null, null]);
    expect(issues.map((i) => i.rule)).toEqual([
      "invalid-date",
      "invalid-date",
      "invalid-date",
      "invalid-date",
    ]);
    expect(issues[0]?.message).toBe(
      'Start Date "soon" is not a date; enter a date (for example 31/03/2026 or 2026-03-31).',
    );
  });

  it("says how to fix a quarter, a month or a placeholder written where a date belongs", () => {
    const messages = (required: boolean) =>
      parseColumn({ type: "date", header: "Forecast Finish", required }, [
        "Q3 2026",
        "2027 q1",
        "Oct 2026",
        "Feb-28",
        "2026-11",
        "TBD",
        "n/a",
        "—",
      ]).issues.map((i) => i.message);
    expect(messages(false)).toEqual([
      'Forecast Finish "Q3 2026" is a quarter, not a date; enter the day it is due (Q3 2026 ends on 2026-09-30).',
      'Forecast Finish "2027 q1" is a quarter, not a date; enter the day it is due (Q1 2027 ends on 2027-03-31).',
      'Forecast Finish "Oct 2026" is a month, not a date; enter the day it is due (that month ends on 2026-10-31).',
      'Forecast Finish "Feb-28" is a month, not a date; enter the day it is due (that month ends on 2028-02-29).',
      'Forecast Finish "2026-11" is a month, not a date; enter the day it is due (that month ends on 2026-11-30).',
      'Forecast Finish "TBD" is a placeholder, not a date; enter the date, or leave the cell blank until it is known.',
      'Forecast Finish "n/a" is a placeholder, not a date; enter the date, or leave the cell blank until it is known.',
      'Forecast Finish "—" is a placeholder, not a date; enter the date, or leave the cell blank until it is known.',
    ]);
    expect(messages(true)[5]).toBe(
      'Forecast Finish "TBD" is a placeholder, not a date; enter the date (the column is required, so a blank cell is reported too).',
    );
  });
});

describe("date: years, half-years and numbers", () => {
  it("takes a year typed alone for a year, never the day in 1905 it is as a serial", () => {
    const { values, issues } = parseColumn({ type: "date", header: "Baseline Finish" }, [
      2026,
      "2027",
      46341,
    ]);
    expect(values).toEqual([null, null, dayFromYmd(2026, 11, 15)]);
    expect(issues.map((i) => i.message)).toEqual([
      "Baseline Finish 2026 is a year, not a date; enter the day it is due (2026 ends on 2026-12-31).",
      'Baseline Finish "2027" is a year, not a date; enter the day it is due (2027 ends on 2027-12-31).',
    ]);
  });

  it("gives a start column's span by its first day, a half-year by its half", () => {
    const start = parseColumn({ type: "date", key: "startDate", header: "Start Date" }, [
      2026,
      "Q3 2026",
      "H2-26",
    ]);
    expect(start.issues.map((i) => i.message)).toEqual([
      "Start Date 2026 is a year, not a date; enter the day it starts (2026 starts on 2026-01-01).",
      'Start Date "Q3 2026" is a quarter, not a date; enter the day it starts (Q3 2026 starts on 2026-07-01).',
      'Start Date "H2-26" is a half-year, not a date; enter the day it starts (H2 2026 starts on 2026-07-01).',
    ]);
    const due = parseColumn({ type: "date", header: "Forecast Finish" }, ["2026 H1"]);
    expect(due.issues[0]?.message).toBe(
      'Forecast Finish "2026 H1" is a half-year, not a date; enter the day it is due (H1 2026 ends on 2026-06-30).',
    );
  });

  it("refuses a date outside 1950–2150 (a typed year gone wrong), as an error read as blank", () => {
    // 1926-01-05 and 2206-01-05 as serials, and as text; 1950-01-01 and 2150-12-31 are read.
    const { values, issues } = parseColumn({ type: "date", header: "Baseline Finish" }, [
      9502,
      111770,
      "2206-01-05",
      18264,
      91677,
    ]);
    expect(values).toEqual([null, null, null, dayFromYmd(1950, 1, 1), dayFromYmd(2150, 12, 31)]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:out-of-range",
      "1:out-of-range",
      "2:out-of-range",
    ]);
    expect(issues[1]?.message).toBe(
      "Baseline Finish 01/05/2206 is in 2206, outside the years 1950–2150 a project's dates fall in; check the year.",
    );
  });

  it("reads YYYYMMDD numbers (far above any date serial) as dates, with one warning", () => {
    const { values, issues } = parseColumn({ type: "date", header: "Due" }, [20261231, 20260229, 99991231]);
    expect(values).toEqual([dayFromYmd(2026, 12, 31), null, null]);
    expect(issues.map((i) => [i.index, i.severity, i.rule])).toEqual([
      [0, "note", "date-as-number"],
      [1, "error", "invalid-date"],
      [2, "error", "invalid-date"],
    ]);
    expect(issues[0]?.message).toBe(
      "Due has 1 date written as a number of year, month and day run together, such as 20261231 for " +
        "2026-12-31, or as a Unix timestamp (A2); it was read so. Format the cells as dates.",
    );
  });

  it("reads Unix timestamps in milliseconds or seconds (ClickUp's exports) as dates, with the same warning", () => {
    // 2026-12-18T00:00:00Z, and the same instant in seconds; 1990 and 2150 are no tracker's timestamps.
    const { values, issues } = parseColumn(
      { type: "date", header: "Due date" },
      [1797552000000, 1797552000, 1797595200000, 631152000000, 5680281600000],
    );
    expect(values).toEqual([
      dayFromYmd(2026, 12, 18),
      dayFromYmd(2026, 12, 18),
      dayFromYmd(2026, 12, 18),
      null,
      null,
    ]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:date-as-number",
      "1:date-as-number",
      "2:date-as-number",
      "3:invalid-date",
      "4:invalid-date",
    ]);
  });
});

describe("month", () => {
  it("takes the month of any date and reads year-month text", () => {
    const nov = monthFromYm(2026, 11);
    const { values, notes } = parseColumn({ type: "month" }, [
      46341,
      "2026-11",
      "Nov 2026",
      "2026-11-15",
      "11/15/2026",
    ]);
    expect(values).toEqual([nov, nov, nov, nov, nov]);
    expect(notes).toEqual(["date-as-text"]);
  });

  it("caches nothing wrongly across month boundaries", () => {
    // 2026-10-31, 2026-11-01, 2026-11-30, 2026-12-01 as serials.
    expect(parseColumn({ type: "month" }, [46326, 46327, 46356, 46357, 46326]).values).toEqual([
      monthFromYm(2026, 10),
      monthFromYm(2026, 11),
      monthFromYm(2026, 11),
      monthFromYm(2026, 12),
      monthFromYm(2026, 10),
    ]);
  });

  it("reads YYYYMM and YYYYMMDD numbers as their month, with one warning, and a year alone as no month", () => {
    const { values, issues } = parseColumn(
      { type: "month", header: "Period" },
      [202611, 20261130, 2026, 202613],
    );
    expect(values[0]).toBe(monthFromYm(2026, 11));
    expect(values[1]).toBe(monthFromYm(2026, 11));
    expect(values[2]).toBeNull();
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:date-as-number",
      "1:date-as-number",
      "2:invalid-month",
      "3:invalid-month",
    ]);
    expect(issues[2]?.message).toBe(
      "Period 2026 is a year, not a month; enter a month such as 2026-11 or Nov 2026.",
    );
  });

  it("rejects what is not a month", () => {
    const { values, issues } = parseColumn({ type: "month", header: "Month" }, ["Q3", -1]);
    expect(values).toEqual([null, null]);
    expect(issues.map((i) => i.message)).toEqual([
      'Month "Q3" is not a month; enter a month such as 2026-11 or Nov 2026, or a date.',
      "Month -1 is not a month; enter a month such as 2026-11 or Nov 2026, or a date.",
    ]);
  });
});

describe("amounts in another currency", () => {
  it("reports an amount marked in another currency than the column's, once per column, and reads it", () => {
    const { values, issues } = parseColumn({ type: "currency", header: "Budget" }, [
      "$1,200",
      "€90,000",
      "GBP 500",
      "1,000 usd",
      "CAD 10",
    ]);
    expect(values).toEqual([1200, 90000, 500, 1000, 10]);
    expect(issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:currency-symbol",
      "1:currency-differs",
      "2:currency-differs",
      "3:currency-symbol",
      "4:currency-differs",
    ]);
    expect(issues[1]?.message).toBe(
      "Budget has 1 amount marked in another currency than USD (A3); it was read as USD, unconverted. Convert it to USD.",
    );
  });

  it("takes the column's currency from its header's unit, else the report's", () => {
    const euros = parseColumn({ type: "currency", header: "Budget (€K)" }, ["€90", "$5"]);
    expect(euros.values).toEqual([90000, 5000]);
    expect(euros.issues.map((i) => `${i.index}:${i.rule}`)).toEqual([
      "0:currency-symbol",
      "1:currency-differs",
    ]);
    const report = parseColumn({ type: "currency", header: "Budget" }, ["€90"], { currency: "EUR" });
    expect(report.issues.map((i) => i.rule)).toEqual(["currency-symbol"]);
  });
});
