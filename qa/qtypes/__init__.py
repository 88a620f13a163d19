"""Question types: one module per type declares how it is recognised and how it answers.

A type is an object with
    name: str                       the registry key (Plan.qtype)
    priority: int                   lower is tried first; ties keep registration order
    recognise(question, plan) -> bool
    answer(ctx) -> Answer | None    None hands the question to the next type that recognises it

`ctx` is an `AnswerContext` (qa/qtypes/base.py): the question, the plan, the filing's view, the
solver (operand finding, program building, citations). Adding a question form is one module
here plus its tests; nothing else reorders.
"""
