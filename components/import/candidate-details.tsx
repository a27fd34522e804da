import Link from "next/link";
import { SaidOn } from "@/components/statements/said-on";
import { StatementWords } from "@/components/statements/statement-words";
import type { ReviewCandidate, ReviewLabels } from "@/lib/import/review";
import {
  ceasefireStanceLabels,
  conditionPositionLabels,
  conditionScopeLabels,
  talksStanceLabels,
} from "@/lib/statements/schema";

const precisionWords = { day: "the day", week: "the week", month: "the month", year: "the year" } as const;

/** The words in the article that suggested a reading, as they are printed there. */
function Trigger({ words }: { words: string | undefined }) {
  if (!words) return null;
  return (
    <span className="text-stone-600">
      {" "}
      from <q className="font-serif italic">{words}</q>
    </span>
  );
}

/** What the extractor read from the article for one candidate, with the words each reading rests on. */
export function CandidateDetails({ review, labels }: { review: ReviewCandidate; labels: ReviewLabels }) {
  const c = review.candidate;
  const actorName = c.speaker.slug ? (labels.actors.get(c.speaker.slug) ?? c.speaker.slug) : null;
  const stances = [
    c.ceasefireStance !== "none" && { label: ceasefireStanceLabels[c.ceasefireStance], words: c.stanceTriggers.ceasefire },
    c.talksStance !== "none" && { label: talksStanceLabels[c.talksStance], words: c.stanceTriggers.talks },
  ].filter((s) => s !== false);

  return (
    <div className="space-y-3">
      <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
        <dt className="font-medium text-stone-600">Speaker</dt>
        <dd>
          <q>{c.speaker.asWritten}</q> →{" "}
          {actorName ? (
            <Link href={`/actors/${c.speaker.slug}`} target="_blank" className="font-medium underline">
              {actorName}
              <span className="sr-only"> (opens in a new tab)</span>
            </Link>
          ) : (
            <strong className="font-medium text-amber-900">new actor: not in the record</strong>
          )}
        </dd>
        <dt className="font-medium text-stone-600">Said</dt>
        <dd>
          {c.saidOn && c.saidOnPrecision ? (
            <>
              <SaidOn saidOn={c.saidOn} precision={c.saidOnPrecision} />{" "}
              <span className="text-stone-600">(known to {precisionWords[c.saidOnPrecision]})</span>
              {c.dateTrigger ? (
                <Trigger words={c.dateTrigger} />
              ) : (
                <span className="text-stone-600">
                  {" "}
                  from the publication {c.saidOnPrecision === "day" ? "date" : "year"}: no date words found
                </span>
              )}
            </>
          ) : (
            <strong className="font-medium text-amber-900">No date found: edit to give one</strong>
          )}
        </dd>
        {c.background && (
          <>
            <dt className="font-medium text-stone-600">Background</dt>
            <dd>Recalled by the article as an earlier position, not reported as news of the day</dd>
          </>
        )}
      </dl>

      <StatementWords quote={c.quote} paraphrase={c.paraphrase} />

      {review.unverifiedFragments.length > 0 && (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-950">
          Not found word for word in the article: {review.unverifiedFragments.map((f) => `“${f}”`).join(", ")}. Do not
          accept it as a quote; edit it.
        </p>
      )}

      <div className="text-sm">
        <h4 className="font-medium text-stone-800">Suggested coding</h4>
        {stances.length === 0 && c.conditions.length === 0 && c.topics.length === 0 ? (
          <p className="text-stone-600">No stance, condition or topic recognised.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {stances.map((s) => (
              <li key={s.label}>
                <span className="font-medium">{s.label}</span>
                <Trigger words={s.words} />
              </li>
            ))}
            {c.conditions.map((k) => (
              <li key={`${k.slug}-${k.appliesTo}-${k.position}`}>
                <span className="font-medium">{labels.conditions.get(k.slug) ?? k.slug}</span>:{" "}
                {conditionPositionLabels[k.position]}, for {conditionScopeLabels[k.appliesTo]}
                <Trigger words={k.trigger} />
              </li>
            ))}
            {c.topics.length > 0 && (
              <li>
                <span className="font-medium">Topics</span>:{" "}
                {c.topics.map((t, i) => (
                  <span key={t.slug}>
                    {i > 0 && "; "}
                    {labels.topics.get(t.slug) ?? t.slug}
                    <Trigger words={t.trigger} />
                  </span>
                ))}
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
