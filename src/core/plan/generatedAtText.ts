/** `2026-11-29 08:15 UTC`: the form DashboardInput.generatedAt shows (minutes tell two runs apart). */
export function generatedAtText(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
