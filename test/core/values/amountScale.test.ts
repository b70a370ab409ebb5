import { amountScaleOf } from "../../../src/core/values/amountScale";

describe("amountScaleOf", () => {
  it.each([
    "Budget ($K)",
    "Budget (K$)",
    "Actual Cost (k€)",
    "Budget (€k)",
    "Budget (USD k)",
    "Budget (USD '000)",
    "Budget ('000s)",
    "Budget (000s)",
    "Budget (£000)",
    "Budget (in thousands)",
    "Budget [EUR thousands]",
    "Budget (USD ‘000)",
  ])("%s is in thousands", (header) => {
    expect(amountScaleOf(header)).toEqual({ factor: 1000, word: "thousands" });
  });

  it.each([
    "Budget ($M)",
    "Budget (€m)",
    "Budget ($MM)",
    "Budget (USD mn)",
    "Budget (EUR Mio)",
    "Budget (millions)",
  ])("%s is in millions", (header) => {
    expect(amountScaleOf(header)).toEqual({ factor: 1_000_000, word: "millions" });
  });

  it.each([
    "Budget",
    "Budget ($)",
    "Budget (USD)",
    "Budget (%)",
    "Budget (Total)",
    "Budget (k, m)",
    "Budget (K) draft",
    "Budget (2026)",
    "Budget ($K",
    "(k)",
  ])("%s has no scale", (header) => {
    expect(amountScaleOf(header)).toBeNull();
  });
});
