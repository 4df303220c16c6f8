import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isDatabaseUnreachable } from '#common';
import { DatabaseOutage, ReadDatabase } from '#database';
import { Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';

class HealthStatus {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';
}

class ReplicaHealth {
  @ApiProperty({ example: 'up', enum: ['none', 'up', 'down'], description: '`none`: no DATABASE_READ_URL; `down`: out of reach, its reads go to the primary' })
  state: 'none' | 'up' | 'down';

  @ApiProperty({ required: false, example: 0, description: "Bytes of the primary's log the replica has yet to replay" })
  behindBytes?: number;
}

class ReadinessStatus extends HealthStatus {
  @ApiProperty({ type: ReplicaHealth, description: 'The read replica: never a reason to be unready, the primary answers for it' })
  replica: ReplicaHealth;
}

@Public()
@ApiErrors(401)
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outage: DatabaseOutage,
    private readonly reads: ReadDatabase,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (for a load balancer or an orchestrator)' })
  @ApiOkResponse({ type: HealthStatus, description: 'The process answers' })
  live(): HealthStatus {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the process and its database answer' })
  @ApiOkResponse({ type: ReadinessStatus, description: 'The database answers too' })
  @ApiErrors(503)
  async ready(): Promise<ReadinessStatus> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', replica: await this.reads.state() };
    } catch (error) {
      if (isDatabaseUnreachable(error)) this.outage.unreachable(error);
      throw new ServiceUnavailableException('The database does not answer');
    }
  }
}
