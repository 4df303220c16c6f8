import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, invalidField, type Actor } from '#common';
import { DeclineJoinRequestDto, JoinRequestAcceptedView, JoinRequestDeclinedView, JoinRequestQueryDto, JoinRequestsService, JoinRequestView } from '#accounts';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

const RequestIdParam = () => Param('requestId', new ParseUUIDPipe({ exceptionFactory: () => invalidField('requestId', 'requestId must be a UUID') }));
const DocumentedRequestId = () =>
  ApiParam({ name: 'requestId', format: 'uuid', example: '9b2f4c1e-3d5a-4e6b-8c7d-0a1b2c3d4e5f', description: 'The join request' });

/** Producers' and hosts' requests to join, asked on the public site: the territory's coordinators decide. */
@ApiErrors(401, 403, 404, 503)
@ApiTags('join requests')
@Controller('api/v1/territories/:id/join-requests')
export class JoinRequestsController {
  constructor(private readonly requests: JoinRequestsService) {}

  @Get()
  @ApiOperation({ summary: "The territory's requests to join, pending first (coordinators)" })
  @ApiPageResponse(JoinRequestView)
  @ApiErrors(400)
  list(@IdParam() territoryId: string, @Query() query: JoinRequestQueryDto, @CurrentActor() actor: Actor) {
    return this.requests.list(territoryId, query, actor);
  }

  @Post(':requestId/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accepts a request: makes the producer or accommodation (hidden from tourists until its address is typed) and invites the person as its member',
  })
  @DocumentedRequestId()
  @ApiOkResponse({ type: JoinRequestAcceptedView })
  @ApiErrors(400, 409)
  accept(@IdParam() territoryId: string, @RequestIdParam() id: string, @CurrentActor() actor: Actor) {
    return this.requests.accept(territoryId, id, actor);
  }

  @Post(':requestId/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declines a request with a reason, mailed to the person in the language of the form' })
  @DocumentedRequestId()
  @ApiOkResponse({ type: JoinRequestDeclinedView })
  @ApiErrors(400, 409, 413, 415)
  decline(@IdParam() territoryId: string, @RequestIdParam() id: string, @Body() dto: DeclineJoinRequestDto, @CurrentActor() actor: Actor) {
    return this.requests.decline(territoryId, id, dto.reason, actor);
  }
}
