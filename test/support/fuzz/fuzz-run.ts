import type { FuzzRequest, Who } from './requests.js';

export interface InjectedResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

export type Inject = (request: { method: string; url: string; headers: Record<string, string>; payload?: string }) => Promise<InjectedResponse>;

export interface FuzzFailure {
  request: FuzzRequest;
  status: number;
  why: string;
  body: string;
}

export interface FuzzTally {
  requests: number;
  byStatus: Record<number, number>;
  failures: FuzzFailure[];
  seconds: number;
}

/** What is wrong with an answer: a 5xx, or an error outside the one error shape; undefined when it is right. */
export function problemWith(response: InjectedResponse): string | undefined {
  if (response.statusCode >= 500) return 'a 5xx';
  if (response.statusCode < 400) return undefined;
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `an error sent as ${type || 'no content type'}`;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return 'an error body that is not JSON';
  }
  const error = body as { statusCode?: unknown; error?: unknown; message?: unknown; errors?: unknown };
  if (error.statusCode !== response.statusCode) return 'an error whose statusCode is not the status';
  if (typeof error.error !== 'string' || typeof error.message !== 'string') return 'an error without its error and message texts';
  if (error.errors !== undefined) {
    const fieldsOk =
      Array.isArray(error.errors) &&
      error.errors.every((e: { field?: unknown; message?: unknown }) => typeof e.field === 'string' && typeof e.message === 'string');
    if (!fieldsOk) return 'an error whose errors are not { field, message }';
  }
  return undefined;
}

/**
 * Sends every request (a few at a time, as clients do) and keeps count: statuses, and each answer
 * that is a 5xx or an error outside the one shape. A person whose session a request ended
 * (signing out, say) is signed in again by `tokenOf(who, true)`.
 */
export async function runFuzz(
  inject: Inject,
  requests: FuzzRequest[],
  tokenOf: (who: Exclude<Who, 'anonymous'>, renew?: boolean) => Promise<string>,
  concurrency = 4,
): Promise<FuzzTally> {
  const started = performance.now();
  const tally: FuzzTally = { requests: 0, byStatus: {}, failures: [], seconds: 0 };
  let next = 0;
  const send = async (request: FuzzRequest) => {
    const headers = { ...request.headers };
    if (request.who !== 'anonymous') headers.authorization = `Bearer ${await tokenOf(request.who)}`;
    const response = await inject({ method: request.method, url: request.url, headers, payload: request.payload });
    if (response.statusCode === 401 && request.who !== 'anonymous') await tokenOf(request.who, true);
    tally.requests++;
    tally.byStatus[response.statusCode] = (tally.byStatus[response.statusCode] ?? 0) + 1;
    const why = problemWith(response);
    if (why) tally.failures.push({ request, status: response.statusCode, why, body: response.body.slice(0, 300) });
  };
  const worker = async () => {
    while (next < requests.length) await send(requests[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

/** One line per failure, shortened, for a reader to replay it. */
export function describeFailures(failures: FuzzFailure[], max = 15): string {
  return failures
    .slice(0, max)
    .map(({ request, status, why, body }) => {
      const payload = request.payload === undefined ? '' : ` body ${JSON.stringify(request.payload.slice(0, 120))}`;
      return `${status} (${why}) ${request.who} ${request.method} ${request.url.slice(0, 160)}${payload} → ${body.slice(0, 160)}`;
    })
    .join('\n');
}
