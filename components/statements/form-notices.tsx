import Link from "next/link";
import { formatInstant, formatSaidOn } from "@/lib/dates";
import type { RevisionView } from "@/lib/revisions/queries";
import type { DuplicateView } from "@/lib/statements/queries";
import { snapshotFieldLabels, type StatementSnapshot } from "@/lib/statements/snapshot";
import { formatSnapshotField, type SnapshotLabels } from "@/lib/statements/snapshot-format";

const extraLabels: Record<string, string> = {
  "newActor.name": "Name of the new actor",
  "newActor.aliases": "Other spellings",
  "newActor.affiliation": "Affiliation",
  "newActor.kind": "Kind of actor",
  reason: "Reason for the change",
  version: "Version",
  form: "Form",
};

export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, "-")}`;
}

function fieldLabel(path: string): string {
  const row = /^(conditions|sources)\.(\d+)\.(\w+)$/.exec(path);
  if (row) {
    const n = Number(row[2]) + 1;
    if (row[1] === "conditions") return `Condition ${n}`;
    const part = { url: "address", outlet: "outlet", title: "title", publishedOn: "published on", kind: "kind" }[row[3]];
    return `Source ${n}${part ? `, ${part}` : ""}`;
  }
  return extraLabels[path] ?? snapshotFieldLabels[path as keyof StatementSnapshot] ?? path;
}

// The order of the form, so the summary reads top to bottom like the page.
const formOrder = [
  "form",
  "actor",
  "newActor",
  "saidOn",
  "saidOnPrecision",
  "publishedOn",
  "quote",
  "paraphrase",
  "speakerAsWritten",
  "venue",
  "language",
  "translationPath",
  "ceasefireStance",
  "talksStance",
  "background",
  "topics",
  "conditions",
  "sources",
  "respondsTo",
  "restates",
  "origin",
  "version",
  "reason",
];
const rank = (path: string) => {
  const i = formOrder.indexOf(path.split(".")[0]);
  return i === -1 ? formOrder.length : i;
};

/** Every error of the form in one list at its top, each linking to its field. */
export function ErrorSummary({
  message,
  errors,
  ref,
}: {
  message?: string;
  errors: Record<string, string[]>;
  ref: React.Ref<HTMLDivElement>;
}) {
  const entries = Object.entries(errors).sort(
    ([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }),
  );
  if (!message && entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className={
        entries.length > 0
          ? "rounded border border-rose-300 bg-rose-50 p-4 text-rose-950"
          : "rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
      }
    >
      <p className="font-semibold">{message ?? "Some fields need attention."}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {entries.map(([path, messages]) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`} className="underline">
                {fieldLabel(path)}
              </a>
              : {messages.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The recorded statements a new one may repeat, to compare before saving it
 * anyway. The form shows one under its title; the import review one in each
 * candidate's card, hence the heading's id, level and wording as props.
 */
export function DuplicateNotice({
  duplicates,
  headingId = "duplicates-h",
  level = 2,
  heading = "Possibly recorded already",
  advice = "Open them to compare. If yours is a different statement (or another report of it you want to keep separately), use “Save anyway” below.",
}: {
  duplicates: DuplicateView[];
  headingId?: string;
  level?: 2 | 4;
  heading?: string;
  /** What to do about it, after the rule that flagged them. */
  advice?: string;
}) {
  const Heading = `h${level}` as const;
  return (
    <section aria-labelledby={headingId} className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <Heading id={headingId} className="font-semibold">
        {heading}
      </Heading>
      <p className="text-sm">The same actor, on a date that can be the same, with overlapping words. {advice}</p>
      <ul className="mt-2 space-y-2 text-sm">
        {duplicates.map((d) => (
          <li key={d.id} className="rounded bg-white p-2">
            <Link href={`/statements/${d.id}`} target="_blank" className="font-medium underline">
              Statement {d.id}, {formatSaidOn(d.saidOn, d.saidOnPrecision)}
              <span className="sr-only"> (opens in a new tab)</span>
            </Link>
            <p className="mt-1 text-stone-800">{d.quote ? `“${d.quote}”` : `Paraphrase: ${d.paraphrase ?? ""}`}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What other editors changed since the version being edited, field by field. */
export function ConflictNotice({
  changes,
  currentVersion,
  labels,
}: {
  changes: RevisionView[];
  currentVersion: number;
  labels: SnapshotLabels;
}) {
  return (
    <section aria-labelledby="conflict-h" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="conflict-h" className="font-semibold">
        Changed by someone else while you were editing
      </h2>
      <p className="text-sm">
        The statement is now at version {currentVersion}. Compare their changes with yours below. Saving again
        replaces their version with what is in this form, so bring over anything of theirs you want to keep.
      </p>
      {changes.map((c) => (
        <div key={c.version} className="mt-3 rounded bg-white p-3 text-sm">
          <p>
            <span className="font-medium">Version {c.version}</span> by {c.editor.name},{" "}
            {formatInstant(c.at)}
            {c.reason && <>: “{c.reason}”</>}
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            {c.changedFields.map((field) => (
              <FieldChange key={field} field={field} before={c.before} after={c.after} labels={labels} />
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

export function FieldChange({
  field,
  before,
  after,
  labels,
}: {
  field: keyof StatementSnapshot;
  before: StatementSnapshot | null;
  after: StatementSnapshot;
  labels: SnapshotLabels;
}) {
  return (
    <>
      <dt className="font-medium text-stone-700">{snapshotFieldLabels[field]}</dt>
      <dd className="break-words">
        {before && (
          <>
            <del className="text-stone-600">{formatSnapshotField(field, before[field], labels)}</del>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> changed to </span>
          </>
        )}
        <ins className="no-underline">{formatSnapshotField(field, after[field], labels)}</ins>
      </dd>
    </>
  );
}
