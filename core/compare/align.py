"""Line up two reports of one place, usually consecutive years.

Consecutive reports share almost no sentences word for word, so a plain diff
marks everything changed.  ``align_reports`` pairs what does correspond:

* parts by kind (review with review, plan with plan);
* sub-sections by topic (``core.compare.topics``: distinctive jieba words, cosine);
* sentences by word and character similarity, punctuation widths folded,
  first inside paired sub-sections, then inside paired parts, then anywhere
  (a moved sentence) with a stricter threshold;
* indicators by name (``core.compare.indicators``), in three views: last year's
  targets beside this year's results, last year's targets beside this year's,
  and last year's results beside this year's.

Every pair has a score in 0..1; what has no partner is dropped (old only) or
new (new only).  Nothing here imports Qt; the GUI runs this in a worker.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from core.compare.figures.indicator_matching import match_indicators
from core.compare.indicators import Indicator, extract_indicators
from core.compare.topics import TopicSpace, comparable, load_jieba, tokenize, word_counts
from core.reading.model import KIND_PLAN, KIND_REVIEW, LEVEL_PART, LEVEL_SUBSECTION, Report, Section, Sentence

# Sub-sections pair when the cosine of their topic vectors reaches this.
SECTION_THRESHOLD = 0.05
# Share of the heading's own words in a section's topic score.
HEADING_WEIGHT = 0.25
# Sentences pair when their similarity reaches this: in paired sub-sections,
# in paired parts, anywhere else (moved).
SENTENCE_THRESHOLD_SECTION = 0.45
SENTENCE_THRESHOLD_PART = 0.55
SENTENCE_THRESHOLD_MOVED = 0.7
# Words found in more sentences than this share do not generate candidates.
COMMON_WORD_SHARE = 0.05

# Indicator views.
VIEW_TARGET_RESULT = "target-result"  # OLD plan -> NEW review
VIEW_TARGET_TARGET = "target-target"  # OLD plan -> NEW plan
VIEW_RESULT_RESULT = "result-result"  # OLD review -> NEW review
INDICATOR_VIEWS = (VIEW_TARGET_RESULT, VIEW_TARGET_TARGET, VIEW_RESULT_RESULT)

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class SectionPair:
    old: str | None
    new: str | None
    score: float
    kind: str
    level: int
    words: tuple[str, ...] = ()  # the distinctive words the two sections share, strongest first

    def to_json(self) -> dict[str, object]:
        return {
            "old": self.old,
            "new": self.new,
            "score": self.score,
            "kind": self.kind,
            "level": self.level,
            "words": list(self.words),
        }


@dataclass(frozen=True)
class SentencePair:
    """``changed`` is False only for the same text (widths folded); ``moved``
    when the two sentences sit in sub-sections that were not paired."""

    old: str | None
    new: str | None
    score: float
    changed: bool = True
    moved: bool = False

    def to_json(self) -> dict[str, object]:
        return {"old": self.old, "new": self.new, "score": self.score, "changed": self.changed, "moved": self.moved}


@dataclass(frozen=True)
class IndicatorPair:
    view: str  # VIEW_*
    name: str  # the matching key, e.g. 生产总值
    old: Indicator | None
    new: Indicator | None
    score: float

    def to_json(self) -> dict[str, object]:
        return {
            "view": self.view,
            "name": self.name,
            "score": self.score,
            "old": _indicator_json(self.old),
            "new": _indicator_json(self.new),
        }


def _indicator_json(indicator: Indicator | None) -> dict[str, object] | None:
    return indicator.to_json() if indicator else None


@dataclass
class Alignment:
    old: Report
    new: Report
    section_pairs: list[SectionPair] = field(default_factory=list)
    sentence_pairs: list[SentencePair] = field(default_factory=list)
    indicator_pairs: list[IndicatorPair] = field(default_factory=list)
    _pair_index: dict[str, dict[str, SentencePair]] = field(default_factory=dict, repr=False, compare=False)

    def sentence_pair_of(self, side: str, sentence_id: str) -> SentencePair | None:
        """The pair holding sentence ``sentence_id`` of ``side`` ("old" or "new")."""
        if side not in self._pair_index:
            self._pair_index[side] = {getattr(pair, side): pair for pair in self.sentence_pairs if getattr(pair, side)}
        return self._pair_index[side].get(sentence_id)

    def indicators(self, view: str) -> list[IndicatorPair]:
        return [pair for pair in self.indicator_pairs if pair.view == view]

    def to_json(self) -> dict[str, object]:
        return {
            "old": _report_json(self.old),
            "new": _report_json(self.new),
            "section_pairs": [pair.to_json() for pair in self.section_pairs],
            "sentence_pairs": [pair.to_json() for pair in self.sentence_pairs],
            "indicators": [pair.to_json() for pair in self.indicator_pairs],
        }


def _report_json(report: Report) -> dict[str, object]:
    return {"source": str(report.source), "id": report.id, "place": report.place, "year": report.year}


# --- the sections of a report --------------------------------------------------------


class _Outline:
    """Where each sentence sits: its part and its topic unit (level-2 section or leaf part)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.parts = [section for section in report.sections if section.level == LEVEL_PART]
        self.subsections = [section for section in report.sections if section.level == LEVEL_SUBSECTION]
        self.part_of: dict[str, str | None] = {}
        self.unit_of: dict[str, str | None] = {}
        for section_id, path in report.section_paths().items():
            part = next((link.id for link in path if link.level == LEVEL_PART), None)
            unit = next((link.id for link in path if link.level == LEVEL_SUBSECTION), None)
            self.part_of[section_id] = part
            self.unit_of[section_id] = unit or part
        self.sentences_in: dict[str | None, list[Sentence]] = defaultdict(list)
        for sentence in report.sentences:
            self.sentences_in[self.unit_of.get(sentence.section or "")].append(sentence)
            part = self.part_of.get(sentence.section or "")
            if part and self.unit_of.get(sentence.section or "") != part:
                self.sentences_in[part].append(sentence)

    def words(self, section: Section) -> Counter[str]:
        return word_counts((sentence.text for sentence in self.sentences_in[section.id]), section.title)


def _greedy(scores: Iterable[tuple[float, float, str, str]], threshold: float) -> list[tuple[str, str, float]]:
    """One-to-one pairs, best score first; ``(score, tie_break, old, new)``, lower tie_break first."""
    pairs: list[tuple[str, str, float]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    for score, _, old, new in sorted(scores, key=lambda item: (-item[0], item[1])):
        if score < threshold or old in used_old or new in used_new:
            continue
        used_old.add(old)
        used_new.add(new)
        pairs.append((old, new, score))
    return pairs


def _position(index: int, count: int) -> float:
    return index / max(1, count - 1)


def _pair_sections(
    old: _Outline, new: _Outline, sections_old: Sequence[Section], sections_new: Sequence[Section], threshold: float
) -> tuple[list[tuple[str, str, float]], TopicSpace]:
    documents: dict[object, Counter[str]] = {}
    for side, outline, sections in (("old", old, sections_old), ("new", new, sections_new)):
        for section in sections:
            documents[(side, section.id)] = outline.words(section)
    space = TopicSpace(documents)
    for side, sections in (("old", sections_old), ("new", sections_new)):
        for section in sections:
            space.add((side, "title", section.id), word_counts((), section.title, title_weight=1))
    scores = []
    for i, first in enumerate(sections_old):
        for j, second in enumerate(sections_new):
            if first.kind != second.kind:
                continue
            same = first.title == second.title and old.report.text[first.start : first.end] == new.report.text[
                second.start : second.end
            ]
            score = 1.0 if same else round(_topic_similarity(space, first.id, second.id), 4)
            tie = abs(_position(i, len(sections_old)) - _position(j, len(sections_new)))
            scores.append((score, tie, first.id, second.id))
    return _greedy(scores, threshold), space


def _topic_similarity(space: TopicSpace, old_id: str, new_id: str) -> float:
    """Mostly the whole section's words; the heading alone adds a quarter."""
    whole = space.similarity(("old", old_id), ("new", new_id))
    heading = space.similarity(("old", "title", old_id), ("new", "title", new_id))
    return (1 - HEADING_WEIGHT) * whole + HEADING_WEIGHT * heading


def _align_sections(old: _Outline, new: _Outline, alignment: Alignment) -> tuple[dict[str, str], dict[str, str]]:
    """Pair parts by kind, then sub-sections by topic.  Returns (unit pairs, part pairs) old -> new."""
    part_pairs, part_space = _pair_sections(old, new, old.parts, new.parts, threshold=0.0)
    unit_pairs, unit_space = _pair_sections(old, new, old.subsections, new.subsections, SECTION_THRESHOLD)
    for level, pairs, space, old_sections, new_sections in (
        (LEVEL_PART, part_pairs, part_space, old.parts, new.parts),
        (LEVEL_SUBSECTION, unit_pairs, unit_space, old.subsections, new.subsections),
    ):
        kinds = {section.id: section.kind for section in [*old_sections, *new_sections]}
        paired_old = {first for first, _, _ in pairs}
        paired_new = {second for _, second, _ in pairs}
        for first, second, score in sorted(pairs, key=lambda pair: _order(new.report, pair[1])):
            words = tuple(space.shared_words(("old", first), ("new", second)))
            alignment.section_pairs.append(SectionPair(first, second, score, kinds[first], level, words))
        for section in old_sections:
            if section.id not in paired_old:
                alignment.section_pairs.append(SectionPair(section.id, None, 0.0, section.kind, level))
        for section in new_sections:
            if section.id not in paired_new:
                alignment.section_pairs.append(SectionPair(None, section.id, 0.0, section.kind, level))
    units = {first: second for first, second, _ in unit_pairs}
    units.update({first: second for first, second, _ in part_pairs})
    return units, {first: second for first, second, _ in part_pairs}


def _order(report: Report, section_id: str) -> int:
    section = report.section_by_id(section_id)
    return section.start if section else 0


# --- sentences -------------------------------------------------------------------------


def sentence_similarity(first: str, second: str) -> float:
    """Similarity of two sentences, 0..1: half word overlap (Dice), half character edit ratio."""
    from rapidfuzz import fuzz

    plain_first, plain_second = comparable(first), comparable(second)
    if plain_first == plain_second:
        return 1.0
    words_first, words_second = set(tokenize(first)), set(tokenize(second))
    total = len(words_first) + len(words_second)
    dice = 2 * len(words_first & words_second) / total if total else 0.0
    return min(0.9999, round(0.5 * dice + 0.5 * fuzz.ratio(plain_first, plain_second) / 100, 4))


def _align_sentences(
    old: _Outline, new: _Outline, units: dict[str, str], parts: dict[str, str]
) -> list[SentencePair]:
    from rapidfuzz import fuzz

    old_sentences, new_sentences = old.report.sentences, new.report.sentences
    plain_old = [comparable(sentence.text) for sentence in old_sentences]
    plain_new = [comparable(sentence.text) for sentence in new_sentences]
    words_old = [frozenset(tokenize(sentence.text)) for sentence in old_sentences]
    words_new = [frozenset(tokenize(sentence.text)) for sentence in new_sentences]

    frequency: Counter[str] = Counter()
    for words in (*words_old, *words_new):
        frequency.update(words)
    common = max(8, int(COMMON_WORD_SHARE * (len(old_sentences) + len(new_sentences))))
    postings: dict[str, list[int]] = defaultdict(list)
    for index, words in enumerate(words_old):
        for word in words:
            if frequency[word] <= common:
                postings[word].append(index)
    exact: dict[str, list[int]] = defaultdict(list)
    for index, plain in enumerate(plain_old):
        exact[plain].append(index)

    candidates: list[tuple[float, float, int, int, float, str]] = []
    for j, sentence in enumerate(new_sentences):
        shared: Counter[int] = Counter()
        for word in words_new[j]:
            for i in postings.get(word, ()):
                shared[i] += 1
        for i in exact.get(plain_new[j], ()):
            shared[i] = max(shared[i], 2)
        for i, count in shared.items():
            if count < 2 and len(words_new[j]) > 3:
                continue
            if plain_old[i] == plain_new[j]:
                similarity = 1.0
            else:
                total = len(words_old[i]) + len(words_new[j])
                dice = 2 * len(words_old[i] & words_new[j]) / total if total else 0.0
                if dice < 0.2:
                    continue
                char = fuzz.ratio(plain_old[i], plain_new[j]) / 100
                similarity = min(0.9999, round(0.5 * dice + 0.5 * char, 4))
            context = _context(old, new, old_sentences[i], sentence, units, parts)
            threshold, bonus = {
                "section": (SENTENCE_THRESHOLD_SECTION, 0.1),
                "part": (SENTENCE_THRESHOLD_PART, 0.05),
                "moved": (SENTENCE_THRESHOLD_MOVED, 0.0),
            }[context]
            if similarity < threshold:
                continue
            tie = abs(_position(i, len(old_sentences)) - _position(j, len(new_sentences)))
            candidates.append((-(similarity + bonus), tie, i, j, similarity, context))
    candidates.sort()
    partner_of_new: dict[int, tuple[int, float, str]] = {}
    used_old: set[int] = set()
    for _, _, i, j, similarity, context in candidates:
        if i in used_old or j in partner_of_new:
            continue
        used_old.add(i)
        partner_of_new[j] = (i, similarity, context)
    return _merge_order(old_sentences, new_sentences, partner_of_new, plain_old, plain_new)


def _context(
    old: _Outline, new: _Outline, first: Sentence, second: Sentence, units: dict[str, str], parts: dict[str, str]
) -> str:
    unit_old = old.unit_of.get(first.section or "")
    unit_new = new.unit_of.get(second.section or "")
    if unit_old is None and unit_new is None:
        return "section"  # both in the front matter
    if unit_old is not None and units.get(unit_old) == unit_new:
        return "section"
    part_old = old.part_of.get(first.section or "")
    part_new = new.part_of.get(second.section or "")
    if part_old is not None and parts.get(part_old) == part_new:
        return "part"
    return "moved"


def _merge_order(
    old_sentences: Sequence[Sentence],
    new_sentences: Sequence[Sentence],
    partner_of_new: dict[int, tuple[int, float, str]],
    plain_old: Sequence[str],
    plain_new: Sequence[str],
) -> list[SentencePair]:
    """New report order, each dropped old sentence placed before the first pair that follows it."""
    pairs: list[SentencePair] = []
    paired_old = {i for i, _, _ in partner_of_new.values()}
    next_old = 0

    def flush(until: int) -> None:
        nonlocal next_old
        while next_old < until:
            if next_old not in paired_old:
                pairs.append(SentencePair(old_sentences[next_old].id, None, 0.0))
            next_old += 1

    for j, sentence in enumerate(new_sentences):
        if j in partner_of_new:
            i, similarity, context = partner_of_new[j]
            flush(i)
            pairs.append(
                SentencePair(
                    old_sentences[i].id, sentence.id, similarity, plain_old[i] != plain_new[j], context == "moved"
                )
            )
        else:
            pairs.append(SentencePair(None, sentence.id, 0.0))
    flush(len(old_sentences))
    return pairs


# --- indicators -------------------------------------------------------------------------


def _align_indicators(old: Report, new: Report) -> list[IndicatorPair]:
    old_indicators, new_indicators = extract_indicators(old), extract_indicators(new)

    def of_kind(indicators: list[Indicator], kind: str) -> list[Indicator]:
        return [indicator for indicator in indicators if indicator.kind == kind]

    pairs: list[IndicatorPair] = []
    views = (
        (VIEW_TARGET_RESULT, KIND_PLAN, KIND_REVIEW, True, False),
        (VIEW_TARGET_TARGET, KIND_PLAN, KIND_PLAN, True, True),
        (VIEW_RESULT_RESULT, KIND_REVIEW, KIND_REVIEW, False, False),
    )
    for view, old_kind, new_kind, keep_old, keep_new in views:
        olds, news = of_kind(old_indicators, old_kind), of_kind(new_indicators, new_kind)
        matched = match_indicators(olds, news)
        partner = {id(first): (second, score) for first, second, score in matched}
        partnered_new = {id(second) for _, second, _ in matched}
        for indicator in olds:
            if id(indicator) in partner:
                second, score = partner[id(indicator)]
                pairs.append(IndicatorPair(view, indicator.key, indicator, second, score))
            elif keep_old:
                pairs.append(IndicatorPair(view, indicator.key, indicator, None, 0.0))
        if keep_new:
            for indicator in news:
                if id(indicator) not in partnered_new:
                    pairs.append(IndicatorPair(view, indicator.key, None, indicator, 0.0))
    return pairs


# --- the whole comparison -----------------------------------------------------------------


def align_reports(old: Report, new: Report, progress: Progress | None = None) -> Alignment:
    """Line up ``old`` and ``new``: sections, sentences and indicators."""
    report_progress = progress or (lambda percent, message: None)
    report_progress(0, "loading jieba")
    load_jieba()
    report_progress(10, "pairing sections by topic")
    alignment = Alignment(old, new)
    old_outline, new_outline = _Outline(old), _Outline(new)
    units, parts = _align_sections(old_outline, new_outline, alignment)
    report_progress(40, "pairing sentences")
    alignment.sentence_pairs = _align_sentences(old_outline, new_outline, units, parts)
    report_progress(80, "matching indicators")
    alignment.indicator_pairs = _align_indicators(old, new)
    report_progress(100, "done")
    return alignment


# --- word-level differences within a pair ---------------------------------------------------


# --- reports of one place in consecutive years ----------------------------------------------


