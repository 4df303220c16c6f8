import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** The postal address and position shared by producers and accommodations. */
export class PlaceDto {
  @ApiProperty({ example: '12 route de la Boissière', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '79200', description: 'French postcode (5 digits)' })
  @Matches(/^\d{5}$/, { message: 'postcode must be 5 digits' })
  postcode: string;

  @ApiProperty({ example: 'Parthenay', maxLength: 80 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  commune: string;

  @ApiProperty({ example: 46.6486, minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ example: -0.2472, minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;
}
