import { z } from "zod";
import {
  ceasefireStances,
  conditionPositions,
  conditionScopes,
  datePrecisions,
  talksStances,
} from "../statements/schema";

// Isomorphic: the JSON shapes of positions over time, shared by the actor and
// condition endpoints and described by the OpenAPI document.

export const isoDateJsonSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("Calendar date, YYYY-MM-DD");

export const statementRefJsonSchema = z
  .object({
    statementId: z.int(),
    url: z.string().describe("Permalink of the statement"),
    saidOn: isoDateJsonSchema.describe("Said on; read it at saidOnPrecision (a month-precise date is stored as the 1st)"),
    saidOnPrecision: z.enum(datePrecisions),
  })
  .meta({ id: "StatementRef", description: "A dated statement that is the evidence for a position" });

const changeJsonSchema = <V extends readonly [string, ...string[]]>(values: V, id: string) =>
  statementRefJsonSchema
    .extend({
      from: z.enum(values).describe("The earlier value this entry departs from"),
      orderUncertain: z
        .boolean()
        .describe("The two dates overlap at their precisions, so which was said first is not known"),
    })
    .nullable()
    .meta({ id, description: "Set when this entry differs from the previous one on the same track; null otherwise" });

export const positionEntryJsonSchema = statementRefJsonSchema
  .extend({
    appliesTo: z.enum(conditionScopes).describe("The stage the condition is set for"),
    position: z.enum(conditionPositions),
    change: changeJsonSchema(conditionPositions, "PositionChange"),
  })
  .meta({
    id: "PositionEntry",
    description: "One position on a condition; a change compares it with the previous position for the same stage",
  });

export const currentPositionJsonSchema = z
  .object({
    appliesTo: z.enum(conditionScopes),
    position: z.enum(conditionPositions),
    since: statementRefJsonSchema.describe("First statement of the unbroken run of this position"),
    latest: statementRefJsonSchema.describe("Latest statement of this position"),
  })
  .meta({ id: "CurrentPosition", description: "Where an actor stands on one stage of a condition, and since when" });

export const talksStanceEntryJsonSchema = statementRefJsonSchema
  .extend({
    stance: z.enum(talksStances).exclude(["none"]),
    change: changeJsonSchema(talksStances, "TalksStanceChange"),
  })
  .meta({ id: "TalksStanceEntry" });

export const ceasefireStanceEntryJsonSchema = statementRefJsonSchema
  .extend({
    stance: z.enum(ceasefireStances).exclude(["none"]),
    change: changeJsonSchema(ceasefireStances, "CeasefireStanceChange"),
  })
  .meta({ id: "CeasefireStanceEntry" });

export type StatementRefJson = z.infer<typeof statementRefJsonSchema>;
export type PositionEntryJson = z.infer<typeof positionEntryJsonSchema>;
export type CurrentPositionJson = z.infer<typeof currentPositionJsonSchema>;
