/** Placeholder cards while statements load. */
export function StatementListSkeleton({ count = 3 }: { count?: number }) {
  return (
    <div className="space-y-4" aria-busy="true">
      <p role="status" className="sr-only">
        Loading statements…
      </p>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="animate-pulse space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <div className="flex justify-between gap-4">
            <div className="h-4 w-1/3 rounded bg-stone-200" />
            <div className="h-4 w-24 rounded bg-stone-200" />
          </div>
          <div className="h-4 w-full rounded bg-stone-100" />
          <div className="h-4 w-5/6 rounded bg-stone-100" />
          <div className="h-5 w-40 rounded-full bg-stone-100" />
        </div>
      ))}
    </div>
  );
}
