import { findDates, weekdayBefore } from './dates';
import { tokenize } from './tokens';

const dates = (text: string, published = '2020-10-17', anchor = published): string[] =>
  findDates(tokenize(text, 0, text.length), published, anchor).map((d) => d.date);

describe('dates', () => {
  // 17 October 2020 was a Saturday.
  it('reads a weekday as the latest such day on or before publication', () => {
    expect(dates('on Saturday')).toEqual(['2020-10-17']);
    expect(dates('on Tuesday')).toEqual(['2020-10-13']);
  });

  it('reads "last <weekday>" as strictly before publication', () => {
    expect(dates('last Saturday')).toEqual(['2020-10-10']);
    expect(dates('last Friday')).toEqual(['2020-10-16']);
  });

  it('reads yesterday and today', () => {
    expect(dates('yesterday and today')).toEqual(['2020-10-16', '2020-10-17']);
  });

  it('counts "six days earlier" from the anchor event', () => {
    expect(dates('Just six days earlier', '2020-10-17', '2020-10-15')).toEqual(['2020-10-09']);
    expect(dates('three days ago')).toEqual(['2020-10-14']);
  });

  it('puts a month and day in the publication year, or the year before when that is later', () => {
    expect(dates('which started on September 27')).toEqual(['2020-09-27']);
    expect(dates('on December 30', '2021-01-03')).toEqual(['2020-12-30']);
    expect(dates('on 2 November 2022')).toEqual(['2022-11-02']);
    expect(dates('on May 17, 2023')).toEqual(['2023-05-17']);
  });

  it('does not take the modal "may" for a month', () => {
    expect(dates('the deal may collapse')).toEqual([]);
  });

  it('finds weekdays the same way across a week', () => {
    expect(weekdayBefore('2020-10-17', 6, false)).toBe('2020-10-17');
    expect(weekdayBefore('2020-10-17', 6, true)).toBe('2020-10-10');
  });
});
