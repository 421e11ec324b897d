"""The Python peer of Switchyard's AMQP -> JetStream route, written the way users write it today with FastStream.

q.whatsapp.outbound (WABA SEND_FREETEXT commands, seed 001) -> minimal translation into a WA-RS `text` command
(seed 000), the session looked up from the shop's `wabaNumber` -> JetStream `wa.send.<session>` (stream WA_SEND).
FastStream acks the AMQP delivery only after the handler returned, i.e. after the JetStream PubAck
(NACK_ON_ERROR: a failed publish requeues). Concurrency comes from the prefetch: aio-pika runs one task per
delivery, so up to PREFETCH JetStream publishes are in flight at once.

Environment: AMQP_URL, NATS_URL, PEER_PREFETCH (default 256), PEER_LOG_LEVEL (default WARNING). FastStream logs
every message at its brokers' `log_level`; here that is DEBUG, below the root level, so the per-message lines are
filtered out (they would dominate the CPU profile, and a production service turns them off too).
"""

import asyncio
import logging
import os

from faststream import AckPolicy, FastStream
from faststream.nats import NatsBroker
from faststream.rabbit import Channel, RabbitBroker, RabbitQueue

AMQP_URL = os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
NATS_URL = os.environ.get("NATS_URL", "nats://127.0.0.1:4222")
PREFETCH = int(os.environ.get("PEER_PREFETCH", "256"))
LOG_LEVEL = getattr(logging, os.environ.get("PEER_LOG_LEVEL", "WARNING"))

# Which WA-RS session sends for which shop number (the lookup a real gateway does in its database).
SESSIONS = {
    "+255700000000": "session-0",
    "+255700000001": "session-1",
}

logging.basicConfig(level=LOG_LEVEL)
rabbit = RabbitBroker(AMQP_URL, log_level=logging.DEBUG)
nats = NatsBroker(NATS_URL, log_level=logging.DEBUG)
app = FastStream(rabbit)


@app.on_startup
async def connect_nats() -> None:
    await nats.start()


@app.after_shutdown
async def close_nats() -> None:
    await nats.stop()


@rabbit.subscriber(
    RabbitQueue("q.whatsapp.outbound", durable=True),
    channel=Channel(prefetch_count=PREFETCH),
    ack_policy=AckPolicy.NACK_ON_ERROR,
)
async def outbound(body: dict) -> None:
    session = SESSIONS.get(body.get("wabaNumber"), "default")
    command = {
        "type": "text",
        "to": str(body["to"]).lstrip("+"),  # WA-RS takes the number without the '+'
        "text": body.get("text"),
        "request_id": body.get("correlationId"),
        # carried through for the benchmark's sink (duplicates, loss, latency)
        "seq": body.get("seq"),
        "ts_ns": body.get("ts_ns"),
    }
    await nats.publish(
        command,
        f"wa.send.{session}",
        stream="WA_SEND",  # JetStream publish: waits for the PubAck
        headers={"Nats-Msg-Id": str(body.get("seq"))},
    )


if __name__ == "__main__":
    asyncio.run(app.run())
