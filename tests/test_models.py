from decimal import Decimal

from index.models import Cell


def test_cell_value_serializes_as_exact_decimal_string():
    cell = Cell(raw="(19,483)", value=Decimal("-19483000"), unit="USD", column=0)
    assert cell.model_dump(mode="json")["value"] == "-19483000"
