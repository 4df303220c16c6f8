import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { idempotencyKeyOf, sayRefusal, signInRequired, todayIn, ValidationFailed, type Actor, type FieldError, type Language } from '#common';
import { AuditService } from '#audit';
import { ProducersService, readTypedCode, TerritoriesService, TYPED_CODE_REFUSALS, type TypedCodeRefusal } from '#directory';
import { PASS_REFUSALS, type UseRefusal } from '../passes/pass-messages.js';
import type { Redemption } from '../redemptions/redemption.entity.js';
import type { TallyDto, TallyLineDto, TallySheetOffer } from './tally.dto.js';
import { TallyQueries, type TallyPass } from './tally.queries.js';
import { TALLY_OLDEST_DAYS, TALLY_REFUSALS, type TallyRefusal } from './tally-refusals.js';

const UNIQUE_VIOLATION = '23505';

/** What a producer's tally sheet shows: who it is for and its offers, numbered. */
export interface TallySheet {
  producer: { id: string; name: string; territoryId: string };
  territoryName: string;
  offers: TallySheetOffer[];
  /** Today in the territory's time zone. */
  today: string;
}

export interface TallyResult {
  redemptions: Redemption[];
  /** False when this sheet was already recorded under the same key: its uses are given again. */
  created: boolean;
}

type LineField = 'code' | 'date' | 'offerId' | 'amountCents';
interface LineProblem {
  field: LineField;
  code: TallyRefusal | UseRefusal | TypedCodeRefusal;
  params?: Record<string, string | number>;
}

/** Which field of the line a refusal of the trigger (its SQLSTATE) is about, and why, in the sheet's words. */
function triggerProblem(sqlState: string, pass: TallyPass, day: string, today: string): LineProblem | undefined {
  switch (sqlState) {
    case 'TPR01':
    case 'TPR05':
      return { field: 'offerId', code: 'offer_not_valid_on_date' };
    case 'TPR02':
      return { field: 'code', code: 'pass_cancelled' };
    case 'TPR03':
      return { field: 'date', code: 'date_before_stay', params: { arrival: pass.arrival } };
    case 'TPR04':
      return { field: 'date', code: 'date_after_stay', params: { departure: pass.departure } };
    case 'TPR06':
      return { field: 'offerId', code: 'offer_used_up' };
    case 'TPR07':
      return { field: 'offerId', code: 'offer_quota_reached' };
    case 'TPR09':
      return day > today ? { field: 'date', code: 'date_in_future' } : { field: 'date', code: 'date_too_old', params: { days: TALLY_OLDEST_DAYS } };
    default:
      return undefined;
  }
}

const sqlStateOf = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code;

/** The sheet's answer already given: a second submission of the same sheet (double click, retry) records nothing more. */
class AlreadyRecorded extends Error {}
/** Every line holds, but only a check was asked: the transaction is rolled back all the same. */
class CheckedOnly extends Error {}

/**
 * Tally sheets: a producer without a phone at hand writes its uses on paper, and later it (or a
 * coordinator for it) types the sheet in. Every line is tried in one transaction, each under its
 * own savepoint, so that the rules are the database trigger's own, at the day written on the line;
 * the refusals are gathered line by line and, if there is any, the transaction is rolled back:
 * nothing is recorded until every line holds. The sheet's Idempotency-Key makes a second
 * submission answer the first one's uses.
 */
@Injectable()
export class TallyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: TallyQueries,
    private readonly producers: ProducersService,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
  ) {}

  /** The sheet of a producer, for its members and its territory's coordinators. */
  async sheet(producerId: string, actor: Actor): Promise<TallySheet> {
    const producer = await this.producers.editable(producerId, actor);
    const territory = await this.territories.get(producer.territoryId);
    const today = todayIn(territory.timeZone);
    return {
      producer: { id: producer.id, name: producer.name, territoryId: producer.territoryId },
      territoryName: territory.name,
      offers: await this.queries.sheetOffers(producer.id, today),
      today,
    };
  }

  async record(producerId: string, dto: TallyDto, key: string | undefined, actor: Actor, lang: Language): Promise<TallyResult> {
    const sheetKey = idempotencyKeyOf(key, true);
    if (actor.userId === null) throw signInRequired();
    const recordedBy = actor.userId;
    const keys = dto.lines.map((_, i) => `${sheetKey}-${i + 1}`);
    const earlier = await this.queries.recordedWithKeys(recordedBy, keys);
    if (earlier.length > 0) return { redemptions: earlier, created: false };

    try {
      return { redemptions: await this.attempt(producerId, dto, { keys, recordedBy, commit: true }, actor, lang), created: true };
    } catch (error) {
      // the same sheet sent twice at once: the twin that committed first holds the answer
      if (error instanceof AlreadyRecorded) return { redemptions: await this.queries.recordedWithKeys(recordedBy, keys), created: false };
      throw error;
    }
  }

  /** Checks a sheet's lines as `record` does, by the same inserts, and records nothing whatever the outcome: throws the lines' problems. */
  async check(producerId: string, dto: TallyDto, actor: Actor, lang: Language): Promise<void> {
    if (actor.userId === null) throw signInRequired();
    const keys = dto.lines.map(() => `check-${randomUUID()}`);
    await this.attempt(producerId, dto, { keys, recordedBy: actor.userId, commit: false }, actor, lang).catch((error: unknown) => {
      if (!(error instanceof CheckedOnly)) throw error;
    });
  }

  /**
   * Tries every line in one transaction, each under its savepoint: the lines' problems are thrown
   * together (the transaction rolled back); without any, the uses are audited and committed, or
   * rolled back all the same when only checking.
   */
  private async attempt(
    producerId: string,
    dto: TallyDto,
    run: { keys: string[]; recordedBy: string; commit: boolean },
    actor: Actor,
    lang: Language,
  ): Promise<Redemption[]> {
    const sheet = await this.sheet(producerId, actor);
    const offers = new Set(sheet.offers.map((offer) => offer.offerId));
    const read = dto.lines.map((line) => readTypedCode(line.code));
    const codes = read.flatMap((typed) => (typed.code === undefined ? [] : [typed.code]));
    const passes = new Map((await this.queries.passesByCodes(codes)).map((pass) => [pass.code, pass]));

    const problems: LineProblem[][] = dto.lines.map(() => []);
    const tried = dto.lines.map((line, i): { line: TallyLineDto; pass: TallyPass } | undefined => {
      const typed = read[i];
      const pass = typed.code === undefined ? undefined : passes.get(typed.code);
      if (typed.refusal) problems[i].push({ field: 'code', code: typed.refusal });
      else if (!pass) problems[i].push({ field: 'code', code: 'no_such_pass' });
      else if (pass.territoryId !== sheet.producer.territoryId) problems[i].push({ field: 'code', code: 'pass_of_other_territory' });
      if (!offers.has(line.offerId)) problems[i].push({ field: 'offerId', code: 'offer_not_on_sheet' });
      return problems[i].length === 0 && pass ? { line, pass } : undefined;
    });

    return this.dataSource.transaction(async (tx) => {
      const ids: string[] = [];
      for (const [i, attempt] of tried.entries()) {
        if (!attempt) continue;
        await tx.query('SAVEPOINT tally_line');
        try {
          const use = { passId: attempt.pass.id, offerId: attempt.line.offerId, day: attempt.line.date, amountCents: attempt.line.amountCents ?? null };
          ids.push(await this.queries.tryInsert(tx, { ...use, recordedBy: run.recordedBy, idempotencyKey: run.keys[i] }));
          await tx.query('RELEASE SAVEPOINT tally_line');
        } catch (error) {
          const sqlState = sqlStateOf(error);
          if (sqlState === UNIQUE_VIOLATION) throw new AlreadyRecorded();
          const problem = sqlState ? triggerProblem(sqlState, attempt.pass, attempt.line.date, sheet.today) : undefined;
          if (!problem) throw error;
          await tx.query('ROLLBACK TO SAVEPOINT tally_line');
          problems[i].push(problem);
        }
      }
      if (problems.some((line) => line.length > 0)) throw new ValidationFailed(fieldErrors(problems, lang));
      if (!run.commit) throw new CheckedOnly();
      const recorded = await this.queries.byIds(tx, ids);
      for (const use of recorded) {
        await this.audit.record(tx, actor, {
          territoryId: use.territoryId,
          action: 'redeem',
          entityType: 'redemption',
          entityId: use.id,
          after: { passId: use.passId, offerId: use.offerId, amountCents: use.amountCents, redeemedOn: use.redeemedOn, recordedVia: use.recordedVia },
        });
      }
      return recorded;
    });
  }
}

/** Each line's problems as the API's field errors (`lines[3].code`), said in the reader's language. */
function fieldErrors(problems: LineProblem[][], lang: Language): FieldError[] {
  const texts = { ...TYPED_CODE_REFUSALS[lang], ...PASS_REFUSALS[lang], ...(lang === 'fr' ? TALLY_REFUSALS.fr : TALLY_REFUSALS.en) };
  return problems.flatMap((line, i) =>
    line.map((problem) => {
      const said = problem.params ? { code: problem.code, params: problem.params } : { code: problem.code };
      return { field: `lines[${i}].${problem.field}`, message: sayRefusal(texts, said) ?? problem.code, ...said };
    }),
  );
}
