package org.osintkg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Bytes to text: the encoding found, binary refused, line ends and control characters made plain. */
final class Decoding {
    private Decoding() {}

    /**
     * Line ends made {@code \n} (CR LF and a lone CR alike) and other control characters (C0 and
     * C1, NEL included; the tab kept) made spaces, so that no reader sees a CR or a NUL.
     */
    static String clean(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) break;
            i++;
        }
        if (i == n) return text;
        StringBuilder b = new StringBuilder(n);
        b.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
            } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text of the bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, UTF-16
     * without one when every other byte is NUL, else a single-byte Windows code page.
     *
     * <p>Invalid UTF-8 is never refused: a file that is UTF-8 with a few stray bytes keeps its
     * UTF-8 and reads each stray byte as Windows-1252 (a Latin-1 "é" pasted into UTF-8 text); a
     * file mostly not UTF-8 is read whole as Windows-1251 when its high bytes look like Cyrillic
     * words, else as Windows-1252. Bytes that look binary (NUL, many control characters, a known
     * binary signature) are refused. In a feed (JSON Lines) only the first line is looked at: a
     * control byte further down spoils its own line, not the feed.
     */
    static String decode(String source, byte[] b) throws ArticleException {
        int n = b.length;
        if (n >= 4 && u(b, 0) == 0xFF && u(b, 1) == 0xFE && b[2] == 0 && b[3] == 0) {
            return checkText(source, strict(source, b, 4, Charset.forName("UTF-32LE")));
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b, 2) == 0xFE && u(b, 3) == 0xFF) {
            return checkText(source, strict(source, b, 4, Charset.forName("UTF-32BE")));
        }
        if (n >= 2 && u(b, 0) == 0xFF && u(b, 1) == 0xFE) {
            return checkText(source, strict(source, b, 2, StandardCharsets.UTF_16LE));
        }
        if (n >= 2 && u(b, 0) == 0xFE && u(b, 1) == 0xFF) {
            return checkText(source, strict(source, b, 2, StandardCharsets.UTF_16BE));
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) return checkText(source, strict(source, b, 0, utf16));
        int offset = n >= 3 && u(b, 0) == 0xEF && u(b, 1) == 0xBB && u(b, 2) == 0xBF ? 3 : 0;
        if (looksBinary(b, binaryScan(source, b, offset))) throw new ArticleException(source, "binary file, not text");
        return Utf8.decode(b, offset);
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static String strict(String source, byte[] b, int offset, Charset cs) throws ArticleException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(source, "invalid " + cs.name() + " text");
        }
    }

    /** Text decoded from a wide encoding, refused when it is mostly control characters. */
    private static String checkText(String source, String text) throws ArticleException {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) throw new ArticleException(source, "binary file, not text");
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (n > 0 && control * 20 > n) throw new ArticleException(source, "binary file, not text");
        return text;
    }

    /** ASCII text in UTF-16 without a BOM: NUL in (nearly) every high byte, none in the low ones. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 8) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 9 && evenZero == 0) return StandardCharsets.UTF_16LE;
        if (evenZero * 10 >= pairs * 9 && oddZero == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'}, {0x7F, 'E', 'L', 'F'}, {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4},
        {0x1F, (byte) 0x8B}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'R', 'a', 'r', '!', 0x1A}};

    /**
     * The bytes the binary check looks at, {@code {from, to}}: the first 8 KB, or in a feed its
     * first line (blank and control bytes before it skipped).
     */
    private static int[] binaryScan(String source, byte[] b, int offset) {
        int end = Math.min(b.length, 8192);
        String name = source.toLowerCase(Locale.ROOT);
        boolean feed = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        int i = offset;
        while (i < end && (b[i] & 0xFF) <= ' ') i++;
        if (!feed && i + 1 < end && b[i] == '{') {
            int j = i + 1;
            while (j < end && (b[j] == ' ' || b[j] == '\t')) j++;
            feed = j < end && (b[j] == '"' || b[j] == '}');
        }
        if (!feed) return new int[] {0, end};
        for (int k = i; k < end; k++) if (b[k] == '\n') return new int[] {i, k};
        return new int[] {i, end};
    }

    /** A known binary signature, or NUL bytes or many control characters in the range looked at. */
    private static boolean looksBinary(byte[] b, int[] range) {
        for (byte[] sig : BINARY_SIGNATURES) {
            if (b.length >= sig.length && Arrays.equals(b, 0, sig.length, sig, 0, sig.length)) return true;
        }
        int control = 0;
        int n = range[1] - range[0];
        for (int i = range[0]; i < range[1]; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

}
