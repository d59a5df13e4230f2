"""The two texts side by side, part by part: which parts face each other and which sentences are linked.

The compare window shows each report as one continuous text.  ``side_by_side``
groups their parts into bands, each band the parts of the earlier report set
beside the parts of the later one, in both reports' order:

* ``FACING_YEAR`` (the default): the plan for year Y in report Y beside the
  review of year Y in report Y+1, the question two consecutive reports are
  read for.  Report Y's review of the year before comes first on its own, and
  report Y+1's plan for the next year last;
* ``FACING_KIND``: review beside review, plan beside plan, as the sentence
  alignment pairs them.

Links join a sentence of one report to one of the other: the alignment's
sentence pairs (``LINK_PAIR``), the scorecard's target beside its result
(``LINK_SCORE``), and a sentence of the plan for year Y beside the sentence of
the review of year Y that reports on it (``LINK_ANSWER``, ``year_links``: the
alignment pairs plan with plan and review with review only).  The anchors are the points the two texts are kept level at
while scrolling: the band starts and, inside a band, the links whose two
sentences face each other, thinned to a chain that goes down both texts.
Plain Python, no Qt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.compare.align import sentence_similarity
from core.compare.rows import NEW, OLD, Comparison
from core.compare.topics import tokenize
from core.reading.model import KIND_PLAN, KIND_REVIEW, LEVEL_PART, Report, Section

FACING_YEAR = "year"  # plan of year Y beside the review of year Y
FACING_KIND = "kind"  # review beside review, plan beside plan

LINK_PAIR = "pair"  # the alignment paired the two sentences
LINK_SCORE = "score"  # a target and its result in the scorecard
LINK_ANSWER = "answer"  # a sentence of the plan for a year and one of the review of that year on the same matter
# A plan sentence and a review sentence are linked from this similarity on (align.sentence_similarity);
# on the national 2017 → 2018 reports this keeps about 35 links, nearly all about one matter.
ANSWER_THRESHOLD = 0.42
_ANSWER_MIN_SHARED = 0.15  # word overlap (Dice) below which the similarity is not computed at all

# Band of a part by (side, kind) for each way of facing; parts of other kinds stay in the band before them.
_BAND_OF_KIND = {
    FACING_YEAR: {(OLD, KIND_REVIEW): 1, (OLD, KIND_PLAN): 2, (NEW, KIND_REVIEW): 2, (NEW, KIND_PLAN): 3},
    FACING_KIND: {(OLD, KIND_REVIEW): 1, (OLD, KIND_PLAN): 2, (NEW, KIND_REVIEW): 1, (NEW, KIND_PLAN): 2},
}


@dataclass(frozen=True)
class Band:
    """Parts of the earlier report beside parts of the later one; spans are report offsets.

    A side without parts in the band has an empty span where the band starts on that side.
    The first band is the front matter (title, meeting line, salutation), which has no part.
    """

    old_parts: tuple[Section, ...]
    new_parts: tuple[Section, ...]
    old_span: tuple[int, int]
    new_span: tuple[int, int]

    def parts(self, side: int) -> tuple[Section, ...]:
        return self.old_parts if side == OLD else self.new_parts

    def span(self, side: int) -> tuple[int, int]:
        return self.old_span if side == OLD else self.new_span


@dataclass(frozen=True)
class Link:
    """Two sentences (indexes in their reports) that belong together."""

    old: int
    new: int
    kind: str  # LINK_PAIR or LINK_SCORE
    changed: bool = True  # the two texts differ (a pair of the same text is False)

    def sentence(self, side: int) -> int:
        return self.old if side == OLD else self.new


@dataclass
class SideBySide:
    """Bands, links and anchors of one comparison for one way of facing."""

    facing: str
    bands: list[Band]
    links: list[Link]
    anchors: list[tuple[int, int]]  # (old offset, new offset), both going down
    facing_links: frozenset[tuple[int, int]] = frozenset()  # (old, new) of the links whose sentences face
    _by_sentence: tuple[dict[int, list[Link]], dict[int, list[Link]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_sentence = (defaultdict(list), defaultdict(list))
        for link in self.links:
            self._by_sentence[OLD][link.old].append(link)
            self._by_sentence[NEW][link.new].append(link)

    def links_of(self, side: int, sentence_index: int) -> list[Link]:
        """The links of one sentence: scorecard links first, then those whose partner faces it."""
        return sorted(self._by_sentence[side].get(sentence_index, []),
                      key=lambda link: (link.kind != LINK_SCORE, (link.old, link.new) not in self.facing_links))

    def partners(self, side: int, sentence_index: int) -> list[int]:
        """Indexes of the sentences of the other report linked to one sentence."""
        return [link.sentence(1 - side) for link in self.links_of(side, sentence_index)]

    def band_of(self, side: int, offset: int) -> int:
        """The band holding a report offset of one side."""
        for number in range(len(self.bands) - 1, -1, -1):
            start, end = self.bands[number].span(side)
            if start <= offset and (start < end or number == 0):
                return number
        return 0


def side_by_side(comparison: Comparison, facing: str = FACING_YEAR,
                 answers: Sequence[tuple[int, int]] | None = None) -> SideBySide:
    """Bands, links and scroll anchors of a comparison.

    ``answers`` are ``year_links(comparison)``: given, kept in ``comparison.answers``, else computed and kept there.
    """
    old, new = comparison.old, comparison.new
    bands = _bands(old, new, facing)
    if answers is None:
        answers = comparison.answers if comparison.answers is not None else year_links(comparison)
    comparison.answers = list(answers)
    links = comparison_links(comparison, answers)
    facing_links = frozenset(
        (link.old, link.new) for link in links for band in bands
        if _inside(old.sentences[link.old].start, band.old_span) and _inside(new.sentences[link.new].start,
                                                                             band.new_span))
    return SideBySide(facing, bands, links, _anchors(old, new, bands, links), facing_links)


def year_links(comparison: Comparison) -> list[tuple[int, int]]:
    """(old, new) sentence indexes: the plan for year Y beside the review of year Y, one to one, best first."""
    old, new = comparison.old, comparison.new
    facing = next((band for band in _bands(old, new, FACING_YEAR) if band.old_parts and band.new_parts), None)
    if facing is None:
        return []
    olds = [index for index, sentence in enumerate(old.sentences) if _inside(sentence.start, facing.old_span)]
    news = [index for index, sentence in enumerate(new.sentences) if _inside(sentence.start, facing.new_span)]
    old_words = {index: frozenset(tokenize(old.sentences[index].text)) for index in olds}
    new_words = {index: frozenset(tokenize(new.sentences[index].text)) for index in news}
    scored: list[tuple[float, int, int]] = []
    for first in olds:
        for second in news:
            total = len(old_words[first]) + len(new_words[second])
            if not total or 2 * len(old_words[first] & new_words[second]) / total < _ANSWER_MIN_SHARED:
                continue
            score = sentence_similarity(old.sentences[first].text, new.sentences[second].text)
            if score >= ANSWER_THRESHOLD:
                scored.append((score, first, second))
    links: list[tuple[int, int]] = []
    used: tuple[set[int], set[int]] = (set(), set())
    for _score, first, second in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if first not in used[OLD] and second not in used[NEW]:
            used[OLD].add(first)
            used[NEW].add(second)
            links.append((first, second))
    return links


def comparison_links(comparison: Comparison, answers: Sequence[tuple[int, int]] = ()) -> list[Link]:
    """The scorecard's target–result pairs, the alignment's sentence pairs and ``answers``, as sentence indexes."""
    old, new = comparison.old, comparison.new
    old_index = {sentence.id: index for index, sentence in enumerate(old.sentences)}
    new_index = {sentence.id: index for index, sentence in enumerate(new.sentences)}
    links: list[Link] = []
    seen: set[tuple[int, int]] = set()
    if comparison.scorecard is not None:
        for row in comparison.scorecard.rows:
            if row.target is None or row.result is None:
                continue
            first, second = old_index.get(row.target.sentence.id), new_index.get(row.result.sentence.id)
            if first is not None and second is not None and (first, second) not in seen:
                seen.add((first, second))
                links.append(Link(first, second, LINK_SCORE))
    for pair in comparison.alignment.sentence_pairs:
        if pair.old is None or pair.new is None:
            continue
        first, second = old_index.get(pair.old), new_index.get(pair.new)
        if first is not None and second is not None and (first, second) not in seen:
            seen.add((first, second))
            links.append(Link(first, second, LINK_PAIR, pair.changed))
    for first, second in answers:
        if (first, second) not in seen:
            seen.add((first, second))
            links.append(Link(first, second, LINK_ANSWER))
    return links


def _band_numbers(report: Report, side: int, facing: str) -> list[tuple[Section, int]]:
    """Each part of a report with its band number, never going back up."""
    table = _BAND_OF_KIND[facing]
    numbered: list[tuple[Section, int]] = []
    current = 1
    for part in sorted((section for section in report.sections if section.level == LEVEL_PART),
                       key=lambda section: section.start):
        current = max(current, table.get((side, part.kind), current))
        numbered.append((part, current))
    return numbered


def _bands(old: Report, new: Report, facing: str) -> list[Band]:
    numbered = (_band_numbers(old, OLD, facing), _band_numbers(new, NEW, facing))
    count = max([number for side in numbered for _part, number in side], default=0) + 1
    parts: list[list[list[Section]]] = [[[] for _ in range(count)] for _side in (OLD, NEW)]
    for side in (OLD, NEW):
        for part, number in numbered[side]:
            parts[side][number].append(part)
    spans: list[list[tuple[int, int]]] = [[], []]
    for side, report in ((OLD, old), (NEW, new)):
        starts = [members[0].start if members else None for members in parts[side]]
        starts[0] = 0
        following = len(report.text)
        ends: list[int] = [0] * count
        for number in range(count - 1, -1, -1):  # a band without parts starts (and ends) where the next one starts
            if starts[number] is None:
                starts[number] = following
            ends[number] = following
            following = starts[number] or 0
        spans[side] = [(starts[number] or 0, ends[number]) for number in range(count)]
    return [Band(tuple(parts[OLD][number]), tuple(parts[NEW][number]), spans[OLD][number], spans[NEW][number])
            for number in range(count) if number == 0 or parts[OLD][number] or parts[NEW][number]]


def _anchors(old: Report, new: Report, bands: Sequence[Band], links: Sequence[Link]) -> list[tuple[int, int]]:
    """Band starts, then the facing links of each band thinned to a chain going down both texts."""
    anchors: list[tuple[int, int]] = []
    for band in bands:
        anchors.append((band.old_span[0], band.new_span[0]))
        facing = [
            (old.sentences[link.old].start, new.sentences[link.new].start)
            for link in links
            if _inside(old.sentences[link.old].start, band.old_span) and _inside(new.sentences[link.new].start,
                                                                                band.new_span)
        ]
        anchors.extend(_increasing_chain(sorted(set(facing))))
    anchors.append((len(old.text), len(new.text)))
    return anchors


def _inside(offset: int, span: tuple[int, int]) -> bool:
    return span[0] <= offset < span[1]


def _increasing_chain(points: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of points (sorted by their first value) whose second values go up too."""
    tails: list[int] = []  # second value ending the best chain of each length
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(points)
    for number, (_first, second) in enumerate(points):
        length = bisect_left(tails, second)
        if length == len(tails):
            tails.append(second)
            tail_index.append(number)
        else:
            tails[length] = second
            tail_index[length] = number
        previous[number] = tail_index[length - 1] if length else -1
    chain: list[tuple[int, int]] = []
    number = tail_index[-1] if tail_index else -1
    while number >= 0:
        chain.append(points[number])
        number = previous[number]
    return chain[::-1]


def map_position(anchors: Sequence[tuple[float, float]], value: float, side: int = OLD) -> float:
    """Where ``value`` on one side falls on the other, straight between the anchors around it.

    ``anchors`` go down on both sides (as ``SideBySide.anchors``, or the same points as heights
    in the window); a value past the last anchor keeps its distance from it.
    """
    if not anchors:
        return value
    ours = [anchor[side] for anchor in anchors]
    position = bisect_left(ours, value)
    if position <= 0:
        return anchors[0][1 - side] + value - ours[0]
    if position >= len(anchors):
        return anchors[-1][1 - side] + value - ours[-1]
    before, after = anchors[position - 1], anchors[position]
    low, high = before[side], after[side]
    if high <= low:
        return after[1 - side]
    share = (value - low) / (high - low)
    return before[1 - side] + share * (after[1 - side] - before[1 - side])
