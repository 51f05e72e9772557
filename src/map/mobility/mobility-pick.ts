/** What a click on the mobility map hit: a commune, a station, or nothing. */
export type MobilityPick = { kind: 'commune'; code: string } | { kind: 'station'; id: string } | null;
