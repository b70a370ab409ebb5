import type { Finding } from "../model/finding";
import type { ValidationSummary } from "./report";

/** Counts of findings by severity, with the findings as given. */
export function validationSummary(findings: readonly Finding[]): ValidationSummary {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { errors: counts.error, warnings: counts.warning, infos: counts.info, findings };
}
