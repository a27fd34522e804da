import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActiveFilters } from "@/components/statements/active-filters";
import { ExportLinks } from "@/components/statements/export-links";
import { FilterForm } from "@/components/statements/filter-form";
import { StatementCard } from "@/components/statements/statement-card";
import { StatementListSkeleton } from "@/components/statements/statement-list-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import {
  filtersOnlySearchParams,
  filtersToSearchParams,
  hasActiveFilters,
  paramsToRecord,
  parseFiltersLenient,
  type FilterNote,
  type StatementFilters,
} from "@/lib/statements/filters";
import { countStatements, listFilterOptions, listStatements, type FilterOptionsView } from "@/lib/statements/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = parseFiltersLenient(paramsToRecord(await searchParams));
  const query = filtersOnlySearchParams(filters).toString();
  return {
    alternates: {
      types: {
        "application/atom+xml": [
          {
            url: `/feed.xml${query ? `?${query}` : ""}`,
            title: hasActiveFilters(filters) ? "Positions: statements matching these filters" : "Positions: newest statements",
          },
        ],
      },
    },
  };
}

export default async function TimelinePage({ searchParams }: Props) {
  const { filters, notes } = parseFiltersLenient(paramsToRecord(await searchParams));
  const options = await listFilterOptions();

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
        <p className="text-stone-600">What was said on a ceasefire and peace talks, newest first.</p>
      </div>
      <FilterForm filters={filters} options={options} />
      <Suspense key={filtersToSearchParams(filters).toString()} fallback={<StatementListSkeleton />}>
        <TimelineResults filters={filters} notes={notes} options={options} />
      </Suspense>
    </div>
  );
}

async function TimelineResults({
  filters,
  notes,
  options,
}: {
  filters: StatementFilters;
  notes: FilterNote[];
  options: FilterOptionsView;
}) {
  const [page, total] = await Promise.all([listStatements(filters), countStatements(filters)]);
  const allNotes = [
    ...notes.map((n) => n.message),
    ...page.unknown.map((u) => `Ignored ${u.field} "${u.value}": nothing is recorded under that name`),
  ];
  const newest = filtersToSearchParams({ ...filters, cursor: undefined }).toString();
  const older = page.nextCursor ? `/?${filtersToSearchParams(filters, { cursor: page.nextCursor })}` : null;
  const filtered = hasActiveFilters(filters);
  const one = total.count === 1 && !total.atLeast;
  const totalText = `${total.atLeast ? "More than " : ""}${total.count.toLocaleString("en-GB")} ${one ? "statement" : "statements"}`;

  return (
    <section aria-labelledby="results-h" className="space-y-4">
      {allNotes.length > 0 && (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">Part of this address was not understood and has been left out:</p>
          <ul className="mt-1 list-inside list-disc">
            {allNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <ActiveFilters filters={filters} options={options} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 border-b border-stone-200 pb-2">
        <h2 id="results-h" className="text-base font-medium text-stone-800">
          {filtered ? `${totalText} ${one ? "matches" : "match"} these filters` : `${totalText} recorded`}
          {filters.cursor && page.items.length > 0 && (
            <span className="font-normal text-stone-600">
              {" "}
              · showing {page.items.length} older ones
            </span>
          )}
        </h2>
        {total.count > 0 && <ExportLinks filters={filters} />}
      </div>

      {page.items.length === 0 ? (
        <EmptyState title="No statements match">
          {filters.cursor ? (
            <Link href={newest ? `/?${newest}` : "/"} className="underline">
              Back to the newest statements
            </Link>
          ) : filtered ? (
            <>
              Nothing recorded matches all of these filters. Remove one of them above, or{" "}
              <Link href="/" className="underline">
                see every statement
              </Link>
              .
            </>
          ) : (
            "Nothing has been recorded yet."
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
      {(filters.cursor || older) && (
        <nav aria-label="Pages" className="flex justify-between">
          {filters.cursor ? (
            <Link href={newest ? `/?${newest}` : "/"} className="underline">
              Newest
            </Link>
          ) : (
            <span />
          )}
          {older && (
            <Link href={older} className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700">
              Older statements
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
