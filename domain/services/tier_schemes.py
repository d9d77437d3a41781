"""Use cases of the schemes behind 分层分级, edited in 设置: read, check and save a scheme as a new
version, restore its template; and the segments (区域类型): add, rename, merge, archive, reassign shops."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from domain.errors import NotFound
from domain.model.customers import Segment
from domain.ports import UnitOfWork
from domain.services.ordered_records import add_or_update
from domain.tiers.schemes import (
    ContributionMeasure,
    GradeMethod,
    GradeScheme,
    Scheme,
    SchemeKind,
    StarScheme,
    ValueTierScheme,
    template,
)
from domain.validation import FieldError, ValidationFailed

MAX_GRADES = 60


def load_scheme(uow: UnitOfWork, kind: SchemeKind) -> Scheme:
    with uow:
        return uow.tiers.scheme(kind)


def scheme_versions(uow: UnitOfWork, kind: SchemeKind) -> list[tuple[int, object]]:
    with uow:
        return list(uow.tiers.scheme_versions(kind))


def _grade_errors(s: GradeScheme) -> list[FieldError]:
    errors = []
    if not 2 <= s.grades <= MAX_GRADES:
        errors.append(FieldError("grades", "The number of grades must be between 2 and {max}.", (("max", MAX_GRADES),)))
    if not 1 <= s.months <= 24:
        errors.append(FieldError("months", "A scheme reads between 1 and 24 months."))
    if any(w < 0 for _, w in s.weights) or sum((w for _, w in s.weights), Decimal(0)) <= 0:
        errors.append(FieldError("weights", "The weights cannot be negative and must add up to more than 0."))
    if s.method is GradeMethod.SCORE_TABLE and not s.score_table:
        errors.append(FieldError("score_table", "A band table needs at least one row."))
    if any(not 1 <= g <= s.grades for _, g in s.score_table) or any(not 1 <= p.grade <= s.grades for p in s.placements):
        errors.append(FieldError("score_table", "The grade must be between 1 and {max}.", (("max", s.grades),)))
    if not 0 <= s.new_shop_months <= s.months:
        errors.append(FieldError("new_shop_months", "A new shop's months are between 0 and the scheme's months."))
    return errors


def _tier_errors(s: ValueTierScheme) -> list[FieldError]:
    errors = []
    if s.contribution is ContributionMeasure.CUSTOM and s.contribution_field_id is None:
        errors.append(FieldError("contribution", "Choose the custom field the contribution is measured by."))
    if not 1 <= s.months <= 36:
        errors.append(FieldError("months", "A scheme reads between 1 and 36 months."))
    if any(w < 0 for _, w in s.loyalty_weights) or sum((w for _, w in s.loyalty_weights), Decimal(0)) <= 0:
        errors.append(FieldError("loyalty_weights", "The weights cannot be negative and must add up to more than 0."))
    if not 0 <= s.loyalty_threshold <= 100:
        errors.append(FieldError("loyalty_threshold", "Loyalty points are between 0 and 100."))
    if any(p.visit_every_days is not None and not 1 <= p.visit_every_days <= 365 for p in s.care_plans):
        errors.append(FieldError("care_plans", "A visit frequency must be between 1 and 365 days."))
    return errors


def _star_errors(s: StarScheme) -> list[FieldError]:
    errors = []
    stars = [n for _, n in s.thresholds]
    if any(not 2 <= n <= 5 for n in stars) or len(set(stars)) != len(stars):
        errors.append(FieldError("thresholds", "Each star level from 2 to 5 has at most one threshold."))
    if any(b.points < 0 for _, bands in s.bands for b in bands):
        errors.append(FieldError("bands", "This figure cannot be negative."))
    return errors


def check_scheme(scheme: Scheme) -> None:
    if isinstance(scheme, GradeScheme):
        errors = _grade_errors(scheme)
    elif isinstance(scheme, ValueTierScheme):
        errors = _tier_errors(scheme)
    else:
        errors = _star_errors(scheme)
    if errors:
        raise ValidationFailed(errors)


def save_scheme(uow: UnitOfWork, scheme: Scheme) -> Scheme:
    """Store the scheme as a new version; assignments made earlier keep theirs. The grade count is
    also the settings' (the customer form checks a typed grade against it)."""
    check_scheme(scheme)
    with uow:
        version = uow.tiers.save_scheme(scheme)
        if isinstance(scheme, GradeScheme):
            settings = uow.settings.load()
            if settings.grade_count != scheme.grades:
                uow.settings.save(replace(settings, grade_count=scheme.grades))
        uow.commit()
    return replace(scheme, version=version)


def restore_template(uow: UnitOfWork, kind: SchemeKind) -> Scheme:
    """The shipped default, saved as the newest version (the edited ones stay in the history)."""
    return save_scheme(uow, template(kind))


# --- segments ------------------------------------------------------------------------------------

def _segment_errors(segment: Segment, others: Iterable[Segment]) -> list[FieldError]:
    errors = []
    name = segment.name.strip()
    if not name:
        errors.append(FieldError("name", "A segment needs a name."))
    elif any(o.name.strip() == name and o.id != segment.id for o in others):
        errors.append(FieldError("name", "There is already a segment called {name}.", (("name", name),)))
    if not 1 <= segment.visit_every_days <= 365:
        errors.append(FieldError("visit_every_days", "A visit frequency must be between 1 and 365 days."))
    return errors


def save_segment(uow: UnitOfWork, segment: Segment) -> Segment:
    """Add (no id) or update one segment: name, strategy, checklist, frequency, colour."""
    cleaned = replace(segment, name=segment.name.strip(),
                      checklist=tuple(line.strip() for line in segment.checklist if line.strip()))
    with uow:
        existing = uow.segments.list()
        errors = _segment_errors(cleaned, existing)
        if errors:
            raise ValidationFailed(errors)
        cleaned = add_or_update(cleaned, existing, uow.segments.add, uow.segments.update, "Segment")
        uow.commit()
    return cleaned


def set_segment_archived(uow: UnitOfWork, segment_id: int, archived: bool) -> None:
    with uow:
        found = next((s for s in uow.segments.list() if s.id == segment_id), None)
        if found is None:
            raise NotFound("Segment", segment_id)
        uow.segments.update(replace(found, archived=archived))
        uow.commit()


def merge_segments(uow: UnitOfWork, merged_id: int, into_id: int) -> int:
    """Move every shop of one segment into another and archive the emptied one; returns the shops moved."""
    if merged_id == into_id:
        raise ValidationFailed([FieldError("into", "Choose another segment to merge into.")])
    with uow:
        segments = {s.id: s for s in uow.segments.list()}
        for sid in (merged_id, into_id):
            if sid not in segments:
                raise NotFound("Segment", sid)
        moved = uow.segments.move_customers(merged_id, into_id)
        uow.segments.update(replace(segments[merged_id], archived=True))
        uow.commit()
        return moved


def reassign_customers(uow: UnitOfWork, customer_ids: Iterable[int], segment_id: int | None) -> int:
    """Put the chosen shops in one segment (None: none); returns how many changed."""
    ids = sorted(set(customer_ids))
    with uow:
        if segment_id is not None and not any(s.id == segment_id for s in uow.segments.list()):
            raise NotFound("Segment", segment_id)
        changed = uow.segments.reassign(ids, segment_id)
        uow.commit()
        return changed
