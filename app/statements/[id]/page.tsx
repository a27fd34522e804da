import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConditionList } from "@/components/statements/condition-list";
import { SaidOn } from "@/components/statements/said-on";
import { SourceList } from "@/components/statements/source-list";
import { StanceBadges } from "@/components/statements/stance-badges";
import { StatementWords } from "@/components/statements/statement-words";
import { formatDay, formatSaidOn } from "@/lib/dates";
import { getStatement, type StatementDetailView } from "@/lib/statements/queries";
import { statementIdSchema } from "@/lib/statements/schema";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = statementIdSchema.safeParse((await params).id);
  return id.success ? getStatement(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await load(params);
  if (!s) return { title: "Statement not found" };
  return { title: `${s.actor.name}, ${formatSaidOn(s.saidOn, s.saidOnPrecision)}` };
}

export default async function StatementPage({ params }: Props) {
  const s = await load(params);
  if (!s) notFound();
  const today = new Date().toISOString().slice(0, 10);
  const primary = s.sources[0];
  const citation = `${s.actor.name}, ${formatSaidOn(s.saidOn, s.saidOnPrecision)}${
    primary ? `, as reported by ${primary.outlet}${primary.publishedOn ? ` (${formatDay(primary.publishedOn)})` : ""}` : ""
  }. Positions, statement ${s.id}, accessed ${formatDay(today)}.`;

  return (
    <article className="space-y-6">
      {s.retracted && (
        <div role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-950">
          <p className="font-semibold">This statement was retracted on {formatDay(s.retracted.at.slice(0, 10))}.</p>
          {s.retracted.reason && <p>Reason: {s.retracted.reason}</p>}
        </div>
      )}
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          <Link href="/" className="underline">Timeline</Link> / Statement {s.id}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">
          <Link href={`/actors/${s.actor.slug}`} className="hover:underline">{s.actor.name}</Link>
          {s.actor.role && <span className="font-normal text-stone-600">, {s.actor.role}</span>}
        </h1>
        <p className="text-stone-700">
          Said <SaidOn saidOn={s.saidOn} precision={s.saidOnPrecision} />
          {s.saidOnPrecision !== "day" && <span className="text-stone-500"> (date known to the {s.saidOnPrecision})</span>}
          {s.publishedOn && s.publishedOn !== s.saidOn && <>; first published {formatDay(s.publishedOn)}</>}
          {s.venue && <>; {s.venue}</>}
        </p>
      </header>

      <StatementWords quote={s.quote} paraphrase={s.paraphrase} size="lg" />

      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-stone-600">Speaker as written</dt>
        <dd>{s.speakerAsWritten ?? "Not recorded"}</dd>
        <dt className="font-medium text-stone-600">Stances</dt>
        <dd>
          <StanceBadges ceasefire={s.ceasefireStance} talks={s.talksStance} />
          {s.ceasefireStance === "none" && s.talksStance === "none" && "None stated"}
        </dd>
        <dt className="font-medium text-stone-600">Conditions</dt>
        <dd>{s.conditions.length ? <ConditionList conditions={s.conditions} /> : "None named"}</dd>
        <dt className="font-medium text-stone-600">Topics</dt>
        <dd>{s.topics.map((t) => t.label).join(", ") || "None"}</dd>
        <dt className="font-medium text-stone-600">Language</dt>
        <dd>
          {s.language ?? "Not recorded"}
          {s.translationPath && <span className="text-stone-600"> — {s.translationPath}</span>}
        </dd>
        {s.background && (
          <>
            <dt className="font-medium text-stone-600">Reported as</dt>
            <dd>Background: an earlier statement recalled by the source</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="sources-h" className="space-y-2">
        <h2 id="sources-h" className="text-lg font-semibold">Sources</h2>
        <SourceList sources={s.sources} />
      </section>

      <LinkedStatements title="Responds to or restates" links={s.linksTo} />
      <LinkedStatements title="Responses and restatements" links={s.linkedFrom} />

      <section aria-labelledby="cite-h" className="space-y-2">
        <h2 id="cite-h" className="text-lg font-semibold">Cite this</h2>
        <p className="rounded bg-stone-100 p-3 font-mono text-sm">{citation}</p>
      </section>
      <p className="text-xs text-stone-500">
        Recorded {formatDay(s.createdAt.slice(0, 10))}; last changed {formatDay(s.updatedAt.slice(0, 10))}; version {s.version}.
      </p>
    </article>
  );
}

function LinkedStatements({ title, links }: { title: string; links: StatementDetailView["linksTo"] }) {
  if (links.length === 0) return null;
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="space-y-2">
        {links.map((l) => (
          <li key={`${l.kind}-${l.statement.id}`} className="rounded border border-stone-200 bg-white p-3 text-sm">
            <span className="mr-2 text-xs uppercase text-stone-500">{l.kind === "responds_to" ? "reply" : "restates"}</span>
            <Link href={`/statements/${l.statement.id}`} className="font-medium underline">
              {l.statement.actor.name}, <SaidOn saidOn={l.statement.saidOn} precision={l.statement.saidOnPrecision} />
            </Link>
            <p className="mt-1 text-stone-700">
              {l.statement.quote ? `“${l.statement.quote}”` : <><em>Paraphrase:</em> {l.statement.paraphrase}</>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
