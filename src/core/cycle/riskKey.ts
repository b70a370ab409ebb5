/**
 * A risk's identity across periods and files: its Risk ID within its project. PMs number their own
 * risks (R-001 in every tracker), so the ID alone names one risk only inside one project.
 */
export function riskKey(projectId: string | null, riskId: string): string {
  return `${projectId ?? ""}\u0000${riskId}`;
}
