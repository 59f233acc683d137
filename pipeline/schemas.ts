// The data contracts. Each schema states its grain; output columns are generated from these shapes,
// so a column is described here once and nowhere else.
import { z } from 'zod';

const isoPattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** ISO 8601 at the precision known: 2020-10-21, 1988-02 or 1994. */
export const IsoDate = z
  .string()
  .regex(isoPattern, 'expected an ISO date such as 2020-10-21, 2020-10 or 2020')
  .refine((s) => s.length < 10 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');
export const OptionalDate = z.union([IsoDate, z.literal('')]);

export const Measure = z.enum(['killed', 'wounded', 'casualties', 'missing', 'displaced']);
export type Measure = z.infer<typeof Measure>;
export const Population = z.enum(['total', 'military', 'civilian', 'children', 'women']);
export type Population = z.infer<typeof Population>;

/** How the words qualify the number; each qualifier has exactly one interval rule. */
export const Qualifier = z.enum([
  'exact', 'approx', 'nearly', 'more_than', 'at_least', 'fewer_than', 'at_most', 'range',
  'a_few', 'several', 'tens', 'dozens', 'scores', 'few_tens', 'hundreds', 'few_hundreds',
  'thousands', 'few_thousands', 'tens_of_thousands', 'few_tens_of_thousands', 'hundreds_of_thousands', 'few_hundreds_of_thousands',
  'millions', 'few_millions', 'tens_of_millions', 'vague_range',
]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Policy = z.enum(['interval', 'conservative']);
export type Policy = z.infer<typeof Policy>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, dot, dash or underscore');

/** sources/sources.csv: one row per source. */
export const SourceRow = z.object({
  id: slug.describe('Short unique name (lower case, digits, . _ -); claims refer to it.'),
  kind: z.enum(['article', 'figures']).describe('article: text to extract figures from; figures: a curated table in the figures format.'),
  path: z.string().min(1).describe('File, relative to the sources folder (must stay inside it).'),
  title: z.string().describe('Title of the source.'),
  publisher: z.string().describe('Outlet or compiler that published it.'),
  url: z.string().describe('Address of the source, where known.'),
  published_at: IsoDate.describe('Publication date; supplies the year of dates written without one.'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 tag such as vi or en').describe('BCP 47 language of the text (vi, en, ...).'),
  accessed_at: OptionalDate.default('').describe('Optional: when the source was retrieved.'),
  conflict: z.string().default('').describe('Optional: conflict id from conflicts.csv; otherwise found from the names in the text.'),
  notes: z.string().default('').describe('Optional: anything a reader should know about the source.'),
});
export type SourceRow = z.infer<typeof SourceRow>;

/** sources/conflicts.csv: one row per conflict; aliases are the names texts use for it. */
export const ConflictRow = z.object({
  id: slug,
  name: z.string().min(1),
  aliases: z.array(z.string().min(2)),
});
export type ConflictRow = z.infer<typeof ConflictRow>;

/** One row per finding: an input that was rejected, repaired or flagged, with where it is. */
export const Finding = z.object({
  file: z.string().describe('File the finding is about, relative to the sources folder.'),
  line: z.number().int().positive().nullable().describe('Line in that file (1-based); empty when it concerns the whole file.'),
  column: z.number().int().positive().nullable().describe('Column: the field number in a CSV, the character in a text (1-based).'),
  source_id: z.string().describe('The source concerned, where known.'),
  outcome: z.enum(['rejected', 'repaired', 'flagged']).describe('rejected: left out; repaired: used after a stated correction; flagged: used, but worth a look.'),
  code: z.string().regex(/^[a-z0-9_]+$/).describe('Stable code, e.g. malformed_date, file_missing, enemy_claim.'),
  message: z.string().min(1).describe('What is wrong, quoting the input.'),
  fix: z.string().describe('What to do about it.'),
});
export type Finding = z.infer<typeof Finding>;

/** One row per readable article: its text exactly as decoded from the file. */
export const Document = z.object({
  source_id: z.string(),
  /** Line of the source's row in sources.csv, to point findings about the source itself. */
  registry_line: z.number().int().positive(),
  path: z.string(),
  language: z.string(),
  published_at: IsoDate,
  conflict: z.string(),
  text: z.string(),
});
export type Document = z.infer<typeof Document>;

/** One row per figure found in an article: the words, where they are, and their context. */
export const Mention = z.object({
  source_id: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  conflict: z.string(),
  measure: Measure,
  population: Population,
  side: z.string(),
  period_start: OptionalDate,
  period_end: OptionalDate,
  as_of: IsoDate,
  qualifier: Qualifier,
  /** Stacked vague words ("hundreds, if not thousands"), lower first. */
  parts: z.array(Qualifier).optional(),
  value: z.number().nullable(),
  value_high: z.number().nullable(),
  value_text: z.string().min(1),
  quote: z.string().min(1),
  quote_start: z.number().int().nonnegative(),
  quote_end: z.number().int().positive(),
  claimant: z.string(),
  language: z.string(),
  flags: z.array(z.string()),
});
export type Mention = z.infer<typeof Mention>;

const count = z.number().int().nonnegative();
const nullableCount = count.nullable();

/** out/claims.csv: one row per reported figure. */
export const Claim = z
  .object({
    claim_id: z.string().min(1).describe('Stable id: source id, then line and column of the figure (or line of the table row).'),
    source_id: z.string().min(1).describe('The source in sources.csv the figure comes from.'),
    conflict: z.string().describe('Conflict id from conflicts.csv; empty when the source names none.'),
    measure: Measure.describe('killed; wounded; casualties (killed and wounded together); missing; displaced.'),
    population: Population.describe('Whose toll: total (everyone), military, civilian, children or women (the last two counted apart, each a part of the total).'),
    side: z.string().describe('Party the dead belong to; empty when unstated or all sides.'),
    period_start: OptionalDate.describe('First day (or month) the figure covers; empty when unknown.'),
    period_end: OptionalDate.describe('Last day (or month) the figure covers; empty when it runs to as_of.'),
    as_of: IsoDate.describe('Date the figure describes up to: the date its sentence gives ("as of Oct. 20", "said on Monday", "the toll rose to 59 on Sunday"), else the end of a closed period (not of the day of an event whose toll it is: "the death toll from the Oct. 7 attack stands at 1,200"), else the publication date.'),
    low: count.describe('Lower end of the interval.'),
    best: count.describe('Best single value.'),
    high: count.describe('Upper end of the interval.'),
    qualifier: Qualifier.describe('How the words qualify the number (exact, approx, nearly, more_than, hundreds, ...).'),
    rule: z.string().min(1).describe('Id of the rule in rules.csv that turned the words into low/best/high.'),
    value_text: z.string().describe('The number phrase verbatim, e.g. "gần một nghìn".'),
    quote: z.string().describe('The sentence the figure stands in, verbatim.'),
    quote_start: nullableCount.describe('Character offset of the quote in the source text; empty for table rows.'),
    quote_end: nullableCount.describe('Offset just past the quote: text.slice(quote_start, quote_end) is the quote.'),
    claimant: z.string().describe('Who made the claim; the publisher when the text attributes it to no one.'),
    claimant_party: z.string().describe('Party the claimant belongs to (claimants.csv, by name or alias, or for a claimant named in an article the one row whose name its words hold); for an unregistered claimant named in an article, the one party its name holds (flag claimant_party_inferred); empty for third parties, media and unknown claimants.'),
    claimant_kind: z.string().describe('official, third_party or media (claimants.csv); empty when the claimant is not registered.'),
    publisher: z.string().describe('The outlet that published the source.'),
    url: z.string().describe('Address of the source.'),
    published_at: OptionalDate.describe('Publication date of the source (for a table row, the date it was reported); empty when undated.'),
    language: z.string().describe('BCP 47 language of the source text.'),
    flags: z.string().describe('Semicolon-separated codes, e.g. period_from_context;claimant_is_publisher.'),
    policy: Policy.describe('interval (reasoned low/best/high) or conservative (one ACLED-style figure).'),
  })
  .refine((c) => c.low <= c.best && c.best <= c.high, { message: 'low ≤ best ≤ high must hold' });
export type Claim = z.infer<typeof Claim>;

/** out/estimates.csv: one row per quantity (conflict, measure, population, side, period) and as_of date. */
export const Estimate = z
  .object({
    conflict: z.string().describe('Conflict id.'),
    measure: Measure.describe('As in claims.csv.'),
    population: Population.describe('As in claims.csv.'),
    side: z.string().describe('As in claims.csv.'),
    period_start: OptionalDate.describe('As in claims.csv.'),
    period_end: OptionalDate.describe('As in claims.csv.'),
    as_of: IsoDate.describe('As in claims.csv.'),
    low: count.describe('Lower end of the reconciled interval.'),
    best: count.describe('Reconciled best value.'),
    high: count.describe('Upper end of the reconciled interval.'),
    n_claims: count.describe('How many claims were combined.'),
    claim_ids: z.string().describe('Semicolon-separated claim ids combined here.'),
    agreement: z.enum(['single', 'consistent', 'conflicting']).describe('single claim; consistent (intervals overlap); conflicting (they do not).'),
    method: z.string().describe('How low/best/high were combined (see README, Reconciliation).'),
  })
  .refine((e) => e.low <= e.best && e.best <= e.high, { message: 'low ≤ best ≤ high must hold' });
export type Estimate = z.infer<typeof Estimate>;

const optionalCount = z.number().int().nonnegative().nullable();

/** sources/figures/*.csv (kind `figures`): one row per reported figure, each with its own citation. */
export const FigureRow = z.object({
  reported_on: OptionalDate.describe('Date the figure was reported; empty when the source is undated.'),
  conflict: z.string().min(1).describe('Conflict id from conflicts.csv.'),
  measure: Measure.describe('killed, wounded, casualties, missing or displaced.'),
  population: Population.describe('total, military, civilian, children or women.'),
  side: z.string().describe('Party the dead belong to (parties.csv); empty for all sides.'),
  period_start: OptionalDate.describe('First day or month the figure covers.'),
  period_end: OptionalDate.describe('Last day or month covered; empty for a running total to the report date.'),
  qualifier: Qualifier.describe('exact, approx, nearly, more_than, at_least, fewer_than, at_most, range, or a vague word (hundreds, ...).'),
  value: optionalCount.describe('The number as stated (a range: its lower end); empty for vague words.'),
  value_high: optionalCount.describe('Upper end of a range; empty otherwise.'),
  claimant: z.string().min(1).describe('Who made the claim (claimants.csv).'),
  publisher: z.string().describe('The outlet that carried it.'),
  url: z.string().describe('Address of the citation.'),
  quote: z.string().describe('The words verbatim, where known.'),
  flags: z.string().describe('Semicolon-separated codes: date_inferred, page_undated, same_day_update, relayed, each_side, ...'),
  notes: z.string().describe('Anything else a reader should know.'),
});
export type FigureRow = z.infer<typeof FigureRow>;

/** sources/claimants.csv: one row per claimant; party and kind decide what counts as an enemy claim. */
export const ClaimantRow = z.object({
  claimant: z.string().min(1),
  party: z.string(),
  kind: z.enum(['official', 'third_party', 'media']),
  /** Other names texts give the claimant ("Bộ Quốc phòng Azerbaijan"), separated by ';' in the file. */
  aliases: z.array(z.string().min(2)).default([]),
  notes: z.string().default(''),
});
export type ClaimantRow = z.infer<typeof ClaimantRow>;

/** sources/parties.csv: one row per party to a conflict, with the names texts use for it. */
export const PartyRow = z.object({
  party: slug,
  conflict: z.string(),
  aliases: z.array(z.string().min(2)),
});
export type PartyRow = z.infer<typeof PartyRow>;

/** out/series.csv: one row per figure in a running total, i.e. per quantity, series (whose tally) and as_of date. */
export const SeriesStep = z.object({
  conflict: z.string().describe('As in claims.csv.'),
  measure: Measure.describe('As in claims.csv.'),
  population: Population.describe('As in claims.csv.'),
  side: z.string().describe('As in claims.csv.'),
  period_start: IsoDate.describe('Start of the running total.'),
  series: z.string().describe('Whose running total: a party\'s officials (e.g. "armenian officials"), or the claimant.'),
  claimant: z.string().describe('Who stated this figure.'),
  as_of: IsoDate.describe('Date of this figure.'),
  low: count.describe('As in claims.csv.'),
  best: count.describe('As in claims.csv.'),
  high: count.describe('As in claims.csv.'),
  change: z.number().int().nullable().describe('best minus the claimant\'s previous best; empty for the first figure.'),
  claim_id: z.string().describe('The claim this step is.'),
  flags: z.string().describe('series_decrease, same_day_conflict or implausible_jump when a guard fired (README, Series guards).'),
});
export type SeriesStep = z.infer<typeof SeriesStep>;

/** sources/events.csv: one row per dated event worth marking on a timeline (a ceasefire, the end of fighting). */
export const EventRow = z.object({
  conflict: z.string().min(1),
  date: IsoDate,
  label: z.string().min(1),
  kind: z.string().default('').describe("Free text, drawn on the timeline; 'war_start' (the day fighting began) and 'war_end' also date \"since the fighting began\" in articles."),
});
export type EventRow = z.infer<typeof EventRow>;
