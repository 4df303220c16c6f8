import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiError, isDatabaseUnreachable } from '#common';
import { DatabaseOutage } from '#database';
import { Public } from '#web';

class HealthStatus {
  @ApiProperty({ example: 'ok' })
  status: 'ok';
}

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outage: DatabaseOutage,
  ) {}

  @Get('live')
  @ApiOkResponse({ type: HealthStatus, description: 'The process answers' })
  live(): HealthStatus {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ type: HealthStatus, description: 'The database answers too' })
  @ApiServiceUnavailableResponse({ type: ApiError })
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
