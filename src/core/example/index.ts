/** Public face of the example generator: a seeded, realistic PMO tracker for demos, tests and benchmarks. */
export type { ExampleOptions } from "./generateExamplePortfolio";
export { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "./generateExamplePortfolio";
export { previousMonthExample } from "./previousMonth";
export type { PlantedError, PlantedErrorId } from "./plantedErrors";
export { findPlantedError, PLANTED_ERRORS, plantedErrorCell, plantedErrorValue } from "./plantedErrors";
export { PMO_ROLES } from "./roles";
export type {
  DateCell,
  ErrorCell,
  ExcelErrorText,
  PercentCell,
  SheetSpec,
  SpecCell,
  TrackerSheets,
} from "./trackerSheets";
export { isDateCell, isErrorCell, isPercentCell, sheetRowOfDataRow } from "./trackerSheets";
