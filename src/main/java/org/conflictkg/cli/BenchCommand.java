package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ckg bench [--quick]}: the performance benchmark, as ratios against the bare components. */
@Command(name = "bench", description = "Benchmark extraction, loading, builds and queries against the bare components.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "200 and 2,000 articles instead of 1,000 and 10,000")
    boolean quick;

    @Option(names = "--sizes", paramLabel = "SMALL,LARGE", split = ",",
            description = "the two corpus sizes (default 1000,10000; with --quick 200,2000)")
    int[] sizes;

    @Option(names = "--work", paramLabel = "DIR", description = "work folder (default: target/bench)")
    Path work;

    @Option(names = "--markdown", paramLabel = "FILE", description = "also write the table as Markdown")
    Path markdown;

    @Option(names = "--only", paramLabel = "builds", description = "only the whole builds (threads and scale): builds")
    String only;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        int small = quick ? 200 : 1000;
        int large = small * 10;
        if (sizes != null) {
            if (sizes.length != 2 || sizes[0] < 1 || sizes[1] < sizes[0]) {
                throw new IllegalArgumentException("--sizes takes two sizes, the smaller first, e.g. 200,2000");
            }
            small = sizes[0];
            large = sizes[1];
        }
        if (only != null && !only.equals("builds")) {
            throw new IllegalArgumentException("--only takes one value: builds");
        }
        Bench bench = new Bench(settings, new Bench.Options(small, large,
                work != null ? work : settings.home().resolve("target/bench"), Math.min(small, 300), only != null),
                spec.commandLine().getOut());
        bench.run();
        if (markdown != null) {
            Files.writeString(markdown, bench.markdown());
        }
        return 0;
    }
}
