import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '#common';
import { PhoneField, WebsiteField } from '#directory';

export const JOIN_KINDS = ['producer', 'host'] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];
export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** What a producer or a host types on the public site's join form (its language and consent are the form's). */
export class JoinRequestDto {
  @IsIn(JOIN_KINDS)
  kind: JoinKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  businessName: string;

  @Matches(/^\d{5}$/, { message: 'postcode must be 5 digits' })
  postcode: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  commune: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  contactName: string;

  @IsEmail()
  @MaxLength(200)
  email: string;

  @IsOptional()
  @PhoneField()
  phone?: string;

  @IsOptional()
  @WebsiteField()
  @MaxLength(500)
  website?: string;

  /** What they make or run, in their words: bounded, a coordinator reads it on a phone. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  offer: string;

  /** Ticked: nothing is stored without it. */
  @IsIn(['yes'], { message: 'consent must be given to be contacted' })
  consent: 'yes';
}

export class JoinRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: JOIN_REQUEST_STATUSES,
    example: 'pending',
    description: 'only the requests of this status (all of them, pending first, without)',
  })
  @IsOptional()
  @IsIn(JOIN_REQUEST_STATUSES)
  status?: JoinRequestStatus;
}

export class DeclineJoinRequestDto {
  @ApiProperty({ example: 'Le territoire ne compte que des producteurs des Deux-Sèvres.', maxLength: 1000, description: 'mailed to the person, as written' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be empty' })
  @MaxLength(1000)
  reason: string;
}
