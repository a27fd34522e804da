import { ActorChooser, MAX_ACTOR_CHECKBOXES } from "@/components/actors/actor-chooser";
import type { ActorNameView } from "@/lib/actors/queries";

/** The board's choice of actors: a plain GET form, so it works without JavaScript and every choice is a URL. */
export function ActorPicker({ actors, chosen, all }: { actors: ActorNameView[]; chosen: string[]; all: boolean }) {
  return (
    <form method="get" action="/board" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <fieldset>
        <legend className="font-medium">Actors to compare</legend>
        {actors.length <= MAX_ACTOR_CHECKBOXES ? (
          <ul className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {actors.map((a) => (
              <li key={a.slug}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="actor"
                    value={a.slug}
                    defaultChecked={chosen.includes(a.slug)}
                    className="size-4 accent-blue-800"
                  />
                  <span>{a.name}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <div className="mt-2 max-w-md">
            <ActorChooser actors={actors} chosen={chosen} id="board-actor" />
          </div>
        )}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="all" value="1" defaultChecked={all} className="size-4 accent-blue-800" />
        Show every condition, also those no chosen actor has named
      </label>
      <button
        type="submit"
        className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        Compare
      </button>
    </form>
  );
}
