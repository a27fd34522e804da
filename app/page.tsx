import type { Metadata } from "next";
import { StatementBins } from "@/components/charts/statement-bins";
import { StatementLanes } from "@/components/charts/statement-lanes";
import { ActiveFilters } from "@/components/statements/active-filters";
import { ExportLinks } from "@/components/statements/export-links";
import { FilterForm } from "@/components/statements/filter-form";
import { StatementCard } from "@/components/statements/statement-card";
import {
  PendingResults,
  TimelineLink,
  TimelineNavigationProvider,
} from "@/components/statements/timeline-navigation";
import { EmptyState } from "@/components/ui/empty-state";
import {
  filtersOnlySearchParams,
  filtersToSearchParams,
  hasActiveFilters,
  paramsToRecord,
  parseFiltersLenient,
} from "@/lib/statements/filters";
import { listStatementChart } from "@/lib/statements/points";
import { countStatements, listFilterOptions, listStatements, unknownFilterMessage } from "@/lib/statements/queries";

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

// Rendered whole before it is sent, without streamed placeholders: a page that
// streams its results behind a fallback shows only the fallback to a reader
// without JavaScript. The skeleton appears on in-page navigation instead.
export default async function TimelinePage({ searchParams }: Props) {
  const { filters, notes } = parseFiltersLenient(paramsToRecord(await searchParams));
  const [options, page, total, chart] = await Promise.all([
    listFilterOptions(),
    listStatements(filters),
    countStatements(filters),
    listStatementChart(filters),
  ]);

  const allNotes = [
    ...notes.map((n) => n.message),
    ...page.unknown.map(unknownFilterMessage),
  ];
  const newest = filtersToSearchParams({ ...filters, cursor: undefined }).toString();
  const newestHref = newest ? `/?${newest}` : "/";
  const older = page.nextCursor ? `/?${filtersToSearchParams(filters, { cursor: page.nextCursor })}` : null;
  const filtered = hasActiveFilters(filters);
  const one = total.count === 1 && !total.atLeast;
  const totalText = `${total.atLeast ? "More than " : ""}${total.count.toLocaleString("en-GB")} ${one ? "statement" : "statements"}`;

  return (
    <TimelineNavigationProvider>
      <div className="space-y-5">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
          <p className="text-stone-600">What was said on a ceasefire and peace talks, newest first.</p>
        </div>
        <FilterForm filters={filters} options={options} />
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

        <section aria-labelledby="results-h" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 border-b border-stone-200 pb-2">
            <h2 id="results-h" className="text-base font-medium text-stone-800">
              {filtered ? `${totalText} ${one ? "matches" : "match"} these filters` : `${totalText} recorded`}
              {filters.cursor && page.items.length > 0 && (
                <span className="font-normal text-stone-600"> · showing {page.items.length} older ones</span>
              )}
            </h2>
            {total.count > 0 && <ExportLinks filters={filters} />}
          </div>

          <PendingResults>
            <div className="space-y-4">
              {chart.kind === "marks" && chart.points.length > 1 && (
                <div className="rounded-lg border border-stone-200 bg-white p-4">
                  <StatementLanes
                    points={chart.points}
                    caption={filtered ? "These statements over time" : "All statements over time"}
                  />
                </div>
              )}
              {chart.kind === "bins" && (
                <div className="rounded-lg border border-stone-200 bg-white p-4">
                  <StatementBins
                    unit={chart.unit}
                    lanes={chart.lanes.map((l) => ({
                      key: l.key ?? "",
                      label: l.key ? l.label : `${l.memberCount.toLocaleString("en-GB")} other actors`,
                      href: l.key ? `/actors/${l.key}` : undefined,
                      count: l.count,
                    }))}
                    bins={chart.bins}
                    caption={
                      chart.truncated
                        ? `The newest ${chart.total.toLocaleString("en-GB")} of these statements, by ${chart.unit}`
                        : `${filtered ? "These statements" : "All statements"} over time, by ${chart.unit}`
                    }
                    binHref={(lane, bin) =>
                      `/?${filtersToSearchParams({
                        ...filters,
                        actor: lane.key ? [lane.key] : filters.actor,
                        from: bin.startOn > (filters.from ?? "") ? bin.startOn : filters.from,
                        to: filters.to && filters.to < bin.endOn ? filters.to : bin.endOn,
                        cursor: undefined,
                      })}`
                    }
                  />
                  {chart.truncated && (
                    <p className="mt-2 text-sm text-stone-600">
                      Older statements are not counted here; narrow the filters or the dates to chart them.
                    </p>
                  )}
                </div>
              )}

              {page.items.length === 0 ? (
                <EmptyState title="No statements match">
                  {filters.cursor ? (
                    <TimelineLink href={newestHref} className="underline" scroll>
                      Back to the newest statements
                    </TimelineLink>
                  ) : filtered ? (
                    <>
                      Nothing recorded matches all of these filters. Remove one of them above, or{" "}
                      <TimelineLink href="/" className="underline">
                        see every statement
                      </TimelineLink>
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
                    <TimelineLink href={newestHref} className="underline" scroll>
                      Newest
                    </TimelineLink>
                  ) : (
                    <span />
                  )}
                  {older && (
                    <TimelineLink
                      href={older}
                      scroll
                      className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700"
                    >
                      Older statements
                    </TimelineLink>
                  )}
                </nav>
              )}
            </div>
          </PendingResults>
        </section>
      </div>
    </TimelineNavigationProvider>
  );
}
