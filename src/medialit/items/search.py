"""An offline search: open results, then judge a claim; scored on what fact checkers do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medialit._data import STATUSES
from medialit.items.base import (
    MAX_TEXT_CHARS,
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    by_letter,
    register,
    verdict_for,
)

ROLES = {
    "independent": "an independent source: no stake in the answer",
    "against-interest": "a source speaking against its own side's interest",
    "interested": "an interested party: a side's own statement",
    "anonymous": "unnamed officials or sources",
    "republisher": "a copy of someone else's report",
}
_RESULT_KEYS = {"title", "outlet", "date", "snippet", "reported", "role"}


@register
class Search(ItemType):
    """An offline search: open results (each with a card on who is behind the outlet), then
    answer with a status and a reason. Scored on what fact checkers do."""

    name = "search"
    released = (
        frozenset({"results"}),
        {"results": frozenset({"title", "outlet", "date", "snippet", "reported"})},
    )
    label = "search and judge"
    required = frozenset({"results", "answer", "first", "path", "why"})
    optional = frozenset({"accept"})
    how = "a dict: the results you opened (letters, in order), a status and your reason"
    example = '{"opened": ["b", "a"], "status": "disputed", "reason": "..."}'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        results = raw["results"]
        if not isinstance(results, list) or not 2 <= len(results) <= 12:
            raise check.fail("results must be a list of 2 to 12 results")
        for letter, result in by_letter(results).items():
            where = f"result {letter}"
            if not isinstance(result, dict) or set(result) != _RESULT_KEYS:
                raise check.fail(
                    f"{where} needs exactly the keys {', '.join(sorted(_RESULT_KEYS))}"
                )
            for key in sorted(_RESULT_KEYS - {"role"}):
                check.text(f"{where} {key}", str(result[key]) if result[key] is not None else "")
            if result["role"] not in ROLES:
                raise check.fail(f"{where}: role must be one of {', '.join(ROLES)}")
            if check.outlets(str(result["outlet"])) is None:
                raise check.fail(f"{where}: no profile of {result['outlet']!r} in sources.csv")
        keys = list(by_letter(results))
        first = raw["first"]
        if not isinstance(first, list) or not first or not set(first) <= set(keys):
            raise check.fail(
                f"first must list the results a careful reader opens first ({', '.join(keys)})"
            )
        for status in [raw["answer"], *(raw.get("accept") or [])]:
            if status not in STATUSES:
                raise check.fail(f"{status!r} is not a status ({', '.join(STATUSES)})")
        check.text("path", raw["path"])
        check.text("why", raw["why"])

    def results(self, question: Asked) -> dict[str, dict[str, Any]]:
        """The results by letter, in the order of the results page (never shuffled: the
        order is what a search engine shows, and skipping past the top is the skill)."""
        items = question.spec["results"]
        return by_letter(items)

    def card(self, question: Asked, key: str) -> str:
        """What opening a result shows: who is behind the outlet, and what it reported."""
        result = self.results(question)[key]
        profile = question.outlet(str(result["outlet"])) or {}
        return "\n".join(
            [
                f"{result['outlet']}: {profile.get('kind', 'unverified here')}",
                f"Owner or funder: {profile.get('owner_funding', 'unverified here')}",
                f"Based in: {profile.get('based_in', 'unverified here')}",
                f"Stated mission or documented stance: {profile.get('stance', 'unverified here')}",
                f"It reported ({result['date']}): {str(result['reported']).strip()}",
            ]
        )

    def read(self, question: Asked, response: Any) -> Any:
        keys = list(self.results(question))
        shape = 'Answer with {"opened": [...], "status": "...", "reason": "..."}.'
        if not isinstance(response, Mapping):
            raise Unreadable(shape)
        opened = response.get("opened") or []
        if not isinstance(opened, (list, tuple)) or not all(isinstance(k, str) for k in opened):
            raise Unreadable('List the results you opened by their letters, e.g. ["b", "a"].')
        opened = [k.strip().lower() for k in opened]
        unknown = [k for k in opened if k not in keys]
        if unknown:
            raise Unreadable(
                f'There is no result "{unknown[0]}". The results are {", ".join(keys)}.'
            )
        if not opened:
            raise Unreadable("Open at least one result before you answer: that is the point.")
        status = response.get("status")
        if not isinstance(status, str) or status.strip().lower() not in STATUSES:
            raise Unreadable(f"Choose a status: one of {', '.join(STATUSES)}.")
        reason = response.get("reason")
        if not isinstance(reason, str) or len(reason.split()) < 3:
            raise Unreadable("Give your reason in a few words (at least three).")
        if len(reason) > MAX_TEXT_CHARS:
            raise Unreadable(f"That reason is longer than {MAX_TEXT_CHARS} characters.")
        return {"opened": opened, "status": status.strip().lower(), "reason": reason.strip()}

    def score(self, question: Asked, stored: Any) -> Result:
        spec, results = question.spec, self.results(question)
        accepted = [spec["answer"], *(spec.get("accept") or [])]
        opened = stored["opened"]
        strong = [k for k in opened if results[k]["role"] in ("independent", "against-interest")]
        right = stored["status"] in accepted
        first_ok = opened[0] in spec["first"]
        checked = bool(strong)
        score = 0.5 * right + 0.25 * checked + 0.25 * first_ok
        lines = [
            ("✓" if right else "✗")
            + f" Your answer: {stored['status']}. "
            + (
                f"The key says {spec['answer']}."
                if stored["status"] == spec["answer"]
                else f"{stored['status']} is defensible too (the key says {spec['answer']})."
                if right
                else f"The key says {spec['answer']}."
            )
            + f" {spec['why'].strip()}",
            ("✓" if checked else "✗")
            + (
                " You opened a source with no stake in the answer (or one speaking against its "
                "own side) before answering."
                if checked
                else " You answered without opening a source that has no stake in the answer."
            ),
            ("✓" if first_ok else "✗")
            + f' You opened "{results[opened[0]]["title"]}" first: '
            + f"{ROLES[results[opened[0]]['role']]}."
            + (
                ""
                if first_ok
                else " A careful reader starts elsewhere; the top result is not "
                "always the best one."
            ),
            "How a fact checker would go: " + spec["path"].strip(),
        ]
        return Result(
            valid=True,
            correct=right and checked and first_ok,
            score=round(score, 4),
            feedback="\n".join(lines),
            verdict=verdict_for(score),
            habits={
                "opened the top result first": opened[0] == "a",
                "opened a careful first result first": first_ok,
                "opened an independent source before answering": checked,
            },
        )

    def lines(self, question: Asked) -> list[str]:
        rows = []
        for key, result in self.results(question).items():
            rows.append(f"  {key}) {result['title']} · {result['outlet']} · {result['date']}")
            rows.append(f"     {result['snippet']}")
        rows.append("  Statuses: " + ", ".join(STATUSES))
        rows.append("  In the widget you open results one by one; here is what each one shows:")
        for key in self.results(question):
            rows += [f"  [{key}] " + line for line in self.card(question, key).splitlines()]
        return rows

    def key(self, question: Asked) -> list[str]:
        spec = question.spec
        also = f" (also accepted: {', '.join(spec['accept'])})" if spec.get("accept") else ""
        first = ", ".join(f"{k}) {self.results(question)[k]['title']}" for k in spec["first"])
        return [
            f"Status: {spec['answer']}{also}. {spec['why'].strip()}",
            f"Open first: {first}.",
            f"Path: {spec['path'].strip()}",
        ]
