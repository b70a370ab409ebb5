import { gradeIndex } from "../../kpi/rag";
import type { Settings } from "../../model/settings";
import type { Rag } from "../../model/portfolio";
import type { StyleName } from "../types";

/**
 * Compliance share: Green from 90 %, Amber from 75 % (the spec is silent; a PMO expects nine in ten
 * trackers clean and on time, and acts below three in four).
 */
export const COMPLIANCE_GREEN = 0.9;
export const COMPLIANCE_AMBER = 0.75;

/**
 * Utilisation of allocated people: Green from 75 % to 100 %, Amber from 60 % or up to 110 %, else
 * Red (idle capacity below 60 %, burnout risk above 110 %).
 */
export const UTILISATION_GREEN: readonly [number, number] = [0.75, 1.0];
export const UTILISATION_AMBER: readonly [number, number] = [0.6, 1.1];

const TILE_STYLE: Readonly<Record<Rag, StyleName>> = {
  Green: "tileGreen",
  Amber: "tileAmber",
  Red: "tileRed",
};

export function tileStyle(rag: Rag | null): StyleName {
  return rag === null ? "tileValue" : TILE_STYLE[rag];
}

/** SPI or CPI against the settings' RAG thresholds; n/a has no colour. */
export function indexRag(index: number | null, settings: Settings): Rag | null {
  return index === null ? null : gradeIndex(index, settings.ragGreen, settings.ragAmber);
}

/**
 * The overall portfolio RAG: the worse of the portfolio SPI and CPI grades (as a project's computed
 * RAG is graded); null when neither index is known.
 */
export function portfolioRag(spi: number | null, cpi: number | null, settings: Settings): Rag | null {
  const grades = [indexRag(spi, settings), indexRag(cpi, settings)].filter((g): g is Rag => g !== null);
  if (grades.length === 0) return null;
  if (grades.includes("Red")) return "Red";
  return grades.includes("Amber") ? "Amber" : "Green";
}

export function complianceRag(share: number | null): Rag | null {
  if (share === null) return null;
  if (share >= COMPLIANCE_GREEN) return "Green";
  return share >= COMPLIANCE_AMBER ? "Amber" : "Red";
}

export function utilisationRag(share: number | null): Rag | null {
  if (share === null) return null;
  if (share >= UTILISATION_GREEN[0] && share <= UTILISATION_GREEN[1]) return "Green";
  return share >= UTILISATION_AMBER[0] && share <= UTILISATION_AMBER[1] ? "Amber" : "Red";
}
