"""Company reads for the collections set-up screens: letter placeholders and default texts, profiles' codes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ardesk.calls.door import Door
from ardesk.models import PostingProfile
from ardesk.services import letter_texts
from ardesk.services.letter_texts import LetterText


@dataclass(frozen=True)
class ProfileCollections:
    """What a posting profile does for collections (DOMAIN 2.4): interest and letters on or off, and
    the interest code and letter sequence it names (None: none)."""

    profile: str
    description: str
    interest: bool
    interest_code: str | None
    collection_letter: bool
    collection_letter_sequence: str | None


class CollectionSetupReads(Door):
    """What the set-up editors of DOMAIN 2.9, 2.10 and 5.7 show, mixed into ardesk.api.Company."""

    def letter_placeholders(self) -> dict[str, str]:
        """Placeholder name -> what it is replaced by (English), in the order the editor lists them."""
        return dict(letter_texts.PLACEHOLDERS)

    def letter_text_defaults(self, step_index: int, language: str, *, fourteen_day: bool = False) -> LetterText:
        """ardesk's own text of step 1..5 in "en" or "nl" (a step without its own text prints this one);
        fourteen_day: the 14-day letter to a consumer (DOMAIN 5.7)."""
        return letter_texts.default_text(step_index, language, fourteen_day=fourteen_day)

    def check_letter_text(self, subject: str, body: str, closing: str = "") -> LetterText:
        """The text as set_letter_text would store it, or ValidationError naming subject, body or closing;
        the books are not touched, so an editor can check every text before it saves any."""
        return letter_texts.validate_text(subject, body, closing)

    def posting_profile_collections(self) -> list[ProfileCollections]:
        """Every posting profile with its interest and collection letter settings, by code."""
        with self._read() as (s, co):
            rows = s.execute(
                select(
                    PostingProfile.code,
                    PostingProfile.description,
                    PostingProfile.interest,
                    PostingProfile.interest_code,
                    PostingProfile.collection_letter,
                    PostingProfile.collection_letter_sequence,
                )
                .where(PostingProfile.company_id == co.id)
                .order_by(PostingProfile.code)
            ).all()
        return [ProfileCollections(*row) for row in rows]


__all__ = ["CollectionSetupReads", "LetterText", "ProfileCollections"]
