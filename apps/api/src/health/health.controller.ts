import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isDatabaseUnreachable } from '#common';
import { DatabaseOutage } from '#database';
import { Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';

class HealthStatus {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';
}

@Public()
@ApiErrors(401)
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outage: DatabaseOutage,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (for a load balancer or an orchestrator)' })
  @ApiOkResponse({ type: HealthStatus, description: 'The process answers' })
  live(): HealthStatus {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the process and its database answer' })
  @ApiOkResponse({ type: HealthStatus, description: 'The database answers too' })
  @ApiErrors(503)
  async ready(): Promise<HealthStatus> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      if (isDatabaseUnreachable(error)) this.outage.unreachable(error);
      throw new ServiceUnavailableException('The database does not answer');
    }
  }
}
