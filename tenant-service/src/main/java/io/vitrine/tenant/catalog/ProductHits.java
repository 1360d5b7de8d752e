package io.vitrine.tenant.catalog;

import java.util.List;

/** One page of search hits; {@code total} counts every match. */
public record ProductHits(long total, int page, int size, List<Product> products) {}
