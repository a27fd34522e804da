/**
 * Up to this many actors a form offers a checkbox each; beyond, the chooser
 * below: hundreds of checkboxes are slow to scan and weigh on every page that
 * carries them.
 */
export const MAX_ACTOR_CHECKBOXES = 40;

const focus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/**
 * A choice among many actors inside a GET form: the actors chosen, as
 * checkboxes to keep or drop, and a field to add one by name (it submits the
 * slug the suggestions offer).
 */
export function ActorChooser({
  actors,
  chosen,
  id,
}: {
  actors: { slug: string; name: string }[];
  chosen: string[];
  /** Prefix for the field's and suggestions' ids, unique on the page. */
  id: string;
}) {
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  return (
    <>
      {chosen.map((slug) => (
        <label key={slug} className="flex items-start gap-2 py-0.5 text-sm">
          <input type="checkbox" name="actor" value={slug} defaultChecked className={`mt-1 ${focus}`} />
          <span>{names.get(slug) ?? slug}</span>
        </label>
      ))}
      <label htmlFor={id} className="mt-1 block text-sm">
        {chosen.length > 0 ? "Add another actor" : "Actor"}
      </label>
      <input
        id={id}
        name="actor"
        list={`${id}-names`}
        autoComplete="off"
        aria-describedby={`${id}-help`}
        className={`w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm ${focus}`}
      />
      <datalist id={`${id}-names`}>
        {actors.map((a) => (
          <option key={a.slug} value={a.slug} label={a.name} />
        ))}
      </datalist>
      <p id={`${id}-help`} className="mt-1 text-xs text-stone-600">
        Type part of a name and pick from the suggestions.
      </p>
    </>
  );
}
