import { toCurrentPositionJson, toPositionEntryJson, toStanceEntryJson } from "../positions/json";
import type { ActorDetailJson, ActorSummaryJson } from "./api-schema";
import type { ActorOverviewView, ActorSummaryView } from "./queries";

export function toActorSummaryJson(a: ActorSummaryView): ActorSummaryJson {
  return {
    slug: a.slug,
    url: `/actors/${a.slug}`,
    name: a.name,
    kind: a.kind,
    affiliation: a.affiliation,
    description: a.description,
    aliases: a.aliases,
    roles: a.roles.map((r) => ({ title: r.title, startOn: r.startOn, endOn: r.endOn })),
    statementCount: a.statementCount,
    latestSaidOn: a.latestSaidOn,
    latestSaidOnPrecision: a.latestSaidOnPrecision,
  };
}

export function toActorDetailJson(a: ActorOverviewView): ActorDetailJson {
  return {
    ...toActorSummaryJson(a),
    statementCountAtLeast: a.statementCountAtLeast,
    window: a.window,
    statementsUrl: `/api/statements?actor=${a.slug}`,
    positions: a.positions.map((h) => ({
      condition: h.condition,
      entries: h.entries.map(toPositionEntryJson),
      current: h.current.map(toCurrentPositionJson),
      changeCount: h.changeCount,
    })),
    stances: { talks: a.stances.talks.map(toStanceEntryJson), ceasefire: a.stances.ceasefire.map(toStanceEntryJson) },
  };
}
