import { z } from "zod";
import { isIsoDate } from "../dates";

// Isomorphic: shared by forms in the browser, server actions and the API.

export const datePrecisions = ["day", "week", "month", "year"] as const;
export const ceasefireStances = ["supports", "opposes", "conditional", "none"] as const;
export const talksStances = ["open", "refuses", "conditional", "none"] as const;
export const conditionScopes = ["talks", "ceasefire", "settlement"] as const;
export const conditionPositions = ["demands", "offers", "accepts", "rejects"] as const;
/** How a statement entered the record: typed by an editor, or proposed by the article import and reviewed. */
export const statementOrigins = ["manual", "imported"] as const;
export const statementOriginLabels: Record<(typeof statementOrigins)[number], string> = {
  manual: "Entered by an editor",
  imported: "Imported from an article (machine-suggested, reviewed)",
};
export const sourceKinds = [
  "transcript",
  "wire",
  "newspaper",
  "broadcaster",
  "state_media",
  "aggregator",
  "other",
] as const;

export type CeasefireStance = (typeof ceasefireStances)[number];
export type TalksStance = (typeof talksStances)[number];
export type ConditionScope = (typeof conditionScopes)[number];
export type ConditionPosition = (typeof conditionPositions)[number];
export type SourceKind = (typeof sourceKinds)[number];

/**
 * Text a person typed or pasted. PostgreSQL cannot store the NUL character in
 * text, and no quote or name contains one, so it is refused with the field's
 * other errors rather than failing at the database.
 */
export const NUL_MESSAGE = "Remove the NUL character (\\0) from this text";

export function textSchema(error: string) {
  return z.string({ error }).refine((v) => !v.includes("\u0000"), { error: NUL_MESSAGE, abort: true });
}

export const isoDateSchema = z
  .string({ error: "Enter a date" })
  .trim()
  .refine(isIsoDate, { error: "Enter a real date as YYYY-MM-DD" });

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Use lowercase letters, digits and hyphens" })
  .max(80);

export const ceasefireStanceLabels: Record<CeasefireStance, string> = {
  supports: "Supports a ceasefire",
  opposes: "Opposes a ceasefire",
  conditional: "Ceasefire only on conditions",
  none: "No ceasefire stance",
};

export const talksStanceLabels: Record<TalksStance, string> = {
  open: "Open to talks",
  refuses: "Refuses talks",
  conditional: "Talks only on conditions",
  none: "No talks stance",
};

export const conditionScopeLabels: Record<ConditionScope, string> = {
  talks: "starting talks",
  ceasefire: "a ceasefire",
  settlement: "a final settlement",
};

export const conditionPositionLabels: Record<ConditionPosition, string> = {
  demands: "demands",
  offers: "offers",
  accepts: "accepts",
  rejects: "rejects",
};

export const sourceKindLabels: Record<SourceKind, string> = {
  transcript: "Official transcript",
  wire: "Wire report",
  newspaper: "Newspaper",
  broadcaster: "Broadcaster",
  state_media: "State media",
  aggregator: "Aggregator",
  other: "Other",
};

export const statementIdSchema = z.coerce
  .number({ error: "Must be a positive whole number" })
  .int()
  .positive()
  .max(2_147_483_647);
