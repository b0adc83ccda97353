"""Field checks with French messages (python-stdnum, email-validator, phonenumbers)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .errors import NotFoundError, ValidationError

# phonenumbers, email_validator and stdnum load on first use: they weigh on start-up.

OLDEST_BIRTH_YEARS = 100
ID_MAX = 2**31 - 1  # the largest id of both engines (PostgreSQL integer): a larger one is no row
MAX_PRICE_CENTS = 1_000_000_000  # 10 000 000 €: no amount of a training office goes beyond
FIRST_YEAR, LAST_YEAR = 1900, 2100  # dates outside are typing mistakes
YOUNGEST_AGE = 14


def require_id(value: object, label: str) -> int:
    """An id that may exist: a positive 32-bit integer, or a NotFoundError naming ``label``.

    Checked before any SQL, so that an absurd id never reaches the database (SQLite raises
    OverflowError, PostgreSQL « integer out of range »).
    """
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= ID_MAX:
        raise NotFoundError(f"{label} n° {value} est introuvable. Actualisez la liste.")
    return value


def optional_id(value: object, label: str) -> int | None:
    """None, or an id checked by ``require_id``."""
    return None if value is None else require_id(value, label)


def check_money(value: object, label: str, *, allow_none: bool = False) -> int | None:
    """A non-negative amount in cents, at most MAX_PRICE_CENTS; raises ValueError in French."""
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{label} doit être un montant en euros.")
    if value < 0:
        raise ValueError(f"{label} ne peut pas être négatif : saisissez un montant positif ou nul.")
    if value > MAX_PRICE_CENTS:
        raise ValueError(
            f"{label} dépasse le maximum accepté (10 000 000 €) : vérifiez le montant."
        )
    return value


def check_date(value: object, label: str) -> dt.date:
    """A date between FIRST_YEAR and LAST_YEAR; raises ValueError in French."""
    if not isinstance(value, dt.date):
        raise ValueError(f"{label} n'est pas une date : saisissez-la sous la forme JJ/MM/AAAA.")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(
            f"{label} : l'année {value.year} n'est pas plausible (de {FIRST_YEAR} à "
            f"{LAST_YEAR}). Vérifiez la date."
        )
    return value


FORMULA_STARTS = ("=", "+", "-", "@")


def check_person_name(value: str, label: str) -> str:
    """A name that does not start like a spreadsheet formula (« =HYPERLINK(…) », « @SOMME »);
    raises ValueError in French."""
    text = (value or "").strip()
    if text.startswith(FORMULA_STARTS):
        raise ValueError(
            f"{label} « {text[:40]} » commence par « {text[0]} », comme une formule de tableur : "
            "saisissez le nom seul, sans signe devant."
        )
    return text


def require_date(value: object, label: str, name: str) -> dt.date:
    """``check_date`` raising a ValidationError on field ``name``."""
    try:
        return check_date(value, label)
    except ValueError as error:
        raise ValidationError({name: str(error)}) from None


def check_count(value: object, label: str, *, low: int = 0, high: int = 1_000_000) -> int:
    """A whole number between ``low`` and ``high``; raises ValueError in French."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        # French thousands separator, but not in a year
        high_text = f"{high:,}".replace(",", "\u202f") if high >= 10_000 else str(high)
        raise ValueError(f"{label} doit être un nombre entier entre {low} et {high_text}.")
    return value


def require_count(value: object, label: str, name: str, *, low: int, high: int) -> int:
    """``check_count`` raising a ValidationError on field ``name``."""
    try:
        return check_count(value, label, low=low, high=high)
    except ValueError as error:
        raise ValidationError({name: str(error)}) from None


def normalise_search(text: str) -> str:
    """Lower-case, accent-free text, for search as you type ("Hélène" finds "helene")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def learner_search_text(
    last_name: str,
    first_name: str,
    birth_name: str,
    email: str,
    phone: str,
    city: str,
    employer_name: str,
) -> str:
    """What the learners' search looks in (name, maiden name, e-mail, phone, city,
    employer), for the service and the demo alike."""
    parts = (last_name, first_name, birth_name, email, phone, city, employer_name)
    return normalise_search(" ".join(p or "" for p in parts))


def clean_siret(value: str, label: str = "Le SIRET") -> str:
    """Return the 14 digits of a valid SIRET, or raise a French message."""
    from stdnum.fr import siret

    compact = re.sub(r"\s", "", value or "")
    if not compact:
        return ""
    if not compact.isdigit() or len(compact) != 14:
        raise ValueError(f"{label} doit comporter 14 chiffres (vous en avez saisi {len(compact)}).")
    if not siret.is_valid(compact):
        raise ValueError(f"{label} « {value.strip()} » n'est pas valide : vérifiez les chiffres.")
    return compact


def clean_siren(value: str) -> str:
    from stdnum.fr import siren

    compact = re.sub(r"\s", "", value or "")
    if compact and not siren.is_valid(compact):
        raise ValueError(
            f"Le SIREN « {value.strip()} » n'est pas valide : vérifiez les 9 chiffres."
        )
    return compact


def clean_email(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    value = (value or "").strip()
    if not value:
        return ""
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValueError(
            f"L'adresse e-mail « {value} » n'est pas valide : elle doit ressembler à "
            "prenom.nom@exemple.fr."
        ) from None


def clean_phone(value: str) -> str:
    """A French (or international, with +) phone number, formatted for display."""
    import phonenumbers

    value = (value or "").strip()
    if not value:
        return ""
    message = (
        f"Le numéro « {value} » n'est pas un numéro de téléphone valide : "
        "saisissez 10 chiffres (ex. 06 12 34 56 78) ou un numéro international commençant par +."
    )
    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        raise ValueError(message) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(message)
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_birth_date(value: dt.date | None, today: dt.date | None = None) -> dt.date | None:
    if value is None:
        return None
    today = today or dt.date.today()
    if value > today:
        raise ValueError("La date de naissance est dans le futur : corrigez-la.")
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if age < YOUNGEST_AGE:
        raise ValueError(
            f"La date de naissance donne un âge de {age} ans : un apprenant a au moins "
            f"{YOUNGEST_AGE} ans. Vérifiez l'année."
        )
    if age > OLDEST_BIRTH_YEARS:
        raise ValueError(f"La date de naissance donne un âge de {age} ans : vérifiez l'année.")
    return value


def check_postal_code(value: str) -> str:
    value = (value or "").strip()
    if value and not re.fullmatch(r"\d{5}", value):
        raise ValueError(f"Le code postal « {value} » doit comporter 5 chiffres.")
    return value


class Checker:
    """Collects field errors, then raises one ValidationError naming them all."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def field(self, name: str, func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ValueError as error:
            self.errors[name] = str(error)
            return None

    def require(self, name: str, value: str | None, message: str) -> str:
        value = (value or "").strip()
        if not value:
            self.errors[name] = message
        return value

    def fail(self, name: str, message: str) -> None:
        self.errors[name] = message

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
