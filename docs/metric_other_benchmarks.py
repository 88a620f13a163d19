"""The metric question type alone on another benchmark's pages: how many questions it claims, answers, gets wrong.

Usage: PYTHONPATH=. python docs/metric_other_benchmarks.py {finqa|tatqa|convfinqa} N   (first N items; first turns)
"""
import sys, time
sys.path.insert(0, 'tests')
from evals import adapters
from evals.scoring import score
from test_metric_answers import view_of
from qa.question import parse_question
from qa.answer import _Solver
from qa.plan import Plan
from qa.qtypes.base import AnswerContext
from qa.qtypes.metric import QUESTION_TYPE
from qa.verify import verify
ds = sys.argv[1]; n = int(sys.argv[2])
items = adapters.load(ds)[:n]
rec = ans = right = wrong = 0
t = time.time()
for it in items:
    turn = it.turns[0]
    plan = Plan(question=turn.question, qtype="metric")
    if not QUESTION_TYPE.recognise(turn.question, plan): continue
    rec += 1
    doc = it.documents[0]
    v = view_of(doc.data(), doc.name)
    q = parse_question(turn.question, v.meta, cal=v.calendar)
    a = QUESTION_TYPE.answer(AnswerContext(question=turn.question, plan=plan, view=v, solver=_Solver(v, q, []), history=[]))
    if a is None or a.status == "not_found": continue
    a = verify(a, v.parsed.facts)
    s = score(a.model_dump(mode="json"), turn.gold, turn.question)
    if a.status == "answered":
        ans += 1; right += bool(s.correct); wrong += not s.correct
        if not s.correct: print("WRONG", it.id, turn.question[:120], "| gold", turn.gold.display, "| got", a.value and a.value.amount, a.text[:200])
print(ds, "items", len(items), "recognised", rec, "answered", ans, "right", right, "wrong", wrong, "%.0fs" % (time.time() - t))
