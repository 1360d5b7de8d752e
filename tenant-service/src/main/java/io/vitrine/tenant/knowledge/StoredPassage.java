package io.vitrine.tenant.knowledge;

import java.util.UUID;

/** A passage as stored, with what the index needs to hold it again. */
record StoredPassage(
    UUID documentId, DocumentKind kind, String title, Passage passage, float[] embedding) {}
