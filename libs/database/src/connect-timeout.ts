/**
 * How long anything waits for a connection to PostgreSQL (a new one, or a free one of the pool):
 * while the server is away or out of reach, requests answer 503 after this instead of hanging,
 * and the listening connection tries again.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
