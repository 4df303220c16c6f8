import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Max, Min, registerDecorator, type ValidationOptions } from 'class-validator';
import { QueryNumber } from '../numbers/query-numbers.js';
import { PageQueryDto } from '../pagination/page-query.dto.js';
import { parseLatLng, type LatLng } from './geo.js';

function IsLatLng(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLatLng',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be "latitude,longitude" with latitude in [-90, 90] and longitude in [-180, 180]`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && parseLatLng(value) !== undefined },
    });
}

/** Pagination plus "near a point": answers carry `distanceKm`, nearest first. */
export class NearPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '46.6486,-0.2472', description: 'latitude,longitude: answers nearest first, with distanceKm' })
  @IsOptional()
  @IsLatLng()
  near?: string;

  @ApiPropertyOptional({ type: Number, example: 30, description: 'Only within this distance of `near`, in km (requires near)', minimum: 0.1, maximum: 1000 })
  @IsOptional()
  @QueryNumber()
  @Min(0.1)
  @Max(1000)
  radiusKm?: number;

  get point(): LatLng | undefined {
    return this.near === undefined ? undefined : parseLatLng(this.near);
  }
}
