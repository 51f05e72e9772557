import { DEFAULT_NORMALISATION } from '../../domain/composite/presets';
import { compositeSection, type CompositeLink } from '../../domain/permalink/composite-section';
import type { AppData } from '../../state/app-data.svelte';
import { MIN_COVERAGE_CHOICES, WEIGHT_RANGE, type CompositeState } from '../../state/composite.svelte';
import type { SectionBinding } from '../../state/permalink.svelte';

/**
 * The composite index in the permalink (`indice=…`, `indice-norm`, `indice-couverture`): register
 * it with `PermalinkSync.register` while the app starts. Applied once the catalogue is loaded.
 */
export function compositeBinding(composite: CompositeState, data: AppData): SectionBinding<CompositeLink | null> {
  return {
    section: compositeSection({
      weightRange: WEIGHT_RANGE,
      coverages: MIN_COVERAGE_CHOICES,
      defaultNormalisation: DEFAULT_NORMALISATION,
    }),
    ready: () => data.firstPaintPhase === 'done',
    read: () => composite.linkValue,
    apply: (v) => composite.applyLink(v),
  };
}
