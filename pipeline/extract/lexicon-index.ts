// A language's lexicon compiled once into phrase matchers.
import type { LanguageModule } from '../languages/module.ts';
import type { Measure, Population, Qualifier } from '../schemas.ts';
import { PhraseSet } from './phrases.ts';
import { escapeRegExp } from './phrase-scanner.ts';

export interface LexiconIndex {
  qualifiers: PhraseSet<Qualifier>;
  qualifierSuffixes: PhraseSet<Qualifier>;
  estimates: PhraseSet<true>;
  vague: PhraseSet<Qualifier>;
  vagueJoiners: PhraseSet<true>;
  rangeJoiners: PhraseSet<true>;
  neighbourRanges: boolean;
  /** The numeral grammar's multipliers ('dozen', 'chục'), for a range's shared unit. */
  multipliers: PhraseSet<number>;
  boundJoiners: PhraseSet<true>;
  ratioJoiners: PhraseSet<true>;
  ratioOpeners: PhraseSet<true>;
  ratioParts: PhraseSet<true>;
  rangeOpeners: PhraseSet<true>;
  victims: PhraseSet<Population>;
  nounPronouns: PhraseSet<true>;
  measures: PhraseSet<Measure>;
  tolls: PhraseSet<Measure>;
  peopleTolls: PhraseSet<Measure>;
  tollLinks: PhraseSet<true>;
  tollHeads: PhraseSet<true>;
  runningTotals: PhraseSet<true>;
  tollRaisers: PhraseSet<true>;
  raisedTo: PhraseSet<true>;
  causatives: PhraseSet<true>;
  causedMeasures: PhraseSet<Measure>;
  describingMeasures: PhraseSet<Measure>;
  /** Measures and `measuresBefore` together: what may name a measure right before a number. */
  measuresBefore: PhraseSet<Measure>;
  oneMeasures: PhraseSet<Measure>;
  objectMeasures: PhraseSet<Measure>;
  lifeMeasures: PhraseSet<Measure>;
  lives: PhraseSet<true>;
  /** partsOf ('part') and notFiguresAfter ('never') in one set: both are looked up right before every figure. */
  wholes: PhraseSet<'part' | 'never'>;
  partLinks: PhraseSet<true>;
  partsOfFigures: PhraseSet<true>;
  /**
   * Measures, tolls, people's tolls, caused, describing, before-only, one-victim and object measures and the words for
   * lives (which a verb of `lifeMeasures` needs, and are rarer than the verbs) together: a sentence without one of these
   * holds no casualty figure.
   */
  cues: PhraseSet<true>;
  fillers: PhraseSet<true>;
  conjunctions: PhraseSet<true>;
  clauseJoiners: PhraseSet<true>;
  inclusions: PhraseSet<true>;
  inclusionsAfter: PhraseSet<true>;
  eachSide: PhraseSet<true>;
  eachSideBeforeVerb: PhraseSet<true>;
  sidesAsSubject: PhraseSet<'each' | 'both'>;
  ownDeaths: PhraseSet<true>;
  jointly: PhraseSet<true>;
  bothSides: PhraseSet<true>;
  respectively: PhraseSet<true>;
  denials: PhraseSet<true>;
  deedClaims: PhraseSet<true>;
  rates: PhraseSet<'rate' | 'not'>;
  /** A denial and what opens the clause it denies: "denied that", "bác bỏ thông tin". */
  deniedClauses: PhraseSet<true>;
  ownSide: PhraseSet<true>;
  enemySide: PhraseSet<true>;
  ownLoss: PhraseSet<true>;
  ownKills: PhraseSet<true>;
  admissions: PhraseSet<true>;
  lossVerbs: PhraseSet<true>;
  lossCauses: PhraseSet<true>;
  lossHarms: PhraseSet<true>;
  ordinalMarkers: PhraseSet<true>;
  /** differenceBefore and formerBefore: both make a number a difference, the second its former value. */
  differenceBefore: PhraseSet<'change' | 'former'>;
  formerBetween: PhraseSet<true>;
  differenceAfter: PhraseSet<true>;
  othersAfter: PhraseSet<true>;
  openingSides: PhraseSet<true>;
  differenceAfterNoun: PhraseSet<true>;
  othersBefore: PhraseSet<true>;
  adjunctOpeners: PhraseSet<true>;
  appositionOpeners: PhraseSet<true>;
  unharmed: PhraseSet<true>;
  forecasts: PhraseSet<true>;
  afterwards: PhraseSet<true>;
  /** The language's singulars and words of one more as whole words, for a quick scan of a sentence; null when it has none. */
  singularWords: RegExp | null;
  /** Words of one more, lower case. */
  oneMore: ReadonlySet<string>;
  projections: PhraseSet<true>;
  tollPartsBefore: PhraseSet<true>;
  tollPartLinks: PhraseSet<true>;
  partsOfTolls: PhraseSet<Measure>;
  tollSideOpeners: PhraseSet<true>;
  sideNouns: PhraseSet<true>;
  otherSide: PhraseSet<true>;
  pluralEndings: readonly string[];
  opponents: PhraseSet<true>;
  comparisons: PhraseSet<true>;
  changeBy: PhraseSet<true>;
  changeVerbs: PhraseSet<true>;
  idioms: PhraseSet<true>;
  units: PhraseSet<true>;
  durations: PhraseSet<number>;
  periodFrom: PhraseSet<true>;
  periodTo: PhraseSet<true>;
  periodToDate: PhraseSet<true>;
  periodFillers: PhraseSet<true>;
  asOf: PhraseSet<true>;
  eventDateOpeners: PhraseSet<true>;
  eventNouns: PhraseSet<true>;
  periodFromClause: PhraseSet<true>;
  outbreaks: PhraseSet<true>;
  onsetVerbs: PhraseSet<true>;
  endVerbs: PhraseSet<true>;
  /** Superlatives, and the qualifiers that hold one ('ít nhất'), which then are no superlative. */
  superlatives: PhraseSet<'superlative' | 'qualifier'>;
  attributionBefore: PhraseSet<true>;
  /** The verbs of saying, with the verbs of changing a toll (`tollRevisions`) and the participles of saying. */
  attributionAfter: PhraseSet<true>;
  tollRevisions: PhraseSet<true>;
  sayingParticiples: PhraseSet<true>;
  publicationVerbs: PhraseSet<true>;
  figureReferences: PhraseSet<true>;
  sourceNouns: PhraseSet<true>;
  sourcePrepositions: PhraseSet<true>;
  statementNouns: PhraseSet<true>;
  settingVerbs: PhraseSet<true>;
  citingOpeners: PhraseSet<true>;
  anonymousWords: PhraseSet<true>;
  noOne: PhraseSet<true>;
  institutionNouns: PhraseSet<true>;
  clauseOpeners: PhraseSet<true>;
  predicateOpeners: PhraseSet<true>;
  nameAdjectives: PhraseSet<true>;
  negations: PhraseSet<true>;
  determiners: PhraseSet<true>;
  objectDeterminers: PhraseSet<true>;
  companions: PhraseSet<true>;
  passiveAuxiliaries: PhraseSet<true>;
  relativePronouns: PhraseSet<true>;
  nameDescriptions: PhraseSet<true>;
  copulas: PhraseSet<true>;
  shareVerbs: PhraseSet<true>;
  agentMarkers: PhraseSet<true>;
  claimOwnerMarkers: PhraseSet<true>;
  deniedClauseOpeners: PhraseSet<true>;
}

const cache = new WeakMap<LanguageModule, LexiconIndex>();

export function indexLexicon(lang: LanguageModule): LexiconIndex {
  const hit = cache.get(lang);
  if (hit) return hit;
  const l = lang.lexicon;
  const index: LexiconIndex = {
    qualifiers: PhraseSet.grouped(l.qualifiers),
    qualifierSuffixes: PhraseSet.grouped(l.qualifierSuffixes),
    estimates: PhraseSet.of(l.estimates),
    vague: PhraseSet.grouped(l.vague),
    vagueJoiners: PhraseSet.of(l.vagueJoiners),
    rangeJoiners: PhraseSet.of(l.rangeJoiners),
    neighbourRanges: l.neighbourRanges,
    multipliers: PhraseSet.mapped(lang.numerals.multipliers),
    boundJoiners: PhraseSet.of(l.boundJoiners),
    ratioJoiners: PhraseSet.of(l.ratioJoiners),
    ratioOpeners: PhraseSet.of(l.ratioOpeners),
    ratioParts: PhraseSet.of(l.ratioParts),
    rangeOpeners: PhraseSet.of(l.rangeOpeners),
    victims: PhraseSet.mapped(l.victims),
    nounPronouns: PhraseSet.of(l.nounPronouns),
    measures: PhraseSet.mapped(l.measures),
    tolls: PhraseSet.mapped(l.tolls),
    peopleTolls: PhraseSet.mapped(l.peopleTolls),
    tollLinks: PhraseSet.of(l.tollLinks),
    tollHeads: PhraseSet.of(l.tollHeads),
    runningTotals: PhraseSet.of(l.runningTotals),
    tollRaisers: PhraseSet.of(l.tollRaisers),
    raisedTo: PhraseSet.of(l.raisedTo),
    causatives: PhraseSet.of(l.causatives),
    causedMeasures: PhraseSet.mapped(l.causedMeasures),
    describingMeasures: PhraseSet.mapped(l.describingMeasures),
    measuresBefore: PhraseSet.mapped({ ...l.measures, ...l.measuresBefore }),
    oneMeasures: PhraseSet.mapped(l.oneMeasures),
    objectMeasures: PhraseSet.mapped(l.objectMeasures),
    lifeMeasures: PhraseSet.mapped(l.lifeMeasures),
    lives: PhraseSet.of(l.lives),
    wholes: PhraseSet.grouped({ part: l.partsOf, never: l.notFiguresAfter }),
    partLinks: PhraseSet.of(l.partLinks),
    partsOfFigures: PhraseSet.of(l.partsOfFigures),
    cues: PhraseSet.of([...Object.keys(l.measures), ...Object.keys(l.tolls), ...Object.keys(l.peopleTolls), ...Object.keys(l.causedMeasures), ...Object.keys(l.describingMeasures), ...Object.keys(l.measuresBefore), ...Object.keys(l.oneMeasures), ...Object.keys(l.objectMeasures), ...l.lives]),
    fillers: PhraseSet.of(l.fillers),
    conjunctions: PhraseSet.of(l.conjunctions),
    clauseJoiners: PhraseSet.of(l.clauseJoiners),
    inclusions: PhraseSet.of(l.inclusions),
    inclusionsAfter: PhraseSet.of(l.inclusionsAfter),
    eachSide: PhraseSet.of(l.eachSide),
    eachSideBeforeVerb: PhraseSet.of(l.eachSideBeforeVerb),
    sidesAsSubject: PhraseSet.mapped(l.sidesAsSubject),
    ownDeaths: PhraseSet.of(l.ownDeaths),
    jointly: PhraseSet.of(l.jointly),
    bothSides: PhraseSet.of(l.bothSides),
    respectively: PhraseSet.of(l.respectively),
    denials: PhraseSet.of(l.denials),
    deedClaims: PhraseSet.of(l.deedClaims),
    rates: PhraseSet.grouped({ rate: l.rates, not: l.notRates }),
    deniedClauses: PhraseSet.of(l.denials.flatMap((verb) => l.deniedClauseOpeners.map((opener) => `${verb} ${opener}`))),
    ownSide: PhraseSet.of(l.ownSide),
    enemySide: PhraseSet.of(l.enemySide),
    ownLoss: PhraseSet.of(l.ownLoss),
    ownKills: PhraseSet.of(l.ownKills),
    admissions: PhraseSet.of(l.admissions),
    lossVerbs: PhraseSet.of(l.lossVerbs),
    lossCauses: PhraseSet.of(l.lossCauses),
    lossHarms: PhraseSet.of(l.lossHarms),
    ordinalMarkers: PhraseSet.of(l.ordinalMarkers),
    differenceBefore: PhraseSet.grouped({ change: l.differenceBefore, former: l.formerBefore }),
    formerBetween: PhraseSet.of(l.formerBetween),
    differenceAfter: PhraseSet.of(l.differenceAfter),
    othersAfter: PhraseSet.of(l.othersAfter),
    openingSides: PhraseSet.of(l.openingSides),
    differenceAfterNoun: PhraseSet.of(l.differenceAfterNoun),
    othersBefore: PhraseSet.of(l.othersBefore),
    adjunctOpeners: PhraseSet.of(l.adjunctOpeners),
    appositionOpeners: PhraseSet.of(l.appositionOpeners),
    unharmed: PhraseSet.of(l.unharmed),
    forecasts: PhraseSet.of(l.forecasts),
    afterwards: PhraseSet.of(l.afterwards),
    singularWords: l.singulars.length + l.oneMore.length ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${[...l.singulars, ...l.oneMore].map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu') : null,
    oneMore: new Set(l.oneMore.map((w) => w.toLowerCase())),
    projections: PhraseSet.of(l.projections),
    tollPartsBefore: PhraseSet.of(l.tollPartsBefore),
    tollPartLinks: PhraseSet.of(l.tollPartLinks),
    partsOfTolls: PhraseSet.mapped(l.partsOfTolls),
    tollSideOpeners: PhraseSet.of(l.tollSideOpeners),
    sideNouns: PhraseSet.of(l.sideNouns),
    otherSide: PhraseSet.of(l.otherSide),
    pluralEndings: l.pluralEndings,
    opponents: PhraseSet.of(l.opponents),
    comparisons: PhraseSet.of(l.comparisons),
    changeBy: PhraseSet.of(l.changeBy),
    changeVerbs: PhraseSet.of(l.changeVerbs),
    idioms: PhraseSet.of(l.idioms),
    units: PhraseSet.of(l.units),
    durations: PhraseSet.mapped(l.durations),
    periodFrom: PhraseSet.of(l.periodFrom),
    periodTo: PhraseSet.of(l.periodTo),
    periodToDate: PhraseSet.of(l.periodToDate),
    periodFillers: PhraseSet.of(l.periodFillers),
    asOf: PhraseSet.of(l.asOf),
    eventDateOpeners: PhraseSet.of(l.eventDateOpeners),
    eventNouns: PhraseSet.of(l.eventNouns),
    periodFromClause: PhraseSet.of(l.periodFromClause),
    outbreaks: PhraseSet.of(l.outbreaks),
    onsetVerbs: PhraseSet.of(l.onsetVerbs),
    endVerbs: PhraseSet.of(l.endVerbs),
    superlatives: PhraseSet.grouped({ superlative: l.superlatives, qualifier: Object.values(l.qualifiers).flat() }),
    attributionBefore: PhraseSet.of(l.attributionBefore),
    attributionAfter: PhraseSet.of([...l.attributionAfter, ...l.tollRevisions, ...l.sayingParticiples]),
    tollRevisions: PhraseSet.of(l.tollRevisions),
    sayingParticiples: PhraseSet.of(l.sayingParticiples),
    publicationVerbs: PhraseSet.of(l.publicationVerbs),
    figureReferences: PhraseSet.of(l.figureReferences),
    sourceNouns: PhraseSet.of(l.sourceNouns),
    sourcePrepositions: PhraseSet.of(l.sourcePrepositions),
    statementNouns: PhraseSet.of(l.statementNouns),
    settingVerbs: PhraseSet.of(l.settingVerbs),
    citingOpeners: PhraseSet.of(l.citingOpeners),
    anonymousWords: PhraseSet.of(l.anonymousWords),
    noOne: PhraseSet.of(l.noOne),
    institutionNouns: PhraseSet.of(l.institutionNouns),
    clauseOpeners: PhraseSet.of(l.clauseOpeners),
    predicateOpeners: PhraseSet.of(l.predicateOpeners),
    nameAdjectives: PhraseSet.of(l.nameAdjectives),
    negations: PhraseSet.of(l.negations),
    determiners: PhraseSet.of(l.determiners),
    objectDeterminers: PhraseSet.of(l.objectDeterminers),
    companions: PhraseSet.of(l.companions),
    passiveAuxiliaries: PhraseSet.of(l.passiveAuxiliaries),
    relativePronouns: PhraseSet.of(l.relativePronouns),
    nameDescriptions: PhraseSet.of(l.nameDescriptions),
    copulas: PhraseSet.of(l.copulas),
    shareVerbs: PhraseSet.of(l.shareVerbs),
    agentMarkers: PhraseSet.of(l.agentMarkers),
    claimOwnerMarkers: PhraseSet.of(l.claimOwnerMarkers),
    deniedClauseOpeners: PhraseSet.of(l.deniedClauseOpeners),
  };
  cache.set(lang, index);
  return index;
}
