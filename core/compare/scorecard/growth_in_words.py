"""Growth a plan wills in words, for one subject or a list of them, with no figure.

Older plans close a list of figure targets on the rest of the plan in words:
``其他经济作物、肉类、水产品的产量和造林面积，也将有一个新的增长``,
``民用航空客货运总周转量和邮电业务总量都将有所增加``, ``邮电的业务量也将有相应的增加``; the list may run
over commas, each part with its measure, and name examples of a subject (1956: ``其他农副产品如烤烟、甘蔗…等的产量，
牲畜的数量，开荒和造林的面积，也都将比１９５５年有所增长``: 农副产品产量, 牲畜数量, 开荒面积, 造林面积).  Each
subject named is a direction target of the year (经济作物产量, 肉类产量, 水产品产量, 造林面积); the
measure named after the last of a list (的产量) is the measure of each member before it that names
none.  Each is judged as a direction set beside a figure (``direction_clauses.direction_row``): by the
review clause that names it and says which way it moved.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.compare.figures.indicator_matching import direction
from core.compare.indicators import sentence_indicators
from core.compare.scorecard.direction_clauses import direction_row
from core.compare.scorecard.horizons import HORIZON_YEAR, planned_year
from core.compare.scorecard.results.result_words import Review
from core.compare.scorecard.score_rows import Figure, ScoreRow, in_words
from core.compare.scorecard.targets import clause_to_figure
from core.compare.scorecard.verdicts import MET, NOT_MET, STATED
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence
from core.reading.sections.headings import arabic_years

# …，也将有一个新的增长 / 都将有所增加 / 也都将比１９５５年有所增长: the subjects before, the way after
# (1958: 各种农药的生产量，也将有相当的增加; not the tail of a year in digits: …水平在１９５６年内也将有…)
_WILL_GROW = re.compile(
    r"(?<!\d)(?<!\d年)(?P<subjects>[\u4e00-\u9fff、]{2,40}?)[,，]?(?:也|还)?(?:都)?(?:将|(?<!需)要|继续)+(?:会)?"
    r"(?:比[^,，;；。]{2,10})?有"
    r"(?:所|一个新的|新的|相应的|较大幅度|较大|较多|大幅度|较快|一定|明显|很大|比较迅速|相当)?的?"
    r"(?P<way>增长|增加|提高)(?=[,，;；。]|$)"
)
_MEASURE = re.compile(r"的?(?P<measure>产量|面积|数量|总量|业务量|人数|收入)$")
_MEASURED = re.compile(r"(?:量|额|数|率|值)$")
# A part of the list before a comma, with its measure (牲畜的数量，开荒和造林的面积，也都将…有所增长).
_LISTED_PART = re.compile(r"[\u4e00-\u9fff、]{1,30}的(?:产量|数量|面积|总量|业务量)")
# Examples of a subject (其他农副产品如烤烟、甘蔗、甜菜、黄麻、蚕茧等的产量): the subject alone is named.
_EXAMPLES = re.compile(r"(?<=[\u4e00-\u9fff])如[\u4e00-\u9fff、]+?等")
# The year a growth is counted from (也都将比１９５５年有所增长) is no figure.
_BASE_YEAR = re.compile(r"\d{4}年")
# Words before the subjects that name none of them (其他…, 今年…).
# (这就要求明年的农业和轻纺工业继续有较大幅度的增长: what is asked of them)
_OPENING = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}要求)?(?:(?:今年|明年|[〇○零一二三四五六七八九\d]{4}年)的?"
                      r"|同时|此外|另外|其他|其它|其余|各种|各项)+")
_JOIN = re.compile(r"、|以及|和")  # (not 及 alone: 普及率)
# (incomes grow in step, read elsewhere; 其中…的工资将有较多的提高: the parts of a figure before; 除了粮食以外，都将…:
# the rest of a group)
_NOT_SUBJECTS = re.compile(r"收入$|^(?:这|那|它|其|我们|人民|除)|虽|尽管|仍")  # (虽然将有一定的提高，但…: a concession)
# What a plan foresees or fears, no goal it sets: 预计…, 如果…, 因此/这样…将有所增加, …就将…; 财政赤字、企业亏损、
# 失业人数、国家的负担、物价涨幅 that will rise.
_FORESEEN = re.compile(r"预计|估计|如果|假如|就(?:将|会|能|可)|^\s*(?:因此|这样|所以)[,，]")
_UNWANTED = re.compile(r"赤字|亏损|失业|负担|涨幅|物价|事故|困难|灾")
# The branch of the economy a review speaks of for a product (林业、畜牧业、渔业都取得了新的成绩;
# 民航和邮电部门完成计划的情况是好的).
_BRANCHES = {"肉": "畜牧", "牲畜": "畜牧", "水产": "渔业", "造林": "林业", "民用航空": "民航", "民航": "民航",
             "邮电": "邮电", "铁路": "铁路", "公路": "公路", "水运": "水运"}
# (in the branch's own clause: 邮电部门职工人数增加 says nothing of the mail; 畜牧业…没有完成计划 went badly)
_WENT_WELL = re.compile(r"成绩|完成[^,，;；。]{0,6}计划|情况是好的")
_WENT_BADLY = re.compile(r"没有|未能|不好|困难|下降|减少")


def growth_in_words_rows(old: Report, new: Report, horizons: dict[str, str], listed: set[tuple[str, str]],
                         review: Review) -> list[ScoreRow]:
    """A row for each subject of the plan's sentences of the year that will grow, with no figure (``review``:
    the one-year sentences of ``new``'s review)."""
    plan = {section.id for section in old.sections if section.kind == KIND_PLAN}
    reviewed = {section.id for section in new.sections if section.kind == KIND_REVIEW}
    review_part = [sentence for sentence in new.sentences if sentence.section in reviewed]
    rows: list[ScoreRow] = []
    year = planned_year(old)
    for sentence in old.sentences:
        if sentence.section not in plan or horizons.get(sentence.id) != HORIZON_YEAR:
            continue
        text = fold_width(sentence.text)
        for match in _WILL_GROW.finditer(text):
            start, subjects = _list_before(text, match.start("subjects"), match["subjects"])
            clause = sentence.text[min(start, match.start()) : match.end()].strip()
            figures = _BASE_YEAR.sub("", arabic_years(clause))
            if re.search(r"\d", figures) or any(sentence_id == sentence.id and (clause in quote or quote in clause)
                                                for sentence_id, quote in listed):
                continue
            if subjects.startswith("其中") or _FORESEEN.search(text, 0, match.end()):
                continue  # the parts of a figure said before; a forecast, a condition, a consequence
            for subject in _subjects(subjects):
                row = direction_row(subject, match["way"], sentence, clause, review)
                if row.result is None:
                    row = _by_its_figure(row, subject, review_part, year) or _by_its_branch(row, subject, review)
                rows.append(row)
    return rows


def _list_before(text: str, start: int, subjects: str) -> tuple[int, str]:
    """Where the list of subjects ending at ``start`` opens and its subjects joined by 、: the parts before it,
    separated by commas, that each name their measure (牲畜的数量，开荒和造林的面积), are of the same list."""
    if not _MEASURE.search(subjects):
        return start, subjects
    parts = [subjects]
    while True:
        comma = start - 1
        while comma >= 0 and text[comma] == " ":
            comma -= 1
        if comma < 0 or text[comma] not in ",，":
            return start, "、".join(parts)
        opening = max(text.rfind(mark, 0, comma) for mark in ",，;；。:：") + 1
        part = text[opening:comma].strip()
        if not _LISTED_PART.fullmatch(part):
            return start, "、".join(parts)
        parts.insert(0, part)
        start = opening + (len(text[opening:comma]) - len(text[opening:comma].lstrip()))


def _by_its_figure(row: ScoreRow, subject: str, review: list[Sentence], year: int | None) -> ScoreRow | None:
    """``row`` judged by the review's growth figure of its subject (农业总产值…一九八二年预计比一九八一年增长百分之五
    for 农业), the one of the planned year where the sentence gives several years; None where the review gives
    none."""
    for sentence in review:  # the whole review part: 农业总产值一九八一年…，一九八二年预计…，两年平均… is no one-year
        figures = [figure for figure in sentence_indicators(sentence, KIND_REVIEW)
                   if _names_the_subject(figure.name, subject) and figure.unit == "%" and direction(figure.relation)]
        years = [set(_YEAR.findall(arabic_years(clause_to_figure(sentence, figure)))) for figure in figures]
        # the figure of the year planned; none of another year named (农业总产值一九七九年比一九七八年增长…)
        dated = [figure for figure, named in zip(figures, years) if year is not None and str(year) in named]
        undated = [figure for figure, named in zip(figures, years) if not named]
        if not (dated or undated):
            continue
        figure = (dated or undated)[0]
        moved = direction(figure.relation) * (1 if (figure.value or 0) >= 0 else -1) * direction(row.indicator)
        reason = f"a direction: {figure.name}{figure.relation}{figure.value_text()}"
        return replace(row, result=Figure(sentence, figure, clause_to_figure(sentence, figure)),
                       verdict=MET if moved > 0 else NOT_MET, reason=reason)
    return None


_YEAR = re.compile(r"(\d{4})年(?!以来)")
_MEASURE_OF_A_BRANCH = ("", "总产值", "产值", "产量", "总产量", "生产", "增加值")


def _names_the_subject(name: str, subject: str) -> bool:
    """Whether a review figure's ``name`` is of ``subject``: the subject itself, or its output (农业总产值 for 农业,
    not 农业贷款 nor 农业机械总动力)."""
    return any(name == subject + measure for measure in _MEASURE_OF_A_BRANCH) or (
        len(subject) > _SHORT_SUBJECT and name.startswith(subject))


_SHORT_SUBJECT = 2


def _by_its_branch(row: ScoreRow, subject: str, review: Review) -> ScoreRow:
    """``row`` stated by the review sentence that says its branch went well, where one does; else ``row``."""
    branch = next((name for word, name in _BRANCHES.items() if subject.startswith(word) or word in subject), "")
    if not branch:
        return row
    for sentence in review.sentences:
        text = fold_width(sentence.text)
        clauses = [clause for clause in re.split(r"[,，;；。]", text) if branch in clause]
        if any(_WENT_WELL.search(clause) and not _WENT_BADLY.search(clause) for clause in clauses):
            reason = f"no figure decides; the later report says how its branch went ({branch})"
            return replace(row, result=in_words(sentence, branch, reason), verdict=STATED, reason=reason)
    return row


def _subjects(words: str) -> list[str]:
    """The subjects a list names, each with its measure (其他经济作物、肉类、水产品的产量和造林面积: 经济作物产量,
    肉类产量, 水产品产量, 造林面积)."""
    words = _OPENING.sub("", _EXAMPLES.sub("", words))
    if "的" in words and not _MEASURE.search(words) and not _MEASURED.search(words):
        return [] if _NOT_SUBJECTS.search(words) or _UNWANTED.search(words) else [words.replace("的", "")]
        # (公用事业、文教卫生事业和其他福利事业的费用: one sum for the list, not one subject each)
    members = [_OPENING.sub("", member) for member in _JOIN.split(words) if member]
    subjects: list[str] = []
    pending: list[str] = []
    for member in members:
        measure = _MEASURE.search(member)
        if measure is None and _MEASURED.search(member):
            subjects.append(member)  # 民用航空客货运总周转量: it names its measure
            continue
        if measure is None:
            pending.append(member)
            continue
        subjects.extend(name + measure["measure"] for name in pending)
        subjects.append(member.replace("的", ""))
        pending = []
    subjects.extend(pending)
    return [subject for subject in subjects
            if len(subject) >= 2 and not _NOT_SUBJECTS.search(subject) and not _UNWANTED.search(subject)]
