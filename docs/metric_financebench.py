"""FinanceBench oracle through the metric question type first, the Answerer second (docs/METRICS.md).

Usage: PYTHONPATH=. python docs/metric_financebench.py STORE [show]   (STORE: the store of an `evals run --dataset financebench`)
"""
import hashlib, json, sys
from index.store import Store
from qa.answer import Answerer, _Solver
from qa.question import parse_question
from qa.plan import Plan
from qa.qtypes.base import AnswerContext
from qa.qtypes.metric import QUESTION_TYPE
from qa.verify import verify
from evals import adapters, pages
from evals.scoring import score

store = Store(sys.argv[1])
show = len(sys.argv) > 2
rows = {json.loads(l)["financebench_id"]: json.loads(l) for l in open(adapters.DEFAULT_PATHS["financebench"])}
by_hash = {f.content_hash: f.id for f in store.filings()}
ans = Answerer(store)
def half(company):  # split by company: a stable hash, not by question
    return "learn" if int(hashlib.sha256(company.encode()).hexdigest(), 16) % 2 == 0 else "holdout"
stats = {}
for it in adapters.load("financebench"):
    turn = it.turns[0]
    if turn.gold.type == "unscored":
        continue
    company = rows[it.id]["company"]
    fid = by_hash[hashlib.sha256(pages.combined(it.documents).data()).hexdigest()]
    view = ans.view(fid)
    q = parse_question(turn.question, view.meta, cal=view.calendar)
    solver = _Solver(view, q, [])
    ctx = AnswerContext(question=turn.question, plan=Plan(question=turn.question, qtype="metric"), view=view, solver=solver, history=[])
    a = None
    if QUESTION_TYPE.recognise(turn.question, ctx.plan):
        a = QUESTION_TYPE.answer(ctx)
        if a is not None and a.status != "not_found":
            a = verify(a, view.parsed.facts)
    used = a is not None
    if a is None:
        a = ans.ask(turn.question, fid)
    d = a.model_dump(mode="json")
    s = score(d, turn.gold, turn.question)
    h = half(company)
    st = stats.setdefault(h, {"scored": 0, "right": 0, "answered": 0, "wrong_answered": 0, "metric": 0})
    st["scored"] += 1; st["right"] += bool(s.correct)
    st["metric"] += used
    if a.status == "answered":
        st["answered"] += 1; st["wrong_answered"] += not s.correct
    if show and h == "learn" and (used or s.correct):
        print(h, it.id, "OK " if s.correct else "BAD", a.status, s.reason, s.predicted, "| gold", turn.gold.display[:30], "|", turn.question[:110])
        if not s.correct and a.status != "not_found": print("    ", a.text[:400])
        if a.status == "not_found": print("    ", a.reason)
for h, st in sorted(stats.items()):
    print(h, st, "accuracy %.3f" % (st["right"] / st["scored"]), "wrong/answered %.3f" % (st["wrong_answered"] / max(1, st["answered"])))
t = {k: sum(s[k] for s in stats.values()) for k in ["scored", "right", "answered", "wrong_answered"]}
print("all", t, "accuracy %.3f" % (t["right"] / t["scored"]), "wrong/answered %.3f" % (t["wrong_answered"] / max(1, t["answered"])))
