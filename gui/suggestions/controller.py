"""Suggested labels in the window: shown paler than confirmed ones, accepted by a key, learned in the background.

``SuggestionController`` keeps a suggestion (``core.suggest.suggestions.Suggestion``:
label, confidence, reason) for every sentence of each report shown: the
rules' at once when the report is first shown, then, once a model has learned
from enough confirmed labels, the model's where it is more confident
(``core.suggest.suggestions``).  The report view tints sentences without a label in the
pale colour of their suggestion, underlined dashed, or wavy where the
confidence is below the accept threshold (the hard cases); the sentence panel
says what is suggested, how sure and why.

Accepting a suggestion saves it with ``source: suggested`` through the same
``LabelCommand`` a label key uses (which saves ``source: manual``); accepting
several at once, with different labels, is one ``AcceptSuggestionsCommand``.
Unaccepted suggestions are never saved.

The model behind them learns in the background (``gui.suggestions.learner``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar, QWidget

from core.annotations.record import SOURCE_SUGGESTED
from core.suggest.rules import Suggestion, rule_suggestions
from gui.language.label_names import label_text
from gui.language.suggestion_reasons import reason_text
from gui.reading.report_view import ReportView
from gui.shell.settings import AppSettings
from gui.suggestions.learner import SuggestionLearner
from gui.tagging.controller import TaggingController
from gui.tagging.sentence_panel import SentencePanel
from gui.tagging.undo_commands import AcceptSuggestionsCommand, LabelCommand
from gui.tagging.workspace import ReportEntry, Workspace


class SuggestionController(QObject):
    """The suggestions of the open reports: shown, explained, accepted; ``learner`` improves them."""

    suggestionsChanged = Signal(object)  # ReportEntry: new suggestions arrived for it
    modelChanged = Signal()  # a model was loaded, trained or reset
    message = Signal(str)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, tagging: TaggingController, view: ReportView,
                 panel: SentencePanel, settings: AppSettings, annotator: str, status_bar: QStatusBar,
                 parent: QWidget) -> None:
        """``parent`` owns the learner's dialogs; messages go to ``status_bar``."""
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.tagging = tagging
        self.view = view
        self.panel = panel
        self._settings = settings
        self._by_entry: dict[ReportEntry, list[Suggestion]] = {}
        self._visited: dict[ReportEntry, set[int]] = {}
        self._from_model: set[ReportEntry] = set()  # reports whose suggestions came from the model
        self._show = self._settings.show_suggestions
        self.learner = SuggestionLearner(self.workspace, annotator, status_bar, parent, self)
        self.learner.predicted.connect(self._predicted)
        self.learner.modelChanged.connect(self._model_changed)
        self.learner.message.connect(self.message)
        self.workspace.labelsChanged.connect(self._labels_changed)
        self.tagging.currentChanged.connect(self._show_current)
        self.tagging.suggested = self._suggested
        self.message.connect(lambda text: status_bar.showMessage(text, 8000))

    # settings

    @property
    def accept_threshold(self) -> float:
        """The confidence a suggestion needs to be accepted with its section."""
        return self._settings.accept_threshold

    @accept_threshold.setter
    def accept_threshold(self, value: float) -> None:
        self._settings.accept_threshold = value
        self.view.set_suggestions(self._view_labels(self.tagging.entry))  # which ones are uncertain changed

    @property
    def show_suggestions(self) -> bool:
        return self._show

    @show_suggestions.setter
    def show_suggestions(self, show: bool) -> None:
        self._show = bool(show)
        self._settings.show_suggestions = self._show
        self.view.set_suggestions(self._view_labels(self.tagging.entry))
        self._show_current()

    # what is suggested

    def suggestion(self, entry: ReportEntry | None, index: int) -> Suggestion | None:
        """The suggestion for a sentence, if its label is one of the file's labels."""
        suggestions = self._by_entry.get(entry) if entry is not None else None
        if entry is None or suggestions is None or not 0 <= index < len(suggestions):
            return None
        found = suggestions[index]
        return found if entry.file.label(found.label) is not None else None

    def show_entry(self, entry: ReportEntry | None) -> None:
        """Before a report is shown: its rule suggestions (if not known yet) go to the view."""
        if entry is not None and entry not in self._by_entry:
            self._by_entry[entry] = rule_suggestions(entry.report)
        self.learner.shown = entry
        self.view.set_suggestions(self._view_labels(entry), refresh=False)

    def _suggested(self, entry: ReportEntry, index: int) -> tuple[str, bool] | None:
        """A sentence's suggested label and whether it reaches the accept threshold (for the filters)."""
        found = self.suggestion(entry, index)
        return (found.label, found.confidence >= self.accept_threshold) if found is not None else None

    def _view_labels(self, entry: ReportEntry | None) -> Callable[[int], tuple[str, bool]] | None:
        """For the view: each sentence's suggested label, and whether it reaches the accept threshold."""
        if entry is None or not self._show or entry not in self._by_entry:
            return None
        suggestions = self._by_entry[entry]  # updated in place when the model predicts
        threshold = self.accept_threshold
        return lambda index: (suggestions[index].label, suggestions[index].confidence >= threshold)

    def _labels_changed(self, entry: ReportEntry, _indexes: list[int]) -> None:
        if entry is self.tagging.entry:
            self._show_current()

    def _show_current(self) -> None:
        entry = self.tagging.entry
        if entry is None or not entry.report.sentences:
            self.panel.show_suggestion("")
            return
        found = self.suggestion(entry, entry.current)
        if found is None:
            self.panel.show_suggestion(self.tr("— none —"))
            return
        text = f"{label_text(found.label)} ({found.confidence:.2f}, {reason_text(found.reason)})"
        label = entry.label_of(entry.current)
        if label == found.label:
            text += "  ✓"
        elif not self._show:
            text += "  " + self.tr("(hidden in the text)")
        definition = entry.file.label(found.label)
        self.panel.show_suggestion(text, definition.colour if definition is not None and label is None else None)

    # accepting

    def _usable_entry(self) -> ReportEntry | None:
        entry = self.tagging.editable_entry()
        if entry is None:
            return None
        if not self._show:
            self.message.emit(self.tr("Suggested labels are hidden (Tagging › Show suggested labels)."))
            return None
        return entry

    def accept_current(self) -> bool:
        """Accept the suggestions of the selected sentences without a label, and move on."""
        entry = self._usable_entry()
        if entry is None:
            return False
        indexes = list(entry.selected_range())
        labels = {index: found.label for index in indexes
                  if entry.label_of(index) is None and (found := self.suggestion(entry, index)) is not None}
        if len(set(labels.values())) == 1:
            self.undo_stack.push(LabelCommand(self.workspace, entry, sorted(labels), next(iter(labels.values())),
                                                     SOURCE_SUGGESTED))
        elif labels:
            self.undo_stack.push(AcceptSuggestionsCommand(self.workspace, entry, labels, self.tr(
                "accept %n suggestions", "", len(labels))))
        last = indexes[-1]
        following = (index for index in range(last + 1, len(entry.report.sentences)) if self.tagging.matches(index))
        self.tagging.go_to(next(following, last))
        return bool(labels)

    def section_of(self, entry: ReportEntry, index: int) -> tuple[str | None, list[int]]:
        """The innermost section of a sentence and the sentences in it (its sub-sections included)."""
        chain = entry.progress.chain(index)
        section_id = chain[-1] if chain else None
        count = len(entry.report.sentences)
        if section_id is None:
            return None, [other for other in range(count) if not entry.progress.chain(other)]
        return section_id, [other for other in range(count) if section_id in entry.progress.chain(other)]

    def accept_section(self) -> int:
        """Accept every suggestion of the current section at or above the threshold, as one undo step."""
        entry = self._usable_entry()
        if entry is None:
            return 0
        section_id, members = self.section_of(entry, entry.current)
        section = entry.report.section_by_id(section_id)
        title = section.title if section is not None else self.tr("before the first section")
        threshold = self.accept_threshold
        open_members = [index for index in members
                        if entry.label_of(index) is None and self.suggestion(entry, index) is not None]
        labels = {index: found.label for index in open_members
                  if (found := self.suggestion(entry, index)) is not None and found.confidence >= threshold}
        left = [index for index in open_members if index not in labels]
        if not labels:
            self.message.emit(self.tr("No suggestion in “%1” reaches the confidence %2.").replace(
                "%1", title).replace("%2", f"{threshold:.2f}"))
            return 0
        self.undo_stack.push(AcceptSuggestionsCommand(self.workspace, entry, labels, self.tr(
            "accept %n suggestions in “%1”", "", len(labels)).replace("%1", title)))
        self.message.emit(self.tr("Accepted %1 suggestion(s) in “%2” (confidence ≥ %3); %4 left for you.").replace(
            "%1", str(len(labels))).replace("%2", title).replace("%3", f"{threshold:.2f}").replace(
            "%4", str(len(left))))
        self.tagging.go_to(left[0] if left else entry.current)
        return len(labels)

    def next_uncertain(self) -> int | None:
        """Go to the sentence without a label whose suggestion is least confident.

        Sentences reached this way and left without a label are passed over
        the next time, so pressing the key again walks on to the next hardest.
        """
        entry = self.tagging.entry
        if entry is None or not entry.report.sentences:
            return None
        ranked = sorted((found.confidence, index) for index in range(len(entry.report.sentences))
                        if entry.label_of(index) is None and (found := self.suggestion(entry, index)) is not None)
        if not ranked:
            self.message.emit(self.tr("Every sentence has a label."))
            return None
        visited = self._visited.setdefault(entry, set())
        fresh = [index for _confidence, index in ranked if index not in visited]
        if not fresh:
            visited.clear()
            fresh = [index for _confidence, index in ranked if index != entry.current] or [ranked[0][1]]
            self.message.emit(self.tr("Every uncertain sentence was visited; starting again from the least confident."))
        target = fresh[0]
        visited.add(target)
        self.tagging.go_to(target)
        return target

    def stop(self) -> None:
        """On closing: the learner stops."""
        self.learner.stop()

    # what the model says

    def _model_changed(self) -> None:
        if not self.learner.ready and self._from_model:  # reset, or too few labels: back to the rules
            for entry in self._from_model:
                self._replace(entry, rule_suggestions(entry.report))
            self._from_model.clear()
            self._show_current()
        self.modelChanged.emit()

    def _predicted(self, entry: ReportEntry, suggestions: list[Suggestion]) -> None:
        self._replace(entry, suggestions)
        self._from_model.add(entry)
        if entry is self.tagging.entry:
            self._show_current()
        self.suggestionsChanged.emit(entry)

    def _replace(self, entry: ReportEntry, suggestions: list[Suggestion]) -> None:
        """New suggestions for a report; the view redraws only the sentences whose suggested label changed."""
        current = self._by_entry.get(entry)
        if current is None:
            self._by_entry[entry] = suggestions
            return
        threshold = self.accept_threshold
        moved = [index for index, (old, new) in enumerate(zip(current, suggestions))
                 if (old.label, old.confidence >= threshold) != (new.label, new.confidence >= threshold)]
        current[:] = suggestions  # in place: the view's callable reads this list
        if moved and entry is self.tagging.entry and self._show:
            self.view.refresh_sentences(moved)
