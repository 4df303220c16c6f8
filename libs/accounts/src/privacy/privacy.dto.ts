import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsString, MaxLength } from 'class-validator';

export class ErasureDto {
  @ApiProperty({ example: 'correct horse battery staple', description: 'the current password: erasure cannot be undone', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  password: string;

  @ApiProperty({ example: true, description: 'must be true: the person understands that the account is gone for good' })
  @Equals(true)
  confirm: boolean;
}
