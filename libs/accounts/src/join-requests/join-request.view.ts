import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '#common';
import { LinkView } from '../invitations/invitation.dto.js';
import { JOIN_KINDS, JOIN_REQUEST_STATUSES, type JoinKind, type JoinRequestStatus } from './join-request.dto.js';

/** A request to join, as the territory's coordinators read it. */
export class JoinRequestView {
  @ApiProperty({ format: 'uuid', example: '9b2f4c1e-3d5a-4e6b-8c7d-0a1b2c3d4e5f' })
  id: string;

  @ApiProperty({ format: 'uuid', example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90' })
  territoryId: string;

  @ApiProperty({ enum: JOIN_KINDS, example: 'producer' })
  kind: JoinKind;

  @ApiProperty({ example: 'La Ferme du Chêne' })
  businessName: string;

  @ApiProperty({ example: '79200' })
  postcode: string;

  @ApiProperty({ example: 'Parthenay', description: 'as the official list writes it' })
  commune: string;

  @ApiProperty({ example: 'Claire Martin' })
  contactName: string;

  @ApiProperty({ example: 'claire@ferme-du-chene.test' })
  email: string;

  @ApiProperty({ example: '+33549640000', nullable: true, type: String, description: 'E.164' })
  phone: string | null;

  @ApiProperty({ example: 'https://ferme-du-chene.test', nullable: true, type: String })
  website: string | null;

  @ApiProperty({ example: 'Fromages de chèvre, visite de la traite le soir.' })
  offer: string;

  @ApiProperty({ enum: LANGUAGES, example: 'fr', description: 'the language of the form: the answer is written in it' })
  lang: Language;

  @ApiProperty({ enum: JOIN_REQUEST_STATUSES, example: 'pending' })
  status: JoinRequestStatus;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, example: null, description: 'the coordinator who decided' })
  decidedBy: string | null;

  @ApiProperty({ nullable: true, type: Date, example: null })
  decidedAt: Date | null;

  @ApiProperty({ nullable: true, type: String, example: null })
  declineReason: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, example: null, description: 'the producer made on acceptance' })
  producerId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, example: null, description: 'the accommodation made on acceptance' })
  accommodationId: string | null;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  createdAt: Date;
}

export class JoinRequestAcceptedView {
  @ApiProperty({ type: JoinRequestView })
  request: JoinRequestView;

  @ApiProperty({ type: LinkView, description: 'the invitation of the person, as a member of the producer or accommodation made' })
  invitation: LinkView;
}

export class JoinRequestDeclinedView {
  @ApiProperty({ type: JoinRequestView })
  request: JoinRequestView;

  @ApiProperty({ example: true, description: 'whether the reason was mailed (false without a mail server: tell the person yourself)' })
  mailed: boolean;
}
