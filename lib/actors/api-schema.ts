import { z } from "zod";
import {
  ceasefireStanceEntryJsonSchema,
  currentPositionJsonSchema,
  isoDateJsonSchema as isoDate,
  positionEntryJsonSchema,
  talksStanceEntryJsonSchema,
} from "../positions/api-schema";
import { datePrecisions } from "../statements/schema";
import { ACTOR_COUNT_CAP, POSITION_WINDOW } from "./limits";

// Isomorphic: the JSON shapes of GET /api/actors and GET /api/actors/{slug}.

export const actorRoleJsonSchema = z
  .object({
    title: z.string(),
    startOn: isoDate,
    endOn: isoDate.nullable().describe("Null while the role is held"),
  })
  .meta({ id: "ActorRole" });

export const actorSummaryJsonSchema = z
  .object({
    slug: z.string(),
    url: z.string().describe("The actor's page"),
    name: z.string(),
    kind: z.enum(["person", "organisation"]),
    affiliation: z.string().nullable(),
    description: z.string().nullable(),
    aliases: z.array(z.string()).describe("Other spellings of the name as sources print them"),
    roles: z.array(actorRoleJsonSchema).describe("Newest first"),
    statementCount: z.int().describe("Statements recorded, retracted ones left out"),
    latestSaidOn: isoDate.nullable(),
    latestSaidOnPrecision: z.enum(datePrecisions).nullable(),
  })
  .meta({ id: "ActorSummary" });

export const actorListJsonSchema = z
  .object({ items: z.array(actorSummaryJsonSchema).describe("Every actor, by name") })
  .meta({ id: "ActorList" });

export const actorConditionHistoryJsonSchema = z
  .object({
    condition: z.object({ slug: z.string(), label: z.string(), group: z.string() }),
    entries: z.array(positionEntryJsonSchema).describe("Oldest first"),
    current: z.array(currentPositionJsonSchema).describe("Latest position per stage, and since when"),
    changeCount: z.int(),
  })
  .meta({ id: "ActorConditionHistory" });

export const actorDetailJsonSchema = actorSummaryJsonSchema
  .extend({
    statementCount: z
      .int()
      .describe(
        `Statements recorded, retracted ones left out, counted up to ${ACTOR_COUNT_CAP.toLocaleString("en-GB")}: see statementCountAtLeast`,
      ),
    statementCountAtLeast: z.boolean().describe("True when more statements are recorded than statementCount says"),
    window: z
      .object({
        size: z.int().describe(`How many statements positions and stances are read from: the newest, at most ${POSITION_WINDOW.toLocaleString("en-GB")}`),
        complete: z.boolean().describe("True when those are all the actor's statements"),
        fromOn: isoDate.nullable().describe("When the oldest of them was said; a position may have been taken before"),
        fromPrecision: z.enum(datePrecisions).nullable(),
      })
      .describe("The statements positions and stances are read from"),
    statementsUrl: z.string().describe("Every statement by the actor, newest first, page by page"),
    positions: z
      .array(actorConditionHistoryJsonSchema)
      .describe("One history per condition the actor named in the window, in the taxonomy's order"),
    stances: z.object({
      talks: z
        .array(talksStanceEntryJsonSchema)
        .describe("Oldest first, within the window; statements stating no talks stance left out"),
      ceasefire: z
        .array(ceasefireStanceEntryJsonSchema)
        .describe("Oldest first, within the window; statements stating no ceasefire stance left out"),
    }),
  })
  .meta({ id: "ActorDetail" });

export type ActorSummaryJson = z.infer<typeof actorSummaryJsonSchema>;
export type ActorListJson = z.infer<typeof actorListJsonSchema>;
export type ActorDetailJson = z.infer<typeof actorDetailJsonSchema>;
