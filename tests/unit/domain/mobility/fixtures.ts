import type { CommuneMobility } from '../../../../src/domain/mobility/types';

/** A commune with every field set to something harmless; override what a test needs. */
export function commune(over: Partial<CommuneMobility> & { code: string }): CommuneMobility {
  return {
    nom: over.code,
    territoire: 'nord',
    population: 100,
    pop75: 10,
    families: 20,
    singleParent: 2,
    active1564: 50,
    unemployed1564: 5,
    minutes: { mds: 10, mdsOpen: 10, franceServices: 10, gare: 10, poste: 5 },
    nearestStationKm: 3,
    station: null,
    station5km: true,
    bus: null,
    ...over,
  };
}

export const mins = (mds: number | null, franceServices: number | null, poste: number | null = 5, mdsOpen: number | null = mds) => ({
  mds,
  mdsOpen,
  franceServices,
  gare: 10,
  poste,
});
