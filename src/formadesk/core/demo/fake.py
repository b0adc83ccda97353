"""Plausible French identities: names, addresses, phones, e-mails and valid SIRET numbers."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re

from stdnum import luhn

from ..validation import normalise_search
from . import names

_CITY_WEIGHTS = list(itertools.accumulate(weight for _code, _city, weight in names.CITIES))
# La Poste's SIREN follows another rule in python-stdnum: never generate it.
_LA_POSTE_SIREN = "356000000"
_MOBILE_PREFIXES = [p for p in range(600, 690) if p != 639] + list(range(730, 800))


def ascii_slug(text: str, sep: str = "-") -> str:
    """Lower-case ASCII words joined by ``sep`` ("Lefèvre-Durand" -> "lefevre-durand")."""
    return re.sub(r"[^a-z0-9]+", sep, normalise_search(text).replace("'", "")).strip(sep)


def _pairs(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def make_siret(rng: random.Random, first_digit: int | None = None) -> str:
    """A random SIRET that passes the Luhn checks on both the SIREN and the SIRET.

    ``first_digit`` 2 gives a public body's SIREN (communes start with 21, départements 22 ...).
    """
    while True:
        body = f"{first_digit or rng.randint(3, 9)}{rng.randrange(10**7):07d}"
        siren = body + luhn.calc_check_digit(body)
        if siren != _LA_POSTE_SIREN:
            break
    nic = f"{rng.randrange(1, 300):04d}"  # establishment number, its check digit added below
    return siren + nic + luhn.calc_check_digit(siren + nic)


class Fake:
    """A seeded source of French identities, with unique SIRETs and e-mail addresses."""

    def __init__(self, rng: random.Random, today: dt.date):
        self.rng = rng
        self.today = today
        self._sirets: set[str] = set()
        self._emails: set[str] = set()

    def siret(self, first_digit: int | None = None) -> str:
        """A valid SIRET not handed out before."""
        while True:
            value = make_siret(self.rng, first_digit)
            if value not in self._sirets:
                self._sirets.add(value)
                return value

    def person(self, female: bool | None = None) -> tuple[str, str, str]:
        """(civility, first name, last name)."""
        if female is None:
            female = self.rng.random() < 0.55
        first = self.rng.choice(names.FEMALE_FIRST_NAMES if female else names.MALE_FIRST_NAMES)
        return ("Mme" if female else "M."), first, self.rng.choice(names.LAST_NAMES)

    def mobile(self) -> str:
        """A French mobile number, "06 12 34 56 78"."""
        # 0639 and 069x are overseas numbers; 070x-072x are not allocated.
        prefix = self.rng.choice(_MOBILE_PREFIXES)
        return _pairs(f"0{prefix}{self.rng.randrange(10**6):06d}")

    def landline(self) -> str:
        """A landline in the Lyon area, "04 7x xx xx xx"."""
        return _pairs(f"04{self.rng.randint(72, 78)}{self.rng.randrange(10**6):06d}")

    def place(self) -> tuple[str, str]:
        """(postal code, city), weighted towards Lyon."""
        code, city, _weight = self.rng.choices(names.CITIES, cum_weights=_CITY_WEIGHTS)[0]
        return code, city

    def street(self) -> str:
        """A street address line, "12 rue Victor Hugo"."""
        number = self.rng.randint(1, 140)
        suffix = " bis" if self.rng.random() < 0.04 else ""
        return f"{number}{suffix} {self.rng.choice(names.STREETS)}"

    def email(self, first: str, last: str, domain: str) -> str:
        """A unique ASCII address "prenom.nom@domain" (a number is added on collision)."""
        local = f"{ascii_slug(first)}.{ascii_slug(last)}"
        address = f"{local}@{domain}"
        counter = 1
        while address in self._emails:
            counter += 1
            address = f"{local}{counter}@{domain}"
        self._emails.add(address)
        return address

    def birth_date(self, min_age: int = 18, max_age: int = 64) -> dt.date:
        """A birth date giving an age between ``min_age`` and ``max_age`` today."""
        days = self.rng.randint(min_age * 365 + 5, max_age * 365 + 360)
        return self.today - dt.timedelta(days=days)

    def company_name(self, patterns: tuple[str, ...]) -> str:
        """A company name from a sector's patterns."""
        _code, city = self.place()
        pattern = self.rng.choice(patterns)
        return pattern.format(n=self.rng.choice(names.LAST_NAMES), c=city)

    def domain_for(self, company: str) -> str:
        """A plausible web domain for a company name."""
        return ascii_slug(company)[:40].strip("-") + ".fr"

    def datetime_on(self, day: dt.date, start_hour: int = 9, end_hour: int = 18) -> dt.datetime:
        """A random time during office hours on ``day``."""
        minutes = self.rng.randrange(start_hour * 60, end_hour * 60)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))
