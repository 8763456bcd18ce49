package org.osintkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Deterministic IRIs: the same input always mints the same IRI. */
public final class Iris {
    private Iris() {}

    /** A report, keyed by the article's stable identity (URL or source name). */
    public static Node report(String articleKey) {
        return NodeFactory.createURI(Vocab.ID + "report/" + reportId(articleKey));
    }

    public static String reportId(String articleKey) {
        return sha256(articleKey).substring(0, 16);
    }

    public static Node mention(String reportId, int start, int end) {
        return NodeFactory.createURI(Vocab.ID + "mention/" + reportId + "-" + start + "-" + end);
    }

    public static Node claim(String reportId, int n) {
        return NodeFactory.createURI(Vocab.ID + "claim/" + reportId + "-" + n);
    }

    public static String sha256(String s) {
        return sha256Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Bytes(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
