/* amqp-admin: the AMQP declarations the benchmarks need (there is no management plugin on the private node).
 *   amqp-admin [--url URL] declare-exchange NAME TYPE | declare-queue NAME | bind QUEUE EXCHANGE KEY
 *              | purge QUEUE | delete-queue NAME | delete-exchange NAME | count QUEUE | consumers QUEUE
 * Several verbs may follow each other on one command line; all are durable declarations. */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static void usage(void) {
    fprintf(stderr, "usage: amqp-admin [--url URL] VERB ARGS [VERB ARGS ...]\n"
                    "  declare-exchange NAME TYPE   declare-queue NAME   bind QUEUE EXCHANGE KEY\n"
                    "  purge QUEUE   delete-queue NAME   delete-exchange NAME   count QUEUE (prints messages)\n"
                    "  consumers QUEUE (prints consumers)\n");
    exit(2);
}

static const char *need(int argc, char **argv, int i) {
    if (i >= argc) usage();
    return argv[i];
}

int main(int argc, char **argv) {
    g_tool = "amqp-admin";
    const char *url = default_amqp_url();
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "--url") == 0) { url = argv[i + 1]; i += 2; }
    if (i >= argc) usage();
    amqp_connection_state_t conn = amqp_open(url, 131072);
    while (i < argc) {
        const char *verb = argv[i++];
        if (strcmp(verb, "declare-exchange") == 0) {
            const char *name = need(argc, argv, i++), *type = need(argc, argv, i++);
            amqp_exchange_declare(conn, 1, amqp_cstring_bytes(name), amqp_cstring_bytes(type), 0, 1, 0, 0,
                                  amqp_empty_table);
            amqp_check(amqp_get_rpc_reply(conn), "exchange.declare");
        } else if (strcmp(verb, "declare-queue") == 0) {
            const char *name = need(argc, argv, i++);
            amqp_queue_declare(conn, 1, amqp_cstring_bytes(name), 0, 1, 0, 0, amqp_empty_table);
            amqp_check(amqp_get_rpc_reply(conn), "queue.declare");
        } else if (strcmp(verb, "bind") == 0) {
            const char *q = need(argc, argv, i++), *ex = need(argc, argv, i++), *key = need(argc, argv, i++);
            amqp_queue_bind(conn, 1, amqp_cstring_bytes(q), amqp_cstring_bytes(ex), amqp_cstring_bytes(key),
                            amqp_empty_table);
            amqp_check(amqp_get_rpc_reply(conn), "queue.bind");
        } else if (strcmp(verb, "purge") == 0) {
            const char *q = need(argc, argv, i++);
            amqp_queue_purge(conn, 1, amqp_cstring_bytes(q));
            amqp_check(amqp_get_rpc_reply(conn), "queue.purge");
        } else if (strcmp(verb, "delete-queue") == 0) {
            const char *q = need(argc, argv, i++);
            amqp_queue_delete(conn, 1, amqp_cstring_bytes(q), 0, 0);
            amqp_check(amqp_get_rpc_reply(conn), "queue.delete");
        } else if (strcmp(verb, "delete-exchange") == 0) {
            const char *ex = need(argc, argv, i++);
            amqp_exchange_delete(conn, 1, amqp_cstring_bytes(ex), 0);
            amqp_check(amqp_get_rpc_reply(conn), "exchange.delete");
        } else if (strcmp(verb, "consumers") == 0) {
            const char *q = need(argc, argv, i++);
            amqp_queue_declare_ok_t *ok =
                amqp_queue_declare(conn, 1, amqp_cstring_bytes(q), 1 /* passive */, 1, 0, 0, amqp_empty_table);
            amqp_check(amqp_get_rpc_reply(conn), "queue.declare (passive)");
            printf("%u\n", ok->consumer_count);
        } else if (strcmp(verb, "count") == 0) {
            const char *q = need(argc, argv, i++);
            amqp_queue_declare_ok_t *ok =
                amqp_queue_declare(conn, 1, amqp_cstring_bytes(q), 1 /* passive */, 1, 0, 0, amqp_empty_table);
            amqp_check(amqp_get_rpc_reply(conn), "queue.declare (passive)");
            printf("%u\n", ok->message_count);
        } else {
            warnf("unknown verb %s", verb);
            usage();
        }
    }
    amqp_close_all(conn);
    return 0;
}
