"""Checks of an edited enrollment that need no database, with French messages by field.

A funding line gives either an amount or a share (‰) of the price less the discount; a
refused line counts for nothing in the sum, which may not exceed the price less the discount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import formatting as fmt
from ..errors import ValidationError
from ..model import ENROLLMENT_STATUSES, FUNDING_SCHEMES, FUNDING_STATUSES
from ..validation import check_date, check_money, optional_id, require_id

if TYPE_CHECKING:
    from .enrollment_edit import EnrollmentData, FundingLineData

AGREEMENT_MAX = 60  # FundingLine.agreement_number
PRESCRIBER_MAX = 200  # Enrollment.prescriber
PERMILLE_MAX = 1000


def share_amount(due_cents: int, share_permille: int) -> int:
    """The amount of a share of ``due_cents``, rounded half up to the cent."""
    return (max(due_cents, 0) * share_permille + PERMILLE_MAX // 2) // PERMILLE_MAX


def line_amount(line: FundingLineData, due_cents: int) -> int:
    """The amount a line stands for (a share computed from the price less the discount)."""
    if line.share_permille is not None:
        return share_amount(due_cents, line.share_permille)
    return line.amount_cents or 0


def _money(errors: dict[str, str], key: str, value: object, label: str) -> None:
    try:
        check_money(value, label)
    except ValueError as error:
        errors[key] = str(error)


def check_data(data: EnrollmentData) -> None:
    """Every check that needs no database; ValidationError with French messages by field."""
    require_id(data.id, "L'inscription")
    optional_id(data.client_id, "Le client")
    errors: dict[str, str] = {}
    if data.status not in ENROLLMENT_STATUSES:
        errors["status"] = "Choisissez le statut de l'inscription."
    if data.funding_scheme not in FUNDING_SCHEMES:
        errors["funding_scheme"] = "Choisissez le dispositif de financement."
    _money(errors, "price_cents", data.price_cents, "Le prix")
    _money(errors, "discount_cents", data.discount_cents, "Le montant de la remise")
    if not errors and data.discount_cents > data.price_cents:
        errors["discount_cents"] = (
            f"La remise ({fmt.money(data.discount_cents)}) dépasse le prix "
            f"({fmt.money(data.price_cents)}) : indiquez une remise plus petite."
        )
    if len((data.prescriber or "").strip()) > PRESCRIBER_MAX:
        errors["prescriber"] = f"Le prescripteur : {PRESCRIBER_MAX} caractères au plus."
    seen: set[int] = set()
    for index, line in enumerate(data.funding, start=1):
        _check_line(errors, index, line, seen)
    if not errors:
        counted = [line for line in data.funding if line.status != "refusee"]
        total = sum(line_amount(line, data.due_cents) for line in counted)
        if total > data.due_cents:
            errors["funding"] = (
                f"Les financements ({fmt.money(total)}) dépassent le prix remise déduite "
                f"({fmt.money(data.due_cents)}) de {fmt.money(total - data.due_cents)} : "
                "diminuez un montant ou une part, ou marquez un accord refusé."
            )
    if errors:
        raise ValidationError(errors)


def _check_line(errors: dict[str, str], index: int, line: FundingLineData, seen: set) -> None:
    where = f"Financement ligne {index}"
    key = f"funding.{index - 1}"
    if line.funder_id is None:
        errors[f"{key}.funder_id"] = f"{where} : choisissez le financeur."
    else:
        optional_id(line.funder_id, "Le financeur")
        if line.funder_id in seen:
            errors[f"{key}.funder_id"] = (
                f"{where} : ce financeur figure déjà sur une autre ligne. Un financeur ne "
                "paraît qu'une fois par inscription : regroupez ses montants sur une ligne."
            )
        seen.add(line.funder_id)
    if line.amount_cents is None and line.share_permille is None:
        errors[f"{key}.amount_cents"] = (
            f"{where} : indiquez le montant pris en charge (ex. 1 200,00) ou un pourcentage "
            "du prix (ex. 60 %)."
        )
    elif line.amount_cents is not None and line.share_permille is not None:
        errors[f"{key}.amount_cents"] = (
            f"{where} : indiquez soit un montant, soit un pourcentage du prix (pas les deux)."
        )
    elif line.amount_cents is not None:
        _money(errors, f"{key}.amount_cents", line.amount_cents, f"{where} : le montant")
    elif (
        isinstance(line.share_permille, bool)
        or not isinstance(line.share_permille, int)
        or not 1 <= line.share_permille <= PERMILLE_MAX
    ):
        errors[f"{key}.share_permille"] = (
            f"{where} : le pourcentage doit être compris entre 0,1 % et 100 %."
        )
    if line.scheme not in FUNDING_SCHEMES:
        errors[f"{key}.scheme"] = f"{where} : choisissez le dispositif."
    if line.status not in FUNDING_STATUSES:
        errors[f"{key}.status"] = f"{where} : choisissez où en est l'accord du financeur."
    if len((line.agreement_number or "").strip()) > AGREEMENT_MAX:
        errors[f"{key}.agreement_number"] = (
            f"{where} : le n° de prise en charge compte {AGREEMENT_MAX} caractères au plus."
        )
    for name, label in (("requested_on", "date de demande"), ("decided_on", "date de décision")):
        value = getattr(line, name)
        if value is not None:
            try:
                check_date(value, f"{where} : la {label}")
            except ValueError as error:
                errors[f"{key}.{name}"] = str(error)
    requested, decided = line.requested_on, line.decided_on
    if requested and decided and decided < requested and f"{key}.decided_on" not in errors:
        errors[f"{key}.decided_on"] = (
            f"{where} : la décision ({decided:%d/%m/%Y}) ne peut pas précéder la demande "
            f"({requested:%d/%m/%Y}). Vérifiez les deux dates."
        )
