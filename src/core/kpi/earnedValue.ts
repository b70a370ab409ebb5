import { ratio } from "./ratio";

export interface EarnedValueInput {
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
}

export interface EarnedValueMetrics {
  readonly sv: number;
  readonly cv: number;
  readonly spi: number | null;
  readonly cpi: number | null;
  /** BAC / CPI, or AC + (BAC − EV) when CPI is null (no Actual Cost); null when CPI is 0. */
  readonly eac: number | null;
  readonly eacAtypical: number;
  readonly eacComposite: number | null;
  readonly etc: number | null;
  readonly vac: number | null;
  readonly tcpi: number | null;
}

/**
 * PMBOK earned-value indices from the four base figures; works for one project or for portfolio sums.
 * @example earnedValueMetrics({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 }).eac // 4480
 */
export function earnedValueMetrics({ bac, pv, ev, ac }: EarnedValueInput): EarnedValueMetrics {
  const spi = ratio(ev, pv);
  const cpi = ratio(ev, ac);
  const eacAtypical = ac + (bac - ev);
  // kpi-definitions: the atypical forecast stands in for a null CPI only; CPI 0 (money spent,
  // nothing earned) makes BAC / CPI a ratio over 0, which is null like any other.
  const eac = cpi === null ? eacAtypical : ratio(bac, cpi);
  const performance = cpi === null || spi === null ? null : cpi * spi;
  const compositeRemainder = performance === null ? null : ratio(bac - ev, performance);
  return {
    sv: ev - pv,
    cv: ev - ac,
    spi,
    cpi,
    eac,
    eacAtypical,
    eacComposite: compositeRemainder === null ? null : ac + compositeRemainder,
    etc: eac === null ? null : eac - ac,
    vac: eac === null ? null : bac - eac,
    tcpi: ratio(bac - ev, bac - ac),
  };
}
