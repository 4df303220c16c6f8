/** What a country data set holds, by its scale: the country is scale 1. */
export interface CountrySizes {
  territories: number;
  producersPerTerritory: number;
  accommodationsPerTerritory: number;
  /** Each producer has 1 to this many offers (2 on average). */
  maxOffersPerProducer: number;
  passesPerTerritoryPerSeason: number;
  /** Page openings (the sum of the scans' counts), not rows. */
  openingsPerTerritoryPerSeason: number;
  /** Chance that a guest uses an offer on a day of the stay. */
  useChancePerDay: number;
  seasons: number;
}

/** One thousand associations: 20,000 producers, 50,000 accommodations, a million passes and 20 million page openings a season. */
export const COUNTRY: Omit<CountrySizes, 'territories' | 'seasons'> = {
  producersPerTerritory: 20,
  accommodationsPerTerritory: 50,
  maxOffersPerProducer: 3,
  passesPerTerritoryPerSeason: 1_000,
  openingsPerTerritoryPerSeason: 20_000,
  useChancePerDay: 0.3,
};

export const FULL_SCALE_TERRITORIES = 1_000;

/** `--scale 0.1`, `--territories 250`, `--seasons 2` (or SCALE, TERRITORIES, SEASONS). */
export function sizesFrom(argv: string[], env: NodeJS.ProcessEnv): CountrySizes {
  const option = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : env[name.toUpperCase()];
  };
  const scale = Number(option('scale') ?? 0.1);
  const territories = Number(option('territories') ?? Math.max(1, Math.round(FULL_SCALE_TERRITORIES * scale)));
  const seasons = Number(option('seasons') ?? 1);
  if (!Number.isInteger(territories) || territories < 1) throw new Error(`--territories must be a whole number ≥ 1 (got ${territories})`);
  if (!Number.isInteger(seasons) || seasons < 1 || seasons > 5) throw new Error(`--seasons must be 1 to 5 (got ${seasons})`);
  return { ...COUNTRY, territories, seasons };
}

/** The database holding a data set of these sizes: a run with the same sizes finds it again. */
export const databaseNameOf = (sizes: CountrySizes, version: number) => `terroir_country_t${sizes.territories}_s${sizes.seasons}_v${version}`;
