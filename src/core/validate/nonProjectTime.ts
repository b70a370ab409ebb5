/**
 * Time a resource plan or timesheet books to something that is not a project: leave, holidays,
 * sickness, training, business as usual, support, admin, overhead. Capacity plans list it beside
 * the projects so each person's week adds up. A decision where the spec is silent (it asks every
 * Project ID to exist in Projects): such a row is not a wrong Project ID, and its hours still
 * count in the person's utilisation (they are not free for project work), never in a project's.
 */
const PART =
  /^(?:(?:annual|public|bank|national|parental|maternity|paternity|sick|unpaid|study|compassionate|planned)\s+)?(?:leave|holidays?|vacations?|pto|time\s+off|days?\s+off|absences?|sickness|ooo|out\s+of\s+office|training|learning|bau|business\s+as\s+usual|support|operations|ops|run|admin|administration|overheads?|non[\s-]?project(?:\s+(?:time|work))?|internal(?:\s+(?:time|work))?|meetings?)$/;

/** Whether a Project ID cell names non-project time (`Annual Leave`, `BAU / Support`, `Training & admin`). */
export function isNonProjectTime(text: string): boolean {
  if (text.length > 40) return false;
  const parts = text
    .toLowerCase()
    .replace(/[()[\]]/g, " ")
    .split(/\s*(?:[/&,+;]|\band\b)\s*/);
  let named = 0;
  for (const part of parts) {
    const word = part.trim().replace(/\s+/g, " ");
    if (word === "") continue;
    if (!PART.test(word)) return false;
    named++;
  }
  return named > 0;
}
