#ifndef VIGIA_CNCURSES_SHIM_H
#define VIGIA_CNCURSES_SHIM_H

/* SwiftPM drops the -D flags of ncursesw.pc, so the wide-character API must be enabled here. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <ncursesw/curses.h>

/* Every helper below is stateless: a static variable here would be duplicated in each Swift
   object file that calls it, so all state lives on the Swift side. */

/* Macros and globals that Swift cannot import or cannot touch safely under strict concurrency. */
static inline WINDOW *vigia_stdscr(void) { return stdscr; }
static inline WINDOW *vigia_curscr(void) { return curscr; }
static inline FILE *vigia_stdin(void) { return stdin; }
static inline FILE *vigia_stdout(void) { return stdout; }
static inline int vigia_colors(void) { return COLORS; }
static inline int vigia_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t vigia_a_normal(void) { return A_NORMAL; }
static inline attr_t vigia_a_bold(void) { return A_BOLD; }
static inline attr_t vigia_a_dim(void) { return A_DIM; }
static inline attr_t vigia_a_reverse(void) { return A_REVERSE; }
static inline attr_t vigia_a_underline(void) { return A_UNDERLINE; }
static inline int vigia_key_code_yes(void) { return KEY_CODE_YES; }

/* Mouse masks are computed macros. */
static inline mmask_t vigia_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t vigia_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t vigia_button4_pressed(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t vigia_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t vigia_button5_pressed(void) { return 0; }
#endif

/* A terminfo string capability, or NULL when absent or not a string ((char *)-1). */
static inline const char *vigia_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/* The kernel's idea of the window size (ioctl is variadic, so Swift cannot call it). */
static inline int vigia_window_size(int fd, int *rows, int *columns) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *columns = ws.ws_col;
    return 0;
}

/* sigaction's handler is a union that differs between libcs; these keep Swift out of it. */
typedef void (*vigia_signal_handler)(int);
typedef void (*vigia_signal_action)(int, siginfo_t *, void *);

/* Installs `handler` for `sig` (all other signals left unblocked while it runs), saving the
   previous action in `previous` when it is not NULL. */
static inline int vigia_install_handler(int sig, vigia_signal_handler handler, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = handler;
    action.sa_flags = SA_RESTART;
    return sigaction(sig, &action, previous);
}

/* Same with an SA_SIGINFO handler, used for crash signals (to tell faults from kill(2)). */
static inline int vigia_install_action(int sig, vigia_signal_action handler, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = handler;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    return sigaction(sig, &action, previous);
}

/* Puts back an action saved by the functions above. */
static inline int vigia_restore_action(int sig, const struct sigaction *saved) {
    return sigaction(sig, saved, NULL);
}

/* Sets a signal back to its default disposition. */
static inline int vigia_default_action(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = SIG_DFL;
    return sigaction(sig, &action, NULL);
}

/* Lock-free flags shared between signal handlers and the main thread. */
static inline int vigia_atomic_load(int *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
static inline void vigia_atomic_store(int *p, int v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
static inline int vigia_atomic_exchange(int *p, int v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }

#endif
