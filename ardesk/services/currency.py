"""Exchange rates by date (DOMAIN 4.11): a document's rate is given with it or read from the company's table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, ExchangeRate
from ardesk.money import as_decimal, currency_places, round_money
from ardesk.services.text import a_date, currency_code

RATE_QUANTUM = Decimal("0.00000001")


def checked_rate(value: object, field: str = "exchange_rate") -> Decimal:
    rate = as_decimal(value, field)
    if rate <= 0 or rate != rate.quantize(RATE_QUANTUM) or rate >= 10**6:
        raise ValidationError(field, "must be positive with at most 8 decimals")
    return rate


def converted(amount: Decimal, rate: Decimal, company: Company, currency: str, field: str = "exchange_rate") -> Decimal:
    """amount × rate in the company's currency, rounded to its minor unit; refused when a non-zero amount
    would become zero (a rate such as 0.00000001 would post a document that moves nothing in the books)."""
    result = round_money(amount * rate, currency_places(company.currency))
    if amount != 0 and result == 0:
        raise ValidationError(
            field,
            "the exchange rate {rate} turns {amount} {currency} into zero {company_currency}",
            rate=rate,
            amount=amount,
            currency=currency,
            company_currency=company.currency,
        )
    return result


def implied_rate(amount_acc: Decimal, amount: Decimal) -> Decimal:
    """The rate that turns amount into amount_acc, to 8 decimals (a document made of others' parts)."""
    return (amount_acc / amount).quantize(RATE_QUANTUM) if amount else Decimal(1)


def set_rate(s: Session, company: Company, currency: object, valid_from: object, rate: object) -> None:
    """Record (or replace) the rate of `currency` valid from a date: units of the company's currency per unit."""
    cur = currency_code(currency, "currency")
    if cur == company.currency:
        raise ValidationError("currency", "{cur} is the company's own currency; its rate is always 1", cur=cur)
    day = a_date(valid_from, "valid_from")
    value = checked_rate(rate, "rate")
    row = s.scalar(
        select(ExchangeRate).where(
            ExchangeRate.company_id == company.id, ExchangeRate.currency == cur, ExchangeRate.valid_from == day
        )
    )
    if row is None:
        s.add(ExchangeRate(company_id=company.id, currency=cur, valid_from=day, rate=value))
    else:
        row.rate = value
    s.flush()


def rate_on(s: Session, company: Company, currency: str, day: dt.date) -> Decimal | None:
    """The rate valid on `day`: the newest one whose valid_from is not after it."""
    if currency == company.currency:
        return Decimal(1)
    return s.scalar(
        select(ExchangeRate.rate)
        .where(ExchangeRate.company_id == company.id, ExchangeRate.currency == currency, ExchangeRate.valid_from <= day)
        .order_by(ExchangeRate.valid_from.desc())
        .limit(1)
    )


def exchange_rate(
    company: Company, currency: str, value: object, s: Session | None = None, day: dt.date | None = None
) -> Decimal:
    """The rate a document is posted at: the one given, else the table's rate for its date."""
    if currency == company.currency:
        if value is not None and as_decimal(value, "exchange_rate") != 1:
            raise ValidationError("exchange_rate", "must be 1 (or left out) for the company's own currency")
        return Decimal(1)
    if value is not None:
        return checked_rate(value)
    found = rate_on(s, company, currency, day) if s is not None and day is not None else None
    if found is None:
        if day is not None:
            raise ValidationError(
                "exchange_rate",
                "there is no exchange rate from {currency} to {company_currency} on {day}; give one or record it first",
                currency=currency,
                company_currency=company.currency,
                day=day,
            )
        raise ValidationError(
            "exchange_rate",
            "there is no exchange rate from {currency} to {company_currency}; give one or record it first",
            currency=currency,
            company_currency=company.currency,
        )
    return found
