package org.osintkg.resolve;

/** A role with the person and organization resolved to IRIs (organization may be null). */
public record ResolvedRole(String personIri, String role, String organizationIri) {}
