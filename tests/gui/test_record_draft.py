"""The visit record form's draft keeper on its own: it finds the draft of the same visit only, leaves an
unreadable draft where it is and says so, says when a draft cannot be written, and deletes on discard."""
from __future__ import annotations

from datetime import UTC, date, datetime

from domain.visits.drafts import draft_key, dump_draft
from domain.visits.record import VisitRecord
from gui.visits.record_draft import DraftKeeper

DAY = date(2026, 5, 12)
SAVED_AT = datetime(2026, 5, 12, 1, 30, tzinfo=UTC)


class MemoryDrafts:
    def __init__(self, fail_writes: bool = False) -> None:
        self.texts: dict[str, str] = {}
        self.fail_writes = fail_writes

    def save(self, key: str, text: str) -> None:
        if self.fail_writes:
            raise OSError("disk full")
        self.texts[key] = text

    def load(self, key: str) -> str | None:
        return self.texts.get(key)

    def delete(self, key: str) -> None:
        self.texts.pop(key, None)


def _keeper(store: MemoryDrafts | None) -> tuple[DraftKeeper, list[str]]:
    keeper = DraftKeeper(store, lambda: datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    messages: list[str] = []
    keeper.message.connect(messages.append)
    return keeper, messages


def test_the_draft_of_the_same_visit_comes_back(qapp) -> None:
    store = MemoryDrafts()
    store.texts[draft_key(7, DAY)] = dump_draft(VisitRecord(7, DAY, summary="与家属沟通。"), SAVED_AT)
    keeper, messages = _keeper(store)
    draft = keeper.open(7, DAY, None)
    assert draft is not None and draft.record.summary == "与家属沟通。" and draft.saved_at == SAVED_AT
    assert keeper.key == draft_key(7, DAY) and messages == []


def test_a_draft_of_another_customer_under_the_key_is_not_offered(qapp) -> None:
    store = MemoryDrafts()
    store.texts[draft_key(7, DAY)] = dump_draft(VisitRecord(8, DAY, summary="别家"), SAVED_AT)
    keeper, messages = _keeper(store)
    assert keeper.open(7, DAY, None) is None
    assert messages == []


def test_an_unreadable_draft_is_left_as_it_was_and_told(qapp) -> None:
    store = MemoryDrafts()
    store.texts[draft_key(7, DAY)] = "{not json"
    keeper, messages = _keeper(store)
    assert keeper.open(7, DAY, None) is None
    assert store.texts[draft_key(7, DAY)] == "{not json"
    assert messages == ["A draft of this visit could not be read and was left as it was."]


def test_writing_keeps_the_record_and_discarding_deletes_it(qtbot) -> None:
    store = MemoryDrafts()
    keeper, messages = _keeper(store)
    keeper.open(7, DAY, 41)
    with qtbot.waitSignal(keeper.written, timeout=1000):
        keeper.write(VisitRecord(7, DAY, visit_id=41, summary="陈列调整"))
    assert "陈列调整" in store.texts[draft_key(7, DAY, 41)]
    assert len(messages) == 1 and messages[0].startswith("Draft kept at ")
    keeper.discard()
    assert store.texts == {}


def test_a_draft_that_cannot_be_written_is_told_and_not_announced_as_kept(qtbot) -> None:
    keeper, messages = _keeper(MemoryDrafts(fail_writes=True))
    keeper.open(7, DAY, None)
    with qtbot.assertNotEmitted(keeper.written):
        keeper.write(VisitRecord(7, DAY, summary="x"))
    assert messages == ["The draft could not be written: disk full"]


def test_an_edit_writes_after_the_delay_once(qtbot) -> None:
    keeper, _ = _keeper(MemoryDrafts())
    keeper.autosave.setInterval(30)
    due: list[bool] = []
    keeper.due.connect(lambda: due.append(True))
    keeper.edited()
    keeper.edited()  # two edits within the delay: one write
    qtbot.waitUntil(lambda: due == [True], timeout=1000)
    qtbot.wait(60)
    assert due == [True]


def test_without_a_draft_store_nothing_is_kept(qtbot) -> None:
    keeper, messages = _keeper(None)
    assert keeper.open(7, DAY, None) is None
    with qtbot.assertNotEmitted(keeper.written):
        keeper.write(VisitRecord(7, DAY, summary="x"))
    assert messages == []
