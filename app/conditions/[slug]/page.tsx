import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CurrentPositions } from "@/components/actors/current-positions";
import { AbridgedPositionTimeline } from "@/components/actors/abridged-position-timeline";
import { SaidOn } from "@/components/statements/said-on";
import { EmptyState } from "@/components/ui/empty-state";
import { getConditionOverview } from "@/lib/conditions/queries";
import { abridgeHistory } from "@/lib/positions/changes";
import { filtersToSearchParams } from "@/lib/statements/filters";
import {
  conditionPositionLabels,
  conditionPositions,
  conditionScopeLabels,
  slugSchema,
} from "@/lib/statements/schema";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page read the same record once per request.
const cached = cache(getConditionOverview);

/** Entries shown per actor: beyond, the first, the changes and the latest, newest of them. */
const HISTORY_SHOWN = 6;

async function load(params: Props["params"]) {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? cached(slug.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const condition = await load(params);
  return { title: condition ? condition.label : "Condition not found" };
}

export default async function ConditionPage({ params }: Props) {
  const condition = await load(params);
  if (!condition) notFound();
  const timelineHref = (actor?: string) =>
    `/?${filtersToSearchParams({ condition: [condition.slug], actor: actor ? [actor] : [] })}`;
  const countText = `${condition.statementCountAtLeast ? "More than " : ""}${condition.statementCount.toLocaleString("en-GB")}`;
  const standings = conditionPositions.map((position) => ({
    position,
    holders: condition.actors.flatMap((a) =>
      a.current.filter((c) => c.position === position).map((c) => ({ actor: a.actor, current: c })),
    ),
  }));

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/conditions" className="underline">Conditions</Link> / {condition.group}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{condition.label}</h1>
        <p className="text-stone-700">{condition.definition}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <Link href={timelineHref()} className="text-blue-800 underline">
              All {countText}{" "}
              {condition.statementCount === 1 && !condition.statementCountAtLeast ? "statement" : "statements"} naming it
            </Link>
          </li>
          <li>
            <a href={`/api/conditions/${condition.slug}`} className="text-blue-800 underline">JSON</a>
          </li>
        </ul>
      </header>

      {condition.actors.length === 0 ? (
        <EmptyState title="No one has named this condition yet" />
      ) : (
        <>
          {!condition.window.complete && condition.window.fromOn && condition.window.fromPrecision && (
            <p role="note" className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
              Read from the newest {condition.window.size.toLocaleString("en-GB")} statements naming it, said since{" "}
              <SaidOn saidOn={condition.window.fromOn} precision={condition.window.fromPrecision} />: an actor&apos;s
              first position shown may have been taken earlier, and actors who named it only before then are not
              listed. <Link href={timelineHref()} className="underline">Every statement is on the timeline</Link>.
            </p>
          )}
          <section aria-labelledby="standing-h" className="space-y-3">
            <div>
              <h2 id="standing-h" className="text-lg font-semibold">Who stands where</h2>
              <p className="text-sm text-stone-600">
                Each actor&apos;s latest position, per stage, and the date of the first statement of the unbroken run
                that led to it
                {condition.moreActors.length > 0 && <>, for the {condition.actors.length} actors who named it most recently</>}
                .
              </p>
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              {standings.map(({ position, holders }) => (
                <div key={position} className="rounded-lg border border-stone-200 bg-white p-3">
                  <h3 className="font-semibold capitalize">{conditionPositionLabels[position]}</h3>
                  {holders.length === 0 ? (
                    <p className="text-sm text-stone-600">No one.</p>
                  ) : (
                    <ul className="mt-1 space-y-1 text-sm">
                      {holders.map(({ actor, current }) => (
                        <li key={`${actor.slug}-${current.appliesTo}`}>
                          <Link href={`/actors/${actor.slug}#condition-${condition.slug}`} className="font-medium underline">
                            {actor.name}
                          </Link>{" "}
                          for {conditionScopeLabels[current.appliesTo]}, since{" "}
                          <Link href={`/statements/${current.since.statementId}`} className="underline">
                            <SaidOn saidOn={current.since.saidOn} precision={current.since.saidOnPrecision} />
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          </section>

          <section aria-labelledby="history-h" className="space-y-3">
            <div>
              <h2 id="history-h" className="text-lg font-semibold">Each actor over time</h2>
              {condition.moreActors.length > 0 && (
                <p className="text-sm text-stone-600">The {condition.actors.length} actors who named it most recently first.</p>
              )}
            </div>
            <ul className="space-y-4">
              {condition.actors.map((a) => (
                <li key={a.actor.slug} className="space-y-2 rounded-lg border border-stone-200 bg-white p-3">
                  <h3 className="font-medium">
                    <Link href={`/actors/${a.actor.slug}`} className="hover:text-blue-800 hover:underline">
                      {a.actor.name}
                    </Link>
                    {a.actor.affiliation && <span className="font-normal text-stone-600">, {a.actor.affiliation}</span>}
                  </h3>
                  <CurrentPositions current={a.current} />
                  {a.entries.length > a.current.length && (
                    <AbridgedPositionTimeline
                      {...abridgeHistory(a.entries, HISTORY_SHOWN)}
                      label={`${a.actor.name} on ${condition.label}, oldest first`}
                      moreHref={timelineHref(a.actor.slug)}
                    />
                  )}
                </li>
              ))}
            </ul>
            {condition.moreActors.length > 0 && (
              <div className="space-y-1 text-sm">
                <p className="text-stone-700">
                  {condition.moreActors.length.toLocaleString("en-GB")} more{" "}
                  {condition.moreActors.length === 1 ? "actor" : "actors"} named it
                  {!condition.window.complete && " in these statements"}; their statements on it:
                </p>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {condition.moreActors.map((actor) => (
                    <li key={actor.slug}>
                      <Link href={timelineHref(actor.slug)} className="text-blue-800 underline">
                        {actor.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        </>
      )}
    </article>
  );
}
