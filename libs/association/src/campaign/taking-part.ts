/**
 * SQL (producers as `p`): the producers a season's campaign is for. Today: every producer that is
 * not suspended (nor archived).
 * MERGE (membership standing): the lead adds "and an active member for the season's year" here.
 */
export const TAKES_PART = `p.status NOT IN ('suspended', 'archived')`;
