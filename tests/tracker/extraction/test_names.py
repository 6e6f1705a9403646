import pytest

from tracker.extraction.names import build_registry, find_full_names, st_label, strip_st


@pytest.mark.parametrize(
    ("text", "full_name"),
    [
        ("5月2日,江南示例装备股份有限公司发布公告", "江南示例装备股份有限公司"),
        ("浙江证监局发布关于对海东示例药业股份有限公司采取措施的决定", "海东示例药业股份有限公司"),
        ("一、对红岭示例材料股份有限公司给予警告", "红岭示例材料股份有限公司"),
        ("其控股子公司南湖示例物流有限公司拟转让", "南湖示例物流有限公司"),
        ("上交所决定终止龙湖示例精工股份有限公司股票上市", "龙湖示例精工股份有限公司"),
        ("首都示例在线科技股份有限公司业务遍及全球", "首都示例在线科技股份有限公司"),
        # The company a shareholder holds: "…及一致行动人合计持有X股份有限公司股份".
        ("一致行动人合计持有阳川示例股份有限公司股份", "阳川示例股份有限公司"),
    ],
)
def test_full_names_are_cut_from_the_sentence(text, full_name):
    assert [name for _, _, name in find_full_names(text)] == [full_name]


def test_exchanges_are_not_companies():
    assert find_full_names("全国中小企业股份转让系统有限责任公司发布通知") == []


@pytest.mark.parametrize(
    "declaration",
    [
        '东湖示例科技股份有限公司(以下简称"示例科技")',
        "东湖示例科技股份有限公司(以下简称“示例科技”)",
        "东湖示例科技股份有限公司(即“示例科技”)",
        "东湖示例科技股份有限公司(简称:示例科技)",
        "东湖示例科技股份有限公司(证券简称:示例科技,证券代码:600321)",
    ],
)
def test_alias_declarations_tie_names_together(declaration):
    registry, _ = build_registry(declaration + "发布公告。")
    assert registry.company_of("示例科技") == registry.company_of("东湖示例科技股份有限公司") is not None


def test_st_spellings_and_renames_are_one_company():
    text = "西岭示例股份有限公司(以下简称“ST西岭”)公告,公司股票简称由“ST西岭”变更为“*ST西岭”。*ST西岭表示将整改。"
    registry, _ = build_registry(text)
    ids = {registry.company_of(n) for n in ("西岭示例股份有限公司", "ST西岭", "*ST西岭")}
    assert len(ids) == 1


def test_generic_st_words_are_not_names():
    registry, _ = build_registry("多家*ST公司摘帽,ST板块走强。")
    assert registry.name_to_id == {}


def test_known_names_group_by_key():
    registry, _ = build_registry("南港示例今日公告,南港股份收到问询函。", known_names={"南港示例": 7, "南港股份": 7})
    assert registry.company_of("南港示例") == registry.company_of("南港股份")


def test_announcement_header_gives_code():
    registry, _ = build_registry("证券代码:600999 证券简称:*ST示例 公告编号:临2024-018\n")
    assert registry.code(registry.company_of("*ST示例")) == "600999"


@pytest.mark.parametrize(
    ("name", "label", "core"),
    [("*ST华示", "*ST", "华示"), ("ST东示", "ST", "东示"), ("示例科技", "normal", "示例科技")],
)
def test_st_prefix_helpers(name, label, core):
    assert (st_label(name), strip_st(name)) == (label, core)


def test_a_dateline_glued_to_the_first_company_is_not_part_of_its_name():
    from tracker.extraction import extract

    result = extract(
        "本报讯 示例科技股份有限公司(以下简称“示例科技”)5月6日晚公告称,公司收到中国证监会下发的《立案告知书》。",
        published="2025-05-08",
    )
    assert [c["full_name"] for c in result["companies"]] == ["示例科技股份有限公司"]
