/* kfp-bench-measure CMD [ARGS...]: runs CMD (its output to /dev/null) and prints
 * "<wall ms> <peak resident KiB> <exit status>" on one line.
 *
 * Why a separate, tiny program: Linux carries a process's peak resident set across fork and
 * exec (the new program's ru_maxrss starts at the forking process's high-water mark), so a
 * child forked from kfp-bench (25 MiB of Qt) would never report less than kfp-bench's own peak.
 * Forked from this program, CMD's peak is its own plus about a megabyte. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: kfp-bench-measure CMD [ARGS...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) != pid)
        return 2;
    clock_gettime(CLOCK_MONOTONIC, &end);
    double ms = (double)(end.tv_sec - start.tv_sec) * 1e3 + (double)(end.tv_nsec - start.tv_nsec) / 1e6;
    printf("%.3f %ld %d\n", ms, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128);
    return 0;
}
