import type { DatePrecision } from "../dates";
import type { ConditionInput, SourceInput, StatementInput, StatementInputData } from "./input-schema";
import type { CeasefireStance, TalksStance } from "./schema";

// Isomorphic: the whole of a statement as one plain value. Every revision
// stores one before and one after the change, so any earlier version can be
// shown exactly as it was, and the edit form and the API start from it.

export type StatementSnapshot = {
  /** The actor's slug. */
  actor: string;
  speakerAsWritten: string | null;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  publishedOn: string | null;
  quote: string | null;
  paraphrase: string | null;
  language: string | null;
  translationPath: string | null;
  venue: string | null;
  ceasefireStance: CeasefireStance;
  talksStance: TalksStance;
  background: boolean;
  /** Sorted, so that two snapshots of the same topics compare equal. */
  topics: string[];
  /** Sorted by slug, then stage. */
  conditions: ConditionInput[];
  /** In rank order: the first is the primary source. */
  sources: SourceInput[];
  respondsTo: number[];
  restates: number[];
  origin: "manual" | "imported";
  retracted: { at: string; reason: string | null } | null;
};

export const snapshotFieldLabels: Record<keyof StatementSnapshot, string> = {
  actor: "Actor",
  speakerAsWritten: "Speaker as written",
  saidOn: "Date said",
  saidOnPrecision: "Date precision",
  publishedOn: "First published",
  quote: "Quote",
  paraphrase: "Paraphrase",
  language: "Language",
  translationPath: "Translation path",
  venue: "Venue",
  ceasefireStance: "Ceasefire stance",
  talksStance: "Talks stance",
  background: "Background",
  topics: "Topics",
  conditions: "Conditions",
  sources: "Sources",
  respondsTo: "Responds to",
  restates: "Restates",
  origin: "Origin",
  retracted: "Retraction",
};

const snapshotKeys = Object.keys(snapshotFieldLabels) as (keyof StatementSnapshot)[];

/** The fields that differ between two versions, in display order. */
export function changedFields(before: StatementSnapshot | null, after: StatementSnapshot): (keyof StatementSnapshot)[] {
  if (!before) return snapshotKeys.filter((k) => !isEmpty(after[k]));
  return snapshotKeys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === false || (Array.isArray(value) && value.length === 0);
}

/** Conditions in the order snapshots keep them. */
export function sortConditions(conditions: ConditionInput[]): ConditionInput[] {
  return [...conditions].sort((a, b) =>
    a.slug === b.slug ? a.appliesTo.localeCompare(b.appliesTo) : a.slug.localeCompare(b.slug),
  );
}

/** A statement as recorded, as the input an edit starts from. */
export function snapshotToInput(s: StatementSnapshot): StatementInputData {
  return {
    actor: s.actor,
    newActor: null,
    speakerAsWritten: s.speakerAsWritten,
    saidOn: s.saidOn,
    saidOnPrecision: s.saidOnPrecision,
    publishedOn: s.publishedOn,
    quote: s.quote,
    paraphrase: s.paraphrase,
    language: s.language,
    translationPath: s.translationPath,
    venue: s.venue,
    ceasefireStance: s.ceasefireStance,
    talksStance: s.talksStance,
    background: s.background,
    topics: s.topics,
    conditions: s.conditions,
    sources: s.sources,
    respondsTo: s.respondsTo,
    restates: s.restates,
    origin: s.origin,
  };
}

/** What a validated input will look like once stored, for the given actor slug. */
export function inputToSnapshot(
  input: StatementInput,
  actorSlug: string,
  retracted: StatementSnapshot["retracted"] = null,
): StatementSnapshot {
  return {
    actor: actorSlug,
    speakerAsWritten: input.speakerAsWritten,
    saidOn: input.saidOn,
    saidOnPrecision: input.saidOnPrecision,
    publishedOn: input.publishedOn,
    quote: input.quote,
    paraphrase: input.paraphrase,
    language: input.language,
    translationPath: input.translationPath,
    venue: input.venue,
    ceasefireStance: input.ceasefireStance,
    talksStance: input.talksStance,
    background: input.background,
    topics: input.topics,
    conditions: sortConditions(input.conditions),
    sources: input.sources,
    respondsTo: input.respondsTo,
    restates: input.restates,
    origin: input.origin,
    retracted,
  };
}
