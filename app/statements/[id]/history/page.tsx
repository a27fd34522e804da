import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RevisionList } from "@/components/history/revision-list";
import { SnapshotView } from "@/components/history/snapshot-view";
import { formatInstant, formatSaidOn } from "@/lib/dates";
import { getStatementFormOptions } from "@/lib/editing/queries";
import { getStatementForEditing, listRevisions } from "@/lib/revisions/queries";
import { statementIdSchema } from "@/lib/statements/schema";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "History of a statement" };

// A version in the URL that is not a whole number is ignored, not an error.
const versionParam = z.coerce.number().int().positive().optional().catch(undefined);

export default async function StatementHistoryPage({ params, searchParams }: Props) {
  const id = statementIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [statement, revisions, options] = await Promise.all([
    getStatementForEditing(id.data),
    listRevisions(id.data),
    getStatementFormOptions(),
  ]);
  if (!statement) notFound();
  const requested = versionParam.parse((await searchParams).version);
  // Statements loaded with the original data have no revision for their first
  // version; the first correction's "before" is that version.
  const oldest = revisions.at(-1);
  const original = oldest && oldest.kind !== "create" && oldest.before ? { version: oldest.version - 1, snapshot: oldest.before } : null;
  const fromRevision = revisions.find((r) => r.version === requested);
  const shown = fromRevision
    ? { version: fromRevision.version, snapshot: fromRevision.after, title: `as saved ${formatInstant(fromRevision.at)}` }
    : original && original.version === requested
      ? { version: original.version, snapshot: original.snapshot, title: "as first recorded" }
      : undefined;
  const labels = {
    actors: new Map(options.actors.map((a) => [a.slug, a.name])),
    topics: new Map(options.topics.map((t) => [t.slug, t.label])),
    conditions: new Map(options.conditionGroups.flatMap((g) => g.conditions.map((c) => [c.slug, c.label] as const))),
  };
  const { snapshot } = statement;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
          <Link href={`/statements/${statement.id}`} className="underline">
            Statement {statement.id}
          </Link>{" "}
          / History
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight">
          History: {statement.actorName}, {formatSaidOn(snapshot.saidOn, snapshot.saidOnPrecision)}
        </h1>
        <p className="text-sm text-stone-600">
          Current version: {statement.version}. Every correction is kept with who made it, when and why.
        </p>
      </header>

      {requested !== undefined && !shown && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          There is no version {requested} of this statement.
        </p>
      )}
      {shown && (
        <section id="version" aria-labelledby="version-h" className="space-y-2">
          <h2 id="version-h" className="text-lg font-semibold">
            Version {shown.version}, {shown.title}
          </h2>
          {shown.version !== statement.version && (
            <p className="text-sm text-stone-700">
              This is an earlier version.{" "}
              <Link href={`/statements/${statement.id}`} className="underline">
                See the statement as it is now
              </Link>
              .
            </p>
          )}
          <SnapshotView snapshot={shown.snapshot} labels={labels} />
        </section>
      )}

      <section aria-labelledby="changes-h" className="space-y-2">
        <h2 id="changes-h" className="text-lg font-semibold">
          Changes
        </h2>
        {revisions.length === 0 ? (
          <p className="text-sm text-stone-600">
            No changes recorded: this statement was loaded with the original data and has not been edited since.
          </p>
        ) : (
          <RevisionList statementId={statement.id} revisions={revisions} labels={labels} shownVersion={shown?.version} />
        )}
        {original && (
          <p className="text-sm text-stone-700">
            Version {original.version}: as first recorded, with the original data.{" "}
            {shown?.version === original.version ? (
              <span className="text-stone-600">Shown above.</span>
            ) : (
              <Link href={`/statements/${statement.id}/history?version=${original.version}#version`} className="underline">
                View version {original.version} as it was
              </Link>
            )}
          </p>
        )}
      </section>
    </div>
  );
}
