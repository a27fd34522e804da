import { toCurrentPositionJson, toPositionEntryJson } from "../positions/json";
import type { ConditionDetailJson, ConditionSummaryJson } from "./api-schema";
import type { ConditionOverviewView, ConditionSummaryView } from "./queries";

export function toConditionSummaryJson(c: ConditionSummaryView): ConditionSummaryJson {
  return {
    slug: c.slug,
    url: `/conditions/${c.slug}`,
    label: c.label,
    group: c.group,
    definition: c.definition,
    statementCount: c.statementCount,
    actorCount: c.actorCount,
  };
}

export function toConditionDetailJson(c: ConditionOverviewView): ConditionDetailJson {
  return {
    ...toConditionSummaryJson({ ...c, actorCount: c.actors.length + c.moreActors.length }),
    statementCountAtLeast: c.statementCountAtLeast,
    window: c.window,
    statementsUrl: `/api/statements?condition=${c.slug}`,
    actors: c.actors.map((a) => ({
      actor: a.actor,
      entries: a.entries.map(toPositionEntryJson),
      current: a.current.map(toCurrentPositionJson),
    })),
    moreActors: c.moreActors,
  };
}
