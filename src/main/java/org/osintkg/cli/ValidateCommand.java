package org.osintkg.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", description = {
        "Runs the SHACL shapes (ontology/shapes.ttl) over the union of the store's graphs.",
        "Prints each violation; exit code 0 when the store conforms, 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            System.err.println("error: " + store.store + ": no store here");
            return 2;
        }
        try (Store s = Store.open(store.store)) {
            ValidationReport report = validate(s);
            for (ReportEntry e : report.getEntries()) {
                System.out.println(e.severity().level().getLocalName() + ": " + e.focusNode() + " "
                        + (e.resultPath() != null ? e.resultPath() + " " : "") + "— " + e.message());
            }
            System.out.println(report.conforms() ? "conforms: " + s.dir() + " satisfies every shape"
                    : "does not conform: " + report.getEntries().size() + " violation(s)");
            return report.conforms() ? 0 : 1;
        }
    }

    static ValidationReport validate(Store s) {
        Shapes shapes = Shapes.parse(org.osintkg.rdf.Bundled.shapes());
        Graph data = s.unionCopy();
        return ShaclValidator.get().validate(shapes, data);
    }
}
