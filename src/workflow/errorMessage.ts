/** The message to show for any failure (AppError messages are written for PMO analysts). */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message !== "" ? error.message : String(error);
}
