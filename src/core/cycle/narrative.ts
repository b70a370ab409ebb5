import type { Change, ChangeKind } from "./changes";
import type { PortfolioHistoryRow } from "./history";
import { nameList, SentenceNames } from "./nameList";
import { count, money, percent, quote, verb } from "./narrativeText";

/** What a PM wrote on a project's row (template 1.2: Decision Needed, Status Comment). */
export interface ProjectNote {
  readonly projectId: string;
  readonly projectName: string | null;
  readonly decisionNeeded: string | null;
  readonly statusComment: string | null;
}

export interface NamedProject {
  readonly projectId: string;
  readonly projectName: string | null;
}

export interface NarrativeInput {
  readonly current: PortfolioHistoryRow;
  /** The previous period's portfolio row, when there is one. */
  readonly previous: PortfolioHistoryRow | null;
  readonly previousAsOf: string | null;
  readonly changes: readonly Change[];
  readonly currency: string;
  /** Active projects' notes, in Project ID order. */
  readonly notes: readonly ProjectNote[];
  /** Active projects whose tracker is not fresh, in Project ID order. */
  readonly stale: readonly NamedProject[];
  /** Projects left out of the figures for data errors. */
  readonly excluded: readonly NamedProject[];
  /**
   * Files that could not be read at all, by name: the month's figures lack their projects, which a
   * reader of the story should know (an addition to the spec's data-quality items).
   */
  readonly unreadable?: readonly string[];
}

const label = (p: NamedProject): string => p.projectName ?? p.projectId;

function ofKind(changes: readonly Change[], kind: ChangeKind): Change[] {
  return changes.filter((c) => c.kind === kind);
}

/** Distinct projects of some changes, in list order. */
function projectsOf(changes: readonly Change[]): NamedProject[] {
  const seen = new Set<string>();
  const out: NamedProject[] = [];
  for (const c of changes) {
    if (c.projectId === null || seen.has(c.projectId)) continue;
    seen.add(c.projectId);
    out.push({ projectId: c.projectId, projectName: c.projectName });
  }
  return out;
}

/** The projects with their Status Comments, named as the sentence allows (null: its names are used up). */
function withComments(
  projects: readonly NamedProject[],
  notes: readonly ProjectNote[],
  names: SentenceNames,
): string | null {
  const comment = new Map(notes.map((n) => [n.projectId, n.statusComment]));
  return names.list(
    projects.map((p) => {
      const text = comment.get(p.projectId);
      return text ? `${label(p)} (${quote(text, 60)})` : label(p);
    }),
    true,
  );
}

/** `: A, B and C` after a clause, or nothing when the sentence has named its three already. */
function named(list: string | null): string {
  return list === null ? "" : `: ${list}`;
}

const n = (value: number | null): number => value ?? 0;

function health(input: NarrativeInput): string {
  const { current: c, previous: p, previousAsOf } = input;
  if (n(c.active) === 0) return "There are no active projects this period.";
  let text = `Of the ${count(n(c.active), "active project")}, ${n(c.green)} ${verb(n(c.green))} Green, ${n(c.amber)} Amber and ${n(c.red)} Red by the figures`;
  if (n(c.unknown) > 0) text += ` (${n(c.unknown)} cannot be graded)`;
  if (p !== null && previousAsOf !== null) {
    text += `, against ${n(p.green)} Green, ${n(p.amber)} Amber and ${n(p.red)} Red on ${previousAsOf}`;
  }
  const names = new SentenceNames();
  const worse = projectsOf(ofKind(input.changes, "rag-worse"));
  if (worse.length > 0) {
    const list = withComments(worse, input.notes, names);
    text += list === null ? `; ${count(worse.length, "project")} worse now` : `; worse now: ${list}`;
  }
  const melons = projectsOf(ofKind(input.changes, "new-watermelon"));
  if (melons.length > 0) {
    const list = withComments(melons, input.notes, names);
    text +=
      list === null
        ? `; ${count(melons.length, "project")} reported Green but Red by the figures for the first time`
        : `; reported Green but Red by the figures for the first time: ${list}`;
  }
  return `${text}.`;
}

function cost(input: NarrativeInput): string {
  const { current: c, previous: p, previousAsOf, currency } = input;
  let text = `The forecast at completion is ${money(n(c.eac), currency)} against a budget of ${money(n(c.bac), currency)}, a variance (VAC) of ${money(n(c.vac), currency)}`;
  if (p !== null && previousAsOf !== null) {
    const delta = n(c.vac) - n(p.vac);
    text +=
      Math.round(delta) === 0
        ? `, unchanged since ${previousAsOf}`
        : `, ${delta > 0 ? "better" : "worse"} by ${money(Math.abs(delta), currency)} since ${previousAsOf}`;
  }
  const eacUp = projectsOf(ofKind(input.changes, "eac-up"));
  if (eacUp.length > 0) text += `; EAC grew 5% or more on ${nameList(eacUp.map(label))}`;
  return `${text}.`;
}

function schedule(input: NarrativeInput): string {
  const { current: c, previous: p, previousAsOf } = input;
  const overdue = n(c.overdueMilestones);
  let text = `${overdue === 0 ? "No" : overdue} milestone${overdue === 1 ? " is" : "s are"} overdue`;
  if (p !== null && previousAsOf !== null) text += ` (${n(p.overdueMilestones)} on ${previousAsOf})`;
  if (previousAsOf !== null) {
    const slipped = projectsOf(ofKind(input.changes, "slipped"));
    text +=
      slipped.length === 0
        ? `; no project's finish slipped since then`
        : `; ${count(slipped.length, "project")} slipped: ${nameList(slipped.map(label))}`;
  }
  return `${text}.`;
}

function risks(input: NarrativeInput): string {
  const high = n(input.current.openHighRisks);
  let text =
    high === 0 ? "There are no open High risks" : `There ${verb(high)} ${count(high, "open High risk")}`;
  if (input.previousAsOf !== null) {
    const opened = ofKind(input.changes, "new-high-risk");
    const closed = ofKind(input.changes, "high-risk-closed");
    const where = projectsOf(opened);
    const list = where.length > 0 ? new SentenceNames().list(where.map(label), true) : null;
    text += `: ${opened.length} new${list === null ? "" : ` (${list})`} and ${closed.length} closed since ${input.previousAsOf}`;
  }
  return `${text}.`;
}

function decisions(input: NarrativeInput): string | null {
  const asks = input.notes.filter(
    (note) => note.decisionNeeded !== null && note.decisionNeeded.trim() !== "",
  );
  if (asks.length === 0) return null;
  const items = nameList(asks.map((a) => `${label(a)}: ${quote(a.decisionNeeded ?? "")}`));
  return `${asks.length === 1 ? "A decision is" : `${asks.length} decisions are`} asked for: ${items}.`;
}

function dataQuality(input: NarrativeInput): string {
  const { current: c, previous: p } = input;
  let text = `Tracker compliance is ${percent(c.compliance)}`;
  if (p !== null) text += ` (was ${percent(p.compliance)})`;
  // Three groups, three names in all: the later groups are given by their counts.
  const names = new SentenceNames();
  if (input.stale.length > 0) {
    text += `; ${count(input.stale.length, "tracker")} ${verb(input.stale.length)} out of date${named(names.list(input.stale.map(label)))}`;
  }
  const notUpdated = projectsOf(ofKind(input.changes, "stale"));
  if (input.previousAsOf !== null && notUpdated.length > 0) {
    text += `; ${count(notUpdated.length, "tracker")} ${notUpdated.length === 1 ? "has" : "have"} not been updated since ${input.previousAsOf}${named(names.list(notUpdated.map(label)))}`;
  }
  if (input.excluded.length > 0) {
    text += `; ${count(input.excluded.length, "project")} ${input.excluded.length === 1 ? "is" : "are"} left out of the figures for data errors${named(names.list(input.excluded.map(label)))}`;
  }
  const unreadable = input.unreadable ?? [];
  if (unreadable.length > 0) {
    text += `; ${count(unreadable.length, "file")} could not be read, so ${unreadable.length === 1 ? "its" : "their"} projects are missing${named(nameList(unreadable))}`;
  }
  return `${text}.`;
}

/**
 * The month's story in 3 to 6 plain sentences, always in this order: health, cost, schedule,
 * risks, decisions asked for (only when a PM asked), data quality. Deterministic: the same
 * inputs give the same words. Without a previous period it describes the month alone.
 */
export function narrative(input: NarrativeInput): string[] {
  const sentences = [
    health(input),
    cost(input),
    schedule(input),
    risks(input),
    decisions(input),
    dataQuality(input),
  ];
  return sentences.filter((s): s is string => s !== null);
}
