package io.vitrine.tenant.messages;

/** A message's text as drafted: the subject is null for SMS. */
public record RenderedMessage(String subject, String body) {}
