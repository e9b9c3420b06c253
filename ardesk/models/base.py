"""Declarative base, constraint naming convention and the exact column types for money and rates."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Integer, MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from ardesk.money import STORAGE_PLACES

# Named constraints: Alembic batch mode on SQLite can only alter what has a name (TECH 7).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def table(model: type[Base]) -> Table:
    """A model's Table, typed as one, for Core bulk statements (insert(table(Voucher)))."""
    return model.__table__  # type: ignore[return-value]


class ScaledDecimal(TypeDecorator):
    """A Decimal stored as an integer count of 10**-scale units: exact SUM on SQLite and PostgreSQL.

    Binding a float, or a value with more decimals than the scale, raises instead of rounding:
    rounding belongs to the services (ardesk.money.round_money), never to storage.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: object, dialect: object) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int) or isinstance(value, bool):
            raise TypeError(f"exact Decimal required, got {type(value).__name__} {value!r}")
        scaled = Decimal(value).scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return int(scaled)

    def process_result_value(self, value: object, dialect: object) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)  # type: ignore[call-overload]


class MoneyType(ScaledDecimal):
    """An amount in integer thousandths (the minor unit of the currencies with the most decimals, KWD).

    Read back with two decimals when the third is zero (EUR 12.30, JPY 1222.00), else three (KWD 1.235):
    what a two-decimal currency always showed. Services round to each currency's own minor unit."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(STORAGE_PLACES)

    def process_result_value(self, value: object, dialect: object) -> Decimal | None:
        if value is None:
            return None
        units = int(value)  # type: ignore[call-overload]
        if units % 10 == 0:
            return Decimal(units // 10).scaleb(-2)
        return Decimal(units).scaleb(-STORAGE_PLACES)


def Money() -> ScaledDecimal:
    """An amount in any currency, stored exactly in thousandths (see MoneyType)."""
    return MoneyType()


def Percent() -> ScaledDecimal:
    """Percentage with up to 6 decimals (Decimal("2") = 2 %)."""
    return ScaledDecimal(6)


def Rate() -> ScaledDecimal:
    """Exchange rate with up to 8 decimals."""
    return ScaledDecimal(8)


class CompanyOwned:
    """Every row belongs to a company (legal entity)."""

    @declared_attr
    def company_id(cls) -> Mapped[int]:
        return mapped_column(Integer, ForeignKey("company.id"), index=True, nullable=False)
