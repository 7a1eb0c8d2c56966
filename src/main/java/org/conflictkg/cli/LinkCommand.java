package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.extract.EntityType;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;
import org.conflictkg.link.online.HttpFetcher;
import org.conflictkg.link.online.NoNetworkException;
import org.conflictkg.link.online.OnlineLinker;
import org.conflictkg.link.online.RemoteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ckg link [--online] [--type TYPE] NAME...}: the Wikidata item of each name, from the
 * gazetteer, and with {@code --online} from Wikidata's search API for names the gazetteer lacks.
 */
@Command(name = "link", description = {
        "Print the Wikidata item of each name: from the gazetteer, and with --online from Wikidata's search API "
                + "for names the gazetteer lacks (answers cached in cache/wikidata/).",
        "Output: name, QID (or -), label, type or description, confidence, where the answer came from; tab-separated."})
public final class LinkCommand implements Callable<Integer> {
    /** Exit status when some names needed the network and it could not be reached. */
    public static final int NO_NETWORK = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--online", description = "ask Wikidata's API for names the gazetteer lacks")
    boolean online;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "expected type: Person, Organization, State, ArmedGroup or Place (default: any)")
    String type;

    @Option(names = "--cache", paramLabel = "DIR", description = "cache folder (default: cache/wikidata/ in the project)")
    Path cache;

    @Option(names = "--api", paramLabel = "URL", description = "Wikidata API (default: ${DEFAULT-VALUE})",
            defaultValue = "https://www.wikidata.org/w/api.php")
    URI api;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.7",
            description = "on-line answers below this stay unlinked (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "names to link")
    List<String> names;

    @Override
    public Integer call() {
        Settings settings = Settings.fromEnvironment();
        EntityType expected = parseType(type);
        if (api.getScheme() == null || !api.getScheme().matches("https?")) {
            throw new IllegalArgumentException("--api must be an http(s) URL, not '" + api + "'");
        }
        Gazetteer gazetteer = Gazetteer.load(Gazetteer.defaultFiles(settings.data()));
        OnlineLinker linker = !online ? null : new OnlineLinker(api,
                cache != null ? cache : OnlineLinker.defaultCache(settings),
                new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(20)), OnlineLinker.DEFAULT_LIMIT);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean unanswered = false;
        for (String name : names) {
            Optional<GazetteerEntry> known = gazetteer.lookup(name).stream()
                    .filter(e -> e.qid() != null && (expected == null || e.entityType() == expected)).findFirst();
            if (known.isPresent()) {
                GazetteerEntry e = known.get();
                out.println(String.join("\t", name, e.qid(), e.label(), e.kind(), "1.0", "gazetteer"));
                continue;
            }
            if (linker == null) {
                out.println(String.join("\t", name, "-", "", "", "", "not in the gazetteer (try --online)"));
                continue;
            }
            int hitsBefore = linker.cacheHits();
            try {
                Optional<OnlineLinker.Candidate> c = linker.lookup(name, expected);
                String from = linker.cacheHits() > hitsBefore ? "wikidata (cached)" : "wikidata";
                if (c.isPresent() && c.get().confidence() >= minConfidence) {
                    OnlineLinker.Candidate k = c.get();
                    out.println(String.join("\t", name, k.qid(), k.label(), k.description(),
                            String.format(Locale.ROOT, "%.2f", k.confidence()), from));
                } else if (c.isPresent()) {
                    OnlineLinker.Candidate k = c.get();
                    out.println(String.join("\t", name, "-", k.label(), k.description(),
                            String.format(Locale.ROOT, "%.2f", k.confidence()),
                            from + ": " + k.qid() + " below --min-confidence"));
                } else {
                    out.println(String.join("\t", name, "-", "", "", "", from + ": no candidate fits"));
                }
            } catch (NoNetworkException e) {
                if (!unanswered) {
                    err.println("ckg link: " + e.getMessage() + "; names not in the gazetteer or the cache stay "
                            + "unlinked");
                    err.flush();
                }
                unanswered = true;
                out.println(String.join("\t", name, "-", "", "", "", "no network"));
            } catch (RemoteException e) {
                err.println("ckg link: " + name + ": " + e.getMessage());
                unanswered = true;
                out.println(String.join("\t", name, "-", "", "", "", "error"));
            }
        }
        out.flush();
        return unanswered ? NO_NETWORK : 0;
    }

    static EntityType parseType(String s) {
        if (s == null) {
            return null;
        }
        for (EntityType t : EntityType.values()) {
            if (t.name().equalsIgnoreCase(s.replace("_", "").replace("-", ""))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown --type '" + s + "' (Person, Organization, State, ArmedGroup, Place)");
    }
}
