/*
 * measure: runs one step of the quarter benchmark and records what it cost.
 *
 *     measure RESULT LIMIT_SECONDS COMMAND [ARGUMENT...]
 *
 * Writes one line to RESULT: "wall user sys maxrss_kib status", with times
 * in seconds, the peak resident set size of the command (the largest of
 * its own and of any child it waited for, as wait4 reports it) and its exit
 * status, or "stopped" when it ran past LIMIT_SECONDS and was killed with
 * its whole process group. Standard input, output and error are the
 * command's own, so the step's output goes wherever the script sends it.
 *
 * GNU time would print the same figures; this wrapper exists for the limit,
 * which must stop a step that runs away without losing what it measured.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t expired = 0;

static void on_alarm(int signal_number) {
    (void)signal_number;
    expired = 1;
}

static double seconds(struct timeval value) {
    return (double)value.tv_sec + (double)value.tv_usec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: measure RESULT LIMIT_SECONDS COMMAND [ARGUMENT...]\n");
        return 2;
    }
    const char *result_path = argv[1];
    unsigned limit = (unsigned)strtoul(argv[2], NULL, 10);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) {
        perror("measure: fork");
        return 2;
    }
    if (child == 0) {
        setpgid(0, 0);
        execvp(argv[3], &argv[3]);
        fprintf(stderr, "measure: cannot run '%s'\n", argv[3]);
        _exit(127);
    }
    setpgid(child, child);
    struct sigaction action = {0};
    action.sa_handler = on_alarm;
    sigaction(SIGALRM, &action, NULL);
    if (limit > 0) alarm(limit);
    int status = 0;
    struct rusage usage;
    for (;;) {
        pid_t waited = wait4(child, &status, 0, &usage);
        if (waited == child) break;
        if (waited < 0 && errno == EINTR && expired) {
            kill(-child, SIGKILL);
            continue;
        }
        if (waited < 0 && errno != EINTR) {
            perror("measure: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double wall = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    FILE *result = fopen(result_path, "w");
    if (result == NULL) {
        perror("measure: result file");
        return 2;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    char verdict[16];
    if (expired) {
        snprintf(verdict, sizeof verdict, "stopped");
    } else {
        snprintf(verdict, sizeof verdict, "%d", code);
    }
    fprintf(result, "%.3f %.3f %.3f %ld %s\n", wall, seconds(usage.ru_utime), seconds(usage.ru_stime),
            usage.ru_maxrss, verdict);
    fclose(result);
    return expired ? 124 : code;
}
