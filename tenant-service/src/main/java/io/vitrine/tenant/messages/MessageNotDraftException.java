package io.vitrine.tenant.messages;

/** Only a DRAFT can be approved or rejected. */
public class MessageNotDraftException extends RuntimeException {

  public MessageNotDraftException(long id, MessageStatus status) {
    super("Message " + id + " is " + status + "; only a DRAFT can be approved or rejected.");
  }
}
