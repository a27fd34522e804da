import type { ChangeFrom, CurrentPosition, DatedEntry, PositionEntry, WithChange } from "./changes";
import type { CurrentPositionJson, PositionEntryJson, StatementRefJson } from "./api-schema";

/** A dated entry as the API publishes it, with the statement's permalink. */
export function toStatementRefJson(e: DatedEntry): StatementRefJson {
  return { statementId: e.statementId, url: `/statements/${e.statementId}`, saidOn: e.saidOn, saidOnPrecision: e.saidOnPrecision };
}

function toChangeJson<V extends string>(change: ChangeFrom<V> | null) {
  return change ? { ...toStatementRefJson(change), from: change.from, orderUncertain: change.orderUncertain } : null;
}

export function toPositionEntryJson(e: PositionEntry): PositionEntryJson {
  return { ...toStatementRefJson(e), appliesTo: e.appliesTo, position: e.position, change: toChangeJson(e.change) };
}

export function toCurrentPositionJson(c: CurrentPosition): CurrentPositionJson {
  return {
    appliesTo: c.appliesTo,
    position: c.position,
    since: toStatementRefJson(c.since),
    latest: toStatementRefJson(c.latest),
  };
}

export function toStanceEntryJson<V extends string>(e: WithChange<DatedEntry & { stance: V }, V>) {
  return { ...toStatementRefJson(e), stance: e.stance, change: toChangeJson(e.change) };
}
