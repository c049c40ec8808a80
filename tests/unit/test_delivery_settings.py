"""The settings of later messages: a malformed value stops start-up with one line naming it."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError

TWILIO = {"TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "t",
          "PUBLIC_BASE_URL": "https://desk.example.org", "TWILIO_FROM_WHATSAPP": "+14155238886"}


def test_well_formed_template_settings_are_read() -> None:
    settings = Settings.from_env({**TWILIO, "WHATSAPP_REPLY_TEMPLATE": "reply_waiting",
                                  "TWILIO_WHATSAPP_CONTENT_SID": "HX" + "a" * 32,
                                  "TWILIO_MESSAGING_SERVICE_SID": "MG" + "b" * 32})
    assert settings.whatsapp_reply_template == "reply_waiting"
    assert settings.twilio_whatsapp_content_sid == "HX" + "a" * 32
    assert settings.twilio_messaging_service_sid == "MG" + "b" * 32


@pytest.mark.parametrize(("name", "value", "says"), [
    ("WHATSAPP_REPLY_TEMPLATE", "Reply Waiting", "lowercase letters, digits and underscores"),
    ("TWILIO_WHATSAPP_CONTENT_SID", "HX123", "HX followed by 32 hexadecimal digits"),
    ("TWILIO_MESSAGING_SERVICE_SID", "PN" + "0" * 32, "MG followed by 32 hexadecimal digits"),
])
def test_a_malformed_delivery_setting_is_refused_naming_the_variable(name: str, value: str, says: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({**TWILIO, name: value})
    assert str(refused.value).startswith(name) and says in str(refused.value) and "\n" not in str(refused.value)


def test_a_content_template_without_a_whatsapp_sender_is_refused() -> None:
    env = {k: v for k, v in TWILIO.items() if k != "TWILIO_FROM_WHATSAPP"}
    with pytest.raises(SettingsError, match="TWILIO_WHATSAPP_CONTENT_SID is set but TWILIO_FROM_WHATSAPP is not"):
        Settings.from_env({**env, "TWILIO_WHATSAPP_CONTENT_SID": "HX" + "a" * 32})


def test_a_messaging_service_sends_codes_by_sms_without_a_from_number() -> None:
    from bot.wiring import sms_transport

    settings = Settings.from_env({**TWILIO, "TWILIO_MESSAGING_SERVICE_SID": "MG" + "b" * 32})
    assert sms_transport(settings) == "twilio"
