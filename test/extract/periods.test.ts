// Periods a figure covers, and the open-ended period other figures of the document lend it.
import { describe, expect, it } from 'vitest';
import { indexLexicon } from '../../pipeline/extract/lexicon-index.ts';
import { findAsOf, findPeriods, ongoingPeriod, periodFor } from '../../pipeline/extract/periods.ts';
import { outbreakOn } from '../../pipeline/extract/read-document.ts';
import { readText } from './read-text.ts';
import { lang, PUBLISHED } from './engine-helpers.ts';

const rows: [string, string, [string, string][]][] = [
  ['cuộc chiến kéo dài từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng', 'vi', [['1988-02', '1994-05']]],
  ['Căng thẳng tái bùng phát từ sáng 27/9 vừa qua, đến nay đã khiến gần một nghìn người thiệt mạng', 'vi', [['2020-09-27', '']]],
  ['ngừng bắn vào ngày 10/10', 'vi', []],
  ['874 servicemen have died since Sept. 27', 'en', [['2020-09-27', '']]],
  ['the 1988–1994 war killed about 30,000 people', 'en', [['1988', '1994']]],
  ['The war of 1988-1994 killed about 30,000 people', 'en', [['1988', '1994']]],
  ['Trong cuộc chiến 1988-1994, khoảng 30.000 người thiệt mạng', 'vi', [['1988', '1994']]],
  ['Từ năm 1988 đến 1994, khoảng 30.000 người thiệt mạng.', 'vi', [['1988', '1994']]],
  ['Cuộc chiến từ 1988 tới 1994 khiến khoảng 30.000 người thiệt mạng.', 'vi', [['1988', '1994']]],
  ['between March 2022 and May 2023', 'en', [['2022-03', '2023-05']]],
  // A 'since' after a superlative compares; it dates nothing.
  ['It was the deadliest day since 2014, with 50 dead', 'en', []],
  ['the highest toll since Sept. 27', 'en', []],
  ['Đây là ngày đẫm máu nhất kể từ năm 2014', 'vi', []],
  ['Ít nhất 16 người đã thiệt mạng kể từ ngày 27/9', 'vi', [['2020-09-27', '']]],
  // Read on 2020-10-21, an end without its year falls in 2019; a start without one follows it there rather
  // than end after it (this gave 2020-09-27 to 2019-11-10).
  ['From Sept. 27 to Nov. 10, 2,783 soldiers were killed', 'en', [['2019-09-27', '2019-11-10']]],
  ['Từ ngày 27/9 đến ngày 10/11, 2.783 binh sĩ đã thiệt mạng', 'vi', [['2019-09-27', '2019-11-10']]],
  ['from Sept. 27, 2020 to Nov. 10', 'en', [['2020-09-27', '2020-11-10']]],
  ['từ 10/10 đến 18/10', 'vi', [['2020-10-10', '2020-10-18']]],
];

describe('findPeriods', () => {
  it.each(rows)('%j (%s)', (text, code, expected) => {
    const l = lang(code);
    const periods = findPeriods(text, l.dates.scan(text, PUBLISHED), 0, text.length, indexLexicon(l));
    expect(periods.map((p) => [p.periodStart, p.periodEnd])).toEqual(expected);
  });
});

describe('periodFor and ongoingPeriod', () => {
  const before = { start: 0, end: 10, periodStart: '2020-09-27', periodEnd: '' };
  const after = { start: 40, end: 50, periodStart: '1988-02', periodEnd: '1994-05' };
  it('takes the period nearest before the figure, else the first after it', () => {
    expect(periodFor([before, after], 20)).toBe(before);
    expect(periodFor([after], 20)).toBe(after);
    expect(periodFor([], 20)).toBeNull();
  });
  it('lends figures without a period the latest open period on or before publication', () => {
    expect(ongoingPeriod([before, after], '2020-10-21')).toBe(before);
    expect(ongoingPeriod([{ ...before, periodStart: '2020-11-01' }], '2020-10-21')).toBeNull();
  });
});

// The date a figure counts up to, when the sentence states one: it becomes the figure's as_of.
describe('as_of from the text', () => {
  const asOfRows: [string, string, string[]][] = [
    ['As of Oct. 20, 874 servicemen had been killed', 'en', ['2020-10-20']],
    ['The number of dead had climbed to 300 by Friday evening', 'en', ['2020-10-16']],
    ['Tính đến ngày 20/10, 874 binh sĩ đã thiệt mạng', 'vi', ['2020-10-20']],
    ['Đến ngày 10/11, số người chết đã lên tới 2.425', 'vi', ['2019-11-10']],
    // A possessive date is an event's, not a day counted up to; a date with no connector is none.
    ["12 people were killed by Sunday's strike", 'en', []],
    ['12 soldiers were killed on Sunday', 'en', []],
  ];
  it.each(asOfRows)('%j (%s)', (text, code, expected) => {
    const l = lang(code);
    expect(findAsOf(text, l.dates.scan(text, PUBLISHED), 0, text.length, indexLexicon(l)).map((a) => a.date)).toEqual(expected);
  });
  it('sets as_of of the figure, never after publication, and leaves its period alone', () => {
    const [first] = readText('As of Oct. 20, 874 servicemen had been killed since Sept. 27.', 'en').mentions;
    expect([first?.period_start, first?.period_end, first?.as_of]).toEqual(['2020-09-27', '', '2020-10-20']);
    const [later] = readText('Tính đến ngày 20/10/2021, 874 binh sĩ đã thiệt mạng.', 'vi', '2020-10-21').mentions;
    expect(later?.as_of).toBe('2020-10-21');
  });
});

// What a date next to a figure makes of it, read on 2020-10-21: the day it counts, the period it starts, or the
// day it was said or counted up to. Each row: [period_start, period_end, as_of] per figure.
describe('days a figure counts, days it was said', () => {
  const dayRows: [string, string, [string, string, string][]][] = [
    ['12 soldiers were killed on Sunday.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['Yesterday 12 people were killed and 40 were wounded.', 'en', [['2020-10-20', '2020-10-20', '2020-10-20'], ['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['In 2016, at least 200 people died in four days of fighting.', 'en', [['2016', '2016', '2016']]],
    ['Hôm qua, 12 người chết và 40 người bị thương.', 'vi', [['2020-10-20', '2020-10-20', '2020-10-20'], ['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['Chỉ riêng ngày 4/10, 20 dân thường thiệt mạng.', 'vi', [['2020-10-04', '2020-10-04', '2020-10-04']]],
    // A day of the week, where the article's open period would otherwise have been lent.
    ['Giao tranh bùng phát từ ngày 27/9. Hôm Chủ nhật, một vụ tấn công vào Ganja đã khiến 13 người thiệt mạng.', 'vi',
      [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A date in a 'since' clause starts a period, or compares and dates nothing.
    ['Since the fighting began on Sept. 27, 1,200 soldiers have died.', 'en', [['2020-09-27', '', '2020-10-21']]],
    ['Hàng trăm người đã thiệt mạng kể từ khi giao tranh bùng phát hôm 27/9.', 'vi', [['2020-09-27', '', '2020-10-21']]],
    ['It was the deadliest day since the war began on Sept. 27, with 50 dead.', 'en', [['', '', '2020-10-21']]],
    // After 'since', the day of an event the words name starts the period; after 'from' it is the event's day.
    ['More than 300 people have been killed since the Oct. 7 attack.', 'en', [['2020-10-07', '', '2020-10-21']]],
    ["More than 300 people have been killed since Sunday's attack.", 'en', [['2020-10-18', '', '2020-10-21']]],
    ['The junta has killed more than 4,000 civilians since the 2021 coup.', 'en', [['2021', '', '2020-10-21']]],
    ['The death toll from the Oct. 7 attack rose to 1,200.', 'en', [['2020-10-07', '2020-10-07', '2020-10-21']]],
    ['Hơn 300 người đã thiệt mạng kể từ cuộc tấn công ngày 7/10.', 'vi', [['2020-10-07', '', '2020-10-21']]],
    // Openers that stack before the date: the first leads it.
    ['Earlier this week, 13 soldiers were killed in an ambush.', 'en', [['2020-10-19', '2020-10-21', '2020-10-21']]],
    ['Late last month, 13 soldiers were killed in an ambush.', 'en', [['2020-09', '2020-09', '2020-09']]],
    ['Early on Sunday, 13 soldiers were killed in an ambush.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['13 soldiers were killed in an ambush in late October.', 'en', [['2020-10', '2020-10', '2020-10-21']]],
    ['Đầu tuần này, 13 binh sĩ đã thiệt mạng trong một cuộc phục kích.', 'vi', [['2020-10-19', '2020-10-21', '2020-10-21']]],
    ['Cuối tháng trước, 13 binh sĩ đã thiệt mạng trong một cuộc phục kích.', 'vi', [['2020-09', '2020-09', '2020-09']]],
    ['Từ cuối tháng 9, 13 binh sĩ đã thiệt mạng.', 'vi', [['2020-09', '', '2020-10-21']]],
    // 'đầu tháng', 'đầu tuần' with no month or week named: this one, as 'đầu năm' is this year.
    ['Từ đầu tháng đến nay, 40 binh sĩ đã thiệt mạng.', 'vi', [['2020-10', '', '2020-10-21']]],
    ['Tính từ đầu tuần, 40 binh sĩ đã thiệt mạng.', 'vi', [['2020-10-19', '', '2020-10-21']]],
    ['Hồi đầu tháng, 13 binh sĩ đã thiệt mạng trong một cuộc phục kích.', 'vi', [['2020-10', '2020-10', '2020-10-21']]],
    ['Kể từ đầu tháng 9, 40 binh sĩ đã thiệt mạng.', 'vi', [['2020-09', '', '2020-10-21']]],
    ['Kể từ đầu tháng Chín, 40 binh sĩ đã thiệt mạng.', 'vi', [['2020-09', '', '2020-10-21']]],
    ['Đầu tuần tới, đoàn cứu trợ sẽ đến nơi 40 binh sĩ đã thiệt mạng.', 'vi', [['', '', '2020-10-21']]],
    // When it was said: the as_of.
    ['The ministry said on Monday that 12 soldiers had been killed since Sept. 27.', 'en', [['2020-09-27', '', '2020-10-19']]],
    ['The ministry said earlier on Monday that 13 soldiers were killed.', 'en', [['', '', '2020-10-19']]],
    ['On Sept. 30 the Defence Ministry said 104 servicemen had been killed.', 'en', [['', '', '2020-09-30']]],
    ['Bộ Quốc phòng Azerbaijan hôm 20/10 cho biết 12 binh sĩ đã thiệt mạng.', 'vi', [['', '', '2020-10-20']]],
    // The day a count was put out, whatever verb then shows it.
    ['Figures released on Monday show 2,425 soldiers died.', 'en', [['', '', '2020-10-19']]],
    ['Preliminary data updated Oct. 20 show 2,425 soldiers were killed.', 'en', [['', '', '2020-10-20']]],
    ['Số liệu được cập nhật hôm 20/10 cho thấy 2.425 binh sĩ thiệt mạng.', 'vi', [['', '', '2020-10-20']]],
    // …but a verb of saying after the figures reports them; the day is still theirs.
    ['Armenian shelling killed four civilians in Tartar on Thursday, Azerbaijan said.', 'en', [['2020-10-15', '2020-10-15', '2020-10-15']]],
    // A toll counts up to its day; a running total too, while the day's own count is that day's.
    ['The death toll rose to 59 on Sunday.', 'en', [['', '', '2020-10-18']]],
    // The figure's own thousands separator is no clause break between it and its day.
    ['The death toll rose to 3,439 on Sunday.', 'en', [['', '', '2020-10-18']]],
    // The toll's number with its own cue word is still the toll's.
    ['The toll from the strike rose to 23 dead on Tuesday.', 'en', [['', '', '2020-10-20']]],
    ['The death toll reached 59 killed on Sunday.', 'en', [['', '', '2020-10-18']]],
    ['Số người chết đã tăng lên 23 người thiệt mạng vào thứ Ba.', 'vi', [['', '', '2020-10-20']]],
    ['The death toll from Monday\'s strike rose to 23 dead.', 'en', [['2020-10-19', '2020-10-19', '2020-10-21']]],
    // The figures joined after the toll's own count are the toll's, counting up to its day.
    ['The toll rose to 17 dead and 62 wounded on Sunday.', 'en', [['', '', '2020-10-18'], ['', '', '2020-10-18']]],
    ['The toll from Saturday\'s attack has climbed to 17 dead and 62 wounded.', 'en',
      [['2020-10-17', '2020-10-17', '2020-10-21'], ['2020-10-17', '2020-10-17', '2020-10-21']]],
    ['Số người chết đã tăng lên 23 người thiệt mạng và 40 người bị thương vào thứ Ba.', 'vi', [['', '', '2020-10-20'], ['', '', '2020-10-20']]],
    // …but a figure with a day of its own, in a clause of its own, counts that day.
    ['The toll rose to 17 dead on Saturday, and 62 people were wounded on Sunday.', 'en', [['', '', '2020-10-17'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A toll changed by what happened on a day counts up to that day.
    ['Các cuộc pháo kích hôm qua đã nâng số dân thường thiệt mạng lên 61 người.', 'vi', [['', '', '2020-10-20']]],
    ['Azerbaijan said 1,200 soldiers were killed on Sunday.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A day after a figure is that figure's when another figure has the day before it, and none is between.
    ['12 people were killed on Sunday and 15 people were killed on Monday.', 'en',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['12 người thiệt mạng hôm Chủ nhật và 15 người thiệt mạng hôm thứ Hai.', 'vi',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['12 people were killed on Sunday and 15 on Monday.', 'en',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['12 người thiệt mạng hôm Chủ nhật và 15 người hôm thứ Hai.', 'vi',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['On Sunday, 12 people were killed and 15 were wounded.', 'en',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A day that opens a clause after ';' dates that clause's figures, not the sentence's opening stretch.
    ['In the past week, 40 civilians were killed; on Monday alone, 12 soldiers died.', 'en',
      [['2020-10-14', '2020-10-21', '2020-10-21'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['Trong tuần qua, 40 dân thường thiệt mạng; riêng hôm thứ Hai, 12 binh sĩ tử trận.', 'vi',
      [['2020-10-14', '2020-10-21', '2020-10-21'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['5,000 people were killed in 1994 and 200 people were killed in 2016.', 'en', [['1994', '1994', '1994'], ['2016', '2016', '2016']]],
    // …and not the figure's when another date stands between them, unless that date is the figure's event's.
    ['Hơn 5.000 người đã thiệt mạng trong cuộc chiến năm 1994 và ít nhất 200 người trong năm 2016.', 'vi', [['1994', '1994', '1994'], ['2016', '2016', '2016']]],
    // A comma that groups thousands is no clause break between a day and a figure.
    ['Shelling on Sunday killed 1,200 soldiers and 300 civilians.', 'en',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    // Two days joined by a conjunction alone are the stretch between them.
    ['Ít nhất 200 người thiệt mạng trong các cuộc giao tranh hôm 27/9 và 28/9.', 'vi', [['2020-09-27', '2020-09-28', '2020-09-28']]],
    ['At least 200 people were killed in fighting on Sept. 27 and Sept. 28.', 'en', [['2020-09-27', '2020-09-28', '2020-09-28']]],
    // …and two days of one month written once: "Sept. 27 and 28", "Oct. 1-3", "27-29/9".
    ['At least 30 people were killed in fighting on Sept. 27 and 28.', 'en', [['2020-09-27', '2020-09-28', '2020-09-28']]],
    ['Clashes on Oct. 1-3 left 45 soldiers dead.', 'en', [['2020-10-01', '2020-10-03', '2020-10-03']]],
    ['Between 27 and 29 September, 30 people died.', 'en', [['2020-09-27', '2020-09-29', '2020-09-29']]],
    ['Ít nhất 30 người thiệt mạng trong giao tranh ngày 27 và 28/9.', 'vi', [['2020-09-27', '2020-09-28', '2020-09-28']]],
    ['Giao tranh ngày 27-29/9 khiến 30 người chết.', 'vi', [['2020-09-27', '2020-09-29', '2020-09-29']]],
    ['Từ ngày 27 đến 29/9, 30 người chết.', 'vi', [['2020-09-27', '2020-09-29', '2020-09-29']]],
    // …in whichever order they are written: no year-long period from a list ("Oct. 5 and Oct. 3" was 2019-10-05 to 2020-10-03).
    ['Strikes on Oct. 5 and Oct. 3 killed 12.', 'en', [['2020-10-03', '2020-10-05', '2020-10-05']]],
    // A toll counts up to the nearer of its day and an as-of date.
    ['The toll, which stood at 300 on Friday, rose to 350 by Sunday.', 'en', [['', '', '2020-10-16'], ['', '', '2020-10-18']]],
    ['The death toll stood at 300 on Friday and rose to 350 by Sunday.', 'en', [['', '', '2020-10-16'], ['', '', '2020-10-18']]],
    ['Số người chết đã lên tới 300 hôm thứ Sáu và lên 350 vào Chủ nhật.', 'vi', [['', '', '2020-10-16'], ['', '', '2020-10-18']]],
    ['As of Sunday, the death toll stood at 350, up from 300 on Friday.', 'en', [['', '', '2020-10-18']]],
    ['At least 300 people have been killed, and 1,000 wounded, as of Sunday.', 'en', [['', '', '2020-10-18'], ['', '', '2020-10-18']]],
    ['12 soldiers were killed on Sunday, bringing the total to 100.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['', '', '2020-10-18']]],
    // A decade is a period by itself, where the article's open period would otherwise have been lent.
    ['874 servicemen have died since Sept. 27. Around 30,000 people were killed in a war over the region in the early 1990s.', 'en',
      [['2020-09-27', '', '2020-10-21'], ['1990', '1993', '1993']]],
    ['Khoảng 30.000 người thiệt mạng trong cuộc chiến đầu thập niên 1990.', 'vi', [['1990', '1993', '1993']]],
    // A year right before or after an event's noun dates the event, and so the figure it killed.
    ['874 servicemen have died since Sept. 27. Nearly 200 people died in the 2016 four-day war.', 'en',
      [['2020-09-27', '', '2020-10-21'], ['2016', '2016', '2016']]],
    ['874 servicemen have died since Sept. 27. The war of 2016 killed about 200 people.', 'en',
      [['2020-09-27', '', '2020-10-21'], ['2016', '2016', '2016']]],
    ['874 servicemen have died since Sept. 27. The 2016 war killed about 200 people.', 'en',
      [['2020-09-27', '', '2020-10-21'], ['2016', '2016', '2016']]],
    ['874 quân nhân đã thiệt mạng kể từ ngày 27/9. Cuộc chiến năm 2016 khiến gần 200 người thiệt mạng.', 'vi',
      [['2020-09-27', '', '2020-10-21'], ['2016', '2016', '2016']]],
    // A sentence that names an earlier year than the open period is not read against it, though the year may not be
    // the figure's.
    ['874 servicemen have died since Sept. 27. Unlike in 2016, about 200 people were killed this time.', 'en',
      [['2020-09-27', '', '2020-10-21'], ['', '', '2020-10-21']]],
    // A possessive day before an event's noun dates the event; before a former value, nothing.
    ['Monday\'s shelling killed 12 people.', 'en', [['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['The toll rose to 40 from Sunday\'s 31.', 'en', [['', '', '2020-10-21']]],
    ['The death toll from Sunday\'s missile strike on the railway station in Kramatorsk rose to 59.', 'en', [['2020-10-18', '2020-10-18', '2020-10-21']]],
    // 'nhất' in 'Ít nhất' (at least) is no superlative that makes 'kể từ' a comparison.
    ['Ít nhất 150.000 người đã thiệt mạng ở Gaza kể từ tháng 4/2023.', 'vi', [['2023-04', '', '2020-10-21']]],
    // The day of an event a toll counts: that day, not the start of a period. The toll counts the event's dead up to
    // publication, or up to the day it gives.
    ['The death toll from the Oct. 7 attack stands at about 1,200.', 'en', [['2020-10-07', '2020-10-07', '2020-10-21']]],
    ['The death toll in Saturday\'s strike rose to 40 on Monday.', 'en', [['2020-10-17', '2020-10-17', '2020-10-19']]],
    ['Số người chết trong vụ tấn công hôm thứ Bảy đã tăng lên 40 vào thứ Hai.', 'vi', [['2020-10-17', '2020-10-17', '2020-10-19']]],
    ['Cuộc tấn công hôm 7/10 làm khoảng 1.200 người thiệt mạng.', 'vi', [['2020-10-07', '2020-10-07', '2020-10-07']]],
    // A date after a verb of a beginning starts an open period: no one-day count of 1,000.
    ['Fighting that erupted on Sept. 27 has killed nearly 1,000 people.', 'en', [['2020-09-27', '', '2020-10-21']]],
    ['Giao tranh bùng phát hôm 27/9 đã khiến gần 1.000 người thiệt mạng.', 'vi', [['2020-09-27', '', '2020-10-21']]],
    ['Giao tranh bùng phát vào ngày 27/9 đã khiến gần 1.000 người thiệt mạng.', 'vi', [['2020-09-27', '', '2020-10-21']]],
    // 'hôm' opens an event's date as 'on' does.
    ['Một cuộc tấn công tên lửa vào thành phố Barda hôm thứ Hai đã làm 21 dân thường thiệt mạng.', 'vi', [['2020-10-19', '2020-10-19', '2020-10-19']]],
    // …so do 'ngày' and the parts of a day: "rạng sáng 17/10" (at dawn on 17/10), "sáng nay" (this morning).
    ['21 người chết sau khi tên lửa rơi trúng khu dân cư ở Ganja rạng sáng 17/10.', 'vi', [['2020-10-17', '2020-10-17', '2020-10-17']]],
    ['21 người chết sau khi tên lửa rơi trúng khu dân cư ở Ganja ngày 17/10.', 'vi', [['2020-10-17', '2020-10-17', '2020-10-17']]],
    ['5 người thiệt mạng trong vụ pháo kích sáng nay.', 'vi', [['2020-10-21', '2020-10-21', '2020-10-21']]],
    ['Bộ Quốc phòng Armenia sáng nay thông báo 40 binh sĩ thiệt mạng.', 'vi', [['', '', '2020-10-21']]],
    // A day in another clause dates no figure: no count of 1,000 on one day…
    ['Nearly 1,000 people have died in the fighting, which entered its fourth week on Sunday.', 'en', [['', '', '2020-10-21']]],
    ['The ceasefire, agreed on Oct. 10, has not stopped the fighting, which has killed nearly 1,000 people.', 'en', [['', '', '2020-10-21']]],
    ['Lệnh ngừng bắn được thỏa thuận hôm 10/10 đã không chấm dứt giao tranh, vốn đã khiến gần 1.000 người thiệt mạng.', 'vi', [['', '', '2020-10-21']]],
    ['More than 100 civilians have been killed, including 12 in a strike on Ganja on Oct. 11.', 'en', [['', '', '2020-10-21']]],
    // …but one that opens the sentence, or whose event the figure's clause goes on with, does.
    ['In Ganja on Sunday, 12 people were killed.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['A missile hit a market in Ganja on Sunday, killing 12 people.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['The strike on Ganja on Oct. 11, which killed 10 people, was condemned.', 'en', [['2020-10-11', '2020-10-11', '2020-10-11']]],
    ['Một quả tên lửa rơi trúng khu chợ ở Ganja hôm Chủ nhật, khiến 12 người thiệt mạng.', 'vi', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A stretch up to publication is that stretch's count, as a day is: not a running total of the article's period;
    // a toll in the same sentence counts up to its end.
    ['874 servicemen have died since Sept. 27. The ministry said up to 200 troops were killed in the past 24 hours.', 'en',
      [['2020-09-27', '', '2020-10-21'], ['2020-10-20', '2020-10-21', '2020-10-21']]],
    ['The ministry reported 12 dead in the past day, raising the toll to 320.', 'en',
      [['2020-10-20', '2020-10-21', '2020-10-21'], ['', '', '2020-10-21']]],
    ['Over the past week, 40 civilians were killed.', 'en', [['2020-10-14', '2020-10-21', '2020-10-21']]],
    ['Two people died in the shelling of Stepanakert overnight.', 'en', [['2020-10-20', '2020-10-21', '2020-10-21']]],
    ['On the last day of the ceasefire, 12 people were killed.', 'en', [['', '', '2020-10-21']]],
    ['874 quân nhân đã thiệt mạng kể từ ngày 27/9. Bộ Quốc phòng cho biết 200 binh sĩ đã thiệt mạng trong 24 giờ qua.', 'vi',
      [['2020-09-27', '', '2020-10-21'], ['2020-10-20', '2020-10-21', '2020-10-21']]],
    ['Trong tuần qua, 40 dân thường đã thiệt mạng.', 'vi', [['2020-10-14', '2020-10-21', '2020-10-21']]],
    ['Azerbaijan cho biết 7 dân thường thiệt mạng trong đêm qua, nâng tổng số lên 61 người.', 'vi',
      [['2020-10-20', '2020-10-21', '2020-10-21'], ['', '', '2020-10-21']]],
    // A stretch said on an earlier day ends on that day, not on publication (Wednesday 21 October).
    ['The ministry said on Monday that 12 soldiers were killed in the past 24 hours.', 'en', [['2020-10-18', '2020-10-19', '2020-10-19']]],
    ['Over the past week, 40 civilians were killed, officials said on Monday.', 'en', [['2020-10-12', '2020-10-19', '2020-10-19']]],
    ['On Monday, the ministry said the toll had risen to 320 after 12 deaths overnight.', 'en',
      [['', '', '2020-10-19'], ['2020-10-18', '2020-10-19', '2020-10-19']]],
    ['Hôm thứ Hai, Bộ Quốc phòng cho biết 12 binh sĩ đã thiệt mạng trong 24 giờ qua.', 'vi', [['2020-10-18', '2020-10-19', '2020-10-19']]],
    // A day that closes the words citing the claimant is the day of the claim, not of the deaths.
    ['According to the ministry on Monday, 2,425 soldiers were killed.', 'en', [['', '', '2020-10-19']]],
    ['According to figures released by the ministry on Monday, 2,425 soldiers were killed.', 'en', [['', '', '2020-10-19']]],
    ['According to the ministry on Monday, 12 soldiers were killed on Sunday.', 'en', [['2020-10-18', '2020-10-18', '2020-10-19']]],
    ['Theo Bộ Quốc phòng hôm thứ Hai, 2.425 binh sĩ đã thiệt mạng.', 'vi', [['', '', '2020-10-19']]],
    ['Armenia said 12 soldiers were killed on Monday, and 40 more were wounded.', 'en', [['2020-10-19', '2020-10-19', '2020-10-19'], ['', '', '2020-10-21']]],
    // A day of the events within the stretch moves nothing.
    ['In the past week, 40 people were killed, 12 of them on Monday.', 'en', [['2020-10-14', '2020-10-21', '2020-10-21']]],
    // A duration between the day and the figure: more than that day.
    ['The ceasefire took effect on Oct. 10 after six weeks of fighting that killed thousands.', 'en', [['', '', '2020-10-21']]],
    ['In 2016, after two years of fighting, 3,000 soldiers had been killed.', 'en', [['', '', '2020-10-21']]],
    // A duration within the date's span: the date is still the figure's.
    ['In 2016, a four-day war killed about 200 people.', 'en', [['2016', '2016', '2016']]],
    ['In September, a three-day offensive killed 300 soldiers.', 'en', [['2020-09', '2020-09', '2020-09']]],
    ['Năm 2016, cuộc chiến 4 ngày khiến khoảng 200 người thiệt mạng.', 'vi', [['2016', '2016', '2016']]],
    ['Ngày 17/10, sau 3 tuần giao tranh, 13 dân thường đã thiệt mạng.', 'vi', [['', '', '2020-10-21']]],
    // A calendar unit counts as a day does; one that holds the publication date counts up to it.
    ['Last week, 45 people were killed.', 'en', [['2020-10-12', '2020-10-18', '2020-10-18']]],
    ['Tuần trước, 45 người đã thiệt mạng.', 'vi', [['2020-10-12', '2020-10-18', '2020-10-18']]],
    ['This month, 45 people were killed.', 'en', [['2020-10', '2020-10', '2020-10-21']]],
    ['Năm nay, 1.200 người đã thiệt mạng.', 'vi', [['2020', '2020', '2020-10-21']]],
    ['In September, 300 civilians were killed.', 'en', [['2020-09', '2020-09', '2020-09']]],
    // A date that is an adverb by itself dates its clause with no 'on' before it (AP style: "killed 12 people Tuesday").
    ['Russian strikes killed 12 people Tuesday, officials said.', 'en', [['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['The shelling killed 27 people yesterday.', 'en', [['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['The strikes killed 1,200 civilians last month.', 'en', [['2020-09', '2020-09', '2020-09']]],
    ['The death toll rose to 45 Tuesday.', 'en', [['', '', '2020-10-20']]],
    ['Các cuộc không kích giết 1.200 dân thường năm ngoái.', 'vi', [['2019', '2019', '2019']]],
    ['Các cuộc không kích giết 1.200 dân thường tháng trước.', 'vi', [['2020-09', '2020-09', '2020-09']]],
    // An aside between the figure and its verb opens no clause: the day after the verb is the figure's.
    ['At least 17 people, including a child, were killed on Sunday night.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['Twelve soldiers, the ministry said, were killed on Sunday.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['Ít nhất 17 người, phần lớn là dân thường, đã thiệt mạng tối Chủ nhật.', 'vi', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // …and so does the figure inside the aside.
    ['Ít nhất 17 người, trong đó có 3 trẻ em, đã thiệt mạng tối Chủ nhật.', 'vi', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['At least 17 people, including three children, were killed on Sunday.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['17 people were killed in Kharkiv, officials said, and 5 died on Sunday.', 'en', [['', '', '2020-10-21'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A time of day between 'as of' and its day: the day is still the figure's as_of.
    ['Tính đến 17h ngày 20/10, 45 người đã tử vong.', 'vi', [['', '', '2020-10-20']]],
    ['As of 6 p.m. on Oct. 20, 45 people had died.', 'en', [['', '', '2020-10-20']]],
    // The start of the year or of a month opens a period; with no year after it, 'đầu năm' is this year.
    ['Since the start of the year, 1,500 civilians have been killed.', 'en', [['2020', '', '2020-10-21']]],
    ['Since the beginning of October, 1,500 civilians have been killed.', 'en', [['2020-10', '', '2020-10-21']]],
    ['So far this year, 1,500 civilians have been killed.', 'en', [['2020', '2020', '2020-10-21']]],
    ['Kể từ đầu năm, ít nhất 1.500 người đã thiệt mạng.', 'vi', [['2020', '', '2020-10-21']]],
    ['Từ đầu năm 2019 đến nay, 1.500 dân thường đã thiệt mạng.', 'vi', [['2019', '', '2020-10-21']]],
    ['Từ đầu năm ngoái, 1.500 dân thường đã thiệt mạng.', 'vi', [['2019', '', '2020-10-21']]],
    // A part after the day's clause ('including', 'trong đó có') shares the day of the figure it is part of…
    ['At least 51 people were killed on Sunday, including 6 children.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['The strike on Sunday killed 51 people, including 6 children.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['Ít nhất 51 người thiệt mạng hôm Chủ nhật, trong đó có 6 trẻ em.', 'vi', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    // …but a clause with no figure of its own lends none.
    ['The ceasefire collapsed on Sunday, including in Ganja, where 51 people were killed.', 'en', [['', '', '2020-10-21']]],
    // A verb after 'and' with no subject of its own goes on with the day's clause; a clause with its own subject does not.
    ['The strike on Sunday killed 14 people, including 5 children, and wounded more than 30.', 'en',
      [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['Vụ không kích hôm 20/10 đã khiến 14 người thiệt mạng, trong đó có 5 trẻ em, và làm bị thương hơn 30 người.', 'vi',
      [['2020-10-20', '2020-10-20', '2020-10-20'], ['2020-10-20', '2020-10-20', '2020-10-20'], ['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['The strike on Sunday killed 14 people, and more than 3,000 have died in the war.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['', '', '2020-10-21']]],
    // Only a duration longer than the day keeps the day from the figure; a count of things does not.
    ['On Sunday, two missiles hit the market, killing 14 people.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['Sáng Chủ nhật, một quả tên lửa rơi trúng khu chợ khiến 14 người thiệt mạng.', 'vi', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // 'lúc' (at) opens a time of day and its day as 'vào' does.
    ['Lúc 18h ngày 20/10, số người chết đã lên tới 1.000 người.', 'vi', [['', '', '2020-10-20']]],
    ['Vào lúc 18h ngày 20/10, số người chết đã lên tới 1.000 người.', 'vi', [['', '', '2020-10-20']]],
    // A time of day before a day, with no 'on', ends no sentence.
    ['The strike came at about 11 a.m. Sunday, killing 14 people.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['As of 6 p.m. Oct. 20, the death toll stood at 1,000.', 'en', [['', '', '2020-10-20']]],
    // 'about' before a time of day and its day that open the sentence leaves the day the sentence's.
    ['Around 6 p.m. Tuesday, shelling killed 12 people.', 'en', [['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['Khoảng 11h sáng Chủ nhật, một quả tên lửa rơi trúng khu chợ khiến 14 người thiệt mạng.', 'vi', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A part set off after the figure ("including …") leaves the figure's clause open: the day after it is both figures'.
    ['A rocket attack killed four civilians, including two children, on Saturday.', 'en', [['2020-10-17', '2020-10-17', '2020-10-17'], ['2020-10-17', '2020-10-17', '2020-10-17']]],
    ['A rocket attack killed four civilians, including a child, in the town on Saturday, the governor said.', 'en', [['2020-10-17', '2020-10-17', '2020-10-17'], ['2020-10-17', '2020-10-17', '2020-10-17']]],
    ['Vụ tấn công làm chết bốn dân thường, trong đó có hai trẻ em, vào hôm thứ Bảy.', 'vi', [['2020-10-17', '2020-10-17', '2020-10-17'], ['2020-10-17', '2020-10-17', '2020-10-17']]],
    // …an aside that is no part does not.
    ['The war has killed 1,000 people, most of them in the north, since Sunday.', 'en', [['2020-10-18', '', '2020-10-21']]],
    ['The shelling killed 12 people, the ministry said on Saturday.', 'en', [['', '', '2020-10-17']]],
    // A day right after a former value is that value's, not the toll's; one set off by a comma dates the saying.
    ['The death toll rose to 50 from 40 on Monday.', 'en', [['', '', '2020-10-21']]],
    ['The death toll rose from 40 on Monday to 50.', 'en', [['', '', '2020-10-21']]],
    ['Số người chết tăng từ 40 người hôm thứ Hai lên 50 người.', 'vi', [['', '', '2020-10-21']]],
    ['The death toll rose to 50 from 40, the ministry said on Monday.', 'en', [['', '', '2020-10-19']]],
    ['Twelve people from 3 villages were killed on Monday.', 'en', [['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['12 người từ 3 làng thiệt mạng hôm thứ Hai.', 'vi', [['2020-10-19', '2020-10-19', '2020-10-19']]],
    // The day a war ended is the day its dead are counted up to, not the day they died; the day of another ending is a day.
    ['In 1994, a ceasefire ended a war that had killed 30,000 people.', 'en', [['', '', '1994']]],
    ['The war, which ended in 1994, killed 30,000 people.', 'en', [['', '', '1994']]],
    ['A ceasefire in May 1994 ended the war, which had killed 30,000 people since 1988.', 'en', [['1988', '', '1994-05']]],
    ['Năm 1994, một lệnh ngừng bắn đã chấm dứt cuộc chiến làm 30.000 người thiệt mạng.', 'vi', [['', '', '1994']]],
    ['Cuộc chiến kết thúc năm 1994 đã làm 30.000 người thiệt mạng.', 'vi', [['', '', '1994']]],
    ['The truce ended on Sunday when shelling killed 12 people.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    ['The ceasefire, agreed on Oct. 10, has not ended the fighting, which has killed nearly 1,000 people.', 'en', [['', '', '2020-10-21']]],
    ['Fighting that began on Sunday, when a truce ended, has killed 12 people.', 'en', [['2020-10-18', '', '2020-10-21']]],
    ['On Sunday, shelling that ended a lull killed 12 people.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // A clause of its own joined by 'and' takes its own day, not the day of the clause before.
    ['Talks collapsed on Sunday and 12 people were killed on Monday.', 'en', [['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['Lệnh ngừng bắn chấm dứt hôm thứ Hai và 12 người thiệt mạng hôm thứ Ba.', 'vi', [['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['Hôm thứ Hai, đàm phán đổ vỡ và 12 người thiệt mạng hôm thứ Ba.', 'vi', [['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['On Sunday, talks collapsed and 12 people were killed.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18']]],
    // The last weekend dates what happened in it as a day does.
    ['Over the weekend, 40 civilians were killed in shelling.', 'en', [['2020-10-17', '2020-10-18', '2020-10-18']]],
    ['40 dân thường thiệt mạng vào cuối tuần qua.', 'vi', [['2020-10-17', '2020-10-18', '2020-10-18']]],
    // "đêm 16 rạng sáng 17/10": the night into the next day's dawn is both days.
    ['Đêm 16 rạng sáng 17/10, 13 dân thường thiệt mạng ở Ganja.', 'vi', [['2020-10-16', '2020-10-17', '2020-10-17']]],
    ['Đêm 16/10 rạng sáng 17/10, 13 dân thường thiệt mạng.', 'vi', [['2020-10-16', '2020-10-17', '2020-10-17']]],
    // Counted up to a stretch of days: up to its last day.
    ['By the weekend, 40 civilians had been killed.', 'en', [['', '', '2020-10-18']]],
    ['Tính đến cuối tuần qua, 40 dân thường đã thiệt mạng.', 'vi', [['', '', '2020-10-18']]],
    // The middle or end of a month is a date of that month, hyphenated or not.
    ['In mid-October, 200 soldiers were killed.', 'en', [['2020-10', '2020-10', '2020-10-21']]],
    ['By mid-October, more than 600 soldiers had died.', 'en', [['', '', '2020-10']]],
    ['Đến cuối tháng 9, hơn 200 binh sĩ đã thiệt mạng.', 'vi', [['', '', '2020-09']]],
    ['Tính đến giữa tháng 10, hơn 600 binh sĩ đã thiệt mạng.', 'vi', [['', '', '2020-10']]],
    ['Từ giữa tháng 9 đến cuối tháng 10, 200 binh sĩ đã thiệt mạng.', 'vi', [['2020-09', '2020-10', '2020-10']]],
    // After 'between', two days are a period's start and end in that order, the end not after publication.
    ['More than 600 people were killed between Sept. 27 and Nov. 10.', 'en', [['2019-09-27', '2019-11-10', '2019-11-10']]],
    ['More than 600 people were killed between Sept. 27 and Oct. 10.', 'en', [['2020-09-27', '2020-10-10', '2020-10-10']]],
    // In a toll's own words, a date after the event's noun is the event's, however far from it; the toll is counted to publication.
    ['The death toll from the missile strike on Ganja on Oct. 17 rose to 13.', 'en', [['2020-10-17', '2020-10-17', '2020-10-21']]],
    ['Số người chết tại Ganja sau vụ tấn công tên lửa hôm 17/10 đã tăng lên 13 người.', 'vi', [['2020-10-17', '2020-10-17', '2020-10-21']]],
    ['The death toll on Oct. 20 stood at 772.', 'en', [['', '', '2020-10-20']]],
    // A fraction written with a slash dates nothing.
    ['Khoảng 2/3 trong số 100.000 người sơ tán là phụ nữ và trẻ em.', 'vi', [['', '', '2020-10-21']]],
    // A comma and a second figure with a cue of its own: one list, whose day after both is both figures' day.
    ['At least 3 people were killed, 12 others were injured in a missile attack on Stepanakert on Monday.', 'en',
      [['2020-10-19', '2020-10-19', '2020-10-19'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['3 người chết, 12 người bị thương hôm thứ Hai.', 'vi', [['2020-10-19', '2020-10-19', '2020-10-19'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    ['1,000 people were killed, 300 on Monday alone.', 'en', [['', '', '2020-10-21']]],
    ['3 people were killed on Sunday, 12 were injured on Monday.', 'en', [['2020-10-18', '2020-10-18', '2020-10-18'], ['2020-10-19', '2020-10-19', '2020-10-19']]],
    // A year said in words after a month or a day is its year, whatever the day's place before publication says.
    ['At least 14,000 people have been killed in Sudan since April last year.', 'en', [['2019-04', '', '2020-10-21']]],
    ['300 people were killed on Sept. 27 of last year.', 'en', [['2019-09-27', '2019-09-27', '2019-09-27']]],
    ['300 people were killed in March this year.', 'en', [['2020-03', '2020-03', '2020-03']]],
    // 'last' before a month: the latest such month before publication's own.
    ['300 people have been killed since last October.', 'en', [['2019-10', '', '2020-10-21']]],
    ['300 people have been killed since last April.', 'en', [['2020-04', '', '2020-10-21']]],
    ['Ít nhất 14.000 người đã thiệt mạng kể từ tháng 4 năm ngoái.', 'vi', [['2019-04', '', '2020-10-21']]],
    ['300 người thiệt mạng ngày 27/9 năm trước.', 'vi', [['2019-09-27', '2019-09-27', '2019-09-27']]],
    ['300 người thiệt mạng từ tháng 12 năm nay.', 'vi', [['2020-12', '', '2020-10-21']]],
    // A name or a word or two between an event's noun and its date: still the event's date.
    ['The 1992 Khojaly massacre killed 613 people, according to Azerbaijan.', 'en', [['1992', '1992', '1992']]],
    ['The 2016 four-day war killed 200 people.', 'en', [['2016', '2016', '2016']]],
    ['Vụ thảm sát Khojaly năm 1992 khiến 613 người thiệt mạng.', 'vi', [['1992', '1992', '1992']]],
    // The event's ordinal ("lần thứ hai", the second) is part of its name, no word between.
    ['Chiến tranh Nagorno-Karabakh lần thứ hai năm 2020 khiến hơn 6.500 người thiệt mạng.', 'vi', [['2020', '2020', '2020-10-21']]],
    ['Cuộc chiến lần thứ 2 năm 2020 khiến hơn 6.500 người thiệt mạng.', 'vi', [['2020', '2020', '2020-10-21']]],
    ['Vụ pháo kích lần thứ ba trong tuần khiến 12 người thiệt mạng.', 'vi', [['', '', '2020-10-21']]],
    // "1988-94": the second year in two digits.
    ['Cuộc chiến năm 1988-94 khiến khoảng 30.000 người thiệt mạng.', 'vi', [['1988', '1994', '1994']]],
    ['Cuộc chiến 1988-94 khiến khoảng 30.000 người thiệt mạng.', 'vi', [['1988', '1994', '1994']]],
  ];
  it.each(dayRows)('%j (%s)', (text, code, expected) => {
    const mentions = readText(text, code).mentions;
    expect(mentions.map((m) => [m.period_start, m.period_end, m.as_of])).toEqual(expected);
  });
});

// "Since the fighting began": a start the text tells only by the conflict's events, read on 2020-10-21 unless stated.
describe('the start of the fighting under way, from the events', () => {
  const EVENTS = [
    { conflict: 'test', date: '2020-09-27', label: 'Fighting begins', kind: 'war_start' },
    { conflict: 'test', date: '2020-10-10', label: 'Ceasefire', kind: 'ceasefire' },
    { conflict: 'test', date: '2020-11-10', label: 'End of fighting', kind: 'war_end' },
    { conflict: 'other', date: '2020-10-01', label: 'Fighting begins', kind: 'war_start' },
  ];
  it('is the last war_start of the conflict on or before the day, unless a war_end came between', () => {
    expect(outbreakOn(EVENTS, 'test', '2020-10-21')).toBe('2020-09-27');
    expect(outbreakOn(EVENTS, 'test', '2020-11-10')).toBe('2020-09-27');
    expect(outbreakOn(EVENTS, 'test', '2022-09-14')).toBe('');
    expect(outbreakOn(EVENTS, 'test', '2020-09-01')).toBe('');
    expect(outbreakOn(EVENTS, 'other', '2020-10-21')).toBe('2020-10-01');
    expect(outbreakOn([], 'test', '2020-10-21')).toBe('');
  });
  const outbreakRows: [string, string, string, [string, string, string][]][] = [
    ['Since the fighting began, 2,425 Armenian soldiers have died.', 'en', '2020-10-21', [['2020-09-27', '', '2020-10-21']]],
    ['At least 300 civilians have been killed since the start of the war.', 'en', '2020-10-21', [['2020-09-27', '', '2020-10-21']]],
    ['Từ khi chiến sự bùng phát, 2.425 binh sĩ Armenia đã thiệt mạng.', 'vi', '2020-10-21', [['2020-09-27', '', '2020-10-21']]],
    ['Kể từ đầu cuộc xung đột, hơn 5.000 người đã chết.', 'vi', '2020-10-21', [['2020-09-27', '', '2020-10-21']]],
    // A date of its own, a comparison, or fighting that is over: not the events' start.
    ['Since the war began in 1988, 30,000 people have died.', 'en', '2020-10-21', [['1988', '', '2020-10-21']]],
    ['It was the deadliest day since the war began, with 50 people killed.', 'en', '2020-10-21', [['', '', '2020-10-21']]],
    ['Đây là ngày đẫm máu nhất kể từ khi giao tranh bùng phát, với 50 người thiệt mạng.', 'vi', '2020-10-21', [['', '', '2020-10-21']]],
    ['Since the fighting began, 100 soldiers have died.', 'en', '2022-09-14', [['', '', '2022-09-14']]],
  ];
  it.each(outbreakRows)('%j (%s, read on %s)', (text, code, published, expected) => {
    const mentions = readText(text, code, published, EVENTS).mentions;
    expect(mentions.map((m) => [m.period_start, m.period_end, m.as_of])).toEqual(expected);
    expect(mentions.map((m) => m.flags.includes('period_from_events'))).toEqual(expected.map(([start]) => start === '2020-09-27'));
  });
  it('takes no start from events it is not given', () => {
    expect(readText('Since the fighting began, 2,425 Armenian soldiers have died.', 'en').mentions.map((m) => m.period_start)).toEqual(['']);
  });
});
