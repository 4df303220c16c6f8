import { describe, expect, it } from 'vitest';
import { apiErrorOf } from './api-exception.filter.js';
import { isDatabaseUnreachable } from './database-unreachable.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** How TypeORM hands a driver's error on. */
const queryFailed = (driverError: Error) => Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError });

describe('telling a database away from a query refused', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset connection, wrapped by TypeORM', queryFailed(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))],
    ['a host with two addresses, both refused', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
    ['a connection lost in a query', queryFailed(new Error('Connection terminated unexpectedly'))],
    ['a connection timeout', new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') })],
    ['a pool with no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['a server shutting down (57P01)', queryFailed(pgError('57P01', 'terminating connection due to administrator command'))],
    ['a server starting (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', pgError('08006')],
    ['TypeORM without its connection', Object.assign(new Error('Connection is not set'), { name: 'ConnectionIsNotSetError' })],
  ])('%s is the database away: 503', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
    expect(apiErrorOf(error)).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });

  it.each([
    ['a unique violation', queryFailed(pgError('23505', 'duplicate key'))],
    ['a syntax error', queryFailed(pgError('42601', 'syntax error'))],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing at all', undefined],
  ])('%s is not', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
    expect(apiErrorOf(error).statusCode).not.toBe(503);
  });
});
