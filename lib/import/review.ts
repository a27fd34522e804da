import type { StatementFormOptions } from "../editing/queries";
import type { StatementFormState, StatementFormValues } from "../statements/form-values";
import type { FieldErrors, SourceInput, StatementInputData } from "../statements/input-schema";
import type { DuplicateView } from "../statements/mutations";
import type { AcceptCandidateInput, Candidate } from "./schema";

// Isomorphic: the review screen's state and the two ways from a candidate to
// a statement: accepted as it is (candidateToStatementData) or opened in the
// statement form to be edited first (candidateToFormValues). Both read the
// candidate the same way, so "accept" saves what "edit" would have shown.

/** A candidate as the review screen shows it. */
export type ReviewCandidate = {
  /** 1-based; the number on its highlights in the article. */
  number: number;
  candidate: Candidate;
  /** Statements already recorded that it likely repeats. */
  duplicates: DuplicateView[];
  /** Quote fragments not found verbatim in the article: never expected, shown as a warning if it happens. */
  unverifiedFragments: string[];
};

/** The paste form's fields as typed. */
export type ImportArticleValues = {
  text: string;
  url: string;
  outlet: string;
  title: string;
  publishedOn: string;
  kind: string;
};

export type ImportFormState = {
  values: ImportArticleValues;
  errors: FieldErrors;
  /** Changes with every answer, so the form and the review are rendered afresh from it. */
  submission: number;
  message?: string;
  /** The extraction, once the article was read: values.text is the text its offsets point into. */
  review?: { source: SourceInput; candidates: ReviewCandidate[] };
};

export function emptyImportState(): ImportFormState {
  return {
    values: { text: "", url: "", outlet: "", title: "", publishedOn: "", kind: "newspaper" },
    errors: {},
    submission: 0,
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function importFormDataToValues(form: FormData): ImportArticleValues {
  return {
    // Browsers send a textarea's line breaks as CRLF; the evidence offsets
    // point into the text as the review shows it, so it is read with LF.
    text: text(form, "text").replace(/\r\n?/g, "\n"),
    url: text(form, "url"),
    outlet: text(form, "outlet"),
    title: text(form, "title"),
    publishedOn: text(form, "publishedOn"),
    kind: text(form, "kind"),
  };
}

/** The fields the accept form of a candidate keeps when a save is refused. */
export type AcceptValues = { speakerMode: "resolved" | "existing" | "new"; actor: string; newActorName: string; newActorKind: string };

export type AcceptState = {
  values: AcceptValues;
  errors: FieldErrors;
  submission: number;
  message?: string;
  duplicates?: DuplicateView[];
  /** The statement the candidate was saved as. */
  savedId?: number;
};

export function initialAcceptState(candidate: Candidate): AcceptState {
  return {
    values: {
      speakerMode: candidate.speaker.slug ? "resolved" : "existing",
      actor: "",
      newActorName: candidate.speaker.asWritten,
      newActorKind: "person",
    },
    errors: {},
    submission: 0,
  };
}

export function acceptFormDataToValues(form: FormData): AcceptValues {
  const mode = text(form, "speakerMode");
  return {
    speakerMode: mode === "new" || mode === "existing" ? mode : "resolved",
    actor: text(form, "actor"),
    newActorName: text(form, "newActor.name"),
    newActorKind: text(form, "newActor.kind") || "person",
  };
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** What acceptCandidateSchema reads from an accept form: the candidate and its article travel as hidden JSON fields. */
export function acceptFormDataToInput(form: FormData, values: AcceptValues): Record<string, unknown> {
  return {
    candidate: parseJson(text(form, "candidate")),
    source: parseJson(text(form, "source")),
    actor: values.speakerMode === "existing" ? values.actor : null,
    newActor: values.speakerMode === "new" ? { name: values.newActorName, kind: values.newActorKind } : null,
  };
}

/** The statement form after saving an edited candidate: savedId says which statement it became. */
export type ImportedFormState = StatementFormState & { savedId?: number };

/**
 * "First published" is recorded only where it differs from the day said: the
 * article's date for a statement it reports from an earlier day, week, month
 * or year, nothing for one said the day it was published.
 */
function firstPublishedOn(candidate: Candidate, source: SourceInput): string | null {
  if (!source.publishedOn) return null;
  if (candidate.saidOnPrecision === "day" && candidate.saidOn === source.publishedOn) return null;
  return source.publishedOn;
}

/** One condition per condition and stage, as the statement schema requires: the first reading is kept. */
function distinctConditions(candidate: Candidate) {
  const seen = new Set<string>();
  return candidate.conditions
    .filter((c) => {
      const key = `${c.slug}|${c.appliesTo}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ slug, appliesTo, position }) => ({ slug, appliesTo, position }));
}

/** The statement an accepted candidate becomes, for statementInputSchema to check. */
export function candidateToStatementData(input: AcceptCandidateInput): StatementInputData {
  const { candidate: c, source } = input;
  const newActor = input.newActor ?? null;
  return {
    actor: newActor ? null : input.actor || c.speaker.slug,
    newActor,
    speakerAsWritten: c.speaker.asWritten,
    saidOn: c.saidOn ?? "",
    saidOnPrecision: c.saidOnPrecision ?? "day",
    publishedOn: firstPublishedOn(c, source),
    quote: c.quote,
    paraphrase: c.paraphrase,
    ceasefireStance: c.ceasefireStance,
    talksStance: c.talksStance,
    background: c.background,
    topics: [...new Set(c.topics.map((t) => t.slug))],
    conditions: distinctConditions(c),
    sources: [source],
    origin: "imported",
  };
}

/**
 * The statement form filled in from a candidate, for an editor to correct
 * before saving. The actor is given by name, as the form's field offers them
 * (the server resolves it again); an unresolved speaker is offered as written,
 * and the form says whether a recorded actor goes by that name.
 */
export function candidateToFormValues(candidate: Candidate, source: SourceInput, actorName?: string): StatementFormValues {
  const c = candidate;
  return {
    actorMode: "existing",
    actor: (c.speaker.slug && actorName) || c.speaker.slug || c.speaker.asWritten,
    newActorName: c.speaker.slug ? "" : c.speaker.asWritten,
    newActorAliases: "",
    newActorAffiliation: "",
    newActorKind: "person",
    speakerAsWritten: c.speaker.asWritten,
    saidOn: c.saidOn ?? "",
    saidOnPrecision: c.saidOnPrecision ?? "day",
    publishedOn: firstPublishedOn(c, source) ?? "",
    quote: c.quote ?? "",
    paraphrase: c.paraphrase ?? "",
    language: "",
    translationPath: "",
    venue: "",
    ceasefireStance: c.ceasefireStance,
    talksStance: c.talksStance,
    background: c.background,
    topics: [...new Set(c.topics.map((t) => t.slug))],
    conditions: distinctConditions(c),
    sources: [
      {
        url: source.url ?? "",
        outlet: source.outlet,
        title: source.title,
        publishedOn: source.publishedOn ?? "",
        kind: source.kind,
      },
    ],
    respondsTo: "",
    restates: "",
    origin: "imported",
  };
}

/** Names and labels for the slugs a candidate carries. */
export type ReviewLabels = {
  actors: Map<string, string>;
  conditions: Map<string, string>;
  topics: Map<string, string>;
};

export function reviewLabels(options: StatementFormOptions): ReviewLabels {
  return {
    actors: new Map(options.actors.map((a) => [a.slug, a.name])),
    conditions: new Map(options.conditionGroups.flatMap((g) => g.conditions.map((c) => [c.slug, c.label] as const))),
    topics: new Map(options.topics.map((t) => [t.slug, t.label])),
  };
}
