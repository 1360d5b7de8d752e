package io.vitrine.tenant.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What a replacement changes, passage by passage, by content hash: the passages to embed and index,
 * those kept as they are (their position may move), and the hashes of those that went.
 */
record PassageChanges(List<Passage> added, List<Passage> kept, List<String> removed) {

  static PassageChanges between(Set<String> stored, List<Passage> replacement) {
    List<Passage> added =
        replacement.stream().filter(passage -> !stored.contains(passage.sha256())).toList();
    List<Passage> kept =
        replacement.stream().filter(passage -> stored.contains(passage.sha256())).toList();
    Set<String> now =
        replacement.stream().map(Passage::sha256).collect(java.util.stream.Collectors.toSet());
    List<String> removed = stored.stream().filter(hash -> !now.contains(hash)).sorted().toList();
    return new PassageChanges(added, kept, removed);
  }
}
