// The OpenAPI 3.1 document of the public API, served at GET /api/v1/openapi.json, generated from the
// zod schemas the routes parse with and answer in (z.toJSONSchema); see ADR 015.
import { z } from "zod";
import { apiErrorSchema } from "~/schemas/api/common";
import { createRequestBody } from "~/schemas/api/requests";
import { CAPACITY_RECORDS } from "~/schemas/capacity";
import { finishParameters } from "./document-parts";
import { deletionExample, recordExamples } from "./examples";
import { componentRef, type JsonObject, SchemaSet } from "./json-schema";
import { capacityPath } from "./paths/capacity";
import { optionsPath } from "./paths/options";
import { helpRequestAnswers, requestsPath } from "./paths/requests";
import { servicesPath } from "./paths/services";

export type { JsonObject, JsonValue } from "./json-schema";

/** Whose the document and the open data it describes are; see ADR 015. */
export const LICENSE = { name: "CC0 1.0 Universal", identifier: "CC0-1.0" };

const INFO_DESCRIPTION =
  "API for providers' planning systems to publish capacity (room for new clients, working hours, groups) to " +
  "Hulpwijzer, for anyone to look up the options for a help request (`GET /api/v1/options`, public), for " +
  "logged-in residents to request one (`POST /api/v1/requests`, with the browser session), and for social maps " +
  "to read the directory of vetted providers (`GET /api/v1/services`, HSDS 3.1, public).\n\n" +
  "For the capacity endpoints, authenticate with the provider's API key as a bearer token " +
  "(`Authorization: Bearer hwk_…`: `hwk_` followed by 32 characters a-z and 2-7). A key only ever reads and " +
  "writes its own provider's records; there is no way to address another provider.\n\n" +
  'Errors are JSON: `{ error, message }`, or `{ error: "invalid_request", errors: { field: message } }` for ' +
  "invalid fields. The `error` codes are stable English identifiers; `message` and the field messages are in " +
  "Dutch, written to be shown to your users as they are. A method a path does not answer gets 405 " +
  "`method_not_allowed` with the methods it does answer in `Allow`; `OPTIONS` answers 204 with that `Allow`.\n\n" +
  'Numeric fields of capacity records also accept numeric strings ("12"). Responses are sent with ' +
  "`Cache-Control: no-store` unless said otherwise. The capacity API is meant to be called from servers; a " +
  "browser request that changes data from another website is refused (403).\n\n" +
  "The document and the open data it describes are dedicated to the public domain (CC0 1.0). Distances are " +
  "computed from postcode data © GeoNames (CC BY 4.0) and municipality codes from CBS (CC BY 4.0). The HSDS " +
  "schemas referred to are © Open Referral, CC BY-SA 4.0.";

/** The document for requests made on `today` (the help request's limits follow the day). */
export function buildOpenApiDocument(today: string): JsonObject {
  const input = new SchemaSet("input", {
    documentedAs: new Map([[createRequestBody.shape.helpRequest, componentRef("HelpRequestAnswers")]]),
  });
  const output = new SchemaSet("output");
  const paths: JsonObject = {
    "/api/v1/capacity": capacityPath(input, output),
    "/api/v1/options": optionsPath(today, input, output),
    "/api/v1/requests": requestsPath(input, output),
    "/api/v1/services": servicesPath(input, output),
    "/api/v1/openapi.json": {
      description: "Other methods than GET and HEAD get 405 `method_not_allowed` with `Allow: GET, HEAD`.",
      get: {
        operationId: "getOpenApiDocument",
        summary: "This document",
        description: "Public and cacheable for 5 minutes; generated from the zod schemas the API parses with.",
        security: [],
        responses: {
          "200": {
            description: "The OpenAPI document.",
            content: { "application/json": { schema: { type: "object" } } },
          },
          "4XX": {
            description: "Not answered by this operation; any refusal of the API has the Error shape.",
            content: { "application/json": { schema: output.use(apiErrorSchema) } },
          },
        },
      },
    },
  };
  const answers = helpRequestAnswers(today, input, output);
  const inputs = input.emit();
  const outputs = output.emit();
  // Examples of request schemas go in here: zod leaves them out of an input schema that transforms.
  for (const record of CAPACITY_RECORDS) {
    const id = z.globalRegistry.get(record)?.id;
    const component = id ? inputs[id] : undefined;
    if (component) component.examples = [recordExamples[record.shape.type.value] ?? {}];
  }
  if (inputs.CapacityDeletion) inputs.CapacityDeletion.examples = [deletionExample];
  const clash = Object.keys(inputs).filter((id) => id in outputs);
  if (clash.length > 0) throw new Error(`Components both read and written: ${clash.join(", ")}`);
  finishParameters(paths);

  return {
    openapi: "3.1.0",
    info: { title: "Hulpwijzer API", version: "1", description: INFO_DESCRIPTION, license: LICENSE },
    servers: [{ url: "/" }],
    tags: [
      { name: "capacity", description: "Publishing and reading your capacity." },
      { name: "options", description: "Options for a help request; public." },
      { name: "requests", description: "Requesting an option, for logged-in residents." },
      { name: "services", description: "The directory of vetted providers as open data (HSDS 3.1); public." },
    ],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "hwk_ followed by 32 characters a-z and 2-7",
          description:
            "The provider's API key. Hulpwijzer keeps only a hash: a key is shown once when created and can be " +
            "revoked.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "hw_session",
          description:
            "The browser session from logging in at /inloggen (HttpOnly cookie); for Hulpwijzer's own pages, not " +
            "for other servers.",
        },
      },
      schemas: { ...inputs, HelpRequestAnswers: answers, ...outputs },
    },
  };
}

let last: { today: string; body: string } | undefined;

/** The document as served, serialised once per day. */
export function openApiJson(today: string): string {
  if (last?.today !== today) last = { today, body: JSON.stringify(buildOpenApiDocument(today)) };
  return last.body;
}
