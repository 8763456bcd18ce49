package org.osintkg.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes that should be UTF-8 but may not be, never failing.
 *
 * <ul>
 *   <li>Valid UTF-8 is decoded as such.</li>
 *   <li>UTF-8 with stray bytes (at least as many valid multi-byte characters as invalid bytes,
 *       e.g. a Latin-1 "é" pasted into UTF-8 text, or a file cut mid-character) keeps its UTF-8;
 *       each stray byte is read as Windows-1252.</li>
 *   <li>Anything else is a single-byte file and read whole as Windows-1251 when its high bytes
 *       look like Cyrillic words (mostly 0xC0–0xFF, mostly next to other high bytes), else as
 *       Windows-1252 (Western text, where accented letters sit between ASCII ones).</li>
 * </ul>
 */
final class Utf8 {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final char[] CP1252_HIGH = new char[128];

    static {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) high[i] = (byte) (0x80 + i);
        new String(high, CP1252).getChars(0, 128, CP1252_HIGH, 0);
    }

    private Utf8() {}

    static String decode(byte[] b, int offset) {
        int length = b.length - offset;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, length);
        // A UTF-8 sequence of k bytes is at most k chars, and a stray byte one: the bytes bound the chars.
        CharBuffer out = CharBuffer.allocate(length + 4);
        int invalid = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            for (int k = 0; k < r.length(); k++) {
                if (!out.hasRemaining()) {
                    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                }
                int c = in.get() & 0xFF;
                out.put(c >= 0x80 ? CP1252_HIGH[c - 0x80] : (char) c);
                invalid++;
            }
        }
        out.flip();
        if (invalid == 0) return out.toString();
        int nonAscii = 0;
        for (int i = out.position(); i < out.limit(); i++) {
            if (out.get(i) >= 0x80) nonAscii++;
        }
        int validNonAscii = nonAscii - invalid;
        if (validNonAscii >= invalid) return out.toString();
        return new String(b, offset, length, singleByteCharset(b, offset));
    }

    /** Cyrillic text in Windows-1251 has most of its high bytes in 0xC0–0xFF, in runs (words). */
    static Charset singleByteCharset(byte[] b, int offset) {
        int high = 0;
        int upper = 0;
        int inRun = 0;
        for (int i = offset; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) continue;
            high++;
            if (c < 0xC0) continue;
            upper++;
            boolean before = i > offset && (b[i - 1] & 0x80) != 0;
            boolean after = i + 1 < b.length && (b[i + 1] & 0x80) != 0;
            if (before || after) inRun++;
        }
        return high > 0 && upper * 10 >= high * 7 && inRun * 2 >= upper ? CP1251 : CP1252;
    }
}
