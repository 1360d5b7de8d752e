package io.vitrine.tenant.common.problem;

/** One invalid input: where it is (a JSON property path or a parameter name) and what is wrong. */
public record FieldError(String field, String message) {}
