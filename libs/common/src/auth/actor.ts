export type Role = 'coordinator' | 'producer' | 'host';

export interface ActorMembership {
  id: string;
  territoryId: string;
  role: Role;
  producerId: string | null;
  accommodationIds: string[];
}

/**
 * Who is asking: a signed-in person with the active memberships they hold, or nobody.
 * Every service decision about reading or changing a row is made from this.
 */
export class Actor {
  private constructor(
    readonly userId: string | null,
    readonly isPlatformAdmin: boolean,
    readonly memberships: readonly ActorMembership[],
  ) {}

  static anonymous(): Actor {
    return new Actor(null, false, []);
  }

  /** The application itself (demo data, imports): may do everything, recorded in the audit trail as nobody. */
  static system(): Actor {
    return new Actor(null, true, []);
  }

  static user(userId: string, isPlatformAdmin: boolean, memberships: ActorMembership[]): Actor {
    return new Actor(userId, isPlatformAdmin, memberships);
  }

  get isSignedIn(): boolean {
    return this.userId !== null;
  }

  /** Coordinates this territory (the platform admin coordinates all of them). */
  coordinates(territoryId: string): boolean {
    return this.isPlatformAdmin || this.memberships.some((m) => m.role === 'coordinator' && m.territoryId === territoryId);
  }

  /** Is a member of the producer business. */
  ownsProducer(producerId: string): boolean {
    return this.memberships.some((m) => m.role === 'producer' && m.producerId === producerId);
  }

  /** Runs the accommodation as its host. */
  hostsAccommodation(accommodationId: string): boolean {
    return this.memberships.some((m) => m.role === 'host' && m.accommodationIds.includes(accommodationId));
  }

  isMemberOf(territoryId: string): boolean {
    return this.isPlatformAdmin || this.memberships.some((m) => m.territoryId === territoryId);
  }

  get coordinatedTerritoryIds(): string[] {
    return unique(this.memberships.filter((m) => m.role === 'coordinator').map((m) => m.territoryId));
  }

  get ownProducerIds(): string[] {
    return unique(this.memberships.flatMap((m) => (m.role === 'producer' && m.producerId ? [m.producerId] : [])));
  }

  get hostedAccommodationIds(): string[] {
    return unique(this.memberships.flatMap((m) => (m.role === 'host' ? m.accommodationIds : [])));
  }
}

const unique = <T>(values: T[]) => [...new Set(values)];
