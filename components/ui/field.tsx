/** The props a form control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export const inputClass =
  "block w-full rounded border border-stone-400 bg-white px-2.5 py-1.5 text-base text-stone-900 aria-[invalid=true]:border-rose-600 aria-[invalid=true]:bg-rose-50 sm:text-sm";

/**
 * A labelled form control with an optional hint and its errors beside it,
 * linked for screen readers through aria-describedby.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  required = false,
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  errors?: string[];
  required?: boolean;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline gap-x-1">
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        {/* Outside the label and said by aria-required instead, so the field's name stays its plain label. */}
        {required && (
          <span aria-hidden="true" className="text-sm text-stone-600">
            (required)
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": errorId ? true : undefined,
        "aria-required": required ? true : undefined,
      })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-rose-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

/** Errors for a group of controls (a fieldset) rather than one control. */
export function GroupErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-rose-700">
      {errors.join(" ")}
    </p>
  );
}
