import type { Test } from 'supertest';
import { expect } from 'vitest';
import type { components, paths } from './api-types.js';

/**
 * The API as its document types it (api-types.ts, generated from docs/openapi.json by `npm run
 * openapi`): paths, parameters, bodies and answers are checked by the compiler, so a field renamed
 * in the code and the document but not in a test, or the reverse, fails to compile.
 */

type Method = 'get' | 'post' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Responses<O> = O extends { responses: infer R } ? R : never;
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type SuccessStatus<O> = Extract<keyof Responses<O>, 200 | 201 | 202 | 204>;
type PathParameters<O> = O extends { parameters: { path: infer T } } ? T : never;
type QueryParameters<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type RequestBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** What a request may carry: path parameters when the path has some, a query, a JSON body. */
type Init<O> = ([PathParameters<O>] extends [never] ? { path?: never } : { path: PathParameters<O> }) & {
  query?: QueryParameters<O>;
  body?: RequestBody<O>;
};

export type ApiError = components['schemas']['ApiError'];
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

export interface TypedRequest<O> {
  /** Expects the documented success `status` and answers its body, typed. */
  ok<S extends SuccessStatus<O>>(status: S): Promise<JsonBody<Responses<O>[S]>>;
  /** Expects the error `status` and answers the error, typed. */
  fails(status: Exclude<keyof Responses<O>, SuccessStatus<O>>): Promise<ApiError>;
}

type Client = Record<Method, (url: string) => Test>;

function send<O>(client: Client, method: Method, path: string, init: Init<O> | undefined): TypedRequest<O> {
  const parameters = (init?.path ?? {}) as Record<string, string | number>;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(parameters[name])));
  let test = client[method](url);
  if (init?.query) test = test.query(init.query as object);
  if (init?.body !== undefined) test = test.send(init.body as object);
  const answer = (status: unknown) =>
    test.then((response) => {
      expect(response.status, `${method.toUpperCase()} ${url}: ${JSON.stringify(response.body)}`).toBe(status);
      return response.body as unknown;
    });
  return {
    ok: (status) => answer(status) as Promise<never>,
    fails: (status) => answer(status) as Promise<ApiError>,
  };
}

type PathsWith<M extends Method> = { [P in keyof paths]: paths[P][M] extends undefined ? never : P }[keyof paths];

/** A typed face of a test client (`t.http()`, `t.as(token)`, `t.anonymous()`). */
export function typed(client: object) {
  const c = client as Client;
  return {
    get: <P extends PathsWith<'get'>>(path: P, init?: Init<Operation<P, 'get'>>) => send(c, 'get', path, init),
    post: <P extends PathsWith<'post'>>(path: P, init?: Init<Operation<P, 'post'>>) => send(c, 'post', path, init),
    patch: <P extends PathsWith<'patch'>>(path: P, init?: Init<Operation<P, 'patch'>>) => send(c, 'patch', path, init),
    delete: <P extends PathsWith<'delete'>>(path: P, init?: Init<Operation<P, 'delete'>>) => send(c, 'delete', path, init),
  };
}
