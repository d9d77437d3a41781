from domain.result_codes import spelled_result_code
from domain.schemes import result_code


def test_5a8_is_spelled_out() -> None:
    assert spelled_result_code("5A8") == "5A8（5星 · 诚信A · 客户价值8分）"


def test_every_code_the_scheme_makes_is_spelled() -> None:
    assert spelled_result_code(result_code(4, "AAA", 10)) == "4AAA10（4星 · 诚信AAA · 客户价值10分）"
    assert spelled_result_code(result_code(3, "B", None)) == "3B（3星 · 诚信B）"
    assert spelled_result_code("自定义") == "自定义"
