/** One kind of event summed per period: where it is read from, its day column, and each sum by name. */
export interface SeriesSource {
  /** `FROM … WHERE …` of the events, on the query's parameters. */
  from: string;
  /** The calendar day of an event. */
  day: string;
  /** Name of each sum → its aggregate and the SQL type it is answered as. */
  sums: Record<string, { aggregate: string; type: 'int' | 'float8' }>;
}

/**
 * Every week (labelled by its Monday, YYYY-MM-DD) or month (YYYY-MM) from $2 to $3, empty ones
 * included, with each source's sums (0 where none). Timestamps without time zone: a change of
 * summer time must not move a Monday to a Sunday.
 */
export function periodSeries(unit: 'week' | 'month', label: string, sources: SeriesSource[]): string {
  const format = unit === 'week' ? 'YYYY-MM-DD' : 'YYYY-MM';
  const columns = sources.flatMap((source, i) => Object.entries(source.sums).map(([name, { type }]) => `coalesce(s${i}."${name}", 0)::${type} AS "${name}"`));
  const joins = sources.map((source, i) => {
    const sums = Object.entries(source.sums).map(([name, { aggregate }]) => `${aggregate} AS "${name}"`);
    return `LEFT JOIN (SELECT date_trunc('${unit}', ${source.day}::timestamp) AS start, ${sums.join(', ')} ${source.from} GROUP BY 1) s${i} ON s${i}.start = x.start`;
  });
  return `
    SELECT to_char(x.start, '${format}') AS "${label}", ${columns.join(', ')}
      FROM generate_series(date_trunc('${unit}', $2::date::timestamp), date_trunc('${unit}', $3::date::timestamp), interval '1 ${unit}') AS x(start)
      ${joins.join('\n      ')}
     ORDER BY x.start`;
}
