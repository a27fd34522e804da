import Link from "next/link";
import { positionTone } from "@/components/actors/position-badge";
import { SaidOn } from "@/components/statements/said-on";
import type { BoardCellView, BoardView } from "@/lib/positions/queries";
import { filtersToSearchParams } from "@/lib/statements/filters";
import { conditionPositionLabels, conditionScopeLabels } from "@/lib/statements/schema";

/**
 * Conditions down, actors across: each cell is the actor's latest position on
 * the condition, dated, linked to its evidence. The condition column stays put
 * while the actors scroll sideways on a narrow screen.
 */
export function BoardTable({ board }: { board: BoardView }) {
  const columns = board.actors.length + 1;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700" tabIndex={0} aria-labelledby="board-caption">
      {/* The cells' styles are set once here, not on each of their elements (see Cell). */}
      <table
        className={
          "min-w-full border-separate border-spacing-0 text-left text-sm " +
          "[&_td]:border-b [&_td]:border-stone-100 [&_td]:px-3 [&_td]:py-2 [&_td]:text-stone-700 " +
          "[&_td_b]:rounded [&_td_b]:px-1.5 [&_td_b]:text-xs [&_td_b]:ring-1 [&_td_b]:ring-inset " +
          "[&_td_a]:text-xs [&_td_a]:text-blue-800 [&_td_a]:underline"
        }
      >
        <caption id="board-caption" className="px-3 py-2 text-left text-stone-700">
          Latest recorded position of each actor on each condition, with the date it was said. An empty cell: nothing
          recorded.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-36 border-b border-stone-200 bg-stone-100 px-3 py-2 font-medium sm:min-w-48">
              Condition
            </th>
            {board.actors.map((a) => (
              <th key={a.slug} scope="col" className="min-w-32 border-b border-stone-200 bg-stone-100 px-3 py-2 align-bottom font-medium">
                <Link href={`/actors/${a.slug}`} className="text-blue-800 underline">{a.name}</Link>
                {a.affiliation && <span className="block text-xs font-normal text-stone-600">{a.affiliation}</span>}
              </th>
            ))}
          </tr>
        </thead>
        {board.groups.map((g) => (
          <tbody key={g.group}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={columns}
                className="border-b border-stone-200 bg-stone-50 px-3 pt-4 pb-1 text-xs font-semibold uppercase tracking-wide text-stone-600"
              >
                <span className="sticky left-3">{g.group}</span>
              </th>
            </tr>
            {g.rows.map((row) => (
              <tr key={row.condition.slug} className="align-top">
                <th scope="row" className="sticky left-0 z-10 border-b border-stone-100 bg-white px-3 py-2 font-medium">
                  <Link href={`/conditions/${row.condition.slug}`} className="hover:text-blue-800 hover:underline" title={row.condition.definition}>
                    {row.condition.label}
                  </Link>
                </th>
                {row.cells.map((cell, i) => {
                  const { slug, searchedSince } = board.actors[i];
                  return (
                    <td key={i}>
                      {cell ? (
                        <Cell cell={cell} />
                      ) : searchedSince ? (
                        <Link
                          href={`/?${filtersToSearchParams({ actor: [slug], condition: [row.condition.slug], to: searchedSince.fromOn })}`}
                        >
                          None since <SaidOn saidOn={searchedSince.fromOn} precision={searchedSince.fromPrecision} />
                          <span className="sr-only"> (earlier statements on the timeline)</span>
                        </Link>
                      ) : (
                        <span className="sr-only">Nothing recorded</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/**
 * Lighter markup than the badges elsewhere, styled by the table: a board of
 * twelve actors has over four hundred cells, and every element and class is
 * sent twice (in the HTML and in React's payload).
 */
function Cell({ cell }: { cell: BoardCellView }) {
  return (
    <>
      {cell.positions.map((p) => (
        <p key={p.appliesTo}>
          <b className={positionTone[p.position]}>
            {conditionPositionLabels[p.position]}
          </b>{" "}
          for {conditionScopeLabels[p.appliesTo]}
        </p>
      ))}
      <Link href={`/statements/${cell.statementId}`}>
        <SaidOn saidOn={cell.saidOn} precision={cell.saidOnPrecision} />
        <span className="sr-only"> (evidence statement)</span>
      </Link>
    </>
  );
}
