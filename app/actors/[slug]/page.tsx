import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AbridgedPositionTimeline } from "@/components/actors/abridged-position-timeline";
import { ChangeSummary } from "@/components/actors/change-summary";
import { CurrentPositions } from "@/components/actors/current-positions";
import { RoleList } from "@/components/actors/role-list";
import { StanceTimeline } from "@/components/actors/stance-timeline";
import { StatementBins } from "@/components/charts/statement-bins";
import { StatementLanes, type StatementLanePoint } from "@/components/charts/statement-lanes";
import { SaidOn } from "@/components/statements/said-on";
import { StatementCard } from "@/components/statements/statement-card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActorOverview, type ActorOverviewView } from "@/lib/actors/queries";
import { abridgeHistory } from "@/lib/positions/changes";
import { listStatementChart } from "@/lib/statements/points";
import { filtersToSearchParams, statementFiltersSchema } from "@/lib/statements/filters";
import { listStatements } from "@/lib/statements/queries";
import { ceasefireStanceLabels, slugSchema, talksStanceLabels } from "@/lib/statements/schema";
import { boardHref } from "@/lib/positions/schema";

type Props = { params: Promise<{ slug: string }> };

const LATEST_STATEMENTS = 10;
/** Entries shown per condition or stance: beyond, the first, the changes and the latest, newest of them. */
const HISTORY_SHOWN = 6;
/** Changes listed at the top, newest first. */
const CHANGES_SHOWN = 10;

// Metadata and page read the same record once per request.
const cached = cache(getActorOverview);

async function load(params: Props["params"]) {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? cached(slug.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await load(params);
  return { title: actor ? `${actor.name}: positions over time` : "Actor not found" };
}

export default async function ActorPage({ params }: Props) {
  const actor = await load(params);
  if (!actor) notFound();
  const filters = statementFiltersSchema.parse({ actor: [actor.slug], limit: LATEST_STATEMENTS });
  const [latest, chart] = await Promise.all([
    listStatements(filters),
    listStatementChart({ ...filters, actor: [actor.slug] }, { laneBy: "topic" }),
  ]);
  const timelineHref = `/?${filtersToSearchParams({ actor: [actor.slug] })}`;
  const older = latest.nextCursor
    ? `/?${filtersToSearchParams({ actor: [actor.slug] }, { cursor: latest.nextCursor })}`
    : null;
  const groups = [...new Set(actor.positions.map((h) => h.condition.group))];
  const countText = `${actor.statementCountAtLeast ? "More than " : ""}${actor.statementCount.toLocaleString("en-GB")}`;
  const talks = abridgeHistory(actor.stances.talks, HISTORY_SHOWN);
  const ceasefire = abridgeHistory(actor.stances.ceasefire, HISTORY_SHOWN);
  const lanePoints: StatementLanePoint[] = (chart.kind === "marks" ? chart.points : []).flatMap((p) =>
    p.topics.length
      ? p.topics.map((t) => ({
          ...p,
          lane: { key: t.slug, label: t.label, href: `/?${filtersToSearchParams({ actor: [actor.slug], topic: [t.slug] })}` },
        }))
      : [{ ...p, lane: { key: "", label: "No topic" } }],
  );

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/actors" className="underline">Actors</Link> / {actor.name}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{actor.name}</h1>
        <p className="text-stone-700">
          {[actor.kind === "organisation" ? "Organisation" : null, actor.affiliation].filter(Boolean).join(", ")}
        </p>
        {actor.description && <p className="text-stone-700">{actor.description}</p>}
        {actor.aliases.length > 0 && (
          <p className="text-sm text-stone-600">
            <span className="font-medium">Also written as:</span> {actor.aliases.join(", ")}
          </p>
        )}
        <p className="text-sm text-stone-700">
          {countText} {actor.statementCount === 1 && !actor.statementCountAtLeast ? "statement" : "statements"} recorded
          {actor.latestSaidOn && actor.latestSaidOnPrecision && (
            <>
              ; latest <SaidOn saidOn={actor.latestSaidOn} precision={actor.latestSaidOnPrecision} />
            </>
          )}
          .
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <Link href={timelineHref} className="text-blue-800 underline">All statements by {actor.name}</Link>
          </li>
          <li>
            <Link href={boardHref({ actor: [actor.slug], all: false })} className="text-blue-800 underline">
              Compare with other actors
            </Link>
          </li>
          <li>
            <a href={`/api/actors/${actor.slug}`} className="text-blue-800 underline">JSON</a>
          </li>
        </ul>
      </header>

      <section aria-labelledby="roles-h" className="space-y-2">
        <h2 id="roles-h" className="text-lg font-semibold">Offices held</h2>
        <RoleList roles={actor.roles} />
      </section>

      {actor.statementCount === 0 ? (
        <EmptyState title={`No statements by ${actor.name} are recorded yet`} />
      ) : (
        <>
          {!actor.window.complete && actor.window.fromOn && actor.window.fromPrecision && (
            <p role="note" className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
              Positions and stances below are read from the newest {actor.window.size.toLocaleString("en-GB")}{" "}
              statements, said since <SaidOn saidOn={actor.window.fromOn} precision={actor.window.fromPrecision} />:
              the first position shown for each may have been taken earlier.{" "}
              <Link href={timelineHref} className="underline">Every statement is on the timeline</Link>.
            </p>
          )}
          <section aria-labelledby="changes-h" className="space-y-2">
            <h2 id="changes-h" className="text-lg font-semibold">Changes of position</h2>
            <ChangeSummary actor={actor} max={CHANGES_SHOWN} />
          </section>

          <section aria-labelledby="stances-h" className="space-y-3">
            <h2 id="stances-h" className="text-lg font-semibold">Talks and ceasefire stance over time</h2>
            <div className="grid gap-6 md:grid-cols-2">
              <StanceTimeline title="Talks" entries={talks.shown} left={talks.left} labels={talksStanceLabels} />
              <StanceTimeline
                title="Ceasefire"
                entries={ceasefire.shown}
                left={ceasefire.left}
                labels={ceasefireStanceLabels}
              />
            </div>
          </section>

          <section aria-labelledby="positions-h" className="space-y-4">
            <div>
              <h2 id="positions-h" className="text-lg font-semibold">Positions by condition over time</h2>
              <p className="text-sm text-stone-600">
                Oldest first. A change is marked when a later statement takes another position on the same condition
                for the same stage (starting talks, a ceasefire, a final settlement).
              </p>
            </div>
            {actor.positions.length === 0 ? (
              <EmptyState title="No conditions named">None of these statements names a condition.</EmptyState>
            ) : (
              groups.map((group) => (
                <div key={group} className="space-y-3">
                  <h3 className="text-base font-semibold text-stone-700">{group}</h3>
                  <ul className="space-y-4">
                    {actor.positions
                      .filter((h) => h.condition.group === group)
                      .map((h) => (
                        <li
                          key={h.condition.slug}
                          id={`condition-${h.condition.slug}`}
                          className="space-y-2 rounded-lg border border-stone-200 bg-white p-3"
                        >
                          <h4 className="font-medium">
                            <Link href={`/conditions/${h.condition.slug}`} className="hover:text-blue-800 hover:underline">
                              {h.condition.label}
                            </Link>
                            {h.changeCount > 0 && (
                              <span className="ml-2 text-xs font-normal text-amber-900">
                                {h.changeCount} {h.changeCount === 1 ? "change" : "changes"}
                              </span>
                            )}
                          </h4>
                          <CurrentPositions current={h.current} />
                          {h.entries.length > h.current.length && (
                            <ConditionHistoryDetails
                              entries={h.entries}
                              changeCount={h.changeCount}
                              label={`${h.condition.label}, oldest first`}
                              moreHref={`/?${filtersToSearchParams({ actor: [actor.slug], condition: [h.condition.slug] })}`}
                            />
                          )}
                        </li>
                      ))}
                  </ul>
                </div>
              ))
            )}
          </section>

          <section aria-labelledby="chart-h" className="space-y-2">
            <h2 id="chart-h" className="text-lg font-semibold">Statements over time</h2>
            {chart.kind === "marks" ? (
              <StatementLanes points={lanePoints} caption={`Statements by ${actor.name}, one lane per topic`} />
            ) : (
              <>
                <StatementBins
                  unit={chart.unit}
                  lanes={chart.lanes.map((l) => ({
                    key: l.key ?? "(others)",
                    label: l.key === null ? `${l.memberCount} other topics` : l.label,
                    href: l.key ? `/?${filtersToSearchParams({ actor: [actor.slug], topic: [l.key] })}` : undefined,
                    count: l.count,
                  }))}
                  bins={chart.bins}
                  caption={`${chart.truncated ? `The newest ${chart.total.toLocaleString("en-GB")} statements` : "Statements"} by ${actor.name}, one lane per topic, by ${chart.unit}`}
                  binHref={(lane, bin) =>
                    `/?${filtersToSearchParams({
                      actor: [actor.slug],
                      topic: lane.href && lane.key ? [lane.key] : [],
                      from: bin.startOn,
                      to: bin.endOn,
                    })}`
                  }
                />
                {chart.truncated && (
                  <p className="text-sm text-stone-600">Older statements are not counted here; see them on the timeline.</p>
                )}
              </>
            )}
          </section>

          <section aria-labelledby="latest-h" className="space-y-3">
            <h2 id="latest-h" className="text-lg font-semibold">Latest statements</h2>
            <ol className="space-y-4" aria-label={`Statements by ${actor.name}, newest first`}>
              {latest.items.map((s) => (
                <li key={s.id}>
                  <StatementCard statement={s} />
                </li>
              ))}
            </ol>
            <p className="flex flex-wrap justify-between gap-2">
              <Link href={timelineHref} className="text-blue-800 underline">
                All {countText} statements by {actor.name} on the timeline
              </Link>
              {older && (
                <Link href={older} className="text-blue-800 underline">
                  Older statements
                </Link>
              )}
            </p>
          </section>
        </>
      )}
    </article>
  );
}

/** A condition's history under its current positions: whole when short, else its first entry, changes and latest. */
function ConditionHistoryDetails({
  entries,
  changeCount,
  label,
  moreHref,
}: {
  entries: ActorOverviewView["positions"][number]["entries"];
  changeCount: number;
  label: string;
  moreHref: string;
}) {
  const { shown, left } = abridgeHistory(entries, HISTORY_SHOWN);
  return (
    <details open={entries.length <= 6 || changeCount > 0}>
      <summary className="cursor-pointer text-sm text-stone-600">
        History: {entries.length.toLocaleString("en-GB")} positions, oldest first
        {left > 0 && <>; showing the first, the latest and the newest changes</>}
      </summary>
      <div className="mt-2">
        <AbridgedPositionTimeline shown={shown} left={left} label={label} moreHref={moreHref} />
      </div>
    </details>
  );
}
