import { snapshotFieldLabels, type StatementSnapshot } from "@/lib/statements/snapshot";
import { formatSnapshotField, type SnapshotLabels } from "@/lib/statements/snapshot-format";

/** Every field of one stored version of a statement, as it was. */
export function SnapshotView({ snapshot, labels }: { snapshot: StatementSnapshot; labels: SnapshotLabels }) {
  const fields = Object.keys(snapshotFieldLabels) as (keyof StatementSnapshot)[];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
      {fields.map((field) => (
        <div key={field} className="contents">
          <dt className="font-medium text-stone-600">{snapshotFieldLabels[field]}</dt>
          <dd className={`break-words ${field === "quote" ? "font-serif" : ""}`}>
            {formatSnapshotField(field, snapshot[field], labels)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
