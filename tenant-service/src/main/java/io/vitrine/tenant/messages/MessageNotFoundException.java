package io.vitrine.tenant.messages;

/** No message has the id asked for. */
public class MessageNotFoundException extends RuntimeException {

  public MessageNotFoundException(long id) {
    super("Message " + id + " does not exist.");
  }
}
