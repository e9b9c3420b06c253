"""Due dates (DOMAIN 2.5) and cash discount schedules (DOMAIN 2.6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.models import CashDiscountPeriod, TermsOfPayment
from ardesk.money import percent_of
from ardesk.services.records import ScheduleRow


def due_date(terms: TermsOfPayment | None, document_date: dt.date) -> dt.date:
    """Document date + months, then + days; a day past the month's end is clamped
    (Jan 31 + 1 month = Feb 28/29). No terms, or COD: due on the document date."""
    if terms is None or terms.basis == "cod":
        return document_date
    return document_date + relativedelta(months=terms.months) + relativedelta(days=terms.days)


def discount_periods(s: Session, cash_discount_id: int | None) -> list[tuple[int, Decimal]]:
    if cash_discount_id is None:
        return []
    return [
        (p.days, p.percent)
        for p in s.scalars(
            select(CashDiscountPeriod)
            .where(CashDiscountPeriod.cash_discount_id == cash_discount_id)
            .order_by(CashDiscountPeriod.seq)
        )
    ]


def schedule(
    periods: list[tuple[int, Decimal]], document_date: dt.date, due: dt.date | None, amount: Decimal, places: int
) -> list[tuple[ScheduleRow, Decimal]]:
    """(row, percent) per discount period, then (due date, 0.00, amount).

    Discount date = document date + period days; a payment on that date still qualifies.
    The discount base is the full amount including tax (DOMAIN 2.6, ARDESK). A credit note's
    amount is negative, so are its discounts. Periods that end after the due date are kept:
    the terms and the discount code are independent set-ups. Discounts are rounded to the
    document currency's `places` (JPY 1,234 at 1 %: 12)."""
    rows = [
        (
            ScheduleRow(
                document_date + dt.timedelta(days=days),
                percent_of(amount, pct, places),
                amount - percent_of(amount, pct, places),
            ),
            pct,
        )
        for days, pct in periods
    ]
    rows.append((ScheduleRow(due or document_date, Decimal("0.00"), amount), Decimal(0)))
    return rows
