package org.osintkg.pipeline;

import org.osintkg.extract.cyrillic.BaseForms;
import org.osintkg.extract.cyrillic.CyrillicClaims;
import org.osintkg.extract.cyrillic.CyrillicEntities;
import org.osintkg.extract.cyrillic.CyrillicNames;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.nlp.CyrillicNlp;
import org.osintkg.nlp.Morphology;
import org.osintkg.resolve.Resolver;

/** The stages that read one Cyrillic language (Ukrainian or Russian), built once per pipeline. */
record CyrillicStages(String language, CyrillicNlp nlp, CyrillicEntities entities, Resolver resolver,
                      CyrillicClaims claims) {
    static CyrillicStages of(Morphology morphology, KnowledgeBase kb) {
        BaseForms known = new BaseForms();
        return new CyrillicStages(morphology.language(), new CyrillicNlp(morphology),
                new CyrillicEntities(kb, morphology, known), new Resolver(kb, new CyrillicNames(morphology, known)),
                new CyrillicClaims(morphology));
    }
}
