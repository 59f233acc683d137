// Contracts every language module implements. The extraction engine is language-neutral:
// it only sees spans these grammars return and the phrases of the module's lexicon.

/** A numeral found in running text. Offsets are UTF-16 indices into the scanned string (String.slice). */
export interface NumeralSpan {
  start: number;
  end: number;
  /** Verbatim text, equal to text.slice(start, end). */
  text: string;
  value: number;
}

/** ISO 8601 at the precision the text gives: '2020-09-27', '1988-02' or '1994'. */
export type IsoDate = string;

export interface DateSpan {
  start: number;
  end: number;
  text: string;
  /** null when the text looks like a date but is not a valid one (then `problem` says why). */
  date: IsoDate | null;
  precision: 'day' | 'month' | 'year';
  /**
   * When the expression names a stretch of time as one, its last year or day, `date` being the first. Several
   * years ("the 1990s", "the early 1990s", "thập niên 1990") are a period by themselves. A stretch of days up to
   * publication ("the past 24 hours", "overnight", "trong tuần qua") dates a figure as a day does.
   */
  last?: IsoDate;
  /** True when the year was not written and was taken from the publication date. */
  yearInferred: boolean;
  /**
   * True when the expression is an adverb of time by itself ('yesterday', 'last month', 'Tuesday' in AP style's
   * "killed 12 people Tuesday", 'năm ngoái'): it dates the clause it stands in with no word such as 'on' before it.
   */
  adverb?: boolean;
  /** Why a date-shaped text is not a date, e.g. 'month 110 is out of range'. */
  problem?: string;
}

export interface NumeralGrammar {
  /**
   * The words that multiply the number before them, with their values ('hundred' 100, 'dozen' 12, 'chục' 10, 'nghìn'
   * 1,000): the high end of a range may say one for both ends ("two to three dozen", "hai đến ba chục").
   */
  multipliers: Readonly<Record<string, number>>;
  /** Value of a whole phrase ("ba mươi nghìn", "30.000", "two dozen"), or null if it is not a numeral. */
  parse(phrase: string): number | null;
  /**
   * Every maximal numeral in the text, left to right, non-overlapping. Digits inside a date are never a
   * numeral: `dates` are the text's date spans when the caller has already found them (offsets into
   * `text`), so that they are not looked for twice; without it the grammar finds them itself.
   */
  scan(text: string, dates?: readonly { start: number; end: number }[]): NumeralSpan[];
}

export interface DateGrammar {
  /**
   * Every date expression in the text, left to right, non-overlapping. `published` (YYYY-MM-DD) supplies
   * the year when the text omits it; such a date never lands after `published` (27/9 read on 2020-01-05
   * is 2019-09-27).
   */
  scan(text: string, published: IsoDate): DateSpan[];
}
