package org.conflictkg.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times a piece of work on a short input and on a longer one, robustly enough for a shared, busy machine: both are
 * warmed up first, so neither is timed while the JIT is still compiling the paths it takes; runs alternate, so a busy
 * spell hits both; the clock is this thread's CPU time (the pipeline runs on the calling thread), so time spent waiting
 * for a core does not count; and the fastest run of each is kept, since other work can only add time.
 */
public final class LengthTiming {
    private LengthTiming() {
    }

    /** {short, long} in nanoseconds: the fastest of {@code rounds} interleaved runs of each. */
    public static long[] fastest(Runnable shortRun, Runnable longRun, int rounds) {
        for (int i = 0; i < 2; i++) {
            shortRun.run();
            longRun.run();
        }
        long best = Long.MAX_VALUE;
        long bestLong = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = clock();
            shortRun.run();
            long t1 = clock();
            longRun.run();
            long t2 = clock();
            best = Math.min(best, t1 - t0);
            bestLong = Math.min(bestLong, t2 - t1);
        }
        return new long[] {best, bestLong};
    }

    /** Nanoseconds of this thread's CPU time; wall time where the JVM cannot measure it. */
    private static long clock() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        return cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
