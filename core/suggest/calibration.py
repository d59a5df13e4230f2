"""How far a suggestion's confidence can be trusted, measured on hand labels.

A confidence is *calibrated* when, among suggestions shown with confidence
about p, a share p is right.  ``reliability`` groups suggestions into
confidence bins (count, mean confidence, share right) and
``expected_calibration_error`` is the count-weighted gap between the two;
scikit-learn's ``calibration_curve`` gives the same per-bin means.
``ACCEPT_THRESHOLD`` is the calibrated confidence at which "accept the
confident suggestions of a section" accepts by default: at 0.9 at least
nine suggestions in ten are right, and on held-out reports more (see
``tests/bench/bench_suggest.py``).

``smoothed_precision`` is how rule confidences are learned from confirmed
labels: the share right, pulled towards a prior by a few pseudo-counts so
that a dozen labels cannot push a rule to 1.0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ACCEPT_THRESHOLD = 0.9
BINS = 10


@dataclass(frozen=True)
class Bin:
    """One confidence bin: [low, high), how many suggestions fell in it, their mean confidence, share right."""

    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


def reliability(confidences: Sequence[float], correct: Sequence[bool], bins: int = BINS) -> list[Bin]:
    """Suggestions grouped by confidence into ``bins`` equal bins over [0, 1]; empty bins left out."""
    members: list[list[int]] = [[] for _ in range(bins)]
    for index, confidence in enumerate(confidences):
        members[min(int(confidence * bins), bins - 1)].append(index)
    result: list[Bin] = []
    for position, indices in enumerate(members):
        if not indices:
            continue
        result.append(Bin(
            position / bins,
            (position + 1) / bins,
            len(indices),
            sum(confidences[index] for index in indices) / len(indices),
            sum(1 for index in indices if correct[index]) / len(indices),
        ))
    return result


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = BINS) -> float:
    """The count-weighted mean gap between confidence and share right over the bins."""
    total = len(confidences)
    if not total:
        return 0.0
    return sum(row.count * abs(row.mean_confidence - row.accuracy)
               for row in reliability(confidences, correct, bins)) / total


def smoothed_precision(right: int, total: int, prior: float, weight: float) -> float:
    """The share right of ``total`` suggestions, with ``weight`` pseudo-suggestions right at ``prior``."""
    return (right + prior * weight) / (total + weight)
