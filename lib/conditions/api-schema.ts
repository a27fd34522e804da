import { z } from "zod";
import { currentPositionJsonSchema, isoDateJsonSchema as isoDate, positionEntryJsonSchema } from "../positions/api-schema";
import { datePrecisions } from "../statements/schema";
import { CONDITION_ACTORS_SHOWN, CONDITION_COUNT_CAP, CONDITION_WINDOW } from "./limits";

// Isomorphic: the JSON shapes of GET /api/conditions and GET /api/conditions/{slug}.

export const conditionSummaryJsonSchema = z
  .object({
    slug: z.string(),
    url: z.string().describe("The condition's page"),
    label: z.string(),
    group: z.string().describe("Group in the taxonomy (Territory and forces, Ukraine's status, …)"),
    definition: z.string(),
    statementCount: z.int().describe("Statements naming the condition, retracted ones left out"),
    actorCount: z.int().describe("Actors who named it"),
  })
  .meta({ id: "ConditionSummary" });

export const conditionListJsonSchema = z
  .object({ items: z.array(conditionSummaryJsonSchema).describe("Every condition in the taxonomy's order") })
  .meta({ id: "ConditionList" });

const actorRefJsonSchema = z.object({ slug: z.string(), name: z.string(), affiliation: z.string().nullable() });

export const conditionDetailJsonSchema = conditionSummaryJsonSchema
  .extend({
    statementCount: z
      .int()
      .describe(`Statements naming the condition, retracted ones left out, counted up to ${CONDITION_COUNT_CAP.toLocaleString("en-GB")}: see statementCountAtLeast`),
    statementCountAtLeast: z.boolean().describe("True when more statements name it than statementCount says"),
    actorCount: z.int().describe("Actors who named it in the statements read (see window)"),
    window: z
      .object({
        size: z.int().describe(`How many statements naming it are read: the newest, at most ${CONDITION_WINDOW.toLocaleString("en-GB")}`),
        complete: z.boolean().describe("True when those are all the statements naming it"),
        fromOn: isoDate.nullable().describe("When the oldest of them was said; a position may have been taken before"),
        fromPrecision: z.enum(datePrecisions).nullable(),
      })
      .describe("The statements positions are read from"),
    statementsUrl: z.string().describe("Every statement naming the condition, newest first, page by page"),
    actors: z
      .array(
        z.object({
          actor: actorRefJsonSchema,
          entries: z.array(positionEntryJsonSchema).describe("Oldest first, within the window"),
          current: z.array(currentPositionJsonSchema).describe("Latest position per stage, and since when"),
        }),
      )
      .describe(`The ${CONDITION_ACTORS_SHOWN} actors who spoke on it most recently, newest first`),
    moreActors: z
      .array(actorRefJsonSchema)
      .describe("The other actors who named it in the window, newest first: their statements are at statementsUrl&actor=<slug>"),
  })
  .meta({ id: "ConditionDetail" });

export type ConditionSummaryJson = z.infer<typeof conditionSummaryJsonSchema>;
export type ConditionDetailJson = z.infer<typeof conditionDetailJsonSchema>;
