import type { Metadata } from "next";
import Link from "next/link";
import { ActorPicker } from "@/components/board/actor-picker";
import { BoardTable } from "@/components/board/board-table";
import { EmptyState } from "@/components/ui/empty-state";
import { listActorNames } from "@/lib/actors/queries";
import { getBoard } from "@/lib/positions/queries";
import { boardHref, parseBoardParams } from "@/lib/positions/schema";
import { paramsToRecord } from "@/lib/statements/filters";

export const metadata: Metadata = { title: "Compare positions" };

export default async function BoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { params, notes } = parseBoardParams(paramsToRecord(await searchParams));
  const [board, actors] = await Promise.all([getBoard(params), listActorNames()]);
  const allNotes = [
    ...notes,
    ...board.unknown.map((slug) => `Ignored actor "${slug}": nothing is recorded under that name`),
  ];
  const chosen = board.actors.map((a) => a.slug);
  const partlyRead = board.actors.flatMap((a) => (a.searchedSince ? [{ name: a.name, ...a.searchedSince }] : []));
  const conditionCount = board.groups.reduce((n, g) => n + g.rows.length, 0);

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Compare positions</h1>
        <p className="text-stone-600">
          Actors side by side on each condition for talks, a ceasefire or a settlement: the latest position each has
          taken, when, and the statement that shows it.
        </p>
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
      {board.defaulted && board.actors.length > 0 && (
        <p className="text-sm text-stone-700">
          Showing the {board.actors.length} actors who have named the most conditions
          {board.defaultedFromNewest !== null &&
            ` in the ${board.defaultedFromNewest.toLocaleString("en-GB")} newest statements`}
          . Choose others below.
        </p>
      )}
      <ActorPicker actors={actors} chosen={chosen} all={params.all} />
      {partlyRead.length > 0 && (
        <p role="note" className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
          {partlyRead.map((a) => a.name).join(", ")}: only the newest{" "}
          {partlyRead[0].statements.toLocaleString("en-GB")} statements were read, and some conditions are not named
          in them. &quot;None since&quot; a date means nothing recorded
          since then; each links to the earlier statements on the timeline.
        </p>
      )}
      {board.actors.length === 0 ? (
        <EmptyState title="No positions recorded yet">Once statements name conditions, they appear here.</EmptyState>
      ) : conditionCount === 0 ? (
        <EmptyState title="None of these actors has named a condition">
          <Link href={boardHref({ actor: chosen, all: true })} className="underline">Show every condition anyway</Link>
        </EmptyState>
      ) : (
        <BoardTable board={board} />
      )}
      {board.hiddenConditionCount > 0 && conditionCount > 0 && (
        <p className="text-sm text-stone-600">
          {board.hiddenConditionCount} conditions no chosen actor has named are left out.{" "}
          <Link href={boardHref({ actor: chosen, all: true })} className="underline">Show every condition</Link>
        </p>
      )}
    </div>
  );
}
