package org.osintkg.review;

import java.util.Locale;
import org.apache.jena.graph.Node;

/**
 * One analyst action, as asked for: what it targets, and a free-text note saying why. Each becomes a
 * record in the review graph; none changes a report graph.
 */
public sealed interface Action {
    /** The claim, entity or review the action is about. */
    Node target();

    /** Why, in the reviewer's words (may be empty). */
    String note();

    /** The action's name on the command line and in JSON: grade, accept, reject, … */
    String verb();

    /** A source graded on the Admiralty scale A–F (its reliability), or a claim 1–6 (its credibility). */
    record Grade(Node target, String grade, String note) implements Action {
        public Grade {
            grade = grade == null ? "" : grade.strip().toUpperCase(Locale.ROOT);
        }

        public boolean ofSource() {
            return grade.length() == 1 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'F';
        }

        public boolean ofClaim() {
            return grade.length() == 1 && grade.charAt(0) >= '1' && grade.charAt(0) <= '6';
        }

        @Override
        public String verb() { return "grade"; }
    }

    /** A claim judged right as extracted. */
    record Accept(Node target, String note) implements Action {
        @Override
        public String verb() { return "accept"; }
    }

    /** A claim judged wrong: saved queries leave it out unless asked for rejected claims. */
    record Reject(Node target, String note) implements Action {
        @Override
        public String verb() { return "reject"; }
    }

    /** One field of a claim corrected; the extracted value stays in its report graph, superseded. */
    record Correct(Node target, Field field, String value, String note) implements Action {
        @Override
        public String verb() { return "correct"; }
    }

    /** The fields a correction may change. */
    enum Field {
        CLAIMANT, QUANTITY, TYPE;

        public static Field of(String name) throws ReviewException {
            for (Field f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) return f;
            }
            throw new ReviewException("field '" + name + "': a correction changes the claimant, quantity or type");
        }

        public String lower() { return name().toLowerCase(Locale.ROOT); }
    }

    /** Two IRIs found to be one entity: target is merged into {@code into}; both keep resolving. */
    record Merge(Node target, Node into, String note) implements Action {
        @Override
        public String verb() { return "merge"; }
    }

    /** A merged entity taken out of its merge again. */
    record Split(Node target, String note) implements Action {
        @Override
        public String verb() { return "split"; }
    }

    /** A review undone (itself a record; the history keeps both). */
    record Undo(Node target, String note) implements Action {
        @Override
        public String verb() { return "undo"; }
    }
}
