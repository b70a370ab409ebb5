/**
 * The keys the engine's own rules hang on, whatever the template: the Projects table (the one the
 * spec requires; the single-project rule and duplicate IDs are about it) and its Project ID column
 * (the key of Projects and, by the same name, of every table that names a project).
 */
export const PROJECTS_TABLE = "projects";
export const PROJECT_ID = "projectId";
/**
 * The Projects table's life-cycle Phase and its RAG Status: a third-party tracker's `Status` column
 * often holds life-cycle words instead, read as the Phase when the sheet has none (see
 * read/lifecycleAsPhase).
 */
export const PHASE = "phase";
export const RAG_STATUS = "status";
/** The Projects table's name column: a tracker without Project IDs identifies its projects by it. */
export const PROJECT_NAME = "projectName";
/** The person column of Resources and Allocations: a plan in FTE is priced in each person's hours. */
export const RESOURCE = "resource";
/** The Resources table: the people a plan in FTE takes each one's weekly hours from. */
export const RESOURCES_TABLE = "resources";
/**
 * The Allocations table and its hours: a timesheet's `Hours` is time worked, read as the Actual
 * Hours (see read/timesheetHours).
 */
export const ALLOCATIONS_TABLE = "allocations";
export const PLANNED_HOURS = "plannedHours";
export const ACTUAL_HOURS = "actualHours";
/** The Milestones table: a Status of RAG ratings there is left unread (see read/milestoneRag). */
export const MILESTONES_TABLE = "milestones";
