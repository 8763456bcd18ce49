package org.osintkg.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One article's gold annotations, in the corpus format (extra fields ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(String id, String published, String outlet, List<Named> persons, List<Named> organizations,
                   List<Named> places, List<GoldClaim> claims) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Gold {
        persons = persons == null ? List.of() : persons;
        organizations = organizations == null ? List.of() : organizations;
        places = places == null ? List.of() : places;
        claims = claims == null ? List.of() : claims;
    }

    /** A named entity: fullest name, other forms, and (organizations) whether it is a military unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(String name, List<String> aliases, Boolean unit, String kind) {
        public Named {
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    /** A claim as annotated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldClaim(String claimant, List<String> claimant_aliases, Long quantity, String qualifier,
                            String type, String stance, String evidence) {
        public GoldClaim {
            claimant_aliases = claimant_aliases == null ? List.of() : claimant_aliases;
        }
    }

    public static Gold read(Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), Gold.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a gold annotation file: " + e.getOriginalMessage(), e);
        }
    }
}
