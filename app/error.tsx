"use client";

import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-stone-600">
        The page could not be loaded. Nothing you entered was lost. Try again in a moment.
        {error.digest && <span className="block text-xs text-stone-500">Reference: {error.digest}</span>}
      </p>
      <button type="button" onClick={reset} className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700">
        Try again
      </button>
    </div>
  );
}
