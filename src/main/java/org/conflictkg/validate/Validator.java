package org.conflictkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks graphs against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class Validator {
    private final Shapes shapes;

    public Validator(Path shapesFile) {
        this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    /** The readable lines of every violation; empty when the graph conforms. */
    public List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(describe(e));
        }
        return out;
    }

    static String describe(ReportEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.severity().level().getLocalName()).append(": ").append(e.focusNode());
        if (e.resultPath() != null) {
            b.append(" ").append(e.resultPath());
        }
        b.append(": ").append(e.message());
        if (e.value() != null) {
            b.append(" (value ").append(e.value()).append(")");
        }
        return b.toString();
    }
}
