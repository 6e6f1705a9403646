"""Turning the extractor's output (see EXTRACTION.md) into proposals for the review queue."""
import hashlib
import json

from django.db.models import Q

from companies.models import Company, CompanyName, strip_risk_prefix
from companies.stock_codes import CODE_RE, normalize_code

from ..extraction.text import clean_text, positions_in, to_simplified
from ..models import Proposal, ProposalKind, ProposalStatus

# Output key -> proposal kind, for the record lists of the extractor's output.
RECORD_KINDS = {
    "status_changes": ProposalKind.STATUS_CHANGE,
    "enforcement_actions": ProposalKind.ENFORCEMENT_ACTION,
    "deadlines": ProposalKind.DEADLINE,
    "occupations": ProposalKind.OCCUPATION,
}
# Keys that locate a finding in the text or grade it rather than say what it is: left out of the
# fingerprint, so a re-run that grades a finding differently (the database knows more names now)
# proposes nothing twice.
LOCATION_KEYS = {"evidence", "evidence_start", "evidence_end", "confidence"}


def payload_fingerprint(record):
    meaning = {key: value for key, value in record.items() if key not in LOCATION_KEYS}
    canonical = json.dumps(meaning, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_names(entry):
    """All names of an extractor company entry (or a proposal's company_hint)."""
    names = [entry.get("full_name") or "", *(entry.get("short_names") or [])]
    return [name for name in dict.fromkeys(n.strip() for n in names if n and n.strip())]


def match_company(names, code=""):
    """The one known company with this code or one of these exact names (ST prefix optional); None if unsure."""
    code = normalize_code(code)
    if code and CODE_RE.match(code):
        by_code = Company.objects.filter(code=code).first()
        if by_code:
            return by_code
    names = [name.replace("＊", "*").strip() for name in names if name and name.strip()]
    if not names:
        return None
    # A page in traditional characters names 東旭藍天; the database knows 东旭蓝天.
    names = list(dict.fromkeys([*names, *(to_simplified(name) for name in names)]))
    bare = {strip_risk_prefix(name) for name in names} - {""}
    company_ids = set(
        CompanyName.objects.filter(Q(name__in=names) | Q(bare_name__in=bare)).values_list("company_id", flat=True)
    )
    if len(company_ids) != 1:
        return None  # unknown, or ambiguous: the curator links it
    return Company.objects.get(pk=company_ids.pop())


def find_entry(companies, name):
    """The extractor's company entry that gives `name` (exact, then without ST prefix)."""
    if not name:
        return None
    for entry in companies:
        if name in entry_names(entry):
            return entry
    bare = strip_risk_prefix(name)
    for entry in companies:
        if bare and bare in {strip_risk_prefix(n) for n in entry_names(entry)}:
            return entry
    return None


def _squashed(text):
    return "".join(to_simplified(clean_text(text, simplified=False)).split())


def locate_evidence(text, record, positions=None):
    """(start, end) of the record's evidence in the stored text, or (None, None) when it is not found there.

    The extractor's offsets point into its cleaned copy of `text`; `positions` (from positions_in(text)) carries
    them back to the stored characters.
    """
    evidence = (record.get("evidence") or "").strip()
    start, end = record.get("evidence_start"), record.get("evidence_end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        if positions is not None and end <= len(positions):
            start, end = positions[start], positions[end - 1] + 1
        if end <= len(text) and (not evidence or text[start:end] == evidence
                                 or _squashed(text[start:end]) == _squashed(evidence)):
            return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None, None


def company_adds_nothing(company, entry):
    """True when a matched company already has every name and the code the entry gives."""
    if company is None:
        return False
    known = set(company.names.values_list("name", flat=True))
    code = normalize_code(entry.get("code"))
    return all(name in known for name in entry_names(entry)) and (not code or code == company.code)


def build_proposals(source, extraction, output):
    """Create the proposals for one extractor output; return how many are new.

    Idempotent: a finding already proposed for this source (pending, accepted or rejected) is not
    proposed again. Pending proposals of earlier runs that this run no longer finds are dropped;
    reviewed ones are never touched.
    """
    # Companies only a balance of occupied funds is about come apart from the contract's `companies`.
    companies = [entry for key in ("companies", "occupation_companies") for entry in output.get(key) or []
                 if isinstance(entry, dict)]
    _cleaned, positions = positions_in(source.text or "")
    seen = set()
    created = 0

    def propose(kind, record, company_name, hint):
        nonlocal created
        fingerprint = payload_fingerprint(record)
        seen.add((kind, fingerprint))
        start, end = locate_evidence(source.text, record, positions)
        evidence = source.text[start:end] if start is not None else (record.get("evidence") or "")
        _, was_created = Proposal.objects.get_or_create(
            source=source, kind=kind, payload_hash=fingerprint,
            defaults={
                "extraction": extraction, "payload": record, "evidence": evidence, "evidence_start": start,
                "evidence_end": end, "company_name": (company_name or "")[:200], "company_hint": hint,
                "company": match_company(entry_names(hint), hint.get("code")),
            },
        )
        created += was_created

    for entry in companies:
        names = entry_names(entry)
        if not names and not entry.get("code"):
            continue
        if company_adds_nothing(match_company(names, entry.get("code")), entry):
            continue
        propose(ProposalKind.COMPANY, entry, names[0] if names else entry.get("code"), entry)

    for key, kind in RECORD_KINDS.items():
        for record in output.get(key) or []:
            if not isinstance(record, dict):
                continue
            name = (record.get("company") or "").strip()
            hint = find_entry(companies, name) or ({"full_name": None, "short_names": [name], "code": None}
                                                   if name else {})
            propose(kind, record, name, hint)

    stale = Proposal.objects.filter(source=source, status=ProposalStatus.PENDING).exclude(extraction=extraction)
    for proposal in stale.only("pk", "kind", "payload_hash"):
        if (proposal.kind, proposal.payload_hash) not in seen:
            proposal.delete()
    return created
