/**
 * The GTFS ingestion path on a small real feed: the TGV stop times at Vendôme–Villiers-sur-Loir
 * (tests/fixtures/gtfs/tgv-vendome, counts worked by hand in its README), and the calendar rules
 * on hand-made rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeServices, addDays, departuresOn, parseGtfs, readGtfsDir, typicalTuesday, weekday } from '../../../scripts/lib/mobility/gtfs.ts';

const feed = readGtfsDir(join(import.meta.dirname, '../../fixtures/gtfs/tgv-vendome'));
const STOP = 'StopPoint:OCETGV INOUI-87571216';

describe('departuresOn (TGV fixture)', () => {
  const cases = [
    { day: 'Tuesday 14 Jan 2025', date: '20250114', stopEvents: 23, departures: 15 },
    { day: 'Saturday 18 Jan 2025', date: '20250118', stopEvents: 12, departures: 9 },
    { day: 'Sunday 19 Jan 2025 (no calendar row in the fixture)', date: '20250119', stopEvents: 0, departures: 0 },
  ];
  it.each(cases)('$day: $stopEvents stop rows, $departures departures (coupled units once)', ({ date, stopEvents, departures }) => {
    const stops = departuresOn(feed, date);
    // only the stop point is called at; the StopArea (location_type 1) never appears in stop_times
    expect(stops.map((s) => s.stopId)).toEqual([STOP]);
    expect(stops[0]).toMatchObject({ stopEvents, departures, name: 'Vendôme - Villiers-sur-Loir', lines: ['421F', '421I'], routeTypes: [2] });
  });
  it('names the network after its folder', () => expect(feed.name).toBe('tgv-vendome'));
  it('takes the only Tuesday of the fixture range as the typical Tuesday', () => expect(typicalTuesday(feed)).toBe('20250114'));
});

describe('calendar rules', () => {
  const base = {
    stops: 'stop_id,stop_name,stop_lat,stop_lon\nA,Arrêt A,47.5,1.3\n',
    stop_times: 'trip_id,stop_id,departure_time,pickup_type\nT1,A,08:00:00,0\nT2,A,09:00:00,1\nT3,A,10:00:00,\n',
    trips: 'trip_id,route_id,service_id\nT1,R,WEEK\nT2,R,WEEK\nT3,R,EXTRA\n',
    calendar: 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWEEK,1,1,1,1,1,0,0,20250101,20250131\n',
    calendar_dates: 'service_id,date,exception_type\nWEEK,20250121,2\nEXTRA,20250121,1\n',
  };
  const f = parseGtfs('hand', base);
  it('runs calendar.txt services on their weekdays within their range', () => {
    expect([...activeServices(f, '20250114')]).toEqual(['WEEK']);
    expect([...activeServices(f, '20250118')]).toEqual([]);
    expect([...activeServices(f, '20250204')]).toEqual([]);
  });
  it('applies calendar_dates removals (2) and additions (1)', () => expect([...activeServices(f, '20250121')]).toEqual(['EXTRA']));
  it('does not count a stop row where boarding is not allowed (pickup_type 1)', () =>
    expect(departuresOn(f, '20250114')[0]).toMatchObject({ stopEvents: 1, departures: 1, lines: ['R'] }));
  it('picks the Tuesday with the most trips', () => expect(typicalTuesday(f)).toBe('20250107'));
  it('fails loudly on dangling ids and on a feed without a calendar', () => {
    expect(() => parseGtfs('bad', { ...base, stop_times: 'trip_id,stop_id,departure_time\nT9,Z,08:00:00\n' }))
      .toThrow(/1 stop_times rows name a trip_id missing from trips.txt, e.g. T9[\s\S]*stop_id missing from stops.txt, e.g. Z/);
    expect(() => parseGtfs('bad', { ...base, calendar: undefined, calendar_dates: undefined })).toThrow(/neither calendar.txt nor calendar_dates.txt/);
  });
});

describe('dates', () => {
  it.each([
    { date: '20250114', day: 2 },
    { date: '20250119', day: 0 },
    { date: '20240229', day: 4 },
  ])('$date is weekday $day', ({ date, day }) => expect(weekday(date)).toBe(day));
  it('adds days across months and years', () => {
    expect(addDays('20250131', 1)).toBe('20250201');
    expect(addDays('20241231', 7)).toBe('20250107');
  });
});
