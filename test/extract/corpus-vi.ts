// Vietnamese casualty sentences as given/expect rows, among them the seed article's three figures and
// sentences paraphrasing Vietnamese reporting (TTXVN, VnExpress, Tuổi Trẻ style) on Nagorno-Karabakh,
// Ukraine, Gaza, Sudan, Syria and Myanmar. `expect` lists every figure the sentence must yield, in text
// order, with the interval the rule table gives it (policy 'interval'); an empty list means the sentence
// holds numbers that are not casualty figures.
import { fig, type CorpusRow } from './read-text.ts';

export const corpusVi: CorpusRow[] = [
  {
    text: "Bộ Quốc phòng Armenia cho biết 874 binh sĩ và 37 dân thường đã thiệt mạng kể từ ngày 27/9.",
    expect: [
      fig('killed', 'military', 'exact', 874, 874, 874, 'exact', { claimant: "Bộ Quốc phòng Armenia" }),
      fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact'),
    ],
  },
  {
    text: "Theo Bộ Y tế Gaza, ít nhất 16 người thiệt mạng và hơn 100 người bị thương trong cuộc không kích.",
    expect: [
      fig('killed', 'total', 'at_least', 16, 16, 18, 'at_least.rounding', { claimant: "Bộ Y tế Gaza" }),
      fig('wounded', 'total', 'more_than', 101, 101, 150, 'more_than.rounding'),
    ],
  },
  {
    text: "Hiện Nga, Mỹ và các cường quốc trên thế giới đang tìm cách thuyết phục các bên xung đột tại Nagorny-Karabakh ngừng cuộc giao tranh vốn đã khiến hàng trăm người thiệt mạng.",
    expect: [fig('killed', 'total', 'hundreds', 100, 200, 999, 'vague.hundreds', { claimant: "" })],
  },
  {
    text: "Điều này đã châm ngòi cho những tranh chấp chủ quyền giữa hai nước, mà đỉnh điểm là cuộc chiến tranh kéo dài từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 25000, 30000, 35000, 'approx.rounding')],
  },
  {
    text: "Căng thẳng tái bùng phát từ sáng 27/9 vừa qua sau khi nổ ra các vụ đụng độ ác liệt giữa hai bên, đến nay đã khiến gần một nghìn người thiệt mạng.",
    expect: [fig('killed', 'total', 'nearly', 900, 950, 1000, 'nearly.just_under')],
  },
  {
    text: "Số người thiệt mạng trong vụ tấn công vào nhà ga Kramatorsk đã tăng lên 59 người.",
    expect: [fig('killed', 'total', 'exact', 59, 59, 59, 'exact')],
  },
  {
    text: "Hàng trăm người đã thiệt mạng và hàng nghìn người phải sơ tán.",
    expect: [
      fig('killed', 'total', 'hundreds', 100, 200, 999, 'vague.hundreds'),
      fig('displaced', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands'),
    ],
  },
  {
    text: "Liên hợp quốc cho biết hơn 10.000 dân thường đã thiệt mạng tại Ukraine kể từ tháng 2/2022.",
    expect: [fig('killed', 'civilian', 'more_than', 10001, 10001, 15000, 'more_than.rounding', { claimant: "Liên hợp quốc" })],
  },
  {
    text: "Khoảng 20.000-30.000 người đã thiệt mạng trong cuộc xung đột.",
    expect: [fig('killed', 'total', 'range', 20000, 25000, 30000, 'range.midpoint')],
  },
  {
    text: "Gần 1.000 người thiệt mạng kể từ khi giao tranh bùng phát.",
    expect: [fig('killed', 'total', 'nearly', 900, 950, 1000, 'nearly.just_under')],
  },
  {
    text: "Cuộc giao tranh khiến hàng chục binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'tens', 10, 20, 99, 'vague.tens')],
  },
  {
    text: "Quân đội Sudan cho biết khoảng gần 200 người chết và 1.800 người bị thương.",
    expect: [
      fig('killed', 'total', 'nearly', 180, 190, 200, 'nearly.just_under', { claimant: "Quân đội Sudan" }),
      fig('wounded', 'total', 'exact', 1800, 1800, 1800, 'exact'),
    ],
  },
  {
    text: "Ít nhất hơn 2.000 binh sĩ mỗi bên đã thiệt mạng, theo Tổng thống Nga Vladimir Putin.",
    expect: [fig('killed', 'military', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ["each_side"], claimant: "Tổng thống Nga Vladimir Putin" })],
  },
  {
    text: "Vụ nổ làm 5 người chết và 12 người khác bị thương.",
    expect: [
      fig('killed', 'total', 'exact', 5, 5, 5, 'exact'),
      fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "Hơn 100.000 người Armenia đã rời bỏ Nagorno-Karabakh sau cuộc tấn công của Azerbaijan.",
    expect: [fig('displaced', 'total', 'more_than', 100001, 100001, 150000, 'more_than.rounding', { side: "armenian" })],
  },
  {
    text: "Có tới hàng chục nghìn người phải rời bỏ nhà cửa.",
    expect: [fig('displaced', 'total', 'tens_of_thousands', 10000, 20000, 99999, 'vague.tens_of_thousands')],
  },
  {
    text: "Cơ quan nhân quyền cho biết 243 người vẫn đang mất tích.",
    expect: [fig('missing', 'total', 'exact', 243, 243, 243, 'exact')],
  },
  {
    text: "Lực lượng Nga đã giết chết ít nhất 30 dân thường tại làng Bucha.",
    expect: [fig('killed', 'civilian', 'at_least', 30, 30, 40, 'at_least.rounding')],
  },
  {
    text: "Cuộc không kích khiến 12 người thiệt mạng, trong đó có 5 trẻ em.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'children', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Vài binh sĩ bị thương nhẹ trong vụ việc.",
    expect: [fig('wounded', 'military', 'a_few', 2, 3, 5, 'vague.a_few')],
  },
  {
    text: "Một số dân thường đã thiệt mạng trong vụ pháo kích.",
    expect: [fig('killed', 'civilian', 'several', 3, 5, 9, 'vague.several')],
  },
  {
    text: "Hàng trăm, thậm chí hàng nghìn người có thể đã thiệt mạng.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope')],
  },
  {
    text: "Con số thương vong đã lên tới 1.200 người.",
    expect: [fig('casualties', 'total', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "Ít nhất 83 người chết và hàng trăm người khác bị thương trong các cuộc đụng độ.",
    expect: [
      fig('killed', 'total', 'at_least', 83, 83, 92, 'at_least.rounding'),
      fig('wounded', 'total', 'hundreds', 100, 200, 999, 'vague.hundreds'),
    ],
  },
  {
    text: "Khoảng 1,5 triệu người đã phải sơ tán khỏi khu vực.",
    expect: [fig('displaced', 'total', 'approx', 1250000, 1500000, 1750000, 'approx.rounding')],
  },
  {
    text: "Theo Bộ Quốc phòng Azerbaijan, 2.783 quân nhân nước này đã hy sinh trong cuộc chiến.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: "Bộ Quốc phòng Azerbaijan" })],
  },
  {
    text: "Từ 42.000 đến 44.000 người đã thiệt mạng, các nhà nghiên cứu ước tính.",
    expect: [fig('killed', 'total', 'range', 42000, 43000, 44000, 'range.midpoint')],
  },
  {
    text: "Dưới 50 người được sơ tán khỏi nhà máy.",
    expect: [fig('displaced', 'total', 'fewer_than', 40, 49, 49, 'fewer_than.rounding')],
  },
  {
    text: "Tối đa 300 người có thể đã chết trong nhà hát.",
    expect: [fig('killed', 'total', 'at_most', 200, 300, 300, 'at_most.rounding')],
  },
  {
    text: "Hơn 1.000 binh sĩ Azerbaijan đã thiệt mạng, phía Armenia tuyên bố.",
    expect: [fig('killed', 'military', 'more_than', 1001, 1001, 1500, 'more_than.rounding', { side: "azerbaijani", claimant: "phía Armenia" })],
  },
  {
    text: "Hai binh sĩ Ukraine thiệt mạng và bốn người bị thương.",
    expect: [
      fig('killed', 'military', 'exact', 2, 2, 2, 'exact', { side: "ukrainian" }),
      fig('wounded', 'total', 'exact', 4, 4, 4, 'exact'),
    ],
  },
  {
    text: "Vụ tấn công làm 7 người chết, 20 người bị thương.",
    expect: [
      fig('killed', 'total', 'exact', 7, 7, 7, 'exact'),
      fig('wounded', 'total', 'exact', 20, 20, 20, 'exact'),
    ],
  },
  {
    text: "Số người chết đã vượt quá 5.000.",
    expect: [fig('killed', 'total', 'more_than', 5001, 5001, 6000, 'more_than.rounding')],
  },
  {
    text: "Hàng chục nghìn người Armenia đã chạy khỏi vùng này chỉ trong vài ngày.",
    expect: [fig('displaced', 'total', 'tens_of_thousands', 10000, 20000, 99999, 'vague.tens_of_thousands', { side: "armenian" })],
  },
  {
    text: "Vụ pháo kích làm thiệt mạng 6 dân thường.",
    expect: [fig('killed', 'civilian', 'exact', 6, 6, 6, 'exact')],
  },
  {
    // The 10 seriously wounded are a subset of the 40, not a second count of the wounded.
    text: "Có ít nhất 40 người bị thương, trong đó 10 người bị thương nặng.",
    expect: [fig('wounded', 'total', 'at_least', 40, 40, 50, 'at_least.rounding')],
  },
  {
    text: "Hàng nghìn người đã thiệt mạng hoặc bị thương trong các cuộc giao tranh.",
    expect: [fig('casualties', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "Khoảng 200 người vẫn mất tích sau vụ đánh bom.",
    expect: [fig('missing', 'total', 'approx', 150, 200, 250, 'approx.rounding')],
  },
  {
    text: "Tổ chức Y tế Thế giới (WHO) cho biết 112 người thương vong.",
    expect: [fig('casualties', 'total', 'exact', 112, 112, 112, 'exact', { claimant: "Tổ chức Y tế Thế giới (WHO)" })],
  },
  {
    text: "Quân đội Myanmar đã giết hại hơn 4.000 dân thường kể từ cuộc đảo chính năm 2021.",
    expect: [fig('killed', 'civilian', 'more_than', 4001, 4001, 5000, 'more_than.rounding', { claimant: "" })],
  },
  {
    text: "Tổng cộng 16 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 16, 16, 16, 'exact')],
  },
  {
    text: "Nga đã triển khai 5.000 quân tới biên giới sau khi hai binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Cuộc xung đột năm 2020 kéo dài 44 ngày và khiến hàng nghìn người thiệt mạng.",
    expect: [fig('killed', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "Văn phòng Cao ủy Nhân quyền Liên hợp quốc ghi nhận 9.000 dân thường thiệt mạng và hơn 16.000 người bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 9000, 9000, 9000, 'exact'),
      fig('wounded', 'total', 'more_than', 16001, 16001, 17600, 'more_than.rounding'),
    ],
  },
  {
    text: "Lực lượng gìn giữ hòa bình Nga gồm 1.960 binh sĩ sẽ được triển khai tới khu vực.",
    expect: [],
  },
  {
    text: "Khu vực này có khoảng 150.000 người sinh sống, phần lớn là người gốc Armenia.",
    expect: [],
  },
  {
    text: "Lệnh ngừng bắn có hiệu lực từ ngày 17.10 nhưng đã nhanh chóng đổ vỡ sau khi nhiều binh sĩ thiệt mạng.",
    expect: [],
  },
  {
    text: "Hơn một tháng giao tranh đã khiến nhiều người thiệt mạng.",
    expect: [],
  },
  {
    text: "Số người thiệt mạng cao hơn khoảng 1.000 người so với con số công bố trước đó.",
    expect: [],
  },
  {
    text: "Thêm 40 binh sĩ Armenia thiệt mạng trong các cuộc giao tranh mới.",
    expect: [],
  },
  {
    text: "Đây là lần thứ 2 lệnh ngừng bắn bị vi phạm khiến dân thường thiệt mạng.",
    expect: [],
  },
  {
    // The age is no figure; the boy is one child among the dead, as "A 10-year-old boy was among those killed" is.
    text: "Một cậu bé 12 tuổi nằm trong số những người thiệt mạng.",
    expect: [fig('killed', 'children', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "Bệnh viện cách chiến tuyến 5 km đã tiếp nhận những người bị thương.",
    expect: [],
  },
  {
    text: "Ngày 3/12, giới chức cho biết các binh sĩ thiệt mạng sẽ được an táng tại quê nhà.",
    expect: [],
  },
  {
    text: "Khoảng 2 triệu người sống trong khu vực bị ảnh hưởng bởi các cuộc pháo kích gây thương vong.",
    expect: [],
  },
  {
    text: "Trong 24 giờ qua, không có binh sĩ nào thiệt mạng.",
    expect: [],
  },
  {
    text: "Ngoại trưởng hai nước đã gặp nhau tại Moskva vào ngày 21/10 để thảo luận về lệnh ngừng bắn sau khi giao tranh làm nhiều người chết.",
    expect: [],
  },
  {
    text: "Bộ Y tế Gaza cho biết hơn 33.000 người Palestine đã thiệt mạng kể từ khi chiến sự bùng phát.",
    expect: [fig('killed', 'total', 'more_than', 33001, 33001, 36300, 'more_than.rounding', { claimant: "Bộ Y tế Gaza" })],
  },
  {
    text: "Theo Liên hợp quốc, cuộc xung đột ở Sudan đã khiến hơn 8 triệu người phải rời bỏ nhà cửa.",
    expect: [fig('displaced', 'total', 'more_than', 8000001, 8000001, 9000000, 'more_than.rounding', { claimant: "Liên hợp quốc" })],
  },
  {
    text: "Hai binh sĩ Israel thiệt mạng trong giao tranh ở miền Nam Dải Gaza hôm thứ Hai, quân đội nước này cho biết.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact', { side: "israeli", claimant: "quân đội nước này" })],
  },
  {
    text: "Khoảng 1,9 triệu người, tương đương 85% dân số Gaza, đã phải di dời.",
    expect: [fig('displaced', 'total', 'approx', 1805000, 1900000, 1995000, 'approx.rounding')],
  },
  {
    text: "Vụ đánh bom làm ít nhất 45 người thiệt mạng, trong đó có ba trẻ em, và hàng chục người khác bị thương.",
    expect: [
      fig('killed', 'total', 'at_least', 45, 45, 50, 'at_least.rounding'),
      fig('killed', 'children', 'exact', 3, 3, 3, 'exact'),
      fig('wounded', 'total', 'tens', 10, 20, 99, 'vague.tens'),
    ],
  },
  {
    text: "Nga tuyên bố đã tiêu diệt tới 600 binh sĩ Ukraine trong một cuộc tập kích tên lửa vào Kramatorsk.",
    expect: [fig('killed', 'military', 'at_most', 500, 600, 600, 'at_most.rounding', { side: "ukrainian" })],
  },
  {
    // "tới" ending a toll's link ("đã tăng tới", "đã lên tới") is "to", not "as many as".
    text: "Số người chết đã tăng tới 600 người, còn số người bị thương đã lên tới 1.500.",
    expect: [
      fig('killed', 'total', 'exact', 600, 600, 600, 'exact'),
      fig('wounded', 'total', 'exact', 1500, 1500, 1500, 'exact'),
    ],
  },
  {
    text: "Vụ pháo kích khiến tới 40 dân thường thiệt mạng.",
    expect: [fig('killed', 'civilian', 'at_most', 30, 40, 40, 'at_most.rounding')],
  },
  {
    text: "Ít nhất 400 người đã chết trong trại kể từ tháng 10, theo tổ chức Bác sĩ không biên giới.",
    expect: [fig('killed', 'total', 'at_least', 400, 400, 500, 'at_least.rounding', { claimant: "tổ chức Bác sĩ không biên giới" })],
  },
  {
    text: "Hơn 2 triệu người Ukraine đã chạy sang Ba Lan.",
    expect: [fig('displaced', 'total', 'more_than', 2000001, 2000001, 3000000, 'more_than.rounding', { side: "ukrainian" })],
  },
  {
    text: "Tổng cộng khoảng 3.000 người được thông báo mất tích.",
    expect: [fig('missing', 'total', 'approx', 2500, 3000, 3500, 'approx.rounding')],
  },
  {
    text: "Mười sáu người thiệt mạng khi một quả đạn pháo rơi trúng trạm xe buýt ở Donetsk.",
    expect: [fig('killed', 'total', 'exact', 16, 16, 16, 'exact')],
  },
  {
    text: "Cảnh sát cho biết 15 nghi phạm đã bị bắt sau vụ đánh bom khiến bốn người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Quân đội cho biết 1.500 phiến quân đã bị tiêu diệt trong tháng qua.",
    expect: [fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact')],
  },
  {
    text: "Israel cho biết khoảng 1.200 người đã thiệt mạng trong cuộc tấn công và khoảng 250 người bị bắt làm con tin.",
    expect: [fig('killed', 'total', 'approx', 1140, 1200, 1260, 'approx.rounding', { claimant: "Israel" })],
  },
  {
    text: "Trong số 874 binh sĩ thiệt mạng, có 37 sĩ quan.",
    expect: [fig('killed', 'military', 'exact', 874, 874, 874, 'exact')],
  },
  {
    text: "Số người chết đã tăng lên 300 vào tối thứ Sáu, chính quyền khu vực cho biết.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { claimant: "chính quyền khu vực" })],
  },
  {
    text: "Một quan chức địa phương cho biết 31 người chết và 45 người bị thương.",
    expect: [
      fig('killed', 'total', 'exact', 31, 31, 31, 'exact', { claimant: "" }),
      fig('wounded', 'total', 'exact', 45, 45, 45, 'exact'),
    ],
  },
  {
    text: "Một quan chức bệnh viện cho biết năm người trong số những người bị thương đang trong tình trạng nguy kịch.",
    expect: [],
  },
  {
    text: "Điện Kremlin cho biết 2.000 binh sĩ sẽ ở lại khu vực trong 5 năm.",
    expect: [],
  },
  {
    text: "Pháo kích bắt đầu lúc 6 giờ sáng và kéo dài ba giờ đồng hồ nhưng không ai thiệt mạng.",
    expect: [],
  },
  {
    text: "Azerbaijan chưa công bố thiệt hại về quân sự nhưng cho biết 61 dân thường nước này đã thiệt mạng và 291 người bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { claimant: 'Azerbaijan' }),
      fig('wounded', 'total', 'exact', 291, 291, 291, 'exact', { claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "Chính quyền Nagorno-Karabakh thông báo 1.177 quân nhân đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { claimant: "Chính quyền Nagorno-Karabakh" })],
  },
  {
    text: "Giới chức Armenia hôm thứ Năm cho biết 2.317 binh sĩ đã thiệt mạng, tăng so với con số 1.339 được công bố tháng trước.",
    expect: [fig('killed', 'military', 'exact', 2317, 2317, 2317, 'exact')],
  },
  {
    text: "Nga ước tính có tới 5.000 người thiệt mạng, trong đó hơn 2.000 người mỗi bên.",
    expect: [
      fig('killed', 'total', 'at_most', 4000, 5000, 5000, 'at_most.rounding', { claimant: "Nga" }),
      fig('killed', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { claimant: "Nga", flags: ["each_side"] }),
    ],
  },
  {
    text: "Theo Đài quan sát nhân quyền Syria, 28 tay súng thân chính phủ và 19 phần tử thánh chiến đã chết trong các cuộc đụng độ.",
    expect: [
      fig('killed', 'military', 'exact', 28, 28, 28, 'exact', { claimant: "Đài quan sát nhân quyền Syria" }),
      fig('killed', 'military', 'exact', 19, 19, 19, 'exact'),
    ],
  },
  {
    text: "Các cuộc tấn công bằng tên lửa của Nga hôm thứ Sáu đã khiến ít nhất 31 người thiệt mạng và 160 người bị thương.",
    expect: [
      fig('killed', 'total', 'at_least', 31, 31, 35, 'at_least.rounding'),
      fig('wounded', 'total', 'exact', 160, 160, 160, 'exact'),
    ],
  },
  {
    text: "Các nhân viên y tế cho biết 21 thi thể đã được đưa tới bệnh viện.",
    expect: [fig('killed', 'total', 'exact', 21, 21, 21, 'exact')],
  },
  {
    text: "Tổng thống Aliyev tuyên bố phía Armenia đã mất hơn 3.000 binh sĩ.",
    expect: [fig('killed', 'military', 'more_than', 3001, 3001, 4000, 'more_than.rounding', { claimant: "Tổng thống Aliyev" })],
  },
  {
    text: "Hai bên đã trao đổi tù binh và thi thể những người thiệt mạng vào ngày 10/10.",
    expect: [],
  },
  {
    text: "Một ngày sau, chính quyền địa phương cho biết số người chết đã lên tới 42, trong đó có 11 trẻ em.",
    expect: [fig('killed', 'total', 'exact', 42, 42, 42, 'exact'), fig('killed', 'children', 'exact', 11, 11, 11, 'exact')],
  },
  {
    text: "Pháo kích dữ dội đêm qua đã khiến ít nhất bảy dân thường thiệt mạng tại thành phố Kharkiv, thống đốc khu vực cho biết.",
    expect: [fig('killed', 'civilian', 'at_least', 7, 7, 8, 'at_least.rounding')],
  },
  {
    text: "Hội Chữ thập đỏ cho biết khoảng 1.500 người vẫn mất tích một năm sau khi chiến tranh kết thúc.",
    expect: [fig('missing', 'total', 'approx', 1250, 1500, 1750, 'approx.rounding', { claimant: "Hội Chữ thập đỏ" })],
  },
  {
    text: "Hơn 500 người đã thiệt mạng và hàng nghìn người bị thương kể từ khi giao tranh nổ ra hôm 15/4, Tổ chức Y tế Thế giới cho biết.",
    expect: [
      fig('killed', 'total', 'more_than', 501, 501, 600, 'more_than.rounding', { claimant: "Tổ chức Y tế Thế giới" }),
      fig('wounded', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands'),
    ],
  },
  {
    text: "Quân đội Israel cho biết ba binh sĩ đã thiệt mạng ở Gaza, nâng tổng số binh sĩ thiệt mạng trong chiến dịch trên bộ lên 48 người.",
    expect: [
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact', { claimant: "Quân đội Israel" }),
      fig('killed', 'military', 'exact', 48, 48, 48, 'exact'),
    ],
  },
  {
    text: "Gần 40.000 người đã phải rời bỏ nhà cửa trong tuần qua, theo Tổ chức Di cư Quốc tế.",
    expect: [fig('displaced', 'total', 'nearly', 36000, 38000, 40000, 'nearly.just_under', { claimant: "Tổ chức Di cư Quốc tế" })],
  },
  {
    text: "Ít nhất hai người thiệt mạng khi một máy bay không người lái của Nga tấn công một tòa nhà chung cư ở Odesa.",
    expect: [fig('killed', 'total', 'at_least', 2, 2, 3, 'at_least.rounding')],
  },
  {
    text: "Vụ tấn công khiến 12 người chết, trong đó có bốn trẻ em, các quan chức cho biết.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'children', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Ukraine cho biết nước này đã mất 31.000 binh sĩ sau hai năm chiến tranh.",
    expect: [fig('killed', 'military', 'exact', 31000, 31000, 31000, 'exact', { claimant: "Ukraine" })],
  },
  {
    text: "Số người phải sơ tán do giao tranh đã tăng gấp đôi lên 2 triệu người.",
    expect: [fig('displaced', 'total', 'exact', 2000000, 2000000, 2000000, 'exact')],
  },
  {
    text: "Cảnh sát cho biết quả bom đã làm 14 người chết và hàng chục người khác bị thương.",
    expect: [
      fig('killed', 'total', 'exact', 14, 14, 14, 'exact'),
      fig('wounded', 'total', 'tens', 10, 20, 99, 'vague.tens'),
    ],
  },
  {
    text: "Không có thương vong nào được báo cáo.",
    expect: [],
  },
  {
    text: "Cuộc chiến năm 2020 kéo dài 44 ngày và khiến khoảng 7.000 người ở cả hai phía thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Cuộc xung đột đã cướp đi sinh mạng của ít nhất 7.000 người.",
    expect: [fig('killed', 'total', 'at_least', 7000, 7000, 8000, 'at_least.rounding')],
  },
  {
    text: "Khoảng 90.000 người đã phải sơ tán, thanh tra nhân quyền cho biết.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding', { claimant: "thanh tra nhân quyền" })],
  },
  {
    text: "Hàng chục người trong số họ đã thiệt mạng.",
    expect: [fig('killed', 'total', 'tens', 10, 20, 99, 'vague.tens')],
  },
  {
    text: "Số binh sĩ Armenia thiệt mạng đã tăng lên 1.166 người.",
    expect: [fig('killed', 'military', 'exact', 1166, 1166, 1166, 'exact', { side: 'armenian' })],
  },
  {
    text: "Số người tham dự lễ tang đã tăng lên 2.000 người.",
    expect: [],
  },
  {
    text: "Bộ Quốc phòng Armenia cho biết thêm 40 binh sĩ thiệt mạng, nâng tổng số lên 1.166.",
    expect: [fig('killed', 'military', 'exact', 1166, 1166, 1166, 'exact', { claimant: "Bộ Quốc phòng Armenia", flags: ['measure_from_context'] })],
  },
  {
    text: "Có thêm 51 binh sĩ Armenia thiệt mạng, nâng tổng số lên hơn 1.100 người.",
    expect: [fig('killed', 'military', 'more_than', 1101, 1101, 1210, 'more_than.rounding', { side: 'armenian', flags: ['measure_from_context'] })],
  },
  {
    text: "Thêm 300 người phải sơ tán, đưa tổng số lên khoảng 90.000.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding', { flags: ['measure_from_context'] })],
  },
  {
    text: "Thêm 40 xe chở hàng viện trợ đã qua biên giới, nâng tổng số lên 1.200.",
    expect: [],
  },
  {
    text: "Liên hợp quốc ước tính khoảng 150.000 người đã thiệt mạng ở Sudan kể từ tháng 4/2023.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding', { claimant: "Liên hợp quốc" })],
  },
  {
    text: "Thi thể của 35 người đã được tìm thấy dưới đống đổ nát.",
    expect: [fig('killed', 'total', 'exact', 35, 35, 35, 'exact')],
  },
  {
    text: "Cuộc không kích khiến 12 thành viên gia đình thiệt mạng, người thân cho biết.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: "" })],
  },
  {
    text: "Vụ pháo kích khiến 5 người trong một gia đình thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Cuộc tấn công bằng tên lửa khiến ít nhất 4 dân thường tại thành phố Kharkiv thiệt mạng.",
    expect: [fig('killed', 'civilian', 'at_least', 4, 4, 5, 'at_least.rounding')],
  },
  {
    text: "Vụ việc khiến 3 người bị bắt và 2 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Gần nửa triệu người đã chạy sang các nước láng giềng.",
    expect: [fig('displaced', 'total', 'nearly', 450000, 475000, 500000, 'nearly.just_under')],
  },
  {
    text: "Hai phần ba trong số 1,2 triệu người dân đã phải sơ tán.",
    expect: [],
  },
  {
    text: "Một nửa trong số 200 người thiệt mạng là trẻ em.",
    expect: [fig('killed', 'total', 'exact', 200, 200, 200, 'exact')],
  },
  {
    text: "Hàng triệu người đã phải rời bỏ nhà cửa vì chiến tranh.",
    expect: [fig('displaced', 'total', 'millions', 1000000, 2000000, 9999999, 'vague.millions')],
  },
  {
    text: "Con số thương vong được Bộ Quốc phòng Armenia công bố là 1.166 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 1166, 1166, 1166, 'exact', { claimant: "Bộ Quốc phòng Armenia" })],
  },
  {
    text: "Phía Armenia thừa nhận 2.317 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2317, 2317, 2317, 'exact', { claimant: "Phía Armenia" })],
  },
  {
    text: "Hai phi công đã thiệt mạng khi máy bay rơi.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Sư đoàn 5 mất 300 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Thiệt mạng: 12. Bị thương: 40.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Nga mất 300 xe tăng và 5.000 binh sĩ trong cuộc tấn công.",
    expect: [fig('killed', 'military', 'exact', 5000, 5000, 5000, 'exact')],
  },
  {
    text: "Khoảng 100.000 trong số 120.000 người Armenia đã rời khỏi khu vực.",
    expect: [fig('displaced', 'total', 'approx', 75000, 100000, 125000, 'approx.rounding', { side: 'armenian' })],
  },
  {
    text: "Cứ 5 người thiệt mạng thì có 1 người là trẻ em.",
    expect: [],
  },
  {
    text: "Vụ tấn công khiến 5 người chết và 12 người bị thương, trong đó 3 người bị thương nặng.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact'), fig('wounded', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Lực lượng 5.000 quân đã mất 300 binh sĩ trong một tuần.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Tổng cộng 1.200 người đã bị thương kể từ khi bắt đầu cuộc tấn công.",
    expect: [fig('wounded', 'total', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "40.000 cư dân của thị trấn đã được sơ tán.",
    expect: [fig('displaced', 'civilian', 'exact', 40000, 40000, 40000, 'exact')],
  },
  {
    text: "Tính đến nay đã có 19 ca tử vong.",
    expect: [fig('killed', 'total', 'exact', 19, 19, 19, 'exact')],
  },
  {
    text: "Khoảng 2.500 binh sĩ và 150 dân thường đã thiệt mạng ở cả hai phía.",
    expect: [
      fig('killed', 'military', 'approx', 2250, 2500, 2750, 'approx.rounding', { flags: ['both_sides'] }),
      fig('killed', 'civilian', 'exact', 150, 150, 150, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "5 người trong một gia đình thiệt mạng sau vụ pháo kích rạng sáng nay.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Thương vong ở cả hai phía ước tính lên tới vài nghìn người.",
    expect: [fig('casualties', 'total', 'few_thousands', 2000, 3000, 9000, 'vague.few_thousands', { claimant: '', flags: ['both_sides'] })],
  },
  {
    text: "Hơn 2 vạn người phải sơ tán khỏi khu vực giao tranh.",
    expect: [fig('displaced', 'total', 'more_than', 20001, 20001, 30000, 'more_than.rounding')],
  },
  {
    text: "Cả làng 2.000 dân phải sơ tán.",
    expect: [fig('displaced', 'civilian', 'exact', 2000, 2000, 2000, 'exact')],
  },
  {
    text: "Ukraine cho biết 30 000 binh sĩ Nga đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 30000, 30000, 30000, 'exact', { side: 'russian', claimant: 'Ukraine' })],
  },
  {
    text: "Nam giới trong độ tuổi 18 đến 60 đã bị giết hại.",
    expect: [],
  },
  {
    text: "Trong số 500 cư dân, 200 người đã phải sơ tán.",
    expect: [fig('displaced', 'total', 'exact', 200, 200, 200, 'exact')],
  },
  {
    text: "Hai nhà báo bị thương hôm thứ Năm.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Ba cảnh sát thiệt mạng và 12 học sinh bị thương trong vụ tấn công.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('wounded', 'children', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Số người chết đã vượt mốc 1.000.",
    expect: [fig('killed', 'total', 'more_than', 1001, 1001, 1500, 'more_than.rounding')],
  },
  // The 5 women, coordinated with a part, are a part too, counted apart as the children are.
  {
    text: "Trong số 33 người thiệt mạng, có 12 trẻ em và 5 phụ nữ.",
    expect: [fig('killed', 'total', 'exact', 33, 33, 33, 'exact'), fig('killed', 'children', 'exact', 12, 12, 12, 'exact'), fig('killed', 'women', 'exact', 5, 5, 5, 'exact')],
  },
  // 'giết' (kill) is a cue; the militants, unnamed, are not the army.
  {
    text: "Quân đội cho biết đã tiêu diệt 120 phiến quân, trong khi phiến quân tuyên bố đã giết 40 binh sĩ.",
    expect: [
      fig('killed', 'military', 'exact', 120, 120, 120, 'exact', { claimant: 'Quân đội' }),
      fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: '' }),
    ],
  },
  // Two years are a period, not a range of the killed.
  {
    text: "Trong cuộc chiến 1988-1994, khoảng 30.000 người thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 25000, 30000, 35000, 'approx.rounding')],
  },
  {
    text: "Khoảng 2000-3000 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'range', 2000, 2500, 3000, 'range.midpoint')],
  },
  // The speaker's own victims ('nước này', this country): their side is the claimant's party.
  {
    text: "Azerbaijan cho biết 2.783 quân nhân nước này đã hy sinh.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "Azerbaijan cho biết nước này đã mất 2.783 quân nhân.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  // 'cướp đi' with the number before 'sinh mạng' (lives), as "claimed more than 1,000 lives".
  {
    text: "Xung đột đã cướp đi hơn 1.000 sinh mạng, trong đó có 90 dân thường.",
    expect: [fig('killed', 'total', 'more_than', 1001, 1001, 1500, 'more_than.rounding'), fig('killed', 'civilian', 'exact', 90, 90, 90, 'exact')],
  },
  // A denied figure is claimed by no one and flagged; a denial that opens no clause denies nothing.
  {
    text: "Azerbaijan bác bỏ thông tin 100 binh sĩ nước này thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani', claimant: '', flags: ['denied'] })],
  },
  {
    text: "Bộ Quốc phòng Armenia phủ nhận việc 300 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: '', flags: ['denied'] })],
  },
  {
    text: "Azerbaijan bác bỏ lệnh ngừng bắn và 30 dân thường thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 30, 30, 30, 'exact', { flags: [] })],
  },
  // Người sống sót không chung động từ với người chết bên cạnh.
  {
    text: "Có 18 người sống sót và 7 người chết khi xe buýt trúng đạn pháo.",
    expect: [fig('killed', 'total', 'exact', 7, 7, 7, 'exact')],
  },
  {
    text: "18 người sống sót, 7 người thiệt mạng trong vụ tấn công.",
    expect: [fig('killed', 'total', 'exact', 7, 7, 7, 'exact')],
  },
  // Một con số đứng trước động từ nói đếm người nói.
  {
    text: "Số người chết đã lên tới 300, một quan chức địa phương cho biết.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { claimant: '' })],
  },
  {
    text: "Con số thương vong có thể lên tới 5.000 người, một quan chức LHQ cảnh báo.",
    expect: [fig('casualties', 'total', 'at_most', 4000, 5000, 5000, 'at_most.rounding', { claimant: 'một quan chức LHQ' })],
  },
  // Một con số dự báo không phải là số đếm.
  {
    text: "Số người chết dự kiến sẽ tăng lên 500.",
    expect: [],
  },
  {
    text: "Số người chết có thể tăng lên 500 khi lực lượng cứu hộ tiếp tục tìm kiếm.",
    expect: [],
  },
  // "Nằm trong số những người thiệt mạng": among those killed.
  {
    text: "Ít nhất 3 nhân viên y tế nằm trong số những người thiệt mạng.",
    expect: [fig('killed', 'civilian', 'at_least', 3, 3, 4, 'at_least.rounding')],
  },
  {
    text: "Trong số những người thiệt mạng có 5 trẻ em.",
    expect: [fig('killed', 'children', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Nga tuyên bố đã loại khỏi vòng chiến đấu 1.200 binh sĩ Ukraine trong 24 giờ qua.",
    expect: [fig('casualties', 'military', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Nga' })],
  },
  // Một phần của con số thương vong phải đếm những nạn nhân khác.
  {
    text: "Trong số những người thiệt mạng có 2 phụ nữ và 3 trẻ em.",
    expect: [fig('killed', 'women', 'exact', 2, 2, 2, 'exact'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Số người chết bao gồm 12 binh sĩ và 3 nhà báo.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact'),
    ],
  },
  {
    text: "12 binh sĩ thiệt mạng hôm thứ Hai và thêm 40 người hôm thứ Ba, nâng tổng số lên 52.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'total', 'exact', 52, 52, 52, 'exact', { flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Số binh sĩ thiệt mạng của Armenia đã tăng lên 874.",
    expect: [fig('killed', 'military', 'exact', 874, 874, 874, 'exact', { side: 'armenian' })],
  },
  {
    text: "Số người chết trong vụ pháo kích của Azerbaijan đã tăng lên 20.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact', { side: '' })],
  },
  {
    text: "Số người chết đã tăng lên con số 45, theo Bộ Y tế.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'Bộ Y tế' })],
  },
  // A rival claim of the figure before: a verb of saying hands over a number that counts nothing else.
  {
    text: "Số liệu chính thức cho biết 45 người chết, nhưng truyền thông địa phương đưa tin ít nhất 60 người.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact'), fig('killed', 'total', 'at_least', 60, 60, 70, 'at_least.rounding', { flags: ['measure_from_context'] })],
  },
  // A cue in quotation marks is still the cue.
  {
    text: 'Quân đội cho biết 40 tay súng đã bị "tiêu diệt".',
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'Quân đội' })],
  },
  // A part of a toll counts other victims than the toll, has a verb of its own, or is a subset.
  {
    text: "Chín người trong số những người thiệt mạng là trẻ em.",
    expect: [fig('killed', 'children', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Hai người trong số những người bị thương đang trong tình trạng nguy kịch.",
    expect: [],
  },
  {
    text: "Hai người trong số những người bị thương sau đó đã tử vong.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Hai trong số các binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  // A part marker after the number or its noun: a part of the figure before; the same victims are a subset.
  {
    text: "Vụ pháo kích làm 12 người bị thương, hai người trong số đó bị thương nặng.",
    expect: [fig('wounded', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Ít nhất 27 người thiệt mạng, 14 trong số đó là trẻ em.",
    expect: [fig('killed', 'total', 'at_least', 27, 27, 30, 'at_least.rounding'), fig('killed', 'children', 'exact', 14, 14, 14, 'exact')],
  },
  {
    text: "Ít nhất 27 người thiệt mạng, trong số đó 14 người là trẻ em.",
    expect: [fig('killed', 'total', 'at_least', 27, 27, 30, 'at_least.rounding'), fig('killed', 'children', 'exact', 14, 14, 14, 'exact')],
  },
  {
    text: "Israel đã giết 27 người Palestine trong đêm.",
    expect: [fig('killed', 'total', 'exact', 27, 27, 27, 'exact', { side: "palestinian" })],
  },
  {
    text: "Cảnh sát cho biết số người chết đã tăng lên 23, 12 người vẫn mất tích.",
    expect: [fig('killed', 'total', 'exact', 23, 23, 23, 'exact', { claimant: "Cảnh sát" }), fig('missing', 'total', 'exact', 12, 12, 12, 'exact', { claimant: "Cảnh sát" })],
  },
  {
    text: "Số người chết đã tăng lên 23 người, 12 người vẫn mất tích.",
    expect: [fig('killed', 'total', 'exact', 23, 23, 23, 'exact'), fig('missing', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "14 trong số 20 người thiệt mạng là trẻ em, giới chức cho biết.",
    expect: [fig('killed', 'children', 'exact', 14, 14, 14, 'exact'), fig('killed', 'total', 'exact', 20, 20, 20, 'exact')],
  },
  // A fraction in an aside counts no one, and shares no cue with the figure before it.
  {
    text: "Khoảng 90.000 người, hơn một nửa dân số khu vực, đã chạy sang Armenia.",
    expect: [fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding')],
  },
  // 'năm' (year; also five) after 'đầu', 'cuối': the start or end of a year, no count.
  {
    text: "Kể từ đầu năm, ít nhất 1.500 người đã thiệt mạng, theo LHQ.",
    expect: [fig('killed', 'total', 'at_least', 1500, 1500, 2000, 'at_least.rounding', { claimant: "LHQ" })],
  },
  {
    text: "Trong cả năm, 1.500 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 1500, 1500, 1500, 'exact')],
  },
  {
    text: "Hằng năm, hàng nghìn người thiệt mạng vì bom mìn.",
    expect: [fig('killed', 'total', 'thousands', 1000, 2000, 9999, 'vague.thousands')],
  },
  {
    text: "Một người lính thiệt mạng và bốn người khác bị thương.",
    expect: [fig('killed', 'military', 'exact', 1, 1, 1, 'exact'), fig('wounded', 'total', 'exact', 4, 4, 4, 'exact')],
  },
  // An aside set off by dashes or parentheses is stepped over as one set off by commas.
  {
    text: "Ít nhất 17 người — trong đó có 3 trẻ em — đã thiệt mạng.",
    expect: [fig('killed', 'total', 'at_least', 17, 17, 19, 'at_least.rounding'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Hơn 300 người (trong đó có 40 trẻ em) đã thiệt mạng.",
    expect: [fig('killed', 'total', 'more_than', 301, 301, 400, 'more_than.rounding'), fig('killed', 'children', 'exact', 40, 40, 40, 'exact')],
  },
  // The list of a figure's parts, opened by a parenthesis or by 'gồm'.
  {
    text: "12 người thiệt mạng (8 binh sĩ và 4 dân thường).",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'military', 'exact', 8, 8, 8, 'exact'), fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "12 người thiệt mạng, gồm 8 binh sĩ và 4 dân thường.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'military', 'exact', 8, 8, 8, 'exact'), fig('killed', 'civilian', 'exact', 4, 4, 4, 'exact')],
  },
  // A toll that opens the sentence before a comma: the number after it is a part of that toll.
  {
    text: "Trong số người chết, 6 là binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 6, 6, 6, 'exact')],
  },
  // 'this force', 'this group' names the speaker again: its fighters are its own.
  {
    text: "Hezbollah cho biết 12 tay súng của lực lượng này đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: "Hezbollah", flags: ["own_side"] })],
  },
  // 'trường hợp' (cases) counts people, as 'ca' does.
  {
    text: "Nhà chức trách đã xác nhận 57 trường hợp tử vong.",
    expect: [fig('killed', 'total', 'exact', 57, 57, 57, 'exact', { claimant: "Nhà chức trách" })],
  },
  // A verb of saying inside the words 'theo' governs ends the name; the source's noun may say what kind it is.
  {
    text: "Theo Bộ Y tế cho biết, 5 người chết.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: "Bộ Y tế" })],
  },
  {
    text: "Theo báo cáo mới nhất của LHQ, 10.000 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 10000, 10000, 10000, 'exact', { claimant: "LHQ" })],
  },
  {
    text: "Báo cáo của LHQ chỉ ra rằng 10.000 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 10000, 10000, 10000, 'exact', { claimant: "LHQ" })],
  },
  // A girl, a boy, a baby are children.
  {
    text: "Vụ pháo kích làm 2 người thiệt mạng, trong đó có một bé gái 9 tuổi.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact'), fig('killed', 'children', 'exact', 1, 1, 1, 'exact')],
  },
  // A loss with no subject after a verb of saying is the speaker's own.
  {
    text: "Phía Armenia cho biết đã mất 2.425 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { claimant: "Phía Armenia", flags: ["own_side"] })],
  },
  {
    text: "Azerbaijan cho biết Armenia đã mất 2.425 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: "armenian", claimant: "Azerbaijan" })],
  },
  // An anonymous source opening the sentence names no one: its capital is the sentence's, not a name's.
  {
    text: "Hai nguồn tin an ninh cho biết 14 binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 14, 14, 14, 'exact', { claimant: '' })],
  },
  {
    text: "Nhiều nhân chứng cho biết ít nhất 20 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'at_least', 20, 20, 30, 'at_least.rounding', { claimant: '' })],
  },
  // Two parties named as the victims' make a total of both sides, of neither.
  {
    text: "Khoảng 500.000 binh sĩ Nga và Ukraine đã thiệt mạng hoặc bị thương.",
    expect: [fig('casualties', 'military', 'approx', 450000, 500000, 550000, 'approx.rounding', { side: '', flags: ['both_sides'] })],
  },
  {
    text: "300 binh sĩ Nga và Ukraine mất 200 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { side: 'ukrainian' })],
  },
  // An attribution that opens a statement of its own after a figure speaks for the figures after its verb only.
  {
    text: "Cuộc tấn công khiến 300 binh sĩ thiệt mạng và Bộ Quốc phòng Ukraine cho biết 20 dân thường đã chết.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: '' }), fig('killed', 'civilian', 'exact', 20, 20, 20, 'exact', { claimant: 'Bộ Quốc phòng Ukraine' })],
  },
  {
    text: "Cuộc tấn công khiến 300 binh sĩ thiệt mạng và 20 người bị thương, Bộ Quốc phòng Ukraine cho biết.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: 'Bộ Quốc phòng Ukraine' }), fig('wounded', 'total', 'exact', 20, 20, 20, 'exact', { claimant: 'Bộ Quốc phòng Ukraine' })],
  },
  // A fraction in figures before a part link makes the number after it only the whole.
  {
    text: "Khoảng 1/3 trong số 150.000 cư dân đã sơ tán.",
    expect: [],
  },
  // A lower and an upper bound of one estimate ("ít nhất …, có thể lên tới …") make one range.
  {
    text: "Ít nhất 400 người, có thể lên tới 1.000 người, đã thiệt mạng.",
    expect: [fig('killed', 'total', 'range', 400, 700, 1000, 'range.midpoint')],
  },
  {
    text: "Cuộc xung đột đã khiến ít nhất 400 binh sĩ và thậm chí có thể tới 1.000 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'range', 400, 700, 1000, 'range.midpoint')],
  },
  {
    text: "Ít nhất 400 người thiệt mạng và có tới 1.000 người bị thương.",
    expect: [fig('killed', 'total', 'at_least', 400, 400, 500, 'at_least.rounding'), fig('wounded', 'total', 'at_most', 500, 1000, 1000, 'at_most.rounding')],
  },
  // 'thêm' before a number beside a figure of another measure counts others; beside one of the same measure, an increase.
  {
    text: "Ít nhất 12 người thiệt mạng và thêm 5 người mất tích.",
    expect: [fig('killed', 'total', 'at_least', 12, 12, 14, 'at_least.rounding'), fig('missing', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "12 người thiệt mạng hôm thứ Hai và thêm 15 người hôm thứ Ba.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // "binh sĩ hai bên": both sides' soldiers, one figure for both; 'Hai bên' that opens a clause says nothing of it.
  {
    text: "Khoảng 6.500 binh sĩ hai bên đã thiệt mạng trong cuộc chiến kéo dài 44 ngày.",
    expect: [fig('killed', 'military', 'approx', 6175, 6500, 6825, 'approx.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Hàng nghìn binh sĩ của hai phía đã thiệt mạng.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { flags: ['both_sides'] })],
  },
  {
    text: "Hai bên đã nhất trí ngừng bắn sau khi 5 binh sĩ Armenia thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact', { side: 'armenian', flags: [] })],
  },
  {
    text: "Nga đã điều 500 binh sĩ ra chiến trường và 120 đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 120, 120, 120, 'exact')],
  },
  {
    text: "Cuộc tấn công khiến năm binh sĩ thiệt mạng và Ukraine cho biết đã mất 20 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 5, 5, 5, 'exact', { claimant: '' }),
      fig('killed', 'military', 'exact', 20, 20, 20, 'exact', { claimant: 'Ukraine', flags: ['own_side'] })],
  },
  {
    text: "Lực lượng cứu hộ đã tìm thấy hài cốt của ít nhất 30 binh sĩ trong một hố chôn tập thể.",
    expect: [fig('killed', 'military', 'at_least', 30, 30, 40, 'at_least.rounding')],
  },
  {
    text: "Liên hợp quốc cảnh báo có tới 100.000 người có thể phải sơ tán.",
    expect: [],
  },
  {
    text: "Khoảng 50.000 người dự kiến sẽ phải sơ tán trong những ngày tới.",
    expect: [],
  },
  {
    text: "Có thể có tới 200 người đã thiệt mạng trong cuộc tấn công.",
    expect: [fig('killed', 'total', 'at_most', 100, 200, 200, 'at_most.rounding')],
  },
  {
    text: "Lực lượng Armenia cho biết đã tiêu diệt 220 binh sĩ đối phương.",
    expect: [fig('killed', 'military', 'exact', 220, 220, 220, 'exact', { claimant: 'Lực lượng Armenia', flags: ['enemy_side'] })],
  },
  {
    text: "Bộ Quốc phòng Azerbaijan cho biết đã tiêu diệt 50 tay súng địch.",
    expect: [fig('killed', 'military', 'exact', 50, 50, 50, 'exact', { claimant: 'Bộ Quốc phòng Azerbaijan', flags: ['enemy_side'] })],
  },
  // The side that 'has' the victims lost them; a party after 'theo' only speaks.
  {
    text: "Tính đến sáng 20/10, phía Armenia đã có 729 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 729, 729, 729, 'exact', { side: 'armenian' })],
  },
  {
    text: "Azerbaijan có 12 binh sĩ thiệt mạng trong cuộc đụng độ.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Bộ Y tế cho biết đã có 12 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '', claimant: 'Bộ Y tế', flags: [] })],
  },
  {
    text: "Theo Azerbaijan đã có 200 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 200, 200, 200, 'exact', { side: '', claimant: 'Azerbaijan' })],
  },
  {
    text: "Armenia đã xác nhận cái chết của 3.825 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "Cái chết của ông ấy vào năm 2019 gây sốc.",
    expect: [],
  },
  {
    text: "Ít nhất 65 dân thường Azerbaijan thiệt mạng, trong đó có 12 trẻ em.",
    expect: [
      fig('killed', 'civilian', 'at_least', 65, 65, 72, 'at_least.rounding', { side: 'azerbaijani' }),
      fig('killed', 'children', 'exact', 12, 12, 12, 'exact', { side: 'azerbaijani' }),
    ],
  },
  // The army a toll's dead served in names their side and who they were ('trong hàng ngũ quân Nga': in the ranks of the Russian army).
  {
    text: "Thương vong trong hàng ngũ quân Nga đã lên tới 300.000 người.",
    expect: [fig('casualties', 'military', 'exact', 300000, 300000, 300000, 'exact', { side: 'russian' })],
  },
  {
    text: "Số người chết trong quân đội Armenia đã lên tới 1.009.",
    expect: [fig('killed', 'military', 'exact', 1009, 1009, 1009, 'exact', { side: 'armenian' })],
  },
  {
    text: "Số thương vong của quân đội Nga đã vượt 300.000 người.",
    expect: [fig('casualties', 'military', 'more_than', 300001, 300001, 400000, 'more_than.rounding', { side: 'russian' })],
  },
  {
    text: "Số người chết trong vụ tấn công đã lên tới 12.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "Số người chết do quân đội Nga pháo kích đã lên tới 12.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "Số thương vong do các cuộc tấn công của phiến quân đã lên tới 50.",
    expect: [fig('casualties', 'total', 'exact', 50, 50, 50, 'exact', { side: '' })],
  },
  // Losses ('tổn thất') are of people when the number names them, or the words after the toll do ('về người').
  {
    text: "Tổn thất của quân đội Nga là 300.000 người.",
    expect: [fig('casualties', 'military', 'exact', 300000, 300000, 300000, 'exact', { side: 'russian' })],
  },
  {
    text: "Tổn thất của Nga là 300.000 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 300000, 300000, 300000, 'exact', { side: 'russian' })],
  },
  {
    text: "Tổn thất về người của Nga là 300.000.",
    expect: [fig('casualties', 'total', 'exact', 300000, 300000, 300000, 'exact', { side: 'russian' })],
  },
  { text: "Tổn thất của Nga là 5 tỷ USD.", expect: [] },
  { text: "Tổn thất của doanh nghiệp lên tới 300 tỷ đồng, 12 nhà máy bị phá hủy.", expect: [] },
  {
    text: "12 binh sĩ thiệt mạng ở Martuni và 15 người ở Hadrut.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '' }),
      fig('killed', 'total', 'exact', 15, 15, 15, 'exact', { side: '' }),
    ],
  },
  { text: "Khoảng một nửa dân số 150.000 người của Nagorno-Karabakh đã phải sơ tán.", expect: [] },
  {
    text: "Nagorno-Karabakh, với dân số khoảng 150.000 người, đã có hơn 70.000 người phải sơ tán.",
    expect: [fig('displaced', 'total', 'more_than', 70001, 70001, 80000, 'more_than.rounding')],
  },
  {
    text: "Cả hai bên đều đã mất hàng nghìn binh sĩ.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { side: '', flags: ['each_side'] })],
  },
  { text: "Mỗi ngày có hàng trăm người thiệt mạng.", expect: [] },
  { text: "Nga mất khoảng 1.000 binh sĩ mỗi ngày.", expect: [] },
  { text: "Trung bình mỗi ngày có 12 dân thường thiệt mạng.", expect: [] },
  {
    text: "12 người thiệt mạng một ngày sau khi lệnh ngừng bắn có hiệu lực.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Giao tranh đã làm gần 1.000 người thiệt mạng, trong đó có 45 dân thường, ở cả hai phía.",
    expect: [
      fig('killed', 'total', 'nearly', 900, 950, 1000, 'nearly.just_under', { flags: ['both_sides'] }),
      fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "Số người chết đã tăng lên 61 và 270 người bị thương.",
    expect: [
      fig('killed', 'total', 'exact', 61, 61, 61, 'exact'),
      fig('wounded', 'total', 'exact', 270, 270, 270, 'exact'),
    ],
  },
  {
    text: "Số dân thường thiệt mạng đã lên tới 61 và 270 người khác bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact'),
      fig('wounded', 'total', 'exact', 270, 270, 270, 'exact'),
    ],
  },
  {
    text: "Số người thiệt mạng ở Sudan ước tính lên tới 150.000 người.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding')],
  },
  {
    text: "Theo ước tính, 150.000 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding', { claimant: '' })],
  },
  {
    text: "Cuộc chiến ước tính đã cướp đi sinh mạng của 150.000 người.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding', { claimant: '' })],
  },
  {
    text: "150.000 người được ước tính đã thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 125000, 150000, 175000, 'approx.rounding')],
  },
  {
    text: "Liên Hợp Quốc ước tính có 12 người chết và 40 người bị thương.",
    expect: [
      fig('killed', 'total', 'approx', 11, 12, 13, 'approx.rounding', { claimant: 'Liên Hợp Quốc' }),
      fig('wounded', 'total', 'approx', 35, 40, 45, 'approx.rounding', { claimant: 'Liên Hợp Quốc' }),
    ],
  },
  {
    text: "Số người chết được điều chỉnh giảm xuống 32 người từ con số 40 trước đó.",
    expect: [fig('killed', 'total', 'exact', 32, 32, 32, 'exact')],
  },
  {
    text: "Số người chết giảm từ 40 xuống 32.",
    expect: [fig('killed', 'total', 'exact', 32, 32, 32, 'exact')],
  },
  {
    text: "Số người chết được điều chỉnh xuống còn 32.",
    expect: [fig('killed', 'total', 'exact', 32, 32, 32, 'exact')],
  },
  {
    text: "Bộ Quốc phòng Nga cho biết 5.937 binh sĩ đã thiệt mạng, trong khi Ukraine cho rằng con số này là hơn 100.000.",
    expect: [
      fig('killed', 'military', 'exact', 5937, 5937, 5937, 'exact', { claimant: 'Bộ Quốc phòng Nga' }),
      fig('killed', 'military', 'more_than', 100001, 100001, 150000, 'more_than.rounding', { claimant: 'Ukraine', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Armenia cho biết 3.825 binh sĩ thiệt mạng, trong khi Azerbaijan tuyên bố con số là 7.000.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia' }),
      fig('killed', 'military', 'exact', 7000, 7000, 7000, 'exact', { claimant: 'Azerbaijan', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "12 binh sĩ đã thiệt mạng, cùng 5 dân thường.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact'),
    ],
  },
  {
    text: "12 người từ 3 làng thiệt mạng hôm thứ Hai.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Số người chết, bao gồm 12 binh sĩ, đã tăng lên 300.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Bộ Y tế ước tính 1.200 binh sĩ và 300 dân thường thiệt mạng.",
    expect: [
      fig('killed', 'military', 'approx', 1140, 1200, 1260, 'approx.rounding', { claimant: 'Bộ Y tế' }),
      fig('killed', 'civilian', 'approx', 250, 300, 350, 'approx.rounding', { claimant: 'Bộ Y tế' }),
    ],
  },
  {
    text: "Hơn 40 người phải nhập viện vì bị thương.",
    expect: [fig('wounded', 'total', 'more_than', 41, 41, 50, 'more_than.rounding')],
  },
  {
    text: "40 người được đưa vào bệnh viện do bị thương.",
    expect: [fig('wounded', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  { text: "Hơn 40 người phải nhập viện.", expect: [] },
  {
    text: "Khoảng 2.000 người vẫn chưa rõ tung tích.",
    expect: [fig('missing', 'total', 'approx', 1500, 2000, 2500, 'approx.rounding')],
  },
  {
    text: "12 dân thường thiệt mạng ở Ganja, theo Baku, và 5 người ở Barda.",
    expect: [
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'Baku' }),
      fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: 'Baku' }),
    ],
  },
  {
    text: "Hơn chục người bị thương trong vụ pháo kích.",
    expect: [fig('wounded', 'total', 'more_than', 11, 11, 15, 'more_than.rounding')],
  },
  {
    text: "Gần chục binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'nearly', 9, 9, 10, 'nearly.just_under')],
  },
  {
    text: "Mấy chục người thiệt mạng, hàng chục nghìn người phải sơ tán.",
    expect: [
      fig('killed', 'total', 'tens', 10, 20, 99, 'vague.tens'),
      fig('displaced', 'total', 'tens_of_thousands', 10000, 20000, 99999, 'vague.tens_of_thousands'),
    ],
  },
  {
    text: "Vài trăm nghìn người phải sơ tán, vài vạn người mất nhà cửa.",
    expect: [
      fig('displaced', 'total', 'few_hundreds_of_thousands', 200000, 300000, 900000, 'vague.few_hundreds_of_thousands'),
      fig('displaced', 'total', 'few_tens_of_thousands', 20000, 30000, 90000, 'vague.few_tens_of_thousands'),
    ],
  },
  {
    text: "Vài triệu người phải rời bỏ nhà cửa.",
    expect: [fig('displaced', 'total', 'few_millions', 2000000, 3000000, 9000000, 'vague.few_millions')],
  },
  {
    text: "Hàng chục triệu người phải rời bỏ nhà cửa.",
    expect: [fig('displaced', 'total', 'tens_of_millions', 10000000, 20000000, 99999999, 'vague.tens_of_millions')],
  },
  {
    text: "Từ 20 đến 30 nghìn người thiệt mạng trong cuộc chiến 1988-1994.",
    expect: [fig('killed', 'total', 'range', 20000, 25000, 30000, 'range.midpoint')],
  },
  {
    text: "Hàng trăm người, có thể lên tới hàng nghìn người, đã thiệt mạng.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 9999, 'vague_range.envelope')],
  },
  {
    text: "Hàng chục binh sĩ, thậm chí hàng trăm binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'vague_range', 10, 20, 999, 'vague_range.envelope')],
  },
  {
    text: "Số người chết vào khoảng 5.000, trong đó ngót 1.000 dân thường.",
    expect: [
      fig('killed', 'total', 'approx', 4500, 5000, 5500, 'approx.rounding'),
      fig('killed', 'civilian', 'nearly', 900, 950, 1000, 'nearly.just_under'),
    ],
  },
  {
    text: "Tầm 300 binh sĩ đã thiệt mạng, cỡ 40 người mất tích.",
    expect: [
      fig('killed', 'military', 'approx', 250, 300, 350, 'approx.rounding'),
      fig('missing', 'total', 'approx', 35, 40, 45, 'approx.rounding'),
    ],
  },
  {
    text: "Ba nhân viên cứu hộ thiệt mạng, bốn người khác bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact'),
      fig('wounded', 'total', 'exact', 4, 4, 4, 'exact'),
    ],
  },
  {
    text: "3 binh sĩ gìn giữ hòa bình Nga và 5 dân quân thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact', { side: 'russian' }),
      fig('killed', 'military', 'exact', 5, 5, 5, 'exact'),
    ],
  },
  {
    text: "Khoảng 7 trên 10 người dân đã rời khỏi thành phố.",
    expect: [],
  },
  {
    text: "1 trong 5 người bị thương là trẻ em, còn 9 binh sĩ thiệt mạng trong 10 ngày giao tranh.",
    expect: [fig('killed', 'military', 'exact', 9, 9, 9, 'exact')],
  },
  {
    text: "Cứ 10 người dân thì có 7 người đã rời khỏi thành phố, và 12 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Thương vong dân thường gồm 65 người chết và 300 người bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 65, 65, 65, 'exact'),
      fig('wounded', 'civilian', 'exact', 300, 300, 300, 'exact'),
    ],
  },
  {
    text: "Thương vong dân thường gồm 65 người chết và 300 binh sĩ bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 65, 65, 65, 'exact'),
      fig('wounded', 'military', 'exact', 300, 300, 300, 'exact'),
    ],
  },
  {
    text: "60% dân số Karabakh, tương đương 90.000 người, đã sơ tán.",
    expect: [fig('displaced', 'total', 'exact', 90000, 90000, 90000, 'exact')],
  },
  {
    text: "Hơn một nửa dân số (90.000 người) đã sơ tán.",
    expect: [fig('displaced', 'total', 'exact', 90000, 90000, 90000, 'exact')],
  },
  {
    text: "Khoảng 90.000 người đã sơ tán, và 12 người, trong đó có 3 binh sĩ, đã thiệt mạng.",
    expect: [
      fig('displaced', 'total', 'approx', 85000, 90000, 95000, 'approx.rounding'),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact'),
    ],
  },
  {
    text: "Armenia và Azerbaijan lần lượt mất 3.825 và 2.906 binh sĩ.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia và Azerbaijan cho biết lần lượt 3.825 và 2.906 binh sĩ đã thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian', claimant: 'Armenia và Azerbaijan' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani', claimant: 'Armenia và Azerbaijan' }),
    ],
  },
  {
    text: "Armenia mất tổng cộng 3.825 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Cuộc chiến đã cướp đi sinh mạng của tổng cộng khoảng 6.500 người.",
    expect: [fig('killed', 'total', 'approx', 6175, 6500, 6825, 'approx.rounding')],
  },
  {
    text: "Azerbaijan cho biết số binh sĩ thiệt mạng của nước này đã lên tới 2.783.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "Armenia và Azerbaijan mất 12 và 15 binh sĩ.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 15, 15, 15, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia và Azerbaijan đã mất 5.000 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 5000, 5000, 5000, 'exact', { flags: ['both_sides'] })],
  },
  {
    text: "Phía Armenia thừa nhận 2.425 binh sĩ đã hy sinh.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { claimant: 'Phía Armenia', flags: ['own_side'] })],
  },
  {
    text: "Israel thừa nhận 12 dân thường thiệt mạng trong cuộc không kích.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'Israel', flags: [] })],
  },
  {
    text: "Cuộc không kích khiến một người mẹ và ba đứa con thiệt mạng.",
    expect: [fig('killed', 'women', 'exact', 1, 1, 1, 'exact'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Phiến quân đã giết cả 12 con tin, và ba đứa trẻ thiệt mạng trong vụ pháo kích.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('killed', 'children', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Armenia bác bỏ thông tin cho rằng 2.300 binh sĩ nước này đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2300, 2300, 2300, 'exact', { side: 'armenian', claimant: '', flags: ['denied'] })],
  },
  {
    text: "Chưa bên nào xác nhận thông tin 100 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 100, 100, 100, 'exact', { claimant: '', flags: [] })],
  },
  {
    text: "\"Chúng tôi đã mất 2.783 binh sĩ\", Tổng thống Ilham Aliyev nói.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Tổng thống Ilham Aliyev', flags: ['own_side'] })],
  },
  {
    text: "Tổng số người chết và bị thương của cả hai bên ước tính khoảng 500.000.",
    expect: [fig('casualties', 'total', 'approx', 450000, 500000, 550000, 'approx.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Tổng số người chết của Armenia ước tính khoảng 5.000.",
    expect: [fig('killed', 'total', 'approx', 4500, 5000, 5500, 'approx.rounding', { side: 'armenian' })],
  },
  {
    text: "5.000, thậm chí 6.000 binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'range', 5000, 5500, 6000, 'range.midpoint')],
  },
  {
    text: "Gần 7.000 binh sĩ (3.825 người Armenia và 2.906 người Azerbaijan) đã thiệt mạng.",
    expect: [
      fig('killed', 'military', 'nearly', 6300, 6650, 7000, 'nearly.just_under'),
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Vụ pháo kích khiến 12 binh sĩ và 40 người Armenia thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 40, 40, 40, 'exact', { side: 'armenian' })],
  },
  {
    text: "Số binh sĩ thiệt mạng của Armenia và Azerbaijan lần lượt là 3.825 và 2.906 người.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Ông Putin nói rằng con số thương vong ở mỗi bên là hơn 2.000 người.",
    expect: [
      fig('casualties', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ['each_side'] }),
    ],
  },
  {
    text: "Mỗi bên có hơn 2.000 người thiệt mạng, ông Putin nói.",
    expect: [
      fig('killed', 'total', 'more_than', 2001, 2001, 3000, 'more_than.rounding', { flags: ['each_side'] }),
    ],
  },
  {
    text: "Khoảng 2/3 trong số 100.000 người sơ tán là phụ nữ và trẻ em.",
    expect: [
      fig('displaced', 'total', 'exact', 100000, 100000, 100000, 'exact'),
    ],
  },
  {
    text: "Bộ Quốc phòng Azerbaijan bác bỏ thông tin cho rằng 1.500 binh sĩ nước này đã thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { side: 'azerbaijani', flags: ['denied'] }),
    ],
  },
  {
    text: "Azerbaijan bác bỏ tuyên bố của Bộ Quốc phòng Armenia rằng 1.500 binh sĩ Azerbaijan đã thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { side: 'azerbaijani', claimant: 'Bộ Quốc phòng Armenia', flags: ['denied'] }),
    ],
  },
  {
    text: "Azerbaijan bác bỏ thông tin từ phía Armenia rằng 1.500 binh sĩ đã thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 1500, 1500, 1500, 'exact', { claimant: 'phía Armenia', flags: ['denied'] }),
    ],
  },
  {
    text: "\"Chúng tôi đã mất 2.317 binh sĩ\", Thủ tướng Pashinyan phát biểu trước Quốc hội.",
    expect: [
      fig('killed', 'military', 'exact', 2317, 2317, 2317, 'exact', { claimant: 'Thủ tướng Pashinyan', flags: ['own_side'] }),
    ],
  },
  // A cue right before the number that closes a toll is the toll's: its victims are the number's.
  {
    text: "Một quan chức Azerbaijan ước tính số binh sĩ thiệt mạng vào khoảng 3.000 người.",
    expect: [
      fig('killed', 'military', 'approx', 2500, 3000, 3500, 'approx.rounding', { claimant: 'Một quan chức Azerbaijan' }),
    ],
  },
  {
    text: "Bộ Quốc phòng đưa ra con số 300 người chết.",
    expect: [
      fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { claimant: 'Bộ Quốc phòng' }),
    ],
  },
  {
    text: "Armenia mất 3.825 người, trong đó có 2.425 binh sĩ và 85 dân thường.",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }),
    ],
  },
  {
    text: "Ít nhất 5.000 người thiệt mạng, khoảng một nửa ở mỗi bên.",
    expect: [fig('killed', 'total', 'at_least', 5000, 5000, 6000, 'at_least.rounding', { flags: [] })],
  },
  {
    text: "Thêm 21 binh sĩ Armenia thiệt mạng, nâng tổng số binh sĩ thiệt mạng lên 710 người.",
    expect: [
      fig('killed', 'military', 'exact', 710, 710, 710, 'exact', { side: 'armenian' }),
    ],
  },
  {
    text: "Quân đội cho biết đã \"tiêu diệt\" 200 tay súng, trong khi hơn 4.000 binh sĩ Azerbaijan đã bị \"vô hiệu hoá\".",
    expect: [
      fig('killed', 'military', 'exact', 200, 200, 200, 'exact'),
      fig('casualties', 'military', 'more_than', 4001, 4001, 5000, 'more_than.rounding', { side: 'azerbaijani' }),
    ],
  },
  // The object of a cue before it is no subject of a verb after the next figure; a number with a verb of its own that
  // the lexicon does not know ('bị bắt') shares no cue of the figure before.
  {
    text: "Azerbaijan mất 2.783 binh sĩ và 100 người mất tích.",
    expect: [
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
      fig('missing', 'total', 'exact', 100, 100, 100, 'exact'),
    ],
  },
  {
    text: "Quân đội Azerbaijan đã giết 12 binh sĩ và 40 người bị thương.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('wounded', 'total', 'exact', 40, 40, 40, 'exact'),
    ],
  },
  {
    text: "Azerbaijan mất 2.783 binh sĩ và 100 người bị bắt.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Cuộc tấn công giết chết 12 người và 30 người bị bắt làm tù binh.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // A number with no noun after a clause's joiner ('còn', 'trong khi') counts the victims of the figure before.
  {
    text: "Pháo kích làm 12 dân thường thiệt mạng, còn 40 bị thương.",
    expect: [
      fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'),
      fig('wounded', 'civilian', 'exact', 40, 40, 40, 'exact'),
    ],
  },
  {
    text: "12 binh sĩ thiệt mạng, trong khi 40 bị thương.",
    expect: [
      fig('killed', 'military', 'exact', 12, 12, 12, 'exact'),
      fig('wounded', 'military', 'exact', 40, 40, 40, 'exact'),
    ],
  },
  // A place or a date may stand between a figure and the clause of a rival claim.
  {
    text: "Thanh tra viên cho biết 1.500 dân thường đã thiệt mạng ở Mariupol, trong khi thị trưởng cho rằng con số này là 5.000.",
    expect: [
      fig('killed', 'civilian', 'exact', 1500, 1500, 1500, 'exact', { claimant: 'Thanh tra viên' }),
      fig('killed', 'civilian', 'exact', 5000, 5000, 5000, 'exact', { claimant: 'thị trưởng', flags: ['measure_from_context'] }),
    ],
  },
  // A forecast that ends inside the number's words ('vượt' is also a bound) is still a forecast.
  {
    text: "Số người chết có thể vượt quá 5.000.",
    expect: [],
  },
  {
    text: "Số người chết có thể vượt 5.000.",
    expect: [],
  },
  // 'người đàn ông', 'cụ ông' are victims' nouns; who 'chịu thương vong' (suffers the casualties) lost them.
  {
    text: "Một người đàn ông 62 tuổi thiệt mạng, vợ ông bị thương.",
    expect: [fig('killed', 'total', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "Một cụ ông 62 tuổi đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 1, 1, 1, 'exact')],
  },
  {
    text: "Bộ Quốc phòng Anh ước tính Nga đã chịu thương vong khoảng 450.000 binh sĩ.",
    expect: [fig('casualties', 'military', 'approx', 425000, 450000, 475000, 'approx.rounding', { side: 'russian', claimant: 'Bộ Quốc phòng Anh' })],
  },
  // Một cái chết sau thương tích trong cùng mệnh đề: những người bị thương đã chết.
  {
    text: "Hai người bị thương sau đó đã tử vong tại bệnh viện.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Hai binh sĩ bị thương sau đó đã qua đời.",
    expect: [fig('killed', 'military', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Hai trong số những người bị thương đã tử vong.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "12 người bị thương, trong đó 2 người sau đó đã tử vong.",
    expect: [
      fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'),
      fig('killed', 'total', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Ít nhất 5 người đã mất mạng trong vụ pháo kích.",
    expect: [fig('killed', 'total', 'at_least', 5, 5, 6, 'at_least.rounding')],
  },
  {
    text: "Hai người bị thương được đưa tới bệnh viện.",
    expect: [fig('wounded', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Vụ tấn công khiến 2 cô bé thiệt mạng.",
    expect: [fig('killed', 'children', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Cậu bé đã thiệt mạng cùng 3 người khác.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact')],
  },
  // 'dẫn nguồn', 'trích lời' cite as 'dẫn lời' does: the claimant is whom the outlet cites, else the outlet.
  {
    text: "Hãng tin TASS dẫn nguồn tin quân sự cho biết khoảng 300 lính đánh thuê đã thiệt mạng.",
    expect: [fig('killed', 'military', 'approx', 250, 300, 350, 'approx.rounding', { claimant: 'Hãng tin TASS' })],
  },
  {
    text: "Reuters trích lời Thủ tướng Armenia Nikol Pashinyan cho biết 12 binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: 'Thủ tướng Armenia Nikol Pashinyan' })],
  },
  // Hai số liền nhau, số sau hơn số trước một đơn vị cùng hàng, là một khoảng: "hai ba chục" là 20 đến 30.
  {
    text: "Khoảng hai, ba chục người bị thương.",
    expect: [fig('wounded', 'total', 'range', 20, 25, 30, 'range.midpoint')],
  },
  {
    text: "Ba bốn trăm binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'range', 300, 350, 400, 'range.midpoint')],
  },
  {
    text: "Năm sáu người bị thương.",
    expect: [fig('wounded', 'total', 'range', 5, 6, 6, 'range.midpoint')],
  },
  {
    text: "Hai-ba chục người bị thương.",
    expect: [fig('wounded', 'total', 'range', 20, 25, 30, 'range.midpoint')],
  },
  {
    text: "Mười hai, mười ba người bị thương.",
    expect: [fig('wounded', 'total', 'range', 12, 13, 13, 'range.midpoint')],
  },
  {
    text: "Dăm ba người bị thương.",
    expect: [fig('wounded', 'total', 'a_few', 2, 3, 5, 'vague.a_few')],
  },
  {
    text: "Vài ba chục người bị thương.",
    expect: [fig('wounded', 'total', 'few_tens', 20, 30, 90, 'vague.few_tens')],
  },
  {
    text: "Giao tranh kéo dài hai, ba ngày khiến 12 người chết.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Hai đến ba chục người bị thương.",
    expect: [fig('wounded', 'total', 'range', 20, 25, 30, 'range.midpoint')],
  },
  // "hai con của ông": his two children; "hai con bò" counts cattle.
  {
    text: "Vụ việc khiến một người đàn ông và hai con của ông thiệt mạng.",
    expect: [
      fig('killed', 'total', 'exact', 1, 1, 1, 'exact'),
      fig('killed', 'children', 'exact', 2, 2, 2, 'exact'),
    ],
  },
  {
    text: "Vụ pháo kích làm chết hai con bò.",
    expect: [],
  },
  // Tên tổ chức: 'Theo' viết hoa giữa tên không phải giới từ; 'Cao ủy' là một cơ quan dù tên có từ chỉ thương vong.
  {
    text: "Tổ chức Theo dõi Nhân quyền cho biết ít nhất 12 người chết.",
    expect: [fig('killed', 'total', 'at_least', 12, 12, 14, 'at_least.rounding', { claimant: 'Tổ chức Theo dõi Nhân quyền' })],
  },
  {
    text: "Cao ủy Liên Hợp Quốc về người tị nạn cho biết 2,5 triệu người tị nạn đã rời Ukraine.",
    expect: [fig('displaced', 'total', 'exact', 2500000, 2500000, 2500000, 'exact', { claimant: 'Cao ủy Liên Hợp Quốc về người tị nạn' })],
  },
  {
    text: "Hai, ba trăm nghìn người đã phải sơ tán.",
    expect: [fig('displaced', 'total', 'range', 200000, 250000, 300000, 'range.midpoint')],
  },
  {
    text: "Mười hai, mười ba nghìn người đã phải sơ tán.",
    expect: [fig('displaced', 'total', 'range', 12000, 12500, 13000, 'range.midpoint')],
  },
  // Một số đứng cạnh một từ ước lượng là một ước tính, mỗi phần đọc theo quy tắc của nó.
  {
    text: "Hàng trăm, thậm chí một nghìn người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'vague_range', 100, 200, 1000, 'vague_range.envelope')],
  },
  {
    text: "Khoảng 500, thậm chí hàng nghìn người đã phải sơ tán.",
    expect: [fig('displaced', 'total', 'vague_range', 450, 500, 9999, 'vague_range.envelope')],
  },
  // Phụ nữ được đếm riêng, như trẻ em.
  {
    text: "Vụ tấn công khiến 3 phụ nữ thiệt mạng.",
    expect: [fig('killed', 'women', 'exact', 3, 3, 3, 'exact')],
  },
  // Nạn nhân đứng trước tên một bên, trước danh từ con số thương vong.
  {
    text: "Số binh sĩ Nga thương vong ước tính lên tới 600.000 người.",
    expect: [fig('casualties', 'military', 'approx', 550000, 600000, 650000, 'approx.rounding', { side: 'russian' })],
  },
  {
    text: "Số dân thường Armenia thương vong là 300.",
    expect: [fig('casualties', 'civilian', 'exact', 300, 300, 300, 'exact', { side: 'armenian' })],
  },
  // "Theo số liệu do/được X công bố": X công bố số liệu, X là bên đưa ra con số.
  {
    text: "Theo số liệu được Bộ Quốc phòng công bố hôm thứ Hai, 2.425 binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { claimant: 'Bộ Quốc phòng' })],
  },
  {
    text: "Theo số liệu do Bộ Y tế Gaza công bố, hơn 43.000 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'more_than', 43001, 43001, 47300, 'more_than.rounding', { claimant: 'Bộ Y tế Gaza' })],
  },
  // Lời tả nạn nhân đứng giữa danh từ và động từ của họ.
  {
    text: "Hai nhà báo làm việc cho tờ Le Monde bị thương.",
    expect: [fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "12 dân thường trú ẩn trong tầng hầm đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "12 người đang xếp hàng mua bánh mì đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Khoảng 300 người sống trong làng có thể phải sơ tán.",
    expect: [],
  },
  {
    text: "Theo Bộ Quốc phòng Armenia, 729 binh sĩ của lực lượng Nagorno-Karabakh đã thiệt mạng kể từ ngày 27/9.",
    expect: [fig('killed', 'military', 'exact', 729, 729, 729, 'exact', { claimant: 'Bộ Quốc phòng Armenia' })],
  },
  // 'nữa' sau danh từ nạn nhân: một mức tăng, hoặc những người khác sau một con số của thước đo khác.
  {
    text: "Armenia cho biết 40 binh sĩ nữa thiệt mạng, nâng tổng số binh sĩ thiệt mạng lên 673.",
    expect: [fig('killed', 'military', 'exact', 673, 673, 673, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "40 người nữa đã thiệt mạng.",
    expect: [],
  },
  {
    text: "12 người thiệt mạng và 5 người nữa bị thương.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "12 người thiệt mạng hôm thứ Hai và 5 người nữa hôm thứ Ba.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  // 'ước tính' mở mệnh đề và cụm số: lời ước lượng con số, không có chủ ngữ nào nói ra.
  {
    text: "Hơn một nửa dân số khu vực, ước tính khoảng 75.000 người, đã phải chạy trốn.",
    expect: [fig('displaced', 'total', 'approx', 71250, 75000, 78750, 'approx.rounding', { claimant: '' })],
  },
  {
    text: "Bộ Y tế ước tính khoảng 300 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 250, 300, 350, 'approx.rounding', { claimant: 'Bộ Y tế' })],
  },
  // 'Tử thương': chết vì vết thương.
  {
    text: "3 binh sĩ bị tử thương trong trận đánh.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Armenia mất 2.425 binh sĩ, Azerbaijan 2.783.",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia mất khoảng 3.800 binh sĩ, trong khi Azerbaijan mất khoảng 2.900.",
    expect: [
      fig('killed', 'military', 'approx', 3610, 3800, 3990, 'approx.rounding', { side: 'armenian' }),
      fig('killed', 'military', 'approx', 2755, 2900, 3045, 'approx.rounding', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Bốn thành viên của một gia đình nằm trong số những người thiệt mạng.",
    expect: [],
  },
  {
    text: "Ba binh sĩ nằm trong số 12 người thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 3, 3, 3, 'exact'),
      fig('killed', 'total', 'exact', 12, 12, 12, 'exact'),
    ],
  },
  {
    text: "Hai nhà báo nằm trong số 14 người bị thương trong vụ pháo kích.",
    expect: [
      fig('wounded', 'civilian', 'exact', 2, 2, 2, 'exact'),
      fig('wounded', 'total', 'exact', 14, 14, 14, 'exact'),
    ],
  },
  {
    text: "Số binh sĩ thiệt mạng: 2.425 (Armenia), 2.783 (Azerbaijan).",
    expect: [
      fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Dân thường thiệt mạng: 45.",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Binh sĩ Armenia thiệt mạng: 2.425.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' })],
  },
  {
    text: "Hãng TASS dẫn nguồn tin từ Bộ Quốc phòng Nga cho biết 40 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 40, 40, 40, 'exact', { claimant: 'Bộ Quốc phòng Nga' })],
  },
  {
    text: "Chính phủ Armenia, dẫn số liệu từ Stepanakert, cho biết 36 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 36, 36, 36, 'exact', { claimant: 'Stepanakert' })],
  },
  {
    text: "Thiệt mạng: ~7.000 người.",
    expect: [fig('killed', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "Thương vong: 3.825 người thiệt mạng (Armenia), 2.906 người thiệt mạng (Azerbaijan).",
    expect: [
      fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  // 'Những người thiệt mạng' are the dead themselves, a toll as 'the dead' is.
  {
    text: "Những người thiệt mạng gồm 20 binh sĩ và 5 dân thường.",
    expect: [fig('killed', 'military', 'exact', 20, 20, 20, 'exact'), fig('killed', 'civilian', 'exact', 5, 5, 5, 'exact')],
  },
  { text: "Những người bị thương đã được đưa tới 3 bệnh viện.", expect: [] },
  {
    text: "Azerbaijan cho biết 2 dân thường thiệt mạng hôm 27/9, 5 người hôm 28/9.",
    expect: [
      fig('killed', 'civilian', 'exact', 2, 2, 2, 'exact', { claimant: 'Azerbaijan' }),
      fig('killed', 'total', 'exact', 5, 5, 5, 'exact', { claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "Azerbaijan đã huy động 50.000 binh sĩ, trong số đó 2.906 đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact')],
  },
  // The dead and the missing together are casualties, as 'thiệt mạng hoặc mất tích' are.
  {
    text: "Khoảng 7.000 người đã chết và mất tích trong cuộc chiến.",
    expect: [fig('casualties', 'total', 'approx', 6500, 7000, 7500, 'approx.rounding')],
  },
  {
    text: "12 người thiệt mạng và mất tích.",
    expect: [fig('casualties', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Về phía Azerbaijan, 100 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Số liệu công bố hôm thứ Hai cho thấy 2.425 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { claimant: '' })],
  },
  {
    text: "Armenia cho biết 3.825 binh sĩ thiệt mạng, còn Azerbaijan 2.906 người.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia' }),
      fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "Armenia: 3.825 binh sĩ thiệt mạng; Azerbaijan: 2.906 binh sĩ thiệt mạng.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Truyền thông địa phương đưa tin 12 dân thường thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: '' })],
  },
  {
    text: "Truyền thông Nga đưa tin 12 dân thường thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact', { claimant: 'Truyền thông Nga' })],
  },
  {
    text: "Từ năm 1988 đến 1994, khoảng 30.000 người thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 25000, 30000, 35000, 'approx.rounding')],
  },
  {
    text: "Từ 1988 đến 1994, khoảng 30.000 người thiệt mạng và khoảng một triệu người phải rời bỏ nhà cửa.",
    expect: [fig('killed', 'total', 'approx', 25000, 30000, 35000, 'approx.rounding'), fig('displaced', 'total', 'approx', 750000, 1000000, 1250000, 'approx.rounding')],
  },
  {
    text: "Từ 1950 đến 2000 thường dân thiệt mạng.",
    expect: [fig('killed', 'civilian', 'range', 1950, 1975, 2000, 'range.midpoint')],
  },
  {
    text: "Cuộc chiến 1988-94 khiến khoảng 30.000 người thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 25000, 30000, 35000, 'approx.rounding')],
  },
  {
    text: "Cuộc điều tra cho biết 12 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: '' })],
  },
  {
    text: "Bộ Y tế điều chỉnh số người chết lên 45.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'Bộ Y tế' })],
  },
  {
    text: "Bộ Quốc phòng Armenia cập nhật số binh sĩ thiệt mạng lên 1.177.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { claimant: 'Bộ Quốc phòng Armenia' })],
  },
  {
    text: "Armenia cho biết 40 binh sĩ nữa thiệt mạng, nâng số binh sĩ thiệt mạng lên 673.",
    expect: [fig('killed', 'military', 'exact', 673, 673, 673, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "Số người chết là 1.177 binh sĩ phía Armenia, và 80 dân thường.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { side: 'armenian' }), fig('killed', 'civilian', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "Chiến sự làm 1.177 binh sĩ phía Armenia và 80 dân thường thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 1177, 1177, 1177, 'exact', { side: 'armenian' }), fig('killed', 'civilian', 'exact', 80, 80, 80, 'exact')],
  },
  {
    text: "12 binh sĩ thiệt mạng trong vụ tấn công và 40 bị thương.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Armenia mất 3.825 binh sĩ, Azerbaijan 2.906 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia mất 3.825 binh sĩ, Azerbaijan 2.906 người.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Ước tính số người chết dao động từ 20.000 đến 30.000 người.",
    expect: [fig('killed', 'total', 'range', 20000, 25000, 30000, 'range.midpoint')],
  },
  {
    text: "Các ước tính về số người thiệt mạng dao động từ 20.000 đến 30.000.",
    expect: [fig('killed', 'total', 'range', 20000, 25000, 30000, 'range.midpoint')],
  },
  {
    text: "Giá dầu dao động từ 40 đến 50 USD.",
    expect: [],
  },
  {
    text: "Dân thường thiệt mạng: 45 người.",
    expect: [fig('killed', 'civilian', 'exact', 45, 45, 45, 'exact')],
  },
  {
    text: "Số dân thường thiệt mạng: Armenia 85 người, Azerbaijan 100 người.",
    expect: [fig('killed', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }), fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Binh sĩ thiệt mạng: Armenia 2.425 người, Azerbaijan 2.783 người.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Thương vong dân thường: Armenia: 85 người; Azerbaijan: 100 người.",
    expect: [fig('casualties', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }), fig('casualties', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Azerbaijan nâng số dân thường thiệt mạng lên 61 người.",
    expect: [fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { claimant: 'Azerbaijan' })],
  },
  {
    text: "Bộ Quốc phòng Armenia hôm thứ Hai nâng số binh sĩ thiệt mạng lên 729 người.",
    expect: [fig('killed', 'military', 'exact', 729, 729, 729, 'exact', { claimant: 'Bộ Quốc phòng Armenia' })],
  },
  {
    text: "Vụ pháo kích của Azerbaijan nâng số người chết lên 61.",
    expect: [fig('killed', 'total', 'exact', 61, 61, 61, 'exact', { claimant: '' })],
  },
  {
    text: "Bảy dân thường thiệt mạng hôm thứ Hai, nâng số người chết lên 61.",
    expect: [fig('killed', 'civilian', 'exact', 7, 7, 7, 'exact', { claimant: '' }), fig('killed', 'total', 'exact', 61, 61, 61, 'exact', { claimant: '' })],
  },
  {
    text: "Thương vong phía Armenia: 3.825 binh sĩ thiệt mạng, 187 mất tích.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "Armenia thông báo 49 binh sĩ thiệt mạng; Azerbaijan thông báo 50 người.",
    expect: [fig('killed', 'military', 'exact', 49, 49, 49, 'exact', { claimant: 'Armenia' }), fig('killed', 'military', 'exact', 50, 50, 50, 'exact', { claimant: 'Azerbaijan' })],
  },
  {
    text: "Cuộc chiến làm 2.425 binh sĩ Armenia và 2.783 Azerbaijan thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 2425, 2425, 2425, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Theo số liệu chính thức, Armenia mất 3.825 binh sĩ còn Azerbaijan mất 2.906 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia cho biết 187 binh sĩ còn mất tích.",
    expect: [fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { claimant: 'Armenia' })],
  },
  {
    text: "12 binh sĩ chiến đấu chống Azerbaijan đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: '' })],
  },
  {
    text: "12 binh sĩ thuộc quân đội Armenia đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'armenian' })],
  },
  {
    text: "Azerbaijan mất 2.906 binh sĩ và 100 dân thường trong cuộc chiến.",
    expect: [
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani' }),
    ],
  },
  {
    text: "Armenia mất 3.825 binh sĩ, so với 2.906 của Azerbaijan.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Thương vong dân thường: Armenia 85 người, Azerbaijan 100 người.",
    expect: [
      fig('casualties', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }),
      fig('casualties', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Thương vong dân thường: Armenia 85, Azerbaijan 100.",
    expect: [
      fig('casualties', 'civilian', 'exact', 85, 85, 85, 'exact', { side: 'armenian' }),
      fig('casualties', 'civilian', 'exact', 100, 100, 100, 'exact', { side: 'azerbaijani', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Số liệu của Bộ Y tế cho thấy 45 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: "Bộ Y tế" })],
  },
  {
    text: "Thống kê của Human Rights Watch cho thấy ít nhất 17 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'at_least', 17, 17, 19, 'at_least.rounding', { claimant: "Human Rights Watch" })],
  },
  {
    text: "Video cho thấy 12 binh sĩ đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: "" })],
  },
  {
    text: "Theo thông tin từ phía Azerbaijan, 61 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 61, 61, 61, 'exact', { claimant: "phía Azerbaijan" })],
  },
  {
    text: "Theo nguồn tin của Bộ Quốc phòng Armenia, 36 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 36, 36, 36, 'exact', { claimant: "Bộ Quốc phòng Armenia" })],
  },
  {
    text: "Dẫn nguồn Bộ Y tế, hãng tin này cho biết 45 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: "Bộ Y tế" })],
  },
  {
    text: "Phía Armenia thiệt hại 3.825 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Phía Armenia thiệt hại 3.825 binh sĩ, phía Azerbaijan 2.906 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('casualties', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Thiệt hại của Armenia là 3.825 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Azerbaijan cho biết nước này đã tổn thất 2.906 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "Azerbaijan cho biết đã thiệt hại 2.906 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan', flags: ['own_side'] })],
  },
  {
    text: "Azerbaijan thiệt hại 12 xe tăng và 40 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 40, 40, 40, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Cơn bão gây thiệt hại 300 tỷ đồng.",
    expect: [],
  },
  {
    text: "Thiệt hại của Nga là 5 tỷ USD.",
    expect: [],
  },
  {
    text: "Vụ pháo kích gây thiệt hại cho 40 ngôi nhà.",
    expect: [],
  },
  {
    text: "Armenia tổn thất 3.825 binh sĩ.",
    expect: [fig('casualties', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Vụ pháo kích khiến 12 người chết, 300 hộ dân phải sơ tán.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Khoảng 300 hộ với 1.200 nhân khẩu phải sơ tán.",
    expect: [fig('displaced', 'total', 'exact', 1200, 1200, 1200, 'exact')],
  },
  {
    text: "5 người trong một hộ gia đình thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Armenia mất 3.825 binh sĩ; Azerbaijan, 2.906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia — 3.825 binh sĩ thiệt mạng; Azerbaijan — 2.906 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Cuộc chiến đã cướp đi sinh mạng của hơn 6.500 người (tính cả hai bên).",
    expect: [fig('killed', 'total', 'more_than', 6501, 6501, 7150, 'more_than.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Báo cáo của Liên Hợp Quốc ước tính khoảng 100.000 người phải sơ tán.",
    expect: [fig('displaced', 'total', 'approx', 75000, 100000, 125000, 'approx.rounding', { claimant: 'Liên Hợp Quốc' })],
  },
  {
    text: "Armenia mất 3.825 binh sĩ, trong đó có 187 binh sĩ vẫn được coi là mất tích.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "Hiện vẫn còn 187 binh sĩ Armenia được ghi nhận là mất tích.",
    expect: [fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "Số binh sĩ Armenia thiệt mạng đã lên tới 3.825 người, trong đó có 187 người vẫn mất tích.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('missing', 'military', 'exact', 187, 187, 187, 'exact', { side: 'armenian' })],
  },
  {
    text: "50 binh sĩ thiệt mạng, trong đó có 12 người bị thương nặng trước khi chết.",
    expect: [fig('killed', 'military', 'exact', 50, 50, 50, 'exact'), fig('wounded', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Phía Armenia mất 3.825 binh sĩ, còn phía Azerbaijan là 2.906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia mất 3.825 binh sĩ, trong khi con số của Azerbaijan là 2.906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Armenia mất 3.825 binh sĩ, còn ở phía Azerbaijan là 2.906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Dân thường chiếm 12 người trong số những người thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Chính quyền Karabakh cho đến nay đã báo cáo 772 quân nhân thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 772, 772, 772, 'exact', { claimant: 'Chính quyền Karabakh' })],
  },
  {
    text: "Bộ Y tế hiện đã xác nhận 45 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'Bộ Y tế' })],
  },
  {
    text: "Trung tâm Thực hiện Chính sách cho biết 12 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: 'Trung tâm Thực hiện Chính sách' })],
  },
  {
    text: "37 dân thường đã thiệt mạng ở phía Armenia.",
    expect: [fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact', { side: 'armenian' })],
  },
  {
    text: "12 binh sĩ đã thiệt mạng bên phía Azerbaijan.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Tổng cộng 37 dân thường đã thiệt mạng và 115 người bị thương ở phía Armenia.",
    expect: [fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact', { side: 'armenian' }), fig('wounded', 'total', 'exact', 115, 115, 115, 'exact', { side: 'armenian' })],
  },
  {
    text: "9 binh sĩ bị bắt và 4 đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 4, 4, 4, 'exact')],
  },
  {
    text: "Thiệt hại của Azerbaijan là 2.906 người, còn của Armenia là 3.825 người.",
    expect: [fig('casualties', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }), fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  {
    text: "Số binh sĩ thiệt mạng của Armenia là 3.825, của Azerbaijan là 2.906.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Chưa đầy 300 binh sĩ thiệt mạng.",
    expect: [fig('killed', 'military', 'fewer_than', 200, 299, 299, 'fewer_than.rounding')],
  },
  {
    text: "Số người chết không quá 500 người, theo Bộ Quốc phòng.",
    expect: [fig('killed', 'total', 'at_most', 400, 500, 500, 'at_most.rounding', { claimant: 'Bộ Quốc phòng' })],
  },
  {
    text: "Ít ra 40 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'at_least', 40, 40, 50, 'at_least.rounding')],
  },
  {
    text: "Chỉ trong chưa đầy một tuần, 300 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Thiệt mạng: 3.825 (Armenia); 2.906 (Azerbaijan).",
    expect: [fig('killed', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Cuộc chiến đã lấy đi 30.000 sinh mạng.",
    expect: [fig('killed', 'total', 'exact', 30000, 30000, 30000, 'exact', { side: '' })],
  },
  {
    text: "Cuộc chiến đã tước đi sinh mạng của 300 người.",
    expect: [fig('killed', 'total', 'exact', 300, 300, 300, 'exact', { side: '' })],
  },
  {
    text: "Cuộc chiến đã lấy đi hơn 6.000 nhân mạng.",
    expect: [fig('killed', 'total', 'more_than', 6001, 6001, 7000, 'more_than.rounding', { side: '' })],
  },
  {
    text: "Ba người thiệt mạng và 12, trong đó có hai trẻ em, bị thương.",
    expect: [fig('killed', 'total', 'exact', 3, 3, 3, 'exact'), fig('wounded', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'children', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "Một nửa trong số 40 binh sĩ bị thương sau đó đã tử vong.",
    expect: [fig('wounded', 'military', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Hai bên mất tổng cộng 6.700 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 6700, 6700, 6700, 'exact', { side: '', flags: ['both_sides'] })],
  },
  {
    text: "Cả hai bên mất hàng nghìn binh sĩ.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { side: '', flags: ['each_side'] })],
  },
  {
    text: "Bộ Quốc phòng Azerbaijan cho biết 2.908 binh sĩ đã hy sinh.",
    expect: [fig('killed', 'military', 'exact', 2908, 2908, 2908, 'exact', { claimant: 'Bộ Quốc phòng Azerbaijan', side: '', flags: ['own_side'] })],
  },
  {
    text: "Hàng nghìn binh sĩ hai bên đã hy sinh.",
    expect: [fig('killed', 'military', 'thousands', 1000, 2000, 9999, 'vague.thousands', { claimant: '', side: '', flags: ['both_sides'] })],
  },
  {
    text: "12 binh sĩ đã hy sinh trong trận chiến.",
    expect: [fig('killed', 'military', 'exact', 12, 12, 12, 'exact', { claimant: '', side: '', flags: [] })],
  },
  {
    text: "Thiệt mạng – 45; bị thương – 120.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact'), fig('wounded', 'total', 'exact', 120, 120, 120, 'exact')],
  },
  {
    text: "Khoảng 6 triệu người Ukraine đã rời đất nước.",
    expect: [fig('displaced', 'total', 'approx', 5500000, 6000000, 6500000, 'approx.rounding', { side: 'ukrainian' })],
  },
  { text: "30 binh sĩ đã rời căn cứ.", expect: [] },
  {
    text: "37 dân thường đã thiệt mạng về phía Armenia.",
    expect: [fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact', { side: 'armenian' })],
  },
  {
    text: "37 dân thường đã thiệt mạng về phía Armenia và 93 người về phía Azerbaijan.",
    expect: [fig('killed', 'civilian', 'exact', 37, 37, 37, 'exact', { side: 'armenian' }), fig('killed', 'total', 'exact', 93, 93, 93, 'exact', { side: 'azerbaijani' })],
  },
  {
    text: "Thiệt hại của Azerbaijan là 2.906 người, còn về phía Armenia là 3.825 người.",
    expect: [fig('casualties', 'total', 'exact', 2906, 2906, 2906, 'exact', { side: 'azerbaijani' }), fig('casualties', 'total', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' })],
  },
  { text: "2.000 người mất việc làm.", expect: [] },
  {
    text: "300 binh sĩ đã mất do trúng đạn pháo.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact')],
  },
  {
    text: "Số người chết là \"khoảng 600.000\", đặc phái viên cho biết.",
    expect: [fig('killed', 'total', 'approx', 550000, 600000, 650000, 'approx.rounding')],
  },
  {
    text: "Cuộc chiến đã giết chết “600.000” người.",
    expect: [fig('killed', 'total', 'exact', 600000, 600000, 600000, 'exact')],
  },
  {
    text: "Số binh sĩ Nga thiệt mạng đã lên tới 70.000 người, theo ước tính của Anh.",
    expect: [fig('killed', 'military', 'exact', 70000, 70000, 70000, 'exact', { claimant: 'Anh', side: 'russian' })],
  },
  {
    text: "Theo tình báo Anh, 70.000 binh sĩ Nga đã thiệt mạng.",
    expect: [fig('killed', 'military', 'exact', 70000, 70000, 70000, 'exact', { claimant: 'tình báo Anh', side: 'russian' })],
  },
  {
    text: "Anh cho biết 12 người đã thiệt mạng trong vụ cháy.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact', { claimant: '' })],
  },
  {
    text: "Ít nhất 6.500 binh sĩ (cả hai phía) đã thiệt mạng.",
    expect: [fig('killed', 'military', 'at_least', 6500, 6500, 7150, 'at_least.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Trong số 1.139 người thiệt mạng ở Israel ngày 7/10, có 695 dân thường.",
    expect: [fig('killed', 'total', 'exact', 1139, 1139, 1139, 'exact'), fig('killed', 'civilian', 'exact', 695, 695, 695, 'exact')],
  },
  {
    text: "Trong số 1.139 người thiệt mạng ở Israel, có 695 dân thường.",
    expect: [fig('killed', 'total', 'exact', 1139, 1139, 1139, 'exact'), fig('killed', 'civilian', 'exact', 695, 695, 695, 'exact')],
  },
  {
    text: "Lực lượng Nga đã mất khoảng 600.000 quân, gồm cả chết và bị thương, theo ước tính của phương Tây.",
    expect: [fig('casualties', 'military', 'approx', 550000, 600000, 650000, 'approx.rounding', { side: 'russian' })],
  },
  {
    text: "Nga đã mất khoảng 600.000 quân, cả chết lẫn bị thương.",
    expect: [fig('casualties', 'military', 'approx', 550000, 600000, 650000, 'approx.rounding', { side: 'russian' })],
  },
  {
    text: "Nga đã mất khoảng 600.000 quân (chết và bị thương).",
    expect: [fig('casualties', 'military', 'approx', 550000, 600000, 650000, 'approx.rounding', { side: 'russian' })],
  },
  {
    text: "Cuộc xung đột đã cướp đi sinh mạng của hơn 6.500 người từ cả hai phía.",
    expect: [fig('killed', 'total', 'more_than', 6501, 6501, 7150, 'more_than.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Hơn 6.500 người đã thiệt mạng từ cả hai bên.",
    expect: [fig('killed', 'total', 'more_than', 6501, 6501, 7150, 'more_than.rounding', { flags: ['both_sides'] })],
  },
  {
    text: "Pháo kích đã giết 30 binh sĩ ở Ukraine.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact', { side: '' })],
  },
  {
    text: "Cuộc tấn công đã giết chết 30 người ở miền đông Ukraine.",
    expect: [fig('killed', 'total', 'exact', 30, 30, 30, 'exact', { side: '' })],
  },
  {
    text: "Pháo kích đã giết 30 binh sĩ trong quân đội Armenia.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact', { side: 'armenian' })],
  },
  {
    text: "Pháo kích đã giết 30 binh sĩ về phía Armenia.",
    expect: [fig('killed', 'military', 'exact', 30, 30, 30, 'exact', { side: 'armenian' })],
  },
  { text: "Không ai trong số 40 hành khách bị thương.", expect: [] },
  { text: "Không một ai trong số 40 hành khách bị thương.", expect: [] },
  { text: "Không có ai trong số 40 hành khách bị thương.", expect: [] },
  { text: "Hầu hết trong số 40 hành khách đã thiệt mạng.", expect: [] },
  {
    text: "Tất cả 40 hành khách đều thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Con số chính thức là 54 người chết, nhưng người dân địa phương nói con số thực tế gần 200.",
    expect: [fig('killed', 'total', 'exact', 54, 54, 54, 'exact'), fig('killed', 'total', 'nearly', 180, 190, 200, 'nearly.just_under', { flags: ['measure_from_context'] })],
  },
  {
    text: "Bộ Quốc phòng Armenia cho biết 54 binh sĩ thiệt mạng, trong khi Azerbaijan khẳng định con số khoảng 200.",
    expect: [fig('killed', 'military', 'exact', 54, 54, 54, 'exact', { claimant: 'Bộ Quốc phòng Armenia' }), fig('killed', 'military', 'approx', 150, 200, 250, 'approx.rounding', { claimant: 'Azerbaijan', flags: ['measure_from_context'] })],
  },
  {
    text: "12 dân thường bị thảm sát tại làng.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "12 người tị nạn chết cóng gần biên giới.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact')],
  },
  {
    text: "Không ai trong số 40 người bị thương.",
    expect: [],
  },
  // A verb of sharing before the part is the sentence's verb: the cue after the whole describes it.
  {
    text: "Dân thường chiếm 12 trong số 40 người thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 12, 12, 12, 'exact'), fig('killed', 'total', 'exact', 40, 40, 40, 'exact')],
  },
  {
    text: "Ba kẻ tấn công đã bị tiêu diệt.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "Cảnh sát bắn chết 2 nghi phạm.",
    expect: [fig('killed', 'total', 'exact', 2, 2, 2, 'exact')],
  },
  {
    text: "5 nghi phạm đã bị bắt.",
    expect: [],
  },
  {
    text: "Hơn 20.000 người chết và 50.000 người bị thương ở cả hai phía.",
    expect: [
      fig('killed', 'total', 'more_than', 20001, 20001, 30000, 'more_than.rounding', { flags: ['both_sides'] }),
      fig('wounded', 'total', 'exact', 50000, 50000, 50000, 'exact', { flags: ['both_sides'] }),
    ],
  },
  {
    text: "Armenia cho biết số binh sĩ thiệt mạng là 3.825, Azerbaijan là 2.906.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Armenia' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { claimant: 'Azerbaijan' }),
    ],
  },
  {
    text: "Một cuộc không kích đã giết chết một gia đình 6 người ở Rafah.",
    expect: [fig('killed', 'total', 'exact', 6, 6, 6, 'exact')],
  },
  {
    text: "Truyền thông Armenia cho biết 15 người thiệt mạng, trong khi Bộ Y tế đưa ra con số thấp hơn là 9 người.",
    expect: [
      fig('killed', 'total', 'exact', 15, 15, 15, 'exact', { claimant: 'Truyền thông Armenia' }),
      fig('killed', 'total', 'exact', 9, 9, 9, 'exact', { claimant: 'Bộ Y tế', flags: ['measure_from_context'] }),
    ],
  },
  {
    text: "Cuộc không kích đã giết chết 20 người tị nạn đang trú ẩn trong một trường học.",
    expect: [fig('killed', 'total', 'exact', 20, 20, 20, 'exact')],
  },
  {
    text: "Pháo kích làm bị thương 5 người tị nạn.",
    expect: [fig('wounded', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  // A count of others may open the sentence after a figure of another measure; after one of the same measure, it is an
  // increase.
  {
    text: "Ba binh sĩ thiệt mạng. Thêm 30 người bị thương.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact'), fig('wounded', 'total', 'exact', 30, 30, 30, 'exact')],
  },
  {
    text: "12 người thiệt mạng. 5 người nữa bị thương.",
    expect: [fig('killed', 'total', 'exact', 12, 12, 12, 'exact'), fig('wounded', 'total', 'exact', 5, 5, 5, 'exact')],
  },
  {
    text: "Ba binh sĩ thiệt mạng hôm thứ Hai. Thêm 5 binh sĩ thiệt mạng hôm thứ Ba.",
    expect: [fig('killed', 'military', 'exact', 3, 3, 3, 'exact')],
  },
  {
    text: "3 dân thường thiệt mạng ở Stepanakert, thêm 12 binh sĩ tử trận ở tiền tuyến.",
    expect: [fig('killed', 'civilian', 'exact', 3, 3, 3, 'exact'), fig('killed', 'military', 'exact', 12, 12, 12, 'exact')],
  },
  // 'lên tới' opening the sentence links no toll: it is "up to".
  {
    text: "Lên tới 40.000 người được cho là đã thiệt mạng.",
    expect: [fig('killed', 'total', 'at_most', 30000, 40000, 40000, 'at_most.rounding')],
  },
  {
    text: "Con số thương vong lên tới 40.000 người.",
    expect: [fig('casualties', 'total', 'exact', 40000, 40000, 40000, 'exact')],
  },
  // A relative clause between the speaker and the verb names no one.
  {
    text: "Bộ Y tế Karabakh, vốn trực thuộc chính quyền ly khai, cho biết 40 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 40, 40, 40, 'exact', { claimant: 'Bộ Y tế Karabakh' })],
  },
  // 'bài', 'lời' before a verb of saying make it a noun: "bài phát biểu" is a speech, and no one's verb.
  {
    text: "Ông Pashinyan cho biết trong bài phát biểu trên truyền hình rằng 3.825 binh sĩ đã chết.",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Ông Pashinyan' })],
  },
  {
    text: "Ông Aliyev nói trong lời phát biểu rằng 2.783 binh sĩ đã hy sinh.",
    expect: [fig('killed', 'military', 'exact', 2783, 2783, 2783, 'exact', { claimant: 'Ông Aliyev', flags: ['own_side'] })],
  },
  // Whose figures, compiled or given by whom: the verb after the name ends it.
  {
    text: "Theo số liệu do BBC tổng hợp, 1.200 binh sĩ đã chết.",
    expect: [fig('killed', 'military', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'BBC' })],
  },
  {
    text: "Theo số liệu do Liên Hợp Quốc cung cấp, 1.200 dân thường đã chết.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Liên Hợp Quốc' })],
  },
  {
    text: "Theo số liệu mà Bộ Y tế đưa ra, 1.200 người đã chết.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Bộ Y tế' })],
  },
  // Where a body is based describes it, and names no one, set off or not.
  {
    text: "Đài quan sát Nhân quyền Syria, có trụ sở tại Anh, cho biết 541 tay súng đã chết.",
    expect: [fig('killed', 'military', 'exact', 541, 541, 541, 'exact', { claimant: 'Đài quan sát Nhân quyền Syria' })],
  },
  {
    text: "Đài quan sát Nhân quyền Syria có trụ sở tại Anh cho biết 541 tay súng đã chết.",
    expect: [fig('killed', 'military', 'exact', 541, 541, 541, 'exact', { claimant: 'Đài quan sát Nhân quyền Syria' })],
  },
  {
    text: "Số người chết từ vài trăm đến vài nghìn người.",
    expect: [fig('killed', 'total', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  {
    text: "Số người chết được ước tính từ vài trăm đến vài nghìn người.",
    expect: [fig('killed', 'total', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  {
    text: "Số người chết đã tăng từ vài chục lên hàng trăm.",
    expect: [fig('killed', 'total', 'hundreds', 100, 200, 999, 'vague.hundreds')],
  },
  {
    text: "Các ước tính về số người chết rất khác nhau, từ 5.000 đến 7.000.",
    expect: [fig('killed', 'total', 'range', 5000, 6000, 7000, 'range.midpoint')],
  },
  {
    text: "Số liệu thương vong chênh lệch rất lớn, từ vài trăm đến vài nghìn.",
    expect: [fig('casualties', 'total', 'vague_range', 200, 300, 9000, 'vague_range.envelope')],
  },
  {
    text: "Thiệt mạng: 2.906 (quân nhân), 100 (dân thường).",
    expect: [
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact'),
      fig('killed', 'civilian', 'exact', 100, 100, 100, 'exact'),
    ],
  },
  {
    text: "3.825 binh sĩ thiệt mạng (theo Bộ Quốc phòng Armenia).",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Bộ Quốc phòng Armenia' })],
  },
  {
    text: "3.825 binh sĩ thiệt mạng (Nguồn: Bộ Quốc phòng Armenia).",
    expect: [fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { claimant: 'Bộ Quốc phòng Armenia' })],
  },
  {
    text: "3.825 binh sĩ phía Armenia thiệt mạng và 2.906 binh sĩ ở phía bên kia.",
    expect: [
      fig('killed', 'military', 'exact', 3825, 3825, 3825, 'exact', { side: 'armenian' }),
      fig('killed', 'military', 'exact', 2906, 2906, 2906, 'exact', { side: '' }),
    ],
  },
  {
    text: "Có lẽ 2.000 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'approx', 1500, 2000, 2500, 'approx.rounding')],
  },
  {
    text: "Thống kê của Liên Hợp Quốc cho thấy 1.200 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Liên Hợp Quốc' })],
  },
  {
    text: "Báo cáo của Tổ chức Ân xá Quốc tế cho biết 1.200 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Tổ chức Ân xá Quốc tế' })],
  },
  {
    text: "Số liệu mới nhất của Bộ Y tế cho thấy 45 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'Bộ Y tế' })],
  },
  {
    text: "Báo cáo gần đây nhất của Liên Hợp Quốc cho biết 1.200 dân thường đã thiệt mạng.",
    expect: [fig('killed', 'civilian', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Liên Hợp Quốc' })],
  },
  {
    text: "Bộ Y tế mới cho biết 45 người thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 45, 45, 45, 'exact', { claimant: 'Bộ Y tế' })],
  },
  {
    text: "Theo Tổng cục Thống kê, 1.200 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Tổng cục Thống kê' })],
  },
  {
    text: "1.200 người đã thiệt mạng, theo Tổng cục Thống kê.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Tổng cục Thống kê' })],
  },
  {
    text: "Theo số liệu cập nhật ngày 20/10 của Bộ Y tế, 1.200 người đã thiệt mạng.",
    expect: [fig('killed', 'total', 'exact', 1200, 1200, 1200, 'exact', { claimant: 'Bộ Y tế' })],
  },
  {
    text: "Nga cho biết nước này đã tiêu diệt 300 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 300, 300, 300, 'exact', { claimant: 'Nga', flags: ['enemy_side'] })],
  },
  {
    text: "Quân đội Armenia cho biết lực lượng của mình đã tiêu diệt 120 binh sĩ.",
    expect: [fig('killed', 'military', 'exact', 120, 120, 120, 'exact', { claimant: 'Quân đội Armenia', flags: ['enemy_side'] })],
  },
];
