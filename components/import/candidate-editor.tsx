"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { StatementForm } from "@/components/statements/statement-form";
import type { StatementFormOptions } from "@/lib/editing/queries";
import { candidateToFormValues, type ImportedFormState } from "@/lib/import/review";
import type { Candidate } from "@/lib/import/schema";
import type { StatementFormState } from "@/lib/statements/form-values";
import type { SourceInput } from "@/lib/statements/input-schema";

/**
 * A candidate opened in the statement form: the same fields and checks as
 * adding a statement, filled in from the candidate and the article.
 */
export function CandidateEditor({
  number,
  candidate,
  source,
  actorName,
  options,
  action,
  onSaved,
  onClose,
}: {
  number: number;
  candidate: Candidate;
  source: SourceInput;
  actorName: string | undefined;
  options: StatementFormOptions;
  action: (state: StatementFormState, form: FormData) => Promise<ImportedFormState>;
  onSaved: (id: number) => void;
  onClose: () => void;
}) {
  const initialState = useMemo<StatementFormState>(
    () => ({ values: candidateToFormValues(candidate, source, actorName), errors: {}, submission: 0 }),
    [candidate, source, actorName],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const save = useCallback(
    async (state: StatementFormState, form: FormData): Promise<StatementFormState> => {
      const answer = await action(state, form);
      if (answer.savedId !== undefined) onSaved(answer.savedId);
      return answer;
    },
    [action, onSaved],
  );
  return (
    <section aria-labelledby={`candidate-${number}-edit-h`} className="space-y-3 border-t border-stone-200 pt-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 ref={headingRef} tabIndex={-1} id={`candidate-${number}-edit-h`} className="font-semibold">
          Edit candidate {number}, then save it
        </h4>
        <button type="button" onClick={onClose} className="text-sm underline">
          Close without saving
        </button>
      </div>
      <StatementForm mode="create" action={save} initialState={initialState} options={options} cancelHref={`#candidate-${number}`} />
    </section>
  );
}
