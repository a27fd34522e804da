"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { formatDay } from "@/lib/dates";
import type { StatementFormOptions } from "@/lib/editing/queries";
import {
  emptyImportState,
  reviewLabels,
  type AcceptState,
  type ImportedFormState,
  type ImportFormState,
} from "@/lib/import/review";
import type { StatementFormState } from "@/lib/statements/form-values";
import { ArticleForm } from "./article-form";
import { ArticleText } from "./article-text";
import { CandidateCard } from "./candidate-card";

/**
 * Paste an article, then review what was found in it. The extraction comes
 * back as the form's state; each candidate carries itself and its article in
 * its own accept form, so nothing is kept on the server between the steps.
 */
export function ImportWorkspace({
  extractAction,
  acceptAction,
  editAction,
  options,
}: {
  extractAction: (state: ImportFormState, form: FormData) => Promise<ImportFormState>;
  acceptAction: (state: AcceptState, form: FormData) => Promise<AcceptState>;
  editAction: (state: StatementFormState, form: FormData) => Promise<ImportedFormState>;
  options: StatementFormOptions;
}) {
  const [state, formAction, pending] = useActionState(extractAction, emptyImportState());
  // Both are tied to the answer they were opened on, so a new extraction closes them.
  const [formReopenedAt, setFormReopenedAt] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ submission: number; number: number } | null>(null);
  const labels = useMemo(() => reviewLabels(options), [options]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { review } = state;
  const showForm = !review || formReopenedAt === state.submission;

  useEffect(() => {
    if (review) headingRef.current?.focus();
  }, [review]);

  if (showForm) {
    return (
      <ArticleForm
        state={state}
        formAction={formAction}
        pending={pending}
        onCancel={review ? () => setFormReopenedAt(null) : undefined}
      />
    );
  }

  const { source, candidates } = review;
  const editingNumber = editing?.submission === state.submission ? editing.number : null;
  return (
    <div className="space-y-4">
      <header className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {candidates.length === 0
            ? "No statements found"
            : `${candidates.length} ${candidates.length === 1 ? "statement" : "statements"} found: review each one`}
        </h2>
        <p className="text-sm text-stone-700">
          In <q>{source.title}</q>, {source.outlet}
          {source.publishedOn ? `, published ${formatDay(source.publishedOn)}` : ", publication date not given"}. Suggestions
          are read by rules from the wording of the article: check each against the text before accepting it.
          Accepted statements are recorded as imported, with you as their reviewer.
        </p>
        {candidates.length === 0 && (
          <p className="text-sm text-stone-700">
            The reader looks for quotations and reported speech (“…, Lavrov said”) attributed to someone named in the
            article. Add a statement by hand if it missed one.
          </p>
        )}
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <button type="button" onClick={() => setFormReopenedAt(state.submission)} className="underline">
            Change the article or its details
          </button>
          {/* A full page load: the review lives only in this page, and this starts afresh. */}
          <a href="/import" className="underline">
            Import another article
          </a>
        </div>
      </header>

      {/* The statement form needs the full width: while one is open, the article sits above the candidates. */}
      <div className={`grid gap-4 ${editingNumber === null ? "lg:grid-cols-2" : ""}`}>
        <section
          aria-labelledby="article-h"
          className={`rounded-lg border border-stone-200 bg-white ${editingNumber === null ? "lg:sticky lg:top-4 lg:self-start" : ""}`}
        >
          <h2 id="article-h" className="border-b border-stone-200 px-4 py-2 text-sm font-semibold uppercase tracking-wide text-stone-600">
            The article, with what each candidate rests on
          </h2>
          <div role="group" tabIndex={0} aria-labelledby="article-h" className="max-h-[70vh] overflow-y-auto p-4 lg:max-h-[calc(100vh-6rem)]">
            <ArticleText text={state.values.text} candidates={candidates} />
          </div>
        </section>

        <section aria-labelledby="candidates-h" className="space-y-4">
          <h2 id="candidates-h" className="sr-only">
            Candidates
          </h2>
          {candidates.map((c) => (
            <CandidateCard
              key={`${state.submission}-${c.number}`}
              review={c}
              source={source}
              labels={labels}
              options={options}
              acceptAction={acceptAction}
              editAction={editAction}
              editing={editingNumber === c.number}
              onEdit={(open) => setEditing(open ? { submission: state.submission, number: c.number } : null)}
            />
          ))}
        </section>
      </div>
    </div>
  );
}
