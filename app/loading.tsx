import { StatementListSkeleton } from "@/components/statements/statement-list-skeleton";

export default function Loading() {
  return <StatementListSkeleton />;
}
