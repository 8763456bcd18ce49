package org.osintkg.link;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.osintkg.rdf.Iris;

/** Answers of the endpoint on disk, one JSON file per question, so a second run needs no network. */
public final class LinkCache {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path dir;

    public LinkCache(Path dir) {
        this.dir = dir;
    }

    public Optional<List<Candidate>> get(String endpoint, String question) {
        Path f = file(endpoint, question);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(MAPPER.readValue(f.toFile(), new TypeReference<List<Candidate>>() {}));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void put(String endpoint, String question, List<Candidate> answer) throws IOException {
        Files.createDirectories(dir);
        Path f = file(endpoint, question);
        Path tmp = Files.createTempFile(dir, "answer", ".tmp");
        MAPPER.writeValue(tmp.toFile(), answer);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path file(String endpoint, String question) {
        return dir.resolve(Iris.sha256(endpoint + "\n" + question).substring(0, 32) + ".json");
    }
}
