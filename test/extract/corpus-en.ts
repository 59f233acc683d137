// English casualty sentences as given/expect rows: wire and newspaper sentences, many paraphrasing
// reporting on Nagorno-Karabakh, Ukraine, Gaza, Sudan, Syria and Myanmar. `expect` lists every figure
// the sentence must yield, in text order, with the interval the rule table gives it (policy
// 'interval'); an empty list means the sentence holds numbers that are not casualty figures (dates,
// durations, differences, ordinals, headcounts of people who are not victims).
import { fig, type CorpusRow } from './read-text.ts';

export const corpusEn: CorpusRow[] = [
  {
    text: "The Armenian Defence Ministry said 874 servicemen and 37 civilians had been killed since the fighting began on Sept. 27.",
    expect: [
      fig('killed', 'military', 'exact', 874, 874, 874, 'exact', { claimant: "The Armenian Defence Ministry" }),
      fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact'),
    ],
  },
  {
    text: "At least 16 people were killed and more than 100 wounded in the shelling of Stepanakert, local officials said.",
    expect: [
      fig('killed', 'total', 'at_least', 16, 16, 18, 'at_least.rounding', { claimant: "" }),
      fig('wounded', 'total', 'more_than', 101, 101, 150, 'more_than.rounding'),
    ],
  },
  {
    text: "Israeli airstrikes killed at least 30 people in Gaza overnight, the territory's Health Ministry said.",
    expect: [fig('killed', 'total', 'at_least', 30, 30, 40, 'at_least.rounding', { claimant: "the territory's Health Ministry" })],
  },
  {
    text: "The death toll from Sunday's missile strike on the railway station in Kramatorsk rose to 59, regional governor Pavlo Kyrylenko said.",
    expect: [fig('killed', 'total', 'exact', 59, 59, 59, 'exact', { claimant: "regional governor Pavlo Kyrylenko" })],
  },
  {
    text: "Russian shelling killed 12 civilians and wounded 30 others in Kherson on Tuesday.",
    expect: [
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'),
      fig('wounded', 'total', 'exact', 30, 30, 30, 'exact'),
    ],
  },
  {
    text: "The fighting has displaced more than 90,000 people, according to the UN refugee agency.",
    expect: [fig('displaced', 'total', 'more_than', 90001, 90001, 100000, 'more_than.rounding', { claimant: "the UN refugee agency" })],
  },
  {
    text: "Between 1,000 and 1,500 Ukrainian soldiers have been killed in the battle for Bakhmut, a Western official estimated.",
    expect: [fig('killed', 'military', 'range', 1000, 1250, 1500, 'range.midpoint', { side: "ukrainian" })],
  },
  {
    text: "Sudan's health ministry said about 200 people had died and 1,800 had been wounded since the clashes erupted.",
    expect: [
      fig('killed', 'total', 'approx', 150, 200, 250, 'approx.rounding', { claimant: "Sudan's health ministry" }),
      fig('wounded', 'total', 'exact', 1800, 1800, 1800, 'exact'),
    ],
  },
  {
    text: "Hundreds, if not thousands, of people have been killed in Mariupol, officials said.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope', { claimant: "" })],
  },
  {
    text: "Dozens of civilians were killed in the village, witnesses told Reuters.",
    expect: [fig('killed', 'civilian', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "Tens of thousands of people have fled Nagorno-Karabakh for Armenia since Azerbaijan's offensive began.",
    expect: [fig('displaced', 'total', 'tens_of_thousands', 10000, 20000, 99999, 'vague.tens_of_thousands')],
  },
  {
    text: "More than 100,000 ethnic Armenians fled the region within a week.",
    expect: [fig('displaced', 'total', 'more_than', 100001, 100001, 150000, 'more_than.rounding', { side: "armenian" })],
  },
  {
    text: "The United Nations says at least 9,000 civilians have been killed in Ukraine since February 2022.",
    expect: [fig('killed', 'civilian', 'at_least', 9000, 9000, 10000, 'at_least.rounding', { claimant: "The United Nations" })],
  },
  {
    text: "Nearly 1,000 people have been killed in the fighting since Sept. 27.",
    expect: [fig('killed', 'total', 'nearly', 900, 950, 1000, 'nearly.just_under')],
  },
  {
    text: "Putin said the death toll was approaching 5,000 and that more than 2,000 had been killed on each side.",
    expect: [
      fig('killed', 'total', 'nearly', 4500, 4750, 5000, 'nearly.just_under', { claimant: "Putin" }),
      fig('killed', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ["each_side"] }),
    ],
  },
  {
    text: "Azerbaijan's Defence Ministry confirmed on Dec. 3 that 2,783 servicemen had been killed.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: "Azerbaijan's Defence Ministry" })],
  },
  {
    text: "Around 25,000–30,000 people were killed in the 1988–1994 war.",
    expect: [fig('killed', 'total', 'range', 25000, 27500, 30000, 'range.midpoint')],
  },
  {
    text: "The strike, which hit a crowded market, killed 16 people.",
    expect: [fig('killed', 'total', 'exact', 16, 16, 16, 'exact')],
  },
  {
    text: "Scores of fighters were killed or wounded in the assault.",
    expect: [fig('casualties', 'military', 'scores', 40, 60, 199, 'vague.scores')],
  },
  {
    text: "An estimated 25,000 soldiers and civilians died in the first war.",
    expect: [fig('killed', 'total', 'approx', 22500, 25000, 27500, 'approx.rounding')],
  },
  {
    text: "Several soldiers were wounded when their vehicle hit a mine.",
    expect: [fig('wounded', 'military', 'several', 3, 5, 9, 'vague.several')],
  },
  {
    text: "The ministry put the number of missing at 243.",
    expect: [fig('missing', 'total', 'exact', 243, 243, 243, 'exact')],
  },
  {
    text: "Up to 1.5 million people have been forced to flee their homes, aid agencies estimate.",
    expect: [fig('displaced', 'total', 'at_most', 1000000, 1500000, 1500000, 'at_most.rounding')],
  },
  {
    text: "As many as 300 people may have died in the theatre, Ukrainian officials said.",
    expect: [fig('killed', 'total', 'at_most', 200, 300, 300, 'at_most.rounding', { claimant: "Ukrainian officials" })],
  },
  {
    text: "Fewer than 50 civilians were evacuated from the plant on Sunday.",
    expect: [fig('displaced', 'civilian', 'fewer_than', 40, 49, 49, 'fewer_than.rounding')],
  },
  {
    text: "Over 1,000 Azerbaijani troops have been killed, Armenian officials claimed.",
    expect: [fig('killed', 'military', 'more_than', 1001, 1001, 1500, 'more_than.rounding', { side: "azerbaijani", claimant: "Armenian officials" })],
  },
  {
    text: "Officials reported 12 dead and 37 injured after the drone attack.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: "" }),
      fig('wounded', 'total', 'exact', 37, 37, 37, 'exact'),
    ],
  },
  {
    text: "A few people were hurt by flying glass.",
    expect: [fig('wounded', 'total', 'a_few', 2, 3, 5, 'vague.a_few')],
  },
  {
    text: "The Palestinian Health Ministry said the death toll had reached 4,385, including 1,756 children.",
    expect: [
      fig('killed', 'total', 'exact', 4385, 4385, 4385, 'exact', { claimant: "The Palestinian Health Ministry" }),
      fig('killed', 'children', 'exact', 1756, 1756, 1756, 'exact', { claimant: "The Palestinian Health Ministry" }),
    ],
  },
  {
    text: "Two Ukrainian servicemen were killed and four wounded in shelling overnight.",
    expect: [
      fig('killed', 'military', 'exact', 2, 2, 2, 'exact', { side: "ukrainian" }),
      fig('wounded', 'military', 'exact', 4, 4, 4, 'exact', { side: "ukrainian" }),
    ],
  },
  {
    text: "At least 1,586 Armenian soldiers have died since Sept. 27, the Artsakh Defence Ministry said.",
    expect: [fig('killed', 'military', 'at_least', 1586, 1586, 1745, 'at_least.rounding', { side: "armenian", claimant: "the Artsakh Defence Ministry" })],
  },
  {
    text: "Myanmar's military has killed more than 4,000 civilians since the 2021 coup, a monitoring group said.",
    expect: [fig('killed', 'civilian', 'more_than', 4001, 4001, 5000, 'more_than.rounding', { claimant: "a monitoring group" })],
  },
  {
    text: "The clashes left at least 83 dead and hundreds injured.",
    expect: [
      fig('killed', 'total', 'at_least', 83, 83, 92, 'at_least.rounding'),
      fig('wounded', 'total', 'hundreds', 100, 200, 999, 'vague.hundreds'),
    ],
  },
  {
    text: "Some 30,000 people were killed and hundreds of thousands displaced in the war.",
    expect: [
      fig('killed', 'total', 'approx', 25000, 30000, 35000, 'approx.rounding'),
      fig('displaced', 'total', 'hundreds_of_thousands', 100000, 200000, 999999, 'vague.hundreds_of_thousands'),
    ],
  },
  {
    text: "From 42,000 to 44,000 people were killed in the fighting, the researchers estimate.",
    expect: [fig('killed', 'total', 'range', 42000, 43000, 44000, 'range.midpoint')],
  },
  {
    text: "A UN panel of experts said 10,000-15,000 people had been killed in El Geneina alone.",
    expect: [fig('killed', 'total', 'range', 10000, 12500, 15000, 'range.midpoint', { claimant: "A UN panel of experts" })],
  },
  {
    text: "Almost 500 people remain missing after the attack.",
    expect: [fig('missing', 'total', 'nearly', 450, 475, 500, 'nearly.just_under')],
  },
  {
    text: "The Ukrainian military said it had killed 450 Russian troops in the past day.",
    expect: [fig('killed', 'military', 'exact', 450, 450, 450, 'exact', { side: "russian", claimant: "The Ukrainian military" })],
  },
  {
    text: "Health officials said 112 people were killed or injured.",
    expect: [fig('casualties', 'total', 'exact', 112, 112, 112, 'exact')],
  },
  {
    text: "The Azerbaijani Prosecutor General's Office said 93 civilians had been killed and 454 wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 93, 93, 93, 'exact', { claimant: "The Azerbaijani Prosecutor General's Office" }),
      fig('wounded', 'civilian', 'exact', 454, 454, 454, 'exact'),
    ],
  },
  {
    text: "The death toll on the two sides rose to 5,000, according to the monitors.",
    expect: [fig('killed', 'total', 'exact', 5000, 5000, 5000, 'exact')],
  },
  {
    text: "Flight 752 was shot down, and all 176 people on board were killed.",
    expect: [fig('killed', 'total', 'exact', 176, 176, 176, 'exact')],
  },
  {
    text: "The ceasefire took effect on Oct. 10 after six weeks of fighting that killed thousands.",
    expect: [fig('killed', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "The Syrian Observatory for Human Rights said 64 fighters were among the dead.",
    expect: [fig('killed', 'military', 'exact', 64, 64, 64, 'exact', { claimant: "The Syrian Observatory for Human Rights" })],
  },
  {
    text: "Russia has deployed about 2,000 peacekeepers to the region under the deal signed on Nov. 10.",
    expect: [],
  },
  {
    // The 5,000 deployed are no casualties; the one soldier killed is.
    text: "Some 5,000 troops were deployed to the border, the ministry said, after a soldier was killed on Friday.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "About 120,000 ethnic Armenians lived in Nagorno-Karabakh before the exodus.",
    expect: [],
  },
  {
    text: "The death toll was about 1,000 more than previously reported.",
    expect: [],
  },
  {
    text: "Armenia said 40 more servicemen had been killed.",
    expect: [],
  },
  {
    text: "The wounded were taken to a hospital 12 km away.",
    expect: [],
  },
  {
    text: "Two million people live in the region, where fighting killed a soldier on Tuesday.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact')],
  },
  {
    // The age is no figure; the one boy is.
    text: "A 12-year-old boy was among those killed.",
    expect: [fig('killed', 'children', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "He was the third journalist killed since Oct. 7.",
    expect: [],
  },
  {
    text: "The soldiers killed in the attack on 3/12 were buried on Sunday.",
    expect: [],
  },
  {
    text: "The death toll rose by 40 overnight.",
    expect: [],
  },
  {
    text: "Hospitals have treated the injured for six weeks.",
    expect: [],
  },
  {
    text: "The war, which began on Feb. 24, 2022, has killed civilians in every region.",
    expect: [],
  },
  {
    text: "Fighting that began on Sept. 27 has killed soldiers on both sides.",
    expect: [],
  },
  {
    text: "Gaza's Health Ministry says more than 33,000 Palestinians have been killed in the war, a figure that does not distinguish between civilians and combatants.",
    expect: [fig('killed', 'total', 'more_than', 33001, 33001, 36300, 'more_than.rounding', { side: "palestinian", claimant: "Gaza's Health Ministry" })],
  },
  {
    text: "At least 1,200 people were killed in Hamas's Oct. 7 attack on Israel, according to Israeli officials.",
    expect: [fig('killed', 'total', 'at_least', 1200, 1200, 1320, 'at_least.rounding', { claimant: "Israeli officials" })],
  },
  {
    text: "The army and the Rapid Support Forces have been fighting since April 15, 2023, in a war that has killed more than 14,000 people and displaced over 8 million.",
    expect: [
      fig('killed', 'total', 'more_than', 14001, 14001, 15400, 'more_than.rounding'),
      fig('displaced', 'total', 'more_than', 8000001, 8000001, 9000000, 'more_than.rounding'),
    ],
  },
  {
    text: "Two Israeli soldiers were killed in southern Gaza on Monday, the military said.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact', { side: "israeli", claimant: "the military" })],
  },
  {
    text: "The UN humanitarian office said nearly 1.9 million people, or about 85% of Gaza's population, had been displaced.",
    expect: [fig('displaced', 'total', 'nearly', 1710000, 1805000, 1900000, 'nearly.just_under', { claimant: "The UN humanitarian office" })],
  },
  {
    text: "More than 6,000 Ukrainian civilians have been killed since the start of the invasion, the UN said.",
    expect: [fig('killed', 'civilian', 'more_than', 6001, 6001, 7000, 'more_than.rounding', { side: "ukrainian", claimant: "the UN" })],
  },
  {
    text: "Russia's Defence Ministry said its forces had killed up to 600 Ukrainian servicemen in a strike on Kramatorsk, a claim Reuters could not verify.",
    expect: [fig('killed', 'military', 'at_most', 500, 600, 600, 'at_most.rounding', { side: "ukrainian", claimant: "Russia's Defence Ministry" })],
  },
  {
    text: "Since October, at least 400 people have died in the camp, according to Médecins Sans Frontières.",
    expect: [fig('killed', 'total', 'at_least', 400, 400, 500, 'at_least.rounding', { claimant: "Médecins Sans Frontières" })],
  },
  {
    text: "More than 2 million Ukrainians have fled to Poland.",
    expect: [fig('displaced', 'total', 'more_than', 2000001, 2000001, 3000000, 'more_than.rounding', { side: "ukrainian" })],
  },
  {
    text: "In all, about 3,000 people were reported missing.",
    expect: [fig('missing', 'total', 'approx', 2500, 3000, 3500, 'approx.rounding')],
  },
  {
    text: "Sixteen people died when a shell hit a bus stop in Donetsk, the Russian-installed mayor said.",
    expect: [fig('killed', 'total', 'exact', 16, 16, 16, 'exact')],
  },
  {
    text: "Police said 15 suspects had been arrested over the bombing that killed four people.",
    expect: [fig('killed', 'total', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "The army said 1,500 militants had been killed in the past month, a figure that could not be independently verified.",
    expect: [fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact')],
  },
  {
    text: "Israel says about 1,200 people were killed in the attack and around 250 taken hostage.",
    expect: [fig('killed', 'total', 'approx', 1140, 1200, 1260, 'approx.rounding', { claimant: "Israel" })],
  },
  {
    text: "Of the 874 servicemen killed, 37 were officers.",
    expect: [fig('killed', 'military', 'exact', 874, 874, 874, 'exact')],
  },
  {
    text: "The number of dead had climbed to 300 by Friday evening, the regional administration said.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "A local official put the toll at 31 dead and 45 injured.",
    expect: [
      fig('killed', 'total', 'exact', 31, 31, 31, 'exact', { claimant: "" }),
      fig('wounded', 'total', 'exact', 45, 45, 45, 'exact'),
    ],
  },
  {
    text: "A hospital official said five of the wounded were in critical condition.",
    expect: [],
  },
  {
    text: "The Kremlin said the 2,000 troops would stay for five years.",
    expect: [],
  },
  {
    text: "The shelling began at 6 a.m. and lasted for three hours, residents said, but no one was killed.",
    expect: [],
  },
  {
    text: "Azerbaijan has not disclosed its military losses, but says 61 Azerbaijani civilians have been killed and 291 wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { side: "azerbaijani", claimant: "Azerbaijan" }),
      fig('wounded', 'civilian', 'exact', 291, 291, 291, 'exact', { side: "azerbaijani", claimant: "Azerbaijan" }),
    ],
  },
  {
    text: "Nagorno-Karabakh officials have reported 1,177 military deaths, while Azerbaijan has not disclosed its losses.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { claimant: "Nagorno-Karabakh officials" })],
  },
  {
    text: "Armenian authorities said on Thursday that 2,317 servicemen had died, up from 1,339 reported the previous month.",
    expect: [fig('killed', 'military', 'exact', 2317, 2317, 2317, 'exact', { claimant: "Armenian authorities" })],
  },
  {
    text: "Moscow estimated that up to 5,000 people had been killed, including more than 2,000 on each side.",
    expect: [
      fig('killed', 'total', 'at_most', 4000, 5000, 5000, 'at_most.rounding'),
      fig('killed', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ["each_side"] }),
    ],
  },
  {
    text: "According to the Syrian Observatory, 28 pro-government fighters and 19 jihadists died in the clashes.",
    expect: [
      fig('killed', 'military', 'exact', 28, 28, 28, 'exact', { claimant: "the Syrian Observatory" }),
      fig('killed', 'military', 'exact', 19, 19, 19, 'exact'),
    ],
  },
  {
    text: "The Ukrainian air force said it shot down 29 of 31 drones launched overnight.",
    expect: [],
  },
  {
    text: "Russian forces fired more than 100 missiles at Ukrainian cities on Friday, killing at least 31 people and injuring 160.",
    expect: [
      fig('killed', 'total', 'at_least', 31, 31, 35, 'at_least.rounding'),
      fig('wounded', 'total', 'exact', 160, 160, 160, 'exact'),
    ],
  },
  {
    text: "Medics said 21 bodies had been brought to the hospital.",
    expect: [fig('killed', 'total', 'exact', 21, 21, 21, 'exact')],
  },
  {
    text: "Armenia and Azerbaijan agreed on Oct. 10 to a ceasefire to exchange prisoners and the bodies of those killed.",
    expect: [],
  },
  {
    text: "The Armenian side has lost more than 3,000 servicemen, President Aliyev claimed in an interview, a figure Yerevan rejected.",
    expect: [fig('killed', 'military', 'more_than', 3001, 3001, 4000, 'more_than.rounding', { side: 'armenian', claimant: "President Aliyev" })],
  },
  {
    text: "Heavy shelling overnight killed at least seven civilians in the city of Kharkiv, the regional governor said on Telegram.",
    expect: [fig('killed', 'civilian', 'at_least', 7, 7, 8, 'at_least.rounding')],
  },
  {
    text: "The Red Cross said some 1,500 people were still missing a year after the war ended.",
    expect: [fig('missing', 'total', 'approx', 1250, 1500, 1750, 'approx.rounding', { claimant: "The Red Cross" })],
  },
  {
    text: "More than 500 people have been killed and thousands wounded since the fighting broke out on April 15, the World Health Organization said.",
    expect: [
      fig('killed', 'total', 'more_than', 501, 501, 600, 'more_than.rounding', { claimant: "the World Health Organization" }),
      fig('wounded', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands'),
    ],
  },
  {
    text: "Israel's military said three soldiers had been killed in Gaza, bringing its losses in the ground operation to 48.",
    expect: [
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact', { claimant: "Israel's military" }),
      fig('killed', 'military', 'exact', 48, 48, 48, 'exact', { claimant: "Israel's military", flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Nearly 40,000 people have fled their homes in the past week, according to the International Organization for Migration.",
    expect: [fig('displaced', 'total', 'nearly', 36000, 38000, 40000, 'nearly.just_under', { claimant: "the International Organization for Migration" })],
  },
  {
    text: "At least two people were killed when a Russian drone struck an apartment building in Odesa.",
    expect: [fig('killed', 'total', 'at_least', 2, 2, 3, 'at_least.rounding')],
  },
  {
    text: "The attack left 12 dead, among them four children, officials said.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'children', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Ukraine says it has lost 31,000 soldiers in two years of war, a figure far below U.S. estimates.",
    expect: [fig('killed', 'military', 'exact', 31000, 31000, 31000, 'exact', { claimant: "Ukraine" })],
  },
  {
    text: "The number of people displaced by the fighting has doubled to 2 million.",
    expect: [fig('displaced', 'total', 'exact', 2000000, 2000000, 2000000, 'exact')],
  },
  {
    text: "Police said the bomb killed 14 people and injured dozens more.",
    expect: [
      fig('killed', 'total', 'exact', 14, 14, 14, 'exact'),
      fig('wounded', 'total', 'dozens', 12, 24, 99, 'vague.dozens'),
    ],
  },
  {
    // "N more" of another measure than the figure before it counts others; of the same measure, an increase.
    text: "At least 20 people were killed and 50 more wounded in the strike, while 12 were killed on Monday and 15 more on Tuesday.",
    expect: [
      fig('killed', 'total', 'at_least', 20, 20, 30, 'at_least.rounding'),
      fig('wounded', 'total', 'exact', 50, 50, 50, 'exact'),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "Israeli strikes killed at least 30 people and wounded scores more, the health ministry said.",
    expect: [
      fig('killed', 'total', 'at_least', 30, 30, 40, 'at_least.rounding', { claimant: 'the health ministry' }),
      fig('wounded', 'total', 'scores', 40, 60, 199, 'vague.scores', { claimant: 'the health ministry' }),
    ],
  },
  {
    // "20 more than" compares: no count of others.
    text: "Five people were killed, 20 more than on Monday, and 40 were wounded.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact'), fig('wounded', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    // A bare number after its verb, then a place or a time: "kills 12 in Kharkiv".
    text: "Russian missile and drone attacks killed at least 17 people, including two children, and injured dozens across Ukraine on Thursday.",
    expect: [
      fig('killed', 'total', 'at_least', 17, 17, 19, 'at_least.rounding'),
      fig('killed', 'children', 'exact', 2, 2, 2, 'exact'),
      fig('wounded', 'total', 'dozens', 12, 24, 99, 'vague.dozens'),
    ],
  },
  {
    text: "A Russian missile strike killed 12 in Kharkiv and wounded 30 near the station.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 30, 30, 30, 'exact')],
  },
  {
    // The 'one' of "one family" counts no victims.
    text: "Five members of one family, including three children, died when their house was shelled.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Four members of one family died when their car was hit.",
    expect: [fig('killed', 'total', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Two soldiers were killed and 40 more servicemen were wounded.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact'), fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "No casualties were reported.",
    expect: [],
  },
  {
    text: "The 2020 war lasted 44 days and killed about 7,000 people on both sides.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "Azerbaijan's Defence Ministry said 2,783 of its servicemen had been killed in the 44-day war.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: "Azerbaijan's Defence Ministry" })],
  },
  {
    text: "Armenia has said 3,825 of its troops and 187 civilians were killed.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: "Armenia" }),
      fig('killed', 'civilian', 'exact', 187, 187, 187, 'exact', { claimant: "Armenia" }),
    ],
  },
  {
    text: "Dozens of them were killed when the shelter collapsed.",
    expect: [fig('killed', 'total', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "The bodies of 1,500 soldiers have been recovered since the ceasefire, the Defence Ministry said.",
    expect: [fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { claimant: "the Defence Ministry" })],
  },
  {
    text: "Around 90,000 people have been displaced, the ombudsman said.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding', { claimant: "the ombudsman" })],
  },
  {
    text: "Two of its hospitals were hit by shelling, but no one was killed, the ministry said.",
    expect: [],
  },
  {
    text: "The explosion killed four and wounded 12.",
    expect: [
      fig('killed', 'total', 'exact', 4, 4, 4, 'exact'),
      fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "Russia has lost an estimated 120,000 troops, according to U.S. officials.",
    expect: [fig('killed', 'military', 'approx', 114000, 120000, 126000, 'approx.rounding', { claimant: "U.S. officials" })],
  },
  {
    text: "Hamas-run health authorities say more than 30,000 Palestinians have been killed.",
    expect: [fig('killed', 'total', 'more_than', 30001, 30001, 40000, 'more_than.rounding', { claimant: "Hamas-run health authorities" })],
  },
  {
    text: "The UN has verified the deaths of 10,000 civilians in Ukraine since February 2022.",
    expect: [fig('killed', 'civilian', 'exact', 10000, 10000, 10000, 'exact', { claimant: "The UN" })],
  },
  {
    text: "The Battle of Shusha claimed at least 400 lives.",
    expect: [fig('killed', 'total', 'at_least', 400, 400, 500, 'at_least.rounding', { claimant: "" })],
  },
  {
    text: "The number of Armenian soldiers killed has risen to 1,166, the Defence Ministry in Stepanakert said.",
    expect: [fig('killed', 'military', 'exact', 1166, 1166, 1166, 'exact', { side: 'armenian', claimant: "the Defence Ministry in Stepanakert" })],
  },
  {
    text: "The number of people who attended the funeral rose to 2,000.",
    expect: [],
  },
  {
    text: "The ministry said 40 more servicemen were killed, bringing the total to 1,166.",
    expect: [fig('killed', 'military', 'exact', 1166, 1166, 1166, 'exact', { claimant: "The ministry", flags: ['measure_from_context'] })],
  },
  {
    text: "Armenia reported 51 more military deaths on Sunday, bringing its total to more than 1,100.",
    expect: [fig('killed', 'military', 'more_than', 1101, 1101, 1210, 'more_than.rounding', { claimant: "Armenia", flags: ['measure_from_context'] })],
  },
  {
    text: "Twelve more civilians were killed overnight, taking the total to 85.",
    expect: [fig('killed', 'civilian', 'exact', 85, 85, 85, 'exact', { flags: ['measure_from_context'] })],
  },
  {
    text: "Another 300 people fled on Monday, raising the total to about 90,000.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding', { flags: ['measure_from_context'] })],
  },
  {
    text: "Officials said 40 more trucks crossed the border, bringing the total to 1,200.",
    expect: [],
  },
  {
    text: "The strike killed 12 members of the same family, relatives said.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: "" })],
  },
  {
    text: "Authorities put the death toll at 150, but local activists say as many as 400 may have died.",
    expect: [
      fig('killed', 'total', 'exact', 150, 150, 150, 'exact'),
      fig('killed', 'total', 'at_most', 300, 400, 400, 'at_most.rounding'),
    ],
  },
  {
    text: "Dozens of villagers are feared to have been killed.",
    expect: [fig('killed', 'civilian', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "The attack left 12 people from the same village dead.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The shelling left at least five civilians in the town of Tartar dead, officials said.",
    expect: [fig('killed', 'civilian', 'at_least', 5, 5, 6, 'at_least.rounding')],
  },
  {
    text: "The storm left 300 families without power, and two people died.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Police said three people were arrested and two were killed.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact', { claimant: "Police" })],
  },
  {
    text: "Nearly half a million people have fled to neighbouring countries.",
    expect: [fig('displaced', 'total', 'nearly', 450000, 475000, 500000, 'nearly.just_under')],
  },
  {
    text: "Two-thirds of the 1.2 million residents have fled the city.",
    expect: [],
  },
  {
    text: "Half of the 200 people killed were children.",
    expect: [fig('killed', 'total', 'exact', 200, 200, 200, 'exact')],
  },
  {
    text: "A quarter of a million people have fled the fighting.",
    expect: [fig('displaced', 'total', 'exact', 250000, 250000, 250000, 'exact')],
  },
  {
    text: "Nearly three-quarters of a million people have been displaced, two thirds of them children.",
    expect: [fig('displaced', 'total', 'nearly', 675000, 712500, 750000, 'nearly.just_under')],
  },
  {
    text: "Millions of people have been displaced by the war.",
    expect: [fig('displaced', 'total', 'millions', 1000000, 2000000, 9999999, 'vague.millions')],
  },
  {
    text: "Hundreds, if not thousands, have died in the siege.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope')],
  },
  {
    text: "Thousands of Azerbaijani civilians were forced to leave their homes.",
    expect: [fig('displaced', 'civilian', 'thousands', 1000, 2000, 9999, 'vague.thousands', { side: 'azerbaijani' })],
  },
  {
    text: "The militia said it had lost 14 fighters.",
    expect: [fig('killed', 'military', 'exact', 14, 14, 14, 'exact', { claimant: "The militia" })],
  },
  {
    text: "Russia acknowledged that 1,500 of its soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { claimant: "Russia" })],
  },
  {
    text: "A mother of three was killed in the strike.",
    expect: [],
  },
  {
    text: "At least 23 people, including seven children, were killed in Russian strikes on Dnipro overnight, the regional governor said.",
    expect: [
      fig('killed', 'total', 'at_least', 23, 23, 26, 'at_least.rounding', { claimant: "the regional governor" }),
      fig('killed', 'children', 'exact', 7, 7, 7, 'exact', { claimant: "the regional governor" }),
    ],
  },
  {
    text: "The strike on Highway 7 killed 9 people.",
    expect: [fig('killed', 'total', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Two Su-25 jets were shot down and 3 pilots killed.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Some 2m people have fled the country.",
    expect: [fig('displaced', 'total', 'approx', 1500000, 2000000, 2500000, 'approx.rounding')],
  },
  {
    text: "It was the deadliest day since 2014, with 50 dead.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact')],
  },
  {
    text: "Brigade 155 lost 300 soldiers in the offensive.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Killed: 12. Wounded: 40.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Russia lost 300 tanks and 5,000 soldiers in the offensive.",
    expect: [fig('killed', 'military', 'exact', 5000, 5000, 5000, 'exact')],
  },
  {
    text: "The army deployed 300 tanks and 5,000 soldiers to the border.",
    expect: [],
  },
  {
    text: "About 100,000 of the 120,000 ethnic Armenians have fled the region.",
    expect: [fig('displaced', 'total', 'approx', 75000, 100000, 125000, 'approx.rounding', { side: 'armenian' })],
  },
  {
    text: "Two of the five wounded are in critical condition.",
    expect: [fig('wounded', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "One in five of those killed was a child.",
    expect: [],
  },
  {
    text: "About 1 out of 3 casualties were civilians.",
    expect: [],
  },
  {
    text: "The attack killed 5 people and wounded 12, 3 of them seriously.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact'), fig('wounded', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "27 people were killed, 14 of them children.",
    expect: [fig('killed', 'total', 'exact', 27, 27, 27, 'exact'), fig('killed', 'children', 'exact', 14, 14, 14, 'exact')],
  },
  {
    text: "200 soldiers killed 30 militants in the raid.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact')],
  },
  {
    text: "Hospital No. 3 received 40 wounded soldiers.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Casualties on both sides are estimated at several thousand.",
    expect: [fig('casualties', 'total', 'few_thousands', 2000, 3000, 9000, 'vague.few_thousands', { claimant: '' })],
  },
  {
    text: "The wounded numbered more than 11,000.",
    expect: [fig('wounded', 'total', 'more_than', 11001, 11001, 12100, 'more_than.rounding')],
  },
  {
    text: "Men between the ages of 18 and 60 were killed in the massacre, witnesses said.",
    expect: [],
  },
  {
    text: "Ukraine says 30 000 Russian soldiers have been killed.",
    expect: [fig('killed', 'military', 'exact', 30000, 30000, 30000, 'exact', { side: 'russian', claimant: 'Ukraine' })],
  },
  {
    text: "Five people, three of them soldiers, died in the blast.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact'), fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Of 500 residents, 200 have fled.",
    expect: [fig('displaced', 'civilian', 'exact', 200, 200, 200, 'exact')],
  },
  // Victims named by their work: journalists are civilians; police are neither soldiers nor, for certain, civilians.
  {
    text: "Two journalists were wounded on Thursday.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Three police officers and two aid workers were killed in the attack.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  // A toll past a number is more than it: an exact 4,000 would put the truth outside its interval.
  {
    text: "The death toll has passed 4,000.",
    expect: [fig('killed', 'total', 'more_than', 4001, 4001, 5000, 'more_than.rounding')],
  },
  {
    text: "The number of displaced people has exceeded 90,000, the UN said.",
    expect: [fig('displaced', 'total', 'more_than', 90001, 90001, 100000, 'more_than.rounding', { claimant: 'the UN' })],
  },
  // A whole that opens the sentence, then a part of it with victims of its own.
  {
    text: "Of the 33 dead, 12 were children.",
    expect: [fig('killed', 'total', 'exact', 33, 33, 33, 'exact'), fig('killed', 'children', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The army says it killed 120 militants, while the militants claim to have killed 40 soldiers.",
    expect: [
      fig('killed', 'military', 'exact', 120, 120, 120, 'exact', { claimant: 'The army' }),
      fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: '' }),
    ],
  },
  // A verb of saying first in its clause has its speaker after it; one that is not, before it.
  {
    text: "Twelve soldiers were killed on Sunday, said Armenian Defence Ministry spokesman Artsrun Hovhannisyan.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'Armenian Defence Ministry spokesman Artsrun Hovhannisyan' })],
  },
  {
    text: "The ministry said Armenian forces had shelled Tartar, killing 12 civilians.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "Armenian officials put the number of dead at 3,825.",
    expect: [fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenian officials' })],
  },
  {
    text: "The death toll rose by 12 to 59, the ministry said.",
    expect: [fig('killed', 'total', 'exact', 59, 59, 59, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "Aliyev said 2,783 servicemen had been killed and more than 100 were still missing.",
    expect: [
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Aliyev' }),
      fig('missing', 'military', 'more_than', 101, 101, 150, 'more_than.rounding', { claimant: 'Aliyev' }),
    ],
  },
  // The speaker's own victims: their side is the claimant's party, resolved when claims are made.
  {
    text: "Armenia says 3,825 of its soldiers died in the 44-day war.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', flags: ['own_side'] })],
  },
  {
    text: "Azerbaijan says it lost 2,783 troops in the war.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "Armenia said its forces had killed 200 soldiers.",
    expect: [fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { claimant: 'Armenia', flags: ['enemy_side'] })],
  },
  // A wire dateline is no part of the sentence, nor of its claimant.
  {
    text: "YEREVAN (Reuters) - Armenia said on Tuesday that 40 more of its soldiers had been killed, bringing the military death toll to 1,166.",
    expect: [fig('killed', 'military', 'exact', 1166, 1166, 1166, 'exact', { claimant: 'Armenia' })],
  },
  // One figure for both sides together is flagged; "both sides of" a line is a place.
  {
    text: "Nearly 5,000 people have been killed on both sides, according to Russian President Vladimir Putin.",
    expect: [fig('killed', 'total', 'nearly', 4500, 4750, 5000, 'nearly.just_under', { claimant: 'Russian President Vladimir Putin', flags: ['both_sides'] })],
  },
  {
    // Figures that share one verb share what is said after it of the sides.
    text: "About 2,500 soldiers and 150 civilians have been killed on both sides.",
    expect: [
      fig('killed', 'military', 'approx', 2250, 2500, 2750, 'approx.rounding', { flags: ['both_sides'] }),
      fig('killed', 'civilian', 'exact', 150, 150, 150, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "More than 2,000 soldiers and 100 civilians were killed on each side.",
    expect: [
      fig('killed', 'military', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ['each_side'] }),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { flags: ['each_side'] }),
    ],
  },
  {
    text: "Fighting on both sides of the line of contact killed 12 people.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { flags: [] })],
  },
  // A denied figure is claimed by the owner of the denied claim, if named, and flagged; a denial's reach is its clause;
  // the victims said to be someone's own are those of who denies.
  {
    text: "Azerbaijan denied reports that 100 of its soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani', claimant: '', flags: ['denied'] })],
  },
  {
    text: "Armenia rejected Azerbaijan's claim that 2,000 Armenian soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 2000, 2000, 2000, 'exact', { claimant: 'Azerbaijan', flags: ['denied'] })],
  },
  {
    text: "The ministry dismissed the reports, saying only 12 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { flags: [] })],
  },
  {
    text: "Azerbaijan rejected the truce and its shelling killed 30 civilians.",
    expect: [fig('killed', 'civilian', 'exact', 30, 30, 30, 'exact', { flags: [] })],
  },
  // 'of whom' joins a part to a whole that is no figure: the part is still read.
  {
    text: "The hospital treated 45 patients, 12 of whom later died.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // Survivors share no cue with the dead beside them.
  {
    text: "Of the 25 passengers, 18 people survived and 7 died when the bus was hit.",
    expect: [fig('killed', 'civilian', 'exact', 7, 7, 7, 'exact')],
  },
  {
    text: "Eighteen people were rescued alive and seven died.",
    expect: [fig('killed', 'total', 'exact', 7, 7, 7, 'exact')],
  },
  // A number before a verb of saying counts who speaks.
  {
    text: "The death toll rose to 300, one local official said.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { claimant: '' })],
  },
  {
    text: "Five residents told AFP that 12 people were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: '' })],
  },
  {
    text: "The strike killed 3 people who officials said were civilians.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact')],
  },
  // A forecast is no count; an upper estimate is.
  {
    text: "The death toll could rise to 5,000.",
    expect: [],
  },
  {
    text: "The death toll is likely to rise to 400 as rescuers search the rubble.",
    expect: [],
  },
  {
    text: "The death toll is expected to exceed 1,000.",
    expect: [],
  },
  {
    text: "The death toll stood at 300 on Friday and could rise to 500.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The death toll, which will be updated later, stands at 300.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The number of dead could be as high as 5,000, a UN official warned.",
    expect: [fig('killed', 'total', 'at_most', 4000, 5000, 5000, 'at_most.rounding', { claimant: 'a UN official' })],
  },
  // Military briefings' words for losses they claim to have inflicted.
  {
    text: "Russia said it had put out of action 1,200 Ukrainian troops.",
    expect: [fig('casualties', 'military', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Russia' })],
  },
  {
    text: "Russia's defence ministry said its forces had eliminated up to 600 Ukrainian servicemen.",
    expect: [fig('killed', 'military', 'at_most', 500, 600, 600, 'at_most.rounding', { claimant: "Russia's defence ministry" })],
  },
  // A part of a toll counts other victims than the toll does, or is no figure.
  {
    text: "Among the dead were 2 women and 3 children.",
    expect: [fig('killed', 'women', 'exact', 2, 2, 2, 'exact'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "The dead included 4 children and 2 women.",
    expect: [fig('killed', 'children', 'exact', 4, 4, 4, 'exact'), fig('killed', 'women', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "The toll includes 14 journalists, the Committee to Protect Journalists said.",
    expect: [fig('killed', 'civilian', 'exact', 14, 14, 14, 'exact', { claimant: 'the Committee to Protect Journalists' })],
  },
  {
    text: "The death toll, including 12 soldiers, rose to 300.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Hamas said 20 hostages had been killed in Israeli airstrikes.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'Hamas' })],
  },
  {
    text: "Seven members of a family, including four children, were killed.",
    expect: [fig('killed', 'total', 'exact', 7, 7, 7, 'exact'), fig('killed', 'children', 'exact', 4, 4, 4, 'exact')],
  },
  // An increase with no verb of its own repeats the figure before it, and a running total totals it.
  {
    text: "Armenia said 12 soldiers were killed on Monday and 40 more on Tuesday, bringing the total to 52.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'Armenia' }),
      fig('killed', 'military', 'exact', 52, 52, 52, 'exact', { claimant: 'Armenia', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Twelve soldiers died on Monday and another 40 on Tuesday, bringing the total to 52.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'military', 'exact', 52, 52, 52, 'exact', { flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Officials said 12 people were killed on Monday and 40 more trucks arrived on Tuesday, bringing the total to 1,200.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // The party named right after a toll is whose dead it counts; 'among' after a toll narrows it.
  {
    text: "The death toll on the Armenian side rose to 874.",
    expect: [fig('killed', 'total', 'exact', 874, 874, 874, 'exact', { side: 'armenian' })],
  },
  {
    text: "The military death toll among Armenian forces rose to 874.",
    expect: [fig('killed', 'military', 'exact', 874, 874, 874, 'exact', { side: 'armenian' })],
  },
  {
    text: "The death toll from the Azerbaijani shelling of Stepanakert rose to 20.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { side: '' })],
  },
  // A date's full stop between a toll and its number ends no clause.
  {
    text: "The death toll from the Oct. 7 attack stands at about 1,200.",
    expect: [fig('killed', 'total', 'approx', 1140, 1200, 1260, 'approx.rounding')],
  },
  // Claimants: an acronym is a name; an aside that opens with a determiner describes the name before it.
  {
    text: "The fighting has killed more than 1,700 people since April, according to the WHO, and displaced more than 8 million.",
    expect: [
      fig('killed', 'total', 'more_than', 1701, 1701, 1870, 'more_than.rounding', { claimant: 'the WHO' }),
      fig('displaced', 'total', 'more_than', 8000001, 8000001, 9000000, 'more_than.rounding', { claimant: 'the WHO' }),
    ],
  },
  {
    text: "The Syrian Observatory for Human Rights, a Britain-based war monitor, said the clashes had killed 33 fighters on both sides.",
    expect: [fig('killed', 'military', 'exact', 33, 33, 33, 'exact', { claimant: 'The Syrian Observatory for Human Rights', flags: ['both_sides'] })],
  },
  {
    text: "Turkish drone strikes killed at least 11 members of the Kurdish-led SDF, the group said.",
    expect: [fig('killed', 'total', 'at_least', 11, 11, 13, 'at_least.rounding', { claimant: 'the group' })],
  },
  {
    text: "Clashes in Tripoli killed at least 55 people and wounded 146, the emergency medicine centre said.",
    expect: [
      fig('killed', 'total', 'at_least', 55, 55, 61, 'at_least.rounding', { claimant: 'the emergency medicine centre' }),
      fig('wounded', 'total', 'exact', 146, 146, 146, 'exact', { claimant: 'the emergency medicine centre' }),
    ],
  },
  {
    text: "The 3 soldiers who escaped the ambush were later killed.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  // An article counts one victim, on its own cue or one right before it.
  {
    text: "Russian shelling killed a 47-year-old man in Kherson, the regional governor said.",
    expect: [fig('killed', 'total', 'exact', 1, 1, 1, 'exact', { claimant: 'the regional governor' })],
  },
  {
    text: "A civilian and two soldiers were killed.",
    expect: [fig('killed', 'civilian', 'exact', 1, 1, 1, 'exact'), fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "A Ukrainian soldier walks past the building where 12 people were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "A resident said 12 people were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "A 19-year-old Ukrainian soldier was killed and 3 were wounded.",
    expect: [
      fig('killed', 'military', 'exact', 1, 1, 1, 'exact', { side: 'ukrainian' }),
      fig('wounded', 'military', 'exact', 3, 3, 3, 'exact', { side: 'ukrainian' }),
    ],
  },
  {
    text: "The strike killed a number of civilians and a lot of soldiers.",
    expect: [],
  },
  {
    text: "An elderly woman was killed in the shelling.",
    expect: [fig('killed', 'women', 'exact', 1, 1, 1, 'exact')],
  },
  {
    // Police have no population of their own: people of no kind among the dead count what the toll counts, a subset.
    text: "Three police officers were among the dead.",
    expect: [],
  },
  // A part marker or a copula after people in general says who they were.
  {
    text: "At least 27 people were killed, of whom 14 people were children.",
    expect: [fig('killed', 'total', 'at_least', 27, 27, 30, 'at_least.rounding'), fig('killed', 'children', 'exact', 14, 14, 14, 'exact')],
  },
  // Displacement in the words of wire copy; 'from their homes' counts the displaced only after a causative.
  {
    text: "Fighting has forced some 40,000 people to flee.",
    expect: [fig('displaced', 'total', 'approx', 35000, 40000, 45000, 'approx.rounding')],
  },
  {
    text: "The war has forced more than 10 million people from their homes.",
    expect: [fig('displaced', 'total', 'more_than', 10000001, 10000001, 15000000, 'more_than.rounding', { flags: [] })],
  },
  {
    text: "The violence has sent 30,000 people fleeing across the border.",
    expect: [fig('displaced', 'total', 'exact', 30000, 30000, 30000, 'exact')],
  },
  {
    text: "More than 1.5 million people have sought refuge in neighbouring countries.",
    expect: [fig('displaced', 'total', 'more_than', 1500001, 1500001, 2000000, 'more_than.rounding')],
  },
  {
    text: "Gunmen abducted 20 people from their homes.",
    expect: [],
  },
  {
    text: "12 people fleeing the fighting were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // A rival claim of the figure before: a verb of saying hands over a number that counts nothing else.
  {
    text: "Official figures put the number of dead at 45, but local media reported at least 60.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: '' }),
      fig('killed', 'total', 'at_least', 60, 60, 70, 'at_least.rounding', { flags: ['measure_from_context'] })],
  },
  {
    text: "12 people were killed, but police said 3 suspects were arrested.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // A cue in quotation marks is still the cue.
  {
    text: 'Ukraine\'s general staff said 1,140 Russian soldiers had been "eliminated" in the past day.',
    expect: [fig('killed', 'military', 'exact', 1140, 1140, 1140, 'exact', { side: 'russian', claimant: "Ukraine's general staff" })],
  },
  // The comma of a thousands group opens no aside: the claimant's party after it is no side.
  {
    text: "The number of displaced people has risen to 90,000, Armenian officials said.",
    expect: [fig('displaced', 'total', 'exact', 90000, 90000, 90000, 'exact', { side: '', claimant: 'Armenian officials' })],
  },
  // A part of a toll counts other victims than the toll, has a verb of its own, or is a subset.
  {
    text: "Nine of the dead were children.",
    expect: [fig('killed', 'children', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Nine of those killed were children.",
    expect: [fig('killed', 'children', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Two of the injured are in critical condition.",
    expect: [],
  },
  {
    text: "Two of the wounded later died.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Two of the soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  // The article before a number is the number's: an increase stays a difference, not one victim.
  {
    text: "A further 17 people died of their wounds in hospital.",
    expect: [],
  },
  {
    text: "A civilian and two other soldiers were killed.",
    expect: [fig('killed', 'civilian', 'exact', 1, 1, 1, 'exact'), fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "A 12-year-old boy and two other children were killed.",
    expect: [fig('killed', 'children', 'exact', 1, 1, 1, 'exact'), fig('killed', 'children', 'exact', 2, 2, 2, 'exact')],
  },
  // A people's name after the number, closing its clause, is the victims' noun.
  {
    text: "Israeli strikes killed 27 Palestinians overnight, the Gaza health ministry said, bringing the total to 34,262.",
    expect: [
      fig('killed', 'total', 'exact', 27, 27, 27, 'exact', { side: "palestinian", claimant: "the Gaza health ministry" }),
      fig('killed', 'total', 'exact', 34262, 34262, 34262, 'exact', { side: "palestinian", claimant: "the Gaza health ministry" }),
    ],
  },
  {
    text: "Russian shelling killed 5 Ukrainians and 2 Russians.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { side: "ukrainian" }), fig('killed', 'total', 'exact', 2, 2, 2, 'exact', { side: "russian" })],
  },
  {
    text: "The army destroyed 12 Armenian tanks.",
    expect: [],
  },
  // A number a toll's verb hands over ends its clause at a comma: the next figure's cue is not its own.
  {
    text: "The death toll has risen to 23, 12 people are still missing.",
    expect: [fig('killed', 'total', 'exact', 23, 23, 23, 'exact'), fig('missing', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The death toll rose to 23 soldiers, 12 civilians and 5 children.",
    expect: [fig('killed', 'military', 'exact', 23, 23, 23, 'exact'), fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('killed', 'children', 'exact', 5, 5, 5, 'exact')],
  },
  // A number part of a whole with its own cue, and 'were' naming who the part were.
  {
    text: "Officials said 14 of the 20 people killed were civilians.",
    expect: [fig('killed', 'civilian', 'exact', 14, 14, 14, 'exact'), fig('killed', 'total', 'exact', 20, 20, 20, 'exact')],
  },
  {
    text: "14 of the 20 soldiers killed were officers.",
    expect: [fig('killed', 'military', 'exact', 20, 20, 20, 'exact')],
  },
  {
    text: "Hamas-run health authorities say more than 11,000 Palestinians, 40% of them children, have been killed.",
    expect: [fig('killed', 'total', 'more_than', 11001, 11001, 12100, 'more_than.rounding', { side: "palestinian", claimant: "Hamas-run health authorities" })],
  },
  // A figure with no noun repeats the victims before it, across a comma and a conjunction, and whose they are.
  {
    text: "The region's ombudsman said 37 civilians had been killed, and 115 injured.",
    expect: [fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact'), fig('wounded', 'civilian', 'exact', 115, 115, 115, 'exact')],
  },
  {
    text: "Azerbaijan said on Tuesday that 43 of its civilians had been killed and 206 wounded since fighting began on Sept. 27.",
    expect: [
      fig('killed', 'civilian', 'exact', 43, 43, 43, 'exact', { claimant: "Azerbaijan", flags: ["own_side"] }),
      fig('wounded', 'civilian', 'exact', 206, 206, 206, 'exact', { claimant: "Azerbaijan", flags: ["own_side"] }),
    ],
  },
  // An aside set off by dashes or parentheses is stepped over as one set off by commas.
  {
    text: "At least 17 people — including three children — were killed.",
    expect: [fig('killed', 'total', 'at_least', 17, 17, 19, 'at_least.rounding'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "More than 300 people (including 40 children) were killed.",
    expect: [fig('killed', 'total', 'more_than', 301, 301, 400, 'more_than.rounding'), fig('killed', 'children', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Nearly 2 million people - about 85% of the population - have been displaced.",
    expect: [fig('displaced', 'total', 'nearly', 1800000, 1900000, 2000000, 'nearly.just_under')],
  },
  {
    text: "At least 45 people – the highest toll this year – were killed.",
    expect: [],
  },
  // A parenthesis, a dash or a colon right after a figure opens the list of its parts.
  {
    text: "The attack killed 12 people (eight soldiers and four civilians).",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'military', 'exact', 8, 8, 8, 'exact'), fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Twelve people were killed — eight soldiers and four civilians.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'military', 'exact', 8, 8, 8, 'exact'), fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "The attack killed 12 people: eight soldiers and four civilians.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'military', 'exact', 8, 8, 8, 'exact'), fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact')],
  },
  // A toll that opens the sentence before a comma: the number after it is a part of that toll.
  {
    text: "Of the dead, 18 were children.",
    expect: [fig('killed', 'children', 'exact', 18, 18, 18, 'exact')],
  },
  {
    text: "Among those killed, 18 were children and 7 were soldiers.",
    expect: [fig('killed', 'children', 'exact', 18, 18, 18, 'exact'), fig('killed', 'military', 'exact', 7, 7, 7, 'exact')],
  },
  {
    text: "Of the wounded, 40 are in critical condition.",
    expect: [],
  },
  // 'deaths' is a toll noun too, and 'total' a toll's verb.
  {
    text: "Armenian military deaths total 2,300, the ministry said.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { side: "armenian", claimant: "the ministry" })],
  },
  {
    text: "Casualties on the Armenian side total 1,200.",
    expect: [fig('casualties', 'total', 'exact', 1200, 1200, 1200, 'exact', { side: "armenian" })],
  },
  {
    text: "Deaths among children reached 5,000.",
    expect: [fig('killed', 'children', 'exact', 5000, 5000, 5000, 'exact')],
  },
  // A source's noun after 'according to' is part of its name, not a verb of its own; what a report found is its claim.
  {
    text: "According to a UN report, 10,000 civilians have been killed.",
    expect: [fig('killed', 'civilian', 'exact', 10000, 10000, 10000, 'exact', { claimant: "UN" })],
  },
  {
    text: "According to UN estimates, more than 6 million people have fled the country.",
    expect: [fig('displaced', 'total', 'more_than', 6000001, 6000001, 7000000, 'more_than.rounding', { claimant: "UN" })],
  },
  {
    text: "A UN report found that 10,000 civilians had been killed.",
    expect: [fig('killed', 'civilian', 'exact', 10000, 10000, 10000, 'exact', { claimant: "UN" })],
  },
  // A loss the speaker admits to is its own.
  {
    text: "Azerbaijan admitted losing 2,783 soldiers.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: "Azerbaijan", flags: ["own_side"] })],
  },
  {
    text: "Azerbaijan acknowledged the loss of 2,783 servicemen.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: "Azerbaijan", flags: ["own_side"] })],
  },
  {
    text: "The team risks losing 3 points.",
    expect: [],
  },
  // A rival claim may hand its number over a toll's link ('at'); a toll's estimates may range.
  {
    text: "The fighting has killed at least 5,000 people, though some put the figure at 10,000.",
    expect: [fig('killed', 'total', 'at_least', 5000, 5000, 6000, 'at_least.rounding'), fig('killed', 'total', 'exact', 10000, 10000, 10000, 'exact', { flags: ["measure_from_context"] })],
  },
  {
    text: "Officials put the number of dead at 45, but local media put it at 60.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact'), fig('killed', 'total', 'exact', 60, 60, 60, 'exact', { flags: ["measure_from_context"] })],
  },
  {
    text: "Estimates of the death toll range from 5,000 to 10,000.",
    expect: [fig('killed', 'total', 'range', 5000, 7500, 10000, 'range.midpoint')],
  },
  // An article counts one victim as a part of a figure or of a toll, as a number would.
  {
    text: "The attack on the maternity hospital killed three people, including a child.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('killed', 'children', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "The dead included a 10-year-old boy.",
    expect: [fig('killed', 'children', 'exact', 1, 1, 1, 'exact')],
  },
  // An anonymous source opening the sentence names no one: its capital is the sentence's, not a name's.
  {
    text: "Local officials said five people had been killed.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: '' })],
  },
  {
    text: "Two security sources told Reuters that 14 soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 14, 14, 14, 'exact', { claimant: '' })],
  },
  {
    text: "Several witnesses said at least 20 people were killed.",
    expect: [fig('killed', 'total', 'at_least', 20, 20, 30, 'at_least.rounding', { claimant: '' })],
  },
  {
    text: "Doctors said 40 people were wounded.",
    expect: [fig('wounded', 'total', 'exact', 40, 40, 40, 'exact', { claimant: '' })],
  },
  {
    text: "Armenian security sources said 14 soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 14, 14, 14, 'exact', { claimant: 'Armenian security sources' })],
  },
  // Two parties named as the victims' make a total of both sides, of neither.
  {
    text: "An estimated 500,000 Russian and Ukrainian soldiers have been killed or wounded, US officials say.",
    expect: [fig('casualties', 'military', 'approx', 450000, 500000, 550000, 'approx.rounding', { claimant: 'US officials', side: '', flags: ['both_sides'] })],
  },
  {
    text: "Thousands of Armenian and Azerbaijani civilians have fled.",
    expect: [fig('displaced', 'civilian', 'thousands', 1000, 2000, 9999, 'vague.thousands', { side: '', flags: ['both_sides'] })],
  },
  // An attribution that opens a statement of its own after a figure speaks for the figures after its verb only.
  {
    text: "The strike killed 300 soldiers and Ukraine said 20 civilians died.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: '' }), fig('killed', 'civilian', 'exact', 20, 20, 20, 'exact', { claimant: 'Ukraine' })],
  },
  {
    text: "The strike killed 300 soldiers, and Ukraine said it lost 20.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: '' }), fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'Ukraine', flags: ['own_side'] })],
  },
  {
    text: "Five people were killed and 20 wounded, officials from Ukraine said.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: 'officials from Ukraine' }), fig('wounded', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'officials from Ukraine' })],
  },
  // A party's adjective with no noun of its own has the next figure's.
  {
    text: "300 Russian and 200 Ukrainian soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { side: 'russian' }), fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { side: 'ukrainian' })],
  },
  {
    text: "About 300 Armenian and 200 Azerbaijani civilians have been killed.",
    expect: [fig('killed', 'civilian', 'approx', 250, 300, 350, 'approx.rounding', { side: 'armenian' }), fig('killed', 'civilian', 'exact', 200, 200, 200, 'exact', { side: 'azerbaijani' })],
  },
  // A fraction in figures before a part link makes the number after it only the whole.
  {
    text: "About 1/3 of the 150,000 residents have fled.",
    expect: [],
  },
  // A time of day before a day ("6 p.m. Tuesday") ends no sentence: the figure keeps its day and its claimant.
  {
    text: "Twelve people were killed when a shell hit the market at 6 p.m. Tuesday, officials from Ukraine said.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: 'officials from Ukraine' })],
  },
  // A lower and an upper bound of one estimate, hedged ("and possibly as many as"), make one range.
  {
    text: "At least 400 people, and possibly as many as 1,000, have been killed, the UN said.",
    expect: [fig('killed', 'total', 'range', 400, 700, 1000, 'range.midpoint', { claimant: 'the UN' })],
  },
  {
    text: "At least 400 Armenian soldiers and possibly as many as 1,000 have been killed.",
    expect: [fig('killed', 'military', 'range', 400, 700, 1000, 'range.midpoint', { side: 'armenian' })],
  },
  {
    text: "The fighting has killed more than 400 civilians, and perhaps as many as 1,000.",
    expect: [fig('killed', 'civilian', 'range', 400, 700, 1000, 'range.midpoint')],
  },
  // Bounds of two measures stay two figures.
  {
    text: "At least 400 people were killed and as many as 1,000 wounded.",
    expect: [fig('killed', 'total', 'at_least', 400, 400, 500, 'at_least.rounding'), fig('wounded', 'total', 'at_most', 500, 1000, 1000, 'at_most.rounding')],
  },
  // Whom an outlet quotes is the claimant, when the words name them; else the outlet.
  {
    text: "Twelve soldiers had been killed, Interfax quoted a ministry spokesman, Igor Konashenkov, as saying.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'Igor Konashenkov' })],
  },
  {
    text: "TASS quoted local officials as saying five people had been killed.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: 'TASS' })],
  },
  // A part after 'includes' ("a figure that includes") is the figure's, as one after 'including' is.
  {
    text: "Almost 4,000 people have been killed, a figure that includes 1,200 children.",
    expect: [fig('killed', 'total', 'nearly', 3600, 3800, 4000, 'nearly.just_under'), fig('killed', 'children', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "The ministry said 4,000 people had been killed, a toll which included 300 soldiers.",
    expect: [fig('killed', 'total', 'exact', 4000, 4000, 4000, 'exact', { claimant: 'The ministry' }), fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "The delegation included 12 soldiers.",
    expect: [],
  },
  // 'another' before a number beside a figure of another measure counts others, as 'more' after it does.
  {
    text: "Twelve people were killed and 30 injured in the attack, while another 5 remain missing.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 30, 30, 30, 'exact'), fig('missing', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "The shelling killed 4 civilians and wounded a further 11.",
    expect: [fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact'), fig('wounded', 'total', 'exact', 11, 11, 11, 'exact')],
  },
  // Beside a figure of the same measure, or alone, it is an increase: no figure.
  {
    text: "Twelve people were killed on Monday and another 15 on Tuesday.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Another 17 people died overnight.",
    expect: [],
  },
  // A toll noun before a count of things reaches the figure coordinated with it, as a cue does.
  {
    text: "Armenia confirmed the loss of 12 tanks and 40 soldiers.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'Armenia', flags: ['own_side'] })],
  },
  {
    text: "Ukraine said it lost 12 tanks and 40 soldiers.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'Ukraine', flags: ['own_side'] })],
  },
  // Losses of people are casualties, killed or wounded; a company's losses are none.
  {
    text: "Ukraine's military losses are estimated at about 70,000.",
    expect: [fig('casualties', 'military', 'approx', 65000, 70000, 75000, 'approx.rounding', { side: 'ukrainian' })],
  },
  {
    text: "Russian troop losses have reached 120,000, according to the Pentagon.",
    expect: [fig('casualties', 'military', 'exact', 120000, 120000, 120000, 'exact', { side: 'russian', claimant: 'the Pentagon' })],
  },
  {
    text: "The company reported losses of 300 million.",
    expect: [],
  },
  // A figure with victims, then words the lexicon does not know, then a figure without: two clauses, not a list.
  {
    text: "Russia sent 500 soldiers into battle and 120 were killed.",
    expect: [fig('killed', 'total', 'exact', 120, 120, 120, 'exact')],
  },
  {
    text: "The Armenian side lost 1 soldier, the ministry said.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact', { side: 'armenian', claimant: 'the ministry' })],
  },
  // 'claimed' is a cue ("claimed 400 lives") and a verb of saying: with no noun after the number, a rival claim.
  {
    text: "The government said 12 soldiers were killed, while the rebels claimed 40.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'The government' }),
      fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: '', flags: ['measure_from_context'] })],
  },
  {
    text: "The ministry said 12 soldiers were killed, but Azerbaijan claimed 40 and said the figure was rising.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'The ministry' }),
      fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'Azerbaijan', flags: ['measure_from_context'] })],
  },
  {
    text: "The war has claimed 400 lives, while the fighting claimed 40 more.",
    expect: [fig('killed', 'total', 'exact', 400, 400, 400, 'exact')],
  },
  // A number in words before 'and' states a figure as digits do: the name after it speaks for what follows only.
  {
    text: "The strike killed five soldiers and Ukraine said it lost 20.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact', { claimant: '' }),
      fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'Ukraine', flags: ['own_side'] })],
  },
  {
    text: "The strike killed five soldiers, and Ukraine said it had lost 20.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact', { claimant: '' }),
      fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'Ukraine', flags: ['own_side'] })],
  },
  // 'losses' alone is a toll of people only when the number names them; 'its' before a toll makes it the speaker's.
  {
    text: "Ukraine's losses stood at 2,783 servicemen, the ministry said.",
    expect: [fig('casualties', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'ukrainian', claimant: 'the ministry' })],
  },
  {
    text: "Azerbaijan put its losses at 2,783 servicemen.",
    expect: [fig('casualties', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "Armenia said its death toll rose to 300.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { claimant: 'Armenia', flags: ['own_side'] })],
  },
  // The remains of people are their dead, as their bodies are.
  {
    text: "Officials said the remains of at least 30 soldiers had been found in a mass grave.",
    expect: [fig('killed', 'military', 'at_least', 30, 30, 40, 'at_least.rounding', { claimant: '' })],
  },
  {
    text: "The remains of 3 buildings were demolished.",
    expect: [],
  },
  // A forecast or a counterfactual is no report; an estimate of what happened ('may have been', 'may be dead') is.
  {
    text: "Up to 10,000 people could be killed if the offensive goes ahead, the UN warned.",
    expect: [],
  },
  {
    text: "Some 50,000 people are expected to flee in the coming days.",
    expect: [],
  },
  {
    text: "Without the shelters, 500 people would have been killed.",
    expect: [],
  },
  {
    text: "Up to 200 people may have been killed in the strike, the monitor said.",
    expect: [fig('killed', 'total', 'at_most', 100, 200, 200, 'at_most.rounding', { claimant: 'the monitor' })],
  },
  {
    text: "As many as 300 people may be dead, the governor said.",
    expect: [fig('killed', 'total', 'at_most', 200, 300, 300, 'at_most.rounding', { claimant: 'the governor' })],
  },
  {
    text: "Three journalists who would later be honoured were killed.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact')],
  },
  // The speaker's enemy: the side is left to the claimant's opponent.
  {
    text: "Azerbaijan said it had killed 220 enemy soldiers.",
    expect: [fig('killed', 'military', 'exact', 220, 220, 220, 'exact', { claimant: 'Azerbaijan', flags: ['enemy_side'] })],
  },
  {
    text: "The enemy lost 300 soldiers, the ministry said.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: 'the ministry', flags: ['enemy_side'] })],
  },
  {
    text: "Russian losses in the battle for Bakhmut were estimated at 20,000 to 30,000 killed.",
    expect: [fig('killed', 'total', 'range', 20000, 25000, 30000, 'range.midpoint', { side: 'russian' })],
  },
  {
    text: "Two soldiers succumbed to their injuries.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Three civilians later died of their injuries.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Casualties are in the thousands.",
    expect: [fig('casualties', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "The death toll runs into the thousands.",
    expect: [fig('killed', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "Civilian deaths are in the hundreds.",
    expect: [fig('killed', 'civilian', 'hundreds', 100, 200, 999, 'vague.hundreds')],
  },
  {
    text: "Soldiers were killed by the dozens.",
    expect: [fig('killed', 'military', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "Armenian soldiers have been killed by the hundreds.",
    expect: [fig('killed', 'military', 'hundreds', 100, 200, 999, 'vague.hundreds', { side: 'armenian' })],
  },
  {
    text: "Rebels killed dozens.",
    expect: [fig('killed', 'total', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "Protesters in the thousands marched.",
    expect: [],
  },
  {
    text: "Armenian officials say 3,825 Armenians were killed, including 3,700 soldiers.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian', claimant: 'Armenian officials' }),
      fig('killed', 'military', 'exact', 3700, 3700, 3700, 'exact', { side: 'armenian', claimant: 'Armenian officials' }),
    ],
  },
  {
    text: "Armenia said 43 of its civilians had been killed, including 12 children.",
    expect: [
      fig('killed', 'civilian', 'exact', 43, 43, 43, 'exact', { side: '', claimant: 'Armenia', flags: ['own_side'] }),
      fig('killed', 'children', 'exact', 12, 12, 12, 'exact', { side: '', claimant: 'Armenia', flags: ['own_side'] }),
    ],
  },
  {
    text: "Twelve people were killed, including 3 Armenian soldiers.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' }),
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact', { side: 'armenian' }),
    ],
  },
  {
    text: "The death toll among Armenian troops rose by 45 to 1,009.",
    expect: [fig('killed', 'military', 'exact', 1009, 1009, 1009, 'exact', { side: 'armenian' })],
  },
  {
    text: "The number of people killed among Armenian troops rose to 1,009.",
    expect: [fig('killed', 'military', 'exact', 1009, 1009, 1009, 'exact', { side: 'armenian' })],
  },
  {
    text: "The number of people killed in rebel attacks rose to 50.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact', { side: '' })],
  },
  // Victims named in the event a toll is of may be who attacked: its dead are counted whoever they were.
  {
    text: "The death toll from rebel attacks rose to 50.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact', { side: '' })],
  },
  {
    text: "The toll from attacks by rebels rose to 50.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact', { side: '' })],
  },
  {
    text: "The toll among soldiers in the attack rose to 50.",
    expect: [fig('killed', 'military', 'exact', 50, 50, 50, 'exact', { side: '' })],
  },
  // A place after the first figure's verb and one of the same kind after the second: the second repeats the verb.
  {
    text: "Twelve soldiers were killed in Martuni and 15 in Hadrut.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '' }),
      fig('killed', 'military', 'exact', 15, 15, 15, 'exact', { side: '' }),
    ],
  },
  {
    text: "Seven civilians died in Stepanakert, 4 in Martuni and 2 in Shusha.",
    expect: [
      fig('killed', 'civilian', 'exact', 7, 7, 7, 'exact'),
      fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact'),
      fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Twelve soldiers were killed in Martuni and 15 civilians in Hadrut.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'civilian', 'exact', 15, 15, 15, 'exact'),
    ],
  },
  {
    text: "Twelve soldiers were killed in Martuni and 15 tanks were destroyed in Hadrut.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Twelve soldiers were killed in Martuni and 15 more in the days that followed.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  // A population is the whole a part is taken of, never a count of victims.
  { text: "About half of its 150,000 people have fled.", expect: [] },
  { text: "Half of the region's population of 150,000 has fled.", expect: [] },
  { text: "Half of their 600 soldiers were killed.", expect: [] },
  // 'number' before a vague quantity is a verb ("deaths number in the hundreds"), before a numeral an ordinal's mark.
  {
    text: "Deaths number in the hundreds.",
    expect: [fig('killed', 'total', 'hundreds', 100, 200, 999, 'vague.hundreds')],
  },
  {
    text: "Neither side has disclosed military losses, but casualties are believed to number in the thousands.",
    expect: [fig('casualties', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  { text: "The dead were taken to hospital number 3.", expect: [] },
  // The whole a part is taken of may be a place's people, named by its possessive.
  { text: "About half of Nagorno-Karabakh's 150,000 people have fled.", expect: [] },
  { text: "Roughly a third of Gaza's 2.2 million people have been displaced.", expect: [] },
  { text: "Most of Gaza's 2.2 million people have been displaced.", expect: [] },
  {
    text: "Half of Armenia's 2,425 soldiers killed were conscripts.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenia's 2,425 dead include 400 conscripts.",
    expect: [
      fig('killed', 'total', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 400, 400, 400, 'exact'),
    ],
  },
  // A rate (per day, a week) is no count of anyone: it cannot be set beside a toll.
  { text: "Russia is losing about 1,000 soldiers a day.", expect: [] },
  { text: "Ukraine says it is losing 100 soldiers per day.", expect: [] },
  { text: "Around 200 Ukrainian soldiers are being killed daily.", expect: [] },
  { text: "Some 50 people died each week during the siege.", expect: [] },
  { text: "Every day, hundreds of people are killed.", expect: [] },
  {
    text: "Twelve people were killed a day after the ceasefire began.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Twelve soldiers were killed, the daily Hurriyet reported.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The fighting has killed nearly 1,000 people, including 45 civilians, on both sides.",
    expect: [
      fig('killed', 'total', 'nearly', 900, 950, 1000, 'nearly.just_under', { flags: ['both_sides'] }),
      fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "The fighting has killed nearly 1,000 people on both sides, including 45 civilians.",
    expect: [
      fig('killed', 'total', 'nearly', 900, 950, 1000, 'nearly.just_under', { flags: ['both_sides'] }),
      fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "The civilian death toll rose to 61 and 270 were wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact'),
      fig('wounded', 'total', 'exact', 270, 270, 270, 'exact'),
    ],
  },
  {
    text: "The death toll rose to 61 and 270 people were wounded.",
    expect: [
      fig('killed', 'total', 'exact', 61, 61, 61, 'exact'),
      fig('wounded', 'total', 'exact', 270, 270, 270, 'exact'),
    ],
  },
  {
    text: "Casualties climbed to 40 and more than 100 were wounded.",
    expect: [
      fig('casualties', 'total', 'exact', 40, 40, 40, 'exact'),
      fig('wounded', 'total', 'more_than', 101, 101, 150, 'more_than.rounding'),
    ],
  },
  {
    text: "There were 12 soldiers and 5 civilians killed.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact'),
    ],
  },
  {
    text: "The death toll in Sudan is estimated to have reached 150,000.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding')],
  },
  {
    text: "It is estimated that 150,000 people have died.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding')],
  },
  {
    text: "150,000 people are estimated to have died.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding')],
  },
  {
    text: "By some estimates, 150,000 people have died.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding', { claimant: '' })],
  },
  {
    text: "Estimates put the death toll at 150,000.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding', { claimant: '' })],
  },
  {
    text: "The UN estimated that 12 people were killed and 40 wounded.",
    expect: [
      fig('killed', 'total', 'approx', 11, 12, 13, 'approx.rounding', { claimant: 'The UN' }),
      fig('wounded', 'total', 'approx', 35, 40, 45, 'approx.rounding', { claimant: 'The UN' }),
    ],
  },
  {
    text: "Ukraine estimates that 300,000 Russian soldiers have been killed, while Russia says 6,000.",
    expect: [
      fig('killed', 'military', 'approx', 250000, 300000, 350000, 'approx.rounding', { side: 'russian', claimant: 'Ukraine' }),
      fig('killed', 'military', 'exact', 6000, 6000, 6000, 'exact', { side: 'russian', claimant: 'Russia' }),
    ],
  },
  {
    text: "Despite higher estimates by activists, the ministry said 12 soldiers died.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "Conflict Armament Research said 12 people were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: 'Conflict Armament Research' })],
  },
  {
    text: "Armenia said 3,825 of its soldiers had died, while Azerbaijan claimed 7,000.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', flags: ['own_side'] }),
      fig('killed', 'military', 'exact', 7000, 7000, 7000, 'exact', { claimant: 'Azerbaijan', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Russia's defence ministry said 5,937 of its servicemen had been killed, while Ukraine said the figure was more than 100,000.",
    expect: [
      fig('killed', 'military', 'exact', 5937, 5937, 5937, 'exact', { claimant: "Russia's defence ministry", flags: ['own_side'] }),
      fig('killed', 'military', 'more_than', 100001, 100001, 150000, 'more_than.rounding', { claimant: 'Ukraine', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Russia said 5,937 of its soldiers had died, but Ukraine says the real number is over 100,000.",
    expect: [
      fig('killed', 'military', 'exact', 5937, 5937, 5937, 'exact', { claimant: 'Russia', flags: ['own_side'] }),
      fig('killed', 'military', 'more_than', 100001, 100001, 150000, 'more_than.rounding', { claimant: 'Ukraine', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Nagorno-Karabakh officials said 874 of their troops had been killed, and 37 civilians.",
    expect: [
      fig('killed', 'military', 'exact', 874, 874, 874, 'exact', { claimant: 'Nagorno-Karabakh officials', flags: ['own_side'] }),
      fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact', { claimant: 'Nagorno-Karabakh officials', flags: [] }),
    ],
  },
  {
    text: "Twelve soldiers were killed and five civilians were arrested.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "12 people from 3 families died Monday.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The toll, which includes 12 soldiers, rose to 300.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The death toll including 12 soldiers rose to 300.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The ministry estimated 1,200 soldiers and 300 civilians were killed.",
    expect: [
      fig('killed', 'military', 'approx', 1140, 1200, 1260, 'approx.rounding', { claimant: 'The ministry' }),
      fig('killed', 'civilian', 'approx', 250, 300, 350, 'approx.rounding', { claimant: 'The ministry' }),
    ],
  },
  {
    text: "An estimated 1,200 soldiers and 300 civilians were killed.",
    expect: [
      fig('killed', 'military', 'approx', 1140, 1200, 1260, 'approx.rounding'),
      fig('killed', 'civilian', 'exact', 300, 300, 300, 'exact'),
    ],
  },
  {
    text: "More than 40 people were taken to hospital with injuries.",
    expect: [fig('wounded', 'total', 'more_than', 41, 41, 50, 'more_than.rounding')],
  },
  {
    text: "40 people were treated for injuries in hospital.",
    expect: [fig('wounded', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  { text: "More than 40 people were hospitalised.", expect: [] },
  {
    text: "Eleven people died in Azerbaijan, according to Baku, and at least 37 in Karabakh.",
    expect: [
      fig('killed', 'total', 'exact', 11, 11, 11, 'exact', { claimant: 'Baku' }),
      fig('killed', 'total', 'at_least', 37, 37, 41, 'at_least.rounding', { claimant: 'Baku' }),
    ],
  },
  {
    text: "At least 12 civilians were killed in Ganja, officials said, and 5 in Barda.",
    expect: [
      fig('killed', 'civilian', 'at_least', 12, 12, 14, 'at_least.rounding'),
      fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact'),
    ],
  },
  {
    text: "At least 12 civilians were killed in Ganja, according to Baku, and 5 were arrested in Barda.",
    expect: [fig('killed', 'civilian', 'at_least', 12, 12, 14, 'at_least.rounding', { claimant: 'Baku' })],
  },
  {
    text: "Both sides have lost thousands of soldiers.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { flags: ["each_side"] })],
  },
  {
    text: "Both armies had lost 5,000 soldiers, according to the ministry.",
    expect: [fig('killed', 'military', 'exact', 5000, 5000, 5000, 'exact', { claimant: 'the ministry', flags: ["each_side"] })],
  },
  {
    text: "Several hundred thousand people fled, and a few million more were left without power.",
    expect: [fig('displaced', 'total', 'few_hundreds_of_thousands', 200000, 300000, 900000, 'vague.few_hundreds_of_thousands')],
  },
  {
    text: "A few million people have been displaced, and a couple of hundred soldiers died.",
    expect: [
      fig('displaced', 'total', 'few_millions', 2000000, 3000000, 9000000, 'vague.few_millions'),
      fig('killed', 'military', 'few_hundreds', 200, 300, 900, 'vague.few_hundreds'),
    ],
  },
  {
    text: "Several tens of thousands fled the region.",
    expect: [fig('displaced', 'total', 'few_tens_of_thousands', 20000, 30000, 90000, 'vague.few_tens_of_thousands')],
  },
  {
    text: "A million and a half people have fled since the war began, and many hundreds of thousands more are in hiding.",
    expect: [fig('displaced', 'total', 'exact', 1500000, 1500000, 1500000, 'exact')],
  },
  {
    text: "Many hundreds of thousands fled, and the war has displaced tens of millions across the region.",
    expect: [
      fig('displaced', 'total', 'hundreds_of_thousands', 100000, 200000, 999999, 'vague.hundreds_of_thousands'),
      fig('displaced', 'total', 'tens_of_millions', 10000000, 20000000, 99999999, 'vague.tens_of_millions'),
    ],
  },
  {
    text: "Between 2 and 3 thousand soldiers are believed to have died, and 1.5 to 2 million people fled.",
    expect: [
      fig('killed', 'military', 'range', 2000, 2500, 3000, 'range.midpoint'),
      fig('displaced', 'total', 'range', 1500000, 1750000, 2000000, 'range.midpoint'),
    ],
  },
  {
    text: "Upward of 5,000 soldiers have died, and 100-odd civilians.",
    expect: [
      fig('killed', 'military', 'more_than', 5001, 5001, 6000, 'more_than.rounding'),
      fig('killed', 'civilian', 'more_than', 101, 101, 150, 'more_than.rounding'),
    ],
  },
  {
    text: "The ministry reported 5,000+ military deaths and well under 100 civilian deaths.",
    expect: [
      fig('killed', 'military', 'at_least', 5000, 5000, 6000, 'at_least.rounding', { claimant: 'The ministry' }),
      fig('killed', 'civilian', 'fewer_than', 50, 99, 99, 'fewer_than.rounding', { claimant: 'The ministry' }),
    ],
  },
  {
    text: "Twelve soldiers plus three civilians died in the strike.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact'),
    ],
  },
  {
    text: "Hundreds of people, if not thousands, were killed in the first week.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope')],
  },
  {
    text: "Thousands of civilians, and possibly tens of thousands, have fled their homes.",
    expect: [fig('displaced', 'civilian', 'vague_range', 1000, 2000, 99999, 'vague_range.envelope')],
  },
  {
    text: "Military deaths are in the low thousands, officials said.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { claimant: '' })],
  },
  {
    text: "Three Russian peacekeepers were killed and seven border guards wounded.",
    expect: [
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact', { side: 'russian' }),
      fig('wounded', 'military', 'exact', 7, 7, 7, 'exact'),
    ],
  },
  {
    text: "Twelve construction workers and two paramedics were killed when the shell hit.",
    expect: [
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Six militiamen were killed in the ambush.",
    expect: [fig('killed', 'military', 'exact', 6, 6, 6, 'exact')],
  },
  {
    text: "For every 10 residents, seven have fled, and 12 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "For every 10 people killed, three were children.",
    expect: [],
  },
  {
    text: "Civilian casualties include 65 people killed and 300 wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 65, 65, 65, 'exact'),
      fig('wounded', 'civilian', 'exact', 300, 300, 300, 'exact'),
    ],
  },
  {
    text: "60% of Karabakh's population, or 90,000 people, have fled.",
    expect: [fig('displaced', 'total', 'exact', 90000, 90000, 90000, 'exact')],
  },
  {
    text: "Nearly half of the region's 150,000 residents, some 70,000 people, have fled.",
    expect: [fig('displaced', 'total', 'approx', 65000, 70000, 75000, 'approx.rounding')],
  },
  {
    text: "Many residents — some 90,000 people — have fled.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding')],
  },
  {
    text: "Some 90,000 people have fled, and 12 people, most of them soldiers, were killed on Monday.",
    expect: [
      fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding'),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "90,000 people have fled and 12 people, including three soldiers, were killed.",
    expect: [
      fig('displaced', 'total', 'exact', 90000, 90000, 90000, 'exact'),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact'),
    ],
  },
  {
    text: "Armenia and Azerbaijan lost 3,825 and 2,906 soldiers, respectively.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenian and Azerbaijani forces lost 3,825 and 2,906 troops respectively.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia lost a total of 3,825 soldiers, and the war killed a combined 6,500 people.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 6500, 6500, 6500, 'exact'),
    ],
  },
  {
    text: "The fighting has killed a confirmed 1,200 civilians and an additional 300 soldiers.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "Azerbaijan's Defense Ministry on Friday put the number of its soldiers killed at 2,783.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: "Azerbaijan's Defense Ministry", flags: ['own_side'] })],
  },
  {
    text: "Armenia and Azerbaijan lost 12 and 15 soldiers.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 15, 15, 15, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenian and Azerbaijani forces have lost more than 5,000 soldiers.",
    expect: [fig('killed', 'military', 'more_than', 5001, 5001, 6000, 'more_than.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Armenia and Azerbaijan have each lost about 3,000 soldiers, and Azerbaijan said Armenia had lost 200 tanks and 400 soldiers.",
    expect: [
      fig('killed', 'military', 'approx', 2500, 3000, 3500, 'approx.rounding', { flags: ['each_side'] }),
      fig('killed', 'military', 'exact', 400, 400, 400, 'exact', { side: 'armenian', claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "Baku has acknowledged the deaths of 2,783 soldiers.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Baku', flags: ['own_side'] })],
  },
  {
    text: "The ministry conceded 40 troops were killed and 120 wounded.",
    expect: [
      fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'The ministry', flags: ['own_side'] }),
      fig('wounded', 'military', 'exact', 120, 120, 120, 'exact', { claimant: 'The ministry', flags: ['own_side'] }),
    ],
  },
  {
    text: "Israel acknowledged that 12 civilians were killed in the strike.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'Israel', flags: [] })],
  },
  {
    text: "The strike killed a mother and her three children.",
    expect: [fig('killed', 'women', 'exact', 1, 1, 1, 'exact'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "A father and his four children were killed in the strike, and the crash killed all 12 passengers.",
    expect: [
      fig('killed', 'total', 'exact', 1, 1, 1, 'exact'),
      fig('killed', 'children', 'exact', 4, 4, 4, 'exact'),
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "The strike killed a man and his two sons.",
    expect: [fig('killed', 'total', 'exact', 1, 1, 1, 'exact'), fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Armenia denied Azerbaijani claims that 2,300 Armenian soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { side: 'armenian', claimant: 'Azerbaijani', flags: ['denied'] })],
  },
  {
    text: "Neither side has confirmed reports that 100 people were killed.",
    expect: [fig('killed', 'total', 'exact', 100, 100, 100, 'exact', { claimant: '', flags: [] })],
  },
  {
    text: "The total number of dead and wounded on both sides is estimated at 500,000.",
    expect: [fig('casualties', 'total', 'approx', 450000, 500000, 550000, 'approx.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "The number of dead and missing has reached 120, and the number of dead rose to 80.",
    expect: [fig('casualties', 'total', 'exact', 120, 120, 120, 'exact'), fig('killed', 'total', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "Hundreds, maybe thousands, of people died.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope')],
  },
  {
    text: "5,000, if not 6,000, soldiers died.",
    expect: [fig('killed', 'military', 'range', 5000, 5500, 6000, 'range.midpoint')],
  },
  {
    text: "Nearly 7,000 soldiers — 3,825 Armenians and 2,906 Azerbaijanis — died.",
    expect: [
      fig('killed', 'military', 'nearly', 6300, 6650, 7000, 'nearly.just_under'),
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Nearly 7,000 soldiers died: 3,825 Armenians and 2,906 Azerbaijanis.",
    expect: [
      fig('killed', 'military', 'nearly', 6300, 6650, 7000, 'nearly.just_under'),
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "12 people were killed, including 3 Armenians, and the shelling killed 12 soldiers and 40 Armenians.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'total', 'exact', 3, 3, 3, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'total', 'exact', 40, 40, 40, 'exact', { side: 'armenian' }),
    ],
  },
  {
    text: "The number of soldiers killed in Armenia and Azerbaijan was 3,825 and 2,906 respectively.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Twelve adults and five children died, and an adult and two children were killed in a second strike.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'children', 'exact', 5, 5, 5, 'exact'),
      fig('killed', 'total', 'exact', 1, 1, 1, 'exact'),
      fig('killed', 'children', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Putin said the death toll on each side was more than 2,000, while the toll on both sides of the front stood at 45 civilians.",
    expect: [
      fig('killed', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ['each_side'] }),
      fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact', { flags: [] }),
    ],
  },
  {
    text: "Azerbaijan's defence ministry denied Armenian claims that 1,500 of its soldiers had been killed.",
    expect: [
      fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { side: 'azerbaijani', claimant: 'Armenian', flags: ['denied'] }),
    ],
  },
  // The owner of a denied claim may be named after its noun, up to what opens the claim.
  {
    text: "Azerbaijan denied claims by the Armenian Defence Ministry that 1,500 Azerbaijani soldiers had been killed.",
    expect: [
      fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { side: 'azerbaijani', claimant: 'the Armenian Defence Ministry', flags: ['denied'] }),
    ],
  },
  {
    text: "Armenia denied the reports by 10 p.m. that 1,500 soldiers had died.",
    expect: [
      fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { claimant: '', flags: ['denied'] }),
    ],
  },
  {
    text: "One official said 3,000 soldiers were killed, and one Armenian official said 40 civilians had died.",
    expect: [
      fig('killed', 'military', 'exact', 3000, 3000, 3000, 'exact', { claimant: '' }),
      fig('killed', 'civilian', 'exact', 40, 40, 40, 'exact', { claimant: 'one Armenian official' }),
    ],
  },
  {
    text: "An Azerbaijani official, who spoke on condition of anonymity, put the military toll at about 3,000.",
    expect: [
      fig('killed', 'military', 'approx', 2500, 3000, 3500, 'approx.rounding', { claimant: 'An Azerbaijani official' }),
    ],
  },
  // A figure coordinated with a part is of the whole's side too.
  {
    text: "Armenia lost 3,825 people, including 2,425 servicemen and 85 civilians.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }),
    ],
  },
  // A fraction per side leaves the figure one for both sides together; a number per side set off by a comma is a part.
  {
    text: "At least 5,000 people were killed in the war, roughly half of them on each side.",
    expect: [fig('killed', 'total', 'at_least', 5000, 5000, 6000, 'at_least.rounding', { flags: [] })],
  },
  {
    text: "At least 5,000 people were killed, 2,500 on each side.",
    expect: [
      fig('killed', 'total', 'at_least', 5000, 5000, 6000, 'at_least.rounding', { flags: [] }),
      fig('killed', 'total', 'exact', 2500, 2500, 2500, 'exact', { flags: ['each_side'] }),
    ],
  },
  // A raised toll that names no side is of the side of what raised it.
  {
    text: "At least 21 Armenian servicemen were killed on Saturday, raising the death toll to 710.",
    expect: [
      fig('killed', 'military', 'at_least', 21, 21, 24, 'at_least.rounding', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 710, 710, 710, 'exact', { side: 'armenian' }),
    ],
  },
  // A cue in quotation marks is a cue; 'neutralised' is killed or put out of action.
  {
    text: "The army said it had \"eliminated\" 200 militants. More than 4,000 Azerbaijani soldiers have been \"neutralised\", the Armenian defence ministry claims.",
    expect: [
      fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { claimant: 'The army' }),
      fig('casualties', 'military', 'more_than', 4001, 4001, 5000, 'more_than.rounding', { side: 'azerbaijani', claimant: 'the Armenian defence ministry' }),
    ],
  },
  // A side named with its noun after a bare number or after the cue is the figure's; a place's is not.
  {
    text: "The war killed an estimated 6,500 people — 3,825 on the Armenian side and 2,906 on the Azerbaijani side.",
    expect: [
      fig('killed', 'total', 'approx', 6175, 6500, 6825, 'approx.rounding'),
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "3,825 were killed on the Armenian side and 2,906 on the Azerbaijani side, while 12 were killed on the Armenian side of the border.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' }),
    ],
  },
  // A party alone in brackets after a number names its side.
  {
    text: "Deaths: 2,425 (Armenia), 2,783 (Azerbaijan).",
    expect: [
      fig('killed', 'total', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  // The object of a cue before it is no subject of a verb after the next figure; a number with a verb of its own that
  // the lexicon does not know ('were captured') shares no cue of the figure before.
  {
    text: "The shelling killed 12 civilians and 40 were wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'),
      fig('wounded', 'total', 'exact', 40, 40, 40, 'exact'),
    ],
  },
  {
    text: "Azerbaijan has lost 2,783 soldiers and 100 are missing.",
    expect: [
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
      fig('missing', 'total', 'exact', 100, 100, 100, 'exact'),
    ],
  },
  {
    text: "Armenia has lost 2,783 soldiers and 100 were captured.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenia has lost 2,783 soldiers and 100 soldiers were captured.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'armenian' })],
  },
  {
    text: "The attack killed 12 people and 30 were taken prisoner.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // A number with no noun after a clause's joiner ('with', 'while') counts the victims of the figure before.
  {
    text: "63 civilians have been killed, with 292 wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 63, 63, 63, 'exact'),
      fig('wounded', 'civilian', 'exact', 292, 292, 292, 'exact'),
    ],
  },
  {
    text: "The number of civilians killed in Azerbaijan since Sept. 27 stands at 63, with 292 wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 63, 63, 63, 'exact'),
      fig('wounded', 'civilian', 'exact', 292, 292, 292, 'exact'),
    ],
  },
  {
    text: "Five civilians were killed, while 12 were wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact'),
      fig('wounded', 'civilian', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "Azerbaijan said 12 of its soldiers had died, with 40 wounded.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { flags: ['own_side'] }),
      fig('wounded', 'military', 'exact', 40, 40, 40, 'exact', { flags: ['own_side'] }),
    ],
  },
  {
    text: "Azerbaijan has lost 2,783 soldiers, with over 100 still missing.",
    expect: [
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
      fig('missing', 'military', 'more_than', 101, 101, 150, 'more_than.rounding', { side: 'azerbaijani' }),
    ],
  },
  // A place or a date may stand between a figure and the clause of a rival claim.
  {
    text: "Ukraine's ombudsman said 1,500 civilians had died in Mariupol, though the mayor put the number at 5,000.",
    expect: [
      fig('killed', 'civilian', 'exact', 1500, 1500, 1500, 'exact', { claimant: "Ukraine's ombudsman" }),
      fig('killed', 'civilian', 'exact', 5000, 5000, 5000, 'exact', { claimant: 'the mayor', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "1,500 civilians had died on Sunday, though the mayor put the figure at 5,000.",
    expect: [
      fig('killed', 'civilian', 'exact', 1500, 1500, 1500, 'exact'),
      fig('killed', 'civilian', 'exact', 5000, 5000, 5000, 'exact', { claimant: 'the mayor', flags: ['measure_from_context'] }),
    ],
  },
  // A forecast that ends inside the number's words ('exceed' is also a bound) is still a forecast.
  {
    text: "The number of dead is likely to exceed 5,000.",
    expect: [],
  },
  // A hedge may stand between a toll's link and its number; 'higher than' and 'closer to' are bounds.
  {
    text: "The death toll is likely over 5,000.",
    expect: [fig('killed', 'total', 'more_than', 5001, 5001, 6000, 'more_than.rounding')],
  },
  {
    text: "The death toll was possibly as high as 5,000.",
    expect: [fig('killed', 'total', 'at_most', 4000, 5000, 5000, 'at_most.rounding')],
  },
  {
    text: "The mayor said the real death toll was probably higher than 5,000.",
    expect: [fig('killed', 'total', 'more_than', 5001, 5001, 6000, 'more_than.rounding', { claimant: 'The mayor' })],
  },
  {
    text: "Local officials put the toll closer to 300.",
    expect: [fig('killed', 'total', 'approx', 250, 300, 350, 'approx.rounding')],
  },
  // A number with no noun after a second cue verb is an object of the same victims as the first verb's.
  {
    text: "Ukraine said Russian shelling killed two civilians and wounded eight in the southern Kherson region overnight.",
    expect: [
      fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact', { claimant: 'Ukraine' }),
      fig('wounded', 'civilian', 'exact', 8, 8, 8, 'exact', { claimant: 'Ukraine' }),
    ],
  },
  {
    text: "The attack killed 12 Armenian soldiers and injured 30.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' }),
      fig('wounded', 'military', 'exact', 30, 30, 30, 'exact', { side: 'armenian' }),
    ],
  },
  {
    text: "Armenia said the strikes killed 12 of its soldiers and wounded 40.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { flags: ['own_side'] }),
      fig('wounded', 'military', 'exact', 40, 40, 40, 'exact', { flags: ['own_side'] }),
    ],
  },
  {
    text: "The strike killed 12 civilians and wounded 40 soldiers.",
    expect: [
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'),
      fig('wounded', 'military', 'exact', 40, 40, 40, 'exact'),
    ],
  },
  // 'put' with the losses or deaths it puts at a figure attributes them to its subject.
  {
    text: "Armenia says 2,425 of its soldiers died; Azerbaijan has put its own military losses at 2,783.",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { claimant: 'Armenia', flags: ['own_side'] }),
      fig('casualties', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] }),
    ],
  },
  {
    text: "The UN puts civilian deaths at 6,114, though it says the real figure is higher.",
    expect: [fig('killed', 'civilian', 'exact', 6114, 6114, 6114, 'exact', { claimant: 'The UN' })],
  },
  // A death after the harm a number's words name, in the same clause: the people hurt died.
  {
    text: "Two wounded soldiers later died in hospital.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Three people who were wounded in the attack later died.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Two soldiers were wounded and later died in hospital.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Three soldiers went missing and were later found dead.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Two people were wounded in an attack that later killed civilians.",
    expect: [fig('wounded', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Two soldiers were wounded and civilians later died.",
    expect: [fig('wounded', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  // Those killed along with someone are killed too.
  {
    text: "The boy was killed along with his two sisters.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "A journalist was killed together with 2 colleagues.",
    expect: [
      fig('killed', 'civilian', 'exact', 1, 1, 1, 'exact'),
      fig('killed', 'total', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Azerbaijan lost 12 soldiers along with 3 tanks.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'azerbaijani' })],
  },
  // 'in action' is part of the cue: the second figure is still joined to the first.
  {
    text: "21 soldiers were killed in action and 40 went missing in action.",
    expect: [
      fig('killed', 'military', 'exact', 21, 21, 21, 'exact'),
      fig('missing', 'military', 'exact', 40, 40, 40, 'exact'),
    ],
  },
  // Dead or missing is a toll of both harms, as 'thiệt mạng hoặc mất tích' is.
  {
    text: "Roughly 6,000 were killed or went missing.",
    expect: [fig('casualties', 'total', 'approx', 5500, 6000, 6500, 'approx.rounding')],
  },
  {
    text: "300 soldiers are dead or missing.",
    expect: [fig('casualties', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  // A range's low end shares the multiplier its high end says, a dozen too; a tens word is no multiplier.
  {
    text: "Two to three dozen soldiers were killed.",
    expect: [fig('killed', 'military', 'range', 24, 30, 36, 'range.midpoint')],
  },
  {
    text: "Three to five dozen people were killed.",
    expect: [fig('killed', 'total', 'range', 36, 48, 60, 'range.midpoint')],
  },
  {
    text: "Two to thirty people were killed.",
    expect: [fig('killed', 'total', 'range', 2, 16, 30, 'range.midpoint')],
  },
  // "a half-dozen" is six, not one.
  {
    text: "A half-dozen soldiers were wounded.",
    expect: [fig('wounded', 'military', 'exact', 6, 6, 6, 'exact')],
  },
  {
    text: "A half-million people have fled.",
    expect: [fig('displaced', 'total', 'exact', 500000, 500000, 500000, 'exact')],
  },
  // 'those killed', 'those injured' are tolls, as 'the dead' and 'the injured' are.
  {
    text: "Those killed in the strike included 4 children.",
    expect: [fig('killed', 'children', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Those injured included 3 children, officials said.",
    expect: [fig('wounded', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  // A party's losses in a number of nothing are its people's; money and a company's losses are not.
  {
    text: "Russian losses stand at 90,000, Kyiv says.",
    expect: [fig('casualties', 'total', 'exact', 90000, 90000, 90000, 'exact', { side: 'russian', claimant: 'Kyiv' })],
  },
  {
    text: "Armenia says its losses have reached 2,317.",
    expect: [fig('casualties', 'total', 'exact', 2317, 2317, 2317, 'exact', { claimant: 'Armenia', flags: ['own_side'] })],
  },
  {
    text: "Russian losses stood at 300 billion roubles.",
    expect: [],
  },
  {
    text: "The airline said its losses stood at 300 million.",
    expect: [],
  },
  // A number stacked with a vague word is one estimate, each part read by its own rule.
  {
    text: "Several hundred, perhaps a thousand, civilians were killed.",
    expect: [fig('killed', 'civilian', 'vague_range', 200, 300, 1000, 'vague_range.envelope')],
  },
  {
    text: "Hundreds of civilians, if not 1,500, were killed.",
    expect: [fig('killed', 'civilian', 'vague_range', 100, 200, 1500, 'vague_range.envelope')],
  },
  {
    text: "About 500, if not thousands, of people have fled.",
    expect: [fig('displaced', 'total', 'vague_range', 450, 500, 9999, 'vague_range.envelope')],
  },
  {
    text: "500 or perhaps 1,000 civilians were killed.",
    expect: [fig('killed', 'civilian', 'range', 500, 750, 1000, 'range.midpoint')],
  },
  // 'another' alone counts one of the others, as "another 5" does; alone in its sentence, an increase.
  {
    text: "One soldier was killed and another soldier was wounded.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact'), fig('wounded', 'military', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "A soldier was killed, and another was wounded, the ministry said.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact', { claimant: 'the ministry' }), fig('wounded', 'military', 'exact', 1, 1, 1, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "12 people were killed; another is missing.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('missing', 'total', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "Another soldier was killed on Tuesday.",
    expect: [],
  },
  {
    text: "The two sides accused one another of killing 5 civilians.",
    expect: [fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact')],
  },
  // Women are counted apart, as children are; women and children together are not.
  {
    text: "More than 30,000 people have been killed, including 12,000 children and 8,000 women.",
    expect: [fig('killed', 'total', 'more_than', 30001, 30001, 40000, 'more_than.rounding'), fig('killed', 'children', 'exact', 12000, 12000, 12000, 'exact'), fig('killed', 'women', 'exact', 8000, 8000, 8000, 'exact')],
  },
  {
    text: "The strike killed 30 women and children.",
    expect: [fig('killed', 'total', 'exact', 30, 30, 30, 'exact')],
  },
  // Words that describe the victims may stand between their noun and their verb; the killers' verb with victims
  // of its own, or a relative clause of a nearer noun, makes no figure of the killers.
  {
    text: "Two journalists working for Le Monde were wounded.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Two journalists who work for Le Monde were wounded and a third was killed.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "12 civilians sheltering in the basement of a school were killed.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Some 300 people living in the village have fled.",
    expect: [fig('displaced', 'total', 'approx', 250, 300, 350, 'approx.rounding')],
  },
  {
    text: "Three soldiers stationed at the border post were later killed.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "12 civilians sheltering in the basement of a school could be killed.",
    expect: [],
  },
  {
    text: "Five soldiers defending the town said 30 civilians were killed.",
    expect: [fig('killed', 'civilian', 'exact', 30, 30, 30, 'exact')],
  },
  {
    text: "12 soldiers fired on protesters who were killed.",
    expect: [],
  },
  {
    text: "15 soldiers shelled the village killing civilians.",
    expect: [],
  },
  {
    text: "15 soldiers who shelled the village killed civilians.",
    expect: [],
  },
  {
    text: "Three residents told AFP shelling had killed their relatives.",
    expect: [],
  },
  {
    text: "Two journalists working for Le Monde have been wounded since Sept. 27.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "12 civilians sheltering in the basement of a school have been killed so far.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  // Wounds said to be fatal are deaths.
  {
    text: "Two soldiers were mortally wounded on Tuesday.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "A sniper fatally wounded two soldiers.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Two journalists were seriously wounded.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Armenia has lost 2,425 soldiers, Azerbaijan 2,783.",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia lost around 3,800 troops, while Azerbaijan lost about 2,900.",
    expect: [
      fig('killed', 'military', 'approx', 3610, 3800, 3990, 'approx.rounding', { side: 'armenian' }),
      fig('killed', 'military', 'approx', 2755, 2900, 3045, 'approx.rounding', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia lost 3,825 soldiers and Azerbaijan 2,906 in the 44-day war.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia lost 12 soldiers and Azerbaijan 3 helicopters.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' })],
  },
  {
    text: "Four members of one family were among the dead.",
    expect: [],
  },
  {
    text: "Five people were among those killed in the strike.",
    expect: [],
  },
  {
    text: "Two journalists were among the 14 people wounded in the shelling.",
    expect: [
      fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact'),
      fig('wounded', 'total', 'exact', 14, 14, 14, 'exact'),
    ],
  },
  {
    text: "Three soldiers were among the 12 people killed.",
    expect: [
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact'),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "Killed: 2,425 servicemen (Armenia), 2,783 (Azerbaijan)",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Military deaths: 2,425 (Armenia), 2,783 (Azerbaijan).",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "The war killed 2,425 soldiers on the Armenian side and 2,783 on the Azerbaijani side.",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "The war killed 12 soldiers and 30 Armenians.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '' }),
      fig('killed', 'total', 'exact', 30, 30, 30, 'exact', { side: 'armenian' }),
    ],
  },
  {
    text: "Civilian deaths: 45.",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Armenian soldiers killed: 2,425.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' })],
  },
  {
    text: "Civilians wounded: 300",
    expect: [fig('wounded', 'civilian', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The Armenian government, citing figures from Stepanakert, said 36 civilians had died.",
    expect: [fig('killed', 'civilian', 'exact', 36, 36, 36, 'exact', { claimant: 'Stepanakert' })],
  },
  {
    text: "Interfax, citing a statement from the Karabakh army, said 16 soldiers died.",
    expect: [fig('killed', 'military', 'exact', 16, 16, 16, 'exact', { claimant: 'the Karabakh army' })],
  },
  {
    text: "TASS, citing the Defence Ministry, said 40 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'the Defence Ministry' })],
  },
  {
    text: "Total: ~7,000 killed.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "Casualties: c. 7,000 killed.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "Casualties: c.7,000 killed.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "Casualties: approx. 7,000 killed.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "Casualties: 3,825 killed (Armenia), 2,906 killed (Azerbaijan), 85 civilians killed (Armenian side), 100 civilians killed (Azerbaijani side).",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
      fig('killed', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "12 soldiers were killed (Armenia said).",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  // 'comprised' links a toll, or a figure, to its parts as 'included' does.
  {
    text: "The dead comprised 3,825 soldiers and 85 civilians.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact'), fig('killed', 'civilian', 'exact', 85, 85, 85, 'exact')],
  },
  {
    text: "The 2,906 dead comprise 2,806 servicemen and 100 civilians.",
    expect: [
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact'),
      fig('killed', 'military', 'exact', 2806, 2806, 2806, 'exact'),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact'),
    ],
  },
  {
    text: "The shelling killed 12 people, comprising 4 soldiers and 8 civilians.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'military', 'exact', 4, 4, 4, 'exact'),
      fig('killed', 'civilian', 'exact', 8, 8, 8, 'exact'),
    ],
  },
  { text: "The force, comprising 2,000 troops, arrived on Tuesday.", expect: [] },
  // A list of dated figures: a comma or a semicolon joins one dated as the first was, which repeats its verb.
  {
    text: "Azerbaijan reported 2 civilian deaths on Sept. 27, 5 on Sept. 28 and 9 on Sept. 29.",
    expect: [
      fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact', { claimant: 'Azerbaijan' }),
      fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact', { claimant: 'Azerbaijan' }),
      fig('killed', 'civilian', 'exact', 9, 9, 9, 'exact', { claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "Shelling killed 12 people on Monday; 15 on Tuesday; and 3 on Wednesday.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'total', 'exact', 15, 15, 15, 'exact'),
      fig('killed', 'total', 'exact', 3, 3, 3, 'exact'),
    ],
  },
  {
    text: "12 soldiers were killed on Monday, 2 days after the truce.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  // A speaker's country is the speaker's side; a party's possessive owns the victims after it.
  {
    text: "Azerbaijani President Ilham Aliyev said on Monday that his country had lost 2,783 soldiers.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijani President Ilham Aliyev', flags: ['own_side'] })],
  },
  {
    text: "Aliyev said 2,783 of his country's soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Aliyev', flags: ['own_side'] })],
  },
  {
    text: "2,783 of Azerbaijan's soldiers had been killed.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Aliyev said his country's soldiers had killed 2,000 Armenian troops.",
    expect: [fig('killed', 'military', 'exact', 2000, 2000, 2000, 'exact', { side: 'armenian', claimant: 'Aliyev', flags: [] })],
  },
  // A part with no noun, of a whole that is no figure, is of the whole's victims.
  {
    text: "Azerbaijan deployed 50,000 Azerbaijani troops, of whom 2,906 were killed.",
    expect: [fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The village had 300 residents, 12 of whom were killed.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Of the 50,000 Azerbaijani troops deployed, 2,906 died.",
    expect: [fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  // A side that opens the sentence is its figures' side; a place on it is no side.
  {
    text: "On the Azerbaijani side, 100 civilians were killed and 400 wounded.",
    expect: [
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' }),
      fig('wounded', 'civilian', 'exact', 400, 400, 400, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "On the Armenian side of the border, 12 people were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  // 'the displacement of' is a toll of the displaced, as 'the deaths of' is of the dead.
  {
    text: "It caused the displacement of some 90,000 people.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding')],
  },
  // Who lists the dead claims them; people still listed as missing are the figure.
  {
    text: "Azerbaijan lists 2,906 dead and 6 missing.",
    expect: [
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan' }),
      fig('missing', 'total', 'exact', 6, 6, 6, 'exact', { claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "The ministry listed 2,425 servicemen as killed.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "Ten years after the war, 4,496 people are still listed as missing.",
    expect: [fig('missing', 'total', 'exact', 4496, 4496, 4496, 'exact', { claimant: '' })],
  },
  {
    text: "The strike led to the wounding of 30 people.",
    expect: [fig('wounded', 'total', 'exact', 30, 30, 30, 'exact')],
  },
  {
    text: "The fighting killed 2,425 Armenian soldiers and 2,783 Azerbaijani ones.",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "2,425 Armenian soldiers and 2,783 Azerbaijani ones were killed.",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia reported 3,825 military deaths and Azerbaijan 2,906.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', side: '' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan', side: '' }),
    ],
  },
  {
    text: "Armenia said it had lost 3,825 soldiers, Azerbaijan 2,906.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', flags: ['own_side'] }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan', flags: ['measure_from_context', 'own_side'] }),
    ],
  },
  {
    text: "Armenia reported 12 dead on Monday and 5 on Tuesday.",
    expect: [
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: 'Armenia' }),
      fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: 'Armenia' }),
    ],
  },
  {
    text: "Casualties: Armenia 3,825 killed, Azerbaijan 2,906 killed.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Military deaths — Armenia: 3,825; Azerbaijan: 2,906.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Armenia: 12 civilians killed in shelling.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "Killed: Armenia 3,825, Azerbaijan 2,906.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "The people killed in the strike included 4 children and 2 women.",
    expect: [
      fig('killed', 'children', 'exact', 4, 4, 4, 'exact'),
      fig('killed', 'women', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Azerbaijan later revised the toll upward to 21 dead and 70 wounded.",
    expect: [fig('killed', 'total', 'exact', 21, 21, 21, 'exact', { claimant: 'Azerbaijan' }), fig('wounded', 'total', 'exact', 70, 70, 70, 'exact', { claimant: 'Azerbaijan' })],
  },
  {
    text: "Karabakh authorities raised the military death toll to 1,177 on Monday.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { claimant: 'Karabakh authorities' })],
  },
  {
    text: "The health ministry lowered its toll to 45.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'The health ministry' })],
  },
  {
    text: "The shelling raised the death toll to 21.",
    expect: [fig('killed', 'total', 'exact', 21, 21, 21, 'exact', { claimant: '' })],
  },
  {
    text: "The strike raised the toll to 50, the ministry said.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "According to Armenia, new shelling raised the death toll to 50.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "Azerbaijan has published the names of 2,783 fallen soldiers.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact')],
  },
  {
    text: "The number of displaced people has fallen from 90,000 to 12,000.",
    expect: [],
  },
  {
    text: "Armenia's military casualties stand at 3,825, including 187 missing.",
    expect: [fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenian military losses were 3,825, including 187 missing in action.",
    expect: [fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "16 soldiers died, including 2 killed by a drone.",
    expect: [fig('killed', 'military', 'exact', 16, 16, 16, 'exact'), fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "The war killed 1,177 soldiers in Karabakh and 80 civilians.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact'), fig('killed', 'civilian', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "The official death toll stands at 1,177 soldiers on the Armenian side, and 80 civilians.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { side: 'armenian' }), fig('killed', 'civilian', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "12 soldiers were killed in Martuni, and 5 civilians.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "The strike killed 12 civilians in Ganja and 40 soldiers were wounded.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "The blast killed 12 people near the market and about 30 cars.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "12 soldiers were killed in the attack and 40 wounded.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Armenia lost 12 soldiers in the attack, with 40 wounded.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' }), fig('wounded', 'military', 'exact', 40, 40, 40, 'exact', { side: 'armenian' })],
  },
  {
    text: "It is estimated that 12 soldiers were killed in Ganja and 40 wounded.",
    expect: [fig('killed', 'military', 'approx', 11, 12, 13, 'approx.rounding'), fig('wounded', 'military', 'approx', 35, 40, 45, 'approx.rounding')],
  },
  {
    text: "The shelling killed 12 civilians in Ganja and 40 were wounded.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Armenia lost 3,825 soldiers, Azerbaijan 2,906 soldiers.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers and Azerbaijan 2,906 soldiers in the war, officials said.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, Azerbaijan sent 2,906 soldiers.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Casualty estimates range from 5,000 to 8,000.",
    expect: [fig('casualties', 'total', 'range', 5000, 6500, 8000, 'range.midpoint', { claimant: '' })],
  },
  {
    text: "Estimates of the number killed vary from 20,000 to 30,000.",
    expect: [fig('killed', 'total', 'range', 20000, 25000, 30000, 'range.midpoint')],
  },
  {
    text: "The death count rose to 50.",
    expect: [fig('killed', 'total', 'exact', 50, 50, 50, 'exact')],
  },
  {
    text: "Prices vary from 40 to 50 dollars.",
    expect: [],
  },
  {
    text: "Call the number 112 if anyone is injured.",
    expect: [],
  },
  {
    text: "Civilians killed: 45 people.",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Killed: Armenia 85 people, Azerbaijan 100 people.",
    expect: [fig('killed', 'total', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Death toll: Armenia 85, Azerbaijan 100.",
    expect: [fig('killed', 'total', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Military death toll: Armenia 3,825, Azerbaijan 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The death toll: Armenia's ministry reported 85 on Monday.",
    expect: [],
  },
  {
    text: "Azerbaijan raised its civilian death toll to 61.",
    expect: [fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { claimant: 'Azerbaijan' })],
  },
  {
    text: "Armenia lowered the military death toll to 729.",
    expect: [fig('killed', 'military', 'exact', 729, 729, 729, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "Azerbaijani shelling raised the civilian death toll to 61.",
    expect: [fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { claimant: '' })],
  },
  {
    text: "Armenian losses: 3,825 servicemen killed, 187 missing.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "Azerbaijan's losses: 2,906 servicemen killed.",
    expect: [fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Death toll from Azerbaijani shelling: 12 civilians killed.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "Armenia reported 49 soldiers killed; Azerbaijan reported 50.",
    expect: [fig('killed', 'military', 'exact', 49, 49, 49, 'exact', { claimant: 'Armenia' }), fig('killed', 'military', 'exact', 50, 50, 50, 'exact', { claimant: 'Azerbaijan' })],
  },
  {
    text: "Armenia said 49 soldiers were killed; police said 3 suspects were arrested.",
    expect: [fig('killed', 'military', 'exact', 49, 49, 49, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "Azerbaijan said 2,783 of the country's soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "The war killed 2,425 Armenian and 2,783 Azerbaijani soldiers.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Shelling killed 3 Armenian and 2 Azerbaijani civilians on Sunday.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact', { side: 'armenian' }), fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "300 Armenians and 200 Azerbaijani soldiers died.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The war killed 300 Armenians and 200 Azerbaijani soldiers.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The war killed 2,425 Armenian soldiers and 2,783 Azerbaijani.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "2,425 Armenian soldiers and 2,783 Azerbaijani were killed.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "A total of 2,906 Azerbaijani servicemen were martyred.",
    expect: [fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The ministry published a list of 2,783 martyrs.",
    expect: [fig('killed', 'total', 'exact', 2783, 2783, 2783, 'exact')],
  },
  {
    text: "The ministry said 12 soldiers fell in battle on Tuesday.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "Armenia lost 3,825 soldiers while Azerbaijan lost 2,906 soldiers.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers fighting Azerbaijan.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "12 soldiers fighting Azerbaijan were killed.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "12 soldiers from Armenia were killed.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenia lost 12 soldiers in clashes with Azerbaijan.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' })],
  },
  {
    text: "Azerbaijan lost 2,906 servicemen, 100 civilians and 6 border guards in the war.",
    expect: [
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' }),
      fig('killed', 'military', 'exact', 6, 6, 6, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Azerbaijan said it lost 2,906 servicemen and 100 civilians.",
    expect: [
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { claimant: "Azerbaijan", flags: ['own_side'] }),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { claimant: "Azerbaijan", flags: ['own_side'] }),
    ],
  },
  {
    text: "Armenia lost 3,825 soldiers and 100 civilians were killed by shelling.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: '' }),
    ],
  },
  {
    text: "Armenia lost 3,825 soldiers, compared with 2,906 for Azerbaijan.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Armenian losses stood at 3,825 soldiers, against Azerbaijan's 2,906.",
    expect: [
      fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('casualties', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Armenia lost 3,825 soldiers, compared with 2,906 a year earlier.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "According to information from the Azerbaijani side, 61 civilians have been killed.",
    expect: [fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { claimant: "the Azerbaijani side" })],
  },
  {
    text: "1,177 soldiers have been killed, according to the latest toll from Stepanakert.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { claimant: "Stepanakert" })],
  },
  {
    text: "The death toll from Azerbaijani shelling rose to 12.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: "" })],
  },
  {
    text: "Citing the health ministry, the agency said 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: "the health ministry" })],
  },
  {
    text: "Citing security concerns, the Armenian ministry said 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: "the Armenian ministry" })],
  },
  {
    text: "Citing figures from Stepanakert, the Armenian government said 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: "Stepanakert" })],
  },
  {
    text: "The agency, quoting the health ministry, said 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: "the health ministry" })],
  },
  {
    text: "3,825 fallen Armenian servicemen were buried at Yerablur.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "The bodies of 40 fallen Azerbaijani servicemen were returned.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "40 wounded Armenian soldiers were taken to hospitals in Yerevan.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenia said 40 wounded Azerbaijani soldiers were captured.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact', { side: 'azerbaijani', claimant: 'Armenia' })],
  },
  {
    text: "Armenia returned 40 dead Azerbaijani soldiers and 12 wounded.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { side: 'azerbaijani' }), fig('wounded', 'military', 'exact', 12, 12, 12, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "40 injured Armenian civilians were evacuated.",
    expect: [fig('wounded', 'civilian', 'exact', 40, 40, 40, 'exact', { side: 'armenian' })],
  },
  {
    text: "40 wounded Armenians were taken to Yerevan.",
    expect: [fig('wounded', 'total', 'exact', 40, 40, 40, 'exact', { side: 'armenian' })],
  },
  {
    text: "Two wounded Azerbaijani soldiers later died in hospital.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The number of Armenian soldiers at the post has fallen to 120.",
    expect: [],
  },
  {
    text: "About 300 families fled the shelling.",
    expect: [],
  },
  {
    text: "About 300 families with 1,200 members fled.",
    expect: [fig('displaced', 'total', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "Five members of two families were killed.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "The Armenian side lost 3,825 soldiers, the Azerbaijani side 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The Armenian side lost 3,825 soldiers; the Azerbaijani side, 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers; Azerbaijan, 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, and Azerbaijan, 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers in the war with Azerbaijan, 2,906 of them conscripts.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "The Armenian health ministry raised its count of military dead to 3,825.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'The Armenian health ministry', flags: ['own_side'] })],
  },
  {
    text: "The official count of dead soldiers is 3,825.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact')],
  },
  {
    text: "The body count rose to 3,825.",
    expect: [fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact')],
  },
  {
    text: "The ministry updated its casualty count to 3,825.",
    expect: [fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'The ministry', flags: ['own_side'] })],
  },
  {
    text: "The ministry raised its tally of the dead to 85.",
    expect: [fig('killed', 'total', 'exact', 85, 85, 85, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "A count of the votes gave 3,825 to the opposition.",
    expect: [],
  },
  {
    text: "Armenia — 3,825 killed; Azerbaijan — 2,906 killed.",
    expect: [fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Military deaths: Armenia – 3,825, Azerbaijan – 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] })],
  },
  {
    text: "Armenia — 12 civilians killed in shelling.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The conflict has claimed over 6,500 lives (both sides combined).",
    expect: [fig('killed', 'total', 'more_than', 6501, 6501, 7150, 'more_than.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Nearly 7,000 soldiers were killed across both sides.",
    expect: [fig('killed', 'military', 'nearly', 6300, 6650, 7000, 'nearly.just_under', { flags: ['both_sides'] })],
  },
  {
    text: "A UN report estimated about 100,000 people had fled.",
    expect: [fig('displaced', 'total', 'approx', 75000, 100000, 125000, 'approx.rounding', { claimant: 'UN' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, including 187 still listed as missing.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "A further 40 soldiers were wounded, and 187 soldiers remain registered as missing.",
    expect: [fig('missing', 'military', 'exact', 187, 187, 187, 'exact')],
  },
  {
    text: "The ministry said 12 civilians had been recorded as killed.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, including 187 people still missing.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "Both sides claim heavy enemy losses, with Azerbaijan saying it had killed 2,300 Armenian troops.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { side: 'armenian', claimant: 'Azerbaijan' })],
  },
  {
    text: "The Armenian ministry said 12 soldiers had been killed, with Azerbaijan saying it had lost 5.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'The Armenian ministry' }), fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: 'Azerbaijan', side: '', flags: ['own_side'] })],
  },
  {
    text: "The ministry issued a statement saying at least 12 civilians were killed.",
    expect: [fig('killed', 'civilian', 'at_least', 12, 12, 14, 'at_least.rounding', { claimant: 'The ministry' })],
  },
  {
    text: "Armenia accused Azerbaijan of shelling Stepanakert, saying 12 civilians had been killed.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: '' })],
  },
  {
    text: "Nine people were killed, with rescuers saying the toll could rise.",
    expect: [fig('killed', 'total', 'exact', 9, 9, 9, 'exact', { claimant: '' })],
  },
  {
    text: "Ukraine said 1,130 Russian forces were killed in the past day.",
    expect: [fig('killed', 'military', 'exact', 1130, 1130, 1130, 'exact', { side: 'russian', claimant: 'Ukraine' })],
  },
  {
    text: "Russian forces have suffered 300,000 casualties, according to U.S. officials.",
    expect: [fig('casualties', 'military', 'exact', 300000, 300000, 300000, 'exact', { side: 'russian', claimant: 'U.S. officials' })],
  },
  {
    text: "The death toll among Armenian forces rose to 673.",
    expect: [fig('killed', 'military', 'exact', 673, 673, 673, 'exact', { side: 'armenian' })],
  },
  {
    text: "Russian forces killed 12 civilians in the village, the governor said.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'the governor' })],
  },
  {
    text: "Russian troops suffered 300 dead in the assault.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { side: 'russian' })],
  },
  {
    text: "Civilians have suffered more than 300 casualties since the shelling began.",
    expect: [fig('casualties', 'civilian', 'more_than', 301, 301, 400, 'more_than.rounding')],
  },
  {
    text: "The fighting has claimed the lives of more than 5,000 people, according to the UN.",
    expect: [fig('killed', 'total', 'more_than', 5001, 5001, 6000, 'more_than.rounding', { claimant: 'the UN' })],
  },
  {
    text: "The war has claimed at least 5,000 lives, the UN said.",
    expect: [fig('killed', 'total', 'at_least', 5000, 5000, 6000, 'at_least.rounding', { claimant: 'the UN' })],
  },
  {
    text: "The Battle of Shusha has claimed 400 lives.",
    expect: [fig('killed', 'total', 'exact', 400, 400, 400, 'exact', { claimant: '' })],
  },
  {
    text: "Azerbaijan has claimed 2,300 Armenian troops were killed.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { claimant: 'Azerbaijan', side: 'armenian' })],
  },
  {
    text: "Azerbaijan claimed 2,300 Syrian mercenaries were killed.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { claimant: 'Azerbaijan' })],
  },
  {
    text: "By the UN's count, at least 9,000 civilians have been killed.",
    expect: [fig('killed', 'civilian', 'at_least', 9000, 9000, 10000, 'at_least.rounding', { claimant: 'the UN' })],
  },
  {
    text: "The toll, by the health ministry's count, stands at 1,200.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the health ministry' })],
  },
  {
    text: "Twelve soldiers were killed by Azerbaijani forces, the ministry said.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, while the figure for Azerbaijan was 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, and on the Azerbaijani side 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia lost 3,825 soldiers, and on the Azerbaijani side 12 villages were destroyed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Civilians accounted for 12 of the dead, the ministry said.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "Armenian soldiers made up 2,425 of the dead.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' })],
  },
  {
    text: "Karabakh authorities so far reported 772 military deaths.",
    expect: [fig('killed', 'military', 'exact', 772, 772, 772, 'exact', { claimant: 'Karabakh authorities' })],
  },
  {
    text: "The ministry now says 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "In all, 37 civilians have been killed and 115 injured on the Armenian side.",
    expect: [fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact', { side: 'armenian' }), fig('wounded', 'civilian', 'exact', 115, 115, 115, 'exact', { side: 'armenian' })],
  },
  {
    text: "Five soldiers were killed, 12 wounded and three went missing on the Armenian side.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact', { side: 'armenian' }), fig('wounded', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 3, 3, 3, 'exact', { side: 'armenian' })],
  },
  {
    text: "Twelve civilians were killed in Stepanakert, and three soldiers were wounded on the Azerbaijani side.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { side: '' }), fig('wounded', 'military', 'exact', 3, 3, 3, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Ukraine puts Russian losses at 90,000 killed.",
    expect: [fig('killed', 'total', 'exact', 90000, 90000, 90000, 'exact', { side: 'russian', claimant: 'Ukraine' })],
  },
  {
    text: "Moscow put Ukraine's losses at more than 50,000, a defence official said.",
    expect: [fig('casualties', 'total', 'more_than', 50001, 50001, 60000, 'more_than.rounding', { side: 'ukrainian', claimant: 'Moscow' })],
  },
  {
    text: "Armenia puts Azerbaijani military deaths at 2,908.",
    expect: [fig('killed', 'military', 'exact', 2908, 2908, 2908, 'exact', { side: 'azerbaijani', claimant: 'Armenia' })],
  },
  {
    text: "The ministry puts the number of civilians killed since September at 45.",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "The army put its forces on alert after 12 soldiers were killed, the ministry said.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "The war cost 30,000 lives.",
    expect: [fig('killed', 'total', 'exact', 30000, 30000, 30000, 'exact')],
  },
  {
    text: "The conflict has cost at least 6,500 lives, according to the UN.",
    expect: [fig('killed', 'total', 'at_least', 6500, 6500, 7150, 'at_least.rounding', { claimant: 'the UN' })],
  },
  {
    text: "The 44-day war cost Armenia 3,825 soldiers.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "The war cost Azerbaijan nearly 3,000 lives.",
    expect: [fig('killed', 'total', 'nearly', 2700, 2850, 3000, 'nearly.just_under', { side: 'azerbaijani' })],
  },
  {
    text: "The war cost Armenia 5 billion dollars.",
    expect: [],
  },
  {
    text: "The fighting has cost 5 billion, and 300 jobs were lost.",
    expect: [],
  },
  {
    text: "The attack cost 12 soldiers their lives.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '', flags: [] })],
  },
  {
    text: "The offensive succeeded at the cost of more than 1,000 lives, officials said.",
    expect: [fig('killed', 'total', 'more_than', 1001, 1001, 1500, 'more_than.rounding', { claimant: '' })],
  },
  {
    text: "Nine Ukrainian soldiers were captured and four were killed.",
    expect: [fig('killed', 'military', 'exact', 4, 4, 4, 'exact', { side: 'ukrainian' })],
  },
  {
    text: "Nine Ukrainian soldiers were captured, and four were killed on Tuesday.",
    expect: [fig('killed', 'military', 'exact', 4, 4, 4, 'exact', { side: 'ukrainian' })],
  },
  {
    text: "Police detained 300 protesters and 12 were injured.",
    expect: [fig('wounded', 'total', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "Azerbaijan's losses stand at 2,906, while Armenia's are 3,825.",
    expect: [fig('casualties', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }), fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenia's military death toll is 3,825, Azerbaijan's 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The death toll in Stepanakert rose to 45, and Armenia's army said 12 more were wounded.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact'), fig('wounded', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The attack, claiming 45 lives, was the deadliest since 2016.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Azerbaijan issued a statement claiming 2,300 Armenian troops had been killed.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { side: 'armenian', claimant: 'Azerbaijan' })],
  },
  {
    text: "The strike killed 40, with the army claiming 35 militants among them.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact', { claimant: '' }), fig('killed', 'military', 'exact', 35, 35, 35, 'exact', { claimant: 'the army' })],
  },
  {
    text: "A car bomb exploded in the market, claiming at least 30 lives.",
    expect: [fig('killed', 'total', 'at_least', 30, 30, 40, 'at_least.rounding', { claimant: '' })],
  },
  {
    text: "Armenia's military death toll is 3,825, and for Azerbaijan 2,906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia's death toll rose to 300, and in Azerbaijan 200 houses were destroyed.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { side: 'armenian' })],
  },
  {
    text: "Slightly more than 2,000 were wounded.",
    expect: [fig('wounded', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding')],
  },
  {
    text: "A little under 3,000 soldiers were killed.",
    expect: [fig('killed', 'military', 'nearly', 2700, 2850, 3000, 'nearly.just_under')],
  },
  {
    text: "The shelling killed a little over 40 people.",
    expect: [fig('killed', 'total', 'more_than', 41, 41, 50, 'more_than.rounding')],
  },
  {
    text: "Far fewer than 3,000 civilians were wounded.",
    expect: [fig('wounded', 'civilian', 'fewer_than', 2000, 2999, 2999, 'fewer_than.rounding')],
  },
  {
    text: "30 Syrians were killed in the air strikes.",
    expect: [fig('killed', 'total', 'exact', 30, 30, 30, 'exact', { side: '' })],
  },
  {
    text: "Over 1.9 million Gazans have been displaced.",
    expect: [fig('displaced', 'total', 'more_than', 1900001, 1900001, 2090000, 'more_than.rounding', { side: '' })],
  },
  {
    text: "7 Lebanese were killed and 20 wounded.",
    expect: [fig('killed', 'total', 'exact', 7, 7, 7, 'exact'), fig('wounded', 'total', 'exact', 20, 20, 20, 'exact')],
  },
  {
    text: "12 Leopards were lost in the offensive.",
    expect: [],
  },
  {
    text: "The 44 Days War killed 6,500 people.",
    expect: [fig('killed', 'total', 'exact', 6500, 6500, 6500, 'exact')],
  },
  {
    text: "Killed: 3,825 (Armenia); 2,906 (Azerbaijan).",
    expect: [fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Killed: 2,425 servicemen (Armenia); 2,783 (Azerbaijan).",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Wounded: 12 soldiers; 40 civilians.",
    expect: [fig('wounded', 'military', 'exact', 12, 12, 12, 'exact', { side: '' }), fig('wounded', 'civilian', 'exact', 40, 40, 40, 'exact', { side: '' })],
  },
  {
    text: "Shelling killed 5 civilians; 13 died in Ganja.",
    expect: [fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact'), fig('killed', 'total', 'exact', 13, 13, 13, 'exact')],
  },
  {
    text: "Israel said it had lost 3 of its own.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact', { claimant: 'Israel', flags: ['own_side'] })],
  },
  {
    text: "The army said it had killed 50 militants, losing 3 of its own.",
    expect: [fig('killed', 'military', 'exact', 50, 50, 50, 'exact', { claimant: 'The army', flags: ['enemy_side'] }), fig('killed', 'military', 'exact', 3, 3, 3, 'exact', { claimant: 'The army', flags: ['own_side'] })],
  },
  {
    text: "Two Americans later died in hospital.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact', { side: '' })],
  },
  {
    text: "The war took 30,000 lives.",
    expect: [fig('killed', 'total', 'exact', 30000, 30000, 30000, 'exact', { side: '' })],
  },
  {
    text: "The conflict has taken more than 6,000 lives since September.",
    expect: [fig('killed', 'total', 'more_than', 6001, 6001, 7000, 'more_than.rounding', { side: '' })],
  },
  {
    text: "The strike took 12 Palestinian lives.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: 'palestinian' })],
  },
  { text: "The war took 300 prisoners.", expect: [] },
  { text: "The bus took 300 soldiers to the front.", expect: [] },
  {
    text: "Three soldiers were killed and 12, two of them seriously, were wounded.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact'), fig('wounded', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Three people were killed and 12, including two children, were wounded.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'children', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "12 Yemenis, including 5 children, were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' }), fig('killed', 'children', 'exact', 5, 5, 5, 'exact', { side: '' })],
  },
  {
    text: "12 Syrians, among them 5 children, were killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' }), fig('killed', 'children', 'exact', 5, 5, 5, 'exact', { side: '' })],
  },
  {
    text: "The toll rose to 12, the ministry said, and 40 were wounded.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: 'the ministry' }), fig('wounded', 'total', 'exact', 40, 40, 40, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "The ministry said 5 percent of the 2,000 wounded had died.",
    expect: [fig('wounded', 'total', 'exact', 2000, 2000, 2000, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "Half of the 40 wounded soldiers later died.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Of the 40 wounded soldiers, 12 later died.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact'), fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The two sides lost a combined 6,700 soldiers.",
    expect: [fig('killed', 'military', 'exact', 6700, 6700, 6700, 'exact', { side: '', flags: ['both_sides'] })],
  },
  {
    text: "Armenia and Azerbaijan together lost about 6,700 soldiers.",
    expect: [fig('killed', 'military', 'approx', 6365, 6700, 7035, 'approx.rounding', { side: '', flags: ['both_sides'] })],
  },
  {
    text: "Azerbaijan said the two sides lost 6,700 soldiers.",
    expect: [fig('killed', 'military', 'exact', 6700, 6700, 6700, 'exact', { claimant: 'Azerbaijan', side: '', flags: ['both_sides'] })],
  },
  {
    text: "Both sides lost thousands of soldiers.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { side: '', flags: ['each_side'] })],
  },
  {
    text: "Both sides lost a combined 6,700 soldiers.",
    expect: [fig('killed', 'military', 'exact', 6700, 6700, 6700, 'exact', { side: '', flags: ['both_sides'] })],
  },
  {
    text: "The two sides exchanged 30 prisoners.",
    expect: [],
  },
  {
    text: "Azerbaijan's defence ministry said 2,908 servicemen were martyred.",
    expect: [fig('killed', 'military', 'exact', 2908, 2908, 2908, 'exact', { claimant: "Azerbaijan's defence ministry", side: '', flags: ['own_side'] })],
  },
  {
    text: "The ministry said 12 soldiers were martyred on Sunday.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'The ministry', side: '', flags: ['own_side'] })],
  },
  {
    text: "Twelve soldiers were martyred on Sunday.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: '', side: '', flags: [] })],
  },
  {
    text: "Dead – 45; wounded – 120.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact'), fig('wounded', 'total', 'exact', 120, 120, 120, 'exact')],
  },
  {
    text: "Civilian deaths - 45.",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Armenian soldiers killed – 2,425.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' })],
  },
  {
    text: "Three soldiers were wounded – 2 seriously.",
    expect: [fig('wounded', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Some 6 million Ukrainians have left the country.",
    expect: [fig('displaced', 'total', 'approx', 5500000, 6000000, 6500000, 'approx.rounding', { side: 'ukrainian' })],
  },
  {
    text: "More than 90,000 people have left their homes.",
    expect: [fig('displaced', 'total', 'more_than', 90001, 90001, 100000, 'more_than.rounding')],
  },
  { text: "30 soldiers left the base.", expect: [] },
  { text: "The regiment of 1,200 men lost half its strength.", expect: [] },
  { text: "300 soldiers lost contact with their unit.", expect: [] },
  { text: "About 2,000 people lost their jobs.", expect: [] },
  { text: "500 soldiers lost the battle.", expect: [] },
  {
    text: "With 300 soldiers losing their lives, the offensive stalled.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The 3,825 soldiers lost so far are buried in Yerablur.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact')],
  },
  {
    text: "300 soldiers were lost to enemy fire.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Armenia mourns the 3,825 soldiers lost in the war.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact')],
  },
  {
    text: "The death toll was \"600,000\", the envoy said.",
    expect: [fig('killed', 'total', 'exact', 600000, 600000, 600000, 'exact')],
  },
  {
    text: "Tigray war dead \"up to 600,000\".",
    expect: [fig('killed', 'total', 'at_most', 500000, 600000, 600000, 'at_most.rounding')],
  },
  {
    text: "The war killed 600,000\".",
    expect: [fig('killed', 'total', 'exact', 600000, 600000, 600000, 'exact')],
  },
  {
    text: "The death toll was “600,000”.",
    expect: [fig('killed', 'total', 'exact', 600000, 600000, 600000, 'exact')],
  },
  {
    text: "Death toll: at least 6,500 (both sides).",
    expect: [fig('killed', 'total', 'at_least', 6500, 6500, 7150, 'at_least.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Among the 33 dead were 12 children.",
    expect: [fig('killed', 'total', 'exact', 33, 33, 33, 'exact'), fig('killed', 'children', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Among the 33 people killed were 12 children.",
    expect: [fig('killed', 'total', 'exact', 33, 33, 33, 'exact'), fig('killed', 'children', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Russia has lost about 600,000 troops, including dead and wounded, according to Western estimates.",
    expect: [fig('casualties', 'military', 'approx', 550000, 600000, 650000, 'approx.rounding')],
  },
  {
    text: "Russia has lost about 600,000 troops, both killed and wounded.",
    expect: [fig('casualties', 'military', 'approx', 550000, 600000, 650000, 'approx.rounding')],
  },
  {
    text: "Ukraine has lost some 70,000 soldiers (dead and wounded).",
    expect: [fig('casualties', 'military', 'approx', 65000, 70000, 75000, 'approx.rounding', { side: 'ukrainian' })],
  },
  {
    text: "Russia lost 300 soldiers, killed in the assault on Bakhmut.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Kharkiv strike kills 47, wounds dozens",
    expect: [fig('killed', 'total', 'exact', 47, 47, 47, 'exact'), fig('wounded', 'total', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "Russian missile strike kills 12 civilians in Zaporizhzhia",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Clashes kill 5 soldiers on Armenia-Azerbaijan border",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Drone attack injures 7 in Odesa",
    expect: [fig('wounded', 'total', 'exact', 7, 7, 7, 'exact')],
  },
  {
    text: "Blast kills 3, injures 15 at market",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('wounded', 'total', 'exact', 15, 15, 15, 'exact')],
  },
  {
    text: "Floods displace 10,000 people in Sudan",
    expect: [fig('displaced', 'total', 'exact', 10000, 10000, 10000, 'exact')],
  },
  {
    text: "Two soldiers die in border clash",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Fighting claims 30 lives in eastern Ukraine",
    expect: [fig('killed', 'total', 'exact', 30, 30, 30, 'exact')],
  },
  { text: "He suffered 12 stab wounds.", expect: [] },
  { text: "The pilot had 12 confirmed kills.", expect: [] },
  { text: "Landmines kill hundreds of people every year.", expect: [] },
  {
    text: "Shelling killed 30 soldiers in Ukraine.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact', { side: '' })],
  },
  {
    text: "Clashes killed 5 soldiers on the Armenia-Azerbaijan border.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact', { side: '' })],
  },
  {
    text: "The fighting killed 30 people in eastern Ukraine.",
    expect: [fig('killed', 'total', 'exact', 30, 30, 30, 'exact', { side: '' })],
  },
  {
    text: "Shelling killed 30 soldiers in the Armenian army.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact', { side: 'armenian' })],
  },
  {
    text: "The strike killed 30 soldiers in Armenia's army.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact', { side: 'armenian' })],
  },
  {
    text: "According to figures released by Armenia's health ministry on Monday, 3,825 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: "Armenia's health ministry" })],
  },
  {
    text: "According to figures released by the health ministry on Monday, 3,825 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'the health ministry' })],
  },
  {
    text: "Armenia's health ministry on Monday released figures showing 3,825 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: "Armenia's health ministry" })],
  },
  {
    text: "Nikol Pashinyan in a statement on Monday said 3,825 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Nikol Pashinyan' })],
  },
  {
    text: "The ministry in a statement on Monday said 3,825 soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'The ministry' })],
  },
  {
    text: "The strike killed 3 people, bringing to 12 the number of people killed this week.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The attack raised to 45 the death toll from Sunday's strikes.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Another soldier died of his wounds, bringing to 710 the number of Armenian servicemen killed.",
    expect: [fig('killed', 'military', 'exact', 710, 710, 710, 'exact', { side: 'armenian' })],
  },
  { text: "The ministry raised to 12 the number of regions under curfew.", expect: [] },
  {
    text: "The death toll reached 80 after soldiers opened fire on the crowd.",
    expect: [fig('killed', 'total', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "Death toll reaches 80 as rescuers search rubble",
    expect: [fig('killed', 'total', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "Clashes killed 12 before troops regained the town.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Shelling killed 28 pro-government fighters.",
    expect: [fig('killed', 'military', 'exact', 28, 28, 28, 'exact')],
  },
  {
    text: "Earthquake toll climbs above 41,000 in Turkey and Syria",
    expect: [fig('killed', 'total', 'more_than', 41001, 41001, 45100, 'more_than.rounding')],
  },
  {
    text: "The death toll soared above 500 on Friday.",
    expect: [fig('killed', 'total', 'more_than', 501, 501, 600, 'more_than.rounding')],
  },
  {
    text: "Death toll surges past 500",
    expect: [fig('killed', 'total', 'more_than', 501, 501, 600, 'more_than.rounding')],
  },
  {
    text: "Casualties mounted past 1,000.",
    expect: [fig('casualties', 'total', 'more_than', 1001, 1001, 1500, 'more_than.rounding')],
  },
  {
    text: "The death toll rose 40 to 300 overnight.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "The number of wounded climbed 120 to 1,450, the ministry said.",
    expect: [fig('wounded', 'total', 'exact', 1450, 1450, 1450, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "The death toll rose to between 400 and 500.",
    expect: [fig('killed', 'total', 'range', 400, 450, 500, 'range.midpoint')],
  },
  {
    text: "Russia said 6,000 of its soldiers had died, while Ukraine said that 100,000 Russian soldiers were killed.",
    expect: [fig('killed', 'military', 'exact', 6000, 6000, 6000, 'exact', { claimant: 'Russia', flags: ['own_side'] }), fig('killed', 'military', 'exact', 100000, 100000, 100000, 'exact', { claimant: 'Ukraine', side: 'russian' })],
  },
  {
    text: "The Armenian side's losses stood at 3,825, according to official data published in 2022.",
    expect: [fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "The Azerbaijani side's death toll rose to 2,906.",
    expect: [fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "The airline's losses stood at 300 million.",
    expect: [],
  },
  {
    text: "Killed were 30 soldiers, 12 police officers and 5 civilians.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact'), fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Wounded were 40 soldiers.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "The soldiers who were killed were 30 years old on average.",
    expect: [],
  },
  { text: "Most of those killed were 30 or younger.", expect: [] },
  { text: "The youngest of the dead was 3, the oldest 87.", expect: [] },
  {
    text: "All of the 40 passengers were killed.",
    expect: [fig('killed', 'civilian', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Among the dead were 30 soldiers.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact')],
  },
  {
    text: "Police detained 300 soldiers and 12 were injured.",
    expect: [fig('wounded', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Police detained 300 soldiers and 12 police officers were injured.",
    expect: [fig('wounded', 'military', 'exact', 300, 300, 300, 'exact'), fig('wounded', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Three protesters were shot dead in the capital.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "At least 40 migrants drowned off the coast of Libya.",
    expect: [fig('killed', 'civilian', 'at_least', 40, 40, 50, 'at_least.rounding')],
  },
  {
    text: "Two men were beaten to death and 12 civilians were massacred in the village.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact'), fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The regime executed 12 prisoners.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The T-72 tanks were destroyed, and 3 crew were killed.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact')],
  },
  { text: "Troops executed 2 raids overnight.", expect: [] },
  {
    text: "12 refugees were killed in the strike.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "At least 12 refugees froze to death near the border.",
    expect: [fig('killed', 'total', 'at_least', 12, 12, 14, 'at_least.rounding')],
  },
  {
    text: "Some 100,000 refugees have arrived in Armenia.",
    expect: [fig('displaced', 'total', 'approx', 75000, 100000, 125000, 'approx.rounding')],
  },
  // A part of a toll that has its own number: "of the 40 dead" is a noun phrase, not a verb of the whole.
  {
    text: "Civilians accounted for 12 of the 40 dead.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Civilians made up 12 of the 40 people killed, officials said.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Women and children accounted for more than half of the 1,200 killed.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "Rescuers found 12 of the 40 missing.",
    expect: [fig('missing', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "None of the 40 passengers were injured.",
    expect: [],
  },
  // 'fatalities' heads a toll as 'deaths' does.
  {
    text: "The fatalities include 12 children.",
    expect: [fig('killed', 'children', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Fatalities rose to 40 on Sunday.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Nine of the fatalities were children.",
    expect: [fig('killed', 'children', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Among the fatalities were 12 children.",
    expect: [fig('killed', 'children', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The fatality count stood at 40.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Nine of the deaths were children.",
    expect: [fig('killed', 'children', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Forty fatalities were reported.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Civilians made up 12 of 40 people killed.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  // Those who attacked are fighters by what they did; suspects are people of no stated kind.
  {
    text: "Two of the three attackers were killed.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "2 of the 5 suspects were killed.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Security forces killed 15 terrorists in the operation.",
    expect: [fig('killed', 'military', 'exact', 15, 15, 15, 'exact')],
  },
  {
    text: "Three assailants were killed by security forces.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Police shot dead a gunman.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "Officers detained 12 suspects.",
    expect: [],
  },
  // 'liquidated', as militaries report enemy dead, is 'eliminated'.
  {
    text: "Ukraine's General Staff claims 1,200 Russian troops were \"liquidated\" in the past day.",
    expect: [fig('killed', 'military', 'exact', 1200, 1200, 1200, 'exact', { side: 'russian', claimant: "Ukraine's General Staff" })],
  },
  {
    text: "The army said it had liquidated 40 militants.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "The firm liquidated 300 positions.",
    expect: [],
  },
  // Both sides named after the cue that closes a list are said of each figure joined right after its cue.
  {
    text: "The war has left more than 20,000 dead and 50,000 wounded on both sides.",
    expect: [
      fig('killed', 'total', 'more_than', 20001, 20001, 30000, 'more_than.rounding', { flags: ['both_sides'] }),
      fig('wounded', 'total', 'exact', 50000, 50000, 50000, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "5 killed, 12 wounded and 3 missing on both sides.",
    expect: [
      fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { flags: ['both_sides'] }),
      fig('wounded', 'total', 'exact', 12, 12, 12, 'exact', { flags: ['both_sides'] }),
      fig('missing', 'total', 'exact', 3, 3, 3, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "Armenia lost 3,825 soldiers and 12,000 were wounded on both sides.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian', flags: [] }),
      fig('wounded', 'total', 'exact', 12000, 12000, 12000, 'exact', { flags: ['both_sides'] }),
    ],
  },
  // The link before the first number, repeated after a second party, stands for the words left out.
  {
    text: "Armenia put its death toll at 3,825, Azerbaijan at 2,906.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', flags: ['own_side'] }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan', flags: ['measure_from_context', 'own_side'] }),
    ],
  },
  {
    text: "Armenia put its losses at 3,825 and Azerbaijan at 2,906.",
    expect: [
      fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', flags: ['own_side'] }),
      fig('casualties', 'total', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan', flags: ['measure_from_context', 'own_side'] }),
    ],
  },
  {
    text: "The death toll rose to 40 on Monday and to 52 on Tuesday.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact'), fig('killed', 'total', 'exact', 52, 52, 52, 'exact')],
  },
  // A party's losses counted in a bare number whose clause ends after it: a conjunction, a date.
  {
    text: "Armenia's losses stood at 3,825 and Azerbaijan's at 2,906.",
    expect: [
      fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('casualties', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia put its losses at 3,825 on Monday.",
    expect: [fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia', flags: ['own_side'] })],
  },
  {
    text: "Russian losses stood at 300 billion roubles.",
    expect: [],
  },
  {
    text: "An airstrike killed a family of six in Rafah, hospital officials said.",
    expect: [fig('killed', 'total', 'exact', 6, 6, 6, 'exact', { claimant: 'hospital officials' })],
  },
  {
    text: "A family of five was killed when a shell hit their home.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "He was survived by a family of six.",
    expect: [],
  },
  {
    text: "A mother of three was killed in the strike.",
    expect: [],
  },
  {
    text: "Local authorities reported one death and four injuries.",
    expect: [
      fig('killed', 'total', 'exact', 1, 1, 1, 'exact', { claimant: 'Local authorities' }),
      fig('wounded', 'total', 'exact', 4, 4, 4, 'exact', { claimant: 'Local authorities' }),
    ],
  },
  {
    text: "There was at least one casualty, the army said.",
    expect: [fig('casualties', 'total', 'at_least', 1, 1, 2, 'at_least.rounding', { claimant: 'the army' })],
  },
  {
    text: "Two deaths and one injury were reported.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact'), fig('wounded', 'total', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "12 people were sentenced to death.",
    expect: [],
  },
  {
    text: "One death toll put the figure at 40.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Armenian media reported 15 killed, though the ministry gave a lower figure of nine.",
    expect: [
      fig('killed', 'total', 'exact', 15, 15, 15, 'exact', { claimant: 'Armenian media' }),
      fig('killed', 'total', 'exact', 9, 9, 9, 'exact', { claimant: 'the ministry', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "The army gave a figure of 40 killed.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact', { claimant: 'The army' })],
  },
  {
    text: "Israeli strikes killed 20 displaced people sheltering in a school, the civil defence said.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'the civil defence' })],
  },
  {
    text: "Shelling killed 12 wounded soldiers in a field hospital.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The blast wounded 3 displaced children.",
    expect: [fig('wounded', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Aid reached 40 displaced families.",
    expect: [],
  },
  {
    text: "40 wounded soldiers were evacuated.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "The strike killed 20 refugees sheltering in a school.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact')],
  },
  {
    text: "Israeli strikes killed 12 people displaced from northern Gaza.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The strike killed 20 people who had fled the fighting.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact')],
  },
  {
    text: "Shelling wounded 5 refugees.",
    expect: [fig('wounded', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "The war forced 20,000 refugees across the border.",
    expect: [fig('displaced', 'total', 'exact', 20000, 20000, 20000, 'exact')],
  },
  // A count of others may open the sentence after a figure of another measure; after one of the same measure, it is an
  // increase.
  {
    text: "Twelve people were killed in the strike. Another 30 people were wounded.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 30, 30, 30, 'exact')],
  },
  {
    text: "Twelve people were killed. Dozens more were wounded.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'dozens', 12, 24, 99, 'vague.dozens')],
  },
  {
    text: "One soldier was killed. Another was wounded.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact'), fig('wounded', 'total', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "Twelve people were killed on Monday. Another 15 were killed on Tuesday.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Twelve people were killed. Another 30 trucks were destroyed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Twelve people were wounded. Another 300 people fled on Monday, raising the total to about 90,000.",
    expect: [fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'), fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding')],
  },
  // Soldiers are no civilians: more of the one beside a figure of the other count others.
  {
    text: "The strike killed 5 soldiers and 3 more civilians.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact'), fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Three civilians were killed in Stepanakert. Another 12 soldiers died at the front.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact'), fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Five soldiers were killed on Monday and 3 more on Tuesday.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Four civilians, including a child, were killed, and 3 more civilians died in hospital.",
    expect: [fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact'), fig('killed', 'children', 'exact', 1, 1, 1, 'exact')],
  },
  // What a toll raised right after it totals is an increase, whatever comes before it.
  {
    text: "Twelve were wounded and another 40 were killed, bringing the death toll to 52.",
    expect: [fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 52, 52, 52, 'exact')],
  },
  {
    text: "Two civilians were wounded. Another soldier died of his wounds, bringing to 710 the number of Armenian servicemen killed.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact'), fig('killed', 'military', 'exact', 710, 710, 710, 'exact', { side: 'armenian' })],
  },
  // A relative clause between the speaker and the verb names no one.
  {
    text: "The Karabakh health ministry, which reports to the separatist government, said 40 people had died.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact', { claimant: 'The Karabakh health ministry' })],
  },
  // Whose tally, kept or collected by whom.
  {
    text: "According to a tally kept by AFP, 1,200 soldiers have died.",
    expect: [fig('killed', 'military', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'AFP' })],
  },
  {
    text: "According to data collected by ACLED, 1,200 people have died.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'ACLED' })],
  },
  // Where a body is based describes it, and names no one.
  {
    text: "The Syrian Observatory for Human Rights, based in Britain, said 541 fighters had died.",
    expect: [fig('killed', 'military', 'exact', 541, 541, 541, 'exact', { claimant: 'The Syrian Observatory for Human Rights' })],
  },
  {
    text: "The death toll ranges from hundreds to thousands.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope')],
  },
  {
    text: "Estimates of the dead range from a few hundred to several thousand.",
    expect: [fig('killed', 'total', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  {
    text: "The death toll is put at between several hundred and a few thousand.",
    expect: [fig('killed', 'total', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  {
    text: "The death toll ranges from hundreds to 5,000.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 5000, 'vague_range.envelope')],
  },
  {
    text: "The death toll rose from hundreds to thousands.",
    expect: [fig('killed', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "Between several hundred and a few thousand soldiers died.",
    expect: [fig('killed', 'military', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  {
    text: "Estimates of the dead vary widely, from 5,000 to 7,000.",
    expect: [fig('killed', 'total', 'range', 5000, 6000, 7000, 'range.midpoint')],
  },
  {
    text: "Casualty figures vary widely, from a few hundred to several thousand.",
    expect: [fig('casualties', 'total', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  { text: "The estimates of the dead vary widely, and 12 people were arrested.", expect: [] },
  {
    text: "\"We have lost 2,300 of our brave sons,\" President Aliyev said.",
    expect: [fig('killed', 'total', 'exact', 2300, 2300, 2300, 'exact', { claimant: 'President Aliyev', flags: ['own_side'] })],
  },
  {
    text: "Armenia has lost 2,300 of its young soldiers.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { side: 'armenian' })],
  },
  { text: "Armenia has lost 300 of its armoured vehicles.", expect: [] },
  {
    text: "Deaths: 2,906 (military), 100 (civilians).",
    expect: [
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact'),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact'),
    ],
  },
  {
    text: "2,906 killed (military), 100 killed (civilians).",
    expect: [
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact'),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact'),
    ],
  },
  {
    text: "Casualties: 3,825 killed (Armenia), 2,906 killed (Azerbaijan).",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "3,825 soldiers were killed (according to the Armenian defence ministry), and 2,906 on the other side.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'the Armenian defence ministry' })],
  },
  {
    text: "45 health workers were killed, according to the World Health Organization (WHO).",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact', { claimant: 'the World Health Organization (WHO)' })],
  },
  {
    text: "3,825 soldiers were killed (source: Armenian defence ministry).",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenian defence ministry' })],
  },
  {
    text: "3,825 soldiers were killed on the Armenian side and 2,906 on the other side.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: '' }),
    ],
  },
  {
    text: "Perhaps 2,000 people have been killed.",
    expect: [fig('killed', 'total', 'approx', 1500, 2000, 2500, 'approx.rounding')],
  },
  {
    text: "The strike killed perhaps a dozen people.",
    expect: [fig('killed', 'total', 'approx', 11, 12, 13, 'approx.rounding')],
  },
  {
    text: "Close on 200 people were injured.",
    expect: [fig('wounded', 'total', 'nearly', 180, 190, 200, 'nearly.just_under')],
  },
  {
    text: "According to an AFP tally, 3,825 soldiers have been killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'AFP' })],
  },
  {
    text: "According to the latest tally by the health ministry, 1,200 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the health ministry' })],
  },
  {
    text: "According to the Armenian defence ministry's figures, 3,825 soldiers have been killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'the Armenian defence ministry' })],
  },
  {
    text: "According to the Syrian Observatory for Human Rights' count, 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'the Syrian Observatory for Human Rights' })],
  },
  {
    text: "According to police records, 12 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: 'police' })],
  },
  {
    text: "Health ministry figures show 1,200 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Health ministry' })],
  },
  {
    text: "According to Armenian official figures, 3,825 soldiers have been killed.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenian official figures' })],
  },
  {
    text: "The Armed Conflict Location & Event Data Project said 1,200 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'The Armed Conflict Location & Event Data Project' })],
  },
  {
    text: "According to Iraq Body Count, 1,200 civilians have been killed.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Iraq Body Count' })],
  },
  {
    text: "According to Iraq Body Count figures, 1,200 civilians have been killed.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Iraq Body Count' })],
  },
  {
    text: "The Casualty Recording Project said 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'The Casualty Recording Project' })],
  },
  {
    text: "Civilian casualty figures show 45 people were killed.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: '' })],
  },
  {
    text: "According to figures released on Monday by the health ministry, 1,200 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the health ministry' })],
  },
  {
    text: "1,200 people have been killed, according to figures released Monday by the health ministry.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the health ministry' })],
  },
  {
    text: "According to figures published on Oct. 20 by the UN, 1,200 civilians have been killed.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the UN' })],
  },
  {
    text: "Armenian deaths reach 3,825, ministry says.",
    expect: [fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian', claimant: 'ministry' })],
  },
  {
    text: "Civilian deaths rise above 45 in Stepanakert.",
    expect: [fig('killed', 'civilian', 'more_than', 46, 46, 50, 'more_than.rounding')],
  },
  {
    text: "Deaths near 5,000 as fighting continues.",
    expect: [fig('killed', 'total', 'nearly', 4500, 4750, 5000, 'nearly.just_under')],
  },
  {
    text: "Deaths pass 5,000 as fighting continues.",
    expect: [fig('killed', 'total', 'more_than', 5001, 5001, 6000, 'more_than.rounding')],
  },
  {
    text: "Deaths surge past 5,000 as fighting continues.",
    expect: [fig('killed', 'total', 'more_than', 5001, 5001, 6000, 'more_than.rounding')],
  },
  { text: "Officials fear deaths could reach 500.", expect: [] },
  { text: "Casualties are expected to rise above 1,000.", expect: [] },
  {
    text: "Per the ministry, 1,200 people have been killed.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the ministry' })],
  },
  {
    text: "1,200 people have been killed, per the UN.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'the UN' })],
  },
  {
    text: "Casualties per capita are highest in Karabakh, where 1,200 people died.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: '' })],
  },
  {
    text: "Israel's military says it has killed more than 17,000 militants.",
    expect: [fig('killed', 'military', 'more_than', 17001, 17001, 18700, 'more_than.rounding', { claimant: "Israel's military", flags: ['enemy_side'] })],
  },
  {
    text: "Armenia said it had killed 120 soldiers.",
    expect: [fig('killed', 'military', 'exact', 120, 120, 120, 'exact', { claimant: 'Armenia', flags: ['enemy_side'] })],
  },
  {
    text: "The army says they have killed 50 fighters.",
    expect: [fig('killed', 'military', 'exact', 50, 50, 50, 'exact', { claimant: 'The army', flags: ['enemy_side'] })],
  },
  {
    text: "A drone struck the base; it killed 12 soldiers.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "The army said it killed 12 civilians by mistake.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'The army' })],
  },
];
