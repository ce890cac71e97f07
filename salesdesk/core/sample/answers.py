"""Answers to the default FORM profile questions, in English, Chinese and Korean.

Keyed by the exact prompt of a default question (see ``salesdesk.core.defaults``); a question
the rep has reworded simply gets no sample answer. Placeholders in braces are filled from the
customer's own data (spouse, children, company, ...); an answer whose placeholders cannot be
filled for a customer is not used for them, so answers never contradict the family cards.
"""

# Data tables read best one record per line, so this module allows long lines.
# ruff: noqa: E501

from __future__ import annotations

from salesdesk.core.models import FormSection

ANSWERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "Married or in a partnership? Partner's name?": (
            "Married to {spouse}.",
            "Yes, {spouse}; together for {marriage_years} years.",
            "Married to {spouse}; they met at university.",
        ),
        "Partner's occupation and interests?": (
            "{spouse} works as a {spouse_job} and loves hiking.",
            "{spouse} is a {spouse_job}; very into yoga.",
        ),
        "Children: names and ages?": ("{children}.", "{children}; happy to show photos."),
        "Which schools or universities do the children attend?": (
            "{child_school} goes to the local grammar school and wants to study medicine.",
            "{child_university} studies computer science at university.",
        ),
        "Pets, and their names?": ("A dog called {pet}.", "Two cats; the older one is {pet}."),
        "Birthday, and how they like to celebrate it?": (
            "{birthday}; prefers a quiet dinner with the family.",
            "{birthday}; throws a barbecue for the whole team.",
        ),
        "Where did they grow up?": (
            "Grew up in {hometown}; moved to {city} for work.",
            "{hometown}, still goes back every summer.",
        ),
        "Family traditions or holidays that matter to them?": (
            "Christmas with the whole family; never plan a visit in the last week of December.",
            "The summer holidays in August are sacred.",
        ),
        "Family topics to avoid?": (
            "Father is seriously ill; let them bring it up.",
            "Don't ask about the divorce of their brother; sore subject.",
        ),
        "Current position and main responsibilities?": (
            "{position} at {company}; responsible for {responsibility}.",
        ),
        "How long in this role and with this employer?": (
            "{years} years in the role, {company_years} with the company.",
        ),
        "Previous employers and positions?": (
            "Previously ran dispatch at a large freight forwarder.",
            "Spent eight years in purchasing at an automotive supplier.",
            "Started as a field technician and worked up.",
        ),
        "Education: school, university, degree?": (
            "Degree in business administration.",
            "Engineering degree, then a part-time MBA.",
            "Apprenticeship as a mechanic, later a master craftsman certificate.",
        ),
        "Professional achievements they are proud of?": (
            "Cut fuel costs by 12% in two years.",
            "Opened the new distribution centre three months ahead of plan.",
        ),
        "Goals for this year at work?": (
            "No more paper delivery notes by the end of the year.",
            "Reduce the drivers' overtime.",
            "Win the tender of the regional hospital group.",
        ),
        "Pressure they are under right now, and from whom?": (
            "The owner wants a lower cost per delivery; board meeting in the autumn.",
            "Their customers complain about late deliveries.",
        ),
        "Their role in the buying decision: decides, influences, uses, or blocks?": (
            "Decides up to {limit}; above that the owner signs.",
            "Strong influence; the managing director follows their recommendation.",
            "Uses the system daily; no budget authority.",
        ),
        "Who do they report to, and who reports to them?": (
            "Reports to the managing director; a team of {team}.",
        ),
        "Where do they want to be in five years?": (
            "Running operations for the whole group.",
            "Would like to start their own company one day.",
        ),
        "Hobbies and how they spend weekends?": (
            "Cycling on Sunday mornings, then lunch with the family.",
            "Gardening, and cooking for friends.",
            "Weekend trips in the camper van.",
        ),
        "Sports they play or follow, favourite team?": (
            "Big fan of {sports_team}; season ticket.",
            "Runs; two half marathons so far.",
            "Plays tennis on Wednesday evenings.",
        ),
        "Favourite holiday destinations and travel plans?": (
            "Goes to the Algarve every summer.",
            "Planning a trip to Japan next spring.",
        ),
        "Favourite food, restaurant and drink?": (
            "Loves Italian food; red wine, no beer.",
            "Vegetarian; likes Indian restaurants.",
            "Coffee lover: bring good beans, not flowers.",
        ),
        "Books, films or music they enjoy?": (
            "Crime novels; jazz in the car.",
            "Science fiction films; plays the guitar.",
        ),
        "Causes or charities they support?": (
            "Volunteers at the local food bank.",
            "Supports the youth football club their kids play for.",
        ),
        "Do they smoke or drink? Any dietary needs?": (
            "Non-smoker; does not drink alcohol.",
            "No pork.",
            "Allergic to nuts.",
        ),
        "Topics they love to talk about?": (
            "Their kids' football matches, and electric cars.",
            "Travel and photography.",
        ),
        "Topics they dislike or find sensitive?": ("Politics.", "Their former employer."),
        "Budget available for this purchase?": (
            "About {budget} this year.",
            "Around {budget}, more if the pilot works.",
        ),
        "Who approves spending, and up to what amount?": (
            "The CFO approves anything above {limit}.",
        ),
        "When does the budget year start?": (
            "January; budgets are set in October.",
            "April; the fiscal year runs April to March.",
        ),
        "Financial situation of the company: growing, stable, under pressure?": (
            "Growing fast; hiring drivers.",
            "Stable; conservative owner.",
            "Under pressure: lost their biggest customer last year.",
        ),
        "Payment habits: pays on time, asks for terms?": (
            "Always pays within 30 days.",
            "Asks for 60 days, then pays reliably.",
            "Pays late; insist on a deposit.",
        ),
        "What have they bought before, and from which suppliers?": (
            "Trackers from {competitor} in {year}; unhappy with the support.",
        ),
        "How satisfied are they with the current supplier?": (
            "Lukewarm; the contract ends in {month}.",
            "Quite happy, but the supplier raised prices twice.",
        ),
        "How price-sensitive are they compared with quality and service?": (
            "Very price-sensitive; always compares three offers.",
            "Service matters more than price.",
        ),
        "Do they prefer to buy, lease or subscribe?": (
            "Prefers leasing to keep cash.",
            "Buys outright; dislikes subscriptions.",
        ),
    },
    "zh": {
        "Married or in a partnership? Partner's name?": (
            "已婚，爱人叫{spouse}。",
            "已婚，结婚{marriage_years}年了，爱人是{spouse}。",
            "已婚，和{spouse}是大学同学。",
        ),
        "Partner's occupation and interests?": (
            "{spouse}是{spouse_job}，喜欢爬山。",
            "{spouse}在做{spouse_job}，平时爱练瑜伽。",
        ),
        "Children: names and ages?": ("{children}。", "{children}，很愿意聊孩子。"),
        "Which schools or universities do the children attend?": (
            "{child_school}在读重点中学，成绩很好。",
            "{child_university}在读大学，学计算机。",
        ),
        "Pets, and their names?": ("养了一条狗，叫{pet}。", "家里有只猫，叫{pet}。"),
        "Birthday, and how they like to celebrate it?": (
            "{birthday}，喜欢和家人安静地吃顿饭。",
            "{birthday}，会请团队一起吃饭。",
        ),
        "Where did they grow up?": (
            "在{hometown}长大，大学毕业后来{city}工作。",
            "老家在{hometown}，每年春节都回去。",
        ),
        "Family traditions or holidays that matter to them?": (
            "春节一定回老家过年，节前两周别安排拜访。",
            "中秋节全家团聚，很重视。",
        ),
        "Family topics to avoid?": (
            "父亲最近住院，不要主动提。",
            "不要问孩子的升学情况，压力很大。",
        ),
        "Current position and main responsibilities?": (
            "{company}{position}，负责{responsibility}。",
        ),
        "How long in this role and with this employer?": (
            "担任现职{years}年，在公司已经{company_years}年。",
        ),
        "Previous employers and positions?": (
            "之前在一家大型货代公司做调度主管。",
            "在汽车零部件企业做了八年采购。",
            "技术员出身，一步步做上来的。",
        ),
        "Education: school, university, degree?": (
            "同济大学机械工程本科。",
            "复旦大学工商管理硕士（在职）。",
            "大专毕业，后来自学考了会计证。",
        ),
        "Professional achievements they are proud of?": (
            "两年内把油耗降低了12%。",
            "主导新配送中心的建设，提前三个月投产。",
        ),
        "Goals for this year at work?": (
            "年底前实现电子签收，取消纸质单据。",
            "降低司机的加班时间。",
            "拿下本地区医院集团的招标。",
        ),
        "Pressure they are under right now, and from whom?": (
            "老板要求降低单票成本，秋天要向董事会汇报。",
            "客户投诉送货不准时，压力很大。",
        ),
        "Their role in the buying decision: decides, influences, uses, or blocks?": (
            "{limit}以内自己就能拍板，再多要老板签字。",
            "影响力很大，总经理一般采纳其建议。",
            "系统的日常使用者，没有预算权。",
        ),
        "Who do they report to, and who reports to them?": ("向总经理汇报，手下有{team}个人。",),
        "Where do they want to be in five years?": (
            "希望五年内负责整个集团的运营。",
            "想以后自己创业。",
        ),
        "Hobbies and how they spend weekends?": (
            "周末喜欢去水库钓鱼。",
            "爱好摄影，周末常去郊外拍照。",
            "周末陪孩子上兴趣班，有空就打羽毛球。",
        ),
        "Sports they play or follow, favourite team?": (
            "{sports_team}的铁杆球迷。",
            "每天早上跑步，跑过两次半程马拉松。",
            "喜欢打篮球，每周和同事打一场。",
        ),
        "Favourite holiday destinations and travel plans?": (
            "每年带家人去三亚度假。",
            "明年打算去欧洲自驾游。",
        ),
        "Favourite food, restaurant and drink?": (
            "喜欢川菜，能吃辣；不喝白酒，喝点红酒。",
            "爱喝茶，尤其是龙井。",
            "喜欢粤菜，常去公司附近的茶餐厅。",
        ),
        "Books, films or music they enjoy?": (
            "喜欢看历史类的书，最近在读《明朝那些事儿》。",
            "爱听老歌，开车时常放邓丽君。",
        ),
        "Causes or charities they support?": ("每年给家乡的小学捐书。", "参加公司组织的义务献血。"),
        "Do they smoke or drink? Any dietary needs?": (
            "不抽烟，应酬时少量喝酒。",
            "不吃牛肉。",
            "对海鲜过敏。",
        ),
        "Topics they love to talk about?": ("喜欢聊孩子教育和新能源车。", "爱聊茶叶和旅游。"),
        "Topics they dislike or find sensitive?": ("不喜欢谈政治。", "不要提以前的公司。"),
        "Budget available for this purchase?": (
            "今年这块预算大约{budget}。",
            "大概{budget}，试点效果好还可以追加。",
        ),
        "Who approves spending, and up to what amount?": ("超过{limit}需要财务总监审批。",),
        "When does the budget year start?": ("预算年度从1月开始，10月做下一年预算。",),
        "Financial situation of the company: growing, stable, under pressure?": (
            "发展很快，正在扩招司机。",
            "经营稳定，老板比较保守。",
            "压力较大，去年丢了最大的客户。",
        ),
        "Payment habits: pays on time, asks for terms?": (
            "付款及时，一般30天内。",
            "要求60天账期，但从不拖欠。",
            "付款偏慢，建议收预付款。",
        ),
        "What have they bought before, and from which suppliers?": (
            "{year}年从{competitor}买过定位器，对售后不满意。",
        ),
        "How satisfied are they with the current supplier?": (
            "一般，合同{month}到期。",
            "还算满意，但对方涨了两次价。",
        ),
        "How price-sensitive are they compared with quality and service?": (
            "对价格很敏感，一般会比三家。",
            "更看重服务，价格其次。",
        ),
        "Do they prefer to buy, lease or subscribe?": (
            "倾向租赁，保留现金流。",
            "喜欢一次性买断，不喜欢订阅。",
        ),
    },
    "ko": {
        "Married or in a partnership? Partner's name?": (
            "기혼. 배우자는 {spouse} 씨.",
            "{spouse} 씨와 결혼한 지 {marriage_years}년 되었음.",
            "대학 동기인 {spouse} 씨와 결혼.",
        ),
        "Partner's occupation and interests?": (
            "{spouse} 씨 직업은 {spouse_job}, 취미는 등산.",
            "{spouse} 씨 직업은 {spouse_job}. 요가를 즐김.",
        ),
        "Children: names and ages?": ("{children}.", "{children}. 아이들 이야기를 좋아함."),
        "Which schools or universities do the children attend?": (
            "첫째 {child_school}: 과학고 재학 중, 의대 지망.",
            "첫째 {child_university}: 대학에서 컴퓨터공학 전공.",
        ),
        "Pets, and their names?": ("반려견 이름은 {pet}.", "고양이 두 마리. 첫째 이름은 {pet}."),
        "Birthday, and how they like to celebrate it?": (
            "{birthday}. 가족과 조용히 식사하는 걸 좋아함.",
            "{birthday}. 팀원들과 회식을 함.",
        ),
        "Where did they grow up?": (
            "{hometown} 출신, 대학 졸업 후 {city}에 정착.",
            "고향은 {hometown}. 명절마다 내려감.",
        ),
        "Family traditions or holidays that matter to them?": (
            "설날과 추석에는 꼭 고향에 내려감. 명절 전주는 약속 잡지 말 것.",
            "매년 여름 가족 캠핑을 감.",
        ),
        "Family topics to avoid?": (
            "부친이 최근 입원하심. 먼저 묻지 말 것.",
            "자녀 입시 이야기는 민감함.",
        ),
        "Current position and main responsibilities?": (
            "{company} {position}. {responsibility} 담당.",
        ),
        "How long in this role and with this employer?": (
            "현 직책 {years}년차, 입사 {company_years}년.",
        ),
        "Previous employers and positions?": (
            "이전에는 대형 물류회사에서 배차 업무를 총괄.",
            "자동차 부품회사 구매팀에서 8년 근무.",
            "현장 기술자로 시작해서 지금 자리까지 올라옴.",
        ),
        "Education: school, university, degree?": (
            "한양대 산업공학과 졸업.",
            "고려대 경영학 석사 (야간).",
            "공고 졸업 후 현장에서 경력을 쌓음.",
        ),
        "Professional achievements they are proud of?": (
            "2년 만에 유류비 12% 절감.",
            "신규 물류센터 구축을 일정보다 3개월 앞당겨 완료.",
        ),
        "Goals for this year at work?": (
            "연말까지 종이 인수증을 없애고 전자 서명으로 전환.",
            "기사님들 초과근무 줄이기.",
            "지역 병원 그룹 입찰 수주.",
        ),
        "Pressure they are under right now, and from whom?": (
            "사장님이 건당 배송비 절감을 요구. 가을에 이사회 보고.",
            "고객사 배송 지연 클레임이 늘어 압박이 큼.",
        ),
        "Their role in the buying decision: decides, influences, uses, or blocks?": (
            "{limit}까지 전결, 그 이상은 사장 결재.",
            "의사결정에 큰 영향력. 대표가 대부분 의견을 따름.",
            "실사용자. 예산 권한은 없음.",
        ),
        "Who do they report to, and who reports to them?": (
            "대표이사에게 직접 보고. 팀원 {team}명.",
        ),
        "Where do they want to be in five years?": (
            "5년 안에 그룹 전체 운영 총괄이 목표.",
            "언젠가 자기 사업을 하고 싶어 함.",
        ),
        "Hobbies and how they spend weekends?": (
            "주말에는 북한산 등산.",
            "골프를 좋아함 (핸디 18).",
            "주말엔 아이들과 캠핑.",
        ),
        "Sports they play or follow, favourite team?": (
            "{sports_team} 열성 팬. 시즌권 보유.",
            "매일 아침 수영.",
            "주말마다 조기축구.",
        ),
        "Favourite holiday destinations and travel plans?": (
            "매년 여름 제주도에 감.",
            "내년 봄에 가족과 유럽 여행 계획.",
        ),
        "Favourite food, restaurant and drink?": (
            "한식 좋아함, 특히 삼겹살. 소주보다 맥주.",
            "커피를 좋아해서 미팅은 카페에서 하는 걸 선호.",
            "매운 음식은 못 먹음.",
        ),
        "Books, films or music they enjoy?": ("재즈를 즐겨 들음.", "역사 소설을 좋아함."),
        "Causes or charities they support?": (
            "매달 아동 후원 단체에 기부.",
            "연말마다 연탄 나눔 봉사.",
        ),
        "Do they smoke or drink? Any dietary needs?": (
            "비흡연, 술은 가볍게.",
            "갑각류 알레르기 있음.",
            "금주 중.",
        ),
        "Topics they love to talk about?": (
            "아이들 교육, 그리고 골프 이야기.",
            "캠핑 장비와 자동차.",
        ),
        "Topics they dislike or find sensitive?": (
            "정치 이야기는 피할 것.",
            "전 직장 이야기는 꺼리는 편.",
        ),
        "Budget available for this purchase?": (
            "올해 예산은 약 {budget}.",
            "약 {budget}. 시범 운영 결과가 좋으면 추가 가능.",
        ),
        "Who approves spending, and up to what amount?": ("{limit} 초과 시 재무이사 승인 필요.",),
        "When does the budget year start?": ("회계연도는 1월 시작, 예산은 10월에 확정.",),
        "Financial situation of the company: growing, stable, under pressure?": (
            "빠르게 성장 중, 기사 채용 확대.",
            "안정적, 오너가 보수적인 편.",
            "작년에 최대 고객사를 잃어 어려운 상황.",
        ),
        "Payment habits: pays on time, asks for terms?": (
            "항상 30일 이내 결제.",
            "60일 결제 조건 요구, 결제는 확실함.",
            "결제가 늦는 편. 선금 받을 것.",
        ),
        "What have they bought before, and from which suppliers?": (
            "{year}년에 {competitor} 단말기 도입, 사후지원에 불만.",
        ),
        "How satisfied are they with the current supplier?": (
            "보통. 계약은 {month} 만료.",
            "만족하는 편이지만 두 번 가격 인상이 있었음.",
        ),
        "How price-sensitive are they compared with quality and service?": (
            "가격에 매우 민감, 보통 3곳 비교.",
            "가격보다 서비스를 중시.",
        ),
        "Do they prefer to buy, lease or subscribe?": (
            "현금흐름 때문에 리스 선호.",
            "일시불 구매 선호, 구독형은 싫어함.",
        ),
    },
}

FREE_FACTS: dict[str, tuple[tuple[FormSection, str], ...]] = {
    "en": (
        (FormSection.CAREER, "Prefers meetings before 10 am."),
        (FormSection.CAREER, "Hates long slide decks; bring a one-pager."),
        (FormSection.LEISURE, "Always offer tea, not coffee."),
        (FormSection.LEISURE, "Collects vintage watches."),
        (FormSection.FAMILY, "Eldest is getting married next summer."),
        (FormSection.MONEY, "Got a 12% discount from the last supplier; will ask for the same."),
    ),
    "zh": (
        (FormSection.CAREER, "喜欢上午开会。"),
        (FormSection.CAREER, "讨厌冗长的PPT，准备一页纸就好。"),
        (FormSection.LEISURE, "见面先喝茶，别急着谈生意。"),
        (FormSection.FAMILY, "孩子明年高考，这段时间比较忙。"),
        (FormSection.MONEY, "上次供应商给了12%的折扣，这次也会要求。"),
        (FormSection.CAREER, "微信回复比邮件快得多。"),
    ),
    "ko": (
        (FormSection.CAREER, "오전 미팅 선호."),
        (FormSection.CAREER, "카카오톡 답장이 메일보다 빠름."),
        (FormSection.CAREER, "긴 발표 자료는 싫어함. 한 장 요약으로 준비."),
        (FormSection.LEISURE, "점심 미팅을 좋아함."),
        (FormSection.FAMILY, "큰아들이 내년에 군 입대 예정."),
        (FormSection.MONEY, "이전 공급사에서 12% 할인을 받았음. 같은 조건을 요구할 것."),
    ),
}

RESPONSIBILITIES: dict[str, tuple[str, ...]] = {
    "en": (
        "the vehicle fleet and dispatch",
        "purchasing of equipment",
        "warehouse operations",
        "IT and digitalisation",
        "field service",
    ),
    "zh": ("车队和调度", "设备采购", "仓储运营", "信息化建设", "售后服务"),
    "ko": ("차량 운영과 배차", "장비 구매", "물류센터 운영", "IT·디지털 전환", "현장 서비스"),
}
