// nats.c (Debian package libnats-dev), imported into Swift as the module CNATS.
#include <nats/nats.h>
