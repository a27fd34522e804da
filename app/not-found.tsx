import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-stone-600">Nothing is recorded at this address. The link may be mistyped.</p>
      <p>
        <Link href="/" className="underline">Go to the timeline</Link>
      </p>
    </div>
  );
}
