import Link from "next/link";
import { StatementCard } from "@/components/statements/statement-card";
import { EmptyState } from "@/components/ui/empty-state";
import { filtersToSearchParams, paramsToRecord, parseFiltersLenient } from "@/lib/statements/filters";
import { listStatements } from "@/lib/statements/queries";

export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filters, notes } = parseFiltersLenient(paramsToRecord(await searchParams));
  const page = await listStatements(filters);
  const allNotes = [
    ...notes.map((n) => n.message),
    ...page.unknown.map((u) => `Ignored ${u.field} "${u.value}": nothing is recorded under that name`),
  ];
  const next = page.nextCursor ? `/?${filtersToSearchParams(filters, { cursor: page.nextCursor })}` : null;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
        <p className="text-stone-600">What was said on a ceasefire and peace talks, newest first.</p>
      </div>
      {allNotes.length > 0 && (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <ul className="list-inside list-disc">
            {allNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {page.items.length === 0 ? (
        <EmptyState title="No statements match">
          {filters.cursor ? (
            <Link href="/" className="underline">Back to the newest statements</Link>
          ) : (
            "Nothing recorded matches these filters."
          )}
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Statements, newest first">
          {page.items.map((s) => (
            <li key={s.id}>
              <StatementCard statement={s} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="flex justify-between">
        {filters.cursor ? <Link href={`/?${filtersToSearchParams(filters)}`} className="underline">Newest</Link> : <span />}
        {next && (
          <Link href={next} className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700">
            Older statements
          </Link>
        )}
      </nav>
    </div>
  );
}
