package org.osintkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osintkg.kb.Names;

/** Keys under which romanization variants of a person's name coincide. */
final class NameVariants {
    private final Map<String, String> givenNames = new HashMap<>();

    NameVariants() {
        try (InputStream in = NameVariants.class.getResourceAsStream("given-names.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] names = line.strip().split("\\s+");
                for (String n : names) givenNames.put(Names.phonetic(n), Names.phonetic(names[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Andriy Chernyak" and "Andrii Cherniak" give the same key; so do Zelensky and Zelenskyy. */
    String personKey(String name) {
        List<String> tokens = Names.tokens(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String p = Names.phonetic(tokens.get(i));
            if (i == 0 && tokens.size() > 1) p = givenNames.getOrDefault(p, p);
            if (b.length() > 0) b.append('-');
            b.append(p);
        }
        return b.toString();
    }

    /** The key of the family name: the last word, or the first in Korean order ("Yu Yong-weon", "Kim Jong-un"). */
    String surnameKey(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 2 && words[1].contains("-") && words[0].length() <= 4) return Names.phonetic(words[0]);
        List<String> tokens = Names.tokens(name);
        return tokens.isEmpty() ? "" : Names.phonetic(tokens.get(tokens.size() - 1));
    }
}
