"use client";

import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useRef, useTransition, type MouseEvent } from "react";
import { StatementListSkeleton } from "./statement-list-skeleton";

// The timeline arrives as complete HTML (no streamed placeholders, which stay
// hidden without JavaScript). With JavaScript, filter changes and page links
// navigate in a transition, and the results show a skeleton until the new
// ones are ready.

type Navigate = (href: string, options?: { scroll?: boolean }) => void;
const TimelineNavigation = createContext<{ pending: boolean; navigate: Navigate } | null>(null);

export function TimelineNavigationProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate: Navigate = (href, options) => startTransition(() => router.push(href, options));
  return <TimelineNavigation value={{ pending, navigate }}>{children}</TimelineNavigation>;
}

/** The results, replaced by a skeleton while newer ones load. */
export function PendingResults({ children }: { children: React.ReactNode }) {
  const pending = use(TimelineNavigation)?.pending ?? false;
  return pending ? <StatementListSkeleton /> : <>{children}</>;
}

const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** A link within the timeline: a real link without JavaScript, a pending-aware navigation with it. */
export function TimelineLink({
  href,
  scroll = false,
  ...props
}: React.ComponentProps<"a"> & { href: string; scroll?: boolean }) {
  const context = use(TimelineNavigation);
  return (
    <a
      href={href}
      {...props}
      onClick={(e) => {
        // Opening in a new tab or window stays the browser's business.
        if (!context || !plainClick(e)) return;
        e.preventDefault();
        context.navigate(href, { scroll });
      }}
    />
  );
}

/**
 * Submits the enclosing GET form as a navigation, leaving out empty fields so
 * a blank filter does not show up as "?q=&from=" in the address people share.
 * Without JavaScript the form submits itself, empty values and all.
 */
export function FilterFormSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  const context = use(TimelineNavigation);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form || !context) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") params.append(key, value);
      }
      const action = new URL(form.action);
      context.navigate(params.size > 0 ? `${action.pathname}?${params}` : action.pathname);
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [context]);
  return <span ref={ref} hidden />;
}
