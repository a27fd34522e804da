import { ActorChooser, MAX_ACTOR_CHECKBOXES } from "@/components/actors/actor-chooser";
import { DEFAULT_LIMIT, type StatementFilters } from "@/lib/statements/filters";
import type { FilterOptionsView } from "@/lib/statements/queries";
import {
  ceasefireStanceLabels,
  ceasefireStances,
  statementOriginLabels,
  statementOrigins,
  talksStanceLabels,
  talksStances,
} from "@/lib/statements/schema";
import { FilterFormSubmit } from "./timeline-navigation";

const focus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/**
 * The timeline's filters as a GET form: it works without JavaScript (with it,
 * it navigates without a full reload), and every choice ends up in the
 * address, so a filtered view can be shared.
 */
export function FilterForm({ filters, options }: { filters: StatementFilters; options: FilterOptionsView }) {
  return (
    <form method="get" action="/" role="search" aria-label="Filter statements" className="space-y-3">
      <FilterFormSubmit />
      <div>
        <label htmlFor="filter-q" className="mb-1 block text-sm font-medium text-stone-700">
          Search quotes and paraphrases
        </label>
        <div className="flex gap-2">
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            aria-describedby="filter-q-help"
            placeholder="e.g. negotiations, &quot;new territorial reality&quot;"
            className={`min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 ${focus}`}
          />
          <button type="submit" className={`rounded bg-stone-900 px-4 py-2 text-white hover:bg-stone-700 ${focus}`}>
            Search
          </button>
        </div>
        <p id="filter-q-help" className="mt-1 text-xs text-stone-600">
          &quot;Double quotes&quot; for an exact phrase, OR for either word, -word to leave a word out. Any spelling
          of a name finds the others: Kiev and Kyiv, Zelensky and Zelenskiy.
        </p>
      </div>

      <div className="grid items-start gap-2 sm:grid-cols-2 lg:grid-cols-3">
        <Facet title="Actors" selected={filters.actor.length}>
          {options.actors.length <= MAX_ACTOR_CHECKBOXES ? (
            options.actors.map((a) => (
              <Check key={a.slug} name="actor" value={a.slug} checked={filters.actor.includes(a.slug)} label={a.name} />
            ))
          ) : (
            <ActorChooser actors={options.actors} chosen={filters.actor} id="filter-actor" />
          )}
        </Facet>
        <Facet title="Topics" selected={filters.topic.length}>
          {options.topics.map((t) => (
            <Check key={t.slug} name="topic" value={t.slug} checked={filters.topic.includes(t.slug)} label={t.label} />
          ))}
        </Facet>
        <Facet title="Conditions named" selected={filters.condition.length}>
          {options.conditionGroups.map((g) => (
            <fieldset key={g.group} className="mb-2 last:mb-0">
              <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">{g.group}</legend>
              {g.conditions.map((c) => (
                <Check
                  key={c.slug}
                  name="condition"
                  value={c.slug}
                  checked={filters.condition.includes(c.slug)}
                  label={c.label}
                />
              ))}
            </fieldset>
          ))}
        </Facet>
        <Facet title="Ceasefire stance" selected={filters.ceasefire.length}>
          {ceasefireStances.map((s) => (
            <Check
              key={s}
              name="ceasefire"
              value={s}
              checked={filters.ceasefire.includes(s)}
              label={ceasefireStanceLabels[s]}
            />
          ))}
        </Facet>
        <Facet title="Talks stance" selected={filters.talks.length}>
          {talksStances.map((s) => (
            <Check key={s} name="talks" value={s} checked={filters.talks.includes(s)} label={talksStanceLabels[s]} />
          ))}
        </Facet>
        <Facet title="Recorded" selected={filters.origin.length}>
          {statementOrigins.map((o) => (
            <Check key={o} name="origin" value={o} checked={filters.origin.includes(o)} label={statementOriginLabels[o]} />
          ))}
        </Facet>
        <Facet title="Date said" selected={(filters.from ? 1 : 0) + (filters.to ? 1 : 0)}>
          <div className="flex flex-wrap gap-3">
            <DateInput name="from" label="From" value={filters.from} />
            <DateInput name="to" label="To" value={filters.to} />
          </div>
          <p className="mt-1 text-xs text-stone-600">Both days included.</p>
        </Facet>
      </div>

      {filters.limit !== DEFAULT_LIMIT && <input type="hidden" name="limit" value={filters.limit} />}
      <button type="submit" className={`rounded bg-stone-900 px-4 py-2 text-sm text-white hover:bg-stone-700 ${focus}`}>
        Apply filters
      </button>
    </form>
  );
}

function Facet({ title, selected, children }: { title: string; selected: number; children: React.ReactNode }) {
  return (
    <details open={selected > 0} className="group rounded border border-stone-200 bg-white">
      <summary
        className={`flex cursor-pointer items-center justify-between gap-2 rounded px-3 py-2 text-sm font-medium ${focus}`}
      >
        <span>{title}</span>
        <span className="flex items-center gap-2">
          {selected > 0 && (
            <span className="rounded-full bg-blue-100 px-2 text-xs text-blue-900">{selected} selected</span>
          )}
          <span aria-hidden="true" className="text-stone-500 transition-transform group-open:rotate-180">
            ▾
          </span>
        </span>
      </summary>
      <fieldset className="max-h-72 overflow-y-auto border-t border-stone-100 px-3 py-2">
        <legend className="sr-only">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}

function Check({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  return (
    <label className="flex items-start gap-2 py-0.5 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className={`mt-1 ${focus}`} />
      <span>{label}</span>
    </label>
  );
}

function DateInput({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={value ?? ""}
        className={`rounded border border-stone-300 bg-white px-2 py-1 text-sm ${focus}`}
      />
    </div>
  );
}
