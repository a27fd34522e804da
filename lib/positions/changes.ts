import { endOfPrecision, startOfPrecision, type DatePrecision } from "../dates";
import {
  conditionScopes,
  type CeasefireStance,
  type ConditionPosition,
  type ConditionScope,
  type TalksStance,
} from "../statements/schema";

// Pure: how an actor's positions run over time and where they change. Shared
// by the actor page, the condition page and the API.

/** One dated thing an actor said, pointing at the statement that records it. */
export type DatedEntry = { statementId: number; saidOn: string; saidOnPrecision: DatePrecision };

/** The entry a change departs from: the previous one on the same track, with another value. */
export type ChangeFrom<V extends string> = DatedEntry & {
  from: V;
  /**
   * The two dates' periods overlap ("2023" and "2 June 2023", or two statements
   * of one day), so the record cannot tell which was said first.
   */
  orderUncertain: boolean;
};

export type WithChange<T, V extends string> = T & { change: ChangeFrom<V> | null };

/** Oldest first; a month-precise date sorts at its first day, ties by statement id. */
export function compareChronologically(a: DatedEntry, b: DatedEntry): number {
  if (a.saidOn !== b.saidOn) return a.saidOn < b.saidOn ? -1 : 1;
  return a.statementId - b.statementId;
}

/** True when the periods two dates stand for share at least one day. */
export function periodsOverlap(a: DatedEntry, b: DatedEntry): boolean {
  return (
    startOfPrecision(a.saidOn, a.saidOnPrecision) <= endOfPrecision(b.saidOn, b.saidOnPrecision) &&
    startOfPrecision(b.saidOn, b.saidOnPrecision) <= endOfPrecision(a.saidOn, a.saidOnPrecision)
  );
}

/**
 * Sorts entries oldest first and marks each one whose value differs from the
 * previous entry on the same track (a condition's stage, say). The first entry
 * of a track is never a change: there is nothing recorded to change from.
 */
export function markChanges<T extends DatedEntry, V extends string>(
  entries: readonly T[],
  valueOf: (entry: T) => V,
  trackOf: (entry: T) => string = () => "",
): WithChange<T, V>[] {
  const previous = new Map<string, T>();
  return [...entries].sort(compareChronologically).map((entry) => {
    const track = trackOf(entry);
    const before = previous.get(track);
    previous.set(track, entry);
    const change: ChangeFrom<V> | null =
      before && valueOf(before) !== valueOf(entry)
        ? {
            from: valueOf(before),
            statementId: before.statementId,
            saidOn: before.saidOn,
            saidOnPrecision: before.saidOnPrecision,
            orderUncertain: periodsOverlap(before, entry),
          }
        : null;
    return { ...entry, change };
  });
}

export type ConditionRef = { slug: string; label: string; group: string; sortOrder: number };

/** A condition named in a statement, as read from the database. */
export type ConditionPositionRow = DatedEntry & {
  condition: ConditionRef;
  appliesTo: ConditionScope;
  position: ConditionPosition;
};

export type PositionEntry = WithChange<
  DatedEntry & { appliesTo: ConditionScope; position: ConditionPosition },
  ConditionPosition
>;

/** Where an actor stands on one stage of a condition, and since when. */
export type CurrentPosition = {
  appliesTo: ConditionScope;
  position: ConditionPosition;
  /** The first statement of the unbroken run of this position that ends with the latest. */
  since: DatedEntry;
  latest: DatedEntry;
};

export type ConditionHistory = {
  condition: Omit<ConditionRef, "sortOrder">;
  /** Oldest first. */
  entries: PositionEntry[];
  current: CurrentPosition[];
  changeCount: number;
};

/**
 * A position on a condition is compared only with the earlier position on the
 * same condition for the same stage: demanding X before talks and rejecting X
 * in a settlement are two positions, not a change of mind.
 */
export function positionEntries(
  rows: readonly (DatedEntry & { appliesTo: ConditionScope; position: ConditionPosition })[],
): PositionEntry[] {
  return markChanges(
    rows.map((r) => ({
      statementId: r.statementId,
      saidOn: r.saidOn,
      saidOnPrecision: r.saidOnPrecision,
      appliesTo: r.appliesTo,
      position: r.position,
    })),
    (e) => e.position,
    (e) => e.appliesTo,
  );
}

/** Per stage (talks, ceasefire, settlement), the latest position and when its run began. */
export function currentPositions(entries: readonly PositionEntry[]): CurrentPosition[] {
  const byScope = new Map<ConditionScope, CurrentPosition>();
  for (const entry of [...entries].sort(compareChronologically)) {
    const dated = { statementId: entry.statementId, saidOn: entry.saidOn, saidOnPrecision: entry.saidOnPrecision };
    const held = byScope.get(entry.appliesTo);
    byScope.set(entry.appliesTo, {
      appliesTo: entry.appliesTo,
      position: entry.position,
      since: held && held.position === entry.position ? held.since : dated,
      latest: dated,
    });
  }
  return conditionScopes.flatMap((scope) => byScope.get(scope) ?? []);
}

/** One history per condition named, in the conditions' own order. */
export function conditionHistories(rows: readonly ConditionPositionRow[]): ConditionHistory[] {
  const byCondition = new Map<string, { condition: ConditionRef; rows: ConditionPositionRow[] }>();
  for (const row of rows) {
    const group = byCondition.get(row.condition.slug) ?? { condition: row.condition, rows: [] };
    group.rows.push(row);
    byCondition.set(row.condition.slug, group);
  }
  return [...byCondition.values()]
    .sort((a, b) => a.condition.sortOrder - b.condition.sortOrder || a.condition.label.localeCompare(b.condition.label))
    .map(({ condition, rows: conditionRows }) => {
      const entries = positionEntries(conditionRows);
      return {
        condition: { slug: condition.slug, label: condition.label, group: condition.group },
        entries,
        current: currentPositions(entries),
        changeCount: entries.filter((e) => e.change).length,
      };
    });
}

export type StanceEntry<V extends string> = WithChange<DatedEntry & { stance: V }, V>;

export type StanceRow = DatedEntry & { talksStance: TalksStance; ceasefireStance: CeasefireStance };

/**
 * Talks and ceasefire stances over time. A statement that states no stance
 * ("none") is left out rather than read as a change to "no stance".
 */
export function stanceHistories(rows: readonly StanceRow[]): {
  talks: StanceEntry<Exclude<TalksStance, "none">>[];
  ceasefire: StanceEntry<Exclude<CeasefireStance, "none">>[];
} {
  const dated = (r: StanceRow) => ({ statementId: r.statementId, saidOn: r.saidOn, saidOnPrecision: r.saidOnPrecision });
  const talks = rows.flatMap((r) => (r.talksStance === "none" ? [] : [{ ...dated(r), stance: r.talksStance }]));
  const ceasefire = rows.flatMap((r) =>
    r.ceasefireStance === "none" ? [] : [{ ...dated(r), stance: r.ceasefireStance }],
  );
  return { talks: markChanges(talks, (e) => e.stance), ceasefire: markChanges(ceasefire, (e) => e.stance) };
}

/**
 * A long history cut to what a reader needs: the first entry, every change and
 * the latest; when those are more than `max`, the first and the newest
 * `max - 1` of the rest (oldest first still). `left` is how many entries are
 * not shown.
 */
export function abridgeHistory<T extends { change: unknown }>(entries: readonly T[], max: number): { shown: T[]; left: number } {
  if (entries.length <= max) return { shown: [...entries], left: 0 };
  const kept = entries.filter((e, i) => i === 0 || i === entries.length - 1 || e.change);
  // The first entry always stays (where the record of this position begins), then the newest of the rest.
  const shown = kept.length <= max ? kept : [kept[0], ...kept.slice(-(max - 1))];
  return { shown, left: entries.length - shown.length };
}
