package org.osintkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = {
        "Writes the store out: trig and nq keep the named graphs (one per report), ttl and jsonld the union.",
        "Streams N-Quads; the others are built in memory."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.matches("trig|nq|ttl|jsonld")) {
            System.err.println("error: --format must be trig, nq, ttl or jsonld, not " + format);
            return 2;
        }
        if (!Files.isDirectory(store.store)) {
            System.err.println("error: " + store.store + ": no store here");
            return 2;
        }
        try (Store s = Store.open(store.store);
             OutputStream out = new BufferedOutputStream(output != null ? Files.newOutputStream(output) : System.out, 1 << 16)) {
            Txn.executeRead(s.dataset(), () -> {
                switch (f) {
                    case "nq" -> RDFDataMgr.write(out, s.dataset().asDatasetGraph(), RDFFormat.NQUADS);
                    case "trig" -> RDFDataMgr.write(out, s.dataset().asDatasetGraph(), RDFFormat.TRIG_BLOCKS);
                    case "ttl" -> RDFDataMgr.write(out, s.unionCopy(), Lang.TURTLE);
                    default -> RDFDataMgr.write(out, s.unionCopy(), RDFFormat.JSONLD11);
                }
            });
            out.flush();
        }
        return 0;
    }
}
