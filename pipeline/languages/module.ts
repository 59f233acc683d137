// What a language contributes: a numeral grammar, a date grammar and a lexicon of phrases. The
// extraction engine knows no words of its own; every cue below is data a language module supplies.
import type { Measure, Population, Qualifier } from '../schemas.ts';
import type { DateGrammar, NumeralGrammar } from './grammar.ts';

export interface Lexicon {
  /** Words right before a number that qualify it: 'khoảng' → approx, 'more than' → more_than. */
  qualifiers: Partial<Record<Qualifier, string[]>>;
  /** Words right after a number (and its noun) that qualify it: 'trở lên', 'or more' → at_least. */
  qualifierSuffixes: Partial<Record<Qualifier, string[]>>;
  /**
   * Words that say a figure was estimated, apart from it in its clause: 'estimated', 'estimates' in "It is estimated that
   * 150,000 people died", "The toll is estimated to have reached 150,000", "By some estimates, 150,000 …"; 'ước tính' in
   * "Số người thiệt mạng ước tính lên tới 150.000". An exact number they stand before (after any other number), or between
   * it and its cue, is approximate.
   */
  estimates: string[];
  /** Vague quantities standing for a number: 'hàng trăm' → hundreds. */
  vague: Partial<Record<Qualifier, string[]>>;
  /** Between the two vague words of a stacked estimate: 'if not', 'thậm chí'. */
  vagueJoiners: string[];
  /**
   * A ratio, no count: words between a part and a larger whole ('in', 'out of' in "one in five of those killed",
   * "1 out of 3 casualties"), and words before a whole a ratio is taken of ('cứ' in "cứ 5 người thiệt mạng thì có 1
   * trẻ em"). Neither number is a figure. A larger part ("100,000 out of 120,000") is a part link instead.
   * `ratioParts` open the part that follows such a whole and its few words ('thì có' in "cứ 10 người dân thì có 7
   * người", ',' in "for every 10 residents, 7"): it is no figure either.
   */
  ratioJoiners: string[];
  ratioOpeners: string[];
  ratioParts: string[];
  /**
   * Between a lower bound (with its noun) and an upper bound of one estimate: 'and possibly' in "at least 400 people,
   * and possibly as many as 1,000, were killed", ',' in "ít nhất 400 người, có thể lên tới 1.000 người". The two bounds
   * make one range; bounds with a verb or victims of their own between or after them stay two figures.
   */
  boundJoiners: string[];
  /** Between the ends of a range ('–', 'to', 'đến'); `rangeOpeners` may stand before the first end. */
  rangeJoiners: string[];
  /**
   * True where two number words in a row, the second one more than the first in the same unit, make a range with
   * nothing between them but a space or a comma: 'hai ba chục người' (twenty or thirty people), 'năm, sáu người'.
   */
  neighbourRanges: boolean;
  rangeOpeners: string[];
  /** Head nouns naming the victims, and whose toll they make. */
  victims: Record<string, Population>;
  /**
   * Words that stand for the victims' noun last named before them in the sentence: 'ones' in "2,425 Armenian soldiers
   * and 2,783 Azerbaijani ones".
   */
  nounPronouns: string[];
  /** Casualty cues and the measure each denotes: 'thiệt mạng' → killed. */
  measures: Record<string, Measure>;
  /** Nouns that announce a toll before its number: 'death toll' (of / rose to) N. */
  tolls: Record<string, Measure>;
  /**
   * Tolls that count people only when the number names them: "Ukraine's losses stood at 2,783 servicemen" (but
   * "losses of 300 million" count money).
   */
  peopleTolls: Record<string, Measure>;
  /**
   * Words that hand a toll noun its number ('rose to', 'of', 'là'). A toll claims a number only when
   * one of these stands right before it, so "the toll on the two sides rose to 5,000" is 5,000, not 2.
   */
  tollLinks: string[];
  /**
   * Words that open a toll made of a cue and the victims before it: 'số' in "số binh sĩ Armenia thiệt mạng
   * đã tăng lên 1.166", 'number of' in "the number of Armenian soldiers killed rose to 1,166".
   */
  tollHeads: string[];
  /**
   * Words that raise a running total to the number after them ('bringing the total', 'nâng tổng số'). Such a
   * total names no measure of its own: it totals the figure (or the increase, "40 more soldiers") just before
   * it in the sentence, and takes that figure's measure and victims.
   */
  runningTotals: string[];
  /**
   * Words that raise a toll named right after them ('raising the', 'nâng tổng'): "21 Armenian servicemen were killed,
   * raising the death toll to 710" continues the toll of the figure (or the increase) before it, whose side it takes.
   */
  tollRaisers: string[];
  /**
   * Words that raise a toll named right after the number they hand over ('bringing to', 'raised to'): "bringing to 12
   * the number of people killed this week", "raised to 45 the death toll". The number is the toll's.
   */
  raisedTo: string[];
  /**
   * Verbs that cause what the cue after the victims says ('khiến', 'left'). After one, the victims may carry a
   * longer modifier before their cue: "khiến 5 người trong một gia đình thiệt mạng", "left 12 people from the
   * same village dead".
   */
  causatives: string[];
  /**
   * Words that name a measure only after a causative ('from their homes': "forced 10 million people from their
   * homes"); alone they say nothing ("abducted 20 people from their homes").
   */
  causedMeasures: Record<string, Measure>;
  /**
   * Words that name a measure only before the victims they describe, a party's name allowed between ('fallen': "3,825
   * fallen Armenian servicemen"); anywhere else they say nothing ("has fallen from 90,000 to 12,000").
   */
  describingMeasures: Record<string, Measure>;
  /**
   * Verbs that name a measure only right before the number they count, their object: 'kills', 'injures' in "Blast kills
   * 3, injures 15" (headlines speak in the present). After a number they are as often nouns ("12 stab wounds", "12
   * confirmed kills") and say nothing.
   */
  measuresBefore: Record<string, Measure>;
  /**
   * Nouns that count a single victim, a measure only right after the number one ('death', 'injury': "reported one death
   * and four injuries", "at least 1 fatality"). Anywhere else they say nothing ("12 people were sentenced to death", "a
   * death in the family"). A language whose nouns do not change with their number lists none.
   */
  oneMeasures: Record<string, Measure>;
  /**
   * Verbs that name a measure only with victims for their object, a party's name allowed before the number ('cost':
   * "The war cost 30,000 lives", "cost Armenia 3,825 soldiers"); with no victims' noun they say nothing ("cost 5
   * billion").
   */
  objectMeasures: Record<string, Measure>;
  /**
   * Verbs that name a measure only with `lives` for their object, a party's name allowed between ('took': "The war took
   * 30,000 lives"); with any other object they say nothing ("took 300 prisoners", "took 300 soldiers to the front").
   */
  lifeMeasures: Record<string, Measure>;
  /** The words for lives a verb of `lifeMeasures` takes ('lives', 'sinh mạng'). */
  lives: string[];
  /** Words allowed between a victim noun and its cue ('đã', 'were'); anything else ends the search. */
  fillers: string[];
  /**
   * Coordinators that let two figures share one cue ('874 binh sĩ và 37 dân thường thiệt mạng'); after a range's opener
   * they join its ends ("between 300 and 400"). The first is the plain 'and', which the rules table shows.
   */
  conjunctions: string[];
  /**
   * Words that join a clause of its own to the figure before it ('with', 'while', 'còn'): a number after them with no
   * victims of its own counts the same victims ("63 civilians were killed, with 292 wounded"). They share no cue.
   */
  clauseJoiners: string[];
  /**
   * Words that open a part of the figure before them ('including', 'trong đó'). A part with its own victim
   * noun or a per-side marker shares that figure's measure ('including 5 children'); one without ('including 5')
   * is left out, and so is one that counts the same victims as the figure ("40 người bị thương, trong đó 10 người
   * bị thương nặng"): it is a subset, not a second count of the same quantity.
   */
  inclusions: string[];
  /**
   * Words right after a number, or after its victims' noun, that make it such a part: 'of them' in "27 people were
   * killed, 14 of them children"; 'trong số đó' in "12 người bị thương, hai người trong số đó bị thương nặng".
   */
  inclusionsAfter: string[];
  /**
   * Words that make the number after them the whole a part is taken of ('two-thirds of the', 'một nửa trong số').
   * "Two-thirds of the 1.2 million residents have fled" claims no 1.2 million displaced: the number is a figure
   * only with its cue right after its noun ("half of the 200 people killed were children").
   */
  partsOf: string[];
  /**
   * Words after which a number is never a figure: a fraction is taken of it ('a quarter of' a million, 'một phần
   * tư'), it counts someone's children ("a mother of three was killed"), or it is an age ("aged 18 to 60",
   * "between the ages of 18 and 60", "độ tuổi 18"). A number joined to it by 'and' or a range is none either.
   */
  notFiguresAfter: string[];
  /**
   * Words between a part and its whole, two numbers: "100,000 of the 120,000 Armenians have left", "100.000 trong
   * số 120.000 người". The part takes the whole's cue when that is the sentence's verb; the whole is no figure.
   */
  partLinks: string[];
  /**
   * Words after a part's victims and its verb that make it a part of the figure right after them: "Three soldiers were
   * among the 12 people killed", "Ba binh sĩ nằm trong số 12 người thiệt mạng". The part takes the figure's cue, and
   * is a subset when it counts what the figure counts.
   */
  partsOfFigures: string[];
  /**
   * Verbs of denial. A verb of saying right after one is a noun, its object ("Azerbaijan denied reports that 100 of its
   * soldiers were killed", "rejected Azerbaijan's claim that"); the figures of that clause are flagged denied.
   */
  denials: string[];
  /**
   * A verb of saying with the object that makes it claim a deed, not state a figure: "The group claimed responsibility
   * for the attack that killed 14", "IS tuyên bố chịu trách nhiệm": the figure is not the group's claim.
   */
  deedClaims: string[];
  /**
   * A unit of time a count is taken per: "1,000 soldiers a day", "killed daily", "mỗi ngày có hàng trăm người thiệt
   * mạng". Right after a figure's words or its cue, or right before its number, it makes the figure a rate, which
   * counts no one and so is no figure. `notRates`: the same words opening a time ("a day after the ceasefire", "một
   * ngày sau").
   */
  rates: string[];
  notRates: string[];
  /**
   * What opens the clause a denial denies ('that'; 'thông tin', 'việc'): "Armenia denied that 300 soldiers died".
   * Only after one is a denial's clause read as denied: "Azerbaijan rejected the truce and 30 were killed" is not.
   */
  deniedClauseOpeners: string[];
  /** A figure per side: 'mỗi bên', 'from each side'. */
  eachSide: string[];
  /**
   * One figure for both sides together, in or after its clause: "5,000 killed on both sides", "Thương vong ở cả hai
   * phía" (flag both_sides). Not before a part link ('of'): "on both sides of the border" is a place.
   */
  bothSides: string[];
  /**
   * Words that pair listed figures with the parties listed before them, in order: 'respectively' in "Armenia and
   * Azerbaijan lost 3,825 and 2,906 soldiers respectively", 'lần lượt'.
   */
  respectively: string[];
  /**
   * The same, right before the figure's verb (a cue or a verb of saying) in its clause: "Armenia and Azerbaijan have
   * each lost about 3,000 soldiers", "Hai bên mỗi bên mất khoảng 3.000 binh sĩ".
   */
  eachSideBeforeVerb: string[];
  /**
   * The two sides as the subject of a verb of loss: 'both' where the loss is theirs as one ('the two sides': "The two
   * sides lost 6,700 soldiers"), 'each' where the word is said of each ('both sides': "Both sides lost thousands of
   * soldiers"), unless a word of `jointly` makes it one loss ("Both sides lost a combined 6,700").
   */
  sidesAsSubject: Record<string, 'each' | 'both'>;
  /**
   * Words that make a loss one of its subjects together, after the subject or in the number phrase ('together':
   * "Armenia and Azerbaijan together lost 6,700 soldiers"; 'a combined').
   */
  jointly: string[];
  /**
   * Words that make the victims the speaker's own ("3,825 of its soldiers", "binh sĩ của mình"): with no party of
   * their own, they take the party the claimant names (flag side_from_claimant).
   */
  ownSide: string[];
  /**
   * Words that make the victims the speaker's enemy ("220 enemy soldiers", "220 binh sĩ đối phương"): with no party of
   * their own, they take the party opposed to the claimant's, when the conflict has two (flag side_from_claimant).
   */
  enemySide: string[];
  /** The same, as the subject of a loss right before the number: "it lost 2,783 troops", "nước này đã mất". */
  ownLoss: string[];
  /**
   * The speaker as the subject of a killing right before the number: "The army said it had killed 120 militants", "Nga
   * cho biết nước này đã tiêu diệt 300 binh sĩ". Military victims so told are the speaker's enemy, as after `enemySide`.
   */
  ownKills: string[];
  /**
   * Words of admitting right before the number: the soldiers they hand over are the speaker's own ("Baku has
   * acknowledged the deaths of 2,783 soldiers", "Phía Armenia thừa nhận 2.425 binh sĩ đã hy sinh"). Civilians admitted
   * to have died are as often the speaker's victims as its own, so only military victims are taken.
   */
  admissions: string[];
  /**
   * Cues a side says only of its own dead ('martyred', 'hy sinh'): victims with no side named, and no figure of both
   * sides or of each, are the speaker's own ("Azerbaijan said 2,908 servicemen were martyred").
   */
  ownDeaths: string[];
  /** A verb of loss right before the number, whose subject, a party, is the victims' side: "Armenia lost 3,825 soldiers". */
  lossVerbs: string[];
  /**
   * Words after a verb of loss said of the victims before it that leave the verb without an object: 'to' in "300
   * soldiers were lost to shelling", 'do' in "300 binh sĩ đã mất do trúng đạn". Other than these, a place, a time, a
   * conjunction or the clause's end, what follows the verb is what the victims lost ("300 soldiers lost contact", "2.000
   * người mất việc làm"), and the verb counts no dead.
   */
  lossCauses: string[];
  /**
   * Words that may open an aside after a loss's victims naming the harms the loss counts: 'including' in "lost 600,000
   * troops, including dead and wounded", 'gồm cả' in "mất 600.000 quân, gồm cả chết và bị thương". An aside of casualties,
   * opened by one of these or by its comma or bracket alone ("(dead and wounded)"), makes the loss a count of casualties,
   * not of the dead.
   */
  lossHarms: string[];
  /** Before a number: an ordinal ('thứ 2'); after it: a difference ('1,000 more than'), never a toll. */
  ordinalMarkers: string[];
  differenceBefore: string[];
  differenceAfter: string[];
  /**
   * A figure's former value, a difference too: words before it ('up from', 'tăng từ' in "up from 40 on Monday"), and
   * words between a number and it ('from', 'từ' in "rose to 50 from 40 on Monday"). A day said right after it is its
   * day, not the figure's.
   */
  formerBefore: string[];
  formerBetween: string[];
  /**
   * Difference words after a number that count others when a figure of another measure comes before it in the
   * sentence: "killed 14 people and injured dozens more". Beside a figure of the same measure, or alone, the
   * number stays a difference ("12 were killed on Monday and 15 more on Tuesday").
   */
  othersAfter: string[];
  /** The same, before the number: "killed 12 and injured 30, while another 5 remain missing", "thêm 5 người mất tích". */
  othersBefore: string[];
  /**
   * Difference words after the victims' noun that follows the number: "40 binh sĩ nữa thiệt mạng" (40 more soldiers).
   * Like othersAfter, they count others when a figure of another measure comes before ("12 người thiệt mạng và 5
   * người nữa bị thương").
   */
  differenceAfterNoun: string[];
  /**
   * Words that open a place, time or circumstance right after a bare number, showing that the number is the whole
   * object of the verb before it: "killed 12 in Kharkiv", "injured dozens across the region". Other words after a
   * bare number may be its noun or a name ("chạy sang Ba Lan": 'Ba' is no three), so no cue before it counts then.
   */
  adjunctOpeners: string[];
  /**
   * Words after the comma, dash or bracket that sets a number off as another way of saying what comes before it: 'or'
   * in "60% of the population, or 90,000 people, have fled", 'tương đương' in "60% dân số, tương đương 90.000 người, đã
   * sơ tán". The number is the subject of the verb after its closing mark. The mark alone sets it off too ("half the
   * residents, some 70,000 people, have fled").
   */
  appositionOpeners: string[];
  /**
   * Words after the people a number counts that say they came to no harm ('survived', 'were rescued', 'sống sót'):
   * the number counts survivors, and no cue after them, nor one a figure beside them has, is theirs.
   */
  unharmed: string[];
  /**
   * Words between the people a number counts and its cue that make it a forecast or a counterfactual, not a report
   * ('will', 'would', 'could be', 'are expected to', 'sẽ', 'có thể phải'): "up to 100,000 people could be displaced"
   * claims no one displaced. A longer filler that starts with one wins: it says what happened.
   */
  forecasts: string[];
  /**
   * Words that put a death after the harm named before it ('later', 'and later', 'sau đó'): "Two wounded soldiers later
   * died" counts two dead. Without one, only fillers may stand between the harm and the death ("Hai người bị thương đã
   * tử vong").
   */
  afterwards: string[];
  /**
   * Articles that count one of the victims' noun a word or two after them ('a', 'an': "killed a 47-year-old man", "A
   * civilian was killed"). Such a one is a figure only on strong evidence, its own cue or a cue right before it, as
   * "A soldier walks past the site" is no count. A language whose 'one' is its article ('một') lists none.
   */
  singulars: string[];
  /**
   * Words that count one more victim, with a noun or without ('another': "One soldier was killed and another soldier
   * was wounded", "… and another wounded"). As "another 5", a figure only beside an earlier figure of another measure,
   * else an increase.
   */
  oneMore: string[];
  /**
   * Words that make the number a toll is handed a forecast, not a count ('could rise to', 'is expected to', 'sẽ tăng
   * lên', 'dự kiến'): "the death toll could rise to 5,000" claims no 5,000 dead. A comma after them ends their reach.
   */
  projections: string[];
  /**
   * Words before a toll noun ('among' the dead, 'trong số' những người thiệt mạng), or between it and its number (the
   * dead 'included', số người chết 'bao gồm'), that make the number a part of the toll: the part is a figure only
   * when it counts other victims than the toll does ("5 children"), as a part after 'including' is. After the toll,
   * 'among' narrows it instead ("the death toll among civilians rose to 45").
   */
  tollPartsBefore: string[];
  tollPartLinks: string[];
  /**
   * Words after a number, its noun or its 'were', that name the toll it is a part of ('of the dead', 'among the dead',
   * 'trong số những người thiệt mạng'), with the toll's measure. Such a part is a figure when it counts other victims
   * than the toll ("Nine of the dead were children", "Three soldiers were among the dead") or has a verb of its own
   * ("Two of the wounded later died"), else a subset ("Four members of one family were among the dead").
   */
  partsOfTolls: Record<string, Measure>;
  /**
   * Verbs whose subject names who a part of a toll were ('accounted for', 'chiếm'): "Civilians accounted for 12 of the
   * dead" counts 12 civilians killed.
   */
  shareVerbs: string[];
  /**
   * Words between a toll and the party whose dead it counts ('on the' Armenian side, 'among', 'của'); the party must
   * be followed by a side noun ('side'), victims, a force ('forces') or the toll's link, so that "the death toll from
   * the Azerbaijani shelling" (who shelled) names no side.
   */
  tollSideOpeners: string[];
  sideNouns: string[];
  /**
   * The side other than the one the figure before names ("3,825 on the Armenian side and 2,906 on the other side",
   * "… và 2.906 binh sĩ ở phía bên kia"): where a conflict has two parties, the other one; never the one before.
   */
  otherSide: string[];
  /**
   * Endings that make a party's name its people ("Armenians" is 'Armenian' and 's'), when the name without them is the
   * same party's: "300 Armenians and 200 Azerbaijani soldiers" counts 300 people, "300 Armenian and 200 Azerbaijani
   * soldiers" 300 soldiers.
   */
  pluralEndings: string[];
  /** Words that set the victims against the party after them: "3,825 soldiers fighting Azerbaijan" are not Azerbaijan's. */
  opponents: string[];
  /**
   * Words before a number, after a comma, that compare it with the figure before: "Armenia lost 3,825 soldiers, compared
   * with 2,906 for Azerbaijan" counts the same victims, of the party named with the number.
   */
  comparisons: string[];
  /**
   * Words that open a sentence before a side, its noun and party in either order, set off by a comma: the side of the
   * sentence's figures that no party lost ("On the Azerbaijani side, 100 civilians were killed", "Về phía Azerbaijan, …").
   */
  openingSides: string[];
  /** Difference words after which a range joiner opens the new value, not a range: 'rose by' in "rose by 12 to 59". */
  changeBy: string[];
  /**
   * Verbs of change after which a number joined to the next by a word is the change, and the next the new value: 'rose'
   * in "The death toll rose 40 to 300", no range of 40 to 300.
   */
  changeVerbs: string[];
  /** Fixed phrases whose numeral counts nothing ('no one', 'at one point', 'một cách'). */
  idioms: string[];
  /** Nouns a number counts that are not people ('weeks', 'km', 'tuổi'): a number right before one is no quantity. */
  units: string[];
  /**
   * The units of `units` that measure time, each with its length in days at most ('weeks' 7, 'tháng' 31): a duration that
   * fits in the span of a date ("In 2016, a four-day war killed 200") leaves that date to the figure; a longer one
   * ("on Oct. 10, after six weeks of fighting that killed thousands") does not.
   */
  durations: Record<string, number>;
  /** Period connectors: from DATE, to DATE, and 'until now'. */
  periodFrom: string[];
  periodTo: string[];
  periodToDate: string[];
  /**
   * Superlatives that make a 'since' after them a comparison, not a period: "the deadliest day since 2014",
   * "ngày đẫm máu nhất kể từ năm 2014".
   */
  superlatives: string[];
  /**
   * Words before a date that a figure counts up to ('as of', 'by', 'tính đến'): "As of Oct. 20, 874 servicemen had
   * been killed" is a figure as of 20 October, not as of publication. The date becomes the figure's as_of.
   */
  asOf: string[];
  /** Words that open a clause whose date starts a period: 'since' in "since the fighting began on Sept. 27", 'kể từ khi'. */
  periodFromClause: string[];
  /**
   * "since the fighting began", "kể từ khi giao tranh bùng phát": the start of the fighting under way at publication, told
   * without its date. A figure they govern is counted from the conflict's last `war_start` event in events.csv (flag
   * `period_from_events`); with no such event, or a `war_end` event after it, or a date of their own in their clause,
   * they state no period.
   */
  outbreaks: string[];
  /**
   * Verbs of a beginning ('erupted', 'began', 'bùng phát'): a date right after one, with an event opener or not
   * ("fighting that erupted on Sept. 27 has killed …"), starts an open period, not a day.
   */
  onsetVerbs: string[];
  /**
   * Verbs of an ending ('ended', 'chấm dứt'): a date they govern, right after one ("the war, which ended in 1994, killed
   * …") or before one in its clause ("In 1994, a ceasefire ended a war that had killed …"), is the last of what ended, and
   * the figures of it count up to that date (their as_of), not on it.
   */
  endVerbs: string[];
  /**
   * Words before a date on which what a figure counts happened ('on', 'in', 'vào'): "12 soldiers were killed on
   * Sunday" counts that day, and "In 2016, at least 200 people died" that year. A date right before or after a
   * verb of saying ("said on Monday", "Bộ Quốc phòng hôm 20/10 cho biết") is when it was said: the figure's as_of.
   */
  eventDateOpeners: string[];
  /**
   * Nouns of the events whose dead are counted ('war', 'attack', 'xung đột'): a date right before or after one is
   * the event's ("The 2016 war killed about 200 people", "the war of 2016", "Cuộc xung đột năm 2016 khiến khoảng 200
   * người thiệt mạng").
   */
  eventNouns: string[];
  /** Words that may sit between a period connector and its date ('sáng', 'the morning of'). */
  periodFillers: string[];
  /** Attribution: 'theo X', 'according to X', 'said X' (X follows) and 'X cho biết', 'X said' (X precedes). */
  attributionBefore: string[];
  attributionAfter: string[];
  /**
   * Verbs of changing a toll, with the toll ('raised the death toll', 'điều chỉnh số'): their subject gives the figure when
   * it names someone ("Azerbaijan raised the toll to 21"); when it names no one it is what changed the toll ("The strike
   * raised the toll to 50, the ministry said"), and the figure keeps the sentence's other attributions.
   */
  tollRevisions: string[];
  /**
   * Participles of saying ('saying'): verbs of saying only where their clause marks the subject, after an agent marker
   * ("…, with Azerbaijan saying it had lost 5") or a verb of putting out a count ("The ministry issued a statement saying
   * …"); elsewhere they may speak for the subject of the clause before ("Armenia accused Azerbaijan …, saying …").
   */
  sayingParticiples: string[];
  /**
   * Verbs of a source putting out its count, after which a date is the day the count was put out, not the day of the
   * deaths: "Figures released on Monday show 2,425 soldiers died" counts up to Monday, not on it.
   */
  publicationVerbs: string[];
  /**
   * Words that speak of a figure already given, between a verb of saying and the link to a rival claim of it: 'the
   * figure', 'the real number' in "while Ukraine said the figure was more than 100,000", 'con số này' in "trong khi
   * Ukraine cho rằng con số này là hơn 100.000".
   */
  figureReferences: string[];
  /**
   * Verbs of saying that are also the noun ending a source's name after a preposition ('report' in "according to a UN
   * report", 'estimates' in "according to UN estimates"): there the noun is part of the name, and no verb. So is one
   * that opens a verb of saying ('figures' in "Health ministry figures show", 'count' in "A Reuters count showed").
   */
  sourceNouns: string[];
  /**
   * Prepositions that attribute only when the words they govern end with a source's noun (`sourceNouns`): "By the UN's
   * count, …", "by some estimates". Elsewhere they name who did the harm ("killed by Azerbaijani forces").
   */
  sourcePrepositions: string[];
  /**
   * Nouns for what a source puts out (a count, a report, a statement), which stand beside whose it is: "UN figures", "an
   * AFP tally", "the ministry's figures", "the latest tally by the ministry", "số liệu của Bộ Y tế". A claimant named so
   * is the owner, so that one source's claims group under one name however its count is worded.
   */
  statementNouns: string[];
  /**
   * Verbs that attribute when their object, up to the number it is set at, holds a cue or opens with words for the
   * figure (`figureReferences`): "Ukraine puts Russian losses at 90,000", "Armenia put Azerbaijani military deaths at
   * 2,908", whose objects name a party and so cannot be listed in `attributionAfter` as 'put the death toll' is.
   * "put its forces on alert after 12 soldiers were killed" puts no toll.
   */
  settingVerbs: string[];
  /**
   * Words of citing that open a clause before the subject of a verb of saying: whom they cite is the claimant ("Citing
   * the health ministry, the agency said …", "Dẫn nguồn Bộ Y tế, hãng tin này cho biết …").
   */
  citingOpeners: string[];
  /**
   * Words that attribute without naming anyone ('he', 'officials', 'ông'), and the words that qualify them ('local', 'two'):
   * a claimant needs a capitalised word besides these.
   */
  anonymousWords: string[];
  /** Words that make a verb's subject no one: "Neither side has confirmed reports that …", "Chưa bên nào xác nhận …". */
  noOne: string[];
  /** Words that hand a passive verb its agent, whose name follows them: 'được' in "con số được Bộ Y tế công bố". */
  agentMarkers: string[];
  /** Words after a denied claim's noun that name its owner: 'by' in "denied claims by Armenia that …", 'của' in "bác bỏ tuyên bố của Armenia rằng …". */
  claimOwnerMarkers: string[];
  /** Words that open a clause and are not part of the name after them: 'while rebel commanders claimed'. */
  clauseOpeners: string[];
  /**
   * Words that open a predicate: auxiliaries, negations, adverbs and adverbials that stand before a verb ('has',
   * 'not', 'also', 'in a statement', 'đã', 'cũng', 'trong một thông báo'). Written in lower case they are never part
   * of a name, so a claimant's name ends before the first of them: "Azerbaijan has not disclosed its losses but
   * says …" names Azerbaijan, "Bộ Quốc phòng trong một thông báo cho biết" names Bộ Quốc phòng.
   */
  predicateOpeners: string[];
  /**
   * Words that open with a predicate's opener but describe the noun before them: 'mới nhất' (latest) in "Báo cáo mới nhất
   * của LHQ cho biết", where 'mới' alone opens a predicate ("Bộ Y tế mới cho biết", the ministry has just said).
   */
  nameAdjectives: string[];
  /** Words that deny the attribution verb right after them: "the ministry did not confirm that 12 …" names no claimant. */
  negations: string[];
  /**
   * Words that may stand between a verb and the number of its object: 'her' in "killed her three children", 'all' in
   * "killed all 12 passengers", 'cả' in "giết cả 12 con tin".
   */
  objectDeterminers: string[];
  /**
   * Words after a cue that add who shared the harm: 'along with' in "was killed along with his two sisters", 'cùng' in
   * "thiệt mạng cùng 3 người khác". The number after them is the cue's as if it stood right after it.
   */
  companions: string[];
  /** Words that make an attribution word right after them a noun, not a verb: 'the' in "dismissed the reports". */
  determiners: string[];
  /**
   * Auxiliaries of the passive ('are', 'được'): before a verb of saying, the verb names no speaker, as its subject is
   * what is said ("Ukraine's losses are estimated at 70,000").
   */
  passiveAuxiliaries: string[];
  /**
   * Words that open a relative clause ('which', 'who'): a verb in one has for subject the words before the comma
   * that opens it. "The ministry, which had reported 710 deaths, said …": the 710 is the ministry's.
   */
  relativePronouns: string[];
  /**
   * Words that open a description of the name before them ('based in', 'có trụ sở'): they name no one. Set off before
   * a verb of saying, they leave the name before them the speaker ("The Syrian Observatory for Human Rights, based in
   * Britain, said"); not set off, they end the name ("Đài quan sát Nhân quyền Syria có trụ sở tại Anh cho biết").
   */
  nameDescriptions: string[];
  /**
   * Verbs that say what people were ('were', 'là'): after a noun of people in general, a victims' noun names who
   * they were. "trong đó 14 người là trẻ em" counts children.
   */
  copulas: string[];
  /** Bodies that name a claimant even in lower case: 'the army said', 'the regional health ministry said'. */
  institutionNouns: string[];
  /** Abbreviations whose full stop does not end a sentence. */
  abbreviations: string[];
}

export interface LanguageModule {
  /** BCP 47 primary language subtag. */
  code: string;
  name: string;
  numerals: NumeralGrammar;
  dates: DateGrammar;
  lexicon: Lexicon;
}
