import Link from "next/link";
import type { StatementView } from "@/lib/statements/queries";
import { ConditionList } from "./condition-list";
import { SaidOn } from "./said-on";
import { SourceList } from "./source-list";
import { StanceBadges } from "./stance-badges";
import { StatementWords } from "./statement-words";

export function StatementCard({ statement: s }: { statement: StatementView }) {
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" aria-labelledby={`st-${s.id}`}>
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`st-${s.id}`} className="text-base font-semibold">
          <Link href={`/actors/${s.actor.slug}`} className="hover:text-blue-800 hover:underline">
            {s.actor.name}
          </Link>
          {s.actor.role && <span className="font-normal text-stone-600">, {s.actor.role}</span>}
        </h2>
        <p className="text-sm text-stone-700">
          <Link href={`/statements/${s.id}`} className="hover:text-blue-800 hover:underline">
            <SaidOn saidOn={s.saidOn} precision={s.saidOnPrecision} />
          </Link>
          {s.background && <span className="ml-2 text-xs text-stone-500">(earlier statement)</span>}
        </p>
      </header>
      <StatementWords quote={s.quote} paraphrase={s.paraphrase} />
      <div className="mt-3 space-y-2">
        <StanceBadges ceasefire={s.ceasefireStance} talks={s.talksStance} />
        <ConditionList conditions={s.conditions} />
      </div>
      <footer className="mt-3 flex flex-wrap items-baseline justify-between gap-2 border-t border-stone-100 pt-2">
        <div className="flex flex-wrap items-baseline gap-2 text-sm text-stone-600">
          <span>Source:</span>
          <SourceList sources={s.sources} compact />
        </div>
        <Link href={`/statements/${s.id}`} className="text-sm text-blue-800 underline">
          Full record<span className="sr-only"> of this statement</span>
        </Link>
      </footer>
    </article>
  );
}
