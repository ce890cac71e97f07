"""What the sample customers are called: names, companies, and what colours their profiles.

Pure data. Names of Chinese, Korean and Japanese people and companies come as
``(native, romanised)`` pairs: the native form is shown, the romanised one builds e-mail
addresses and web sites. Where they live is the territory's (``territories.py``): every
customer of one sample lives in the rep's region, whatever their naming culture.
"""

# Data tables read best one record per line, so this module allows long lines.
# ruff: noqa: E501
from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Locale:
    """A naming culture: customers sharing a language and a naming custom."""

    code: str
    language: str
    weight: int
    answer_language: str  # language the rep writes FORM answers in: "en", "zh" or "ko"
    male: tuple[Pair, ...]
    female: tuple[Pair, ...]
    family: tuple[Pair, ...]
    eastern_order: bool  # family name first, no space (zh, ko) or with a space (ja)
    company_stems: tuple[Pair, ...]
    company_pattern: str  # "{stem}", "{industry}", and maybe "{city}"
    mail_hosts: tuple[str, ...]
    messenger: str | None = None
    salutations: tuple[str, str] = ("Mr", "Ms")


def _same(*names: str) -> tuple[Pair, ...]:
    """Pair Latin-script names with themselves (their romanised form is the name)."""
    return tuple((name, name) for name in names)


# fmt: off
LOCALES: tuple[Locale, ...] = (
    Locale(
        "de", "German", 24, "en",
        _same("Lukas", "Jonas", "Felix", "Tobias", "Stefan", "Andreas", "Markus", "Florian", "Matthias", "Jan", "Michael", "Thomas"),
        _same("Anna", "Julia", "Katharina", "Lena", "Sabine", "Claudia", "Stefanie", "Miriam", "Petra", "Johanna", "Sophie", "Laura"),
        _same("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann"),
        False,
        _same("Nordwerk", "Isartal", "Alpenland", "Rheinblick", "Südstern", "Elbkontor", "Brandt", "Kessler", "Vogt", "Hartmann"),
        "{stem} {industry} GmbH", ("web.de", "gmx.de", "t-online.de"), None, ("Herr", "Frau"),
    ),
    Locale(
        "en", "English", 20, "en",
        _same("James", "Oliver", "William", "Daniel", "Andrew", "Christopher", "Matthew", "Ryan", "Liam", "David"),
        _same("Emma", "Olivia", "Sarah", "Charlotte", "Emily", "Jessica", "Hannah", "Rachel", "Grace", "Megan"),
        _same("Smith", "Johnson", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright", "Thompson", "Hughes", "Clarke", "Murphy", "O'Brien", "Bennett", "Cooper", "Mitchell"),
        False,
        _same("Hartley", "Brookfield", "Kingsway", "Northgate", "Ashford", "Riverside", "Westbury", "Pennine", "Sterling", "Harbour"),
        "{stem} {industry} Ltd", ("gmail.com", "outlook.com", "icloud.com"),
    ),
    Locale(
        "fr", "French", 12, "en",
        _same("Pierre", "Julien", "Nicolas", "Antoine", "Mathieu", "Laurent", "Olivier", "Sébastien", "Hugo", "François"),
        _same("Camille", "Marie", "Claire", "Chloé", "Julie", "Émilie", "Isabelle", "Nathalie", "Léa", "Céline"),
        _same("Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Lefebvre", "Garnier", "Fontaine", "Rousseau", "Faure"),
        False,
        _same("Dubois", "Atlantique", "Rhône", "Provence", "Garnier", "Loire", "Faure", "Vallée"),
        "{industry} {stem} SAS", ("orange.fr", "free.fr", "gmail.com"), None, ("M.", "Mme"),
    ),
    Locale(
        "es", "Spanish", 10, "en",
        _same("Alejandro", "Javier", "Carlos", "Pablo", "Sergio", "Miguel", "Jorge", "Álvaro", "Raúl", "Iñaki"),
        _same("Lucía", "María", "Carmen", "Elena", "Marta", "Paula", "Sara", "Cristina", "Ana", "Nuria"),
        _same("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Navarro"),
        False,
        _same("Navarro", "Ibérica", "Levante", "Cantábrico", "Guadalquivir", "Montes", "Aragón"),
        "{industry} {stem} S.L.", ("gmail.com", "hotmail.es", "telefonica.net"), "WhatsApp", ("Sr.", "Sra."),
    ),
    Locale(
        "zh", "Chinese", 14, "zh",
        (("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("建华", "jianhua"), ("志强", "zhiqiang"), ("浩然", "haoran"), ("子轩", "zixuan"), ("国栋", "guodong")),
        (("娜", "na"), ("丽", "li"), ("静", "jing"), ("敏", "min"), ("芳", "fang"), ("秀英", "xiuying"), ("婷", "ting"), ("雪", "xue"), ("欣怡", "xinyi"), ("晓红", "xiaohong"), ("雨涵", "yuhan"), ("慧敏", "huimin")),
        (("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo")),
        True,
        (("恒达", "hengda"), ("华兴", "huaxing"), ("中联", "zhonglian"), ("鑫源", "xinyuan"), ("东方", "dongfang"), ("金桥", "jinqiao"), ("远航", "yuanhang"), ("宏图", "hongtu"), ("天成", "tiancheng"), ("润发", "runfa")),
        "{city}{stem}{industry}有限公司", ("163.com", "qq.com", "126.com"), "WeChat",
    ),
    Locale(
        "ko", "Korean", 12, "ko",
        (("민준", "minjun"), ("서준", "seojun"), ("도윤", "doyoon"), ("예준", "yejun"), ("시우", "siwoo"), ("현우", "hyunwoo"), ("지호", "jiho"), ("성민", "sungmin"), ("동현", "donghyun"), ("재원", "jaewon"), ("준호", "junho"), ("상훈", "sanghoon")),
        (("서연", "seoyeon"), ("서윤", "seoyoon"), ("지우", "jiwoo"), ("서현", "seohyun"), ("민서", "minseo"), ("하은", "haeun"), ("지민", "jimin"), ("수빈", "subin"), ("은지", "eunji"), ("혜진", "hyejin"), ("유진", "yujin"), ("미경", "mikyung")),
        (("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"), ("서", "seo"), ("신", "shin")),
        True,
        (("한빛", "hanbit"), ("대성", "daesung"), ("세종", "sejong"), ("한양", "hanyang"), ("미래", "mirae"), ("동원", "dongwon"), ("새한", "saehan"), ("신성", "shinsung"), ("태양", "taeyang"), ("푸른", "pureun")),
        "(주){stem}{industry}", ("naver.com", "daum.net", "gmail.com"), "KakaoTalk",
    ),
    Locale(
        "ja", "Japanese", 8, "en",
        (("健太", "kenta"), ("翔太", "shota"), ("大輔", "daisuke"), ("拓也", "takuya"), ("誠", "makoto"), ("浩二", "koji"), ("直樹", "naoki"), ("隆", "takashi")),
        (("陽子", "yoko"), ("美咲", "misaki"), ("由美", "yumi"), ("恵", "megumi"), ("彩", "aya"), ("真由美", "mayumi"), ("さくら", "sakura"), ("智子", "tomoko")),
        (("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"), ("加藤", "kato")),
        True,
        (("東洋", "toyo"), ("大和", "yamato"), ("富士", "fuji"), ("北斗", "hokuto"), ("旭", "asahi"), ("三和", "sanwa"), ("日本橋", "nihonbashi"), ("瀬戸", "seto")),
        "{stem}{industry}株式会社", ("gmail.com", "yahoo.co.jp", "docomo.ne.jp"), "LINE",
    ),
)

LOCALE_BY_CODE: dict[str, Locale] = {locale.code: locale for locale in LOCALES}

# English name, the word in a company name per locale, and a slug for web sites.
INDUSTRIES: tuple[tuple[str, dict[str, str], str], ...] = (
    ("Logistics", {"en": "Freight", "de": "Logistik", "fr": "Transports", "es": "Logística", "zh": "物流", "ko": "물류", "ja": "物流"}, "logistics"),
    ("Construction", {"en": "Construction", "de": "Bau", "fr": "Bâtiment", "es": "Construcciones", "zh": "建设", "ko": "건설", "ja": "建設"}, "bau"),
    ("Food wholesale", {"en": "Foods", "de": "Frischdienst", "fr": "Alimentaire", "es": "Alimentación", "zh": "食品", "ko": "식품", "ja": "食品"}, "foods"),
    ("Machine building", {"en": "Engineering", "de": "Maschinenbau", "fr": "Mécanique", "es": "Maquinaria", "zh": "机械", "ko": "기계", "ja": "機械"}, "machines"),
    ("Wholesale and retail", {"en": "Trading", "de": "Handel", "fr": "Distribution", "es": "Distribuciones", "zh": "商贸", "ko": "유통", "ja": "商事"}, "trade"),
    ("Home care services", {"en": "Care", "de": "Pflegedienst", "fr": "Santé", "es": "Asistencia", "zh": "医疗", "ko": "메디칼", "ja": "メディカル"}, "care"),
    ("Facility services", {"en": "Facilities", "de": "Gebäudeservice", "fr": "Services", "es": "Servicios", "zh": "物业", "ko": "시설관리", "ja": "ビルサービス"}, "facility"),
    ("Electronics", {"en": "Electronics", "de": "Elektronik", "fr": "Électronique", "es": "Electrónica", "zh": "电子", "ko": "전자", "ja": "電子"}, "tech"),
    ("Waste management", {"en": "Recycling", "de": "Entsorgung", "fr": "Recyclage", "es": "Reciclajes", "zh": "环保", "ko": "환경", "ja": "環境"}, "recycling"),
    ("Field service", {"en": "Technical Services", "de": "Technik", "fr": "Maintenance", "es": "Mantenimiento", "zh": "技术服务", "ko": "테크", "ja": "テクノ"}, "service"),
)
# The industries (their English names above) as a rep who writes Chinese or Korean files them.
INDUSTRY_NAMES: dict[str, dict[str, str]] = {
    "zh": {"Logistics": "物流运输", "Construction": "建筑工程", "Food wholesale": "食品批发", "Machine building": "机械制造", "Wholesale and retail": "批发零售", "Home care services": "居家护理", "Facility services": "物业服务", "Electronics": "电子", "Waste management": "环保回收", "Field service": "技术服务"},
    "ko": {"Logistics": "물류", "Construction": "건설", "Food wholesale": "식품 도매", "Machine building": "기계 제조", "Wholesale and retail": "도소매", "Home care services": "방문 요양", "Facility services": "시설 관리", "Electronics": "전자", "Waste management": "폐기물 처리", "Field service": "현장 서비스"},
}
# fmt: on

# The ways companies of a rep's own culture are named, for a rep who writes Chinese or Korean.
COMPANY_PATTERNS: dict[str, tuple[str, ...]] = {
    "zh": (
        "{city}{stem}{industry}有限公司",
        "{city}{stem}{industry}有限公司",
        "{stem}{industry}股份有限公司",
        "{city}{stem}{industry}集团有限公司",
    ),
    "ko": (
        "(주){stem}{industry}",
        "주식회사 {stem}{industry}",
        "{stem}{industry}(주)",
        "{stem}{industry} 주식회사",
    ),
}
# How a rep who writes Chinese or Korean addresses a man and a woman.
SALUTATIONS: dict[str, tuple[str, str]] = {"zh": ("先生", "女士"), "ko": ("님", "님")}

SPOUSE_JOBS: dict[str, tuple[str, ...]] = {
    "en": ("teacher", "nurse", "architect", "pharmacist", "software developer", "accountant"),
    "zh": ("中学老师", "护士", "建筑师", "药剂师", "软件工程师", "会计"),
    "ko": ("고등학교 교사", "간호사", "건축가", "약사", "개발자", "회계사"),
}
PET_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Buddy", "Bella", "Charlie", "Luna", "Milo", "Bruno", "Filou", "Toby", "Momo"),
    "zh": ("豆豆", "旺财", "球球", "咪咪", "乐乐"),
    "ko": ("초코", "콩이", "보리", "두부", "해피"),
}
HOMETOWNS: dict[str, tuple[str, ...]] = {
    "de": ("Passau", "Kiel", "Freiburg", "Dresden", "a village near Kassel"),
    "en": ("Sheffield", "Cardiff", "Ohio", "Galway", "a small town in Yorkshire"),
    "fr": ("Brittany", "Marseille", "Strasbourg", "a village in Burgundy"),
    "es": ("Zaragoza", "Asturias", "Cádiz", "Mexico City"),
    "zh": ("成都", "武汉", "西安", "长沙", "青岛", "哈尔滨", "南京"),
    "ko": ("대구", "광주", "전주", "춘천", "포항", "제주"),
    "ja": ("Sapporo", "Sendai", "Hiroshima", "Kyoto", "Okinawa"),
}
SPORTS_TEAMS: dict[str, tuple[str, ...]] = {
    "de": ("FC Bayern", "Borussia Dortmund", "VfB Stuttgart", "1. FC Köln", "HSV"),
    "en": ("Manchester United", "Leeds United", "the Chicago Cubs", "Munster Rugby"),
    "fr": ("Olympique Lyonnais", "Stade Toulousain", "LOSC Lille", "FC Nantes"),
    "es": ("Real Betis", "Athletic Club", "Valencia CF", "Real Madrid"),
    "zh": ("上海申花", "广州队", "湖人队", "北京国安"),
    "ko": ("LG 트윈스", "두산 베어스", "롯데 자이언츠", "KIA 타이거즈", "삼성 라이온즈"),
    "ja": ("the Hanshin Tigers", "the Yomiuri Giants", "Urawa Red Diamonds"),
}
CULTURAL_BACKGROUNDS: dict[str, tuple[str, ...]] = {
    "de": (
        "Bavarian; punctual, expects a written agenda a day before.",
        "From Hamburg: direct and understated, dislikes small talk.",
        "Swabian; careful with money, values quality over price.",
    ),
    "en": (
        "Yorkshire born; straight-talking, hates jargon.",
        "Texan; friendly, decides fast once convinced.",
        "Irish; relationship first, meetings start with a chat.",
    ),
    "fr": (
        "Parisian; appreciates a proper lunch, formal vous until invited otherwise.",
        "From Lyon; proud of the region's food, precise in negotiations.",
    ),
    "es": (
        "Andalusian; warm, late lunches, meetings start relaxed.",
        "Basque; reserved at first, loyal once trust is built.",
    ),
    "zh": (
        "Grew up in Sichuan; relationships first, business second.",
        "Shanghai native; fast, data-driven, answers on WeChat within minutes.",
        "Values face: never correct them in front of their team.",
    ),
    "ko": (
        "Values hierarchy; address by title (팀장님), never by first name.",
        "Busan native; outgoing, likes to continue business over dinner.",
        "Expects a formal proposal document before any discussion of price.",
    ),
    "ja": (
        "Formal; exchange business cards with both hands, decisions by consensus.",
        "Worked in Düsseldorf for three years; comfortable with European directness.",
    ),
}
