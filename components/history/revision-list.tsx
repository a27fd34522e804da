import Link from "next/link";
import { FieldChange } from "@/components/statements/form-notices";
import { formatInstant } from "@/lib/dates";
import type { RevisionView } from "@/lib/revisions/queries";
import { snapshotFieldLabels } from "@/lib/statements/snapshot";
import type { SnapshotLabels } from "@/lib/statements/snapshot-format";

const kindLabels = { create: "Recorded", update: "Corrected", retract: "Retracted" } as const;

/** A statement's changes, newest first: who, when, why, what changed, and a link to each version. */
export function RevisionList({
  statementId,
  revisions,
  labels,
  shownVersion,
}: {
  statementId: number;
  revisions: RevisionView[];
  labels: SnapshotLabels;
  shownVersion?: number;
}) {
  return (
    <ol className="space-y-3">
      {revisions.map((r) => (
        <li key={r.version} className="rounded border border-stone-200 bg-white p-3 text-sm">
          <p>
            <span className="font-semibold">
              Version {r.version}: {kindLabels[r.kind]}
            </span>{" "}
            by {r.editor.name}, <time dateTime={r.at}>{formatInstant(r.at)}</time>
          </p>
          {r.reason && <p className="mt-1 text-stone-800">Reason: {r.reason}</p>}
          {r.kind !== "create" && r.changedFields.length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-stone-700">
                Changed: {r.changedFields.map((f) => snapshotFieldLabels[f]).join(", ")}
              </summary>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
                {r.changedFields.map((field) => (
                  <FieldChange key={field} field={field} before={r.before} after={r.after} labels={labels} />
                ))}
              </dl>
            </details>
          )}
          <p className="mt-2">
            {shownVersion === r.version ? (
              <span className="text-stone-600">Shown below</span>
            ) : (
              <Link href={`/statements/${statementId}/history?version=${r.version}#version`} className="underline">
                View version {r.version} as it was
              </Link>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
