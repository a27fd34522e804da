import { z } from "zod";
import { slugSchema } from "../statements/schema";

// Isomorphic: the board page and its links read the same parameters.

export const DEFAULT_BOARD_ACTORS = 6;
export const MAX_BOARD_ACTORS = 12;

export const boardParamsSchema = z.object({
  actor: z
    .array(slugSchema)
    .max(MAX_BOARD_ACTORS, { error: `Compare at most ${MAX_BOARD_ACTORS} actors` })
    .describe("Actor slugs to compare, in column order; none: the actors with the most conditions recorded"),
  all: z.boolean().describe("Show every condition, not only those a chosen actor has named"),
});

export type BoardParams = z.infer<typeof boardParamsSchema>;

const splitValues = (raw: string | string[] | undefined): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(",")).filter((v) => v !== "");

/**
 * Lenient parse for the board page: a malformed slug is dropped with a note,
 * so a mistyped link still opens the board.
 */
export function parseBoardParams(record: Record<string, string | string[]>): { params: BoardParams; notes: string[] } {
  const notes: string[] = [];
  const actors: string[] = [];
  for (const value of splitValues(record.actor)) {
    const parsed = slugSchema.safeParse(value);
    if (!parsed.success) notes.push(`Ignored actor "${value}": ${parsed.error.issues[0]?.message}`);
    else if (!actors.includes(parsed.data)) actors.push(parsed.data);
  }
  if (actors.length > MAX_BOARD_ACTORS) {
    notes.push(`Showing the first ${MAX_BOARD_ACTORS} actors: the board compares at most ${MAX_BOARD_ACTORS}`);
  }
  const all = splitValues(record.all).some((v) => v === "1" || v === "true");
  return { params: boardParamsSchema.parse({ actor: actors.slice(0, MAX_BOARD_ACTORS), all }), notes };
}

/** The board's URL for a choice of actors. */
export function boardHref({ actor, all }: BoardParams): string {
  const params = new URLSearchParams();
  for (const slug of actor) params.append("actor", slug);
  if (all) params.set("all", "1");
  const query = params.toString();
  return query ? `/board?${query}` : "/board";
}
