// English: the lexicon of casualty reporting, with the numeral and date grammars.
import type { LanguageModule } from '../module.ts';
import { enDates } from './dates.ts';
import { enNumerals } from './numerals.ts';

// Qualifiers that are verbs ("The death toll has passed 4,000"; headlines: "Death toll tops 1,000"): past a number is
// more than it. Opening a number phrase, they also hand a toll its number ("The death toll in Gaza surpassed 30,000").
// Verbs that raise a running total or a toll to the number after it.
const RAISING = ['bringing', 'raising', 'taking', 'pushing', 'brings', 'raises', 'takes', 'pushes', 'brought', 'raised', 'took', 'pushed'];
const TIME_UNITS = ['day', 'week', 'month', 'hour', 'year'];
const PASSED = ['passed', 'topped', 'exceeded', 'surpassed', 'crossed'];
// The plural's verb too, as headlines write it: "Deaths pass 5,000".
const PASSES = ['passes', 'tops', 'exceeds', 'surpasses', 'crosses', 'pass', 'cross'];
const NEARING = ['approaching', 'nearing', 'nears', 'near', 'approach'];
// Verbs of a rise: a toll's link ("The death toll rose above 300", "Death toll surges past 500") and, before a number
// joined to the next, its change ("rose 40 to 300").
const RISING = ['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'jumps', 'soared', 'soars', 'surged', 'surges', 'mounted', 'mounts',
  'increased', 'increases', 'grew', 'grown', 'grows', 'went', 'goes',
  // "Civilian deaths rise above 45", "Deaths surge past 5,000": a plural toll's verb.
  'rise', 'climb', 'jump', 'soar', 'surge', 'mount', 'increase', 'grow'];
// "could rise to", "will be", "is expected to exceed": a forecast. "could be as high as" is an estimate, and read.
const PROJECTIONS = ['could', 'may', 'might', 'is likely to', 'are likely to', 'likely to']
  .flatMap((modal) => ['rise', 'reach', 'climb', 'top', 'exceed', 'surpass', 'pass', 'increase', 'grow', 'double', 'go up', 'hit'].map((verb) => `${modal} ${verb}`))
  .concat(['will', 'would', 'is expected to', 'are expected to', 'expected to', 'is set to', 'are set to', 'set to', 'is feared to',
    'threatens to', 'threaten to', 'is projected to', 'projected to', 'is forecast to', 'forecast to']);
// "The dead included 4 children", "The death toll, including 12 soldiers, …": a toll hands its number over these, and the
// number is a part of it.
const INCLUDES = ['included', 'include', 'includes', 'including', 'comprised', 'comprise', 'comprises', 'comprising'];
// "Casualties are in the thousands", "The death toll ran into the hundreds", "killed by the dozens", "fled in their
// thousands": the order of magnitude, as 'thousands' is.
// "in the low thousands": within the vague word's own interval, whose best is at its low end.
const IN_THE = (amount: string) => ['in the', 'into the', 'into', 'by the', 'in their'].map((lead) => `${lead} ${amount}`);
// What a source counted, whose name it ends: "Health ministry figures show …", "A Reuters count showed …".
const COUNTS = ['figures', 'data', 'statistics', 'records', 'count', 'tally', 'numbers'];
// The nouns of what a source puts out that also end its name after a preposition ("according to a UN report").
const SOURCE_NOUNS = ['report', 'reports', 'estimate', 'estimates', 'claim', 'claims', ...COUNTS];
// "Aliyev said his country had lost …": the speaker's country, whose losses are the speaker's own.
const SPEAKERS_COUNTRY = ['his country', 'her country', 'their country', 'our country', 'the country'];
// "citing the health ministry", "Quoting officials, the agency said …": words of citing, before whom they cite.
const CITING = ['citing', 'quoting'];
// Verbs of putting out a count, which end the name of who put it out: "The ministry issued a statement saying …".
const PUTTING_OUT = ['released', 'published', 'issued', 'posted', 'put out'];
// Verbs of loss whose subject is the side that lost the victims.
const LOSS_VERBS = ['lost', 'has lost', 'have lost', 'had lost', 'losing', 'suffered', 'has suffered', 'have suffered', 'had suffered'];

// The fighting under way, and how its start is told: "since the fighting began", "since the start of the war".
const HOSTILITIES = ['the fighting', 'fighting', 'the war', 'the conflict', 'the clashes', 'clashes', 'hostilities', 'the hostilities', 'the latest fighting', 'the current fighting'];
const OUTBREAKS = [
  ...['since', 'ever since'].flatMap((since) => HOSTILITIES.flatMap((h) => ['began', 'erupted', 'broke out', 'started', 'flared up', 'resumed', 'reignited'].map((verb) => `${since} ${h} ${verb}`))),
  ...['the start of', 'the beginning of', 'the outbreak of', 'the onset of'].flatMap((start) => HOSTILITIES.map((h) => `since ${start} ${h}`)),
];

export const en: LanguageModule = {
  code: 'en',
  name: 'English',
  numerals: enNumerals,
  dates: enDates,
  lexicon: {
    qualifiers: {
      // "lost a total of 3,825 soldiers": words that leave the figure as it is, part of its phrase so a cue before reaches it.
      exact: ['a total of', 'a combined', 'a combined total of', 'a reported', 'a confirmed', 'a family of'],
      approx: ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'estimated at', 'circa', 'in the region of',
        'closer to', 'nearer to', 'approx.', 'est.', 'c.', 'ca.', '~', '≈',
        // "Perhaps 2,000 people have been killed": a guess said of the number is an estimate of it.
        'perhaps', 'maybe', 'possibly'],
      // "a little under 3,000", "slightly more than 2,000": a word of degree is part of the bound's phrase.
      nearly: ['nearly', 'almost', ...NEARING, 'close to', 'close on', 'just under', 'just shy of', 'fast approaching', 'just below',
        ...['slightly', 'a little', 'a bit'].flatMap((degree) => ['under', 'below', 'less than', 'fewer than'].map((bound) => `${degree} ${bound}`))],
      more_than: ['more than', 'over', 'upwards of', 'upward of', 'north of', 'in excess of', 'just over', 'well over', 'well above', 'above', 'exceeding',
        'higher than', 'greater than', 'much higher than', 'far higher than', 'just more than', 'just above', 'far more than', 'many more than',
        'much more than', 'well in excess of', 'far in excess of',
        ...['slightly', 'a little', 'a bit'].flatMap((degree) => ['over', 'above', 'more than'].map((bound) => `${degree} ${bound}`)),
        ...PASSED, 'past', ...PASSES, 'exceed', 'surpass'],
      at_least: ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of'],
      fewer_than: ['fewer than', 'less than', 'below', 'under', 'not quite', 'well under', 'well below', 'far fewer than', 'far less than',
        'much less than', 'far below'],
      at_most: ['up to', 'as many as', 'as high as', 'at most', 'no more than', 'a maximum of', 'not more than'],
    },
    qualifierSuffixes: {
      // "5,000-plus", "5,000+": bare 'plus' joins two figures ("12 soldiers plus 3 civilians").
      at_least: ['or more', 'or over', '-plus', '+'],
      // "100-odd soldiers": a hundred and some.
      more_than: ['-odd', 'odd'],
      approx: ['or so'],
    },
    estimates: ['estimated', 'estimate', 'estimates', 'estimating'],
    vague: {
      a_few: ['a few', 'a handful of', 'a couple of'],
      several: ['several'],
      tens: ['tens'],
      dozens: ['dozens', 'dozens and dozens', ...IN_THE('dozens')],
      scores: ['scores'],
      few_tens: ['a few dozen', 'several dozen', 'a couple of dozen', 'a couple dozen'],
      hundreds: ['hundreds', 'many hundreds', ...IN_THE('hundreds'), ...IN_THE('low hundreds')],
      few_hundreds: ['a few hundred', 'several hundred', 'a couple of hundred', 'a couple hundred'],
      thousands: ['thousands', 'many thousands', ...IN_THE('thousands'), ...IN_THE('low thousands')],
      few_thousands: ['a few thousand', 'several thousand', 'a couple of thousand', 'a couple thousand'],
      tens_of_thousands: ['tens of thousands', 'many tens of thousands', 'dozens of thousands', ...IN_THE('tens of thousands'), ...IN_THE('low tens of thousands')],
      few_tens_of_thousands: ['a few tens of thousands', 'several tens of thousands'],
      hundreds_of_thousands: ['hundreds of thousands', 'many hundreds of thousands', ...IN_THE('hundreds of thousands')],
      few_hundreds_of_thousands: ['a few hundred thousand', 'several hundred thousand', 'a couple of hundred thousand', 'a couple hundred thousand'],
      millions: ['millions', 'many millions'],
      few_millions: ['a few million', 'several million', 'a couple of million', 'a couple million'],
      tens_of_millions: ['tens of millions', ...IN_THE('tens of millions')],
    },
    vagueJoiners: ['if not', ', if not', 'or even', ', or even', 'possibly', ', possibly', 'perhaps', ', perhaps', 'to', 'or',
      'and possibly', ', and possibly', 'and perhaps', ', and perhaps', 'maybe', ', maybe', 'and maybe', ', and maybe',
      'or perhaps', ', or perhaps', 'or possibly', ', or possibly', 'or maybe', ', or maybe'],
    ratioJoiners: ['in', 'in every', 'out of', 'out of every'],
    ratioOpeners: ['for every', 'out of every'],
    ratioParts: [','],
    rangeJoiners: ['-', '–', '—', 'to', 'or'],
    neighbourRanges: false,
    boundJoiners: ['and', ', and', 'and possibly', ', and possibly', 'possibly', ', possibly', 'and perhaps', ', and perhaps', 'perhaps', ', perhaps',
      'and maybe', ', and maybe', 'but possibly', ', but possibly', 'or possibly', ', or possibly', 'or even', ', or even', 'and potentially', ', and potentially'],
    rangeOpeners: ['between', 'from', 'anywhere between', 'anywhere from', 'somewhere between'],
    nounPronouns: ['ones'],
    victims: {
      people: 'total', persons: 'total', person: 'total', individuals: 'total', others: 'total', victims: 'total', lives: 'total',
      'family members': 'total', 'members of the same family': 'total', 'members of one family': 'total', 'members of a family': 'total', 'members of the family': 'total',
      'members of his family': 'total', 'members of her family': 'total', 'members of their family': 'total', relatives: 'total', colleagues: 'total',
      sons: 'total', daughters: 'total', brothers: 'total', sisters: 'total', adults: 'total', adult: 'total',
      children: 'children', child: 'children', minors: 'children', infants: 'children', babies: 'children',
      civilians: 'civilian', civilian: 'civilian', 'non-combatants': 'civilian', noncombatants: 'civilian', residents: 'civilian', villagers: 'civilian',
      soldier: 'military', soldiers: 'military', troops: 'military', troop: 'military', serviceman: 'military', fighter: 'military', servicemen: 'military', servicemembers: 'military', 'service members': 'military',
      'military personnel': 'military', military: 'military', forces: 'military', 'armed forces': 'military', 'government forces': 'military', fighters: 'military', combatants: 'military', militants: 'military',
      'army personnel': 'military', conscripts: 'military', pilots: 'military', sailors: 'military', marines: 'military', paratroopers: 'military',
      reservists: 'military', 'crew members': 'military', peacekeepers: 'military', 'border guards': 'military', militiamen: 'military', 'militia members': 'military', 'militia fighters': 'military', mercenaries: 'military', 'rebel fighters': 'military', rebels: 'military', insurgents: 'military', jihadists: 'military', gunmen: 'military',
      // Those who attacked, as a government or a police force names them: fighters by what they did.
      attackers: 'military', assailants: 'military', terrorists: 'military', separatists: 'military', suspects: 'total',
      // People named by their work or by who they are: civilians where their role makes them so (journalists, aid
      // workers), a total where it does not (police, men, volunteers). Women, as children, are counted apart.
      journalist: 'civilian', journalists: 'civilian', reporter: 'civilian', reporters: 'civilian', 'aid worker': 'civilian', 'aid workers': 'civilian',
      'humanitarian workers': 'civilian', 'health workers': 'civilian', 'medical workers': 'civilian', doctors: 'civilian', nurses: 'civilian',
      'rescue workers': 'civilian', rescuers: 'civilian', 'emergency workers': 'civilian', paramedics: 'civilian', workers: 'civilian', firefighters: 'civilian', teachers: 'civilian', students: 'civilian', farmers: 'civilian', shepherds: 'civilian',
      worshippers: 'civilian', mourners: 'civilian', bystanders: 'civilian', 'passers-by': 'civilian', pedestrians: 'civilian', passengers: 'civilian',
      protesters: 'civilian', protestors: 'civilian', demonstrators: 'civilian', migrants: 'civilian',
      schoolchildren: 'children', pupils: 'children', boys: 'children', girls: 'children',
      women: 'women', 'elderly women': 'women', mothers: 'women', men: 'total',
      // Counted together, a group neither apart nor civilian by name.
      'women and children': 'total', 'children and women': 'total', police: 'total', 'police officers': 'total', policemen: 'total', medics: 'total', volunteers: 'total', prisoners: 'total', hostages: 'total', members: 'total', crew: 'total',
      // One person, as "a 47-year-old man", "a civilian" count them (see singulars).
      man: 'total', woman: 'women', teenager: 'total', pensioner: 'total', policeman: 'total', 'police officer': 'total', volunteer: 'total',
      medic: 'total', driver: 'total', peacekeeper: 'military', 'border guard': 'military', militiaman: 'military', paramedic: 'civilian', rescuer: 'civilian', worker: 'civilian', mother: 'women', father: 'total', boy: 'children', girl: 'children', baby: 'children', infant: 'children', toddler: 'children',
      resident: 'civilian', villager: 'civilian', farmer: 'civilian', teacher: 'civilian', student: 'civilian', doctor: 'civilian',
      nurse: 'civilian', passenger: 'civilian', militant: 'military', rebel: 'military', conscript: 'military',
      gunman: 'military', attacker: 'military', assailant: 'military', suspect: 'total',
    },
    measures: {
      killed: 'killed', dead: 'killed', died: 'killed', die: 'killed', dies: 'killed', deaths: 'killed', claimed: 'killed', 'claimed the lives of': 'killed', claiming: 'killed', 'claiming the lives of': 'killed', lost: 'killed', losing: 'killed', bodies: 'killed', fatalities: 'killed', 'lost their lives': 'killed', 'losing their lives': 'killed',
      'have lost their lives': 'killed', killing: 'killed', perished: 'killed', slain: 'killed', 'confirmed dead': 'killed', 'found dead': 'killed', 'killed in action': 'killed', eliminated: 'killed', liquidated: 'killed',
      // "succumbed to their injuries": died of them, the first cue the walk from the number meets.
      succumbed: 'killed',
      // How they were killed: "Three protesters were shot dead", "40 migrants drowned", "12 civilians were massacred".
      ...Object.fromEntries(['shot', 'beaten', 'stabbed', 'burned', 'burnt', 'hacked', 'crushed', 'froze', 'frozen', 'starved', 'bludgeoned']
        .map((how) => [`${how} to death`, 'killed' as const])),
      'shot dead': 'killed', drowned: 'killed', drown: 'killed', drowning: 'killed', executed: 'killed', executing: 'killed', murdered: 'killed',
      murdering: 'killed', massacred: 'killed', massacring: 'killed', slaughtered: 'killed', assassinated: 'killed', 'summarily executed': 'killed',
      // "2,906 servicemen were martyred", "a list of 2,783 martyrs": how a side names its own dead.
      martyred: 'killed', martyrs: 'killed',
      ...Object.fromEntries(['battle', 'combat', 'action', 'the line of duty'].map((where) => [`fell in ${where}`, 'killed' as const])),
      // "fatally wounded", "mortally wounded": wounds they died of.
      ...Object.fromEntries(['fatally', 'mortally'].flatMap((how) => ['wounded', 'injured', 'wounding', 'injuring', 'shot'].map((hurt) => [`${how} ${hurt}`, 'killed' as const]))),
      wounded: 'wounded', injured: 'wounded', hurt: 'wounded', wounding: 'wounded', injuring: 'wounded', injuries: 'wounded',
      // Taken to hospital is wounded only with the wounds said: "40 people were hospitalised" may be of the sick.
      ...Object.fromEntries(['hospital', 'hospitals', 'hospitalised', 'hospitalized', 'treated'].flatMap((taken) =>
        ['injuries', 'wounds'].map((hurt) => [`${taken} ${taken === 'treated' ? 'for' : 'with'} ${hurt}`, 'wounded' as const]))),
      casualties: 'casualties', 'killed or wounded': 'casualties', 'killed and wounded': 'casualties', 'killed or injured': 'casualties',
      'killed and injured': 'casualties', 'dead or wounded': 'casualties', 'dead and wounded': 'casualties', 'dead or injured': 'casualties',
      'dead and injured': 'casualties', 'killing or wounding': 'casualties', 'killing and wounding': 'casualties',
      'put out of action': 'casualties', neutralised: 'casualties', neutralized: 'casualties',
      missing: 'missing', 'unaccounted for': 'missing', 'gone missing': 'missing', 'went missing': 'missing',
      'missing in action': 'missing', 'went missing in action': 'missing', 'wounded in action': 'wounded',
      // Dead or missing, as vi 'thiệt mạng hoặc mất tích': a toll of both harms.
      ...Object.fromEntries(['killed', 'dead'].flatMap((dead) => ['or missing', 'and missing', 'or went missing', 'or gone missing']
        .map((or) => [`${dead} ${or}`, 'casualties' as const]))),
      displaced: 'displaced', fled: 'displaced', 'forced to flee': 'displaced', 'forced from their homes': 'displaced',
      // "6 million Ukrainians have left the country": 'left' alone is as often a base or a meeting left, or a causative.
      ...Object.fromEntries(['the country', 'their homes', 'their country', 'their homeland', 'the region'].map((where) => [`left ${where}`, 'displaced' as const])),
      'forced to leave their homes': 'displaced', 'forced out of their homes': 'displaced', 'driven from their homes': 'displaced',
      evacuated: 'displaced', uprooted: 'displaced', 'to flee': 'displaced', 'sought refuge': 'displaced', 'left homeless': 'displaced', 'made homeless': 'displaced', refugees: 'displaced',
    },
    // Losses of people are casualties ('military losses' above); 'losses' alone may be a company's.
    peopleTolls: { losses: 'casualties' },
    tolls: {
      'death toll': 'killed', toll: 'killed', 'number of dead': 'killed', 'bodies of': 'killed', 'remains of': 'killed', 'number of deaths': 'killed', 'number of people killed': 'killed',
      'number of those killed': 'killed', 'the lives of': 'killed', 'civilian death toll': 'killed', 'military death toll': 'killed', 'deaths of': 'killed',
      'displacement of': 'displaced', 'the injuring of': 'wounded', 'the wounding of': 'wounded',
      'casualty toll': 'casualties', 'casualty figure': 'casualties', 'number of casualties': 'casualties',
      'casualty figures': 'casualties', 'casualty estimate': 'casualties', 'casualty estimates': 'casualties', 'casualty count': 'casualties', 'death count': 'killed', 'body count': 'killed',
      'number of wounded': 'wounded', 'number of injured': 'wounded', 'number of missing': 'missing',
      'number of displaced': 'displaced', 'number of people displaced': 'displaced', 'number of people wounded': 'wounded',
      'number of people injured': 'wounded', 'number of people missing': 'missing', 'number of refugees': 'displaced',
      casualties: 'casualties', deaths: 'killed', fatalities: 'killed', 'fatality count': 'killed', 'the loss of': 'killed', 'the dead': 'killed', 'the wounded': 'wounded', 'the injured': 'wounded',
      'those killed': 'killed', 'those who died': 'killed', 'those who were killed': 'killed', 'those wounded': 'wounded', 'those injured': 'wounded',
      'the people killed': 'killed', 'the people who died': 'killed', 'the people who were killed': 'killed', 'the people wounded': 'wounded',
      'the people injured': 'wounded',
      // 'losses' alone are also a company's or a market's: only losses of people, killed or wounded, as 'tổn thất' is.
      'military losses': 'casualties', 'troop losses': 'casualties', 'human losses': 'casualties', 'combat losses': 'casualties',
      'personnel losses': 'casualties', 'losses in personnel': 'casualties',
    },
    tollLinks: ['of', 'to', 'at', 'is', 'are', 'was', 'were', 'be', ...INCLUDES, 'has', 'have', 'had', 'now', 'reached', 'hit', ...RISING, 'reaching',
      'hitting', 'numbered', 'numbering', 'numbers', 'number', 'ran', 'runs', 'run', 'running', 'range', 'ranges', 'ranged', 'vary', 'varies', 'varied', 'total', 'totals', 'totalled', 'totaled', 'totalling', 'totaling', 'stands at', 'stood at', 'rose to', 'risen to', 'climbed to', 'jumped to', 'increased to', 'has reached', 'had reached', ':',
      'hits', 'reaches', 'reach', 'rises to', 'climbs to', 'jumps to', 'exceeding', ...PASSED, ...PASSES, ...NEARING,
      // "The death toll is likely over 5,000": a hedge between the link and the number.
      'likely', 'probably', 'possibly', 'perhaps', 'reportedly', 'already',
      // "Estimates of the dead vary widely, from 5,000 to 7,000": the spread, said before the range.
      ...['vary', 'varies', 'varied', 'range', 'ranges', 'ranged'].flatMap((verb) => [`${verb} widely`, `${verb} widely,`])],
    tollHeads: ['number of', 'total number of', 'tally of', 'count of', 'number'],
    runningTotals: RAISING.flatMap((verb) => ['the total', 'its total', 'their total', 'the overall total', 'the total number', 'the tally', 'its tally',
        'their tally', 'the figure', 'its losses', 'their losses'].map((total) => `${verb} ${total}`)),
    raisedTo: RAISING.map((verb) => `${verb} to`),
    tollRaisers: RAISING.flatMap((verb) => ['the', 'its', 'their', 'the overall'].map((det) => `${verb} ${det}`)),
    causatives: ['left', 'leaving', 'leaves', 'has left', 'have left', 'had left', 'forced', 'forcing', 'has forced', 'have forced', 'had forced',
      'drove', 'driven', 'driving', 'has driven', 'have driven', 'had driven', 'sent', 'sending', 'has sent', 'have sent'],
    // "the names of 2,783 fallen soldiers": 'fallen' alone is as often a number's fall ("has fallen from 90,000 to 12,000").
    describingMeasures: { fallen: 'killed' },
    measuresBefore: { kills: 'killed', kill: 'killed', wounds: 'wounded', wound: 'wounded', injures: 'wounded', injure: 'wounded',
      displaces: 'displaced', displace: 'displaced' },
    oneMeasures: { death: 'killed', fatality: 'killed', injury: 'wounded', casualty: 'casualties' },
    objectMeasures: { cost: 'killed', costs: 'killed', costing: 'killed', 'at a cost of': 'killed', 'at the cost of': 'killed' },
    lifeMeasures: Object.fromEntries(['took', 'take', 'takes', 'taking', 'taken', 'claims', 'claim', 'cut short', 'cuts short', 'cutting short', 'ended', 'ending'].map((verb) => [verb, 'killed' as const])),
    lives: ['lives'],
    causedMeasures: { 'from their homes': 'displaced', 'out of their homes': 'displaced', 'from their villages': 'displaced', fleeing: 'displaced', 'into exile': 'displaced' },
    fillers: ['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'have been', 'had been', 'has been', 'were all', 'also',
      'reportedly', 'so far', 'now', 'already', 'all', 'feared', 'believed', 'thought', 'reported', 'confirmed', 'of', ', of',
      'of its', 'of their', 'of them', 'of those', 'of whom', 'may', 'might', 'could', 'to have', 'to have been', 'likely', 'probably', 'presumed', 'in all', 'in total', 'altogether', 'on both sides', 'from both sides', 'on the two sides', 'either', 'who', 'who were', 'who had', 'who have', 'later',
      'still', 'remain', 'remains', 'remained', 'among', 'among the', 'among those', 'other',
      // "187 soldiers still listed as missing": how the victims are entered in a count, no verb of saying of their own.
      ...['listed', 'registered', 'recorded', 'counted', 'classified', 'officially listed', 'officially registered'].map((entered) => `${entered} as`)],
    conjunctions: ['and', ',', 'as well as', 'along with', 'plus'],
    clauseJoiners: ['with', 'while', 'whereas'],
    inclusions: ['including', ', including', 'among them', 'of whom', 'of them', 'among whom', 'includes', 'included', 'include',
      'comprising', ', comprising', 'comprises', 'comprised', 'comprise'],
    inclusionsAfter: ['of them', 'of whom', 'among them'],
    partsOf: ['half', 'quarter', 'quarters', 'third', 'thirds', 'fifth', 'fifths', 'tenth', 'tenths', 'most', 'many', 'some', 'few', 'none',
      'majority', 'minority', 'fraction', 'percent', 'per cent', '%', 'youngest', 'oldest', 'eldest'].flatMap((part) => [`${part} of the`, `${part} of those`, `${part} of its`, `${part} of their`])
      // Fractions before a bare 'of' are never figures (below); these parts before a place's people ("most of Gaza's 2.2 million").
      .concat(['most', 'many', 'some', 'few', 'none', 'majority', 'minority'].map((part) => `${part} of`)),
    // "a population of 150,000": the number counts residents, whatever befell some of them.
    notFiguresAfter: ['half', 'quarter', 'quarters', 'third', 'thirds', 'fifth', 'fifths', 'tenth', 'tenths', 'fraction', 'percent', 'per cent', '%',
      'mother', 'father', 'parent', 'parents', 'grandmother', 'grandfather', 'grandparents', 'ages', 'age', 'population', 'pre-war population'].map((part) => `${part} of`)
      .concat(['aged', 'ages', 'age', 'aged between', 'aged from']),
    partLinks: ['of', 'of the', 'out of', 'out of the', 'of those'],
    partsOfFigures: ['among', 'among the'],
    eachSide: ['from each side', 'on each side', 'on both sides each', 'apiece', 'on either side', 'for each side'],
    denials: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'refuted', 'refutes'],
    deniedClauseOpeners: ['that'],
    deedClaims: ['claimed', 'claims', 'claim', 'has claimed', 'have claimed'].flatMap((verb) => ['responsibility', 'credit', 'victory'].map((deed) => `${verb} ${deed}`)),
    // "Every day, hundreds are killed": before the number a comma may follow.
    rates: [...TIME_UNITS.flatMap((unit) => [`a ${unit}`, `per ${unit}`, `every ${unit}`, `each ${unit}`, `every ${unit},`, `each ${unit},`]),
      'an hour', 'daily', 'weekly', 'monthly', 'every single day'],
    notRates: ['a', 'an'].flatMap((one) => TIME_UNITS.flatMap((unit) => ['after', 'before', 'later', 'earlier', 'ago', 'or two', 'and a half']
      .map((then) => `${one} ${unit} ${then}`))),
    respectively: ['respectively'],
    bothSides: ['on both sides', 'from both sides', 'on the two sides', 'for both sides', 'on both sides combined', 'both sides combined',
      'among both sides', 'across both sides', '(both sides)', '(both sides combined)'],
    enemySide: ['enemy', "enemy's", 'of the enemy', "the enemy's", 'opposing'],
    // "Aliyev said his country's soldiers …": a speaker's country is the speaker's side.
    ownSide: ['its', 'their', 'our', 'of its', 'of their', 'of our', 'its own', 'their own', 'our own', 'of its own', 'of their own', 'of our own',
      ...SPEAKERS_COUNTRY.flatMap((country) => [`${country}'s`, `of ${country}'s`, `of ${country}`])],
    // "Azerbaijan admitted losing 2,783 soldiers", "Aliyev said his country had lost …": a loss whose subject is the speaker's.
    ownLoss: [...['it', 'they', 'we', ...SPEAKERS_COUNTRY].flatMap((who) => LOSS_VERBS.map((verb) => `${who} ${verb}`)),
      ...['admitted', 'admits', 'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'reported', 'reports']
        .flatMap((verb) => [`${verb} losing`, `${verb} the loss of`])],
    // A pronoun is the speaker's only right after its verb of saying: in "A drone hit the base; it killed 12 soldiers" it
    // is the drone.
    ownKills: [
      ...['said', 'says', 'say', 'claimed', 'claims', 'reported', 'announced', 'stated']
        .flatMap((verb) => ['it', 'they', 'we', 'that it', 'that they', 'that we'].map((who) => `${verb} ${who}`)),
      ...SPEAKERS_COUNTRY,
      ...['its', 'their', 'our'].flatMap((whose) => ['forces', 'troops', 'units'].map((force) => `${whose} ${force}`)),
    ].flatMap((who) => ['killed', 'has killed', 'have killed', 'had killed', 'eliminated', 'has eliminated', 'have eliminated', 'had eliminated']
      .map((verb) => `${who} ${verb}`)),
    admissions: ['admitted', 'admits', 'has admitted', 'have admitted', 'acknowledged', 'acknowledges', 'has acknowledged', 'have acknowledged',
      'conceded', 'concedes', 'has conceded'].flatMap((verb) => ['', ' that', ' the deaths of', ' the death of', ' the loss of'].map((what) => verb + what)),
    lossVerbs: LOSS_VERBS,
    // "lost fighting for the city": a clause of what they did when they were lost is none of the verb's objects.
    lossCauses: ['to', 'by', 'fighting', 'defending', 'trying'],
    lossHarms: ['including', 'both', 'counting'],
    // "Both sides have lost thousands": 'both' as the subject of a loss is said of each.
    eachSideBeforeVerb: ['each', 'each side', 'each side has', 'each side had', 'each of them', 'each of them has', 'each of them had',
      ...['both sides', 'both armies', 'both countries'].flatMap((who) => [`${who} have`, `${who} had`])],
    sidesAsSubject: {
      ...Object.fromEntries(['the two sides', 'the two armies', 'the two countries', 'the two forces', 'the warring sides', 'the warring parties'].map((who) => [who, 'both' as const])),
      ...Object.fromEntries(['both sides', 'both armies', 'both countries'].map((who) => [who, 'each' as const])),
    },
    jointly: ['together', 'combined', 'jointly', 'collectively', 'between them'],
    ownDeaths: ['martyred', 'martyrs'],
    ordinalMarkers: ['No.', 'number', 'day', 'phase', 'article', 'resolution', 'section', 'chapter', 'page', 'flight', 'route', 'highway',
      'road', 'gate', 'block', 'building', 'unit', 'sector', 'platform', 'terminal', 'level', 'floor', 'grade', 'category',
      'division', 'brigade', 'battalion', 'regiment', 'corps', 'squadron', 'fleet'],
    differenceBefore: ['another', 'an additional', 'a further', 'additional', 'rose by', 'risen by', 'increased by', 'up by', 'down by',
      'jumped by', 'climbed by', 'fell by', 'rise of', 'increase of', 'jump of', 'grew by'],
    formerBefore: ['rose from', 'risen from', 'up from', 'increased from', 'jumped from', 'climbed from', 'went up from', 'down from', 'fell from',
      'dropped from', 'decreased from', 'revised from', 'lowered from', 'from an earlier', 'from a previous', 'from the previous', 'from an initial',
      'from the initial', 'from the earlier'],
    formerBetween: ['from'],
    differenceAfter: ['more', 'fewer', 'more than', 'fewer than', 'less than', 'higher than', 'lower than', 'additional', 'extra', 'new'],
    othersAfter: ['more'],
    // English puts 'more' before the noun ("40 more soldiers").
    differenceAfterNoun: [],
    othersBefore: ['another', 'a further'],
    projections: PROJECTIONS,
    tollPartsBefore: ['among'],
    partsOfTolls: Object.fromEntries(([['killed', ['dead', 'killed', 'deaths', 'fatalities']], ['wounded', ['wounded', 'injured']], ['missing', ['missing']], ['displaced', ['displaced']]] as const)
      .flatMap(([measure, nouns]) => nouns.flatMap((noun) => ['of the', 'of those', 'among the', 'among those'].map((of) => [`${of} ${noun}`, measure])))),
    shareVerbs: ['accounted for', 'account for', 'accounts for', 'made up', 'make up', 'makes up'],
    tollPartLinks: INCLUDES,
    tollSideOpeners: ['on the', 'from the', 'among', 'among the', 'for', 'for the', 'of the'],
    openingSides: ['on the', 'for the'],
    sideNouns: ['side', 'sides'],
    otherSide: ['on the other side', 'on the opposing side', 'on the opposite side', 'on the other', 'among the other side', 'for the other side'],
    pluralEndings: ['s'],
    // "12 soldiers with the Armenian army" are Armenian, "in clashes with Azerbaijan" names the other side.
    opponents: ['against', 'fighting', 'battling', 'facing', 'by', 'attacking', 'repelling', 'repulsing',
      ...['clash', 'clashes', 'fighting', 'fight', 'battle', 'battles', 'war', 'conflict', 'skirmishes', 'border'].map((event) => `${event} with`)],
    comparisons: ['compared with', 'compared to', 'against', 'as against', 'versus', 'vs', 'vs.', 'as opposed to'],
    singulars: ['a', 'an'],
    oneMore: ['another'],
    // 'may be', 'might be' are left out: "as many as 300 may be dead" is an estimate of now as often as a forecast.
    forecasts: ['will', 'would', 'could be', 'are expected to', 'is expected to', 'were expected to', 'expected to',
      'are likely to', 'is likely to', 'likely to', 'are set to', 'is set to', 'risk being', 'are at risk of being'],
    afterwards: ['later', 'subsequently', 'afterwards', 'eventually', 'then', 'and later', 'and then', 'and subsequently', 'but later',
      'and were later', 'and was later', 'but were later', 'but was later'],
    unharmed: ['survived', 'survive', 'survivor', 'survivors', 'rescued', 'saved', 'escaped', 'unharmed', 'unhurt', 'unscathed', 'alive'],
    appositionOpeners: ['or', 'that is', 'i.e.', 'namely', 'equal to', 'equivalent to'],
    adjunctOpeners: ['in', 'near', 'across', 'at', 'around', 'outside', 'inside', 'on', 'during', 'when', 'after', 'overnight', 'throughout',
      'along', 'as', 'since', 'while', 'before', 'yesterday', 'today', 'last', 'this', 'so far'],
    changeBy: ['rose by', 'risen by', 'increased by', 'up by', 'down by', 'grew by', 'jumped by', 'climbed by', 'fell by'],
    changeVerbs: RISING,
    idioms: ['two sides', 'two countries', 'two nations', 'no one', 'not one', 'every one', 'any one', 'each one', 'one another', 'at one point', 'one by one', 'one of the few',
      'one side', 'the other one', 'one after another', 'one-sided', 'one family', 'one household'],
    units: ['week', 'weeks', 'day', 'days', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades',
      'year-old', 'year-olds', 'years old', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'percent', 'per cent',
      '%', 'dollars', 'euros', 'times', 'tonnes', 'tons', 'square', 'a.m.', 'p.m.', 'am', 'pm', 'o\'clock', 'rounds', 'shells',
      'rockets', 'missiles', 'drones', 'tanks', 'aircraft', 'villages', 'towns', 'buildings', 'homes', 'houses', 'trucks',
      // Families and households are no count of people: "300 families fled" are more than 300 people.
      'families', 'households'],
    durations: { hour: 1 / 24, hours: 1 / 24, day: 1, days: 1, week: 7, weeks: 7, month: 31, months: 31, year: 366, years: 366, decade: 3653, decades: 3653 },
    periodFrom: ['since', 'from', 'between', 'starting'],
    periodTo: ['to', 'until', 'till', 'through', 'and'],
    periodToDate: ['so far', 'to date', 'until now', 'thus far', 'as of now'],
    asOf: ['as of', 'as at', 'by', 'up to', 'until', 'till'],
    eventDateOpeners: ['on', 'in', 'during', 'over', 'so far', 'earlier', 'early', 'late'],
    eventNouns: ['war', 'conflict', 'fighting', 'clashes', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strike',
      'air strikes', 'offensive', 'battle', 'shelling', 'bombing', 'bombardment', 'massacre', 'ambush', 'raid', 'assault', 'explosion', 'blast',
      ...['missile', 'drone', 'rocket', 'artillery', 'suicide', 'terrorist'].flatMap((arm) => ['strike', 'strikes', 'attack', 'attacks', 'bombing'].map((noun) => `${arm} ${noun}`))]
      .flatMap((noun) => [noun, `${noun} of`]),
    periodFromClause: ['since', 'ever since'],
    outbreaks: OUTBREAKS,
    onsetVerbs: ['erupted', 'began', 'begun', 'broke out', 'started', 'flared', 'flared up', 'resumed', 'reignited', 'escalated'],
    endVerbs: ['ended', 'ends', 'came to an end', 'was over'],
    superlatives: ['deadliest', 'bloodiest', 'worst', 'heaviest', 'fiercest', 'highest', 'largest', 'biggest', 'lowest', 'first', 'first time'],
    periodFillers: ['the morning of', 'the night of', 'the evening of', 'early', 'late', 'mid', 'mid-', 'the start of', 'the beginning of', 'the end of', 'the'],
    attributionBefore: ['according to', 'said', 'says', ...CITING, 'quoted', 'reported by', 'figures from', 'data from', 'a statement from', 'told by',
      'confirmed by', 'announced by', 'released by', 'published by', 'given by', 'provided by', 'issued by', 'compiled by', 'cited by',
      'kept by', 'collected by', 'gathered by', 'maintained by',
      // A table's or caption's label: "3,825 soldiers were killed (source: Armenian defence ministry)".
      'source:', 'sources:',
      // "Per the ministry, 1,200 people have been killed": 'per' before a name; "per day", "per cent" name no one.
      'per',
      ...['a report', 'a statement', 'estimates', 'figures', 'data', 'a tally', 'a count', 'information'].flatMap((what) => [`${what} by`, `${what} from`]),
      // "according to the latest toll from Stepanakert": whose toll; not "the toll from Azerbaijani shelling", what caused it.
      ...['the', 'a', 'the latest', 'the official', 'an official', 'the new'].flatMap((det) => ['toll', 'death toll', 'casualty toll']
        .flatMap((toll) => ['from', 'by', 'released by', 'issued by'].map((by) => `according to ${det} ${toll} ${by}`)))],
    attributionAfter: ['have said', 'has said', 'had said', 'have reported', 'has reported', 'had reported', 'have confirmed',
      'has confirmed', 'have announced', 'has announced', 'have estimated', 'has estimated', 'have claimed', 'has claimed',
      'have verified', 'has verified', 'verified', 'lists', 'listed', 'has listed', 'have listed', 'have recorded', 'has recorded', 'recorded', 'have documented', 'has documented', 'documented',
      'said', 'says', 'say', 'report', 'confirm', 'estimate', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'told reporters', 'told', 'estimated', 'warned', 'warns',
      'estimates', 'claimed', 'claims', 'claim', 'added', 'wrote', 'tweeted', 'posted', 'admitted', 'acknowledged', 'admits', 'acknowledges', 'conceded', 'concedes',
      // "Health ministry figures show …", "A Reuters count showed …": what a source's count shows is its claim; 'show'
      // alone is also what a video shows.
      ...COUNTS.flatMap((count) => ['show', 'shows', 'showed', 'showing'].map((verb) => `${count} ${verb}`)),
      // "A UN report found that …": what a report or an inquiry concludes is its claim.
      'found that', 'finds that', 'showed that', 'shows that', 'show that', 'concluded that',
      // "Interfax quoted the ministry as saying": whom the outlet quotes is the verb's subject.
      'as saying',
      // "Officials put the death toll at 59": 'put' alone ("put its forces on alert") attributes nothing.
      // "The UN puts the civilian death toll at …", "Armenia put its military death toll at …". Each phrase is one more
      // alternative in the scan of every cue sentence, so only those that occur are listed.
      ...['put', 'puts'].flatMap((verb) => ['the death toll', 'the toll', 'the number', 'the total', 'the figure', 'the casualty', 'its losses',
        'their losses', 'its death toll', 'casualties', 'losses', 'the civilian death toll', 'the military death toll', 'its military death toll',
        'its civilian death toll', 'the military toll', 'the civilian toll', 'its toll', 'it',
        // "Azerbaijan has put its own military losses at 2,783", "The UN puts civilian deaths at …".
        'its military losses', 'their military losses', 'its own losses', 'its own military losses', 'military losses', 'civilian losses',
        'its casualties', 'military casualties', 'civilian casualties', 'deaths', 'civilian deaths', 'military deaths', 'the dead',
        'the death count'].map((what) => `${verb} ${what}`)),
      // "though officials gave a lower figure of nine": 'gave' alone ("gave 300 blankets") attributes nothing.
      ...['gave', 'gives', 'give', 'have given', 'has given'].flatMap((verb) => ['a figure of', 'a lower figure of', 'a higher figure of',
        'a toll of', 'a death toll of', 'a lower toll of', 'a higher toll of'].map((what) => `${verb} ${what}`))],
    // "Azerbaijan raised the toll to 21", "The ministry revised its death toll down to 45".
    tollRevisions: ['raised', 'raises', 'revised', 'revises', 'updated', 'updates', 'lowered', 'lowers'].flatMap((verb) =>
      ['the', 'its', 'their'].flatMap((det) => ['', 'official ', 'military ', 'civilian '].flatMap((kind) => ['death toll', 'toll', 'casualty toll', 'death count', 'casualty count']
        .map((toll) => `${verb} ${det} ${kind}${toll}`)).concat(['number of dead', 'number of its soldiers killed', 'number of', 'count of', 'tally of'].map((what) => `${verb} ${det} ${what}`)))),
    sayingParticiples: ['saying', 'claiming'],
    publicationVerbs: [...PUTTING_OUT, 'updated', 'made public', 'compiled', 'collected', 'gathered', 'provided'],
    figureReferences: ['', 'that '].flatMap((that) => ['the', 'that', 'this', 'the real', 'the true', 'the actual']
      .flatMap((det) => ['figure', 'number', 'toll', 'death toll', 'total'].map((noun) => `${that}${det} ${noun}`))),
    sourceNouns: SOURCE_NOUNS,
    sourcePrepositions: ['by'],
    statementNouns: [...SOURCE_NOUNS, 'statement', 'statements', 'toll', 'death toll', 'casualty toll'],
    settingVerbs: ['put', 'puts'],
    citingOpeners: CITING,
    // "…, with Azerbaijan saying it had lost 5", "A spokesman with the defence ministry said": the name after 'with'.
    agentMarkers: ['with'],
    claimOwnerMarkers: ['by', 'from'],
    clauseOpeners: ['while', 'whereas', 'and', 'but', 'as', 'although', 'though', 'meanwhile', 'and while'],
    predicateOpeners: ['has', 'have', 'had', 'show', 'shows', 'showed', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'will', 'would', 'can', 'could', 'may', 'might',
      'should', 'must', 'not', 'never', 'also', 'later', 'earlier', 'previously', 'separately', 'again', 'already', 'still', 'recently', 'so far', 'thus far', 'to date', 'now',
      'last week', 'last month', 'this week', 'this month', 'earlier this week', 'earlier this month', 'later that day', ...PUTTING_OUT,
      ...['in', 'in a', 'in an', 'in its', 'in their', 'in the'].flatMap((lead) => ['statement', 'report', 'briefing', 'tweet', 'post', 'update',
        'interview', 'news conference', 'press conference', 'communique', 'bulletin'].map((noun) => `${lead} ${noun}`))],
    // Adjectives stand before their noun.
    nameAdjectives: [],
    negations: ['not', 'never', 'no longer', ...["'", '’'].flatMap((q) => ['did', 'does', 'do', 'has', 'have', 'had', 'could', 'would', 'was', 'were', 'is', 'are']
      .map((aux) => `${aux}n${q}t`)), ...["'", '’'].flatMap((q) => [`won${q}t`, `can${q}t`]), 'cannot', 'unable to',
      // "could not independently confirm": an adverb between the negation and the verb.
      ...['not', 'never', 'cannot', 'unable to'].flatMap((no) => ['independently', 'immediately', 'yet', 'officially', 'publicly'].map((adv) => `${no} ${adv}`))],
    determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this'],
    objectDeterminers: ['all', 'all of', ...['its', 'their', 'his', 'her', 'our'].flatMap((whose) => [whose, `all ${whose}`, `all of ${whose}`])],
    companions: ['along with', 'together with', 'alongside'],
    passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
    relativePronouns: ['which', 'who', 'whose'],
    nameDescriptions: ['based in', 'based at', 'headquartered in', 'headquartered at'],
    copulas: ['were', 'was', 'are', 'is'],
    institutionNouns: ['ministry', 'army', 'military', 'armed forces', 'forces', 'government', 'police', 'authorities', 'agency', 'office',
      'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'commanders', 'committee', 'council', 'mission', 'red cross',
      'red crescent', 'hospital', 'hospitals', 'health officials', 'rescuers', 'emergency services', 'civil defence', 'civil defense', 'monitor', 'observatory', 'ombudsman', 'ombudswoman', 'governor', 'mayor', 'prosecutor',
      'prosecutors', 'administration', 'department', 'militia', 'group', 'commission', 'centre', 'center'],
    noOne: ['neither', 'nor', 'no', 'none', 'none of', 'nobody', 'no one'],
    anonymousWords: ['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'officials', 'sources', 'witnesses', 'residents', 'reports',
      'who', 'which', 'that', 'also', 'later', 'earlier',
      // Read apart, as they are often the sentence's first word, whose capital names no one: "Two security sources said".
      'eyewitnesses', 'locals', 'villagers', 'survivors', 'doctors', 'medics', 'paramedics', 'activists', 'diplomats', 'people',
      'local', 'senior', 'unnamed', 'anonymous', 'security', 'medical', 'other', 'some', 'several', 'many', 'few', 'both',
      'one', 'two', 'three', 'four', 'five', 'six',
      // "Figures show", "Preliminary data showed", "Official figures put …": counts by no one named, capital or not
      // ("Armenian official figures" say whose they are).
      ...COUNTS, 'latest', 'new', 'preliminary', 'initial', 'final', 'official',
      // "By some estimates, …", "Estimates put the toll at …": an estimate by no one named.
      'by', 'estimate', 'estimates'],
    abbreviations: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Gen.', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'Maj.', 'Adm.', 'Gov.', 'Sen.', 'Rep.', 'Prof.',
      'St.', 'Jr.', 'Sr.', 'No.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'U.S.', 'U.N.',
      'U.K.', 'E.U.', 'vs.', 'approx.', 'est.', 'c.', 'ca.', 'Lt.-Col.', 'Brig.', 'Pres.'],
  },
};
