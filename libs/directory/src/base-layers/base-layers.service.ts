import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '#audit';
import { refusal, withRefusal, type Actor } from '#common';
import { queryRows } from '#database';
import { TerritoriesService } from '../territories/territories.service.js';
import { BASE_LAYER_REFUSALS } from './base-layer-refusals.js';
import type { BaseLayers, BaseLayerSummary } from './base-layers.js';
import { baseLayersView, type BaseLayersView } from './base-layers.view.js';
import { readBaseLayers } from './geojson-reading.js';

interface Row {
  layers: BaseLayers;
  summary: BaseLayerSummary;
  uploaded_at: Date;
}

/** The counts an audit entry keeps of base layers: the geometry itself would swamp the trail. */
const audited = (summary: BaseLayerSummary | undefined) =>
  summary && { baseLayers: `${summary.communes} communes, ${summary.roads} roads, ${summary.rivers} rivers, ${summary.pointsKept} points` };

/**
 * A territory's base layers for its printed maps, uploaded once by a coordinator (GeoJSON, read
 * and simplified by readBaseLayers) and kept in the database, so that printing never needs the
 * network. Each change writes its audit entry in its transaction.
 */
@Injectable()
export class BaseLayersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
  ) {}

  /** Replaces the territory's base layers with those of `file` (the GeoJSON's bytes, or its parsed JSON). */
  async put(territoryId: string, file: unknown, actor: Actor): Promise<BaseLayersView> {
    await this.territories.assertCoordinates(territoryId, actor);
    const { layers, summary } = readBaseLayers(file);
    return this.dataSource.transaction(async (tx) => {
      const [before] = await queryRows<Pick<Row, 'summary'>>(tx, `SELECT summary FROM territory_base_layers WHERE territory_id = $1 FOR UPDATE`, [territoryId]);
      const [saved] = await queryRows<Pick<Row, 'uploaded_at'>>(
        tx,
        `INSERT INTO territory_base_layers (territory_id, layers, summary) VALUES ($1, $2, $3)
         ON CONFLICT (territory_id) DO UPDATE SET layers = EXCLUDED.layers, summary = EXCLUDED.summary, uploaded_at = now()
         RETURNING uploaded_at`,
        [territoryId, JSON.stringify(layers), JSON.stringify(summary)],
      );
      await this.audit.record(tx, actor, {
        territoryId,
        action: 'upload_base_layers',
        entityType: 'territory',
        entityId: territoryId,
        before: audited(before?.summary),
        after: audited(summary),
      });
      return baseLayersView(territoryId, summary, layers, saved.uploaded_at);
    });
  }

  async get(territoryId: string, actor: Actor): Promise<BaseLayersView> {
    await this.territories.assertCoordinates(territoryId, actor);
    const [row] = await queryRows<Row>(this.dataSource.manager, `SELECT layers, summary, uploaded_at FROM territory_base_layers WHERE territory_id = $1`, [
      territoryId,
    ]);
    if (!row) throw withRefusal(new NotFoundException('This territory has no base layers'), refusal(BASE_LAYER_REFUSALS, 'no_base_layers'));
    return baseLayersView(territoryId, row.summary, row.layers, row.uploaded_at);
  }

  /** Removes them (nothing to remove is no error): the maps are drawn on white again. */
  async remove(territoryId: string, actor: Actor): Promise<void> {
    await this.territories.assertCoordinates(territoryId, actor);
    await this.dataSource.transaction(async (tx) => {
      const [gone] = await queryRows<Pick<Row, 'summary'>>(tx, `DELETE FROM territory_base_layers WHERE territory_id = $1 RETURNING summary`, [territoryId]);
      if (gone) {
        await this.audit.record(tx, actor, {
          territoryId,
          action: 'delete_base_layers',
          entityType: 'territory',
          entityId: territoryId,
          before: audited(gone.summary),
          after: { baseLayers: null },
        });
      }
    });
  }

  /** When they were last uploaded (their version, for a brochure's ETag); null without any. For printing, which has checked its reader. */
  async printedVersion(territoryId: string): Promise<string | null> {
    const [row] = await queryRows<Pick<Row, 'uploaded_at'>>(this.dataSource.manager, `SELECT uploaded_at FROM territory_base_layers WHERE territory_id = $1`, [
      territoryId,
    ]);
    return row ? row.uploaded_at.toISOString() : null;
  }

  /** The layers a printed map draws; undefined without any. For printing, which has checked its reader. */
  async forPrinting(territoryId: string): Promise<BaseLayers | undefined> {
    const [row] = await queryRows<Pick<Row, 'layers'>>(this.dataSource.manager, `SELECT layers FROM territory_base_layers WHERE territory_id = $1`, [
      territoryId,
    ]);
    return row?.layers;
  }
}
