package org.conflictkg.link;

import org.conflictkg.Settings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazetteer files are well formed: eight columns, a QID or nothing, a known kind, numbers for coordinates. */
class GazetteerFilesTest {
    private static final Set<String> KINDS = Set.of("country", "territory", "admin1", "admin2", "city", "locality",
            "neighbourhood", "intl_org", "ngo", "armed_group", "person", "news_agency", "media", "org");

    @Test
    void everyRowIsWellFormed() throws Exception {
        Path dir = Settings.fromEnvironment().home().resolve("data/gazetteer");
        for (String file : List.of("gazetteer.tsv", "curated.tsv")) {
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            int header = 0;
            while (lines.get(header).startsWith("#")) {
                header++;
            }
            assertEquals("qid\tlabel\taliases\ttype\tlat\tlon\tcountry_qid\tsource", lines.get(header), file);
            for (int i = header + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = file + ":" + (i + 1) + ": " + line;
                String[] c = line.split("\t", -1);
                assertEquals(8, c.length, where);
                assertTrue(c[0].isEmpty() || c[0].matches("Q[1-9][0-9]*"), where);
                assertTrue(!c[1].isBlank(), where);
                assertTrue(KINDS.contains(c[3]), where);
                assertTrue(c[4].isEmpty() || c[4].matches("-?[0-9.]+"), where);
                assertTrue(c[5].isEmpty() || c[5].matches("-?[0-9.]+"), where);
                assertTrue(c[6].isEmpty() || c[6].matches("Q[1-9][0-9]*"), where);
            }
        }
    }
}
