"""设置's editors of the grade, star and value-tier schemes: load, edit, save as a new version, refuse an
invalid edit with the message beside its field, restore the template, ask before closing with edits."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from domain.model.customers import Market, ValueTier
from domain.services.tier_schemes import load_scheme
from domain.tiers.schemes import GradeMeasure, GradeMethod, LoyaltyMeasure, SchemeKind, SplitMethod, template
from gui.context import AppContext
from gui.settings.grade_editor import GradeSchemeEditor
from gui.settings.scheme_editor import SchemeEditor
from gui.settings.star_editor import StarSchemeEditor
from gui.settings.tier_editor import ValueTierSchemeEditor
from gui.workers import TaskRunner
from tests.gui.dossier_demo import dispose

Open = Callable[[type[SchemeEditor]], SchemeEditor]


@pytest.fixture
def open_editor(qtbot, ctx: AppContext, runner: TaskRunner) -> Iterator[Open]:
    made: list[SchemeEditor] = []

    def make(editor_class: type[SchemeEditor]) -> SchemeEditor:
        editor = editor_class(ctx, runner)
        made.append(editor)
        editor.show()
        with qtbot.waitSignal(editor.loaded, timeout=5000):
            editor.refresh()
        return editor

    yield make
    for editor in made:
        editor.discard_unsaved()
        dispose(editor, runner)


def _save(qtbot, editor: SchemeEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_button.click()


def test_the_grade_editor_saves_a_new_version(qtbot, ctx, open_editor) -> None:
    editor = open_editor(GradeSchemeEditor)
    assert isinstance(editor, GradeSchemeEditor)
    assert editor.grades.value() == 30 and "Template" in editor.version_label.text()
    assert not editor.unsaved_work()
    editor.grades.setValue(16)
    editor.weight_boxes[GradeMeasure.AMOUNT].setValue(60)
    editor.weight_boxes[GradeMeasure.CARTONS].setValue(30)
    editor.placements.cell(0, 2).setValue(9)  # type: ignore[attr-defined]
    assert editor.unsaved_work() == [editor.title]
    _save(qtbot, editor)
    stored = load_scheme(ctx.uow(), SchemeKind.GRADE)
    assert stored.version == 1 and stored.grades == 16
    assert dict(stored.weights)[GradeMeasure.AMOUNT] == Decimal("0.6")
    assert dict(stored.weights)[GradeMeasure.LOW_TAR_SHARE] == Decimal("0.1")
    assert stored.placements[0].grade == 9 and stored.placements[0].market is Market.TOWN
    assert stored.placements[0].min_area_m2 == 40
    assert editor.version_label.text() == "Version 1" and not editor.unsaved_work()
    with ctx.uow() as uow:
        assert uow.settings.load().grade_count == 16  # the customer form checks typed grades against it


def test_the_band_table_shows_only_when_grades_come_from_it(qtbot, ctx, open_editor) -> None:
    editor = open_editor(GradeSchemeEditor)
    assert isinstance(editor, GradeSchemeEditor)
    assert not editor.score_table_row.isVisibleTo(editor)
    editor.method.setCurrentIndex(editor.method.findData(GradeMethod.SCORE_TABLE.value))
    assert editor.score_table_row.isVisibleTo(editor)
    for score, grade in (("50", 20), ("80", 30), ("0", 1)):
        editor.score_table.add_row((Decimal(score), grade))
    _save(qtbot, editor)
    stored = load_scheme(ctx.uow(), SchemeKind.GRADE)
    assert stored.method is GradeMethod.SCORE_TABLE
    assert stored.score_table == ((Decimal(80), 30), (Decimal(50), 20), (Decimal(0), 1))  # highest first


def test_an_invalid_grade_scheme_shows_why_beside_the_field_and_saves_nothing(qtbot, ctx, open_editor) -> None:
    editor = open_editor(GradeSchemeEditor)
    assert isinstance(editor, GradeSchemeEditor)
    for box in editor.weight_boxes.values():
        box.setValue(0)
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.save_button.click()
    row = editor.field_rows["weights"]
    assert row.error.isVisibleTo(editor) and "weights" in row.error.text()
    assert load_scheme(ctx.uow(), SchemeKind.GRADE).version == 0
    # an empty band table: the table is shown, so the message is under it
    editor.weight_boxes[GradeMeasure.AMOUNT].setValue(100)
    editor.method.setCurrentIndex(editor.method.findData(GradeMethod.SCORE_TABLE.value))
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.save_button.click()
    assert not row.error.isVisibleTo(editor)
    assert "band table" in editor.field_rows["score_table"].error.text()


def test_the_messages_are_in_chinese(qtbot, ctx, open_editor, chinese) -> None:
    editor = open_editor(GradeSchemeEditor)
    assert isinstance(editor, GradeSchemeEditor)
    for box in editor.weight_boxes.values():
        box.setValue(0)
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.save_button.click()
    # through the domain catalogue's translation (the Chinese comes from fieldbook_zh_CN.ts)
    assert re.search(r"[\u4e00-\u9fff]", editor.field_rows["weights"].error.text())


def test_restore_template_asks_then_saves_the_template_as_a_new_version(qtbot, ctx, open_editor,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = open_editor(GradeSchemeEditor)
    assert isinstance(editor, GradeSchemeEditor)
    editor.grades.setValue(15)
    _save(qtbot, editor)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    editor.restore_button.click()
    assert asked and load_scheme(ctx.uow(), SchemeKind.GRADE).grades == 15  # cancelled: nothing
    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.restore_button.click()
    stored = load_scheme(ctx.uow(), SchemeKind.GRADE)
    assert stored.version == 2 and stored.grades == template(SchemeKind.GRADE).grades == 30
    assert editor.grades.value() == 30 and editor.version_label.text() == "Version 2"


def test_closing_with_edits_asks_and_can_stay_save_or_discard(qtbot, ctx, open_editor,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    editor = open_editor(GradeSchemeEditor)
    assert isinstance(editor, GradeSchemeEditor)
    buttons = QMessageBox.StandardButton
    answers = [buttons.Cancel, buttons.Save]
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    editor.close_button.click()  # nothing edited: closes without a question
    assert not asked and not editor.isVisible()
    editor.show()
    editor.new_shop_months.setValue(2)
    editor.close_button.click()
    assert editor.isVisible() and "Grade scheme" in asked[0]  # stayed
    editor.close_button.click()
    assert not editor.isVisible()
    assert load_scheme(ctx.uow(), SchemeKind.GRADE).new_shop_months == 2  # saved on the way out


def test_the_star_editor_saves_thresholds_bands_and_the_code_form(qtbot, ctx, open_editor) -> None:
    editor = open_editor(StarSchemeEditor)
    assert isinstance(editor, StarSchemeEditor)
    assert editor.thresholds.table.rowCount() == 4
    assert editor.band_tables["monthly_cartons"].table.rowCount() == 14
    editor.thresholds.cell(0, 0).setValue(92)  # type: ignore[attr-defined]
    editor.band_tables["class1_share"].cell(0, 1).setValue(12)  # type: ignore[attr-defined]
    editor.result_code_form.setText("{stars}-{integrity}")
    _save(qtbot, editor)
    stored = load_scheme(ctx.uow(), SchemeKind.STAR)
    assert stored.version == 1
    assert stored.thresholds[0] == (Decimal(92), 5)
    assert stored.bands_of("class1_share")[0].points == Decimal(12)
    assert stored.bands_of("monthly_cartons") == template(SchemeKind.STAR).bands_of("monthly_cartons")
    assert stored.result_code_form == "{stars}-{integrity}"


def test_an_invalid_star_scheme_is_refused(qtbot, ctx, open_editor) -> None:
    editor = open_editor(StarSchemeEditor)
    assert isinstance(editor, StarSchemeEditor)
    editor.thresholds.cell(1, 1).setValue(5)  # type: ignore[attr-defined]  # two thresholds for five stars
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.save_button.click()
    assert "at most one threshold" in editor.field_rows["thresholds"].error.text()
    assert load_scheme(ctx.uow(), SchemeKind.STAR).version == 0


def test_the_value_tier_editor_saves_measures_split_and_care_plans(qtbot, ctx, open_editor) -> None:
    editor = open_editor(ValueTierSchemeEditor)
    assert isinstance(editor, ValueTierSchemeEditor)
    assert not editor.field_rows["loyalty_threshold"].isVisibleTo(editor)  # median: no thresholds
    editor.contribution.setCurrentIndex(editor.contribution.findData("amount"))
    editor.months.setValue(6)
    editor.weight_boxes[LoyaltyMeasure.TENURE].setValue(10)
    editor.split.setCurrentIndex(editor.split.findData(SplitMethod.FIXED.value))
    assert editor.field_rows["loyalty_threshold"].isVisibleTo(editor)
    editor.contribution_threshold.setValue(25000)
    editor.loyalty_threshold.setValue(60)
    potential = editor.care_boxes[ValueTier.POTENTIAL]
    potential.strategy.setPlainText("每两周上门，推荐新品")
    potential.visit_every.setValue(14)
    potential.invite.setChecked(False)
    editor.care_boxes[ValueTier.KEY].visit_every.setValue(0)  # blank: the segment's frequency
    _save(qtbot, editor)
    stored = load_scheme(ctx.uow(), SchemeKind.VALUE_TIER)
    assert stored.version == 1 and stored.months == 6 and stored.contribution.value == "amount"
    assert dict(stored.loyalty_weights)[LoyaltyMeasure.TENURE] == Decimal("0.1")
    assert stored.split is SplitMethod.FIXED
    assert (stored.contribution_threshold, stored.loyalty_threshold) == (Decimal(25000), Decimal(60))
    plan = stored.care_plan(ValueTier.POTENTIAL)
    assert (plan.strategy, plan.visit_every_days, plan.invite_to_salons) == ("每两周上门，推荐新品", 14, False)
    assert stored.care_plan(ValueTier.KEY).visit_every_days is None
    assert [p.tier for p in stored.care_plans] == [p.tier for p in template(SchemeKind.VALUE_TIER).care_plans]


def test_an_invalid_value_tier_scheme_is_refused(qtbot, ctx, open_editor) -> None:
    editor = open_editor(ValueTierSchemeEditor)
    assert isinstance(editor, ValueTierSchemeEditor)
    for box in editor.weight_boxes.values():
        box.setValue(0)
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.save_button.click()
    assert "weights" in editor.field_rows["loyalty_weights"].error.text()
    assert load_scheme(ctx.uow(), SchemeKind.VALUE_TIER).version == 0


@pytest.mark.parametrize("editor_class", [GradeSchemeEditor, StarSchemeEditor, ValueTierSchemeEditor])
def test_a_loaded_editor_holds_no_unsaved_work(qtbot, open_editor, editor_class) -> None:
    """The fields give back exactly the scheme they were filled from (no float drift, no reordering)."""
    editor = open_editor(editor_class)
    assert editor.unsaved_work() == []
    assert editor.scheme is not None and editor.edited() == editor.scheme
