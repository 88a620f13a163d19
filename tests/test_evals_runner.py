import pytest

from evals.models import Document, EvalItem, EvalTurn, Gold
from evals.runner import RunConfig, select


def items(n):
    turn = EvalTurn(question="q?", gold=Gold(type="refuse"), qtype="refuse")
    return [EvalItem(id=str(i), documents=[Document(name=f"d{i}.txt", text="x")], turns=[turn]) for i in range(n)]


def test_limit_takes_the_first_items_or_a_seeded_sample_in_dataset_order():
    all_items = items(10)
    assert [i.id for i in select(all_items, 3, None)] == ["0", "1", "2"]
    sample = select(all_items, 4, seed=7)
    assert len(sample) == 4 and [int(i.id) for i in sample] == sorted(int(i.id) for i in sample)
    assert select(all_items, 4, seed=7) == sample  # deterministic
    assert select(all_items, 4, seed=8) != sample
    assert select(all_items, None, None) == all_items and select(all_items, 50, 1) == all_items


@pytest.mark.parametrize("kwargs,message", [({"setting": "closed"}, "--setting"), ({"limit": 0}, "--limit"),
                                            ({"url": "localhost:8000"}, "--url")])
def test_config_rejects_bad_options_with_the_option_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        RunConfig(dataset="finqa", **kwargs).validate()
