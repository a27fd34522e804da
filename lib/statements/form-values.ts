import type { RevisionView } from "../revisions/queries";
import type { FieldErrors } from "./input-schema";
import type { DuplicateView, WriteFailure } from "./mutations";
import type { StatementSnapshot } from "./snapshot";

// Isomorphic: the statement form's values as the browser holds them (text,
// as typed), to and from FormData, and into the shape statementInputSchema
// checks. The server action sends these values back on every error, so the
// form re-renders with everything the editor typed.

export type ConditionRowValues = { slug: string; appliesTo: string; position: string };
export type SourceRowValues = { url: string; outlet: string; title: string; publishedOn: string; kind: string };

export type StatementFormValues = {
  actorMode: "existing" | "new";
  actor: string;
  newActorName: string;
  /** One spelling per line. */
  newActorAliases: string;
  newActorAffiliation: string;
  newActorKind: string;
  speakerAsWritten: string;
  saidOn: string;
  saidOnPrecision: string;
  publishedOn: string;
  quote: string;
  paraphrase: string;
  language: string;
  translationPath: string;
  venue: string;
  ceasefireStance: string;
  talksStance: string;
  background: boolean;
  topics: string[];
  conditions: ConditionRowValues[];
  sources: SourceRowValues[];
  /** Statement numbers, separated by commas or spaces. */
  respondsTo: string;
  restates: string;
  origin: string;
};

/** What the form shows after a save was refused, and why. */
export type StatementFormState = {
  values: StatementFormValues;
  errors: FieldErrors;
  /** Changes with every answer, so the form is re-rendered from `values`. */
  submission: number;
  message?: string;
  /** A new statement that looks like one already recorded: shown before it is saved anyway. */
  duplicates?: DuplicateView[];
  /** Edits only: the version the editor is editing, and the reason they gave. */
  version?: number;
  reason?: string;
  /** Edits only: what other editors saved since the version being edited. */
  conflict?: { currentVersion: number; changes: RevisionView[] };
};

export const emptySource = (): SourceRowValues => ({ url: "", outlet: "", title: "", publishedOn: "", kind: "other" });
export const emptyCondition = (): ConditionRowValues => ({ slug: "", appliesTo: "talks", position: "demands" });

export function emptyStatementValues(): StatementFormValues {
  return {
    actorMode: "existing",
    actor: "",
    newActorName: "",
    newActorAliases: "",
    newActorAffiliation: "",
    newActorKind: "person",
    speakerAsWritten: "",
    saidOn: "",
    saidOnPrecision: "day",
    publishedOn: "",
    quote: "",
    paraphrase: "",
    language: "",
    translationPath: "",
    venue: "",
    ceasefireStance: "none",
    talksStance: "none",
    background: false,
    topics: [],
    conditions: [],
    sources: [emptySource()],
    respondsTo: "",
    restates: "",
    origin: "manual",
  };
}

export function snapshotToFormValues(s: StatementSnapshot): StatementFormValues {
  return {
    ...emptyStatementValues(),
    actor: s.actor,
    speakerAsWritten: s.speakerAsWritten ?? "",
    saidOn: s.saidOn,
    saidOnPrecision: s.saidOnPrecision,
    publishedOn: s.publishedOn ?? "",
    quote: s.quote ?? "",
    paraphrase: s.paraphrase ?? "",
    language: s.language ?? "",
    translationPath: s.translationPath ?? "",
    venue: s.venue ?? "",
    ceasefireStance: s.ceasefireStance,
    talksStance: s.talksStance,
    background: s.background,
    topics: s.topics,
    conditions: s.conditions.map((c) => ({ ...c })),
    sources: s.sources.map((src) => ({
      url: src.url ?? "",
      outlet: src.outlet,
      title: src.title,
      publishedOn: src.publishedOn ?? "",
      kind: src.kind,
    })),
    respondsTo: s.respondsTo.join(", "),
    restates: s.restates.join(", "),
    origin: s.origin,
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Rows named `${prefix}.${i}.${field}`, in index order, whatever indexes the browser sent. */
function rows<K extends string>(form: FormData, prefix: string, fields: readonly K[]): Record<K, string>[] {
  const byIndex = new Map<number, Record<K, string>>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(\\w+)$`);
  for (const [name, value] of form.entries()) {
    const match = pattern.exec(name);
    if (!match || typeof value !== "string" || !(fields as readonly string[]).includes(match[2])) continue;
    const index = Number(match[1]);
    const row = byIndex.get(index) ?? (Object.fromEntries(fields.map((f) => [f, ""])) as Record<K, string>);
    row[match[2] as K] = value;
    byIndex.set(index, row);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

export function formDataToValues(form: FormData): StatementFormValues {
  return {
    actorMode: text(form, "actorMode") === "new" ? "new" : "existing",
    actor: text(form, "actor"),
    newActorName: text(form, "newActor.name"),
    newActorAliases: text(form, "newActor.aliases"),
    newActorAffiliation: text(form, "newActor.affiliation"),
    newActorKind: text(form, "newActor.kind") || "person",
    speakerAsWritten: text(form, "speakerAsWritten"),
    saidOn: text(form, "saidOn"),
    saidOnPrecision: text(form, "saidOnPrecision"),
    publishedOn: text(form, "publishedOn"),
    quote: text(form, "quote"),
    paraphrase: text(form, "paraphrase"),
    language: text(form, "language"),
    translationPath: text(form, "translationPath"),
    venue: text(form, "venue"),
    ceasefireStance: text(form, "ceasefireStance"),
    talksStance: text(form, "talksStance"),
    background: form.get("background") === "on",
    topics: form.getAll("topics").filter((v): v is string => typeof v === "string"),
    conditions: rows(form, "conditions", ["slug", "appliesTo", "position"] as const),
    sources: rows(form, "sources", ["url", "outlet", "title", "publishedOn", "kind"] as const),
    respondsTo: text(form, "respondsTo"),
    restates: text(form, "restates"),
    origin: text(form, "origin"),
  };
}

const splitIds = (value: string) => value.split(/[\s,;]+/).filter(Boolean);
const isBlankCondition = (c: ConditionRowValues) => c.slug.trim() === "";
const isBlankSource = (s: SourceRowValues) => [s.url, s.outlet, s.title, s.publishedOn].every((f) => f.trim() === "");

/**
 * The values as statementInputSchema reads them. Rows left entirely blank
 * (the spare row a form without JavaScript offers) are dropped, not errors.
 */
export function formValuesToInput(v: StatementFormValues): Record<string, unknown> {
  const isNew = v.actorMode === "new";
  return {
    actor: isNew ? null : v.actor,
    newActor: isNew
      ? {
          name: v.newActorName,
          aliases: v.newActorAliases.split("\n").map((a) => a.trim()).filter(Boolean),
          affiliation: v.newActorAffiliation,
          kind: v.newActorKind,
        }
      : null,
    speakerAsWritten: v.speakerAsWritten,
    saidOn: v.saidOn,
    saidOnPrecision: v.saidOnPrecision || undefined,
    publishedOn: v.publishedOn,
    quote: v.quote,
    paraphrase: v.paraphrase,
    language: v.language,
    translationPath: v.translationPath,
    venue: v.venue,
    ceasefireStance: v.ceasefireStance || undefined,
    talksStance: v.talksStance || undefined,
    background: v.background,
    topics: v.topics,
    conditions: v.conditions.filter((c) => !isBlankCondition(c)),
    sources: v.sources.filter((s) => !isBlankSource(s)).map((s) => ({ ...s, kind: s.kind || undefined })),
    respondsTo: splitIds(v.respondsTo),
    restates: splitIds(v.restates),
    origin: v.origin || undefined,
  };
}

/**
 * Errors are keyed by the schema's paths. The form's fields differ in two
 * ways: a few hold more than one schema value (the aliases textarea holds
 * newActor.aliases.N), and blank rows are skipped, so the second source of
 * the input may be the third row of the form.
 */
export function formFieldOf(path: string, values: StatementFormValues): string {
  if (path.startsWith("newActor.aliases")) return "newActor.aliases";
  if (/^(topics|respondsTo|restates)\.\d+$/.test(path)) return path.split(".")[0];
  const row = /^(conditions|sources)\.(\d+)(\..*)?$/.exec(path);
  if (row) {
    const kept =
      row[1] === "conditions"
        ? values.conditions.flatMap((c, i) => (isBlankCondition(c) ? [] : [i]))
        : values.sources.flatMap((s, i) => (isBlankSource(s) ? [] : [i]));
    const index = kept[Number(row[2])];
    if (index !== undefined) return `${row[1]}.${index}${row[3] ?? ""}`;
  }
  return path;
}

export function errorsByFormField(errors: FieldErrors, values: StatementFormValues): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) (out[formFieldOf(path, values)] ??= []).push(...messages);
  return out;
}

/** The form's next state: what was sent, and only this answer's notices. */
export function formAnswer(
  previous: StatementFormState,
  values: StatementFormValues,
  patch: Partial<StatementFormState> = {},
): StatementFormState {
  return {
    ...previous,
    values,
    errors: {},
    submission: previous.submission + 1,
    duplicates: undefined,
    conflict: undefined,
    message: undefined,
    ...patch,
  };
}

/** A refused save as the form shows it, with everything typed kept. */
export function failureToFormState(
  failure: WriteFailure,
  values: StatementFormValues,
  previous: StatementFormState,
): StatementFormState {
  const base = formAnswer(previous, values);
  switch (failure.reason) {
    case "invalid":
      return { ...base, errors: errorsByFormField(failure.fieldErrors, values), message: "Some fields need attention." };
    case "duplicate":
      return {
        ...base,
        duplicates: failure.duplicates,
        message: "This looks like a statement already recorded. Check the match below before saving.",
      };
    case "conflict":
      return {
        ...base,
        // The next save replaces their version with this one, knowingly.
        version: failure.currentVersion,
        conflict: { currentVersion: failure.currentVersion, changes: failure.changes },
        message: "Another editor saved changes to this statement while you were editing. Your changes are kept below.",
      };
    case "retracted":
      return { ...base, message: "This statement was retracted meanwhile and can no longer be changed." };
    case "not_found":
      return { ...base, message: "This statement no longer exists." };
    case "idempotency_mismatch":
      return { ...base, message: "This form was already sent with other values. Reload the page and try again." };
  }
}
