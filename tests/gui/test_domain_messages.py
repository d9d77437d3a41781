"""Every message the domain can raise has a Chinese translation in the one context it is looked up in."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

import main
from domain.errors import NotFound
from domain.importing.errors import FileNotFound, RowError
from domain.validation import FieldError
from gui.common.field_errors import describe_field_error
from gui.customers.customer_form import CustomerForm
from gui.domain_messages import DOMAIN_CONTEXT, DOMAIN_MESSAGES, translate_domain
from gui.importing.messages import describe_problem, describe_reason
from gui.messages import describe_error
from gui.products.product_form import ProductForm
from tests.domain_message_catalogue import domain_messages

CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.fixture(scope="module")
def collected():
    return domain_messages()


def test_the_collector_understands_every_message_the_domain_raises(collected) -> None:
    assert collected.unresolvable == []  # an f-string message could never be translated
    assert len(collected.messages) >= 130
    for known in ("The license number is required.", "The product code is required.",
                  "{what} {key} was not found.", "Customer", "{path} cannot be read: {detail}"):
        assert known in collected.messages


def test_the_catalogue_list_is_exactly_the_domain_messages(collected) -> None:
    assert set(collected.messages) - set(DOMAIN_MESSAGES) == set(), "add them to domain/messages/catalogue.py"
    assert set(DOMAIN_MESSAGES) - set(collected.messages) == set(), "no longer raised: remove them"


def test_every_domain_message_has_a_chinese_translation_in_its_context(qapp, collected) -> None:
    translator = QTranslator()
    assert translator.load(str(main.RESOURCES / "translations" / "fieldbook_zh_CN.qm"))
    missing, broken = [], []
    for message in collected.messages:
        chinese = translator.translate(DOMAIN_CONTEXT, message)
        if not chinese or not CJK.search(chinese):
            missing.append(message)
        elif set(PLACEHOLDER.findall(chinese)) != set(PLACEHOLDER.findall(message)):
            broken.append((message, chinese))
    assert missing == [] and broken == []


def test_forms_dialogs_and_imports_look_them_up_in_that_context(qapp, chinese) -> None:
    required = FieldError("license_no", "The license number is required.")
    assert describe_field_error(required) == "专卖许可证号为必填项。"
    assert describe_reason(RowError(3, "专卖许可证号", "The license number is required.")) == "专卖许可证号为必填项。"
    assert describe_error(NotFound("Customer", 7)) == "找不到客户 7。"
    assert CJK.search(describe_problem(FileNotFound("/tmp/x.csv")))
    assert all(CJK.search(translate_domain(m)) for m in DOMAIN_MESSAGES)


def test_the_dossier_and_product_forms_show_their_errors_in_chinese(qtbot, chinese) -> None:
    form = CustomerForm()
    form.show_errors([FieldError("license_no", "The license number is required.")])
    assert form._rows["license_no"].error.text() == "专卖许可证号为必填项。"
    products = ProductForm()
    qtbot.addWidget(products)
    products.show_errors([FieldError("code", "A product code is 2 to 32 letters or digits.")])
    assert CJK.search(products._rows["code"].error.text())
