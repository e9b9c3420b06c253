"""The audit trail and the voucher hash chain (issue 11, item 1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ardesk import __version__
from ardesk.api import ArdeskError, LedgerLine, Line, Mark
from ardesk.db import schema
from tests.helpers import drop_issue_12

DAY = date(2026, 2, 10)


def _books_with_history(co):
    first = co.post_free_text_invoice("1001", DAY, [Line("Goods", D("121.00"))])
    second = co.post_free_text_invoice("1001", DAY, [Line("More goods", D("50.00"))])
    pay = co.post_payment("1001", date(2026, 2, 12), D("121.00"), marks=[Mark(first.number)])
    credit = co.post_credit_note("1001", date(2026, 2, 13), [Line("Return", D("10.00"))])
    settled = co.settle("1001", date(2026, 2, 14), [Mark(second.number), Mark(credit.number)])
    co.unsettle(settled[0].id, date(2026, 2, 15))
    co.close_period(date(2026, 1, 31))
    co.reopen_period(date(2026, 1, 31), "Late supplier invoice")
    return first, second, pay, credit


@pytest.fixture(autouse=True)
def _protection_back(books):
    """Tests that drop protective triggers put them back (the PostgreSQL test database is shared)."""
    yield
    schema.restore_triggers(books.engine)


def _drop_protection(books, *names):
    with books.engine.begin() as c:
        for name in names:
            table = name.split("_no_")[0]
            sql = f"DROP TRIGGER IF EXISTS trg_{name}"
            c.exec_driver_sql(sql if books.engine.dialect.name == "sqlite" else f"{sql} ON {table}")


def test_a_whole_chain_verifies_and_every_voucher_has_its_place(books, co):
    _books_with_history(co)
    assert books.verify_chain() == []
    with books.engine.connect() as c:
        rows = c.execute(text("SELECT chain_seq, hash FROM voucher ORDER BY chain_seq")).all()
        head = c.execute(text("SELECT chain_seq, chain_head FROM company WHERE code = 'NL01'")).one()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1)) and all(len(r[1]) == 64 for r in rows)
    assert head == (len(rows), rows[-1][1])


def test_a_line_altered_with_raw_sql_is_named(books, co):
    _, second, *_ = _books_with_history(co)
    voucher = co.document(second.number).voucher
    _drop_protection(books, "ledger_entry_no_update")
    with books.engine.begin() as c:
        c.execute(
            text(
                "UPDATE ledger_entry SET amount = amount + 1000 WHERE id = (SELECT MIN(e.id) FROM ledger_entry e "
                "JOIN voucher v ON v.id = e.voucher_id WHERE v.number = :n)"
            ),
            {"n": voucher},
        )
    problems = books.verify_chain()
    assert [(p.kind, p.voucher) for p in problems] == [("altered", voucher)]
    assert voucher in str(problems[0]) and "changed outside ardesk" in str(problems[0])


def test_a_voucher_removed_outside_ardesk_is_named(books, co):
    _books_with_history(co)
    victim = co.post_ledger_journal(
        DAY, [LedgerLine("110110", debit=D("1.00")), LedgerLine("710300", credit=D("1.00"))]
    )
    co.post_free_text_invoice("1001", DAY, [Line("After", D("5.00"))])
    # Whoever removes a voucher by hand also removes what refers to it: its lines and its audit rows.
    _drop_protection(books, "ledger_entry_no_delete", "voucher_no_delete", "audit_event_no_delete")
    with books.engine.begin() as c:
        vid = c.execute(text("SELECT id FROM voucher WHERE number = :n"), {"n": victim}).scalar()
        seq = c.execute(text("SELECT chain_seq FROM voucher WHERE id = :v"), {"v": vid}).scalar()
        after = c.execute(text("SELECT number FROM voucher WHERE chain_seq = :s"), {"s": seq + 1}).scalar()
        for sql in (
            "DELETE FROM ledger_entry WHERE voucher_id = :v",
            "DELETE FROM audit_event WHERE voucher_id = :v",
            "DELETE FROM voucher WHERE id = :v",
        ):
            c.execute(text(sql), {"v": vid})
    assert [(p.kind, p.voucher) for p in books.verify_chain()] == [("removed", after)]


def test_a_voucher_inserted_outside_ardesk_is_named(books, co):
    _books_with_history(co)
    with books.engine.begin() as c:
        cid = c.execute(text("SELECT id FROM company WHERE code = 'NL01'")).scalar()
        c.execute(
            text(
                "INSERT INTO voucher (company_id, number, date, kind, text, line_count) "
                "VALUES (:c, 'GJ-SNEAK', :d, 'journal', 'typed in elsewhere', 0)"
            ),
            {"c": cid, "d": DAY},
        )
    assert [(p.kind, p.voucher) for p in books.verify_chain()] == [("added", "GJ-SNEAK")]


def test_the_audit_trail_names_who_did_what_and_refuses_changes(books, co):
    first, _, pay, _ = _books_with_history(co)
    rows = books.audit_trail("NL01")
    actions = [r.action for r in reversed(rows)]
    assert actions.count("post") >= 4
    assert "settle" in actions and "unsettle" in actions
    assert actions[-2:] == ["close_period", "reopen_period"]
    assert all(r.user == books.user and r.version == __version__ and r.at is not None for r in rows)
    reopen = books.audit_trail("NL01", action="reopen_period")[0]
    assert (reopen.document, reopen.details) == ("2026-01-31", "Late supplier invoice")
    posted = {r.voucher for r in books.audit_trail("NL01", action="post")}
    assert co.document(first.number).voucher in posted and co.document(pay.number).voucher in posted
    for sql in ("UPDATE audit_event SET user = 'someone else'", "DELETE FROM audit_event"):
        with pytest.raises((DBAPIError, ArdeskError)), books.engine.begin() as c:
            c.execute(text(sql))
    assert len(books.audit_trail("NL01")) == len(rows)


def test_vouchers_posted_before_the_chain_existed_are_chained_by_the_upgrade(tmp_path):
    """Books at 0011 with history: upgrading chains every voucher in id order, and the chain verifies."""
    from sqlalchemy import create_engine

    from ardesk.api import Books

    path = tmp_path / "old.db"
    with Books.open(path) as books:
        co = books.create_company("NL01", "Oud B.V.")
        co.create_customer("1001", "Klant")
        co.post_free_text_invoice("1001", DAY, [Line("Goods", D("121.00"))])
        co.post_payment("1001", DAY, D("100.00"))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as c:  # back to 0011: no chain yet
        c.exec_driver_sql("UPDATE company SET chain_seq = 0, chain_head = '" + "0" * 64 + "'")
    schema.upgrade(engine)  # head already: nothing to do, the chain stays as posted
    engine.dispose()
    with Books.open(path) as books:
        assert books.verify_chain()  # the company's chain end was rewound by hand: reported
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        from ardesk.db import triggers

        triggers.drop_all(c)
        c.exec_driver_sql("UPDATE voucher SET chain_seq = NULL, hash = NULL")
        c.exec_driver_sql("DROP TABLE audit_event")
        c.exec_driver_sql("DROP INDEX uq_voucher_chain_seq")
        c.exec_driver_sql("ALTER TABLE voucher DROP COLUMN chain_seq")
        c.exec_driver_sql("ALTER TABLE voucher DROP COLUMN hash")
        c.exec_driver_sql("ALTER TABLE company DROP COLUMN chain_seq")
        c.exec_driver_sql("ALTER TABLE company DROP COLUMN chain_head")
        c.exec_driver_sql("DROP TABLE change_stamp")  # 0013's
        c.exec_driver_sql("ALTER TABLE ar_parameters DROP COLUMN earliest_date")
        c.exec_driver_sql("ALTER TABLE ar_parameters DROP COLUMN latest_date")
        drop_issue_12(c)  # 0014's
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '0011'")
    schema.upgrade(engine)
    engine.dispose()
    with Books.open(path) as books:
        assert books.verify_chain() == []
        co = books.company("NL01")
        co.post_free_text_invoice("1001", DAY, [Line("After the upgrade", D("5.00"))])
        assert books.verify_chain() == []


def test_each_document_has_its_own_trail(books, co):
    """Posting names the business document (invoice number, not only its voucher); settling and unsettling
    name every document they touched; a reversal names what it reverses."""
    first, second, pay, credit = _books_with_history(co)
    trail = [(r.action, r.details) for r in reversed(books.audit_trail("NL01", document=first.number))]
    assert [a for a, _ in trail] == ["post", "settle"]
    post = books.audit_trail("NL01", document=first.number, action="post")[0]
    assert post.voucher == co.document(first.number).voucher != first.number
    assert [r.action for r in reversed(books.audit_trail("NL01", document=pay.number))] == ["post", "settle"]
    assert trail[1][1] == books.audit_trail("NL01", document=pay.number, action="settle")[0].details
    assert [r.action for r in reversed(books.audit_trail("NL01", document=second.number))] == [
        "post",
        "settle",
        "unsettle",
    ]
    assert [r.action for r in reversed(books.audit_trail("NL01", document=credit.number))][-2:] == [
        "settle",
        "unsettle",
    ]
    reversal = co.reverse(pay.number, date(2026, 2, 20))
    last = books.audit_trail("NL01", document=pay.number)[0]
    assert (last.action, last.voucher) == ("post", co.document(reversal.number).voucher)
