"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { DuplicateNotice } from "@/components/statements/form-notices";
import { buttonClass } from "@/components/ui/button";
import type { StatementFormOptions } from "@/lib/editing/queries";
import {
  initialAcceptState,
  type AcceptState,
  type ImportedFormState,
  type ReviewCandidate,
  type ReviewLabels,
} from "@/lib/import/review";
import type { StatementFormState } from "@/lib/statements/form-values";
import type { SourceInput } from "@/lib/statements/input-schema";
import { candidateColor } from "./article-text";
import { CandidateDetails } from "./candidate-details";
import { CandidateEditor } from "./candidate-editor";
import { SpeakerChoice } from "./speaker-choice";

const errorLabels: Record<string, string> = {
  saidOn: "Date",
  publishedOn: "First published",
  quote: "Quote",
  paraphrase: "Paraphrase",
  speakerAsWritten: "Speaker as written",
  topics: "Topics",
  conditions: "Conditions",
  sources: "Source",
};

/**
 * One candidate: what was read, and the editor's decision. Accept saves it as
 * it is, edit opens it in the statement form, reject sets it aside (nothing
 * is recorded for a rejected candidate, so it can be taken back).
 */
export function CandidateCard({
  review,
  source,
  labels,
  options,
  acceptAction,
  editAction,
  editing,
  onEdit,
}: {
  review: ReviewCandidate;
  source: SourceInput;
  labels: ReviewLabels;
  options: StatementFormOptions;
  acceptAction: (state: AcceptState, form: FormData) => Promise<AcceptState>;
  editAction: (state: StatementFormState, form: FormData) => Promise<ImportedFormState>;
  editing: boolean;
  onEdit: (open: boolean) => void;
}) {
  const { number, candidate } = review;
  const [state, formAction, pending] = useActionState(acceptAction, initialAcceptState(candidate));
  const [rejected, setRejected] = useState(false);
  const [editedId, setEditedId] = useState<number | null>(null);
  const savedId = state.savedId ?? editedId;
  const flagged = state.duplicates ?? review.duplicates;
  const actorName = candidate.speaker.slug ? labels.actors.get(candidate.speaker.slug) : undefined;
  const otherErrors = Object.entries(state.errors).filter(([path]) => path !== "actor" && !path.startsWith("newActor"));

  const status = savedId ? "Saved" : rejected ? "Rejected" : flagged.length > 0 ? "Likely duplicate" : null;
  const statusClass = savedId
    ? "bg-emerald-100 text-emerald-900"
    : rejected
      ? "bg-stone-200 text-stone-700"
      : "bg-amber-100 text-amber-900";

  return (
    <article
      id={`candidate-${number}`}
      aria-labelledby={`candidate-${number}-h`}
      className={`scroll-mt-4 space-y-3 rounded-lg border border-stone-200 bg-white p-4 ${rejected ? "opacity-70" : ""}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`candidate-${number}-h`} className="flex items-center gap-2 text-base font-semibold">
          <span className={`inline-block min-w-6 rounded px-1.5 text-center text-sm ${candidateColor(number)}`}>{number}</span>
          {actorName ?? candidate.speaker.asWritten}
        </h3>
        {status && <span className={`rounded px-2 py-0.5 text-xs font-semibold ${statusClass}`}>{status}</span>}
      </header>

      <CandidateDetails review={review} labels={labels} />

      {!savedId && !rejected && flagged.length > 0 && (
        <DuplicateNotice
          duplicates={flagged}
          headingId={`candidate-${number}-duplicates-h`}
          level={4}
          heading={state.duplicates ? "Not saved: it looks like a statement already recorded" : "Likely recorded already"}
          advice="Compare them; accept it anyway only if it is a different statement."
        />
      )}

      <div role="status" className="text-sm">
        {savedId ? (
          <p className="font-medium text-emerald-900">
            Saved →{" "}
            <Link href={`/statements/${savedId}`} target="_blank" className="underline">
              Statement {savedId}
              <span className="sr-only"> (opens in a new tab)</span>
            </Link>
          </p>
        ) : rejected ? (
          <p className="text-stone-700">Rejected: nothing was recorded.</p>
        ) : (
          state.message &&
          !state.duplicates && (
            <div className="rounded border border-rose-300 bg-rose-50 p-2 text-rose-950">
              <p className="font-medium">{state.message}</p>
              {otherErrors.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {otherErrors.map(([path, messages]) => (
                    <li key={path}>
                      {errorLabels[path.split(".")[0]] ?? path}: {messages.join(" ")}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        )}
      </div>

      {!savedId && !rejected && !editing && (
        <form action={formAction} className="space-y-3">
          <input type="hidden" name="candidate" value={JSON.stringify(candidate)} />
          <input type="hidden" name="source" value={JSON.stringify(source)} />
          {candidate.speaker.slug ? (
            <input type="hidden" name="speakerMode" value="resolved" />
          ) : (
            <SpeakerChoice
              key={state.submission}
              idPrefix={`candidate-${number}`}
              asWritten={candidate.speaker.asWritten}
              values={state.values}
              errors={state.errors}
              actors={options.actors}
            />
          )}
          <div className="flex flex-wrap items-center gap-2">
            {state.duplicates ? (
              <button type="submit" name="confirmDuplicate" value="yes" disabled={pending} className={buttonClass("secondary")}>
                {pending ? "Saving…" : "Accept anyway"}
              </button>
            ) : (
              <button type="submit" disabled={pending} className={buttonClass("primary")}>
                {pending ? "Saving…" : "Accept"}
              </button>
            )}
            <button type="button" onClick={() => onEdit(true)} className={buttonClass("secondary")}>
              Edit
            </button>
            <button type="button" onClick={() => setRejected(true)} className={buttonClass("secondary")}>
              Reject
            </button>
          </div>
        </form>
      )}

      {rejected && !savedId && (
        <button type="button" onClick={() => setRejected(false)} className="text-sm underline">
          Undo: review it again
        </button>
      )}

      {editing && !savedId && (
        <CandidateEditor
          number={number}
          candidate={candidate}
          source={source}
          actorName={actorName}
          options={options}
          action={editAction}
          onSaved={(id) => {
            setEditedId(id);
            onEdit(false);
          }}
          onClose={() => onEdit(false)}
        />
      )}
    </article>
  );
}
