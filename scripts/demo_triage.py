"""`make demo`, triage (issue 12): a plausible triage history on the demo reports, written
through the triage use cases (bulk actions, one transaction each), as the services would
have done it from the dock. Seeded: the same demo gives the same history.

- a few duplicates (same category and commune, received within two days);
- about 8 % refused by their service with a reason (back to the triage operator);
- about 15 % left unanswered (reminders);
- the others accepted; among them every report still within its target delay and about
  half of the others closed (within and after target), with a public follow-up; public and
  internal follow-ups on some reports still in progress (overdue ones among them).

The use cases date every action now(): with the demo reports received until mid-November
2026, closures are after target unless a report's target day is still ahead."""

import random
from collections import defaultdict
from typing import Dict, List

from gup_signalement_plugin.core import triage_stats
from gup_signalement_plugin.usecases import triage
from gup_signalement_plugin.usecases.triage import ReportFilter

SEED = 12
DUPLICATES = 8
REFUSALS = (
    ("out_of_competence", None),
    ("out_of_perimeter", None),
    ("other", "Domaine privé de la copropriété"),
)


def _by_service(rows: List[Dict]) -> Dict[int, List[Dict]]:
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["service_id"]].append(row)
    return grouped


def _mark_duplicates(db, rows: List[Dict], versions: Dict[int, int]) -> List[int]:
    """Up to DUPLICATES reports marked duplicate of the report of the same category and
    commune received just before (within 2 days), as an operator would from the dock."""
    marked: List[int] = []
    previous: Dict[tuple, Dict] = {}
    for row in sorted(rows, key=lambda r: (r["date_signalement"], r["id"])):
        key = (row["categorie_code"], row["code_insee"])
        before = previous.get(key)
        previous[key] = row
        if before is None or before["id"] in marked:
            continue
        if (row["date_signalement"] - before["date_signalement"]).total_seconds() > 2 * 86400:
            continue
        done = triage.mark_duplicate(db, row["id"], versions[row["id"]], before["id"])
        versions.update(done.versions)
        marked.append(row["id"])
        if len(marked) == DUPLICATES:
            break
    return marked


def _apply(versions: Dict[int, int], done: triage.Done) -> None:
    versions.update(done.versions)


def demo_triage(db) -> Dict:
    """Writes the history; returns the counts per status and the statistics summary."""
    rng = random.Random(SEED)
    rows = [
        r
        for r in triage.list_reports(
            db, ReportFilter(statuses=["new"]), order="id", limit=1_000_000
        )
        if r["service_id"] is not None
    ]
    versions = {r["id"]: r["version"] for r in rows}
    duplicates = set(_mark_duplicates(db, rows, versions))
    rows = [r for r in rows if r["id"] not in duplicates]
    copies_answering: List[int] = []  # closed by their service, copies still answering
    for service_id, mine in sorted(_by_service(rows).items()):
        rng.shuffle(mine)
        refused = mine[: len(mine) * 8 // 100]
        waiting = mine[len(refused) : len(refused) + len(mine) * 15 // 100]
        accepted = mine[len(refused) + len(waiting) :]
        for n, (reason, text) in enumerate(REFUSALS):
            part = {r["id"]: versions[r["id"]] for r in refused[n :: len(REFUSALS)]}
            if part:
                _apply(versions, triage.bulk_refuse(db, part, service_id, reason, text))
        if not accepted:
            continue
        _apply(
            versions,
            triage.bulk_accept(db, {r["id"]: versions[r["id"]] for r in accepted}, service_id),
        )
        closing = [r for r in accepted if not r["en_retard"] or rng.random() < 0.5]
        ongoing = [r for r in accepted if r not in closing]
        if closing:
            ids = {r["id"]: versions[r["id"]] for r in closing}
            _apply(
                versions,
                triage.bulk_follow_up(
                    db,
                    ids,
                    "Intervention réalisée, merci de votre signalement.",
                    "public",
                    service_id,
                ),
            )
            done = triage.bulk_close(db, {i: versions[i] for i in ids}, service_id)
            _apply(versions, done)
            copies_answering.extend(i for i, status in done.statuses.items() if status != "closed")
        public = ongoing[: len(ongoing) * 40 // 100]
        internal = ongoing[len(ongoing) - len(ongoing) * 15 // 100 :]
        for chosen, text, visibility in (
            (public, "Pris en charge : intervention programmée.", "public"),
            (internal, "Devis demandé au prestataire, relancer la semaine prochaine.", "internal"),
        ):
            if chosen:
                _apply(
                    versions,
                    triage.bulk_follow_up(
                        db,
                        {r["id"]: versions[r["id"]] for r in chosen},
                        text,
                        visibility,
                        service_id,
                    ),
                )
    # closed by its service, a report the services in copy still answer stays open: the
    # triage operator closes it
    if copies_answering:
        _apply(versions, triage.bulk_close(db, {i: versions[i] for i in copies_answering}))
    return {
        "statuses": triage.count_by(db, by="status"),
        "overdue": sum(triage.count_by(db, ReportFilter(overdue=True)).values()),
        "stats": triage_stats.summary(triage.statistics_data(db)),
    }


def print_summary(facts: Dict) -> None:
    statuses = facts["statuses"]
    stats = facts["stats"]
    share = stats["share_closed_within_delay"]
    print("  triage (demo history through the triage use cases):")
    for status in ("new", "in_progress", "to_triage", "closed", "duplicate"):
        print("    {:>6}  {}".format(statuses.get(status, 0), status))
    print("  overdue                {}".format(facts["overdue"]))
    print(
        "  closed within target   {} of {} closed with a target".format(
            "—" if share is None else "{:.0f} %".format(100 * share), stats["closed_with_target"]
        )
    )
