import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConditionList } from "@/components/statements/condition-list";
import { SaidOn } from "@/components/statements/said-on";
import { SourceList } from "@/components/statements/source-list";
import { StanceBadges } from "@/components/statements/stance-badges";
import { StatementWords } from "@/components/statements/statement-words";
import { canWrite } from "@/lib/auth/roles";
import { currentEditor } from "@/lib/auth/session";
import { formatDay, formatSaidOn } from "@/lib/dates";
import { requestOrigin } from "@/lib/origin";
import { languageName } from "@/lib/statements/language";
import { getStatement, type StatementDetailView, type StatementLinkView } from "@/lib/statements/queries";
import { statementIdSchema } from "@/lib/statements/schema";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = statementIdSchema.safeParse((await params).id);
  return id.success ? getStatement(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await load(params);
  if (!s) return { title: "Statement not found" };
  const words = s.quote ? `“${s.quote}”` : `Paraphrase: ${s.paraphrase ?? ""}`;
  return {
    title: `${s.actor.name}, ${formatSaidOn(s.saidOn, s.saidOnPrecision)}`,
    description: words.length > 200 ? `${words.slice(0, 199)}…` : words,
  };
}

export default async function StatementPage({ params }: Props) {
  const s = await load(params);
  if (!s) notFound();
  const permalink = `${await requestOrigin()}/statements/${s.id}`;
  const today = new Date().toISOString().slice(0, 10);
  const primary = s.sources[0];
  const citation = `${s.actor.name}, ${formatSaidOn(s.saidOn, s.saidOnPrecision)}${
    primary ? `, as reported by ${primary.outlet}${primary.publishedOn ? ` (${formatDay(primary.publishedOn)})` : ""}` : ""
  }. Positions, statement ${s.id}${s.retracted ? " (retracted)" : ""}, ${permalink}, accessed ${formatDay(today)}.`;
  const spokenIn = s.language ? languageName(s.language) : null;
  const editor = await currentEditor();
  const saidInEnglish = s.language?.toLowerCase().split("-")[0] === "en";

  return (
    <article className="space-y-6" aria-labelledby="statement-h">
      {s.retracted && (
        <div role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-950">
          <p className="font-semibold">
            Retracted on {formatDay(s.retracted.at.slice(0, 10))}: this statement no longer stands in the record.
          </p>
          <p>
            {s.retracted.reason ? <>Reason: {s.retracted.reason}</> : "No reason was recorded."} It is kept here so
            that earlier citations still lead somewhere; it is left out of the timeline, the exports and the feeds.
          </p>
        </div>
      )}
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
          <Link href="/" className="underline">
            Timeline
          </Link>{" "}
          / Statement {s.id}
        </nav>
        <h1 id="statement-h" className="text-2xl font-semibold tracking-tight">
          <Link href={`/actors/${s.actor.slug}`} className="hover:underline">
            {s.actor.name}
          </Link>
          {s.actor.role && <span className="font-normal text-stone-600">, {s.actor.role}</span>}
        </h1>
        <p className="text-stone-700">
          Said <SaidOn saidOn={s.saidOn} precision={s.saidOnPrecision} />
          {s.saidOnPrecision !== "day" && (
            <span className="text-stone-500"> (the date is known only to the {s.saidOnPrecision})</span>
          )}
          {s.publishedOn && s.publishedOn !== s.saidOn && <>; first published {formatDay(s.publishedOn)}</>}
          {s.venue && <>; {s.venue}</>}
        </p>
        {s.background && (
          <p className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
            <span className="font-semibold">Background.</span> The source recalls this as an earlier statement rather
            than reporting it as news; the date is the one the source gives, at the precision it gives.
          </p>
        )}
        {s.origin === "imported" && (
          <p className="text-sm text-stone-600">
            Imported from an article: suggested by the importer, checked and accepted by an editor (see the history of
            changes).
          </p>
        )}
        {editor && canWrite(editor.role) && !s.retracted && (
          <nav aria-label="Editing" className="flex flex-wrap gap-3 text-sm">
            <Link href={`/statements/${s.id}/edit`} className="rounded border border-stone-400 bg-white px-2.5 py-1 hover:bg-stone-100">
              Correct this statement
            </Link>
            <Link href={`/statements/${s.id}/retract`} className="rounded border border-rose-300 bg-white px-2.5 py-1 text-rose-900 hover:bg-rose-50">
              Retract
            </Link>
          </nav>
        )}
      </header>

      <StatementWords quote={s.quote} paraphrase={s.paraphrase} size="lg" />
      {s.quote && spokenIn && !saidInEnglish && (
        <p className="-mt-3 text-sm text-stone-600">
          Said in {spokenIn}: the words quoted are as the source rendered them, not the original wording.
        </p>
      )}

      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-stone-600">Speaker</dt>
        <dd>
          {s.speakerAsWritten ? (
            <>
              Named in the source as “{s.speakerAsWritten}”; recorded as{" "}
              <Link href={`/actors/${s.actor.slug}`} className="underline hover:text-blue-800">
                {s.actor.name}
              </Link>
              {s.actor.role && <>, {s.actor.role} at the time</>}.
            </>
          ) : (
            <>
              {s.actor.name}
              {s.actor.role && <>, {s.actor.role} at the time</>}; the source&apos;s wording of the name was not
              recorded.
            </>
          )}
        </dd>
        <dt className="font-medium text-stone-600">Stances</dt>
        <dd>
          <StanceBadges ceasefire={s.ceasefireStance} talks={s.talksStance} />
          {s.ceasefireStance === "none" && s.talksStance === "none" && "None stated"}
        </dd>
        <dt className="font-medium text-stone-600">Conditions</dt>
        <dd>{s.conditions.length ? <ConditionList conditions={s.conditions} /> : "None named"}</dd>
        <dt className="font-medium text-stone-600">Topics</dt>
        <dd>
          {s.topics.length === 0 ? (
            "None"
          ) : (
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {s.topics.map((t) => (
                <li key={t.slug}>
                  <Link href={`/?topic=${t.slug}`} className="underline hover:text-blue-800">
                    {t.label}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-medium text-stone-600">Language</dt>
        <dd>{spokenIn ? `${spokenIn} (${s.language})` : "Not recorded"}</dd>
        <dt className="font-medium text-stone-600">Translation path</dt>
        <dd>{s.translationPath ?? (saidInEnglish ? "None needed: said in English" : "Not recorded")}</dd>
      </dl>

      <section aria-labelledby="sources-h" className="space-y-2">
        <h2 id="sources-h" className="text-lg font-semibold">
          Sources
        </h2>
        <p className="text-sm text-stone-600">Most authoritative first.</p>
        <SourceList sources={s.sources} />
      </section>

      <LinkedStatements
        id="links-to-h"
        title="This statement answers or restates"
        links={s.linksTo}
        label={{ responds_to: "Answers", restates: "Restates" }}
      />
      <LinkedStatements
        id="linked-from-h"
        title="Answered or restated by"
        links={s.linkedFrom}
        label={{ responds_to: "Answer", restates: "Restatement" }}
      />

      <section aria-labelledby="cite-h" className="space-y-2">
        <h2 id="cite-h" className="text-lg font-semibold">
          Cite this
        </h2>
        <p className="rounded bg-stone-100 p-3 font-mono text-sm break-words">{citation}</p>
      </section>
      <p className="text-xs text-stone-500">
        Recorded {formatDay(s.createdAt.slice(0, 10))}; last changed {formatDay(s.updatedAt.slice(0, 10))}; version{" "}
        {s.version}.{" "}
        <Link href={`/statements/${s.id}/history`} className="underline hover:text-blue-800">
          History of changes
        </Link>
        {" · "}
        <a href={`/api/statements/${s.id}`} className="underline hover:text-blue-800" type="application/json">
          This record as JSON
        </a>
      </p>
    </article>
  );
}

function LinkedStatements({
  id,
  title,
  links,
  label,
}: {
  id: string;
  title: string;
  links: StatementDetailView["linksTo"];
  label: Record<StatementLinkView["kind"], string>;
}) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="space-y-2">
        {links.map((l) => (
          <li key={`${l.kind}-${l.statement.id}`} className="rounded border border-stone-200 bg-white p-3 text-sm">
            <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{label[l.kind]}</span>
            <Link href={`/statements/${l.statement.id}`} className="font-medium underline">
              {l.statement.actor.name}, <SaidOn saidOn={l.statement.saidOn} precision={l.statement.saidOnPrecision} />
            </Link>
            <div className="mt-1 text-stone-700">
              <StatementWords quote={l.statement.quote} paraphrase={l.statement.paraphrase} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
