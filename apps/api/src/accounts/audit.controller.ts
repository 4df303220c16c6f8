import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ApiPageResponse, mapPage, PageQueryDto, type Actor } from '#common';
import { AuditEntryView, auditEntryView, AuditService } from '#audit';
import { TerritoriesService } from '#directory';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    format: 'uuid',
    description: 'Only the entries of this producer, accommodation, offer or membership',
  })
  @IsOptional()
  @IsUUID()
  entityId?: string;
}

@ApiErrors(401, 403, 503)
@ApiTags('audit')
@Controller('api/v1/territories/:id/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly territories: TerritoriesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Who changed what and when in the territory, newest first (coordinators)' })
  @ApiPageResponse(AuditEntryView)
  @ApiErrors(400, 404)
  async list(@IdParam() territoryId: string, @Query() query: AuditQueryDto, @CurrentActor() actor: Actor) {
    await this.territories.assertCoordinates(territoryId, actor);
    return mapPage(await this.audit.list(territoryId, query), auditEntryView);
  }
}
