"""Prometheus collectors of the server, on their own registry so that tests can build many apps."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@dataclass
class Metrics:
    """Counters per channel and outcome, webhook latency and the outbox backlog."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.webhooks = Counter(
            "privacy_desk_webhook_requests",
            "Webhook requests by channel and outcome",
            ["channel", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "privacy_desk_webhook_seconds",
            "Time to answer a webhook request",
            ["channel"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.sends = Counter(
            "privacy_desk_outbox_sends",
            "Outbox deliveries by transport and outcome",
            ["transport", "outcome"],
            registry=self.registry,
        )
        self.outbox_pending = Gauge(
            "privacy_desk_outbox_pending", "Outbox messages still to send", registry=self.registry
        )

    def observe_webhook(self, channel: str, status: int, seconds: float) -> None:
        """Count one webhook answer and how long it took."""
        self.webhooks.labels(channel, outcome_of(status)).inc()
        self.latency.labels(channel).observe(seconds)

    def render(self) -> bytes:
        """Give every collector in Prometheus' text format."""
        return generate_latest(self.registry)


def outcome_of(status: int) -> str:
    """Name the outcome of a webhook answer by its HTTP status."""
    return _OUTCOMES.get(status, "ok" if status < 400 else "error")


_OUTCOMES = {
    400: "malformed",
    401: "unauthorized",
    403: "forbidden",
    404: "not_configured",
    413: "too_large",
    503: "unavailable",
}
