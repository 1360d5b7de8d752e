package io.vitrine.tenant.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** E-mail through the configured delivery service ({@code vitrine.messages.email.*}). */
@Singleton
public class EmailChannel extends HttpMessageChannel {

  public EmailChannel(MessagesConfig config, ObjectMapper json) {
    super(config.email(), config.requestTimeout(), json);
  }

  @Override
  public ContactChannel channel() {
    return ContactChannel.EMAIL;
  }

  @Override
  Map<String, Object> payload(OutboundMessage message) {
    var payload = new LinkedHashMap<String, Object>();
    payload.put("message_id", message.messageId());
    payload.put("to_ref", message.addressRef());
    payload.put("subject", message.subject());
    payload.put("body", message.body());
    return payload;
  }
}
