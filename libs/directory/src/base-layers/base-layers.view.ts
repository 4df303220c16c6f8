import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { BaseLayers, BaseLayerSummary } from './base-layers.js';

/** A territory's base layers: what the upload kept, and the simplified GeoJSON the printed maps draw. */
@ApiSchema({ name: 'BaseLayers' })
export class BaseLayersView {
  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ type: 'integer', example: 24, description: 'Commune outlines kept (Polygon, MultiPolygon)' })
  communes: number;

  @ApiProperty({ type: 'integer', example: 12, description: 'Main roads kept (motorway to secondary)' })
  roads: number;

  @ApiProperty({ type: 'integer', example: 5, description: 'Rivers and canals kept' })
  rivers: number;

  @ApiProperty({ type: 'integer', example: 310, description: 'Valid features that are none of those, left out: points, small roads, streams, buildings…' })
  skipped: number;

  @ApiProperty({ type: 'integer', example: 48210, description: 'Points read in the file' })
  pointsReceived: number;

  @ApiProperty({ type: 'integer', example: 6120, description: 'Points kept once simplified to the printed map’s resolution (about 0.5 mm)' })
  pointsKept: number;

  @ApiProperty({ type: [Number], example: [-0.52, 46.45, -0.13, 46.82], description: 'West, south, east, north (WGS 84 degrees)' })
  bounds: [number, number, number, number];

  @ApiProperty({ example: '2026-11-30T08:15:00.000Z' })
  uploadedAt: Date;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { layer: 'river', name: 'Le Thouet' },
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [-0.41, 46.61],
                [-0.25, 46.64],
              ],
            ],
          },
        },
      ],
    },
    description:
      'The layers as kept: GeoJSON, each feature with `layer` (commune, road, river) and its `name` if it had one, areas as MultiPolygon, lines as MultiLineString',
  })
  layers: BaseLayers;
}

export function baseLayersView(territoryId: string, summary: BaseLayerSummary, layers: BaseLayers, uploadedAt: Date): BaseLayersView {
  return { territoryId, ...summary, uploadedAt, layers };
}
