import { describe, expect, it } from 'vitest';
import { carProfile, parseMaxspeedKmh } from '../../../scripts/lib/osm/car-profile.ts';

describe('parseMaxspeedKmh', () => {
  const cases: { value: string | undefined; expected: number | null }[] = [
    { value: undefined, expected: null },
    { value: '50', expected: 50 },
    { value: '50 km/h', expected: 50 },
    { value: '30 mph', expected: 30 * 1.609344 },
    { value: 'FR:urban', expected: 50 },
    { value: 'FR:rural', expected: 80 },
    { value: 'FR:motorway', expected: 130 },
    { value: 'FR:zone30', expected: 30 },
    { value: 'walk', expected: 6 },
    { value: '50;30', expected: 30 },
    { value: 'none', expected: null },
    { value: 'signals', expected: null },
    { value: '0', expected: null },
  ];
  it.each(cases)('$value → $expected', ({ value, expected }) => {
    const got = parseMaxspeedKmh(value);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});

describe('carProfile', () => {
  const both = (kmh: number) => ({ forwardKmh: kmh, backwardKmh: kmh });
  const cases: { name: string; tags: Record<string, string>; expected: { forwardKmh: number; backwardKmh: number } | null }[] = [
    { name: 'class speed', tags: { highway: 'primary' }, expected: both(70) },
    { name: 'link slower than its road', tags: { highway: 'primary_link' }, expected: both(45) },
    { name: 'maxspeed lowers', tags: { highway: 'primary', maxspeed: '50' }, expected: both(50) },
    { name: 'maxspeed never raises', tags: { highway: 'residential', maxspeed: '50' }, expected: both(30) },
    { name: 'per-direction maxspeed', tags: { highway: 'secondary', 'maxspeed:backward': '30' }, expected: { forwardKmh: 60, backwardKmh: 30 } },
    { name: 'oneway=yes', tags: { highway: 'tertiary', oneway: 'yes' }, expected: { forwardKmh: 50, backwardKmh: 0 } },
    { name: 'oneway=1', tags: { highway: 'tertiary', oneway: '1' }, expected: { forwardKmh: 50, backwardKmh: 0 } },
    { name: 'oneway=true', tags: { highway: 'tertiary', oneway: 'true' }, expected: { forwardKmh: 50, backwardKmh: 0 } },
    { name: 'oneway=-1', tags: { highway: 'tertiary', oneway: '-1' }, expected: { forwardKmh: 0, backwardKmh: 50 } },
    { name: 'roundabout implies oneway', tags: { highway: 'primary', junction: 'roundabout' }, expected: { forwardKmh: 70, backwardKmh: 0 } },
    { name: 'motorway implies oneway', tags: { highway: 'motorway' }, expected: { forwardKmh: 110, backwardKmh: 0 } },
    { name: 'oneway=no overrides the implied one', tags: { highway: 'motorway', oneway: 'no' }, expected: both(110) },
    { name: 'reversible is closed', tags: { highway: 'primary', oneway: 'reversible' }, expected: null },
    { name: 'footway', tags: { highway: 'footway' }, expected: null },
    { name: 'path', tags: { highway: 'path' }, expected: null },
    { name: 'steps', tags: { highway: 'steps' }, expected: null },
    { name: 'cycleway', tags: { highway: 'cycleway' }, expected: null },
    { name: 'construction', tags: { highway: 'construction', construction: 'primary' }, expected: null },
    { name: 'proposed', tags: { highway: 'proposed' }, expected: null },
    { name: 'pedestrian', tags: { highway: 'pedestrian' }, expected: null },
    { name: 'pedestrian opened to cars', tags: { highway: 'pedestrian', motor_vehicle: 'yes' }, expected: both(10) },
    { name: 'track', tags: { highway: 'track' }, expected: null },
    { name: 'track with motorcar=yes', tags: { highway: 'track', motorcar: 'yes' }, expected: both(15) },
    { name: 'track with access=yes only', tags: { highway: 'track', access: 'yes' }, expected: null },
    { name: 'access=private', tags: { highway: 'service', access: 'private' }, expected: null },
    { name: 'access=no', tags: { highway: 'residential', access: 'no' }, expected: null },
    { name: 'motor_vehicle=no', tags: { highway: 'residential', motor_vehicle: 'no' }, expected: null },
    { name: 'motorcar=no', tags: { highway: 'residential', motorcar: 'no' }, expected: null },
    { name: 'motorcar=yes beats access=no', tags: { highway: 'service', access: 'no', motorcar: 'yes' }, expected: both(20) },
    { name: 'destination is open', tags: { highway: 'residential', access: 'destination' }, expected: both(30) },
    { name: 'area=yes is a square', tags: { highway: 'service', area: 'yes' }, expected: null },
    { name: 'emergency access road', tags: { highway: 'service', service: 'emergency_access' }, expected: null },
    { name: 'no highway tag', tags: { route: 'ferry' }, expected: null },
  ];
  it.each(cases)('$name', ({ tags, expected }) => expect(carProfile(tags)).toEqual(expected));
});
