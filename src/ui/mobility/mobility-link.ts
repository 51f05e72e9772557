import { mobilitySection, type MobilityLink } from '../../domain/permalink/mobility-section';
import type { AppData } from '../../state/app-data.svelte';
import { DEFAULT_MOBILITY_LINK, THRESHOLD_BOUNDS, type MobilityState } from '../../state/mobility.svelte';
import type { SectionBinding } from '../../state/permalink.svelte';

/**
 * The mobility page's settings in the permalink (`mobilite-services=…`, `mobilite-gare`,
 * `mobilite-tri`…, see `mobilitySection`). Applied once the communes are known (the open commune
 * card is checked against them); the page's files need not be loaded.
 */
export function mobilityBinding(mobility: MobilityState, data: AppData): SectionBinding<MobilityLink> {
  return {
    section: mobilitySection({ defaults: DEFAULT_MOBILITY_LINK, bounds: THRESHOLD_BOUNDS }),
    ready: () => data.firstPaintPhase === 'done',
    read: () => mobility.linkValue,
    apply: (v) => mobility.applyLink(v),
  };
}
