/**
 * The newest Excel JavaScript API requirement set the adapter uses, declared in the manifest
 * (Office then loads the add-in only where the set is supported). `Range.valuesAsJson` (1.16) is used only where supported. What needs which set:
 * - 1.9: `worksheet.pageLayout` (orientation, fit to width), `application.suspendScreenUpdatingUntilNextSync`
 * - 1.8: `worksheet.showGridlines`, chart `axis.numberFormat`, series `overlap` and `dataLabels`, axis `minimum`/`maximum` (1.7)
 * - 1.7: `range.hyperlink`, `worksheet.tabColor`, `freezePanes`, `getRangeByIndexes`, `workbook.name`,
 *        `chart.series.add`, `series.setValues/setXAxisValues/setBubbleSizes`, `series.chartType`
 * - 1.6: `conditionalFormats.add` (cell value, text, colour scale, icon set), `suspendApiCalculationUntilNextSync`
 * - 1.4: `getUsedRangeOrNullObject`, `getItemOrNullObject`, `workbook.settings` (settings and dashboard ownership)
 * - 1.3: `table.showHeaders`, `table.style`; 1.2: `range.merge`, `format.columnWidth`, `workbook.functions`
 */
export const MINIMUM_REQUIREMENT_SET = { name: "ExcelApi", version: "1.9" } as const;
