import { ApiProperty } from '@nestjs/swagger';

export class RemovalResult {
  @ApiProperty({ example: true, description: 'true: kept as archived because something relied on it; false: deleted' })
  archived: boolean;
}
