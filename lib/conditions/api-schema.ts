import { z } from "zod";
import { currentPositionJsonSchema, positionEntryJsonSchema } from "../positions/api-schema";

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

export const conditionDetailJsonSchema = conditionSummaryJsonSchema
  .extend({
    actors: z
      .array(
        z.object({
          actor: z.object({ slug: z.string(), name: z.string(), affiliation: z.string().nullable() }),
          entries: z.array(positionEntryJsonSchema).describe("Oldest first"),
          current: z.array(currentPositionJsonSchema).describe("Latest position per stage, and since when"),
        }),
      )
      .describe("Each actor who named the condition, by name"),
  })
  .meta({ id: "ConditionDetail" });

export type ConditionSummaryJson = z.infer<typeof conditionSummaryJsonSchema>;
export type ConditionDetailJson = z.infer<typeof conditionDetailJsonSchema>;
