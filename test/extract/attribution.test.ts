// Claimants: the name an attribution gives, or '' when it names no one (the publisher stands in later).
import { describe, expect, it } from 'vitest';
import { attributionAt, findAttributions, type Attribution } from '../../pipeline/extract/attribution.ts';
import { indexLexicon } from '../../pipeline/extract/lexicon-index.ts';
import { lang, PUBLISHED } from './engine-helpers.ts';

/** The claimant a figure at `at` gets, as the extractor names it. */
const claimantAt = (list: readonly Attribution[], at: number, cue: number | null = null): string => attributionAt(list, at, cue)?.name ?? '';

const rows: [string, string, string][] = [
  ['Bộ Quốc phòng Armenia cho biết 874 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng Armenia'],
  ['Theo Bộ Y tế Gaza, ít nhất 16 người thiệt mạng.', 'vi', 'Bộ Y tế Gaza'],
  ['Tổ chức Y tế Thế giới (WHO) cho biết 112 người thương vong.', 'vi', 'Tổ chức Y tế Thế giới (WHO)'],
  ['Hơn 1.000 binh sĩ đã thiệt mạng, phía Armenia tuyên bố.', 'vi', 'phía Armenia'],
  ['Một quan chức địa phương cho biết 31 người chết.', 'vi', ''],
  ['Ông cho biết 5 người chết.', 'vi', ''],
  ['The Armenian Defence Ministry said 874 servicemen had been killed.', 'en', 'The Armenian Defence Ministry'],
  // An unnamed body is still who made the claim: better "the ministry" than the outlet that carried it.
  ['16 people were killed, the ministry said.', 'en', 'the ministry'],
  ['Heavy fighting has killed at least 45 civilians since March 3, the regional health ministry said on Friday.', 'en', 'the regional health ministry'],
  ['The army said 12 soldiers were killed in the clashes.', 'en', 'The army'],
  ['Giới chức địa phương cho biết 31 người chết.', 'vi', 'Giới chức địa phương'],
  ['"Sixteen people died," said Ali Hassan, a local official.', 'en', 'Ali Hassan'],
  ['According to the UN refugee agency, 90,000 people fled.', 'en', 'the UN refugee agency'],
  ['Nagorno-Karabakh officials have reported 1,177 military deaths.', 'en', 'Nagorno-Karabakh officials'],
  ['He said 16 people were killed.', 'en', ''],
  ['The ministry said on Monday that 16 soldiers died.', 'en', 'The ministry'],
  ['Residents said 16 soldiers died.', 'en', ''],
  ['Over 1,000 troops have been killed, Armenian officials claimed.', 'en', 'Armenian officials'],
  // A unit's ordinal is part of its name; a number in the words is still no name.
  ["Ukraine's 93rd brigade said it had lost 12 soldiers.", 'en', "Ukraine's 93rd brigade"],
  // "estimated" after an article is the qualifier "an estimated", not the verb; after a name it is the verb.
  ['Russia has lost an estimated 120,000 troops.', 'en', ''],
  ['U.S. intelligence estimated 120,000 Russian troops had been killed.', 'en', 'U.S. intelligence'],
  // A name cut short at its date loses the words that led into the date.
  ['The ministry on Tuesday said 12 people were killed.', 'en', 'The ministry'],
  ['Bộ Quốc phòng Azerbaijan hôm 20/10 cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng Azerbaijan'],
  // A date with its own lead-in ('hôm qua', 'ngày 20/10') leaves the lower-case words of the name before it whole.
  ['Bộ Quốc phòng hôm qua cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng'],
  ['Bộ Quốc phòng vào ngày 20/10 cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng'],
  ['Ủy ban Chữ thập đỏ quốc tế sáng nay cho biết 12 người đã thiệt mạng.', 'vi', 'Ủy ban Chữ thập đỏ quốc tế'],
  ['The Defence Ministry late on Tuesday said 12 soldiers had been killed.', 'en', 'The Defence Ministry'],
  ['Văn phòng Cao ủy Nhân quyền LHQ đã ghi nhận 10.582 dân thường thiệt mạng.', 'vi', 'Văn phòng Cao ủy Nhân quyền LHQ'],
  ['LHQ đã xác minh 9.900 dân thường thiệt mạng.', 'vi', 'LHQ'],
  ['The UN puts the civilian death toll at more than 10,000.', 'en', 'The UN'],
  ['Armenia put its military death toll at 3,825.', 'en', 'Armenia'],
  ['Bộ Quốc phòng Armenia sáng nay thông báo thêm 40 binh sĩ thiệt mạng, nâng tổng số lên 1.166 người.', 'vi', 'Bộ Quốc phòng Armenia'],
  ['The U.N. said 90,000 people had been displaced.', 'en', 'The U.N.'],
  // A date before the name: the name is between the date and the verb ("On" was taken for a claimant).
  ['On Sept. 30 the Defence Ministry said 104 servicemen had been killed.', 'en', 'the Defence Ministry'],
  ['Ngày 20/10 Bộ Quốc phòng Azerbaijan cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng Azerbaijan'],
  // The name set off by commas right before the verb; who cites, not whom; the agent of a passive.
  ['An Armenian government spokesman, Vahram Poghosyan, said 7 people were killed.', 'en', 'Vahram Poghosyan'],
  ['Hãng thông tấn TASS dẫn lời giới chức địa phương cho biết 15 người đã chết.', 'vi', 'Hãng thông tấn TASS'],
  // …unless whom it cites is named: the claim is theirs, the outlet only carried it.
  ['Hãng thông tấn Interfax dẫn lời Bộ Quốc phòng Nga cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng Nga'],
  ['TASS quoted local officials as saying five people had been killed.', 'en', 'TASS'],
  ['Reuters quoted the ministry as saying 12 soldiers were killed.', 'en', 'the ministry'],
  ['12 soldiers were killed, Interfax quoted the Defence Ministry as saying.', 'en', 'the Defence Ministry'],
  ['The ministry was quoted as saying 12 soldiers were killed.', 'en', 'The ministry'],
  ['Interfax quoted a ministry spokesman, Igor Konashenkov, as saying 12 soldiers had been killed.', 'en', 'Igor Konashenkov'],
  ['UN figures show that 9,614 civilians have been killed since the invasion began.', 'en', 'UN'],
  ['The toll of 59 was confirmed by the regional governor.', 'en', 'the regional governor'],
  ['15 người đã chết, hãng tin Reuters đưa tin.', 'vi', 'hãng tin Reuters'],
  // A casualty cue makes the words the claim, not a claimant.
  ['Casualties on both sides are estimated at several thousand.', 'en', ''],
  // A passive verb of saying names no one: its subject is the claim.
  ["Ukraine's losses are estimated at 70,000 killed.", 'en', ''],
  ['It is reported that 12 soldiers died.', 'en', ''],
  ['Thiệt hại của quân đội được ước tính là 70.000 người chết.', 'vi', ''],
  // The name ends where its predicate begins: an auxiliary, a negation, an adverb, an adverbial.
  ['Azerbaijan has not disclosed its military casualties but says 91 civilians have been killed.', 'en', 'Azerbaijan'],
  ['The ministry also said 12 soldiers were killed.', 'en', 'The ministry'],
  ['Bộ Quốc phòng cũng cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng'],
  ['Bộ Quốc phòng đã xác nhận 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng'],
  ['Bộ Quốc phòng trong một thông báo cho biết 12 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng'],
  ['The ministry in a statement said 12 soldiers were killed.', 'en', 'The ministry'],
  ['Putin last week said nearly 5,000 people had been killed.', 'en', 'Putin'],
  ['Tổng thống Nga Vladimir Putin tuần trước cho biết gần 5.000 người đã thiệt mạng.', 'vi', 'Tổng thống Nga Vladimir Putin'],
  // After 'but' and a comma, the subject of the clause before, as far as its predicate: none seen, no name.
  ['The army denied the reports, but said 12 soldiers were killed.', 'en', ''],
  // A verb the lexicon does not know before 'and': who said it cannot be told from the words, so no one is named.
  ['The army denied the reports and said 12 soldiers were killed.', 'en', ''],
  ['Quân đội bác bỏ thông tin này và cho biết 12 binh sĩ thiệt mạng.', 'vi', ''],
  // A denied verb attributes nothing.
  ['The ministry did not confirm that 12 soldiers were killed.', 'en', ''],
  ["The ministry didn't confirm that 12 soldiers were killed.", 'en', ''],
  ['Bộ Quốc phòng chưa xác nhận 12 binh sĩ đã thiệt mạng.', 'vi', ''],
  ['Reuters could not independently confirm that 59 people were killed.', 'en', ''],
  ['Reuters cannot verify that 59 people were killed.', 'en', ''],
  ['Reuters không thể xác nhận 59 người đã thiệt mạng.', 'vi', ''],
  // "…, said X": a verb first in its clause has its speaker after it, and the clause before it is the claim.
  ['Twelve soldiers were killed, said Armenian Defence Ministry spokesman Artsrun Hovhannisyan.', 'en', 'Armenian Defence Ministry spokesman Artsrun Hovhannisyan'],
  ['Armenia has lost 2,425 soldiers, said health ministry spokeswoman Alina Nikoghosyan.', 'en', 'health ministry spokeswoman Alina Nikoghosyan'],
  ['Twelve soldiers were killed, added Hovhannisyan.', 'en', 'Hovhannisyan'],
  ['Twelve soldiers were killed, said officials.', 'en', ''],
  // The name inside a longer attribution: who issued the report, not the report.
  ['Twelve soldiers died, according to figures released by the ministry.', 'en', 'the ministry'],
  ['According to a report by the UN, 90,000 people have fled.', 'en', 'the UN'],
  ['Theo báo cáo của Bộ Y tế, 12 người thiệt mạng.', 'vi', 'Bộ Y tế'],
  ['Chiến sự đã làm gần 5.000 người chết, theo ước tính của Tổng thống Nga.', 'vi', 'Tổng thống Nga'],
  ['Người phát ngôn Shushan Stepanyan viết trên Facebook rằng 12 binh sĩ đã thiệt mạng.', 'vi', 'Người phát ngôn Shushan Stepanyan'],
  // A name after its preposition ends where a predicate begins.
  ['The figure of 5,000 deaths cited by Putin could not be verified.', 'en', 'Putin'],
  ['Twelve soldiers were killed, said the ministry in a statement.', 'en', 'the ministry'],
  // 'put' attributes only with the figure it puts: "put its forces on alert" names no one.
  ['Armenian officials put the number of dead at 3,825.', 'en', 'Armenian officials'],
  ['Armenia put its forces on alert after 12 soldiers were killed.', 'en', ''],
  // A relative clause set off by commas names no one: the name is before it.
  ['The Armenian Defence Ministry, which had earlier reported 710 deaths, said 729 soldiers had been killed.', 'en', 'The Armenian Defence Ministry'],
  // …but after a clause with its own predicate, 'which' stands for the object, not the subject.
  ['Reuters could not independently verify the figures, which put the death toll at 59.', 'en', ''],
  // A dash ends a clause as a comma does: a dateline's, an aside's, a trailing attribution's; a hyphen in a name does not.
  ["STEPANAKERT, Oct 20 (Reuters) - Nagorno-Karabakh's defence ministry said 729 of its servicemen had been killed.", 'en', "Nagorno-Karabakh's defence ministry"],
  ['The Syrian Observatory for Human Rights — a Britain-based monitor — said 40 fighters were killed.', 'en', 'The Syrian Observatory for Human Rights'],
  ['The Syrian Observatory for Human Rights—a Britain-based monitor—said 40 fighters were killed.', 'en', 'The Syrian Observatory for Human Rights'],
  ["Armenia's defence ministry - which had earlier reported 710 deaths - said 729 soldiers were killed.", 'en', "Armenia's defence ministry"],
  ['Twelve soldiers were killed — the ministry said.', 'en', 'the ministry'],
  ['According to the ministry – the main source of figures – 12 soldiers were killed.', 'en', 'the ministry'],
  // What a source's count shows is its claim; counts by no one named, and what a video shows, name no one.
  ["The Armenian health ministry's figures show 1,177 soldiers dead.", 'en', 'The Armenian health ministry'],
  ['A Reuters count showed 1,200 people had died.', 'en', 'Reuters'],
  ["Data from the Azerbaijani prosecutor's office shows 91 civilians were killed.", 'en', "the Azerbaijani prosecutor's office"],
  ['Figures show 12 soldiers were killed.', 'en', ''],
  ['Preliminary data showed 300 civilians had been killed.', 'en', ''],
  ['Videos show 12 bodies in the street.', 'en', ''],
  // A source's noun that ends the sentence ends the name as one that ends its clause does.
  ['Russia has lost 300,000 troops, according to Western estimates.', 'en', 'Western estimates'],
  ['Ten thousand civilians have been killed, according to a UN report.', 'en', 'UN'],
  // A deed claimed states no figure: the toll of the attack is not the claimant's.
  ['The group claimed responsibility for the attack that killed 14.', 'en', ''],
  ['Islamic State has claimed responsibility for the bombing, which killed 14 people.', 'en', ''],
  ['IS đã tuyên bố chịu trách nhiệm về vụ tấn công khiến 14 người thiệt mạng.', 'vi', ''],
  ['The ministry said responsibility lay with the army after 12 people were killed.', 'en', 'The ministry'],
];

describe('the claimant a sentence names', () => {
  it.each(rows)('%j (%s) → %j', (text, code, expected) => {
    const l = lang(code);
    expect(claimantAt(findAttributions(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED)), 0)).toBe(expected);
  });

  it('never takes the claim for a claimant: "said X" where X holds a casualty cue names no one', () => {
    const text = "Israel's military said three soldiers had been killed in Gaza, bringing its losses to 48.";
    const l = lang('en');
    const named = findAttributions(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED)).map((a) => a.name);
    expect(named).toEqual(["Israel's military"]);
  });
});

describe('each figure takes the attribution nearest before it, else the first after it', () => {
  const text = 'The army said 12 soldiers were killed in the clashes, while rebel commanders claimed they had killed dozens of troops.';
  const l = lang('en');
  const found = findAttributions(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED));
  it.each([
    ['12', 'The army'],
    ['dozens', 'rebel commanders'],
  ])('%s → %s', (figure, claimant) => expect(claimantAt(found, text.indexOf(figure))).toBe(claimant));
  it('a comma that groups thousands ends no clause: the speaker stands before the relative clause', () => {
    const text = 'The ministry, which had reported 1,710 deaths, said 1,874 soldiers had died.';
    const list = findAttributions(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED));
    expect(claimantAt(list, text.indexOf('1,874'))).toBe('The ministry');
  });
  it('an attribution after the figure serves when none stands before it', () => {
    const after = '16 people were killed on Monday, the health ministry said.';
    const list = findAttributions(after, 0, after.length, indexLexicon(l), l.dates.scan(after, PUBLISHED));
    expect(claimantAt(list, 0)).toBe('the health ministry');
  });
  it('no attribution, no claimant', () => expect(claimantAt([], 5)).toBe(''));
  // Someone unnamed speaking after a named speaker: the figure after is not the named speaker's.
  it.each([
    ['en', 'The army says it killed 120 militants, while the militants claim to have killed 40 soldiers.', ['The army', '']],
    ['en', 'The ministry said 12 soldiers were killed and officials said 40 civilians died.', ['The ministry', '']],
    ['en', 'The army said 12 soldiers were killed, but the ministry did not confirm that 40 civilians died.', ['The army', '']],
    ['vi', 'Bộ Quốc phòng cho biết 12 binh sĩ thiệt mạng, trong khi ông cho biết 40 dân thường chết.', ['Bộ Quốc phòng', '']],
    // A verb in a relative clause speaks for the name before it; one after 'and' for the subject of its clause.
    ['en', 'The Armenian Defence Ministry, which had earlier reported 710 deaths, said 729 soldiers had been killed.', ['The Armenian Defence Ministry', 'The Armenian Defence Ministry']],
    ['en', 'Azerbaijan said 12 soldiers died and later confirmed 40 more deaths.', ['Azerbaijan', 'Azerbaijan']],
    // 'said' not first in its clause is followed by what was said, not by who said it.
    ['en', 'The ministry said Armenian forces shelled Tartar, killing 12 civilians.', ['The ministry']],
    ['en', 'A spokesman, Vahram Poghosyan, said Armenian forces had shelled Tartar, killing 12 civilians.', ['Vahram Poghosyan']],
    // An inverted speaker speaks for the figures before the verb, and for those after it when no one else does.
    ['en', '12 soldiers were killed, said Hovhannisyan, and 40 were wounded.', ['Hovhannisyan', 'Hovhannisyan']],
    // After 'but' and a comma, the subject of the clause before, as far as its predicate.
    ['vi', 'Azerbaijan chưa công bố thương vong quân sự, nhưng cho biết 61 dân thường đã thiệt mạng.', ['Azerbaijan']],
    ['en', 'Azerbaijan has not disclosed its military casualties, but says 63 civilians have been killed.', ['Azerbaijan']],
    ['vi', 'Azerbaijan không công bố thương vong quân sự, nhưng cho biết 63 dân thường đã thiệt mạng.', ['Azerbaijan']],
  ])('%s: %s', (code, text, claimants) => {
    const l = lang(code);
    const list = findAttributions(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED));
    const figures = [...text.matchAll(/\d+/g)].map((m) => m.index);
    expect(figures.map((at) => claimantAt(list, at))).toEqual(claimants);
  });
  it('a verb that is the figure\'s own casualty cue is not its attribution', () => {
    const text = 'The Battle of Shusha claimed at least 400 lives.';
    const list = findAttributions(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED));
    const figure = text.indexOf('at least');
    expect(claimantAt(list, figure)).toBe('The Battle of Shusha');
    expect(claimantAt(list, figure, text.indexOf('claimed'))).toBe('');
  });
});
