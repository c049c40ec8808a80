"""Proving a phone number before anything about a person is shown or changed.

A phone counts as verified when the channel vouches for it (the SMS or WhatsApp sender, a
Telegram contact that is the sender's own, the console's `--as`). Otherwise the person types
their number and we text a one-time code to it.
"""

from __future__ import annotations

import re

from flows.flow import Flow
from flows.i18n import _, isolate, ngettext
from flows.messages import Option
from flows.steps import back_option, not_understood, show_menu, understood
from flows.turn import Turn
from storage import codes, subjects
from storage.datasources import mask_phone
from storage.retention import ONCE_SENT

flow = Flow("identity")

PHONE = "identity:phone"
CODE = "identity:code"
RESUME = "resume"
PENDING_PHONE = "pending_phone"
RESEND = "resend"
# What the person said before being asked for their number, kept for the flow that resumes.
KEPT = ("story",)

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def parse_phone(text: str) -> str | None:
    """Read a Pakistani mobile number in any usual form as E.164 (+923001234567)."""
    digits = re.sub(r"[\s\-().]", "", text.translate(_DIGITS))
    if re.fullmatch(r"\+[1-9]\d{7,14}", digits):
        return digits
    if re.fullmatch(r"0092\d{10}", digits):
        return "+" + digits[2:]
    if re.fullmatch(r"92\d{10}", digits):
        return "+" + digits
    if re.fullmatch(r"03\d{9}", digits):
        return "+92" + digits[1:]
    if re.fullmatch(r"3\d{9}", digits):
        return "+92" + digits
    return None


async def require_verified(turn: Turn, resume: str) -> bool:
    """Go on if the person's phone is proven; otherwise ask for it and come back later."""
    if turn.conv.phone:
        return True
    kept = {key: turn.data[key] for key in KEPT if key in turn.data}
    turn.conv.data = {RESUME: resume, **kept}
    await ask_phone(turn)
    return False


@flow.reask(PHONE)
async def ask_phone(turn: Turn) -> None:
    """Ask for the person's number (on Telegram, offer to share it)."""
    turn.goto(PHONE)
    if turn.message.transport == "telegram":
        turn.say(
            _(
                "First I need to confirm it's you. Tap 'Share my phone number' below, "
                "or type your mobile number and I'll text you a code."
            ),
            [Option("share_contact", _("Share my phone number")), back_option()],
            request_contact=True,
        )
    else:
        turn.say(
            _("First I need to confirm it's you. Please type your mobile number, and I'll text you a code."),
            [back_option()],
        )


async def verified_phone(turn: Turn, resume: str) -> str | None:
    """Give the person's proven phone; without one, ask for it (coming back to `resume`)."""
    if await require_verified(turn, resume):
        return turn.conv.phone
    return None


@flow.step(PHONE)
async def phone_given(turn: Turn, choice: str | None) -> None:
    """Take the number (or the shared contact) and send a code to it."""
    if turn.conv.phone:
        await resume(turn)
        return
    phone = parse_phone(turn.text)
    if phone is None:
        await not_understood(turn, _("Please type your mobile number, for example 0300 1234567."))
        return
    await send_code(turn, phone)


async def send_code(turn: Turn, phone: str) -> None:
    """Text a fresh code to a number, unless it is locked out or no SMS channel is on."""
    understood(turn)
    if await codes.locked_until(phone, turn.now) is not None:
        show_menu(turn, _locked_text())
        return
    if not turn.desk.sms_transport:
        turn.say(
            _("I can't send text messages right now, so I can't check your number. Would you like to talk to a person?"),
            [Option("human", _("Talk to a person")), back_option()],
        )
        return
    if not await codes.may_send(phone, turn.now):
        turn.say(
            _("We have already sent several codes to this number in the last hour. Please try again in an hour, or talk to a person."),
            [Option("human", _("Talk to a person")), back_option()],
        )
        return
    code, now = codes.new_code(), turn.now
    turn.write(codes.sent(phone, code, now))
    # Once sent, the message keeps its words without the code: the code lives on as a hash.
    turn.send_later(turn.desk.sms_transport, phone,
                    {"text": code_message(code, turn.organisation), ONCE_SENT: code_message("••••••", turn.organisation)})
    turn.data[PENDING_PHONE] = phone
    await ask_code(turn)


@flow.reask(CODE, back_to=PHONE)
async def ask_code(turn: Turn) -> None:
    """Ask for the code sent to the number."""
    phone = turn.data.get(PENDING_PHONE, "")
    turn.goto(CODE)
    turn.say(
        _("I've sent a 6-digit code to {phone}. Please type it here. It is valid for 10 minutes.").format(
            phone=isolate(mask_phone(phone))
        ),
        [Option(RESEND, _("Send a new code")), back_option()],
    )


def code_message(code: str, organisation: str) -> str:
    """Word the text message that carries a code, naming who sends it."""
    return _("Your {organisation} privacy desk code is {code}. It is valid for 10 minutes. Don't share it with anyone.").format(
        organisation=organisation, code=code
    )


@flow.step(CODE)
async def code_given(turn: Turn, choice: str | None) -> None:
    """Check the code; on success, link the number and carry on with the flow."""
    phone = turn.data.get(PENDING_PHONE)
    if phone is None:
        show_menu(turn)
        return
    if choice == RESEND:
        await send_code(turn, phone)
        return
    typed = re.sub(r"\D", "", turn.text.translate(_DIGITS))
    if turn.conv.lines and turn.conv.lines[-1][0] == "in":
        turn.conv.lines[-1] = ("in", "••••••")  # codes never reach a transcript
    if len(typed) != codes.CODE_DIGITS:
        await not_understood(turn, _("Please type the 6-digit code from the text message."))
        return
    await _check(turn, phone, typed)


async def _check(turn: Turn, phone: str, typed: str) -> None:
    result = await codes.check(phone, typed, turn.now)
    turn.write(codes.judged(phone, result, turn.now))
    if result.outcome == "ok":
        turn.write(subjects.phone_attached(turn.conv.identity_id, phone))
        turn.conv.phone, turn.conv.verified = phone, True
        await _adopt_phone_subject(turn, phone)
        await resume(turn)
    elif result.outcome == "wrong":
        turn.say(
            ngettext("That code isn't right. You have {n} try left.", "That code isn't right. You have {n} tries left.",
                     result.tries_left).format(n=result.tries_left),
            [Option(RESEND, _("Send a new code")), back_option()],
        )
    elif result.outcome == "expired":
        turn.say(_("That code has expired."), [Option(RESEND, _("Send a new code")), back_option()])
    else:
        show_menu(turn, _locked_text())


async def _adopt_phone_subject(turn: Turn, phone: str) -> None:
    """Read what the proven number already holds as this person's from now on."""
    existing = await subjects.subject_for_phone_if_any(phone)
    if existing is not None:
        turn.conv.subject_id = existing


def _locked_text() -> str:
    return _(
        "Too many wrong codes. For your safety, this number is locked for an hour. "
        "Please try again after that."
    )


async def resume(turn: Turn) -> None:
    """Carry on with the flow that asked for the person's identity."""
    target = turn.data.get(RESUME)
    turn.conv.data = {key: turn.data[key] for key in KEPT if key in turn.data}
    if not await turn.desk.flows.resume(turn, target):
        show_menu(turn)
