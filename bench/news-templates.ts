// News-like article text for the speed benchmark, generated from templates with a seeded random source
// so that every run reads the same bytes. Most sentences are the ordinary matter of news (diplomacy,
// economy, dates, amounts); about one in seven is a casualty sentence from the extraction corpus.

export type Random = () => number;

/** mulberry32: a small, fast, seedable generator; good enough to vary text. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const SLOTS = {
  en: {
    PERSON: ['Sergei Lavrov', 'Jeyhun Bayramov', 'Zohrab Mnatsakanyan', 'Mike Pompeo', 'Nikol Pashinyan', 'Ilham Aliyev', 'Antonio Guterres'],
    PLACE: ['Moscow', 'Baku', 'Yerevan', 'Stepanakert', 'Geneva', 'Washington', 'Kyiv', 'Khartoum', 'Brussels'],
    ORG: ['the OSCE Minsk Group', 'the Foreign Ministry', 'the European Union', 'the Red Cross', 'the World Bank', 'the Security Council'],
    DATE: ['Oct. 21', 'Sept. 27', 'Monday', 'Nov. 10', 'March 3', 'Thursday', 'Dec. 1'],
    NUM: ['3', '12', '40', '250', '1,200', '2.5', '18', '600', '7,000', '45'],
  },
  vi: {
    PERSON: ['Sergei Lavrov', 'Jeyhun Bayramov', 'Zohrab Mnatsakanyan', 'Mike Pompeo', 'Nikol Pashinyan', 'Ilham Aliyev', 'Antonio Guterres'],
    PLACE: ['Moskva', 'Baku', 'Yerevan', 'Stepanakert', 'Geneva', 'Washington', 'Kiev', 'Khartoum', 'Brussels'],
    ORG: ['Nhóm Minsk của OSCE', 'Bộ Ngoại giao', 'Liên minh châu Âu', 'Hội Chữ thập đỏ', 'Ngân hàng Thế giới', 'Hội đồng Bảo an'],
    DATE: ['ngày 21/10', 'ngày 27/9', 'hôm thứ Hai', 'ngày 10/11', 'ngày 3/3', 'sáng 17.10', 'ngày 1/12'],
    NUM: ['3', '12', '40', '250', '1.200', '2,5', '18', '600', '7.000', '45'],
  },
} as const;

const TEMPLATES = {
  en: [
    'Foreign Minister {PERSON} met his counterpart in {PLACE} on {DATE} to discuss the ceasefire.',
    '{ORG} said in a statement that talks would resume in {PLACE} next week.',
    'The two sides agreed on {DATE} to exchange prisoners under the mediation of {ORG}.',
    'Officials in {PLACE} said {NUM} trucks of humanitarian aid had crossed the border since {DATE}.',
    'Markets in {PLACE} fell {NUM} percent after the announcement, analysts said.',
    'The government approved a budget of {NUM} million dollars for reconstruction, {PERSON} told reporters.',
    '"We are ready to continue the negotiations," {PERSON} said after the meeting in {PLACE}.',
    'The region, home to about {NUM},000 people, has been disputed since the collapse of the Soviet Union.',
    'According to {ORG}, {NUM} schools and {NUM} hospitals in the area need repairs before the winter.',
    'The meeting lasted {NUM} hours and ended without a joint statement.',
    'Flights between {PLACE} and {PLACE} resumed on {DATE} for the first time in {NUM} weeks.',
    '{PERSON} is expected to travel to {PLACE} on {DATE}, a spokesperson for {ORG} said.',
    'The talks are seen as a test of whether the ceasefire can hold through the winter.',
    'Diplomats in {PLACE} said the two sides remained far apart on the status of the region.',
    '"There is no military solution to this conflict," {PERSON} told a news conference in {PLACE}.',
    'Analysts say the outcome will shape the balance of power in the South Caucasus for years to come.',
    'The statement did not say when the next round of negotiations would take place.',
    '{ORG} called on all parties to respect international humanitarian law and to protect civilian infrastructure.',
    'Residents of {PLACE} described long queues for bread and fuel as prices continued to rise.',
    'The report, which has not been made public, was shared with members of {ORG}.',
  ],
  vi: [
    'Ngoại trưởng {PERSON} đã có cuộc gặp với người đồng cấp tại {PLACE} vào {DATE} để thảo luận về lệnh ngừng bắn.',
    '{ORG} cho biết trong một tuyên bố rằng các cuộc đàm phán sẽ được nối lại tại {PLACE} vào tuần tới.',
    'Hai bên đã nhất trí trao đổi tù binh từ {DATE} dưới sự trung gian của {ORG}.',
    'Giới chức tại {PLACE} cho biết {NUM} xe chở hàng viện trợ nhân đạo đã qua biên giới kể từ {DATE}.',
    'Thị trường chứng khoán tại {PLACE} giảm {NUM}% sau thông báo này, các nhà phân tích cho biết.',
    'Chính phủ đã phê duyệt ngân sách {NUM} triệu USD cho công cuộc tái thiết, ông {PERSON} nói với báo giới.',
    '"Chúng tôi sẵn sàng tiếp tục đàm phán", ông {PERSON} phát biểu sau cuộc gặp tại {PLACE}.',
    'Khu vực này có khoảng {NUM}.000 người sinh sống và là vùng tranh chấp kể từ khi Liên Xô tan rã.',
    'Theo {ORG}, {NUM} trường học và {NUM} bệnh viện trong khu vực cần được sửa chữa trước mùa đông.',
    'Cuộc gặp kéo dài {NUM} giờ và kết thúc mà không có tuyên bố chung.',
    'Các chuyến bay giữa {PLACE} và {PLACE} được nối lại vào {DATE} lần đầu tiên sau {NUM} tuần.',
    'Ông {PERSON} dự kiến sẽ tới {PLACE} vào {DATE}, người phát ngôn của {ORG} cho biết.',
    'Các cuộc đàm phán được xem là phép thử đối với khả năng duy trì lệnh ngừng bắn trong mùa đông.',
    'Các nhà ngoại giao tại {PLACE} cho biết hai bên vẫn còn nhiều bất đồng về quy chế của khu vực.',
    '"Không có giải pháp quân sự cho cuộc xung đột này", ông {PERSON} phát biểu trong cuộc họp báo tại {PLACE}.',
    'Giới phân tích cho rằng kết quả này sẽ định hình cán cân quyền lực ở Nam Kavkaz trong nhiều năm tới.',
    'Tuyên bố không nêu rõ thời điểm diễn ra vòng đàm phán tiếp theo.',
    '{ORG} kêu gọi các bên tôn trọng luật nhân đạo quốc tế và bảo vệ cơ sở hạ tầng dân sự.',
    'Người dân tại {PLACE} cho biết họ phải xếp hàng dài để mua bánh mì và nhiên liệu trong khi giá cả tiếp tục tăng.',
    'Báo cáo, vốn chưa được công bố, đã được chia sẻ với các thành viên của {ORG}.',
  ],
} as const;

function sentence(language: 'en' | 'vi', casualty: readonly string[], random: Random): string {
  if (random() < 1 / 7) return pick(random, casualty);
  const slots = SLOTS[language];
  const filled = pick(random, TEMPLATES[language]).replace(/\{(\w+)\}/g, (_m, slot: keyof typeof slots) => pick(random, slots[slot]));
  // A slot at the start ("the Red Cross said …") is capitalised, as in print: a lower-case start would run
  // two sentences into one.
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** One article: 4 to 12 paragraphs of 2 to 6 sentences. */
export function articleText(language: 'en' | 'vi', casualty: readonly string[], random: Random): string {
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(random() * 9);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const n = 2 + Math.floor(random() * 5);
    for (let s = 0; s < n; s++) sentences.push(sentence(language, casualty, random));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}
