-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organisation');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year');

-- CreateEnum
CREATE TYPE "CeasefireStance" AS ENUM ('supports', 'opposes', 'conditional', 'none');

-- CreateEnum
CREATE TYPE "TalksStance" AS ENUM ('open', 'refuses', 'conditional', 'none');

-- CreateEnum
CREATE TYPE "ConditionScope" AS ENUM ('talks', 'ceasefire', 'settlement');

-- CreateEnum
CREATE TYPE "ConditionPosition" AS ENUM ('demands', 'offers', 'accepts', 'rejects');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('transcript', 'wire', 'newspaper', 'broadcaster', 'state_media', 'aggregator', 'other');

-- CreateEnum
CREATE TYPE "StatementLinkKind" AS ENUM ('responds_to', 'restates');

-- CreateEnum
CREATE TYPE "StatementOrigin" AS ENUM ('manual', 'imported');

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL DEFAULT 'person',
    "affiliation" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorRole" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActorRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Condition" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "seedKey" TEXT,
    "url" TEXT,
    "outlet" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL DEFAULT 'other',
    "publishedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "seedKey" TEXT,
    "actorId" INTEGER NOT NULL,
    "speakerAsWritten" TEXT,
    "saidOn" DATE NOT NULL,
    "saidOnPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "publishedOn" DATE,
    "quote" TEXT,
    "paraphrase" TEXT,
    "language" TEXT,
    "translationPath" TEXT,
    "venue" TEXT,
    "ceasefireStance" "CeasefireStance" NOT NULL DEFAULT 'none',
    "talksStance" "TalksStance" NOT NULL DEFAULT 'none',
    "background" BOOLEAN NOT NULL DEFAULT false,
    "origin" "StatementOrigin" NOT NULL DEFAULT 'manual',
    "version" INTEGER NOT NULL DEFAULT 1,
    "retractedAt" TIMESTAMPTZ(3),
    "retractionReason" TEXT,
    "searchVector" tsvector,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "saidOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementTopic_pkey" PRIMARY KEY ("statementId","topicId")
);

-- CreateTable
CREATE TABLE "StatementCondition" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "conditionId" INTEGER NOT NULL,
    "appliesTo" "ConditionScope" NOT NULL,
    "position" "ConditionPosition" NOT NULL,
    "saidOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementSource" (
    "statementId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementSource_pkey" PRIMARY KEY ("statementId","sourceId")
);

-- CreateTable
CREATE TABLE "StatementLink" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "StatementLinkKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "ActorAlias_normalized_idx" ON "ActorAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_normalized_key" ON "ActorAlias"("actorId", "normalized");

-- CreateIndex
CREATE INDEX "ActorRole_actorId_startOn_idx" ON "ActorRole"("actorId", "startOn");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Condition_slug_key" ON "Condition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_seedKey_key" ON "Source"("seedKey");

-- CreateIndex
CREATE INDEX "Source_url_idx" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_seedKey_key" ON "Statement"("seedKey");

-- CreateIndex
CREATE INDEX "Statement_saidOn_id_idx" ON "Statement"("saidOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Statement_actorId_saidOn_id_idx" ON "Statement"("actorId", "saidOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Statement_ceasefireStance_saidOn_id_idx" ON "Statement"("ceasefireStance", "saidOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Statement_talksStance_saidOn_id_idx" ON "Statement"("talksStance", "saidOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_saidOn_statementId_idx" ON "StatementTopic"("topicId", "saidOn" DESC, "statementId" DESC);

-- CreateIndex
CREATE INDEX "StatementCondition_conditionId_saidOn_statementId_idx" ON "StatementCondition"("conditionId", "saidOn" DESC, "statementId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StatementCondition_statementId_conditionId_appliesTo_key" ON "StatementCondition"("statementId", "conditionId", "appliesTo");

-- CreateIndex
CREATE INDEX "StatementSource_sourceId_idx" ON "StatementSource"("sourceId");

-- CreateIndex
CREATE INDEX "StatementLink_toId_idx" ON "StatementLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementLink_fromId_toId_kind_key" ON "StatementLink"("fromId", "toId", "kind");

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorRole" ADD CONSTRAINT "ActorRole_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementCondition" ADD CONSTRAINT "StatementCondition_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementCondition" ADD CONSTRAINT "StatementCondition_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSource" ADD CONSTRAINT "StatementSource_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSource" ADD CONSTRAINT "StatementSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementLink" ADD CONSTRAINT "StatementLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementLink" ADD CONSTRAINT "StatementLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text search. Prisma does not manage functions or triggers, so the
-- searchVector column is filled here: quote and paraphrase weigh most, then the
-- speaker as written and the actor's name and every alias (so "Zelenskiy"
-- finds statements recorded under Zelensky), then the venue.
CREATE FUNCTION statement_search_vector_update() RETURNS trigger AS $$
DECLARE
  actor_names text;
BEGIN
  SELECT a."name" || ' ' || coalesce(string_agg(al."alias", ' '), '')
    INTO actor_names
    FROM "Actor" a LEFT JOIN "ActorAlias" al ON al."actorId" = a."id"
   WHERE a."id" = NEW."actorId"
   GROUP BY a."name";
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."quote", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."paraphrase", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."speakerAsWritten", '') || ' ' || coalesce(actor_names, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."venue", '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER statement_search_vector
  BEFORE INSERT OR UPDATE OF "quote", "paraphrase", "speakerAsWritten", "venue", "actorId"
  ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_search_vector_update();
