package org.osintkg.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.osintkg.review.Action;
import org.osintkg.review.Record;
import org.osintkg.review.ReviewException;
import org.osintkg.review.Reviews;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = {
        "Analyst review of a store: grade sources (A-F) and claims (1-6), accept, reject or correct claims,",
        "merge and split entities, undo any of it. Each action is a PROV-O record in the graph",
        "https://w3id.org/osintkg/graph/review; report graphs are never changed, so a re-ingest keeps reviews.",
        "IRIs may be written in full, in <…>, or under the instance namespace (person/…, claim/…)."},
        subcommands = {ReviewCommand.Grade.class, ReviewCommand.Accept.class, ReviewCommand.Reject.class,
                ReviewCommand.Correct.class, ReviewCommand.Merge.class, ReviewCommand.Split.class, ReviewCommand.Undo.class,
                ReviewCommand.History.class, ReviewCommand.Orphans.class})
final class ReviewCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** What every acting subcommand shares: the store, the note, and who is acting. */
    static final class Acting {
        @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept as the record's rdfs:comment).")
        String note;

        @Option(names = "--as", paramLabel = "USER", description = "Reviewer name (default: the operating-system user, ${sys:user.name}).")
        String user = System.getProperty("user.name");
    }

    abstract static class Act implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Acting acting;

        abstract Action action() throws ReviewException;

        @Override
        public Integer call() {
            if (!Files.isDirectory(store.store)) {
                System.err.println("error: " + store.store + ": no store here");
                return 2;
            }
            try (Store s = Store.open(store.store)) {
                Record r = new Reviews(s.dataset()).apply(acting.user, action());
                System.out.println(line(r));
                return 0;
            } catch (ReviewException e) {
                System.err.println("error: " + e.getMessage() + " (nothing changed)");
                return 2;
            }
        }
    }

    @Command(name = "grade", description = "Grade a source (person, organization, outlet) A-F, or a claim 1-6 (Admiralty scale).")
    static final class Grade extends Act {
        @Parameters(index = "0", paramLabel = "IRI") String target;
        @Parameters(index = "1", paramLabel = "GRADE", description = "A-F for a source, 1-6 for a claim.") String grade;

        @Override
        Action action() throws ReviewException {
            return new Action.Grade(Reviews.iri(target), grade, acting.note);
        }
    }

    @Command(name = "accept", description = "Accept a claim as extracted.")
    static final class Accept extends Act {
        @Parameters(paramLabel = "CLAIM") String target;

        @Override
        Action action() throws ReviewException {
            return new Action.Accept(Reviews.iri(target), acting.note);
        }
    }

    @Command(name = "reject", description = "Reject a claim: saved queries leave it out unless --param include_rejected=true.")
    static final class Reject extends Act {
        @Parameters(paramLabel = "CLAIM") String target;

        @Override
        Action action() throws ReviewException {
            return new Action.Reject(Reviews.iri(target), acting.note);
        }
    }

    @Command(name = "correct", description = "Correct a claim's claimant (an entity IRI), quantity (a number) or type (TroopCount, …); the extracted value stays, superseded.")
    static final class Correct extends Act {
        @Parameters(index = "0", paramLabel = "CLAIM") String target;
        @Parameters(index = "1", paramLabel = "FIELD", description = "claimant, quantity or type") String field;
        @Parameters(index = "2", paramLabel = "VALUE") String value;

        @Override
        Action action() throws ReviewException {
            return new Action.Correct(Reviews.iri(target), Action.Field.of(field), value, acting.note);
        }
    }

    @Command(name = "merge", description = "Merge an entity into another (one entity to queries; both IRIs keep resolving).")
    static final class Merge extends Act {
        @Parameters(index = "0", paramLabel = "IRI", description = "The entity merged away.") String target;
        @Parameters(index = "1", paramLabel = "INTO", description = "The entity it is merged into.") String into;

        @Override
        Action action() throws ReviewException {
            return new Action.Merge(Reviews.iri(target), Reviews.iri(into), acting.note);
        }
    }

    @Command(name = "split", description = "Take a merged entity out of its merge again.")
    static final class Split extends Act {
        @Parameters(paramLabel = "IRI") String target;

        @Override
        Action action() throws ReviewException {
            return new Action.Split(Reviews.iri(target), acting.note);
        }
    }

    @Command(name = "undo", description = "Undo a review (by number or IRI); the undo is a record too.")
    static final class Undo extends Act {
        @Parameters(paramLabel = "REVIEW") String review;

        @Override
        Action action() throws ReviewException {
            return new Action.Undo(Reviews.iri(review), acting.note);
        }
    }

    @Command(name = "history", description = "Every review of a claim or entity, oldest first, with what undid it.")
    static final class History implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "IRI") String target;

        @Override
        public Integer call() {
            if (!Files.isDirectory(store.store)) {
                System.err.println("error: " + store.store + ": no store here");
                return 2;
            }
            try (Store s = Store.open(store.store)) {
                Node t = Reviews.iri(target);
                List<Reviews.Entry> h = new Reviews(s.dataset()).history(t);
                if (h.isEmpty()) System.out.println("no reviews of " + Reviews.shortName(t));
                for (Reviews.Entry e : h) {
                    System.out.println(line(e.record()) + (e.undoneBy() != null ? "  [undone by " + Reviews.shortName(e.undoneBy()) + "]" : ""));
                }
                return 0;
            } catch (ReviewException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "orphans", description = "Standing reviews whose target is gone (after a re-extraction or a removal); exit code 1 when any.")
    static final class Orphans implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            if (!Files.isDirectory(store.store)) {
                System.err.println("error: " + store.store + ": no store here");
                return 2;
            }
            try (Store s = Store.open(store.store)) {
                List<Reviews.Orphan> o = new Reviews(s.dataset()).orphans();
                for (Reviews.Orphan x : o) System.out.println(line(x.record()) + "  — " + x.reason());
                System.out.println(o.isEmpty() ? "no orphaned reviews" : o.size() + " orphaned review(s)");
                return o.isEmpty() ? 0 : 1;
            }
        }
    }

    /** One record on one line: number, time, user, kind, target, what it set, note. */
    static String line(Record r) {
        StringBuilder b = new StringBuilder();
        b.append(Reviews.shortName(r.iri())).append("  ").append(r.time()).append("  ").append(r.user()).append("  ")
                .append(r.kindName()).append("  ").append(Reviews.shortName(r.target()));
        if (r.object() != null && !r.kindName().equals("Undo")) b.append(r.kindName().equals("Split") ? " from " : " into ").append(Reviews.shortName(r.object()));
        if (r.property() != null) b.append("  ").append(r.property().getURI().replaceFirst(".*#", ""));
        if (r.superseded() != null) b.append(" ").append(show(r.superseded())).append(" ->");
        if (r.value() != null) b.append(" ").append(show(r.value()));
        if (r.undoes() != null) b.append("  undoes ").append(Reviews.shortName(r.undoes()));
        if (r.note() != null) b.append("  \"").append(r.note()).append('"');
        return b.toString();
    }

    private static String show(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : Reviews.shortName(n);
    }
}
