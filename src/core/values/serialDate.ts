import type { DayNumber } from "../model/dates";

const floor = Math.floor;
/** Day number of 1899-12-31 (serial 0 of the 1900 system) and of 1904-01-01 (serial 0 of the 1904 system). */
const DAY_1899_12_31 = -25568;
const DAY_1904_01_01 = -24107;
/** 9999-12-31, the last date Excel can show. */
const MAX_SERIAL_1900 = 2958465;

/**
 * Day number of an Excel serial date (the time of day is dropped). In the 1900 system Excel counts a
 * 29 February 1900 that never existed (serial 60), so serials from 61 on are one day ahead; serial 60
 * itself is not a real date. Null outside Excel's date range.
 * @example dayFromSerial(46112, false) // day number of 2026-03-31
 */
export function dayFromSerial(serial: number, date1904: boolean): DayNumber | null {
  const whole = floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL_1900 - 1462) return null;
    return DAY_1904_01_01 + whole;
  }
  if (whole < 1 || whole === 60 || whole > MAX_SERIAL_1900) return null;
  return DAY_1899_12_31 + (whole > 60 ? whole - 1 : whole);
}
