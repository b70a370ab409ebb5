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
  /** BAC / CPI, or AC + (BAC − EV) when CPI is null or 0. */
  readonly eac: number;
  readonly eacAtypical: number;
  readonly eacComposite: number | null;
  readonly etc: number;
  readonly vac: number;
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
  // CPI 0 (nothing earned yet, money spent) would make BAC / CPI infinite: fall back like a null CPI.
  const eac = (cpi === null ? null : ratio(bac, cpi)) ?? eacAtypical;
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
    etc: eac - ac,
    vac: bac - eac,
    tcpi: ratio(bac - ev, bac - ac),
  };
}
