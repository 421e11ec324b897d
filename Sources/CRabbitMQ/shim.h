// Swift-callable access to rabbitmq-c 0.11: wrappers for the variadic login, the method-number and
// property-flag macros (casts and shifts do not import), and the small POSIX pieces a connection thread
// needs to sleep on its socket and a wake-up eventfd at once.
#ifndef SWITCHYARD_CRABBITMQ_SHIM_H
#define SWITCHYARD_CRABBITMQ_SHIM_H

#include <amqp.h>
#include <amqp_framing.h>
#include <amqp_tcp_socket.h>
#include <amqp_ssl_socket.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/time.h>
#include <unistd.h>
#include <errno.h>
#include <stdint.h>

/// PLAIN login with client properties (connection_name); the variadic original is not callable from Swift.
static inline amqp_rpc_reply_t sy_login(amqp_connection_state_t conn, const char *vhost, int frame_max, int heartbeat,
                                        const amqp_table_t *properties, const char *user, const char *password) {
    return amqp_login_with_properties(conn, vhost, AMQP_DEFAULT_MAX_CHANNELS, frame_max, heartbeat, properties,
                                      AMQP_SASL_METHOD_PLAIN, user, password);
}

/// Waits up to `timeout_ms` for one frame (0: only what is already readable). Returns an amqp_status_enum.
static inline int sy_wait_frame(amqp_connection_state_t conn, amqp_frame_t *frame, int timeout_ms) {
    struct timeval tv;
    tv.tv_sec = timeout_ms / 1000;
    tv.tv_usec = (timeout_ms % 1000) * 1000;
    return amqp_simple_wait_frame_noblock(conn, frame, &tv);
}

static inline int sy_open_socket(amqp_socket_t *socket, const char *host, int port, int timeout_ms) {
    struct timeval tv;
    tv.tv_sec = timeout_ms / 1000;
    tv.tv_usec = (timeout_ms % 1000) * 1000;
    return amqp_socket_open_noblock(socket, host, port, &tv);
}

static inline void sy_set_rpc_timeout(amqp_connection_state_t conn, int timeout_ms) {
    struct timeval tv;
    tv.tv_sec = timeout_ms / 1000;
    tv.tv_usec = (timeout_ms % 1000) * 1000;
    amqp_set_rpc_timeout(conn, &tv);
    amqp_set_handshake_timeout(conn, &tv);
}

static inline uint32_t sy_frame_method_id(const amqp_frame_t *frame) { return frame->payload.method.id; }
static inline void *sy_frame_method_decoded(const amqp_frame_t *frame) { return frame->payload.method.decoded; }
static inline uint8_t sy_frame_type(const amqp_frame_t *frame) { return frame->frame_type; }
static inline uint16_t sy_frame_channel(const amqp_frame_t *frame) { return frame->channel; }

static inline uint32_t sy_method_basic_deliver(void) { return AMQP_BASIC_DELIVER_METHOD; }
static inline uint32_t sy_method_basic_ack(void) { return AMQP_BASIC_ACK_METHOD; }
static inline uint32_t sy_method_basic_nack(void) { return AMQP_BASIC_NACK_METHOD; }
static inline uint32_t sy_method_basic_return(void) { return AMQP_BASIC_RETURN_METHOD; }
static inline uint32_t sy_method_basic_cancel(void) { return AMQP_BASIC_CANCEL_METHOD; }
static inline uint32_t sy_method_channel_close(void) { return AMQP_CHANNEL_CLOSE_METHOD; }
static inline uint32_t sy_method_channel_close_ok(void) { return AMQP_CHANNEL_CLOSE_OK_METHOD; }
static inline uint32_t sy_method_connection_close(void) { return AMQP_CONNECTION_CLOSE_METHOD; }
static inline uint32_t sy_method_connection_close_ok(void) { return AMQP_CONNECTION_CLOSE_OK_METHOD; }
static inline uint32_t sy_method_connection_blocked(void) { return AMQP_CONNECTION_BLOCKED_METHOD; }
static inline uint32_t sy_method_connection_unblocked(void) { return AMQP_CONNECTION_UNBLOCKED_METHOD; }

static inline uint16_t sy_flag_content_type(void) { return AMQP_BASIC_CONTENT_TYPE_FLAG; }
static inline uint16_t sy_flag_headers(void) { return AMQP_BASIC_HEADERS_FLAG; }
static inline uint16_t sy_flag_delivery_mode(void) { return AMQP_BASIC_DELIVERY_MODE_FLAG; }
static inline uint16_t sy_flag_correlation_id(void) { return AMQP_BASIC_CORRELATION_ID_FLAG; }
static inline uint16_t sy_flag_message_id(void) { return AMQP_BASIC_MESSAGE_ID_FLAG; }
static inline uint16_t sy_flag_timestamp(void) { return AMQP_BASIC_TIMESTAMP_FLAG; }
static inline uint16_t sy_flag_type(void) { return AMQP_BASIC_TYPE_FLAG; }
static inline uint16_t sy_flag_app_id(void) { return AMQP_BASIC_APP_ID_FLAG; }

/// A non-blocking eventfd another thread writes to wake the connection thread out of `sy_poll`.
static inline int sy_eventfd_new(void) { return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC); }
static inline void sy_eventfd_signal(int fd) {
    uint64_t one = 1;
    ssize_t n = write(fd, &one, sizeof one);
    (void)n;
}
static inline void sy_eventfd_drain(int fd) {
    uint64_t value;
    ssize_t n = read(fd, &value, sizeof value);
    (void)n;
}

/// Sleeps until `socket_fd` is readable, `wake_fd` was signalled, or `timeout_ms` passed.
/// Returns a bit set: 1 = socket readable (or failed), 2 = woken; 0 on timeout. A negative fd is ignored.
static inline int sy_poll(int socket_fd, int wake_fd, int timeout_ms) {
    struct pollfd fds[2];
    fds[0].fd = socket_fd;
    fds[0].events = POLLIN;
    fds[0].revents = 0;
    fds[1].fd = wake_fd;
    fds[1].events = POLLIN;
    fds[1].revents = 0;
    int n = poll(fds, 2, timeout_ms);
    if (n <= 0) return 0;
    int result = 0;
    if (fds[0].revents & (POLLIN | POLLERR | POLLHUP | POLLNVAL)) result |= 1;
    if (fds[1].revents & POLLIN) result |= 2;
    return result;
}

#endif
