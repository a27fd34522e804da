import { z } from "zod";

// Isomorphic: the JSON shape of GET /api/topics.

export const topicSummaryJsonSchema = z
  .object({
    slug: z.string(),
    label: z.string(),
    statementCount: z.int().describe("Statements carrying the topic, retracted ones left out"),
  })
  .meta({ id: "TopicSummary" });

export const topicListJsonSchema = z
  .object({ items: z.array(topicSummaryJsonSchema).describe("Every topic, by label") })
  .meta({ id: "TopicList" });

export type TopicSummaryJson = z.infer<typeof topicSummaryJsonSchema>;
