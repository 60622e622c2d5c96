"""Is this a confirmed job interview? Weighted evidence from the words, the senders and the calendar data.

Every rule that fires adds its weight and a short phrase to the evidence, so `followup inspect` can show
why a decision was made. A positive verdict needs at least one core term (`CORE_TERMS`); the same terms
drive the server-side SEARCH pre-filter, so nothing the detector could accept is filtered out early.
The time itself is checked elsewhere (understand.py): words alone never make an interview without a
confirmed date and time or a calendar event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import CalendarEvent, Message, Verdict
from . import layout as layout_mod
from .lexicon import guess_language
from .literals import Gated, gated
from .people import FREE_MAIL
from .roles import is_title
from .threads import reschedules

# Words without which no message is an interview invitation (several languages). Kept few, short and
# stem-like: the IMAP pre-filter searches for them as substrings of the whole message.
INTERVIEW_TERMS: tuple[str, ...] = (
    "interview",
    "screen",
    "onsite",
    "on-site",
    "superday",
    "final round",
    "hiring",
    "recruit",
    "candida",
    "take-home",
    "design exercise",
    "portfolio review",
    "second round",
    "technical round",
    "trial shift",
    "trial day",
    "tryout",
    "working interview",
    "probearbeit",
    "gespräch",
    "entretien",
    "entrevue",
    "entrevista",
    "colloquio",
)

# People invite to a job interview without the word: "come in Thursday at 10 to meet the team and talk about
# the position", "nous aimerions vous rencontrer", "persönlich kennenlernen". These words about the job
# (the position, the user's application or CV) make such a message a candidate, but alone they are common,
# so they count as core only where the message also invites the user to meet about the job (see judge).
JOB_TERMS: tuple[str, ...] = (
    "position",
    "application",
    "applied",
    "applying",
    "resume",
    "role",
    "vacan",
    "bewerb",
    "ausgeschrieb",
    "poste",
    "postul",
    "puesto",
    "search committee",
    "job talk",
    "vaga",
    "talent acquisition",
    # "come by tomorrow 2ish and we'll talk about the counter job", "the library assistant opening"
    "job",
    "opening",
)

# What the pre-filters (the IMAP sieve, the backfill) look for: anything that can make a core term.
CORE_TERMS: tuple[str, ...] = INTERVIEW_TERMS + JOB_TERMS

# Words that make a job conversation only inside a thread or a forward ("Thursday at 2 works!" answering a
# message about "the role"). Alone they are everywhere in business mail, so they are not CORE_TERMS: the
# backfill sieve lets a message with them through only when it is a reply or a forward.
THREAD_TERMS: tuple[str, ...] = ("role", "talent")

_REPLY_SUBJECT = re.compile(r"\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw)\s*:", re.I)

THRESHOLD = 3.0
OPENING_CHARS = 400  # a greeting is in the first lines: a rule on it need not scan a long text
INVITED_TO_MEET = "+2 an invitation to meet about the job"


@dataclass(frozen=True)
class Rule:
    weight: float
    pattern: re.Pattern[str]
    label: str
    where: str = "any"  # "subject", "body", "opening" (the body's first OPENING_CHARS) or "any"
    gate: Gated | None = None  # the pattern, skipped on texts without its literals (see literals.py)

    def fires(self, text: str) -> bool:
        """`pattern.search(text)`, answered at once when the text lacks every literal a match needs."""
        return (self.gate or self.pattern).search(text) is not None


_CANDIDATE_WRITES = "written by a candidate to the user"  # a rule's label, read again in _agrees_to_...


def _rule(weight: float, pattern: str, label: str, where: str = "any") -> Rule:
    # Rules match lower-cased text (much faster than IGNORECASE), so patterns are written in lower case.
    assert pattern == pattern.lower(), label
    compiled = re.compile(pattern)
    return Rule(weight, compiled, label, where, Gated(compiled))


_INTERVIEW = (
    r"(?:interview(?:s|ing)?\b|vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|zweitgespräch|erstgespräch|"
    r"fachgespräch|fachinterview|telefoninterview|videointerview|auswahlgespräch|entretien|entrevue|entrevista|colloquio|"
    r"phone screen|recruiter screen|technical screen|hiring manager screen|final round|onsite|on-site|superday|"
    # "zu einem zweiten Gespräch an unserem Standort": a German round named by its order
    r"(?:erste|zweite|dritte|persönliche|weitere|nächste|abschließende)[ns]? gespräch)"
)

RULES: tuple[Rule, ...] = (
    # --- it is about a job interview
    _rule(3.0, rf"\b{_INTERVIEW}", "the subject names an interview", "subject"),
    _rule(2.0, rf"\b{_INTERVIEW}", "mentions an interview", "body"),
    _rule(
        2.5,
        r"\b(?:phone|technical|tech|recruiter|initial|intro|hiring manager|hm)\s+(?:screen(?:ing)?|call|chat|round)\b|"
        r"\b(?:onsite|on-site|superday|final round|interview loop|virtual onsite|panel interview|case interviews?|"
        r"portfolio (?:review|presentation)|technical round|next round|second round|first round|"
        r"trial shift|trial day|working interview|probearbeit|"
        r"hiring manager (?:chat|call|conversation|interview)|design exercise|take-home|"
        r"zweite runde|nächste runde|deuxième tour|premier tour|segunda ronda|primera ronda)\b",
        "a stage of a hiring process",
    ),
    _rule(
        2.0,
        r"\b(?:recruiter|recruiting|recruitment|talent acquisition|talent partners?|talent team|head of talent|"
        r"hiring manager|hiring team|people team|people ops|people & culture|human resources|personalreferent\w*|"
        r"personalabteilung|ressources humaines|responsable recrutement|chargée? de recrutement|"
        r"acquisition de talents|reclutamiento|gestión humana|gestion humana|recursos humanos|"
        r"selección de personal|recrutement)\b",
        "a recruiter or hiring manager",
    ),
    _rule(
        1.5,
        r"\b(?:your (?:\w+ )?application|you applied|applying|the (?:\w+[\s,]+){0,4}(?:role|position)|this role|"
        r"the role|candidacy|ihre bewerbung|deine bewerbung|die stelle|der stelle|die position|votre candidature|"
        r"le poste|du poste|au poste|tu candidatura|su candidatura|el puesto|la vacante|el cargo|"
        r"gesprächspartner\w*|interviewer\w*|intervieweu\w+|entrevistador\w*|interlocut\w+|"
        r"your (?:cv|resume|résumé|portfolio|candidacy)|the (?:\w+[\s,]+){0,3}(?:opening|vacancy)|this opening|"
        r"(?:about|for|regarding|over|discuss) the (?:[\w-]+ ){0,3}(?:job|spot|post|gig|tryout)\b|"
        r"(?:postdoc(?:toral)?|faculty|tenure-track) (?:position|candidacy|search)|search committee|job talk|"
        r"a vaga|da vaga|sua candidatura|seu currículo|"
        r"ihre(?:n)? (?:unterlagen|lebenslauf)|ausgeschriebene\w* stelle|stellenanzeige|votre cv|"
        r"ton cv|ta candidature|tu cv|su cv|tu postulaci[oó]n|su postulaci[oó]n|del puesto|la posici[oó]n)\b",
        "a role or application",
    ),
    _rule(
        1.0,
        r"\b(?:position|opening|vacancy|role|application|applying|candidacy|cv|resume|bewerbung|stelle|"
        r"candidature|poste|puesto|vacante|postulaci[oó]n|candidatura|job(?! alert))\b",
        "the subject names a position or an application",
        "subject",
    ),
    _rule(
        1.0,
        r"\b(?:confirm\w*|scheduled|booked|calendar invite|looking forward|you're all set|you are all set|"
        r"have you down|put you down|you're set for|you are set for|bestätig\w*|einladung|eingeladen|planifiée|"
        r"convocation|confirmamos|confirmada|agendada|programada)\b",
        "a confirmation",
    ),
    _rule(
        1.5,
        r"\b(?:rescheduled|has been moved|new time|neuer termin|verschoben|déplacé|décalé|reprogramad[ao])\b",
        "a new time for an interview",
    ),
    # --- not a job interview for the user
    _rule(
        -6.0,
        # "press" the media, not the machine: a press operator, an offset or punch press, a press brake.
        r"\b(?:podcast|(?<!offset )(?<!printing )(?<!punch )(?<!drill )(?<!hydraulic )press(?! (?:operator|brake|"
        r"technician|tech|helper|setter|feeder|crew|line|machine|shop|room|assistant|experience)\b)|journalist|"
        r"reporter|newspaper|magazine|episode|on the record|alumni spotlight|"
        r"radio|television|tv segment|broadcast|producer at|redaktion|presse|reportage|prensa|artículo|"
        r"publication|editorial|for (?:my|our|the|a|an) (?:[\w-]+ ){0,2}(?:story|article|feature|chapter)|cover story|"
        r"journaliste|rédaction|"
        r"zeitung|periodista|revista)\b",
        "press or media",
    ),
    _rule(
        -3.0,
        r"\b(?:(?:is|are|will be) publishing|(?:submitted|sent) (?:the following |some |a few )?questions in advance|"
        r"photo shoot|the questions (?:he|she|they) will (?:ask|cover))\b",
        "an interview for a publication",
    ),
    _rule(
        # As strong as the subject and the text that name it an interview, and HR who sends it ("Subject: Exit
        # Interview ... Your exit interview is scheduled for Friday 9/28 at 3:00 ... Human Resources").
        -10.0,
        # (not the last meeting of a campus visit: "4:00 PM Exit interview with the chair")
        r"\b(?:exit|stay|offboarding)\s+(?:interview|gespräch|entretien|entrevista)\b"
        r"(?!\s+with\s+(?:the\s+)?(?:dean|chair|provost|director|head|prof|dr|department|search|committee))|"
        r"\boffboarding\b",
        "an exit interview",
    ),
    _rule(
        -6.0,
        r"\b(?:co-?op|board|housing|tenant|apartment|rental|immigration|visa|green card|citizenship|"
        r"naturali[sz]ation|consular|embassy|admissions?|school|college|university|scholarship|residency|"
        r"jury|adoption|uscis)\s+(?:interview|gespräch|entretien|entrevista)\b|\b(?:uscis|form i-\d+)\b",
        "an interview that is not for a job",
    ),
    _rule(
        -6.0,
        r"\b(?:user|customer|research|usability|informational|discovery|stakeholder|expert|mock|practice)\s+"
        r"(?:interviews?|sessions?|study|studies)\b|\b(?:research study|gift card|incentive|participant|"
        r"(?:mock|practice)(?:\s+[\w-]+){0,3}\s+interview|interview prep session|coaching)\b",
        "research, practice or informational",
    ),
    _rule(
        -5.0,
        r"\b(?:unfortunately|regret to inform|not (?:be )?(?:moving|proceeding|going) forward|"
        r"decided (?:not to|to (?:move|proceed|pursue|go) (?:forward )?with (?:another|other|someone|a different))|"
        r"(?:position|role) has (?:now )?been filled|other candidates whose|not been selected|"
        r"leider|absage|für eine andere kandidat\w*|nicht weiter berücksichtigen|au regret|"
        r"pas (?:en mesure|retenu)|suite favorable|lamentablemente|no has sido seleccionad\w*|otro candidato)\b",
        "a rejection",
    ),
    _rule(
        -5.0,
        r"\b(?:offer letter|pleased to offer|extend (?:you )?an offer|formal offer|offer you the position|"
        r"job offer|your offer|the offer|vertragsangebot|arbeitsvertrag|promesse d'embauche|offre d'emploi|"
        r"carta oferta|oferta laboral|ofrecerte (?:el|la) (?:cargo|puesto|posición))\b",
        "an offer",
    ),
    _rule(
        -4.0,
        r"\b(?:job alerts?|new jobs|jobs? (?:you may|for you|recommended|matching)|recommended jobs|"
        r"jobs in|nouvelles offres|votre alerte|alerte emploi|jobangebote|stellenangebote|ofertas de empleo|"
        r"easy apply|view job|see all jobs|interview difficulty|interview questions for)\b",
        "a job alert",
    ),
    _rule(
        -3.0,
        r"\b(?:(?:we|have) received your application|thank you for (?:applying|your application)|"
        r"thanks for applying|application (?:received|acknowledg\w+)|eingangsbestätigung|"
        r"ihre bewerbung (?:ist )?(?:bei uns )?eingegangen|haben ihre unterlagen erhalten|"
        r"(?:avons bien )?reçu votre candidature|hemos recibido tu candidatura|if (?:your|there's a) match|"
        r"will reach out to schedule|review your application)\b",
        "an application receipt",
    ),
    _rule(
        -3.5,
        r"\b(?:(?:share|send|provide|submit|let (?:me|us) know) (?:your|a few|some) (?:availability|times|options)|"
        r"what times? works?|when (?:are|would) you (?:be )?(?:free|available)|which (?:of these|one|slot|time)s? "
        r"works?|let (?:me|us) know which|(?:pick|choose|select|book|grab) (?:a|whatever|any|the) (?:time|slot)|"
        r"which option|the option that|(?:slot|option|time)s? (?:that )?(?:suits?|works?) (?:you )?best|"
        r"(?:these|the following) (?:slots|times) are|"
        r"calendly\.com/|your availability (?:for|over|next)|please provide your availability|"
        r"terminvorschläge|welcher (?:der )?termin|ihre verfügbarkeit|vos disponibilités|quel créneau|"
        r"quels créneaux|tu disponibilidad|tus disponibilidades|qué horario|cuándo (?:puedes|podrías))\b",
        "asks for availability",
    ),
    _rule(
        -4.0,
        r"\b(?:take-home (?:exercise|assignment|test|challenge)|coding (?:assessment|challenge|test)|"
        r"online (?:assessment|test)|assessment link|start (?:the )?test|submission is due|"
        r"hackerrank|codility|codesignal|testaufgabe|online-test|test technique|prueba técnica)\b",
        "an assessment",
    ),
    _rule(
        -3.5,
        r"\b(?:unsubscribe|newsletter|view in browser|manage (?:your )?preferences|daily digest|read more|"
        r"\d+ min read|se désabonner|désinscri\w+|abmelden|abbestellen|darse de baja|cancelar suscripción)\b",
        "a newsletter",
    ),
    _rule(
        -9.0,
        r"\b(?:check (?:to|for) (?:deposit|purchase)|deposit the check|a check of|send the balance|zelle|"
        r"western union|purchase (?:your |the |their )?(?:home office )?equipment|social security number|ssn|"
        # A licence sent ahead is a scam's; "bring your driver's license" to a yard or a depot is not.
        r"(?:send|email|e-mail|upload|provide|forward|text|attach)\b[^.\n]{0,30}driver'?s licen[sc]e|"
        r"(?<!bring )(?<!bring a )(?:photo|picture|scan|copy) of (?:your|the) driver'?s licen[sc]e|"
        r"bank (?:account )?details|text interview|chat interview|data entry clerk|"
        r"(?:telegram|whatsapp|signal) (?:app|chat|text|interview))\b",
        "scam signs",
    ),
    _rule(-3.0, r"\b(?:telegram|whatsapp|hangouts chat)\b", "a chat app instead of a call"),
    _rule(
        -10.0,
        r"\b(?:you are interviewing(?! with)|you'll be interviewing(?! with)|you will be interviewing(?! with)|"
        r"you(?:'ll| will|'re| are| are going to) interview (?!with\b|for\b|at\b|on\b|in\b|by\b|via\b|over\b|"
        r"remotely|virtually|in-person|onsite|on-site|us\b|our\b|the (?:team|hiring|recruit|engineering|panel))|"
        r"you are (?:the|an) interviewer|"
        r"(?:as|be) the interviewer|interviewer reminder|"
        # "you will conduct the interview" asks the user; "Raj and Lena will conduct the interview" names the panel.
        r"(?:you(?:'ll| will| would| are to)) conduct (?:an|the|this) interview|(?<!will )conduct (?:an|the) interview|"
        r"(?:added|scheduled|booked|assigned|invited) as (?:an? )?interviewer|on the interview panel for|"
        r"(?:you're|you are|you'll be|you will be) on the (?:interview )?panel (?:for|with)|"
        r"als interviewer|en tant qu'intervieweu\w+|como entrevistador\w*|"
        r"interview kit|interview guide|interviewer network|question set|the candidate's (?:resume|cv)|"
        # "Please see Mr. Ortega's schedule below; you have him 10:15-11:00 in Room 1614"
        r"you(?:'ll| will)? have (?:him|her|them) (?:from |at |for |between )?\d|"
        r"(?:resumes|cvs) (?:and [\w ]{1,30} )?(?:will be|are being|have been) (?:forwarded|sent|distributed) to you|"
        r"evaluation forms?)\b",
        "the user is the interviewer",
    ),
    _rule(-1.5, r"\b(?:scorecards?|submit (?:your )?feedback)\b", "mentions scorecards"),
    _rule(
        -6.0,
        r"\b(?:(?:the|our) candidate (?:for|who|is|can|will|has|was)|(?:look at|review|read|go over) "
        r"(?:her|his|their) (?:portfolio|resume|cv|application)|(?:der|die|unsere?) (?:bewerber|kandidat)(?:in)? "
        r"(?:für|kommt|kann|wird)|(?:le|la|notre) candidat(?:e)? (?:pour|qui|viendra|peut)|"
        r"(?:el|la|nuestr[oa]) candidat[oa] (?:para|que|vendrá|puede)|"
        r"(?:feedback|thoughts|impressions|comments) (?:on|about|of) (?:the|this|our) (?:candidate|applicant))\b",
        "a candidate spoken of in the third person (the hiring side)",
    ),
    _rule(
        -6.0,
        r"\b(?:(?:rental|lease|leasing|tenant|tenancy|apartment|housing|mortgage|loan|credit|insurance|visa|passport|"
        r"permit|membership|grant|scholarship|admissions?|school|college|mba|phd|graduate|undergraduate|degree|"
        r"course|club|volunteer|adoption|foster) (?:application|applicant|position)s?|"
        r"(?:application|applying|applied) to (?:the |our )?(?:\w+ ){0,3}(?:program|programme|school|academy|"
        r"college|university|club|mba)\b|sign the lease|loan officer|admissions committee|nomination|"
        r"(?:your|the) child|enrol(?:l)?ment|studienplatz|kitaplatz|solicitud de (?:préstamo|crédito|beca|admisión))",
        "an application that is not for a job",
    ),
    _rule(
        -5.0,
        r"\b(?:your demo|(?:the|a|our) demo (?:is|was|has been) (?:confirmed|scheduled|booked)|product (?:demo|tour)|"
        r"book a demo|free trial|sales call|presentarte nuestros servicios|nuestros servicios|"
        r"présenter nos (?:services|solutions|offres)|unsere (?:produkte|lösungen|leistungen) vorstellen)\b",
        "a sales call or product demo",
    ),
    _rule(
        -6.0,
        r"\b(?:thank you for (?:the|your) invitation to (?:an )?interview|"
        r"thanks for (?:the|your) invitation to interview|"
        r"i (?:would )?prefer (?:to interview )?(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)\w*|"
        r"(?:attached (?:is )?my|here is my|enclosed (?:is )?my|i have attached my) (?:resume|cv|résumé)|"
        r"i am (?:very )?interested in the (?:position|role))\b",
        _CANDIDATE_WRITES,
        "body",
    ),
    _rule(
        -6.0,
        r"\b(?:declined (?:your|the) (?:booking|invitation|meeting|event|appointment|request)|"
        r"(?:booking|invitation|meeting|appointment) (?:was |has been )?declined|^declined:|"
        r"hat (?:die|ihre) (?:buchung|einladung) abgelehnt|"
        r"a (?:refusé|décliné) (?:votre|la) (?:réservation|invitation)|"
        r"(?:rechazó|ha rechazado) (?:tu|su|la) (?:reserva|invitación))",
        "a booking declined by the host",
    ),
    _rule(
        -6.0,
        r"\b(?:status:?\s*(?:[a-z ]+\s*(?:->|→)\s*)?interviewing\b|job status updated|"
        r"your (?:job )?board (?:was|has been) updated|application tracker|job tracker)",
        "a job tracker's status notification",
    ),
    _rule(
        -5.0,
        r"\b(?:(?:thank you|thanks) for (?:(?:submitting|sending|sharing|providing) )?your (?:interview )?availability|"
        r"we(?:'ve| have)? received your (?:interview )?(?:availability|preferences|preferred times|request)|"
        r"(?:will|'ll) (?:confirm|follow up with) (?:your|a|the) (?:interview )?(?:time|slot|date)\b(?! of)|"
        r"(?:a|our) (?:coordinator|recruiter) will (?:be in touch |reach out |follow up )?(?:to )?"
        r"confirm (?:your|a|the)|"
        r"(?:get back to you|be in touch|follow up) with (?:a|the) confirmed (?:time|slot|date)|"
        r"i'll check with the team)\b",
        "an acknowledgement, not a booking",
    ),
    _rule(
        -3.0,
        r"\b(?:you(?:'re| are) receiving this (?:e-?mail )?because "
        r"(?!you(?:'re| are| were) (?:an attendee|invited|a guest))|"
        r"you subscribed|"
        r"sie erhalten diese e-mail|vous recevez cet e-mail|recibes este correo)\b",
        "a mailing list",
    ),
    _rule(
        -3.0,
        r"\b(?:stand-?up|all-hands|all hands|town hall|retro(?:spective)?|sprint \d+|sprint review|1:1|one-on-one|"
        r"weekly sync|team sync|okrs?|quarterly (?:review|planning)|offsite)\b",
        "an ordinary work meeting",
    ),
    _rule(
        -3.0,
        # "Hi all, let's meet Thursday at 2 to go over the hiring plan": written to a group, not to a candidate.
        # (each greeting written out whole: "all" alone is in every text, the rule's quick check needs more)
        r"(?:^|\n)[ \t]*(?:"
        r"hi all|hi everyone|hi everybody|hi team|hi folks|hi colleagues|hi guys|hi y'all|hello all|"
        r"hello everyone|hello everybody|hello team|hello folks|hello colleagues|hello guys|hello y'all|"
        r"hey all|hey everyone|hey everybody|hey team|hey folks|hey colleagues|hey guys|hey y'all|"
        r"dear all|dear everyone|dear everybody|dear team|dear folks|dear colleagues|dear guys|dear y'all|"
        r"morning all|morning everyone|morning everybody|morning team|morning folks|morning colleagues|"
        r"morning guys|morning y'all|good morning all|good morning everyone|good morning everybody|"
        r"good morning team|good morning folks|good morning colleagues|good morning guys|"
        r"good morning y'all"
        r")\b",
        "written to a group",
        where="opening",
    ),
    _rule(
        -4.0,
        # "dental" in a job title ("Interview - Dental Hygienist") or a practice's name ("Ridgeway Dental Group")
        # is the employer's trade, not the user's appointment.
        r"\b(?:dentist|dental(?! (?:hygienist|assistant|nurse|technician|receptionist|office|group|practice|"
        r"partners|associates|care\b))|physician|clinic|patient|annual physical|check-up|cleaning & exam|prescription|"
        r"veterinar\w+|haircut|salon|apartment viewing|viewing|property manager|financial planning|"
        r"consultation|arztpraxis|zahnarzt|rendez-vous médical|cita médica|beratungsgespräch|beratungstermin|"
        r"kundengespräch|elterngespräch|baufinanzierung|parents-professeurs|réunion de parents)\b",
        "a personal appointment",
    ),
    _rule(
        -6.0,
        r"\b(?:webinar|livestream|live stream|workshop|career fair|hiring event|meetup|"
        r"thank you for registering|registration|you're registered|panelists|linkedin live|walk-in interviews?|"
        r"live q&a|ask me anything|information session|info session|informational session|"
        r"hiring day|job fair|open house|no appointment needed|on-the-spot|on the spot|recruiting event|jobmesse|"
        r"salon de l'emploi|feria de empleo)\b",
        "a webinar or event",
    ),
    _rule(
        -4.0,
        r"\b(?:coffee chat|virtual coffee|grab coffee|informational|networking|no agenda|not hiring|"
        r"no open (?:roles|positions)|no tenemos vacantes|pick your brain|trade notes|café virtual|kaffee)\b",
        "a networking chat",
    ),
    _rule(
        -5.0,
        r"\b(?:new hire orientation|employee orientation|orientation (?:day|session)|onboarding|welcome aboard|"
        r"welcome to the team|your first day|"
        r"first day of work|einarbeitung|ihr erster arbeitstag|premier jour|intégration des nouveaux|"
        r"primer día|incorporación)\b",
        "onboarding after a hire",
    ),
    _rule(
        -6.0,
        r"\b(?:reference check|reference call|as a reference|referenzauskunft|prise de références)\b",
        "a reference check for someone else",
    ),
    _rule(
        -4.0,
        r"\b(?:survey|how was your (?:interview )?experience|candidate experience|umfrage|encuesta|sondage)\b",
        "a survey",
    ),
)
_REJECTION = next(rule for rule in RULES if rule.label == "a rejection")
# "the phone interview", "the dispatcher interview": an interview the thread already speaks of as its own (a
# reporter's "an interview with the Gazette" is not one).
_THE_INTERVIEW = re.compile(r"\b(?:the|my|your|our) (?:[\w-]+ ){0,2}interview\b")
# Words that open bad news of any kind: with a new time for the interview they open a reschedule.
_SOFT_REJECTION = re.compile(r"\b(?:unfortunately|leider|lamentablemente|malheureusement|infelizmente)\b")
_CALLED_OFF = re.compile(
    r"\b(?:cancel+(?:ed|ing)?|call(?:ed|ing)? off|annul\w*|absagen|cancelar|cancelad[ao])\b", re.IGNORECASE
)
_CANDIDATE_LINE = re.compile(
    r"(?:^\W*|\bfor (?:the )?|\bwith (?:the )?|\binterviewing (?:the )?)"
    r"(?i:candidate|kandidat(?:in)?|candidat(?:e)?|candidato|candidata)(?i:['’]s\s+name|\s+name)?"
    r"\s*[:#]?\s*(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})",
    re.M,
)
# "Panel interview: Alex Moreno - Data Analyst": calendar titles name the candidate.
_TITLE_NAMES = re.compile(
    r"(?i:interview(?:\s+(?:schedule|loop|panel|plan|debrief|feedback|notes))?|entretien|entrevista|"
    r"vorstellungsgespräch|gespräch|screen)\s*[:\-–]?\s*"
    r"(?!(?i:with|mit|avec|con)\b)(?P<who>[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+(?:[A-Z]\.\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s*(?:[-–(/|]|$)",
    re.M,
)
# "Ryan Thomas Interview 6/19/01", "Dan Houston Resume & Interview Schedule": a subject that opens with someone's
# name and then their interview or resume. "Clinical Pharmacist Interview with Dr. Lin" is not one: two capitalised
# words before "Interview with <someone>" (Cal.com: "Interview between A and B") are the role applied for.
_TITLE_OPENS_WITH_NAME = re.compile(
    r"^\s*(?P<who>[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+(?:[A-Z]\.\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+(?i:interview|resume|résumé|cv)\b"
    r"(?!\s+(?i:with|between|mit|zwischen|avec|entre|con)\b)",
    re.M,
)
# "Jimmy Chen is coming in on Friday", "Elena will be onsite", "feedback on Jimmy": the candidate is someone
# the message speaks of in the third person, so it is written to the people who will interview them.
_NAME = r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?"
_TITLED_NAME = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?{_NAME}"  # "Mr. Tanaka": the honorific and the name
_THIRD_PERSON_CANDIDATE = re.compile(
    rf"\b(?P<who>{_TITLED_NAME})\s+(?:is coming (?:in|on-?site|to (?:the|our) office)|will be (?:coming in|on-?site|"
    r"in (?:the|our) offices?|visiting us|here (?:on|at|for))|comes in (?:on|at|for)|is (?:the|our) candidate|"
    r"(?:is|has been) confirmed for (?:a|an|the|his|her|their) (?:[\w-]+ )?(?:interview|phone screen|screen)|"
    r"is interviewing (?:for|with us)|will interview (?:for|with us)|"
    r"interviews (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|interviews (?:today|tomorrow)|"
    r"visits (?:us )?(?:on |this |next )?(?i:mon|tues|wednes|thurs|fri|satur|sun)day)"
    # "das Vorstellungsgespräch mit Herrn Emre Yilmaz ... eingeplant": a candidate in German, to the hiring side
    rf"|(?i:gespräch|interview|entretien|entrevista) (?i:mit|avec|con) (?:Herrn|Frau|M\.|Mme|el señor|la señora) "
    rf"(?P<who10>{_NAME})"
    # "I've set up Kevin Marsh to come in to interview with you": an agency writes to the one who interviews.
    rf"|\b(?:set up|scheduled|booked|arranged for|lined up) (?P<who8>{_TITLED_NAME}) to (?:come in (?:to |and )?)?"
    r"(?:interview|meet) with you\b"
    # "the candidate (Dana Ortiz)", "Tuesday's candidate, Dr. Sarah Lin", "our second finalist, Dr. Ilan Moreau"
    r"|\b(?i:the|our|today['’]s|tomorrow['’]s|this week['’]s|next week['’]s|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s) (?i:(?:first|second|third|fourth|final|last|next) )?"
    r"(?i:candidate|finalist|applicant|interviewee),?"
    rf"\s*\(?(?P<who9>{_TITLED_NAME})\b"
    rf"|\b(?:feedback|thoughts|notes|scorecards?) (?:on|about|for) (?P<who2>{_TITLED_NAME})\b"
    rf"|\b(?i:interview) (?i:schedule|itinerary|agenda|loop|plan) (?i:for) (?P<who6>{_TITLED_NAME})\b"
    rf"|\b(?i:the) (?i:interview) (?i:for|of) (?P<who7>{_TITLED_NAME})\b"
    r"|\b(?P<who5>[A-Z][a-zà-ÿ-]+(?:\s+[A-Z][a-zà-ÿ-]+)?)['’]s\s+(?:onsite|on-site|interview|interview loop|"
    r"final round|phone screen|panel|visit)\b"
    rf"|^\W*\d{{1,2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?\s+(?P<who3>{_NAME})"
    rf" to (?:call|meet|interview|take) (?P<who4>{_NAME})\b",
    re.M,
)
_MEETS_THE_READER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:meet|with|see|interview|call|speak (?:with|to)|talk (?:with|to)) you\b"
)
_NOT_NAMES = frozenset(
    ("i", "we", "you", "he", "she", "they", "it", "this", "that", "our", "the", "your", "their", "everyone",
     "team", "someone", "nobody", "who", "hiring", "recruiting", "interview", "candidate", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
     "june", "july", "august", "september", "october", "november", "december", "next", "tomorrow", "today",
     "final", "first", "second", "third", "phone", "onsite", "on-site", "technical", "panel", "video", "virtual",
     "follow", "follow-up", "your", "our", "upcoming", "confirmed", "scheduled", "job", "team", "group", "round",
     # a part of an organisation: "Interview - Energy Practice", "Interview: Analyst Program", "Tax Department"
     "practice", "department", "dept", "division", "desk", "program", "programme", "unit", "office", "services",
     "operations", "practices", "groups", "teams")
)  # fmt: skip
_MEET_NAMED = gated(rf"\b(?:meet|interview|speak with|talk (?:to|with)) (?P<who>{_TITLED_NAME})\b")
_INTERVIEWERS_LINE = re.compile(r"^\W*interviewers?\s*:\s*(?P<who>[^\n]+)", re.I | re.M)


_JOB_CONTEXT = {
    "a stage of a hiring process",
    "a recruiter or hiring manager",
    "a role or application",
    "the subject names a position or an application",
}
# An invitation to meet in person or talk, as people write it when they do not say "interview": it makes a
# job conversation only next to words about the job (_JOB_CONTEXT), and never in bulk mail.
_MEET_INVITATION = Gated(
    re.compile(
        r"\b(?:come (?:in|by|over|to (?:the|our) (?:office|studio|shop|store|lab|restaurant|workshop))|"
        r"stop (?:by|in)|swing by|drop by|pop (?:in|by)|sit down with|"
        # "you're confirmed with Lakeview Dental Group for the receptionist position": an agency books its client
        r"you(?:'re| are) (?:all )?(?:confirmed|booked|scheduled|set) (?:in )?(?:with|at) \w|"
        r"meet (?:with )?(?:you\b|me\b|us\b|(?:the|our) (?:\w+ ){0,2}(?:team|founders?|ceo|director|board|"
        r"committee|owner|manager|partners?|crew|chef|group)\b)|"
        r"(?:campus|site|lab|office|on-?site) visit|visit (?:the|our) (?:lab|campus|office|studio|team)|your visit|"
        r"persönlich kennen|kennenlernen|kennenzulernen|kennenlerngespräch|persönliche[sn]? gespräch|"
        r"vorbeikommen|vorbeizukommen|vous rencontrer|te rencontrer|faire (?:votre|ta) connaissance|"
        r"(?:un |notre |cet |l')échange|rencontre|conocernos|conocerte|conocerle|conocerla|reuni[oó]n|charla|"
        r"platicar|pasar por (?:la|nuestra) oficina|venir a (?:la|nuestra) oficina|"
        r"(?:have|bring|get) you (?:come )?(?:in|on-?site|onsite|over|to (?:the|our) (?:office|studio|campus))\b|"
        r"invite you (?:to|for) (?:a|an|our|the|another) (?:[\w-]+ ){0,2}(?:conversation|call|chat|meeting|talk|"
        r"visit|discussion)|(?:chat|call|conversation|talk|discussion|meeting) (?:about|regarding|on) (?:the|this|"
        r"our|your) (?:[\w-]+ ){0,4}(?:role|position|opening|vacancy|job)\b(?!\s+(?:of|on|in)\b)|"
        r"(?:talk|speak|chat) (?:to|with) you again|"
        # "We would be glad to have a video call with you on Wednesday, 20 May, at 17:00"
        r"(?:have|schedule|set up|arrange|book) an? (?:[\w-]+ ){0,2}(?:call|chat|conversation|meeting|talk) with you|"
        # "Keen to have a first chat", "happy to get to know you in a video call"
        r"(?:have|do) an? (?:first|quick|short|brief|intro|introductory|initial|informal) (?:chat|call|conversation|"
        r"meeting|talk)|get to know you|"
        # "confirming our chat Tuesday at 9:30 at the shop about the mechanic job", "we'll see you Friday at 10
        # ... about the staff accountant opening", "Dr. Weiss will call you Thursday at 11 to discuss the role".
        r"(?:(?:see|call|meet|phone|ring) you|let's (?:meet|talk|chat|speak)|(?:our|the|a) (?:chat|call|conversation|"
        r"meeting|talk))\b[^.?!\n]{0,80}?"
        r"\b(?:about|regarding|to discuss|to talk about|to go over|re:?) (?:the|this|our|that|an?) (?:[\w-]+ ){0,4}"
        r"(?:role|position|opening|vacancy|job)\b(?!\s+(?:of|on|in)\b)|"
        r"(?:einladen|einzuladen)|vous inviter|invitarte|invitarle|conversar com você|bate-papo|conhecer você)"
    )
)
# A reply that only agrees to a time ("Tuesday 3pm works, see you then!") in a thread whose subject is the
# user's application: the agreement is the invitation's answer.
_AGREED = Gated(
    re.compile(
        r"\b(?:works(?: for (?:me|us))?|that works|(?:is|are) fine|suits? (?:us|me)|"
        r"see you (?:then|there|on|next|tomorrow|(?:mon|tues|wednes|thurs|"
        r"fri|satur|sun)day|thurs?|tues|weds)|sounds (?:good|great)|confirmed|perfect|"
        r"let's (?:plan on|do|go with|say|lock in)|(?:talk|speak) (?:to you )?then|booked|all set|you're set|"
        r"(?:[0-9]|[0-9][ap]m|[ap]m|(?:mon|tues|wednes|thurs|fri|satur|sun)day) it is|"
        r"(?:put|pencil(?:led|ed)?) (?:you|us) (?:down|in)|have you down|locked in|"
        r"(?:calendar )?invite (?:is )?(?:on its way|to follow|sent|coming)|"
        r"sent (?:you )?(?:an? )?(?:calendar )?invite|"
        r"passt|bis dann|ça marche|c'est noté|à bientôt|nos vemos|perfecto|me viene bien)\b"
    )
)
_APPLICATION_SUBJECT = Gated(
    re.compile(
        r"\b(?:application|applying|candidacy|cv|resume|bewerbung|candidature|candidatura|postulaci[oó]n|job|"
        r"position|opening)\b"
    )
)
_BULK = {"a newsletter", "a mailing list", "a webinar or event", "a job alert"}
# What someone hiring writes to an applicant ("thanks for your application ... could you come in Tuesday?"):
# found in the user's own words quoted below a reply, it puts the user on the hiring side.
_TO_AN_APPLICANT = Gated(
    re.compile(
        r"\b(?:your application|you applied|for applying|your (?:cv|resume|résumé|portfolio)|ihre bewerbung|"
        r"deine bewerbung|votre candidature|ta candidature|tu candidatura|su candidatura|tu postulaci[oó]n|"
        r"su postulaci[oó]n)\b"
    )
)
# What an applicant writes to someone hiring ("thanks for getting back to me about the UX Writer position",
# "thanks for considering me for the role"): in the user's own quoted words, it makes the thread the user's
# own application, so the other side's reply with a time is the invitation.
_AS_AN_APPLICANT = Gated(
    re.compile(
        r"\b(?:thanks?(?: you)? (?:so much |very much )?for (?:getting back to me|reaching out|considering me|"
        r"the opportunity|your (?:reply|response|interest))|"
        r"(?:interested in|excited about|apply(?:ing)? for|applied for) the (?:[\w-]+ ){0,4}(?:role|position|opening)|"
        r"(?:attached|here) (?:is )?my (?:resume|cv|résumé|portfolio)|my (?:resume|cv|résumé) is attached|"
        # "I saw your posting for a body technician", "I saw the sign in your window for a line cook"
        r"(?:saw|seen|found|read) (?:your|the) (?:job )?(?:posting|post|ad|advert|listing|sign)\b|"
        # "thurs at 4 works for me for the line cook tryout": the user proposing a time for their own interview
        r"(?:works for me|i'm free|i am free|i could (?:do|come)|i can (?:do|come)) [^.?!\n]{0,40}\bfor (?:the|my|a) "
        r"(?:[\w-]+ ){0,3}(?:interview|tryout|trial shift)|"
        r"vielen dank für (?:ihre|deine) (?:rückmeldung|antwort)|merci (?:pour|de) votre (?:retour|réponse)|"
        r"gracias por (?:tu|su) (?:respuesta|interés))"
    )
)
_WROTE_ALONE = re.compile(r"\s*(?:wrote|a écrit|escribió|escreveu|schrieb)\s*:\s*$", re.I)
_WROTE_LINE = re.compile(
    r"^\s*(?:from|von|de|expéditeur)\s*:|"
    r"\b(?:wrote|a écrit|escribió|escreveu|(?:schrieb|schreef)[^:\n]{0,120})\s*:\s*$",
    re.I,
)


def _quoted_by(layout: layout_mod.Layout, user_addresses: frozenset[str]) -> tuple[str, str]:
    """The quoted words of a reply split by author: (the user's, everyone else's). The user's are the quoted
    lines after an attribution or a From: line that names one of the user's addresses (nested quotes are told
    apart by their own attribution lines)."""
    words: list[str] = []
    others: list[str] = []
    by_user = False
    previous = ""
    for line in layout.lines:
        if line.kind == layout_mod.HEADER:
            if _WROTE_LINE.search(line.text):
                # An attribution wrapped in two ("On ... Priya <priya.n@...>" / "wrote:"): its address is above.
                lowered = (f"{previous} " if _WROTE_ALONE.match(line.text) else "").lower() + line.text.lower()
                by_user = any(address in lowered for address in user_addresses)
            previous = line.text
        elif line.kind == layout_mod.QUOTED:
            (words if by_user else others).append(line.text)
        else:
            by_user = False
    return "\n".join(words), "\n".join(others)


# "Jordan Lee <> Sam Ortiz", "Sam / Jordan", "Priya & Dana": a calendar invitation titled with two people's
# names only, as people title a meeting they set up by hand.
_TITLE_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}"
_NAMES_TITLE = re.compile(
    rf"^\s*(?P<a>{_TITLE_NAME})\s*(?:<>|<->|<=>|/|&|\+|x|×|-|–|\||and|und|et|y|:|,)\s*(?P<b>{_TITLE_NAME})\s*$"
)
_CONVERSATION = re.compile(
    r"\b(?:chat|call|conversation|speak|talk|meet|meeting|gespräch|telefonat|anruf|appel|échange|rencontre|"
    r"llamada|conversación|conversacion|charla|reunión)\b",
    re.IGNORECASE,
)
_URLS = re.compile(r"(?:https?://|www\.)\S+|<[^<>\s]+@[^<>\s]+>", re.IGNORECASE)


_WRAPPED = re.compile(r"(?<=\S)[ \t]*\n[ \t>]*(?=\S)")


def _unwrap(text: str) -> str:
    """Lines a mail client wrapped joined again ("talk about the\nmanager position"); paragraphs stay apart.
    Only in the few paragraphs a person writes: bulk mail is long, and its rules would run on every line."""
    return _WRAPPED.sub(" ", text) if "\n" in text and len(text) <= 4000 else text


def _score(
    subject: str, body: str, quoted: str = "", in_thread: bool = False, others_quoted: str | None = None
) -> tuple[float, list[str]]:
    """Rules on the subject and the sender's own words; quoted history adds only positive evidence, at half weight.
    `others_quoted`: the quoted words not written by the user (None: not known, all of `quoted`)."""
    score = 0.0
    evidence: list[str] = []
    subject, body, quoted = (_unwrap(_URLS.sub(" ", t)).lower() for t in (subject, body, quoted))
    both = f"{subject}\n{body}"
    fired: set[str] = set()
    texts = {"subject": subject, "body": body, "opening": body[:OPENING_CHARS], "any": both}
    for rule in RULES:
        hay = texts[rule.where]
        if rule.fires(hay):
            score += rule.weight
            evidence.append(f"{rule.weight:+g} {rule.label}")
            fired.add(rule.label)
        elif quoted and rule.weight > 0 and rule.where != "subject" and rule.label not in fired and rule.fires(quoted):
            score += rule.weight / 2
            evidence.append(f"{rule.weight / 2:+g} {rule.label} (in the quoted thread)")
            fired.add(rule.label)
    if fired & _JOB_CONTEXT and _CONVERSATION.search(f"{both}\n{quoted}"):
        score += 1.5
        evidence.append("+1.5 a conversation about a job")
    invited = fired & _JOB_CONTEXT and not fired & _BULK and _MEET_INVITATION.search(f"{both}\n{quoted}")
    agreed = (
        in_thread
        and len(body) < 400
        and _AGREED.search(body)
        and (
            _APPLICATION_SUBJECT.search(subject)
            or _invited_by_them(others_quoted, quoted)
            or _confirms_the_users_interview(body, quoted)
        )
    )
    if invited or agreed:
        score += 2.0
        evidence.append(INVITED_TO_MEET)
    return score, evidence


def _confirms_the_users_interview(body: str, quoted: str) -> bool:
    """ "Great, Thursday at 2pm it is. Our COO will call you" under the user's own "Thursday works for the
    interview": the organiser books the interview the thread speaks of, and the reader is the one called."""
    if not (_CALLS_THE_READER.search(body) and _OUR_INTERVIEW.search(quoted)):
        return False
    return _nothing_against(quoted)


def _agrees_to_the_users_proposal(subject: str, body: str, mine: str) -> bool:
    """ "perfect, monday it is" over the user's own quoted "For the service advisor interview I could do Monday
    morning at 8" ("gut, dann sprechen wir am Donnerstag" over "Ich könnte am Mittwoch ... oder am Donnerstag"):
    a short yes to the times the user offered for their interview. `mine`: the user's quoted words, unwrapped and
    lower-cased."""
    if not mine or len(body) >= 400:
        return False
    lowered = body.lower()
    if not (_AGREED.search(lowered) or _AGREES_ABROAD.search(lowered) or _OPENS_WITH_YES.match(lowered)):
        return False
    about_it = _THE_INTERVIEW.search(mine) or has_interview_term(f"{subject}\n{mine}")
    # The user's own words are a candidate's: that rule says nothing against them here.
    return bool(about_it and _USER_PROPOSES.search(mine) and _nothing_against(mine, but=_CANDIDATE_WRITES))


# "Great, Thu 4/9 2.30pm at the studio then.", "we're on for Tuesday at 2:30p": a reply that opens with a yes.
_OPENS_WITH_YES = re.compile(r"\s*(?:hi \w+,?\s*)?(?:great|perfect|ok|okay|good|sure|yes|yep|sounds good|we're on)\b")
# A yes in German, French, Spanish that _AGREED leaves out, as it is said to anything: "gut, dann sprechen wir
# am Donnerstag", "Parfait pour mardi", "Listo, quedamos el miércoles".
_AGREES_ABROAD = re.compile(
    r"\b(?:(?:gut|prima|super|perfekt),? dann|dann sprechen wir|abgemacht|parfait|d'accord|va pour|listo|"
    r"quedamos|de acuerdo)\b"
)
# The user offering times: "I could do Monday morning at 8", "I'm free Wednesday the 13th at 11:00 or 4:15",
# "Ich könnte am Mittwoch um 9 Uhr", "Je suis disponible mardi", "Puedo el martes a las 10".
_USER_PROPOSES = re.compile(
    r"\b(?:i could (?:do|come|make)|i can (?:do|come|make)|i'?m (?:free|available)|i am (?:free|available)|"
    r"works (?:for me|best|well)|would [^.?!\n]{0,40}\bwork|would be (?:ideal|great|best|perfect|easiest)|"
    r"(?:is|are) (?:easiest|best) for me|ich (?:könnte|kann|hätte)|je (?:suis disponible|peux|"
    r"pourrais)|puedo|podría|estoy disponible)\b"
)


def _greets_the_forwarder(forwarded: str, message: Message, note: str, headers: str = "") -> bool:
    """ "bro look, I got the interview!" over a forwarded "Dear Tomás, your interview ... is confirmed" from Tomás:
    a friend's or a spouse's own invitation, shared with the user. (An agency's forward greets the agency too,
    "Hi Megan, we'd like to meet Marcus", but the agency does not speak of its own interview.) `headers`: the
    forwarded message's header lines; one addressed to the forwarder ("To: meg.sorensen@...") is theirs too."""
    sender = message.sender
    if not forwarded or sender is None or not _MY_INTERVIEW.search(note.lower()):
        return False
    if sender.email and re.search(rf"^[> \t]*to:[^\n]*\b{re.escape(sender.email)}\b", headers, re.I | re.M):
        return True
    greeting = _GREETING.search(forwarded[:3000])
    return (
        greeting is not None
        and bool(sender.name.split())
        and (greeting["who"] or greeting["alone"]).casefold() == sender.name.split()[0].casefold()
    )


_MY_INTERVIEW = re.compile(
    r"\b(?:i got (?:the|an|my) (?:interview|job)|my (?:[\w-]+ )?interview|i have (?:an|my|the) interview|"
    r"i'?m interviewing|i(?:'ll| will) be interviewing (?:at|with|for)|(?:any|some) tips|wish me luck|"
    r"the one i (?:told|mentioned)|i told you about)\b"
)


# "Dear Meg", "Hi Meg", or "Meg," alone on the greeting's line.
_GREETING = re.compile(
    r"^\s*(?:(?:dear|hi|hello|hey|good (?:morning|afternoon))\s+(?P<who>[^\W\d_]+)|(?P<alone>[^\W\d_]+),[ \t]*$)",
    re.I | re.M,
)


def _nothing_against(text: str, but: str = "") -> bool:
    """No negative rule (a newsletter, a sales call, the user interviewing others...) but the one labelled `but`
    fires on `text`."""
    return not any(rule.weight < 0 and rule.label != but and rule.fires(text) for rule in RULES)


# The interview as the two sides of it speak of it ("Thursday works for the interview"); "my interview" is
# how the user tells a friend about it ("My interview is Wednesday at 9. Drinks after?").
_OUR_INTERVIEW = re.compile(r"\b(?:the|your|our) (?:[\w-]+ ){0,2}interview\b")
_CALLS_THE_READER = re.compile(r"\b(?:call|ring|phone|meet|see|interview) you\b")


def _invited_by_them(others_quoted: str | None, quoted: str) -> bool:
    """The quoted thread (the user's own quoted words left out) invites the user to meet or talk about a job:
    a short "Thursday works, see you at 2" under it answers a job invitation, not a work meeting."""
    theirs = quoted if others_quoted is None else _unwrap(_URLS.sub(" ", others_quoted)).lower()
    if not theirs:
        return False
    if _THE_INTERVIEW.search(theirs) and _nothing_against(theirs):
        return True  # "Would Thursday morning work for the phone interview?": the thread is about one
    if not (_MEET_INVITATION.search(theirs) or _CONVERSATION.search(theirs)):
        return False
    return any(rule.label in _JOB_CONTEXT and rule.where != "subject" and rule.fires(theirs) for rule in RULES)


def has_core_term(text: str) -> bool:
    lowered = text.lower()
    return any(term in lowered for term in CORE_TERMS)


def has_interview_term(text: str) -> bool:
    lowered = text.lower()
    return any(term in lowered for term in INTERVIEW_TERMS)


def has_job_term(text: str) -> bool:
    lowered = text.lower()
    return any(term in lowered for term in JOB_TERMS)


def has_thread_term(text: str) -> bool:
    lowered = text.lower()
    return any(term in lowered for term in THREAD_TERMS)


def judge(
    subject: str,
    body: str,
    *,
    quoted: str = "",
    sender_is_user: bool = False,
    from_colleague: bool = False,
    user_organises: bool = False,
    user_named=None,
    title_ok=None,
    sender_is_ats: bool = False,
    calendar: bool = False,
    in_thread: bool = False,
    user_quoted: str = "",
    others_quoted: str | None = None,
    names_meeting: bool = False,
    schedules_recipients: int = 0,
    forwarders_own: bool = False,
) -> Verdict:
    """The verdict on a message's (or an event's) words. `user_named(text)` tells whether text names the user;
    `title_ok(text)` whether a name in an interview's title is someone expected there (an interviewer, the company)."""
    score, evidence = _score(subject, body, quoted, in_thread, others_quoted)
    if (
        "-5 a rejection" in evidence
        and (reschedules(f"{subject}\n{body}") or _CALLED_OFF.search(f"{subject}\n{body}"))
        and not _REJECTION.fires(_SOFT_REJECTION.sub(" ", f"{subject}\n{body}".lower()))
    ):
        score += 5.0
        evidence.append("+5 'unfortunately' comes with a new time or a cancellation, not a rejection")
    about_a_job = any(label in e for e in evidence for label in _JOB_CONTEXT)
    invited = INVITED_TO_MEET in evidence
    if invited and "-3 an application receipt" in evidence:
        # "Thanks for applying for the estimator position. Are you free to come in Friday at 10?": the thanks
        # opens an invitation to meet, it does not close a receipt.
        score += 3.0
        evidence.append("+3 the thanks for applying opens an invitation to meet")
    if names_meeting and about_a_job and not invited:
        invited = True
        score += 2.0
        evidence.append(INVITED_TO_MEET + " (a calendar invitation titled with the user's name, in a job thread)")
    hiring_side = bool(user_quoted) and _TO_AN_APPLICANT.search(user_quoted.lower()) is not None
    mine = _unwrap(user_quoted).lower() if user_quoted and not hiring_side else ""
    applicant = bool(mine) and _AS_AN_APPLICANT.search(mine)
    if applicant and about_a_job and not invited:
        invited = True
        score += 2.0
        evidence.append(INVITED_TO_MEET + " (the user's own quoted words are an applicant's)")
    # "Thursday 12/3 at 2:00 pm works for us to meet Jordan Lee", forwarded by the agency: the user by name.
    if not invited and user_named is not None and any(user_named(m["who"]) for m in _MEET_NAMED.finditer(body)):
        invited = True
        score += 2.0
        evidence.append(INVITED_TO_MEET + " (the user, by name, is the one to meet)")
    if not invited and _agrees_to_the_users_proposal(subject, body, mine):
        score += 2.0
        evidence.append(INVITED_TO_MEET + " (the reply agrees to the user's own times for their interview)")
    both = f"{subject}\n{body}\n{quoted}"
    if (
        guess_language(both) == "fr"
        and re.search(r"\binterview\b", both, re.I)
        and not re.search(r"\b(?:entretien|entrevue)", both, re.I)
    ):
        score -= 4.0
        evidence.append("-4 French 'interview' is a press interview")
    core = (
        has_interview_term(both)
        or (in_thread and has_thread_term(both))
        or (any(e.startswith(INVITED_TO_MEET) for e in evidence) and has_job_term(both))
    )
    # Whose interview it is matters only for a message about one; the name patterns are the detector's
    # slowest, so mail without an interview term (most of a mailbox) skips them.
    if user_named is not None and core:
        for match in _CANDIDATE_LINE.finditer(body):
            if not user_named(match.group("who").strip()):
                score -= 10.0
                evidence.append("-10 the candidate is someone else")
                break
        for match in (*_TITLE_NAMES.finditer(subject), *_TITLE_OPENS_WITH_NAME.finditer(subject)):
            who = match.group("who")
            if any(word.lower().strip(".") in _NOT_NAMES for word in who.split()):
                continue
            # "Zweites Gespräch - Konstrukteur Sondermaschinenbau": a job, not a person, names it.
            if not user_named(who) and not (title_ok and title_ok(who)) and not is_title(who):
                score -= 6.0
                evidence.append("-6 the interview is named after someone else")
                break
        for match in _THIRD_PERSON_CANDIDATE.finditer(body[:8000]):
            if _MEETS_THE_READER.match(body, match.end()):
                continue  # "Mark Lee is coming in from Boston to meet you": an interviewer
            who = next(w for w in match.groups() if w)
            if match["who4"]:
                who = match["who4"]
            if who.split()[0].lower() in _NOT_NAMES or user_named(who) or (title_ok and title_ok(who)):
                continue
            score -= 8.0
            evidence.append("-8 the candidate is someone else, named in the third person")
            break
        for match in _INTERVIEWERS_LINE.finditer(body):
            if user_named(match.group("who").strip()):
                score -= 8.0
                evidence.append("-8 the user is among the interviewers")
                break
    if sender_is_user:
        score -= 6.0
        evidence.append("-6 sent by the user")
    if forwarders_own:
        score -= 8.0
        evidence.append("-8 the forwarded invitation greets the one who forwards it (their own interview)")
    if hiring_side:
        score -= 8.0
        evidence.append("-8 the user's own quoted words address an applicant (the hiring side)")

    if from_colleague:
        score -= 6.0
        evidence.append("-6 from a colleague at the user's own employer (the hiring side)")
    if schedules_recipients >= 2 and core:
        score -= 8.0
        evidence.append("-8 a schedule of the people it is sent to (they interview: the hiring side)")
    if user_organises:
        score -= 4.0
        evidence.append("-4 the user organises it (interviewing someone else)")
    if sender_is_ats:
        score += 1.5
        evidence.append("+1.5 sent by an applicant-tracking system")
    if calendar:
        score += 1.0
        evidence.append("+1 carries a calendar invitation")
    if not core:
        evidence.append("no interview term")
    return Verdict(is_interview=core and score >= THRESHOLD, score=round(score, 2), evidence=tuple(evidence))


def judge_event(event: CalendarEvent, user_addresses: frozenset[str], user_named=None, title_ok=None) -> Verdict:
    """A calendar event on its own (a feed or CalDAV): its words, and whether the user is a guest or the host."""
    body = f"{event.description}\n{event.location}"
    organises = bool(event.organizer and event.organizer.email in user_addresses)
    return judge(event.summary, body, user_organises=organises, user_named=user_named, title_ok=title_ok)


def judge_message(
    message: Message,
    user_addresses: frozenset[str],
    *,
    user_named=None,
    title_ok=None,
    layout: layout_mod.Layout | None = None,
    ats_sender: bool = False,
) -> Verdict:
    """Judge an email by what it says now (quoted history counts little), plus any calendar event it carries."""
    layout = layout or layout_mod.split(message.text, message.subject)
    primary = layout.primary[:20_000]
    quoted = layout.quoted[:4_000]
    events = [e for e in message.events if e.start is not None]
    event = events[0] if events else None
    subject = message.subject
    body = primary
    if event is not None:
        subject = f"{subject}\n{event.summary}"
        body = f"{primary}\n{event.description}\n{event.location}"
    if len(primary) >= 1500:
        quoted = ""  # a long message stands on its own; a short reply is read with the message it answers
    sender_is_user = bool(message.sender and message.sender.email in user_addresses)
    # A job seeker who also hires at their current job gets interview schedules from colleagues: the user's
    # own work domain (a configured address that is no free-mail one) marks the hiring side.
    employers = {a.rpartition("@")[2] for a in user_addresses} - set(FREE_MAIL)
    colleague = bool(message.sender and not sender_is_user and message.sender.domain in employers)
    organises = bool(event and event.organizer and event.organizer.email in user_addresses)
    mine, theirs = _quoted_by(layout, user_addresses) if layout.quoted else ("", "")
    named_title = _NAMES_TITLE.match(event.summary) if event is not None and user_named is not None else None
    return judge(
        subject,
        body,
        quoted=quoted,
        sender_is_user=sender_is_user,
        from_colleague=colleague,
        user_organises=organises,
        user_named=user_named,
        title_ok=title_ok,
        sender_is_ats=ats_sender,
        calendar=event is not None,
        user_quoted=mine,
        others_quoted=theirs[:4_000],
        names_meeting=bool(named_title and any(user_named(named_title[k]) for k in ("a", "b"))),
        schedules_recipients=_scheduled_recipients(message, user_addresses, primary),
        forwarders_own=not sender_is_user
        and _greets_the_forwarder(
            layout.text_of(layout_mod.FORWARDED),
            message,
            layout.text_of(layout_mod.OWN),
            layout.text_of(layout_mod.HEADER),
        ),
        in_thread=bool(
            message.in_reply_to
            or message.references
            or _REPLY_SUBJECT.match(message.subject)
            or layout.quoted
            or layout.text_of(layout_mod.FORWARDED)
        ),
    )


_READER_INTERVIEWED = re.compile(
    r"\b(?:interview(?:ing)? you|meet(?:ing)? (?:with )?you|speak(?:ing)? with you|your (?:[\w-]+ )?(?:interviews?|"
    r"itinerary|schedule|visit|panel|onsite|on-site|call|conversation|loop|round|session)|"
    r"you will (?:meet|be meeting|speak|talk))\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?|[ap]\b)?", re.I)


def _scheduled_recipients(message: Message, user_addresses: frozenset[str], primary: str) -> int:
    """How many of the people the message is addressed to (besides the user) a schedule in it names
    ("2:30-Kayne Coulter", "interviewers: Mike McConnell, ..."): a schedule sent to the people on it, that
    never speaks of the reader being interviewed, is one for the interviewers, not a candidate's itinerary
    (whose interviewers are at most copied)."""
    others = [p for p in message.to if p.email not in user_addresses]
    if len(others) < 2 or not _CLOCK.search(primary):
        return 0
    listed = [m.group("who").lower() for m in _INTERVIEWERS_LINE.finditer(primary)]
    reader_interviewed = _READER_INTERVIEWED.search(primary) is not None
    if reader_interviewed and not listed:
        return 0
    # "Interviewers: Sally Beck, James Scribner, Tana Cashion, Patrick Maloy, Jody" wraps onto the next line.
    timed = listed if reader_interviewed else [line.lower() for line in primary.splitlines()[:200]]
    count = 0
    for person in others:
        name = person.name.strip().lower() if person.name and "@" not in person.name else ""
        if not name:
            local = person.email.partition("@")[0]
            parts = [w for w in re.split(r"[._]+", local) if w.isalpha() and len(w) > 1]
            name = " ".join(parts[:1] + parts[-1:]) if len(parts) >= 2 else ""
        if name and " " in name and any(name in line for line in timed):
            count += 1
    return count
