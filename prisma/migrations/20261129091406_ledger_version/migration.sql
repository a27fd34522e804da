-- CreateTable
CREATE TABLE "LedgerVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "LedgerVersion" ("id", "version") VALUES (1, 0);

-- Every write to a table a read shows bumps the version, in the writer's own
-- transaction: readers see the new version exactly when they see the write,
-- and a writer that bypasses the app (an import script, psql) still counts.
-- BEFORE and per statement: the version row is locked before any row of the
-- table, in the same order by every writer, so concurrent writes queue on it
-- instead of deadlocking; a bulk INSERT bumps it once.
CREATE FUNCTION ledger_version_bump() RETURNS trigger AS $$
BEGIN
  UPDATE "LedgerVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Statement', 'StatementTopic', 'StatementCondition', 'StatementSource', 'StatementLink',
                           'Actor', 'ActorAlias', 'ActorRole', 'Topic', 'Condition', 'Source'] LOOP
    EXECUTE format('CREATE TRIGGER ledger_version_bump BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                      FOR EACH STATEMENT EXECUTE FUNCTION ledger_version_bump()', t);
  END LOOP;
END
$$;
