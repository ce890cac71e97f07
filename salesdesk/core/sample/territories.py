"""The rep's territory: one region of one country, a few nearby cities, one time zone.

A field rep covers a region they can drive across in a day, not a continent, so the sample
world puts every customer in one territory: the one of the rep's country (the locale's), or
Bavaria where SalesDesk knows none for it. Each city has its centre's coordinates (customers
get theirs near it) and what it takes to write a believable address and phone number there.

Pure data, one record per line, so this module allows long lines.
"""

# ruff: noqa: E501
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_REGION = "DE"


@dataclass(frozen=True)
class Place:
    """A city of the territory, with what it takes to write a believable address there."""

    city: str
    country: str
    currency: str
    tld: str
    postal_codes: tuple[str, ...]
    streets: tuple[str, ...]  # each with a "{n}" for the house number
    office_phone: str  # "#" stands for a digit
    mobile_phone: str
    centre: tuple[float, float]  # latitude, longitude of the city centre
    number_max: int = 150
    official: str = ""  # the city's full name in an address, where it differs: "上海市"


@dataclass(frozen=True)
class Territory:
    """Where the rep sells: a region, its time zone, its cities, and who lives there."""

    code: str  # ISO 3166 country code
    region: str
    zone: str  # IANA time zone of the whole region
    home_culture: str  # the naming culture (pools.LOCALES code) most customers share
    places: tuple[Place, ...]


def _cities(
    country: str, currency: str, tld: str, mobile: str, number_max: int, *cities: tuple
) -> tuple[Place, ...]:
    return tuple(
        Place(
            city, country, currency, tld, codes, streets, office, mobile, centre, number_max, *more
        )
        for city, centre, codes, streets, office, *more in cities
    )


# fmt: off
TERRITORIES: tuple[Territory, ...] = (
    Territory("DE", "Upper Bavaria", "Europe/Berlin", "de", _cities(
        "Germany", "EUR", "de", "+49 15# ########", 140,
        ("München", (48.1372, 11.5756), ("80331", "81829", "80939"), ("Landsberger Straße {n}", "Lilienthalallee {n}"), "+49 89 #######"),
        ("Augsburg", (48.3705, 10.8978), ("86150", "86167"), ("Maximilianstraße {n}", "Berliner Allee {n}"), "+49 821 #######"),
        ("Ingolstadt", (48.7665, 11.4258), ("85049", "85055"), ("Ludwigstraße {n}", "Ettinger Straße {n}"), "+49 841 #######"),
        ("Regensburg", (49.0134, 12.1016), ("93047", "93055"), ("Maximilianstraße {n}", "Im Gewerbepark {n}"), "+49 941 #######"),
        ("Landshut", (48.5372, 12.1522), ("84028", "84030"), ("Altstadt {n}", "Ohmstraße {n}"), "+49 871 ######"),
        ("Rosenheim", (47.8571, 12.1181), ("83022", "83026"), ("Münchener Straße {n}", "Oberaustraße {n}"), "+49 8031 ######"),
    )),
    Territory("AT", "Vienna and Lower Austria", "Europe/Vienna", "de", _cities(
        "Austria", "EUR", "at", "+43 664 #######", 90,
        ("Wien", (48.2082, 16.3738), ("1010", "1230"), ("Kärntner Straße {n}", "Perfektastraße {n}"), "+43 1 #######"),
        ("St. Pölten", (48.2047, 15.6256), ("3100",), ("Kremser Gasse {n}", "Porschestraße {n}"), "+43 2742 ######"),
        ("Wiener Neustadt", (47.8151, 16.2434), ("2700",), ("Herzog-Leopold-Straße {n}", "Civitas-Nova-Platz {n}"), "+43 2622 ######"),
        ("Baden", (48.0069, 16.2346), ("2500",), ("Hauptplatz {n}", "Vöslauer Straße {n}"), "+43 2252 ######"),
        ("Mödling", (48.0855, 16.2831), ("2340",), ("Hauptstraße {n}", "Industriestraße {n}"), "+43 2236 ######"),
    )),
    Territory("ES", "Community of Madrid and around", "Europe/Madrid", "es", _cities(
        "Spain", "EUR", "es", "+34 6## ### ###", 180,
        ("Madrid", (40.4168, -3.7038), ("28001", "28045", "28037"), ("Calle de Alcalá, {n}", "Calle de San Dalmacio, {n}"), "+34 91 ### ## ##"),
        ("Alcalá de Henares", (40.4820, -3.3635), ("28801", "28806"), ("Calle Mayor, {n}", "Vía Complutense, {n}"), "+34 91 ### ## ##"),
        ("Getafe", (40.3057, -3.7329), ("28901", "28906"), ("Calle Madrid, {n}", "Avenida de los Ángeles, {n}"), "+34 91 ### ## ##"),
        ("Toledo", (39.8628, -4.0273), ("45001", "45007"), ("Calle Comercio, {n}", "Calle Jarama, {n}"), "+34 925 ## ## ##"),
        ("Guadalajara", (40.6321, -3.1602), ("19001", "19004"), ("Calle Mayor, {n}", "Avenida de Francia, {n}"), "+34 949 ## ## ##"),
        ("Segovia", (40.9429, -4.1088), ("40001", "40006"), ("Calle Real, {n}", "Calle Dólar, {n}"), "+34 921 ## ## ##"),
    )),
    Territory("FR", "Lyon and the Rhône valley", "Europe/Paris", "fr", _cities(
        "France", "EUR", "fr", "+33 6 ## ## ## ##", 120,
        ("Lyon", (45.7640, 4.8357), ("69002", "69007"), ("{n} rue de la République", "{n} avenue Jean Jaurès"), "+33 4 ## ## ## ##"),
        ("Villeurbanne", (45.7719, 4.8902), ("69100",), ("{n} cours Émile Zola", "{n} rue du 4 Août 1789"), "+33 4 ## ## ## ##"),
        ("Saint-Étienne", (45.4397, 4.3872), ("42000", "42100"), ("{n} rue de la Résistance", "{n} boulevard Jules Janin"), "+33 4 ## ## ## ##"),
        ("Vienne", (45.5256, 4.8742), ("38200",), ("{n} cours Romestang", "{n} quai Riondet"), "+33 4 ## ## ## ##"),
        ("Grenoble", (45.1885, 5.7245), ("38000", "38100"), ("{n} rue Félix Poulat", "{n} avenue de l'Europe"), "+33 4 ## ## ## ##"),
        ("Mâcon", (46.3069, 4.8287), ("71000",), ("{n} rue Carnot", "{n} rue Lacretelle"), "+33 3 ## ## ## ##"),
    )),
    Territory("GB", "Greater Manchester and Merseyside", "Europe/London", "en", _cities(
        "United Kingdom", "GBP", "co.uk", "+44 7### ######", 120,
        ("Manchester", (53.4808, -2.2426), ("M1 1AE", "M17 1DA"), ("{n} Deansgate", "{n} Trafford Park Road"), "+44 161 496 ####"),
        ("Salford", (53.4875, -2.2901), ("M5 4WT", "M50 3UB"), ("{n} Chapel Street", "{n} The Quays"), "+44 161 496 ####"),
        ("Stockport", (53.4106, -2.1575), ("SK1 1EB", "SK3 0XG"), ("{n} Merseyway", "{n} Bird Hall Lane"), "+44 161 496 ####"),
        ("Bolton", (53.5769, -2.4282), ("BL1 1RU", "BL5 3XB"), ("{n} Deansgate", "{n} Lostock Lane"), "+44 1204 ######"),
        ("Warrington", (53.3900, -2.5970), ("WA1 1AA", "WA5 7WW"), ("{n} Bridge Street", "{n} Centre Park"), "+44 1925 ######"),
        ("Liverpool", (53.4084, -2.9916), ("L1 8JQ", "L24 9HZ"), ("{n} Bold Street", "{n} Speke Boulevard"), "+44 151 496 ####"),
    )),
    Territory("IE", "Dublin and the commuter belt", "Europe/Dublin", "en", _cities(
        "Ireland", "EUR", "ie", "+353 87 ### ####", 90,
        ("Dublin", (53.3498, -6.2603), ("D02 X285", "D12 Y2K7"), ("{n} Pearse Street", "Unit {n}, Ballymount Industrial Estate"), "+353 1 ### ####"),
        ("Swords", (53.4597, -6.2181), ("K67 E2X3",), ("{n} Main Street", "Unit {n}, Airside Business Park"), "+353 1 ### ####"),
        ("Bray", (53.2028, -6.0983), ("A98 H940",), ("{n} Main Street", "Unit {n}, Bray Business Park"), "+353 1 ### ####"),
        ("Drogheda", (53.7179, -6.3561), ("A92 XF82",), ("{n} West Street", "Unit {n}, Donore Road Industrial Estate"), "+353 41 ### ####"),
        ("Navan", (53.6528, -6.6814), ("C15 AN29",), ("{n} Trimgate Street", "Unit {n}, Navan Business Park"), "+353 46 ### ####"),
        ("Naas", (53.2158, -6.6669), ("W91 PW02",), ("{n} Main Street", "Unit {n}, Millennium Park"), "+353 45 ### ####"),
    )),
    Territory("US", "Central Texas", "America/Chicago", "en", _cities(
        "United States", "USD", "com", "+1 ### 555 01##", 9000,
        ("Austin", (30.2672, -97.7431), ("78701", "78744"), ("{n} Congress Avenue", "{n} Industrial Oaks Blvd"), "+1 512 555 01##"),
        ("Round Rock", (30.5083, -97.6789), ("78664", "78681"), ("{n} E Main Street", "{n} Louis Henna Blvd"), "+1 512 555 01##"),
        ("Georgetown", (30.6333, -97.6770), ("78626",), ("{n} S Austin Avenue", "{n} Industrial Avenue"), "+1 512 555 01##"),
        ("San Marcos", (29.8833, -97.9414), ("78666",), ("{n} N LBJ Drive", "{n} Clovis Barker Road"), "+1 512 555 01##"),
        ("New Braunfels", (29.7030, -98.1245), ("78130",), ("{n} W San Antonio Street", "{n} FM 306"), "+1 830 555 01##"),
        ("San Antonio", (29.4241, -98.4936), ("78205", "78219"), ("{n} Houston Street", "{n} Rittiman Road"), "+1 210 555 01##"),
    )),
    Territory("CN", "Shanghai, southern Jiangsu and northern Zhejiang", "Asia/Shanghai", "zh", _cities(
        "China", "CNY", "cn", "+86 13# #### ####", 900,
        ("上海", (31.2304, 121.4737), ("200120", "201203"), ("浦东新区张江路{n}号", "闵行区春东路{n}号"), "+86 21 ####-####", "上海市"),
        ("苏州", (31.2989, 120.5853), ("215021",), ("工业园区星湖街{n}号", "吴中区东方大道{n}号"), "+86 512 ####-####", "苏州市"),
        ("昆山", (31.3856, 120.9807), ("215300",), ("开发区前进东路{n}号", "花桥镇光明路{n}号"), "+86 512 ####-####", "昆山市"),
        ("无锡", (31.4912, 120.3119), ("214028",), ("新吴区长江路{n}号", "梁溪区人民中路{n}号"), "+86 510 ####-####", "无锡市"),
        ("嘉兴", (30.7522, 120.7500), ("314000",), ("南湖区中山东路{n}号", "经开区城南路{n}号"), "+86 573 ####-####", "嘉兴市"),
        ("杭州", (30.2741, 120.1551), ("310012", "311200"), ("西湖区文三路{n}号", "萧山区市心北路{n}号"), "+86 571 ####-####", "杭州市"),
    )),
    Territory("KR", "Seoul Capital Area", "Asia/Seoul", "ko", _cities(
        "South Korea", "KRW", "co.kr", "+82 10-####-####", 500,
        ("서울", (37.5665, 126.9780), ("06236", "04524", "07327"), ("강남구 테헤란로 {n}", "중구 세종대로 {n}"), "+82 2-####-####", "서울특별시"),
        ("인천", (37.4563, 126.7052), ("21999", "22382"), ("연수구 송도과학로 {n}", "남동구 남동대로 {n}"), "+82 32-###-####", "인천광역시"),
        ("수원", (37.2636, 127.0286), ("16229", "16506"), ("영통구 광교로 {n}", "팔달구 효원로 {n}"), "+82 31-###-####", "수원시"),
        ("성남", (37.4200, 127.1265), ("13487",), ("분당구 판교역로 {n}", "중원구 둔촌대로 {n}"), "+82 31-###-####", "성남시"),
        ("고양", (37.6584, 126.8320), ("10380",), ("일산동구 중앙로 {n}", "덕양구 화중로 {n}"), "+82 31-###-####", "고양시"),
        ("부천", (37.5034, 126.7660), ("14544",), ("원미구 길주로 {n}", "오정구 삼작로 {n}"), "+82 32-###-####", "부천시"),
    )),
    Territory("JP", "Greater Tokyo", "Asia/Tokyo", "ja", _cities(
        "Japan", "JPY", "co.jp", "+81 90-####-####", 20,
        ("東京", (35.6762, 139.6503), ("100-0005", "135-0063"), ("千代田区丸の内2-{n}-1", "江東区有明1-{n}-3"), "+81 3-####-####"),
        ("横浜", (35.4437, 139.6380), ("220-0012",), ("西区みなとみらい3-{n}-1", "鶴見区大黒町{n}-18"), "+81 45-###-####"),
        ("川崎", (35.5308, 139.7029), ("210-0007",), ("川崎区駅前本町{n}-2", "幸区堀川町{n}-1"), "+81 44-###-####"),
        ("さいたま", (35.8617, 139.6455), ("330-0063",), ("浦和区高砂3-{n}-1", "大宮区桜木町1-{n}-3"), "+81 48-###-####"),
        ("千葉", (35.6074, 140.1065), ("260-0013",), ("中央区中央4-{n}-1", "美浜区中瀬2-{n}-1"), "+81 43-###-####"),
    )),
)
# fmt: on

# A country's name as a rep who writes Chinese or Korean puts it on a card.
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "zh": {
        "China": "中国",
        "South Korea": "韩国",
        "Japan": "日本",
        "Germany": "德国",
        "Austria": "奥地利",
        "Spain": "西班牙",
        "France": "法国",
        "United Kingdom": "英国",
        "Ireland": "爱尔兰",
        "United States": "美国",
    },
    "ko": {
        "China": "중국",
        "South Korea": "대한민국",
        "Japan": "일본",
        "Germany": "독일",
        "Austria": "오스트리아",
        "Spain": "스페인",
        "France": "프랑스",
        "United Kingdom": "영국",
        "Ireland": "아일랜드",
        "United States": "미국",
    },
}
# The territory of a rep who names no region, by the language they write in.
REGION_BY_LANGUAGE = {"zh": "CN", "ko": "KR"}

_BY_CODE = {territory.code: territory for territory in TERRITORIES}


def territory_for(region: str | None) -> Territory:
    """Return the territory of a country (ISO code, any case); Bavaria for one SalesDesk lacks."""
    return _BY_CODE.get((region or "").upper(), _BY_CODE[DEFAULT_REGION])


def country_name(place: Place, language: str) -> str:
    """Return the country of ``place`` as a rep writing ``language`` names it."""
    return COUNTRY_NAMES.get(language, {}).get(place.country, place.country)
