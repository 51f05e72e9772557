import type { IndicatorId, Level } from '../domain/types';

/** What the map shows. A level switch (EPCI, territoire) will set `level`; only `commune` is drawn today. */
export class ViewState {
  level = $state<Level>('commune');
  indicatorId = $state<IndicatorId | null>(null);
  classCount = $state(5);
}
