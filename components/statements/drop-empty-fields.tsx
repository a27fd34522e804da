"use client";

import { useEffect, useRef } from "react";

/**
 * Leaves the enclosing form's empty fields out of what it submits, so a filter
 * left blank does not show up as "?q=&from=" in the address people share.
 * Without JavaScript the form still works, with those empty values.
 */
export function DropEmptyFields() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onFormData = (event: FormDataEvent) => {
      for (const key of new Set(event.formData.keys())) {
        const kept = event.formData.getAll(key).filter((v) => typeof v !== "string" || v.trim() !== "");
        event.formData.delete(key);
        for (const v of kept) event.formData.append(key, v);
      }
    };
    form.addEventListener("formdata", onFormData);
    return () => form.removeEventListener("formdata", onFormData);
  }, []);
  return <span ref={ref} hidden />;
}
