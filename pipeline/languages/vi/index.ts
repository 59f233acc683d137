// Vietnamese: the lexicon of casualty reporting, with the numeral and date grammars.
import type { LanguageModule } from '../module.ts';
import { viDates } from './dates.ts';
import { viNumerals } from './numerals.ts';

const TIME_UNITS = ['ngày', 'tuần', 'tháng', 'giờ', 'năm'];
const MORE_THAN = ['hơn', 'trên', 'nhỉnh hơn', 'hơn tổng cộng', 'ít nhất hơn', 'ít nhất là hơn', 'vượt quá', 'vượt', 'hơn cả', 'vượt mốc', 'vượt quá mốc',
  'vượt ngưỡng', 'vượt qua', 'vượt qua mốc', 'vượt con số'];
// Those that are verbs ('vượt quá', exceeded): opening a number phrase, they also hand a toll its number ("Số người
// chết ở Gaza vượt quá 30.000").
const EXCEEDED = MORE_THAN.filter((q) => q.startsWith('vượt'));
// The speaker named again as 'this country', 'this force' ("Hezbollah cho biết 12 tay súng của lực lượng này …").
const SPEAKER_AS_THIS = ['nước này', 'lực lượng này', 'nhóm này', 'tổ chức này', 'phong trào này', 'quân đội này', 'quân đội nước này'];
// Verbs of saying whose subject may also be that of a verb right after them ("cho biết đã mất …").
const SAYING = ['cho biết', 'thông báo', 'xác nhận', 'cho hay', 'tuyên bố', 'khẳng định', 'công bố', 'nói', 'thừa nhận', 'phát biểu'];
// "Số người chết bao gồm 12 binh sĩ": a toll hands its number over these, and the number is a part of it.
const INCLUDES = ['bao gồm', 'gồm'];
// Fractions count no one ("hơn một nửa dân số"), and a number after one is no figure ("một nửa 200 người").
const FRACTIONS = ['một nửa', 'một phần tư', 'một phần ba', 'hai phần ba', 'ba phần tư'];
// Nouns for what a source puts out, which name whose it is after them: "số liệu của Bộ Y tế", "theo báo cáo của LHQ".
const STATEMENT_NOUNS = ['thông báo', 'số liệu', 'dữ liệu', 'con số', 'ước tính', 'thống kê', 'báo cáo', 'tuyên bố', 'thông tin'];
// "dẫn lời Bộ Quốc phòng", "Dẫn nguồn Bộ Y tế, hãng tin này cho biết …": words of citing, before whom they cite.
const CITING = ['dẫn lời', 'trích lời', 'trích dẫn', 'dẫn nguồn', 'dẫn nguồn tin', 'dẫn nguồn từ', 'dẫn nguồn tin từ', 'dẫn số liệu từ', 'dẫn số liệu của'];
// Verbs of loss whose subject is the side that lost the victims.
// "Phía Armenia thiệt hại 3.825 binh sĩ", "Nga đã tổn thất 300.000 binh sĩ": losses said as verbs too.
const LOSS_VERBS = ['', 'đã ', 'bị '].flatMap((aux) => ['mất', 'thiệt hại', 'tổn thất'].map((verb) => aux + verb));

// The fighting under way, and how its start is told: "kể từ khi giao tranh bùng phát", "từ đầu cuộc chiến".
const HOSTILITIES = ['chiến sự', 'giao tranh', 'xung đột', 'cuộc xung đột', 'chiến tranh', 'cuộc chiến', 'đụng độ', 'các cuộc đụng độ', 'cuộc giao tranh'];
const OUTBREAKS = [
  ...['kể từ khi', 'từ khi', 'kể từ lúc', 'từ lúc'].flatMap((since) => HOSTILITIES.flatMap((h) => ['bùng phát', 'bùng nổ', 'nổ ra', 'bắt đầu', 'tái bùng phát', 'tái diễn'].map((verb) => `${since} ${h} ${verb}`))),
  ...['kể từ đầu', 'từ đầu', 'kể từ khi bắt đầu', 'từ khi bắt đầu'].flatMap((start) => HOSTILITIES.map((h) => `${start} ${h}`)),
];

export const vi: LanguageModule = {
  code: 'vi',
  name: 'Vietnamese',
  numerals: viNumerals,
  dates: viDates,
  lexicon: {
    qualifiers: {
      // "mất tổng cộng 3.825 binh sĩ": words that leave the figure as it is, part of its phrase so a cue before reaches it.
      exact: ['tổng cộng', 'tổng cộng là', 'cả thảy', 'vỏn vẹn', 'một gia đình'],
      approx: ['khoảng', 'chừng', 'khoảng chừng', 'ước tính', 'ước tính khoảng', 'xấp xỉ', 'độ', 'trên dưới', 'gần như khoảng',
        'vào khoảng', 'ước khoảng', 'ước chừng', 'tầm', 'tầm khoảng', 'cỡ', 'cỡ khoảng', '~', '≈', 'có lẽ', 'có lẽ khoảng'],
      nearly: ['gần', 'gần như', 'suýt soát', 'khoảng gần', 'gần đạt', 'xấp xỉ gần', 'ngót', 'ngót nghét', 'non'],
      more_than: MORE_THAN,
      at_least: ['ít nhất', 'ít nhất là', 'ít ra', 'ít ra là', 'tối thiểu', 'không dưới', 'không ít hơn'],
      fewer_than: ['dưới', 'chưa đến', 'chưa tới', 'chưa đầy', 'ít hơn', 'không đến', 'không tới'],
      // 'tới' alone, "as many as", only where it ends no toll link ("đã lên tới", "tăng tới": "reached", "rose to").
      at_most: ['tối đa', 'không quá', 'không hơn', 'có tới', 'có đến', 'nhiều nhất', 'có thể lên tới', 'có thể lên đến', 'tới'],
    },
    qualifierSuffixes: {
      at_least: ['trở lên', 'hoặc hơn', 'hoặc nhiều hơn'],
    },
    estimates: ['ước tính', 'ước lượng'],
    vague: {
      a_few: ['vài', 'một vài', 'dăm', 'vài ba', 'dăm ba', 'đôi ba'],
      several: ['một số'],
      tens: ['hàng chục', 'mấy chục'],
      few_tens: ['vài chục', 'dăm chục', 'vài ba chục', 'dăm ba chục'],
      hundreds: ['hàng trăm', 'mấy trăm'],
      few_hundreds: ['vài trăm', 'dăm trăm', 'vài ba trăm', 'dăm ba trăm'],
      thousands: ['hàng nghìn', 'hàng ngàn', 'mấy nghìn', 'mấy ngàn'],
      few_thousands: ['vài nghìn', 'vài ngàn'],
      tens_of_thousands: ['hàng chục nghìn', 'hàng chục ngàn', 'hàng vạn', 'mấy chục nghìn', 'mấy chục ngàn', 'mấy vạn'],
      few_tens_of_thousands: ['vài chục nghìn', 'vài chục ngàn', 'dăm chục nghìn', 'dăm chục ngàn', 'vài vạn', 'dăm vạn'],
      hundreds_of_thousands: ['hàng trăm nghìn', 'hàng trăm ngàn', 'hàng chục vạn', 'mấy trăm nghìn', 'mấy trăm ngàn', 'mấy chục vạn'],
      few_hundreds_of_thousands: ['vài trăm nghìn', 'vài trăm ngàn', 'dăm trăm nghìn', 'dăm trăm ngàn', 'vài chục vạn', 'dăm chục vạn'],
      millions: ['hàng triệu', 'mấy triệu'],
      few_millions: ['vài triệu', 'dăm triệu'],
      tens_of_millions: ['hàng chục triệu', 'mấy chục triệu'],
    },
    vagueJoiners: ['thậm chí', ', thậm chí', 'thậm chí là', ', thậm chí là', 'hoặc', 'đến', 'tới', 'hay',
      ...['có thể', 'có thể lên tới', 'có thể lên đến', 'thậm chí có thể', 'thậm chí có thể lên tới'].flatMap((j) => [j, `, ${j}`])],
    ratioJoiners: ['trên', 'trong'],
    ratioOpeners: ['cứ', 'trung bình cứ'],
    ratioParts: ['thì có', 'thì', 'có'],
    rangeJoiners: ['-', '–', '—', 'đến', 'tới', 'cho đến'],
    neighbourRanges: true,
    boundJoiners: [',', 'và', ', và', 'có thể', ', có thể', 'và có thể', ', và có thể', 'thậm chí', ', thậm chí', 'thậm chí có thể', ', thậm chí có thể',
      'và thậm chí', ', và thậm chí', 'và thậm chí có thể', ', và thậm chí có thể', 'hoặc thậm chí', ', hoặc thậm chí'],
    rangeOpeners: ['từ', 'trong khoảng từ', 'khoảng từ'],
    // Vietnamese repeats the noun ("2.425 binh sĩ Armenia và 2.783 binh sĩ Azerbaijan").
    nounPronouns: [],
    victims: {
      'người': 'total', 'người khác': 'total', 'nhân khẩu': 'total', 'người dân': 'total', 'nạn nhân': 'total', 'mạng người': 'total', 'thành viên': 'total', 'người thân': 'total', 'con tin': 'total', 'ca': 'total', 'trường hợp': 'total',
      ...Object.fromEntries(['gia đình', 'hộ gia đình'].flatMap((family) => ['người trong một', 'người trong cùng một', 'người cùng một',
        'thành viên của một', 'thành viên trong một'].map((who) => [`${who} ${family}`, 'total' as const]))),
      'trẻ em': 'children', 'trẻ nhỏ': 'children', 'em nhỏ': 'children', 'trẻ vị thành niên': 'children', 'trẻ sơ sinh': 'children',
      'bé gái': 'children', 'bé trai': 'children', 'em bé': 'children', 'cháu bé': 'children', 'cậu bé': 'children', 'cô bé': 'children', 'đứa trẻ': 'children', 'đứa bé': 'children',
      'cháu nhỏ': 'children', 'đứa con': 'children',
      // "hai con của ông" (his two children): 'con' alone is also the classifier of animals ("hai con bò").
      ...Object.fromEntries(['ông', 'bà', 'anh', 'chị', 'họ', 'mình', 'anh ấy', 'chị ấy', 'ông ấy', 'bà ấy'].map((whose) => [`con của ${whose}`, 'children' as const])), 'người mẹ': 'women', 'người cha': 'total', 'người con': 'total', 'người lớn': 'total',
      'người đàn ông': 'total', 'đàn ông': 'total', 'người phụ nữ': 'women', 'cụ ông': 'total', 'cụ bà': 'women', 'người cao tuổi': 'total', 'người già': 'total',
      'dân thường': 'civilian', 'thường dân': 'civilian', 'cư dân': 'civilian', 'dân': 'civilian', 'dân sự': 'civilian', 'người dân thường': 'civilian',
      'binh sĩ': 'military', 'binh lính': 'military', 'lính': 'military', 'người lính': 'military', 'quân nhân': 'military',
      'chiến binh': 'military', 'chiến sĩ': 'military', 'quân': 'military', 'tay súng': 'military',
      'sĩ quan': 'military', 'phi công': 'military', 'thủy thủ': 'military', 'thuỷ thủ': 'military', 'phiến quân': 'military', 'dân quân': 'military', 'lính gìn giữ hòa bình': 'military', 'binh sĩ gìn giữ hòa bình': 'military', 'lính gìn giữ hoà bình': 'military', 'binh sĩ gìn giữ hoà bình': 'military', 'phần tử': 'military', 'quân lính': 'military', 'tù binh': 'military',
      'kẻ tấn công': 'military', 'kẻ khủng bố': 'military', 'nghi phạm': 'total',
      'nhà báo': 'civilian', 'phóng viên': 'civilian', 'nhân viên cứu trợ': 'civilian', 'nhân viên nhân đạo': 'civilian', 'nhân viên y tế': 'civilian', 'nhân viên cứu hộ': 'civilian', 'nhân viên cứu thương': 'civilian',
      'bác sĩ': 'civilian', 'y tá': 'civilian', 'lính cứu hỏa': 'civilian', 'lính cứu hoả': 'civilian', 'giáo viên': 'civilian', 'sinh viên': 'civilian',
      'nông dân': 'civilian', 'công nhân': 'civilian', 'hành khách': 'civilian', 'học sinh': 'children',
      'phụ nữ': 'women', 'bà mẹ': 'women', 'phụ nữ và trẻ em': 'total', 'trẻ em và phụ nữ': 'total', 'cảnh sát': 'total', 'tình nguyện viên': 'total',
      // "cướp đi hơn 1.000 sinh mạng": lives, as 'lives' in "claimed 1,000 lives".
      'sinh mạng': 'total', 'mạng sống': 'total', 'tính mạng': 'total', 'nhân mạng': 'total',
    },
    measures: {
      'thiệt mạng': 'killed', 'chết': 'killed', 'tử vong': 'killed', 'tử trận': 'killed', 'tử thương': 'killed', 'hy sinh': 'killed',
      'hi sinh': 'killed', 'thiệt mạng hoặc mất tích': 'casualties', 'thiệt mạng và mất tích': 'casualties', 'chết hoặc mất tích': 'casualties', 'chết và mất tích': 'casualties', 'bị giết': 'killed', 'tử nạn': 'killed',
      'qua đời': 'killed', 'mất mạng': 'killed', 'bỏ mạng': 'killed',
      'bị thương': 'wounded', 'bị thương nặng': 'wounded', 'bị thương nhẹ': 'wounded',
      // Hospitalised is wounded only with the wounds said: "40 người phải nhập viện" may be of the sick.
      ...Object.fromEntries(['nhập viện', 'bệnh viện', 'điều trị'].flatMap((taken) =>
        ['vì bị thương', 'do bị thương', 'vì vết thương', 'do vết thương'].map((hurt) => [`${taken} ${hurt}`, 'wounded' as const]))),
      'thương vong': 'casualties', 'tổn thất': 'casualties', 'thiệt hại': 'casualties', 'chết hoặc bị thương': 'casualties',
      'chết và bị thương': 'casualties', 'thiệt mạng hoặc bị thương': 'casualties', 'thiệt mạng và bị thương': 'casualties',
      'chết lẫn bị thương': 'casualties', 'thiệt mạng lẫn bị thương': 'casualties',
      'loại khỏi vòng chiến đấu': 'casualties', 'bị loại khỏi vòng chiến đấu': 'casualties',
      // Killed or put out of action, as armies' statements use it; both spellings of 'hoá'.
      'vô hiệu hóa': 'casualties', 'vô hiệu hoá': 'casualties',
      'mất tích': 'missing', 'mất liên lạc': 'missing', 'chưa rõ tung tích': 'missing', 'không rõ tung tích': 'missing', 'mất': 'killed', 'thi thể': 'killed', 'giết hại': 'killed', 'giết': 'killed', 'sát hại': 'killed', 'thảm sát': 'killed', 'hành quyết': 'killed', 'chết cóng': 'killed', 'chết đói': 'killed', 'chết cháy': 'killed', 'chết đuối': 'killed', 'tiêu diệt': 'killed', 'bị tiêu diệt': 'killed', 'bị giết hại': 'killed', 'cướp đi': 'killed', 'cướp đi sinh mạng': 'killed', 'thiệt mạng hoặc bị thương nặng': 'casualties',
      'chạy trốn': 'displaced', 'sơ tán': 'displaced', 'phải sơ tán': 'displaced', 'mất nhà cửa': 'displaced',
      'phải rời bỏ nhà cửa': 'displaced', 'di tản': 'displaced', 'tản cư': 'displaced', 'tị nạn': 'displaced', 'rời bỏ': 'displaced', 'rời khỏi': 'displaced', 'chạy khỏi': 'displaced', 'chạy sang': 'displaced', 'di dời': 'displaced', 'phải di dời': 'displaced',
      // "6 triệu người Ukraine đã rời đất nước": 'rời' alone is as often a base or an office left.
      ...Object.fromEntries(['đất nước', 'quê hương', 'nhà', 'nhà cửa', 'quê nhà'].map((where) => [`rời ${where}`, 'displaced' as const])),
    },
    // 'tổn thất' (losses) is also a cue of its own, above ("Nga đã tổn thất 300.000 binh sĩ"); as a toll it counts people
    // only when the number names them: "Tổn thất của Nga là 5 tỷ USD" counts none.
    peopleTolls: { 'tổn thất': 'casualties', 'thiệt hại': 'casualties' },
    tolls: {
      'số người thiệt mạng': 'killed', 'số người chết': 'killed', 'số người tử vong': 'killed',
      // "Những người thiệt mạng gồm 20 binh sĩ …": the dead themselves, as 'the dead' is.
      'những người thiệt mạng': 'killed', 'những người chết': 'killed', 'những người tử vong': 'killed', 'những người bị thương': 'wounded', 'những người mất tích': 'missing',
      'số binh sĩ thiệt mạng': 'killed', 'số dân thường thiệt mạng': 'killed', 'số nạn nhân': 'killed',
      'số người bị thương': 'wounded', 'số thương vong': 'casualties', 'con số thương vong': 'casualties',
      'số người mất tích': 'missing', 'số người sơ tán': 'displaced', 'số người phải sơ tán': 'displaced',
      'số người phải rời bỏ nhà cửa': 'displaced', 'số người tị nạn': 'displaced', 'thương vong': 'casualties',
      'tổn thất về người': 'casualties', 'thiệt hại về người': 'casualties', 'tổn thất về nhân mạng': 'casualties', 'thiệt hại về nhân mạng': 'casualties',
      'thi thể của': 'killed', 'hài cốt của': 'killed', 'cái chết của': 'killed', 'cướp đi sinh mạng của': 'killed', 'cướp đi mạng sống của': 'killed', 'cướp đi tính mạng của': 'killed',
      ...Object.fromEntries(['lấy đi', 'tước đi'].flatMap((verb) => ['sinh mạng của', 'mạng sống của', 'tính mạng của'].map((lives) => [`${verb} ${lives}`, 'killed' as const]))),
    },
    tollHeads: ['số', 'con số', 'tổng số'],
    runningTotals: ['nâng', 'đưa'].flatMap((verb) => ['tổng số', 'con số', 'tổng số người'].map((total) => `${verb} ${total}`)),
    tollRaisers: ['nâng', 'đưa'].flatMap((verb) => [verb, `${verb} tổng`]),
    raisedTo: [],
    tollLinks: ['là', 'có', ...INCLUDES, 'dao động', 'đã dao động', 'dao động trong', 'con số', 'được', 'lên', 'lên tới', 'lên đến', 'đã lên tới', 'đã lên đến', 'đã', 'tăng lên', 'đã tăng lên', 'tăng tới', 'đã tăng tới', 'tăng lên tới', 'đã tăng lên tới', 'ở mức', 'đạt', 'đã lên', 'hiện là', 'hiện đã', ':',
      // "Số người chết đã giảm xuống 32": a toll revised down hands its number over as one that rose does.
      'xuống', 'giảm xuống', 'đã giảm xuống', 'xuống còn', 'giảm còn', 'đã giảm còn', 'giảm xuống còn', 'chỉ còn',
      ...EXCEEDED, 'gần đạt',
      // "Tổng số người chết của Armenia ước tính khoảng 5.000": the toll's estimate, as 'is estimated at'.
      'ước tính', 'được ước tính',
      // "Các ước tính về số người chết rất khác nhau, từ 5.000 đến 7.000": the spread, said before the range.
      ...['dao động rất lớn', 'dao động lớn', 'rất khác nhau', 'chênh lệch rất lớn', 'chênh lệch lớn'].flatMap((spread) => [spread, `${spread},`])],
    causatives: ['khiến', 'khiến cho', 'làm', 'làm cho', 'đã khiến', 'đã làm', 'buộc', 'đã buộc'],
    // "buộc 40.000 người phải rời bỏ nhà cửa": the verbs after a causative are cues on their own.
    causedMeasures: {},
    describingMeasures: {},
    measuresBefore: {},
    oneMeasures: {},
    objectMeasures: {},
    // "Cuộc chiến đã lấy đi 30.000 sinh mạng"; 'cướp đi' is a cue on its own.
    lifeMeasures: { 'lấy đi': 'killed', 'tước đi': 'killed', 'cướp': 'killed' },
    lives: ['sinh mạng', 'mạng sống', 'tính mạng', 'mạng người', 'nhân mạng'],
    // "3 nhà báo nằm trong số những người thiệt mạng": among those killed.
    fillers: ['nằm trong số', 'nằm trong số những người', 'là một trong số', 'là một trong những người', 'đã', 'bị', 'được', 'đã được', 'đều', 'cũng', 'được cho là', 'được xác nhận', 'được thông báo', 'được báo cáo', 'được cho là đã', 'có thể đã', 'trong đó có', 'vẫn', 'vẫn còn', 'sau đó',
      'ở cả hai phía', 'ở cả hai bên', 'của cả hai bên', 'của hai bên', 'ở hai bên', 'từ cả hai phía', 'từ cả hai bên',
      // "187 binh sĩ vẫn được coi là mất tích": how the victims are entered in a count, no verb of saying of their own.
      'được coi là', 'được xem là', 'được ghi nhận là', 'được xác nhận là', 'được báo cáo là', 'được liệt vào danh sách', 'bị coi là'],
    conjunctions: ['và', ',', 'cùng', 'cùng với'],
    clauseJoiners: ['còn', 'trong khi', 'với'],
    inclusions: ['trong đó', 'trong đó có', ...INCLUDES, 'trong số đó', 'trong số đó có'],
    inclusionsAfter: ['trong số đó', 'trong số này', 'trong số họ'],
    partsOf: [...FRACTIONS, 'phần lớn', 'đa số', 'nhiều người', 'phần trăm', '%']
      .flatMap((part) => [`${part} trong số`, `${part} số`, `${part} của`])
      // "Không ai trong số 40 hành khách bị thương": none of the 40 passengers, as 'none of the' in English.
      .concat(['hầu hết', 'không ai', 'không một ai', 'không có ai', 'chưa ai', 'chẳng ai', 'không người nào', 'không một người nào']
        .map((part) => `${part} trong số`)),
    // "dân số 150.000 người" (a population of 150,000) counts residents, whatever befell some of them.
    notFiguresAfter: ['nửa', ...FRACTIONS, 'độ tuổi', 'tuổi', 'tuổi từ', 'dân số', 'dân số là', 'dân số chỉ', 'dân số chỉ có', 'dân số có', 'dân số vào khoảng'],
    partLinks: ['trong số', 'trong tổng số', 'trên tổng số'],
    partsOfFigures: ['trong số', 'nằm trong số', 'nằm trong số những', 'là trong số'],
    eachSide: ['mỗi bên', 'ở mỗi bên', 'mỗi phía', 'của mỗi bên', 'ở mỗi phía'],
    denials: ['bác bỏ', 'phủ nhận'],
    deedClaims: SAYING.flatMap((verb) => ['chịu trách nhiệm', 'nhận trách nhiệm', 'đứng sau', 'chiến thắng'].map((deed) => `${verb} ${deed}`)),
    // Before the number 'có' (there are) may follow: "Mỗi ngày có hàng trăm người thiệt mạng".
    rates: TIME_UNITS.flatMap((unit) => ['mỗi', 'hằng', 'hàng', 'một'].flatMap((per) => [`${per} ${unit}`, `${per} ${unit} có`, `${per} ${unit} lại có`])),
    notRates: TIME_UNITS.flatMap((unit) => ['sau', 'trước', 'sau khi', 'trước khi', 'sau đó', 'trước đó'].map((then) => `một ${unit} ${then}`)),
    deniedClauseOpeners: ['thông tin', 'tin', 'việc', 'rằng', 'thông tin rằng', 'thông tin về việc'],
    // "binh sĩ hai bên" (both sides' soldiers): bare 'hai bên' only after a soldiers' noun, as it also opens clauses ("Hai bên
    // đã nhất trí …").
    respectively: ['lần lượt', 'tương ứng'],
    bothSides: ['ở cả hai phía', 'ở cả hai bên', 'của cả hai bên', 'của cả hai phía', 'của hai bên', 'của hai phía', 'tính cả hai bên', 'tính cả hai phía', '(cả hai bên)', '(cả hai phía)',
      'từ cả hai phía', 'từ cả hai bên',
      ...['binh sĩ', 'binh lính', 'quân nhân', 'lính', 'chiến binh'].flatMap((noun) => [`${noun} hai bên`, `${noun} hai phía`, `${noun} cả hai bên`, `${noun} cả hai phía`])],
    enemySide: ['đối phương', 'của đối phương', 'phía đối phương', 'địch', 'của địch', 'đối địch'],
    // "12 tay súng của lực lượng này": 'this force', 'this group' is the speaker, as 'its' is in English.
    ownSide: ['của mình', 'của họ', 'phía mình', 'của phía mình', 'phía ta', 'của ta', 'của chúng tôi', 'phía chúng tôi', 'của phía chúng tôi', 'của chúng ta', ...SPEAKER_AS_THIS.flatMap((who) => [who, `của ${who}`])],
    // "Phía Armenia cho biết đã mất 2.425 binh sĩ": with no subject after the verb of saying, the loss is the speaker's.
    ownLoss: ['họ', 'mình', 'ta', 'chúng tôi', ...SPEAKER_AS_THIS, ...SAYING].flatMap((who) => LOSS_VERBS.map((verb) => `${who} ${verb}`)),
    // "Phía Armenia đã có 729 binh sĩ thiệt mạng": the side that 'has' the victims lost them; not a loss the speaker
    // calls its own ("cho biết đã có 12 người thiệt mạng"), so not in ownLoss.
    ownKills: ['họ', 'mình', 'ta', 'chúng tôi', ...SPEAKER_AS_THIS, ...['lực lượng', 'quân đội', 'binh sĩ'].flatMap((force) => [`${force} của mình`, `${force} của họ`])]
      .flatMap((who) => ['tiêu diệt', 'đã tiêu diệt', 'loại bỏ', 'đã loại bỏ'].map((verb) => `${who} ${verb}`)),
    admissions: ['thừa nhận', 'thừa nhận rằng', 'thừa nhận là'].flatMap((verb) => ['', ' có', ' đã có', ' cái chết của', ' sự hy sinh của'].map((what) => verb + what)),
    // "Nga đã chịu thương vong khoảng 450.000 binh sĩ": Russia suffered the casualties.
    lossVerbs: [...LOSS_VERBS, 'có', 'đã có', ...['chịu', 'đã chịu', 'phải chịu'].flatMap((verb) => [`${verb} thương vong`, `${verb} tổn thất`])],
    lossCauses: ['do', 'vì', 'bởi'],
    // "cả chết lẫn bị thương": both dead and wounded.
    lossHarms: ['gồm', 'gồm cả', 'bao gồm', 'bao gồm cả', 'kể cả', 'tính cả', 'cả'],
    eachSideBeforeVerb: ['mỗi bên', 'mỗi phía', 'mỗi bên đã', 'mỗi phía đã',
      ...['mỗi bên', 'hai bên', 'cả hai bên', 'hai phía', 'cả hai phía'].flatMap((who) => [`${who} đều`, `${who} đều đã`])],
    sidesAsSubject: { 'hai bên': 'both', 'hai phía': 'both', 'đôi bên': 'both', 'hai nước': 'both', 'cả hai bên': 'each', 'cả hai phía': 'each', 'cả hai nước': 'each' },
    jointly: ['cộng lại', 'tổng cộng', 'gộp lại'],
    ownDeaths: ['hy sinh'],
    ordinalMarkers: ['thứ', 'lần thứ', 'hạng', 'phần', 'quốc lộ', 'tỉnh lộ', 'đường số', 'quận', 'phường', 'khu', 'tầng', 'cấp', 'nghị quyết', 'điều',
      'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội', 'quân đoàn', 'binh đoàn', 'hạm đội'],
    differenceBefore: ['thêm', 'tăng thêm', 'nhiều hơn', 'cao hơn', 'thấp hơn', 'tăng', 'giảm'],
    differenceAfter: ['nhiều hơn', 'ít hơn', 'so với'],
    formerBefore: ['tăng từ', 'giảm từ', 'từ con số', 'từ mức'],
    formerBetween: ['từ', 'từ con số', 'từ mức'],
    // "hàng chục người khác bị thương": 'khác' (others) follows the victims' noun, which the victims list holds.
    othersAfter: [],
    differenceAfterNoun: ['nữa'],
    othersBefore: ['thêm'],
    projections: ['sẽ', 'dự kiến', 'dự báo', 'có nguy cơ', 'có thể tăng', 'có thể vượt', 'có khả năng tăng'],
    tollPartsBefore: ['trong số'],
    partsOfTolls: Object.fromEntries(([['killed', ['thiệt mạng', 'chết', 'tử vong', 'bị giết']], ['wounded', ['bị thương']], ['missing', ['mất tích']], ['displaced', ['sơ tán']]] as const)
      .flatMap(([measure, cues]) => cues.flatMap((cue) => ['trong số những người', 'trong số người', 'nằm trong số những người', 'nằm trong số người'].map((of) => [`${of} ${cue}`, measure])))),
    shareVerbs: ['chiếm', 'chiếm tới', 'chiếm đến'],
    tollPartLinks: INCLUDES,
    // "Thương vong trong hàng ngũ quân Nga": the army, or the ranks of it, that the dead served in. 'trong' alone is no
    // opener: "số người chết trong vụ pháo kích của Azerbaijan" names who shelled. 'về' opens a side as 'ở' does
    // ("37 dân thường đã thiệt mạng về phía Armenia").
    tollSideOpeners: ['của', 'ở', 'bên', 'của bên', 'về', 'còn về',
      ...['của', 'trong'].flatMap((of) => ['quân', 'quân đội', 'lực lượng', 'hàng ngũ', 'hàng ngũ quân', 'hàng ngũ quân đội', 'hàng ngũ lực lượng'].map((army) => `${of} ${army}`))],
    sideNouns: ['phía', 'bên'],
    otherSide: ['phía bên kia', 'ở phía bên kia', 'về phía bên kia', 'bên kia', 'ở bên kia', 'phía còn lại', 'ở phía còn lại', 'bên còn lại', 'ở bên còn lại'],
    // 'người Armenia' names its people with a noun of its own.
    pluralEndings: [],
    opponents: ['chống', 'chống lại', 'với', 'bởi', 'đánh', 'tấn công', 'đẩy lùi'],
    comparisons: ['so với', 'so với con số', 'so với mức'],
    openingSides: ['về', 'ở', 'còn về', 'còn ở'],
    singulars: [],
    // "một người khác": 'một' is a number, 'khác' its others' word.
    oneMore: [],
    // 'có thể' alone is left out: "200 người có thể thiệt mạng" may speak of what happened.
    forecasts: ['sẽ', 'có thể sẽ', 'có thể phải', 'dự kiến', 'dự kiến sẽ', 'có nguy cơ', 'có khả năng', 'nhiều khả năng'],
    afterwards: ['sau đó', 'về sau', 'rồi', 'và sau đó', 'nhưng sau đó', 'và đã'],
    unharmed: ['sống sót', 'còn sống', 'được cứu', 'cứu sống', 'được cứu sống', 'được giải cứu', 'giải cứu', 'thoát nạn', 'thoát chết', 'an toàn', 'vô sự', 'bình an'],
    appositionOpeners: ['tương đương', 'tương đương với', 'tức', 'tức là', 'hay', 'hay là', 'nghĩa là'],
    // 'về phía', 'bên phía' open a side or a direction ("thiệt mạng về phía Armenia", "chạy về phía biên giới").
    adjunctOpeners: ['ở', 'tại', 'trong', 'khi', 'sau khi', 'gần', 'hôm', 'vào', 'về phía', 'bên phía'],
    // "tăng thêm 40 lên 230": 'lên' joins no range, so no difference word needs to be listed.
    changeBy: [],
    // "tăng 40 lên 300": the new value follows 'lên', no range's joiner.
    changeVerbs: [],
    idioms: ['cả hai bên', 'cả hai phía', 'hai bên', 'hai phía', 'hai nước', 'một cách', 'một lần nữa', 'một mặt', 'một phần', 'một bên', 'một lúc', 'một khi', 'một vài lần', 'thứ nhất', 'một chiều', 'một gia đình',
      ...FRACTIONS,
      // The start, middle or end of a year ('năm', also five) or month: "kể từ đầu năm"; and years counted or
      // spanned by a word, not a number: "cả năm", "hằng năm" (every year), "nhiều năm".
      'đầu năm', 'giữa năm', 'cuối năm', 'đầu tháng', 'giữa tháng', 'cuối tháng',
      'cả năm', 'hằng năm', 'hàng năm', 'mỗi năm', 'từng năm', 'nhiều năm', 'mấy năm', 'vài năm', 'các năm', 'quanh năm', 'suốt năm'],
    units: ['ngày', 'tuần', 'tháng', 'năm', 'giờ', 'phút', 'tiếng', 'thập kỷ', 'tuổi', 'km', 'cây số', 'mét', 'lần', 'đợt', 'phần trăm',
      '%', 'đồng', 'USD', 'đô la', 'tấn', 'quả', 'viên', 'xe', 'ngôi nhà', 'căn nhà', 'ngôi làng', 'tòa nhà', 'máy bay', 'xe tăng',
      // Households are no count of people: "300 hộ dân phải sơ tán" are 300 homes, not 300 civilians.
      'hộ', 'hộ dân', 'hộ gia đình'],
    durations: { 'giờ': 1 / 24, 'tiếng': 1 / 24, 'ngày': 1, 'tuần': 7, 'tháng': 31, 'năm': 366, 'thập kỷ': 3653 },
    periodFrom: ['từ', 'kể từ', 'tính từ', 'tính đến từ'],
    // "đêm 16 rạng sáng 17/10": the night that runs into the next day's dawn.
    periodTo: ['đến', 'tới', 'cho đến', 'cho tới', 'rạng sáng'],
    periodToDate: ['đến nay', 'tới nay', 'cho đến nay', 'cho tới nay', 'tính đến nay', 'đến thời điểm này', 'cho tới thời điểm này'],
    asOf: ['tính đến', 'tính tới', 'tính đến hết', 'cho đến', 'cho tới', 'đến', 'tới'],
    // 'ngày' and the parts of a day open an event's date as 'on' does: "vụ pháo kích ở Ganja rạng sáng 17/10"; so do the
    // start and the end of a stretch, as 'early' and 'late' do: "Đầu tuần này, …", "Cuối tháng trước, …".
    eventDateOpeners: ['vào', 'trong', 'hồi', 'hôm', 'riêng', 'chỉ riêng', 'chỉ trong', 'ngày', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'rạng sáng', 'lúc', 'vào lúc', 'đầu', 'cuối'],
    eventNouns: ['chiến tranh', 'cuộc chiến', 'xung đột', 'giao tranh', 'đụng độ', 'tấn công', 'không kích', 'pháo kích', 'đánh bom', 'vụ nổ',
      'thảm sát', 'phục kích', 'trận chiến', 'chiến dịch'],
    periodFromClause: ['kể từ khi', 'từ khi', 'kể từ lúc', 'từ lúc', 'kể từ'],
    outbreaks: OUTBREAKS,
    onsetVerbs: ['bùng phát', 'bùng nổ', 'nổ ra', 'bắt đầu', 'tái bùng phát', 'tái diễn', 'leo thang', 'tái khởi động'],
    endVerbs: ['chấm dứt', 'kết thúc', 'đã chấm dứt', 'đã kết thúc', 'khép lại', 'đã khép lại'],
    superlatives: ['nhất', 'đầu tiên', 'lần đầu tiên'],
    periodFillers: ['sáng', 'chiều', 'tối', 'đêm', 'rạng sáng', 'trưa', 'ngày', 'hôm', 'đầu', 'giữa', 'cuối'],
    // "theo báo cáo mới nhất của LHQ": the source's noun, perhaps what kind it is, then whose.
    // 'nguồn:' is a table's or caption's label: "3.825 binh sĩ thiệt mạng (nguồn: Bộ Quốc phòng Armenia)".
    attributionBefore: ['theo', 'nguồn:', ...CITING, ...[...STATEMENT_NOUNS, 'tin', 'nguồn tin']
      // "theo số liệu do Bộ Y tế công bố", "theo số liệu được Bộ Quốc phòng công bố", "theo số liệu mà Bộ Y tế đưa ra":
      // whose figures, by whom released.
      .flatMap((noun) => ['', ' mới nhất', ' mới', ' chính thức', ' gần đây nhất'].flatMap((kind) => ['của', 'do', 'được', 'từ', 'mà'].map((by) => `theo ${noun}${kind} ${by}`)))],
    // "Số liệu của Bộ Y tế cho thấy …": what a source's count shows is its claim, as "Health ministry figures show …".
    attributionAfter: [...SAYING, 'cho thấy', 'ước tính', 'báo cáo', 'đưa tin', 'loan tin', 'tiết lộ', 'viết', 'cảnh báo', 'ghi nhận', 'xác minh', 'thống kê', 'chỉ ra', 'cho rằng',
      // "Bộ Quốc phòng đưa ra con số 300 người chết": 'đưa ra' alone ("đưa ra cảnh báo") attributes nothing.
      // "trong khi Bộ Y tế đưa ra con số thấp hơn là 9 người": a rival's lower or higher figure.
      'đưa ra con số', 'đưa ra con số thấp hơn', 'đưa ra con số cao hơn'],
    // "Bộ Y tế điều chỉnh số người chết lên 45", "Armenia cập nhật con số thương vong", "Azerbaijan nâng số người chết lên
    // 61". After a comma ("… trong đêm qua, nâng tổng số lên 61") 'nâng' brings the total up, and says nothing.
    tollRevisions: ['điều chỉnh', 'cập nhật', 'hạ', 'nâng'].flatMap((verb) => ['số', 'con số', 'tổng số'].map((what) => `${verb} ${what}`)),
    sayingParticiples: [],
    // 'công bố' is a verb of saying already.
    publicationVerbs: ['cập nhật', 'được cập nhật', 'đưa ra', 'được đưa ra', 'phát hành', 'đăng tải', 'được đăng tải', 'tổng hợp', 'cung cấp', 'thu thập'],
    figureReferences: ['con số', 'số', 'tổng số'].flatMap((n) => ['', ' này', ' đó', ' thực tế', ' thực', ' thật', ' thật sự'].map((w) => `${n}${w}`)),
    // The noun comes first ("theo báo cáo của LHQ"): a verb after the name is a verb ("Theo Bộ Y tế cho biết").
    sourceNouns: [],
    // 'theo' governs any source already.
    sourcePrepositions: [],
    statementNouns: STATEMENT_NOUNS,
    settingVerbs: [],
    citingOpeners: CITING,
    agentMarkers: ['được', 'bởi'],
    claimOwnerMarkers: ['của', 'từ'],
    clauseOpeners: ['trong khi', 'trong khi đó', 'và', 'nhưng', 'còn', 'tuy nhiên', 'song'],
    // 'không' is left out: it stands in names ("lực lượng phòng không", "không quân").
    predicateOpeners: ['đã', 'đang', 'sẽ', 'cũng', 'vừa', 'mới', 'vẫn', 'đều', 'từng', 'chưa', 'chẳng', 'trước đó', 'sau đó',
      'tuần trước', 'tuần qua', 'tháng trước', 'tháng qua', 'gần đây', 'hồi đầu tuần', 'cuối tuần qua',
      // "Chính quyền Karabakh cho đến nay đã báo cáo …": up to now, as of now.
      'cho đến nay', 'cho tới nay', 'đến nay', 'tới nay', 'đến thời điểm này', 'tới thời điểm này', 'hiện nay', 'hiện tại',
      // 'hiện' alone stands in names ('Trung tâm Thực hiện …'); before a verb's auxiliary it is 'now'.
      ...['đã', 'đang', 'vẫn', 'cũng'].map((aux) => `hiện ${aux}`),
      // 'không' alone stands in names ("phòng không"); before a verb of saying it opens the predicate.
      ...['công bố', 'cho biết', 'xác nhận', 'tiết lộ', 'thừa nhận', 'báo cáo', 'đưa ra', 'nêu'].map((verb) => `không ${verb}`),
      ...['trong', 'trong một', 'qua', 'tại'].flatMap((lead) => ['thông báo', 'tuyên bố', 'thông cáo', 'báo cáo', 'cuộc họp báo', 'họp báo', 'bản tin',
        'bài đăng', 'cuộc phỏng vấn'].map((noun) => `${lead} ${noun}`))],
    nameAdjectives: ['mới nhất', 'gần đây nhất', 'mới đây nhất'],
    negations: ['không', 'chưa', 'chẳng', 'không hề', 'chưa hề', 'chưa từng', 'không được', 'không thể', 'chưa thể', 'không thể độc lập'],
    // 'bài', 'lời' make a noun of the verb after them: "trong bài phát biểu" (in a speech), "lời tuyên bố" (a statement).
    determiners: ['một', 'các', 'những', 'bản', 'mỗi', 'bài', 'lời'],
    objectDeterminers: ['cả', 'tất cả', 'toàn bộ', 'tất cả các', 'toàn bộ các'],
    companions: ['cùng', 'cùng với'],
    passiveAuxiliaries: ['được'],
    // A Vietnamese relative clause ('mà') rarely stands between a name and its verb; appositives do, and are read as such.
    relativePronouns: ['mà', 'vốn'],
    nameDescriptions: ['có trụ sở', 'đặt trụ sở', 'trụ sở tại', 'trụ sở ở'],
    copulas: ['là', 'đều là'],
    institutionNouns: ['bộ', 'quân đội', 'chính quyền', 'chính phủ', 'cảnh sát', 'nhà chức trách', 'giới chức', 'người phát ngôn', 'lực lượng',
      'cơ quan', 'ủy ban', 'uỷ ban', 'bệnh viện', 'hội chữ thập đỏ', 'phái bộ', 'quân khu', 'bộ chỉ huy', 'chỉ huy', 'thanh tra', 'thống đốc', 'thị trưởng', 'viện kiểm sát', 'cao ủy', 'cao uỷ', 'văn phòng', 'tổ chức', 'trung tâm', 'đài quan sát', 'hội đồng'],
    noOne: ['không bên nào', 'chưa bên nào', 'không phía nào', 'chưa phía nào', 'không ai', 'chưa ai', 'chẳng ai', 'không có ai'],
    anonymousWords: ['một', 'ông', 'bà', 'anh', 'chị', 'họ', 'người này', 'phía', 'các', 'những', 'giới chức', 'quan chức', 'nguồn tin',
      // Read apart, as they are often the sentence's first word, whose capital names no one: "Hai nguồn tin an ninh cho biết".
      'nhân chứng', 'người dân', 'cư dân', 'an ninh', 'địa phương', 'giấu tên', 'cấp cao', 'y tế', 'một số', 'nhiều', 'vài',
      'hai', 'ba', 'bốn', 'năm',
      // "Số liệu công bố hôm thứ Hai cho thấy …": counts by no one named, as "Figures show" ("Thống kê của LHQ" says whose).
      'số liệu', 'dữ liệu', 'thống kê', 'mới nhất', 'sơ bộ', 'ban đầu',
      // "Video cho thấy …", "Điều này cho thấy …": what is seen shows, and says nothing.
      'video', 'đoạn video', 'hình ảnh', 'bức ảnh', 'điều này', 'điều đó',
      // "Truyền thông địa phương đưa tin …", as "Local media reported": media of no one named ("Truyền thông Nga" say whose).
      'truyền thông', 'báo chí',
      // "Cuộc điều tra cho biết …" (the inquiry said), "Vụ pháo kích …": the classifier of an event or an act names no one.
      'vụ', 'cuộc', 'trận', 'đợt'],
    abbreviations: ['TP.', 'Tp.', 'ThS.', 'TS.', 'PGS.', 'GS.', 'St.'],
  },
};
