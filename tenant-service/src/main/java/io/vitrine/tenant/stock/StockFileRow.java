package io.vitrine.tenant.stock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One row of a stock file before validation: {@code number} counts rows from 1 (a CSV header line
 * is not a row); field names are folded to lower case without separators ({@code counted_at} and
 * {@code countedAt} are both {@code countedat}); {@code notAnObject} marks a JSON array element
 * that is not an object.
 */
record StockFileRow(int number, Map<String, JsonNode> fields, boolean notAnObject) {}
