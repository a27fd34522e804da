import Link from "next/link";

/** Shown to a signed-in account that lacks the role a page needs. */
export function NotAllowed({ what, email }: { what: string; email: string }) {
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p>
        You are signed in as {email}, which may not {what}. Ask an administrator if you need to.
      </p>
      <p>
        <Link href="/" className="underline">
          Back to the timeline
        </Link>
      </p>
    </div>
  );
}
