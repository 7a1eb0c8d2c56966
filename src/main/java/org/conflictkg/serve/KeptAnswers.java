package org.conflictkg.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Keeps the {@link AnswerCache}'s answers in a file beside the database, so that a server started
 * again on unchanged data has its saved queries' answers at once instead of computing them again.
 * <p>
 * The file is stamped with the state of the database's storage: the name, size and time of last
 * change of every file of its active storage folder ({@code Data-NNNN}) but its lock. Reading does not change
 * them; any write does (a build, an update, a compaction, which moves to another folder). Answers
 * are taken back only when the stamp read from the file equals the database's stamp when the
 * server opens it; otherwise the file is left to be written over. It is written (to a temporary
 * file, then moved into place) once the saved queries' answers are prepared, and only when no
 * write came in meanwhile.
 */
final class KeptAnswers {
    /** The file's name in the database folder. */
    static final String FILE = org.conflictkg.store.GraphStore.ANSWERS_FILE;
    private static final String MAGIC = "ckg-kept-answers-1";

    private final Path storage;
    private final Path file;
    private final AnswerCache cache;
    private final LongSupplier generation;

    private KeptAnswers(Path storage, AnswerCache cache, LongSupplier generation) {
        this.storage = storage;
        this.file = storage.getParent().resolve(FILE);
        this.cache = cache;
        this.generation = generation;
    }

    /** For a TDB2 database on disk; null for one in memory or another kind of dataset. */
    static KeptAnswers of(DatasetGraph dsg, AnswerCache cache, LongSupplier generation) {
        if (!TDBInternal.isTDB2(dsg)) {
            return null;
        }
        var location = TDBInternal.getDatasetGraphTDB(dsg).getLocation();
        if (location == null || location.isMem() || location.getDirectoryPath() == null) {
            return null;
        }
        Path storage = Path.of(location.getDirectoryPath()).toAbsolutePath();
        return storage.getParent() == null ? null : new KeptAnswers(storage, cache, generation);
    }

    Path file() {
        return file;
    }

    /** The stamp of the storage as it is now: a digest of every file's name, size and time of last change. */
    String stamp() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.walk(storage)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                // (the lock file is written whenever the database is opened, reads or writes alike)
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals("tdb.lock")) {
                    lines.add(storage.relativize(p) + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(storage.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes back the answers kept for the database as it is now; returns how many (0 when there is no
     * file or it was written for other data). A file that cannot be read is reported in one line and left.
     */
    int restore() {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !in.readUTF().equals(stamp())) {
                return 0;
            }
            return cache.read(in, generation.getAsLong());
        } catch (IOException | RuntimeException e) {
            System.err.println("ckg serve: " + file + ": kept answers not read (" + e.getMessage() + "); they will be computed");
            return 0;
        }
    }

    /**
     * Writes the answers current for {@code gen}, unless the data has changed since; returns how many were
     * written, or -1 when nothing was.
     */
    int save(long gen) {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            if (generation.getAsLong() != gen) {
                return -1;
            }
            String stamp = stamp();
            int n;
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(MAGIC);
                out.writeUTF(stamp);
                n = cache.write(out, gen);
            }
            // (a write that came in meanwhile may not show in the stamp yet: keep nothing then)
            if (generation.getAsLong() != gen || !stamp().equals(stamp)) {
                Files.deleteIfExists(tmp);
                return -1;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return n;
        } catch (IOException e) {
            System.err.println("ckg serve: " + file + ": answers not kept for the next start (" + e.getMessage() + ")");
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next save writes over it
            }
            return -1;
        }
    }
}
