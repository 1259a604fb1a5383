#ifndef VIGIA_C_PSEUDO_TERMINAL_H
#define VIGIA_C_PSEUDO_TERMINAL_H

#include <stddef.h>

/*
 * Pseudo-terminal helpers for vigia-bench, which measures the dashboard from outside, as a
 * terminal emulator sees it. posix_openpt, grantpt, unlockpt and ptsname_r need
 * _XOPEN_SOURCE / _GNU_SOURCE, which Swift's Glibc module is not built with, and
 * POSIX_SPAWN_SETSID is a GNU extension, so they are wrapped here.
 */

/* Opens a new pseudo-terminal pair sized columns x rows. Stores the master descriptor
 * (close-on-exec, so children never inherit it) in *master and the slave's path in
 * slave_path. Returns 0, or an errno value. */
int vigia_pty_open(int *master, char *slave_path, size_t path_size, unsigned short columns, unsigned short rows);

/* Sets the window size of a terminal descriptor. Returns 0, or an errno value. */
int vigia_pty_set_size(int fd, unsigned short columns, unsigned short rows);

/* The posix_spawn flag that makes the child a session leader, so the first terminal it
 * opens becomes its controlling terminal (as under a real terminal emulator). */
short vigia_spawn_setsid_flag(void);

#endif
