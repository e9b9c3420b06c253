"""Set-up of collections: interest codes with their versions, letter sequences with steps and texts.

Interest codes (DOMAIN 2.9) keep every version: changing a rate is a new version from a date, so
notes calculated earlier stay explained. A letter sequence (DOMAIN 2.10) has at most five steps;
its steps' texts are kept per language, and a step without its own text prints ardesk's default
(services.letter_texts). Validation follows DOMAIN 11 rules 8 and 9.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Account,
    Company,
    InterestCode,
    InterestRange,
    LetterSequence,
    LetterText,
    PostingProfile,
    TermsOfPayment,
)
from ardesk.models import InterestVersion as VersionRow
from ardesk.models import LetterStep as StepRow
from ardesk.money import as_decimal, money, percent
from ardesk.services import interest_calc, lookup
from ardesk.services.text import a_date, currency_code, name_text

MAX_STEPS = 5
LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class InterestVersion:
    """A version of an interest code as the API takes it (DOMAIN 2.9, API.md): percent is the yearly
    percentage of yearly_per_day, or the percentage per interval of percent_per_interval; amount the
    amount per interval of amount_per_interval; ranges [(from, value)] with range_by."""

    valid_from: dt.date
    percent: Decimal | None = None
    amount: Decimal | None = None
    method: str = "yearly_per_day"
    every: tuple[int, str] = (1, "month")
    range_by: str | None = None
    ranges: Sequence[tuple[Decimal, Decimal]] = ()
    grace_days: int = 0
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    compound_yearly: bool = False
    count_started_intervals: bool = False

    def rate_version(self) -> interest_calc.RateVersion:
        return interest_calc.RateVersion(
            valid_from=self.valid_from,
            method=self.method,
            percent=self.percent,
            amount=self.amount,
            every=tuple(self.every),  # type: ignore[arg-type]
            range_by=self.range_by,
            ranges=tuple((Decimal(a), Decimal(b)) for a, b in self.ranges),
            grace_days=self.grace_days,
            minimum=self.minimum,
            maximum=self.maximum,
            compound_yearly=self.compound_yearly,
            count_started_intervals=self.count_started_intervals,
        )


@dataclass(frozen=True)
class LetterStep:
    """A step of a collection letter sequence as the API takes it (DOMAIN 2.10): fee is an amount or
    "bik" (the collection costs of DOMAIN 5.7 on the letter's overdue principal)."""

    code: str
    days: int
    min_overdue: Decimal = Decimal(0)
    fee: Decimal | str = Decimal(0)
    fee_account: str | None = None
    block: bool = False
    description: str = ""


@dataclass(frozen=True)
class InterestCodeInfo:
    code: str
    description: str
    account: str | None
    active: bool
    versions: tuple[InterestVersion, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class LetterTextInfo:
    step: str
    language: str
    subject: str
    body: str
    closing: str


@dataclass(frozen=True)
class LetterSequenceInfo:
    code: str
    description: str
    per: str
    currencies: tuple[str, ...]
    terms: str | None
    ignore_payments: bool
    active: bool
    steps: tuple[LetterStep, ...]
    texts: tuple[LetterTextInfo, ...] = ()


# --- interest codes ------------------------------------------------------------------------------
def _check_versions(versions: object, currency: str) -> list[InterestVersion]:
    if not isinstance(versions, list | tuple) or not versions:
        raise ValidationError("versions", "an interest code needs at least one version")
    out = []
    for i, v in enumerate(versions):
        f = f"versions[{i}]"
        if not isinstance(v, InterestVersion):
            raise ValidationError(f, "must be an InterestVersion")
        a_date(v.valid_from, f"{f}.valid_from")
        if v.percent is not None:
            percent(v.percent, f"{f}.percent", high=Decimal(1000))
        for name in ("amount", "minimum", "maximum"):
            value = getattr(v, name)
            if value is not None:
                money(value, f"{f}.{name}", currency=currency, positive=True)
        for j, pair in enumerate(v.ranges):
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                raise ValidationError(f"{f}.ranges[{j}]", "must be (from, value)")
            for k, name in enumerate(("from", "value")):
                as_decimal(pair[k], f"{f}.ranges[{j}].{name}")
        out.append(v)
    interest_calc.validate_versions([v.rate_version() for v in out], "versions")
    return out


def _write_versions(s: Session, code_id: int, versions: Sequence[InterestVersion]) -> None:
    for v in versions:
        row = _version_row(code_id, v)
        s.add(row)
        s.flush()
        for seq, (low, value) in enumerate(v.ranges):
            s.add(InterestRange(version_id=row.id, seq=seq, from_value=Decimal(low), value=Decimal(value)))


def _version_row(code_id: int, v: InterestVersion) -> VersionRow:
    n, unit = v.every
    return VersionRow(
        code_id=code_id,
        valid_from=v.valid_from,
        method=v.method,
        percent=v.percent,
        amount=v.amount,
        every_n=n,
        every_unit=unit,
        range_by=v.range_by,
        grace_days=v.grace_days,
        minimum=v.minimum,
        maximum=v.maximum,
        compound_yearly=v.compound_yearly,
        count_started=v.count_started_intervals,
    )


def create_interest_code(
    s: Session,
    company: Company,
    code: object,
    versions: object,
    *,
    account: object = None,
    description: object = "",
) -> InterestCode:
    """A new interest code with its versions (DOMAIN 2.9); account: the interest revenue account
    (None: the interest_income role)."""
    code = lookup.code_text(code, "code")
    if lookup.exists(s, InterestCode, company.id, code):
        raise ValidationError("code", "interest code {code!r} already exists", code=code)
    checked = _check_versions(versions, company.currency)
    acc = None if account is None else lookup.by_code(s, Account, company.id, account, "account")
    row = InterestCode(
        company_id=company.id,
        code=code,
        description=name_text(description or code, "description"),
        account_id=acc.id if acc else None,
    )
    s.add(row)
    s.flush()
    _write_versions(s, row.id, checked)
    s.flush()
    return row


def update_interest_code(
    s: Session,
    company: Company,
    code: object,
    *,
    versions: object = None,
    account: object = ...,
    description: object = None,
    active: object = None,
) -> InterestCode:
    """Change an interest code: versions replaces the whole list (the editor shows them all);
    a version that posted notes already used keeps its figures because notes store their own lines."""
    row = lookup.by_code(s, InterestCode, company.id, code, "code")
    checked = None if versions is None else _check_versions(versions, company.currency)
    if account is not ...:
        acc = None if account is None else lookup.by_code(s, Account, company.id, account, "account")
        row.account_id = acc.id if acc else None
    if description is not None:
        row.description = name_text(description, "description")
    if active is not None:
        if not isinstance(active, bool):
            raise ValidationError("active", "must be True or False")
        row.active = active
    if checked is not None:
        old = select(VersionRow.id).where(VersionRow.code_id == row.id)
        s.execute(delete(InterestRange).where(InterestRange.version_id.in_(old)))
        s.execute(delete(VersionRow).where(VersionRow.code_id == row.id))
        _write_versions(s, row.id, checked)
    s.flush()
    return row


def add_interest_version(s: Session, company: Company, code: object, version: object) -> None:
    """Add a version from a later date (a new statutory rate from 1 January or 1 July)."""
    info = interest_code_info(s, company.id, lookup.by_code(s, InterestCode, company.id, code, "code"))
    if not isinstance(version, InterestVersion):
        raise ValidationError("version", "must be an InterestVersion")
    if any(v.valid_from == version.valid_from for v in info.versions):
        raise ValidationError(
            "version.valid_from",
            "a version from {valid_from} exists already",
            valid_from=version.valid_from,
        )
    versions = sorted([*info.versions, version], key=lambda v: v.valid_from)
    update_interest_code(s, company, code, versions=versions)


def versions_of(s: Session, code_id: int) -> list[InterestVersion]:
    rows = s.scalars(select(VersionRow).where(VersionRow.code_id == code_id).order_by("valid_from")).all()
    ranges: dict[int, list[tuple[Decimal, Decimal]]] = {}
    if rows:
        for vid, low, value in s.execute(
            select(InterestRange.version_id, InterestRange.from_value, InterestRange.value)
            .where(InterestRange.version_id.in_([r.id for r in rows]))
            .order_by(InterestRange.version_id, InterestRange.seq)
        ):
            ranges.setdefault(vid, []).append((low.normalize() + 0, value.normalize() + 0))
    return [
        InterestVersion(
            valid_from=r.valid_from,
            percent=None if r.percent is None else r.percent.normalize() + 0,
            amount=r.amount,
            method=r.method,
            every=(r.every_n, r.every_unit),
            range_by=r.range_by,
            ranges=tuple(ranges.get(r.id, ())),
            grace_days=r.grace_days,
            minimum=r.minimum,
            maximum=r.maximum,
            compound_yearly=r.compound_yearly,
            count_started_intervals=r.count_started,
        )
        for r in rows
    ]


def interest_code_info(s: Session, company_id: int, row: InterestCode) -> InterestCodeInfo:
    account = s.get(Account, row.account_id).number if row.account_id else None
    return InterestCodeInfo(row.code, row.description, account, row.active, tuple(versions_of(s, row.id)))


def interest_codes(s: Session, company_id: int) -> list[InterestCodeInfo]:
    rows = s.scalars(select(InterestCode).where(InterestCode.company_id == company_id).order_by(InterestCode.code))
    return [interest_code_info(s, company_id, r) for r in rows]


# --- letter sequences ----------------------------------------------------------------------------
def _check_steps(s: Session, company: Company, steps: object) -> list[tuple[LetterStep, Decimal, bool, int | None]]:
    """DOMAIN 11 rule 8: at most five steps, grace days >= 0, minimum overdue >= 0, fee >= 0, a fee
    account when there is a fee (else the fee_income role is used: ardesk's fallback, DOMAIN 2.12)."""
    if not isinstance(steps, list | tuple) or not steps:
        raise ValidationError("steps", "a collection letter sequence needs at least one step")
    if len(steps) > MAX_STEPS:
        raise ValidationError("steps", "a sequence has at most {max_steps} steps", max_steps=MAX_STEPS)
    out = []
    seen: set[str] = set()
    for i, step in enumerate(steps):
        f = f"steps[{i}]"
        if not isinstance(step, LetterStep):
            raise ValidationError(f, "must be a LetterStep")
        code = lookup.code_text(step.code, f"{f}.code")
        if code in seen:
            raise ValidationError(f"{f}.code", "step {code!r} is given twice", code=code)
        seen.add(code)
        if not isinstance(step.days, int) or isinstance(step.days, bool) or not 0 <= step.days <= 3650:
            raise ValidationError(
                f"{f}.days",
                "must be a whole number of days from 0 to 3650, got {days!r}",
                days=step.days,
            )
        money(step.min_overdue, f"{f}.min_overdue", currency=company.currency, positive=True)
        bik = step.fee == "bik"
        fee = Decimal(0) if bik else money(step.fee, f"{f}.fee", currency=company.currency, positive=True)
        if not isinstance(step.block, bool):
            raise ValidationError(f"{f}.block", "must be True or False")
        name_text(step.description or code, f"{f}.description")
        account = (
            None
            if step.fee_account is None
            else lookup.by_code(s, Account, company.id, step.fee_account, f"{f}.fee_account").id
        )
        out.append((step, fee, bik, account))
    return out


def create_letter_sequence(
    s: Session,
    company: Company,
    code: object,
    steps: object,
    *,
    per: object = "transaction",
    currencies: object = None,
    terms: object = None,
    ignore_payments: object = False,
    description: object = "",
) -> LetterSequence:
    """A new collection letter sequence (DOMAIN 2.10). currencies: the currencies letters are made
    for (None: every currency); terms: the terms of the fee (None: the customer's)."""
    code = lookup.code_text(code, "code")
    if lookup.exists(s, LetterSequence, company.id, code):
        raise ValidationError("code", "collection letter sequence {code!r} already exists", code=code)
    row = LetterSequence(company_id=company.id, code=code)
    _apply_sequence(s, company, row, steps, per, currencies, terms, ignore_payments, description or code)
    return row


def _apply_sequence(
    s: Session,
    company: Company,
    row: LetterSequence,
    steps: object,
    per: object,
    currencies: object,
    terms: object,
    ignore_payments: object,
    description: object,
) -> None:
    checked = None if steps is None else _check_steps(s, company, steps)
    if per not in ("transaction", "customer"):
        raise ValidationError("per", "must be 'transaction' or 'customer'")
    if currencies is not None and not isinstance(currencies, list | tuple):
        raise ValidationError("currencies", "must be a list of currency codes, or None for every currency")
    cur = None if not currencies else ",".join(currency_code(c, f"currencies[{i}]") for i, c in enumerate(currencies))
    t = lookup.optional(s, TermsOfPayment, company.id, terms, "terms")
    if not isinstance(ignore_payments, bool):
        raise ValidationError("ignore_payments", "must be True or False")
    row.description = name_text(description, "description")
    row.per = str(per)
    row.currencies = cur
    row.terms_id = t.id if t else None
    row.ignore_payments = ignore_payments
    if row.id is None:
        s.add(row)
        s.flush()
    if checked is None:
        return
    existing = {st.seq: st for st in s.scalars(select(StepRow).where(StepRow.sequence_id == row.id))}
    for seq, (step, fee, bik, account) in enumerate(checked, start=1):
        st = existing.pop(seq, None) or StepRow(sequence_id=row.id, seq=seq)
        st.code = step.code
        st.description = step.description or step.code
        st.days = step.days
        st.min_overdue = step.min_overdue
        st.fee = fee
        st.fee_bik = bik
        st.fee_account_id = account
        st.block = step.block
        s.add(st)
    for gone in existing.values():  # steps beyond the new last one, with their texts
        s.execute(delete(LetterText).where(LetterText.step_id == gone.id))
        s.delete(gone)
    s.flush()


def update_letter_sequence(
    s: Session,
    company: Company,
    code: object,
    *,
    steps: object = None,
    per: object = None,
    currencies: object = ...,
    terms: object = ...,
    ignore_payments: object = None,
    description: object = None,
    active: object = None,
) -> LetterSequence:
    """Change a sequence; steps replaces the list (texts stay with the step number they belong to)."""
    row = lookup.by_code(s, LetterSequence, company.id, code, "code")
    current_terms = s.get(TermsOfPayment, row.terms_id).code if row.terms_id else None
    if active is not None and not isinstance(active, bool):
        raise ValidationError("active", "must be True or False")
    _apply_sequence(
        s,
        company,
        row,
        steps,
        row.per if per is None else per,
        (row.currencies.split(",") if row.currencies else None) if currencies is ... else currencies,
        current_terms if terms is ... else terms,
        row.ignore_payments if ignore_payments is None else ignore_payments,
        row.description if description is None else description,
    )
    if active is not None:
        row.active = active
    s.flush()
    return row


def set_letter_text(
    s: Session,
    company: Company,
    sequence: object,
    step: object,
    language: object,
    subject: object,
    body: object,
    closing: object = "",
) -> None:
    """The text of one step in one language (placeholders: services.letter_texts)."""
    from ardesk.services import letter_texts

    seq = lookup.by_code(s, LetterSequence, company.id, sequence, "sequence")
    step_code = lookup.code_text(step, "step")
    row = s.scalar(select(StepRow).where(StepRow.sequence_id == seq.id, StepRow.code == step_code))
    if row is None:
        raise ValidationError("step", "sequence {code} has no step {step_code!r}", code=seq.code, step_code=step_code)
    if language not in LANGUAGES:
        raise ValidationError("language", "must be 'en' or 'nl'")
    text = letter_texts.validate_text(subject, body, closing)
    found = s.scalar(select(LetterText).where(LetterText.step_id == row.id, LetterText.language == language))
    found = found or LetterText(step_id=row.id, language=language)
    found.subject, found.body, found.closing = text.subject, text.body, text.closing
    s.add(found)
    s.flush()


def steps_of(s: Session, sequence_id: int) -> list[StepRow]:
    return list(s.scalars(select(StepRow).where(StepRow.sequence_id == sequence_id).order_by("seq")))


def sequence_info(s: Session, row: LetterSequence) -> LetterSequenceInfo:
    steps = steps_of(s, row.id)
    accounts = dict(
        s.execute(select(Account.id, Account.number).where(Account.id.in_([st.fee_account_id for st in steps]))).all()
    )
    texts = s.execute(
        select(StepRow.code, LetterText.language, LetterText.subject, LetterText.body, LetterText.closing)
        .join(StepRow, StepRow.id == LetterText.step_id)
        .where(StepRow.sequence_id == row.id)
        .order_by(StepRow.seq, LetterText.language)
    ).all()
    return LetterSequenceInfo(
        code=row.code,
        description=row.description,
        per=row.per,
        currencies=tuple(row.currencies.split(",")) if row.currencies else (),
        terms=s.get(TermsOfPayment, row.terms_id).code if row.terms_id else None,
        ignore_payments=row.ignore_payments,
        active=row.active,
        steps=tuple(
            LetterStep(
                code=st.code,
                days=st.days,
                min_overdue=st.min_overdue,
                fee="bik" if st.fee_bik else st.fee,
                fee_account=accounts.get(st.fee_account_id),
                block=st.block,
                description=st.description,
            )
            for st in steps
        ),
        texts=tuple(LetterTextInfo(*t) for t in texts),
    )


def letter_sequences(s: Session, company_id: int) -> list[LetterSequenceInfo]:
    rows = s.scalars(
        select(LetterSequence).where(LetterSequence.company_id == company_id).order_by(LetterSequence.code)
    )
    return [sequence_info(s, r) for r in rows]


# --- posting profiles ----------------------------------------------------------------------------
def check_profile_codes(s: Session, company_id: int, interest_code: object, letter_sequence: object) -> None:
    """A posting profile names an interest code and a letter sequence that exist."""
    if interest_code is not None:
        lookup.by_code(s, InterestCode, company_id, interest_code, "interest_code")
    if letter_sequence is not None:
        lookup.by_code(s, LetterSequence, company_id, letter_sequence, "collection_letter_sequence")


def set_profile_collections(
    s: Session,
    company: Company,
    profile: object,
    *,
    interest_code: object = ...,
    collection_letter_sequence: object = ...,
    interest: object = None,
    collection_letter: object = None,
) -> None:
    """Which interest code and letter sequence a posting profile uses, and its table restrictions
    (interest, collection letter: DOMAIN 2.4)."""
    row = lookup.by_code(s, PostingProfile, company.id, profile, "profile")
    if interest_code is not ...:
        check_profile_codes(s, company.id, interest_code, None)
        row.interest_code = None if interest_code is None else str(interest_code)
    if collection_letter_sequence is not ...:
        check_profile_codes(s, company.id, None, collection_letter_sequence)
        row.collection_letter_sequence = None if collection_letter_sequence is None else str(collection_letter_sequence)
    for name, value in (("interest", interest), ("collection_letter", collection_letter)):
        if value is not None:
            if not isinstance(value, bool):
                raise ValidationError(name, "must be True or False")
            setattr(row, name, value)
    s.flush()
