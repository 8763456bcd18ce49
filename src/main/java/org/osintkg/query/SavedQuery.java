package org.osintkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A saved SPARQL query: its text and the comment header that opens it
 * ({@code # title:}, {@code # answers:}, {@code # param: name — meaning}).
 */
public record SavedQuery(String name, String source, String text, String title, String answers, List<String> params,
                         String needs) {
    public SavedQuery {
        params = List.copyOf(params);
    }

    /** A query given as text on the command line. */
    public static SavedQuery ofText(String text) {
        return parse("--sparql", "command line", text);
    }

    /** A query from a file, or by name from ./queries or the bundled set. */
    public static SavedQuery find(String nameOrFile, Path queriesDir) throws IOException {
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) return parse(baseName(p), p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        Path local = queriesDir.resolve(name + ".rq");
        if (Files.isRegularFile(local)) return parse(name, local.toString(), Files.readString(local, StandardCharsets.UTF_8));
        try (InputStream in = SavedQuery.class.getClassLoader().getResourceAsStream("queries/" + name + ".rq")) {
            if (in != null) return parse(name, "queries/" + name + ".rq", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        throw new IOException("no saved query or file named '" + nameOrFile + "' (see: osintkg query --list)");
    }

    /** Every saved query: ./queries when it exists, else the bundled set. */
    public static List<SavedQuery> all(Path queriesDir) throws IOException {
        List<SavedQuery> out = new ArrayList<>();
        if (Files.isDirectory(queriesDir)) {
            try (var s = Files.list(queriesDir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    out.add(parse(baseName(p), p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            return out;
        }
        try (InputStream in = SavedQuery.class.getClassLoader().getResourceAsStream("queries/index.txt")) {
            if (in == null) return out;
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
                if (!name.isBlank()) out.add(find(name, queriesDir));
            }
        }
        return out;
    }

    static SavedQuery parse(String name, String source, String text) {
        String title = null;
        String answers = null;
        String needs = null;
        List<String> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                if (t.isEmpty()) continue;
                break;
            }
            String c = t.replaceFirst("^#+\\s*", "");
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.startsWith("title:")) title = c.substring(6).strip();
            else if (lower.startsWith("answers:")) answers = answers == null ? c.substring(8).strip() : answers + " " + c.substring(8).strip();
            else if (lower.startsWith("param:")) params.add(c.substring(6).strip());
            else if (lower.startsWith("needs:")) needs = c.substring(6).strip();
        }
        return new SavedQuery(name, source, text, title != null ? title : name, answers, params, needs);
    }

    /** True when the query reaches beyond the store (e.g. federated to Wikidata) and so needs the network. */
    public boolean needsNetwork() {
        return needs != null && needs.toLowerCase(java.util.Locale.ROOT).contains("network");
    }

    /** Parses the SPARQL; a syntax error names the file, line and column. */
    public Query query() throws QueryException {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? source + ":" + e.getLine() + ":" + e.getColumn() : source;
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
            throw new QueryException(where + ": SPARQL syntax error: " + msg);
        }
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".rq") ? n.substring(0, n.length() - 3) : n;
    }
}
