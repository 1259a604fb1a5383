#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int vigia_pty_open(int *master, char *slave_path, size_t path_size, unsigned short columns, unsigned short rows) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return errno;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave_path, path_size) != 0) {
        int error = errno;
        close(fd);
        return error;
    }
    int error = vigia_pty_set_size(fd, columns, rows);
    if (error != 0) {
        close(fd);
        return error;
    }
    *master = fd;
    return 0;
}

int vigia_pty_set_size(int fd, unsigned short columns, unsigned short rows) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(fd, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

short vigia_spawn_setsid_flag(void) {
    return POSIX_SPAWN_SETSID;
}
