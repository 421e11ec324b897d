"""Small broker helpers for the end-to-end scripts (pika for RabbitMQ, nats-py for JetStream).

As a command: `python -m brokerkit probe` (exit 1 unless both brokers answer), `delete-queues Q...`,
`delete-streams-for SUBJECT...` (deletes whatever stream stores each subject).
"""
import asyncio
import json
import os
import sys
import time

import nats
import pika
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

AMQP_URL = os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
NATS_URL = os.environ.get("NATS_URL", "nats://127.0.0.1:4222")


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


# ---- RabbitMQ -------------------------------------------------------------------------------------------------

def amqp_channel():
    params = pika.URLParameters(AMQP_URL)
    params.socket_timeout = 5
    params.connection_attempts = 1
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.confirm_delivery()  # basic_publish raises unless the broker confirmed (and routed: mandatory)
    return connection, channel


def publish(channel, exchange, routing_key, body, message_id=None):
    data = body if isinstance(body, (bytes, bytearray)) else json.dumps(body).encode()
    channel.basic_publish(exchange, routing_key, data, mandatory=True, properties=pika.BasicProperties(
        delivery_mode=2, content_type="application/json", message_id=message_id))


def collect(channel, queue, want, timeout, settle=1.5):
    """Gets messages from `queue` until `want` arrived (then waits `settle` seconds more for extras) or
    `timeout`; returns [(routing_key, properties, parsed body)]."""
    got = []
    deadline = time.monotonic() + timeout
    extra_until = None
    while True:
        now = time.monotonic()
        if extra_until is None and len(got) >= want:
            extra_until = now + settle
        if now > (extra_until or deadline):
            return got
        method, props, body = channel.basic_get(queue, auto_ack=True)
        if method is None:
            time.sleep(0.1)
            continue
        got.append((method.routing_key, props, json.loads(body)))


def delete_queues(names):
    connection, channel = amqp_channel()
    for name in names:
        channel.queue_delete(name)
    connection.close()


# ---- NATS / JetStream -----------------------------------------------------------------------------------------

async def _quiet(_error):
    pass  # connection errors surface as the exception of the call that needed the connection


async def nats_connect():
    return await nats.connect(NATS_URL, connect_timeout=3, max_reconnect_attempts=1, allow_reconnect=False,
                              error_cb=_quiet)


async def delete_streams_for(js, subjects):
    for subject in subjects:
        try:
            name = await js.find_stream_name_by_subject(subject)
        except nats.js.errors.NotFoundError:
            continue
        await js.delete_stream(name)


async def fetch_all(js, stream, subject, want, timeout, settle=1.0, durable=None, config=None):
    """Pulls from `stream` (filter `subject`), acking each message, until `want` arrived (then `settle` seconds
    more for extras) or `timeout`. An ephemeral consumer unless `durable` is given. Returns the nats Msgs."""
    sub = await js.pull_subscribe(subject, durable=durable, stream=stream,
                                  config=config or ConsumerConfig(ack_policy=AckPolicy.EXPLICIT,
                                                                  deliver_policy=DeliverPolicy.ALL))
    got = []
    deadline = time.monotonic() + timeout
    extra_until = None
    while True:
        now = time.monotonic()
        if extra_until is None and len(got) >= want:
            extra_until = now + settle
        end = extra_until or deadline
        if now >= end:
            break
        try:
            msgs = await sub.fetch(batch=100, timeout=max(0.2, min(1.0, end - now)))
        except nats.errors.TimeoutError:
            continue
        for m in msgs:
            await m.ack()
            got.append(m)
    await sub.unsubscribe()
    return got


def run(coro):
    try:
        asyncio.run(coro)
    except Failure as e:
        print(f"FAIL: {e}", file=sys.stderr)
        sys.exit(1)


# ---- command line ---------------------------------------------------------------------------------------------

async def _probe():
    nc = await nats_connect()
    await nc.jetstream().account_info()
    await nc.close()


def main(argv):
    verb, args = argv[0], argv[1:]
    if verb == "probe":
        try:
            asyncio.run(_probe())
        except Exception as e:  # noqa: BLE001 - any failure means "not reachable"
            print(f"NATS JetStream at {NATS_URL}: {e!r}", file=sys.stderr)
            return 1
        try:
            connection, _ = amqp_channel()
            connection.close()
        except Exception as e:  # noqa: BLE001
            print(f"RabbitMQ at {AMQP_URL}: {e!r}", file=sys.stderr)
            return 1
        return 0
    if verb == "delete-queues":
        delete_queues(args)
        return 0
    if verb == "delete-streams-for":
        async def go():
            nc = await nats_connect()
            await delete_streams_for(nc.jetstream(), args)
            await nc.close()
        asyncio.run(go())
        return 0
    print(f"unknown verb {verb}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
