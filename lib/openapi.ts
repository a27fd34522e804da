import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponseObject } from "zod-openapi";
import { actorDetailJsonSchema, actorListJsonSchema } from "./actors/api-schema";
import { conditionDetailJsonSchema, conditionListJsonSchema } from "./conditions/api-schema";
import { candidateSchema, extractRequestSchema, MAX_ARTICLE_BYTES } from "./import/schema";
import {
  apiErrorJsonSchema,
  MAX_EXPORT_ROWS,
  statementDetailJsonSchema,
  statementListFormatSchema,
  statementPageJsonSchema,
} from "./statements/api-schema";
import { DEFAULT_LIMIT, MAX_LIMIT, statementFiltersShape } from "./statements/filters";
import { slugSchema, statementIdSchema } from "./statements/schema";
import { topicListJsonSchema } from "./topics/api-schema";

// Isomorphic: the OpenAPI 3.1 description of the public API, generated from the
// same zod schemas that parse requests and shape responses. Served at
// /api/openapi.json and rendered for people at /api-docs.

const { cursor, limit, ...filterShape } = statementFiltersShape;

/** Query parameters shared by the timeline, the API, the CSV export and the feed. */
const filterQuery = z.object({
  ...filterShape,
  actor: filterShape.actor.meta({ example: ["sergey-lavrov"] }),
  condition: filterShape.condition.meta({ example: ["no-nato-membership"] }),
  from: filterShape.from.meta({ format: "date", example: "2023-01-01" }),
  to: filterShape.to.meta({ format: "date" }),
  q: filterShape.q.meta({ example: "negotiations" }),
});

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

const badRequest = {
  description: "A parameter is malformed or names nothing recorded; fieldErrors says which and why",
  content: json(apiErrorJsonSchema),
};
const notFound = { description: "Nothing is recorded under this id or slug", content: json(apiErrorJsonSchema) };

/** An operation reading one record by its slug: 200, 400 for a malformed slug, 404 for an unknown one. */
function bySlug({
  slug,
  response,
  ...operation
}: Pick<ZodOpenApiOperationObject, "operationId" | "summary" | "tags"> & {
  slug: z.ZodType;
  response: ZodOpenApiResponseObject;
}): ZodOpenApiOperationObject {
  return {
    ...operation,
    requestParams: { path: z.object({ slug }) },
    responses: { "200": response, "400": badRequest, "404": notFound },
  };
}

const listStatements: ZodOpenApiOperationObject = {
  operationId: "listStatements",
  summary: "List statements",
  description:
    "Statements matching every filter given, newest said first. A list filter (actor, topic, condition, " +
    "ceasefire, talks) matches any of its values; repeat the parameter or separate values with commas. " +
    "Retracted statements are left out. Pages are keyset-paged: follow nextCursor until it is null. " +
    `With format=csv the response is one CSV file of every matching statement (at most ${MAX_EXPORT_ROWS.toLocaleString("en-GB")} rows), ` +
    "UTF-8 with a byte order mark, formula-like cells prefixed with an apostrophe.",
  tags: ["Statements"],
  requestParams: {
    query: filterQuery.extend({ cursor, limit, format: statementListFormatSchema }),
  },
  responses: {
    "200": {
      description: `One page of statements (${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT}), or with format=csv the whole export`,
      content: {
        ...json(statementPageJsonSchema),
        "text/csv": {
          schema: z.string().describe(
            "Columns: id, url, actor_slug, actor_name, actor_role, speaker_as_written, said_on, said_on_precision, " +
              "published_on, quote, paraphrase, language, translation_path, venue, ceasefire_stance, talks_stance, " +
              "background, conditions (slug:appliesTo:position; …), topics (slug; …), source_outlets, source_titles, " +
              "source_urls, source_published_on (each a list joined with \"; \", in source rank order)",
          ),
        },
      },
    },
    "400": badRequest,
  },
};

const importError = (description: string) => ({ description, content: json(apiErrorJsonSchema) });

const extractFromArticle: ZodOpenApiOperationObject = {
  operationId: "extractFromArticle",
  summary: "Find the statements an article reports",
  description:
    "Editors only. Reads a news story and answers the statements it reports (quotes and reported speech, each " +
    "with its speaker, date and precision, and suggested stances, conditions and topics, each with the words " +
    "that suggested it) as candidates to review. Nothing is recorded: save the ones you accept with POST " +
    "/api/statements and origin \"imported\". Send publishedOn: dates such as \"Friday\" are counted from it. " +
    `The text must be at most ${MAX_ARTICLE_BYTES / 1024} KB of text. Authenticate with Authorization: Bearer <token>. ` +
    "Example: curl -X POST -H 'Authorization: Bearer <token>' -H 'Content-Type: application/json' " +
    "-d '{\"text\": \"…\", \"publishedOn\": \"2024-06-14\"}' <this site>/api/import/extract",
  tags: ["Import"],
  security: [{ bearerToken: [] }],
  requestBody: { required: true, content: json(extractRequestSchema) },
  responses: {
    "200": {
      description: "The candidates, in the order they appear in the article; evidence offsets count UTF-16 code units of text",
      content: json(z.object({ candidates: z.array(candidateSchema.meta({ id: "ImportCandidate" })) })),
    },
    "400": importError("The text is empty, larger than the limit or not text, or another field is malformed; fieldErrors says which"),
    "401": importError("No valid credentials"),
    "403": importError("The account may not add statements, or a cookie-authenticated request came from another site"),
    "413": importError("The request body is too large"),
    "415": importError("The body is not declared as JSON"),
    "429": importError("Too many requests from this editor: see Retry-After"),
  },
};

export const openApiDocument = createDocument({
  openapi: "3.1.0",
  info: {
    title: "Positions API",
    version: "1.0.0",
    description:
      "Dated statements by leaders and diplomats on a ceasefire and peace talks in the war in Ukraine: who said " +
      "what, when (at the precision it is known), on what conditions, and where it was reported. Read-only, " +
      "no key needed. Dates are calendar dates (YYYY-MM-DD); read each at its precision: a month-precise date " +
      "is stored as the 1st and means the whole month.",
  },
  servers: [{ url: "/", description: "This site" }],
  tags: [
    { name: "Statements", description: "What was said, when, and where it was reported" },
    { name: "Actors", description: "Who said it, and their positions over time" },
    { name: "Taxonomy", description: "Conditions and topics statements are coded with" },
    { name: "Import", description: "For editors: reading an article for statements to review" },
  ],
  components: { securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "An editor's API token" } } },
  paths: {
    "/api/statements": { get: listStatements },
    "/api/statements/{id}": {
      get: {
        operationId: "getStatement",
        summary: "One statement",
        description: "The full record of a statement, with the statements it answers or restates and those that answer or restate it. Retracted statements are returned with retracted set.",
        tags: ["Statements"],
        requestParams: { path: z.object({ id: statementIdSchema.describe("Statement id").meta({ example: 1 }) }) },
        responses: {
          "200": { description: "The statement", content: json(statementDetailJsonSchema) },
          "400": badRequest,
          "404": notFound,
        },
      },
    },
    "/api/actors": {
      get: {
        operationId: "listActors",
        summary: "List actors",
        tags: ["Actors"],
        responses: { "200": { description: "Every actor", content: json(actorListJsonSchema) } },
      },
    },
    "/api/actors/{slug}": {
      get: bySlug({
        operationId: "getActor",
        summary: "One actor and their positions over time",
        tags: ["Actors"],
        slug: slugSchema.describe("Actor slug").meta({ example: "sergey-lavrov" }),
        response: { description: "The actor", content: json(actorDetailJsonSchema) },
      }),
    },
    "/api/conditions": {
      get: {
        operationId: "listConditions",
        summary: "List conditions",
        description: "The taxonomy of conditions statements name (no NATO membership, Russian withdrawal, …).",
        tags: ["Taxonomy"],
        responses: { "200": { description: "Every condition", content: json(conditionListJsonSchema) } },
      },
    },
    "/api/conditions/{slug}": {
      get: bySlug({
        operationId: "getCondition",
        summary: "One condition and every actor's position on it",
        tags: ["Taxonomy"],
        slug: slugSchema.describe("Condition slug").meta({ example: "no-nato-membership" }),
        response: { description: "The condition", content: json(conditionDetailJsonSchema) },
      }),
    },
    "/api/topics": {
      get: {
        operationId: "listTopics",
        summary: "List topics",
        tags: ["Taxonomy"],
        responses: { "200": { description: "Every topic", content: json(topicListJsonSchema) } },
      },
    },
    "/api/import/extract": { post: extractFromArticle },
    "/feed.xml": {
      get: {
        operationId: "statementFeed",
        summary: "Atom feed of statements",
        description:
          "The newest 50 statements matching the filters, as an Atom feed: subscribe to one actor, condition or " +
          "search. Each entry links to the statement's permalink; its title is the actor and the date said, its " +
          "content the quote (or the paraphrase, marked as such).",
        tags: ["Statements"],
        requestParams: { query: filterQuery },
        responses: {
          "200": {
            description: "An Atom 1.0 feed",
            content: { "application/atom+xml": { schema: z.string() } },
          },
          "400": {
            description: "A parameter is malformed or names nothing recorded",
            content: { "text/plain": { schema: z.string() } },
          },
        },
      },
    },
  },
});

export type OpenApiDocument = typeof openApiDocument;
