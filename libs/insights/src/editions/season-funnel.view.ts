import { ApiProperty } from '@nestjs/swagger';
import { FunnelCounts, FunnelHost, HostComparison } from './funnel.view.js';

/** A season as its funnel counts it: its dates and the editions printed for it. */
export class FunnelSeason {
  @ApiProperty({ example: '2c9d1e0f-4a3b-4c5d-8e6f-7a8b9c0d1e2f', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Saison 2027' })
  name: string;

  @ApiProperty({ example: '2027-04-01', format: 'date' })
  startsOn: string;

  @ApiProperty({ example: '2027-10-31', format: 'date' })
  endsOn: string;

  @ApiProperty({
    type: 'integer',
    isArray: true,
    example: [2],
    description:
      "The editions counted: those made for the season, and those made for none that were printed after the previous season's end and before this one's",
  })
  editions: number[];
}

/** One season's funnel: its editions' copies, and what their QR codes brought on the season's days. */
export class SeasonFunnel {
  @ApiProperty({ type: FunnelSeason })
  season: FunnelSeason;

  @ApiProperty({ type: FunnelCounts })
  total: FunnelCounts;

  @ApiProperty({ type: [FunnelHost], description: 'Accommodation by accommodation, by name' })
  hosts: FunnelHost[];
}

export class SeasonsFunnelView {
  @ApiProperty({ type: [SeasonFunnel], description: 'The seasons asked, in that order (default: the latest two, older first); empty before any season' })
  seasons: SeasonFunnel[];

  @ApiProperty({
    type: [HostComparison],
    description: 'Host by host, the seasons side by side (`editions` holds one count per season, in the order of `seasons`)',
  })
  hosts: HostComparison[];
}
