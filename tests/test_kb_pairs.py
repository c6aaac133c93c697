"""Name pairs that must, or must not, resolve to the same actor: French, English, native scripts, homonyms,
people who share a surname, countries that look alike. An actor is resolved as the pipeline does: the KB actor
for the name (or the country a place stands for), else the stable id of the name."""
from __future__ import annotations

import pytest

from veille.kb import load_kb, stable_id


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    import os
    os.environ.setdefault("VEILLE_CACHE_DIR", str(tmp_path_factory.mktemp("kbcache")))
    return load_kb(user_files=[])


def resolve(kb, name: str, type_: str, context: str | None = None) -> str:
    actor = kb.match(name, type_, context)
    if actor is None and type_ in ("GPE", "LOC"):
        actor = kb.place_country(name)
    return actor.kb_id if actor is not None else stable_id(name, type_)


LINK = [
    # people in the KB, French / English / native spellings
    ("Loukachenko", "Alexandre Loukachenko", "PER"), ("Lukashenko", "Лукашенко", "PER"),
    ("Łukaszenka", "Aliaksandr Lukashenka", "PER"), ("Alexander Lukashenko", "Alexandre Loukachenko", "PER"),
    ("Sergueï Choïgou", "Sergei Shoigu", "PER"), ("Sergey Shoygu", "Шойгу", "PER"), ("Choïgou", "Shoigu", "PER"),
    ("Vladimir Poutine", "Vladimir Putin", "PER"), ("Poutine", "Путин", "PER"),
    ("Mykhaïlo Podoliak", "Mykhailo Podolyak", "PER"), ("Podoliak", "Podolyak", "PER"),
    ("Dmitri Peskov", "Dmitry Peskov", "PER"), ("Volodymyr Zelensky", "Zelenskyy", "PER"),
    ("Volodymyr Zelenskiy", "Володимир Зеленський", "PER"), ("Sergueï Lavrov", "Sergey Lavrov", "PER"),
    ("Maria Zakharova", "Мария Захарова", "PER"), ("Dmytro Kouleba", "Dmytro Kuleba", "PER"),
    ("Oleksiï Reznikov", "Oleksii Reznikov", "PER"), ("Roustem Oumerov", "Rustem Umerov", "PER"),
    ("Valeri Zaloujny", "Valerii Zaluzhnyi", "PER"), ("Andriï Iermak", "Andriy Yermak", "PER"),
    ("Kyrylo Boudanov", "Kyrylo Budanov", "PER"), ("Svetlana Tikhanovskaïa", "Sviatlana Tsikhanouskaya", "PER"),
    ("Viktor Khrenine", "Viktor Khrenin", "PER"), ("Vladimir Makeï", "Vladimir Makei", "PER"),
    ("Evgueni Prigojine", "Yevgeny Prigozhin", "PER"), ("Valeri Guerassimov", "Valery Gerasimov", "PER"),
    ("Mikhaïl Michoustine", "Mikhail Mishustin", "PER"), ("Nikolaï Patrouchev", "Nikolai Patrushev", "PER"),
    ("Alexeï Navalny", "Алексей Навальный", "PER"), ("Benyamin Netanyahou", "Benjamin Netanyahu", "PER"),
    ("Bachar el-Assad", "Bashar al-Assad", "PER"), ("Recep Tayyip Erdoğan", "Erdogan", "PER"),
    ("Mohammed ben Salmane", "Mohammed bin Salman", "PER"), ("Ebrahim Raïssi", "Ebrahim Raisi", "PER"),
    ("Hassan Rohani", "Hassan Rouhani", "PER"), ("Abbas Araghtchi", "Abbas Araghchi", "PER"),
    ("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev", "PER"), ("Xi Jinping", "习近平", "PER"),
    ("Ursula von der Leyen", "von der Leyen", "PER"), ("António Guterres", "Antonio Guterres", "PER"),
    ("Emmanuel Macron", "Macron", "PER"), ("Joe Biden", "Joseph Biden", "PER"),
    ("Donald Trump", "Donald J. Trump", "PER"), ("Ayman al-Zawahiri", "Ayman al-Zaouahiri", "PER"),
    ("Ahmed al-Charaa", "Abou Mohammed al-Joulani", "PER"), ("Annalena Baerbock", "Baerbock", "PER"),
    ("Olaf Scholz", "Scholz", "PER"), ("Keir Starmer", "Starmer", "PER"),
    ("Jean-Noël Barrot", "Jean-Noel Barrot", "PER"), ("Édouard Philippe", "Edouard Philippe", "PER"),
    ("Élisabeth Borne", "Elisabeth Borne", "PER"), ("Yahya Sinouar", "Yahya Sinwar", "PER"),
    ("Vladimir Poutin", "Vladimir Putin", "PER"),  # a typo still links (fuzzy)
    # organisations and outlets
    ("ONU", "Nations unies", "ORG"), ("United Nations", "Organisation des Nations unies", "ORG"),
    ("OTAN", "NATO", "ORG"), ("НАТО", "Alliance atlantique", "ORG"), ("UE", "Union européenne", "ORG"),
    ("AFP", "Agence France-Presse", "ORG"), ("DW", "Deutsche Welle", "ORG"), ("DW News", "Deutsche Welle", "ORG"),
    ("Ukrainska Pravda", "Українська правда", "ORG"), ("TASS", "ТАСС", "ORG"), ("RIA Novosti", "РИА Новости", "ORG"),
    ("BelTA", "БелТА", "ORG"), ("État islamique", "Daech", "ORG"), ("EI", "ISIS", "ORG"),
    ("Al-Qaïda", "Al-Qaida", "ORG"), ("Front al-Nosra", "Jabhat al-Nosra", "ORG"), ("Hezbollah", "Hizbollah", "ORG"),
    ("AIEA", "IAEA", "ORG"), ("OMS", "World Health Organization", "ORG"), ("Tsahal", "armée israélienne", "ORG"),
    ("Reuters", "agence Reuters", "ORG"), ("The New York Times", "New York Times", "ORG"),
    ("Le Monde", "journal Le Monde", "ORG"), ("Douma", "Госдума", "ORG"),
    # countries, capitals and seats of power
    ("Biélorussie", "Bélarus", "GPE"), ("Belarus", "Беларусь", "GPE"), ("Russie", "Fédération de Russie", "GPE"),
    ("Russia", "Россия", "GPE"), ("États-Unis", "Etats-Unis", "GPE"), ("USA", "United States", "GPE"),
    ("Royaume-Uni", "United Kingdom", "GPE"), ("Chine", "China", "GPE"), ("Allemagne", "Deutschland", "GPE"),
    ("Ukraine", "Україна", "GPE"), ("Kremlin", "Moscou", "LOC"), ("Maison-Blanche", "Washington", "LOC"),
    ("Kiev", "Kyiv", "LOC"), ("Pékin", "Beijing", "LOC"), ("Minsk", "Biélorussie", "LOC"),
    ("Côte d'Ivoire", "Côte-d'Ivoire", "GPE"), ("Corée du Sud", "South Korea", "GPE"),
    # people outside the KB: their stable ids merge spelling variants of the same full name
    ("Iouri Dmitrienko", "Yuri Dmitrienko", "PER"), ("Oleksandr Tkatchenko", "Oleksandr Tkachenko", "PER"),
    ("Mikhaïl Gorbatchev", "Mikhail Gorbachev", "PER"), ("Natalia Kouznetsova", "Natalia Kuznetsova", "PER"),
    ("Evgueni Morozov", "Evgeni Morozov", "PER"), ("Anastassia Ivanova", "Anastasia Ivanova", "PER"),
    ("Aleksandr Ivanov", "Alexandre Ivanov", "PER"), ("Andreï Kovalenko", "Andrei Kovalenko", "PER"),
    ("Alexander Petrov", "Alexandre Petrov", "PER"), ("Ievgueni Sokolov", "Yevgeny Sokolov", "PER"),
    ("Ioulia Tymochenko", "Yulia Tymoshenko", "PER"), ("Alexeï Reznitchenko", "Aleksey Reznichenko", "PER"),
]

NO_LINK = [
    ("Marine Le Pen", "Jean-Marie Le Pen", "PER"), ("Joe Biden", "Hunter Biden", "PER"),
    ("George W. Bush", "George H. W. Bush", "PER"), ("Dmitri Medvedev", "Dmitri Peskov", "PER"),
    ("Sergueï Lavrov", "Sergueï Choïgou", "PER"), ("Kim Jong-un", "Kim Jong-il", "PER"),
    ("Li Qiang", "Li Keqiang", "PER"), ("Wang Yi", "Wang Wenbin", "PER"), ("Ban Ki-moon", "Moon Jae-in", "PER"),
    ("Charles Michel", "Charles III", "PER"), ("Mark Rutte", "Mark Carney", "PER"),
    ("Boris Johnson", "Boris Pistorius", "PER"), ("Andreï Belooussov", "Alexandre Bortnikov", "PER"),
    ("Abbas Araghtchi", "Mahmoud Abbas", "PER"), ("Ali Khamenei", "Ali Bongo", "PER"),
    ("Nicolas Sarkozy", "Nicolas Maduro", "PER"), ("François Hollande", "François Bayrou", "PER"),
    ("Alexandre Loukachenko", "Viktor Loukachenko", "PER"), ("Matthew Miller", "Arthur Miller", "PER"),
    ("Jean Dupont", "Jean Dupond", "PER"), ("Pierre Martin", "Paul Martin", "PER"),
    ("Vladimir Poutine", "Vladimir Potanine", "PER"), ("Andreï Belooussov", "Andreï Bélooussov-Petrov", "PER"),
    ("Niger", "Nigeria", "GPE"), ("Autriche", "Australie", "GPE"), ("Iran", "Irak", "GPE"),
    ("Slovaquie", "Slovénie", "GPE"), ("Guinée", "Guinée-Bissau", "GPE"), ("Soudan", "Soudan du Sud", "GPE"),
    ("Corée du Nord", "Corée du Sud", "GPE"), ("Congo-Brazzaville", "RDC", "GPE"), ("Autriche", "Allemagne", "GPE"),
    ("Moscou", "Minsk", "LOC"), ("Kremlin", "Maison-Blanche", "LOC"),
    ("AFP", "AP", "ORG"), ("BBC", "CBC", "ORG"), ("OTAN", "OTSC", "ORG"), ("UE", "UA", "ORG"), ("CIA", "CIJ", "ORG"),
    ("TASS", "RIA Novosti", "ORG"), ("Le Monde", "Le Figaro", "ORG"), ("Hamas", "Hezbollah", "ORG"),
]


@pytest.mark.parametrize("a,b,type_", LINK)
def test_must_link(kb, a, b, type_):
    ra, rb = resolve(kb, a, type_), resolve(kb, b, type_)
    assert ra == rb, f"{a!r} -> {ra}, {b!r} -> {rb}"


@pytest.mark.parametrize("a,b,type_", NO_LINK)
def test_must_not_link(kb, a, b, type_):
    ra, rb = resolve(kb, a, type_), resolve(kb, b, type_)
    assert ra != rb, f"{a!r} and {b!r} both -> {ra}"


def test_cross_type_never_links(kb):
    assert resolve(kb, "Hollande", "PER") != resolve(kb, "Pays-Bas", "GPE")
    assert kb.match("Washington", "PER") is None


@pytest.mark.parametrize("name,context,expected", [
    ("Le Pen", "la présidente du Rassemblement national", "kb:le-pen-marine"),
    ("Le Pen", "le fondateur du Front national, président historique", "kb:le-pen-jean-marie"),
    ("Miller", "le porte-parole du département d'État Matthew Miller", "kb:miller-matthew"),
    ("Miller", "le dramaturge Arthur Miller", None),
    ("Miller", None, None),
    ("Le Pen", None, None),
])
def test_context_picks_homonyms(kb, name, context, expected):
    actor = kb.match(name, "PER", context)
    assert (actor.kb_id if actor else None) == expected


def test_table_size():
    assert len(LINK) + len(NO_LINK) >= 100
